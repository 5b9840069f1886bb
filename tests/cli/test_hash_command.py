"""`cairn hash`: a hashdeep with PDQ — one JSON line per file, full-decode PDQ values."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path

from helpers.cli import cairn

DATA = Path(__file__).parent.parent / "data" / "pdq"


def _derived() -> dict[str, tuple[str, int]]:
    rows = {}
    with (DATA / "derived" / "computed_pdqhash-0.2.8_pillow-13.0.0.tsv").open() as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            rows[row["image"]] = (row["pdq_hex"], int(row["quality"]))
    return rows


def test_hash_prints_one_line_per_file_with_reference_pdq(tmp_path: Path) -> None:
    derived = _derived()
    image_rel = next(k for k in derived if (DATA / k).exists() and k.endswith(".jpg"))
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(DATA / image_rel, folder / "photo.dat")  # misleading name: type by content
    (folder / "note.txt").write_bytes(b"hello\n")
    out = cairn(tmp_path / "ws", "hash", str(folder)).stdout
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(line["path"]).name for line in lines] == ["note.txt", "photo.dat"]
    note, photo = lines
    assert note["sha256"] == hashlib.sha256(b"hello\n").hexdigest()
    assert note["md5"] == hashlib.md5(b"hello\n").hexdigest()
    assert note["size"] == 6 and "pdq" not in note
    data = (DATA / image_rel).read_bytes()
    assert photo["type"] == "image/jpeg"
    assert photo["sha1"] == hashlib.sha1(data).hexdigest()
    assert (photo["pdq"], photo["pdq_quality"]) == derived[image_rel]


def test_hash_of_missing_path_exits_2_after_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"a")
    result = cairn(tmp_path / "ws", "hash", str(tmp_path / "missing"), str(tmp_path / "a.txt"),
                   ok=False)
    assert result.exit_code == 2
    assert "missing" in result.stderr
    assert json.loads(result.stdout)["size"] == 1
