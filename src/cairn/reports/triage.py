"""The triage report: what is on the exhibits of a case, in numbers that add up.

Built from the store alone, so the same report comes out whether an ingest ran once,
was resumed after a kill, or ran on a cluster. Novel near-duplicate groups are computed
here, from the stored PDQ hashes, so they always reflect every exhibit in scope.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import select

import cairn
from cairn.hashsets.categories import label
from cairn.matching.groups import near_duplicate_groups
from cairn.matching.pdq import pdq_array
from cairn.matching.pdq_faiss import FaissPDQIndex
from cairn.matching.vpdq import read_explanation
from cairn.model import Category, ItemStatus
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.queries import get_case, get_exhibit
from cairn.store.schema import Exhibit, HashSet, Item, KnownEntryRow, MatchRow

__all__ = ["UNCATEGORISED", "build_triage", "item_categories"]

UNCATEGORISED = "uncategorised"
# Match kinds that are perceptual (counted after exact ones, "by PDQ only").
_PERCEPTUAL = frozenset({"pdq", "vpdq"})


@dataclass(frozen=True, slots=True)
class _Row:
    id: int
    path: str
    status: str
    kind: str
    sha256: str | None
    pdq: str | None
    pdq_quality: int | None
    reason: str | None


def item_categories(
    matches: Sequence[tuple[str, int, str | None, str | None, str | None]],
) -> tuple[Category, list[Category]]:
    """The category an item is counted under, and every category its matches name.

    ``matches`` are (kind, distance, scheme, code, set scheme). The best match decides:
    exact before perceptual, then the smallest distance. Several categories mean a conflict,
    which the report lists rather than resolving silently.
    """
    ranked = sorted(
        matches,
        key=lambda m: (m[0] in _PERCEPTUAL, m[1], m[2] or m[4] or "", m[3] or ""),
    )
    cats: list[Category] = []
    for _kind, _distance, scheme, code, set_scheme in ranked:
        cat = Category(scheme or set_scheme or "none", code if code is not None else UNCATEGORISED)
        if cat not in cats:
            cats.append(cat)
    return cats[0], cats


def _label(cat: Category) -> str:
    if cat.code == UNCATEGORISED:
        return "Uncategorised"
    return label(cat)


def build_triage(
    store: Store,
    case_name: str,
    exhibits: Sequence[str] | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """The triage report as one JSON-ready dict (the shape scripts and checks read)."""
    settings = settings or Settings()
    with store.session() as session:
        case = get_case(session, case_name)
        if exhibits:
            exhibit_rows = [get_exhibit(session, case, name) for name in exhibits]
        else:
            exhibit_rows = list(
                session.scalars(
                    select(Exhibit).where(Exhibit.case_id == case.id).order_by(Exhibit.name)
                )
            )
        exhibit_ids = [e.id for e in exhibit_rows]
        rows = [
            _Row(*r)
            for r in session.execute(
                select(
                    Item.id,
                    Item.path,
                    Item.status,
                    Item.kind,
                    Item.sha256,
                    Item.pdq,
                    Item.pdq_quality,
                    Item.reason,
                )
                .where(Item.exhibit_id.in_(exhibit_ids))
                .order_by(Item.path, Item.id)
            )
        ]
        match_rows = session.execute(
            select(
                MatchRow.item_id,
                MatchRow.kind,
                MatchRow.distance,
                KnownEntryRow.scheme,
                KnownEntryRow.code,
                HashSet.scheme,
                HashSet.known_good,
                HashSet.name,
                MatchRow.threshold,
                MatchRow.variant,
                KnownEntryRow.id,
                KnownEntryRow.source,
            )
            .join(KnownEntryRow, KnownEntryRow.id == MatchRow.entry_id)
            .join(HashSet, HashSet.id == MatchRow.hashset_id)
            .join(Item, Item.id == MatchRow.item_id)
            .where(Item.exhibit_id.in_(exhibit_ids))
        ).all()
        hashsets = [
            {
                "name": h.name,
                "entries": h.entry_count,
                "known_good": h.known_good,
                "scheme": h.scheme,
                "enabled": h.enabled,
            }
            for h in session.scalars(select(HashSet).order_by(HashSet.name))
        ]

    by_item: dict[int, list[tuple[str, int, str | None, str | None, str | None]]] = defaultdict(
        list
    )
    explained: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for (
        item_id,
        kind,
        distance,
        scheme,
        code,
        set_scheme,
        known_good,
        set_name,
        threshold,
        variant,
        entry_id,
        source,
    ) in match_rows:
        if not known_good:
            by_item[item_id].append((kind, distance, scheme, code, set_scheme))
            explained[item_id].append(
                {
                    "hashset": set_name,
                    "entry": entry_id,
                    "entry_source": source,
                    "kind": kind,
                    "distance": distance,
                    "threshold": threshold,
                    "variant": variant,
                    "category": {
                        "scheme": scheme or set_scheme or "none",
                        "code": code if code is not None else UNCATEGORISED,
                    },
                }
            )
            if kind == "vpdq":
                # A listed video matched by its frames: the shares and the worst distance.
                explained[item_id][-1]["video"] = read_explanation(variant)

    by_status = {s.value: 0 for s in ItemStatus}
    for row in rows:
        by_status[row.status] = by_status.get(row.status, 0) + 1

    hashed = {ItemStatus.PROCESSED.value, ItemStatus.KNOWN_GOOD.value}
    images = sum(1 for r in rows if r.kind == "image" and r.status in hashed)
    videos = sum(1 for r in rows if r.kind == "video" and r.status in hashed)

    known_files = 0
    exact_files = 0
    perceptual_files = 0
    vpdq_files = 0
    known_unique: set[str] = set()
    per_cat_files: dict[Category, int] = defaultdict(int)
    per_cat_unique: dict[Category, set[str]] = defaultdict(set)
    conflicts = []
    known_items = []
    best_by_item: dict[int, Category] = {}
    row_by_id = {r.id: r for r in rows}
    for item_id, matches in sorted(by_item.items()):
        row = row_by_id[item_id]
        known_files += 1
        if any(m[0] not in _PERCEPTUAL for m in matches):
            exact_files += 1
        else:
            perceptual_files += 1
        if any(m[0] == "vpdq" for m in matches):
            vpdq_files += 1
        content = row.sha256 or f"item:{item_id}"
        known_unique.add(content)
        best, cats = item_categories(matches)
        best_by_item[item_id] = best
        known_items.append(
            {
                "path": row.path,
                "sha256": row.sha256,
                "category": {"scheme": best.scheme, "code": best.code, "label": _label(best)},
                "matches": sorted(
                    explained[item_id],
                    key=lambda m: (m["kind"] in _PERCEPTUAL, m["distance"], m["entry"]),
                ),
            }
        )
        per_cat_files[best] += 1
        per_cat_unique[best].add(content)
        if len(cats) > 1:
            conflicts.append(
                {
                    "path": row.path,
                    "categories": [{"scheme": c.scheme, "code": c.code} for c in cats],
                }
            )

    novel = [
        r
        for r in rows
        if r.kind == "image" and r.status == ItemStatus.PROCESSED.value and r.id not in by_item
    ]
    groups = _novel_groups(novel, settings)
    exact_known = [
        row_by_id[i] for i, m in by_item.items() if any(k[0] not in _PERCEPTUAL for k in m)
    ]
    suggested = _suggestions(novel, exact_known, best_by_item, settings)

    return {
        "case": case_name,
        "exhibits": [e.name for e in exhibit_rows],
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cairn_version": cairn.__version__,
        "items": {"total": len(rows), "by_status": by_status},
        "media": {"images": images, "videos": videos},
        "known_material": {
            "files": known_files,
            "unique": len(known_unique),
            "exact_files": exact_files,
            "perceptual_files": perceptual_files,
            "vpdq_files": vpdq_files,
            "by_category": [
                {
                    "scheme": cat.scheme,
                    "code": cat.code,
                    "label": _label(cat),
                    "files": per_cat_files[cat],
                    "unique": len(per_cat_unique[cat]),
                }
                for cat in sorted(per_cat_files, key=lambda c: (c.scheme, c.code))
            ],
            "conflicts": sorted(conflicts, key=lambda c: c["path"]),
            "items": sorted(known_items, key=lambda i: i["path"]),
        },
        "novel": {
            "files": len(novel),
            "groups": len(set(groups.values())),
            "grouped_files": len(groups),
            "suggested": sorted(suggested, key=lambda g: g["path"]),
        },
        "damaged": [
            {"path": r.path, "reason": r.reason or ""}
            for r in rows
            if r.status == ItemStatus.DAMAGED.value
        ],
        "failed": [
            {"path": r.path, "reason": r.reason or ""}
            for r in rows
            if r.status == ItemStatus.FAILED.value
        ],
        "excluded": [
            {"path": r.path, "reason": r.reason or ""}
            for r in rows
            if r.status == ItemStatus.EXCLUDED.value
        ],
        "hashsets": hashsets,
        "settings": {
            "pdq_threshold": settings.pdq_threshold,
            "pdq_min_quality": settings.pdq_min_quality,
            "group_threshold": settings.group_threshold,
            "vpdq_frame_threshold": settings.vpdq_frame_threshold,
            "vpdq_min_quality": settings.vpdq_min_quality,
            "vpdq_query_match_percent": settings.vpdq_query_match_percent,
            "vpdq_index_match_percent": settings.vpdq_index_match_percent,
        },
    }


def _novel_groups(novel: Sequence[_Row], settings: Settings) -> dict[int, int]:
    """Item id → group number for novel images in near-duplicate groups of two or more."""
    if len(novel) < 2:
        return {}
    usable = np.array(
        [r.pdq is not None and (r.pdq_quality or 0) >= settings.pdq_min_quality for r in novel],
        dtype=bool,
    )
    pdqs = pdq_array([r.pdq or "0" * 64 for r in novel])
    return near_duplicate_groups(
        pdqs,
        [r.id for r in novel],
        settings.group_threshold,
        [r.sha256 or f"item:{r.id}" for r in novel],
        usable=usable,
    )


def _suggestions(
    novel: Sequence[_Row], known: Sequence[_Row], best: dict[int, Category], settings: Settings
) -> list[dict[str, Any]]:
    """A suggested category for each novel image within the PDQ threshold of an exactly
    matched known image of the same scope — a suggestion for the grader, never a match."""

    def usable(r: _Row) -> bool:
        return r.pdq is not None and (r.pdq_quality or 0) >= settings.pdq_min_quality

    refs = [r for r in known if usable(r)]
    queries = [r for r in novel if usable(r)]
    if not refs or not queries:
        return []
    index = FaissPDQIndex()
    index.add(pdq_array([r.pdq or "" for r in refs]), np.arange(len(refs), dtype=np.int64))
    hits = index.search(pdq_array([r.pdq or "" for r in queries]), settings.pdq_threshold)
    out = []
    for row, found in zip(queries, hits, strict=True):
        if not found:
            continue
        position, distance = found[0]
        ref = refs[position]
        cat = best[ref.id]
        out.append(
            {
                "path": row.path,
                "suggested": {"scheme": cat.scheme, "code": cat.code, "label": _label(cat)},
                "like": ref.path,
                "distance": distance,
            }
        )
    return out
