"""The review web app (``cairn serve``): FastAPI, server-rendered pages, a JSON API.

``create_app`` is imported on first use, so that importing ``cairn.web.passwords`` (the
``cairn user`` commands) does not load the web framework.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from cairn.web.app import create_app

        return create_app
    raise AttributeError(f"module 'cairn.web' has no attribute {name!r}")
