"""A listed video's vPDQ in a hash set finds a re-encoded copy of it through ``cairn ingest``
(other codec, bitrate and size, so no exact hash can match), and leaves an unrelated
generated video novel. The listed video is a benign drawing slideshow given a category."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cairn.hashsets.vpdqfile import format_vpdq
from cairn.media.video import vpdq_hash
from cairn.settings import Settings

from helpers.cli import cairn, triage_json

av = pytest.importorskip("av")

from PIL import Image  # noqa: E402

from cairn.testing.video import drawing_scenes, scene_frames, write_video  # noqa: E402


def _reencoded(original: bytes) -> bytes:
    """The original decoded and written again: MPEG-4 Part 2 in AVI, 240x180, low bitrate."""
    with av.open(io.BytesIO(original)) as source:
        frames = [
            Image.fromarray(frame.to_ndarray(format="rgb24")).resize((240, 180))
            for frame in source.decode(video=0)
        ]
    return write_video(frames, fps=5, container="avi", codec="mpeg4", options={"b": "200k"})


def test_a_reencoded_copy_of_a_listed_video_matches_by_vpdq(tmp_path: Path) -> None:
    original = write_video(scene_frames(drawing_scenes(31, 6, seconds=1.0), 5), fps=5)
    listed = tmp_path / "set"
    listed.mkdir()
    # The hash set lists the video by its vPDQ only (every frame, as upstream's -r 0).
    (listed / "clip-0001.txt").write_text(
        format_vpdq(vpdq_hash(original, Settings(), every_frame=True))
    )
    with (listed / "videos.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["vpdq", "category", "scheme", "series"])
        writer.writerow(["clip-0001.txt", "B", "uk", "benign-series"])

    exhibit = tmp_path / "ev"
    exhibit.mkdir()
    copy = _reencoded(original)
    assert copy != original
    (exhibit / "copy.avi").write_bytes(copy)
    (exhibit / "other.mp4").write_bytes(
        write_video(scene_frames(drawing_scenes(32, 6, seconds=1.0), 5), fps=5)
    )

    home = tmp_path / "ws"
    cairn(home, "case", "create", "c")
    imported = cairn(home, "hashset", "import", str(listed / "videos.csv"), "--name", "vids")
    assert "imported 1 entries" in imported.stdout
    cairn(home, "ingest", str(exhibit), "--case", "c", "--exhibit", "E")

    report = triage_json(home, "c")
    assert report["media"]["videos"] == 2
    known = report["known_material"]
    assert known["files"] == 1 and known["perceptual_files"] == 1 and known["vpdq_files"] == 1
    [item] = known["items"]
    assert item["path"] == "copy.avi"
    assert item["category"]["code"] == "B" and item["category"]["scheme"] == "uk"
    [match] = item["matches"]
    assert match["kind"] == "vpdq" and match["hashset"] == "vids"
    assert match["threshold"] == 31 and 0 <= match["distance"] <= 31
    video = match["video"]
    assert video["query_percent"] >= 80.0
    assert video["matched_frames"] <= video["frames"]
    assert video["listed_frames"] >= 6  # six drawings (a marker moves across each)

    html = cairn(home, "report", "triage", "--case", "c", "--format", "html").stdout
    assert f"vpdq ({match['variant']})" in html
    assert f"{match['distance']} / 31" in html

    # The VICS export names the match and carries the video's own vPDQ, ready to list it.
    exported = tmp_path / "case.json"
    cairn(home, "hashset", "export", "--case", "c", "--format", "vics", "--output", str(exported))
    [media] = json.loads(exported.read_text())["value"][0]["Media"]
    metadata = {m["PropertyName"]: m["PropertyValue"] for m in media["MediaMetadata"]}
    assert metadata == {"CairnMatch": "vpdq", "CairnVpdqDistance": str(match["distance"])}
    [vpdq] = [h["HashValue"] for h in media["AlternativeHashes"] if h["HashName"] == "vPDQ"]
    assert vpdq == format_vpdq(vpdq_hash(copy, Settings()))


def test_a_folder_of_upstream_vpdq_files_imports_from_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "vpdq"
    folder.mkdir()
    samples = Path(__file__).resolve().parents[2] / "tests" / "data" / "vpdq"
    texts = sorted(samples.rglob("*.txt"))
    assert texts, "tests/data/vpdq holds upstream sample hashes"
    for text in texts:
        (folder / text.name).write_bytes(text.read_bytes())
    home = tmp_path / "ws"
    out = cairn(home, "hashset", "import", str(folder), "--name", "samples").stdout
    assert f"imported {len(texts)} entries" in out and "format vpdq" in out
