"""``cairn rematch``: decide a case's ingested items again against the hash sets as they are
now (after a set is imported, updated, enabled, disabled or deleted)."""

from __future__ import annotations

import click

from cairn.cli.context import App, pass_app
from cairn.cli.progress import progress_bar
from cairn.pipeline.rematch import RematchSummary
from cairn.pipeline.rematch import rematch as run_rematch

__all__ = ["rematch", "summary_lines"]


def summary_lines(summary: RematchSummary) -> list[str]:
    """The end-of-run lines: what changed, and every item that could not be decided."""
    scope = f"exhibit {summary.exhibit}" if summary.exhibit else f"case {summary.case}"
    lines = [
        f"{scope}: items checked: {summary.checked} (against the enabled hash sets)",
        f"newly known: {summary.newly_known}, no longer known: {summary.no_longer_known}, "
        f"matches changed: {summary.changed}, unchanged: {summary.unchanged}",
        f"re-hashed at full resolution: {summary.rehashed}, "
        f"evidence unreachable (old matches kept): {len(summary.unreachable)}",
    ]
    for path, reason in summary.unreachable[:20]:
        lines.append(f"  not decided again: {path}: {reason}")
    if len(summary.unreachable) > 20:
        lines.append(
            f"  … and {len(summary.unreachable) - 20} more (the first 100 are in the audit log)"
        )
    return lines


@click.command()
@click.option("--case", "case_name", required=True, help="Case whose items are decided again.")
@click.option("--exhibit", default=None, help="Only this exhibit of the case.")
@pass_app
def rematch(app: App, case_name: str, exhibit: str | None) -> None:
    """Decide every ingested item again against the enabled hash sets as they are now."""
    with progress_bar(f"rematch {exhibit or case_name}") as progress:
        summary = run_rematch(
            app.store, case_name, app.settings, exhibit=exhibit, progress=progress
        )
    for line in summary_lines(summary):
        click.echo(line)
