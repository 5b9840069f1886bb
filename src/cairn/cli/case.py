"""``cairn case``: create and list cases."""

from __future__ import annotations

import click

from cairn.cli.context import App, pass_app
from cairn.store.audit import record
from cairn.store.queries import create_case, list_cases

__all__ = ["case"]


@click.group()
def case() -> None:
    """Create and list cases."""


@case.command("create")
@click.argument("name")
@click.option("--description", default="", help="Free text shown with the case.")
@pass_app
def case_create(app: App, name: str, description: str) -> None:
    """Create a case named NAME."""
    created = create_case(app.store, name, description)
    record(app.store, "case.create", case=created.name, detail={"description": description})
    click.echo(f"created case {created.name}")


@case.command("list")
@pass_app
def case_list(app: App) -> None:
    """List cases with their exhibit and item counts."""
    rows = list_cases(app.store)
    if not rows:
        click.echo("no cases")
        return
    for row, exhibits, items in rows:
        click.echo(f"{row.name}\t{exhibits} exhibit(s)\t{items} item(s)\t{row.description}")
