"""vPDQ matching as upstream defines it, and known stills found inside a video.

**Video against listed videos** (``vpdq/README.md``; pytx ``vpdq_brute_matcher.py`` and
``vpdq_index.py``): each video is an unordered set of its *unique* frame hashes of quality
at least ``min_quality`` (50). A query frame is matched when some frame of the listed video
is within ``distance`` (31) of it, and the other way round. Two percentages follow:
``query_percent``, the share of the query's unique frames matched, and ``listed_percent``,
the share of the listed video's. The videos match when ``query_percent >= query_percent``
threshold (80) and ``listed_percent >=`` its threshold (0), the defaults of pytx's
``VPDQ_QUERY_MATCH_THRESHOLD_PERCENT`` and ``VPDQ_INDEX_MATCH_THRESHOLD_PERCENT``. So by
default a seized clip cut *from* a listed video matches; a long video that merely
*contains* a listed one needs ``query_percent`` lowered (the upstream README describes
the thresholds the other way round; pytx's code is what HMA runs; docs/video.md).

:class:`VPDQIndex` finds candidates through a FAISS frame index (every unique listed frame
once), then counts per listed video; :func:`compare_vpdq` is the brute-force reference it is
tested against (DESIGN invariant 9).

**Frames against listed stills**: :func:`frames_against_images` searches each sampled frame
of good quality in a PDQ image index and reports the frame, its time and the distance.

**In ingest**: :func:`load_listed_videos` reads the listed videos of the enabled
known-material sets from the store (``known_videos``) into a :class:`ListedVideos`, which
the matcher hands each batch; a video no exact hash decided gets a ``Match`` of kind
``vpdq`` per listed video it matches, explained by :func:`explain`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, ClassVar, Final, Protocol

import numpy as np
from numpy.typing import NDArray
from sqlalchemy.orm import Session

from cairn.errors import InvalidHash
from cairn.hashsets.vpdqfile import parse_vpdq
from cairn.hashsets.vpdqfile import video_frames as frames_of
from cairn.matching.index import PDQIndex, check_threshold
from cairn.matching.pdq import hamming_matrix, pdq_array
from cairn.matching.pdq_faiss import FaissPDQIndex
from cairn.model import HashKind, ItemResult, Match
from cairn.model.video import FrameHash, FrameMatch, VideoMatch
from cairn.settings import Settings
from cairn.store.video_schema import listed_videos

__all__ = [
    "VPDQ_DISTANCE_THRESHOLD",
    "VPDQ_INDEX_MATCH_PERCENT",
    "VPDQ_QUALITY_THRESHOLD",
    "VPDQ_QUERY_MATCH_PERCENT",
    "ListedVideos",
    "VPDQIndex",
    "compare_vpdq",
    "explain",
    "first_per_entry",
    "frames_against_images",
    "frames_of",
    "load_listed_videos",
    "read_explanation",
    "unique_frames",
]

#: Upstream defaults (pytx ``extensions/vpdq/vpdq_util.py``).
VPDQ_DISTANCE_THRESHOLD: Final = 31
VPDQ_QUALITY_THRESHOLD: Final = 50
VPDQ_QUERY_MATCH_PERCENT: Final = 80.0
VPDQ_INDEX_MATCH_PERCENT: Final = 0.0


def unique_frames(frames: Iterable[FrameHash], min_quality: int) -> dict[str, tuple[float, float]]:
    """The distinct hashes of quality ``>= min_quality``, each with the first and last time
    it occurs, in order of first occurrence (upstream's quality filter, then dedupe)."""
    spans: dict[str, tuple[float, float]] = {}
    for frame in frames:
        if frame.quality < min_quality:
            continue
        pdq = frame.pdq.lower()
        span = spans.get(pdq)
        if span is None:
            spans[pdq] = (frame.time, frame.time)
        else:
            spans[pdq] = (min(span[0], frame.time), max(span[1], frame.time))
    return spans


def compare_vpdq(
    query: Iterable[FrameHash],
    listed: Iterable[FrameHash],
    *,
    distance: int = VPDQ_DISTANCE_THRESHOLD,
    min_quality: int = VPDQ_QUALITY_THRESHOLD,
) -> tuple[float, float]:
    """(query_percent, listed_percent) by brute force, as upstream's brute-force matcher.

    A video left with no frame after the quality filter has 0 % (upstream divides by zero).
    """
    limit = check_threshold(distance)
    query_hashes = list(unique_frames(query, min_quality))
    listed_hashes = list(unique_frames(listed, min_quality))
    if not query_hashes or not listed_hashes:
        return 0.0, 0.0
    within = hamming_matrix(pdq_array(query_hashes), pdq_array(listed_hashes)) <= limit
    query_matched = int(within.any(axis=1).sum())
    listed_matched = int(within.any(axis=0).sum())
    return (
        query_matched * 100.0 / len(query_hashes),
        listed_matched * 100.0 / len(listed_hashes),
    )


class VPDQIndex:
    """Listed videos, searchable by vPDQ (NAME ``vpdq-faiss``).

    Every unique good frame hash of every listed video is one row of a FAISS
    ``IndexBinaryFlat``; a row shared by several videos is stored once and maps to all of
    them. A search finds, for each unique query frame, every row within ``distance``, then
    counts per listed video the query frames and the listed frames matched.

    Args:
        distance: largest frame distance that matches (upstream 31).
        min_quality: frames of lower quality are ignored on both sides (upstream 50).
        query_percent: least share of the query's unique frames that must match (80).
        index_percent: least share of the listed video's unique frames matched (0).
        threads: passed to :class:`FaissPDQIndex`.
    """

    NAME: ClassVar[str] = "vpdq-faiss"

    def __init__(
        self,
        *,
        distance: int = VPDQ_DISTANCE_THRESHOLD,
        min_quality: int = VPDQ_QUALITY_THRESHOLD,
        query_percent: float = VPDQ_QUERY_MATCH_PERCENT,
        index_percent: float = VPDQ_INDEX_MATCH_PERCENT,
        threads: int | None = None,
    ) -> None:
        self.distance = check_threshold(distance)
        self.min_quality = min_quality
        self.query_percent = float(query_percent)
        self.index_percent = float(index_percent)
        self._frames = FaissPDQIndex(threads=threads)
        self._row_of_hash: dict[str, int] = {}
        self._entry_ids: list[int] = []  # dense position -> entry id
        self._position: dict[int, int] = {}
        self._counts: list[int] = []  # dense position -> unique good frames
        self._pair_rows: list[NDArray[np.int64]] = []
        self._pair_positions: list[NDArray[np.int64]] = []
        self._starts: NDArray[np.int64] = np.zeros(1, dtype=np.int64)
        self._members: NDArray[np.int64] = np.zeros(0, dtype=np.int64)
        self._dirty = False

    @classmethod
    def from_settings(cls, settings: Settings, *, threads: int | None = None) -> VPDQIndex:
        """An index with the ``vpdq_*`` settings."""
        return cls(
            distance=settings.vpdq_frame_threshold,
            min_quality=settings.vpdq_min_quality,
            query_percent=settings.vpdq_query_match_percent,
            index_percent=settings.vpdq_index_match_percent,
            threads=threads,
        )

    def __len__(self) -> int:
        """Number of listed videos indexed."""
        return len(self._entry_ids)

    @property
    def frame_rows(self) -> int:
        """Number of distinct frame hashes in the FAISS index."""
        return len(self._frames)

    def add(self, entry_id: int, frames: Iterable[FrameHash]) -> int:
        """Index one listed video; returns how many unique good frames it has.

        A video with none (all frames below ``min_quality``) cannot match anything and is
        not indexed (upstream refuses it); 0 tells the caller so.

        Raises:
            ValueError: ``entry_id`` is negative or already indexed.
        """
        if entry_id < 0:
            raise ValueError(f"entry ids must be non-negative, got {entry_id}")
        if entry_id in self._position:
            raise ValueError(f"entry {entry_id} is already indexed")
        hashes = list(unique_frames(frames, self.min_quality))
        if not hashes:
            return 0
        position = len(self._entry_ids)
        self._entry_ids.append(entry_id)
        self._position[entry_id] = position
        self._counts.append(len(hashes))
        new_hashes: list[str] = []
        rows = np.empty(len(hashes), dtype=np.int64)
        for i, pdq in enumerate(hashes):
            row = self._row_of_hash.get(pdq)
            if row is None:
                row = len(self._row_of_hash)
                self._row_of_hash[pdq] = row
                new_hashes.append(pdq)
            rows[i] = row
        if new_hashes:
            first = len(self._frames)
            ids = np.arange(first, first + len(new_hashes), dtype=np.int64)
            self._frames.add(pdq_array(new_hashes), ids)
        self._pair_rows.append(rows)
        self._pair_positions.append(np.full(len(hashes), position, dtype=np.int64))
        self._dirty = True
        return len(hashes)

    def _row_members(self) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """CSR of row -> listed videos: ``members[starts[r]:starts[r + 1]]``."""
        if self._dirty:
            rows = np.concatenate(self._pair_rows)
            positions = np.concatenate(self._pair_positions)
            order = np.argsort(rows, kind="stable")
            self._members = positions[order]
            counts = np.bincount(rows, minlength=len(self._frames))
            self._starts = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
            self._pair_rows, self._pair_positions = [rows], [positions]
            self._dirty = False
        return self._starts, self._members

    def search(self, frames: Sequence[FrameHash], *, candidates: bool = False) -> list[VideoMatch]:
        """Listed videos the query video matches, best first.

        Args:
            frames: the query video's frame hashes (any sampling).
            candidates: return every listed video sharing at least one matched frame, with
                its percentages, whether or not it passes the thresholds.
        """
        spans = unique_frames(frames, self.min_quality)
        if not spans or not self._entry_ids:
            return []
        hashes = list(spans)
        lims, rows, distances = self._frames.search_arrays(pdq_array(hashes), self.distance)
        if rows.size == 0:
            return []
        starts, members = self._row_members()
        query_of_hit = np.repeat(np.arange(len(hashes), dtype=np.int64), np.diff(lims))
        # Expand each (query frame, row) hit to every listed video holding that row.
        per_hit = starts[rows + 1] - starts[rows]
        hit_of_pair = np.repeat(np.arange(rows.size, dtype=np.int64), per_hit)
        offsets = np.arange(hit_of_pair.size, dtype=np.int64) - np.repeat(
            np.cumsum(per_hit) - per_hit, per_hit
        )
        video = members[starts[rows][hit_of_pair] + offsets]
        query = query_of_hit[hit_of_pair]
        row = rows[hit_of_pair]
        videos = len(self._entry_ids)
        # Per (video, query frame): the distance to its nearest listed frame; per video, the
        # largest of those (every matched frame is at least that close).
        pair_key = video * len(hashes) + query
        pair_distance = np.asarray(distances, dtype=np.int64)[hit_of_pair]
        order = np.lexsort((pair_distance, pair_key))
        sorted_keys = pair_key[order]
        first = np.ones(sorted_keys.size, dtype=bool)
        first[1:] = sorted_keys[1:] != sorted_keys[:-1]
        worst = np.zeros(videos, dtype=np.int64)
        np.maximum.at(worst, sorted_keys[first] // len(hashes), pair_distance[order][first])
        matched_query = np.bincount(
            np.unique(video * len(hashes) + query) // len(hashes), minlength=videos
        )
        matched_rows = np.bincount(
            np.unique(video * len(self._frames) + row) // len(self._frames), minlength=videos
        )
        first = np.array([span[0] for span in spans.values()])
        last = np.array([span[1] for span in spans.values()])
        start_time = np.full(videos, np.inf)
        end_time = np.full(videos, -np.inf)
        np.minimum.at(start_time, video, first[query])
        np.maximum.at(end_time, video, last[query])
        matches = []
        for position in np.flatnonzero(matched_query):
            query_share = float(matched_query[position]) * 100.0 / len(hashes)
            listed_share = float(matched_rows[position]) * 100.0 / self._counts[position]
            if not candidates and (
                query_share < self.query_percent or listed_share < self.index_percent
            ):
                continue
            matches.append(
                VideoMatch(
                    entry_id=self._entry_ids[position],
                    query_percent=query_share,
                    listed_percent=listed_share,
                    query_frames=len(hashes),
                    listed_frames=self._counts[position],
                    matched_query_frames=int(matched_query[position]),
                    matched_listed_frames=int(matched_rows[position]),
                    query_start=float(start_time[position]),
                    query_end=float(end_time[position]),
                    distance=self.distance,
                    worst_distance=int(worst[position]),
                )
            )
        matches.sort(
            key=lambda m: (-m.query_percent, -m.listed_percent, m.worst_distance, m.entry_id)
        )
        return matches


def frames_against_images(
    frame_hashes: Sequence[FrameHash],
    pdq_index: PDQIndex,
    threshold: int,
    *,
    min_quality: int = VPDQ_QUALITY_THRESHOLD,
) -> list[FrameMatch]:
    """Every sampled frame within ``threshold`` of a listed still, sorted by time.

    ``entry_id`` in each result is the id the PDQ index holds for the row it matched.
    Frames below ``min_quality`` are skipped, as stills of low quality are; identical frame
    hashes (a still held on screen) are searched once.
    """
    limit = check_threshold(threshold)
    good = [frame for frame in frame_hashes if frame.quality >= min_quality]
    if not good or len(pdq_index) == 0:
        return []
    distinct = list(dict.fromkeys(frame.pdq.lower() for frame in good))
    hits = pdq_index.search(pdq_array(distinct), limit)
    by_hash = dict(zip(distinct, hits, strict=True))
    matches = [
        FrameMatch(frame.frame, frame.time, entry_id, distance)
        for frame in good
        for entry_id, distance in by_hash[frame.pdq.lower()]
    ]
    matches.sort(key=lambda m: (m.time, m.distance, m.entry_id))
    return matches


def first_per_entry(matches: Iterable[FrameMatch]) -> list[FrameMatch]:
    """The earliest matching frame of each listed still (closest first on equal times)."""
    first: dict[int, FrameMatch] = {}
    for match in matches:
        seen = first.get(match.entry_id)
        if seen is None or (match.time, match.distance) < (seen.time, seen.distance):
            first[match.entry_id] = match
    return sorted(first.values(), key=lambda m: (m.time, m.distance, m.entry_id))


# --- listed videos in ingest: hash-set entries matched by vPDQ ------------------------------

_EXPLANATION = re.compile(r"(\d+)/(\d+) frames; listed (\d+)/(\d+)")
_EXPLANATION_SHARES = re.compile(r"([0-9.]+)% frames; listed ([0-9.]+)%")
_VARIANT_LENGTH = 40  # MatchRow.variant


def explain(match: VideoMatch) -> str:
    """The short explanation stored with a vPDQ match (``Match.variant``): matched and unique
    good frames of the seized video, then of the listed one ("43/45 frames; listed 40/40").
    Shares stand in for the counts when these do not fit in 40 characters."""
    text = (
        f"{match.matched_query_frames}/{match.query_frames} frames; "
        f"listed {match.matched_listed_frames}/{match.listed_frames}"
    )
    if len(text) <= _VARIANT_LENGTH:
        return text
    return f"{match.query_percent:.1f}% frames; listed {match.listed_percent:.1f}%"


def read_explanation(variant: str | None) -> dict[str, float | int] | None:
    """The figures in an :func:`explain` text, for reports; None if it is not one."""
    if not variant:
        return None
    counts = _EXPLANATION.fullmatch(variant)
    if counts is not None:
        matched, frames, listed_matched, listed = (int(g) for g in counts.groups())
        return {
            "matched_frames": matched,
            "frames": frames,
            "query_percent": round(matched * 100.0 / frames, 2) if frames else 0.0,
            "listed_matched_frames": listed_matched,
            "listed_frames": listed,
            "listed_percent": round(listed_matched * 100.0 / listed, 2) if listed else 0.0,
        }
    shares = _EXPLANATION_SHARES.fullmatch(variant)
    if shares is not None:
        return {"query_percent": float(shares.group(1)), "listed_percent": float(shares.group(2))}
    return None


class _Decision(Protocol):
    """What :class:`ListedVideos` needs of ``cairn.matching.matcher.Decision``."""

    @property
    def known_good(self) -> list[Match]: ...
    @property
    def known(self) -> list[Match]: ...


class ListedVideos:
    """The listed videos of the enabled known-material sets, matched by vPDQ during ingest.

    Wraps a :class:`VPDQIndex` with the ``vpdq_*`` settings and remembers each entry's set,
    so a result becomes a :class:`~cairn.model.Match` of kind ``vpdq``: ``distance`` is the
    largest distance of a matched frame to its nearest listed frame, ``threshold`` the frame
    threshold, ``variant`` the frame counts (:func:`explain`).
    """

    def __init__(self, settings: Settings) -> None:
        self.index = VPDQIndex.from_settings(settings)
        self._hashset_of: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.index)

    def add(self, entry_id: int, hashset_id: int, frames: Iterable[FrameHash]) -> int:
        """Index one listed video; returns its unique good frames (0: not indexed)."""
        added = self.index.add(entry_id, frames)
        if added:
            self._hashset_of[entry_id] = hashset_id
        return added

    def matches(self, frames: Sequence[FrameHash]) -> list[Match]:
        """The listed videos these frames match, as matches, best first."""
        return [
            Match(
                self._hashset_of[found.entry_id],
                found.entry_id,
                HashKind.VPDQ,
                found.worst_distance,
                found.distance,
                variant=explain(found),
            )
            for found in self.index.search(frames)
        ]

    def decide(self, results: Sequence[ItemResult], decisions: list[Any]) -> None:
        """Add vPDQ matches to the decisions of videos that no exact hash decided.

        ``decisions`` are ``Decision`` values (or None for items to hash again); a decision
        is replaced by one with the vPDQ matches added after its other known matches (known
        stills found in the video's frames stay).
        """
        if not len(self):
            return
        for index, result in enumerate(results):
            decision: _Decision | None = decisions[index]
            if decision is None or decision.known_good or not result.video:
                continue
            if any(match.kind.exact for match in decision.known):
                continue
            frames = frames_of(result.video)
            if not frames:
                continue
            found = self.matches(frames)
            if found:
                decisions[index] = replace(decision, known=[*decision.known, *found])  # type: ignore[type-var]


def load_listed_videos(
    session: Session, set_ids: Sequence[int], settings: Settings
) -> ListedVideos | None:
    """The listed videos of the given (enabled) sets, or None when they list none.

    A listed video whose stored text no longer reads is skipped (it was checked on import).
    """
    videos = ListedVideos(settings)
    for entry_id, hashset_id, text in listed_videos(session, set_ids):
        try:
            frames = parse_vpdq(text, f"listed video {entry_id}")
        except InvalidHash:
            continue
        videos.add(entry_id, hashset_id, frames)
    return videos if len(videos) else None
