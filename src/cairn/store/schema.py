"""SQLAlchemy tables of the store; Alembic migrations in ``migrations/`` create them.

Evidence content never goes into the database: only hashes, facts and decisions.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "AuditEvent",
    "Base",
    "Case",
    "Exhibit",
    "HashSet",
    "IngestRun",
    "Item",
    "KnownEntryRow",
    "MatchRow",
    "utcnow",
]


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Exhibit(Base):
    __tablename__ = "exhibits"
    __table_args__ = (UniqueConstraint("case_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    source_path: Mapped[str] = mapped_column(Text)
    source_type: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class HashSet(Base):
    __tablename__ = "hashsets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    format: Mapped[str] = mapped_column(String(20))
    scheme: Mapped[str | None] = mapped_column(String(60), nullable=True)
    known_good: Mapped[bool] = mapped_column(Boolean, default=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    pdq_threshold: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source_path: Mapped[str] = mapped_column(Text, default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    entry_count: Mapped[int] = mapped_column(Integer, default=0)
    import_runs: Mapped[int] = mapped_column(Integer, default=1)
    bad_count: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class KnownEntryRow(Base):
    __tablename__ = "known_entries"
    __table_args__ = (
        Index("ix_known_entries_entry_key", "hashset_id", "entry_key"),
        Index("ix_known_entries_md5", "md5"),
        Index("ix_known_entries_sha1", "sha1"),
        Index("ix_known_entries_sha256", "sha256"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hashset_id: Mapped[int] = mapped_column(
        ForeignKey("hashsets.id", ondelete="CASCADE"), index=True
    )
    md5: Mapped[str | None] = mapped_column(String(32), nullable=True)
    sha1: Mapped[str | None] = mapped_column(String(40), nullable=True)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    pdq: Mapped[str | None] = mapped_column(String(64), nullable=True)
    scheme: Mapped[str | None] = mapped_column(String(60), nullable=True)
    code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    source: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Set when a newer import of the set no longer lists the entry; kept for match history.
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # Identity of the entry within its set (hashes + category), for updates by re-import.
    entry_key: Mapped[str] = mapped_column(String(40))
    # The import (1 = first, then one more per update) that last listed the entry.
    import_run: Mapped[int] = mapped_column(Integer, default=1)


class IngestRun(Base):
    __tablename__ = "ingest_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    exhibit_id: Mapped[int] = mapped_column(
        ForeignKey("exhibits.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    items_written: Mapped[int] = mapped_column(Integer, default=0)
    stats: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Item(Base):
    """One item of an exhibit. Identity is (exhibit, locator); ``locator_hash`` indexes it."""

    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("exhibit_id", "locator_hash"),
        Index("ix_items_sha256", "sha256"),
        Index("ix_items_md5", "md5"),
        Index("ix_items_exhibit_status", "exhibit_id", "status"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    exhibit_id: Mapped[int] = mapped_column(ForeignKey("exhibits.id", ondelete="CASCADE"))
    locator_hash: Mapped[str] = mapped_column(String(64))
    locator: Mapped[str] = mapped_column(Text)
    path: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    size: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    mime: Mapped[str | None] = mapped_column(String(100), nullable=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    md5: Mapped[str | None] = mapped_column(String(32), nullable=True)
    sha1: Mapped[str | None] = mapped_column(String(40), nullable=True)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    pdq: Mapped[str | None] = mapped_column(String(64), nullable=True)
    pdq_quality: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The stored PDQ came from a reduced-scale decode (screening only; never exported as is).
    pdq_reduced: Mapped[bool] = mapped_column(Boolean, default=False)
    width: Mapped[int | None] = mapped_column(Integer, nullable=True)
    height: Mapped[int | None] = mapped_column(Integer, nullable=True)
    exif: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # Video facts (duration, codec…) and its sampled frames' PDQ hashes (vPDQ), for videos.
    video: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # The chat-export format detected in the item (its conversations are imported).
    chat_format: Mapped[str | None] = mapped_column(String(40), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class MatchRow(Base):
    """Why an item matched: set, entry, hash kind, distance and threshold (explainable)."""

    __tablename__ = "matches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    hashset_id: Mapped[int] = mapped_column(ForeignKey("hashsets.id", ondelete="CASCADE"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("known_entries.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    distance: Mapped[int] = mapped_column(Integer, default=0)
    threshold: Mapped[int] = mapped_column(Integer, default=0)
    # For dihedral PDQ matches: which rotation or flip of the item matched (e.g. "rot90").
    variant: Mapped[str | None] = mapped_column(String(40), nullable=True)


class AuditEvent(Base):
    """Append-only, hash-chained log of state changes and views (DESIGN invariant 7)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    case_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Unique: two writers appending after the same event cannot both succeed (no forks).
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64))


from cairn.store import chat_schema as _chat_schema  # noqa: E402,F401  (register tables)
from cairn.store import operation_schema as _operation_schema  # noqa: E402,F401  (register tables)
from cairn.store import review_schema as _review_schema  # noqa: E402,F401  (register tables)
from cairn.store import video_schema as _video_schema  # noqa: E402,F401  (register tables)
