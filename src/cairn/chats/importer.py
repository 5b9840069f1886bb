"""Importing chat exports into the store: parse, assess, extract identifiers, save.

This is the seam the ingest runner uses too: ``import_conversations`` takes conversations
already parsed (by :func:`cairn.chats.detect.parse_chat`) and writes them for one exhibit;
``import_path`` does the whole job for a file or folder (``cairn chats import``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cairn.chats.assess import assess
from cairn.chats.detect import import_tree
from cairn.chats.identifiers import conversation_identifiers
from cairn.errors import ConfigError
from cairn.model.chat import Conversation
from cairn.store.chats import SaveSummary, save_conversations
from cairn.store.database import Store

__all__ = ["ImportSummary", "check_region", "import_conversations", "import_path"]


def check_region(region: str | None) -> str | None:
    """A two-letter region code (upper case) or None; anything else is a ConfigError."""
    if not region:
        return None
    import phonenumbers

    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ConfigError(f"{region!r} is not a phone region code (use e.g. GB, US, PH)")
    return code


def import_conversations(
    store: Store,
    exhibit_id: int,
    conversations: Sequence[Conversation],
    *,
    region: str | None = None,
) -> SaveSummary:
    """Assess each conversation, extract its identifiers and store it for the exhibit.

    Idempotent: a conversation already stored for the exhibit (same id) is replaced.
    ``region`` is the default region for national-format phone numbers (recorded).
    """
    region = check_region(region)
    assessments = [assess(c) for c in conversations]
    identifiers = [conversation_identifiers(c, region) for c in conversations]
    return save_conversations(
        store, exhibit_id, conversations, assessments, identifiers, region=region
    )


@dataclass(slots=True)
class ImportSummary:
    """What ``import_path`` did: exports read, conversations and messages saved, failures."""

    exports: int = 0
    conversations: int = 0
    replaced: int = 0
    messages: int = 0
    indicators: int = 0
    identifiers: int = 0
    formats: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def import_path(
    store: Store,
    exhibit_id: int,
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    region: str | None = None,
    time_zone: str = "UTC",
    date_order: str = "auto",
    progress: Callable[[str], None] | None = None,
) -> ImportSummary:
    """Import every chat export in ``path`` (a file or a folder) into the exhibit."""
    summary = ImportSummary()
    region = check_region(region)
    for result in import_tree(
        path, fmt, time_zone=time_zone, date_order=date_order, warn=summary.warnings.append
    ):
        if result.error:
            summary.failures.append(result.error)
            continue
        if progress is not None:
            progress(result.source)
        saved = import_conversations(store, exhibit_id, result.conversations, region=region)
        summary.exports += 1
        summary.formats[result.format] = summary.formats.get(result.format, 0) + 1
        summary.conversations += saved.conversations
        summary.replaced += saved.replaced
        summary.messages += saved.messages
        summary.indicators += saved.indicators
        summary.identifiers += saved.identifiers
    return summary
