"""Killing an ingest with SIGKILL part-way and running it again gives exactly the report
of an uninterrupted run (DESIGN invariant 3)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cairn.testing.exhibit import build_ground_truth, drawing

from helpers.cli import cairn, comparable, triage_json


def _setup(home: Path, known: Path, good: Path) -> None:
    cairn(home, "case", "create", "op-kill")
    cairn(home, "hashset", "import", str(known), "--name", "listed")
    cairn(home, "hashset", "import", str(good), "--name", "good", "--known-good")


def _items_written(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            row = conn.execute("SELECT count(*) FROM items").fetchone()
            return int(row[0])
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_sigkill_then_rerun_equals_uninterrupted(tmp_path: Path) -> None:
    truth = build_ground_truth(tmp_path / "t", seed=5)
    rng = random.Random(3)
    bulk = truth.exhibit / "bulk"
    bulk.mkdir()
    for n in range(120):
        drawing(rng, 900, 700).save(bulk / f"photo_{n:03}.jpg", quality=90)
    total = sum(1 for _ in truth.exhibit.rglob("*"))

    clean = tmp_path / "clean"
    _setup(clean, truth.known_csv, truth.known_good_txt)
    cairn(clean, "ingest", str(truth.exhibit), "--case", "op-kill", "--exhibit", "E")
    expected = comparable(triage_json(clean, "op-kill"))

    killed = tmp_path / "killed"
    _setup(killed, truth.known_csv, truth.known_good_txt)
    args = [
        sys.executable,
        "-m",
        "cairn",
        "--home",
        str(killed),
        "--setting",
        "batch_size=3",
        "ingest",
        str(truth.exhibit),
        "--case",
        "op-kill",
        "--exhibit",
        "E",
        "--workers",
        "2",
    ]
    proc = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while _items_written(killed / "cairn.db") < 12:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _items_written(killed / "cairn.db")
    assert 0 < partial < total - 10, (partial, total)

    out = cairn(killed, "ingest", str(truth.exhibit), "--case", "op-kill", "--exhibit", "E")
    assert f"({partial} already ingested" in out.stdout
    assert comparable(triage_json(killed, "op-kill")) == expected
    again = cairn(killed, "ingest", str(truth.exhibit), "--case", "op-kill", "--exhibit", "E")
    assert "nothing to do" in again.stdout
