"""Tables of the review app: people, case membership, sessions, grades, reveals.

Declared on :class:`cairn.store.schema.Base` and created by migration 0003. Passwords are
kept only as argon2 hashes and session tokens only as SHA-256 digests, so a copy of the
database lets nobody log in. ``audit_head`` anchors the end of the audit chain (see
:mod:`cairn.store.audit`): without it, removing the newest events would leave a chain that
still verifies.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from cairn.store.schema import Base, utcnow

__all__ = [
    "AuditHead",
    "CaseMember",
    "CaseReview",
    "ContentGrade",
    "LoginFailure",
    "Reveal",
    "User",
    "Vote",
    "WebSession",
]


class User(Base):
    """A local account. ``role`` is one of admin, lead, grader, analyst, viewer."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(Text)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # The per-user setting that relaxes protection: media shown unblurred without a reveal
    # (every such showing is still counted and audited as a reveal).
    reveal_by_default: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CaseMember(Base):
    """A user may see a case only through a row here (admins included)."""

    __tablename__ = "case_members"
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WebSession(Base):
    """A login. ``id`` is the SHA-256 of the cookie's token; the token itself is not kept."""

    __tablename__ = "web_sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class LoginFailure(Base):
    """One failed login, counted per name and per address for throttling."""

    __tablename__ = "login_failures"
    __table_args__ = (
        Index("ix_login_failures_name_at", "name", "at"),
        Index("ix_login_failures_address_at", "address", "at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CaseReview(Base):
    """A case's own grading scheme and trusted-vote count (else the settings' defaults)."""

    __tablename__ = "case_review"
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    scheme: Mapped[str | None] = mapped_column(String(60), nullable=True)
    votes_needed: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Vote(Base):
    """One user's grade of one content (SHA-256) in one case; a new grade replaces theirs."""

    __tablename__ = "votes"
    __table_args__ = (
        UniqueConstraint("case_id", "sha256", "user_id"),
        Index("ix_votes_case_user", "case_id", "user_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    scheme: Mapped[str] = mapped_column(String(60))
    code: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ContentGrade(Base):
    """Where the votes on one content stand: pending, trusted, disputed or resolved."""

    __tablename__ = "content_grades"
    __table_args__ = (Index("ix_content_grades_case_status", "case_id", "status"),)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(12))
    scheme: Mapped[str] = mapped_column(String(60))
    code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    votes: Mapped[int] = mapped_column(Integer, default=0)
    resolved_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Reveal(Base):
    """A reviewer saw one item unblurred (exposure, counted per day for welfare)."""

    __tablename__ = "reveals"
    __table_args__ = (
        Index("ix_reveals_user_day", "user_id", "day"),
        Index("ix_reveals_user_sha256", "user_id", "sha256", "at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    day: Mapped[str] = mapped_column(String(10))
    # True when shown unblurred by the user's own setting rather than a reveal per item.
    auto: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditHead(Base):
    """The newest audit event, written with each event: a removed tail shows up here."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
