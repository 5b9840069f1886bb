"""Deciding what an item is: known-good (exact) → known material by exact hash → known
material by PDQ → otherwise novel. Every decision carries its explanation (``Match``).

A matcher is composed of parts (``MatcherPart``): built here from plain listed entries, or
mapped from the workspace's persistent index, one part per hash set and version
(``cairn.pipeline.index_cache``). Either way it decides the same: parts are searched in
order and their hits merged as one index over all their rows would return them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from cairn.matching.part import EXACT_KINDS, MatcherPart
from cairn.matching.pdq import PDQ_BITS, pdq_array
from cairn.matching.vpdq import ListedVideos
from cairn.model import DIHEDRAL_NAMES, Category, HashKind, ItemResult, Match

__all__ = ["Decision", "ListedEntry", "Matcher", "MatcherPart"]

#: One PDQ hit: (distance, part number, row in the part).
_Hit = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class ListedEntry:
    """One entry of an enabled hash set, as the matcher needs it."""

    entry_id: int
    hashset_id: int
    known_good: bool
    md5: str | None = None
    sha1: str | None = None
    sha256: str | None = None
    pdq: str | None = None
    category: Category | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """What matching concluded for one item; empty lists mean novel (or plain other file)."""

    known_good: list[Match] = field(default_factory=list)
    known: list[Match] = field(default_factory=list)

    @property
    def perceptual_only(self) -> bool:
        return bool(self.known) and all(not m.kind.exact for m in self.known)


class _Categories(Mapping[int, Category | None]):
    """Entry id -> category over the live rows of every part, without a dict per entry."""

    def __init__(self, parts: Sequence[MatcherPart]) -> None:
        self._parts = parts

    def __getitem__(self, entry_id: int) -> Category | None:
        for part in self._parts:
            row = part.row_of(int(entry_id))
            if row is not None:
                return part.category(row)
        raise KeyError(entry_id)

    def __iter__(self) -> Iterator[int]:
        for part in self._parts:
            ids = part.entry_ids if part.live is None else part.entry_ids[part.live]
            yield from ids.tolist()

    def __len__(self) -> int:
        return sum(len(part) for part in self._parts)


class Matcher:
    """Exact and perceptual indexes over the enabled sets, with per-set PDQ thresholds.

    Args:
        entries: listed entries to index here (one part, built in memory).
        parts: parts already built or mapped from disk, searched before ``entries``.
        videos: listed videos matched by vPDQ (``cairn.matching.vpdq.load_listed_videos``).
    """

    def __init__(
        self,
        entries: Iterable[ListedEntry] = (),
        *,
        pdq_threshold: int = 31,
        pdq_min_quality: int = 50,
        set_thresholds: dict[int, int] | None = None,
        parts: Sequence[MatcherPart] = (),
        videos: ListedVideos | None = None,
    ) -> None:
        self.videos = videos  # listed videos, matched by vPDQ (cairn.matching.vpdq)
        self.default_threshold = pdq_threshold
        self.min_quality = pdq_min_quality
        self.set_thresholds = dict(set_thresholds or {})
        built = MatcherPart.build(entries)
        self._parts: list[MatcherPart] = [*parts, *([built] if built.rows else [])]
        self.categories: Mapping[int, Category | None] = _Categories(self._parts)
        self.max_threshold = max([pdq_threshold, *self.set_thresholds.values()])

    def __len__(self) -> int:
        return sum(len(part) for part in self._parts)

    @property
    def parts(self) -> list[MatcherPart]:
        return list(self._parts)

    def threshold_for(self, hashset_id: int) -> int:
        return self.set_thresholds.get(hashset_id, self.default_threshold)

    def decide(self, results: Sequence[ItemResult], *, drift: int = 0) -> list[Decision | None]:
        """Decide a batch of items; hashes go to the indexes together.

        An item whose PDQ came from a reduced-scale decode (``media.reduced``) is screened at
        its set's ``threshold + drift``: with no listed hash that near, the full decode
        cannot match either, so it is decided now; otherwise its decision is ``None`` and
        the caller must hash it again at full resolution and decide on that.
        """
        decisions: list[Decision | None] = []
        screen: list[int] = []
        has_pdq = any(len(part.pdq) for part in self._parts)
        for index, (good, known) in enumerate(self._exact_matches(results)):
            decisions.append(Decision(good, known))
            media = results[index].media
            if good or known or media is None or not has_pdq:
                continue
            if media.reduced or media.pdq_quality >= self.min_quality:
                screen.append(index)
        self._match_video_frames(results, decisions)
        if self.videos is not None:
            self.videos.decide(results, decisions)
        if not screen:
            return decisions
        # One query row per hash: the image's own, then its rotations and flips if computed.
        rows: list[tuple[int, str | None]] = []
        hexes: list[str] = []
        for index in screen:
            media = results[index].media
            assert media is not None
            rows.append((index, None))
            hexes.append(media.pdq)
            for name, turned in zip(DIHEDRAL_NAMES, media.dihedral, strict=False):
                rows.append((index, name))
                hexes.append(turned)
        found: dict[int, list[tuple[_Hit, str | None]]] = {i: [] for i in screen}
        for (index, variant), hits in zip(rows, self._search(hexes, drift), strict=True):
            found[index].extend((hit, variant) for hit in hits)
        for index in screen:
            media = results[index].media
            assert media is not None
            if media.reduced:
                near = any(
                    distance <= self._threshold_of(part_no, row) + drift
                    for (distance, part_no, row), _ in found[index]
                )
                decisions[index] = None if near else Decision([], [])
                continue
            best: dict[int, Match] = {}
            for (distance, part_no, row), variant in sorted(found[index], key=lambda h: h[0][0]):
                match = self._pdq_match(part_no, row, distance, variant)
                if match is not None and match.entry_id not in best:
                    best[match.entry_id] = match
            decisions[index] = Decision([], list(best.values()))
        return decisions

    def _threshold_of(self, part_no: int, row: int) -> int:
        return self.threshold_for(int(self._parts[part_no].hashset_ids[row]))

    def _pdq_match(
        self, part_no: int, row: int, distance: int, variant: str | None
    ) -> Match | None:
        """The match a PDQ hit makes, if it is within its set's threshold."""
        part = self._parts[part_no]
        hashset_id = int(part.hashset_ids[row])
        threshold = self.threshold_for(hashset_id)
        if distance > threshold:
            return None
        entry_id = int(part.entry_ids[row])
        return Match(hashset_id, entry_id, HashKind.PDQ, distance, threshold, variant=variant)

    def _search(self, hexes: Sequence[str], drift: int) -> list[list[_Hit]]:
        """Per query, every live PDQ row within its set's threshold + ``drift``.

        Each part is searched once at the largest radius its sets need; a query's hits are
        sorted by (distance, part, row), the order one index over all rows would give.
        """
        queries = pdq_array(hexes)
        query_parts: list[NDArray[np.int64]] = []
        hit_parts: list[tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]] = []
        for part_no, part in enumerate(self._parts):
            if not len(part.pdq):
                continue
            limits = [self.threshold_for(h) for h in part.pdq_hashsets] or [self.max_threshold]
            radius = min(PDQ_BITS, max(limits) + drift)
            lims, rows, distances = part.pdq.search_arrays(queries, radius)
            query_of = np.repeat(np.arange(len(hexes), dtype=np.int64), np.diff(lims))
            keep = np.ones(rows.shape[0], dtype=np.bool_)
            if part.live is not None:
                keep &= part.live[rows]
            sets = part.hashset_ids[rows]
            allowed = np.array([self.threshold_for(int(h)) for h in sets.tolist()], dtype=np.int64)
            keep &= distances <= allowed.reshape(-1) + drift
            query_parts.append(query_of[keep])
            hit_parts.append(
                (distances[keep], np.full(int(keep.sum()), part_no, dtype=np.int64), rows[keep])
            )
        out: list[list[_Hit]] = [[] for _ in hexes]
        if not query_parts:
            return out
        query_of = np.concatenate(query_parts)
        distances = np.concatenate([d for d, _, _ in hit_parts])
        part_of = np.concatenate([p for _, p, _ in hit_parts])
        rows = np.concatenate([r for _, _, r in hit_parts])
        order = np.lexsort((rows, part_of, distances, query_of))
        for query, distance, part_no, row in zip(
            query_of[order].tolist(),
            distances[order].tolist(),
            part_of[order].tolist(),
            rows[order].tolist(),
            strict=True,
        ):
            out[query].append((distance, part_no, row))
        return out

    def _match_video_frames(
        self, results: Sequence[ItemResult], decisions: list[Decision | None]
    ) -> None:
        """Known stills inside videos: every sampled frame against the PDQ image sets; each
        listed entry is reported once, at the first frame that matched it."""
        if not any(len(part.pdq) for part in self._parts):
            return
        for index, result in enumerate(results):
            decision = decisions[index]
            video = result.video
            if decision is None or decision.known or decision.known_good or not video:
                continue
            frames = [f for f in video.get("frames", []) if f[3] >= self.min_quality]
            if not frames:
                continue
            hits = self._search([f[2] for f in frames], 0)
            best: dict[int, Match] = {}
            for (frame, time, _pdq, _quality), found in zip(frames, hits, strict=True):
                for distance, part_no, row in found:
                    variant = f"frame {frame} @ {time:.1f}s"
                    match = self._pdq_match(part_no, row, distance, variant)
                    if match is not None and match.entry_id not in best:
                        best[match.entry_id] = match
            if best:
                decisions[index] = Decision([], list(best.values()))

    def _exact_matches(
        self, results: Sequence[ItemResult]
    ) -> list[tuple[list[Match], list[Match]]]:
        """Per item, (known-good matches, known matches) by exact digest, a kind at a time.

        Each kind of digest of the whole batch goes to each part in one lookup; an item's
        matches come kind by kind, then part by part in add order, one per (entry, kind).
        """
        out: list[tuple[list[Match], list[Match]]] = [([], []) for _ in results]
        asked = [index for index, result in enumerate(results) if result.hashes is not None]
        if not asked or not self._parts:
            return out
        seen: list[set[tuple[int, HashKind]]] = [set() for _ in results]
        for kind in EXACT_KINDS:
            hexes = [getattr(results[index].hashes, kind.value) for index in asked]
            hits: list[tuple[int, int, int]] = []  # (query, part, row)
            for part_no, part in enumerate(self._parts):
                queries, rows = part.exact.lookup_arrays(kind, hexes)
                if part.live is not None and rows.shape[0]:
                    live = part.live[rows]
                    queries, rows = queries[live], rows[live]
                hits.extend(
                    (q, part_no, r) for q, r in zip(queries.tolist(), rows.tolist(), strict=True)
                )
            # Stable: within (query, part) the rows keep the index's add order.
            hits.sort(key=lambda hit: (hit[0], hit[1]))
            for query, part_no, row in hits:
                index = asked[query]
                part = self._parts[part_no]
                entry_id = int(part.entry_ids[row])
                if (entry_id, kind) in seen[index]:
                    continue
                seen[index].add((entry_id, kind))
                match = Match(int(part.hashset_ids[row]), entry_id, kind)
                good, known = out[index]
                (good if bool(part.known_good[row]) else known).append(match)
        return out
