"""Walking any exhibit: the kind is detected from content, then the matching source walks
it, and archives found among its files are expanded within the archive limits.

The walk runs in the coordinator and yields small ``SourceEntry`` records in a stable order
(folders and file systems sorted by raw name, partitions by slot, archives in their own
order), so locators, and with them resumption, are the same on every run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from cairn.errors import SourceError
from cairn.model import Locator
from cairn.settings import Settings
from cairn.sources.apps import ChatSource, recognise
from cairn.sources.archive import ARCHIVE, ArchiveLimits, Budget, expand
from cairn.sources.detect import EWF, RAW, UFDR, Detected, detect_exhibit, sniff_container
from cairn.sources.disk_image import TSK, walk_image
from cairn.sources.folder import NAME as FOLDER
from cairn.sources.folder import SourceEntry, walk_folder
from cairn.sources.registry import open_entry
from cairn.sources.ufdr import UFDR_LAYER, walk_ufdr

__all__ = ["ExhibitWalk", "walk_exhibit"]

_SNIFF = 512
_FILE_LAYERS = frozenset({FOLDER, TSK, UFDR_LAYER, ARCHIVE})


class ExhibitWalk(Iterator[SourceEntry]):
    """The entries of one exhibit, in order; ``kind`` (the ``exhibits.source_type``) is
    known on creation, ``chat_sources`` is complete once the walk is done."""

    def __init__(self, path: Path | str | bytes, settings: Settings) -> None:
        self.path = os.fsencode(os.path.abspath(os.fsdecode(path)))
        detected = detect_exhibit(self.path)
        self.kind = detected.kind
        self.chat_sources: list[ChatSource] = []
        self.limits = ArchiveLimits.from_settings(settings)
        self._entries = self._walk(detected)

    def __iter__(self) -> ExhibitWalk:
        return self

    def __next__(self) -> SourceEntry:
        return next(self._entries)

    def _walk(self, detected: Detected) -> Iterator[SourceEntry]:
        seen: set[str] = set()
        for entry in self._with_archives(self._base(detected)):
            key = entry.locator.key()
            if key in seen:
                continue  # the same item listed twice by its source: one item
            seen.add(key)
            self._recognise(entry)
            yield entry

    def _base(self, detected: Detected) -> Iterator[SourceEntry]:
        if detected.kind in (RAW, EWF):
            return walk_image(self.path)
        if detected.kind == UFDR:
            return walk_ufdr(self.path, self.limits, self._report)
        return walk_folder(self.path)

    def _report(self, locator: Locator) -> None:
        self.chat_sources.append(ChatSource("ufdr_report", "ufdr", locator, self.path))

    def _with_archives(self, entries: Iterator[SourceEntry]) -> Iterator[SourceEntry]:
        for entry in entries:
            yield entry
            if (
                self.limits.max_depth == 0
                or not _has_content(entry)
                or not entry.size
                or entry.locator.type not in _FILE_LAYERS
            ):
                continue
            kind = _sniff(entry)
            if kind is not None:
                yield from expand(entry, kind, self.limits, budget=Budget())

    def _recognise(self, entry: SourceEntry) -> None:
        if not _has_content(entry):
            return
        locator = entry.locator
        path = locator.path.split(b":", 1)[-1] if locator.type == TSK else locator.path
        app = recognise(path)
        if app is not None and app.role == "chats":
            self.chat_sources.append(ChatSource(app.app, app.platform, locator, entry.fs_path))


def _has_content(entry: SourceEntry) -> bool:
    """Whether the stage will read the entry (not excluded, failed or damaged)."""
    damaged = getattr(entry, "damaged", None)
    return entry.excluded is None and entry.failed is None and damaged is None


def _sniff(entry: SourceEntry) -> str | None:
    try:
        with open_entry(entry) as stream:
            return sniff_container(stream.read(_SNIFF))
    except (OSError, SourceError):
        return None  # the stage opens it again and records the error on the item


def walk_exhibit(path: Path | str | bytes, settings: Settings) -> ExhibitWalk:
    """Detect what ``path`` holds and walk it (see ``ExhibitWalk``); ``SourceError`` when it
    cannot be read at all."""
    return ExhibitWalk(path, settings)
