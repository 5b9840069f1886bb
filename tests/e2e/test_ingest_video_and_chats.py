"""Ingest hands videos to vPDQ and chat exports to the chat importers: a known still inside
a generated video is reported with its time offset, and a chat export found in the exhibit
is imported and assessed without a separate command."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
from pathlib import Path

import pytest

from cairn.media import analyse_image
from cairn.settings import Settings
from cairn.testing.exhibit import drawing

from helpers.cli import cairn, triage_json

av = pytest.importorskip("av")

from cairn.testing.video import Scene, scene_frames, write_video  # noqa: E402

WHATSAPP = "\n".join(
    [
        "12/03/2024, 18:05 - Alex: hi, how old are you?",
        "12/03/2024, 18:07 - Sam: im 13",
        "13/03/2024, 09:02 - Alex: don't tell anyone we talk: it's our secret",
        "13/03/2024, 09:03 - Alex: are your parents home tonight?",
        "13/03/2024, 09:04 - Alex: add me on snap instead, delete these messages",
        "",
    ]
)


def test_video_with_a_listed_still_and_a_chat_export(tmp_path: Path) -> None:
    rng = random.Random(5)
    listed = drawing(rng, 320, 240)
    out = io.BytesIO()
    listed.save(out, "PNG")
    pdq = analyse_image(out.getvalue(), Settings()).pdq
    exhibit = tmp_path / "ev"
    exhibit.mkdir()
    scenes = [
        Scene(drawing(rng, 320, 240), 3.0),
        Scene(listed, 2.0),
        Scene(drawing(rng, 320, 240), 2.0),
    ]
    (exhibit / "clip.mp4").write_bytes(write_video(scene_frames(scenes, 10), fps=10))
    (exhibit / "WhatsApp Chat with Alex.txt").write_text(WHATSAPP, encoding="utf-8")
    hashes = tmp_path / "listed.csv"
    with hashes.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sha256", "pdq", "category", "scheme"])
        writer.writerow([hashlib.sha256(b"not-in-exhibit").hexdigest(), pdq, "A", "uk"])
    home = tmp_path / "ws"
    cairn(home, "case", "create", "c")
    cairn(home, "hashset", "import", str(hashes), "--name", "stills")
    out_text = cairn(home, "ingest", str(exhibit), "--case", "c", "--exhibit", "E").stdout
    assert "conversation(s) imported" in out_text

    report = triage_json(home, "c")
    assert report["media"]["videos"] == 1
    [item] = report["known_material"]["items"]
    assert item["path"] == "clip.mp4" and item["category"]["code"] == "A"
    [match] = item["matches"]
    assert match["kind"] == "pdq" and match["variant"].startswith("frame ")
    seconds = float(match["variant"].split("@ ")[1].rstrip("s"))
    assert 3.0 <= seconds < 5.0  # the listed still is on screen from 3 s to 5 s

    chats = json.loads(cairn(home, "report", "chats", "--case", "c", "--format", "json").stdout)
    [conversation] = chats["conversations"]
    assert conversation["source"] == "WhatsApp Chat with Alex.txt"
    assert "grooming" in conversation["risk"]["categories"]

    # A rerun imports nothing twice.
    again = cairn(home, "ingest", str(exhibit), "--case", "c", "--exhibit", "E").stdout
    assert "nothing to do" in again
    chats_again = json.loads(
        cairn(home, "report", "chats", "--case", "c", "--format", "json").stdout
    )
    assert len(chats_again["conversations"]) == 1

    hashed = [
        json.loads(line)
        for line in cairn(home, "hash", str(exhibit / "clip.mp4")).stdout.splitlines()
    ]
    assert hashed[0]["type"].startswith("video/")
