"""Altering, inserting or deleting any single audit entry is detected, and named.

Every scenario runs on SQLite and on PostgreSQL, each on a fresh log. The log is first
renumbered with gaps (ids 10, 20, ...), as a PostgreSQL sequence leaves them after a
rolled-back append, so that an entry can be inserted between two others; it must still
verify before each tampering.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from cairn.store import Store
from cairn.store.audit import GENESIS, _digest, record, verify
from cairn.store.review_schema import AuditHead
from cairn.store.schema import AuditEvent

FIRST, MIDDLE, LAST = 10, 30, 50


def _fresh_log(store: Store) -> None:
    with store.session() as session:
        session.execute(delete(AuditEvent))
        session.execute(delete(AuditHead))
    for n in range(5):
        record(store, "test.event", actor="tester", case="c", detail={"n": n})
    with store.session() as session:
        ids = list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id.desc())))
        for rank, event_id in zip(range(5, 0, -1), ids, strict=True):
            session.execute(
                update(AuditEvent).where(AuditEvent.id == event_id).values(id=rank * 10)
            )
        session.execute(update(AuditHead).values(last_id=LAST))
    count, problems = verify(store)
    assert (count, problems) == (5, [])


def _event(store: Store, event_id: int) -> AuditEvent:
    with store.session() as session:
        event = session.get(AuditEvent, event_id)
        assert event is not None
        return event


def _alter(event_id: int) -> Callable[[Store], None]:
    def run(store: Store) -> None:
        with store.session() as session:
            session.execute(
                update(AuditEvent).where(AuditEvent.id == event_id).values(detail={"n": 99})
            )

    return run


def _rewrite(event_id: int) -> Callable[[Store], None]:
    """Alter an entry and recompute its own hash, as a careful forger would."""

    def run(store: Store) -> None:
        event = _event(store, event_id)
        forged = _digest(event.prev_hash, event.at, "mallory", event.action, event.case_name, {})
        with store.session() as session:
            session.execute(
                update(AuditEvent)
                .where(AuditEvent.id == event_id)
                .values(actor="mallory", detail={}, hash=forged)
            )

    return run


def _delete(event_id: int) -> Callable[[Store], None]:
    def run(store: Store) -> None:
        with store.session() as session:
            session.execute(delete(AuditEvent).where(AuditEvent.id == event_id))

    return run


def _insert(event_id: int, prev: str | None) -> Callable[[Store], None]:
    """Insert an entry with a correct own hash; ``prev=None`` chains it to the newest."""

    def run(store: Store) -> None:
        before = prev if prev is not None else _event(store, LAST).hash
        at, actor, action, case = "2026-01-01T00:00:00+00:00", "mallory", "x", "c"
        digest = _digest(before, at, actor, action, case, {})
        with store.session() as session:
            session.execute(
                text(
                    "INSERT INTO audit_log (id, at, actor, action, case_name, detail, "
                    "prev_hash, hash) VALUES (:i, :at, :actor, :action, :case, :detail, "
                    ":prev, :hash)"
                ),
                {
                    "i": event_id,
                    "at": at,
                    "actor": actor,
                    "action": action,
                    "case": case,
                    "detail": json.dumps({}),
                    "prev": before,
                    "hash": digest,
                },
            )

    return run


# (scenario, tampering, the event verify must name first, a word its message must hold)
SCENARIOS: list[tuple[str, Callable[[Store], None], int, str]] = [
    ("alter first", _alter(FIRST), FIRST, "altered"),
    ("alter middle", _alter(MIDDLE), MIDDLE, "altered"),
    ("alter last", _alter(LAST), LAST, "altered"),
    ("rewrite first", _rewrite(FIRST), FIRST + 10, "does not follow"),
    ("rewrite middle", _rewrite(MIDDLE), MIDDLE + 10, "does not follow"),
    ("rewrite last", _rewrite(LAST), LAST, "altered"),
    ("delete first", _delete(FIRST), FIRST + 10, "removed or reordered"),
    ("delete middle", _delete(MIDDLE), MIDDLE + 10, "removed or reordered"),
    ("delete last", _delete(LAST), LAST, "removed"),
    # GENESIS is taken by the real first entry (prev_hash is unique), so an entry inserted
    # before it has to claim some other predecessor.
    ("insert first", _insert(5, "f" * 64), 5, "inserted"),
    ("insert middle", _insert(25, "e" * 64), 25, "inserted"),
    ("insert last", _insert(60, None), 60, "inserted"),
]


def test_any_single_altered_inserted_or_deleted_entry_is_detected(store: Store) -> None:
    missed = []
    for name, tamper, expected, word in SCENARIOS:
        _fresh_log(store)
        tamper(store)
        _count, problems = verify(store)
        if not problems:
            missed.append(f"{name}: not detected")
        elif problems[0].event_id != expected or word not in problems[0].message:
            missed.append(f"{name}: first problem {problems[0]}, expected event {expected}")
    assert missed == []


def test_removing_the_head_record_or_every_entry_is_detected(store: Store) -> None:
    _fresh_log(store)
    with store.session() as session:
        session.execute(delete(AuditHead))
    _count, problems = verify(store)
    assert [p.event_id for p in problems] == [LAST]
    _fresh_log(store)
    with store.session() as session:
        session.execute(delete(AuditEvent))
    count, problems = verify(store)
    assert count == 0 and problems and "every event was removed" in problems[0].message


@pytest.mark.parametrize("appends", [1, 3])
def test_appending_only_adds_after_the_newest(tmp_path: Path, appends: int) -> None:
    store = Store.open(tmp_path / "ws")
    try:
        for n in range(3):
            record(store, "test.event", actor="tester", detail={"n": n})
        with store.session() as session:
            before = list(session.scalars(select(AuditEvent.hash).order_by(AuditEvent.id)))
        for n in range(appends):
            record(store, "test.more", actor="tester", detail={"n": n})
        with store.session() as session:
            rows = session.execute(
                select(AuditEvent.hash, AuditEvent.prev_hash).order_by(AuditEvent.id)
            ).all()
        assert [h for h, _p in rows[:3]] == before
        assert rows[0][1] == GENESIS and all(
            rows[i][1] == rows[i - 1][0] for i in range(1, len(rows))
        )
        assert verify(store) == (3 + appends, [])
    finally:
        store.close()
