"""Decode an image from memory, refuse bombs, and compute its PDQ hash and EXIF facts.

Policy (docs/media.md explains each choice):

* **Limits before decoding.** The size in the header is checked against
  ``settings.max_image_pixels`` before a single pixel is decoded. ICO/CUR and WebP are
  checked from their bytes even before ``Image.open``, because opening them already
  allocates (an icon's directory can claim 16x16 while the PNG inside is 40000x40000).
  Pillow's own global guard (``Image.MAX_IMAGE_PIXELS``) is switched off when this module is
  imported, because it would refuse at Pillow's default instead of the configured limit and
  would not say the dimensions; if anything turns it back on, its error is still reported
  as :class:`~cairn.errors.DamagedMedia`. Truncated files are never "repaired"
  (``ImageFile.LOAD_TRUNCATED_IMAGES`` stays off): a truncated file is reported as damaged.
* **Only known formats.** Pillow is given only the formats ``cairn.media.filetype`` calls
  images, so hostile input never reaches Pillow's long tail of plugins.
* **Every mode to RGB with ``Image.convert("RGB")``**, the same call the reference values in
  the test data were made with (alpha is dropped, not composited). The exceptions, where
  ``convert`` clips instead of scaling: 16-bit greyscale (``I;16*``, and ``I`` holding values
  up to 65535) is scaled to 8 bits as ``round(v / 257)``; ``F`` in ``[0, 1]`` is scaled by
  255; ``I``/``F`` outside those ranges are stretched from their minimum to their maximum.
  Multi-frame files (GIF, APNG, WebP, TIFF, MPO) are hashed on their first frame.
* **No EXIF transpose.** The pixels are hashed as stored, as the C++ reference and the
  common hash lists do; an orientation tag does not change the hash.
* **Fast path** (``fast=True``): JPEGs are decoded at the smallest DCT scale (1/2, 1/4 or
  1/8) whose both sides stay at least 512 pixels. PDQ downsamples to 64x64 anyway; the hash
  moves a few bits (measured in tests/media/test_image.py) for a several-fold speed-up. A
  colour JPEG decoded at reduced scale is decoded to its luma plane only (libjpeg skips the
  chroma IDCT, upsampling and colour conversion): PDQ hashes luma, and the JPEG's own Y is
  that luma before RGB rounding, so the hash stays as close to the full decode (same drift on
  the test corpus) for 5-10 % less work. bench/RESULTS.md has the measurements.
* **Greyscale is hashed as RGB with three equal channels**, which is what ``convert("RGB")``
  gives, without making the copy: the PDQ value is the same to the bit.

Everything here is pure: bytes and settings in, a record out, no I/O and no printing.
"""

from __future__ import annotations

import io
import math
import numbers
import re
import struct
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pdqhash
from PIL import Image, UnidentifiedImageError

from cairn.errors import DamagedMedia
from cairn.media.filetype import pillow_formats
from cairn.model import Exif, MediaFacts
from cairn.settings import Settings

__all__ = ["FAST_MIN_SIDE", "analyse_image", "pdq_from_image", "pdq_hex", "read_exif", "to_rgb"]

# Cairn applies settings.max_image_pixels itself, from the header, with the dimensions in the
# message. Pillow's process-wide guard would fire first (at its own default, 2 x 89 MP).
Image.MAX_IMAGE_PIXELS = None

# Side of the smallest JPEG draft the fast path accepts: PDQ works on a 64x64 downsample and
# upstream advises 512 px as plenty (facebook/ThreatExchange#209).
FAST_MIN_SIDE = 512

# What Pillow and its codecs raise on damaged or hostile input (UnidentifiedImageError and
# "image file is truncated" are OSErrors; the AVIF codec raises RuntimeError). MemoryError is
# left alone on purpose: with the pixel limit in force it means the machine is short of
# memory, not that the file is bad.
_DECODE_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    SyntaxError,
    ValueError,
    TypeError,
    IndexError,
    KeyError,
    EOFError,
    struct.error,
    ZeroDivisionError,
    OverflowError,
    RuntimeError,
    Image.DecompressionBombError,
    Image.DecompressionBombWarning,
)

_FORMATS = pillow_formats()
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


# --- PDQ ------------------------------------------------------------------------------------


def pdq_hex(bits: Sequence[int] | np.ndarray[Any, Any]) -> str:
    """The 256 PDQ bits as 64 hex digits, printed the way upstream tools print them.

    Equal to ``"%064x" % int("".join(map(str, bits)), 2)``: the first bit is the most
    significant, so the first hex digit holds bits 0-3.
    """
    array = np.asarray(bits)
    if array.shape != (256,) or not np.isin(array, (0, 1)).all():
        raise ValueError(f"PDQ needs 256 bits of 0 or 1, got shape {array.shape}")
    return np.packbits(array.astype(np.uint8)).tobytes().hex()


def _pixels(img: Image.Image) -> np.ndarray[Any, Any]:
    width, height = img.size
    if width == 0 or height == 0:
        raise DamagedMedia(f"empty image: {width}x{height}")
    if img.mode == "L":
        luma = np.asarray(img)
        return np.broadcast_to(luma[:, :, np.newaxis], (height, width, 3))
    return np.asarray(to_rgb(img))


def pdq_dihedral_from_image(img: Image.Image) -> tuple[str, tuple[str, ...], int]:
    """The PDQ hash of the image and of its 7 rotations and flips (one DCT, pdqhash's
    ``compute_dihedral``), in the order of ``DIHEDRAL_NAMES``, and the quality."""
    hashes, quality = pdqhash.compute_dihedral(_pixels(img))
    hexes = [pdq_hex(bits) for bits in hashes]
    return hexes[0], tuple(hexes[1:]), int(quality)


def pdq_from_image(img: Image.Image) -> tuple[str, int]:
    """PDQ hash (hex) and quality (0-100) of a decoded image, converted to RGB first."""
    width, height = img.size
    if width == 0 or height == 0:
        raise DamagedMedia(f"empty image: {width}x{height}")
    if img.mode == "L":
        # Equal to convert("RGB") (three equal channels), without the copy.
        luma = np.asarray(img)
        pixels = np.broadcast_to(luma[:, :, np.newaxis], (height, width, 3))
    else:
        pixels = np.asarray(to_rgb(img))
    bits, quality = pdqhash.compute(pixels)
    return pdq_hex(bits), int(quality)


# --- mode conversion ----------------------------------------------------------------------


def _grey(values: np.ndarray[Any, Any]) -> Image.Image:
    return Image.fromarray(values.astype(np.uint8)).convert("RGB")


def _from_16bit(values: np.ndarray[Any, Any]) -> Image.Image:
    # round(v / 257) is the exact inverse of 8 -> 16-bit expansion (v * 257).
    return _grey((values.astype(np.uint32) + 128) // 257)


def _stretch(values: np.ndarray[Any, Any]) -> Image.Image:
    low, high = float(values.min()), float(values.max())
    if high <= low:
        return _grey(np.zeros(values.shape, dtype=np.uint8))
    scaled = (values.astype(np.float64) - low) * (255.0 / (high - low))
    return _grey(np.rint(scaled))


def to_rgb(img: Image.Image) -> Image.Image:
    """Decode ``img`` (if not yet) and return it as 8-bit RGB; see the module docstring."""
    mode = img.mode
    if mode == "RGB":
        img.load()
        return img
    if mode.startswith("I;16"):
        return _from_16bit(np.asarray(img))
    if mode == "I":
        ints = np.asarray(img)
        low, high = int(ints.min(initial=0)), int(ints.max(initial=0))
        if low >= 0 and high <= 255:
            return img.convert("RGB")
        if low >= 0 and high <= 65535:
            return _from_16bit(ints)
        return _stretch(ints)
    if mode == "F":
        floats = np.nan_to_num(np.asarray(img), nan=0.0, posinf=0.0, neginf=0.0)
        low_f, high_f = float(floats.min(initial=0.0)), float(floats.max(initial=0.0))
        if low_f >= 0.0 and high_f <= 1.0:
            return _grey(np.rint(floats * 255.0))
        if low_f >= 0.0 and high_f <= 255.0:
            return _grey(np.rint(floats))
        return _stretch(floats)
    if mode == "La":  # premultiplied; Pillow has no direct La -> RGB
        return img.convert("LA").convert("RGB")
    return img.convert("RGB")


# --- EXIF ---------------------------------------------------------------------------------

_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_MAKE, _MODEL, _CAMERA_SERIAL_DNG = 0x010F, 0x0110, 0xC62F
_BODY_SERIAL, _DATETIME_ORIGINAL = 0xA431, 0x9003
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON = 1, 2, 3, 4
_EXIF_ERRORS: tuple[type[BaseException], ...] = (*_DECODE_ERRORS, AttributeError)
_MAX_TEXT = 256


def _text(value: object) -> str | None:
    """An EXIF ASCII value as text: up to the first NUL, trimmed; ``None`` if empty."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return None
    text = value.lstrip("\x00").split("\x00", 1)[0].strip()
    return text[:_MAX_TEXT] or None


def _number(value: object) -> float:
    """A rational (Pillow's IFDRational, or a (numerator, denominator) pair) as a float."""
    if isinstance(value, tuple) and len(value) == 2:
        return float(value[0]) / float(value[1])
    if isinstance(value, numbers.Real):  # int, float and IFDRational (a numbers.Rational)
        return float(value)
    raise TypeError(f"not a number: {type(value).__name__}")


def _coordinate(
    value: object, ref: object, positive: str, negative: str, limit: float
) -> float | None:
    """Signed decimal degrees from EXIF degrees/minutes/seconds and a hemisphere letter.

    Anything malformed (no or unknown reference, zero denominators, minutes >= 60, beyond
    +-limit) gives ``None``: a wrong position is worse than none.
    """
    hemisphere = _text(ref)
    if hemisphere is None or hemisphere.upper()[:1] not in (positive, negative):
        return None
    parts = value if isinstance(value, (tuple, list)) else (value,)
    if not 1 <= len(parts) <= 3:
        return None
    try:
        numbers = [_number(part) for part in parts]
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    if not all(math.isfinite(n) and n >= 0 for n in numbers):
        return None
    if any(n >= 60 for n in numbers[1:]):
        return None
    degrees = sum(n / 60.0**i for i, n in enumerate(numbers))
    if degrees > limit:
        return None
    sign = -1.0 if hemisphere.upper()[:1] == negative else 1.0
    return round(sign * degrees, 7)


def _sub_ifd(exif: Image.Exif, tag: int) -> Mapping[int, Any]:
    try:
        ifd = exif.get_ifd(tag)
    except _EXIF_ERRORS:
        return {}
    return ifd if isinstance(ifd, Mapping) else {}


def read_exif(img: Image.Image) -> Exif:
    """Camera make, model, serial, original time and GPS position; never raises.

    EXIF is evidence about where and with what a picture was taken, but it is also the part
    of a file most often malformed; a bad tag loses that tag, never the image.
    """
    try:
        exif = img.getexif()
    except _EXIF_ERRORS:
        return Exif()
    try:
        ifd0: Mapping[int, Any] = dict(exif)
    except _EXIF_ERRORS:
        ifd0 = {}
    sub = _sub_ifd(exif, _EXIF_IFD)
    gps = _sub_ifd(exif, _GPS_IFD)
    return Exif(
        make=_text(ifd0.get(_MAKE)),
        model=_text(ifd0.get(_MODEL)),
        serial=_text(sub.get(_BODY_SERIAL)) or _text(ifd0.get(_CAMERA_SERIAL_DNG)),
        original_time=_text(sub.get(_DATETIME_ORIGINAL)),
        gps_latitude=_coordinate(gps.get(_GPS_LAT), gps.get(_GPS_LAT_REF), "N", "S", 90.0),
        gps_longitude=_coordinate(gps.get(_GPS_LON), gps.get(_GPS_LON_REF), "E", "W", 180.0),
    )


# --- decoding -----------------------------------------------------------------------------


def _check_pixels(width: int, height: int, limit: int, what: str = "") -> None:
    pixels = width * height
    if pixels > limit:
        raise DamagedMedia(
            f"decompression bomb: {what}{width}x{height} = {pixels:,} pixels "
            f"exceeds max_image_pixels {limit:,}"
        )


def _check_icon_entries(data: bytes, limit: int) -> None:
    """Every image inside an ICO/CUR: Pillow decodes one while *opening* the file."""
    (count,) = struct.unpack_from("<H", data, 4)
    for index in range(count):
        entry = 6 + 16 * index
        if entry + 16 > len(data):
            return
        (offset,) = struct.unpack_from("<I", data, entry + 12)
        if data[offset : offset + 8] == _PNG_MAGIC and offset + 24 <= len(data):
            width, height = struct.unpack_from(">II", data, offset + 16)
        elif offset + 12 <= len(data):
            width, height = struct.unpack_from("<ii", data, offset + 4)
            width, height = abs(width), abs(height) // 2  # height counts the AND mask
        else:
            continue
        _check_pixels(width, height, limit, f"icon entry {index} ")


def _webp_canvas(data: bytes) -> tuple[int, int] | None:
    """WebP canvas size from the first chunk header (VP8X, VP8 or VP8L)."""
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        return width, int.from_bytes(data[27:30], "little") + 1
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack_from("<HH", data, 26)
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        (bits,) = struct.unpack_from("<I", data, 21)
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _check_before_open(data: bytes, limit: int) -> None:
    """Sizes that must be checked before ``Image.open``, because opening already allocates:
    Pillow decodes an icon's image in ``open``, and libwebp allocates the whole canvas when
    its decoder is created."""
    if data[:4] in (b"\x00\x00\x01\x00", b"\x00\x00\x02\x00") and len(data) >= 6:
        _check_icon_entries(data, limit)
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        canvas = _webp_canvas(data)
        if canvas is not None:
            _check_pixels(*canvas, limit)


def _draft_for_fast(img: Image.Image) -> None:
    """Ask the JPEG decoder for the smallest DCT scale whose both sides stay >= 512 px.

    Pillow's ``draft`` picks the largest scale s in (8, 4, 2, 1) with
    ``s <= min(width // 512, height // 512)``, which is exactly that. A colour JPEG is asked
    for its luma only (``L``): Pillow grants that for YCbCr and RGB JPEGs and keeps CMYK as
    it is, which ``to_rgb`` converts as usual.
    """
    if img.format in ("JPEG", "MPO") and min(img.size) >= 2 * FAST_MIN_SIDE:
        img.draft("L", (FAST_MIN_SIDE, FAST_MIN_SIDE))


_PARENTHESISED_TAIL = re.compile(r"\s*\([^)]*\)\s*$")


def _reason(exc: BaseException) -> str:
    """A short, stable reason for the item's status; no file content beyond a few bytes."""
    if isinstance(exc, UnidentifiedImageError):
        return "cannot decode image: not a supported image format"
    message = "".join(c if c.isprintable() else "?" for c in str(exc))[:160]
    if isinstance(exc, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
        return f"decompression bomb: {message}"
    if "truncated" in message.lower():
        return f"truncated image: {_PARENTHESISED_TAIL.sub('', message)}"
    return f"cannot decode image: {message or type(exc).__name__}"


def analyse_image(
    data: bytes, settings: Settings, *, fast: bool = False, dihedral: bool = False
) -> MediaFacts:
    """Decode an image held in memory; return its size, PDQ hash and quality, and EXIF.

    Args:
        data: the whole file content.
        settings: ``max_image_pixels`` is enforced from the header, before decoding.
        fast: decode JPEGs at a reduced DCT scale (see the module docstring).

    Raises:
        DamagedMedia: unrecognised, truncated, corrupt, empty or over the pixel limit.
    """
    try:
        with warnings.catch_warnings():
            # Pillow warns about odd but decodable files (palette transparency, EXIF oddities);
            # stages never print. A re-enabled bomb guard becomes an error, not a warning.
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            _check_before_open(data, settings.max_image_pixels)
            with Image.open(io.BytesIO(data), formats=_FORMATS) as img:
                width, height = img.size
                if width == 0 or height == 0:
                    raise DamagedMedia(f"empty image: {width}x{height}")
                _check_pixels(width, height, settings.max_image_pixels)
                if fast:
                    _draft_for_fast(img)
                decoded = img if img.mode == "L" else to_rgb(img)
                decoded.load()
                reduced = decoded.size != (width, height)
                exif = read_exif(img)
                turned: tuple[str, ...] = ()
                if dihedral:
                    pdq, turned, quality = pdq_dihedral_from_image(decoded)
                else:
                    pdq, quality = pdq_from_image(decoded)
    except _DECODE_ERRORS as exc:
        raise DamagedMedia(_reason(exc)) from exc
    return MediaFacts(
        width=width,
        height=height,
        pdq=pdq,
        pdq_quality=quality,
        exif=exif,
        reduced=reduced,
        dihedral=turned,
    )
