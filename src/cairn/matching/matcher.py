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
from cairn.matching.pdq_faiss import FaissPDQIndex
from cairn.model import Category, HashKind, ItemResult, Match

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
        self._pdq = FaissPDQIndex()
        if pdq_hexes:
            self._pdq.add(pdq_array(pdq_hexes), np.asarray(pdq_positions, dtype=np.int64))
        self.max_threshold = max([pdq_threshold, *self.set_thresholds.values()])

    def __len__(self) -> int:
        return len(self._entry_ids)

    def threshold_for(self, hashset_id: int) -> int:
        return self.set_thresholds.get(hashset_id, self.default_threshold)

    def decide(self, results: Sequence[ItemResult]) -> list[Decision]:
        """Decide a batch of items; PDQ queries go to the index together."""
        decisions: list[Decision] = []
        pdq_queries: list[int] = []
        for index, result in enumerate(results):
            good: list[Match] = []
            known: list[Match] = []
            seen: set[tuple[int, HashKind]] = set()
            if result.hashes is not None:
                for kind in _EXACT_KINDS:
                    for position in self._exact.lookup(kind, getattr(result.hashes, kind.value)):
                        entry_id = self._entry_ids[position]
                        if (entry_id, kind) in seen:
                            continue
                        seen.add((entry_id, kind))
                        match = Match(self._hashset_ids[position], entry_id, kind)
                        (good if self._known_good[position] else known).append(match)
            decisions.append(Decision(good, known))
            media = result.media
            if (
                not good
                and not known
                and media is not None
                and len(self._pdq) > 0
                and media.pdq_quality >= self.min_quality
            ):
                pdq_queries.append(index)
        if pdq_queries:
            queries = pdq_array([results[i].media.pdq for i in pdq_queries])  # type: ignore[union-attr]
            found = self._pdq.search(queries, self.max_threshold)
            for index, hits in zip(pdq_queries, found, strict=True):
                matches = []
                for position, distance in hits:
                    hashset_id = self._hashset_ids[position]
                    threshold = self.threshold_for(hashset_id)
                    if distance <= threshold:
                        matches.append(
                            Match(
                                hashset_id,
                                self._entry_ids[position],
                                HashKind.PDQ,
                                distance,
                                threshold,
                            )
                        )
                decisions[index] = Decision([], matches)
        return decisions
