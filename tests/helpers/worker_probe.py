"""Run in an ingest worker process: which heavy modules that process has imported."""

from __future__ import annotations

import os
import sys

HEAVY = ("sqlalchemy", "alembic", "av", "cairn.store", "cairn.chats.indicators", "distributed")
"""Modules the worker side must not import: the store, the chat assessors, PyAV, Dask."""


def loaded() -> tuple[int, list[str], bool]:
    """(this process id, the heavy modules it has imported, whether the worker module is in)."""
    heavy = [name for name in HEAVY if name in sys.modules]
    return os.getpid(), heavy, "cairn.pipeline.worker" in sys.modules
