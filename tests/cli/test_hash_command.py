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
    result = cairn(
        tmp_path / "ws", "hash", str(tmp_path / "missing"), str(tmp_path / "a.txt"), ok=False
    )
    assert result.exit_code == 2
    assert "missing" in result.stderr
    assert json.loads(result.stdout)["size"] == 1


def test_hash_video_every_frame_matches_the_vpdq_reference(tmp_path: Path) -> None:
    """`cairn hash --every-frame` gives the reference's frames, within PDQ's tolerance."""
    videos = sorted((DATA.parent / "vpdq").glob("*.mp4"))
    assert videos, "tests/data/vpdq holds sample videos"
    video = videos[0]
    reference = [
        line.split(",")
        for line in (video.with_suffix(".txt")).read_text().splitlines()
        if line.strip()
    ]
    out = cairn(tmp_path / "ws", "hash", "--every-frame", str(video)).stdout
    [record] = [json.loads(line) for line in out.splitlines()]
    frames = record["vpdq"]
    assert [f["frame"] for f in frames] == [int(r[0]) for r in reference]
    for frame, ref in zip(frames, reference, strict=True):
        if frame["quality"] >= 80 and int(ref[1]) >= 80:
            distance = bin(int(frame["pdq"], 16) ^ int(ref[2], 16)).count("1")
            assert distance <= 10, (frame["frame"], distance)
    sampled = next(
        json.loads(line) for line in cairn(tmp_path / "ws", "hash", str(video)).stdout.splitlines()
    )["vpdq"]
    assert 0 < len(sampled) < len(frames)  # one frame a second by default
