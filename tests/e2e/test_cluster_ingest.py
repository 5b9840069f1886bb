"""Cluster ingest on a Dask LocalCluster (processes) into the machine's real PostgreSQL:
the same triage report as a local ingest, also when a worker is killed mid-run."""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from cairn.testing.exhibit import build_ground_truth, drawing

from helpers.cli import cairn, comparable, triage_json

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def exhibit(tmp_path_factory: pytest.TempPathFactory) -> Any:
    truth = build_ground_truth(tmp_path_factory.mktemp("cluster"), seed=21)
    rng = random.Random(4)
    bulk = truth.exhibit / "bulk"
    bulk.mkdir()
    for n in range(60):
        drawing(rng, 800, 600).save(bulk / f"p{n:03}.jpg", quality=88)
    return truth


def _prepare(home: Path, truth: Any) -> None:
    cairn(home, "case", "create", "op")
    cairn(home, "hashset", "import", str(truth.known_csv), "--name", "listed")
    cairn(home, "hashset", "import", str(truth.known_good_txt), "--name", "good", "--known-good")


@pytest.fixture
def cluster() -> Any:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
    ) as lc:
        yield lc


@pytest.mark.slow
def test_cluster_ingest_equals_local_and_survives_a_lost_worker(
    exhibit: Any, cluster: Any, tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = tmp_path / "local"
    _prepare(local, exhibit)
    cairn(local, "ingest", str(exhibit.exhibit), "--case", "op", "--exhibit", "E", "--workers", "2")
    expected = comparable(triage_json(local, "op"))

    monkeypatch.setenv("CAIRN_DATABASE_URL", pg_url)
    home = tmp_path / "clustered"
    _prepare(home, exhibit)
    victims = [w.process.pid for w in cluster.workers.values()]
    engine = create_engine("postgresql+psycopg://" + pg_url.split("://", 1)[1])
    seen: list[int] = []

    def kill_one_worker() -> None:
        """Kill a worker process once some, but not all, items are written."""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with engine.connect() as conn:
                    count = conn.execute(text("SELECT count(*) FROM items")).scalar_one()
            except Exception:
                count = 0
            if count >= 8:
                seen.append(count)
                os.kill(victims[0], signal.SIGKILL)
                return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_one_worker)
    killer.start()
    out = cairn(
        home,
        "--setting",
        "batch_size=4",
        "ingest",
        str(exhibit.exhibit),
        "--case",
        "op",
        "--exhibit",
        "E",
        "--cluster",
        cluster.scheduler_address,
    )
    killer.join()
    engine.dispose()
    total = sum(1 for _ in exhibit.exhibit.rglob("*"))
    assert seen and seen[0] < total - 10, (seen, total)  # the kill happened mid-run
    assert "items written" in out.stdout
    assert comparable(triage_json(home, "op")) == expected
