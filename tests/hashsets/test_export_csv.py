"""The CSV export: what Excel needs (BOM, CRLF), one row per matched entry, no formulas from
evidence names, and a file Cairn's own CSV reader reads back as a hash set."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from cairn.hashsets import CsvReader
from cairn.hashsets.csv_writer import COLUMNS, write_csv
from cairn.model import Category, KnownEntry
from cairn.store.exports import ExportItem

from helpers.export_items import Discard, hashes, item, match, peak_memory

UK = "uk"


def export(items: list[ExportItem]) -> tuple[bytes, list[dict[str, str]]]:
    out = io.StringIO(newline="")
    write_csv(iter(items), out)
    data = out.getvalue().encode("utf-8")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return data, rows


def test_bom_header_and_crlf_for_excel() -> None:
    data, rows = export([item("a", match(Category(UK, "A")))])
    assert data.startswith(b"\xef\xbb\xbfItem ID,Exhibit,File Name,File Path,")
    assert data.count(b"\r\n") == 2 and b"\n" not in data.replace(b"\r\n", b"")
    assert list(rows[0]) == list(COLUMNS)


def test_one_row_per_entry_with_every_hash_kind_that_matched_it() -> None:
    listed = match(Category(UK, "B"), entry_id=7, hashset="listed", source="line 4")
    by_sha = match(Category(UK, "B"), entry_id=7, source="line 4", kind="sha256")
    other = match(Category(UK, "A"), entry_id=9, hashset="other", kind="pdq", distance=5)
    _data, rows = export(
        [item("a", other, by_sha, listed, item_id=3, path="E/DCIM/a.jpg", deleted=True)]
    )
    # kinds are listed md5, sha1, sha256, pdq whatever order the matches came in
    assert len(rows) == 2
    first, second = rows
    assert first["Item ID"] == second["Item ID"] == "3"
    assert (first["File Name"], first["File Path"], first["Full Path"]) == (
        "a.jpg",
        "E/DCIM",
        "E/DCIM/a.jpg",
    )
    assert first["Deleted"] == "Yes" and first["Size"] == "1234"
    assert (first["Category"], first["Category Name"], first["Scheme"]) == ("B", "Category B", UK)
    assert (first["Hash Set"], first["Match Type"], first["Entry"]) == (
        "listed",
        "md5, sha256",
        "line 4",
    )
    assert (first["Counted"], second["Counted"]) == ("Yes", "No")
    assert (second["Match Type"], second["Distance"], second["Category"]) == ("pdq", "5", "A")
    assert first["MD5"] == hashes("a")["md5"] and first["PDQ"] == hashes("a")["pdq"]


def test_uncategorised_entries_and_vics_flags() -> None:
    plain = match(None, set_scheme="pv-us", victim_identified=True, series="S", tags="t")
    _data, (row,) = export([item("a", plain)])
    assert (row["Category"], row["Category Name"], row["Scheme"]) == ("", "Uncategorised", "pv-us")
    assert (row["Victim Identified"], row["Offender Identified"]) == ("Yes", "")
    assert (row["Series"], row["Tags"]) == ("S", "t")


def test_items_with_only_known_good_matches_are_not_known_media() -> None:
    _data, rows = export([item("a", match(None, known_good=True, set_scheme=None))])
    assert rows == []


@pytest.mark.parametrize("name", ["=HYPERLINK(1)", "+1", "-2+3", "@SUM(A1)", "\tx"])
def test_evidence_names_never_become_formulas(name: str) -> None:
    _data, (row,) = export(
        [item("a", match(Category(UK, "A"), series=name), path=f"{name}/{name}.jpg")]
    )
    for column in ("File Name", "File Path", "Full Path", "Series"):
        assert row[column].startswith("'"), column
    assert row["Full Path"] == f"'{name}/{name}.jpg"


def test_non_ascii_names_survive() -> None:
    _data, (row,) = export([item("a", match(Category(UK, "C")), path="фото/写真 é.jpg")])
    assert row["File Name"] == "写真 é.jpg" and row["File Path"] == "фото"


def test_cairns_csv_reader_reads_the_export_back(tmp_path: Path) -> None:
    items = [
        item("a", match(Category(UK, "A")), item_id=1),
        item("b", match(None, set_scheme=UK), item_id=2),
        item("c", match(Category("pv-us", "2"), kind="pdq", distance=4), item_id=3),
    ]
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        summary = write_csv(items, out)
    assert (summary.records, summary.files, summary.categorised) == (3, 3, 2)
    entries = [r for r in CsvReader(path) if isinstance(r, KnownEntry)]
    assert [(e.md5, e.sha1, e.sha256, e.pdq) for e in entries] == [
        tuple(hashes(seed)[k] for k in ("md5", "sha1", "sha256", "pdq")) for seed in "abc"
    ]
    assert [e.category for e in entries] == [Category(UK, "A"), None, Category("pv-us", "2")]
    assert entries[0].extra["Hash Set"] == "listed"


def test_memory_does_not_grow_with_the_case() -> None:
    def export(items: Iterator[ExportItem]) -> None:
        write_csv(items, Discard())

    small, large = peak_memory(export, 200), peak_memory(export, 2000)
    assert large < small * 1.5 + 100_000, (small, large)
