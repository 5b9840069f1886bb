"""Known media as a CSV a unit can open in a spreadsheet, in the style of Griffeye's exports.

One row per matched entry: a file that matched two entries has two rows, with the same
``Item ID`` (an entry matched by several hash kinds is one row, ``Match Type`` listing them:
"md5, sha256"). ``Counted`` is "Yes" on the one row whose category the triage report counts
the file under (exact before perceptual, nearest first), so filtering on it gives one row
per file.

The file is UTF-8 with a byte-order mark, comma-separated, CRLF line ends: what Excel needs to
show non-ASCII names correctly when the file is double-clicked. Text that comes from evidence
or from hash-set files (names, paths, series, tags...) and starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text
and never runs it as a formula (CSV injection). Numbers and hashes are written as they are.

Cairn's own CSV reader reads the file back as a hash set: its MD5, SHA1, SHA256, PDQ,
Category and Scheme columns are ones the reader knows (one entry per row).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable

from cairn.hashsets.categories import label
from cairn.hashsets.exporting import (
    NO_CATEGORY,
    ExportedFile,
    ExportedMatch,
    ExportSummary,
    TextSink,
    known_matches,
)

__all__ = ["COLUMNS", "write_csv"]

COLUMNS = (
    "Item ID",
    "Exhibit",
    "File Name",
    "File Path",
    "Full Path",
    "Size",
    "Deleted",
    "MIME Type",
    "MD5",
    "SHA1",
    "SHA256",
    "PDQ",
    "Category",
    "Category Name",
    "Scheme",
    "Counted",
    "Hash Set",
    "Match Type",
    "Distance",
    "Threshold",
    "Entry",
    "Victim Identified",
    "Offender Identified",
    "Series",
    "Tags",
)
BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_KIND_ORDER = {"md5": 0, "sha1": 1, "sha256": 2, "pdq": 3}


def _text(value: object) -> str:
    """A text cell that a spreadsheet will not run as a formula."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _yes_no(value: object) -> str:
    if value is True:
        return "Yes"
    if value is False:
        return "No"
    return ""


def write_csv(items: Iterable[ExportedFile], out: TextSink) -> ExportSummary:
    """Write one row per known-material entry each of ``items`` matched.

    Args:
        items: The case's known media, in the order rows should appear.
        out: A text stream opened with ``newline=""`` (the csv module writes CRLF itself)
            and UTF-8 encoding; the BOM is written here.
    """
    summary = ExportSummary(format="csv")
    writer = csv.writer(out)
    out.write(BOM)
    writer.writerow(COLUMNS)
    for item in items:
        ranked = known_matches(item.matches)
        if not ranked:
            continue
        summary.files += 1
        categories = {
            (m.category.scheme, m.category.code) if m.category else (m.set_scheme, None)
            for m in ranked
        }
        if len(categories) > 1:
            summary.conflicts += 1
        rows: list[ExportedMatch] = []  # the best match of each entry, best first
        kinds: dict[int, list[str]] = {}
        for match in ranked:
            seen = kinds.get(match.entry_id)
            if seen is None:
                kinds[match.entry_id] = [match.kind]
                rows.append(match)
            else:
                seen.append(match.kind)
        for index, match in enumerate(rows):
            category = match.category
            if category is None:
                summary.uncategorised[NO_CATEGORY] += 1
            else:
                summary.categorised += 1
            extra = match.extra
            writer.writerow(
                (
                    item.id,
                    _text(item.exhibit),
                    _text(item.name),
                    _text(item.folder),
                    _text(item.path),
                    "" if item.size is None else item.size,
                    _yes_no(item.deleted),
                    _text(item.mime),
                    item.md5 or "",
                    item.sha1 or "",
                    item.sha256 or "",
                    item.pdq or "",
                    _text(category.code) if category else "",
                    label(category) if category else "Uncategorised",
                    category.scheme if category else (match.set_scheme or ""),
                    "Yes" if index == 0 else "No",
                    _text(match.hashset),
                    ", ".join(sorted(kinds[match.entry_id], key=lambda k: _KIND_ORDER.get(k, 9))),
                    match.distance,
                    match.threshold,
                    _text(match.source),
                    _yes_no(extra.get("victim_identified")),
                    _yes_no(extra.get("offender_identified")),
                    _text(extra.get("series")),
                    _text(extra.get("tags")),
                )
            )
            summary.records += 1
    return summary
