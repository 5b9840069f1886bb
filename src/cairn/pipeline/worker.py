"""The worker side of ingest: what a pool process or a Dask worker imports and runs.

Kept light on purpose, because every worker process imports it before its first item: it
pulls in the stage (reading, hashing, image decoding and PDQ) and nothing of the store,
SQLAlchemy, Alembic, the chat assessors or PyAV (loaded on the first video only). Importing
``cairn.pipeline.runner`` instead cost each worker about 0.9 s more (``python -X importtime``,
see docs/ingest.md); tests/pipeline/test_worker_imports.py keeps it that way.

The local pool's processes come from :func:`pool_context`: a fork server that has imported
this module, and processes that do not re-run the coordinator's main script (see
:class:`WorkerProcess`).
"""

from __future__ import annotations

import logging
import sys
import traceback
import types
from collections.abc import Sequence
from multiprocessing import forkserver
from multiprocessing.context import ForkServerContext, ForkServerProcess

from cairn.model import ItemResult, ItemStatus
from cairn.pipeline.stage import process_entry
from cairn.settings import Settings
from cairn.sources.folder import SourceEntry

__all__ = [
    "WorkerContext",
    "WorkerProcess",
    "guarded",
    "pool_context",
    "process_chunk",
    "start_fork_server",
]

log = logging.getLogger(__name__)


def process_chunk(chunk: Sequence[SourceEntry], settings: Settings, fast: bool) -> list[ItemResult]:
    """The records of a chunk of entries, in order; the unit of work sent to a worker."""
    return [guarded(entry, settings, fast) for entry in chunk]


def guarded(entry: SourceEntry, settings: Settings, fast: bool) -> ItemResult:
    """The per-item guard: a bug in a stage fails that item, never the run."""
    try:
        return process_entry(entry, settings, fast=fast)
    except Exception as exc:
        log.error("stage failure on %s:\n%s", entry.locator.display(), traceback.format_exc())
        return ItemResult(
            entry.locator,
            ItemStatus.FAILED,
            reason=f"stage failure: {exc.__class__.__name__}: {exc}",
        )


class WorkerProcess(ForkServerProcess):
    """A pool process started without the coordinator's ``__main__``.

    multiprocessing runs the parent's main script again in every fork-server or spawned
    child, so that objects defined there can be unpickled. For ``cairn`` that script imports
    the whole command line (SQLAlchemy, Alembic, the web app): about a second per worker,
    measured. Workers are only ever sent ``process_chunk`` and plain records, never anything
    of ``__main__``, so the process is started while ``__main__`` reads as an empty module;
    the child then finds no main script to run. Processes are started by the thread that
    submits work (the coordinator's), so nothing else sees the swap.
    """

    def start(self) -> None:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            super().start()
        finally:
            sys.modules["__main__"] = main


class WorkerContext(ForkServerContext):
    """The fork-server start method, with :class:`WorkerProcess` processes."""

    Process = WorkerProcess


def pool_context() -> WorkerContext:
    """The context for the local pool: its fork server imports this module once and forks
    every worker from it, so a worker starts with the stage already imported."""
    context = WorkerContext()
    context.set_forkserver_preload([__name__])
    return context


def start_fork_server() -> None:
    """Start the pool's fork server now, without waiting for it.

    It imports this module in the background (about 0.3 s on a loaded 2-core machine), so
    the coordinator can load the hash-set index meanwhile and the first worker forks at once.
    """
    pool_context()
    forkserver.ensure_running()
