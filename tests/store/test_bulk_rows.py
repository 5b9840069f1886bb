"""The bulk loader's JSON text and row lists: the same stored values as the standard encoder
and as rows given as dicts (SQLite and PostgreSQL)."""

from __future__ import annotations

import gc
import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from cairn.store import Store, bulk
from cairn.store.schema import HashSet, KnownEntryRow

_STANDARD = json.JSONEncoder(separators=(",", ":")).encode

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.floats().filter(math.isinf)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def test_the_loader_uses_the_c_encoder() -> None:
    assert bulk._DUMPS is not bulk._ENCODE


@settings(max_examples=500, deadline=None)
@given(value=json_values)
def test_json_text_is_the_standard_encoders(value: Any) -> None:
    assert bulk._DUMPS(value) == _STANDARD(value)


def test_an_object_json_cannot_hold_is_refused_as_json_refuses_it() -> None:
    for value in ({"a": {1, 2}}, [object()]):
        try:
            _STANDARD(value)
        except TypeError as standard:
            try:
                bulk._DUMPS(value)
            except TypeError as fast:
                assert str(fast) == str(standard)
            else:
                raise AssertionError(f"{value!r} was encoded")


_COLUMNS = ("hashset_id", "md5", "scheme", "code", "source", "extra", "entry_key", "import_run")


def _rows(hashset_id: int, start: int) -> list[list[Any]]:
    extras: list[Any] = [{}, {"series": "S", "n": 3}, {"nested": [1, {"x": None}]}, {"é": "ü"}]
    return [
        [hashset_id, f"{n:032x}", "uk", "A", f"line {n}", extras[n % 4], f"k{n}", 1]
        for n in range(start, start + 8)
    ]


def test_row_lists_store_what_row_dicts_store(store: Store) -> None:
    with store.session() as session:
        hashset = HashSet(name="rows", format="csv")
        session.add(hashset)
        session.flush()
        loader = bulk.BulkLoader(session, KnownEntryRow.__table__)
        loader.insert([dict(zip(_COLUMNS, row, strict=True)) for row in _rows(hashset.id, 0)])
        loader.insert_rows(_COLUMNS, _rows(hashset.id, 8))
        loader.finish()
        assert loader.inserted == 16
    with store.session() as session:
        stored = [
            (row.md5, row.code, row.source, row.extra, row.entry_key, row.withdrawn_at)
            for row in session.scalars(select(KnownEntryRow).order_by(KnownEntryRow.id))
        ]
    expected = [
        (row[1], row[3], row[4], row[5], row[6], None)
        for row in _rows(1, 0) + _rows(1, 8)  # fresh lists: the loader's were serialised
    ]
    assert stored == expected


def test_older_objects_are_frozen_only_while_loading() -> None:
    before = gc.get_freeze_count()
    with pytest.raises(RuntimeError), bulk.older_objects_frozen():
        assert gc.get_freeze_count() > before
        garbage: list[Any] = []
        garbage.append(garbage)  # a cycle made inside is still collected inside
        del garbage
        assert gc.collect() >= 1
        raise RuntimeError("a failed load")
    assert gc.get_freeze_count() == before
