"""Deciding what an item is: known-good (exact) → known material by exact hash → known
material by PDQ → otherwise novel. Every decision carries its explanation (``Match``).

Built from plain listed entries, so it runs wherever the stage results are: in the ingest
coordinator, or on a worker that received the same entries once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from cairn.matching.exact import ExactIndex
from cairn.matching.pdq import pdq_array
from cairn.matching.pdq_mih import MIHPDQIndex
from cairn.model import DIHEDRAL_NAMES, Category, HashKind, ItemResult, Match

__all__ = ["Decision", "ListedEntry", "Matcher"]

_EXACT_KINDS = (HashKind.MD5, HashKind.SHA1, HashKind.SHA256)


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
        return bool(self.known) and all(m.kind is HashKind.PDQ for m in self.known)


class Matcher:
    """Exact and perceptual indexes over the enabled sets, with per-set PDQ thresholds."""

    def __init__(
        self,
        entries: Iterable[ListedEntry],
        *,
        pdq_threshold: int = 31,
        pdq_min_quality: int = 50,
        set_thresholds: dict[int, int] | None = None,
    ) -> None:
        self.default_threshold = pdq_threshold
        self.min_quality = pdq_min_quality
        self.set_thresholds = dict(set_thresholds or {})
        self._exact = ExactIndex()
        self._entry_ids: list[int] = []
        self._hashset_ids: list[int] = []
        self._known_good: list[bool] = []
        self.categories: dict[int, Category | None] = {}
        pdq_hexes: list[str] = []
        pdq_positions: list[int] = []
        for position, entry in enumerate(entries):
            self._entry_ids.append(entry.entry_id)
            self._hashset_ids.append(entry.hashset_id)
            self._known_good.append(entry.known_good)
            self.categories[entry.entry_id] = entry.category
            for kind in _EXACT_KINDS:
                value = getattr(entry, kind.value)
                if value:
                    self._exact.add(kind, value, position)
            if entry.pdq and not entry.known_good:
                pdq_hexes.append(entry.pdq)
                pdq_positions.append(position)
        self._exact.freeze()
        self._pdq = MIHPDQIndex()
        if pdq_hexes:
            self._pdq.add(pdq_array(pdq_hexes), np.asarray(pdq_positions, dtype=np.int64))
        self.max_threshold = max([pdq_threshold, *self.set_thresholds.values()])

    def __len__(self) -> int:
        return len(self._entry_ids)

    def threshold_for(self, hashset_id: int) -> int:
        return self.set_thresholds.get(hashset_id, self.default_threshold)

    def decide(self, results: Sequence[ItemResult], *, drift: int = 0) -> list[Decision | None]:
        """Decide a batch of items; PDQ queries go to the index together.

        An item whose PDQ came from a reduced-scale decode (``media.reduced``) is screened at
        ``threshold + drift``: with no listed hash that near, the full decode cannot match
        either, so it is decided now; otherwise its decision is ``None`` and the caller must
        hash it again at full resolution and decide on that.
        """
        decisions: list[Decision | None] = []
        screen: list[int] = []
        for index, result in enumerate(results):
            good, known = self._exact_matches(result)
            decisions.append(Decision(good, known))
            media = result.media
            if good or known or media is None or len(self._pdq) == 0:
                continue
            if media.reduced or media.pdq_quality >= self.min_quality:
                screen.append(index)
        self._match_video_frames(results, decisions)
        if not screen:
            return decisions
        radius = self.max_threshold + drift
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
        found: dict[int, list[tuple[int, int, str | None]]] = {i: [] for i in screen}
        for (index, variant), hits in zip(
            rows, self._pdq.search(pdq_array(hexes), radius), strict=True
        ):
            found[index].extend((position, distance, variant) for position, distance in hits)
        for index in screen:
            media = results[index].media
            assert media is not None
            if media.reduced:
                decisions[index] = None if found[index] else Decision([], [])
                continue
            best: dict[int, Match] = {}
            for position, distance, variant in sorted(found[index], key=lambda h: h[1]):
                hashset_id = self._hashset_ids[position]
                threshold = self.threshold_for(hashset_id)
                entry_id = self._entry_ids[position]
                if distance <= threshold and entry_id not in best:
                    best[entry_id] = Match(
                        hashset_id, entry_id, HashKind.PDQ, distance, threshold, variant=variant
                    )
            decisions[index] = Decision([], list(best.values()))
        return decisions

    def _match_video_frames(
        self, results: Sequence[ItemResult], decisions: list[Decision | None]
    ) -> None:
        """Known stills inside videos: every sampled frame against the PDQ image sets; each
        listed entry is reported once, at the first frame that matched it."""
        if len(self._pdq) == 0:
            return
        for index, result in enumerate(results):
            decision = decisions[index]
            video = result.video
            if decision is None or decision.known or decision.known_good or not video:
                continue
            frames = [f for f in video.get("frames", []) if f[3] >= self.min_quality]
            if not frames:
                continue
            hits = self._pdq.search(pdq_array([f[2] for f in frames]), self.max_threshold)
            best: dict[int, Match] = {}
            for (frame, time, _pdq, _quality), found in zip(frames, hits, strict=True):
                for position, distance in found:
                    hashset_id = self._hashset_ids[position]
                    threshold = self.threshold_for(hashset_id)
                    entry_id = self._entry_ids[position]
                    if distance <= threshold and entry_id not in best:
                        best[entry_id] = Match(
                            hashset_id,
                            entry_id,
                            HashKind.PDQ,
                            distance,
                            threshold,
                            variant=f"frame {frame} @ {time:.1f}s",
                        )
            if best:
                decisions[index] = Decision([], list(best.values()))

    def _exact_matches(self, result: ItemResult) -> tuple[list[Match], list[Match]]:
        good: list[Match] = []
        known: list[Match] = []
        if result.hashes is None:
            return good, known
        seen: set[tuple[int, HashKind]] = set()
        for kind in _EXACT_KINDS:
            for position in self._exact.lookup(kind, getattr(result.hashes, kind.value)):
                entry_id = self._entry_ids[position]
                if (entry_id, kind) in seen:
                    continue
                seen.add((entry_id, kind))
                match = Match(self._hashset_ids[position], entry_id, kind)
                (good if self._known_good[position] else known).append(match)
        return good, known
