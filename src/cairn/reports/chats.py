"""The chat report: conversations ranked by risk with the indicators that fired (each with
the message it came from), and the identifiers found, with their links across
conversations, exhibits and cases. Text for the terminal, JSON, or one HTML page.

This report is the one place chat text appears (the evidence snippets): logs and errors
never carry it.
"""

from __future__ import annotations

import io
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

import cairn
from cairn.reports.render import render_html
from cairn.store.chats import chat_report_data
from cairn.store.database import Store

__all__ = ["build_chat_report", "render_chats_html", "render_chats_text"]


def build_chat_report(store: Store, case_name: str) -> dict[str, Any]:
    """The report's data: ``conversations`` (highest score first) and ``identifiers``."""
    data = chat_report_data(store, case_name)
    levels = Counter(c["risk"]["level"] for c in data["conversations"])
    categories = Counter(k for c in data["conversations"] for k in c["risk"]["categories"])
    zones = sorted({c["time_zone"] for c in data["conversations"] if c["time_zone"]})
    regions = sorted({c["region"] for c in data["conversations"] if c["region"]})
    return {
        "case": case_name,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cairn_version": cairn.__version__,
        "summary": {
            "conversations": len(data["conversations"]),
            "messages": sum(c["messages"] for c in data["conversations"]),
            "by_level": {k: levels.get(k, 0) for k in ("high", "medium", "low", "none")},
            "by_category": dict(sorted(categories.items())),
            "identifiers": len(data["identifiers"]),
            "linked_identifiers": sum(1 for i in data["identifiers"] if i["linked"]),
        },
        "assumptions": {
            "time_zones": zones,
            "phone_regions": regions,
            "note": "Local times without an offset were read in the zone shown per conversation "
            "(WhatsApp text carries none); national phone numbers were read in the region shown "
            "(none: only numbers written with + were read).",
        },
        "conversations": data["conversations"],
        "identifiers": data["identifiers"],
    }


def render_chats_html(report: dict[str, Any]) -> str:
    return render_html(report, template="chats.html")


def render_chats_text(report: dict[str, Any], console: Console | None = None) -> str:
    """The chat report as an analyst reads it in a terminal."""
    console = console or Console(record=True, width=120, file=io.StringIO())
    summary = report["summary"]
    parts: list[Any] = [
        Text(
            f"Chats: case {report['case']}: {summary['conversations']} conversations, "
            f"{summary['messages']} messages; levels "
            + ", ".join(f"{k} {v}" for k, v in summary["by_level"].items())
            + f"; {summary['linked_identifiers']} linked identifier(s)",
            style="bold",
        )
    ]
    zones = ", ".join(report["assumptions"]["time_zones"]) or "none needed"
    regions = ", ".join(report["assumptions"]["phone_regions"]) or "none (international only)"
    parts.append(Text(f"assumed time zone(s): {zones}; phone region(s): {regions}"))
    ranked = Table(title="Conversations by risk")
    for column in ("score", "level", "categories", "format", "source", "participants", "msgs"):
        ranked.add_column(column, overflow="fold")
    for c in report["conversations"]:
        ranked.add_row(
            f"{c['risk']['score']:.2f}",
            c["risk"]["level"],
            ", ".join(c["risk"]["categories"]) or "-",
            c["format"],
            c["source"],
            ", ".join(c["participants"][:4]) + (" …" if len(c["participants"]) > 4 else ""),
            str(c["messages"]),
        )
    parts.append(ranked)
    for c in report["conversations"]:
        if not c["risk"]["indicators"] or c["risk"]["level"] == "none":
            continue
        table = Table(
            title=f"Evidence: {c['source']} ({c['id'][:12]}, score {c['risk']['score']:.2f})"
        )
        for column in ("msg", "family", "indicator", "author", "role", "text"):
            table.add_column(column, overflow="fold")
        for i in c["risk"]["indicators"]:
            table.add_row(
                str(i["message"]), i["family"], i["name"], i["author"], i["role"], i["text"]
            )
        parts.append(table)
        if c["risk"].get("terms"):
            words = ", ".join(t["term"] for t in c["risk"]["terms"])
            parts.append(Text(f"words that raised the score: {words}"))
    if report["identifiers"]:
        ids = Table(title="Identifiers (linked first)")
        for column in ("kind", "value", "linked", "conversations", "exhibits", "cases"):
            ids.add_column(column, overflow="fold")
        for i in report["identifiers"]:
            ids.add_row(
                i["kind"],
                i["value"],
                "yes" if i["linked"] else "",
                str(len(i["conversations"])),
                ", ".join(i["exhibits"]),
                ", ".join(i["cases"]),
            )
        parts.append(ids)
    console.print(Group(*parts))
    return console.export_text()
