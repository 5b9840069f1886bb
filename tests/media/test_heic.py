"""HEIF/HEIC, what most phones save photos as: identified by content, decoded for PDQ and
EXIF through pillow-heif, damaged files recorded with their reason, and a HEIC copy of a
listed image found by PDQ during ingest. Every image is generated (benign drawings)."""

from __future__ import annotations

import csv
import hashlib
import io
import random
from pathlib import Path

import pytest
from PIL import Image

from cairn.errors import DamagedMedia
from cairn.media import analyse_image, identify
from cairn.settings import Settings
from cairn.testing.exhibit import drawing

from helpers.cli import cairn, triage_json

SETTINGS = Settings()


def _encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def _distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _camera_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 15"
    exif.get_ifd(0x8769)[0x9003] = "2024:05:06 07:08:09"
    return exif


def test_heic_is_an_image_by_content_whatever_its_name() -> None:
    data = _encode(drawing(random.Random(1)), "HEIF", quality=80)
    found = identify(data[:4096])
    assert (found.mime, found.kind) == ("image/heic", "image")


@pytest.mark.parametrize("seed", [2, 3, 4])
def test_heic_pdq_is_close_to_the_lossless_original(seed: int) -> None:
    # HEVC is lossy: the HEIC's PDQ is compared with the PNG of the same drawing, within the
    # distance a re-encoded copy is expected to keep (well inside the match threshold of 31).
    image = drawing(random.Random(seed))
    original = analyse_image(_encode(image, "PNG"), SETTINGS)
    heic = analyse_image(_encode(image, "HEIF", quality=85), SETTINGS)
    assert (heic.width, heic.height) == image.size
    assert heic.pdq_quality >= 50
    assert _distance(heic.pdq, original.pdq) <= 16


def test_heic_exif_camera_and_time_are_kept() -> None:
    data = _encode(drawing(random.Random(5)), "HEIF", quality=80, exif=_camera_exif().tobytes())
    facts = analyse_image(data, SETTINGS)
    assert (facts.exif.make, facts.exif.model) == ("Apple", "iPhone 15")
    assert facts.exif.original_time == "2024:05:06 07:08:09"


def test_truncated_heic_is_damaged_with_a_reason() -> None:
    data = _encode(drawing(random.Random(6)), "HEIF", quality=80)
    with pytest.raises(DamagedMedia) as caught:
        analyse_image(data[: len(data) // 2], SETTINGS)
    assert str(caught.value)


def test_heic_over_the_pixel_limit_is_refused_before_decoding() -> None:
    data = _encode(drawing(random.Random(7)), "HEIF", quality=80)
    with pytest.raises(DamagedMedia, match="pixel"):
        analyse_image(data, Settings(max_image_pixels=1000))


def test_heic_copy_of_a_listed_image_is_known_material(tmp_path: Path) -> None:
    image = drawing(random.Random(8))
    listed = analyse_image(_encode(image, "PNG"), SETTINGS).pdq
    exhibit = tmp_path / "phone"
    exhibit.mkdir()
    (exhibit / "IMG_0001.HEIC").write_bytes(_encode(image, "HEIF", quality=85))
    (exhibit / "IMG_0002.HEIC").write_bytes(_encode(drawing(random.Random(9)), "HEIF", quality=85))
    hashes = tmp_path / "listed.csv"
    with hashes.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sha256", "pdq", "category", "scheme"])
        writer.writerow([hashlib.sha256(b"elsewhere").hexdigest(), listed, "C", "uk"])
    home = tmp_path / "home"
    cairn(home, "case", "create", "c")
    cairn(home, "hashset", "import", str(hashes), "--name", "listed")
    cairn(home, "ingest", str(exhibit), "--case", "c", "--exhibit", "E")
    report = triage_json(home, "c")
    assert report["known_material"]["files"] == 1
    [item] = report["known_material"]["items"]
    assert item["path"].endswith("IMG_0001.HEIC")
    assert item["matches"][0]["kind"] == "pdq"
