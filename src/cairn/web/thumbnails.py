"""Thumbnails made by the server from the evidence, cached by content under ``derived/``.

Two renderings of each image at each size: the *shield* (greyscale, reduced to a few dozen
pixels and blurred, so that shapes and layout can be told apart but not what is shown),
which is what everyone sees by default, and the *clear* one, which is served only after an
audited reveal (DESIGN invariant 6). Files are content-addressed by the item's SHA-256::

    derived/thumbs/ab/ab12...ef-256-shield.jpg
    derived/thumbs/ab/ab12...ef-256-clear.jpg

A video's rendering is its *contact sheet* (frames at even intervals, each labelled with its
time; :func:`cairn.media.video.contact_sheet`), shielded exactly like a still; it is named
``…-sheet-256-shield.jpg``. Audio is never decoded.

The bytes read from the evidence are hashed again and must match the stored SHA-256, so a
cache entry can never hold other content than its name says. Decoding follows the media
rules: only Cairn's image formats, and the pixel limit (``max_image_pixels``) is checked
from the header before any pixel is decoded, because :mod:`cairn.media.image` switches
Pillow's own guard off.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFilter, ImageOps

from cairn.errors import DamagedMedia
from cairn.media import image as _media_image
from cairn.media.filetype import pillow_formats
from cairn.media.image import to_rgb
from cairn.media.video import contact_sheet
from cairn.settings import Settings
from cairn.sources.reopen import open_item

__all__ = ["SIZES", "ThumbnailUnavailable", "Thumbnailer", "protect"]

#: Longest side in pixels of each rendering.
SIZES = {"thumb": 256, "view": 1024}

# The shield keeps this many pixels on its longest side before it is blown up and blurred.
_SHIELD_PIXELS = 12
# Frames on a video's contact sheet (4 columns, 3 rows).
_SHEET_FRAMES = 12
_READ = 1024 * 1024


class ThumbnailUnavailable(Exception):
    """No rendering can be made: the evidence is missing, changed, too large or damaged."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where an item's bytes are: the exhibit's source path and the item's locator key."""

    source_path: str
    locator: str
    sha256: str
    kind: str = "image"  # "video": the rendering is a contact sheet


def protect(image: Image.Image) -> Image.Image:
    """The protected rendering: greyscale, reduced to a few pixels, enlarged and blurred."""
    grey = ImageOps.grayscale(image)
    width, height = grey.size
    scale = _SHIELD_PIXELS / max(width, height)
    tiny = grey.resize(
        (max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.BOX
    )
    return tiny.resize((width, height), Image.Resampling.BILINEAR).filter(
        ImageFilter.GaussianBlur(radius=max(2.0, max(width, height) / 40))
    )


class Thumbnailer:
    """Makes and caches the renderings of a workspace's media."""

    def __init__(self, derived: Path, settings: Settings) -> None:
        self.root = derived / "thumbs"
        self.settings = settings

    def path(self, sha256: str, size: str, clear: bool, *, video: bool = False) -> Path:
        kind = "clear" if clear else "shield"
        sheet = "sheet-" if video else ""
        return self.root / sha256[:2] / f"{sha256}-{sheet}{SIZES[size]}-{kind}.jpg"

    def get(self, source: Source, size: str, clear: bool) -> Path:
        """The cached rendering, made (both kinds at once) on first use.

        Raises:
            ThumbnailUnavailable: the evidence cannot be read, has changed, or is not an
                image Cairn decodes within its limits.
        """
        if size not in SIZES:
            raise ValueError(f"unknown thumbnail size {size!r}")
        video = source.kind == "video"
        wanted = self.path(source.sha256, size, clear, video=video)
        if wanted.is_file():
            return wanted
        if video:
            clear_image = self._sheet(source, SIZES[size])
        else:
            clear_image = self._decode(self._read(source), SIZES[size])
        self._save(self.path(source.sha256, size, True, video=video), clear_image)
        self._save(self.path(source.sha256, size, False, video=video), protect(clear_image))
        return wanted

    def _sheet(self, source: Source, side: int) -> Image.Image:
        """A video's contact sheet, at most ``side`` pixels wide or high.

        The evidence is hashed in one pass (not held in memory: videos are large), then
        opened again for the frames; FFmpeg gets Cairn's limits (``video_*`` settings).
        """
        digest = hashlib.sha256()
        try:
            with open_item(source.source_path, source.locator) as handle:
                while chunk := handle.read(_READ):
                    digest.update(chunk)
        except OSError as exc:
            raise ThumbnailUnavailable(f"evidence cannot be read: {exc.strerror or exc}") from exc
        if digest.hexdigest() != source.sha256:
            raise ThumbnailUnavailable("the evidence no longer has the stored SHA-256")
        try:
            with open_item(source.source_path, source.locator) as handle:
                sheet = contact_sheet(
                    handle, _SHEET_FRAMES, self.settings, tile_width=max(64, side // 3)
                )
        except OSError as exc:
            raise ThumbnailUnavailable(f"evidence cannot be read: {exc.strerror or exc}") from exc
        except DamagedMedia as exc:
            raise ThumbnailUnavailable(str(exc)) from exc
        sheet.thumbnail((side, side), Image.Resampling.LANCZOS)
        return sheet

    def _read(self, source: Source) -> bytes:
        limit = self.settings.max_image_bytes
        digest = hashlib.sha256()
        chunks = []
        total = 0
        try:
            with open_item(source.source_path, source.locator) as handle:
                while chunk := handle.read(_READ):
                    total += len(chunk)
                    if total > limit:
                        raise ThumbnailUnavailable(f"larger than max_image_bytes {limit:,}")
                    digest.update(chunk)
                    chunks.append(chunk)
        except OSError as exc:
            raise ThumbnailUnavailable(f"evidence cannot be read: {exc.strerror or exc}") from exc
        if digest.hexdigest() != source.sha256:
            raise ThumbnailUnavailable("the evidence no longer has the stored SHA-256")
        return b"".join(chunks)

    def _decode(self, data: bytes, side: int) -> Image.Image:
        limit = self.settings.max_image_pixels
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                # Icons and WebP allocate while opening: their sizes are checked from the bytes.
                _media_image._check_before_open(data, limit)
                with Image.open(io.BytesIO(data), formats=pillow_formats()) as img:
                    width, height = img.size
                    if width == 0 or height == 0:
                        raise ThumbnailUnavailable("empty image")
                    if width * height > limit:
                        raise ThumbnailUnavailable(
                            f"{width}x{height} exceeds max_image_pixels {limit:,}"
                        )
                    if img.format in ("JPEG", "MPO"):
                        img.draft("RGB", (side, side))
                    rgb = to_rgb(img).copy()
        except ThumbnailUnavailable:
            raise
        except DamagedMedia as exc:
            raise ThumbnailUnavailable(str(exc)) from exc
        except (OSError, SyntaxError, ValueError, TypeError, IndexError, KeyError, EOFError) as exc:
            raise ThumbnailUnavailable(f"cannot decode: {type(exc).__name__}") from exc
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ThumbnailUnavailable("decompression bomb") from exc
        rgb.thumbnail((side, side), Image.Resampling.LANCZOS)
        return rgb

    def _save(self, path: Path, image: Image.Image) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=85)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".jpg")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(out.getvalue())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
