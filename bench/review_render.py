"""Review app: server-side render time of a 200-thumbnail grading page, and thumbnails.

One command (issue 7), from the repository root::

    .venv/bin/python bench/review_render.py              # 260 novel images, about a minute
    .venv/bin/python bench/review_render.py --images 1000 --runs 30

It generates benign drawings (about a fifth of them in near-duplicate groups of three),
ingests them into a fresh SQLite workspace (or the PostgreSQL database given with
``--database-url``), adds a grader, and then measures, in-process through the ASGI app
(httpx), so that network and browser are not part of the figures:

* ``grading page, first``: the first ``GET /cases/CASE/grade`` (the case's media, groups and
  suggestions are computed and cached; the page view is audited);
* ``grading page``: the same page again, median and 95th percentile over ``--runs``: what a
  grader waits for on every page load, audit append included;
* ``queue JSON``: ``GET /api/cases/CASE/queue``, the same data as JSON;
* ``thumbnail, made``: each of the page's protected thumbnails the first time (read the
  evidence, check its SHA-256, decode, both renderings written under ``derived/``);
* ``thumbnail, cached``: the same thumbnails again, served from the cache.

Results: a table on stdout and ``bench/out/review_render.json``. Not a timed test: figures
depend on the machine; the issue's target is a 200-thumbnail page under 300 ms.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
from PIL import Image

from cairn.pipeline.runner import run_ingest
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.queries import create_case
from cairn.store.review import create_user
from cairn.testing.exhibit import drawing
from cairn.web import create_app
from cairn.web.auth import hash_password

CASE = "bench"
PASSWORD = "benign-bench-password"


def _jpeg(image: Image.Image, quality: int = 88) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def build_exhibit(folder: Path, images: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    made = 0
    while made < images:
        base = drawing(rng, 480, 360)
        (folder / f"img-{made:05d}.jpg").write_bytes(_jpeg(base))
        made += 1
        if made % 15 == 1 and made + 2 <= images:  # a near-duplicate group of three
            (folder / f"img-{made:05d}.jpg").write_bytes(_jpeg(base.resize((360, 270)), 80))
            (folder / f"img-{made + 1:05d}.jpg").write_bytes(_jpeg(base, 60))
            made += 2


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


async def measure(app: Any, runs: int) -> dict[str, Any]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        form = await client.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', form.text)
        assert token is not None
        login = await client.post(
            "/login", data={"name": "grader", "password": PASSWORD, "csrf": token.group(1)}
        )
        assert login.status_code == 303, login.text

        t0 = time.perf_counter()
        page = await client.get(f"/cases/{CASE}/grade")
        first = time.perf_counter() - t0
        assert page.status_code == 200
        thumbs = re.findall(r'<img src="([^"]+/thumb)"', page.text)

        timings = []
        for _ in range(runs):
            t0 = time.perf_counter()
            response = await client.get(f"/cases/{CASE}/grade")
            timings.append(time.perf_counter() - t0)
            assert response.status_code == 200
        queue_times = []
        for _ in range(max(3, runs // 3)):
            t0 = time.perf_counter()
            response = await client.get(f"/api/cases/{CASE}/queue")
            queue_times.append(time.perf_counter() - t0)
            assert response.status_code == 200

        made = []
        for url in thumbs:
            t0 = time.perf_counter()
            response = await client.get(url)
            made.append(time.perf_counter() - t0)
            assert response.status_code == 200
        cached = []
        for url in thumbs:
            t0 = time.perf_counter()
            response = await client.get(url)
            cached.append(time.perf_counter() - t0)
            assert response.status_code == 200

    def summary(values: list[float]) -> dict[str, float]:
        ordered = sorted(values)
        return {
            "median_ms": _ms(statistics.median(ordered)),
            "p95_ms": _ms(ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]),
            "n": len(ordered),
        }

    return {
        "thumbnails_on_page": len(thumbs),
        "page_bytes": len(page.content),
        "grading_page_first_ms": _ms(first),
        "grading_page": summary(timings),
        "queue_json": summary(queue_times),
        "thumbnail_made": summary(made),
        "thumbnail_cached": summary(cached),
        "thumbnails_made_total_s": round(sum(made), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--images", type=int, default=260, help="novel images in the case")
    parser.add_argument("--runs", type=int, default=20, help="timed page loads")
    parser.add_argument("--database-url", default=None, help="PostgreSQL URL (else SQLite)")
    parser.add_argument("--out", type=Path, default=Path("bench/out/review_render.json"))
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cairn-bench-review-") as tmp:
        root = Path(tmp)
        folder = root / "exhibit"
        folder.mkdir()
        t0 = time.perf_counter()
        build_exhibit(folder, args.images)
        generated = time.perf_counter() - t0
        store = Store.open(root / "ws", url=args.database_url)
        settings = Settings()
        create_case(store, CASE, "benchmark")
        t0 = time.perf_counter()
        run_ingest(store, CASE, "bench", folder, settings, workers=1)
        ingested = time.perf_counter() - t0
        create_user(store, "grader", "grader", hash_password(PASSWORD), [CASE], actor="bench")
        results = anyio.run(measure, create_app(store, settings), args.runs)
        store.close()

    results.update(
        {
            "images": args.images,
            "store": "postgresql" if args.database_url else "sqlite",
            "generate_s": round(generated, 2),
            "ingest_s": round(ingested, 2),
            "machine": {
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "platform": platform.platform(),
                "load_average": [round(x, 1) for x in os.getloadavg()],
            },
        }
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    page = results["grading_page"]
    rows = [
        ("grading page, first (media computed)", results["grading_page_first_ms"], ""),
        ("grading page (median / p95)", page["median_ms"], page["p95_ms"]),
        (
            "queue JSON (median / p95)",
            results["queue_json"]["median_ms"],
            results["queue_json"]["p95_ms"],
        ),
        (
            "thumbnail, made (median / p95)",
            results["thumbnail_made"]["median_ms"],
            results["thumbnail_made"]["p95_ms"],
        ),
        (
            "thumbnail, cached (median / p95)",
            results["thumbnail_cached"]["median_ms"],
            results["thumbnail_cached"]["p95_ms"],
        ),
    ]
    print(
        f"{results['thumbnails_on_page']} thumbnails on the page; {args.images} novel images; "
        f"{results['store']}; load average {results['machine']['load_average']}"
    )
    for name, value, p95 in rows:
        tail = f" / {p95}" if p95 != "" else ""
        print(f"{name:<40} {value:>9} ms{tail}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
