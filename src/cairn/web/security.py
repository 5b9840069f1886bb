"""Security headers on every response, and CSRF protection on every state change.

Headers: a strict Content-Security-Policy (everything from this server only, no inline
script or style, no framing), ``X-Frame-Options: DENY``, ``nosniff``, no referrer to other
sites (``same-origin``: with ``no-referrer`` browsers send ``Origin: null``, which the CSRF
check refuses), and ``Cache-Control: no-store`` on everything but the static assets, so
neither pages nor media stay in a browser's or proxy's cache.

CSRF: every request that is not GET/HEAD/OPTIONS must carry the session's token, in the
``X-CSRF-Token`` header (the app's script) or a ``csrf`` form field (plain forms), and an
``Origin`` header, when sent, must be this server. The login form, which has no session
yet, uses a double-submit cookie instead. Cookies are ``SameSite=Strict`` besides.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cairn.web.auth import current_viewer
from cairn.web.context import Ctx

__all__ = [
    "CSP",
    "LOGIN_CSRF_COOKIE",
    "CsrfRefused",
    "SecurityHeaders",
    "csrf_protect",
    "login_csrf_token",
]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "media-src 'self'; connect-src 'self'; font-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
LOGIN_CSRF_COOKIE = "cairn_login_csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
)


class SecurityHeaders:
    """Pure ASGI middleware adding the headers above to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in (b"cache-control", b"pragma")
                ]
                headers.extend(_HEADERS)
                if static:
                    headers.append((b"cache-control", b"no-cache"))
                else:
                    headers.append((b"cache-control", b"no-store"))
                    headers.append((b"pragma", b"no-cache"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class CsrfRefused(Exception):
    """A state change without the right token or from another origin (HTTP 403)."""


def login_csrf_token(request: Request) -> str:
    """The login form's token: the cookie's value if it has one, else a new one."""
    existing = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if 20 <= len(existing) <= 100:
        return existing
    return secrets.token_urlsafe(32)


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


async def csrf_protect(request: Request, ctx: Ctx) -> None:
    """Refuse a state-changing request without the session's CSRF token (app dependency)."""
    if request.method in SAFE_METHODS:
        return
    if not _same_origin(request):
        raise CsrfRefused("request from another origin")
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf")
        sent = value if isinstance(value, str) else None
    if request.url.path == "/login":
        expected = request.cookies.get(LOGIN_CSRF_COOKIE)
    else:
        expected = current_viewer(request, ctx).csrf
    if not sent or not expected or not hmac.compare_digest(sent, expected):
        raise CsrfRefused("missing or wrong CSRF token")
