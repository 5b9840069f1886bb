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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

import numpy as np
from numpy.typing import NDArray

from cairn.matching.index import PDQIndex, check_threshold
from cairn.matching.pdq import hamming_matrix, pdq_array
from cairn.matching.pdq_faiss import FaissPDQIndex
from cairn.model.video import FrameHash, FrameMatch, VideoMatch
from cairn.settings import Settings

__all__ = [
    "VPDQ_DISTANCE_THRESHOLD",
    "VPDQ_INDEX_MATCH_PERCENT",
    "VPDQ_QUALITY_THRESHOLD",
    "VPDQ_QUERY_MATCH_PERCENT",
    "VPDQIndex",
    "compare_vpdq",
    "first_per_entry",
    "frames_against_images",
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
        del distances
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
            query_share = matched_query[position] * 100.0 / len(hashes)
            listed_share = matched_rows[position] * 100.0 / self._counts[position]
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
                )
            )
        matches.sort(key=lambda m: (-m.query_percent, -m.listed_percent, m.entry_id))
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
