"""The viewer's cases, and each case's dashboard: triage figures and grading progress."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from cairn.hashsets.categories import SCHEMES
from cairn.reports.triage import build_triage
from cairn.store.review import grading_progress, member_cases, set_review_config
from cairn.web.auth import CaseAccess, CurrentViewer, Lead, Member, Viewer
from cairn.web.context import Ctx, WebContext

__all__ = ["api", "pages"]

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["cases"])


def _cases(ctx: WebContext, viewer: Viewer) -> list[dict[str, Any]]:
    return [
        {"name": c.name, "description": c.description}
        for c in member_cases(ctx.store, viewer.user.id)
    ]


def _dashboard(ctx: WebContext, access: CaseAccess) -> dict[str, Any]:
    triage = build_triage(ctx.store, access.case.name, settings=ctx.settings)
    return {
        "case": {"name": access.case.name, "description": access.case.description},
        "triage": triage,
        "grading": grading_progress(ctx.store, access.case, ctx.settings),
    }


@pages.get("/")
def home(
    request: Request,
    viewer: CurrentViewer,
    ctx: Ctx,
) -> Response:
    return ctx.page(request, "cases.html", cases=_cases(ctx, viewer))


@pages.get("/cases/{case}")
def dashboard(
    request: Request,
    access: Member,
    ctx: Ctx,
) -> Response:
    figures = _dashboard(ctx, access)
    return ctx.page(
        request,
        "case.html",
        case=access.case,
        schemes=sorted(SCHEMES),
        triage=figures["triage"],
        grading=figures["grading"],
    )


@pages.post("/cases/{case}/review-settings")
def review_settings(
    access: Lead,
    ctx: Ctx,
    scheme: Annotated[str, Form(max_length=60)] = "",
    votes_needed: Annotated[str, Form(max_length=3)] = "",
) -> Response:
    needed = int(votes_needed) if votes_needed.strip().isdigit() else None
    set_review_config(
        ctx.store,
        access.case,
        scheme=scheme.strip() or None,
        votes_needed=needed,
        actor=access.user.name,
    )
    return RedirectResponse(f"/cases/{quote(access.case.name, safe='')}", status_code=303)


@api.get("/cases")
def list_my_cases(viewer: CurrentViewer, ctx: Ctx) -> dict[str, Any]:
    """The cases the logged-in user is a member of (and no others)."""
    return {"ok": True, "cases": _cases(ctx, viewer)}


@api.get("/cases/{case}")
def case_figures(access: Member, ctx: Ctx) -> dict[str, Any]:
    """The case's triage report and grading progress."""
    return {"ok": True, **_dashboard(ctx, access)}
