"""``cairn hashset``: import and list known-material and known-good hash sets."""

from __future__ import annotations

from pathlib import Path

import click

from cairn.cli.context import App, pass_app
from cairn.pipeline.known import import_hashset
from cairn.store.audit import record
from cairn.store.queries import list_hashsets

__all__ = ["hashset"]


@click.group()
def hashset() -> None:
    """Import and list hash sets."""


@hashset.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--name", required=True, help="Name of the set (unique in the workspace).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["vics", "csv", "text"]),
    default=None,
    help="File format; detected from content when omitted.",
)
@click.option(
    "--scheme",
    default=None,
    help="Category scheme for categories the file does not qualify "
    "(pv-us, uk, dhs, or a custom name).",
)
@click.option(
    "--known-good",
    is_flag=True,
    help="Matches to this set are known-good files (NSRL-style), excluded from review.",
)
@pass_app
def hashset_import(
    app: App, file: Path, name: str, fmt: str | None, scheme: str | None, known_good: bool
) -> None:
    """Import FILE as a hash set, streaming; bad lines are reported and the rest loads."""
    summary = import_hashset(
        app.store, file, name, fmt=fmt, scheme=scheme, known_good=known_good, settings=app.settings
    )
    record(
        app.store,
        "hashset.import",
        detail={
            "name": name,
            "file": str(file),
            "format": summary.format,
            "scheme": summary.scheme,
            "known_good": known_good,
            "entries": summary.entries,
            "bad": summary.bad_total,
        },
    )
    for bad in summary.bad:
        click.echo(f"warning: {bad.where}: {bad.message}", err=True)
    if summary.bad_total > len(summary.bad):
        click.echo(
            f"warning: ... and {summary.bad_total - len(summary.bad)} more bad records", err=True
        )
    kind = "known-good" if known_good else "known-material"
    click.echo(
        f"imported {summary.entries} entries into {kind} set {name} "
        f"(format {summary.format}, scheme {summary.scheme or '-'}, "
        f"{summary.bad_total} bad)"
    )


@hashset.command("list")
@pass_app
def hashset_list(app: App) -> None:
    """List hash sets with their entry counts."""
    rows = list_hashsets(app.store)
    if not rows:
        click.echo("no hash sets")
        return
    for row in rows:
        kind = "known-good" if row.known_good else "known"
        state = "enabled" if row.enabled else "disabled"
        click.echo(
            f"{row.name}\t{kind}\t{row.format}\t{row.scheme or '-'}\t{row.entry_count} "
            f"entries\t{row.bad_count} bad\t{state}"
        )
