"""``cairn chats``: import chat exports on their own and list a case's conversations;
``cairn report chats``: the ranked chat report with evidence and identifier links."""

from __future__ import annotations

from pathlib import Path

import click

from cairn.chats.formats.base import resolve_zone
from cairn.chats.formats.registry import parser_names
from cairn.chats.importer import check_region, import_path
from cairn.cli.context import App, pass_app
from cairn.errors import SourceError
from cairn.reports.chats import build_chat_report, render_chats_html, render_chats_text
from cairn.reports.render import render_json
from cairn.store.audit import record
from cairn.store.chats import list_conversations
from cairn.store.queries import get_or_create_exhibit

__all__ = ["chats", "report_chats"]


@click.group()
def chats() -> None:
    """Chat exports: import, list."""


@chats.command("import")
@click.argument("path", type=click.Path(path_type=Path, exists=False))
@click.option("--case", "case_name", required=True, help="Case the exhibit belongs to.")
@click.option("--exhibit", required=True, help="Exhibit name (created if missing).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(parser_names()),
    default=None,
    help="Chat format (default: detected from each file's content).",
)
@click.option(
    "--region",
    default=None,
    metavar="CC",
    help="Default phone region for national-format numbers (e.g. GB); recorded.",
)
@click.option(
    "--timezone",
    "time_zone",
    default="UTC",
    show_default=True,
    metavar="ZONE",
    help="IANA zone assumed for local times without an offset (WhatsApp text); recorded.",
)
@click.option(
    "--date-order",
    type=click.Choice(["auto", "dmy", "mdy", "ymd"]),
    default="auto",
    show_default=True,
    help="Day/month order of WhatsApp text dates (auto: inferred from the values).",
)
@pass_app
def import_command(
    app: App,
    path: Path,
    case_name: str,
    exhibit: str,
    fmt: str | None,
    region: str | None,
    time_zone: str,
    date_order: str,
) -> None:
    """Import the chat export(s) at PATH (a file or a folder) into an exhibit; idempotent."""
    region = check_region(region)
    resolve_zone(time_zone)
    if not path.exists():
        raise SourceError(f"{path} does not exist")
    source = str(path.resolve())
    row, _created = get_or_create_exhibit(app.store, case_name, exhibit, source, "chat_export")
    summary = import_path(
        app.store,
        row.id,
        path,
        fmt=fmt,
        region=region,
        time_zone=time_zone,
        date_order=date_order,
    )
    record(
        app.store,
        "chats.import",
        case=case_name,
        detail={
            "exhibit": exhibit,
            "path": source,
            "format": fmt,
            "region": region,
            "time_zone": time_zone,
            "date_order": date_order,
            "exports": summary.exports,
            "conversations": summary.conversations,
            "replaced": summary.replaced,
            "messages": summary.messages,
            "failures": len(summary.failures),
        },
    )
    formats = ", ".join(f"{k} {v}" for k, v in sorted(summary.formats.items())) or "none"
    click.echo(
        f"exhibit {exhibit}: {summary.exports} export(s) ({formats}), "
        f"{summary.conversations} conversation(s) ({summary.replaced} replaced), "
        f"{summary.messages} message(s), {summary.indicators} indicator(s), "
        f"{summary.identifiers} identifier occurrence(s)"
    )
    click.echo(f"assumed time zone {time_zone} for local times; phone region {region or 'none'}")
    for warning in summary.warnings[:20]:
        click.echo(f"warning: {warning}", err=True)
    for failure in summary.failures:
        click.echo(f"failed: {failure}", err=True)
    if summary.failures:
        raise SourceError(f"{len(summary.failures)} export(s) could not be read")


@chats.command("list")
@click.option("--case", "case_name", required=True, help="Case to list.")
@pass_app
def list_command(app: App, case_name: str) -> None:
    """The case's conversations, highest risk first."""
    rows = list_conversations(app.store, case_name)
    record(app.store, "chats.list", case=case_name, detail={"conversations": len(rows)})
    for row in rows:
        click.echo(
            f"{row['score']:.2f} {row['level']:<6} {row['id'][:12]} {row['format']:<15} "
            f"{row['messages']:>6} msgs  {row['exhibit']}:{row['source']}  "
            f"{','.join(row['categories']) or '-'}"
        )
    if not rows:
        click.echo(f"case {case_name}: no conversations")


@click.command("chats")
@click.option("--case", "case_name", required=True, help="Case to report on.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
)
@pass_app
def report_chats(app: App, case_name: str, fmt: str) -> None:
    """Conversations ranked by risk with their evidence; identifiers and their links."""
    data = build_chat_report(app.store, case_name)
    record(
        app.store,
        "report.chats",
        case=case_name,
        detail={"format": fmt, "conversations": len(data["conversations"])},
    )
    if fmt == "json":
        click.echo(render_json(data))
    elif fmt == "html":
        click.echo(render_chats_html(data))
    else:
        click.echo(render_chats_text(data), nl=False)
