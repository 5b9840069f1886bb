"""What every request handler shares: the store, the settings, thumbnails and templates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from cairn.settings import Settings
from cairn.store import Store
from cairn.web.thumbnails import Thumbnailer

__all__ = ["Ctx", "WebContext", "make_templates", "web_context"]


def make_templates() -> Environment:
    env = Environment(
        loader=PackageLoader("cairn.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # One path segment: unlike ``urlencode``, "/" is escaped too.
    env.filters["segment"] = lambda value: quote(str(value), safe="")
    return env


@dataclass
class WebContext:
    store: Store
    settings: Settings
    thumbnails: Thumbnailer
    templates: Environment

    def page(
        self, request: Request, template: str, status_code: int = 200, **values: Any
    ) -> HTMLResponse:
        """Render a page; the template sees the viewer (if any) and its CSRF token."""
        viewer = getattr(request.state, "viewer", None)
        context: dict[str, Any] = {
            "viewer": viewer,
            "user": viewer.user if viewer is not None else None,
            "csrf": viewer.csrf if viewer is not None else "",
            "path": request.url.path,
        }
        context.update(values)
        html = self.templates.get_template(template).render(**context)
        return HTMLResponse(html, status_code=status_code)


def web_context(request: Request) -> WebContext:
    ctx: WebContext = request.app.state.cairn
    return ctx


#: The shared context, as a route parameter type.
Ctx = Annotated[WebContext, Depends(web_context)]
