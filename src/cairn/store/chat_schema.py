"""Tables for chats: conversations, their messages, the indicators that fired, identifiers.

A conversation's identity is (exhibit, key): ``key`` is the parser's stable conversation id,
so importing the same export into the same exhibit again replaces rather than duplicates.
Identifiers are stored once per (kind, value) across the whole store, with one occurrence
per conversation and message: links across conversations, exhibits and cases are queries.

Unlike files, chat text is stored: the analyst reads it in the report and the review.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
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
    "ChatIndicatorRow",
    "ChatMessageRow",
    "ConversationRow",
    "IdentifierOccurrenceRow",
    "IdentifierRow",
]


class ConversationRow(Base):
    """One imported conversation with its assessment (score, level, categories)."""

    __tablename__ = "conversations"
    __table_args__ = (
        UniqueConstraint("exhibit_id", "key"),
        Index("ix_conversations_score", "score"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    exhibit_id: Mapped[int] = mapped_column(ForeignKey("exhibits.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(Text)
    native_id: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[list[Any]] = mapped_column(JSON, default=list)
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    first_time: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_time: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    region: Mapped[str] = mapped_column(String(8), default="")
    score: Mapped[float] = mapped_column(Float, default=0.0)
    level: Mapped[str] = mapped_column(String(10), default="none")
    categories: Mapped[list[Any]] = mapped_column(JSON, default=list)
    assessed_with: Mapped[str] = mapped_column(String(40), default="")
    terms: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ChatMessageRow(Base):
    """One message; ``position`` is its index in the conversation (the report's ``message``)."""

    __tablename__ = "chat_messages"
    __table_args__ = (UniqueConstraint("conversation_id", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    time_utc: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    time_raw: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list[Any]] = mapped_column(JSON, default=list)
    system: Mapped[bool] = mapped_column(Boolean, default=False)


class ChatIndicatorRow(Base):
    """One indicator that fired, with the message it came from (the evidence)."""

    __tablename__ = "chat_indicators"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(60))
    family: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(20), default="")
    snippet: Mapped[str] = mapped_column(Text, default="")


class IdentifierRow(Base):
    """One normalised identifier (an E.164 number, a wallet), shared by the whole store."""

    __tablename__ = "identifiers"
    __table_args__ = (UniqueConstraint("kind", "value"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(400))


class IdentifierOccurrenceRow(Base):
    """Where an identifier was seen: a conversation and message, with the raw span."""

    __tablename__ = "identifier_occurrences"
    __table_args__ = (
        UniqueConstraint("identifier_id", "conversation_id", "position"),
        Index("ix_identifier_occurrences_conversation_id", "conversation_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    identifier_id: Mapped[int] = mapped_column(ForeignKey("identifiers.id", ondelete="CASCADE"))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=-1)
    raw: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
