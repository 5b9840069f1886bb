"""Plain hash lists: one hash per line, its kind told by its length.

32 hex digits are MD5, 40 SHA-1 and 64 SHA-256 (never PDQ: a bare 64-digit value carries no
kind, and SHA-256 is what plain exports hold). Blank lines and ``#`` comments are skipped.
Lines in the md5sum / sha256sum style ("HASH  name", "HASH *name", "\\HASH  name") give their
first token. Plain lists carry no categories.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator

from cairn.errors import InvalidHash, WrongFormat
from cairn.hashsets.hashes import BadRecord, HashSetReader, kind_of_hex, looks_binary, read_head
from cairn.model import HashKind, KnownEntry

__all__ = ["TextReader"]


class TextReader(HashSetReader):
    """Streams a plain hash list; entries carry ``source="line N"``."""

    NAME = "text"
    # Longer lines are reported and skipped without being held in memory whole; the limit
    # leaves room for a hash followed by the longest path a file system allows.
    MAX_LINE = 65536

    def __init__(self, path: str | os.PathLike[str], scheme: str | None = None) -> None:
        """Checks the file is text.

        Raises:
            SourceError: the file cannot be read.
            WrongFormat: binary content (NUL bytes, not UTF-8), such as a database or UTF-16.
        """
        super().__init__(path, scheme)
        if looks_binary(read_head(self.path)):
            raise WrongFormat(f"{self.path.name} is not a text hash list: binary or not UTF-8")
        if scheme is not None:
            self.notes.append(f"scheme {scheme!r} ignored: plain hash lists carry no categories")

    def read(self) -> Iterator[KnownEntry | BadRecord]:
        limit = self.MAX_LINE
        with io.TextIOWrapper(self.open_binary(), encoding="utf-8-sig", errors="replace") as stream:
            number = 0
            while True:
                line = stream.readline(limit)
                if not line:
                    break
                number += 1
                if len(line) >= limit and not line.endswith("\n"):
                    while True:
                        rest = stream.readline(limit)
                        if not rest or rest.endswith("\n"):
                            break
                    where = self.where(f"line {number}")
                    yield BadRecord(where, f"line longer than {limit} characters ({where})")
                    continue
                text = line.strip()
                if not text or text.startswith("#"):
                    continue
                token = text.split(None, 1)[0]
                if token.startswith("\\"):
                    token = token[1:]  # md5sum marks lines whose file name has escapes
                try:
                    kind = kind_of_hex(token, self.where(f"line {number}"))
                except InvalidHash as exception:
                    yield BadRecord(self.where(f"line {number}"), str(exception))
                    continue
                value = token.lower()
                yield KnownEntry(
                    md5=value if kind is HashKind.MD5 else None,
                    sha1=value if kind is HashKind.SHA1 else None,
                    sha256=value if kind is HashKind.SHA256 else None,
                    source=f"line {number}",
                )
