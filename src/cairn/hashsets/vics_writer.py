"""VICS (Project VIC) case exports, written as a stream: VICS 2.0 (any profile) and 1.3.

The file is a ``#Cases`` export: one case whose ``Media`` array holds one record per MD5
(VICS keys Media on MD5), each with a ``MediaFiles`` row per on-disk copy. Records are
written as they come, one line each, so memory holds one Media at a time however large the
case; the writer needs items with equal MD5 next to each other
(``cairn.store.exports.known_media`` yields them so).

Categories are never converted between schemes (DESIGN invariant 8). A profile carries the
codes of one scheme, the one the VICS reader gives a file of that profile:

    2.0 US, Default    pv-us
    2.0 UK             vics-uk (raw integers; the A/B/C mapping is not public)
    2.0 CUSTOM         custom
    2.0 any other P    vics-<p>
    1.3                pv-us (1.x has no profile)

An item whose category is in another scheme, or whose code is not a VICS ``Category`` byte
(0-255), is written uncategorised (``"Category": null``) and counted in the summary's
``uncategorised``, so the operator is warned; nothing is guessed. So a file written here and
read back by ``VicsReader`` gives the same hashes and the same ``(scheme, code)`` for every
record it categorised.

What a Media record carries: ``MD5``, ``SHA1``, SHA-256, PDQ and, for a video, its vPDQ
(upstream's ``frame,quality,pdq,time`` lines; VICS 2.0 has no video hash of its own) as
``AlternativeHashes``,
``MediaSize``, ``MimeType``, ``Category`` with ``IsPrecategorized`` and
``PrecategorizationSource`` (the hash set), ``VictimIdentified``, ``OffenderIdentified``,
``IsDistributed``, ``Series``, ``Tags`` and ``Comments`` merged from the matched entries
(``exporting.merged_flags``), and ``MediaFiles`` rows: ``FileName``, ``FilePath`` (the
folder), ``Deleted``, ``SourceID`` (the exhibit). VICS 2.0 records add ``MediaMetadata``
saying how Cairn matched the file (``CairnMatch``: md5, sha1, sha256, pdq or vpdq; and
``CairnPdqDistance`` or ``CairnVpdqDistance``, the largest frame distance of a vPDQ match).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import cairn
from cairn.errors import ConfigError
from cairn.hashsets.exporting import (
    NO_CATEGORY,
    ExportedFile,
    ExportSummary,
    TextSink,
    chosen_match,
    merged_flags,
)
from cairn.hashsets.vics import scheme_for_profile
from cairn.hashsets.vpdqfile import format_vpdq, video_frames

__all__ = ["VERSIONS", "vics_profile", "write_vics"]

VERSIONS = ("2.0", "1.3")
_PROFILES = {
    "US": "US",
    "UK": "UK",
    "DEFAULT": "Default",
    "CUSTOM": "CUSTOM",
    "UNKNOWN": "UNKNOWN",
}
_PROFILE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,39}")
_CODE = re.compile(r"[0-9]{1,3}")
_CONTEXT_2_0 = (
    "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/{profile}/$metadata#Cases"
)
_CONTEXT_1_3 = "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Cases"
_FLAGS = {
    "victim_identified": "VictimIdentified",
    "offender_identified": "OffenderIdentified",
    "is_distributed": "IsDistributed",
    "series": "Series",
    "tags": "Tags",
    "comments": "Comments",
}


# MediaMetadata property naming the distance of a perceptual match, by match kind.
_DISTANCES = {"pdq": "CairnPdqDistance", "vpdq": "CairnVpdqDistance"}


def _vpdq(item: ExportedFile) -> str | None:
    """A video item's vPDQ as upstream text (VICS has no video hash of its own; Cairn writes
    it as an ``AlternativeHashes`` entry named ``vPDQ``), or None."""
    frames = video_frames(getattr(item, "video", None))
    return format_vpdq(frames) if frames else None


def vics_profile(version: str, profile: str | None) -> tuple[str | None, str]:
    """The profile as written (None for 1.3) and the scheme whose codes the file carries.

    Known profiles are matched without regard to case and written as VICS spells them
    ("default" becomes "Default").

    Raises:
        ConfigError: an unknown version; a profile with VICS 1.3 other than US; a profile
            name that is not a letter followed by letters, digits, "-" or "_".
    """
    if version not in VERSIONS:
        raise ConfigError(
            f"VICS version {version!r} is not one Cairn writes ({', '.join(VERSIONS)})"
        )
    if version == "1.3":
        if profile is not None and profile.upper() not in ("US", "DEFAULT"):
            raise ConfigError(
                f"VICS 1.3 has no profile, so it cannot say {profile!r}: its categories are "
                "read as Project VIC US (pv-us); write VICS 2.0 for another profile"
            )
        return None, "pv-us"
    name = profile or "US"
    canonical = _PROFILES.get(name.upper())
    if canonical is None:
        if _PROFILE_NAME.fullmatch(name) is None:
            raise ConfigError(
                f"{name!r} is not a VICS profile name (a letter, then letters, digits, '-' or "
                "'_'; for example US or UK)"
            )
        canonical = name
    scheme, _note = scheme_for_profile(canonical, None)
    return canonical, scheme


def _groups(items: Iterable[ExportedFile], summary: ExportSummary) -> Iterator[list[ExportedFile]]:
    """Runs of items with equal MD5; items without one are counted and left out."""
    group: list[ExportedFile] = []
    for item in items:
        if item.md5 is None:
            summary.skipped["no MD5 (VICS keys media on MD5)"] += 1
            continue
        if group and item.md5 != group[0].md5:
            yield group
            group = []
        group.append(item)
    if group:
        yield group


class _MediaBuilder:
    """Builds one Media record from the items that share its MD5."""

    def __init__(self, version: str, profile: str | None, scheme: str) -> None:
        self.version = version
        self.scheme = scheme
        where = f"VICS 2.0 profile {profile}" if profile is not None else "VICS 1.3"
        self.misfit = (
            "scheme {scheme!r} does not fit "
            + where
            + f" (which holds {scheme} codes; Cairn never converts codes between schemes)"
        )

    def category(
        self, group: Sequence[ExportedFile], summary: ExportSummary
    ) -> tuple[int | None, str | None, str | None]:
        """(Category byte or None, the set it came from, the match kind), counting why not."""
        matches = [match for item in group for match in item.matches]
        best, conflict = chosen_match(matches)
        if conflict:
            summary.conflicts += len(group)
        if best is None or best.category is None:
            summary.uncategorised[NO_CATEGORY] += 1
            return None, None, best.kind if best is not None else None
        category = best.category
        if category.scheme != self.scheme:
            summary.uncategorised[self.misfit.format(scheme=category.scheme)] += 1
            return None, None, best.kind
        if _CODE.fullmatch(category.code) is None or int(category.code) > 255:
            summary.uncategorised[
                f"{category.scheme} code {category.code!r} is not a VICS Category (0-255)"
            ] += 1
            return None, None, best.kind
        summary.categorised += 1
        return int(category.code), best.hashset, best.kind

    def media(
        self, number: int, group: Sequence[ExportedFile], summary: ExportSummary
    ) -> dict[str, Any]:
        first = group[0]
        md5 = first.md5
        code, source, match_kind = self.category(group, summary)
        record: dict[str, Any] = {"MediaID": number, "Category": code, "MD5": md5}
        if first.sha1 is not None:
            record["SHA1"] = first.sha1
        record["IsPrecategorized"] = code is not None
        if source is not None:
            record["PrecategorizationSource"] = source
        flags = merged_flags(match for item in group for match in item.matches)
        for key, name in _FLAGS.items():
            if key in flags:
                record[name] = flags[key]
        if first.size is not None:
            record["MediaSize"] = first.size
        if first.mime:
            record["MimeType"] = first.mime
        alternatives = [
            {"MD5": md5, "HashName": name, "HashValue": value}
            for name, value in (
                ("SHA256", first.sha256),
                ("PDQ", first.pdq),
                ("vPDQ", _vpdq(first)),
            )
            if value is not None
        ]
        if alternatives:
            record["AlternativeHashes"] = alternatives
        record["MediaFiles"] = [
            {
                "MD5": md5,
                "FileName": item.name,
                "FilePath": item.folder,
                "Deleted": item.deleted,
                "SourceID": item.exhibit,
            }
            for item in group
        ]
        if self.version == "2.0" and match_kind is not None:
            metadata = [{"MD5": md5, "PropertyName": "CairnMatch", "PropertyValue": match_kind}]
            if match_kind in _DISTANCES:
                distance = min(
                    (m.distance for item in group for m in item.matches if m.kind == match_kind),
                    default=0,
                )
                metadata.append(
                    {
                        "MD5": md5,
                        "PropertyName": _DISTANCES[match_kind],
                        "PropertyValue": str(distance),
                    }
                )
            record["MediaMetadata"] = metadata
        return record


def write_vics(
    items: Iterable[ExportedFile],
    out: TextSink,
    *,
    case_number: str,
    version: str = "2.0",
    profile: str | None = None,
    case_id: str | None = None,
    application: tuple[str, str] = ("Cairn", cairn.__version__),
) -> ExportSummary:
    """Write a VICS ``#Cases`` export of ``items`` (known media, equal MD5s adjacent).

    Args:
        items: The case's known media; items with equal MD5 must be next to each other.
        out: A text stream; the file is ASCII JSON (non-ASCII characters escaped).
        case_number: The case's name, written as ``CaseNumber``.
        version: "2.0" or "1.3".
        profile: The 2.0 profile (default US); with 1.3 only US is accepted.
        case_id: The ``CaseID`` GUID; a random one when None.
        application: ``SourceApplicationName`` and ``SourceApplicationVersion``.

    Raises:
        ConfigError: a version or profile that cannot be written (before anything is).
    """
    canonical, scheme = vics_profile(version, profile)
    summary = ExportSummary(format="vics")
    builder = _MediaBuilder(version, canonical, scheme)
    if version == "2.0":
        envelope = {"@odata.context": _CONTEXT_2_0.format(profile=canonical)}
    else:
        envelope = {"odata.metadata": _CONTEXT_1_3}
    case = {
        "CaseID": case_id or str(uuid.uuid4()),
        "CaseNumber": case_number,
        "SourceApplicationName": application[0],
        "SourceApplicationVersion": application[1],
    }

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":"))

    head = dumps(envelope)[:-1] + ',"value":[' + dumps(case)[:-1] + ',"Media":['
    out.write(head)
    number = 0
    for group in _groups(items, summary):
        number += 1
        out.write("\n" if number == 1 else ",\n")
        out.write(dumps(builder.media(number, group, summary)))
        summary.files += len(group)
    summary.records = number
    totals = {"TotalMediaFiles": summary.files, "TotalPrecategorized": summary.categorised}
    out.write("\n]," + dumps(totals)[1:-1] + "}]}\n")
    return summary
