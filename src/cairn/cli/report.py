"""``cairn report``: the triage report as text, JSON or one self-contained HTML page."""

from __future__ import annotations

import click

from cairn.cli.context import App, pass_app
from cairn.reports import build_triage, render_html, render_json, render_text
from cairn.store.audit import record

__all__ = ["report"]


@click.group()
def report() -> None:
    """Reports over a case."""


@report.command("triage")
@click.option("--case", "case_name", required=True, help="Case to report on.")
@click.option(
    "--exhibit",
    "exhibits",
    multiple=True,
    help="Only these exhibits (repeatable; default all of the case).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
)
@pass_app
def report_triage(app: App, case_name: str, exhibits: tuple[str, ...], fmt: str) -> None:
    """What is on the exhibits: statuses, known material by category, novel images."""
    data = build_triage(app.store, case_name, list(exhibits) or None, app.settings)
    record(
        app.store,
        "report.triage",
        case=case_name,
        detail={"exhibits": list(exhibits), "format": fmt},
    )
    if fmt == "json":
        click.echo(render_json(data))
    elif fmt == "html":
        click.echo(render_html(data))
    else:
        click.echo(render_text(data), nl=False)


from cairn.cli.chats import report_chats  # noqa: E402  (registered here, defined with chats)

report.add_command(report_chats)

from cairn.cli.operation import report_charging, report_operation  # noqa: E402  (defined there)

report.add_command(report_charging)
report.add_command(report_operation)
