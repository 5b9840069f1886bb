"""Thumbnails: made from the evidence, content-addressed, protected by default, and never
made from a bomb or from evidence that no longer has its stored hash."""

from __future__ import annotations

import hashlib
import io
import json
import random
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from cairn.settings import Settings
from cairn.testing.exhibit import drawing
from cairn.web.thumbnails import Source, Thumbnailer, ThumbnailUnavailable, protect


def _folder_source(folder: Path, name: str, data: bytes) -> Source:
    (folder / name).write_bytes(data)
    locator = json.dumps({"path": name, "type": "folder"}, separators=(",", ":"))
    return Source(str(folder), locator, hashlib.sha256(data).hexdigest())


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def test_renderings_are_cached_by_content(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    evidence.mkdir()
    source = _folder_source(evidence, "a.jpg", _jpeg(drawing(random.Random(3), 800, 600)))
    maker = Thumbnailer(tmp_path / "derived", Settings())
    shield = maker.get(source, "thumb", clear=False)
    assert shield == tmp_path / "derived" / "thumbs" / source.sha256[:2] / (
        f"{source.sha256}-256-shield.jpg"
    )
    clear = maker.get(source, "thumb", clear=True)
    assert clear.is_file() and Image.open(clear).size == (256, 192)
    # Cached: the evidence may go away, the rendering stays.
    (evidence / "a.jpg").unlink()
    assert maker.get(source, "thumb", clear=False) == shield
    with pytest.raises(ThumbnailUnavailable, match="cannot be read"):
        maker.get(source, "view", clear=False)


def test_changed_evidence_is_refused(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    evidence.mkdir()
    source = _folder_source(evidence, "a.jpg", _jpeg(drawing(random.Random(4))))
    (evidence / "a.jpg").write_bytes(_jpeg(drawing(random.Random(5))))
    with pytest.raises(ThumbnailUnavailable, match="no longer has the stored SHA-256"):
        Thumbnailer(tmp_path / "derived", Settings()).get(source, "thumb", clear=False)


def test_a_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    evidence.mkdir()
    source = _folder_source(evidence, "bomb.png", _png_header_only(60_000, 60_000))
    maker = Thumbnailer(tmp_path / "derived", Settings().with_values(max_image_pixels=1_000_000))
    with pytest.raises(ThumbnailUnavailable, match="max_image_pixels"):
        maker.get(source, "thumb", clear=True)
    assert not (tmp_path / "derived" / "thumbs").exists() or not any(
        (tmp_path / "derived" / "thumbs").rglob("*.jpg")
    )


def test_the_protected_rendering_hides_detail(tmp_path: Path) -> None:
    image = drawing(random.Random(6), 256, 192)
    shield = protect(image)
    assert shield.mode == "L" and shield.size == image.size
    grey = np.asarray(image.convert("L"), dtype=np.float64)
    blurred = np.asarray(shield, dtype=np.float64)
    # Sharp edges (large steps between neighbouring pixels) are all gone.
    sharp = np.percentile(np.abs(np.diff(grey, axis=1)), 99.5)
    left = np.abs(np.diff(blurred, axis=1)).max()
    assert sharp > 40 and left < sharp / 4
