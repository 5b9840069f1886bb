"""Ingest workers start light: the worker module, and a pool process running it, never
import the store (SQLAlchemy, Alembic), the chat assessors or PyAV. Importing those cost each
worker about 0.9 s at start-up (docs/ingest.md); these tests keep the gain from regressing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from cairn.pipeline import runner, worker

from helpers.worker_probe import HEAVY

TESTS = Path(__file__).resolve().parents[1]


def _python(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(TESTS)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _evidence(root: Path) -> Path:
    root.mkdir()
    Image.new("RGB", (64, 48), (30, 120, 200)).save(root / "photo.jpg")
    (root / "notes.txt").write_text("12/03/2024, 10:01 - Sam: hello\n")
    (root / "blob.bin").write_bytes(bytes(range(256)) * 8)
    return root


def test_the_runner_sends_the_light_worker_function() -> None:
    assert runner.process_chunk is worker.process_chunk
    assert worker.process_chunk.__module__ == "cairn.pipeline.worker"


def test_processing_items_in_the_worker_module_imports_nothing_heavy(tmp_path: Path) -> None:
    """Image, text (chat detection) and other files go through the stage in a fresh
    interpreter that imported only the worker module."""
    root = _evidence(tmp_path / "ev")
    out = _python(
        "import json, sys\n"
        "from cairn.pipeline.worker import process_chunk\n"
        "from cairn.settings import Settings\n"
        "from cairn.sources import walk_exhibit\n"
        f"entries = list(walk_exhibit({str(root)!r}, Settings()))\n"
        "results = process_chunk(entries, Settings(), True)\n"
        "print(json.dumps([[r.status.value, r.kind] for r in results]))\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    statuses, heavy = (json.loads(line) for line in out.splitlines()[-2:])
    expected = [["processed", "image"], ["processed", "other"], ["processed", "other"]]
    assert sorted(statuses) == expected
    assert heavy == []


def test_pool_workers_are_forked_from_a_light_fork_server(tmp_path: Path) -> None:
    """The 2-worker pool's processes have the worker module preloaded and nothing heavy,
    even after running real chunks, and even though the coordinator's main script imports
    the store, as the ``cairn`` command's does (multiprocessing would run it again in every
    worker)."""
    root = _evidence(tmp_path / "ev")
    script = tmp_path / "coordinator.py"
    script.write_text(
        "import json\n"
        "import sqlalchemy  # like the cairn command's main script: the whole CLI\n"
        "from cairn.pipeline.runner import _WorkPool\n"
        "from cairn.settings import Settings\n"
        "from cairn.sources import walk_exhibit\n"
        "from helpers.worker_probe import loaded\n"
        "if __name__ == '__main__':\n"
        "    pool = _WorkPool(2, Settings())\n"
        f"    entries = list(walk_exhibit({str(root)!r}, Settings()))\n"
        "    for e in entries:\n"
        "        pool.submit([e], True)\n"
        "    done = []\n"
        "    while pool.busy:\n"
        "        done += [r for chunk in pool.collect() for r in chunk]\n"
        "    probes = [pool._pool.submit(loaded) for _ in range(6)]\n"
        "    print(json.dumps([len(done), [p.result() for p in probes]]))\n"
        "    pool.close()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(TESTS)}
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    count, probes = json.loads(done.stdout.splitlines()[-1])
    assert count == 3
    for _pid, heavy, preloaded in probes:
        assert heavy == []
        assert preloaded


def test_dask_workers_import_the_worker_module_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """``cairn worker`` hands Dask a --preload of the worker module (and one thread each)."""
    from click.testing import CliRunner

    from cairn.cli import cluster
    from cairn.cli.main import cli

    calls: list[list[str]] = []
    monkeypatch.setattr(cluster.os, "execv", lambda _exe, argv: calls.append(list(argv)))
    result = CliRunner().invoke(cli, ["worker", "tcp://10.0.0.1:8786", "--nworkers", "3"])
    assert result.exit_code == 0, result.output
    (argv,) = calls
    assert argv[1:3] == ["-m", "distributed.cli.dask_worker"]
    assert argv[3] == "tcp://10.0.0.1:8786"
    preload = argv.index("--preload")
    assert argv[preload + 1] == worker.__name__
    assert argv[argv.index("--nworkers") + 1] == "3"
    assert argv[argv.index("--nthreads") + 1] == "1"
