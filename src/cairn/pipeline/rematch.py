"""Re-deciding ingested items against the hash sets as they are now (``cairn rematch``).

Items keep the decisions made at ingest; a set imported, updated, enabled, disabled or
deleted afterwards changes nothing until the case is matched again. This rebuilds what
``Matcher.decide`` reads from the stored columns (digests, PDQ and its quality, whether it
came from a reduced-scale decode, a video's frame hashes), decides as ingest does, and
rewrites the matches (and the known-good status) of the items whose decision changed, one
transaction per batch. Evidence is read again only where the stored hashes cannot decide:
a reduced-scale PDQ near a listed hash, and, with ``dihedral`` on, images a PDQ decides
(their rotations and flips are not stored). An item whose evidence cannot be read back
keeps its old matches and is reported with the reason.

Groups and suggested categories are computed by the reports from the matches, so nothing
else needs rewriting.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from cairn.errors import CairnError
from cairn.matching.matcher import Decision, Matcher
from cairn.media import analyse_image
from cairn.model import Exif, Hashes, ItemResult, ItemStatus, Locator, Match, MediaFacts
from cairn.pipeline.known import load_matcher
from cairn.settings import Settings
from cairn.sources.reopen import open_item
from cairn.store import Store
from cairn.store.audit import record
from cairn.store.queries import get_case, get_exhibit
from cairn.store.schema import Exhibit, HashSet, Item, MatchRow

__all__ = ["RematchSummary", "rematch"]

BATCH = 2000
"""Items decided and written per transaction."""

_MatchKey = tuple[int, int, str, int, int, str | None]


@dataclass(slots=True)
class RematchSummary:
    """What a rematch changed, for the end-of-run lines and the audit entry."""

    case: str
    exhibit: str | None = None
    checked: int = 0
    newly_known: int = 0
    no_longer_known: int = 0
    changed: int = 0  # matches (or known-good status) changed, known before and after
    unchanged: int = 0
    rehashed: int = 0
    unreachable: list[tuple[str, str]] = field(default_factory=list)

    def counts(self) -> dict[str, Any]:
        return {
            "exhibit": self.exhibit,
            "checked": self.checked,
            "newly_known": self.newly_known,
            "no_longer_known": self.no_longer_known,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "rehashed": self.rehashed,
            "unreachable": len(self.unreachable),
            "unreachable_items": [list(u) for u in self.unreachable[:100]],
        }


@dataclass(slots=True)
class _Stored:
    """One stored item and what rematching needs of it."""

    id: int
    exhibit_id: int
    locator: str
    path: str
    status: str
    sha256: str | None
    result: ItemResult
    matches: list[_MatchKey]


_ITEM_FIELDS = (
    Item.id,
    Item.exhibit_id,
    Item.locator,
    Item.path,
    Item.status,
    Item.kind,
    Item.md5,
    Item.sha1,
    Item.sha256,
    Item.pdq,
    Item.pdq_quality,
    Item.pdq_reduced,
    Item.width,
    Item.height,
    Item.video,
)


def _result(row: Any) -> ItemResult:
    """The ``ItemResult`` ingest decided on, rebuilt from the stored columns."""
    hashes = (
        Hashes(row.md5, row.sha1, row.sha256)
        if row.md5 is not None and row.sha1 is not None and row.sha256 is not None
        else None
    )
    media = (
        MediaFacts(
            width=row.width or 0,
            height=row.height or 0,
            pdq=row.pdq,
            pdq_quality=row.pdq_quality if row.pdq_quality is not None else 0,
            exif=Exif(),
            reduced=bool(row.pdq_reduced),
        )
        if row.pdq is not None
        else None
    )
    # Known-good is itself a decision: decided again from PROCESSED, as at ingest.
    status = ItemStatus(row.status)
    if status is ItemStatus.KNOWN_GOOD:
        status = ItemStatus.PROCESSED
    return ItemResult(
        Locator.from_key(row.locator),
        status,
        kind=row.kind,
        hashes=hashes,
        media=media,
        video=row.video,
    )


def _key(match: Match) -> _MatchKey:
    return (
        match.hashset_id,
        match.entry_id,
        match.kind.value,
        match.distance,
        match.threshold,
        match.variant,
    )


def _reanalyse(source_path: str, item: _Stored, settings: Settings) -> MediaFacts | str:
    """The item's image decoded again at full resolution, or why it could not be."""
    try:
        with open_item(source_path, item.locator) as handle:
            data = handle.read()
    except (OSError, CairnError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return f"evidence not readable at {source_path!r}: {reason}"
    if item.sha256 is not None and hashlib.sha256(data).hexdigest() != item.sha256:
        return f"evidence at {source_path!r} no longer has the content that was ingested"
    try:
        return analyse_image(data, settings, fast=False, dihedral=settings.dihedral)
    except CairnError as exc:
        return f"image no longer decodes: {exc}"


def rematch(
    store: Store,
    case: str,
    settings: Settings,
    *,
    exhibit: str | None = None,
    matcher: Matcher | None = None,
    batch: int = BATCH,
    progress: Callable[[int, int], None] | None = None,
) -> RematchSummary:
    """Decide every item of ``case`` (or of one exhibit) again against the enabled sets."""
    with store.session() as session:
        case_row = get_case(session, case)
        if exhibit is not None:
            exhibits = [get_exhibit(session, case_row, exhibit)]
        else:
            exhibits = list(session.scalars(select(Exhibit).where(Exhibit.case_id == case_row.id)))
        sources = {e.id: e.source_path for e in exhibits}
        known_good = {
            int(i): bool(g) for i, g in session.execute(select(HashSet.id, HashSet.known_good))
        }
        total = session.scalar(
            select(func.count(Item.id)).where(Item.exhibit_id.in_(list(sources)))
        )
    summary = RematchSummary(case=case, exhibit=exhibit)
    matcher = matcher if matcher is not None else load_matcher(store, settings)
    last = 0
    while True:
        with store.session() as session:
            rows = session.execute(
                select(*_ITEM_FIELDS)
                .where(Item.exhibit_id.in_(list(sources)), Item.id > last)
                .order_by(Item.id)
                .limit(batch)
            ).all()
            if not rows:
                break
            last = rows[-1].id
            stored: dict[int, list[_MatchKey]] = {row.id: [] for row in rows}
            for match in session.execute(
                select(
                    MatchRow.item_id,
                    MatchRow.hashset_id,
                    MatchRow.entry_id,
                    MatchRow.kind,
                    MatchRow.distance,
                    MatchRow.threshold,
                    MatchRow.variant,
                )
                .where(MatchRow.item_id.in_(list(stored)))
                .order_by(MatchRow.id)
            ):
                stored[match.item_id].append(tuple(match[1:]))  # type: ignore[arg-type]
            items = [
                _Stored(
                    row.id,
                    row.exhibit_id,
                    row.locator,
                    row.path,
                    row.status,
                    row.sha256,
                    _result(row),
                    stored[row.id],
                )
                for row in rows
            ]
            _rematch_batch(session, items, matcher, settings, sources, known_good, summary)
        if progress:
            progress(summary.checked, int(total or 0))
    record(store, "case.rematch", case=case, detail=summary.counts())
    return summary


def _rematch_batch(
    session: Session,
    items: Sequence[_Stored],
    matcher: Matcher,
    settings: Settings,
    sources: dict[int, str],
    known_good: dict[int, bool],
    summary: RematchSummary,
) -> None:
    """Decide one batch and write what changed, in the caller's transaction."""
    decisions: list[Decision | None] = list(
        matcher.decide([i.result for i in items], drift=settings.fast_drift)
    )
    # Decoded again: reduced-scale near misses, and (dihedral) images only a PDQ decides.
    again = [
        n
        for n, (item, decision) in enumerate(zip(items, decisions, strict=True))
        if decision is None
        or (
            settings.dihedral
            and item.result.media is not None
            and not decision.known_good
            and not any(m.kind.exact for m in decision.known)
        )
    ]
    media_updates: list[dict[str, Any]] = []
    redo: list[int] = []
    for n in again:
        item = items[n]
        media = _reanalyse(sources[item.exhibit_id], item, settings)
        if isinstance(media, str):
            summary.unreachable.append((item.path, media))
            decisions[n] = None  # keeps its old matches
            continue
        summary.rehashed += 1
        redo.append(n)
        if decisions[n] is None:
            # As ingest does: a near miss's full-resolution PDQ replaces the reduced one.
            media_updates.append(
                {
                    "id": item.id,
                    "pdq": media.pdq,
                    "pdq_quality": media.pdq_quality,
                    "pdq_reduced": False,
                    "width": media.width,
                    "height": media.height,
                }
            )
        item.result = replace(item.result, media=media)
    if redo:
        for n, decision in zip(redo, matcher.decide([items[n].result for n in redo]), strict=True):
            decisions[n] = decision
    status_updates: list[dict[str, Any]] = []
    rewrite: list[int] = []
    new_rows: list[dict[str, Any]] = []
    for item, decision in zip(items, decisions, strict=True):
        summary.checked += 1
        if decision is None:
            continue
        status = item.result.status
        if status is ItemStatus.PROCESSED and decision.known_good:
            status = ItemStatus.KNOWN_GOOD
        matches = [*decision.known_good, *decision.known]
        keys = [_key(m) for m in matches]
        same = Counter(keys) == Counter(item.matches)
        if same and status.value == item.status:
            summary.unchanged += 1
            continue
        was_known = any(not known_good.get(k[0], False) for k in item.matches)
        is_known = bool(decision.known)
        if is_known and not was_known:
            summary.newly_known += 1
        elif was_known and not is_known:
            summary.no_longer_known += 1
        else:
            summary.changed += 1
        if status.value != item.status:
            status_updates.append({"id": item.id, "status": status.value})
        if not same:
            # The item's matches are rewritten whole, in decision order, as ingest writes them.
            rewrite.append(item.id)
            new_rows.extend(
                {
                    "item_id": item.id,
                    "hashset_id": m.hashset_id,
                    "entry_id": m.entry_id,
                    "kind": m.kind.value,
                    "distance": m.distance,
                    "threshold": m.threshold,
                    "variant": m.variant,
                }
                for m in matches
            )
    if media_updates:
        session.execute(update(Item), media_updates)
    if status_updates:
        session.execute(update(Item), status_updates)
    if rewrite:
        session.execute(delete(MatchRow).where(MatchRow.item_id.in_(rewrite)))
    if new_rows:
        session.execute(insert(MatchRow), new_rows)
