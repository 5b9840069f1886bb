"""A video in the review app is its contact sheet, shielded exactly like a still: blurred and
greyscale by default, clear only after an audited reveal, hidden from non-members, and the
pages never hold a <video> element (nothing plays, no audio)."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from review_site import CASE, Evidence, Site, build_evidence, make_site
from sqlalchemy import select

from cairn.settings import Settings
from cairn.store import Store
from cairn.store.schema import AuditEvent
from cairn.web.thumbnails import Source, Thumbnailer, ThumbnailUnavailable

pytest.importorskip("av")

from cairn.testing.video import drawing_scenes, scene_frames, write_video

CLIP = "clip.mp4"


@pytest.fixture
def video_site(tmp_path: Path) -> Iterator[Site]:
    (tmp_path / "evidence").mkdir()
    evidence: Evidence = build_evidence(tmp_path / "evidence")
    frames = scene_frames(drawing_scenes(41, 4, seconds=1.0, width=320, height=240), 5)
    (evidence.folder / CLIP).write_bytes(write_video(frames, fps=5, audio=True))
    store = Store.open(tmp_path / "ws")
    site = make_site(store, evidence)
    try:
        yield site
    finally:
        site.close()
        store.close()


def _image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _sharpness(image: Image.Image) -> float:
    grey = np.asarray(image.convert("L"), dtype=np.float64)
    return float(np.percentile(np.abs(np.diff(grey, axis=1)), 99.5))


def _reveals(store: Store) -> list[dict[str, object]]:
    with store.session() as session:
        return [
            dict(detail)
            for detail in session.scalars(
                select(AuditEvent.detail).where(AuditEvent.action == "media.reveal")
            )
        ]


def test_a_videos_contact_sheet_is_shielded_until_an_audited_reveal(video_site: Site) -> None:
    item = video_site.items[CLIP]
    grader = video_site.client("g1")
    base = f"/cases/{CASE}/media/{item}"

    page = grader.get(base)
    assert page.status_code == 200
    assert f'src="{base}/view"' in page.text and "<video" not in page.text
    assert "<video" not in grader.get(f"/cases/{CASE}/grade").text

    shielded = []
    for url in (f"{base}/thumb", f"{base}/view", f"{base}/view?clear=1"):
        response = grader.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"] == "image/jpeg"
        assert response.headers["X-Cairn-Rendering"] == "protected"
        shielded.append(_image(response.content))
    assert all(image.mode == "L" for image in shielded)  # greyscale
    assert _reveals(video_site.store) == []

    revealed = grader.send_json(f"/api{base}/reveal")
    assert revealed.status_code == 200 and revealed.json()["kind"] == "video"
    assert _reveals(video_site.store) == [{"items": [item]}]
    clear = grader.get(f"{base}/view?clear=1")
    assert clear.headers["X-Cairn-Rendering"] == "clear"
    sheet = _image(clear.content)
    assert sheet.mode == "RGB" and max(sheet.size) <= 1024
    # The shield hides what the sheet shows: its sharp edges are gone.
    protected = shielded[1]
    assert protected.size == sheet.size
    assert _sharpness(sheet) > 40 and _sharpness(protected) < _sharpness(sheet) / 4


def test_a_non_member_cannot_see_a_videos_sheet(video_site: Site) -> None:
    item = video_site.items[CLIP]
    outsider = video_site.client("outsider")
    base = f"/cases/{CASE}/media/{item}"
    for url in (f"{base}/thumb", f"{base}/view", f"{base}/view?clear=1", base):
        assert outsider.get(url).status_code == 404, url
    assert outsider.send_json(f"/api{base}/reveal").status_code == 404
    assert _reveals(video_site.store) == []


def _source(folder: Path, name: str, data: bytes) -> Source:
    (folder / name).write_bytes(data)
    locator = json.dumps({"path": name, "type": "folder"}, separators=(",", ":"))
    return Source(str(folder), locator, hashlib.sha256(data).hexdigest(), "video")


def test_sheets_are_refused_for_changed_or_undecodable_video(tmp_path: Path) -> None:
    evidence = tmp_path / "ev"
    evidence.mkdir()
    video = write_video(scene_frames(drawing_scenes(42, 2), 5), fps=5)
    maker = Thumbnailer(tmp_path / "derived", Settings())
    good = _source(evidence, "a.mp4", video)
    assert maker.get(good, "thumb", clear=False).name.endswith("-sheet-256-shield.jpg")
    changed = Source(good.source_path, good.locator, "0" * 64, "video")
    with pytest.raises(ThumbnailUnavailable, match="no longer has the stored SHA-256"):
        maker.get(changed, "view", clear=False)
    garbage = _source(evidence, "b.mp4", b"\x00\x00\x00\x18ftypmp42" + bytes(200))
    with pytest.raises(ThumbnailUnavailable):
        maker.get(garbage, "thumb", clear=True)
    assert not list((tmp_path / "derived").rglob(f"{garbage.sha256}*"))
