"""``cairn hashset show|disable|enable|delete|set``: managing imported hash sets.

Kept beside ``cli/hashset.py`` (import, list, export) and attached to the same group.
"""

from __future__ import annotations

import json

import click

from cairn.cli.context import App, pass_app
from cairn.cli.hashset import hashset
from cairn.pipeline.index_cache import refresh_index
from cairn.store.audit import record
from cairn.store.hashsets import delete_hashset, hashset_details, set_enabled, set_pdq_threshold

__all__ = ["hashset_delete", "hashset_disable", "hashset_enable", "hashset_set", "hashset_show"]


@hashset.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@pass_app
def hashset_show(app: App, name: str, as_json: bool) -> None:
    """Counts by hash kind and category, withdrawn entries, conflicts and matches of NAME."""
    details = hashset_details(app.store, name)
    if as_json:
        from dataclasses import asdict

        click.echo(json.dumps(asdict(details), indent=2))
        return
    kind = "known-good" if details.known_good else "known material"
    click.echo(
        f"{details.name}: {kind}, {details.format}, scheme {details.scheme or '-'}, "
        f"{'enabled' if details.enabled else 'disabled'}"
    )
    click.echo(
        f"  source {details.source_path} (sha256 {details.source_sha256[:16]}…), "
        f"imported {details.imported_at}, {details.import_runs} import(s)"
    )
    threshold = details.pdq_threshold
    click.echo(
        f"  entries {details.entries} active, {details.withdrawn} withdrawn, "
        f"{details.bad} bad lines; PDQ threshold "
        f"{threshold if threshold is not None else 'default'}"
    )
    click.echo("  by kind: " + ", ".join(f"{k} {v}" for k, v in details.by_kind.items()))
    for row in details.by_category:
        code = f"{row['scheme']}:{row['code']}" if row["code"] is not None else "uncategorised"
        click.echo(f"  category {code}: {row['entries']}")
    click.echo(f"  matches recorded: {details.matches}")
    if details.conflicts:
        click.echo(f"  CONFLICTS: {details.conflicts} entr(ies) listed under another category")
        for c in details.conflict_examples:
            click.echo(
                f"    {c['hash']}: {c['category']} ({c['where']}) vs "
                f"{c['other_set']} {c['other_category']} ({c['other_where']})"
            )


def _toggle(app: App, name: str, enabled: bool) -> None:
    changed = set_enabled(app.store, name, enabled)
    state = "enabled" if enabled else "disabled"
    if changed:
        record(app.store, f"hashset.{'enable' if enabled else 'disable'}", detail={"name": name})
        refresh_index(app.store, app.settings)
        click.echo(f"{name} {state}; it applies to ingests from now on")
    else:
        click.echo(f"{name} was already {state}")


@hashset.command("disable")
@click.argument("name")
@pass_app
def hashset_disable(app: App, name: str) -> None:
    """Stop matching against NAME (entries and past matches are kept)."""
    _toggle(app, name, False)


@hashset.command("enable")
@click.argument("name")
@pass_app
def hashset_enable(app: App, name: str) -> None:
    """Match against NAME again."""
    _toggle(app, name, True)


@hashset.command("delete")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_app
def hashset_delete(app: App, name: str, yes: bool) -> None:
    """Delete NAME with its entries and the matches recorded against it."""
    details = hashset_details(app.store, name)
    if not yes:
        click.confirm(
            f"delete {name}: {details.entries + details.withdrawn} entries and "
            f"{details.matches} recorded matches?",
            abort=True,
        )
    entries, matches = delete_hashset(app.store, name)
    refresh_index(app.store, app.settings)
    record(
        app.store, "hashset.delete", detail={"name": name, "entries": entries, "matches": matches}
    )
    click.echo(f"deleted {name}: {entries} entries, {matches} matches")


@hashset.command("set")
@click.argument("name")
@click.option(
    "--pdq-threshold",
    type=click.IntRange(0, 256),
    default=None,
    help="This set's PDQ match threshold (default: the pdq_threshold setting).",
)
@click.option("--default-threshold", is_flag=True, help="Use the pdq_threshold setting again.")
@pass_app
def hashset_set(app: App, name: str, pdq_threshold: int | None, default_threshold: bool) -> None:
    """Change a set's properties (its PDQ threshold)."""
    if pdq_threshold is None and not default_threshold:
        raise click.UsageError("give --pdq-threshold N or --default-threshold")
    value = None if default_threshold else pdq_threshold
    set_pdq_threshold(app.store, name, value)
    record(app.store, "hashset.set", detail={"name": name, "pdq_threshold": value})
    click.echo(f"{name}: PDQ threshold {value if value is not None else 'default'}")
