"""The folder source: walks a seized file system (mounted read-only or copied) without
following links, and yields every entry with its exact raw name as provenance.

Nothing is written and no link is followed: symbolic links, sockets, FIFOs and devices
are yielded as entries to exclude, with the reason, so that every item is accounted for.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cairn.errors import SourceError
from cairn.model import Locator

__all__ = ["NAME", "SourceEntry", "open_readonly", "walk_folder"]

NAME = "folder"


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One entry of a source, small and picklable so it can travel to a worker.

    ``excluded``/``failed``/``damaged`` carry the reason; otherwise the entry has content,
    which ``cairn.sources.open_entry`` opens by the locator's type. ``fs_path`` is the path
    on this machine of the file (or of the outermost container) the locator starts from.
    ``deleted`` marks content recovered from a deleted file-system entry. ``damaged`` marks
    content a source refuses to read because it is hostile or broken (a decompression bomb,
    a member cut short by a truncated archive): it ends ``damaged`` and is never opened.
    """

    locator: Locator
    fs_path: bytes
    size: int | None = None
    excluded: str | None = None
    failed: str | None = None
    deleted: bool = False
    damaged: str | None = None


def special_file_reason(mode: int) -> str | None:
    """Why an entry of this mode is not read as content (links are never followed), or None
    for a regular file. Shared by every source that meets file-system modes."""
    if stat.S_ISLNK(mode):
        return "symbolic link (not followed)"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISDOOR(mode) or stat.S_ISPORT(mode) or stat.S_ISWHT(mode):
        return "special file"
    return None


def walk_folder(root: Path | str | bytes) -> Iterator[SourceEntry]:
    """Yield every entry below ``root`` in a stable (sorted by raw name) order.

    A ``root`` that is a regular file is an exhibit of one item. Directories that cannot be
    listed are yielded as failed entries, and the walk goes on.
    """
    root_b = os.fsencode(root)
    try:
        st = os.lstat(root_b)
    except OSError as exc:
        raise SourceError(f"cannot read exhibit {os.fsdecode(root_b)!r}: {exc.strerror}") from exc
    if stat.S_ISREG(st.st_mode):
        name = os.path.basename(root_b)
        yield SourceEntry(Locator(NAME, name), root_b, size=st.st_size)
        return
    if not stat.S_ISDIR(st.st_mode):
        raise SourceError(f"exhibit {os.fsdecode(root_b)!r} is not a folder or a regular file")
    yield from _walk(root_b, b"")


def _walk(base: bytes, rel: bytes) -> Iterator[SourceEntry]:
    directory = os.path.join(base, rel) if rel else base
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield SourceEntry(
            Locator(NAME, rel or b"."), directory, failed=f"cannot list directory: {exc.strerror}"
        )
        return
    for entry in entries:
        name = entry.name
        rel_path = os.path.join(rel, name) if rel else name
        locator = Locator(NAME, rel_path)
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError as exc:
            yield SourceEntry(locator, entry.path, failed=f"cannot stat: {exc.strerror}")
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(base, rel_path)
            continue
        if stat.S_ISREG(st.st_mode):
            yield SourceEntry(locator, entry.path, size=st.st_size)
            continue
        yield SourceEntry(
            locator,
            entry.path,
            size=None,
            excluded=special_file_reason(st.st_mode) or "not a regular file",
        )


def open_readonly(path: bytes) -> int:
    """Open evidence for reading only, never following a link, without updating atime
    where the platform allows it (O_NOATIME needs ownership; fall back without it)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    noatime = getattr(os, "O_NOATIME", 0)
    if noatime:
        try:
            return os.open(path, flags | noatime)
        except PermissionError:
            pass
    return os.open(path, flags)
