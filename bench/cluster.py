"""Cluster ingest benchmark (issue 10): items/s of local ingest (--workers 1|2) beside Dask
ingest (1 and 2 workers of a LocalCluster) on the same corpus into PostgreSQL, and the
coordinator's sustained write rate into PostgreSQL.

Run by hand (needs the local PostgreSQL):
    .venv/bin/python bench/cluster.py [--images 400] [--write-items 200000]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
import uuid
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import create_engine, text

from cairn.matching.matcher import Decision
from cairn.model import Hashes, ItemResult, ItemStatus, Locator, MediaFacts
from cairn.pipeline.runner import IngestSummary, _write, run_ingest
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.queries import create_case, get_or_create_exhibit
from cairn.testing.exhibit import drawing

ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def fresh_database() -> str:
    name = f"cairn_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(ADMIN, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"postgresql://postgres@127.0.0.1:5432/{name}"


def drop_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    engine = create_engine(ADMIN, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def make_corpus(root: Path, images: int) -> int:
    rng = random.Random(1)
    for n in range(images):
        w, h = rng.choice([(1600, 1200), (1200, 900), (800, 600)])
        drawing(rng, w, h).save(root / f"img_{n:05}.jpg", quality=90)
        if n % 4 == 0:
            (root / f"doc_{n:05}.txt").write_bytes(rng.randbytes(rng.randrange(1000, 50000)))
    return sum(1 for _ in root.iterdir())


def timed_ingest(corpus: Path, workers: int | None, cluster: str | None) -> float:
    url = fresh_database()
    try:
        with TemporaryDirectory() as home:
            store = Store.open(home, url=url)
            create_case(store, "bench")
            started = time.perf_counter()
            summary = run_ingest(
                store, "bench", "E", corpus, Settings(), workers=workers, cluster=cluster
            )
            elapsed = time.perf_counter() - started
            store.close()
            return summary.written / elapsed
    finally:
        drop_database(url)


def write_rate(items: int, batch: int) -> dict[str, float]:
    """Items/s of the coordinator's writer alone (stage results made up front)."""
    url = fresh_database()
    try:
        with TemporaryDirectory() as home:
            store = Store.open(home, url=url)
            create_case(store, "bench")
            exhibit, _ = get_or_create_exhibit(store, "bench", "W", "/nowhere", "folder")
            rng = random.Random(2)
            results = [
                ItemResult(
                    Locator("folder", f"dir/{n:09}.jpg".encode()),
                    ItemStatus.PROCESSED,
                    size=rng.randrange(10_000, 5_000_000),
                    mime="image/jpeg",
                    kind="image",
                    hashes=Hashes(
                        rng.randbytes(16).hex(), rng.randbytes(20).hex(), rng.randbytes(32).hex()
                    ),
                    media=MediaFacts(1600, 1200, rng.randbytes(32).hex(), 100),
                )
                for n in range(items)
            ]
            summary = IngestSummary(case="bench", exhibit="W")
            rates = []
            started = time.perf_counter()
            for start in range(0, items, batch):
                chunk = results[start : start + batch]
                t0 = time.perf_counter()
                _write(store, exhibit.id, chunk, [Decision() for _ in chunk], summary)
                rates.append(len(chunk) / (time.perf_counter() - t0))
            total = time.perf_counter() - started
            store.close()
            return {
                "items": items,
                "batch": batch,
                "items_per_s": items / total,
                "median_batch_items_per_s": statistics.median(rates),
            }
    finally:
        drop_database(url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--images", type=int, default=400)
    parser.add_argument("--write-items", type=int, default=200_000)
    parser.add_argument("--batch", type=int, default=2000)
    args = parser.parse_args()

    from distributed import LocalCluster

    out: dict[str, object] = {}
    with TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        out["items"] = make_corpus(corpus, args.images)
        for workers in (1, 2):
            out[f"local_workers_{workers}"] = timed_ingest(corpus, workers, None)
        for workers in (1, 2):
            with LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster:
                out[f"dask_workers_{workers}"] = timed_ingest(
                    corpus, None, cluster.scheduler_address
                )
    out["write"] = write_rate(args.write_items, args.batch)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
