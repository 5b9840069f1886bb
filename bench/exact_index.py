"""Exact hash lookups against tens of millions of listed MD5s: Cairn's indexes beside a dict.

One command, each contender in its own process so that memory is its own::

    .venv/bin/python bench/exact_index.py        # 50 M in the index, 10 M in the dict (~10 min)
    .venv/bin/python bench/exact_index.py --n 1000000 --dict-n 1000000   # smoke check

- ``exact``: ``cairn.matching.ExactIndex`` (a directory over digest prefixes), MD5s loaded
  with ``add_many`` in chunks of 5 million, ``freeze``, ``save`` to a temporary folder and
  ``load(mmap=True)`` (as the matcher index maps it at every ingest), then one
  ``lookup_arrays`` call per batch of queries on the mapped index (hex strings, so
  decoding them is part of the cost), half of them listed.
- ``dict``: a Python ``dict`` from 16-byte digests to entry ids, queried one by one after
  ``bytes.fromhex`` (the obvious way; a ``set`` costs about the same per lookup).

Figures: lookups/s by the wall clock and per core (lookups per CPU second), hits found
(must equal the listed half), resident memory added with the inputs freed, peak while
building, and build time.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from procmem import reset_peak, status_mb

HERE = Path(__file__).resolve()
CHUNK = 5_000_000


def _digests(seed: int, start: int, count: int) -> bytes:
    """``count`` pseudo-random 16-byte digests, the same for the same (seed, start)."""
    return np.random.default_rng([seed, start]).bytes(16 * count)


def _queries(seed: int, n: int, count: int) -> tuple[list[str], int]:
    """Half listed digests (from every chunk), half digests that are not listed."""
    rng = np.random.default_rng([seed, 1 << 40])
    listed = []
    for start in range(0, n, CHUNK):
        size = min(CHUNK, n - start)
        block = np.frombuffer(_digests(seed, start, size), dtype="V16")
        share = count // 2 * size // n
        listed.append(block[rng.choice(size, share, replace=False)])
    hits = np.concatenate(listed)
    misses = np.frombuffer(rng.bytes(16 * (count - hits.shape[0])), dtype="V16")
    chosen = np.concatenate([hits, misses])[rng.permutation(count)]
    return [value.tobytes().hex() for value in chosen], int(hits.shape[0])


def run_exact(args: argparse.Namespace) -> dict[str, Any]:
    from cairn.matching import ExactIndex
    from cairn.model import HashKind

    queries, listed = _queries(args.seed, args.n, args.lookups)
    base = status_mb("VmRSS")
    reset_peak()
    index = ExactIndex()
    started = time.perf_counter()
    for start in range(0, args.n, CHUNK):
        size = min(CHUNK, args.n - start)
        raw = _digests(args.seed, start, size)
        hexes = [raw[at : at + 16].hex() for at in range(0, len(raw), 16)]
        index.add_many(HashKind.MD5, hexes, np.arange(start, start + size, dtype=np.int64))
        del raw, hexes
    index.freeze()
    build = time.perf_counter() - started
    gc.collect()
    out: dict[str, Any] = {
        "build_s": build,
        "memory_mb": status_mb("VmRSS") - base,
        "array_mb": index.nbytes / 1e6,
        "peak_mb": status_mb("VmHWM") - base,
    }
    folder = tempfile.mkdtemp(prefix="cairn-exact-")
    started = time.perf_counter()
    index.save(Path(folder) / "index")
    out["save_s"] = time.perf_counter() - started
    del index
    gc.collect()
    started = time.perf_counter()
    index = ExactIndex.load(Path(folder) / "index", mmap=True)
    out["load_s"] = time.perf_counter() - started
    index.lookup_arrays(HashKind.MD5, queries[:10_000])  # warm
    wall, cpu = time.perf_counter(), time.process_time()
    found = 0
    for start in range(0, len(queries), args.batch):
        positions, _ = index.lookup_arrays(HashKind.MD5, queries[start : start + args.batch])
        found += int(np.unique(positions).shape[0])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    out |= {"lookups_wall": len(queries) / wall, "lookups_per_core": len(queries) / cpu}
    out |= {"found": found, "listed": listed}
    out["mapped_mb"] = status_mb("VmRSS") - base
    shutil.rmtree(folder, ignore_errors=True)
    return out


def run_dict(args: argparse.Namespace) -> dict[str, Any]:
    queries, listed = _queries(args.seed, args.dict_n, args.lookups)
    base = status_mb("VmRSS")
    reset_peak()
    table: dict[bytes, int] = {}
    started = time.perf_counter()
    for start in range(0, args.dict_n, CHUNK):
        size = min(CHUNK, args.dict_n - start)
        raw = _digests(args.seed, start, size)
        for row in range(size):
            table[raw[16 * row : 16 * row + 16]] = start + row
        del raw
    build = time.perf_counter() - started
    gc.collect()
    out: dict[str, Any] = {
        "build_s": build,
        "memory_mb": status_mb("VmRSS") - base,
        "peak_mb": status_mb("VmHWM") - base,
    }
    wall, cpu = time.perf_counter(), time.process_time()
    found = sum(1 for text in queries if bytes.fromhex(text) in table)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    out |= {"lookups_wall": len(queries) / wall, "lookups_per_core": len(queries) / cpu}
    out |= {"found": found, "listed": listed}
    return out


CHILDREN = {"exact": run_exact, "dict": run_dict}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=50_000_000, help="MD5s in Cairn's index")
    parser.add_argument("--dict-n", type=int, default=10_000_000, help="MD5s in the dict")
    parser.add_argument("--lookups", type=int, default=2_000_000)
    parser.add_argument("--batch", type=int, default=1_000_000, help="lookups per call")
    parser.add_argument("--contenders", default="exact,dict")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", help="also write every figure to this JSON file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args)))
        return
    report: dict[str, Any] = {
        "command": "python " + " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]]),
        "cores": os.cpu_count(),
        "numpy": np.__version__,
        "load_average": os.getloadavg(),
        "results": {},
    }
    for name in args.contenders.split(","):
        print(f"{name}", file=sys.stderr, flush=True)
        command = [sys.executable, str(HERE), "--child", name, *sys.argv[1:]]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode:
            raise SystemExit(f"{name} failed:\n{done.stderr}")
        report["results"][name] = json.loads(done.stdout.strip().splitlines()[-1])
    report["load_average_after"] = os.getloadavg()
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n")
    print(markdown(report, args))


def _figure(result: dict[str, Any], name: str, spec: str) -> str:
    return format(result[name], spec) if name in result else "–"


def markdown(report: dict[str, Any], args: argparse.Namespace) -> str:
    lines = [
        f"`{report['command']}`",
        "",
        f"{args.lookups:,} MD5 lookups (half listed) in batches of {args.batch:,}; "
        f"{report['cores']} cores, numpy {report['numpy']}; load average "
        f"{report['load_average'][0]:.1f} before, {report['load_average_after'][0]:.1f} after.",
        "",
        "| index | listed MD5s | lookups/s (wall) | lookups/s per core | found / listed "
        "| memory MB | build peak MB | build s | save s | mapped load s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    names = {
        "exact": ("Cairn ExactIndex (prefix directory, saved and mapped)", args.n),
        "dict": ("Python dict", args.dict_n),
    }
    for name, result in report["results"].items():
        label, size = names[name]
        lines.append(
            f"| {label} | {size:,} | {result['lookups_wall'] / 1e6:.2f} M "
            f"| {result['lookups_per_core'] / 1e6:.2f} M | {result['found']:,} / "
            f"{result['listed']:,} | {result['memory_mb']:,.0f} | {result['peak_mb']:,.0f} "
            f"| {result['build_s']:.1f} | {_figure(result, 'save_s', '.1f')} "
            f"| {_figure(result, 'load_s', '.3f')} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
