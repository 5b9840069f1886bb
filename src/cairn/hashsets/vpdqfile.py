"""Listed videos' vPDQ in hash sets: upstream's per-frame text, and a reader of such files.

Upstream ``vpdq-hash-video`` writes one line per hashed frame, ``frame,quality,pdq_hex,
timestamp`` (``0,100,e271…055c,0.000``). That text is the exchange format Cairn reads and
writes wherever a hash set carries a video's frame hashes:

- ``--format vpdq``: a file, or a folder of ``*.txt`` files, one listed video per file;
- the ``vpdq`` column of a CSV hash set: the path of such a file beside the CSV, or the
  frames inline;
- a VICS Media record's ``AlternativeHashes`` entry named ``vPDQ``.

Every reader checks the text with :func:`parse_vpdq` and hands it on in canonical form
(:func:`format_vpdq`) in ``KnownEntry.extra["vpdq"]``; the import stores it in its own table
(``cairn.store.video_schema``), never in the entry's ``extra`` column.

A file's identity in ``--format vpdq``: a name that is an MD5, SHA-1 or SHA-256 in hex
(``0a21c8f8….txt``) gives that hash, and an ``NAME.md5`` file beside it (md5sum style)
gives the video's MD5; otherwise the entry is known by its frames and its name
(``extra["name"]``).
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from cairn.errors import InvalidHash, SourceError, WrongFormat
from cairn.hashsets.hashes import BadRecord, HashSetReader, shown
from cairn.model import EXACT_HEX_LENGTHS, HashKind, KnownEntry
from cairn.model.video import FrameHash

__all__ = [
    "VPDQ_EXTRA",
    "VpdqReader",
    "format_vpdq",
    "looks_like_vpdq",
    "parse_vpdq",
    "read_vpdq_file",
    "resolve_companion",
    "video_frames",
    "vpdq_cell",
]

#: The key of ``KnownEntry.extra`` that carries a listed video's vPDQ text.
VPDQ_EXTRA = "vpdq"

#: A listed video's vPDQ text larger than this is refused (4 h at 30 fps every frame is
#: about 40 MB; one frame a second, 1.3 MB).
MAX_VPDQ_BYTES = 64 * 1024 * 1024

_PDQ = re.compile(r"[0-9a-f]{64}")
_HEX = re.compile(r"[0-9a-f]+")
_INLINE = re.compile(r"\s*\d+\s*,")
_LINE = re.compile(rb"\s*\d+,\d+,[0-9a-fA-F]{64}(,[0-9.]+)?\s*")


def looks_like_vpdq(head: bytes) -> bool:
    """Whether the first line of a file is an upstream vPDQ frame line (for detection)."""
    first = head.removeprefix(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0]
    return _LINE.fullmatch(first) is not None


def parse_vpdq(text: str, where: str) -> list[FrameHash]:
    """The frames of upstream vPDQ text, checked line by line.

    Lines are ``frame,quality,pdq_hex,timestamp``; the 3-field form that older upstream
    documentation shows (no timestamp) reads with time 0.0. Lines may also be separated by
    ``;`` (one CSV cell). Blank lines are skipped.

    Raises:
        InvalidHash: naming the bad line and ``where``; also when there is no frame at all.
    """
    frames: list[FrameHash] = []
    lines = text.replace(";", "\n").splitlines()
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        fields = [field.strip() for field in line.split(",")]
        problem = None
        if len(fields) not in (3, 4):
            problem = f"{len(fields)} fields, not 4"
        else:
            try:
                frame, quality = int(fields[0]), int(fields[1])
                seconds = float(fields[3]) if len(fields) == 4 else 0.0
            except ValueError:
                problem = "frame, quality or time is not a number"
            else:
                pdq = fields[2].lower()
                if frame < 0:
                    problem = f"frame number {frame} is negative"
                elif not 0 <= quality <= 100:
                    problem = f"quality {quality} is not between 0 and 100"
                elif not math.isfinite(seconds) or seconds < 0:
                    problem = f"time {fields[3]!r} is not a time in seconds"
                elif _PDQ.fullmatch(pdq) is None:
                    problem = f"{shown(fields[2])} is not a PDQ hash"
                else:
                    frames.append(FrameHash(frame, round(seconds, 3), pdq, quality))
        if problem is not None:
            raise InvalidHash(
                f"{shown(line)} is not a vPDQ frame line: {problem} ({where} line {number})"
            )
    if not frames:
        raise InvalidHash(f"no vPDQ frame lines ({where})")
    return frames


def video_frames(video: Mapping[str, Any] | None) -> list[FrameHash]:
    """The sampled frames an ingested video carries (``Item.video["frames"]``, each
    ``[frame, time, pdq, quality]``)."""
    if not video:
        return []
    return [
        FrameHash(int(f[0]), float(f[1]), str(f[2]), int(f[3])) for f in video.get("frames") or []
    ]


def format_vpdq(frames: Sequence[FrameHash]) -> str:
    """Upstream's text for ``frames``: one ``frame,quality,pdq,time`` line each, time with
    three decimals, lines ended by ``\\n``."""
    return "".join(f"{f.frame},{f.quality},{f.pdq},{f.time:.3f}\n" for f in frames)


def resolve_companion(folder: Path, value: str, where: str) -> Path:
    """The vPDQ file a hash set names, relative to the hash set's folder and inside it.

    Raises:
        InvalidHash: an absolute path, or one that leads out of ``folder``.
    """
    name = value.strip().replace("\\", "/")
    if not name or name.startswith("/") or re.match(r"[A-Za-z]:", name):
        raise InvalidHash(f"vPDQ file {shown(value)} must be a path relative to the set ({where})")
    base = folder.resolve()
    target = (base / name).resolve()
    if target != base and base not in target.parents:
        raise InvalidHash(f"vPDQ file {shown(value)} leads out of the set's folder ({where})")
    return target


def read_vpdq_file(path: Path, where: str) -> list[FrameHash]:
    """Read and check one upstream vPDQ text file.

    Raises:
        InvalidHash: unreadable, too large, not UTF-8, or a bad line (named).
    """
    try:
        size = path.stat().st_size
        if size > MAX_VPDQ_BYTES:
            raise InvalidHash(f"vPDQ file {path.name} is larger than {MAX_VPDQ_BYTES:,} bytes")
        data = path.read_bytes()
    except OSError as exception:
        raise InvalidHash(
            f"vPDQ file {shown(path.name)} cannot be read: {exception.strerror or exception} "
            f"({where})"
        ) from exception
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidHash(f"vPDQ file {shown(path.name)} is not UTF-8 text ({where})") from None
    return parse_vpdq(text, where)


def vpdq_cell(folder: Path, value: str, where: str) -> str:
    """Canonical vPDQ text from a hash-set cell: the frames inline (``frame,quality,pdq,time``
    lines, separated by newlines or ``;``) or the relative path of an upstream file.

    Raises:
        InvalidHash: as :func:`parse_vpdq`, :func:`resolve_companion` and
            :func:`read_vpdq_file`.
    """
    if _INLINE.match(value):
        return format_vpdq(parse_vpdq(value, where))
    path = resolve_companion(folder, value, where)
    return format_vpdq(read_vpdq_file(path, f"{where}: {path.name}"))


def _identity(path: Path) -> dict[str, str]:
    """Hashes a vPDQ file's name and an ``NAME.md5`` file beside it give."""
    found: dict[str, str] = {}
    stem = path.stem.lower()
    kind = EXACT_HEX_LENGTHS.get(len(stem))
    if kind is not None and _HEX.fullmatch(stem):
        found[kind.value] = stem
    companion = path.with_suffix(".md5")
    if companion.is_file():
        try:
            first = companion.read_text("utf-8", errors="replace").split(None, 1)
        except OSError:
            first = []
        token = first[0].lstrip("\\").lower() if first else ""
        if len(token) == 32 and _HEX.fullmatch(token):
            found.setdefault(HashKind.MD5.value, token)
    return found


class VpdqReader(HashSetReader):
    """Upstream vPDQ output files as hash-set entries, one listed video per file.

    ``path`` is one ``.txt`` file or a folder; a folder's ``*.txt`` files are read in name
    order, sub-folders included. Entries carry ``source`` = the file's path in the folder
    and ``extra`` = ``{"name": stem, "vpdq": text}``. The files carry no categories.
    """

    NAME = "vpdq"

    def __init__(self, path: str | os.PathLike[str], scheme: str | None = None) -> None:
        """Checks there is something to read.

        Raises:
            SourceError: a folder without ``.txt`` files.
            WrongFormat: neither a file nor a folder.
        """
        super().__init__(path, scheme)
        if self.path.is_dir():
            self._files = sorted(
                (p for p in self.path.rglob("*.txt") if p.is_file()),
                key=lambda p: p.relative_to(self.path).as_posix(),
            )
            if not self._files:
                raise SourceError(
                    f"cannot read hash set {str(self.path)!r}: a folder, and it holds no "
                    "vPDQ .txt files"
                )
        elif self.path.is_file():
            self._files = [self.path]
        else:
            raise WrongFormat(f"{self.path} is neither a vPDQ file nor a folder of them")
        if scheme is not None:
            self.notes.append(f"scheme {scheme!r} ignored: vPDQ files carry no categories")

    def _place(self, file: Path) -> str:
        if self.path.is_dir():
            return file.relative_to(self.path).as_posix()
        return file.name

    def read(self) -> Iterator[KnownEntry | BadRecord]:
        for file in self._files:
            place = self._place(file)
            where = f"{self.path.name}/{place}" if self.path.is_dir() else file.name
            try:
                frames = read_vpdq_file(file, where)
            except InvalidHash as exception:
                yield BadRecord(where, f"{exception}; file skipped")
                continue
            hashes = _identity(file)
            yield KnownEntry(
                md5=hashes.get("md5"),
                sha1=hashes.get("sha1"),
                sha256=hashes.get("sha256"),
                source=place,
                extra={"name": file.stem, VPDQ_EXTRA: format_vpdq(frames)},
            )
