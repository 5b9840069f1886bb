"""Cellebrite UFDR extractions: a zip with ``report.xml``, its files shown at device paths.

Each zip member the report tags is an item whose locator adds the device path the report
gives on top of the member::

    archive "files/Image/IMG_0001.JPG" → ufdr "/private/var/mobile/Media/DCIM/IMG_0001.JPG"

and carries the report's ``deleted`` flag. Members the report does not tag (``report.xml``
itself, ``MediaResults``…) are items under their zip name. A file the report tags whose
content is not in the zip is recorded too (``failed``, naming the missing member), so the
totals match the report.

``report.xml`` is read with a streaming parser (reports run to gigabytes) and elements are
dropped once read. Python's expat does not fetch external entities and limits entity
expansion, so a hostile report cannot reach out or blow up memory.
"""

from __future__ import annotations

import dataclasses
import os
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cairn.errors import SourceError
from cairn.model import Locator
from cairn.sources.archive import ARCHIVE, ArchiveLimits, member_entry, open_exhibit_zip
from cairn.sources.folder import SourceEntry
from cairn.sources.registry import open_entry

__all__ = ["UFDR_LAYER", "TaggedFile", "open_ufdr_file", "read_report", "walk_ufdr"]

UFDR_LAYER = "ufdr"
"""Locator type of a UFDR file: path = device path; parent = the zip member holding it."""


@dataclass(frozen=True, slots=True)
class TaggedFile:
    """One ``taggedFiles/file`` of the report: where it was on the device, where its
    content is in the zip (``None`` if not extracted), and whether it was deleted."""

    device_path: bytes
    local_path: str | None
    deleted: bool
    size: int | None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _normalise(path: str) -> str:
    return path.replace("\\", "/").strip().lstrip("/")


def read_report(stream: BinaryIO) -> Iterator[TaggedFile]:
    """The files tagged in a UFDR ``report.xml``, streaming; ``SourceError`` if the XML is
    broken (the files read before the break are given out first)."""
    depth = 0
    in_tagged = 0
    try:
        for event, element in ET.iterparse(stream, events=("start", "end")):
            name = _local(element.tag)
            if event == "start":
                depth += 1
                if name == "taggedFiles":
                    in_tagged += 1
                continue
            depth -= 1
            if name == "taggedFiles":
                in_tagged -= 1
            elif name == "file" and in_tagged:
                tagged = _tagged(element)
                element.clear()
                if tagged is not None:
                    yield tagged
            elif name == "model" or depth <= 1:
                element.clear()
    except ET.ParseError as exc:
        raise SourceError(f"report.xml is not well-formed XML: {exc}") from None


def _tagged(element: ET.Element) -> TaggedFile | None:
    device = element.get("path")
    if not device:
        return None
    local = None
    for item in element.iter():
        if _local(item.tag) == "item" and (item.get("name") or "").lower() == "local path":
            local = _normalise(item.text or "") or None
            break
    deleted = (element.get("deleted") or "").strip().lower() in ("deleted", "true", "yes")
    try:
        size: int | None = int(element.get("size") or "")
    except ValueError:
        size = None
    device_path = device.replace("\\", "/").strip().encode("utf-8", "surrogateescape")
    return TaggedFile(device_path, local, deleted, size)


def walk_ufdr(
    path: bytes, limits: ArchiveLimits, on_report: Callable[[Locator], None] | None = None
) -> Iterator[SourceEntry]:
    """Yield every member of the UFDR at ``path`` (zip order), tagged ones at their device
    paths, then the tagged files whose content the zip lacks. ``on_report`` is told the
    locator of ``report.xml`` (the chat importers' input) before the first entry."""
    reader = open_exhibit_zip(path)
    members = list(reader.members())
    by_name = {m.key.decode("utf-8", "surrogateescape"): m for m in members}
    report = next((n for n in by_name if n.lower() == "report.xml"), None)
    if report is None:
        raise SourceError(f"{os.fsdecode(path)!r} has no report.xml; not a UFDR")
    report_locator = Locator(ARCHIVE, by_name[report].key)
    if on_report is not None:
        on_report(report_locator)
    tagged: dict[str, list[TaggedFile]] = defaultdict(list)
    missing: list[TaggedFile] = []
    with open_entry(SourceEntry(report_locator, path)) as stream:
        for item in read_report(stream):
            if item.local_path is None:
                missing.append(item)
            else:
                tagged[item.local_path].append(item)
    for member in members:
        entry = member_entry(member, None, path, limits)
        name = _normalise(member.key.decode("utf-8", "surrogateescape"))
        files = tagged.pop(name, [])
        if not files:
            yield entry
            continue
        for item in files:
            yield dataclasses.replace(
                entry,
                locator=Locator(UFDR_LAYER, item.device_path, entry.locator),
                deleted=item.deleted,
            )
    for local, items in sorted(tagged.items()):
        for item in items:
            yield SourceEntry(
                Locator(UFDR_LAYER, item.device_path, Locator(ARCHIVE, local.encode())),
                path,
                size=item.size,
                deleted=item.deleted,
                failed=f"report.xml puts its content at {local!r}, which the UFDR does not hold",
            )
    for item in missing:
        yield SourceEntry(
            Locator(UFDR_LAYER, item.device_path),
            path,
            size=item.size,
            deleted=item.deleted,
            excluded="listed in report.xml without content in the UFDR",
        )


def open_ufdr_file(entry: SourceEntry) -> BinaryIO:
    """Opener for ``ufdr`` locators: the zip member below the device path."""
    if entry.locator.parent is None:
        raise OSError("the report lists this file without content in the UFDR")
    return open_entry(SourceEntry(entry.locator.parent, entry.fs_path, size=entry.size))
