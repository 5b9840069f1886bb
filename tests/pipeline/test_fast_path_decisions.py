"""The fast (reduced-scale JPEG) path never changes a match decision: an ingest with
``fast_decode`` on gives the same known/novel decision, category and match distance for
every file as the full decode, and its stored hashes stay within the drift bound."""

from __future__ import annotations

import csv
import hashlib
import io
import random
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from cairn.matching.pdq import hamming
from cairn.media import analyse_image
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.schema import Item, KnownEntryRow, MatchRow
from cairn.testing.exhibit import drawing

from helpers.cli import cairn

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "pdq" / "data"


def _jpeg(image: object, quality: int = 90) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)  # type: ignore[attr-defined]
    return out.getvalue()


def _full_pdq(data: bytes) -> str:
    return analyse_image(data, Settings()).pdq


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, int]]:
    """Listed drawings and variants of them spread around the PDQ threshold (large JPEGs)."""
    root = tmp_path_factory.mktemp("fast")
    exhibit = root / "exhibit"
    exhibit.mkdir()
    rng = random.Random(42)
    distances: dict[str, int] = {}
    with (root / "listed.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sha256", "pdq", "category", "scheme"])
        for n in range(3):
            image = drawing(rng, 1600, 1200)
            data = _jpeg(image)
            listed = _full_pdq(data)
            writer.writerow([hashlib.sha256(data).hexdigest(), listed, "B", "uk"])
            for k in range(40, 260, 12):
                variant = image.crop((k, k // 2, 1600, 1200)).resize((1600, 1200))
                vdata = _jpeg(variant, 85)
                d = hamming(_full_pdq(vdata), listed)
                if 18 <= d <= 46:
                    name = f"v{n}_{k}.jpg"
                    (exhibit / name).write_bytes(vdata)
                    distances[name] = d
            (exhibit / f"novel_{n}.jpg").write_bytes(_jpeg(drawing(rng, 1400, 1100)))
    for rel in (
        "reg-test-input/exif-rotn/exif-rotn-1.jpg",
        "reg-test-input/dih/bridge-1-original.jpg",
        "bridge-mods/aaa-orig.jpg",
    ):
        if (SHARED / rel).exists():
            shutil.copy(SHARED / rel, exhibit / rel.replace("/", "_"))
    return exhibit, root / "listed.csv", distances


def _decisions(home: Path) -> dict[str, tuple[str | None, int | None, str | None, bool]]:
    store = Store.open(home)
    try:
        with store.session() as session:
            rows = session.execute(
                select(Item.path, Item.pdq, Item.pdq_reduced, MatchRow.distance, KnownEntryRow.code)
                .outerjoin(MatchRow, MatchRow.item_id == Item.id)
                .outerjoin(KnownEntryRow, KnownEntryRow.id == MatchRow.entry_id)
            ).all()
        return {path: (code, distance, pdq, reduced) for path, pdq, reduced, distance, code in rows}
    finally:
        store.close()


def test_fast_path_gives_the_decisions_of_the_full_decode(
    corpus: tuple[Path, Path, dict[str, int]], tmp_path: Path
) -> None:
    exhibit, listed, distances = corpus
    near_match = [n for n, d in distances.items() if 24 <= d <= 31]
    near_miss = [n for n, d in distances.items() if 32 <= d <= 40]
    assert near_match and near_miss, distances  # the corpus straddles the threshold

    results = {}
    for mode in ("true", "false"):
        home = tmp_path / mode
        cairn(home, "case", "create", "c")
        cairn(home, "hashset", "import", str(listed), "--name", "listed")
        out = cairn(
            home,
            "--setting",
            f"fast_decode={mode}",
            "ingest",
            str(exhibit),
            "--case",
            "c",
            "--exhibit",
            "E",
            "--workers",
            "1",
        ).stdout
        if mode == "true":
            assert "hashed again at full resolution" in out
        results[mode] = _decisions(home)

    fast, full = results["true"], results["false"]
    assert fast.keys() == full.keys()
    reduced = 0
    for path in full:
        code_f, dist_f, pdq_f, _ = fast[path]
        code_s, dist_s, pdq_s, reduced_s = full[path]
        assert (code_f, dist_f) == (code_s, dist_s), path
        assert not reduced_s
        if fast[path][3]:
            reduced += 1
            assert pdq_f is not None and pdq_s is not None
            assert hamming(pdq_f, pdq_s) <= 16, path
    assert reduced > 0
    for name in near_match:
        assert full[name][0] == "B" and full[name][1] == distances[name]
    for name in near_miss:
        assert full[name][0] is None
