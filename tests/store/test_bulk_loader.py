"""The bulk loader behind hash-set import: same rows as a plain insert, indexes rebuilt as they
were, nothing left behind when the import fails (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select, text

from cairn.errors import SourceError
from cairn.pipeline.known import import_hashset
from cairn.settings import Settings
from cairn.store import Store, bulk
from cairn.store.schema import HashSet, KnownEntryRow


def _indexes(store: Store) -> list[tuple[str, str]]:
    with store.session() as session:
        if store.dialect == "sqlite":
            query = (
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'known_entries' ORDER BY name"
            )
        else:
            query = (
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'known_entries' "
                "ORDER BY indexname"
            )
        return [(str(a), str(b)) for a, b in session.execute(text(query))]


def _csv(path: Path, count: int, start: int = 0, bad: int = 0) -> Path:
    lines = ["md5,category,scheme,series"]
    for number in range(start, start + count):
        digest = hashlib.md5(f"benign bulk {number}".encode()).hexdigest()
        lines.append(f"{digest},{number % 5},pv-us,S{number % 7}")
    lines += ["not-a-hash,1,pv-us,x"] * bad
    path.write_text("\n".join(lines) + "\n")
    return path


def _rows(store: Store, name: str) -> list[tuple[object, ...]]:
    with store.session() as session:
        set_id = session.scalars(select(HashSet.id).where(HashSet.name == name)).one()
        return [
            tuple(row)
            for row in session.execute(
                select(
                    KnownEntryRow.md5,
                    KnownEntryRow.scheme,
                    KnownEntryRow.code,
                    KnownEntryRow.source,
                    KnownEntryRow.extra,
                    KnownEntryRow.import_run,
                    KnownEntryRow.withdrawn_at,
                )
                .where(KnownEntryRow.hashset_id == set_id)
                .order_by(KnownEntryRow.id)
            )
        ]


def test_a_large_import_rebuilds_the_indexes_it_dropped(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _indexes(store)
    import_hashset(store, _csv(tmp_path / "small.csv", 30), "small")
    monkeypatch.setattr(bulk, "REBUILD_AFTER", 100)
    summary = import_hashset(store, _csv(tmp_path / "big.csv", 2000, start=100), "big")
    assert summary.entries == 2000
    assert _indexes(store) == before
    rows = _rows(store, "big")
    assert len(rows) == 2000
    md5, scheme, code, source, extra, run, withdrawn = rows[7]
    assert md5 == hashlib.md5(b"benign bulk 107").hexdigest()
    assert (scheme, code, source, extra, run, withdrawn) == (
        "pv-us",
        "2",
        "line 9",
        {"series": "S2"},
        1,
        None,
    )
    with store.session() as session:
        found = session.scalars(select(KnownEntryRow.source).where(KnownEntryRow.md5 == md5)).all()
    assert found == ["line 9"]
    if store.dialect == "sqlite":
        with store.session() as session:
            assert session.execute(text("PRAGMA cache_size")).scalar() == -2000


def test_a_failed_import_leaves_no_rows_and_every_index(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _indexes(store)
    monkeypatch.setattr(bulk, "REBUILD_AFTER", 100)
    path = _csv(tmp_path / "bad.csv", 6000, bad=20)  # one batch of 5000 is written first
    with pytest.raises(SourceError, match="max_bad_lines"):
        import_hashset(store, path, "bad", settings=Settings(max_bad_lines=10))
    assert _indexes(store) == before
    with store.session() as session:
        assert session.scalars(select(KnownEntryRow.id)).first() is None


def test_an_update_keeps_its_indexes_and_its_answers(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "REBUILD_AFTER", 100)
    import_hashset(store, _csv(tmp_path / "v1.csv", 600), "set")
    summary = import_hashset(store, _csv(tmp_path / "v2.csv", 600, start=300), "set", update=True)
    assert (summary.added, summary.kept, summary.withdrawn) == (300, 300, 300)
