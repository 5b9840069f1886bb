"""Every match explains itself in the report, and novel near-copies of exactly matched
known images get a suggested category (marked as a suggestion, not a match)."""

from __future__ import annotations

import hashlib
import io
import random
from pathlib import Path

from cairn.testing.exhibit import drawing

from helpers.cli import cairn, triage_json


def _jpeg(image: object, quality: int = 90) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)  # type: ignore[attr-defined]
    return out.getvalue()


def test_matches_explained_and_suggestions(tmp_path: Path) -> None:
    rng = random.Random(9)
    exhibit = tmp_path / "ev"
    exhibit.mkdir()
    known = drawing(rng)
    data = _jpeg(known)
    (exhibit / "copy.jpg").write_bytes(data)
    (exhibit / "smaller.jpg").write_bytes(_jpeg(known.resize((400, 300)), 80))
    (exhibit / "other.jpg").write_bytes(_jpeg(drawing(rng)))
    # The set lists only the MD5: the resized copy cannot match, but it can be suggested.
    listed = tmp_path / "md5only.csv"
    listed.write_text(f"md5,category,scheme\n{hashlib.md5(data).hexdigest()},B,uk\n")
    home = tmp_path / "ws"
    cairn(home, "case", "create", "c")
    cairn(home, "hashset", "import", str(listed), "--name", "md5only")
    cairn(home, "ingest", str(exhibit), "--case", "c", "--exhibit", "E")
    report = triage_json(home, "c")
    [item] = report["known_material"]["items"]
    assert item["path"] == "copy.jpg" and item["category"]["code"] == "B"
    [match] = item["matches"]
    assert match["hashset"] == "md5only" and match["kind"] == "md5"
    assert match["entry_source"] == "line 2" and match["distance"] == 0
    assert report["novel"]["files"] == 2
    [suggestion] = report["novel"]["suggested"]
    assert suggestion["path"] == "smaller.jpg" and suggestion["like"] == "copy.jpg"
    assert suggestion["suggested"]["label"] == "Category B"
    assert suggestion["distance"] <= 31
    html = cairn(home, "report", "triage", "--case", "c", "--format", "html").stdout
    assert "why each file matched" in html and "suggested category" in html
