"""Grading: the queue of a case's novel media, votes from the keyboard, disagreements."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from cairn.store.audit import record
from cairn.store.review import (
    Dispute,
    GradeState,
    Queue,
    Tile,
    cast_votes,
    disputes,
    grade_codes,
    grading_queue,
    resolve_dispute,
    reveal,
)
from cairn.web.auth import CaseAccess, Grader, Lead, Member
from cairn.web.context import Ctx, WebContext

__all__ = ["api", "grade_keys", "pages"]

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["grading"])

SKIP_KEY = " "


def grade_keys(codes: list[tuple[str, str]]) -> list[dict[str, str]]:
    """One key per code: the code itself when it is one letter or digit (A, B, C; 0-4),
    ``n`` for "no category", else 1-9 in order. Keys are matched case-insensitively."""
    used: set[str] = set()
    keys = []
    spare = iter("123456789qwertyuiop")
    for code, label in codes:
        if code == "none":
            key = "n"
        elif len(code) == 1 and code.isalnum():
            key = code.lower()
        else:
            key = next(k for k in spare if k not in used)
        if key in used or key in ("r", "s", "j", "k", "h", "l"):
            key = next(k for k in spare if k not in used)
        used.add(key)
        keys.append({"key": key, "code": code, "label": label})
    return keys


def _tile(tile: Tile, case: str, clear: bool) -> dict[str, Any]:
    content = tile.content
    base = f"/cases/{quote(case, safe='')}/media/{content.item_id}"
    suggestion = content.suggestion
    return {
        "item": content.item_id,
        "sha256": content.sha256,
        "kind": content.kind,
        "path": content.path,
        "exhibit": content.exhibit,
        "copies": content.copies,
        "group": content.group,
        "status": tile.state.status,
        "votes": tile.state.votes,
        "my_vote": tile.my_vote,
        "thumb": f"{base}/thumb" + ("?clear=1" if clear else ""),
        "detail": base,
        "suggestion": None
        if suggestion is None
        else {
            "scheme": suggestion.scheme,
            "code": suggestion.code,
            "label": suggestion.label,
            "distance": suggestion.distance,
            "like_item": suggestion.like_item,
            "like_path": suggestion.like_path,
        },
    }


def _queue(
    ctx: WebContext, access: CaseAccess, *, audit_as: str
) -> tuple[Queue, list[dict[str, Any]]]:
    """The viewer's queue, audited as a view; with the reveal-by-default setting, the items
    shown unblurred are recorded as (automatic) reveals first."""
    queue = grading_queue(ctx.store, access.case, access.user, ctx.settings)
    items = [t.content.item_id for t in queue.tiles]
    clear = access.user.reveal_by_default
    record(
        ctx.store,
        audit_as,
        actor=access.user.name,
        case=access.case.name,
        detail={"items": items, "unblurred": clear},
    )
    if clear and items:
        reveal(ctx.store, access.case, access.user, items, auto=True)
    return queue, [_tile(t, access.case.name, clear) for t in queue.tiles]


@pages.get("/cases/{case}/grade")
def grading_page(
    request: Request,
    access: Grader,
    ctx: Ctx,
) -> Response:
    queue, tiles = _queue(ctx, access, audit_as="grading.queue_view")
    codes = grade_codes(queue.config.scheme)
    groups: list[list[dict[str, Any]]] = []
    for tile in tiles:
        if groups and tile["group"] is not None and groups[-1][0]["group"] == tile["group"]:
            groups[-1].append(tile)
        else:
            groups.append([tile])
    return ctx.page(
        request,
        "grade.html",
        case=access.case,
        queue=queue,
        stacks=groups,
        keys=grade_keys(codes),
        scheme=queue.config.scheme,
    )


@pages.get("/cases/{case}/disputes")
def disputes_page(
    request: Request,
    access: Member,
    ctx: Ctx,
) -> Response:
    found = disputes(ctx.store, access.case, ctx.settings)
    record(
        ctx.store,
        "grading.disputes_view",
        actor=access.user.name,
        case=access.case.name,
        detail={"items": [d.item_id for d in found]},
    )
    from cairn.store.review import review_config

    config = review_config(ctx.store, access.case.id, ctx.settings)
    return ctx.page(
        request,
        "disputes.html",
        case=access.case,
        disputes=found,
        codes=grade_codes(config.scheme),
        scheme=config.scheme,
    )


class VoteBody(BaseModel):
    items: list[int] = Field(..., min_length=1, max_length=1000)
    code: str = Field(..., min_length=1, max_length=20)


class ResolveBody(BaseModel):
    code: str = Field(..., min_length=1, max_length=20)


def _state(state: GradeState) -> dict[str, Any]:
    return {
        "sha256": state.sha256,
        "status": state.status,
        "code": state.code,
        "votes": state.votes,
        "needed": state.needed,
    }


def _dispute(d: Dispute) -> dict[str, Any]:
    return {
        "sha256": d.sha256,
        "item": d.item_id,
        "status": d.status,
        "code": d.code,
        "votes": [{"user": user, "code": code} for user, code in d.votes],
    }


@api.get("/cases/{case}/queue")
def queue_json(access: Grader, ctx: Ctx) -> dict[str, Any]:
    """The viewer's grading queue: near-duplicate groups first, then single contents."""
    queue, tiles = _queue(ctx, access, audit_as="grading.queue_view")
    return {
        "ok": True,
        "scheme": queue.config.scheme.name,
        "votes_needed": queue.config.votes_needed,
        "codes": grade_keys(grade_codes(queue.config.scheme)),
        "remaining": queue.remaining,
        "total": queue.total,
        "tiles": tiles,
    }


@api.post("/cases/{case}/votes")
def vote(
    body: VoteBody,
    access: Grader,
    ctx: Ctx,
) -> dict[str, Any]:
    """Grade the contents of ``items`` with ``code`` (one vote each; a group at once)."""
    states = cast_votes(ctx.store, access.case, access.user, body.items, body.code, ctx.settings)
    return {"ok": True, "grades": [_state(s) for s in states]}


@api.get("/cases/{case}/disputes")
def disputes_json(access: Member, ctx: Ctx) -> dict[str, Any]:
    """Contents whose votes disagree, and those a lead has resolved, with their votes."""
    found = disputes(ctx.store, access.case, ctx.settings)
    record(
        ctx.store,
        "grading.disputes_view",
        actor=access.user.name,
        case=access.case.name,
        detail={"items": [d.item_id for d in found]},
    )
    return {"ok": True, "disputes": [_dispute(d) for d in found]}


@api.post("/cases/{case}/disputes/{sha256}")
def resolve(
    sha256: str,
    body: ResolveBody,
    access: Lead,
    ctx: Ctx,
) -> dict[str, Any]:
    """A lead's final grade for a content."""
    state = resolve_dispute(ctx.store, access.case, access.user, sha256, body.code, ctx.settings)
    return {"ok": True, "grade": _state(state)}
