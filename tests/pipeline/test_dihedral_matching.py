"""Dihedral matching (opt-in): rotated and mirrored copies of a listed image are found,
each match naming the rotation or flip; without the setting they stay novel."""

from __future__ import annotations

import csv
import hashlib
import io
import random
from pathlib import Path

from PIL import Image

from cairn.media import analyse_image
from cairn.model import DIHEDRAL_NAMES
from cairn.settings import Settings
from cairn.testing.exhibit import drawing

from helpers.cli import cairn, triage_json


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_first_dihedral_hash_is_the_plain_hash() -> None:
    data = _png(drawing(random.Random(1)))
    plain = analyse_image(data, Settings())
    turned = analyse_image(data, Settings(), dihedral=True)
    assert turned.pdq == plain.pdq and len(turned.dihedral) == len(DIHEDRAL_NAMES)


def test_rotated_and_mirrored_copies_match_only_with_dihedral(tmp_path: Path) -> None:
    image = drawing(random.Random(8))
    listed = analyse_image(_png(image), Settings()).pdq
    exhibit = tmp_path / "ev"
    exhibit.mkdir()
    (exhibit / "turned.png").write_bytes(_png(image.transpose(Image.Transpose.ROTATE_90)))
    (exhibit / "mirror.png").write_bytes(_png(image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    hashes = tmp_path / "listed.csv"
    with hashes.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sha256", "pdq", "category", "scheme"])
        writer.writerow([hashlib.sha256(b"elsewhere").hexdigest(), listed, "C", "uk"])
    for setting, expected in (("false", 0), ("true", 2)):
        home = tmp_path / setting
        cairn(home, "case", "create", "c")
        cairn(home, "hashset", "import", str(hashes), "--name", "listed")
        cairn(
            home,
            "--setting",
            f"dihedral={setting}",
            "ingest",
            str(exhibit),
            "--case",
            "c",
            "--exhibit",
            "E",
        )
        report = triage_json(home, "c")
        assert report["known_material"]["files"] == expected
    variants = {
        item["path"]: item["matches"][0]["variant"] for item in report["known_material"]["items"]
    }
    assert set(variants.values()) <= set(DIHEDRAL_NAMES)
    assert all(v is not None for v in variants.values())
