"""Disk images (raw, split raw, E01) read through The Sleuth Kit, as Autopsy and Griffeye do.

Every file comes out with its provenance as a locator chain::

    image "disk.E01" → partition "p2" → fs "ntfs" → tsk "64-128-2:/Users/a/b.jpg"

The ``tsk`` layer names the file by TSK metadata address (``meta-type-id`` on NTFS, as
``fls`` prints it) *and* path, because a path alone is not unique once deleted entries are
listed. Partitions are named by The Sleuth Kit's slot address, as ``mmls`` prints it.

Allocated and deleted files are listed; a deleted file is ingested, flagged ``deleted``,
when its content can still be read; when it cannot (its metadata was cleared or handed to
another file, or no data runs are left) it is recorded as excluded with that reason.
File-system metadata (NTFS ``$MFT`` and friends, TSK's virtual ``$FAT1``/``$MBR``) is not
itemised, like directories. Unallocated space is out of scope.

Images are opened read-only through libewf (E01) or plain ``pread`` (raw, split raw) and are
never written. ``pytsk3`` and ``libewf-python`` are imported on first use, so folders ingest
without them.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from cairn.errors import DependencyError, SourceError
from cairn.model import Locator
from cairn.sources.detect import EWF, EWF2_SIGNATURE, EWF_SIGNATURE, RAW, split_segments
from cairn.sources.folder import SourceEntry, open_readonly
from cairn.sources.streams import HandleCache

__all__ = [
    "FS",
    "IMAGE",
    "PARTITION",
    "TSK",
    "Check",
    "ImageReader",
    "Verification",
    "open_image",
    "open_tsk_file",
    "probe_raw",
    "verify_image",
    "walk_image",
]

IMAGE = "image"
PARTITION = "partition"
FS = "fs"
TSK = "tsk"

_READ_BUFFER = 1024 * 1024
_NTFS_SYSTEM_RECORDS = 24  # MFT entries 0-23: system files and reserved records
_HFS_FIRST_USER_ID = 16  # kHFSFirstUserCatalogNodeID


def _module(name: str, package: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise DependencyError(
            f"reading disk images needs the Python package {package!r} "
            f"(pip install {package}): {exc}"
        ) from None


def _tsk() -> Any:
    return _module("pytsk3", "pytsk3")


# --- image readers -------------------------------------------------------------------------


class ImageReader:
    """Random-access reads from a (possibly segmented) image; ``size`` is the media size."""

    size: int = 0

    def read(self, offset: int, length: int) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        """Release the files; readers are also closed when garbage-collected."""


class RawImage(ImageReader):
    """Raw or split raw segments, concatenated, read with ``pread`` on read-only files."""

    def __init__(self, segments: tuple[bytes, ...]) -> None:
        self._files: list[BinaryIO] = []
        self._starts: list[int] = []
        total = 0
        try:
            for path in segments:
                f = os.fdopen(open_readonly(path), "rb", buffering=0)
                self._files.append(f)
                self._starts.append(total)
                total += os.fstat(f.fileno()).st_size
        except OSError:
            self.close()
            raise
        self.size = total

    def read(self, offset: int, length: int) -> bytes:
        out = bytearray()
        end = min(offset + length, self.size)
        index = max(0, _bisect(self._starts, offset))
        while offset < end and index < len(self._files):
            start = self._starts[index]
            seg_end = self._starts[index + 1] if index + 1 < len(self._starts) else self.size
            if offset >= seg_end:
                index += 1
                continue
            want = min(end, seg_end) - offset
            data = os.pread(self._files[index].fileno(), want, offset - start)
            if not data:
                break
            out += data
            offset += len(data)
        return bytes(out)

    def close(self) -> None:
        for f in self._files:
            f.close()
        self._files = []


def _bisect(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


class EwfImage(ImageReader):
    """An E01 (and its E02… segments) through libewf, from file objects opened read-only."""

    def __init__(self, first_segment: bytes) -> None:
        pyewf = _module("pyewf", "libewf-python")
        names = pyewf.glob(os.fsdecode(first_segment))
        self._files = [os.fdopen(open_readonly(os.fsencode(n)), "rb") for n in names]
        self.segments = tuple(os.fsencode(n) for n in names)
        self._handle = pyewf.handle()
        try:
            self._handle.open_file_objects(self._files)
        except OSError as exc:
            self.close()
            raise SourceError(
                f"libewf cannot open {os.fsdecode(first_segment)!r}: {_tsk_message(exc)}"
            ) from exc
        self.size = int(self._handle.get_media_size())

    def read(self, offset: int, length: int) -> bytes:
        length = max(0, min(length, self.size - offset))
        if length == 0:
            return b""
        data: bytes = self._handle.read_buffer_at_offset(length, offset)
        return data

    def stored_hashes(self) -> dict[str, str]:
        """Acquisition hashes stored in the image, lower-case names and hex."""
        values = self._handle.get_hash_values() or {}
        return {str(k).lower(): str(v).lower() for k, v in values.items() if v}

    def close(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()
            self._handle = None
        for f in getattr(self, "_files", []):
            f.close()
        self._files = []


def image_kind(path: bytes) -> str:
    fd = open_readonly(path)
    try:
        head = os.pread(fd, 8, 0)
    finally:
        os.close(fd)
    return EWF if head.startswith((EWF_SIGNATURE, EWF2_SIGNATURE)) else RAW


def open_image(path: bytes, kind: str | None = None) -> ImageReader:
    """Open the image whose first segment is ``path``; the kind is read from content."""
    kind = kind or image_kind(path)
    if kind == EWF:
        return EwfImage(path)
    return RawImage(tuple(split_segments(path)))


# --- The Sleuth Kit ------------------------------------------------------------------------

_IMG_CLASS: Any = None


def _tsk_image(reader: ImageReader) -> Any:
    """A pytsk3 ``Img_Info`` that reads through ``reader`` (so TSK reads E01 and splits)."""
    global _IMG_CLASS
    pytsk3 = _tsk()
    if _IMG_CLASS is None:

        class _ReaderImg(pytsk3.Img_Info):  # type: ignore[misc,name-defined]
            def __init__(self, source: ImageReader) -> None:
                self._source = source
                super().__init__(url="", type=pytsk3.TSK_IMG_TYPE_EXTERNAL)

            def read(self, offset: int, size: int) -> bytes:
                return self._source.read(offset, size)

            def get_size(self) -> int:
                return self._source.size

            def close(self) -> None:
                self._source.close()

        _IMG_CLASS = _ReaderImg
    return _IMG_CLASS(reader)


def _tsk_message(exc: BaseException) -> str:
    """TSK's messages carry a C++ source location first; keep the part a person reads."""
    text = str(exc).strip()
    if ") " in text and text.split(") ", 1)[0].count("(") == 1:
        text = text.split(") ", 1)[1]
    return text.replace("\n", " ")


@dataclass
class _Opened:
    """An image opened for TSK, with its partitions (slot name → byte offset)."""

    reader: ImageReader
    img: Any
    partitions: dict[bytes, tuple[int, str]] = field(default_factory=dict)
    has_volume_system: bool = False
    filesystems: dict[int, Any] = field(default_factory=dict)

    def filesystem(self, offset: int) -> Any:
        if offset not in self.filesystems:
            self.filesystems[offset] = _tsk().FS_Info(self.img, offset=offset)
        return self.filesystems[offset]


def _open(path: bytes) -> _Opened:
    pytsk3 = _tsk()
    reader = open_image(path)
    img = _tsk_image(reader)
    opened = _Opened(reader, img)
    try:
        volume = pytsk3.Volume_Info(img)
    except OSError:
        return opened
    opened.has_volume_system = True
    block = int(volume.info.block_size)
    for part in volume:
        if int(part.flags) & int(pytsk3.TSK_VS_PART_FLAG_ALLOC):
            desc = part.desc.decode("utf-8", "replace") if isinstance(part.desc, bytes) else ""
            opened.partitions[f"p{int(part.addr)}".encode()] = (int(part.start) * block, desc)
    return opened


_IMAGES: HandleCache[bytes, _Opened] = HandleCache(size=2)


def _opened(path: bytes) -> _Opened:
    return _IMAGES.get(path, lambda: _open(path))


def probe_raw(segments: tuple[bytes, ...]) -> bool:
    """Whether TSK finds a partition table or a file system at the start of the image."""
    pytsk3 = _tsk()
    try:
        reader = RawImage(segments)
    except OSError:
        return False
    try:
        img = _tsk_image(reader)
        try:
            pytsk3.Volume_Info(img)
            return True
        except OSError:
            pass
        try:
            pytsk3.FS_Info(img, offset=0)
            return True
        except OSError:
            return False
    finally:
        reader.close()


_FS_NAMES: dict[int, str] = {}


def _fs_name(ftype: int) -> str:
    if not _FS_NAMES:
        pytsk3 = _tsk()
        for name in dir(pytsk3):
            if name.startswith("TSK_FS_TYPE_") and not name.endswith(("DETECT", "ENUM")):
                _FS_NAMES.setdefault(int(getattr(pytsk3, name)), name[12:].lower())
    return _FS_NAMES.get(int(ftype), f"fs{int(ftype)}")


def _encrypted_volume(reader: ImageReader, offset: int) -> str | None:
    head = reader.read(offset, 16)
    if head[3:11] == b"-FVE-FS-":
        return "BitLocker"
    if head[:6] == b"LUKS\xba\xbe":
        return "LUKS"
    return None


def walk_image(path: bytes) -> Iterator[SourceEntry]:
    """Yield every file of every file system in the image, partitions in slot order and
    directory entries sorted by raw name."""
    opened = _opened(path)
    image = Locator(IMAGE, os.path.basename(path))
    if not opened.has_volume_system:
        yield from _walk_filesystem(opened, 0, image, path, None)
        return
    for name in sorted(opened.partitions, key=lambda n: int(n[1:])):
        offset, desc = opened.partitions[name]
        yield from _walk_filesystem(opened, offset, Locator(PARTITION, name, image), path, desc)


def _walk_filesystem(
    opened: _Opened, offset: int, parent: Locator, fs_path: bytes, desc: str | None
) -> Iterator[SourceEntry]:
    try:
        filesystem = opened.filesystem(offset)
    except OSError as exc:
        encrypted = _encrypted_volume(opened.reader, offset)
        if encrypted:
            yield SourceEntry(parent, fs_path, excluded=f"encrypted volume ({encrypted})")
        else:
            yield SourceEntry(
                parent,
                fs_path,
                excluded=f"no file system The Sleuth Kit can read in partition "
                f"{desc or '?'} at byte {offset}: {_tsk_message(exc)}",
            )
        return
    fs_type = _fs_name(filesystem.info.ftype)
    walker = _FsWalker(filesystem, Locator(FS, fs_type.encode(), parent), fs_path, fs_type)
    yield from walker.walk()


class _FsWalker:
    """Depth-first, sorted walk of one file system, each directory listed once."""

    def __init__(self, filesystem: Any, fs_loc: Locator, fs_path: bytes, fs_type: str) -> None:
        self.t = _tsk()
        self.fs = filesystem
        self.fs_loc = fs_loc
        self.fs_path = fs_path
        self.ntfs = fs_type == "ntfs"
        self.hfs = fs_type.startswith("hfs")
        self.visited: set[int] = set()
        self.seen: set[bytes] = set()

    def walk(self) -> Iterator[SourceEntry]:
        root = int(self.fs.info.root_inum)
        self.visited.add(root)
        yield from self._directory(root, b"", deleted=False)

    def _entry(self, spec: bytes, path: bytes, **kw: Any) -> SourceEntry | None:
        locator = Locator(TSK, spec + b":" + path, self.fs_loc)
        if locator.path in self.seen:
            return None  # the same name and metadata listed twice: one item
        self.seen.add(locator.path)
        return SourceEntry(locator, self.fs_path, **kw)

    def _directory(self, inode: int, path: bytes, deleted: bool) -> Iterator[SourceEntry]:
        t = self.t
        try:
            directory = self.fs.open_dir(inode=inode)
            children = []
            for f in directory:
                name = f.info.name.name
                if name in (b".", b".."):
                    continue
                meta_addr = int(f.info.name.meta_addr)
                children.append((bytes(name), meta_addr, int(f.info.name.flags), f))
        except OSError as exc:
            if not deleted:
                entry = self._entry(
                    str(inode).encode(),
                    path or b"/",
                    failed=f"cannot list directory: {_tsk_message(exc)}",
                )
                if entry is not None:
                    yield entry
            return
        children.sort(key=lambda c: (c[0], c[1], c[2]))
        for name, meta_addr, name_flags, f in children:
            child_path = path + b"/" + name
            meta = f.info.meta
            meta_type = int(meta.type) if meta is not None else None
            name_type = int(f.info.name.type)
            is_deleted = deleted or bool(name_flags & int(t.TSK_FS_NAME_FLAG_UNALLOC))
            if meta is not None and int(meta.flags) & int(t.TSK_FS_META_FLAG_UNALLOC):
                is_deleted = True
            if self._is_metadata(name, meta_addr, meta_type, name_type, path):
                if meta_type == int(t.TSK_FS_META_TYPE_VIRT_DIR):
                    yield from self._orphans(meta_addr, child_path)
                continue
            kind = meta_type if meta_type is not None else _NAME_TO_META.get(name_type)
            if kind == int(t.TSK_FS_META_TYPE_DIR):
                if meta is not None and meta_addr not in self.visited:
                    self.visited.add(meta_addr)
                    yield from self._directory(meta_addr, child_path, is_deleted)
                continue
            yield from self._file(f, name, child_path, meta_addr, kind, is_deleted, name_flags)

    def _orphans(self, meta_addr: int, path: bytes) -> Iterator[SourceEntry]:
        """TSK's virtual ``$OrphanFiles``: deleted files whose directory is gone."""
        if meta_addr in self.visited:
            return
        self.visited.add(meta_addr)
        yield from self._directory(meta_addr, path, deleted=True)

    def _is_metadata(
        self,
        name: bytes,
        meta_addr: int,
        meta_type: int | None,
        name_type: int,
        parent: bytes,
    ) -> bool:
        t = self.t
        virtual = (int(t.TSK_FS_META_TYPE_VIRT), int(t.TSK_FS_META_TYPE_VIRT_DIR))
        if meta_type in virtual or name_type in (10, 11):  # TSK_FS_NAME_TYPE_VIRT(_DIR)
            return True
        if self.ntfs and meta_addr < _NTFS_SYSTEM_RECORDS:
            return True
        return (
            self.hfs and parent == b"" and name.startswith(b"$") and meta_addr < _HFS_FIRST_USER_ID
        )

    def _file(
        self,
        f: Any,
        name: bytes,
        path: bytes,
        meta_addr: int,
        kind: int | None,
        deleted: bool,
        name_flags: int,
    ) -> Iterator[SourceEntry]:
        t = self.t
        meta = f.info.meta
        spec = str(meta_addr).encode()
        if deleted and (meta is None or kind in (None, int(t.TSK_FS_META_TYPE_UNDEF))):
            entry = self._entry(
                spec,
                path,
                deleted=True,
                excluded="deleted, content not recoverable: its metadata was cleared",
            )
            if entry is not None:
                yield entry
            return
        if kind != int(t.TSK_FS_META_TYPE_REG):
            entry = self._entry(spec, path, excluded=_special_reason(t, kind), deleted=deleted)
            if entry is not None:
                yield entry
            return
        if (
            deleted
            and name_flags & int(t.TSK_FS_NAME_FLAG_UNALLOC)
            and int(meta.flags) & int(t.TSK_FS_META_FLAG_ALLOC)
        ):
            entry = self._entry(
                spec,
                path,
                deleted=True,
                excluded=f"deleted, content not recoverable: its metadata "
                f"(address {meta_addr}) now belongs to another file",
            )
            if entry is not None:
                yield entry
            return
        streams = self._data_streams(f) if self.ntfs else [(None, None, int(meta.size), None)]
        if not streams:
            streams = [(None, None, int(meta.size), None)]
        for attr_type, attr_id, size, attr in streams:
            own_spec = spec if attr_type is None else f"{meta_addr}-{attr_type}-{attr_id}".encode()
            own_path = path
            if attr is not None and attr.info.name:
                own_path = path + b":" + bytes(attr.info.name)
            excluded = None
            if attr is not None and int(attr.info.flags) & int(t.TSK_FS_ATTR_ENC):
                excluded = "encrypted (NTFS EFS); the content is ciphertext"
            elif deleted:
                excluded = _unrecoverable(t, f, attr, size)
            entry = self._entry(own_spec, own_path, size=size, deleted=deleted, excluded=excluded)
            if entry is not None:
                yield entry

    def _data_streams(self, f: Any) -> list[tuple[int | None, int | None, int, Any]]:
        """NTFS ``$DATA`` attributes: the unnamed one first, then named (alternate) streams."""
        data = int(self.t.TSK_FS_ATTR_TYPE_NTFS_DATA)
        streams: list[tuple[int | None, int | None, int, Any]] = []
        for attr in f:
            if int(attr.info.type) == data:
                streams.append((data, int(attr.info.id), int(attr.info.size), attr))
        streams.sort(key=lambda s: (bytes(s[3].info.name or b""), s[1]))
        return streams


_NAME_TO_META = {1: 3, 2: 4, 3: 2, 4: 5, 5: 1, 6: 6, 7: 8, 8: 7, 9: 9, 10: 10, 11: 11}
"""TSK_FS_NAME_TYPE → TSK_FS_META_TYPE, for names whose metadata is gone."""


def _special_reason(t: Any, kind: int | None) -> str:
    if kind == int(t.TSK_FS_META_TYPE_LNK):
        return "symbolic link (not followed)"
    if kind == int(t.TSK_FS_META_TYPE_SOCK):
        return "socket"
    if kind == int(t.TSK_FS_META_TYPE_FIFO):
        return "FIFO (named pipe)"
    if kind == int(t.TSK_FS_META_TYPE_CHR):
        return "character device"
    if kind == int(t.TSK_FS_META_TYPE_BLK):
        return "block device"
    return "not a regular file"


def _unrecoverable(t: Any, f: Any, attr: Any, size: int) -> str | None:
    """Why a deleted file's content cannot be read, or ``None`` when (some of) it can."""
    if size == 0:
        return None
    attrs = [attr] if attr is not None else list(f)
    default = int(t.TSK_FS_ATTR_TYPE_DEFAULT)
    for a in attrs:
        if attr is None and int(a.info.type) not in (default, int(t.TSK_FS_ATTR_TYPE_NTFS_DATA)):
            continue
        flags = int(a.info.flags)
        if flags & int(t.TSK_FS_ATTR_RES):
            return None
        for run in a:
            if int(run.len) > 0 and not int(run.flags) & int(t.TSK_FS_ATTR_RUN_FLAG_FILLER):
                return None
    return "deleted, content not recoverable: no data blocks are left"


# --- opening files in workers --------------------------------------------------------------


class _TskReader(io.RawIOBase):
    """One TSK attribute as a seekable, read-only stream."""

    def __init__(self, file: Any, attr_type: int, attr_id: int, size: int) -> None:
        super().__init__()
        self._file = file
        self._type = attr_type
        self._id = attr_id
        self._size = size
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self._size - self._pos, 1 << 30)
        if want <= 0:
            return 0
        data = self._file.read_random(self._pos, want, self._type, self._id)
        n = len(data)
        memoryview(buffer)[:n] = data
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            offset += self._size
        self._pos = max(0, offset)
        return self._pos

    def tell(self) -> int:
        return self._pos


def _filesystem_for(fs_loc: Locator, fs_path: bytes) -> Any:
    opened = _opened(fs_path)
    parent = fs_loc.parent
    offset = 0
    if parent is not None and parent.type == PARTITION:
        try:
            offset = opened.partitions[parent.path][0]
        except KeyError:
            raise OSError(f"image has no partition {parent.path.decode()!r}") from None
    return opened.filesystem(offset)


def open_tsk_file(entry: SourceEntry) -> BinaryIO:
    """Opener for ``tsk`` locators: the file's data attribute, read through the image."""
    t = _tsk()
    fs_loc = entry.locator.parent
    if fs_loc is None or fs_loc.type != FS:
        raise SourceError(f"tsk locator without a file-system layer: {entry.locator.key()}")
    spec, sep, _path = entry.locator.path.partition(b":")
    try:
        parts = [int(p) for p in spec.split(b"-")]
    except ValueError:
        parts = []
    if not sep or len(parts) not in (1, 3):
        raise SourceError(f"malformed tsk locator {entry.locator.path!r}")
    filesystem = _filesystem_for(fs_loc, entry.fs_path)
    f = filesystem.open_meta(inode=parts[0])
    if len(parts) == 3:
        attr_type, attr_id = parts[1], parts[2]
        size = next(
            (
                int(a.info.size)
                for a in f
                if int(a.info.type) == attr_type and int(a.info.id) == attr_id
            ),
            None,
        )
        if size is None:
            raise OSError(f"no attribute {attr_type}-{attr_id} at address {parts[0]}")
    else:
        attr_type, attr_id = int(t.TSK_FS_ATTR_TYPE_DEFAULT), -1
        size = int(f.info.meta.size)
    raw = _TskReader(f, attr_type, attr_id, size)
    return io.BufferedReader(raw, _READ_BUFFER)


# --- verification --------------------------------------------------------------------------

_ALGORITHMS = ("md5", "sha1", "sha256")


@dataclass(frozen=True, slots=True)
class Check:
    """One expected hash against the one computed; ``source`` says where it came from."""

    algorithm: str
    expected: str
    computed: str
    source: str

    @property
    def ok(self) -> bool:
        return self.expected == self.computed


@dataclass(frozen=True, slots=True)
class Verification:
    """The result of hashing an image's media data against what it should be."""

    kind: str
    bytes_read: int
    checks: tuple[Check, ...]
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.checks) and all(c.ok for c in self.checks)


def verify_image(
    path: bytes, given: dict[str, str] | None = None, chunk: int = 4 * 1024 * 1024
) -> Verification:
    """Hash the media data of the image at ``path`` (all segments) in one pass and compare
    it with the acquisition hashes an E01 stores and with ``given`` (algorithm → hex).

    For a raw image the media data is the concatenated segments; any other single file is
    hashed as it is. ``SourceError`` when there is nothing to compare with.
    """
    given = {k.lower(): v.lower() for k, v in (given or {}).items()}
    for algorithm in given:
        if algorithm not in _ALGORITHMS:
            raise SourceError(f"unknown hash algorithm {algorithm!r}; use md5, sha1 or sha256")
    kind = image_kind(path)
    reader: ImageReader = EwfImage(path) if kind == EWF else RawImage(tuple(split_segments(path)))
    try:
        stored = reader.stored_hashes() if isinstance(reader, EwfImage) else {}
        stored = {k: v for k, v in stored.items() if k in _ALGORITHMS}
        if not stored and not given:
            raise SourceError(
                f"{os.fsdecode(path)!r} stores no acquisition hash; give one with --hash ALGO:HEX"
            )
        wanted = sorted(set(stored) | set(given))
        digests = {a: hashlib.new(a) for a in wanted}
        offset = 0
        error = None
        while offset < reader.size:
            try:
                data = reader.read(offset, min(chunk, reader.size - offset))
            except OSError as exc:
                error = f"read error at byte {offset}: {_tsk_message(exc)}"
                break
            if not data:
                error = f"image ends at byte {offset}, before its media size {reader.size}"
                break
            for digest in digests.values():
                digest.update(data)
            offset += len(data)
        computed = {a: d.hexdigest() for a, d in digests.items()}
        checks = [
            Check(a, v, computed[a], "stored in the image") for a, v in sorted(stored.items())
        ]
        checks += [Check(a, v, computed[a], "given") for a, v in sorted(given.items())]
        return Verification(kind, offset, tuple(checks), error)
    finally:
        reader.close()
