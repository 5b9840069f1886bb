"""Archives inside evidence: zip, tar (plain, gz, bz2, xz), 7z, and lone gz/bz2/xz streams.

Members become items whose locator chains onto the archive's own locator::

    folder "mail/att.zip" → archive "inner.tar.gz" → archive "photos/b.png"

(innermost last; shown ``mail/att.zip!inner.tar.gz!photos/b.png``).

Nothing is ever extracted to disk and no path is ever made from a member name: members are
read as streams, and a nested archive that needs random access is spooled into memory (or,
when large, an unnamed temporary file; see ``cairn.sources.streams``).

Hostile archives end in a status with a reason instead of exhausting the machine. The
limits (``archive_max_depth``, ``archive_max_ratio``, ``archive_max_total_bytes``,
``archive_max_members``) apply to each archive found in an exhibit together with everything
nested in it. What a limit stops is recorded: a member that would expand too far is
``damaged``; when a whole archive cannot be (fully) listed — damaged, a quine, encrypted
headers, too deep, too many members — an extra ``unexpanded`` entry under it says why.
The archive file itself is always hashed as an ordinary item, so nothing is lost.
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import hashlib
import io
import lzma
import os
import stat
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from cairn.errors import DependencyError, SourceError
from cairn.model import Locator
from cairn.settings import Settings
from cairn.sources.detect import sniff_container
from cairn.sources.folder import SourceEntry, open_readonly, special_file_reason
from cairn.sources.registry import open_entry
from cairn.sources.streams import SPOOL_MEMORY_BYTES, HandleCache, LimitedReader, spool

__all__ = [
    "ARCHIVE",
    "RATIO_FLOOR_BYTES",
    "UNEXPANDED",
    "ArchiveLimits",
    "Budget",
    "container_stream",
    "expand",
    "member_entry",
    "open_exhibit_zip",
    "open_member",
]

ARCHIVE = "archive"
"""Locator type of an archive member; its path is the member's raw name."""
UNEXPANDED = "unexpanded"
"""Locator type (empty path) of the note saying why an archive was not (fully) expanded."""

RATIO_FLOOR_BYTES = 64 * 1024 * 1024
"""Members expanding to less than this are never refused for their ratio: a small file of
zeros or an empty database compresses enormously and is harmless; bombs are large."""

HEAD = 512
_COPY = 1024 * 1024
_ZIP_METHODS = {
    zipfile.ZIP_STORED,
    zipfile.ZIP_DEFLATED,
    zipfile.ZIP_BZIP2,
    zipfile.ZIP_LZMA,
}
_FORMAT_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    tarfile.TarError,
    EOFError,
    zlib.error,
    lzma.LZMAError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)
_READ_ERRORS: tuple[type[BaseException], ...] = (*_FORMAT_ERRORS, OSError)
_SPOOL_TYPES = frozenset({ARCHIVE, "ufdr"})
"""Layers whose streams decompress: containers inside them are spooled to be seekable."""


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """The defences of DESIGN's archive handling, from the settings of the same names."""

    max_depth: int = 5
    max_ratio: int = 100
    max_total_bytes: int = 256 * 1024**3
    max_members: int = 1_000_000

    @classmethod
    def from_settings(cls, settings: Settings) -> ArchiveLimits:
        return cls(
            max_depth=settings.archive_max_depth,
            max_ratio=settings.archive_max_ratio,
            max_total_bytes=settings.archive_max_total_bytes,
            max_members=settings.archive_max_members,
        )


@dataclass(slots=True)
class Budget:
    """What one archive found in the exhibit, with all it nests, has used of the limits."""

    expanded: int = 0
    members: int = 0


class ArchiveDamaged(Exception):
    """The archive cannot be listed (further); the message says why."""


class ArchiveEncrypted(Exception):
    """The archive's listing itself is encrypted."""


@dataclass(slots=True)
class Member:
    """One member as listed: ``key`` is its locator path (raw name; ``\\x00n`` marks the
    n-th member of the same name)."""

    key: bytes
    size: int | None
    compressed: int | None = None
    excluded: str | None = None
    failed: str | None = None
    damaged: str | None = None
    ref: Any = None
    head: bytes | None = None


def _damaged(locator: Locator, fs_path: bytes, reason: str, size: int | None = None) -> SourceEntry:
    """An entry that ends ``damaged``; its content is never read."""
    return SourceEntry(locator, fs_path, size=size, damaged=reason)


class _Keys:
    """Gives every member a unique key: its raw name, with ``\\x00n`` from the 2nd on."""

    def __init__(self) -> None:
        self._count: dict[bytes, int] = {}

    def __call__(self, raw: bytes) -> bytes:
        n = self._count.get(raw, 0) + 1
        self._count[raw] = n
        return raw if n == 1 else raw + b"\x00" + str(n).encode()


# --- readers -------------------------------------------------------------------------------


class _Reader:
    """Lists members lazily and opens them by key. Subclasses fill ``_by_key``."""

    def __init__(self) -> None:
        self._by_key: dict[bytes, Member] = {}
        self._complete = False

    def members(self, cap: Callable[[int | None], int] | None = None) -> Iterator[Member]:
        raise NotImplementedError

    def _member(self, key: bytes) -> Member:
        if not self._complete and key not in self._by_key:
            with contextlib.suppress(ArchiveDamaged):  # members before the damage still open
                for _ in self.members():
                    pass
            self._complete = True
        try:
            return self._by_key[key]
        except KeyError:
            raise OSError(f"the archive has no member {key!r}") from None

    def open(self, key: bytes, size: int | None = None) -> BinaryIO:
        raise NotImplementedError

    def head(self, key: bytes) -> bytes:
        member = self._member(key)
        if member.head is not None:
            return member.head
        with self.open(key) as stream:
            return stream.read(HEAD)


class _ZipReader(_Reader):
    def __init__(self, handle: BinaryIO) -> None:
        super().__init__()
        try:
            self._zip = zipfile.ZipFile(handle)
        except _READ_ERRORS as exc:
            raise ArchiveDamaged(f"cannot read the zip directory: {exc}") from None

    def members(self, cap: Callable[[int | None], int] | None = None) -> Iterator[Member]:
        keys = _Keys()
        for info in self._zip.infolist():
            utf8 = bool(info.flag_bits & 0x800)
            raw = info.orig_filename.encode("utf-8" if utf8 else "cp437", "surrogateescape")
            key = keys(raw)
            if info.is_dir():
                continue
            member = Member(key, info.file_size, info.compress_size, ref=info)
            mode = info.external_attr >> 16
            if info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG):
                member.excluded = special_file_reason(mode) or "not a regular file"
            elif info.flag_bits & 0x1 or info.compress_type == 99:
                member.excluded = "encrypted"
            elif info.compress_type not in _ZIP_METHODS:
                member.failed = f"unsupported zip compression method {info.compress_type}"
            self._by_key[key] = member
            yield member
        self._complete = True

    def open(self, key: bytes, size: int | None = None) -> BinaryIO:
        info = self._member(key).ref
        try:
            return _MemberStream(self._zip.open(info))  # type: ignore[arg-type,return-value]
        except _FORMAT_ERRORS as exc:
            raise OSError(f"damaged zip member: {exc}") from None


class _TarReader(_Reader):
    def __init__(self, handle: BinaryIO, size: int | None) -> None:
        super().__init__()
        self._size = size
        self._plain = False
        try:
            self._tar = tarfile.open(  # noqa: SIM115 - kept open with the reader
                fileobj=handle, mode="r:*", encoding="utf-8", errors="surrogateescape"
            )
        except _READ_ERRORS as exc:
            raise ArchiveDamaged(f"cannot read the tar archive: {exc}") from None
        self._plain = self._tar.fileobj is handle

    def members(self, cap: Callable[[int | None], int] | None = None) -> Iterator[Member]:
        """Members in archive order; a member is given out only once the next header has
        been read, so a member cut short by the end of the archive is known as such."""
        keys = _Keys()
        pending: Member | None = None
        while True:
            try:
                info = self._tar.next()
            except _READ_ERRORS as exc:
                if pending is not None:
                    pending.damaged = f"the archive ends or is damaged inside this member: {exc}"
                    self._by_key[pending.key] = pending
                    yield pending
                raise ArchiveDamaged(str(exc) or exc.__class__.__name__) from None
            if pending is not None:
                yield pending
                pending = None
            if info is None:
                break
            raw = info.name.encode("utf-8", "surrogateescape")
            key = keys(raw)
            if info.isdir():
                continue
            member = Member(key, info.size if info.isreg() else 0, ref=info)
            if info.issym():
                member.excluded = "symbolic link (not followed)"
            elif info.islnk():
                member.size = None
            elif info.ischr():
                member.excluded = "character device"
            elif info.isblk():
                member.excluded = "block device"
            elif info.isfifo():
                member.excluded = "FIFO (named pipe)"
            elif not info.isreg():
                member.excluded = "not a regular file"
            elif (
                self._size is not None and self._plain and info.offset_data + info.size > self._size
            ):
                member.damaged = "the archive ends inside this member (truncated)"
            else:
                member.head = self._read_head(info)
            self._by_key[key] = member
            pending = member
        self._complete = True

    def _read_head(self, info: tarfile.TarInfo) -> bytes | None:
        """The first bytes, read while the stream is there: going back for them later
        would mean decompressing a compressed tar again from its start."""
        try:
            stream = self._tar.extractfile(info)
            return stream.read(HEAD) if stream is not None else None
        except _READ_ERRORS:
            return None

    def open(self, key: bytes, size: int | None = None) -> BinaryIO:
        info = self._member(key).ref
        try:
            stream = self._tar.extractfile(info)
        except (*_FORMAT_ERRORS, KeyError) as exc:  # type: ignore[misc]
            raise OSError(f"damaged tar member: {exc}") from None
        if stream is None:
            raise OSError("tar member has no content")
        return _MemberStream(stream)  # type: ignore[arg-type,return-value]


_DECOMPRESSORS: dict[str, Callable[[BinaryIO], Any]] = {
    "gzip": lambda f: gzip.GzipFile(fileobj=f, mode="rb"),
    "bzip2": lambda f: bz2.BZ2File(f, mode="rb"),
    "xz": lambda f: lzma.LZMAFile(f, mode="rb"),  # noqa: SIM115
}


class _StreamReader(_Reader):
    """A lone compressed stream: one member, named from the gzip header or the file name."""

    def __init__(self, handle: BinaryIO, kind: str, container_name: bytes) -> None:
        super().__init__()
        self._handle = handle
        self._kind = kind
        handle.seek(0, io.SEEK_END)
        self._compressed = handle.tell()
        handle.seek(0)
        name = _gzip_name(handle) if kind == "gzip" else None
        handle.seek(0)
        if not name:
            base = os.path.basename(container_name.split(b"\x00", 1)[0])
            stem, dot, ext = base.rpartition(b".")
            name = stem if dot and stem and ext.lower() in _STREAM_EXTS else base + b".out"
        self._key = os.path.basename(name)

    def _open_stream(self) -> BinaryIO:
        self._handle.seek(0)
        stream: BinaryIO = _DECOMPRESSORS[self._kind](self._handle)
        return stream

    def members(self, cap: Callable[[int | None], int] | None = None) -> Iterator[Member]:
        member = Member(self._key, None, self._compressed)
        limit = cap(self._compressed) if cap is not None else None
        total = 0
        try:
            with self._open_stream() as stream:
                while True:
                    want = _COPY if limit is None else min(_COPY, limit + 1 - total)
                    chunk = stream.read(max(want, 1))
                    if not chunk:
                        break
                    total += len(chunk)
                    if limit is not None and total > limit:
                        member.damaged = f"expands to more than {limit:,} bytes"
                        break
        except _READ_ERRORS as exc:
            member.damaged = f"damaged {self._kind} stream after {total:,} bytes: {exc}"
        member.size = total
        self._by_key[self._key] = member
        self._complete = True
        yield member

    def open(self, key: bytes, size: int | None = None) -> BinaryIO:
        if key != self._key:
            raise OSError(f"the {self._kind} stream has no member {key!r}")
        stream = self._open_stream()
        if size is not None:
            stream = LimitedReader(stream, size)  # type: ignore[assignment]
        return _MemberStream(stream)  # type: ignore[return-value]

    def _member(self, key: bytes) -> Member:
        return Member(key, None)


_STREAM_EXTS = {b"gz", b"gzip", b"bz2", b"xz", b"z"}


def _gzip_name(handle: BinaryIO) -> bytes | None:
    """The original file name stored in a gzip header (FNAME), if any."""
    header = handle.read(10)
    if len(header) < 10 or not header[3] & 0x08:
        return None
    if header[3] & 0x04:  # FEXTRA
        extra = handle.read(2)
        if len(extra) < 2:
            return None
        handle.read(int.from_bytes(extra, "little"))
    name = bytearray()
    while len(name) < 4096:
        byte = handle.read(1)
        if not byte or byte == b"\x00":
            break
        name += byte
    return bytes(name) or None


class _SevenZipReader(_Reader):
    def __init__(self, handle: BinaryIO) -> None:
        super().__init__()
        try:
            import py7zr
        except ImportError:
            raise DependencyError("reading 7z archives needs the Python package 'py7zr'") from None
        self._py7zr = py7zr
        try:
            self._archive = py7zr.SevenZipFile(handle, mode="r")
        except py7zr.exceptions.PasswordRequired:
            raise ArchiveEncrypted("7z archive with encrypted headers") from None
        except (*_READ_ERRORS, py7zr.exceptions.ArchiveError) as exc:  # type: ignore[misc]
            raise ArchiveDamaged(f"cannot read the 7z archive: {exc}") from None
        self._encrypted = bool(self._archive.needs_password())
        self._heads: dict[str, bytes] | None = None

    def members(self, cap: Callable[[int | None], int] | None = None) -> Iterator[Member]:
        """The 7z directory is read whole on opening, so all members are known at once."""
        if not self._complete:
            keys = _Keys()
            for info in self._archive.list():
                key = keys(str(info.filename).encode("utf-8", "surrogateescape"))
                if info.is_directory:
                    continue
                member = Member(key, int(info.uncompressed or 0), None, ref=info.filename)
                if info.is_symlink:
                    member.excluded = "symbolic link (not followed)"
                elif self._encrypted:
                    member.excluded = "encrypted"
                self._by_key[key] = member
            self._complete = True
        yield from list(self._by_key.values())

    def _extract(self, names: list[str], factory: Any) -> None:
        self._archive.reset()
        try:
            self._archive.extract(targets=names, factory=factory)
        except (*_FORMAT_ERRORS, self._py7zr.exceptions.ArchiveError) as exc:  # type: ignore[misc]
            raise OSError(f"damaged 7z member: {exc}") from None

    def head(self, key: bytes) -> bytes:
        """All heads in one decompression pass, since solid 7z blocks decompress in order."""
        if self._heads is None:
            factory = _SevenZipFactory(self._py7zr, head_only=True)
            with contextlib.suppress(OSError):  # heads of what was read before a problem
                self._extract([m.ref for m in self._by_key.values() if m.ref], factory)
            self._heads = {name: out.data() for name, out in factory.outputs}
        return self._heads.get(self._member(key).ref, b"")

    def open(self, key: bytes, size: int | None = None) -> BinaryIO:
        member = self._member(key)
        factory = _SevenZipFactory(self._py7zr, head_only=False)
        self._extract([member.ref], factory)
        copies = [out for name, out in factory.outputs if name == member.ref]
        index = int(key.split(b"\x00", 1)[1]) - 1 if b"\x00" in key else 0
        if not copies or index >= len(copies):
            raise OSError("7z member not found while extracting")
        return copies[index].stream()


class _SevenZipFactory:
    """py7zr writer factory that keeps every output in memory (or an unnamed temp file):
    py7zr never sees a path, so nothing is written where a member name points."""

    def __init__(self, py7zr: Any, head_only: bool) -> None:
        self.outputs: list[tuple[str, _SevenZipOut]] = []
        self._head_only = head_only

    def create(self, filename: str) -> Any:
        out = _SevenZipOut(self._head_only)
        self.outputs.append((filename, out))
        return out


class _SevenZipOut:
    def __init__(self, head_only: bool) -> None:
        self._head_only = head_only
        self._buffer: Any = (
            io.BytesIO() if head_only else tempfile.SpooledTemporaryFile(SPOOL_MEMORY_BYTES)  # noqa: SIM115
        )
        self._length = 0

    def write(self, data: bytes | bytearray) -> int:
        if self._head_only:
            room = HEAD - self._length
            if room > 0:
                self._buffer.write(bytes(data[:room]))
        else:
            self._buffer.write(data)
        self._length += len(data)
        return len(data)

    def read(self, size: int | None = None) -> bytes:
        data: bytes = self._buffer.read(size)
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        return int(self._buffer.seek(offset, whence))

    def flush(self) -> None:
        self._buffer.flush()

    def size(self) -> int:
        return self._length

    def close(self) -> None:
        """py7zr closes outputs when done; the data is kept for ``data``/``stream``."""

    def data(self) -> bytes:
        return bytes(self._buffer.getvalue()[:HEAD])

    def stream(self) -> BinaryIO:
        self._buffer.seek(0)
        return self._buffer  # type: ignore[no-any-return]


class _MemberStream(io.RawIOBase):
    """A member as the stage reads it: decoder format errors become ``OSError`` (recorded as
    a read error with its message, not a stage failure), and the first bytes are kept so
    that going back to the start after identifying the content does not decompress the
    member again (in a compressed tar, from the start of the whole archive)."""

    KEEP = 64 * 1024

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self._stream = stream
        self._prefix = bytearray()
        self._pos = 0  # our position
        self._under = 0  # the decoder's position; only ever moves forward unless we seek

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer)
        if self._pos < len(self._prefix):
            n = min(len(view), len(self._prefix) - self._pos)
            view[:n] = self._prefix[self._pos : self._pos + n]
            self._pos += n
            return n
        if self._pos != self._under:
            self._call(self._stream.seek, self._pos)
            self._under = self._pos
        data = self._call(self._stream.read, len(view))
        n = len(data)
        view[:n] = data
        if self._under == len(self._prefix) and len(self._prefix) < self.KEEP:
            self._prefix += data[: self.KEEP - len(self._prefix)]
        self._pos += n
        self._under += n
        return n

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            offset = self._call(self._stream.seek, offset, io.SEEK_END)
            self._under = offset
        self._pos = max(0, offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    @staticmethod
    def _call(function: Callable[..., Any], *args: Any) -> Any:
        try:
            return function(*args)
        except _FORMAT_ERRORS as exc:
            raise OSError(f"damaged archive member: {exc}") from None

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            super().close()


def _reader(kind: str, handle: BinaryIO, size: int | None, name: bytes) -> _Reader:
    """The reader for a container of ``kind`` (as sniffed); compressed streams holding a tar
    are read as tar."""
    if kind == "zip":
        return _ZipReader(handle)
    if kind == "7z":
        return _SevenZipReader(handle)
    if kind == "tar":
        return _TarReader(handle, size)
    if kind in _DECOMPRESSORS:
        handle.seek(0)
        try:
            with _DECOMPRESSORS[kind](handle) as stream:
                head = stream.read(HEAD)
        except _READ_ERRORS:
            head = b""
        handle.seek(0)
        if sniff_container(head) == "tar":
            return _TarReader(handle, size)
        return _StreamReader(handle, kind, name)
    raise ArchiveDamaged(f"not an archive kind Cairn reads: {kind!r}")


# --- opening in workers --------------------------------------------------------------------


def container_stream(entry: SourceEntry) -> BinaryIO:
    """A seekable stream of an entry that holds an archive: opened through the registry,
    spooled when the entry itself is a (decompressing) archive member."""
    stream = open_entry(entry)
    if entry.locator.type in _SPOOL_TYPES:
        with stream:
            return spool(stream, entry.size)
    return stream


def _stream_size(handle: BinaryIO) -> int:
    position = handle.tell()
    size = handle.seek(0, io.SEEK_END)
    handle.seek(position)
    return size


def _container_name(locator: Locator | None, fs_path: bytes) -> bytes:
    if locator is None:
        return os.path.basename(fs_path)
    path = locator.path.split(b":", 1)[-1] if locator.type == "tsk" else locator.path
    return os.path.basename(path)


def _open_reader(parent: Locator | None, fs_path: bytes) -> _Reader:
    if parent is None:
        handle: BinaryIO = open_entry(SourceEntry(Locator("folder", b""), fs_path))
    else:
        handle = container_stream(SourceEntry(parent, fs_path))
    head = handle.read(HEAD)
    handle.seek(0)
    kind = sniff_container(head)
    if kind is None:
        raise OSError("the container is not an archive Cairn reads")
    try:
        return _reader(kind, handle, _stream_size(handle), _container_name(parent, fs_path))
    except (ArchiveDamaged, ArchiveEncrypted) as exc:
        raise OSError(str(exc)) from None


_READERS: HandleCache[tuple[bytes, str], _Reader] = HandleCache(size=4)


def open_member(entry: SourceEntry) -> BinaryIO:
    """Opener for ``archive`` locators: the member, read through its (cached) archive."""
    parent = entry.locator.parent
    key = (entry.fs_path, parent.key() if parent is not None else "")
    reader = _READERS.get(key, lambda: _open_reader(parent, entry.fs_path))
    return reader.open(entry.locator.path, entry.size)


# --- walking -------------------------------------------------------------------------------


def expand(
    container: SourceEntry,
    kind: str,
    limits: ArchiveLimits,
    *,
    depth: int = 1,
    budget: Budget | None = None,
    handle: BinaryIO | None = None,
    ancestors: tuple[SourceEntry, ...] = (),
) -> Iterator[SourceEntry]:
    """Yield the members of the archive ``container`` (sniffed as ``kind``), recursing into
    nested archives, within ``limits``; ``budget`` is shared by a whole nest."""
    budget = budget if budget is not None else Budget()
    note = Locator(UNEXPANDED, b"", container.locator)
    fs_path = container.fs_path
    if depth > limits.max_depth:
        yield SourceEntry(
            note,
            fs_path,
            excluded=f"archive nested more than archive_max_depth ({limits.max_depth}) "
            "deep; not expanded",
        )
        return
    try:
        if handle is None:
            handle = container_stream(container)
        size = _stream_size(handle)
        if ancestors and _copy_of_ancestor(handle, size, ancestors):
            yield _damaged(note, fs_path, "the archive contains a copy of itself (a quine)")
            return
        reader = _reader(kind, handle, size, _container_name(container.locator, fs_path))
    except ArchiveEncrypted as exc:
        yield SourceEntry(note, fs_path, excluded=f"encrypted: {exc}")
        return
    except ArchiveDamaged as exc:
        yield _damaged(note, fs_path, f"{kind} archive: {exc}")
        return
    except OSError as exc:
        yield SourceEntry(note, fs_path, failed=f"cannot open the archive: {exc}")
        return
    yield from _members(container, reader, size, limits, depth, budget, ancestors)


def _members(
    container: SourceEntry,
    reader: _Reader,
    container_size: int,
    limits: ArchiveLimits,
    depth: int,
    budget: Budget,
    ancestors: tuple[SourceEntry, ...],
) -> Iterator[SourceEntry]:
    fs_path = container.fs_path
    note = Locator(UNEXPANDED, b"", container.locator)
    expanded_here = 0
    listed = 0

    def cap(compressed: int | None) -> int:
        by_total = limits.max_total_bytes - budget.expanded
        if compressed is None:
            return max(0, by_total)
        return max(0, min(by_total, max(RATIO_FLOOR_BYTES, limits.max_ratio * compressed)))

    try:
        for member in reader.members(cap):
            if budget.members >= limits.max_members:
                yield _damaged(
                    note,
                    fs_path,
                    f"more than archive_max_members ({limits.max_members:,}) members; "
                    f"the rest not listed",
                )
                return
            budget.members += 1
            listed += 1
            locator = Locator(ARCHIVE, member.key, container.locator)
            if member.excluded or member.failed or member.damaged:
                yield member_entry(member, container.locator, fs_path, limits)
                continue
            size = member.size or 0
            refusal = _refusal(member, size, expanded_here, container_size, limits, budget)
            if refusal is not None:
                yield _damaged(locator, fs_path, refusal, member.size)
                if refusal.startswith("archive_max_total_bytes"):
                    yield _damaged(note, fs_path, f"{refusal}; members after this one not expanded")
                    return
                continue
            budget.expanded += size
            expanded_here += size
            entry = SourceEntry(locator, fs_path, size=member.size)
            yield entry
            if size < 4:
                continue
            try:
                nested = sniff_container(reader.head(member.key))
            except OSError:
                continue  # the stage reads it again and records the error
            if nested is None:
                continue
            if depth + 1 > limits.max_depth:
                yield from expand(entry, nested, limits, depth=depth + 1, budget=budget)
                continue
            try:
                with reader.open(member.key, member.size) as stream:
                    copy = spool(stream, member.size)
            except OSError as exc:
                yield SourceEntry(
                    Locator(UNEXPANDED, b"", locator),
                    fs_path,
                    failed=f"cannot read the nested archive: {exc}",
                )
                continue
            yield from expand(
                entry,
                nested,
                limits,
                depth=depth + 1,
                budget=budget,
                handle=copy,
                ancestors=(*ancestors, container),
            )
    except ArchiveDamaged as exc:
        yield _damaged(note, fs_path, f"damaged archive after {listed} member(s): {exc}")


def member_entry(
    member: Member, parent: Locator | None, fs_path: bytes, limits: ArchiveLimits
) -> SourceEntry:
    """The entry for one member on its own: its status, and the ratio defence (the total
    and count limits need the walk's budget; see ``expand``)."""
    locator = Locator(ARCHIVE, member.key, parent)
    if member.excluded is not None:
        return SourceEntry(locator, fs_path, size=member.size, excluded=member.excluded)
    if member.failed is not None:
        return SourceEntry(locator, fs_path, size=member.size, failed=member.failed)
    if member.damaged is not None:
        return _damaged(locator, fs_path, member.damaged, member.size)
    size = member.size or 0
    if member.compressed is not None:
        refusal = _ratio_refusal(size, member.compressed, limits)
        if refusal is not None:
            return _damaged(locator, fs_path, refusal, member.size)
    return SourceEntry(locator, fs_path, size=member.size)


def open_exhibit_zip(path: bytes) -> _Reader:
    """The zip that is itself the exhibit (a UFDR), opened read-only."""
    handle = os.fdopen(open_readonly(path), "rb")
    try:
        return _ZipReader(handle)
    except ArchiveDamaged as exc:
        handle.close()
        raise SourceError(f"cannot read the zip {os.fsdecode(path)!r}: {exc}") from None


def _ratio_refusal(size: int, compressed: int, limits: ArchiveLimits) -> str | None:
    if size > RATIO_FLOOR_BYTES and size > limits.max_ratio * max(compressed, 1):
        ratio = size // max(compressed, 1)
        return (
            f"expands {ratio:,}:1, more than archive_max_ratio ({limits.max_ratio}:1); "
            "a decompression bomb? not expanded"
        )
    return None


def _refusal(
    member: Member,
    size: int,
    expanded_here: int,
    container_size: int,
    limits: ArchiveLimits,
    budget: Budget,
) -> str | None:
    """Why a member must not be expanded (a bomb, or past the total), else ``None``."""
    if member.compressed is not None:
        refusal = _ratio_refusal(size, member.compressed, limits)
        if refusal is not None:
            return refusal
    else:
        total = expanded_here + size
        if total > RATIO_FLOOR_BYTES and total > limits.max_ratio * max(container_size, 1):
            return (
                f"the archive expands more than archive_max_ratio ({limits.max_ratio}:1) by "
                "this member; a decompression bomb? not expanded"
            )
    if budget.expanded + size > limits.max_total_bytes:
        return (
            f"archive_max_total_bytes ({limits.max_total_bytes:,}) reached for this archive "
            "and what it nests"
        )
    return None


def _digest(stream: BinaryIO) -> str:
    digest = hashlib.sha256()
    stream.seek(0)
    while True:
        chunk = stream.read(_COPY)
        if not chunk:
            break
        digest.update(chunk)
    stream.seek(0)
    return digest.hexdigest()


def _copy_of_ancestor(handle: BinaryIO, size: int, ancestors: tuple[SourceEntry, ...]) -> bool:
    """Whether this nested archive is byte-for-byte one of the archives it is inside.

    Sizes are compared first; only an equal size costs reading both."""
    mine: str | None = None
    for ancestor in ancestors:
        try:
            with container_stream(ancestor) as other:
                if _stream_size(other) != size:
                    continue
                mine = mine or _digest(handle)
                if _digest(other) == mine:
                    return True
        except OSError:
            continue
    return False
