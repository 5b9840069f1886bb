"""The operation report: one page a commander can read, every figure traceable.

Figures, each over the operation's cases and their exhibits:

- **period**: the operation's start and end dates when set, else the earliest and latest
  dated record (event, charge or seizure).
- **people**: suspects (persons with the role suspect or accused), arrested (persons with
  an arrest event), charged (persons with a charge), reported to the prosecutor.
- **charges**: the number of charges, and by offence (charges and persons charged).
- **exhibits**: exhibits of the cases, and those processed (with at least one item).
- **items**: items by status; still images and videos among processed items.
- **images recovered**: known material categorised in the scheme (UK A/B/C by default, as
  in the charging schedule): total, unique, still, moving, by category.
- **chats**: conversations imported from the exhibits, those assessed, by risk level.
- **children**: victims and potential victims in a child age band (or unknown age),
  identified (an identification event), referred for safeguarding, and safeguarded
  (their latest safeguarding outcome is ``safeguarded``).
- **referrals**: NCMEC CyberTipline referrals imported into the cases.

``trace`` maps each figure (a dotted path into the report) to the records behind it: a
table and the ids of its rows, or, for volumes (items), the table, the filter and the count
per exhibit. The JSON form carries it; the text, HTML and CSV forms carry the figures.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text
from sqlalchemy import func, select

import cairn
from cairn.hashsets.categories import get_scheme, label
from cairn.model import Category, ItemStatus
from cairn.reports.charging import CategorisedItem, categorise_items, scheme_codes
from cairn.store import Store
from cairn.store.chat_schema import ConversationRow
from cairn.store.operation_schema import ChargeRow, EventRow, PersonRow, ReferralRow, SeizureRow
from cairn.store.operations import (
    CHILD_AGE_BANDS,
    OFFENDER_ROLES,
    get_operation,
    operation_case_ids,
)
from cairn.store.schema import Case, Exhibit, Item

__all__ = [
    "bar_chart_svg",
    "build_operation",
    "render_operation_csv",
    "render_operation_html",
    "render_operation_text",
]

_CHILD_ROLES = ("victim", "potential-victim")
_MEDIA_STATUSES = (ItemStatus.PROCESSED.value, ItemStatus.KNOWN_GOOD.value)


def _ids(rows: Sequence[Any]) -> list[int]:
    return sorted({int(r) for r in rows})


def build_operation(store: Store, operation: str, *, scheme: str = "uk") -> dict[str, Any]:
    """The operation report as one JSON-ready dict, with ``trace`` for every figure."""
    get_scheme(scheme)
    with store.session() as session:
        op = get_operation(session, operation)
        case_ids = operation_case_ids(session, op)
        cases = list(session.scalars(select(Case).where(Case.id.in_(case_ids)).order_by(Case.name)))
        exhibits = list(
            session.scalars(
                select(Exhibit).where(Exhibit.case_id.in_(case_ids)).order_by(Exhibit.id)
            )
        )
        exhibit_ids = [e.id for e in exhibits]
        counts = session.execute(
            select(Item.exhibit_id, Item.status, Item.kind, func.count())
            .where(Item.exhibit_id.in_(exhibit_ids))
            .group_by(Item.exhibit_id, Item.status, Item.kind)
        ).all()
        persons = list(
            session.scalars(
                select(PersonRow).where(PersonRow.operation_id == op.id).order_by(PersonRow.id)
            )
        )
        events = list(
            session.scalars(
                select(EventRow)
                .where(EventRow.operation_id == op.id)
                .order_by(EventRow.occurred_on, EventRow.id)
            )
        )
        charges = list(
            session.scalars(
                select(ChargeRow).where(ChargeRow.operation_id == op.id).order_by(ChargeRow.id)
            )
        )
        seizures = list(
            session.scalars(select(SeizureRow).where(SeizureRow.exhibit_id.in_(exhibit_ids)))
        )
        conversations = session.execute(
            select(ConversationRow.id, ConversationRow.level, ConversationRow.assessed_with).where(
                ConversationRow.exhibit_id.in_(exhibit_ids)
            )
        ).all()
        referrals = list(
            session.scalars(select(ReferralRow.id).where(ReferralRow.case_id.in_(case_ids)))
        )
        items = categorise_items(session, exhibit_ids, scheme)

    trace: dict[str, Any] = {}

    def traced(key: str, table: str, ids: Sequence[int], **extra: Any) -> int:
        ids = _ids(ids)
        trace[key] = {"records": table, "ids": ids, **extra}
        return len(ids)

    # Period.
    dated: list[tuple[date, str, int]] = [(e.occurred_on, "events", e.id) for e in events]
    dated += [(c.charged_on, "charges", c.id) for c in charges]
    dated += [(s.seized_on, "seizures", s.id) for s in seizures if s.seized_on is not None]
    dated.sort()
    period_from = op.started_on.isoformat() if op.started_on else None
    period_to = op.ended_on.isoformat() if op.ended_on else None
    trace["period.from"] = (
        {"records": "operations", "ids": [op.id], "field": "started_on"}
        if op.started_on
        else ({"records": dated[0][1], "ids": [dated[0][2]]} if dated else {"records": None})
    )
    trace["period.to"] = (
        {"records": "operations", "ids": [op.id], "field": "ended_on"}
        if op.ended_on
        else ({"records": dated[-1][1], "ids": [dated[-1][2]]} if dated else {"records": None})
    )
    if period_from is None and dated:
        period_from = dated[0][0].isoformat()
    if period_to is None and dated:
        period_to = dated[-1][0].isoformat()

    # People.
    by_id = {p.id: p for p in persons}
    kinds: dict[str, list[EventRow]] = defaultdict(list)
    for event in events:
        kinds[event.kind].append(event)

    def persons_with(kind: str) -> list[int]:
        return [e.person_id for e in kinds[kind] if e.person_id is not None]

    people = {
        "suspects": traced(
            "people.suspects", "persons", [p.id for p in persons if p.role in OFFENDER_ROLES]
        ),
        "arrested": traced(
            "people.arrested",
            "persons",
            persons_with("arrest"),
            events=_ids([e.id for e in kinds["arrest"]]),
        ),
        "charged": traced(
            "people.charged",
            "persons",
            [c.person_id for c in charges],
            charges=_ids([c.id for c in charges]),
        ),
        "reported_to_prosecutor": traced(
            "people.reported_to_prosecutor",
            "persons",
            persons_with("report-to-prosecutor"),
            events=_ids([e.id for e in kinds["report-to-prosecutor"]]),
        ),
    }

    # Charges by offence.
    offences: dict[str, list[ChargeRow]] = defaultdict(list)
    for charge in charges:
        offences[charge.offence_code].append(charge)
    by_offence = []
    for index, (code, rows) in enumerate(
        sorted(offences.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ):
        first = rows[0]
        by_offence.append(
            {
                "offence": code,
                "statute": first.statute,
                "section": first.section,
                "title": first.title,
                "charges": traced(
                    f"charges.by_offence.{index}.charges", "charges", [c.id for c in rows]
                ),
                "persons": traced(
                    f"charges.by_offence.{index}.persons", "persons", [c.person_id for c in rows]
                ),
            }
        )
    charge_figures = {
        "total": traced("charges.total", "charges", [c.id for c in charges]),
        "by_offence": by_offence,
    }

    # Exhibits and items.
    per_exhibit: dict[int, int] = Counter()
    by_status: dict[str, dict[int, int]] = {s.value: Counter() for s in ItemStatus}
    still: dict[int, int] = Counter()
    moving: dict[int, int] = Counter()
    for exhibit_id, status, kind, count in counts:
        per_exhibit[exhibit_id] += count
        by_status.setdefault(status, Counter())[exhibit_id] += count
        if status in _MEDIA_STATUSES and kind == "image":
            still[exhibit_id] += count
        if status in _MEDIA_STATUSES and kind == "video":
            moving[exhibit_id] += count

    def volume(key: str, per: dict[int, int], where: dict[str, Any]) -> int:
        trace[key] = {
            "records": "items",
            "where": {"exhibit_id": exhibit_ids, **where},
            "by_exhibit": {str(e): n for e, n in sorted(per.items()) if n},
        }
        return sum(per.values())

    exhibit_figures = {
        "total": traced("exhibits.total", "exhibits", exhibit_ids),
        "processed": traced(
            "exhibits.processed", "exhibits", [e for e, n in per_exhibit.items() if n]
        ),
    }
    item_figures = {
        "total": volume("items.total", per_exhibit, {}),
        "by_status": {
            status: volume(f"items.by_status.{status}", per, {"status": status})
            for status, per in by_status.items()
        },
        "still_images": volume(
            "items.still_images", still, {"status": list(_MEDIA_STATUSES), "kind": "image"}
        ),
        "videos": volume(
            "items.videos", moving, {"status": list(_MEDIA_STATUSES), "kind": "video"}
        ),
    }

    # Images recovered (known material in the scheme).
    graded = [i for i in items.values() if i.code is not None]
    codes = scheme_codes(scheme, (i.code for i in graded if i.code is not None))

    def recovered(key: str, chosen: Sequence[CategorisedItem]) -> dict[str, int]:
        out = {
            "total": traced(f"{key}.total", "items", [i.id for i in chosen]),
            "unique": len({i.content for i in chosen}),
            "still": traced(f"{key}.still", "items", [i.id for i in chosen if i.kind == "image"]),
            "moving": traced(f"{key}.moving", "items", [i.id for i in chosen if i.kind == "video"]),
        }
        trace[f"{key}.unique"] = {
            "records": "items",
            "ids": sorted(i.id for i in chosen),
            "distinct": "sha256",
        }
        return out

    images = {
        "scheme": scheme,
        **recovered("images_recovered", graded),
        "by_category": [
            {
                "code": code,
                "label": label(Category(scheme, code)),
                **recovered(
                    f"images_recovered.by_category.{index}", [i for i in graded if i.code == code]
                ),
            }
            for index, code in enumerate(codes)
        ],
    }

    # Chats.
    levels: dict[str, list[int]] = defaultdict(list)
    for conv_id, level, _assessed in conversations:
        levels[level or "none"].append(conv_id)
    chats = {
        "conversations": traced(
            "chats.conversations", "conversations", [c[0] for c in conversations]
        ),
        "assessed": traced(
            "chats.assessed", "conversations", [c[0] for c in conversations if c[2]]
        ),
        "by_level": {
            level: traced(f"chats.by_level.{level}", "conversations", ids)
            for level, ids in sorted(levels.items())
        },
    }

    # Children.
    children_ids = {
        p.id for p in persons if p.role in _CHILD_ROLES and p.age_band in CHILD_AGE_BANDS
    }
    latest_outcome: dict[int, EventRow] = {}
    for event in kinds["safeguarding-outcome"]:
        if event.person_id in children_ids:
            latest_outcome[event.person_id] = event  # events are in date order
    children = {
        "victims": traced("children.victims", "persons", list(children_ids)),
        "identified": traced(
            "children.identified",
            "persons",
            [p for p in persons_with("identification") if p in children_ids],
            events=_ids([e.id for e in kinds["identification"] if e.person_id in children_ids]),
        ),
        "referred": traced(
            "children.referred",
            "persons",
            [p for p in persons_with("safeguarding-referral") if p in children_ids],
            events=_ids(
                [e.id for e in kinds["safeguarding-referral"] if e.person_id in children_ids]
            ),
        ),
        "safeguarded": traced(
            "children.safeguarded",
            "persons",
            [p for p, e in latest_outcome.items() if e.outcome == "safeguarded"],
            events=_ids([e.id for e in latest_outcome.values() if e.outcome == "safeguarded"]),
        ),
    }

    return {
        "report": "operation",
        "operation": {
            "name": op.name,
            "description": op.description,
            "started_on": op.started_on.isoformat() if op.started_on else None,
            "ended_on": op.ended_on.isoformat() if op.ended_on else None,
        },
        "period": {
            "from": period_from,
            "to": period_to,
            "source": "operation dates" if op.started_on or op.ended_on else "records",
        },
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cairn_version": cairn.__version__,
        "cases": {
            "total": traced("cases.total", "cases", case_ids),
            "names": [c.name for c in cases],
        },
        "people": people,
        "charges": charge_figures,
        "exhibits": exhibit_figures,
        "items": item_figures,
        "images_recovered": images,
        "chats": chats,
        "children": children,
        "referrals": {"total": traced("referrals.total", "referrals", referrals)},
        "scheme": {"name": scheme, "title": get_scheme(scheme).title},
        "persons_by_id": {str(p.id): {"ref": p.ref, "role": p.role} for p in by_id.values()},
        "trace": trace,
    }


# --- rendering ----------------------------------------------------------------------------


def _rows(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(section, figure, value) for the text and CSV forms, in reading order."""
    people = report["people"]
    rows = [
        ("period", "from", report["period"]["from"] or "none"),
        ("period", "to", report["period"]["to"] or "none"),
        ("cases", "cases", str(report["cases"]["total"])),
        ("people", "suspects", str(people["suspects"])),
        ("people", "arrested", str(people["arrested"])),
        ("people", "charged", str(people["charged"])),
        ("people", "reported to prosecutor", str(people["reported_to_prosecutor"])),
        ("charges", "charges", str(report["charges"]["total"])),
    ]
    for row in report["charges"]["by_offence"]:
        rows.append(
            (
                "charges by offence",
                f"{row['statute']} {row['section']} {row['title']}".strip(),
                f"{row['charges']} ({row['persons']} person(s))",
            )
        )
    rows += [
        ("exhibits", "exhibits", str(report["exhibits"]["total"])),
        ("exhibits", "processed", str(report["exhibits"]["processed"])),
        ("items", "items", str(report["items"]["total"])),
        *(("items", status, str(count)) for status, count in report["items"]["by_status"].items()),
        ("items", "still images", str(report["items"]["still_images"])),
        ("items", "videos", str(report["items"]["videos"])),
    ]
    images = report["images_recovered"]
    rows += [
        ("images recovered", "total", str(images["total"])),
        ("images recovered", "unique", str(images["unique"])),
        ("images recovered", "still", str(images["still"])),
        ("images recovered", "moving", str(images["moving"])),
        *(
            ("images recovered", c["label"], f"{c['total']} ({c['unique']} unique)")
            for c in images["by_category"]
        ),
        ("chats", "conversations", str(report["chats"]["conversations"])),
        ("chats", "assessed", str(report["chats"]["assessed"])),
        *(("chats", f"level {k}", str(v)) for k, v in report["chats"]["by_level"].items()),
        ("children", "victims and potential victims", str(report["children"]["victims"])),
        ("children", "identified", str(report["children"]["identified"])),
        ("children", "referred for safeguarding", str(report["children"]["referred"])),
        ("children", "safeguarded", str(report["children"]["safeguarded"])),
        ("referrals", "NCMEC referrals", str(report["referrals"]["total"])),
    ]
    return rows


def render_operation_text(report: dict[str, Any], console: Console | None = None) -> str:
    console = console or Console(record=True, width=100, file=io.StringIO())
    table = Table(
        title=f"Operation {report['operation']['name']}: "
        f"{report['period']['from'] or '?'} to {report['period']['to'] or '?'}",
        title_justify="left",
    )
    table.add_column("section")
    table.add_column("figure", overflow="fold")
    table.add_column("value", justify="right")
    for section, figure, value in _rows(report):
        table.add_row(section, figure, value)
    console.print(Group(table, Text(f"images recovered graded in: {report['scheme']['title']}")))
    return console.export_text()


def render_operation_csv(report: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["operation", "section", "figure", "value"])
    for section, figure, value in _rows(report):
        writer.writerow([report["operation"]["name"], section, figure, value])
    return out.getvalue()


_PALETTE = ("#1f4e79", "#7fa7c9", "#b85c00", "#e8a64f")


def bar_chart_svg(
    title: str,
    bars: Sequence[tuple[str, Sequence[int]]],
    series: Sequence[str] = (),
    *,
    width: int = 520,
) -> Markup:
    """A horizontal bar chart as inline SVG (no script, no external reference).

    ``bars`` are (label, values); several values per bar are stacked, named by ``series``
    in the legend. Each bar carries its total at its end, so the chart reads without axes.
    """
    label_width, row, top = 190, 26, 30
    plot = width - label_width - 60
    most = max((sum(values) for _label, values in bars), default=0) or 1
    legend = 18 if len(series) > 1 else 0
    height = top + legend + row * len(bars) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
        f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>',
    ]
    if legend:
        key_x = label_width
        for index, name in enumerate(series):
            colour = _PALETTE[index % len(_PALETTE)]
            parts.append(
                f'<rect x="{key_x}" y="{top - 8}" width="10" height="10" fill="{colour}"/>'
            )
            parts.append(
                f'<text x="{key_x + 14}" y="{top + 1}" font-size="11">{escape(name)}</text>'
            )
            key_x += 14 + 8 * len(name) + 16
    for index, (name, values) in enumerate(bars):
        y = top + legend + index * row
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 15}" font-size="12" '
            f'text-anchor="end">{escape(name)}</text>'
        )
        x = float(label_width)
        for position, value in enumerate(values):
            span = plot * value / most
            if span > 0:
                colour = _PALETTE[position % len(_PALETTE)]
                parts.append(
                    f'<rect x="{x:.1f}" y="{y + 3}" width="{span:.1f}" height="{row - 8}" '
                    f'fill="{colour}"><title>{escape(name)}: {value:,}</title></rect>'
                )
                x += span
        parts.append(f'<text x="{x + 5:.1f}" y="{y + 15}" font-size="12">{sum(values):,}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


_env = Environment(
    loader=PackageLoader("cairn.reports", "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_operation_html(report: dict[str, Any]) -> str:
    """One self-contained page with two charts: images by category, and people from
    suspect to prosecutor with children identified and safeguarded."""
    images = report["images_recovered"]
    people = report["people"]
    children = report["children"]
    charts = [
        bar_chart_svg(
            f"Images recovered by category ({report['scheme']['name']})",
            [(c["label"], (c["still"], c["moving"])) for c in images["by_category"]],
            ("still", "moving"),
        ),
        bar_chart_svg(
            "People",
            [
                ("suspects", (people["suspects"],)),
                ("arrested", (people["arrested"],)),
                ("charged", (people["charged"],)),
                ("reported to prosecutor", (people["reported_to_prosecutor"],)),
                ("children identified", (0, 0, children["identified"])),
                ("children safeguarded", (0, 0, children["safeguarded"])),
            ],
        ),
    ]
    return _env.get_template("operation.html").render(r=report, charts=charts)
