"""A case's or exhibit's file inventory as DFXML 1.2.0 (Digital Forensics XML), streamed.

The document follows the DFXML schema's order (``dfxml-working-group/dfxml_schema``,
``dfxml.xsd``): ``<dfxml version="1.2.0">`` holding ``metadata`` (one Dublin Core
``dc:type``), ``creator`` (program, version, execution environment), ``source`` (one
``image_filename`` per exhibit: the path it was ingested from) and one ``fileobject`` per
item, whose DFXML children keep the schema's sequence:

    filename     the item's path in its exhibit, as displayed (archive layers joined by "!")
    id           the item's id in the store
    filesize     bytes read
    alloc        0 for an item found deleted, else 1; unalloc 1 for a deleted item
    hashdigest   type="md5", "sha1", "sha256" (lower-case hex)

Cairn's own facts follow, as the schema allows for elements of other namespaces after the
DFXML ones (the convention of ``dfxml_schema`` issue 23), in the namespace
``urn:x-cairn:dfxml:1`` bound to the prefix ``cairn``:

    cairn:exhibit   the exhibit's name
    cairn:status    processed, known_good, damaged, failed or excluded (every item has one)
    cairn:reason    why, for damaged, failed and excluded items
    cairn:kind      image, video or other
    cairn:mime      the type identified from the content
    cairn:pdq       the PDQ hash (64 hex digits)
    cairn:match     one per match: attributes hashset, known_good (0/1), kind (md5, sha1,
                    sha256, pdq), distance, threshold, and scheme and code when categorised

Each ``fileobject`` is written as soon as it is built, so memory holds one item at a time.
Characters XML 1.0 cannot hold (control characters) are written as ``\\xNN`` text.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

import cairn
from cairn.hashsets.exporting import ExportedFile, ExportSummary, TextSink

__all__ = ["CAIRN_NS", "DC_NS", "DFXML_NS", "DFXML_VERSION", "write_dfxml"]

DFXML_VERSION = "1.2.0"
DFXML_NS = "http://www.forensicswiki.org/wiki/Category:Digital_Forensics_XML"
DC_NS = "http://purl.org/dc/elements/1.1/"
CAIRN_NS = "urn:x-cairn:dfxml:1"
# XML 1.0 allows tab, LF, CR and these ranges; anything else is escaped as text.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _element(name: str, value: object, indent: str = "    ") -> str:
    return f"{indent}<{name}>{escape(_clean(value))}</{name}>\n"


def _attribute(value: object) -> str:
    return quoteattr(_clean(value))


def _fileobject(item: ExportedFile) -> str:
    parts = ["  <fileobject>\n", _element("filename", item.path), _element("id", item.id)]
    if item.size is not None:
        parts.append(_element("filesize", item.size))
    if item.deleted:
        parts.append(_element("unalloc", 1))
        parts.append(_element("alloc", 0))
    else:
        parts.append(_element("alloc", 1))
    for kind, value in (("md5", item.md5), ("sha1", item.sha1), ("sha256", item.sha256)):
        if value is not None:
            parts.append(f'    <hashdigest type="{kind}">{escape(_clean(value))}</hashdigest>\n')
    parts.append(_element("cairn:exhibit", item.exhibit))
    parts.append(_element("cairn:status", item.status))
    if item.reason:
        parts.append(_element("cairn:reason", item.reason))
    parts.append(_element("cairn:kind", item.kind))
    if item.mime:
        parts.append(_element("cairn:mime", item.mime))
    if item.pdq:
        parts.append(_element("cairn:pdq", item.pdq))
    for match in item.matches:
        attributes = [
            f"hashset={_attribute(match.hashset)}",
            f'known_good="{1 if match.known_good else 0}"',
            f"kind={_attribute(match.kind)}",
            f'distance="{int(match.distance)}"',
            f'threshold="{int(match.threshold)}"',
        ]
        if match.category is not None:
            attributes.append(f"scheme={_attribute(match.category.scheme)}")
            attributes.append(f"code={_attribute(match.category.code)}")
        parts.append(f"    <cairn:match {' '.join(attributes)}/>\n")
    parts.append("  </fileobject>\n")
    return "".join(parts)


def write_dfxml(
    items: Iterable[ExportedFile],
    out: TextSink,
    *,
    sources: Sequence[str] = (),
    command_line: str | None = None,
    start_time: datetime | None = None,
    program: tuple[str, str] = ("Cairn", cairn.__version__),
) -> ExportSummary:
    """Write a DFXML file inventory of ``items``.

    Args:
        items: Items in the order to list them (each with all its matches).
        out: A UTF-8 text stream.
        sources: The exhibits' source paths, one ``image_filename`` each.
        command_line: The command that made the file, for ``creator``.
        start_time: When the export started (now when None), for ``creator``.
        program: The creator's program name and version.
    """
    summary = ExportSummary(format="dfxml")
    started = (start_time or datetime.now(UTC)).isoformat(timespec="seconds")
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(
        f'<dfxml xmlns="{DFXML_NS}" xmlns:dc="{DC_NS}" xmlns:cairn="{CAIRN_NS}" '
        f'version="{DFXML_VERSION}">\n'
    )
    out.write("  <metadata>\n    <dc:type>File Inventory</dc:type>\n  </metadata>\n")
    out.write("  <creator>\n")
    out.write(_element("program", program[0]))
    out.write(_element("version", program[1]))
    out.write("    <execution_environment>\n")
    out.write(_element("os_sysname", platform.system() or "unknown", "      "))
    out.write(_element("os_release", platform.release() or "unknown", "      "))
    if command_line:
        out.write(_element("command_line", command_line, "      "))
    out.write(_element("start_time", started, "      "))
    out.write("    </execution_environment>\n  </creator>\n")
    out.write("  <source>\n")
    for source in sources:
        out.write(_element("image_filename", source))
    out.write("  </source>\n")
    for item in items:
        out.write(_fileobject(item))
        summary.records += 1
        summary.files += 1
        if any(not m.known_good and m.category is not None for m in item.matches):
            summary.categorised += 1
    out.write("</dfxml>\n")
    return summary
