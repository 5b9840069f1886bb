"""The coordinator's writer (runner._write): the PostgreSQL bulk path (COPY straight into
``items`` with ids from the sequence) against its slow references (the staging-table path
it falls back to, and SQLite), idempotence when a batch is written again, and concurrent
writers on one PostgreSQL store."""

from __future__ import annotations

import json
import random
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cairn.matching.matcher import Decision
from cairn.model import Exif, Hashes, HashKind, ItemResult, ItemStatus, Locator, Match, MediaFacts
from cairn.pipeline import runner
from cairn.pipeline.runner import IngestSummary, _write
from cairn.store import Store
from cairn.store.queries import create_case, get_or_create_exhibit
from cairn.store.schema import HashSet, Item, KnownEntryRow, MatchRow

# Everything an item row holds except its identity in this store and the time it was written.
_COMPARED = [
    c.name for c in Item.__table__.columns if c.name not in ("id", "exhibit_id", "created_at")
]


def _results(n: int, seed: int = 1, prefix: str = "dir") -> list[ItemResult]:
    """Items of every shape the writer stores, with awkward text in paths and reasons."""
    rng = random.Random(seed)
    out: list[ItemResult] = []
    for k in range(n):
        name = f"{prefix}/{k:05}"
        hashes = Hashes(rng.randbytes(16).hex(), rng.randbytes(20).hex(), rng.randbytes(32).hex())
        shape = k % 5
        if shape == 0:
            out.append(
                ItemResult(
                    Locator("folder", f"{name} tab\there\\back.jpg".encode()),
                    ItemStatus.PROCESSED,
                    size=rng.randrange(1, 10**10),
                    mime="image/jpeg",
                    kind="image",
                    hashes=hashes,
                    media=MediaFacts(
                        1600,
                        1200,
                        rng.randbytes(32).hex(),
                        rng.randrange(0, 101),
                        Exif(make="Cañon\n", model=None, gps_latitude=-33.5, gps_longitude=151.25),
                        reduced=bool(k % 2),
                    ),
                )
            )
        elif shape == 1:
            out.append(
                ItemResult(
                    Locator("folder", name.encode() + b"\xff\xfe.bin"),
                    ItemStatus.DAMAGED,
                    reason='cannot decode: "bad\r\nheader"\t\\N',
                    size=12,
                    mime="image/png",
                    kind="image",
                    hashes=hashes,
                    deleted=True,
                )
            )
        elif shape == 2:
            out.append(
                ItemResult(
                    Locator("zip", b"inner/chat.txt", Locator("folder", f"{name}.zip".encode())),
                    ItemStatus.PROCESSED,
                    size=400,
                    mime="text/plain",
                    kind="other",
                    hashes=hashes,
                    chat_format="whatsapp_txt",
                )
            )
        elif shape == 3:
            out.append(
                ItemResult(
                    Locator("folder", f"{name}.mp4".encode()),
                    ItemStatus.PROCESSED,
                    size=9000,
                    mime="video/mp4",
                    kind="video",
                    hashes=hashes,
                    video={"facts": {"codec": "h264"}, "frames": [[0, 0.0, "ab" * 32, 90]]},
                )
            )
        else:
            out.append(
                ItemResult(Locator("folder", name.encode()), ItemStatus.EXCLUDED, reason="x")
            )
    return out


@pytest.fixture
def listed(store: Store) -> tuple[int, int, int]:
    """A known-good set and a listed set with one entry each: (good set, listed set, entry)."""
    with store.session() as session:
        good = HashSet(name="good", format="text", known_good=True)
        bad = HashSet(name="listed", format="csv")
        session.add_all([good, bad])
        session.flush()
        entry = KnownEntryRow(hashset_id=bad.id, entry_key="k", md5="0" * 32)
        session.add(entry)
        session.flush()
        return good.id, bad.id, entry.id


def _decisions(results: list[ItemResult], ids: tuple[int, int, int]) -> list[Decision]:
    good, bad, entry = ids
    out = []
    for k, result in enumerate(results):
        if k % 7 == 0:
            out.append(Decision(known=[Match(bad, entry, HashKind.PDQ, 12, 31, "rot90")]))
        elif k % 7 == 3 and result.status is ItemStatus.PROCESSED:
            out.append(Decision(known_good=[Match(good, entry, HashKind.MD5)]))
        elif k % 7 == 5:
            out.append(
                Decision(known=[Match(bad, entry, HashKind.MD5), Match(bad, entry, HashKind.SHA1)])
            )
        else:
            out.append(Decision())
    return out


def _stored(store: Store, exhibit_id: int) -> dict[str, tuple[Any, ...]]:
    """Each stored item's compared columns and its matches, keyed by locator."""
    with store.session() as session:
        items = session.execute(select(Item).where(Item.exhibit_id == exhibit_id)).scalars()
        out: dict[str, tuple[Any, ...]] = {}
        for item in items:
            matches = sorted(
                (m.hashset_id, m.entry_id, m.kind, m.distance, m.threshold, m.variant)
                for m in session.scalars(select(MatchRow).where(MatchRow.item_id == item.id))
            )
            values = tuple(
                json.dumps(v, sort_keys=True) if isinstance(v, dict) else v
                for v in (getattr(item, c) for c in _COMPARED)
            )
            assert item.locator not in out, f"{item.locator} stored twice"
            out[item.locator] = (values, tuple(matches))
    return out


def _exhibit(store: Store, name: str) -> int:
    exhibit, _ = get_or_create_exhibit(store, "c", name, f"/evidence/{name}", "folder")
    return exhibit.id


@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_bulk_path_equals_fallback_and_sqlite_and_a_redone_batch_writes_nothing_twice(
    store: Store, listed: tuple[int, int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_case(store, "c")
    results = _results(60)
    decisions = _decisions(results, listed)

    # The bulk path on a fresh exhibit.
    fast = _exhibit(store, "fast")
    summary = IngestSummary(case="c", exhibit="fast")
    _write(store, fast, results, decisions, summary)
    assert summary.written == 60
    assert sum(summary.by_status.values()) == 60

    # The same batch again (a redone batch): the COPY collides, the fallback writes nothing.
    fallbacks: list[int] = []
    slow_path = runner._insert_skipping_stored

    def counted(cursor: Any, rows: Any) -> list[int | None]:
        fallbacks.append(len(rows))
        return slow_path(cursor, rows)

    monkeypatch.setattr(runner, "_insert_skipping_stored", counted)
    again = IngestSummary(case="c", exhibit="fast")
    _write(store, fast, results, decisions, again)
    assert fallbacks == [60] and again.written == 0
    stored_fast = _stored(store, fast)
    assert len(stored_fast) == 60

    # Half of a batch already there: only the other half is written, through the fallback.
    half = _exhibit(store, "half")
    _write(store, half, results[::2], decisions[::2], IngestSummary(case="c", exhibit="half"))
    rest = IngestSummary(case="c", exhibit="half")
    _write(store, half, results, decisions, rest)
    assert rest.written == 30 and fallbacks == [60, 60]
    assert _stored(store, half) == stored_fast

    # SQLite, the reference the reports were built on, stores the same values and matches.
    lite = Store.open(tmp_path / "lite")
    try:
        create_case(lite, "c")
        with lite.session() as session:
            session.add_all(
                [
                    HashSet(id=listed[0], name="good", format="text", known_good=True),
                    HashSet(id=listed[1], name="listed", format="csv"),
                ]
            )
            session.flush()
            session.add(KnownEntryRow(id=listed[2], hashset_id=listed[1], entry_key="k"))
        exhibit = _exhibit(lite, "fast")
        _write(lite, exhibit, results, decisions, IngestSummary(case="c", exhibit="fast"))
        assert _stored(lite, exhibit) == stored_fast
    finally:
        lite.close()


@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)
def test_concurrent_writers_on_one_store_do_not_interfere(
    store: Store, store_url: str, listed: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two examiners' exhibits written at once, and two coordinators racing on one exhibit
    with overlapping batches: every item once, with its matches once."""
    create_case(store, "c")
    own = {name: _exhibit(store, name) for name in ("A", "B", "shared")}
    batches = {
        "A": _results(400, seed=2, prefix="a"),
        "B": _results(400, seed=3, prefix="b"),
        "shared": _results(400, seed=4, prefix="s"),
    }
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)
    fallbacks: list[int] = []
    slow_path = runner._insert_skipping_stored

    def counted(cursor: Any, rows: Any) -> list[int | None]:
        fallbacks.append(len(rows))
        return slow_path(cursor, rows)

    monkeypatch.setattr(runner, "_insert_skipping_stored", counted)

    def writer(exhibit: str, order: list[int]) -> None:
        s = Store.open(store.home, url=store_url)
        try:
            barrier.wait()
            items = batches[exhibit]
            decisions = _decisions(items, listed)
            for start in order:
                end = start + 50
                _write(
                    s, own[exhibit], items[start:end], decisions[start:end], IngestSummary("c", "x")
                )
        except BaseException as exc:  # reported in the main thread
            errors.append(exc)
        finally:
            s.close()

    forward = list(range(0, 400, 50))
    threads = [
        threading.Thread(target=writer, args=("A", forward)),
        threading.Thread(target=writer, args=("B", forward)),
        threading.Thread(target=writer, args=("shared", forward)),
        threading.Thread(target=writer, args=("shared", forward[::-1])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    # Every shared chunk was written twice; the second writer of each took the fallback.
    assert len(fallbacks) >= 8

    for name, results in batches.items():
        stored = _stored(store, own[name])
        assert sorted(stored) == sorted(r.locator.key() for r in results)
        expected = _decisions(results, listed)
        for result, decision in zip(results, expected, strict=True):
            matches = stored[result.locator.key()][1]
            assert len(matches) == len(decision.known) + len(decision.known_good)


@pytest.mark.parametrize("store_url", ["sqlite", "postgresql"], indirect=True)
def test_a_locator_twice_in_one_batch_is_one_item(
    store: Store, listed: tuple[int, int, int]
) -> None:
    create_case(store, "c")
    exhibit = _exhibit(store, "dup")
    results = _results(6)
    decisions = _decisions(results, listed)  # item 0 has one listed match
    summary = IngestSummary(case="c", exhibit="dup")
    _write(store, exhibit, [*results, results[0]], [*decisions, decisions[0]], summary)
    assert summary.written == 6
    stored = _stored(store, exhibit)
    assert len(stored) == 6
    assert len(stored[results[0].locator.key()][1]) == 1
