"""Which reader a hash-set file needs, decided by content, and the registry of readers.

Detection never trusts the extension: an SQLite database with the NSRL RDSv3 ``FILE`` table
and ``DISTINCT_HASH`` view is ``nsrl`` (other databases are refused); a file with a Project VIC
envelope in its first or last 8 KB is ``vics``; other JSON is refused; binary content is
refused; text whose first line is an upstream vPDQ frame line, and a folder, are ``vpdq``;
text whose first row names a hash column (md5, sha1, sha256, pdq, vpdq) is ``csv``; any
other text is ``text``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from cairn.errors import ConfigError, WrongFormat
from cairn.hashsets.categories import get_scheme
from cairn.hashsets.csvfile import CsvReader, find_header
from cairn.hashsets.hashes import HashSetReader, looks_binary, read_head
from cairn.hashsets.nsrl import SQLITE_MAGIC, NsrlReader, is_nsrl
from cairn.hashsets.textfile import TextReader
from cairn.hashsets.vics import VicsReader, find_envelope
from cairn.hashsets.vpdqfile import VpdqReader, looks_like_vpdq

__all__ = ["FORMATS", "detect_format", "read_hashset"]

# The built-in hash-set formats, by their stable NAME (also the CLI value).
FORMATS: Mapping[str, type[HashSetReader]] = MappingProxyType(
    {reader.NAME: reader for reader in (VicsReader, CsvReader, TextReader, NsrlReader, VpdqReader)}
)


def detect_format(path: str | os.PathLike[str]) -> str:
    """The format of a hash-set file by its content: "nsrl", "vics", "csv" or "text"; a
    folder is "vpdq" (upstream vPDQ files).

    Raises:
        SourceError: the file cannot be read.
        WrongFormat: JSON that is not VICS, an SQLite database that is not an NSRL RDSv3,
            or other binary content (UTF-16 text, say).
    """
    path = Path(path)
    if path.is_dir():
        return VpdqReader.NAME  # a folder of upstream vPDQ files, one per listed video
    head = read_head(path)
    if head.startswith(SQLITE_MAGIC):
        if is_nsrl(path):
            return NsrlReader.NAME
        raise WrongFormat(
            f"{path.name} is an SQLite database but not an NSRL RDSv3 one: no FILE table "
            "with sha256, sha1 and md5 columns and DISTINCT_HASH view"
        )
    if find_envelope(path) is not None:
        return VicsReader.NAME
    body = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if body.startswith((b"{", b"[")):
        raise WrongFormat(f"{path.name} is JSON but not VICS: no Project VIC envelope")
    if looks_binary(head):
        raise WrongFormat(f"{path.name} is not a hash list Cairn reads: binary or not UTF-8")
    if looks_like_vpdq(head):
        return VpdqReader.NAME
    if find_header(head) is not None:
        return CsvReader.NAME
    return TextReader.NAME


def read_hashset(
    path: str | os.PathLike[str], fmt: str | None = None, scheme: str | None = None
) -> HashSetReader:
    """A reader for a hash-set file; iterate it for ``KnownEntry`` and ``BadRecord`` values.

    Args:
        path: The file.
        fmt: A name from ``FORMATS``; detected from the content when None.
        scheme: The category scheme for codes whose scheme the file does not say (see each
            reader for when it applies).

    Raises:
        ConfigError: unknown ``fmt`` or invalid ``scheme`` name; a CSV category column
            without any scheme.
        SourceError: the file cannot be read.
        WrongFormat: the file is not in ``fmt`` (or in any format, when detecting).
    """
    if scheme is not None:
        get_scheme(scheme)
    if fmt is None:
        fmt = detect_format(path)
    reader = FORMATS.get(fmt)
    if reader is None:
        raise ConfigError(f"{fmt!r} is not a hash-set format (known: {', '.join(sorted(FORMATS))})")
    return reader(path, scheme=scheme)
