"""What every chat parser shares: the parser class, parse options, and small helpers.

A parser has a stable ``NAME`` (the storage key and the ``--format`` value), a cheap
``sniff(name, head)`` that looks only at the first bytes, and ``parse(source, options)``
that returns every conversation in the export. ``parse`` raises :class:`WrongFormat` when
the content is not its format (the next parser is tried) and :class:`SourceError` when it
is its format but cannot be read at all; damaged records inside a readable export are
skipped and reported through ``options.warn`` (naming the record, never its text).
"""

from __future__ import annotations

import hashlib
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cairn.errors import ConfigError, SourceError
from cairn.model.chat import Conversation, Message, Participant

__all__ = [
    "ChatParser",
    "ParseOptions",
    "conversation_id",
    "epoch_to_utc",
    "participants_from",
    "read_bytes",
    "resolve_zone",
    "seconds_to_utc",
    "strip_marks",
]

Warn = Callable[[str], None]


def _ignore(_message: str) -> None:
    return None


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """Choices the export itself does not answer.

    ``time_zone`` is the IANA zone assumed for local times without an offset (WhatsApp
    text; Telegram ``date`` when ``date_unixtime`` is missing). ``date_order`` is ``auto``
    (inferred from the values), ``dmy``, ``mdy`` or ``ymd`` for WhatsApp text. ``source``
    labels the export (its path relative to what was imported) and enters conversation ids.
    """

    time_zone: str = "UTC"
    date_order: str = "auto"
    source: str = ""
    warn: Warn = _ignore


class ChatParser(ABC):
    """One chat export format. Subclasses set ``NAME`` and ``DESCRIPTION``.

    ``NEEDS_FILE`` formats (SQLite databases) are opened from a file; given bytes they are
    copied into a private temporary file first, never opened in place.
    """

    NAME: ClassVar[str]
    DESCRIPTION: ClassVar[str]
    NEEDS_FILE: ClassVar[bool] = False
    MAX_BYTES: ClassVar[int] = 2 * 1024 * 1024 * 1024

    @classmethod
    @abstractmethod
    def sniff(cls, name: bytes, head: bytes) -> bool:
        """Cheap content test on the first bytes of a file (and its name as a hint)."""

    @abstractmethod
    def parse(self, source: bytes | Path, options: ParseOptions) -> list[Conversation]:
        """Every conversation in the export, messages in export order."""


def read_bytes(source: bytes | Path, limit: int) -> bytes:
    """The export's bytes; a file larger than ``limit`` is refused as a SourceError."""
    if isinstance(source, bytes):
        return source
    try:
        size = source.stat().st_size
        if size > limit:
            raise SourceError(f"{source}: {size} bytes is more than this format's limit {limit}")
        return source.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {source}: {exc.strerror}") from exc


def resolve_zone(name: str) -> ZoneInfo:
    """The zone assumed for local times; a ConfigError names a zone that does not exist."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"unknown time zone {name!r} (use an IANA name such as UTC)") from exc


_MARKS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def strip_marks(text: str) -> str:
    """Remove bidi and zero-width marks (U+200E, the U+202A…U+202C wraps, BOM)."""
    return _MARKS.sub("", text)


# Java/Unix epoch values: seconds, milliseconds, microseconds or nanoseconds by magnitude.
def epoch_to_utc(value: float) -> datetime | None:
    """Unix time in s/ms/µs/ns (told apart by magnitude) as an aware UTC datetime."""
    magnitude = abs(value)
    if magnitude >= 1e17:
        value /= 1e9
    elif magnitude >= 1e14:
        value /= 1e6
    elif magnitude >= 1e11:
        value /= 1e3
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def seconds_to_utc(value: float) -> datetime | None:
    """Unix seconds as an aware UTC datetime; None when out of range."""
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def conversation_id(
    fmt: str, source: str, native_id: str, messages: Iterable[Message], title: str = ""
) -> str:
    """A stable id from the format, the source label and the content (32 hex digits)."""
    digest = hashlib.sha256()
    for part in (fmt, source, native_id, title):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\x00")
    for message in messages:
        for part in (message.time_raw, message.author, message.text):
            digest.update(part.encode("utf-8", "surrogatepass") + b"\x1f")
        digest.update(b"\x1e")
    return digest.hexdigest()[:32]


def participants_from(
    messages: Iterable[Message],
    names: dict[str, str] | None = None,
    *,
    stable: bool,
    owner: str | None = None,
    extra: Iterable[str] = (),
) -> tuple[Participant, ...]:
    """Participants in order of first appearance (authors first, then ``extra``)."""
    seen: dict[str, None] = {}
    for message in messages:
        if message.author and not message.system:
            seen.setdefault(message.author, None)
    for ident in extra:
        if ident:
            seen.setdefault(ident, None)
    names = names or {}
    return tuple(
        Participant(id=ident, name=names.get(ident, ""), stable=stable, owner=ident == owner)
        for ident in seen
    )
