"""Entry keys never change: ``--update`` compares them with keys stored by earlier imports.

The reference below is the key as first written (SHA-1 of the joined, lower-cased hashes and
category); the import's faster ``entry_key`` must give the same key for every entry.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

import cairn.pipeline.known as known
from cairn.model import Category, KnownEntry
from cairn.pipeline.known import entry_key, import_hashset
from cairn.store import Store
from cairn.store.schema import KnownEntryRow

VPDQ = "vpdq"  # the extra key of a listed video's frames (cairn.hashsets.vpdqfile)


def reference_key(entry: KnownEntry) -> str:
    """The key as earlier imports stored it."""
    category = entry.category
    text = "|".join(
        (
            entry.md5 or "",
            entry.sha1 or "",
            entry.sha256 or "",
            entry.pdq or "",
            category.scheme if category else "",
            category.code if category else "",
        )
    )
    if VPDQ in entry.extra:
        text += "|" + hashlib.sha1(str(entry.extra[VPDQ]).encode("utf-8")).hexdigest()
    return hashlib.sha1(text.lower().encode("utf-8")).hexdigest()


def _hex(length: int) -> st.SearchStrategy[str | None]:
    # Readers store lower-case hex; the key lower-cases anyway, so any case must agree.
    return st.none() | st.text(alphabet="0123456789abcdefABCDEF", min_size=length, max_size=length)


_CATEGORIES = st.none() | st.builds(
    Category,
    scheme=st.sampled_from(["pv-us", "uk", "vics-uk", "custom", "My-Scheme"]),
    # Codes as files write them, and any text (letters whose lower case is context-dependent
    # or longer, separators).
    code=st.sampled_from(["1", "A", "CAT-1", "ΣΑΣ", "İ", "a|b", ""]) | st.text(max_size=6),
)


@settings(max_examples=400, deadline=None)
@given(
    md5=_hex(32),
    sha1=_hex(40),
    sha256=_hex(64),
    pdq=_hex(64),
    category=_CATEGORIES,
    extra=st.none() | st.fixed_dictionaries({VPDQ: st.text(max_size=40)}),
)
def test_entry_key_is_the_key_earlier_imports_stored(
    md5: str | None,
    sha1: str | None,
    sha256: str | None,
    pdq: str | None,
    category: Category | None,
    extra: dict[str, Any] | None,
) -> None:
    entry = KnownEntry(
        md5=md5, sha1=sha1, sha256=sha256, pdq=pdq, category=category, extra=extra or {}
    )
    assert entry_key(entry) == reference_key(entry)


def _csv(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    path.write_text("md5,sha1,category,scheme\n" + "".join(f"{m},{s},{c},uk\n" for m, s, c in rows))
    return path


def _digest(n: int) -> tuple[str, str]:
    data = f"benign key {n}".encode()
    return hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest()


def test_an_update_finds_entries_stored_with_the_earlier_keys(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [(*_digest(n), "ABC"[n % 3]) for n in range(40)]
    first = _csv(tmp_path / "v1.csv", rows)
    with monkeypatch.context() as patch:  # an import by an earlier version of Cairn
        patch.setattr(known, "entry_key", reference_key)
        import_hashset(store, first, "unit")
    with store.session() as session:
        stored = sorted(session.scalars(select(KnownEntryRow.entry_key)))
    assert len(set(stored)) == 40
    # The newer file drops two entries, regrades one and adds one.
    second = _csv(
        tmp_path / "v2.csv", [*rows[2:39], (rows[39][0], rows[39][1], "C"), (*_digest(99), "B")]
    )
    summary = import_hashset(store, second, "unit", update=True)
    assert (summary.kept, summary.added, summary.withdrawn) == (37, 2, 3)
    # Unchanged entries were found by key, not added again.
    with store.session() as session:
        keys = list(session.scalars(select(KnownEntryRow.entry_key)))
    assert len(keys) == 42
    assert set(stored) <= set(keys)
