"""CSV hash lists with a header row: hash columns, and optional category and scheme columns.

The header names any of md5, sha1, sha256 and pdq, spelt as tools spell them ("MD5", "SHA-1",
"Sha256", "sha1_hash"), plus ``category`` and ``scheme``. A ``scheme`` cell overrides the
default scheme for its row. A ``vpdq`` column lists a video's frame hashes: the path of an
upstream vPDQ text file relative to the CSV's folder (``videos/clip.txt``), or the frames
inline (``frame,quality,pdq,time`` lines separated by ``;`` or newlines in a quoted cell);
see ``cairn.hashsets.vpdqfile``. A row with only a ``vpdq`` value is a listed video known
by its frames. Columns Cairn does not interpret are kept in ``extra`` under their
header names. The delimiter is a comma, a tab or a semicolon, chosen by which one splits the
header into the most recognised columns. A UTF-8 BOM is tolerated.

Rows stream through the ``csv`` module, so each problem is reported with the line the row
ends on (``reader.line_num``), and a bad row never stops the rest.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator

from cairn.errors import ConfigError, InvalidHash, WrongFormat
from cairn.hashsets.categories import Scheme, get_scheme
from cairn.hashsets.hashes import (
    HEAD_BYTES,
    BadRecord,
    HashSetReader,
    looks_binary,
    read_head,
    shown,
    validate_hash,
)
from cairn.hashsets.vpdqfile import VPDQ_EXTRA, vpdq_cell
from cairn.model import Category, HashKind, KnownEntry

__all__ = ["CsvReader", "find_header"]

_DELIMITERS = (",", "\t", ";")
_SCHEME_CACHE = 256

# Header spellings, compared with case and punctuation removed ("SHA-1" -> "sha1").
_ROLES: dict[str, str] = {
    "md5": "md5",
    "md5hash": "md5",
    "md5sum": "md5",
    "hashmd5": "md5",
    "sha1": "sha1",
    "sha1hash": "sha1",
    "sha1sum": "sha1",
    "hashsha1": "sha1",
    "sha256": "sha256",
    "sha256hash": "sha256",
    "sha256sum": "sha256",
    "hashsha256": "sha256",
    "pdq": "pdq",
    "pdqhash": "pdq",
    "hashpdq": "pdq",
    "vpdq": "vpdq",
    "vpdqhash": "vpdq",
    "vpdqfile": "vpdq",
    "category": "category",
    "scheme": "scheme",
    "categoryscheme": "scheme",
}
_HASH_ROLES = {kind.value: kind for kind in HashKind if kind is not HashKind.VPDQ}
# Columns that make a header a hash list's header.
_KEY_ROLES = {*_HASH_ROLES, "vpdq"}


def _role(name: str) -> str | None:
    return _ROLES.get("".join(ch for ch in name.lower() if ch.isalnum()))


def _is_skipped(row: list[str]) -> bool:
    """Blank rows and ``#`` comment rows carry nothing; no hash starts with ``#``."""
    return not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#")


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def find_header(head: bytes) -> tuple[str, list[str]] | None:
    """The delimiter and header of a CSV hash list, or None if the head has no such header.

    The header is the first row that is not blank or a ``#`` comment; it must name at least
    one hash column. Of comma, tab and semicolon, the delimiter that finds the most hash
    columns wins.
    """
    text = head.decode("utf-8-sig", errors="replace")
    lines = _LINE_BREAK.split(text)
    if len(head) >= HEAD_BYTES and len(lines) > 1:
        lines.pop()  # cut by the head limit: not a whole line
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        best: tuple[int, str, list[str]] | None = None
        for delimiter in _DELIMITERS:
            fields = _split(line, delimiter)
            hits = sum(1 for name in fields if _role(name) in _KEY_ROLES)
            if hits and (best is None or hits > best[0]):
                best = (hits, delimiter, fields)
        return (best[1], best[2]) if best is not None else None
    return None


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


class CsvReader(HashSetReader):
    """Streams a CSV hash list with a header row.

    ``scheme`` is the default category scheme; it is required when the file has a category
    column and no scheme column. ``.scheme`` is that default (None if the file has no
    category column); without a default, a full pass sets it to the one scheme the rows
    name, if they all name the same one. Entries carry ``source="line N"``.
    """

    NAME = "csv"

    def __init__(self, path: str | os.PathLike[str], scheme: str | None = None) -> None:
        """Reads the header.

        Raises:
            SourceError: the file cannot be read.
            WrongFormat: binary content, or no header row naming a hash column.
            ConfigError: a category column with neither a scheme column nor ``scheme``.
        """
        super().__init__(path, scheme)
        head = read_head(self.path)
        if looks_binary(head):
            raise WrongFormat(f"{self.path.name} is not a CSV hash list: binary or not UTF-8")
        found = find_header(head)
        if found is None:
            raise WrongFormat(
                f"{self.path.name} is not a CSV hash list: no header naming md5, sha1, "
                "sha256, pdq or vpdq"
            )
        self.delimiter, self.header = found
        self._columns: dict[str, int] = {}
        for index, name in enumerate(self.header):
            role = _role(name)
            if role is not None and role not in self._columns:
                self._columns[role] = index
        self._extras = [
            (index, name.strip())
            for index, name in enumerate(self.header)
            if name.strip() and index not in self._columns.values()
        ]
        if "category" in self._columns:
            if scheme is None and "scheme" not in self._columns:
                raise ConfigError(
                    f"{self.path.name} has a category column but no scheme column: say which "
                    "scheme its codes belong to (for example pv-us or uk)"
                )
            self.scheme = scheme
        elif scheme is not None:
            self.notes.append(f"scheme {scheme!r} ignored: {self.path.name} has no category column")
        self._schemes: dict[str, Scheme] = {}
        self._used: set[str] = set()

    def _scheme_named(self, name: str) -> Scheme:
        scheme = self._schemes.get(name)
        if scheme is None:
            scheme = get_scheme(name)
            if len(self._schemes) < _SCHEME_CACHE:
                self._schemes[name] = scheme
        return scheme

    def read(self) -> Iterator[KnownEntry | BadRecord]:
        with io.TextIOWrapper(
            self.open_binary(), encoding="utf-8-sig", errors="replace", newline=""
        ) as stream:
            reader = csv.reader(stream, delimiter=self.delimiter)
            self._used.clear()
            seen_header = False
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exception:
                    where = self.where(f"line {reader.line_num}")
                    yield BadRecord(where, f"unreadable CSV row: {exception} ({where})")
                    continue
                if _is_skipped(row):
                    continue
                if not seen_header:
                    seen_header = True
                    continue
                yield from self._convert(row, reader.line_num)
        if self.requested_scheme is None and len(self._used) == 1:
            # Every categorised row named the same scheme: that is the file's scheme.
            self.scheme = next(iter(self._used))

    def _convert(self, row: list[str], line: int) -> Iterator[KnownEntry | BadRecord]:
        place = f"line {line}"
        where = self.where(place)
        columns = self._columns
        width = len(row)
        problems: list[str] = []
        hashes: dict[str, str] = {}
        invalid: dict[str, str] = {}
        for role, index in columns.items():
            kind = _HASH_ROLES.get(role)
            if kind is None or index >= width:
                continue
            value = row[index]
            if not value.strip():
                continue
            try:
                hashes[role] = validate_hash(kind, value, where)
            except InvalidHash as exception:
                invalid[role] = value
                problems.append(str(exception))

        video = self._vpdq(row, width, where, problems)
        category = self._category(row, width, where, problems)
        extra: dict[str, object] = {
            name: row[index] for index, name in self._extras if index < width and row[index]
        }
        if video is not None:
            extra[VPDQ_EXTRA] = video
        if not hashes and video is None:
            if not problems:
                names = ", ".join(role for role in columns if role in _KEY_ROLES)
                problems.append(f"no hash in column(s) {names} ({where})")
            yield BadRecord(where, "; ".join(problems) + "; row skipped")
            return
        if problems:
            yield BadRecord(where, "; ".join(problems) + "; row kept with its valid values")
        if invalid:
            extra["invalid_hashes"] = invalid
        yield KnownEntry(
            md5=hashes.get("md5"),
            sha1=hashes.get("sha1"),
            sha256=hashes.get("sha256"),
            pdq=hashes.get("pdq"),
            category=category,
            source=place,
            extra=extra,
        )

    def _vpdq(self, row: list[str], width: int, where: str, problems: list[str]) -> str | None:
        """The row's vPDQ as canonical text, or None (a problem is recorded if it is bad)."""
        index = self._columns.get("vpdq")
        if index is None or index >= width or not row[index].strip():
            return None
        try:
            return vpdq_cell(self.path.parent, row[index], where)
        except InvalidHash as exception:
            problems.append(str(exception))
            return None

    def _category(
        self, row: list[str], width: int, where: str, problems: list[str]
    ) -> Category | None:
        index = self._columns.get("category")
        if index is None or index >= width or not row[index].strip():
            return None
        raw = row[index]
        scheme_index = self._columns.get("scheme")
        name = ""
        if scheme_index is not None and scheme_index < width:
            name = row[scheme_index].strip().lower()
        name = name or (self.requested_scheme or "")
        if not name:
            problems.append(f"category {shown(raw)} has no scheme ({where})")
            return None
        try:
            scheme = self._scheme_named(name)
        except ConfigError as exception:
            problems.append(f"{exception} ({where})")
            return None
        if len(self._used) < 2:  # only "one scheme or several" matters
            self._used.add(scheme.name)
        return self.category(scheme, raw)
