"""Listed videos in the matcher: vPDQ matches carry the worst frame distance the brute-force
reference finds, are added to what the frames matched, never override an exact hash, and
come only from current known-material sets."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cairn.hashsets.vpdqfile import format_vpdq
from cairn.matching.matcher import ListedEntry, Matcher
from cairn.matching.pdq import hamming_matrix, pdq_array
from cairn.matching.vpdq import (
    ListedVideos,
    VPDQIndex,
    compare_vpdq,
    explain,
    load_listed_videos,
    read_explanation,
    unique_frames,
)
from cairn.model import Hashes, HashKind, ItemResult, ItemStatus, Locator
from cairn.model.video import FrameHash, VideoMatch
from cairn.pipeline.known import import_hashset, load_matcher
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.hashsets import set_enabled

SETTINGS = Settings()


def _near(rng: random.Random, pdq: str, bits: int) -> str:
    value = int(pdq, 16)
    for bit in rng.sample(range(256), bits):
        value ^= 1 << bit
    return f"{value:064x}"


def _video(rng: random.Random, base: list[str], frames: int) -> list[FrameHash]:
    return [
        FrameHash(
            n, n / 10, _near(rng, rng.choice(base), rng.randrange(0, 40)), rng.choice([40, 90])
        )
        for n in range(frames)
    ]


def _worst(query: list[FrameHash], listed: list[FrameHash]) -> int:
    """Brute force: the largest distance from a matched query frame to its nearest listed one."""
    q = list(unique_frames(query, 50))
    r = list(unique_frames(listed, 50))
    nearest = hamming_matrix(pdq_array(q), pdq_array(r)).min(axis=1)
    return int(nearest[nearest <= 31].max())


def test_worst_distance_agrees_with_brute_force() -> None:
    rng = random.Random(11)
    base = [f"{rng.getrandbits(256):064x}" for _ in range(40)]
    listed = {entry: _video(rng, base, rng.randrange(1, 60)) for entry in range(12)}
    index = VPDQIndex()
    for entry, frames in listed.items():
        index.add(entry, frames)
    for _ in range(10):
        query = _video(rng, base, rng.randrange(1, 80))
        for found in index.search(query, candidates=True):
            assert found.worst_distance == _worst(query, listed[found.entry_id])
            assert (found.query_percent, found.listed_percent) == pytest.approx(
                compare_vpdq(query, listed[found.entry_id])
            )


def test_explanations_read_back() -> None:
    small = VideoMatch(3, 95.0, 50.0, 20, 10, 19, 5, 0.0, 9.0, 31, 4)
    assert explain(small) == "19/20 frames; listed 5/10"
    assert read_explanation(explain(small)) == {
        "matched_frames": 19,
        "frames": 20,
        "query_percent": 95.0,
        "listed_matched_frames": 5,
        "listed_frames": 10,
        "listed_percent": 50.0,
    }
    huge = VideoMatch(3, 99.91, 12.5, 10**7, 10**7, 9_991_000, 1_250_000, 0.0, 9.0, 31, 4)
    assert len(explain(huge)) <= 40
    assert read_explanation(explain(huge)) == {"query_percent": 99.9, "listed_percent": 12.5}
    assert read_explanation("frame 3 @ 1.0s") is None and read_explanation(None) is None


def _result(name: str, frames: list[FrameHash], md5: str = "0" * 32) -> ItemResult:
    return ItemResult(
        locator=Locator("file", name.encode()),
        status=ItemStatus.PROCESSED,
        kind="video",
        hashes=Hashes(md5=md5, sha1="1" * 40, sha256="2" * 64),
        video={"facts": {}, "frames": [[f.frame, f.time, f.pdq, f.quality] for f in frames]},
    )


def test_matcher_adds_vpdq_matches_but_never_over_an_exact_hash() -> None:
    rng = random.Random(4)
    listed = [FrameHash(n, float(n), f"{rng.getrandbits(256):064x}", 90) for n in range(5)]
    videos = ListedVideos(SETTINGS)
    assert videos.add(70, 7, listed) == 5
    exact_md5 = "a" * 32
    matcher = Matcher(
        [ListedEntry(entry_id=71, hashset_id=7, known_good=False, md5=exact_md5)],
        videos=videos,
    )
    copy = [FrameHash(f.frame * 3, f.time, _near(rng, f.pdq, 6), 80) for f in listed]
    unrelated = [FrameHash(n, float(n), f"{rng.getrandbits(256):064x}", 90) for n in range(5)]
    decisions = matcher.decide(
        [
            _result("copy.mp4", copy),
            _result("unrelated.mp4", unrelated),
            _result("same-file.mp4", copy, md5=exact_md5),
        ]
    )
    copy_decision, unrelated_decision, exact_decision = decisions
    assert copy_decision is not None and copy_decision.perceptual_only
    [found] = copy_decision.known
    assert (found.hashset_id, found.entry_id, found.kind) == (7, 70, HashKind.VPDQ)
    assert found.threshold == 31 and 0 < found.distance <= 6
    assert found.variant == "5/5 frames; listed 5/5"
    assert unrelated_decision is not None and unrelated_decision.known == []
    assert exact_decision is not None
    assert [m.kind for m in exact_decision.known] == [HashKind.MD5]


def test_only_current_known_material_videos_are_loaded(store: Store, tmp_path: Path) -> None:
    rng = random.Random(9)
    frames = [FrameHash(n, float(n), f"{rng.getrandbits(256):064x}", 90) for n in range(4)]
    (tmp_path / "known").mkdir()
    (tmp_path / "known" / "a.txt").write_text(format_vpdq(frames))
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "b.txt").write_text(format_vpdq(frames[:2]))
    import_hashset(store, tmp_path / "known", "known-videos")
    import_hashset(store, tmp_path / "good", "good-videos", known_good=True)
    matcher = load_matcher(store, SETTINGS)
    assert matcher.videos is not None and len(matcher.videos) == 1
    [found] = matcher.videos.matches(frames)
    assert found.kind is HashKind.VPDQ and found.distance == 0

    set_enabled(store, "known-videos", False)
    assert load_matcher(store, SETTINGS).videos is None
    with store.session() as session:
        assert load_listed_videos(session, [], SETTINGS) is None
