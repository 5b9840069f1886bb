"""Conflicts between hash sets, counted the fast way, against the pairwise reference query.

Stores are filled with random sets drawn from a small pool of hashes, so that hashes are
listed by several sets, twice in one set, under one category or several, by withdrawn
entries, by disabled and known-good sets, and with no code at all.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import and_, func, or_, select, text, union
from sqlalchemy.orm import Session, aliased

from cairn.store import Store, hashsets
from cairn.store.hashsets import _conflict_query, conflicts, count_conflicts, hashset_details
from cairn.store.schema import HashSet, KnownEntryRow, utcnow

_EXACT = ("md5", "sha1", "sha256")


def reference_pairs(hashset_id: int) -> Any:
    """Every (entry of the set, other entry) pair that conflicts: each entry's hashes probed
    against the whole table (the query as first written)."""
    parts = []
    for kind in _EXACT:
        a = aliased(KnownEntryRow)
        b = aliased(KnownEntryRow)
        other = aliased(HashSet)
        parts.append(
            select(a.id.label("entry_id"), b.id.label("other_id"))
            .join(b, and_(getattr(a, kind) == getattr(b, kind), a.id != b.id))
            .join(other, other.id == b.hashset_id)
            .where(
                a.hashset_id == hashset_id,
                getattr(a, kind).is_not(None),
                a.withdrawn_at.is_(None),
                b.withdrawn_at.is_(None),
                other.known_good.is_(False),
                other.enabled.is_(True),
                a.code.is_not(None),
                b.code.is_not(None),
                or_(a.code != b.code, func.coalesce(a.scheme, "") != func.coalesce(b.scheme, "")),
            )
        )
    return union(*parts).subquery()


def _fill(session: Session, seed: int) -> list[int]:
    rng = random.Random(seed)
    pool = {
        "md5": [f"{n:032x}" for n in range(8)],
        "sha1": [f"{n:040x}" for n in range(8)],
        "sha256": [f"{n:064x}" for n in range(8)],
    }
    categories = [
        ("uk", "A"),
        ("uk", "B"),
        ("pv-us", "1"),
        ("pv-us", "A"),
        (None, "A"),
        (None, None),
    ]
    ids = []
    for number in range(rng.randint(2, 5)):
        hashset = HashSet(
            name=f"set-{seed}-{number}",
            format="csv",
            # The first two sets are active known material, so that conflicts exist.
            known_good=number > 1 and rng.random() < 0.3,
            enabled=number < 2 or rng.random() < 0.7,
        )
        session.add(hashset)
        session.flush()
        ids.append(hashset.id)
        for row in range(rng.randint(0, 40)):
            hashes = {
                kind: rng.choice(values) if rng.random() < 0.6 else None
                for kind, values in pool.items()
            }
            scheme, code = rng.choice(categories)
            session.add(
                KnownEntryRow(
                    hashset_id=hashset.id,
                    **hashes,
                    scheme=scheme,
                    code=code,
                    source=f"line {row}",
                    extra={},
                    entry_key=f"{seed}-{number}-{row}",
                    withdrawn_at=utcnow() if rng.random() < 0.15 else None,
                )
            )
    session.flush()
    return ids


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("walk", ["through hashes listed twice", "chosen", "walking the set"])
def test_counts_and_examples_match_the_pairwise_reference(
    store: Store, seed: int, walk: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if walk != "chosen":
        ratio = 0 if walk == "through hashes listed twice" else 10**9
        monkeypatch.setattr(hashsets, "_WALK_RATIO", ratio)
    with store.session() as session:
        ids = _fill(session, seed)
    found_any = False
    with store.session() as session:
        for hashset_id in ids:
            pairs = reference_pairs(hashset_id)
            expected = session.scalar(select(func.count(func.distinct(pairs.c.entry_id)))) or 0
            assert count_conflicts(session, hashset_id) == expected
            found_any = found_any or expected > 0
            expected_pairs = session.execute(
                select(pairs.c.entry_id, pairs.c.other_id).order_by(
                    pairs.c.entry_id, pairs.c.other_id
                )
            ).all()
            shown = [
                (example["where"], example["other_where"], example["other_set"])
                for example in conflicts(session, hashset_id, limit=1000)
            ]
            names = {s.id: s.name for s in session.scalars(select(HashSet))}
            rows = {r.id: r for r in session.scalars(select(KnownEntryRow))}
            assert shown == [
                (rows[x].source, rows[y].source, names[rows[y].hashset_id])
                for x, y in expected_pairs
            ]
    assert found_any  # the pool is small: every seed here gives some conflicts


def test_a_set_that_lists_nothing_twice_has_no_conflicts_and_is_not_walked(
    store: Store,
) -> None:
    with store.session() as session:
        one = HashSet(name="one", format="csv")
        two = HashSet(name="two", format="csv")
        session.add_all([one, two])
        session.flush()
        for n in range(50):
            for hashset, code in ((one, "A"), (two, "B")):
                digest = f"{n if hashset is one else n + 1000:032x}"
                session.add(
                    KnownEntryRow(
                        hashset_id=hashset.id, md5=digest, scheme="uk", code=code,
                        source=f"line {n}", extra={}, entry_key=f"{hashset.name}{n}",
                    )
                )  # fmt: skip
        session.flush()
        assert count_conflicts(session, one.id) == 0
        # Listed by both sets under different categories: one conflict each way.
        session.add(
            KnownEntryRow(
                hashset_id=two.id, md5=f"{7:032x}", scheme="uk", code="C", source="line 99",
                extra={}, entry_key="two-99",
            )
        )  # fmt: skip
        session.flush()
        assert count_conflicts(session, one.id) == 1
        assert count_conflicts(session, two.id) == 1
        if store.dialect == "sqlite":
            # The set's entries are reached through the hashes listed twice, never by walking
            # the set (millions of entries for a national set).
            assert "ix_known_entries_hashset_id" not in _plan(session, one.id)
            assert "COVERING INDEX ix_known_entries_md5" in _plan(session, one.id)
            # Most of a set listed again (a newer release beside an older one): walk the set.
            for n in range(50):
                session.add(
                    KnownEntryRow(
                        hashset_id=two.id, md5=f"{n:032x}", scheme="uk", code="A",
                        source=f"line {n}", extra={}, entry_key=f"again{n}",
                    )
                )  # fmt: skip
            session.flush()
            assert "ix_known_entries_hashset_id" in _plan(session, one.id)
            assert count_conflicts(session, one.id) == 1


def _plan(session: Session, hashset_id: int) -> str:
    pairs = _conflict_query(session, hashset_id)
    assert pairs is not None
    statement = select(func.count()).select_from(pairs)
    compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    return " ".join(str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))


def test_details_report_the_conflicts(store: Store) -> None:
    with store.session() as session:
        ids = _fill(session, 1)
    for hashset_id in ids:
        with store.session() as session:
            hashset = session.get(HashSet, hashset_id)
            assert hashset is not None
            name, known_good = hashset.name, hashset.known_good
            pairs = reference_pairs(hashset_id)
            expected = session.scalar(select(func.count(func.distinct(pairs.c.entry_id)))) or 0
        details = hashset_details(store, name)
        assert details.conflicts == (0 if known_good else expected)
