"""Hash values in hash sets, and what every hash-set reader shares.

``validate_hash`` is the one place a hash from a file becomes a value Cairn stores: it is
stripped, lower-cased and checked, or refused with a message naming the value and the place.
``HashSetReader`` is the base each format reader (``vics``, ``csv``, ``text``) builds on, so they
report bad records, undefined category codes and unreadable files the same way.
"""

from __future__ import annotations

import os
import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, ClassVar

from cairn.errors import InvalidHash, SourceError
from cairn.hashsets.categories import Scheme, get_scheme, normalise_code
from cairn.model import EXACT_HEX_LENGTHS, Category, HashKind, KnownEntry

__all__ = [
    "HEX_LENGTHS",
    "BadRecord",
    "HashSetReader",
    "kind_of_hex",
    "validate_hash",
]

# Hex digits of every kind Cairn matches; PDQ is 256 bits like SHA-256.
HEX_LENGTHS: dict[HashKind, int] = {
    HashKind.MD5: 32,
    HashKind.SHA1: 40,
    HashKind.SHA256: 64,
    HashKind.PDQ: 64,
}
_PATTERNS = {kind: re.compile(f"[0-9a-f]{{{length}}}") for kind, length in HEX_LENGTHS.items()}
_ARTICLE = {
    HashKind.MD5: "an",
    HashKind.SHA1: "a",
    HashKind.SHA256: "a",
    HashKind.PDQ: "a",
    HashKind.VPDQ: "a",
}
_HEX = re.compile(r"[0-9a-f]+")
_SHOWN_MAX = 80
HEAD_BYTES = 8192
_CATEGORY_CACHE = 4096


def shown(value: object) -> str:
    """``repr`` of a value cut to a readable length, so one huge line cannot flood a log."""
    if isinstance(value, str) and len(value) > _SHOWN_MAX:
        value = value[: _SHOWN_MAX - 1] + "…"
    text = repr(value)
    return text if len(text) <= _SHOWN_MAX + 10 else text[: _SHOWN_MAX - 1] + "…"


def _at(where: str) -> str:
    return f" ({where})" if where else ""


def validate_hash(kind: HashKind, text: str, where: str) -> str:
    """The hash as Cairn stores it: stripped, lower-case hex of the kind's length; for
    ``VPDQ``, upstream's per-frame text in canonical form (``cairn.hashsets.vpdqfile``).

    Raises:
        InvalidHash: not hex, or the wrong length; the message names the value and ``where``,
            e.g. "'abc' is not a sha1 hash (known.csv line 12)".
    """
    if kind is HashKind.VPDQ and isinstance(text, str):
        from cairn.hashsets.vpdqfile import format_vpdq, parse_vpdq  # imports this module

        return format_vpdq(parse_vpdq(text, where))
    if not isinstance(text, str):
        raise InvalidHash(f"{shown(text)} is not {_ARTICLE[kind]} {kind.value} hash{_at(where)}")
    value = text.strip().lower()
    if _PATTERNS[kind].fullmatch(value) is None:
        raise InvalidHash(f"{shown(text)} is not {_ARTICLE[kind]} {kind.value} hash{_at(where)}")
    return value


def kind_of_hex(text: str, where: str = "") -> HashKind:
    """The exact hash kind of a bare hex value, by length: 32 md5, 40 sha1, 64 sha256.

    Plain lists carry no kind, so 64 digits are read as SHA-256, never PDQ.

    Raises:
        InvalidHash: not hex, or a length no exact kind has.
    """
    value = text.strip().lower()
    kind = EXACT_HEX_LENGTHS.get(len(value))
    if kind is None or _HEX.fullmatch(value) is None:
        raise InvalidHash(f"{shown(text)} is not an md5, sha1 or sha256 hash{_at(where)}")
    return kind


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record of a hash set that could not be loaded as it stands; the rest still loads.

    Attributes:
        where: The file and place, e.g. "known.csv line 12" or "set.json record 7".
        message: Complete on its own: names the bad value and the place.
    """

    where: str
    message: str


def read_head(path: Path, size: int = HEAD_BYTES) -> bytes:
    """The first ``size`` bytes of ``path``, for detection.

    Raises:
        SourceError: the file cannot be opened or read.
    """
    try:
        with path.open("rb") as stream:
            return stream.read(size)
    except OSError as exception:
        raise SourceError(
            f"cannot read hash set {str(path)!r}: {exception.strerror or exception}"
        ) from exception


def looks_binary(head: bytes) -> bool:
    """Whether the head of a file is not text Cairn can read as a list (NULs, not UTF-8)."""
    if b"\x00" in head:
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exception:
        # A multi-byte character cut at the end of the head is still text.
        return exception.reason != "unexpected end of data"
    return False


class HashSetReader(ABC):
    """Base of the format readers: iterate for ``KnownEntry`` and ``BadRecord`` values.

    The constructor checks the file (so an unreadable file or a wrong format fails at once);
    each iteration reopens it and streams, so memory stays bounded and a reader can be
    iterated again.

    Attributes:
        path: The hash-set file.
        scheme: The category scheme the file declares or was given; None when it has no
            categories.
        notes: File-level remarks for the operator (an ignored scheme argument, say).
        undefined_codes: Codes a closed scheme does not define, counted during iteration.
            They are kept on the entries; the caller decides whether to warn.
    """

    NAME: ClassVar[str]

    def __init__(self, path: str | os.PathLike[str], scheme: str | None = None) -> None:
        self.path = Path(path)
        self.requested_scheme = scheme
        if scheme is not None:
            get_scheme(scheme)
        self.scheme: str | None = None
        self.notes: list[str] = []
        self.undefined_codes: Counter[Category] = Counter()
        self._categories: dict[tuple[str, type, object], tuple[Category, bool]] = {}

    @property
    def format(self) -> str:
        """The format's registry name."""
        return self.NAME

    def __iter__(self) -> Iterator[KnownEntry | BadRecord]:
        """Entries in file order, with a ``BadRecord`` wherever one could not be loaded.

        Raises:
            SourceError: the file cannot be opened, or reading it fails part way.
        """
        self.undefined_codes.clear()
        try:
            yield from self.read()
        except OSError as exception:
            raise SourceError(
                f"reading hash set {str(self.path)!r} failed: {exception.strerror or exception}"
            ) from exception

    @abstractmethod
    def read(self) -> Iterator[KnownEntry | BadRecord]:
        """One pass over the file; what ``__iter__`` yields."""

    def where(self, place: str) -> str:
        """A place in this file for messages: "known.csv line 12"."""
        return f"{self.path.name} {place}"

    def open_binary(self) -> BinaryIO:
        """The file opened for reading; an unreadable file is a ``SourceError``."""
        try:
            return self.path.open("rb")
        except OSError as exception:
            raise SourceError(
                f"cannot read hash set {str(self.path)!r}: {exception.strerror or exception}"
            ) from exception

    def category(self, scheme: Scheme, raw: str | int | float) -> Category:
        """The category for a raw code, counting codes the scheme does not define.

        Results are cached per raw value: a set of millions of records uses a handful of codes.

        Raises:
            ValueError: there is no usable code in ``raw``.
        """
        if not isinstance(raw, str | int | float):
            normalise_code(scheme, raw)  # raises ValueError with the message
        key = (scheme.name, type(raw), raw)
        known = self._categories.get(key)
        if known is None:
            code = normalise_code(scheme, raw)
            known = (Category(scheme.name, code), scheme.is_defined(code))
            if len(self._categories) < _CATEGORY_CACHE:
                self._categories[key] = known
        if not known[1]:
            self.undefined_codes[known[0]] += 1
        return known[0]
