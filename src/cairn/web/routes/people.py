"""The viewer's own settings, and exposure (items revealed per day) for welfare."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from cairn.store.review import (
    LEAD_ROLES,
    NotFound,
    UserInfo,
    exposure,
    exposure_overview,
    find_user,
    set_reveal_by_default,
)
from cairn.web.auth import CurrentViewer, Viewer
from cairn.web.context import Ctx, WebContext

__all__ = ["api", "pages"]

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["people"])


def _subject(ctx: WebContext, viewer: Viewer, name: str) -> UserInfo:
    """Whose exposure may be shown: one's own, or anyone's to a lead or admin."""
    if name == viewer.user.name:
        return viewer.user
    if viewer.user.role not in LEAD_ROLES:
        raise NotFound("not found")
    user = find_user(ctx.store, name)
    if user is None:
        raise NotFound("not found")
    return user


def _exposure(ctx: WebContext, user: UserInfo) -> dict[str, Any]:
    days = exposure(ctx.store, user.id, days=30)
    return {
        "user": user.name,
        "days": days,
        "total_30_days": sum(d["revealed"] for d in days),
        "reveal_by_default": user.reveal_by_default,
    }


@pages.get("/settings")
def settings_page(
    request: Request,
    viewer: CurrentViewer,
    ctx: Ctx,
) -> Response:
    return ctx.page(request, "settings.html", reveal_minutes=ctx.settings.reveal_minutes)


@pages.post("/settings")
def save_settings(
    viewer: CurrentViewer,
    ctx: Ctx,
    reveal_by_default: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    value = reveal_by_default == "on"
    if value != viewer.user.reveal_by_default:
        set_reveal_by_default(ctx.store, viewer.user, value)
    return RedirectResponse("/settings", status_code=303)


@pages.get("/exposure")
def my_exposure(
    request: Request,
    viewer: CurrentViewer,
    ctx: Ctx,
) -> Response:
    overview = exposure_overview(ctx.store) if viewer.user.role in LEAD_ROLES else None
    return ctx.page(
        request, "exposure.html", exposure=_exposure(ctx, viewer.user), overview=overview
    )


@pages.get("/exposure/{name}")
def user_exposure(
    request: Request,
    name: str,
    viewer: CurrentViewer,
    ctx: Ctx,
) -> Response:
    subject = _subject(ctx, viewer, name)
    return ctx.page(request, "exposure.html", exposure=_exposure(ctx, subject), overview=None)


class SettingsBody(BaseModel):
    reveal_by_default: bool


@api.get("/me")
def me(viewer: CurrentViewer) -> dict[str, Any]:
    """The logged-in user: name, role and settings."""
    user = viewer.user
    return {
        "ok": True,
        "user": {
            "name": user.name,
            "role": user.role,
            "reveal_by_default": user.reveal_by_default,
        },
    }


@api.post("/me/settings")
def change_settings(
    body: SettingsBody,
    viewer: CurrentViewer,
    ctx: Ctx,
) -> dict[str, Any]:
    """Change the viewer's own settings (audited)."""
    if body.reveal_by_default != viewer.user.reveal_by_default:
        set_reveal_by_default(ctx.store, viewer.user, body.reveal_by_default)
    return {"ok": True, "reveal_by_default": body.reveal_by_default}


@api.get("/exposure/{name}")
def exposure_json(
    name: str,
    viewer: CurrentViewer,
    ctx: Ctx,
) -> dict[str, Any]:
    """Items revealed per day over 30 days: one's own, or anyone's for a lead or admin."""
    return {"ok": True, **_exposure(ctx, _subject(ctx, viewer, name))}
