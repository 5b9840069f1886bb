"""One media item: its detail (audited view), its renderings, and reveals.

Renderings are blurred and greyscale unless the viewer revealed that content within
``reveal_minutes`` (an audited, counted act), or relaxed protection with their own setting,
in which case each unblurred rendering served is recorded as an automatic reveal.

A video's rendering is its contact sheet (``cairn.web.thumbnails``); the app never sends a
video's own bytes, so nothing plays and no audio leaves the server.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, Response
from sqlalchemy import select

from cairn.store.audit import record
from cairn.store.review import NotFound, grade_codes, media_detail, reveal, revealed, review_config
from cairn.store.schema import Exhibit, Item
from cairn.web.auth import CaseAccess, Member
from cairn.web.context import Ctx, WebContext
from cairn.web.routes.grading import grade_keys
from cairn.web.thumbnails import Source, ThumbnailUnavailable

__all__ = ["api", "pages"]

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["media"])


def _source(ctx: WebContext, access: CaseAccess, item_id: int) -> tuple[Item, Exhibit]:
    with ctx.store.session() as session:
        row = session.execute(
            select(Item, Exhibit)
            .join(Exhibit, Exhibit.id == Item.exhibit_id)
            .where(Exhibit.case_id == access.case.id, Item.id == item_id)
        ).first()
    if row is None:
        raise NotFound("not found")
    return row[0], row[1]


def _may_see_clear(ctx: WebContext, access: CaseAccess, item: Item) -> bool:
    """Whether the unblurred rendering may be served now; records an automatic reveal when
    only the viewer's own setting allows it."""
    if item.sha256 is None:
        return False
    window = timedelta(minutes=max(1, ctx.settings.reveal_minutes))
    if revealed(ctx.store, access.user.id, item.sha256, window):
        return True
    if access.user.reveal_by_default:
        reveal(ctx.store, access.case, access.user, [item.id], auto=True)
        return True
    return False


def _detail(ctx: WebContext, access: CaseAccess, item_id: int) -> dict[str, Any]:
    detail = media_detail(ctx.store, access.case, item_id, access.user, ctx.settings)
    record(
        ctx.store,
        "media.view",
        actor=access.user.name,
        case=access.case.name,
        detail={
            "item": item_id,
            "sha256": detail["hashes"]["sha256"],
            # Shown beside it as protected thumbnails.
            "near_duplicates": [n["item"] for n in detail["near_duplicates"]],
        },
    )
    return detail


@pages.get("/cases/{case}/media/{item_id}")
def detail_page(
    request: Request,
    item_id: int,
    access: Member,
    ctx: Ctx,
) -> Response:
    detail = _detail(ctx, access, item_id)
    config = review_config(ctx.store, access.case.id, ctx.settings)
    return ctx.page(
        request,
        "media.html",
        case=access.case,
        d=detail,
        keys=grade_keys(grade_codes(config.scheme)),
        clear=access.user.reveal_by_default,
    )


def _rendering(
    ctx: WebContext, access: CaseAccess, item_id: int, size: str, clear: bool
) -> Response:
    item, exhibit = _source(ctx, access, item_id)
    # A video's rendering is its contact sheet, shielded like a still.
    if item.kind not in ("image", "video") or item.sha256 is None:
        raise NotFound("not found")
    if clear and not _may_see_clear(ctx, access, item):
        clear = False
    try:
        path = ctx.thumbnails.get(
            Source(exhibit.source_path, item.locator, item.sha256, item.kind), size, clear
        )
    except ThumbnailUnavailable as exc:
        raise NotFound(str(exc)) from exc
    response = FileResponse(path, media_type="image/jpeg")
    response.headers["X-Cairn-Rendering"] = "clear" if clear else "protected"
    return response


@pages.get("/cases/{case}/media/{item_id}/thumb")
def thumbnail(
    item_id: int,
    access: Member,
    ctx: Ctx,
    clear: Annotated[bool, Query()] = False,
) -> Response:
    """The 256-pixel rendering: protected, or clear after a reveal."""
    return _rendering(ctx, access, item_id, "thumb", clear)


@pages.get("/cases/{case}/media/{item_id}/view")
def view(
    item_id: int,
    access: Member,
    ctx: Ctx,
    clear: Annotated[bool, Query()] = False,
) -> Response:
    """The 1024-pixel rendering for the detail page: protected, or clear after a reveal."""
    return _rendering(ctx, access, item_id, "view", clear)


@api.get("/cases/{case}/media/{item_id}")
def detail_json(
    item_id: int,
    access: Member,
    ctx: Ctx,
) -> dict[str, Any]:
    """All hashes, matches (set, entry, distance), EXIF with a location listing, every place
    the same content was found in the viewer's cases, and near-duplicates. Audited."""
    return {"ok": True, **_detail(ctx, access, item_id)}


@api.post("/cases/{case}/media/{item_id}/reveal")
def reveal_item(
    item_id: int,
    access: Member,
    ctx: Ctx,
) -> dict[str, Any]:
    """Reveal one item to the viewer (audited, counted as exposure) for ``reveal_minutes``."""
    item, _exhibit = _source(ctx, access, item_id)
    if item.sha256 is None:
        raise NotFound("not found")
    reveal(ctx.store, access.case, access.user, [item_id])
    base = f"/cases/{quote(access.case.name, safe='')}/media/{item_id}"
    return {
        "ok": True,
        "item": item_id,
        "kind": item.kind,
        "minutes": ctx.settings.reveal_minutes,
        "thumb": f"{base}/thumb?clear=1",
        "view": f"{base}/view?clear=1",
    }
