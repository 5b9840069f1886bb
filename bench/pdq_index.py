"""PDQ matching against millions of indexed hashes: Cairn's index beside HMA's and brute force.

One command runs every contender on the same hashes and queries, each in its own process
(so that memory is its own), and prints a Markdown table for bench/RESULTS.md::

    .venv/bin/python bench/pdq_index.py                      # 10 M hashes, about 35 minutes
    .venv/bin/python bench/pdq_index.py --n 100000 --queries 500 --single 100   # smoke check

Contenders, at distance <= 31 (``--threshold``):

- ``mih``: Cairn's ``MIHPDQIndex`` (``pdq-mih``), built, saved, then loaded in a fresh process
  and searched in one batch with 1 and 2 threads; then 100,000 new hashes are added
  (``--delta``) and searched without a rebuild.
- ``pytx``: the PDQ index class of the ``threatexchange`` package, what HMA runs
  (``PDQIndex``: FAISS ``IndexBinaryMultiHash``, 16 tables of 16 bits), built from
  (hex, entry) pairs as HMA builds it, queried one hash at a time as HMA's lookup does
  (``--single`` queries) and, to be fair to FAISS, in one batch through its FAISS index.
  Its "load" is ``deserialize`` (pickle), which is how HMA moves the index.
- ``flat``: ``FaissPDQIndex`` (FAISS ``IndexBinaryFlat``, brute force on all cores): the
  ground truth every other contender's recall is measured against.

Figures: queries/s by the wall clock (2 cores available) and per core (queries per CPU
second of the process, all threads together, which holds steady when other work shares
the machine); recall and extra hits against brute force; resident memory added by the
index with its inputs freed, and the peak while building; build, save and load times.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from procmem import reset_peak, status_mb

HERE = Path(__file__).resolve()
DATASETS = ("random", "clustered")
CONTENDERS = ("flat", "mih", "pytx")


# --- data ---------------------------------------------------------------------------


def _flip(rng: np.random.Generator, rows: NDArray[np.uint8], mean_bits: NDArray[Any]) -> None:
    """Flip each bit of row i with probability mean_bits[i] / 256, in place, in blocks."""
    step = 1 << 16
    for start in range(0, rows.shape[0], step):
        block = rows[start : start + step]
        chance = (mean_bits[start : start + step] / 256.0).astype(np.float32)
        flips = rng.random((block.shape[0], 256), dtype=np.float32) < chance[:, None]
        block ^= np.packbits(flips, axis=1)


def make_data(kind: str, n: int, queries: int, delta: int, seed: int, work: Path) -> None:
    """Write haystack, queries and the delta set for one kind of data under ``work``.

    random: uniformly random hashes. clustered: n / 8 random centres, each with 7 copies
    a Binomial number of bits away (means 1 to 40), as edits of one image cluster.
    Half the queries are copies of indexed rows 0 to 40 bits away (so many sit around the
    threshold), half are random. The delta set holds random rows plus copies of queries.
    """
    rng = np.random.default_rng(seed)
    if kind == "random":
        hashes = rng.integers(0, 256, (n, 32), dtype=np.uint8)
    else:
        centres = rng.integers(0, 256, (-(-n // 8), 32), dtype=np.uint8)
        hashes = np.repeat(centres, 8, axis=0)[:n]
        del centres
        spread = rng.integers(1, 41, n).astype(np.float64)
        spread[::8] = 0  # the centre itself
        _flip(rng, hashes, spread)
    near = hashes[rng.choice(n, queries // 2)]
    _flip(rng, near, rng.integers(0, 41, near.shape[0]).astype(np.float64))
    fresh = rng.integers(0, 256, (queries - near.shape[0], 32), dtype=np.uint8)
    query_rows = np.concatenate([near, fresh])[rng.permutation(queries)]
    added = rng.integers(0, 256, (delta, 32), dtype=np.uint8)
    copies = min(delta, queries)
    added[:copies] = query_rows[:copies]
    _flip(rng, added[:copies], rng.integers(0, 41, copies).astype(np.float64))
    np.save(work / f"{kind}-hashes.npy", hashes, allow_pickle=False)
    np.save(work / f"{kind}-queries.npy", query_rows, allow_pickle=False)
    np.save(work / f"{kind}-delta.npy", added, allow_pickle=False)


# --- measuring ----------------------------------------------------------------------


class Clock:
    """Wall and process-CPU seconds of a block."""

    def __enter__(self) -> Clock:
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = time.process_time() - self.cpu0


def _rates(count: int, clock: Clock) -> dict[str, float]:
    return {"qps_wall": count / clock.wall, "qps_per_core": count / clock.cpu}


def _save_hits(path: Path, query_of: NDArray[np.int64], ids: NDArray[np.int64]) -> None:
    np.savez(path, query=query_of.astype(np.int64), ids=ids.astype(np.int64))


def _query_of(lims: NDArray[np.int64]) -> NDArray[np.int64]:
    """The query of each hit, from range-search offsets."""
    return np.repeat(np.arange(lims.shape[0] - 1), np.diff(lims))


# --- contenders (each run in a child process) ---------------------------------------


def run_flat(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from cairn.matching import FaissPDQIndex

    base = status_mb("VmRSS")
    hashes = np.load(work / f"{args.data}-hashes.npy")
    queries = np.load(work / f"{args.data}-queries.npy")
    reset_peak()
    index = FaissPDQIndex(batch_size=256)
    with Clock() as build:
        index.add(hashes, np.arange(hashes.shape[0], dtype=np.int64))
    del hashes
    gc.collect()
    memory = status_mb("VmRSS") - base - queries.nbytes / 1e6
    with Clock() as search:
        lims, ids, _ = index.search_arrays(queries, args.threshold)
    _save_hits(work / f"{args.data}-flat.npz", _query_of(lims), ids)
    delta = np.load(work / f"{args.data}-delta.npy")
    small = FaissPDQIndex()
    small.add(delta, np.arange(delta.shape[0], dtype=np.int64) + (1 << 40))
    lims, delta_ids, _ = small.search_arrays(queries, args.threshold)
    _save_hits(work / f"{args.data}-flat-delta.npz", _query_of(lims), delta_ids)
    return {
        "build_s": build.wall,
        "memory_mb": memory,
        "peak_mb": status_mb("VmHWM") - base,
        "batch": _rates(queries.shape[0], search),
    }


def run_mih_build(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from cairn.matching import MIHPDQIndex

    base = status_mb("VmRSS")
    hashes = np.load(work / f"{args.data}-hashes.npy")
    reset_peak()
    index = MIHPDQIndex()
    with Clock() as build:
        index.add(hashes, np.arange(hashes.shape[0], dtype=np.int64))
    peak = status_mb("VmHWM") - base
    del hashes
    gc.collect()
    memory = status_mb("VmRSS") - base
    folder = work / f"{args.data}-mih"
    with Clock() as save:
        index.save(folder)
    disk = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    return {
        "build_s": build.wall,
        "build_cpu_s": build.cpu,
        "memory_mb": memory,
        "peak_mb": peak,
        "save_s": save.wall,
        "disk_mb": disk / 1e6,
        "array_mb": index.nbytes / 1e6,
        "segments": index.segment_sizes,
    }


def run_mih_search(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from cairn.matching import MIHPDQIndex

    queries = np.load(work / f"{args.data}-queries.npy")
    folder = work / f"{args.data}-mih"
    with Clock() as mapped:
        MIHPDQIndex.load(folder, mmap=True)
    base = status_mb("VmRSS")
    with Clock() as load:
        index = MIHPDQIndex.load(folder)
    memory = status_mb("VmRSS") - base
    out: dict[str, Any] = {"load_s": load.wall, "load_mmap_s": mapped.wall, "memory_mb": memory}
    for threads in args.threads:
        index._threads = threads
        index.search_arrays(queries[: max(1, queries.shape[0] // 10)], args.threshold)  # warm
        with Clock() as search:
            lims, ids, _ = index.search_arrays(queries, args.threshold)
        out[f"batch_{threads}t"] = _rates(queries.shape[0], search)
    _save_hits(work / f"{args.data}-mih.npz", _query_of(lims), ids)
    delta = np.load(work / f"{args.data}-delta.npy")
    with Clock() as grow:
        index.add(delta, np.arange(delta.shape[0], dtype=np.int64) + (1 << 40))
    out["delta_add_s"] = grow.wall
    out["delta_segments"] = index.segment_sizes
    index._threads = max(args.threads)
    with Clock() as search:
        lims, ids, _ = index.search_arrays(queries, args.threshold)
    out["delta_batch"] = _rates(queries.shape[0], search)
    _save_hits(work / f"{args.data}-mih-delta.npz", _query_of(lims), ids)
    return out


def run_pytx(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    import pickle
    from io import BytesIO

    from threatexchange.signal_type.pdq.pdq_index import PDQIndex

    base = status_mb("VmRSS")
    hashes = np.load(work / f"{args.data}-hashes.npy")
    queries = np.load(work / f"{args.data}-queries.npy")
    hexes = [row.tobytes().hex() for row in hashes]
    del hashes
    query_hexes = [row.tobytes().hex() for row in queries]
    reset_peak()
    with Clock() as build:
        # How HMA builds: (signal hex, bank content id) pairs into PDQIndex.build.
        index = PDQIndex.build(zip(hexes, range(len(hexes)), strict=True))
    peak = status_mb("VmHWM") - base
    del hexes
    gc.collect()
    memory = status_mb("VmRSS") - base
    out: dict[str, Any] = {"build_s": build.wall, "memory_mb": memory, "peak_mb": peak}
    single = query_hexes[: args.single]
    with Clock() as search:
        found = [index.query(text) for text in single]
    out["single"] = _rates(len(single), search)
    query_of = np.repeat(np.arange(len(found)), [len(hits) for hits in found])
    ids = np.array([hit.metadata for hits in found for hit in hits], dtype=np.int64)
    _save_hits(work / f"{args.data}-pytx-single.npz", query_of, ids)
    with Clock() as search:
        local = index.index.search(query_hexes, index.get_match_threshold(), return_as_ids=True)
        batch = [[index.local_id_to_entry[i][1] for i in hits] for hits in local]
    out["batch"] = _rates(len(query_hexes), search)
    query_of = np.repeat(np.arange(len(batch)), [len(hits) for hits in batch])
    _save_hits(
        work / f"{args.data}-pytx.npz",
        query_of,
        np.fromiter(itertools.chain.from_iterable(batch), np.int64),
    )
    stream = BytesIO()
    with Clock() as save:
        index.serialize(stream)
    out["save_s"] = save.wall
    out["disk_mb"] = stream.tell() / 1e6
    stream.seek(0)
    del index
    gc.collect()
    with Clock() as load:
        # Our own freshly pickled object: safe to unpickle here, never in Cairn itself.
        pickle.load(stream)
    out["load_s"] = load.wall
    return out


CHILDREN = {
    "flat": run_flat,
    "mih-build": run_mih_build,
    "mih-search": run_mih_search,
    "pytx": run_pytx,
}


# --- driver -------------------------------------------------------------------------


def _child(name: str, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    command = [
        sys.executable,
        str(HERE),
        "--child",
        name,
        "--work",
        str(work),
        "--data",
        args.data,
        "--threshold",
        str(args.threshold),
        "--single",
        str(args.single),
        "--threads",
        ",".join(map(str, args.threads)),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{name} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _pairs(path: Path, limit: int | None = None) -> set[tuple[int, int]]:
    data = np.load(path)
    keep = data["query"] < limit if limit is not None else slice(None)
    return set(zip(data["query"][keep].tolist(), data["ids"][keep].tolist(), strict=True))


def _compare(found: set[tuple[int, int]], truth: set[tuple[int, int]]) -> dict[str, Any]:
    hit = len(found & truth)
    return {
        "recall": hit / len(truth) if truth else 1.0,
        "missed": len(truth) - hit,
        "extra": len(found - truth),
        "true_hits": len(truth),
    }


def _machine() -> dict[str, Any]:
    import faiss

    model = "unknown"
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    try:
        from importlib.metadata import version

        pytx = version("threatexchange")
    except Exception:  # not installed
        pytx = "not installed"
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "faiss": faiss.__version__,
        "threatexchange": pytx,
        "load_average": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000_000, help="indexed hashes")
    parser.add_argument("--queries", type=int, default=2000, help="queries per batch")
    parser.add_argument("--single", type=int, default=200, help="pytx one-at-a-time queries")
    parser.add_argument("--delta", type=int, default=100_000, help="hashes added afterwards")
    parser.add_argument("--threshold", type=int, default=31)
    parser.add_argument("--data", default=",".join(DATASETS), help="random,clustered")
    parser.add_argument("--contenders", default=",".join(CONTENDERS), help="flat,mih,pytx")
    parser.add_argument("--threads", default="1,2", help="thread counts for Cairn's index")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", help="folder for data and indexes (default: a temp folder)")
    parser.add_argument("--json", help="also write every figure to this JSON file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.threads = [int(value) for value in str(args.threads).split(",")]
    if args.child:
        result = CHILDREN[args.child](args, Path(args.work))
        print(json.dumps(result))
        return
    contenders = args.contenders.split(",")
    if "flat" not in contenders:
        raise SystemExit("flat (brute force) is the ground truth and must run")
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="cairn-bench-pdq-"))
    work.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "command": "python " + " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]]),
        "machine": _machine(),
        "n": args.n,
        "queries": args.queries,
        "delta": args.delta,
        "threshold": args.threshold,
        "results": {},
    }
    try:
        for seed, kind in enumerate(args.data.split(","), start=args.seed):
            args.data = kind
            print(f"[{kind}] generating {args.n:,} hashes", file=sys.stderr, flush=True)
            make_data(kind, args.n, args.queries, args.delta, seed, work)
            results: dict[str, Any] = {}
            for name in contenders:
                steps = ["mih-build", "mih-search"] if name == "mih" else [name]
                for step in steps:
                    print(f"[{kind}] {step}", file=sys.stderr, flush=True)
                    results[step] = _child(step, args, work)
            truth = _pairs(work / f"{kind}-flat.npz")
            truth_delta = truth | _pairs(work / f"{kind}-flat-delta.npz")
            if "mih" in contenders:
                results["mih-search"]["vs_truth"] = _compare(
                    _pairs(work / f"{kind}-mih.npz"), truth
                )
                results["mih-search"]["delta_vs_truth"] = _compare(
                    _pairs(work / f"{kind}-mih-delta.npz"), truth_delta
                )
            if "pytx" in contenders:
                results["pytx"]["vs_truth"] = _compare(_pairs(work / f"{kind}-pytx.npz"), truth)
                single_truth = {pair for pair in truth if pair[0] < args.single}
                results["pytx"]["single_vs_truth"] = _compare(
                    _pairs(work / f"{kind}-pytx-single.npz"), single_truth
                )
            report["results"][kind] = results
            for path in work.glob(f"{kind}-*"):
                shutil.rmtree(path) if path.is_dir() else path.unlink()
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    report["machine"]["load_average_after"] = os.getloadavg()
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n")
    print(markdown(report))


def markdown(report: dict[str, Any]) -> str:
    """The RESULTS.md table: one row per contender and data set, ratios against pytx."""
    lines = [
        f"`{report['command']}`",
        "",
        f"{report['n']:,} indexed hashes, {report['queries']:,} queries, distance <= "
        f"{report['threshold']}. Machine: {report['machine']['cpu']}, "
        f"{report['machine']['cores']} cores; numpy {report['machine']['numpy']}, "
        f"faiss {report['machine']['faiss']}, threatexchange "
        f"{report['machine']['threatexchange']}; load average "
        f"{report['machine']['load_average'][0]:.1f} before, "
        f"{report['machine']['load_average_after'][0]:.1f} after.",
        "",
        "| data | index | q/s (wall) | q/s per core | recall | extra hits | memory MB "
        "| build peak MB | build s | load s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def row(
        kind: str,
        name: str,
        rates: dict[str, float],
        check: dict[str, Any] | None,
        memory: float,
        peak: float | str,
        build: float | str,
        load: float | str,
    ) -> None:
        recall = f"{check['recall']:.4f}" if check else "truth"
        extra = str(check["extra"]) if check else "-"

        def fmt(value: float | str, digits: int = 0) -> str:
            return value if isinstance(value, str) else f"{value:,.{digits}f}"

        lines.append(
            f"| {kind} | {name} | {rates['qps_wall']:,.0f} | {rates['qps_per_core']:,.0f} "
            f"| {recall} | {extra} | {fmt(memory)} | {fmt(peak)} | {fmt(build, 1)} "
            f"| {fmt(load, 2)} |"
        )

    for kind, results in report["results"].items():
        flat = results["flat"]
        row(
            kind,
            "brute force (FAISS flat)",
            flat["batch"],
            None,
            flat["memory_mb"],
            flat["peak_mb"],
            flat["build_s"],
            "-",
        )
        if "pytx" in results:
            pytx = results["pytx"]
            row(
                kind,
                "threatexchange PDQIndex, one query at a time (HMA)",
                pytx["single"],
                pytx["single_vs_truth"],
                pytx["memory_mb"],
                pytx["peak_mb"],
                pytx["build_s"],
                pytx["load_s"],
            )
            row(
                kind,
                "threatexchange PDQIndex, one batch",
                pytx["batch"],
                pytx["vs_truth"],
                pytx["memory_mb"],
                "same",
                "same",
                "same",
            )
        if "mih-search" in results:
            built, mih = results["mih-build"], results["mih-search"]
            for key in sorted(k for k in mih if k.startswith("batch_")):
                row(
                    kind,
                    f"Cairn pdq-mih, one batch, {key[6:-1]} thread(s)",
                    mih[key],
                    mih["vs_truth"],
                    mih["memory_mb"],
                    built["peak_mb"],
                    built["build_s"],
                    mih["load_s"],
                )
            row(
                kind,
                f"Cairn pdq-mih + {report['delta']:,} added in {mih['delta_add_s']:.1f} s "
                f"(segments {mih['delta_segments']})",
                mih["delta_batch"],
                mih["delta_vs_truth"],
                mih["memory_mb"],
                "-",
                "-",
                "-",
            )
    lines.append("")
    for kind, results in report["results"].items():
        if "pytx" in results and "mih-search" in results:
            mih, pytx = results["mih-search"], results["pytx"]
            best = max(
                (mih[k] for k in mih if k.startswith("batch_")), key=lambda rates: rates["qps_wall"]
            )
            one = mih.get("batch_1t", best)
            lines.append(
                f"- {kind}: Cairn / HMA (one at a time) = "
                f"{best['qps_wall'] / pytx['single']['qps_wall']:.1f}x by the wall clock, "
                f"{one['qps_per_core'] / pytx['single']['qps_per_core']:.1f}x per core; "
                f"Cairn / threatexchange batched = "
                f"{best['qps_wall'] / pytx['batch']['qps_wall']:.1f}x wall, "
                f"{one['qps_per_core'] / pytx['batch']['qps_per_core']:.1f}x per core; "
                f"memory {mih['memory_mb']:,.0f} MB vs {pytx['memory_mb']:,.0f} MB; "
                f"load {mih['load_s']:.2f} s (memory-mapped {mih['load_mmap_s']:.3f} s) vs "
                f"{pytx['load_s']:.2f} s."
            )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
