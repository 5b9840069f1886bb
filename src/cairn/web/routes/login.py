"""Logging in and out: the login form, throttling of failed attempts, logout."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from cairn.store.review import (
    end_session,
    find_user,
    login_failures,
    note_login_failure,
    start_session,
)
from cairn.web.auth import (
    SESSION_COOKIE,
    CurrentViewer,
    NotAuthenticated,
    current_viewer,
    new_token,
    token_digest,
    verify_password,
)
from cairn.web.context import Ctx, WebContext
from cairn.web.security import LOGIN_CSRF_COOKIE, login_csrf_token

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only a path on this server (never ``//host`` or a scheme) is followed after login."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _address(request: Request) -> str:
    return request.client.host if request.client is not None else "unknown"


def _form(
    request: Request, ctx: WebContext, *, status: int = 200, message: str = "", name: str = ""
) -> Response:
    token = login_csrf_token(request)
    response = ctx.page(
        request,
        "login.html",
        status_code=status,
        login_csrf=token,
        message=message,
        name=name,
        next=_safe_next(request.query_params.get("next")),
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/login",
    )
    return response


@router.get("/login")
def login_form(request: Request, ctx: Ctx) -> Response:
    try:
        current_viewer(request, ctx)
    except NotAuthenticated:
        return _form(request, ctx)
    return RedirectResponse(_safe_next(request.query_params.get("next")), status_code=303)


@router.post("/login")
def login(
    request: Request,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1024)],
    ctx: Ctx,
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    address = _address(request)
    settings = ctx.settings
    window = timedelta(minutes=max(1, settings.login_lockout_minutes))
    by_name, by_address = login_failures(ctx.store, name, address, window)
    if by_name >= settings.login_attempts or by_address >= settings.login_attempts * 4:
        note_login_failure(ctx.store, name, address, "throttled")
        minutes = settings.login_lockout_minutes
        response = _form(
            request,
            ctx,
            status=429,
            message=f"Too many failed logins. Try again in {minutes} minutes.",
            name=name,
        )
        response.headers["Retry-After"] = str(minutes * 60)
        return response
    user = find_user(ctx.store, name)
    ok = verify_password(user.password_hash if user is not None else None, password)
    if user is None or not ok or user.disabled:
        reason = "disabled" if user is not None and ok else "wrong name or password"
        note_login_failure(ctx.store, name, address, reason)
        return _form(request, ctx, status=401, message="Wrong name or password.", name=name)
    token = new_token()
    start_session(ctx.store, user, token_digest(token), new_token(), address)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(viewer: CurrentViewer, ctx: Ctx) -> Response:
    end_session(ctx.store, viewer.session, viewer.user)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
