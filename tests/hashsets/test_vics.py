"""VICS 1.x and 2.0 reading: the NSRL-CAID samples, and synthetic files with every quirk.

All hashes are of benign strings ("benign sample 3"); categories are labels only.
"""

from __future__ import annotations

import hashlib
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from cairn.errors import ConfigError, SourceError, WrongFormat
from cairn.hashsets import BadRecord, HashSetReader, VicsReader, label, read_hashset
from cairn.model import Category, KnownEntry

DATA = Path(__file__).parent.parent / "data" / "vics"
BOM = b"\xef\xbb\xbf"


def context(profile: str, kind: str) -> str:
    return (
        f"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/{profile}/$metadata#{kind}"
    )


def digests(n: int) -> tuple[str, str, str]:
    data = f"benign sample {n}".encode()
    return (
        hashlib.md5(data).hexdigest(),
        hashlib.sha1(data).hexdigest(),
        hashlib.sha256(data).hexdigest(),
    )


def write_vics(
    path: Path,
    url: str,
    value: list[Any],
    *,
    key: str = "@odata.context",
    bom: bool = False,
    envelope_last: bool = False,
) -> Path:
    """A VICS file with the envelope key before or after ``value``, as writers differ."""
    envelope = f"{json.dumps(key)}: {json.dumps(url)}"
    items = f'"value": {json.dumps(value, indent=1)}'
    body = "{" + (f"{items}, {envelope}" if envelope_last else f"{envelope}, {items}") + "}"
    path.write_bytes((BOM if bom else b"") + body.encode())
    return path


def entries(reader: HashSetReader) -> list[KnownEntry]:
    out = list(reader)
    assert all(isinstance(item, KnownEntry) for item in out), out
    return [item for item in out if isinstance(item, KnownEntry)]


# --- NSRL-CAID samples (VICS 1.2 #Media) -----------------------------------------------


@pytest.mark.parametrize(("name", "count"), [("ART", 1), ("MPG", 3), ("MOV", 9)])
def test_nsrl_caid_samples_load_with_category_8_kept_and_counted(name: str, count: int) -> None:
    reader = read_hashset(DATA / f"NSRL-CAID-{name}.json")
    assert isinstance(reader, VicsReader)
    found = entries(reader)
    assert len(found) == count
    assert reader.format == "vics"
    assert reader.scheme == "pv-us"
    assert (reader.envelope.version, reader.envelope.profile, reader.envelope.kind) == (
        "1.2",
        None,
        "Media",
    )
    assert {entry.category for entry in found} == {Category("pv-us", "8")}
    assert reader.undefined_codes == {Category("pv-us", "8"): count}
    assert label(Category("pv-us", "8")) == "8 (not defined in pv-us)"
    assert [entry.source for entry in found] == [f"record {n}" for n in range(1, count + 1)]


def test_nsrl_caid_record_in_full() -> None:
    (entry,) = entries(read_hashset(DATA / "NSRL-CAID-ART.json"))
    assert entry == KnownEntry(
        md5="588cd1c0e48916d8e7403310402d0a68",
        sha1="e65706b487c73e992bab2a50707a9fd8b0bd6866",
        category=Category("pv-us", "8"),
        source="record 1",
        extra={
            "media_id": 0,
            "media_size": 488,
            "file_names": ["build2.art"],
            "file_paths": [
                "Like a Dragon Gaiden- The Man Who Erased His Name/Content/runtime/media/"
                "ylad8/data/artisan"
            ],
        },
    )


def test_a_1x_file_takes_the_scheme_argument() -> None:
    reader = read_hashset(DATA / "NSRL-CAID-MPG.json", scheme="nsrl-caid")
    assert reader.scheme == "nsrl-caid"
    assert {entry.category for entry in entries(reader)} == {Category("nsrl-caid", "8")}
    assert not reader.undefined_codes


# --- synthetic VICS 2.0 ----------------------------------------------------------------


def quirky_media(n: int, category: Any) -> dict[str, Any]:
    md5, sha1, _ = digests(n)
    return {
        "MediaID": 0,
        "Category": category,
        "MD5": md5.upper(),
        "SHA1": sha1.upper(),
        "VictimIdentified": "true",
        "OffenderIdentified": "False",
        "IsDistributed": True,
        "MediaSize": "1234",
        "Series": "series-x",
        "Tags": "tag1;tag2",
        "Comments": "synthetic",
        "MimeType": "image/jpeg",
        "IsPrecategorized": "true",
        "UnitReference": "not in the schema",
        "MediaFiles": [
            {"MD5": md5.upper(), "FileName": f"file{n}.jpg", "FilePath": "C:\\x"},
            {"MD5": md5.upper(), "FileName": f"copy{n}.jpg", "FilePath": "D:\\y"},
        ],
    }


def test_us_cases_export_with_every_quirk(tmp_path: Path) -> None:
    md5_3, sha1_3, sha256_3 = digests(3)
    pdq = "ab" * 32
    photodna = "Zm9v" * 48
    value = [
        {
            "CaseID": "{00000000-0000-0000-0000-000000000001}",
            "CaseNumber": "TEST-1",
            "SourceApplicationName": "Synthetic",
            "Agency": "unknown case-level key",
            "Media": [quirky_media(1, "1"), quirky_media(2, None)],
        },
        {
            "CaseID": "{00000000-0000-0000-0000-000000000002}",
            "Media": [
                {
                    "MediaID": 0,
                    "MD5": md5_3.upper(),
                    "Category": 4,
                    "PhotoDNA": photodna,
                    "AlternativeHashes": [
                        {"MD5": md5_3, "HashName": "SHA256", "HashValue": sha256_3.upper()},
                        {"MD5": md5_3, "HashName": "PDQ", "HashValue": pdq.upper()},
                        {"MD5": md5_3, "HashName": "PhotoDNA", "HashValue": "other"},
                    ],
                },
                {"MediaID": 0, "SHA1": sha1_3},
            ],
        },
    ]
    path = write_vics(
        tmp_path / "case.json", context("US", "Cases"), value, bom=True, envelope_last=True
    )
    reader = read_hashset(path)
    assert reader.scheme == "pv-us"
    found = entries(reader)
    assert len(found) == 4
    first, second, third, fourth = found

    md5_1, sha1_1, _ = digests(1)
    assert first == KnownEntry(
        md5=md5_1,
        sha1=sha1_1,
        category=Category("pv-us", "1"),
        source="record 1",
        extra={
            "media_id": 0,
            "victim_identified": True,
            "offender_identified": False,
            "is_distributed": True,
            "media_size": 1234,
            "series": "series-x",
            "tags": "tag1;tag2",
            "comments": "synthetic",
            "mime_type": "image/jpeg",
            "is_precategorized": True,
            "file_names": ["file1.jpg", "copy1.jpg"],
            "file_paths": ["C:\\x", "D:\\y"],
            "other": {"UnitReference": "not in the schema"},
        },
    )
    assert second.category is None  # null Category: uncategorised
    assert third.sha256 == sha256_3
    assert third.pdq == pdq
    assert third.md5 == md5_3
    assert third.extra["photodna"] == photodna  # kept, never matched
    assert [alt["name"] for alt in third.extra["alternative_hashes"]] == [
        "SHA256",
        "PDQ",
        "PhotoDNA",
    ]
    assert fourth == KnownEntry(sha1=sha1_3, source="record 4", extra={"media_id": 0})
    assert not reader.undefined_codes


def test_uk_profile_keeps_raw_integers(tmp_path: Path) -> None:
    value = [quirky_media(n, n) for n in (1, 2, 3)]
    reader = read_hashset(write_vics(tmp_path / "uk.json", context("UK", "Media"), value))
    assert reader.scheme == "vics-uk"
    categories = [entry.category for entry in entries(reader)]
    assert categories == [Category("vics-uk", code) for code in ("1", "2", "3")]
    assert [label(category) for category in categories if category] == [
        "UK profile code 1 (unmapped)",
        "UK profile code 2 (unmapped)",
        "UK profile code 3 (unmapped)",
    ]
    assert not reader.undefined_codes


def test_uk_cases_export(tmp_path: Path) -> None:
    value = [{"CaseID": "c", "Media": [quirky_media(1, 2)]}]
    reader = read_hashset(write_vics(tmp_path / "ukc.json", context("UK", "Cases"), value))
    assert [entry.category for entry in entries(reader)] == [Category("vics-uk", "2")]


@pytest.mark.parametrize(
    ("profile", "scheme", "expected"),
    [
        ("Default", None, "pv-us"),
        ("US", None, "pv-us"),
        ("UK", None, "vics-uk"),
        ("CUSTOM", None, "custom"),
        ("UNKNOWN", None, "custom"),
        ("CUSTOM", "my-unit", "my-unit"),
        ("UNKNOWN", "uk", "uk"),
    ],
)
def test_profile_decides_the_scheme(
    tmp_path: Path, profile: str, scheme: str | None, expected: str
) -> None:
    path = write_vics(tmp_path / "p.json", context(profile, "Media"), [quirky_media(1, "3")])
    reader = read_hashset(path, scheme=scheme)
    assert reader.scheme == expected
    assert [entry.category for entry in entries(reader)] == [Category(expected, "3")]
    assert reader.notes == []


def test_a_declared_profile_wins_over_the_scheme_argument_and_says_so(tmp_path: Path) -> None:
    path = write_vics(tmp_path / "us.json", context("US", "Media"), [quirky_media(1, 1)])
    reader = read_hashset(path, scheme="uk")
    assert reader.scheme == "pv-us"
    assert [entry.category for entry in entries(reader)] == [Category("pv-us", "1")]
    assert len(reader.notes) == 1
    assert "'uk' ignored" in reader.notes[0]


def test_an_unrecognised_profile_keeps_codes_raw_in_its_own_scheme(tmp_path: Path) -> None:
    path = write_vics(tmp_path / "ca.json", context("Canada", "Media"), [quirky_media(1, 2)])
    reader = read_hashset(path)
    assert reader.scheme == "vics-canada"
    assert [entry.category for entry in entries(reader)] == [Category("vics-canada", "2")]
    assert "Canada" in reader.notes[0]


def test_envelope_after_a_value_larger_than_the_sniffed_head(tmp_path: Path) -> None:
    value = [quirky_media(n, n % 5) for n in range(300)]
    path = write_vics(tmp_path / "late.json", context("US", "Media"), value, envelope_last=True)
    assert path.stat().st_size > 64 * 1024
    reader = read_hashset(path)
    found = entries(reader)
    assert len(found) == 300
    assert found[299].md5 == digests(299)[0]
    assert found[299].category == Category("pv-us", "4")


def test_1x_cases_export(tmp_path: Path) -> None:
    md5, sha1, _ = digests(7)
    value = [{"CaseNumber": "X", "Media": [{"MD5": md5, "SHA1": sha1, "Category": 0}]}]
    url = "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Cases"
    reader = VicsReader(write_vics(tmp_path / "c13.json", url, value, key="odata.metadata"))
    assert reader.envelope.version == "1.3"
    assert [(e.md5, e.category) for e in entries(reader)] == [(md5, Category("pv-us", "0"))]


# --- bad records -----------------------------------------------------------------------


def test_bad_records_are_reported_and_the_rest_loads(tmp_path: Path) -> None:
    md5_1, sha1_1, _ = digests(1)
    md5_5, _, _ = digests(5)
    value = [
        {"MD5": md5_1, "Category": 1},
        {"MediaID": 0, "Category": 1, "Comments": "no hash at all"},
        {"MD5": "zz", "SHA1": sha1_1, "Category": 2},
        "not an object",
        {"MD5": md5_5, "Category": [1]},
        {"MD5": 12345},
        {"MD5": md5_5, "AlternativeHashes": [{"HashName": "SHA256", "HashValue": "abc"}]},
    ]
    path = write_vics(tmp_path / "bad.json", context("US", "Media"), value)
    out = list(read_hashset(path))
    bad = [item for item in out if isinstance(item, BadRecord)]
    good = [item for item in out if isinstance(item, KnownEntry)]

    assert [b.where for b in bad] == [
        "bad.json record 2",
        "bad.json record 3",
        "bad.json record 4",
        "bad.json record 5",
        "bad.json record 6",
        "bad.json record 7",
    ]
    assert bad[0].message == "no MD5, SHA1, SHA-256 or PDQ hash (bad.json record 2); record skipped"
    assert bad[1].message == (
        "'zz' is not an md5 hash (bad.json record 3); record kept with its valid values"
    )
    assert bad[2].message == "'not an object' is not a Media object (bad.json record 4)"
    assert bad[3].message == (
        "Category [1] is not a code (bad.json record 5); record kept with its valid values"
    )
    assert bad[4].message == "12345 is not an md5 hash (bad.json record 6); record skipped"
    assert "'abc' is not a sha256 hash (bad.json record 7)" in bad[5].message

    assert [entry.source for entry in good] == ["record 1", "record 3", "record 5", "record 7"]
    kept = good[1]
    assert (kept.md5, kept.sha1) == (None, sha1_1)
    assert kept.extra["invalid_hashes"] == {"md5": "zz"}
    assert good[2].category is None
    assert good[2].extra["category_raw"] == [1]


def test_truncated_file_keeps_what_came_before(tmp_path: Path) -> None:
    value = [quirky_media(n, 1) for n in range(3)]
    path = write_vics(tmp_path / "cut.json", context("US", "Media"), value)
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b'"MD5"', data.index(b"file2.jpg") - 400)])
    out = list(read_hashset(path))
    assert [type(item) for item in out] == [KnownEntry, KnownEntry, BadRecord]
    last = out[-1]
    assert isinstance(last, BadRecord)
    assert last.where == "cut.json after record 2"
    assert last.message.startswith("JSON damaged: ")
    assert last.message.endswith("(cut.json after record 2); the rest of the file was not read")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json at all",
        b'{"value": []}',
        b"[1, 2, 3]",
        b'{"@odata.context": "http://example.org/odata/$metadata#Products", "value": []}',
        b"\x00\x01\x02 binary",
    ],
)
def test_files_that_are_not_vics_are_wrong_format(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(WrongFormat, match=r"x\.json"):
        VicsReader(path)


def test_vics_kinds_without_hashes_are_wrong_format(tmp_path: Path) -> None:
    path = write_vics(tmp_path / "alerts.json", context("US", "Alerts"), [])
    with pytest.raises(WrongFormat, match="Alerts"):
        VicsReader(path)


def test_missing_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"absent\.json"):
        VicsReader(tmp_path / "absent.json")


def test_invalid_scheme_argument_is_a_config_error(tmp_path: Path) -> None:
    path = write_vics(tmp_path / "c.json", context("CUSTOM", "Media"), [])
    with pytest.raises(ConfigError, match="'Bad Name'"):
        VicsReader(path, scheme="Bad Name")


def test_iterating_twice_gives_the_same_records_and_counts(tmp_path: Path) -> None:
    path = write_vics(tmp_path / "twice.json", context("US", "Media"), [quirky_media(1, 9)])
    reader = read_hashset(path)
    assert list(reader) == list(reader)
    assert reader.undefined_codes == {Category("pv-us", "9"): 1}


def test_memory_stays_bounded_while_streaming(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("w") as stream:
        stream.write('{"@odata.context": "' + context("US", "Media") + '", "value": [')
        for n in range(20_000):
            stream.write(("," if n else "") + json.dumps(quirky_media(n, n % 5)))
        stream.write("]}")
    size = path.stat().st_size
    reader = read_hashset(path)
    tracemalloc.start()
    try:
        count = sum(1 for _ in reader)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert peak < size / 5, (peak, size)


def test_envelope_with_escaped_slashes(tmp_path: Path) -> None:
    md5, _, _ = digests(1)
    url = context("UK", "Media").replace("/", "\\/")
    path = tmp_path / "escaped.json"
    path.write_text('{"@odata.context": "' + url + '", "value": [{"MD5": "' + md5 + '"}]}')
    reader = read_hashset(path)
    assert reader.scheme == "vics-uk"
    assert [entry.md5 for entry in entries(reader)] == [md5]
