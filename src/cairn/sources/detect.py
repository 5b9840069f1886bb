"""What an exhibit or a container is, decided from its content, never from its name alone.

Names only help where content cannot: the segments of a split raw image (``.001``,
``.002``…) are found by name once the first segment's content says it is a disk.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from dataclasses import dataclass

from cairn.errors import SourceError
from cairn.sources.folder import open_readonly

__all__ = [
    "ANDROID_DUMP",
    "CONTAINER_KINDS",
    "EWF",
    "EXHIBIT_KINDS",
    "FILE",
    "FOLDER",
    "HEAD_BYTES",
    "IOS_DUMP",
    "RAW",
    "UFDR",
    "Detected",
    "detect_exhibit",
    "looks_like_volume",
    "read_head",
    "sniff_container",
    "split_segments",
    "ufdr_report_name",
]

FOLDER = "folder"
FILE = "file"
IOS_DUMP = "ios_dump"
ANDROID_DUMP = "android_dump"
RAW = "raw"
EWF = "ewf"
UFDR = "ufdr"
EXHIBIT_KINDS = (FOLDER, FILE, IOS_DUMP, ANDROID_DUMP, RAW, EWF, UFDR)
"""The values of ``exhibits.source_type``."""

CONTAINER_KINDS = ("zip", "tar", "7z", "gzip", "bzip2", "xz")

HEAD_BYTES = 40 * 1024
"""Enough to see every signature checked here (ISO 9660's is at 32 KiB)."""

EWF_SIGNATURE = b"EVF\x09\x0d\x0a\xff\x00"
EWF2_SIGNATURE = b"EVF2\x0d\x0a\x81\x00"
LEF_SIGNATURES = (b"LVF\x09\x0d\x0a\xff\x00", b"LEF2\x0d\x0a\x81\x00")

_SEGMENT = re.compile(rb"^(?P<stem>.*\.)(?P<number>0*1)$")


def read_head(path: bytes, size: int = HEAD_BYTES) -> bytes:
    fd = open_readonly(path)
    try:
        return os.pread(fd, size, 0)
    finally:
        os.close(fd)


def sniff_container(head: bytes) -> str | None:
    """The archive or compression format ``head`` starts with, or ``None``."""
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "zip"
    if head[:6] == b"7z\xbc\xaf\x27\x1c":
        return "7z"
    if head[:2] == b"\x1f\x8b":
        return "gzip"
    if head[:3] == b"BZh" and head[3:4].isdigit():
        return "bzip2"
    if head[:6] == b"\xfd7zXZ\x00":
        return "xz"
    if head[257:262] == b"ustar":
        return "tar"
    return None


def looks_like_volume(head: bytes) -> bool:
    """A cheap first test for a disk or file-system image; The Sleuth Kit confirms it."""
    if head[510:512] == b"\x55\xaa":  # MBR, or a FAT/NTFS/exFAT boot sector
        return True
    if b"EFI PART" in (head[512:520], head[4096:4104]):
        return True
    if head[1080:1082] == b"\x53\xef":  # ext2/3/4 superblock magic
        return True
    if head[1024:1026] in (b"H+", b"HX"):  # HFS+ / HFSX
        return True
    if head[32:36] == b"NXSB":  # APFS container
        return True
    return head[32769:32774] == b"CD001"  # ISO 9660


def split_segments(path: bytes) -> list[bytes]:
    """``image.001`` → ``[image.001, image.002, …]`` as long as the numbers run on;
    any other name → ``[path]``."""
    match = _SEGMENT.match(path)
    if match is None:
        return [path]
    stem, width = match["stem"], len(match["number"])
    segments = [path]
    number = 2
    while True:
        candidate = stem + str(number).zfill(width).encode()
        try:
            st = os.stat(candidate)
        except OSError:
            break
        if not stat.S_ISREG(st.st_mode):
            break
        segments.append(candidate)
        number += 1
    return segments


def ufdr_report_name(path: bytes) -> str | None:
    """The name of the Cellebrite report at the root of a zip (``report.xml``, any case)."""
    try:
        with zipfile.ZipFile(os.fsdecode(path)) as archive:
            for name in archive.namelist():
                if name.lower() == "report.xml":
                    return name
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    return None


@dataclass(frozen=True, slots=True)
class Detected:
    """What an exhibit path holds: its kind and, for images, its segment files."""

    kind: str
    segments: tuple[bytes, ...] = ()


def detect_exhibit(path: bytes) -> Detected:
    """Decide the exhibit kind of ``path`` from content; ``SourceError`` if unreadable."""
    from cairn.sources.apps import detect_dump

    shown = os.fsdecode(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise SourceError(f"cannot read exhibit {shown!r}: {exc.strerror}") from exc
    if stat.S_ISDIR(st.st_mode):
        return Detected(detect_dump(path) or FOLDER)
    if not stat.S_ISREG(st.st_mode):
        raise SourceError(f"exhibit {shown!r} is not a folder or a regular file")
    try:
        head = read_head(path)
    except OSError as exc:
        raise SourceError(f"cannot read exhibit {shown!r}: {exc.strerror}") from exc
    if head.startswith(LEF_SIGNATURES):
        raise SourceError(
            f"exhibit {shown!r} is an EnCase logical evidence file (L01/Lx01); "
            "Cairn reads physical E01 images only"
        )
    if head.startswith((EWF_SIGNATURE, EWF2_SIGNATURE)):
        return Detected(EWF, (path,))
    if sniff_container(head) == "zip" and ufdr_report_name(path) is not None:
        return Detected(UFDR)
    if looks_like_volume(head):
        from cairn.sources.disk_image import probe_raw

        segments = tuple(split_segments(path))
        if probe_raw(segments):
            return Detected(RAW, segments)
    return Detected(FILE)
