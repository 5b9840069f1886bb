"""DFXML export: the document has the structure dfxml.xsd requires, lists every item with its
hashes and Cairn's status, and streams.

The structure is checked by ``helpers.dfxml_check.check_dfxml``, which encodes what
``dfxml.xsd`` requires (no schema library needed).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from cairn.hashsets.dfxml import write_dfxml
from cairn.model import Category
from cairn.store.exports import ExportItem

from helpers.dfxml_check import C, D, check_dfxml
from helpers.export_items import Discard, hashes, item, match, peak_memory


def export(items: list[ExportItem], **options: object) -> bytes:
    out = io.StringIO()
    write_dfxml(iter(items), out, **options)  # type: ignore[arg-type]
    return out.getvalue().encode("utf-8")


def sample() -> list[ExportItem]:
    return [
        item("a", match(Category("uk", "A")), item_id=1, path="DCIM/a.jpg"),
        item("b", item_id=2, path="docs/letter.txt", kind="other", mime="text/plain"),
        item("c", match(None, known_good=True, hashset="nsrl"), item_id=3, deleted=True),
        item(
            "d",
            item_id=4,
            path="broken/x.jpg",
            status="damaged",
            reason="truncated image",
            size=None,
        ),
    ]


def test_the_document_has_the_required_structure() -> None:
    started = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    root = check_dfxml(
        export(
            sample(),
            sources=["/evidence/E1"],
            command_line="cairn hashset export --case c --format dfxml",
            start_time=started,
        )
    )
    assert root.findtext(f"{D}creator/{D}program") == "Cairn"
    assert root.findtext(f"{D}creator/{D}execution_environment/{D}start_time") == (
        "2026-01-02T03:04:05+00:00"
    )
    assert [e.text for e in root.findall(f"{D}source/{D}image_filename")] == ["/evidence/E1"]
    assert len(root.findall(f"{D}fileobject")) == 4


def test_each_item_with_hashes_status_and_matches() -> None:
    root = check_dfxml(export(sample()))
    first, second, third, fourth = root.findall(f"{D}fileobject")
    assert first.findtext(f"{D}filename") == "DCIM/a.jpg"
    assert first.findtext(f"{D}id") == "1" and first.findtext(f"{D}filesize") == "1234"
    digests = {d.get("type"): d.text for d in first.findall(f"{D}hashdigest")}
    assert digests == {k: hashes("a")[k] for k in ("md5", "sha1", "sha256")}
    assert first.findtext(f"{C}status") == "processed"
    assert first.findtext(f"{C}pdq") == hashes("a")["pdq"]
    (matched,) = first.findall(f"{C}match")
    assert matched.attrib == {
        "hashset": "listed",
        "known_good": "0",
        "kind": "md5",
        "distance": "0",
        "threshold": "0",
        "scheme": "uk",
        "code": "A",
    }
    assert second.find(f"{C}match") is None and second.findtext(f"{C}mime") == "text/plain"
    assert third.findtext(f"{D}unalloc") == "1" and third.findtext(f"{D}alloc") == "0"
    assert third.find(f"{C}match").get("known_good") == "1"  # type: ignore[union-attr]
    assert fourth.findtext(f"{C}status") == "damaged"
    assert fourth.findtext(f"{C}reason") == "truncated image"
    assert fourth.find(f"{D}filesize") is None


@pytest.mark.parametrize(
    "path", ["odd/a\x01b.jpg", "<&>'\".jpg", "名前/😀.png", "bad\udcff.jpg", "a]]>b"]
)
def test_awkward_names_stay_well_formed(path: str) -> None:
    document = export([item("a", path=path)])
    root = check_dfxml(document)
    name = root.findtext(f"{D}fileobject/{D}filename") or ""
    expected = {"odd/a\x01b.jpg": "odd/a\\x01b.jpg", "bad\udcff.jpg": "bad\\xdcff.jpg"}
    assert name == expected.get(path, path)


def test_an_empty_inventory_is_valid() -> None:
    root = check_dfxml(export([]))
    assert root.findall(f"{D}fileobject") == []


def test_the_checker_refuses_what_the_schema_refuses() -> None:
    good = export(sample()[:1])
    swapped = good.replace(b"<id>1</id>", b"").replace(
        b"<alloc>1</alloc>", b"<alloc>1</alloc>\n    <id>1</id>"
    )
    with pytest.raises(AssertionError, match="order"):
        check_dfxml(swapped)
    with pytest.raises(AssertionError, match="metadata"):
        check_dfxml(re.sub(rb"<metadata>.*?</metadata>", b"", good, flags=re.S))
    with pytest.raises(AssertionError):
        check_dfxml(good.replace(b'type="md5"', b'type="crc32"'))


def test_memory_does_not_grow_with_the_inventory() -> None:
    def export(items: Iterator[ExportItem]) -> None:
        write_dfxml(items, Discard())

    small, large = peak_memory(export, 200), peak_memory(export, 2000)
    assert large < small * 1.5 + 100_000, (small, large)
