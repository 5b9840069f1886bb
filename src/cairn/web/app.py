"""The FastAPI application: routes, security headers, CSRF, error shape, local assets.

Everything the browser loads comes from this server (``/static/``); the OpenAPI
description of the JSON API is at ``/api/openapi.json`` for logged-in users, and there is
no interactive documentation page (it would load scripts from elsewhere).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

import cairn
from cairn.hashsets.categories import get_scheme
from cairn.settings import Settings
from cairn.store import Store
from cairn.web.auth import CurrentViewer
from cairn.web.context import WebContext, make_templates
from cairn.web.errors import install_error_handlers
from cairn.web.routes import cases, chats, grading, login, media, people
from cairn.web.security import SecurityHeaders, csrf_protect
from cairn.web.thumbnails import Thumbnailer

__all__ = ["PUBLIC_PATHS", "create_app", "route_table"]

STATIC = Path(__file__).with_name("static")

#: Paths answered without a login: the login form and the static assets it needs.
PUBLIC_PATHS = ("/login", "/static")


def create_app(store: Store, settings: Settings | None = None) -> FastAPI:
    """The web app over one workspace's store."""
    settings = settings or Settings()
    get_scheme(settings.grading_scheme)
    app = FastAPI(
        title="Cairn review API",
        description="The JSON API of `cairn serve`. Every answer has `ok`; every error is "
        '`{"ok": false, "error": "...", "errors": ["..."], "status": N}`. Log in through '
        "the `/login` form; state changes need the session's token in `X-CSRF-Token`.",
        version=cairn.__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(csrf_protect)],
    )
    app.state.cairn = WebContext(
        store=store,
        settings=settings,
        thumbnails=Thumbnailer(store.derived, settings),
        templates=make_templates(),
    )
    install_error_handlers(app)
    for module in (login, cases, grading, media, people, chats):
        for name in ("pages", "api", "router"):
            router = getattr(module, name, None)
            if router is not None:
                app.include_router(router)

    @app.get("/api/openapi.json", tags=["api"])
    def openapi(viewer: CurrentViewer) -> dict[str, Any]:
        """This description of the JSON API (pages are not part of it)."""
        return app.openapi()

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    return app


def route_table(app: FastAPI) -> list[tuple[str, tuple[str, ...]]]:
    """Every (path, methods) the app answers, included routers flattened; mounts as GET."""
    table: list[tuple[str, tuple[str, ...]]] = []

    def walk(routes: Any, prefix: str) -> None:
        for route in routes:
            inner = getattr(route, "original_router", None)
            if inner is not None:  # FastAPI >= 0.160 keeps included routers as one route
                walk(inner.routes, prefix)
                continue
            path = getattr(route, "path", None)
            if path is None:
                continue
            methods = getattr(route, "methods", None) or {"GET"}
            table.append((prefix + path, tuple(sorted(methods))))

    walk(app.routes, "")
    return table
