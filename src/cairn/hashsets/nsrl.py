"""NIST NSRL RDS v3 databases (SQLite, minimal or full) read as a known-good hash set.

An RDSv3 release is an SQLite database with a ``FILE(sha256, sha1, md5, crc32, file_name,
file_size, package_id)`` table, one row per file of each package, and a ``DISTINCT_HASH``
view over its hashes. The same file appears in many packages, so rows repeat hashes; the
reader yields one ``KnownEntry`` per distinct ``(sha256, sha1, md5)`` triple.

The reader asks SQLite for ``SELECT DISTINCT sha256, sha1, md5 ... ORDER BY`` those columns.
Every release's primary key starts with them, so SQLite walks the key's covering index and
drops repeats as they pass: no sort, no temporary table, and only distinct rows cross into
Python. On 20 M rows (5.3 M distinct) this read takes 17.8 s of CPU; the ``DISTINCT_HASH``
view takes 16.1 s but promises no order, and ``ORDER BY`` with the repeats dropped in Python
22.9 s (bench/RESULTS.md). A database without that index still works: SQLite dedupes and
sorts in temporary files, in bounded memory.

The database is opened read-only and immutable (no lock, no journal, nothing written next to
it), so it can sit on read-only media. A database with a pending write-ahead log or hot
journal next to it is refused: immutable reading would ignore that content.

NIST: the RDS "contains no hash values of illicit data"; that is why an NSRL set is always
known-good (``cairn hashset import`` marks it so). Entries carry no category and
``source="hash N"``, N counting distinct triples from 1 in sha256 order.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from cairn.errors import SourceError, WrongFormat
from cairn.hashsets.hashes import BadRecord, HashSetReader, read_head, shown
from cairn.model import KnownEntry

__all__ = ["SQLITE_MAGIC", "NsrlReader", "is_nsrl"]

SQLITE_MAGIC = b"SQLite format 3\x00"
_HASH_COLUMNS = ("sha256", "sha1", "md5")
_PATTERNS = {
    "sha256": re.compile("[0-9a-f]{64}"),
    "sha1": re.compile("[0-9a-f]{40}"),
    "md5": re.compile("[0-9a-f]{32}"),
}
_ARTICLE = {"sha256": "a", "sha1": "a", "md5": "an"}
_FETCH = 10_000
# What a damaged database raises; sqlite3 decodes some error messages, which can fail too.
_ERRORS = (sqlite3.Error, UnicodeDecodeError)


def _connect(path: Path) -> sqlite3.Connection:
    """The database opened read-only and immutable: nothing is locked, created or written."""
    for suffix in ("-wal", "-journal"):
        side = path.with_name(path.name + suffix)
        try:
            pending = side.stat().st_size > 0
        except OSError:
            pending = False
        if pending:
            raise SourceError(
                f"{path.name} has a pending {suffix[1:]} file ({side.name}); open and close it "
                "once with sqlite3 to complete it, then import"
            )
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except _ERRORS as exception:
        raise SourceError(f"cannot open {str(path)!r} as SQLite: {exception}") from exception
    # Damaged text must not stop the read: it comes back with U+FFFD and fails validation.
    connection.text_factory = _text
    return connection


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _layout(connection: sqlite3.Connection) -> tuple[set[str], dict[str, set[str]]]:
    """Lower-cased names of the tables and views, and the lower-cased columns of FILE."""
    names = {
        str(name).lower()
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        )
    }
    columns: dict[str, set[str]] = {}
    if "file" in names:
        columns["file"] = {
            str(row[1]).lower() for row in connection.execute('PRAGMA table_info("FILE")')
        }
    return names, columns


def is_nsrl(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is an NSRL RDSv3 database: SQLite with a ``FILE`` table holding
    sha256, sha1 and md5 columns and a ``DISTINCT_HASH`` view.

    Raises:
        SourceError: the file cannot be read, or is an SQLite database too damaged to show
            its tables.
    """
    path = Path(path)
    if not read_head(path, len(SQLITE_MAGIC)).startswith(SQLITE_MAGIC):
        return False
    try:
        connection = _connect(path)
    except SourceError:
        return False
    try:
        names, columns = _layout(connection)
    except _ERRORS as exception:
        raise SourceError(
            f"{path.name} is an SQLite database that cannot be read: {exception}"
        ) from exception
    finally:
        connection.close()
    return "distinct_hash" in names and set(_HASH_COLUMNS) <= columns.get("file", set())


def _problem(column: str, value: object, where: str) -> str:
    return f"{shown(value)} is not {_ARTICLE[column]} {column} hash ({where})"


class NsrlReader(HashSetReader):
    """Streams the distinct hash triples of an NSRL RDSv3 database.

    Given explicitly (``fmt="nsrl"``) it needs only a ``FILE`` table with sha256, sha1 and
    md5 columns; detection also wants the ``DISTINCT_HASH`` view, the RDS signature.
    """

    NAME = "nsrl"

    def __init__(self, path: str | os.PathLike[str], scheme: str | None = None) -> None:
        """Checks that the file is SQLite with an RDSv3 ``FILE`` table.

        Raises:
            SourceError: the file cannot be read, has a pending journal, or is an SQLite
                database too damaged to show its tables.
            WrongFormat: not SQLite, or no ``FILE`` table with sha256, sha1 and md5 columns.
            ConfigError: ``scheme`` is not a valid scheme name.
        """
        super().__init__(path, scheme)
        if not read_head(self.path, len(SQLITE_MAGIC)).startswith(SQLITE_MAGIC):
            raise WrongFormat(f"{self.path.name} is not an NSRL RDSv3 database: not SQLite")
        connection = _connect(self.path)
        try:
            _names, columns = _layout(connection)
        except _ERRORS as exception:
            raise SourceError(
                f"{self.path.name} is an SQLite database that cannot be read: {exception}"
            ) from exception
        finally:
            connection.close()
        missing = [name for name in _HASH_COLUMNS if name not in columns.get("file", set())]
        if missing:
            raise WrongFormat(
                f"{self.path.name} is not an NSRL RDSv3 database: no FILE table with "
                f"{', '.join(_HASH_COLUMNS)} columns"
            )
        if scheme is not None:
            self.notes.append(f"scheme {scheme!r} ignored: NSRL sets carry no categories")

    def read(self) -> Iterator[KnownEntry | BadRecord]:
        connection = _connect(self.path)
        try:
            yield from self._rows(connection)
        finally:
            connection.close()

    def _rows(self, connection: sqlite3.Connection) -> Iterator[KnownEntry | BadRecord]:
        number = 0
        previous: tuple[object, object, object] | None = None
        sha256_ok = _PATTERNS["sha256"].fullmatch
        sha1_ok = _PATTERNS["sha1"].fullmatch
        md5_ok = _PATTERNS["md5"].fullmatch
        try:
            cursor = connection.execute(
                'SELECT DISTINCT sha256, sha1, md5 FROM "FILE" ORDER BY sha256, sha1, md5'
            )
            while True:
                rows = cursor.fetchmany(_FETCH)
                if not rows:
                    break
                for row in rows:
                    if row == previous:
                        continue
                    previous = row
                    number += 1
                    # The common case inline: three hex strings (RDS writes upper case).
                    sha256, sha1, md5 = row
                    if type(sha256) is str and type(sha1) is str and type(md5) is str:
                        sha256, sha1, md5 = sha256.lower(), sha1.lower(), md5.lower()
                        if sha256_ok(sha256) and sha1_ok(sha1) and md5_ok(md5):
                            yield KnownEntry(
                                md5=md5, sha1=sha1, sha256=sha256, source=f"hash {number}"
                            )
                            continue
                    yield from self._checked(row, number)
        except _ERRORS as exception:
            where = self.where(f"after hash {number}")
            yield BadRecord(
                where, f"database damaged: {exception} ({where}); the rest was not read"
            )

    def _checked(
        self, row: tuple[object, object, object], number: int
    ) -> Iterator[KnownEntry | BadRecord]:
        """A triple with a missing or invalid value: the entry with what is valid, after a
        ``BadRecord`` naming the rest; only the ``BadRecord`` when nothing is valid."""
        found: dict[str, str] = {}
        invalid: dict[str, object] = {}
        for column, value in zip(_HASH_COLUMNS, row, strict=True):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                text = value.strip().lower()
                if _PATTERNS[column].fullmatch(text) is not None:
                    found[column] = text
                    continue
            invalid[column] = value
        place = f"hash {number}"
        where = self.where(place)
        if not invalid and not found:
            yield BadRecord(where, f"no sha256, sha1 or md5 ({where}); row skipped")
            return
        if invalid:
            problems = "; ".join(_problem(c, v, where) for c, v in invalid.items())
            if not found:
                yield BadRecord(where, f"{problems}; row skipped")
                return
            yield BadRecord(where, f"{problems}; row kept with its valid values")
        extra: dict[str, object] = {}
        if invalid:
            extra["invalid_hashes"] = {c: shown(v) for c, v in invalid.items()}
        yield KnownEntry(
            md5=found.get("md5"),
            sha1=found.get("sha1"),
            sha256=found.get("sha256"),
            source=place,
            extra=extra,
        )
