"""What the export writers (VICS, CSV, DFXML) share: the records they read and the rules
that decide an item's category.

The writers read items through the ``ExportedFile`` and ``ExportedMatch`` protocols, so this
package never imports the store; ``cairn.store.exports`` yields records that fit them.

An item's category is the one the triage report counts it under: of its known-material
matches, exact before perceptual, then the smallest distance, then scheme and code
(``chosen_match``). Matches naming different categories are a conflict; writers export the
chosen one and count the conflict so the operator is told.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from cairn.model import Category

__all__ = [
    "ExportSummary",
    "ExportedFile",
    "ExportedMatch",
    "TextSink",
    "chosen_match",
    "known_matches",
    "merged_flags",
]


class TextSink(Protocol):
    """Where a writer writes: anything with ``write(str)`` (an open text file, a sink that
    hashes what it writes)."""

    def write(self, text: str, /) -> object: ...


class ExportedMatch(Protocol):
    """A match of an item against a hash-set entry (``cairn.store.exports.ExportMatch``)."""

    @property
    def entry_id(self) -> int: ...
    @property
    def hashset(self) -> str: ...
    @property
    def known_good(self) -> bool: ...
    @property
    def kind(self) -> str: ...
    @property
    def distance(self) -> int: ...
    @property
    def threshold(self) -> int: ...
    @property
    def category(self) -> Category | None: ...
    @property
    def set_scheme(self) -> str | None: ...
    @property
    def source(self) -> str: ...
    @property
    def extra(self) -> Mapping[str, Any]: ...


class ExportedFile(Protocol):
    """An item of a case with its matches (``cairn.store.exports.ExportItem``)."""

    @property
    def id(self) -> int: ...
    @property
    def exhibit(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def folder(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def reason(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def mime(self) -> str | None: ...
    @property
    def size(self) -> int | None: ...
    @property
    def deleted(self) -> bool: ...
    @property
    def md5(self) -> str | None: ...
    @property
    def sha1(self) -> str | None: ...
    @property
    def sha256(self) -> str | None: ...
    @property
    def pdq(self) -> str | None: ...
    @property
    def matches(self) -> Sequence[ExportedMatch]: ...


@dataclass(slots=True)
class ExportSummary:
    """What a writer wrote, and what the operator must be told.

    Attributes:
        format: "vics", "csv" or "dfxml".
        records: Top-level records written: VICS Media, CSV rows, DFXML fileobjects.
        files: Items (on-disk files) covered.
        categorised: Records written with a category.
        uncategorised: Records written without one, by reason ("no category" when the
            entries had none; otherwise why the category could not be written).
        conflicts: Items whose matches name more than one category.
        skipped: Items left out, by reason.
    """

    format: str
    records: int = 0
    files: int = 0
    categorised: int = 0
    uncategorised: Counter[str] = field(default_factory=Counter)
    conflicts: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def warnings(self) -> list[str]:
        """One line per thing the operator should know, counted, never per record."""
        lines = [
            f"{count} {_plural(count, self._unit)} exported uncategorised: {reason}"
            for reason, count in sorted(self.uncategorised.items())
            if reason != NO_CATEGORY
        ]
        if self.conflicts:
            lines.append(
                f"{self.conflicts} {_plural(self.conflicts, 'item')} matched entries of "
                "different categories; each is exported under its best match (exact before "
                "perceptual, nearest first), as the triage report counts it"
            )
        lines.extend(
            f"{count} {_plural(count, 'item')} left out: {reason}"
            for reason, count in sorted(self.skipped.items())
        )
        return lines

    @property
    def _unit(self) -> str:
        return {"vics": "media record", "csv": "row"}.get(self.format, "record")


NO_CATEGORY = "no category in the matched entries"


def _plural(count: int, noun: str) -> str:
    return noun if count == 1 else f"{noun}s"


def known_matches(matches: Iterable[ExportedMatch]) -> list[ExportedMatch]:
    """The known-material matches, best first (the triage report's order)."""
    return sorted(
        (m for m in matches if not m.known_good),
        key=lambda m: (
            m.kind in ("pdq", "vpdq"),  # perceptual after exact, as the triage report ranks
            m.distance,
            (m.category.scheme if m.category else m.set_scheme) or "",
            m.category.code if m.category else "",
        ),
    )


def chosen_match(matches: Iterable[ExportedMatch]) -> tuple[ExportedMatch | None, bool]:
    """The match an item is counted under, and whether its matches disagree on category.

    None when the item has no known-material match.
    """
    ranked = known_matches(matches)
    if not ranked:
        return None, False
    seen = {
        (m.category.scheme, m.category.code) if m.category else (m.set_scheme, None) for m in ranked
    }
    return ranked[0], len(seen) > 1


# VICS flags and texts carried from entries' ``extra`` (as the VICS reader names them).
FLAG_KEYS = ("victim_identified", "offender_identified", "is_distributed")
TEXT_KEYS = ("series", "tags", "comments")


def merged_flags(matches: Iterable[ExportedMatch]) -> dict[str, Any]:
    """The VICS flags and texts of the known-material matches, merged.

    A flag is True when any entry says True, False when entries say only False, absent
    when none says. Texts keep each distinct value once, in match order, joined by "; ".
    One entry's values come back unchanged, so a VICS round trip keeps them.
    """
    flags: dict[str, Any] = {}
    texts: dict[str, list[str]] = {}
    for match in matches:
        if match.known_good:
            continue
        extra = match.extra
        for key in FLAG_KEYS:
            value = extra.get(key)
            if isinstance(value, bool):
                flags[key] = flags.get(key, False) or value
        for key in TEXT_KEYS:
            value = extra.get(key)
            if value is None or value == "":
                continue
            text = value if isinstance(value, str) else str(value)
            seen = texts.setdefault(key, [])
            if text not in seen:
                seen.append(text)
    for key, values in texts.items():
        flags[key] = "; ".join(values)
    return flags
