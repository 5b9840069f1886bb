"""One error shape for the JSON API, and plain error pages for people.

Every error under ``/api/`` is ``{"ok": false, "error": "...", "errors": [...], "status":
N}`` with the same status on the response (STYLE.md section 6); successful API answers
carry ``"ok": true``. Pages answer with a short HTML page, and an anonymous request for a
page is sent to the login form.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from cairn.errors import CairnError, ConfigError
from cairn.store.review import Forbidden, NotFound
from cairn.web.auth import NotAuthenticated
from cairn.web.context import WebContext
from cairn.web.security import CsrfRefused

__all__ = ["error_response", "install_error_handlers", "is_api"]

_log = logging.getLogger("cairn.web")

_TITLES = {
    400: "Bad request",
    401: "Not logged in",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
    429: "Too many attempts",
    500: "Server error",
}


def is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def error_response(
    request: Request,
    status: int,
    message: str,
    errors: list[str] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """The error as JSON under /api/, else as a page."""
    if is_api(request):
        body: dict[str, Any] = {
            "ok": False,
            "error": message,
            "errors": errors or [message],
            "status": status,
        }
        return JSONResponse(body, status_code=status, headers=headers)
    ctx: WebContext | None = getattr(request.app.state, "cairn", None)
    if ctx is None:  # pragma: no cover - the app always has its context
        return Response(message, status_code=status, media_type="text/plain", headers=headers)
    response: Response = ctx.page(
        request,
        "error.html",
        status_code=status,
        title=_TITLES.get(status, "Error"),
        message=message,
        errors=errors or [],
    )
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def install_error_handlers(app: FastAPI) -> None:
    async def not_authenticated(request: Request, _exc: Exception) -> Response:
        if is_api(request) or request.method != "GET":
            return error_response(request, 401, "log in first")
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    async def csrf_refused(request: Request, exc: Exception) -> Response:
        return error_response(request, 403, str(exc))

    async def not_found(request: Request, _exc: Exception) -> Response:
        # The same words whether the thing is absent or hidden from this user.
        return error_response(request, 404, "not found")

    async def forbidden(request: Request, exc: Exception) -> Response:
        return error_response(request, 403, str(exc))

    async def config_error(request: Request, exc: Exception) -> Response:
        return error_response(request, 400, str(exc))

    async def cairn_error(request: Request, exc: Exception) -> Response:
        _log.error("request failed: %s: %s", type(exc).__name__, exc)
        return error_response(request, 500, "the server could not complete the request")

    async def validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
            errors.append(f"{where}: {error.get('msg', 'invalid')}" if where else error["msg"])
        return error_response(request, 400, errors[0] if errors else "invalid request", errors)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "")
        if exc.status_code == 404:
            message = "not found"
        headers = dict(exc.headers) if exc.headers else None
        return error_response(request, exc.status_code, message, headers=headers)

    async def unexpected(request: Request, exc: Exception) -> Response:
        _log.exception("unexpected error", exc_info=exc)
        return error_response(request, 500, "the server could not complete the request")

    app.add_exception_handler(NotAuthenticated, not_authenticated)
    app.add_exception_handler(CsrfRefused, csrf_refused)
    app.add_exception_handler(NotFound, not_found)
    app.add_exception_handler(Forbidden, forbidden)
    app.add_exception_handler(ConfigError, config_error)
    app.add_exception_handler(CairnError, cairn_error)
    app.add_exception_handler(RequestValidationError, validation)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)
