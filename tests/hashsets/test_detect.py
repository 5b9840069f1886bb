"""Format detection by content, the reader registry, the public API, and fuzzing every reader."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cairn.hashsets
from cairn.errors import ConfigError, SourceError, WrongFormat
from cairn.hashsets import (
    FORMATS,
    BadRecord,
    CsvReader,
    NsrlReader,
    TextReader,
    VicsReader,
    VpdqReader,
    detect_format,
    read_hashset,
)
from cairn.model import KnownEntry

DATA = Path(__file__).parent.parent / "data" / "vics"
MD5 = hashlib.md5(b"benign detect").hexdigest()
VICS_HEAD = (
    b'{"@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/US/'
    b'$metadata#Media", "value": ['
)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_detection_goes_by_content_not_extension(tmp_path: Path) -> None:
    vics = tmp_path / "vics.csv"
    shutil.copy(DATA / "NSRL-CAID-MPG.json", vics)
    csv_file = write(tmp_path / "list.json", f"Hash,MD5\nx,{MD5}\n".encode())
    text = write(tmp_path / "list.csv", f"{MD5}\n".encode())
    assert detect_format(vics) == "vics"
    assert detect_format(csv_file) == "csv"
    assert detect_format(text) == "text"
    assert isinstance(read_hashset(vics), VicsReader)
    assert isinstance(read_hashset(csv_file), CsvReader)
    assert isinstance(read_hashset(text), TextReader)


def test_detection_tolerates_bom_and_leading_comments(tmp_path: Path) -> None:
    bom = b"\xef\xbb\xbf"
    assert detect_format(write(tmp_path / "a", bom + VICS_HEAD + b"]}")) == "vics"
    assert detect_format(write(tmp_path / "b", bom + b"# list\n\nSHA-1;name\n")) == "csv"
    assert detect_format(write(tmp_path / "c", bom + b"# list\n" + MD5.encode())) == "text"


def test_detection_finds_an_envelope_written_after_a_large_value(tmp_path: Path) -> None:
    records = b",".join(b'{"MD5": "%s"}' % MD5.encode() for _ in range(1000))
    tail = b', "@odata.context": "' + VICS_HEAD.split(b'"')[3] + b'"}'
    path = write(tmp_path / "late", b'{"value": [' + records + b"]" + tail)
    assert path.stat().st_size > 16 * 1024
    assert detect_format(path) == "vics"
    assert sum(isinstance(r, KnownEntry) for r in read_hashset(path)) == 1000


def test_empty_file_is_an_empty_text_list(tmp_path: Path) -> None:
    path = write(tmp_path / "empty", b"")
    assert detect_format(path) == "text"
    assert list(read_hashset(path)) == []


@pytest.mark.parametrize(
    "data",
    [
        b'{"value": [{"MD5": "abc"}]}',
        b"[]",
        f"{MD5}\n".encode("utf-16"),
        b"\x00\x01\x02\x03",
        b"\xff\xfe\xfa not utf-8 \xc0\n",
    ],
)
def test_json_that_is_not_vics_and_binary_files_are_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(WrongFormat, match="mystery"):
        detect_format(write(tmp_path / "mystery", data))


def test_an_nsrl_rds_database_is_refused_not_read_as_lines(tmp_path: Path) -> None:
    path = tmp_path / "RDS.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE FILE (sha256, sha1, md5)")
    with pytest.raises(WrongFormat):
        read_hashset(path)


def test_unreadable_paths_are_source_errors_naming_the_path(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="absent"):
        read_hashset(tmp_path / "absent")
    with pytest.raises(SourceError, match=tmp_path.name):
        read_hashset(tmp_path)
    with pytest.raises(SourceError, match="absent"):
        read_hashset(tmp_path / "absent", fmt="csv")


def test_bad_arguments_are_config_errors(tmp_path: Path) -> None:
    path = write(tmp_path / "l.txt", MD5.encode())
    with pytest.raises(ConfigError, match="'xml'"):
        read_hashset(path, fmt="xml")
    with pytest.raises(ConfigError, match="'Project VIC'"):
        read_hashset(path, scheme="Project VIC")


def test_an_explicit_format_that_does_not_fit_is_wrong_format(tmp_path: Path) -> None:
    path = write(tmp_path / "l.txt", MD5.encode())
    with pytest.raises(WrongFormat):
        read_hashset(path, fmt="vics")
    with pytest.raises(WrongFormat):
        read_hashset(path, fmt="csv")


def test_registry_names_are_stable() -> None:
    assert dict(FORMATS) == {
        "vics": VicsReader,
        "csv": CsvReader,
        "text": TextReader,
        "nsrl": NsrlReader,
        "vpdq": VpdqReader,
    }
    for name, reader in FORMATS.items():
        assert name == reader.NAME


def test_reader_reports_its_format(tmp_path: Path) -> None:
    assert read_hashset(DATA / "NSRL-CAID-ART.json").format == "vics"
    assert read_hashset(write(tmp_path / "l", MD5.encode())).format == "text"


def test_all_lists_exactly_the_public_names() -> None:
    public = {
        name
        for name, value in vars(cairn.hashsets).items()
        if not name.startswith("_") and not isinstance(value, type(cairn.hashsets))
    }
    public.discard("annotations")
    assert set(cairn.hashsets.__all__) == public


_ALLOWED = (WrongFormat, SourceError)


def _read_all(path: Path, fmt: str | None) -> None:
    try:
        records = list(read_hashset(path, fmt=fmt, scheme="pv-us"))
    except _ALLOWED:
        return
    assert all(isinstance(record, KnownEntry | BadRecord) for record in records)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2048), fmt=st.sampled_from([None, "vics", "csv", "text"]))
def test_random_bytes_never_crash_any_reader(data: bytes, fmt: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "random.bin", data)
        with contextlib.suppress(_ALLOWED):
            assert detect_format(path) in FORMATS
        _read_all(path, fmt)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=1024) | st.text(max_size=400).map(str.encode))
def test_random_bytes_after_a_vics_envelope_never_crash(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "random.json", VICS_HEAD + data)
        _read_all(path, None)


_json_scalar = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
_json = st.recursive(
    _json_scalar,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
_media_keys = st.sampled_from(
    ["MD5", "SHA1", "Category", "MediaSize", "MediaFiles", "AlternativeHashes", "PhotoDNA", "x"]
)


@settings(max_examples=200, deadline=None)
@given(value=st.lists(st.dictionaries(_media_keys, _json, max_size=6) | _json, max_size=5))
def test_random_json_records_never_crash_the_vics_reader(value: list[object]) -> None:
    body = VICS_HEAD[:-1] + json.dumps(value, allow_nan=False).encode() + b"}"
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "records.json", body)
        _read_all(path, "vics")
