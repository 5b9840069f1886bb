"""Chat records: one shape for every chat format, and what the assessment says about it.

Every importer maps its export onto :class:`Conversation` (participants, messages with the
UTC time *and* the raw value as found). The assessment adds :class:`Indicator` evidence and
an :class:`Assessment`; identifier extraction adds :class:`Identifier` records. Records are
plain frozen dataclasses with no behaviour, so they cross process boundaries and compare
by value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

__all__ = [
    "Assessment",
    "Attachment",
    "Conversation",
    "Identifier",
    "Indicator",
    "Message",
    "Participant",
]


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone in a conversation.

    ``id`` is the most stable identity the format offers (Telegram ``from_id``, Discord
    ``author.id``, an SMS address); ``stable`` is false where only a display name exists
    (WhatsApp text, Facebook, PAN12 uses opaque hashes and counts as stable).
    """

    id: str
    name: str = ""
    stable: bool = False
    owner: bool = False


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file referred to by a message (only the reference: media is ingested elsewhere)."""

    name: str
    kind: str = ""
    omitted: bool = False


@dataclass(frozen=True, slots=True)
class Message:
    """One message. ``time_utc`` is None where the export has no date (PAN12) or none could
    be read; ``time_raw`` always holds the value exactly as the export wrote it."""

    index: int
    time_utc: datetime | None
    time_raw: str
    author: str
    text: str
    attachments: tuple[Attachment, ...] = ()
    system: bool = False


@dataclass(frozen=True, slots=True)
class Conversation:
    """One conversation from one export.

    ``id`` is stable: derived from the format, the source path and the content, so importing
    the same export twice gives the same id. ``format`` is the parser ``NAME``; ``source`` is
    the export's path relative to what was imported; ``time_zone`` is the zone assumed for
    local times without an offset ("" where the format carries UTC); ``assumptions`` says
    in words what else was assumed to read it (a date order inferred from the values).
    """

    id: str
    format: str
    title: str
    participants: tuple[Participant, ...]
    messages: tuple[Message, ...]
    source: str
    native_id: str = ""
    time_zone: str = ""
    assumptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Indicator:
    """One risk cue found in one message: which rule, its family, the message it came from,
    who wrote it and in what role (``actor`` for the other party's behaviour, ``target``
    for what the possible child discloses), and the matching snippet."""

    name: str
    family: str
    message: int
    author: str
    role: str
    text: str


@dataclass(frozen=True, slots=True)
class Assessment:
    """A conversation's risk: ``score`` in [0, 1], a ``level``, the categories that fired
    (grooming, sextortion, live_streaming), every indicator as evidence, and the words that
    raised the score."""

    score: float
    level: str
    categories: tuple[str, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    version: str = ""
    terms: tuple[tuple[str, float], ...] = ()
    """Words and word pairs that raised the word part of the score, with their weight
    (rules-2026.10): what explains the score beyond the indicators."""


@dataclass(frozen=True, slots=True)
class Identifier:
    """An identifier found in a message: ``value`` is normalised for linking (E.164, lower-case
    email, EIP-55 address), ``raw`` is the span as written, ``message`` its message index."""

    kind: str
    value: str
    raw: str
    message: int | None = None
    detail: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
