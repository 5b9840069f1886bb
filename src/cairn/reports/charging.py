"""The charging schedule: per accused and exhibit, the figures sentencing courts use.

For each accused (a person charged, or given the role ``accused``), for each exhibit linked
to them or to one of their charges, and for each category of the chosen scheme (UK A/B/C
by default): the **total** files and the **unique** ones (binary-distinct, by SHA-256),
split into **still** (items of kind image) and **moving** (kind video) images, where they
were found (**user storage** or a **cache**/thumbnail store, see ``locations``), how many
were recovered deleted, and the **earliest** and **latest** dates. Totals across the
accused's exhibits count a file found on two devices once in ``unique``. Each charge shows
the same figures over the exhibits linked to it.

How an item gets its category: its hash-set matches (known-good sets ignored) whose
category is in the chosen scheme decide, best match first, exactly as in the triage report
(:func:`cairn.reports.triage.item_categories`): exact before perceptual, then the smallest
distance. Items whose matches name other schemes only are counted apart
(``not_in_scheme``); items whose matches disagree within the scheme are listed as
conflicts and counted under the best match.

Dates are the EXIF original time (``DateTimeOriginal``, camera local time, no zone) of the
items that carry one; ``dated`` says how many did. File-system times are not stored yet, so
an item without EXIF has no date (the schedule says "none" rather than guess).

Every figure can be traced: the JSON form lists, with each figure, the ids of the items
behind it, and ``records`` describes each item (exhibit, path, hashes, kind, where found
and why, the date and the matches that decided its category).
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text
from sqlalchemy import select
from sqlalchemy.orm import Session

import cairn
from cairn.errors import ConfigError, UnknownCase
from cairn.hashsets.categories import get_scheme, label
from cairn.model import Category
from cairn.reports.locations import CACHE, classify
from cairn.reports.triage import UNCATEGORISED, item_categories
from cairn.store import Store
from cairn.store.operation_schema import (
    ChargeExhibitRow,
    ChargeRow,
    PersonExhibitRow,
    PersonRow,
    SeizureRow,
)
from cairn.store.operations import OFFENDER_ROLES, get_operation
from cairn.store.schema import Case, Exhibit, HashSet, Item, KnownEntryRow, MatchRow

__all__ = [
    "FIGURES",
    "CategorisedItem",
    "build_charging",
    "categorise_items",
    "exif_date",
    "figures",
    "render_charging_csv",
    "render_charging_text",
    "scheme_codes",
]

FIGURES = (
    "total",
    "unique",
    "still",
    "moving",
    "other",
    "still_unique",
    "moving_unique",
    "user_storage",
    "cache",
    "deleted",
    "dated",
    "earliest",
    "latest",
)
"""The figures of every row of the schedule, in column order."""

_EXIF_TIME = re.compile(r"\s*(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")


def exif_date(raw: object) -> str | None:
    """An EXIF original time as ``YYYY-MM-DDTHH:MM:SS``, or None when absent or invalid
    (the all-zero placeholder cameras write, impossible dates, years before 1970)."""
    if not isinstance(raw, str):
        return None
    found = _EXIF_TIME.match(raw)
    if found is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in found.groups())
        # Camera local time: EXIF 2.2 carries no zone, so none is invented here.
        value = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    if value.year < 1970:
        return None
    return value.isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class CategorisedItem:
    """One item of known material, categorised in the report's scheme (code None: its
    matches name other schemes only)."""

    id: int
    exhibit_id: int
    path: str
    sha256: str | None
    kind: str
    status: str
    deleted: bool
    where: str
    rule: str | None
    original_time: str | None
    date: str | None
    code: str | None
    codes: tuple[str, ...]
    matches: tuple[dict[str, Any], ...]

    @property
    def content(self) -> str:
        return self.sha256 or f"item:{self.id}"


def scheme_codes(scheme: str, found: Iterable[str] = ()) -> list[str]:
    """The codes a schedule lists: every code the scheme defines, then any other found."""
    defined = list(get_scheme(scheme).labels)
    return defined + sorted(set(found) - set(defined))


def categorise_items(
    session: Session, exhibit_ids: Sequence[int], scheme: str
) -> dict[int, CategorisedItem]:
    """Every item of the exhibits with a known-material match, categorised in ``scheme``."""
    if not exhibit_ids:
        return {}
    rows = session.execute(
        select(
            Item.id,
            Item.exhibit_id,
            Item.path,
            Item.sha256,
            Item.kind,
            Item.status,
            Item.deleted,
            Item.exif,
            MatchRow.id,
            MatchRow.kind,
            MatchRow.distance,
            KnownEntryRow.scheme,
            KnownEntryRow.code,
            HashSet.scheme,
            HashSet.name,
            KnownEntryRow.id,
        )
        .join(MatchRow, MatchRow.item_id == Item.id)
        .join(KnownEntryRow, KnownEntryRow.id == MatchRow.entry_id)
        .join(HashSet, HashSet.id == MatchRow.hashset_id)
        .where(Item.exhibit_id.in_(list(exhibit_ids)), HashSet.known_good.is_(False))
        .order_by(Item.id, MatchRow.id)
    ).all()
    facts: dict[int, tuple[Any, ...]] = {}
    matches: dict[int, list[tuple[str, int, str | None, str | None, str | None]]] = defaultdict(
        list
    )
    explained: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        item_id = row[0]
        facts[item_id] = tuple(row[1:8])
        _mid, kind, distance, entry_scheme, entry_code, set_scheme, set_name, entry_id = row[8:]
        cat_scheme = entry_scheme or set_scheme or "none"
        cat_code = entry_code if entry_code is not None else UNCATEGORISED
        explained[item_id].append(
            {
                "match": _mid,
                "hashset": set_name,
                "entry": entry_id,
                "kind": kind,
                "distance": distance,
                "category": {"scheme": cat_scheme, "code": cat_code},
            }
        )
        if cat_scheme == scheme and entry_code is not None:
            matches[item_id].append((kind, distance, entry_scheme, entry_code, set_scheme))
    out: dict[int, CategorisedItem] = {}
    for item_id, (exhibit_id, path, sha256, kind, status, deleted, exif) in facts.items():
        code: str | None = None
        codes: tuple[str, ...] = ()
        if matches[item_id]:
            best, cats = item_categories(matches[item_id])
            code = best.code
            codes = tuple(c.code for c in cats)
        location = classify(path)
        original = (exif or {}).get("original_time") if isinstance(exif, dict) else None
        out[item_id] = CategorisedItem(
            id=item_id,
            exhibit_id=exhibit_id,
            path=path,
            sha256=sha256,
            kind=kind,
            status=status,
            deleted=bool(deleted),
            where=location.where,
            rule=location.rule,
            original_time=original if isinstance(original, str) else None,
            date=exif_date(original),
            code=code,
            codes=codes,
            matches=tuple(explained[item_id]),
        )
    return out


def figures(items: Iterable[CategorisedItem]) -> dict[str, Any]:
    """The figures of one row of the schedule, with the ids of the items behind it."""
    chosen = sorted(items, key=lambda i: i.id)
    still = [i for i in chosen if i.kind == "image"]
    moving = [i for i in chosen if i.kind == "video"]
    dates = sorted(i.date for i in chosen if i.date)
    return {
        "total": len(chosen),
        "unique": len({i.content for i in chosen}),
        "still": len(still),
        "moving": len(moving),
        "other": len(chosen) - len(still) - len(moving),
        "still_unique": len({i.content for i in still}),
        "moving_unique": len({i.content for i in moving}),
        "user_storage": sum(1 for i in chosen if i.where != CACHE),
        "cache": sum(1 for i in chosen if i.where == CACHE),
        "deleted": sum(1 for i in chosen if i.deleted),
        "dated": len(dates),
        "earliest": dates[0] if dates else None,
        "latest": dates[-1] if dates else None,
        "items": [i.id for i in chosen],
    }


def _block(items: Sequence[CategorisedItem], scheme: str, codes: Sequence[str]) -> dict[str, Any]:
    """Rows per code, the row over all codes, items outside the scheme and conflicts."""
    graded = [i for i in items if i.code is not None]
    return {
        "by_category": [
            {
                "code": code,
                "label": label(Category(scheme, code)),
                **figures(i for i in graded if i.code == code),
            }
            for code in codes
        ],
        "all": figures(graded),
        "not_in_scheme": {
            "total": sum(1 for i in items if i.code is None),
            "items": sorted(i.id for i in items if i.code is None),
        },
        "conflicts": [
            {"item": i.id, "codes": list(i.codes)}
            for i in sorted(graded, key=lambda i: i.id)
            if len(i.codes) > 1
        ],
    }


def _date(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def build_charging(
    store: Store,
    operation: str,
    *,
    scheme: str = "uk",
    persons: Sequence[str] | None = None,
) -> dict[str, Any]:
    """The charging schedule of an operation as one JSON-ready dict."""
    get_scheme(scheme)  # a bad scheme name is a ConfigError before any work
    with store.session() as session:
        op = get_operation(session, operation)
        all_persons = list(
            session.scalars(
                select(PersonRow).where(PersonRow.operation_id == op.id).order_by(PersonRow.ref)
            )
        )
        charges = list(
            session.scalars(
                select(ChargeRow)
                .where(ChargeRow.operation_id == op.id)
                .order_by(ChargeRow.charged_on, ChargeRow.id)
            )
        )
        charged = {c.person_id for c in charges}
        if persons:
            by_ref = {p.ref: p for p in all_persons}
            missing = [r for r in persons if r not in by_ref]
            if missing:
                raise UnknownCase(f"operation {operation!r} has no person {missing[0]!r}")
            chosen = [by_ref[r] for r in dict.fromkeys(persons)]
            for person in chosen:
                if person.role not in OFFENDER_ROLES:
                    raise ConfigError(
                        f"person {person.ref!r} is a {person.role}; a charging schedule is "
                        "for suspects and accused"
                    )
        else:
            chosen = [p for p in all_persons if p.role == "accused" or p.id in charged]
        person_ids = [p.id for p in chosen]
        person_links = session.execute(
            select(
                PersonExhibitRow.person_id, PersonExhibitRow.exhibit_id, PersonExhibitRow.relation
            )
            .where(PersonExhibitRow.person_id.in_(person_ids))
            .order_by(PersonExhibitRow.id)
        ).all()
        charge_links = session.execute(
            select(ChargeExhibitRow.charge_id, ChargeExhibitRow.exhibit_id).where(
                ChargeExhibitRow.charge_id.in_([c.id for c in charges])
            )
        ).all()
        exhibit_ids = sorted({e for _p, e, _r in person_links} | {e for _c, e in charge_links})
        exhibits = {
            e.id: e for e in session.scalars(select(Exhibit).where(Exhibit.id.in_(exhibit_ids)))
        }
        case_names: dict[int, str] = {
            case_id: name
            for case_id, name in session.execute(
                select(Case.id, Case.name).where(
                    Case.id.in_({e.case_id for e in exhibits.values()})
                )
            )
        }
        seizures = {
            s.exhibit_id: s
            for s in session.scalars(
                select(SeizureRow).where(SeizureRow.exhibit_id.in_(exhibit_ids))
            )
        }
        items = categorise_items(session, exhibit_ids, scheme)

    codes = scheme_codes(scheme, (i.code for i in items.values() if i.code is not None))
    by_exhibit: dict[int, list[CategorisedItem]] = defaultdict(list)
    for item in items.values():
        by_exhibit[item.exhibit_id].append(item)

    def exhibit_info(exhibit_id: int, relation: str | None) -> dict[str, Any]:
        ex = exhibits[exhibit_id]
        seizure = seizures.get(exhibit_id)
        return {
            "id": ex.id,
            "case": case_names.get(ex.case_id, ""),
            "name": ex.name,
            "relation": relation,
            "label": seizure.label if seizure else "",
            "seized_on": _date(seizure.seized_on) if seizure else None,
            "seized_from": seizure.seized_from if seizure else "",
        }

    accused = []
    for person in chosen:
        own_charges = [c for c in charges if c.person_id == person.id]
        relations = {e: r for p, e, r in person_links if p == person.id}
        linked = set(relations) | {e for c, e in charge_links if c in {ch.id for ch in own_charges}}
        person_items = [i for e in sorted(linked) for i in by_exhibit.get(e, [])]
        accused.append(
            {
                "person": {
                    "id": person.id,
                    "ref": person.ref,
                    "name": person.name,
                    "role": person.role,
                    "age_band": person.age_band,
                },
                "charges": [
                    {
                        "id": c.id,
                        "offence": c.offence_code,
                        "statute": c.statute,
                        "section": c.section,
                        "title": c.title,
                        "charged_on": c.charged_on.isoformat(),
                        "reference": c.reference,
                        "exhibits": [
                            exhibit_info(e, relations.get(e))
                            for e in sorted({e for cid, e in charge_links if cid == c.id})
                        ],
                        **_block(
                            [
                                i
                                for e in sorted({e for cid, e in charge_links if cid == c.id})
                                for i in by_exhibit.get(e, [])
                            ],
                            scheme,
                            codes,
                        ),
                    }
                    for c in own_charges
                ],
                "exhibits": [
                    {
                        "exhibit": exhibit_info(e, relations.get(e)),
                        **_block(by_exhibit.get(e, []), scheme, codes),
                    }
                    for e in sorted(linked)
                ],
                "all_exhibits": _block(person_items, scheme, codes),
            }
        )

    return {
        "report": "charging",
        "operation": op.name,
        "scheme": {"name": scheme, "title": get_scheme(scheme).title},
        "codes": [{"code": c, "label": label(Category(scheme, c))} for c in codes],
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cairn_version": cairn.__version__,
        "definitions": {
            "total": "files of known material in the category",
            "unique": "binary-distinct files (by SHA-256)",
            "still": "items of kind image",
            "moving": "items of kind video",
            "user_storage": "found outside caches and thumbnail stores",
            "cache": "found in a cache or thumbnail store (path rules)",
            "dates": "EXIF original time where present; no date otherwise",
        },
        "accused": accused,
        "records": {
            "items": {
                str(i.id): {
                    "exhibit": i.exhibit_id,
                    "path": i.path,
                    "sha256": i.sha256,
                    "kind": i.kind,
                    "status": i.status,
                    "deleted": i.deleted,
                    "where": i.where,
                    "rule": i.rule,
                    "original_time": i.original_time,
                    "date": i.date,
                    "category": i.code,
                    "matches": list(i.matches),
                }
                for i in sorted(items.values(), key=lambda i: i.id)
            },
            "exhibits": {
                str(e): {"case": case_names.get(ex.case_id, ""), "name": ex.name}
                for e, ex in sorted(exhibits.items())
            },
        },
    }


# --- rendering ----------------------------------------------------------------------------


def _n(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


_COLUMNS = (
    ("total", "Total"),
    ("unique", "Unique"),
    ("still", "Still"),
    ("moving", "Moving"),
    ("user_storage", "User storage"),
    ("cache", "Cache"),
    ("deleted", "Deleted"),
    ("earliest", "Earliest"),
    ("latest", "Latest"),
)


def _table(title: str, block: dict[str, Any]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("Category")
    for _key, heading in _COLUMNS:
        table.add_column(heading, justify="right")
    for row in [*block["by_category"], {"label": "All", **block["all"]}]:
        table.add_row(row["label"], *(_n(row[key]) for key, _h in _COLUMNS))
    return table


def render_charging_text(report: dict[str, Any], console: Console | None = None) -> str:
    """The schedule as a prosecutor reads it in a terminal."""
    console = console or Console(record=True, width=140, file=io.StringIO())
    parts: list[Any] = [
        Text(
            f"Charging schedule: operation {report['operation']}  "
            f"scheme: {report['scheme']['title']}",
            style="bold",
        )
    ]
    if not report["accused"]:
        parts.append(Text("no accused (charge a person or give them the role accused)"))
    for entry in report["accused"]:
        person = entry["person"]
        who = f"{person['ref']}" + (f" {person['name']}" if person["name"] else "")
        parts.append(Text(f"\nAccused {who}", style="bold"))
        for charge in entry["charges"]:
            exhibits = ", ".join(f"{e['case']}:{e['name']}" for e in charge["exhibits"]) or "-"
            parts.append(
                Text(
                    f"charge {charge['id']} on {charge['charged_on']}: {charge['statute']} "
                    f"{charge['section']} {charge['title']}; exhibits {exhibits}; "
                    f"{_n(charge['all']['total'])} file(s), {_n(charge['all']['unique'])} unique"
                )
            )
        for ex in entry["exhibits"]:
            info = ex["exhibit"]
            title = f"Exhibit {info['case']}:{info['name']}" + (
                f" ({info['label']})" if info["label"] else ""
            )
            parts.append(_table(title, ex))
            if ex["not_in_scheme"]["total"]:
                parts.append(
                    Text(f"  {ex['not_in_scheme']['total']} file(s) graded in other schemes only")
                )
        parts.append(_table(f"All exhibits of {person['ref']}", entry["all_exhibits"]))
    console.print(Group(*parts))
    return console.export_text()


def render_charging_csv(report: dict[str, Any]) -> str:
    """One row per accused, exhibit (or ALL) and category (or ALL)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    keys = [k for k in FIGURES]
    writer.writerow(
        ["operation", "person", "case", "exhibit", "label", "scheme", "code", "category", *keys]
    )
    scheme = report["scheme"]["name"]
    for entry in report["accused"]:
        ref = entry["person"]["ref"]
        blocks = [
            (ex["exhibit"]["case"], ex["exhibit"]["name"], ex["exhibit"]["label"], ex)
            for ex in entry["exhibits"]
        ]
        blocks.append(("ALL", "ALL", "", entry["all_exhibits"]))
        for case, name, seizure_label, block in blocks:
            for row in [*block["by_category"], {"code": "ALL", "label": "All", **block["all"]}]:
                writer.writerow(
                    [
                        report["operation"],
                        ref,
                        case,
                        name,
                        seizure_label,
                        scheme,
                        row["code"],
                        row["label"],
                        *("" if row[k] is None else row[k] for k in keys),
                    ]
                )
    return out.getvalue()
