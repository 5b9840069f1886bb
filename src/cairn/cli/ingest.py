"""``cairn ingest``: ingest a seized folder (or one file) as an exhibit of a case."""

from __future__ import annotations

from pathlib import Path

import click

from cairn.cli.context import App, pass_app
from cairn.cli.progress import progress_bar
from cairn.pipeline.runner import IngestSummary, run_ingest

__all__ = ["ingest", "summary_lines"]


def summary_lines(summary: IngestSummary) -> list[str]:
    """The end-of-run lines: totals, rates, and where the time went."""
    if summary.already_complete:
        done = [
            f"exhibit {summary.exhibit}: all {summary.total} items already ingested; nothing to do"
        ]
        if summary.chats is not None and summary.chats.conversations:
            done.append(f"(finished importing {summary.chats.conversations} conversation(s))")
        return done
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(summary.by_status.items()))
    lines = [
        f"exhibit {summary.exhibit}: {summary.written} items written "
        f"({summary.skipped} already ingested, {summary.total} in all): {statuses}",
        f"known material: {summary.known} file(s)",
        f"{summary.items_per_second:,.1f} items/s, {summary.mb_per_second:,.1f} MB/s "
        f"in {summary.elapsed:,.1f} s on {summary.workers} worker(s)",
    ]
    chats = summary.chats
    if chats is not None and (chats.conversations or chats.failed):
        lines.append(
            f"chat exports: {chats.exports}, {chats.conversations} conversation(s) "
            f"imported; see: cairn report chats --case {summary.case}"
        )
        for path, reason in chats.failed[:20]:
            lines.append(f"  chat export not imported: {path}: {reason}")
    if summary.rehashed:
        lines.append(
            f"{summary.rehashed} image(s) near a listed hash were hashed again at full resolution"
        )
    shares = summary.shares()
    if shares:
        names = {
            "read": "reading",
            "hash": "hashing",
            "decode": "decoding+PDQ+EXIF",
            "match": "matching",
            "write": "writing",
        }
        lines.append(
            "time: "
            + ", ".join(
                f"{names.get(k, k)} {v:.0%}" for k, v in sorted(shares.items(), key=lambda x: -x[1])
            )
        )
    return lines


@click.command()
@click.argument("path", type=click.Path(path_type=Path, exists=False))
@click.option("--case", "case_name", required=True, help="Case the exhibit belongs to.")
@click.option("--exhibit", required=True, help="Exhibit name (its identity within the case).")
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes (default: the 'workers' setting; 0 = one per core).",
)
@click.option(
    "--cluster",
    envvar="CAIRN_DASK_SCHEDULER",
    default=None,
    metavar="ADDRESS",
    help="Run the stages on a Dask cluster (e.g. tcp://scheduler:8786); the evidence "
    "must be at the same path on every worker. Default: $CAIRN_DASK_SCHEDULER.",
)
@pass_app
def ingest(
    app: App, path: Path, case_name: str, exhibit: str, workers: int | None, cluster: str | None
) -> None:
    """Ingest PATH read-only: hash, identify and match every file; resumable."""
    with progress_bar(f"ingest {exhibit}") as progress:
        summary = run_ingest(
            app.store,
            case_name,
            exhibit,
            path,
            app.settings,
            workers=workers,
            progress=progress,
            cluster=cluster or None,
        )
    for line in summary_lines(summary):
        click.echo(line)
