"""Streaming XML for exports that can be large; malformed XML is WrongFormat before the root
element is recognised and SourceError after (the export is this format, but damaged)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from cairn.errors import SourceError, WrongFormat

__all__ = ["iter_elements", "sniff_xml_root"]


def sniff_xml_root(head: bytes) -> str:
    """The name of the first element in the head, or "" when the head is not XML."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"<"):
        return ""
    position = 0
    while True:
        start = text.find(b"<", position)
        if start < 0 or start + 1 >= len(text):
            return ""
        if text[start + 1 : start + 2] in (b"?", b"!"):
            end = text.find(b">", start)
            if end < 0:
                return ""
            position = end + 1
            continue
        name = bytearray()
        for byte in text[start + 1 : start + 80]:
            if chr(byte).isalnum() or byte in b"_-:.":
                name.append(byte)
            else:
                break
        return name.decode("ascii", errors="ignore")


def iter_elements(data: bytes, root: str, where: str) -> Iterator[tuple[str, ET.Element]]:
    """(event, element) pairs of a document whose root must be ``root``."""
    seen_root = False
    try:
        for event, element in ET.iterparse(io.BytesIO(data), events=("start", "end")):
            if not seen_root:
                if event != "start" or element.tag != root:
                    raise WrongFormat(f"root element is not <{root}>")
                seen_root = True
            yield event, element
    except ET.ParseError as exc:
        if not seen_root:
            raise WrongFormat(f"not XML: {exc}") from None
        raise SourceError(f"{where}: damaged XML ({exc})") from None
    if not seen_root:
        raise WrongFormat(f"no <{root}> element")
