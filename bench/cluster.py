"""Cluster ingest benchmark (issue 10): items/s of local ingest (--workers 1|2) beside Dask
ingest (1 and 2 workers of a LocalCluster) on the same corpus into PostgreSQL, and the
coordinator's sustained write rate into PostgreSQL.

Run by hand (needs the local PostgreSQL):
    .venv/bin/python bench/cluster.py [--images 400] [--write-items 200000] [--batch 2000]
    .venv/bin/python bench/cluster.py --only-write --write-items 100000 --batch 64 --batch 5000

The write rate is measured for the writer's two PostgreSQL paths back to back, batch by batch
in turn into one database, so both see the same load and the same table size: ``bulk`` (COPY
straight into ``items``, ids from the sequence; what every batch of new items takes) and
``staging`` (COPY into a temporary table, then ``INSERT … SELECT … ON CONFLICT DO NOTHING
RETURNING``; the fallback for a batch with items already stored, and the only path before).
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
from typing import Any

from sqlalchemy import create_engine, text

from cairn.matching.matcher import Decision
from cairn.model import Exif, Hashes, ItemResult, ItemStatus, Locator, MediaFacts
from cairn.pipeline import runner
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


def _staging_only(session: Any, rows: Any) -> list[int | None]:
    """The writer with its bulk path switched off: every batch through the staging table."""
    connection = session.connection().connection.driver_connection
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit = off")
        written: list[int | None] = runner._insert_skipping_stored(cursor, rows)
        return written


def write_rate(items: int, batch: int) -> dict[str, dict[str, float]]:
    """Items/s of the coordinator's writer alone (stage results made up front), per path."""
    url = fresh_database()
    paths = {"bulk": runner._copy_new_items, "staging": _staging_only}
    try:
        with TemporaryDirectory() as home:
            store = Store.open(home, url=url)
            create_case(store, "bench")
            exhibits = {
                name: get_or_create_exhibit(store, "bench", f"W-{name}", "/nowhere", "folder")[0]
                for name in paths
            }
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
                    media=MediaFacts(
                        1600,
                        1200,
                        rng.randbytes(32).hex(),
                        100,
                        Exif(make="Canon", model="EOS 5D", original_time="2021:06:01 10:00:00"),
                    ),
                )
                for n in range(items)
            ]
            writer = runner._Writer(store)  # as run_ingest does: one connection for the run
            decisions = [Decision() for _ in range(batch)]  # the matcher's, not timed here
            seconds = dict.fromkeys(paths, 0.0)
            rates: dict[str, list[float]] = {name: [] for name in paths}
            order = list(paths)
            for start in range(0, items, batch):
                chunk = results[start : start + batch]
                for name in order:
                    runner._copy_new_items = paths[name]
                    summary = IngestSummary(case="bench", exhibit=name)
                    t0 = time.perf_counter()
                    _write(
                        store,
                        exhibits[name].id,
                        chunk,
                        decisions[: len(chunk)],
                        summary,
                        writer=writer,
                    )
                    elapsed = time.perf_counter() - t0
                    assert summary.written == len(chunk), (name, summary.written)
                    seconds[name] += elapsed
                    rates[name].append(len(chunk) / elapsed)
                order.reverse()  # neither path always goes first
            runner._copy_new_items = paths["bulk"]
            writer.close()
            store.close()
            return {
                name: {
                    "items": items,
                    "batch": batch,
                    "items_per_s": round(items / seconds[name]),
                    "median_batch_items_per_s": round(statistics.median(rates[name])),
                }
                for name in paths
            }
    finally:
        drop_database(url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--images", type=int, default=400)
    parser.add_argument("--write-items", type=int, default=200_000)
    parser.add_argument(
        "--batch",
        type=int,
        action="append",
        help="Items per write transaction; repeat for several (default 2000).",
    )
    parser.add_argument(
        "--only-write", action="store_true", help="Measure the write rate alone (no ingest)."
    )
    args = parser.parse_args()
    out: dict[str, object] = {}
    if not args.only_write:
        out.update(ingest_rates(args.images))
    for batch in args.batch or [2000]:
        out[f"write_batch_{batch}"] = write_rate(args.write_items, batch)
    print(json.dumps(out, indent=2))


def ingest_rates(images: int) -> dict[str, object]:
    """Items/s of local (1, 2 workers) and Dask (1, 2 LocalCluster workers) ingest."""
    from distributed import LocalCluster

    out: dict[str, object] = {}
    with TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        out["items"] = make_corpus(corpus, images)
        for workers in (1, 2):
            out[f"local_workers_{workers}"] = timed_ingest(corpus, workers, None)
        for workers in (1, 2):
            with LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster:
                out[f"dask_workers_{workers}"] = timed_ingest(
                    corpus, None, cluster.scheduler_address
                )
    return out


if __name__ == "__main__":
    main()
