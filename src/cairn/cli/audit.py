"""``cairn audit``: check the hash chain of the audit log."""

from __future__ import annotations

import click

from cairn.cli.context import App, pass_app
from cairn.store.audit import verify

__all__ = ["audit"]


@click.group()
def audit() -> None:
    """Inspect the audit log."""


@audit.command("verify")
@pass_app
def audit_verify(app: App) -> None:
    """Check every event's hash and link; exit 1 naming the first break."""
    count, problems = verify(app.store)
    if problems:
        for problem in problems:
            click.echo(f"event {problem.event_id}: {problem.message}", err=True)
        raise click.exceptions.Exit(1)
    click.echo(f"audit log intact: {count} event(s)")
