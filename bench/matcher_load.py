"""How long an ingest waits for its matcher: built from the store every time, or mapped from
the persistent matcher index, and what a set change costs.

One command (a SQLite workspace in a temporary folder)::

    .venv/bin/python bench/matcher_load.py --n 1000000          # about 3 minutes
    .venv/bin/python bench/matcher_load.py --n 20000 --delta 2000   # smoke check

Steps, each timed by the wall clock:

1. import a known-material set of ``--n`` entries (random MD5 and PDQ each) from a CSV;
2. ``cold``: ``load_matcher(persistent=False)``, every entry read and indexed in memory (what
   every ingest did before the persistent index);
3. ``first``: ``load_matcher`` with an empty index folder (build, save, map);
4. ``warm``: ``load_matcher`` again in a fresh process, from the saved index;
5. ``added set``: a second set of ``--delta`` entries imported, then ``load_matcher``: only
   that set is indexed;
6. ``update``: the big set re-imported with 1 % of its entries withdrawn and 1 % added, then
   ``load_matcher``: the update is indexed as a layer, the rest hard-linked;
7. ``warm after``: ``load_matcher`` in a fresh process again.

Every loaded matcher decides the same batch of items (half of them listed MD5s, half near
copies of listed PDQ hashes) and the decisions are checked equal to the cold matcher's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve()


def _write_csv(path: Path, seed: int, n: int, skip: int = 0) -> None:
    """Entries ``skip`` to ``skip + n`` of the endless list made from ``seed`` (blocks of
    100,000 rows, each from its own generator, so a row is the same whatever ``skip``)."""
    block = 100_000
    with path.open("w") as handle:
        handle.write("md5,pdq,category,scheme\n")
        for start in range(skip // block * block, skip + n, block):
            rng = np.random.default_rng([seed, start])
            md5 = rng.integers(0, 256, (block, 16), dtype=np.uint8)
            pdq = rng.integers(0, 256, (block, 32), dtype=np.uint8)
            low, high = max(skip, start) - start, min(skip + n, start + block) - start
            handle.writelines(
                f"{md5[i].tobytes().hex()},{pdq[i].tobytes().hex()},{'ABC'[(start + i) % 3]},uk\n"
                for i in range(low, high)
            )


def _items(workspace: Path) -> list[Any]:
    """1,000 items: the first 1,000 listed entries, every other one by MD5, the rest by a
    PDQ about 24 bits from the listed one."""
    from cairn.model import Hashes, ItemResult, ItemStatus, Locator, MediaFacts

    rng = np.random.default_rng(7)
    with (workspace.parent / "big.csv").open() as handle:
        next(handle)
        listed = [line.split(",")[:2] for _, line in zip(range(1000), handle, strict=False)]
    items = []
    for n, (md5, pdq) in enumerate(listed):
        flips = np.packbits(rng.random(256) < 24 / 256).tobytes()
        near = bytes(a ^ b for a, b in zip(bytes.fromhex(pdq), flips, strict=True)).hex()
        items.append(
            ItemResult(
                Locator("folder", str(n).encode()),
                ItemStatus.PROCESSED,
                kind="image",
                hashes=Hashes(
                    md5=md5 if n % 2 == 0 else rng.bytes(16).hex(),
                    sha1=rng.bytes(20).hex(),
                    sha256=rng.bytes(32).hex(),
                ),
                media=MediaFacts(64, 64, near, 100),
            )
        )
    return items


def _load(workspace: Path, persistent: bool) -> dict[str, Any]:
    """Open the store, load the matcher, decide the items: times and a digest of decisions."""
    from cairn.pipeline.known import load_matcher
    from cairn.settings import Settings
    from cairn.store import Store

    store = Store.open(workspace)
    started = time.perf_counter()
    matcher = load_matcher(store, Settings(), persistent=persistent)
    loaded = time.perf_counter() - started
    items = _items(workspace)
    started = time.perf_counter()
    decisions = matcher.decide(items)
    decided = time.perf_counter() - started
    store.close()
    summary = [
        sorted((m.hashset_id, m.entry_id, m.kind.value, m.distance) for m in d.known)
        for d in decisions
        if d is not None
    ]
    return {
        "load_s": loaded,
        "decide_items_per_s": len(items) / decided,
        "entries": len(matcher),
        "decisions": summary,
    }


def _child(workspace: Path, persistent: bool) -> dict[str, Any]:
    command = [sys.executable, str(HERE), "--child", str(workspace)]
    if not persistent:
        command.append("--cold")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"child failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="entries in the big set")
    parser.add_argument("--delta", type=int, default=100_000, help="entries in the added set")
    parser.add_argument("--work", help="workspace folder (default: a temporary folder)")
    parser.add_argument("--json", help="also write every figure to this JSON file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--cold", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_load(Path(args.child), not args.cold)))
        return
    from cairn.pipeline.known import import_hashset
    from cairn.store import Store

    with tempfile.TemporaryDirectory() as temporary:
        work = Path(args.work or temporary)
        workspace = work / "ws"
        big, added, updated = work / "big.csv", work / "added.csv", work / "update.csv"
        _write_csv(big, 1, args.n)
        _write_csv(added, 2, args.delta)
        # 1 % withdrawn (the first rows), 1 % added (new rows after the end).
        share = max(1, args.n // 100)
        _write_csv(updated, 1, args.n, skip=share)
        store = Store.open(workspace)
        figures: dict[str, Any] = {"n": args.n, "delta": args.delta}
        started = time.perf_counter()
        import_hashset(store, big, "big")
        figures["import_s"] = time.perf_counter() - started
        steps: dict[str, dict[str, Any]] = {}
        steps["cold"] = _child(workspace, persistent=False)
        steps["first"] = _child(workspace, persistent=True)
        steps["warm"] = _child(workspace, persistent=True)
        import_hashset(store, added, "added")
        steps["added set"] = _child(workspace, persistent=True)
        import_hashset(store, updated, "big", update=True)
        steps["update"] = _child(workspace, persistent=True)
        steps["warm after"] = _child(workspace, persistent=True)
        steps["cold after"] = _child(workspace, persistent=False)
        store.close()
        index_bytes = sum(
            path.stat().st_size for path in (workspace / "index").rglob("*") if path.is_file()
        )
    if steps["cold"]["decisions"] != steps["warm"]["decisions"]:
        raise SystemExit("the mapped matcher decided otherwise than the cold one")
    if steps["cold after"]["decisions"] != steps["warm after"]["decisions"]:
        raise SystemExit("after the changes, the mapped matcher decided otherwise")
    figures["index_mb"] = index_bytes / 1e6
    figures["steps"] = {
        k: {n: v for n, v in s.items() if n != "decisions"} for k, s in steps.items()
    }
    figures["command"] = "python " + " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]])
    figures["cores"] = os.cpu_count()
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n")
    print(markdown(figures))


def markdown(figures: dict[str, Any]) -> str:
    lines = [
        f"`{figures['command']}`",
        "",
        f"{figures['n']:,} entries (MD5 + PDQ) imported in {figures['import_s']:.1f} s; "
        f"added set {figures['delta']:,}; index on disk {figures['index_mb']:,.0f} MB; "
        f"{figures['cores']} cores. Each step in a fresh process.",
        "",
        "| step | entries | load_matcher s | items decided/s |",
        "|---|---:|---:|---:|",
    ]
    for name, step in figures["steps"].items():
        lines.append(
            f"| {name} | {step['entries']:,} | {step['load_s']:.2f} | "
            f"{step['decide_items_per_s']:,.0f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
