"""Chats: a case's conversations ranked by risk, each with the indicators that fired on its
messages, its identifiers, and the other conversations and cases sharing them.

Links to other cases name only cases the viewer is a member of; the rest stay unseen.
Opening a conversation shows message text (evidence) and is audited.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from cairn.store.audit import record
from cairn.store.chats import chat_report_data, conversation_messages
from cairn.store.review import NotFound, member_cases
from cairn.web.auth import CaseAccess, Member
from cairn.web.context import Ctx, WebContext

__all__ = ["api", "pages"]

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["chats"])


def _visible(ctx: WebContext, access: CaseAccess) -> dict[str, Any]:
    """The case's chat data with every link outside the viewer's cases removed."""
    data = chat_report_data(ctx.store, access.case.name)
    mine = {c.name for c in member_cases(ctx.store, access.user.id)}
    identifiers = []
    for ident in data["identifiers"]:
        exhibits = [e for e in ident["exhibits"] if e.split("/", 1)[0] in mine]
        cases = [c for c in ident["cases"] if c in mine]
        identifiers.append(
            {
                **ident,
                "exhibits": exhibits,
                "cases": cases,
                "other_cases": [c for c in ident["other_cases"] if c in mine],
                "linked": len(ident["conversations"]) > 1 or len(exhibits) > 1,
            }
        )
    identifiers.sort(key=lambda e: (not e["linked"], -len(e["cases"]), e["kind"], e["value"]))
    return {"conversations": data["conversations"], "identifiers": identifiers}


def _conversation(ctx: WebContext, access: CaseAccess, key: str) -> dict[str, Any]:
    data = _visible(ctx, access)
    found = [c for c in data["conversations"] if c["id"] == key]
    if not found:
        raise NotFound("not found")
    conversation = found[0]
    fired: dict[int, list[dict[str, Any]]] = {}
    for indicator in conversation["risk"]["indicators"]:
        fired.setdefault(int(indicator["message"]), []).append(indicator)
    messages = [
        {**m, "indicators": fired.get(int(m["index"]), [])}
        for m in conversation_messages(ctx.store, access.case.name, key)
    ]
    identifiers = [i for i in data["identifiers"] if key in i["conversations"]]
    record(
        ctx.store,
        "chat.view",
        actor=access.user.name,
        case=access.case.name,
        detail={"conversation": key, "exhibit": conversation["exhibit"]},
    )
    return {"conversation": conversation, "messages": messages, "identifiers": identifiers}


@pages.get("/cases/{case}/chats")
def chats_page(
    request: Request,
    access: Member,
    ctx: Ctx,
) -> Response:
    return ctx.page(request, "chats.html", case=access.case, **_visible(ctx, access))


@pages.get("/cases/{case}/chats/{key}")
def conversation_page(
    request: Request,
    key: str,
    access: Member,
    ctx: Ctx,
) -> Response:
    return ctx.page(
        request, "conversation.html", case=access.case, **_conversation(ctx, access, key)
    )


@api.get("/cases/{case}/chats")
def chats_json(access: Member, ctx: Ctx) -> dict[str, Any]:
    """Conversations ranked by risk score with their indicators, and identifiers with the
    conversations, exhibits and (the viewer's) cases they appear in."""
    return {"ok": True, **_visible(ctx, access)}


@api.get("/cases/{case}/chats/{key}")
def conversation_json(key: str, access: Member, ctx: Ctx) -> dict[str, Any]:
    """One conversation's messages, with the indicators that fired on each, and its
    identifiers with their links. Audited."""
    return {"ok": True, **_conversation(ctx, access, key)}
