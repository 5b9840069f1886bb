"""Rendering reports for people: a rich text table for the terminal, one self-contained
HTML page (inline styles, no external assets: nothing is fetched when it is opened)."""

from __future__ import annotations

import io
import json
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

__all__ = ["render_html", "render_json", "render_text"]

_env = Environment(
    loader=PackageLoader("cairn.reports", "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_json(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False)


def render_html(report: dict[str, Any], template: str = "triage.html") -> str:
    return _env.get_template(template).render(r=report)


def render_text(report: dict[str, Any], console: Console | None = None) -> str:
    """The triage report as the examiner reads it in a terminal."""
    console = console or Console(record=True, width=100, file=io.StringIO())
    items = report["items"]
    known = report["known_material"]
    summary = Table(
        title=f"Triage: case {report['case']}  exhibits: {', '.join(report['exhibits']) or '-'}",
        show_header=False,
    )
    summary.add_column("what")
    summary.add_column("count", justify="right")
    summary.add_row("items", str(items["total"]))
    for status, count in items["by_status"].items():
        summary.add_row(f"  {status}", str(count))
    summary.add_row("images", str(report["media"]["images"]))
    summary.add_row("videos", str(report["media"]["videos"]))
    summary.add_row("known material files (unique)", f"{known['files']} ({known['unique']})")
    summary.add_row("  by exact hash", str(known["exact_files"]))
    summary.add_row("  by PDQ only", str(known["perceptual_files"]))
    summary.add_row("novel images", str(report["novel"]["files"]))
    summary.add_row("  near-duplicate groups", str(report["novel"]["groups"]))
    summary.add_row("  with a suggested category", str(len(report["novel"].get("suggested", []))))
    parts: list[Any] = [summary]
    if known["by_category"]:
        cats = Table(title="Known material by category")
        for column in ("scheme", "code", "label", "files", "unique"):
            cats.add_column(column, justify="right" if column in ("files", "unique") else "left")
        for row in known["by_category"]:
            cats.add_row(
                row["scheme"], row["code"], row["label"], str(row["files"]), str(row["unique"])
            )
        parts.append(cats)
    if known.get("conflicts"):
        parts.append(
            Text(
                f"{len(known['conflicts'])} item(s) matched sets that disagree on "
                "the category; see the JSON or HTML report",
                style="bold",
            )
        )
    for key, title in (("damaged", "Damaged"), ("failed", "Failed"), ("excluded", "Excluded")):
        rows = report.get(key) or []
        if rows:
            table = Table(title=f"{title} ({len(rows)})")
            table.add_column("path", overflow="fold")
            table.add_column("reason", overflow="fold")
            for row in rows[:50]:
                table.add_row(row["path"], row["reason"])
            if len(rows) > 50:
                table.add_row(f"... {len(rows) - 50} more", "")
            parts.append(table)
    console.print(Group(*parts))
    return console.export_text()
