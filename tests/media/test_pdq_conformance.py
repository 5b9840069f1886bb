"""PDQ conformance: Cairn's image path against upstream and derived test vectors.

Vectors and images come from facebook/ThreatExchange (see tests/data/README.md, "pdq"). The
large files were not copied; they are read from the shared test data when it is present
(``CAIRN_PDQ_TESTDATA`` or ``../shared/testdata/pdq`` beside the checkout) and skipped otherwise.

Two rules, as upstream states them (tests/data/pdq/README in the shared copy):

* against the C++ reference (a different decoder) an implementation is correct if every
  image of quality >= 80 is within 10 bits;
* against pdqhash 0.2.8 + Pillow 13 with ``convert("RGB")`` (the same library and decoder)
  the hash must be identical.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from functools import cache
from pathlib import Path

import numpy as np
import pdqhash
import pytest
from PIL import Image

from cairn.media import analyse_image, pdq_hex
from cairn.model import MediaFacts
from cairn.settings import Settings

DATA = Path(__file__).resolve().parent.parent / "data" / "pdq"
SHARED = Path(
    os.environ.get("CAIRN_PDQ_TESTDATA")
    or Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "pdq"
)
DERIVED = "derived/computed_pdqhash-0.2.8_pillow-13.0.0.tsv"
SETTINGS = Settings()


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _locate(relative: str) -> Path:
    for root in (DATA, SHARED):
        if (root / relative).is_file():
            return root / relative
    pytest.skip(f"{relative} is neither in tests/data/pdq nor in the shared test data")


@cache
def _facts(relative: str) -> MediaFacts:
    return analyse_image(_locate(relative).read_bytes(), SETTINGS)


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def test_copied_files_match_manifest() -> None:
    rows = _rows("MANIFEST.tsv")
    assert rows, "MANIFEST.tsv lists the copied files"
    for row in rows:
        data = (DATA / row["local_path"]).read_bytes()
        assert len(data) == int(row["bytes"]), row["local_path"]
        assert hashlib.sha256(data).hexdigest() == row["sha256"], row["local_path"]


def test_copy_stays_small() -> None:
    total = sum(p.stat().st_size for p in DATA.rglob("*") if p.is_file())
    assert total < 8 * 1024 * 1024


# --- against the C++ reference (different decoder): <= 10 bits where quality >= 80 -------

_CPP = sorted(
    {
        (r["image"], r["expected_pdq_hex"])
        for r in _rows("expected_pdq.tsv")
        if r["implementation"].startswith("C++ pdq-photo-hasher")
    }
)


@pytest.mark.parametrize(("image", "expected"), _CPP, ids=[i for i, _ in _CPP])
def test_within_portability_rule_of_cpp_reference(image: str, expected: str) -> None:
    # Measured (pdqhash 0.2.8, Pillow 13.0.0): dih 2-8 bits, exif-rotn 0-4, labelme 0-2,
    # pen-and-coaster 4; max 8 at quality >= 80. Below 80: q0003 (quality 3) 12, q0004 2.
    facts = _facts(image)
    d = distance(facts.pdq, expected)
    if facts.pdq_quality >= 80:
        assert d <= 10, f"{image}: {d} bits from the C++ reference"
    else:
        assert d <= 31, f"{image}: low quality ({facts.pdq_quality}) but {d} bits off"


def test_cpp_reference_rows_present() -> None:
    assert len(_CPP) == 20  # 8 dih, 4 exif-rotn, 7 labelme, pen-and-coaster


# --- against pdqhash 0.2.8 + Pillow 13 (same decoder): identical ---------------------------

_DERIVED = [(r["image"], r["pdq_hex"], int(r["quality"])) for r in _rows(DERIVED)]
# pytx-resources/I16.png is a 16-bit greyscale PNG of uniform noise. convert("RGB") clips
# 16-bit values to 255, so the derived row (like python-threatexchange's) hashes an almost
# white image: quality 36. Cairn scales 16 -> 8 bits instead (module docstring of
# cairn.media.image): quality 100, 118 bits from the clipped hash. Tested separately below.
_DELIBERATE = {"pytx-resources/I16.png"}


@pytest.mark.parametrize(
    ("image", "expected", "quality"), _DERIVED, ids=[i for i, _, _ in _DERIVED]
)
def test_identical_to_pdqhash_with_pillow(image: str, expected: str, quality: int) -> None:
    if image in _DELIBERATE:
        pytest.skip("deliberate difference, see test_16_bit_png_is_scaled_not_clipped")
    facts = _facts(image)
    assert facts.pdq == expected
    assert facts.pdq_quality == quality


def test_16_bit_png_is_scaled_not_clipped() -> None:
    path = _locate("pytx-resources/I16.png")
    with Image.open(path) as img:
        assert img.mode == "I;16"
        values = np.asarray(img).astype(np.uint32)
    scaled = ((values + 128) // 257).astype(np.uint8)
    bits, quality = pdqhash.compute(np.ascontiguousarray(np.stack([scaled] * 3, axis=-1)))
    facts = _facts("pytx-resources/I16.png")
    assert facts.pdq == pdq_hex(bits)
    assert facts.pdq_quality == quality == 100
    clipped = dict((i, (h, q)) for i, h, q in _DERIVED)["pytx-resources/I16.png"]
    assert clipped[1] == 36
    assert distance(facts.pdq, clipped[0]) > 64  # measured 118


# --- the same photo saved in every Pillow mode ---------------------------------------------

_MODES = [i for i, _, _ in _DERIVED if i.startswith("data/misc-images/modes/")]


@pytest.mark.parametrize("image", _MODES, ids=[Path(i).name for i in _MODES])
def test_every_mode_hashes_like_the_original(image: str) -> None:
    # Measured: 0 bits for I.webp, L, LA, LAB.webp, RGB, RGBA; 2 bits for 1, CMYK, F.webp,
    # HSV.webp, P, PA.webp, YCbCr; quality 100 for all.
    original = _facts("data/misc-images/modes/original.jpg")
    facts = _facts(image)
    assert facts.pdq_quality >= 80
    assert distance(facts.pdq, original.pdq) <= 10


def _png(values: np.ndarray) -> bytes:
    out = io.BytesIO()
    Image.fromarray(values).save(out, "PNG")
    return out.getvalue()


def test_16_bit_copy_of_original_hashes_like_8_bit() -> None:
    with Image.open(_locate("data/misc-images/modes/original.jpg")) as img:
        grey = np.asarray(img.convert("L")).astype(np.uint32)
    eight = analyse_image(_png(grey.astype(np.uint8)), SETTINGS)
    # v * 257 is how 8-bit values widen to 16 bits; a real 16-bit scan also has low bits.
    rng = np.random.default_rng(16)
    sixteen = np.minimum(grey * 257 + rng.integers(0, 128, grey.shape), 65535)
    data = _png(sixteen.astype(np.uint16))
    with Image.open(io.BytesIO(data)) as check:
        assert check.mode.startswith("I;16")
    facts = analyse_image(data, SETTINGS)
    assert facts.pdq_quality == 100
    assert distance(facts.pdq, eight.pdq) <= 2  # measured 0
