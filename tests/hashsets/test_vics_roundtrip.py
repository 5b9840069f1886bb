"""VICS export: what is written reads back the same (1.3 and 2.0), and what cannot be written
in a profile's scheme is left uncategorised and counted, never converted."""

from __future__ import annotations

import io
import json
import string
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cairn.errors import ConfigError
from cairn.hashsets import VicsReader
from cairn.hashsets.exporting import NO_CATEGORY
from cairn.hashsets.vics import find_envelope
from cairn.hashsets.vics_writer import vics_profile, write_vics
from cairn.model import Category, KnownEntry
from cairn.store.exports import ExportItem

from helpers.export_items import Discard, hashes, item, match, peak_memory

PV = "pv-us"


def write(tmp: Path, items: list[ExportItem], **options: Any) -> tuple[Path, Any]:
    path = tmp / "export.json"
    with path.open("w", encoding="utf-8", newline="") as out:
        summary = write_vics(iter(items), out, case_number="op-test", **options)
    return path, summary


def read(path: Path, scheme: str | None = None) -> list[KnownEntry]:
    records = list(VicsReader(path, scheme=scheme))
    entries = [r for r in records if isinstance(r, KnownEntry)]
    assert len(entries) == len(records), records
    return entries


def sample() -> list[ExportItem]:
    """Three media: one categorised with flags and two copies, one uncategorised, one PDQ."""
    return [
        item(
            "a",
            match(Category(PV, "1"), victim_identified=True, series="S-1", tags="t1, t2"),
            item_id=1,
            path="DCIM/a.jpg",
        ),
        item("a", match(Category(PV, "1")), item_id=2, path="backup/old/a.jpg", deleted=True),
        item("b", match(None, set_scheme=PV, offender_identified=False), item_id=3),
        item("c", match(Category(PV, "0"), kind="pdq", distance=12, threshold=31), item_id=4),
    ]


@pytest.mark.parametrize(("version", "profile"), [("2.0", "US"), ("2.0", "Default"), ("1.3", None)])
def test_an_export_reads_back_with_the_same_entries_and_categories(
    tmp_path: Path, version: str, profile: str | None
) -> None:
    items = sample()
    path, summary = write(tmp_path, items, version=version, profile=profile)
    envelope = find_envelope(path)
    assert envelope is not None and envelope.kind == "Cases" and envelope.version == version
    entries = read(path)
    assert [(e.md5, e.sha1, e.sha256, e.pdq) for e in entries] == [
        tuple(hashes(seed)[k] for k in ("md5", "sha1", "sha256", "pdq")) for seed in "abc"
    ]
    assert [e.category for e in entries] == [Category(PV, "1"), None, Category(PV, "0")]
    assert (summary.records, summary.files, summary.categorised) == (3, 4, 2)
    assert summary.uncategorised == {NO_CATEGORY: 1}
    assert summary.warnings() == []

    first = entries[0].extra
    assert first["victim_identified"] is True
    assert (first["series"], first["tags"]) == ("S-1", "t1, t2")
    assert first["file_names"] == ["a.jpg", "a.jpg"]
    assert first["file_paths"] == ["DCIM", "backup/old"]
    assert [f["Deleted"] for f in first["media_files"]] == [False, True]
    assert [f["SourceID"] for f in first["media_files"]] == ["E1", "E1"]
    assert (first["is_precategorized"], first["precategorization_source"]) == (True, "listed")
    assert (first["media_size"], first["mime_type"]) == (1234, "image/jpeg")
    assert entries[1].extra["offender_identified"] is False
    assert entries[1].extra["is_precategorized"] is False
    assert "victim_identified" not in entries[1].extra


def test_case_fields_and_totals(tmp_path: Path) -> None:
    path, _summary = write(tmp_path, sample(), case_id="0f8e2b1c-0000-4000-8000-000000000001")
    document = json.loads(path.read_text())
    case = document["value"][0]
    assert case["CaseID"] == "0f8e2b1c-0000-4000-8000-000000000001"
    assert case["CaseNumber"] == "op-test"
    assert case["SourceApplicationName"] == "Cairn"
    assert (case["TotalMediaFiles"], case["TotalPrecategorized"]) == (4, 2)
    assert [m["MediaID"] for m in case["Media"]] == [1, 2, 3]
    assert "Category" in case["Media"][1] and case["Media"][1]["Category"] is None
    pdq = case["Media"][2]["MediaMetadata"]
    assert {"PropertyName": "CairnMatch", "PropertyValue": "pdq"}.items() <= pdq[0].items()
    assert pdq[1]["PropertyValue"] == "12"
    assert document["@odata.context"].endswith("/2.0.xml/US/$metadata#Cases")
    assert path.read_bytes().isascii()


def test_version_1_3_has_the_1_x_envelope_and_no_2_0_only_fields(tmp_path: Path) -> None:
    path, _summary = write(tmp_path, sample(), version="1.3")
    document = json.loads(path.read_text())
    assert (
        document["odata.metadata"] == "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Cases"
    )
    assert all("MediaMetadata" not in m for m in document["value"][0]["Media"])


@pytest.mark.parametrize(
    ("profile", "scheme", "code"),
    [("UK", "vics-uk", "3"), ("CUSTOM", "custom", "7"), ("unit-7", "vics-unit-7", "200")],
)
def test_other_profiles_carry_their_own_scheme(
    tmp_path: Path, profile: str, scheme: str, code: str
) -> None:
    items = [item("a", match(Category(scheme, code)))]
    path, summary = write(tmp_path, items, profile=profile)
    assert summary.categorised == 1 and summary.warnings() == []
    (entry,) = read(path)
    assert entry.category == Category(scheme, code)


@pytest.mark.parametrize(
    ("profile", "category"),
    [
        ("US", Category("uk", "A")),  # Sentencing Council letters are no VICS code
        ("UK", Category("uk", "A")),  # the UK profile's integers are not public
        ("US", Category("dhs", "5")),  # the 0/5 inversion: never read as pv-us 5
        ("US", Category("vics-uk", "1")),
        ("UK", Category(PV, "1")),
    ],
)
def test_a_category_of_another_scheme_is_exported_uncategorised_with_a_warning(
    tmp_path: Path, profile: str, category: Category
) -> None:
    path, summary = write(tmp_path, [item("a", match(category))], profile=profile)
    (entry,) = read(path)
    assert entry.category is None
    assert summary.categorised == 0
    (warning,) = summary.warnings()
    assert f"scheme {category.scheme!r} does not fit VICS 2.0 profile {profile}" in warning
    assert "never converts" in warning
    assert json.loads(path.read_text())["value"][0]["Media"][0]["IsPrecategorized"] is False


@pytest.mark.parametrize("code", ["A", "256", "-1", "1.5"])
def test_a_code_that_is_not_a_vics_byte_is_exported_uncategorised(
    tmp_path: Path, code: str
) -> None:
    path, summary = write(tmp_path, [item("a", match(Category("custom", code)))], profile="CUSTOM")
    assert read(path)[0].category is None
    assert "is not a VICS Category (0-255)" in summary.warnings()[0]


def test_an_undefined_code_of_the_right_scheme_is_kept(tmp_path: Path) -> None:
    # NSRL-CAID's "8" imported as pv-us stays 8: exporting never edits what was imported.
    path, _summary = write(tmp_path, [item("a", match(Category(PV, "8")))])
    assert read(path)[0].category == Category(PV, "8")


def test_the_best_match_decides_and_conflicts_are_counted(tmp_path: Path) -> None:
    exact = match(Category(PV, "2"), hashset="older", entry_id=1)
    near = match(Category(PV, "1"), hashset="newer", entry_id=2, kind="pdq", distance=3)
    path, summary = write(tmp_path, [item("a", near, exact)])
    assert read(path)[0].category == Category(PV, "2")
    assert summary.conflicts == 1
    assert "different categories" in summary.warnings()[0]
    media = json.loads(path.read_text())["value"][0]["Media"][0]
    assert media["PrecategorizationSource"] == "older"


def test_known_good_matches_carry_nothing(tmp_path: Path) -> None:
    good = match(Category(PV, "0"), known_good=True, victim_identified=True)
    path, _summary = write(tmp_path, [item("a", good, match(None, set_scheme=PV))])
    (entry,) = read(path)
    assert entry.category is None and "victim_identified" not in entry.extra


def test_flags_and_texts_of_several_entries_are_merged() -> None:
    items = [
        item(
            "a",
            match(Category(PV, "1"), entry_id=1, victim_identified=False, tags="x"),
            match(Category(PV, "1"), entry_id=2, victim_identified=True, tags="y"),
            match(Category(PV, "1"), entry_id=3, tags="x"),
        )
    ]
    out = io.StringIO()
    write_vics(items, out, case_number="c")
    media = json.loads(out.getvalue())["value"][0]["Media"][0]
    assert media["VictimIdentified"] is True and media["Tags"] == "x; y"


def test_items_without_md5_are_left_out_and_counted(tmp_path: Path) -> None:
    lost = item("z", match(Category(PV, "1")))
    lost = ExportItem(**{**{f: getattr(lost, f) for f in lost.__slots__}, "md5": None})
    _path, summary = write(tmp_path, [lost, item("a", match(Category(PV, "1")))])
    assert summary.records == 1
    assert summary.skipped == {"no MD5 (VICS keys media on MD5)": 1}


@pytest.mark.parametrize(
    ("version", "profile", "expected"),
    [
        ("2.0", None, ("US", PV)),
        ("2.0", "us", ("US", PV)),
        ("2.0", "default", ("Default", PV)),
        ("2.0", "uk", ("UK", "vics-uk")),
        ("2.0", "custom", ("CUSTOM", "custom")),
        ("1.3", None, (None, PV)),
        ("1.3", "US", (None, PV)),
    ],
)
def test_profiles_and_their_schemes(
    version: str, profile: str | None, expected: tuple[str | None, str]
) -> None:
    assert vics_profile(version, profile) == expected


@pytest.mark.parametrize(("version", "profile"), [("1.3", "UK"), ("2.0", "U K"), ("3.0", None)])
def test_impossible_combinations_are_config_errors(version: str, profile: str | None) -> None:
    with pytest.raises(ConfigError):
        vics_profile(version, profile)
    with pytest.raises(ConfigError):
        write_vics([], io.StringIO(), case_number="c", version=version, profile=profile)


def test_an_empty_case_is_a_valid_file(tmp_path: Path) -> None:
    path, summary = write(tmp_path, [])
    assert read(path) == [] and summary.records == 0
    assert json.loads(path.read_text())["value"][0]["Media"] == []


def test_memory_does_not_grow_with_the_case() -> None:
    sink = Discard()

    def export(items: Iterator[ExportItem]) -> None:
        write_vics(items, sink, case_number="big")

    small, large = peak_memory(export, 200), peak_memory(export, 2000)
    assert sink.size > 2200 * 400
    assert large < small * 1.5 + 100_000, (small, large)


_text = st.text(alphabet=string.printable + 'éß漢字😀\\"', max_size=20)
_flags = st.fixed_dictionaries(
    {},
    optional={
        "victim_identified": st.booleans(),
        "offender_identified": st.booleans(),
        "is_distributed": st.booleans(),
        "series": _text.filter(bool),
        "tags": _text.filter(bool),
        "comments": _text.filter(bool),
    },
)


@settings(max_examples=60, deadline=None)
@given(
    media=st.lists(
        st.tuples(
            st.none() | st.integers(0, 4).map(str),
            _flags,
            st.integers(1, 3),
            st.sampled_from(["md5", "sha1", "sha256", "pdq"]),
            _text.filter(lambda name: "/" not in name),
        ),
        max_size=8,
    ),
    version=st.sampled_from(["2.0", "1.3"]),
)
def test_any_export_round_trips(
    media: list[tuple[str | None, dict[str, Any], int, str, str]], version: str
) -> None:
    items = []
    for number, (code, flags, copies, kind, name) in enumerate(media):
        category = Category(PV, code) if code is not None else None
        for copy in range(copies):
            items.append(
                item(
                    f"m{number}",
                    match(category, kind=kind, set_scheme=PV, **flags),
                    item_id=len(items) + 1,
                    path=f"dir {copy}/{name or 'x'}",
                    deleted=copy % 2 == 1,
                )
            )
    with tempfile.TemporaryDirectory() as folder:
        path, summary = write(Path(folder), items, version=version)
        entries = read(path)
    assert len(entries) == len(media) == summary.records
    for entry, (number, (code, flags, copies, _kind, name)) in zip(
        entries, enumerate(media), strict=True
    ):
        assert entry.md5 == hashes(f"m{number}")["md5"]
        assert entry.sha256 == hashes(f"m{number}")["sha256"]
        assert entry.category == (Category(PV, code) if code is not None else None)
        for key, value in flags.items():
            assert entry.extra[key] == value, key
        assert entry.extra["file_names"] == [name or "x"] * copies
        assert entry.extra["file_paths"] == [f"dir {c}" for c in range(copies)]
