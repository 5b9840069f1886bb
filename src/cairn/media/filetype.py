"""Identify a file by its content (magic bytes), never by its name.

A seized device is full of files whose names lie: ``holiday.txt`` may be a JPEG and
``video.jpg`` an MP4. :func:`identify` looks only at the first bytes of the content.

It uses the ``filetype`` package (h2non) as the base and puts stricter or missing checks in
front of it:

* ISO base media files (``ftyp``) are told apart by brand: MP4, QuickTime, 3GP/3G2, M4V,
  HEIF/HEIC, AVIF, M4A. ``filetype`` only knows a few brands.
* QuickTime files without ``ftyp`` (older cameras start with ``moov``/``mdat``/``wide``).
* MPEG transport streams (sync byte ``0x47`` every 188 bytes, or every 192 for M2TS) and
  MPEG program streams.
* Matroska/WebM by DocType, ASF by its header GUID (WMV vs WMA by stream type).
* BMP and ICO are checked beyond their two- and four-byte magic, which plain text and many
  binary files share; BigTIFF, CUR, raw JPEG 2000 codestreams and old (pre-POSIX) tar
  headers are recognised.

``kind`` says what the pipeline does next: ``image`` means Pillow in this installation can
decode it for PDQ (HEIF/HEIC, what most phones save photos as, through ``pillow-heif``'s
plugin, registered here; without it HEIC would be ``other``),
``video`` goes to frame extraction, ``archive`` is opened by a source, ``other`` is hashed
only.
"""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass
from typing import Literal

import filetype as _ft
from PIL import Image

__all__ = ["HEAD_BYTES", "FileType", "Kind", "identify", "pillow_formats"]

#: How many leading bytes :func:`identify` wants. ``filetype`` needs 261, tar 262, an MPEG
#: transport stream 377 (three packets), and Matroska's DocType or an ASF stream header can
#: sit a few KiB in.
HEAD_BYTES = 8192

Kind = Literal["image", "video", "archive", "other"]


@dataclass(frozen=True, slots=True)
class FileType:
    """What the content says the file is: MIME type, what to do with it, usual extension."""

    mime: str
    kind: Kind
    extension: str


UNKNOWN = FileType("application/octet-stream", "other", "bin")

# Image MIME type -> the Pillow format that decodes it. Only these formats are ever handed
# to Pillow (analyse_image passes them as ``formats=``), which keeps hostile input away from
# the long tail of Pillow plugins (EPS would even start Ghostscript).
_PILLOW_FORMAT_BY_MIME: dict[str, str] = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/apng": "PNG",
    "image/gif": "GIF",
    "image/bmp": "BMP",
    "image/webp": "WEBP",
    "image/tiff": "TIFF",
    "image/vnd.microsoft.icon": "ICO",
    "image/x-win-bitmap": "CUR",
    "image/vnd.adobe.photoshop": "PSD",
    "image/jp2": "JPEG2000",
    "image/jpx": "JPEG2000",
    "image/x-jp2-codestream": "JPEG2000",
    "image/avif": "AVIF",
    "image/heic": "HEIF",
    "image/heif": "HEIF",
}

_ARCHIVE_MIMES = frozenset(
    {
        "application/zip",
        "application/gzip",
        "application/x-bzip2",
        "application/x-xz",
        "application/x-7z-compressed",
        "application/x-tar",
        "application/vnd.rar",
        "application/zstd",
        "application/x-lzip",
        "application/x-lz4",
        "application/x-compress",
        "application/vnd.ms-cab-compressed",
    }
)

# filetype's names where a registered (IANA) name exists, so the store holds one spelling.
_MIME_ALIASES: dict[str, str] = {
    "application/x-rar-compressed": "application/vnd.rar",
    "application/x-sqlite3": "application/vnd.sqlite3",
    "image/x-icon": "image/vnd.microsoft.icon",
    "audio/x-wav": "audio/wav",
}


def _register_heif() -> None:
    """Let Pillow open HEIF/HEIC through ``pillow-heif`` (libheif + libde265, in its wheel).

    One decoder thread: the ingest pool already runs one worker per core, and libheif's
    default of four threads per worker would only make them fight over the same cores.
    """
    try:
        import pillow_heif
    except ImportError:  # pragma: no cover - a declared dependency; HEIC is then ``other``
        return
    pillow_heif.options.DECODE_THREADS = 1
    pillow_heif.register_heif_opener()


def _registered_pillow_formats() -> frozenset[str]:
    _register_heif()
    Image.init()
    return frozenset(f for f in _PILLOW_FORMAT_BY_MIME.values() if f in Image.OPEN)


_PILLOW_FORMATS = _registered_pillow_formats()


def pillow_formats() -> tuple[str, ...]:
    """The Pillow formats Cairn decodes, as ``Image.open(..., formats=...)`` wants them."""
    return tuple(sorted(_PILLOW_FORMATS))


def _kind(mime: str) -> Kind:
    fmt = _PILLOW_FORMAT_BY_MIME.get(mime)
    if fmt is not None:
        return "image" if fmt in _PILLOW_FORMATS else "other"
    if mime.startswith("video/"):
        return "video"
    if mime in _ARCHIVE_MIMES:
        return "archive"
    return "other"


def _make(mime: str, extension: str) -> FileType:
    mime = _MIME_ALIASES.get(mime, mime)
    return FileType(mime, _kind(mime), extension)


# --- ISO base media file format (MP4, MOV, 3GP, HEIF, AVIF, ...) -------------------------

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
_AVIF_BRANDS = {b"avif", b"avis"}
_M4A_BRANDS = {b"M4A ", b"M4B ", b"M4P "}


def _ftyp_brands(head: bytes) -> tuple[bytes, list[bytes]] | None:
    if len(head) < 12 or head[4:8] != b"ftyp":
        return None
    box_size = struct.unpack(">I", head[:4])[0]
    if box_size < 8 or box_size > 4096:
        return None
    end = min(box_size, len(head))
    compatible = [head[i : i + 4] for i in range(16, end - 3, 4)]
    return head[8:12], compatible


def _isobmff(head: bytes) -> FileType | None:
    brands = _ftyp_brands(head)
    if brands is None:
        return None
    major, compatible = brands
    every = [major, *compatible]
    # Still images first: a HEIF/AVIF file may also list 'mif1', 'miaf' or even 'iso8'.
    if major in _AVIF_BRANDS or (major in {b"mif1", b"msf1"} and _AVIF_BRANDS & set(every)):
        return _make("image/avif", "avif")
    if major in _HEIF_BRANDS or (major in {b"mif1", b"msf1"} and _HEIF_BRANDS & set(every)):
        return _make("image/heic", "heic")
    if major in {b"mif1", b"msf1"}:
        return _make("image/heif", "heif")
    if major == b"qt  ":
        return _make("video/quicktime", "mov")
    if major.startswith(b"3g2"):
        return _make("video/3gpp2", "3g2")
    if major.startswith((b"3gp", b"3ge", b"3gg", b"3gs")):
        return _make("video/3gpp", "3gp")
    if major in {b"M4V ", b"M4VH", b"M4VP"}:
        return _make("video/x-m4v", "m4v")
    if major in _M4A_BRANDS:
        return _make("audio/mp4", "m4a")
    if major == b"crx ":
        return _make("image/x-canon-cr3", "cr3")
    if major in {b"jp2 ", b"jpx ", b"jpm "}:
        return None  # JPEG 2000 family: handled by the signature-box check
    if major in {b"f4v ", b"F4V "}:
        return _make("video/x-f4v", "f4v")
    # isom, iso2-9, mp41, mp42, avc1, dash, mmp4, MSNV, NDAS, XAVC and the many camera
    # brands: all MPEG-4 video.
    return _make("video/mp4", "mp4")


_QT_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
_QT_NEXT_ATOMS = _QT_ATOMS | {b"ftyp", b"uuid", b"junk", b"PICT", b"meta"}


def _legacy_quicktime(head: bytes) -> FileType | None:
    """QuickTime without ``ftyp``: a known top-level atom, followed by another atom header."""
    if len(head) < 16 or head[4:8] not in _QT_ATOMS:
        return None
    size = struct.unpack(">I", head[:4])[0]
    if size == 1:  # 64-bit size follows: only large media data does this
        return _make("video/quicktime", "mov") if head[4:8] == b"mdat" else None
    if size < 8:
        return None
    if size + 8 <= len(head):
        if head[size + 4 : size + 8] in _QT_NEXT_ATOMS:
            return _make("video/quicktime", "mov")
        return None
    # The next atom lies beyond the head: trust only the atoms a movie starts with.
    return _make("video/quicktime", "mov") if head[4:8] in {b"moov", b"mdat"} else None


# --- other containers --------------------------------------------------------------------


def _riff(head: bytes) -> FileType | None:
    if len(head) < 12 or head[:4] not in {b"RIFF", b"RIFX"}:
        return None
    form = head[8:12]
    if form == b"WEBP":
        return _make("image/webp", "webp")
    if form in {b"AVI ", b"AVIX"}:
        return _make("video/x-msvideo", "avi")
    if form == b"WAVE":
        return _make("audio/wav", "wav")
    if form == b"CDXA":
        return _make("video/mpeg", "dat")  # Video CD: MPEG-1 program stream in RIFF
    return None


def _mpeg_ts(head: bytes) -> FileType | None:
    for first, step in ((0, 188), (4, 192)):
        if len(head) >= first + 2 * step + 1 and all(
            head[first + i * step] == 0x47 for i in range(3)
        ):
            return _make("video/mp2t", "ts" if step == 188 else "m2ts")
    return None


def _mpeg_ps(head: bytes) -> FileType | None:
    if head[:4] in {b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3"}:
        return _make("video/mpeg", "mpg")
    return None


def _ebml(head: bytes) -> FileType | None:
    if not head.startswith(b"\x1a\x45\xdf\xa3"):
        return None
    if b"\x42\x82\x84webm" in head:
        return _make("video/webm", "webm")
    return _make("video/x-matroska", "mkv")


_ASF_HEADER = uuid.UUID("75B22630-668E-11CF-A6D9-00AA0062CE6C").bytes_le
_ASF_VIDEO = uuid.UUID("BC19EFC0-5B4D-11CF-A8FD-00805F5C442B").bytes_le
_ASF_AUDIO = uuid.UUID("F8699E40-5B4D-11CF-A8FD-00805F5C442B").bytes_le


def _asf(head: bytes) -> FileType | None:
    if not head.startswith(_ASF_HEADER):
        return None
    if _ASF_VIDEO in head:
        return _make("video/x-ms-wmv", "wmv")
    if _ASF_AUDIO in head:
        return _make("audio/x-ms-wma", "wma")
    return _make("video/x-ms-asf", "asf")  # stream headers beyond the head: assume video


# --- stricter image checks ----------------------------------------------------------------

_BMP_DIB_SIZES = {12, 16, 40, 52, 56, 64, 108, 124}


def _bmp(head: bytes) -> FileType | None:
    """ "BM" plus a known DIB header size: plain text starting "BM" is not a bitmap."""
    dib_size = struct.unpack("<I", head[14:18])[0] if len(head) >= 18 else 0
    if head.startswith(b"BM") and dib_size in _BMP_DIB_SIZES:
        return _make("image/bmp", "bmp")
    return None


def _ico(head: bytes) -> FileType | None:
    """ICO/CUR: the four-byte magic is common in binary files, so check the first entry."""
    if head[:4] not in {b"\x00\x00\x01\x00", b"\x00\x00\x02\x00"} or len(head) < 22:
        return None
    count = struct.unpack("<H", head[4:6])[0]
    reserved = head[9]
    offset = struct.unpack("<I", head[18:22])[0]
    if count == 0 or reserved != 0 or offset < 6 + 16 * count:
        return None
    if head[2] == 1:
        return _make("image/vnd.microsoft.icon", "ico")
    return _make("image/x-win-bitmap", "cur")


def _tiff_family(head: bytes) -> FileType | None:
    if head[:4] in {b"II+\x00", b"MM\x00+"}:
        return _make("image/tiff", "tif")  # BigTIFF
    return None


_JP2_SIGNATURE = b"\x00\x00\x00\x0cjP  \r\n\x87\n"


def _jpeg2000(head: bytes) -> FileType | None:
    if head.startswith(_JP2_SIGNATURE):
        brand = head[20:24] if head[16:20] == b"ftyp" else b""
        if brand == b"jpx ":
            return _make("image/jpx", "jpf")
        if brand == b"jpm ":
            return _make("image/jpm", "jpm")
        return _make("image/jp2", "jp2")
    if head.startswith(b"\xff\x4f\xff\x51"):
        return _make("image/x-jp2-codestream", "j2k")
    return None


def _old_tar(head: bytes) -> FileType | None:
    """A tar header without the ``ustar`` magic (V7 tar), recognised by its checksum."""
    if len(head) < 512 or head[0] == 0:
        return None
    field = head[148:156]
    try:
        stored = int(field.replace(b"\x00", b" ").strip() or b"-1", 8)
    except ValueError:
        return None
    computed = sum(head[:148]) + 8 * 0x20 + sum(head[156:512])
    if stored == computed:
        return _make("application/x-tar", "tar")
    return None


_CHECKS = (_isobmff, _riff, _ebml, _asf, _mpeg_ps, _jpeg2000, _tiff_family, _bmp, _ico)
_LATE_CHECKS = (_mpeg_ts, _legacy_quicktime, _old_tar)

# filetype's own BMP and ICO matchers accept two or four bytes of magic; ours replace them.
_FT_MATCHERS = [m for m in _ft.types if m.extension not in {"bmp", "ico"}]


def identify(head: bytes) -> FileType:
    """Identify content from its first bytes (give at least :data:`HEAD_BYTES` if the file has
    them). Never raises; unknown content is ``application/octet-stream``."""
    head = bytes(head[:HEAD_BYTES])
    for check in _CHECKS:
        found = check(head)
        if found is not None:
            return found
    try:
        guess = _ft.match(head, _FT_MATCHERS)
    except (ValueError, IndexError, TypeError, struct.error):  # a matcher tripped on junk
        guess = None
    if guess is not None:
        if guess.extension == "eot":  # filetype gives no MIME type for it
            return _make("application/vnd.ms-fontobject", "eot")
        return _make(str(guess.mime), str(guess.extension))
    for late in _LATE_CHECKS:
        found = late(head)
        if found is not None:
            return found
    return UNKNOWN
