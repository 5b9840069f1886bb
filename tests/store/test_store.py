"""The store opens, migrates and keeps its audit chain, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text, update

from cairn.errors import ConfigError, IncompatibleStoreVersion, UnknownCase
from cairn.store import Store
from cairn.store.audit import record, verify
from cairn.store.queries import create_case, get_case, get_or_create_exhibit, list_cases
from cairn.store.schema import AuditEvent


def test_new_store_is_at_head_and_reopens(
    store: Store, tmp_path: Path, store_url: str | None
) -> None:
    versions = Path(__file__).parents[2] / "src/cairn/store/migrations/versions"
    newest = max(p.name.split("_", 1)[0] for p in versions.glob("[0-9]*.py"))
    assert store.schema_revision() == newest
    create_case(store, "op-1", "first")
    again = Store.open(tmp_path / "ws", url=store_url)
    try:
        assert [c.name for c, _e, _i in list_cases(again)] == ["op-1"]
    finally:
        again.close()


def test_sqlite_default_uses_wal_in_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAIRN_DATABASE_URL", raising=False)
    s = Store.open(tmp_path / "ws")
    try:
        assert (tmp_path / "ws" / "cairn.db").exists()
        with s.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        s.close()


def test_database_url_from_environment_switches_to_postgres(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAIRN_DATABASE_URL", pg_url)
    s = Store.open(tmp_path / "ws")
    try:
        assert s.dialect == "postgresql"
        assert not (tmp_path / "ws" / "cairn.db").exists()
    finally:
        s.close()


def test_duplicate_case_and_unknown_case_are_config_errors(store: Store) -> None:
    create_case(store, "op-1")
    with pytest.raises(ConfigError, match="'op-1' already exists"):
        create_case(store, "op-1")
    with store.session() as session, pytest.raises(UnknownCase, match="'nope'"):
        get_case(session, "nope")


def test_exhibit_must_keep_its_source(store: Store) -> None:
    create_case(store, "c")
    first, created = get_or_create_exhibit(store, "c", "E1", "/evidence/a", "folder")
    again, created_again = get_or_create_exhibit(store, "c", "E1", "/evidence/a", "folder")
    assert created and not created_again and first.id == again.id
    with pytest.raises(ConfigError, match="was ingested from '/evidence/a'"):
        get_or_create_exhibit(store, "c", "E1", "/evidence/b", "folder")


def test_store_from_newer_cairn_is_refused(
    store: Store, tmp_path: Path, store_url: str | None
) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999')"))
    with pytest.raises(IncompatibleStoreVersion, match="'9999'"):
        Store.open(tmp_path / "ws", url=store_url)


def test_audit_chain_verifies_and_detects_tampering(store: Store) -> None:
    for n in range(5):
        record(store, "test.event", actor="tester", case="c", detail={"n": n})
    count, problems = verify(store)
    assert count == 5 and problems == []
    with store.session() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == 3).values(detail={"n": 99}))
    _count, problems = verify(store)
    assert [p.event_id for p in problems] == [3]
    assert "altered" in problems[0].message


def test_audit_detects_a_removed_event(store: Store) -> None:
    for n in range(4):
        record(store, "test.event", actor="tester", detail={"n": n})
    with store.session() as session:
        session.query(AuditEvent).filter(AuditEvent.id == 2).delete()
    _count, problems = verify(store)
    assert [p.event_id for p in problems] == [3]
    assert "removed or reordered" in problems[0].message


def test_migrations_build_exactly_the_declared_schema(store: Store) -> None:
    """Alembic's migrations and the SQLAlchemy models must agree (no drift either way)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from cairn.store.schema import Base

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
