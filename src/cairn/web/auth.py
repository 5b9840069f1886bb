"""Passwords, login sessions and who is asking: the web app's authentication.

Passwords are argon2id hashes (:mod:`cairn.web.passwords`). A session is a random token in
an ``HttpOnly``, ``SameSite=Strict`` cookie; the store keeps only its SHA-256, so a copy of
the database holds no usable session. Sessions end on logout, after
``session_minutes`` idle, or when the account is disabled or its password changed.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Request

from cairn.store.review import (
    GRADER_ROLES,
    LEAD_ROLES,
    Forbidden,
    NotFound,
    UserInfo,
    member_case,
    session_user,
)
from cairn.store.schema import Case
from cairn.web.context import Ctx
from cairn.web.passwords import (
    MIN_PASSWORD,
    check_password_strength,
    hash_password,
    verify_password,
)

__all__ = [
    "MIN_PASSWORD",
    "SESSION_COOKIE",
    "CaseAccess",
    "CurrentViewer",
    "Grader",
    "Lead",
    "Member",
    "NotAuthenticated",
    "Viewer",
    "case_access",
    "check_password_strength",
    "current_viewer",
    "grader_case",
    "hash_password",
    "lead_case",
    "new_token",
    "token_digest",
    "verify_password",
]

SESSION_COOKIE = "cairn_session"


class NotAuthenticated(Exception):
    """No live session: pages redirect to the login form, the API answers 401."""


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Viewer:
    """The logged-in user of this request, their session's CSRF token and its digest."""

    user: UserInfo
    csrf: str
    session: str


def current_viewer(request: Request, ctx: Ctx) -> Viewer:
    """The user behind the request's session cookie; ``NotAuthenticated`` without one."""
    cached = getattr(request.state, "viewer", None)
    if isinstance(cached, Viewer):
        return cached
    token = request.cookies.get(SESSION_COOKIE)
    if not token or len(token) > 200:
        raise NotAuthenticated()
    digest = token_digest(token)
    idle = timedelta(minutes=max(1, ctx.settings.session_minutes))
    info = session_user(ctx.store, digest, idle)
    if info is None:
        raise NotAuthenticated()
    viewer = Viewer(info.user, info.csrf, digest)
    request.state.viewer = viewer
    return viewer


@dataclass(frozen=True, slots=True)
class CaseAccess:
    """A case the viewer is a member of."""

    case: Case
    viewer: Viewer

    @property
    def user(self) -> UserInfo:
        return self.viewer.user


CurrentViewer = Annotated[Viewer, Depends(current_viewer)]


def case_access(case: str, viewer: CurrentViewer, ctx: Ctx) -> CaseAccess:
    """The case named in the path, if the viewer is a member. A case that does not exist and
    one the viewer may not see get the same answer, so its existence is not given away."""
    row = member_case(ctx.store, viewer.user.id, case)
    if row is None:
        raise NotFound("not found")
    return CaseAccess(row, viewer)


Member = Annotated[CaseAccess, Depends(case_access)]


def grader_case(access: Member) -> CaseAccess:
    if access.user.role not in GRADER_ROLES:
        raise Forbidden(f"role {access.user.role!r} cannot grade")
    return access


def lead_case(access: Member) -> CaseAccess:
    if access.user.role not in LEAD_ROLES:
        raise Forbidden(f"role {access.user.role!r} cannot do this; a lead or admin can")
    return access


Grader = Annotated[CaseAccess, Depends(grader_case)]
Lead = Annotated[CaseAccess, Depends(lead_case)]
