"""Hash-set import throughput and peak memory: a 5 M-entry VICS 2.0 set and a 20 M-row NSRL
RDSv3 database through ``cairn hashset import`` (issue 3).

One command, from the repository root::

    .venv/bin/python bench/hashset_import.py              # full run: 5 M VICS, 20 M NSRL rows
    .venv/bin/python bench/hashset_import.py --n 20000    # smoke run: N VICS, 4N NSRL rows

It generates, streamed to disk (never held in memory):

* a VICS 2.0 ``#Media`` hash set shaped like a Project VIC distribution: upper-case MD5 and
  SHA-1, ``Category`` 0-4 in Project VIC's 2020 proportions (IPED issue 221), booleans and
  ``MediaSize`` as strings, ``DateUpdated``, and a PhotoDNA value on a third of the records;
* an RDSv3-shaped SQLite (NIST ``schema.sql``: FILE with its seven-column primary key, MFG,
  OS, PKG, VERSION, the DISTINCT_HASH view) where each file appears 1 to 30 times (mean
  about 3.8: several packages, several names), as in real releases.

Then, each in a fresh subprocess pinned to one CPU core, into a fresh SQLite workspace:
``cairn hashset import`` of each file. Peak memory is ``ru_maxrss`` of that child (from
``wait4``), time is wall clock, throughput is entries stored per second. It also times the
three ways of reading distinct hashes out of the RDS (SELECT DISTINCT ... ORDER BY, which the
reader uses; ORDER BY with repeats dropped in Python; the DISTINCT_HASH view), in a
subprocess each.

With ``--phases`` the VICS import runs once more, in-process in a subprocess pinned to one
core, and reports CPU seconds by phase: the file's SHA-256, reading and converting records with
the import loop, the bulk insert (JSON text and ``executemany``), the index rebuild, the
conflict count and the commit; and, separately, a pass of the reader alone. ``--profile FILE``
adds a cProfile of that import (``python -m pstats FILE``).

Targets: 5 M VICS entries in under 3 minutes and under 1 GB peak memory. Results: a table on
stdout and ``bench/out/hashset_import[-n].json``. Hashes are random, not of any file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
CAIRN = [sys.executable, "-m", "cairn"]
TARGET_SECONDS = 180
TARGET_BYTES = 1 << 30

# Project VIC 2020 category counts (IPED issue 221): 0..4.
_CATEGORY_WEIGHTS = (4_554_919, 2_163_921, 5_941_187, 153_108, 7_075)
_VICS_HEAD = (
    '{"@odata.context":"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/'
    '$metadata#Media","value":[\n'
)


def _hex(rng: random.Random, bits: int) -> str:
    return f"{rng.getrandbits(bits):0{bits // 4}X}"


def generate_vics(path: Path, count: int, seed: int = 1) -> None:
    """A ``#Media`` set of ``count`` records, written record by record."""
    rng = random.Random(seed)
    categories = rng.choices(range(5), weights=_CATEGORY_WEIGHTS, k=min(count, 100_000))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    with path.open("w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        out.write(_VICS_HEAD)
        for number in range(count):
            category = categories[number % len(categories)]
            record = (
                f'{{"MediaID":0,"Category":{category},"MD5":"{_hex(rng, 128)}",'
                f'"SHA1":"{_hex(rng, 160)}","IsPrecategorized":"true",'
                f'"MediaSize":"{rng.randrange(2_000, 8_000_000)}",'
                f'"DateUpdated":"2023-06-07T02:31:49.8300Z"'
            )
            if number % 3 == 0:
                photodna = "".join(rng.choices(alphabet, k=190)) + "=="
                record += f',"PhotoDNA":"{photodna}"'
            out.write(record + ("}\n" if number == count - 1 else "},\n"))
        out.write("]}\n")


_RDS_SCHEMA = """
CREATE TABLE FILE (
 sha256 VARCHAR NOT NULL, sha1 VARCHAR NOT NULL, md5 VARCHAR NOT NULL, crc32 VARCHAR NOT NULL,
 file_name VARCHAR NOT NULL, file_size INTEGER NOT NULL, package_id INTEGER NOT NULL,
 CONSTRAINT PK_FILE__FILE PRIMARY KEY (sha256, sha1, md5, crc32, file_name, file_size,
 package_id));
CREATE TABLE MFG (manufacturer_id INTEGER NOT NULL, name VARCHAR NOT NULL);
CREATE TABLE OS (operating_system_id INTEGER NOT NULL, name VARCHAR NOT NULL,
 version VARCHAR NOT NULL, manufacturer_id INTEGER NOT NULL);
CREATE TABLE PKG (package_id INTEGER NOT NULL, name VARCHAR NOT NULL, version VARCHAR NOT NULL,
 operating_system_id INTEGER NOT NULL, manufacturer_id INTEGER NOT NULL,
 language VARCHAR NOT NULL, application_type VARCHAR NOT NULL);
CREATE TABLE VERSION (version VARCHAR UNIQUE NOT NULL, build_set VARCHAR NOT NULL,
 build_date TIMESTAMP NOT NULL, release_date TIMESTAMP NOT NULL, description VARCHAR NOT NULL);
CREATE VIEW DISTINCT_HASH AS SELECT DISTINCT sha256, sha1, md5, crc32 FROM FILE;
INSERT INTO MFG VALUES (1, 'Example Corp');
INSERT INTO OS VALUES (1, 'ExampleOS', '1.0', 1);
INSERT INTO VERSION VALUES ('2024.03.1', 'modern', '2024-03-01', '2024-03-15', 'synthetic');
"""


def _copies(rng: random.Random) -> int:
    """How many FILE rows one file has: mostly 1, some 2-4, fewer 5-10, a few up to 30."""
    draw = rng.random()
    if draw < 0.5:
        return 1
    if draw < 0.75:
        return rng.randint(2, 4)
    if draw < 0.95:
        return rng.randint(5, 10)
    return rng.randint(11, 30)


def _rds_rows(count: int, seed: int) -> Iterator[tuple[str, str, str, str, str, int, int]]:
    """``count`` rows in primary-key order (sha256 ascending), so inserting them appends."""
    rng = random.Random(seed)
    step = (1 << 256) // max(count // 2, 1)
    value = 0
    made = 0
    while made < count:
        value += rng.randrange(1, step)
        sha256 = f"{value:064X}"
        sha1, md5, crc = _hex(rng, 160), _hex(rng, 128), _hex(rng, 32)
        size = rng.randrange(1, 50_000_000)
        copies = min(_copies(rng), count - made)
        rows = sorted(
            (f"file{rng.randrange(1_000_000)}.dll", rng.randrange(1, 5000)) for _ in range(copies)
        )
        for name, package in rows:
            yield sha256, sha1, md5, crc, name, size, package
        made += copies


def generate_rds(path: Path, count: int, seed: int = 2) -> int:
    """An RDSv3-shaped database of ``count`` FILE rows; returns the distinct hash count."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.executescript(_RDS_SCHEMA)
    db.executemany(
        "INSERT INTO PKG VALUES (?, ?, '1.0', 1, 1, 'English', 'Operating System')",
        ((n, f"Package {n}") for n in range(1, 5000)),
    )
    batch: list[tuple[str, str, str, str, str, int, int]] = []
    for row in _rds_rows(count, seed):
        batch.append(row)
        if len(batch) >= 100_000:
            db.executemany("INSERT OR IGNORE INTO FILE VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
            batch.clear()
    db.executemany("INSERT OR IGNORE INTO FILE VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
    db.commit()
    distinct: int = db.execute(
        "SELECT COUNT(*) FROM (SELECT DISTINCT sha256 FROM FILE)"
    ).fetchone()[0]
    db.close()
    return distinct


def _pin() -> None:
    """Run the child on one core (the first this process may use)."""
    cores = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cores[0]})


def measured(command: Sequence[str]) -> dict[str, Any]:
    """Run ``command`` on one core and return its wall time, CPU time, peak RSS and output.

    A small wrapper (this file with ``--child``), pinned to one core, starts the command
    (which inherits the pinning) and reads the command's own rusage from ``wait4``, so the
    figures are the command's alone.
    """
    wrapper = subprocess.run(
        [sys.executable, __file__, "--child", "--", *command],
        capture_output=True,
        preexec_fn=_pin,
        cwd=ROOT,
        check=False,
    )
    if wrapper.returncode != 0:
        raise SystemExit(f"{' '.join(command)}: wrapper failed:\n{wrapper.stderr.decode()}")
    report: dict[str, Any] = json.loads(wrapper.stdout.decode().strip().splitlines()[-1])
    if report["exit"] != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{report['stderr']}")
    return report


def child(command: Sequence[str]) -> None:
    """Run ``command`` and print its wall time, CPU time, peak RSS and output as JSON."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stdout = process.stdout.read() if process.stdout else b""
    stderr = process.stderr.read() if process.stderr else b""
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    print(
        json.dumps(
            {
                "wall_s": round(wall, 2),
                "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
                "peak_rss_bytes": usage.ru_maxrss * 1024,
                "exit": os.waitstatus_to_exitcode(status),
                "stdout": stdout.decode(errors="replace")[-2000:],
                "stderr": stderr.decode(errors="replace")[-2000:],
            }
        )
    )


_DEDUPE = {
    "distinct+order (reader)": (
        "SELECT DISTINCT sha256, sha1, md5 FROM FILE ORDER BY sha256, sha1, md5"
    ),
    "order by, dedupe in py": "SELECT sha256, sha1, md5 FROM FILE ORDER BY sha256, sha1, md5",
    "distinct_hash view": "SELECT sha256, sha1, md5 FROM DISTINCT_HASH",
}


def dedupe_probe(path: str, query: str) -> None:
    """Read every row of ``query`` (deduping adjacent rows); print the distinct count."""
    uri = f"file:{path}?mode=ro&immutable=1"
    db = sqlite3.connect(uri, uri=True)
    previous = None
    count = 0
    cursor = db.execute(query)
    while rows := cursor.fetchmany(10_000):
        for row in rows:
            if row != previous:
                previous = row
                count += 1
    print(count)


def phases(path: str, workspace: str, profile: str | None) -> None:
    """Import ``path`` into a fresh workspace in this process; print CPU seconds by phase."""
    import cProfile
    import resource

    from sqlalchemy.orm import Session

    import cairn.pipeline.known as known
    from cairn.hashsets import read_hashset
    from cairn.store import Store, bulk

    spent: dict[str, float] = {}

    def timed(name: str, function: Any) -> Any:
        spent[name] = 0.0

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - started

        return wrapper

    for owner, attribute, name in (
        (known, "_file_sha256", "file sha256"),
        (bulk.BulkLoader, "insert_rows", "bulk insert"),
        (bulk.BulkLoader, "finish", "index rebuild"),
        (known, "count_conflicts", "conflicts"),
        (Session, "commit", "commit"),
    ):
        setattr(owner, attribute, timed(name, getattr(owner, attribute)))
    store = Store.open(Path(workspace))
    profiler = cProfile.Profile() if profile else None
    started = time.process_time()
    if profiler is not None:
        profiler.enable()
    summary = known.import_hashset(store, Path(path), "projectvic")
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(profile))
    total = time.process_time() - started
    spent["reader and import loop"] = total - sum(spent.values())
    started = time.process_time()
    alone = sum(1 for _ in read_hashset(Path(path)))
    report = {
        "entries": summary.entries,
        "total_cpu_s": round(total, 2),
        "phases_cpu_s": {name: round(value, 2) for name, value in spent.items()},
        "reader_alone_cpu_s": round(time.process_time() - started, 2),
        "reader_alone_records": alone,
        "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }
    print(json.dumps(report))


def _import(workspace: Path, path: Path, name: str, *extra: str) -> dict[str, Any]:
    command = [*CAIRN, "--home", str(workspace), "hashset", "import", str(path), "--name", name]
    report = measured([*command, *extra])
    line = next((x for x in report["stdout"].splitlines() if x.startswith("imported ")), "")
    report["entries"] = int(line.split()[1]) if line else 0
    report["entries_per_s"] = round(report["entries"] / report["wall_s"]) if report["wall_s"] else 0
    return report


def _size(path: Path) -> int:
    return path.stat().st_size


def _gb(value: float) -> str:
    return f"{value / (1 << 30):.2f} GiB"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="smoke run: N VICS, 4N NSRL rows")
    parser.add_argument("--vics", type=int, default=5_000_000, help="VICS entries")
    parser.add_argument("--nsrl", type=int, default=20_000_000, help="NSRL FILE rows")
    parser.add_argument("--data", type=Path, default=None, help="folder for generated files")
    parser.add_argument("--keep", action="store_true", help="keep generated files")
    parser.add_argument("--skip", choices=["vics", "nsrl", "dedupe"], action="append", default=[])
    parser.add_argument("--phases", action="store_true", help="VICS import CPU by phase")
    parser.add_argument("--profile", type=Path, default=None, help="with --phases: cProfile")
    args = parser.parse_args(argv)
    if args.n is not None:
        args.vics, args.nsrl = args.n, 4 * args.n
    data = args.data or Path(tempfile.mkdtemp(prefix="cairn-hashset-bench-"))
    data.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "cpu": platform.processor() or platform.machine(),
            "cores_used": 1,
        },
        "vics_entries": args.vics,
        "nsrl_rows": args.nsrl,
    }
    try:
        if "vics" not in args.skip:
            vics = data / f"vics-{args.vics}.json"
            if not vics.exists():
                started = time.perf_counter()
                generate_vics(vics, args.vics)
                took = time.perf_counter() - started
                print(f"generated {vics.name}: {_gb(_size(vics))} in {took:.0f} s")
            workspace = data / "ws-vics"
            shutil.rmtree(workspace, ignore_errors=True)
            report = _import(workspace, vics, "projectvic")
            report["file_bytes"] = _size(vics)
            report["store_bytes"] = _size(workspace / "cairn.db")
            report["meets_target"] = (
                report["wall_s"] < TARGET_SECONDS and report["peak_rss_bytes"] < TARGET_BYTES
                if args.vics >= 5_000_000
                else None  # a smoke run is dominated by start-up; the target is for 5 M
            )
            results["vics"] = report
            shutil.rmtree(workspace, ignore_errors=True)
            if args.phases:
                command = [sys.executable, __file__, "--phases", str(vics), str(workspace)]
                if args.profile is not None:
                    command.append(str(args.profile.resolve()))
                report = measured(command)
                results["vics_phases"] = json.loads(report["stdout"].strip().splitlines()[-1])
                shutil.rmtree(workspace, ignore_errors=True)
        if "nsrl" not in args.skip or "dedupe" not in args.skip:
            rds = data / f"rds-{args.nsrl}.db"
            if not rds.exists():
                started = time.perf_counter()
                distinct = generate_rds(rds, args.nsrl)
                print(
                    f"generated {rds.name}: {_gb(_size(rds))}, {distinct} distinct hashes, "
                    f"in {time.perf_counter() - started:.0f} s"
                )
            if "dedupe" not in args.skip:
                # Two rounds, the best of each kept: the first read of the file pays for
                # bringing it into the page cache, whichever query runs first.
                results["dedupe"] = {}
                for _round in range(2):
                    for label, query in _DEDUPE.items():
                        probe = [sys.executable, __file__, "--probe", str(rds), query]
                        report = measured(probe)
                        report["distinct"] = int(report["stdout"].strip() or 0)
                        best = results["dedupe"].get(label)
                        if best is None or report["cpu_s"] < best["cpu_s"]:
                            results["dedupe"][label] = report
            if "nsrl" not in args.skip:
                workspace = data / "ws-nsrl"
                shutil.rmtree(workspace, ignore_errors=True)
                report = _import(workspace, rds, "nsrl", "--known-good")
                report["file_bytes"] = _size(rds)
                report["store_bytes"] = _size(workspace / "cairn.db")
                results["nsrl"] = report
                shutil.rmtree(workspace, ignore_errors=True)
    finally:
        if not args.keep and args.data is None:
            shutil.rmtree(data, ignore_errors=True)
    suffix = "" if args.n is None else f"-{args.n}"
    (OUT / f"hashset_import{suffix}.json").write_text(json.dumps(results, indent=2))
    print(
        f"\n{'run':<30}{'entries':>12}{'wall s':>10}{'entries/s':>12}{'CPU s':>9}{'peak RSS':>12}"
    )
    for key in ("vics", "nsrl"):
        if key in results:
            r = results[key]
            print(
                f"{'import ' + key:<30}{r['entries']:>12,}{r['wall_s']:>10.1f}"
                f"{r['entries_per_s']:>12,}{r['cpu_s']:>9.1f}"
                f"{r['peak_rss_bytes'] / 2**20:>9.0f} MiB"
            )
    for label, r in results.get("dedupe", {}).items():
        print(
            f"{'rds ' + label:<30}{r['distinct']:>12,}{r['wall_s']:>10.1f}"
            f"{round(r['distinct'] / r['wall_s']) if r['wall_s'] else 0:>12,}{r['cpu_s']:>9.1f}"
            f"{r['peak_rss_bytes'] / 2**20:>9.0f} MiB"
        )
    if "vics_phases" in results:
        r = results["vics_phases"]
        print(f"\nVICS import in-process, CPU s (total {r['total_cpu_s']}):")
        for name, value in r["phases_cpu_s"].items():
            print(f"  {name:<28}{value:>8.2f}")
        print(f"  {'(reader alone)':<28}{r['reader_alone_cpu_s']:>8.2f}")
    if "vics" in results and results["vics"]["meets_target"] is not None:
        verdict = "meets" if results["vics"]["meets_target"] else "MISSES"
        print(f"VICS target (5 M in < 180 s and < 1 GiB): {verdict}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[3:])
    elif len(sys.argv) in (4, 5) and sys.argv[1] == "--phases":
        phases(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) == 5 else None)
    elif len(sys.argv) == 4 and sys.argv[1] == "--probe":
        dedupe_probe(sys.argv[2], sys.argv[3])
    else:
        main()
