"""Hash-set updates (added/withdrawn without rebuild), conflicts, enable/disable, delete,
per-set thresholds — on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from cairn.errors import ConfigError
from cairn.model import Hashes, ItemResult, ItemStatus, Locator
from cairn.pipeline.known import import_hashset, load_matcher
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.hashsets import (
    delete_hashset,
    hashset_details,
    set_enabled,
    set_pdq_threshold,
)

from helpers.cli import cairn

A, B, C, D = ("a" * 32, "b" * 32, "c" * 32, "d" * 32)


def _csv(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("md5,category,scheme\n" + "".join(f"{h},{c},uk\n" for h, c in rows))
    return path


def _item(md5: str) -> ItemResult:
    return ItemResult(
        Locator("folder", md5.encode()),
        ItemStatus.PROCESSED,
        hashes=Hashes(md5=md5, sha1="0" * 40, sha256="0" * 64),
    )


def _matched(store: Store, md5: str) -> list[str | None]:
    matcher = load_matcher(store, Settings())
    decision = matcher.decide([_item(md5)])[0]
    assert decision is not None
    return [c.code if (c := matcher.categories[m.entry_id]) else None for m in decision.known]


def test_update_adds_and_withdraws_without_touching_the_rest(store: Store, tmp_path: Path) -> None:
    first = _csv(tmp_path / "v1.csv", [(A, "A"), (B, "B"), (C, "C")])
    summary = import_hashset(store, first, "unit")
    assert (summary.entries, summary.added) == (3, 3)
    with pytest.raises(ConfigError, match="--update"):
        import_hashset(store, first, "unit")
    second = _csv(tmp_path / "v2.csv", [(A, "A"), (C, "B"), (D, "C")])  # C regraded, B gone
    summary = import_hashset(store, second, "unit", update=True)
    assert (summary.kept, summary.added, summary.withdrawn) == (1, 2, 2)
    details = hashset_details(store, "unit")
    assert (details.entries, details.withdrawn, details.import_runs) == (3, 2, 2)
    assert _matched(store, A) == ["A"]
    assert _matched(store, B) == []
    assert _matched(store, C) == ["B"]
    assert _matched(store, D) == ["C"]
    # Re-listing withdrawn entries brings them back rather than adding copies.
    summary = import_hashset(store, first, "unit", update=True)
    assert (summary.kept, summary.added, summary.withdrawn) == (3, 0, 2)
    assert _matched(store, B) == ["B"]


def test_conflicting_categories_are_reported_never_resolved(store: Store, tmp_path: Path) -> None:
    import_hashset(store, _csv(tmp_path / "x.csv", [(A, "A"), (B, "B")]), "force-x")
    summary = import_hashset(store, _csv(tmp_path / "y.csv", [(A, "C"), (C, "C")]), "force-y")
    assert summary.conflicts == 1
    details = hashset_details(store, "force-y")
    assert details.conflicts == 1
    [example] = details.conflict_examples
    assert example["hash"] == A and example["other_set"] == "force-x"
    assert {example["category"], example["other_category"]} == {"uk:A", "uk:C"}
    assert sorted(_matched(store, A)) == ["A", "C"]  # both matches kept for the report


def test_disable_enable_delete_and_thresholds(store: Store, tmp_path: Path) -> None:
    import_hashset(store, _csv(tmp_path / "x.csv", [(A, "A")]), "x")
    assert set_enabled(store, "x", False)
    assert _matched(store, A) == []
    assert set_enabled(store, "x", True)
    assert _matched(store, A) == ["A"]
    set_pdq_threshold(store, "x", 20)
    assert hashset_details(store, "x").pdq_threshold == 20
    assert load_matcher(store, Settings()).threshold_for(1) == 20
    with pytest.raises(ConfigError, match="300"):
        set_pdq_threshold(store, "x", 300)
    assert delete_hashset(store, "x") == (1, 0)
    with pytest.raises(ConfigError, match="no hash set named 'x'"):
        hashset_details(store, "x")


def test_management_commands(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    cairn(
        home,
        "hashset",
        "import",
        str(_csv(tmp_path / "x.csv", [(A, "A"), (B, "B")])),
        "--name",
        "x",
    )
    shown = cairn(home, "hashset", "show", "x").stdout
    assert "entries 2 active" in shown and "category uk:A: 1" in shown
    assert "disabled" in cairn(home, "hashset", "disable", "x").stdout
    assert "disabled" in cairn(home, "hashset", "list").stdout
    cairn(home, "hashset", "enable", "x")
    assert "PDQ threshold 24" in cairn(home, "hashset", "set", "x", "--pdq-threshold", "24").stdout
    assert "deleted x: 2 entries" in cairn(home, "hashset", "delete", "x", "--yes").stdout
    missing = cairn(home, "hashset", "show", "x", ok=False)
    assert missing.exit_code == 2
