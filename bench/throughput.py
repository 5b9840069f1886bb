"""Image ingest throughput: ``cairn ingest`` next to the ways images are PDQ-hashed today.

One command (issue 4), from the repository root::

    .venv/bin/python bench/throughput.py            # full run: about 6 minutes on 2 idle cores
    .venv/bin/python bench/throughput.py --quick    # smoke run: about a minute

It generates a benign corpus (synthetic photo-like JPEGs of about 0.3, 2, 8 and 12
megapixels at quality 85-95 with a made-up EXIF block, drawn PNG screenshots, and non-image
files of random bytes), then measures on one worker, side by side and per size class:

* ``cairn ingest``: the whole command (walk, read, MD5/SHA-1/SHA-256, identify, decode, PDQ,
  EXIF, match against a 10,000-entry hash set, write) into a fresh SQLite workspace;
* ``cairn stage``: the per-item stage alone, in-process, without coordinator or store;
* ``naive``: Pillow full decode, ``convert("RGB")`` and ``pdqhash.compute``;
* ``perception``: Thorn perception's ``PDQHash().compute(path)``;
* ``threatexchange``: python-threatexchange's ``PdqSignal.hash_from_file(path)``;
* ``floor``: the JPEG decoded at 1/8 DCT scale and nothing else, the least any perceptual hash
  of a JPEG pays; for PNG the full decode; for other files reading them and the three digests;
* ``decode>=512``: the JPEG decoded at the scale Cairn's fast path uses (the smallest DCT scale
  keeping both sides >= 512 px) and nothing else;
* ``pillow/simplejpeg/pyvips>=512+pdq``: that reduced decode through each library, then PDQ,
  to choose the decoder (the libraries that are installed).

Then ``cairn ingest`` of the whole corpus with 1 and with 2 workers, and each worker count's
start-up cost (an ingest of one small file).

How it measures. Every configuration runs in a fresh subprocess. The peers run on the first
files of each class (their per-file cost does not vary within a class); Cairn and the floor
on all of them. Rates:

* ``items/s``: for the child configurations, files over the wall time of the loop (imports
  excluded). For ``cairn ingest``, the rate net of its fixed start-up (loading the hash set's
  index, starting the worker processes, measured by the ``start-up`` rows: an ingest of one
  tiny file): (items - 1) / (the ingest's own elapsed time - the start-up's), which is what
  each further item costs in a long run. The note gives the ingest's elapsed time with it.
* ``cpu ms``: CPU time per item of the process tree (the ingest's workers included), which a
  busy shared machine disturbs much less than wall time; for ``cairn ingest``, net of the
  start-up row's CPU in the same way.
* ``peak MB``: the highest resident set (``VmHWM``) of a worker process; for 1 worker that is
  the ``cairn`` process itself, which also coordinates.
* ``busy%``: share of the machine's CPU time used by *other* processes during the run.

Files are read from the page cache (the corpus has just been written): storage speed is not
part of these figures. Results: a table on stdout and ``bench/out/throughput.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import importlib
import importlib.util
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
MB = 1e6
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# --- the corpus ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SizeClass:
    """One folder of the corpus: a kind of file at one size."""

    name: str
    kind: str  # "jpeg" | "png" | "other"
    width: int
    height: int
    count: int  # files in the full run
    peers: int  # files the peers hash in the full run
    quick: int  # files in the quick run (peers hash all of them)


CLASSES = (
    SizeClass("jpeg-0.3mp", "jpeg", 640, 480, 400, 100, 8),
    SizeClass("jpeg-2mp", "jpeg", 1632, 1224, 200, 40, 6),
    SizeClass("jpeg-8mp", "jpeg", 3264, 2448, 80, 16, 4),
    SizeClass("jpeg-12mp", "jpeg", 4032, 3024, 60, 12, 4),
    SizeClass("png", "png", 1920, 1080, 60, 30, 4),
    SizeClass("other", "other", 0, 0, 120, 0, 6),
)
QUALITIES = (85, 88, 90, 92, 95)
HASH_SET_ENTRIES = 10_000


def photo_like(width: int, height: int, seed: int) -> Image.Image:
    """A benign synthetic 'photo': smooth colour field, soft shapes and sensor-like grain.

    The grain (Gaussian, sigma 8, from a tiled 512 px patch) brings the JPEG to about 0.3
    bytes per pixel at quality 90, the density of a phone photo, which is what the cost of
    entropy decoding depends on.
    """
    rng = np.random.default_rng(seed)
    colours = rng.integers(0, 256, (5, 7, 3), dtype=np.uint8)
    img = Image.fromarray(colours).resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(img)
    for _ in range(30):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        w = int(rng.integers(width // 20, width // 3))
        h = int(rng.integers(height // 20, height // 3))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape((x, y, x + w, y + h), fill=colour)
    img = img.filter(ImageFilter.BoxBlur(max(1, width // 800)))
    tile = np.repeat(rng.normal(0, 8, (512, 512, 1)), 3, axis=2)
    tile = (tile + rng.normal(0, 8 / 3, (512, 512, 3))).astype(np.int16)
    grain = np.tile(tile, (height // 512 + 1, width // 512 + 1, 1))[:height, :width]
    pixels = np.asarray(img, dtype=np.int16) + grain
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def _exif(seed: int) -> Image.Exif:
    """A small, made-up camera EXIF block (make, model, time, GPS), as photos carry."""
    exif = Image.Exif()
    exif[0x010F] = "Cairn Bench"
    exif[0x0110] = f"Synthetic {seed % 3}"
    exif.get_ifd(0x8769)[0x9003] = "2024:05:01 12:00:00"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (51.0, 30.0, 0.0)
    gps[3], gps[4] = "W", (0.0, 7.0, 0.0)
    return exif


def _make_file(job: tuple[str, int, int, int, str]) -> None:
    kind, width, height, seed, path = job
    out = Path(path)
    if kind == "jpeg":
        w, h = (height, width) if seed % 3 == 2 else (width, height)  # some portraits
        quality = QUALITIES[seed % len(QUALITIES)]
        photo_like(w, h, seed).save(out, "JPEG", quality=quality, exif=_exif(seed))
    elif kind == "png":
        from cairn.testing.exhibit import drawing

        w, h = (width, height) if seed % 2 else (1280, 720)
        drawing(random.Random(seed), w, h).save(out, "PNG")
    else:
        rng = np.random.default_rng(seed)
        size = int(np.exp(rng.uniform(np.log(4096), np.log(4 * 1024 * 1024))))
        out.write_bytes(rng.bytes(size))


def build_corpus(root: Path, quick: bool, jobs: int) -> dict[str, list[Path]]:
    """Write every class folder under ``root`` (reusing a complete one); files per class."""
    work: list[tuple[str, int, int, int, str]] = []
    files: dict[str, list[Path]] = {}
    for index, cls in enumerate(CLASSES):
        folder = root / cls.name
        folder.mkdir(parents=True, exist_ok=True)
        suffix = {"jpeg": ".jpg", "png": ".png", "other": ".bin"}[cls.kind]
        count = cls.quick if quick else cls.count
        files[cls.name] = [folder / f"{cls.name}-{n:04d}{suffix}" for n in range(count)]
        if sorted(folder.iterdir()) == files[cls.name]:
            continue  # built by an earlier run with --corpus
        for stale in folder.iterdir():
            stale.unlink()
        for n, path in enumerate(files[cls.name]):
            work.append((cls.kind, cls.width, cls.height, 1000 * index + n, str(path)))
    work.sort(key=lambda job: -job[1] * job[2])  # biggest first, for an even spread
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_make_file, work, chunksize=1))
    return files


def write_hash_set(path: Path, files: dict[str, list[Path]]) -> None:
    """A CSV hash set: random benign entries plus a few corpus files (exact and PDQ), so the
    ingest matches against a realistic index and finds a few matches."""
    from cairn.media.image import analyse_image
    from cairn.settings import Settings

    rng = random.Random(7)
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["md5", "sha256", "pdq", "category", "scheme"])
        for n in range(HASH_SET_ENTRIES):
            md5, sha256, pdq = (f"{rng.getrandbits(b):0{b // 4}x}" for b in (128, 256, 256))
            writer.writerow([md5, sha256, pdq, "ABC"[n % 3], "uk"])
        for cls in ("jpeg-0.3mp", "jpeg-2mp"):
            exact, near = files[cls][:2]
            data = exact.read_bytes()
            md5, sha256 = hashlib.md5(data).hexdigest(), hashlib.sha256(data).hexdigest()
            writer.writerow([md5, sha256, "", "A", "uk"])
            writer.writerow(["", "", analyse_image(near.read_bytes(), Settings()).pdq, "B", "uk"])


# --- measuring a process tree -----------------------------------------------------------------


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _proc_sample(pid: int) -> tuple[float, float] | None:
    """(peak RSS in MB, CPU seconds) of one process, from /proc."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    hwm = next((line for line in status.splitlines() if line.startswith("VmHWM:")), None)
    fields = stat.rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime
    return (int(hwm.split()[1]) * 1024 / MB if hwm else 0.0), cpu


def _machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle, iowait
    return (sum(values[:8]) - idle) / CLOCK_TICKS, sum(values[:8]) / CLOCK_TICKS


@dataclass(slots=True)
class Measured:
    """What the parent saw of one configuration's process tree."""

    wall: float
    cpu: float  # the whole tree
    peak_root_mb: float
    peak_workers_mb: list[float]  # processes two levels down: an ingest's pool workers
    others_busy: float  # share of the machine's CPU used by other processes meanwhile
    stdout: str


def measure(cmd: Sequence[str], env: dict[str, str]) -> Measured:
    """Run ``cmd``, sampling peak RSS and CPU of it and its descendants every 50 ms."""
    busy0, total0 = _machine_busy()
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    seen: dict[int, tuple[int, float, float]] = {}  # pid -> (depth, peak MB, CPU s)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            stack = [(proc.pid, 0)]
            while stack:
                pid, depth = stack.pop()
                found = _proc_sample(pid)
                if found is not None:
                    old = seen.get(pid, (depth, 0.0, 0.0))
                    seen[pid] = (depth, max(old[1], found[0]), max(old[2], found[1]))
                stack.extend((child, depth + 1) for child in _children(pid))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    errors: list[bytes] = []
    reader = threading.Thread(
        target=lambda: errors.append(proc.stderr.read() if proc.stderr else b""), daemon=True
    )
    reader.start()
    stdout = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    busy1, total1 = _machine_busy()
    stop.set()
    sampler.join()
    reader.join()
    if proc.returncode != 0:
        stderr = b"".join(errors).decode("utf-8", "replace")
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{stderr[-3000:]}")
    # wait4 is exact but only counts what was reaped (an ingest's pool workers are reaped by
    # the forkserver, which may outlive the command); the samples miss at most 50 ms each.
    tree_cpu = max(usage.ru_utime + usage.ru_stime, sum(cpu for _, _, cpu in seen.values()))
    root_mb = max(seen.get(proc.pid, (0, 0.0, 0.0))[1], usage.ru_maxrss * 1024 / MB)
    workers = sorted((mb for _, (depth, mb, _) in seen.items() if depth >= 2), reverse=True)
    machine = max(total1 - total0, 1e-9)
    return Measured(
        wall=wall,
        cpu=tree_cpu,
        peak_root_mb=root_mb,
        peak_workers_mb=workers,
        others_busy=max(0.0, (busy1 - busy0) - tree_cpu) / machine,
        stdout=stdout.decode("utf-8", "replace"),
    )


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, **extra}
    # An installed Cairn has compiled bytecode; without it every process start recompiles.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


# --- one row of the table ---------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """One configuration on one size class."""

    size_class: str
    config: str
    workers: int
    items: int
    bytes: int
    seconds: float  # the time the rate is taken over
    cpu_ms: float  # CPU time per item
    peak_worker_mb: float
    peak_coordinator_mb: float
    others_busy: float
    run_seconds: float = 0.0  # cairn ingest: its own elapsed time, start-up included
    process_seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)
    note: str = ""

    @property
    def items_per_second(self) -> float:
        return self.items / self.seconds if self.seconds > 0 else 0.0

    @property
    def mb_per_second(self) -> float:
        return self.bytes / MB / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        values = asdict(self)
        values.update(
            items_per_second=round(self.items_per_second, 2),
            mb_per_second=round(self.mb_per_second, 2),
        )
        return values


class Bench:
    """Runs the configurations and keeps the rows."""

    def __init__(self, work: Path, corpus: Path, quick: bool) -> None:
        self.work = work
        self.corpus = corpus
        self.quick = quick
        self.rows: list[Row] = []
        self.hashes: dict[tuple[str, str], dict[str, str | None]] = {}
        self.workspaces: dict[tuple[str, int], Path] = {}
        self.template = work / "template"
        self.startup: dict[int, Row] = {}

    def prepare_workspace(self, hash_set: Path) -> None:
        """A workspace with the case and the hash set, copied fresh for every ingest."""
        env = _env(CAIRN_HOME=str(self.template))
        quiet: dict[str, Any] = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE}
        subprocess.run(
            _cairn(self.template, "case", "create", "bench"), check=True, env=env, **quiet
        )
        subprocess.run(
            _cairn(self.template, "hashset", "import", str(hash_set), "--name", "listed"),
            check=True,
            env=env,
            **quiet,
        )

    def ingest(self, cls: str, folder: Path, workers: int) -> Row:
        """``cairn ingest`` into a fresh copy of the template workspace."""
        home = self.work / f"ws-{cls}-{workers}"
        shutil.copytree(self.template, home)
        cmd = _cairn(home, "ingest", str(folder), "--case", "bench", "--exhibit", "x")
        measured = measure([*cmd, "--workers", str(workers)], _env(CAIRN_HOME=str(home)))
        with sqlite3.connect(home / "cairn.db") as db:
            (stats,) = db.execute("SELECT stats FROM ingest_runs ORDER BY id DESC").fetchone()
            (items,) = db.execute("SELECT count(*) FROM items").fetchone()
        run = json.loads(stats)
        self.workspaces[(cls, workers)] = home
        startup = self.startup[workers]
        # Net of the fixed start-up: what one more item costs, as in a long run.
        seconds = float(run["elapsed"]) - startup.seconds
        cpu = measured.cpu - startup.cpu_ms / 1000
        return Row(
            size_class=cls,
            config="cairn ingest",
            workers=workers,
            items=items - 1,
            bytes=int(run["bytes"] * (items - 1) / items),
            seconds=max(seconds, 1e-6),
            cpu_ms=1000 * max(0.0, cpu) / max(1, items - 1),
            peak_worker_mb=max(measured.peak_workers_mb, default=measured.peak_root_mb),
            peak_coordinator_mb=measured.peak_root_mb,
            others_busy=measured.others_busy,
            run_seconds=float(run["elapsed"]),
            process_seconds=measured.wall,
            phases={k: round(float(v), 3) for k, v in run.get("seconds", {}).items()},
            note=_time_line(measured.stdout),
        )

    def start_up(self, workers: int) -> Row:
        """The fixed cost of an ingest: one small file, hash-set index, worker start."""
        folder = self.work / "one" / "other"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "one.bin").write_bytes(b"\x00" * 1024)
        home = self.work / f"ws-start-{workers}"
        shutil.copytree(self.template, home)
        cmd = _cairn(home, "ingest", str(folder), "--case", "bench", "--exhibit", "x")
        measured = measure([*cmd, "--workers", str(workers)], _env(CAIRN_HOME=str(home)))
        with sqlite3.connect(home / "cairn.db") as db:
            (stats,) = db.execute("SELECT stats FROM ingest_runs ORDER BY id DESC").fetchone()
        row = Row(
            size_class="start-up",
            config="cairn ingest",
            workers=workers,
            items=1,
            bytes=1024,
            seconds=float(json.loads(stats)["elapsed"]),
            cpu_ms=1000 * measured.cpu,
            peak_worker_mb=max(measured.peak_workers_mb, default=measured.peak_root_mb),
            peak_coordinator_mb=measured.peak_root_mb,
            others_busy=measured.others_busy,
            run_seconds=float(json.loads(stats)["elapsed"]),
            process_seconds=measured.wall,
            note="1 tiny file: load the hash-set index, start workers, one batch",
        )
        self.startup[workers] = row
        return row

    def child(self, cls: SizeClass, config: str, limit: int) -> Row | None:
        """A configuration in its own process over the first ``limit`` files of a class."""
        out = self.work / f"hashes-{cls.name}-{config}.json".replace(">=", "ge")
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", config]
        cmd += [str(self.corpus / cls.name), str(limit), str(out)]
        measured = measure(cmd, _env())
        result = json.loads(measured.stdout.strip().splitlines()[-1])
        if not result["items"]:
            return None
        self.hashes[(cls.name, config)] = json.loads(out.read_text())
        return Row(
            size_class=cls.name,
            config=config,
            workers=1,
            items=result["items"],
            bytes=result["bytes"],
            seconds=result["seconds"],
            cpu_ms=1000 * result["cpu"] / result["items"],
            peak_worker_mb=measured.peak_root_mb,
            peak_coordinator_mb=measured.peak_root_mb,
            others_busy=measured.others_busy,
            process_seconds=measured.wall,
        )

    def cairn_pdq(self, cls: str) -> dict[str, str | None]:
        with sqlite3.connect(self.workspaces[(cls, 1)] / "cairn.db") as db:
            rows = db.execute("SELECT path, pdq FROM items").fetchall()
        return {Path(path).name: pdq for path, pdq in rows}


def _cairn(home: Path, *args: str) -> list[str]:
    script = Path(sys.executable).with_name("cairn")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "cairn"]
    return [*head, "--home", str(home), *args]


def _time_line(stdout: str) -> str:
    return next((line for line in stdout.splitlines() if line.startswith("time:")), "")


# --- what a child process runs ----------------------------------------------------------------


def _pdq_hex(bits: Any) -> str:
    return bytes(np.packbits(np.asarray(bits, dtype=np.uint8))).hex()


def _scale(width: int, height: int) -> int:
    """Cairn's fast-path DCT scale: the largest of 8, 4, 2 keeping both sides >= 512."""
    fit = min(width // 512, height // 512)
    return next((s for s in (8, 4, 2) if fit >= s), 1)


Hasher = Callable[[Path], "str | None"]


def _hasher(config: str, kind: str, folder: Path) -> Hasher | None:
    """The per-file function of a configuration; ``None`` where it does not apply."""
    import pdqhash

    if config == "cairn stage":
        from cairn.pipeline.stage import process_entry
        from cairn.settings import Settings
        from cairn.sources.folder import walk_folder

        settings = Settings()
        entries = {Path(e.locator.display()).name: e for e in walk_folder(str(folder))}

        def stage(path: Path) -> str | None:
            result = process_entry(entries[path.name], settings, fast=settings.fast_decode)
            return result.media.pdq if result.media else None

        return stage
    if config == "floor":

        def floor(path: Path) -> str | None:
            if kind == "other":
                data = path.read_bytes()
                for name in ("md5", "sha1", "sha256"):
                    hashlib.new(name, data).digest()
                return None
            with Image.open(path) as img:
                if kind == "jpeg":
                    img.draft("RGB", (img.size[0] // 8, img.size[1] // 8))
                img.load()
            return None

        return floor
    if kind == "other":
        return None  # the remaining configurations hash images only
    if config == "naive":

        def naive(path: Path) -> str | None:
            with Image.open(path) as img:
                rgb = np.asarray(img.convert("RGB"))
            return _pdq_hex(pdqhash.compute(rgb)[0])

        return naive
    if config == "perception":
        perception_pdq = importlib.import_module("perception.hashers").PDQHash()

        def perception(path: Path) -> str | None:
            return str(perception_pdq.compute(str(path), hash_format="hex"))

        return perception
    if config == "threatexchange":
        signal = importlib.import_module("threatexchange.signal_type.pdq.signal").PdqSignal

        def threatexchange(path: Path) -> str | None:
            return str(signal.hash_from_file(path)) or None

        return threatexchange
    if kind != "jpeg":
        return None  # the remaining configurations are about JPEG decoding
    if config == "decode>=512":

        def reduced(path: Path) -> str | None:
            with Image.open(path) as img:
                if _scale(*img.size) > 1:
                    img.draft("RGB", (512, 512))
                img.load()
            return None

        return reduced
    if config == "pillow>=512+pdq":

        def pillow_pdq(path: Path) -> str | None:
            with Image.open(path) as img:
                if _scale(*img.size) > 1:
                    img.draft("RGB", (512, 512))
                rgb = np.asarray(img.convert("RGB"))
            return _pdq_hex(pdqhash.compute(rgb)[0])

        return pillow_pdq
    if config == "simplejpeg>=512+pdq":
        simplejpeg = importlib.import_module("simplejpeg")

        def simple(path: Path) -> str | None:
            data = path.read_bytes()
            height, width, _, _ = simplejpeg.decode_jpeg_header(data)
            s = _scale(width, height)
            rgb = simplejpeg.decode_jpeg(
                data, min_factor=s, min_width=-(-width // s), min_height=-(-height // s)
            )
            return _pdq_hex(pdqhash.compute(rgb)[0])

        return simple
    if config == "pyvips>=512+pdq":
        pyvips = importlib.import_module("pyvips")
        pyvips.cache_set_max(0)

        def vips(path: Path) -> str | None:
            data = path.read_bytes()
            header = pyvips.Image.new_from_buffer(data, "")
            rgb = pyvips.Image.jpegload_buffer(data, shrink=_scale(header.width, header.height))
            return _pdq_hex(pdqhash.compute(np.ascontiguousarray(rgb.numpy()))[0])

        return vips
    raise SystemExit(f"unknown configuration {config!r}")


def run_child(config: str, folder: Path, limit: int, hashes_out: Path) -> None:
    """Run one configuration over the first ``limit`` files of a folder; one JSON line."""
    kind = next(c.kind for c in CLASSES if folder.name == c.name)
    hasher = _hasher(config, kind, folder)
    paths = sorted(p for p in folder.iterdir() if p.is_file())[:limit]
    if hasher is None or not paths:
        print(json.dumps({"items": 0}))
        return
    hashes: dict[str, str | None] = {}
    size = sum(p.stat().st_size for p in paths)
    wall, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        hashes[path.name] = hasher(path)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    hashes_out.write_text(json.dumps(hashes))
    print(json.dumps({"items": len(paths), "bytes": size, "seconds": wall, "cpu": cpu}))


# --- the run --------------------------------------------------------------------------------

PEERS = {"naive": "pdqhash", "perception": "perception", "threatexchange": "threatexchange"}
DECODERS = {
    "pillow>=512+pdq": "PIL",
    "simplejpeg>=512+pdq": "simplejpeg",
    "pyvips>=512+pdq": "pyvips",
}


def _distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def agreement(reference: dict[str, str | None], other: dict[str, str | None]) -> dict[str, Any]:
    """PDQ distances of a configuration's hashes from the full-decode reference."""
    distances = []
    for name, ref in reference.items():
        found = other.get(name)
        if ref and found:
            distances.append(_distance(ref, found))
    if not distances:
        return {}
    return {
        "files": len(distances),
        "mean": round(statistics.fmean(distances), 2),
        "max": max(distances),
        "equal": sum(1 for d in distances if d == 0),
    }


HEADER = (
    f"{'class':<10} {'configuration':<19} {'w':>1} {'items':>5} {'MB':>6} {'secs':>6} "
    f"{'items/s':>7} {'MB/s':>6} {'cpu ms':>6} {'peakMB':>6} {'busy%':>5} "
    f"{'/perc':>6} {'/floor':>6} {'cpu/floor':>9}  note"
)


def _fmt(row: Row, perception: Row | None = None, floor: Row | None = None) -> str:
    def ratio(base: Row | None) -> str:
        if base is None or not base.items_per_second or not row.items_per_second:
            return "-"
        return f"{row.items_per_second / base.items_per_second:.2f}x"

    cpu_floor = f"{floor.cpu_ms / row.cpu_ms:.2f}x" if floor and row.cpu_ms else "-"
    note = row.note
    if row.config == "cairn ingest" and row.size_class != "start-up":
        note = f"run {row.run_seconds:.1f} s; {row.note}"
    return (
        f"{row.size_class:<10} {row.config:<19} {row.workers:>1} {row.items:>5} "
        f"{row.bytes / MB:>6.1f} {row.seconds:>6.2f} {row.items_per_second:>7.1f} "
        f"{row.mb_per_second:>6.1f} {row.cpu_ms:>6.1f} {row.peak_worker_mb:>6.0f} "
        f"{100 * row.others_busy:>5.0f} {ratio(perception):>6} {ratio(floor):>6} "
        f"{cpu_floor:>9}  {note}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Image ingest throughput (issue 4).")
    parser.add_argument("--quick", action="store_true", help="tiny corpus: a smoke run")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the JSON results")
    parser.add_argument(
        "--corpus", type=Path, default=None, help="build (or reuse) the corpus here and keep it"
    )
    parser.add_argument("--no-peers", action="store_true", help="skip peers and decoders")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        config, folder, limit, out = args.child
        run_child(config, Path(folder), int(limit), Path(out))
        return 0
    work = Path(tempfile.mkdtemp(prefix="cairn-bench-"))
    try:
        return run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, work: Path) -> int:
    began = time.perf_counter()
    corpus = (args.corpus or work / "corpus").resolve()
    print(f"corpus: {corpus}", flush=True)
    t0 = time.perf_counter()
    files = build_corpus(corpus, args.quick, os.cpu_count() or 1)
    hash_set = work / "listed.csv"
    write_hash_set(hash_set, files)
    bench = Bench(work, corpus, args.quick)
    bench.prepare_workspace(hash_set)
    print(f"  {sum(map(len, files.values()))} files, ready in {time.perf_counter() - t0:.0f} s")

    extra: list[str] = []
    missing: list[str] = []
    if not args.no_peers:
        for config, module in {**PEERS, **DECODERS}.items():
            present = importlib.util.find_spec(module) is not None
            (extra if present else missing).append(config)

    print(HEADER, flush=True)
    for workers in (1, 2):
        print(_fmt(bench.start_up(workers)), flush=True)
    for cls in CLASSES:
        rows: dict[str, Row] = {}
        rows["cairn ingest"] = bench.ingest(cls.name, corpus / cls.name, 1)
        everything = cls.quick if args.quick else cls.count
        subset = cls.quick if args.quick else cls.peers
        for config, limit in [
            *((c, everything) for c in ("cairn stage", "floor", "decode>=512")),
            *((c, subset) for c in extra),
        ]:
            measured = bench.child(cls, config, limit)
            if measured is not None:
                rows[config] = measured
        for row in rows.values():
            bench.rows.append(row)
            print(_fmt(row, rows.get("perception"), rows.get("floor")), flush=True)
    for workers in (1, 2):
        row = bench.ingest("all", corpus, workers)
        bench.rows.append(row)
        print(_fmt(row), flush=True)
    bench.rows[:0] = list(bench.startup.values())

    agreements: dict[str, dict[str, Any]] = {}
    for cls in CLASSES:
        reference = bench.hashes.get((cls.name, "naive"))
        if not reference:
            continue
        others = {"cairn ingest": bench.cairn_pdq(cls.name)}
        others.update({c: h for (k, c), h in bench.hashes.items() if k == cls.name})
        for config, hashes in others.items():
            if config != "naive" and (distances := agreement(reference, hashes)):
                agreements[f"{cls.name} / {config}"] = distances

    result: dict[str, Any] = {
        "command": "python bench/throughput.py" + (" --quick" if args.quick else ""),
        "machine": _machine(),
        "corpus": {
            name: {"files": len(paths), "bytes": sum(p.stat().st_size for p in paths)}
            for name, paths in files.items()
        },
        "hash_set_entries": HASH_SET_ENTRIES + 8,
        "not_installed": missing,
        "rows": [row.as_dict() for row in bench.rows],
        "targets": targets(bench.rows),
        "pdq_distance_from_full_decode": agreements,
        "seconds": round(time.perf_counter() - began, 1),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / ("throughput-quick.json" if args.quick else "throughput.json")
    target.write_text(json.dumps(result, indent=2) + "\n")
    print("\ntargets:")
    for key, value in result["targets"].items():
        print(f"  {key}: {value}")
    print("PDQ distance from the full decode (naive Pillow + pdqhash), bits:")
    for key, seen in agreements.items():
        print(f"  {key}: mean {seen['mean']}, max {seen['max']} over {seen['files']} files")
    if missing:
        print(f"not installed, skipped: {', '.join(missing)}")
    shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
    print(f"wrote {shown}; {result['seconds']:.0f} s in all")
    return 0


def targets(rows: list[Row]) -> dict[str, Any]:
    """The issue's targets, from the rows: wall-time ratios, with CPU-time ones beside."""
    by = {(r.size_class, r.config, r.workers): r for r in rows}
    out: dict[str, Any] = {}
    for cls in CLASSES:
        cairn = by.get((cls.name, "cairn ingest", 1))
        if cairn is None:
            continue
        for other in ("perception", "threatexchange", "naive", "floor", "decode>=512"):
            peer = by.get((cls.name, other, 1))
            if peer and peer.items_per_second and cairn.cpu_ms:
                out[f"{cls.name}: cairn / {other}"] = {
                    "wall": round(cairn.items_per_second / peer.items_per_second, 2),
                    "cpu": round(peer.cpu_ms / cairn.cpu_ms, 2),
                }
        out[f"{cls.name}: peak MB per worker"] = round(cairn.peak_worker_mb)
    one, two = by.get(("all", "cairn ingest", 1)), by.get(("all", "cairn ingest", 2))
    if one and two and one.items_per_second:
        out["all: 2 workers / 1 worker"] = {
            "steady": round(two.items_per_second / one.items_per_second, 2),
            "run": round(one.run_seconds / two.run_seconds, 2) if two.run_seconds else None,
            # What an idle 2-core machine allows, from CPU per item: 2 x cpu(1) / cpu(2).
            "cpu_bound": round(2 * one.cpu_ms / two.cpu_ms, 2) if two.cpu_ms else None,
        }
        out["all: peak MB per worker, 2 workers"] = round(two.peak_worker_mb)
        out["all: peak MB of the coordinator, 2 workers"] = round(two.peak_coordinator_mb)
    return out


def _machine() -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    def installed(name: str) -> str | None:
        try:
            return version(name)
        except PackageNotFoundError:
            return None

    cpu = platform.processor()
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    packages = ("pillow", "pdqhash", "numpy", "perception", "threatexchange", "simplejpeg")
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "versions": {name: installed(name) for name in (*packages, "pyvips", "faiss-cpu")},
    }


if __name__ == "__main__":
    sys.exit(main())
