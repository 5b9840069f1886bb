"""The persistent matcher index decides exactly as a matcher built afresh from the store
and as brute force, after every kind of hash-set change; only changed sets are indexed
again; damaged files are rebuilt, never trusted. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import logging
import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

import cairn.matching.pdq_mih as pdq_mih
from cairn.matching.matcher import Decision, Matcher
from cairn.matching.pdq import pdq_array
from cairn.matching.reference import BruteForcePDQIndex
from cairn.model import Hashes, HashKind, ItemResult, ItemStatus, Locator, MediaFacts
from cairn.pipeline.index_cache import IndexCache, index_folder, refresh_index, set_states
from cairn.pipeline.known import import_hashset, load_matcher
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.hashsets import delete_hashset, set_enabled, set_pdq_threshold
from cairn.store.schema import HashSet, KnownEntryRow

from helpers.cli import cairn

SETTINGS = Settings()
DRIFT = 16
LOGGER = "cairn.pipeline.index_cache"


@pytest.fixture(autouse=True)
def _small_chunk_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build MIH chunk tables for small segments too, so they are saved and mapped."""
    monkeypatch.setattr(pdq_mih, "SCAN_ROWS", 64)


@dataclass
class Row:
    md5: str
    pdq: str
    code: str


def _rng_hex(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(4 * digits):0{digits}x}"


def _flip(pdq: str, bits: int, rng: random.Random) -> str:
    value = int(pdq, 16)
    for bit in rng.sample(range(256), bits):
        value ^= 1 << bit
    return f"{value:064x}"


def _rows(seed: int, count: int) -> list[Row]:
    """Half random PDQ hashes, half clusters of near copies (2 to 40 bits apart)."""
    rng = random.Random(seed)
    rows = []
    centre = _rng_hex(rng, 64)
    for number in range(count):
        if number % 2:
            pdq = _rng_hex(rng, 64)
        else:
            if number % 8 == 0:
                centre = _rng_hex(rng, 64)
            pdq = _flip(centre, rng.randint(2, 40), rng)
        rows.append(Row(_rng_hex(rng, 32), pdq, rng.choice("ABC")))
    return rows


def _csv(path: Path, rows: list[Row]) -> Path:
    path.write_text(
        "md5,pdq,category,scheme\n" + "".join(f"{r.md5},{r.pdq},{r.code},uk\n" for r in rows)
    )
    return path


def _items(
    rows_by_set: dict[str, list[Row]], thresholds: dict[str, int], seed: int
) -> list[ItemResult]:
    """Items at every interesting place: exact copies, PDQ exactly at and just past each
    set's threshold, random ones, and reduced-scale decodes for the drift screen."""
    rng = random.Random(seed)
    items: list[tuple[str, str, bool]] = []
    for name, rows in rows_by_set.items():
        limit = thresholds[name]
        for row in rng.sample(rows, min(8, len(rows))):
            items.append((row.md5, _rng_hex(rng, 64), False))
        for row in rng.sample(rows, min(30, len(rows))):
            for bits in (0, 1, limit - 1, limit, limit + 1, limit + DRIFT, limit + DRIFT + 1):
                items.append((_rng_hex(rng, 32), _flip(row.pdq, bits, rng), bits > limit + 1))
    items += [(_rng_hex(rng, 32), _rng_hex(rng, 64), False) for _ in range(20)]
    return [
        ItemResult(
            Locator("folder", f"{n}".encode()),
            ItemStatus.PROCESSED,
            kind="image",
            hashes=Hashes(md5=md5, sha1=_rng_hex(rng, 40), sha256=_rng_hex(rng, 64)),
            media=MediaFacts(64, 64, pdq, 100, reduced=reduced),
        )
        for n, (md5, pdq, reduced) in enumerate(items)
    ]


def _expected(store: Store, items: list[ItemResult]) -> list[object]:
    """Brute force over the store's active entries of enabled sets, no index code."""
    with store.session() as session:
        sets = {s.id: s for s in session.scalars(select(HashSet).where(HashSet.enabled))}
        entries = session.execute(
            select(
                KnownEntryRow.id, KnownEntryRow.hashset_id, KnownEntryRow.md5, KnownEntryRow.pdq
            ).where(KnownEntryRow.hashset_id.in_(list(sets)), KnownEntryRow.withdrawn_at.is_(None))
        ).all()
    limit = {i: (s.pdq_threshold if s.pdq_threshold is not None else 31) for i, s in sets.items()}
    perceptual = [e for e in entries if e.pdq and not sets[e.hashset_id].known_good]
    reference = BruteForcePDQIndex()
    if perceptual:
        reference.add(
            pdq_array([e.pdq for e in perceptual]), np.arange(len(perceptual), dtype=np.int64)
        )
    hits = reference.search(pdq_array([item.media.pdq for item in items]), 256)  # type: ignore[union-attr]
    out: list[object] = []
    for item, found in zip(items, hits, strict=True):
        assert item.hashes is not None and item.media is not None
        exact = [e for e in entries if e.md5 == item.hashes.md5]
        if exact:
            good = {(e.hashset_id, e.id, "md5") for e in exact if sets[e.hashset_id].known_good}
            known = {
                (e.hashset_id, e.id, "md5") for e in exact if not sets[e.hashset_id].known_good
            }
            out.append(("exact", good, known))
            continue
        near = [(perceptual[i], d) for i, d in found]
        if item.media.reduced:
            screened = any(d <= limit[e.hashset_id] + DRIFT for e, d in near)
            out.append("again" if screened else ("pdq", set()))
            continue
        out.append(
            (
                "pdq",
                {
                    (e.hashset_id, e.id, d, limit[e.hashset_id])
                    for e, d in near
                    if d <= limit[e.hashset_id]
                },
            )
        )
    return out


def _observed(decisions: list[Decision | None]) -> list[object]:
    out: list[object] = []
    for decision in decisions:
        if decision is None:
            out.append("again")
        elif any(m.kind is not HashKind.PDQ for m in decision.known + decision.known_good):
            out.append(
                (
                    "exact",
                    {(m.hashset_id, m.entry_id, m.kind.value) for m in decision.known_good},
                    {(m.hashset_id, m.entry_id, m.kind.value) for m in decision.known},
                )
            )
        else:
            assert not decision.known_good
            out.append(
                (
                    "pdq",
                    {(m.hashset_id, m.entry_id, m.distance, m.threshold) for m in decision.known},
                )
            )
    return out


def _check(store: Store, items: list[ItemResult]) -> Matcher:
    """Persisted == fresh from the store (match for match, in order) == brute force."""
    persisted = load_matcher(store, SETTINGS)
    fresh = load_matcher(store, SETTINGS, persistent=False)
    decided = persisted.decide(items, drift=DRIFT)
    assert decided == fresh.decide(items, drift=DRIFT)
    assert _observed(decided) == _expected(store, items)
    assert len(persisted) == len(fresh)
    for entry_id in list(fresh.categories)[:50]:
        assert persisted.categories[entry_id] == fresh.categories[entry_id]
    return persisted


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its inode and modification time."""
    return {
        path.relative_to(folder).as_posix(): (path.stat().st_ino, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
        if path.is_file()
    }


def _set_folder(store: Store, name: str) -> Path:
    with store.session() as session:
        [state] = [s for s in set_states(session) if s.name == name]
    return index_folder(store, SETTINGS) / "sets" / state.folder_name


def _built(caplog: pytest.LogCaptureFixture) -> dict[str, str]:
    """What the index did per set since the last clear, from its log."""
    done = {}
    for record in caplog.records:
        if record.name == LOGGER and record.getMessage().startswith("matcher index: "):
            action, _, name = record.getMessage().removeprefix("matcher index: ").partition(" set ")
            done[name.strip("'")] = action
    caplog.clear()
    return done


def test_every_set_change_keeps_decisions_exact(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    alpha = _rows(1, 160)
    import_hashset(store, _csv(tmp_path / "alpha.csv", alpha), "alpha")
    items = _items({"alpha": alpha}, {"alpha": 31}, seed=2)
    _check(store, items)
    assert _built(caplog) == {"alpha": "built"}
    first = _files(_set_folder(store, "alpha"))
    assert "index.json" in first and "layer-1/pdq/manifest.json" in first
    _check(store, items)
    assert _built(caplog) == {}  # mapped, nothing built

    # A second set: only its own folder is built; the first set's files are untouched.
    beta = _rows(3, 120)
    import_hashset(store, _csv(tmp_path / "beta.csv", beta), "beta", pdq_threshold=20)
    thresholds = {"alpha": 31, "beta": 20}
    items = _items({"alpha": alpha, "beta": beta}, thresholds, seed=4)
    _check(store, items)
    assert _built(caplog) == {"beta": "built"}
    assert _files(_set_folder(store, "alpha")) == first

    # An update adding and withdrawing entries: the old layer is hard-linked, not rewritten,
    # withdrawn rows are masked, and only the added entries are indexed.
    kept, gone = alpha[:140], alpha[140:]
    added = _rows(5, 12)
    import_hashset(store, _csv(tmp_path / "alpha2.csv", kept + added), "alpha", update=True)
    items = _items({"alpha": kept + added + gone, "beta": beta}, thresholds, seed=6)
    _check(store, items)
    assert _built(caplog) == {"alpha": "updated"}
    updated = _files(_set_folder(store, "alpha"))
    assert {k: v[0] for k, v in updated.items() if k.startswith("layer-1/")} == {
        k: v[0] for k, v in first.items() if k.startswith("layer-1/")
    }
    assert "layer-1-live.npy" in updated and any(k.startswith("layer-2/") for k in updated)
    assert not any(p.name.startswith("tmp-") for p in index_folder(store, SETTINGS).iterdir())
    # Re-listing the withdrawn entries revives them (ids below the layer's newest).
    import_hashset(store, _csv(tmp_path / "alpha3.csv", alpha + added), "alpha", update=True)
    _check(store, items)
    assert _built(caplog) == {"alpha": "updated"}

    # Disable and enable: nothing is indexed again.
    beta_files = _files(_set_folder(store, "beta"))
    set_enabled(store, "beta", False)
    _check(store, items)
    set_enabled(store, "beta", True)
    _check(store, items)
    assert _built(caplog) == {}
    assert _files(_set_folder(store, "beta")) == beta_files

    # A threshold change is read from the store: decisions change, files do not.
    set_pdq_threshold(store, "alpha", 25)
    thresholds["alpha"] = 25
    items = _items({"alpha": alpha + added, "beta": beta}, thresholds, seed=8)
    _check(store, items)
    assert _built(caplog) == {}

    # Delete: the set's folder goes, the others stay.
    beta_folder = _set_folder(store, "beta")
    delete_hashset(store, "beta")
    _check(store, items)
    assert not beta_folder.exists()
    assert {p.name.split("-")[0] for p in (index_folder(store, SETTINGS) / "sets").iterdir()} == {
        str(_set_folder(store, "alpha").name.split("-")[0])
    }


def test_known_good_sets_match_exactly_first(store: Store, tmp_path: Path) -> None:
    listed = _rows(11, 40)
    import_hashset(store, _csv(tmp_path / "bad.csv", listed[:30]), "bad")
    good = tmp_path / "good.csv"
    good.write_text("md5,pdq\n" + "".join(f"{r.md5},{r.pdq}\n" for r in listed[20:]))
    import_hashset(store, good, "good", known_good=True)
    items = _items({"bad": listed[:30], "good": listed[20:]}, {"bad": 31, "good": 31}, seed=12)
    matcher = _check(store, items)
    decided = matcher.decide(items[:8])
    assert any(d is not None and d.known_good for d in decided)


@pytest.mark.parametrize(
    "damage", ["truncate", "garbage manifest", "drop a file", "half-written", "wrong stamp"]
)
def test_damaged_index_is_rebuilt_with_a_warning(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    rows = _rows(21, 100)
    import_hashset(store, _csv(tmp_path / "x.csv", rows), "x")
    items = _items({"x": rows}, {"x": 31}, seed=22)
    _check(store, items)
    folder = _set_folder(store, "x")
    if damage == "truncate":
        victim = folder / "layer-1" / "exact" / "md5-rest.npy"
        victim.write_bytes(victim.read_bytes()[:-7])
    elif damage == "garbage manifest":
        (folder / "index.json").write_text("{not json")
    elif damage == "drop a file":
        next((folder / "layer-1" / "pdq").glob("segment-*/chunk-00-entries.npy")).unlink()
    elif damage == "half-written":
        (folder / "index.json").unlink()  # as if the rename had published it early
    else:
        manifest = json.loads((folder / "index.json").read_text())
        manifest["stamp"] = "0" * 20
        (folder / "index.json").write_text(json.dumps(manifest))
    # A crashed build's temporary folder is cleaned up too.
    (index_folder(store, SETTINGS) / "tmp-1-dead").mkdir()
    caplog.clear()
    caplog.set_level(logging.INFO, logger=LOGGER)
    _check(store, items)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == LOGGER]
    assert warnings and "'x'" in warnings[0].getMessage()
    assert _built(caplog) == {"x": "rebuilt"}
    assert IndexCache(store, index_folder(store, SETTINGS))._read(
        folder, next(s for s in _states(store) if s.name == "x")
    )
    assert not (index_folder(store, SETTINGS) / "tmp-1-dead").exists()


def _states(store: Store) -> list:  # type: ignore[type-arg]
    with store.session() as session:
        return set_states(session)


def test_index_dir_setting_and_unwritable_folder(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rows = _rows(31, 30)
    import_hashset(store, _csv(tmp_path / "x.csv", rows), "x")
    elsewhere = SETTINGS.with_values(index_dir=str(tmp_path / "cache"))
    assert index_folder(store, elsewhere) == tmp_path / "cache"
    assert index_folder(store, SETTINGS.with_values(index_dir="idx")) == store.home / "idx"
    assert refresh_index(store, elsewhere) == {"x": "built"}
    assert list((tmp_path / "cache" / "sets").iterdir())
    # A folder that cannot be written: a warning, and matching still works from memory.
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder")
    items = _items({"x": rows}, {"x": 31}, seed=32)
    matcher = load_matcher(store, SETTINGS.with_values(index_dir=str(blocked)))
    assert _observed(matcher.decide(items, drift=DRIFT)) == _expected(store, items)
    assert any(r.levelno == logging.WARNING for r in caplog.records)


def test_cli_builds_the_index_when_sets_change(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    rows = _rows(41, 20)
    cairn(home, "hashset", "import", str(_csv(tmp_path / "x.csv", rows)), "--name", "x")
    sets = home / "index" / "sets"
    [built] = list(sets.iterdir())
    assert (built / "index.json").is_file()
    cairn(home, "hashset", "import", str(_csv(tmp_path / "y.csv", rows[:5])), "--name", "y")
    assert len(list(sets.iterdir())) == 2
    cairn(home, "hashset", "delete", "y", "--yes")
    assert [p.name for p in sets.iterdir()] == [built.name]


_LOADER = """
import json, logging, sys
from cairn.pipeline.known import load_matcher
from cairn.settings import Settings
from cairn.store import Store
logging.basicConfig(level=logging.INFO, stream=sys.stderr)
store = Store.open(sys.argv[1])
matcher = load_matcher(store, Settings())
print(json.dumps({"entries": len(matcher), "categories": sorted(
    [k, str(v)] for k, v in matcher.categories.items())}))
"""


def test_two_ingests_loading_at_once_build_once(tmp_path: Path) -> None:
    """Two processes load the matcher of a fresh workspace at the same moment: one builds
    each set (the other waits on the lock, then maps it) and both get the same matcher."""
    home = tmp_path / "ws"
    store = Store.open(home)
    for number in range(3):
        rows = _rows(70 + number, 400)
        import_hashset(store, _csv(tmp_path / f"s{number}.csv", rows), f"s{number}")
    store.close()
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _LOADER, str(home)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    first, second = (json.loads(out.strip().splitlines()[-1]) for out, _ in outputs)
    assert first == second and first["entries"] == 1200
    built = sum(err.count("matcher index: built") for _, err in outputs)
    assert built == 3
    assert "WARNING" not in outputs[0][1] + outputs[1][1]
    folder = home / "index"
    assert len(list((folder / "sets").iterdir())) == 3
    assert not [p for p in folder.iterdir() if p.name.startswith("tmp-")]


def test_reused_ids_never_revive_another_sets_rows(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A set deleted and created again (SQLite reuses its id and its entries' ids), then
    updated before any load: the old folder must not serve as the base of the update."""
    caplog.set_level(logging.INFO, logger=LOGGER)
    old = _rows(61, 50)
    import_hashset(store, _csv(tmp_path / "old.csv", old), "x")
    load_matcher(store, SETTINGS)
    delete_hashset(store, "x")
    new = _rows(62, 50)
    import_hashset(store, _csv(tmp_path / "new.csv", new), "x")
    import_hashset(store, _csv(tmp_path / "new2.csv", new[:48]), "x", update=True)
    caplog.clear()
    items = _items({"x": old + new}, {"x": 31}, seed=63)
    _check(store, items)
    assert _built(caplog) == {"x": "built"}
