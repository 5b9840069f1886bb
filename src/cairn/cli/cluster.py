"""``cairn scheduler`` and ``cairn worker``: thin wrappers over Dask's own commands, so a
unit runs one tool everywhere. Options after ``--`` go to Dask unchanged."""

from __future__ import annotations

import os
import sys

import click

__all__ = ["WORKER_MODULE", "scheduler", "worker"]

WORKER_MODULE = "cairn.pipeline.worker"
"""What every Dask worker imports at start: the stage and nothing of the store."""


def _exec(module: str, args: list[str]) -> None:
    """Replace this process with Dask's command (signals and exit codes pass through)."""
    argv = [sys.executable, "-m", module, *args]
    os.execv(sys.executable, argv)


@click.command(context_settings={"ignore_unknown_options": True})
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8786, show_default=True)
@click.option(
    "--dashboard/--no-dashboard",
    default=False,
    show_default=True,
    help="Serve Dask's diagnostic dashboard (needs bokeh; off by default).",
)
@click.argument("dask_args", nargs=-1, type=click.UNPROCESSED)
def scheduler(host: str, port: int, dashboard: bool, dask_args: tuple[str, ...]) -> None:
    """Start a Dask scheduler for cluster ingest (``dask scheduler``)."""
    args = ["--host", host, "--port", str(port)]
    if not dashboard:
        args.append("--no-dashboard")
    _exec("distributed.cli.dask_scheduler", [*args, *dask_args])


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("address")
@click.option(
    "--nworkers",
    type=int,
    default=None,
    help="Worker processes on this machine (default: one per core).",
)
@click.argument("dask_args", nargs=-1, type=click.UNPROCESSED)
def worker(address: str, nworkers: int | None, dask_args: tuple[str, ...]) -> None:
    """Start Dask workers for cluster ingest, connected to the scheduler at ADDRESS.

    Each worker process runs one stage at a time (one thread), as local ingest does.
    """
    args = [
        address,
        "--nthreads",
        "1",
        "--nworkers",
        str(nworkers or os.cpu_count() or 1),
        "--no-dashboard",
        # Import the (light) worker side of ingest when each worker starts, not on its first
        # task; a machine without Cairn installed fails here, at start-up, with the reason.
        "--preload",
        WORKER_MODULE,
    ]
    _exec("distributed.cli.dask_worker", [*args, *dask_args])
