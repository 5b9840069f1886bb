"""vPDQ hashing speed per core: every frame and the default sampling, beside upstream's figures.

Hashes upstream's sample videos (``../shared/testdata/vpdq/videos``) and generated benign
clips (drawings, H.264 at 720p and 1080p, 30 fps) with ``cairn.media.video`` in one
process, one decoder thread, and prints a Markdown table for bench/RESULTS.md::

    .venv/bin/python bench/video_hash.py                    # about 2 minutes of CPU
    .venv/bin/python bench/video_hash.py --clip-seconds 4   # smoke check

For each video it times, by the CPU time of the process (``time.process_time``, which
holds steady when other jobs share the machine; the wall time is printed too):

- ``decode``: decoding every frame with PyAV and nothing else (the floor);
- ``every frame``: ``vpdq_hash(every_frame=True)``: decode and PDQ of every frame, as the
  upstream reference hashes were made;
- ``default``: ``vpdq_hash()`` at ``video_sample_seconds = 1``: every frame decoded, one a
  second hashed;
- ``pdqhash``: for comparison, ``pdqhash.compute`` on the RGB24 frame (the Cython binding
  of the C++ PDQ that the image path uses), timed on the first frames.

Upstream (``vpdq/benchmark/README.MD``, MacBook Pro M1 Pro, 10 cores, hashing threads on
all cores): 4.8 ms per frame hash at native resolution over the sample videos every frame
(7,069 hashes in 34.2 s), 29 ms per hash at one hash a second (241 hashes in 7.0 s), and
0.44 ms per frame hash at a 64 px downsample. Those are wall-clock times on all cores;
the figures here are per core.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import av
import numpy as np
import pdqhash

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent / "src"))

from cairn.media.video import probe_video, vpdq_hash  # noqa: E402
from cairn.settings import Settings  # noqa: E402
from cairn.testing.video import drawing_scenes, scene_frames, write_video  # noqa: E402

SHARED = HERE.parents[2] / "shared" / "testdata" / "vpdq" / "videos"
UPSTREAM_MS_PER_FRAME = 4.8


def _timed(work: Callable[[], Any]) -> tuple[Any, float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    result = work()
    return result, time.process_time() - cpu, time.perf_counter() - wall


def _decode_only(data: bytes) -> int:
    import io

    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.video[0]
        stream.codec_context.thread_count = 1
        return sum(1 for _ in container.decode(stream))


def _pdqhash_ms(data: bytes, frames: int = 30) -> float:
    import io

    spent, count = 0.0, 0
    with av.open(io.BytesIO(data)) as container:
        for frame in container.decode(video=0):
            rgb = frame.to_ndarray(format="rgb24")
            start = time.process_time()
            pdqhash.compute(rgb)
            spent += time.process_time() - start
            count += 1
            if count >= frames:
                break
    return spent / count * 1000


def _clip(width: int, height: int, seconds: int) -> bytes:
    scenes = drawing_scenes(7, max(1, seconds // 2), seconds=2.0, width=width, height=height)
    return write_video(scene_frames(scenes, 30), fps=30, options={"preset": "fast", "crf": "23"})


def measure(name: str, data: bytes, settings: Settings) -> dict[str, Any]:
    facts = probe_video(data, settings)
    decoded, decode_cpu, _ = _timed(lambda: _decode_only(data))
    every, every_cpu, every_wall = _timed(lambda: vpdq_hash(data, settings, every_frame=True))
    sampled, default_cpu, default_wall = _timed(lambda: vpdq_hash(data, settings))
    return {
        "video": name,
        "size": f"{facts.width}x{facts.height}",
        "codec": facts.codec,
        "frames": decoded,
        "seconds": round(decoded / (facts.fps or 30.0), 2),
        "decode_cpu_s": decode_cpu,
        "every_cpu_s": every_cpu,
        "every_wall_s": every_wall,
        "default_cpu_s": default_cpu,
        "default_wall_s": default_wall,
        "every_hashes": len(every),
        "default_hashes": len(sampled),
        "pdqhash_ms": _pdqhash_ms(data),
    }


def _row(r: dict[str, Any]) -> str:
    frames = r["frames"]
    every_fps = frames / r["every_cpu_s"]
    hash_ms = max(0.0, (r["every_cpu_s"] - r["decode_cpu_s"]) / frames * 1000)
    default_fps = frames / r["default_cpu_s"]
    return (
        f"| {r['video']} | {r['size']} {r['codec']} | {frames} | "
        f"{frames / r['decode_cpu_s']:,.0f} | {every_fps:,.0f} | "
        f"{1000 / every_fps:.2f} | {hash_ms:.2f} | {r['pdqhash_ms']:.1f} | "
        f"{default_fps:,.0f} | {r['default_hashes'] / r['default_cpu_s']:,.1f} | "
        f"{r['seconds'] / r['default_cpu_s']:.0f}x |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--videos", type=Path, default=SHARED)
    parser.add_argument("--clip-seconds", type=int, default=20)
    parser.add_argument("--json", type=Path, default=HERE.parent / "out" / "video_hash.json")
    args = parser.parse_args()
    settings = Settings()
    inputs: list[tuple[str, bytes]] = []
    if args.videos.is_dir():
        inputs += [(p.stem, p.read_bytes()) for p in sorted(args.videos.glob("*.mp4"))]
    for width, height, seconds in (
        (1280, 720, args.clip_seconds),
        (1920, 1080, args.clip_seconds // 2),
    ):
        inputs.append((f"generated {height}p", _clip(width, height, max(2, seconds))))
    results = []
    for name, data in inputs:
        results.append(measure(name, data, settings))
        print(f"measured {name}", file=sys.stderr, flush=True)

    samples = [r for r in results if not r["video"].startswith("generated")]
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, PyAV {av.__version__} (FFmpeg "
        f"{av.library_versions['libavcodec']}), numpy {np.__version__}; one decoder thread, "
        f"load average {os.getloadavg()[0]:.1f} at the end.\n"
    )
    print(
        "| video | size, codec | frames | decode only, frames/s | every frame: frames hashed/s "
        "| ms per frame | of which PDQ ms | pdqhash ms (RGB, comparison) | default (1/s): video "
        "frames/s | hashes/s | x real time |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(_row(r))
    if samples:
        total = {
            "video": f"**all {len(samples)} samples**",
            "size": "",
            "codec": "",
            "frames": sum(r["frames"] for r in samples),
            "seconds": sum(r["seconds"] for r in samples),
            **{
                key: sum(r[key] for r in samples)
                for key in ("decode_cpu_s", "every_cpu_s", "default_cpu_s", "default_hashes")
            },
            "pdqhash_ms": float(np.mean([r["pdqhash_ms"] for r in samples])),
        }
        print(_row(total))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
