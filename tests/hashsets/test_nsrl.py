"""NSRL RDSv3 databases: detection, one entry per distinct hash triple, read-only access,
damaged databases, and the CLI importing them as known-good.

The databases are synthesised with sqlite3 in the shape of NIST's ``schema.sql`` ("full":
every table and the seven-column primary key; "minimal": FILE, PKG, VERSION and the view).
Their hashes are of made-up benign strings.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cairn.errors import SourceError, WrongFormat
from cairn.hashsets import BadRecord, NsrlReader, detect_format, read_hashset
from cairn.model import KnownEntry

from helpers.cli import cairn

FILE_FULL = """CREATE TABLE FILE (
 sha256 VARCHAR NOT NULL, sha1 VARCHAR NOT NULL, md5 VARCHAR NOT NULL, crc32 VARCHAR NOT NULL,
 file_name VARCHAR NOT NULL, file_size INTEGER NOT NULL, package_id INTEGER NOT NULL,
 CONSTRAINT PK_FILE__FILE PRIMARY KEY (sha256, sha1, md5, crc32, file_name, file_size,
 package_id))"""
FILE_NO_KEY = """CREATE TABLE FILE (sha256 VARCHAR, sha1 VARCHAR, md5 VARCHAR, crc32 VARCHAR,
 file_name VARCHAR, file_size INTEGER, package_id INTEGER)"""
OTHER_FULL = """
CREATE TABLE MFG (manufacturer_id INTEGER NOT NULL, name VARCHAR NOT NULL);
CREATE TABLE OS (operating_system_id INTEGER NOT NULL, name VARCHAR NOT NULL,
 version VARCHAR NOT NULL, manufacturer_id INTEGER NOT NULL);
CREATE TABLE PKG (package_id INTEGER NOT NULL, name VARCHAR NOT NULL, version VARCHAR NOT NULL,
 operating_system_id INTEGER NOT NULL, manufacturer_id INTEGER NOT NULL,
 language VARCHAR NOT NULL, application_type VARCHAR NOT NULL);
CREATE TABLE VERSION (version VARCHAR UNIQUE NOT NULL, build_set VARCHAR NOT NULL,
 build_date TIMESTAMP NOT NULL, release_date TIMESTAMP NOT NULL, description VARCHAR NOT NULL);
CREATE VIEW DISTINCT_HASH AS SELECT DISTINCT sha256, sha1, md5, crc32 FROM FILE;
INSERT INTO MFG VALUES (1, 'Example Corp');
INSERT INTO OS VALUES (1, 'ExampleOS', '1.0', 1);
INSERT INTO PKG VALUES (1, 'Example Suite', '2024', 1, 1, 'English', 'Office');
INSERT INTO VERSION VALUES ('2024.03.1', 'modern', '2024-03-01', '2024-03-15', 'synthetic');
"""
OTHER_MINIMAL = """
CREATE TABLE PKG (package_id INTEGER NOT NULL, name VARCHAR NOT NULL, version VARCHAR NOT NULL);
CREATE TABLE VERSION (version VARCHAR UNIQUE NOT NULL, description VARCHAR NOT NULL);
CREATE VIEW DISTINCT_HASH AS SELECT DISTINCT sha256, sha1, md5, crc32 FROM FILE;
INSERT INTO PKG VALUES (1, 'Example Suite', '2024');
INSERT INTO VERSION VALUES ('2024.03.1', 'synthetic minimal');
"""

Row = tuple[object, object, object, object, object, object, object]


def triple(seed: int) -> tuple[str, str, str]:
    data = f"benign nsrl file {seed}".encode()
    return (
        hashlib.sha256(data).hexdigest().upper(),
        hashlib.sha1(data).hexdigest().upper(),
        hashlib.md5(data).hexdigest().upper(),
    )


def rows_for(seeds: Iterable[int], packages: int = 3) -> list[Row]:
    """Each file in ``packages`` packages under two names: realistic RDS repetition."""
    rows: list[Row] = []
    for seed in seeds:
        sha256, sha1, md5 = triple(seed)
        for package in range(1, packages + 1):
            for name in (f"file{seed}.dll", f"FILE{seed}.DLL"):
                rows.append((sha256, sha1, md5, f"{seed:08X}", name, seed * 10, package))
    return rows


def make_rds(path: Path, rows: Iterable[Row], *, layout: str = "full") -> Path:
    with sqlite3.connect(path) as db:
        db.execute(FILE_NO_KEY if layout == "nokey" else FILE_FULL)
        db.executescript(OTHER_MINIMAL if layout == "minimal" else OTHER_FULL)
        db.executemany("INSERT INTO FILE VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.close()
    return path


def entries(path: Path) -> list[KnownEntry]:
    records = list(read_hashset(path))
    assert all(isinstance(r, KnownEntry) for r in records), records
    return [r for r in records if isinstance(r, KnownEntry)]


@pytest.mark.parametrize("layout", ["full", "minimal", "nokey"])
def test_one_entry_per_distinct_triple_in_sha256_order(tmp_path: Path, layout: str) -> None:
    path = make_rds(tmp_path / "RDS.db", rows_for(range(40)), layout=layout)
    assert detect_format(path) == "nsrl"
    found = entries(path)
    expected = sorted(triple(seed) for seed in range(40))
    assert [(e.sha256, e.sha1, e.md5) for e in found] == [
        tuple(h.lower() for h in t) for t in expected
    ]
    assert [e.source for e in found] == [f"hash {n}" for n in range(1, 41)]
    assert all(e.category is None and e.pdq is None and e.extra == {} for e in found)
    with sqlite3.connect(path) as db:
        assert len(found) == db.execute("SELECT COUNT(*) FROM DISTINCT_HASH").fetchone()[0]
    db.close()


def test_the_reader_says_what_it_is(tmp_path: Path) -> None:
    path = make_rds(tmp_path / "RDS.db", rows_for(range(2)))
    reader = read_hashset(path, scheme="pv-us")
    assert isinstance(reader, NsrlReader) and reader.format == "nsrl" and reader.scheme is None
    assert reader.notes == ["scheme 'pv-us' ignored: NSRL sets carry no categories"]
    assert len(list(reader)) == len(list(reader)) == 2  # each pass reopens and streams


def test_bad_values_are_reported_and_valid_ones_kept(tmp_path: Path) -> None:
    sha256, sha1, _md5 = triple(1)
    rows: list[Row] = [
        (sha256, sha1, "NOT-AN-MD5", "0", "a", 1, 1),
        ("", "", "", "0", "empty", 1, 1),
        ("zz", "yy", "xx", "0", "junk", 1, 1),
        (*triple(2), "0", "good", 1, 1),
    ]
    path = make_rds(tmp_path / "RDS.db", rows, layout="nokey")
    records = list(read_hashset(path))
    bad = [r for r in records if isinstance(r, BadRecord)]
    good = [r for r in records if isinstance(r, KnownEntry)]
    assert len(bad) == 3 and len(good) == 2
    messages = " | ".join(b.message for b in bad)
    assert "'NOT-AN-MD5' is not an md5 hash (RDS.db hash" in messages
    assert "kept with its valid values" in messages
    assert "no sha256, sha1 or md5" in messages
    assert "'zz' is not a sha256 hash" in messages and "row skipped" in messages
    partial = next(e for e in good if e.md5 is None)
    assert (partial.sha256, partial.sha1) == (sha256.lower(), sha1.lower())
    assert partial.extra == {"invalid_hashes": {"md5": "'NOT-AN-MD5'"}}


def test_the_database_is_never_written(tmp_path: Path) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    path = make_rds(folder / "RDS.db", rows_for(range(5)))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    path.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)  # read-only media: nothing can be created here
    try:
        assert len(entries(path)) == 5
        assert sorted(os.listdir(folder)) == ["RDS.db"]
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    finally:
        folder.chmod(stat.S_IRWXU)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_pending_write_ahead_log_is_refused(tmp_path: Path) -> None:
    path = make_rds(tmp_path / "RDS.db", rows_for(range(2)))
    (tmp_path / "RDS.db-wal").write_bytes(b"\x00" * 64)
    with pytest.raises(SourceError, match="pending wal"):
        list(NsrlReader(path))


def test_other_databases_and_files_are_not_nsrl(tmp_path: Path) -> None:
    other = tmp_path / "chat.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE messages (id INTEGER, body TEXT)")
    db.close()
    with pytest.raises(WrongFormat, match="not an NSRL RDSv3"):
        detect_format(other)
    with pytest.raises(WrongFormat, match="no FILE table"):
        NsrlReader(other)
    text = tmp_path / "list.txt"
    text.write_text("d41d8cd98f00b204e9800998ecf8427e\n")
    with pytest.raises(WrongFormat, match="not SQLite"):
        read_hashset(text, fmt="nsrl")


def test_a_file_table_without_the_view_is_read_when_named(tmp_path: Path) -> None:
    path = tmp_path / "export.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE FILE (sha256, sha1, md5)")
        db.execute("INSERT INTO FILE VALUES (?, ?, ?)", triple(1))
    db.close()
    with pytest.raises(WrongFormat):
        detect_format(path)  # detection wants the RDS signature
    assert len(entries_named(path)) == 1


def entries_named(path: Path) -> list[KnownEntry]:
    return [r for r in read_hashset(path, fmt="nsrl") if isinstance(r, KnownEntry)]


def test_a_damaged_database_yields_what_it_can_then_one_bad_record(tmp_path: Path) -> None:
    clean = make_rds(tmp_path / "clean.db", rows_for(range(3000), packages=1)).read_bytes()
    outcomes = []
    for tenth in range(1, 10):
        data = bytearray(clean)
        start = len(data) * tenth // 10
        data[start : start + 4096] = b"\xff" * 4096
        path = tmp_path / f"damaged{tenth}.db"
        path.write_bytes(bytes(data))
        try:
            records = list(NsrlReader(path))
        except SourceError as exception:
            assert "cannot be read" in str(exception)
            outcomes.append("refused")
            continue
        bad = [r for r in records if isinstance(r, BadRecord)]
        if bad:
            assert bad == records[-1:] and "database damaged" in bad[0].message
            assert "the rest was not read" in bad[0].message
            outcomes.append("partial")
        else:
            assert len(records) == 3000  # the damage missed every page the reader needs
            outcomes.append("complete")
    assert "partial" in outcomes, outcomes


_BASE: bytes | None = None


def _base() -> bytes:
    global _BASE
    if _BASE is None:
        with tempfile.TemporaryDirectory() as folder:
            _BASE = make_rds(Path(folder) / "RDS.db", rows_for(range(200), packages=2)).read_bytes()
    return _BASE


def _read_all(path: Path) -> None:
    try:
        records = list(read_hashset(path, fmt="nsrl"))
    except (WrongFormat, SourceError):
        return
    assert all(isinstance(r, KnownEntry | BadRecord) for r in records)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=4096))
def test_random_bytes_never_crash_the_reader(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.db"
        path.write_bytes(data)
        _read_all(path)
        path.write_bytes(b"SQLite format 3\x00" + data)
        _read_all(path)


@settings(max_examples=150, deadline=None)
@given(
    patches=st.lists(
        st.tuples(st.integers(0, 1 << 20), st.binary(min_size=1, max_size=64)),
        min_size=1,
        max_size=8,
    )
)
def test_random_damage_to_a_real_database_never_crashes_the_reader(
    patches: list[tuple[int, bytes]],
) -> None:
    data = bytearray(_base())
    for offset, junk in patches:
        start = offset % len(data)
        data[start : start + len(junk)] = junk
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "damaged.db"
        path.write_bytes(bytes(data))
        _read_all(path)


def test_cli_imports_nsrl_as_known_good_and_says_so(tmp_path: Path) -> None:
    path = make_rds(tmp_path / "NSRLFile.db", rows_for(range(25)))
    home = tmp_path / "ws"
    result = cairn(home, "hashset", "import", str(path), "--name", "nsrl")
    assert "imported 25 entries into known-good set nsrl (format nsrl" in result.stdout
    assert "imported as known-good" in result.stderr
    explicit = shutil.copy(path, tmp_path / "copy.sqlite")
    result = cairn(home, "hashset", "import", str(explicit), "--name", "n2", "--format", "nsrl")
    assert "known-good set n2" in result.stdout
    listing = cairn(home, "hashset", "list").stdout
    assert "nsrl\tknown-good\tnsrl\t-\t25 entries" in listing
