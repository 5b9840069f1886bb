"""Disk-image read throughput: Cairn's source layer and ``cairn ingest`` next to The Sleuth
Kit's own ``tsk_recover`` on the same raw image (issue 5).

One command, from the repository root (needs e2fsprogs and sleuthkit)::

    .venv/bin/python bench/disk_read.py              # 1 GiB image, one run, a few minutes
    .venv/bin/python bench/disk_read.py --size-mb 64 # smoke run

It generates a benign ext4 image with ``mke2fs -d`` from a folder of random-byte files
(sizes 64 KiB to 8 MiB, filling about 80 % of the image), then, one run each:

* ``tsk_recover -a``: The Sleuth Kit copies every allocated file out of the image (into
  tmpfs, ``/dev/shm``, so that writing costs as little as it can);
* ``cairn source``: ``walk_exhibit`` then every entry read through ``open_entry`` in this
  process: the TSK read path Cairn's workers use, without hashing;
* ``cairn ingest``: the whole ingest (walk, read, MD5/SHA-1/SHA-256, identify, match,
  write to a fresh SQLite store) as the command runs it, with one worker and with two.

The image is read into the page cache before each run (``cat image > /dev/null``), so the
figures compare the read paths, not the disk. Throughput is the bytes of file content
recovered or read, divided by wall time. Results: a table on stdout and
``bench/out/disk_read.json``.
"""

from __future__ import annotations

import argparse
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def _run(*args: str | Path, **kw: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, **kw)


def build_image(work: Path, size_mb: int, seed: int = 5) -> tuple[Path, int, int]:
    """An ext4 image of ``size_mb`` MiB about 80 % full of random-byte files."""
    import random

    rng = random.Random(seed)
    folder = work / "content"
    folder.mkdir()
    budget = int(size_mb * 1024 * 1024 * 0.8)
    total = files = 0
    while total < budget:
        size = min(rng.choice([64, 256, 1024, 3 * 1024, 8 * 1024]) * 1024, budget - total)
        sub = folder / f"d{files % 16:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"f{files:05d}.bin").write_bytes(os.urandom(size))
        total += size
        files += 1
    image = work / "disk.raw"
    with open(image, "wb") as f:
        f.truncate(size_mb * 1024 * 1024)
    _run("mke2fs", "-q", "-F", "-t", "ext4", "-d", folder, image)
    shutil.rmtree(folder)
    return image, files, total


def warm(image: Path) -> None:
    with open(image, "rb") as f:
        while f.read(16 * 1024 * 1024):
            pass


def time_tsk_recover(image: Path) -> tuple[float, int]:
    out = Path(tempfile.mkdtemp(dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    try:
        warm(image)
        started = time.perf_counter()
        _run("tsk_recover", "-a", image, out)
        elapsed = time.perf_counter() - started
        recovered = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    finally:
        shutil.rmtree(out)
    return elapsed, recovered


def time_source(image: Path) -> tuple[float, int]:
    from cairn.settings import Settings
    from cairn.sources import open_entry, walk_exhibit

    warm(image)
    started = time.perf_counter()
    total = 0
    for entry in walk_exhibit(image, Settings()):
        if entry.excluded or entry.failed:
            continue
        with open_entry(entry) as f:
            while chunk := f.read(1024 * 1024):
                total += len(chunk)
    return time.perf_counter() - started, total


def time_ingest(image: Path, workers: int) -> tuple[float, int]:
    """``run_ingest`` as ``cairn ingest`` calls it, timed from inside: the interpreter's own
    start-up (several seconds of imports on a busy 2-core machine) is left out, the worker
    processes' start-up is not."""
    from cairn.pipeline.runner import run_ingest
    from cairn.settings import Settings
    from cairn.store import Store
    from cairn.store.queries import create_case

    home = Path(tempfile.mkdtemp())
    store = Store.open(home)
    try:
        create_case(store, "bench")
        warm(image)
        started = time.perf_counter()
        summary = run_ingest(store, "bench", "D", image, Settings(), workers=workers)
        elapsed = time.perf_counter() - started
    finally:
        store.close()
        shutil.rmtree(home)
    return elapsed, summary.bytes_read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "disk_read.json")
    args = parser.parse_args()
    for tool in ("mke2fs", "tsk_recover"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            sys.exit(f"{tool} is needed (apt-get install e2fsprogs sleuthkit)")
    os.environ["PATH"] += ":/usr/sbin:/sbin"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        image, files, content = build_image(work, args.size_mb)
        rows = {}
        for name, run in (
            ("tsk_recover -a", lambda: time_tsk_recover(image)),
            ("cairn source (walk + read)", lambda: time_source(image)),
            ("cairn ingest, 1 worker", lambda: time_ingest(image, 1)),
            ("cairn ingest, 2 workers", lambda: time_ingest(image, 2)),
        ):
            elapsed, read = run()
            rows[name] = {"seconds": elapsed, "bytes": read, "mb_per_s": read / 1e6 / elapsed}
            rate = read / 1e6 / elapsed
            print(f"{name:28} {elapsed:7.2f} s  {read / 1e6:8.1f} MB  {rate:7.1f} MB/s")
    base = rows["tsk_recover -a"]["mb_per_s"]
    for row in rows.values():
        row["ratio_to_tsk_recover"] = row["mb_per_s"] / base
    result = {
        "image_mb": args.size_mb,
        "files": files,
        "content_bytes": content,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        "runs": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(json.dumps({k: round(v["ratio_to_tsk_recover"], 2) for k, v in rows.items()}))


if __name__ == "__main__":
    main()
