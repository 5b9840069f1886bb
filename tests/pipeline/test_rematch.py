"""``cairn rematch`` re-decides ingested items after the hash sets change: the case then
reports exactly what a fresh ingest against the same sets reports, a second rematch changes
nothing, and an item whose evidence is gone keeps its old matches (counted, not guessed)."""

from __future__ import annotations

import csv
import hashlib
import io
import random
import re
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from cairn.media import analyse_image
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.schema import AuditEvent, Item, MatchRow
from cairn.testing.exhibit import drawing

from helpers.cli import cairn, comparable, triage_json

_ELSEWHERE = hashlib.sha256(b"not in the exhibit").hexdigest()


def _encode(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **({"quality": 90} if fmt == "JPEG" else {}))
    return out.getvalue()


def _write_set(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A CSV hash set of (sha256, pdq, category) rows, scheme uk."""
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sha256", "pdq", "category", "scheme"])
        for sha256, pdq, category in rows:
            writer.writerow([sha256, pdq, category, "uk"])
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An exhibit of drawings (one a large JPEG the fast path decodes at reduced scale), set
    A listing two by SHA-256, A2 (A withdrawing one) and B listing three novel ones: one by
    SHA-256, two by PDQ only (the large JPEG among them)."""
    root = tmp_path_factory.mktemp("rematch")
    exhibit = root / "exhibit"
    exhibit.mkdir()
    rng = random.Random(11)
    data: dict[str, bytes] = {}
    for name in ("a", "b", "c", "d", "e"):
        data[f"{name}.png"] = _encode(drawing(rng, 320, 240), "PNG")
    data["big.jpg"] = _encode(drawing(rng, 1600, 1200), "JPEG")
    for name, content in data.items():
        (exhibit / name).write_bytes(content)
    (exhibit / "notes.txt").write_bytes(b"meeting notes, nothing listed\n")
    sha = {name: hashlib.sha256(content).hexdigest() for name, content in data.items()}
    pdq = {name: analyse_image(content, Settings()).pdq for name, content in data.items()}
    _write_set(root / "a.csv", [(sha["a.png"], "", "A"), (sha["b.png"], "", "B")])
    _write_set(root / "a2.csv", [(sha["a.png"], "", "A")])
    _write_set(
        root / "b.csv",
        [
            (sha["c.png"], "", "C"),
            (_ELSEWHERE, pdq["d.png"], "B"),
            (hashlib.sha256(b"another").hexdigest(), pdq["big.jpg"], "A"),
        ],
    )
    return {"exhibit": exhibit, "root": root}


class _Home:
    """A workspace on the test's backend (SQLite, or a PostgreSQL database)."""

    def __init__(self, home: Path, url: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
        self.home, self.url, self.monkeypatch = home, url, monkeypatch

    def _env(self) -> None:
        if self.url:
            self.monkeypatch.setenv("CAIRN_DATABASE_URL", self.url)
        else:
            self.monkeypatch.delenv("CAIRN_DATABASE_URL", raising=False)

    def __call__(self, *args: str) -> str:
        self._env()
        return str(cairn(self.home, *args).stdout)

    def triage(self) -> dict[str, Any]:
        self._env()
        return dict(triage_json(self.home, "c"))

    def store(self) -> Store:
        return Store.open(self.home, url=self.url)


def _counts(output: str) -> dict[str, int]:
    pairs = re.findall(r"([a-z][a-z -]*?(?: \(old matches kept\))?): (\d+)", output)
    return {name.strip(): int(value) for name, value in pairs}


def _fresh(
    tmp: Path, monkeypatch: pytest.MonkeyPatch, exhibit: Path, *sets: tuple[str, ...]
) -> Any:
    """The triage of a fresh SQLite workspace: the same set commands, then one ingest."""
    ref = _Home(tmp, None, monkeypatch)
    ref("case", "create", "c")
    for command in sets:
        ref("hashset", *command)
    ref("ingest", str(exhibit), "--case", "c", "--exhibit", "E", "--workers", "1")
    return comparable(ref.triage())


def _known_paths(report: dict[str, Any]) -> set[str]:
    return {item["path"] for item in report["known_material"]["items"]}


def test_rematch_after_sets_change_equals_a_fresh_ingest(
    corpus: dict[str, Path],
    tmp_path: Path,
    store_url: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exhibit, root = corpus["exhibit"], corpus["root"]
    import_a = ("import", str(root / "a.csv"), "--name", "A")
    import_b = ("import", str(root / "b.csv"), "--name", "B")
    update_a = ("import", str(root / "a2.csv"), "--name", "A", "--update")
    ws = _Home(tmp_path / "ws", store_url, monkeypatch)
    ws("case", "create", "c")
    ws("hashset", *import_a)
    ws("ingest", str(exhibit), "--case", "c", "--exhibit", "E", "--workers", "1")
    before = ws.triage()
    assert {Path(p).name for p in _known_paths(before)} == {"a.png", "b.png"}

    # (1) a new set lists a novel item exactly, another by PDQ and the reduced-scale JPEG.
    ws("hashset", *import_b)
    out = ws("rematch", "--case", "c")
    counts = _counts(out)
    assert counts["newly known"] == 3, out
    assert counts["no longer known"] == 0 and counts["matches changed"] == 0, out
    assert counts["re-hashed at full resolution"] == 1, out  # big.jpg, near at reduced scale
    assert counts["evidence unreachable (old matches kept)"] == 0, out
    after = ws.triage()
    assert {Path(p).name for p in _known_paths(after)} == {
        "a.png",
        "b.png",
        "c.png",
        "d.png",
        "big.jpg",
    }
    assert comparable(after) == _fresh(tmp_path / "ref1", monkeypatch, exhibit, import_a, import_b)

    # (4) a second rematch changes nothing, not even the match rows.
    with closing(ws.store()) as store, store.session() as session:
        rows = session.execute(select(MatchRow.id, MatchRow.item_id).order_by(MatchRow.id)).all()
    again = _counts(ws("rematch", "--case", "c"))
    assert again["unchanged"] == again["items checked"] == 7
    assert again["newly known"] == again["no longer known"] == again["matches changed"] == 0
    assert again["re-hashed at full resolution"] == 0
    with closing(ws.store()) as store, store.session() as session:
        assert (
            session.execute(select(MatchRow.id, MatchRow.item_id).order_by(MatchRow.id)).all()
            == rows
        )
    assert comparable(ws.triage()) == comparable(after)

    # (2) an update of A withdraws b.png's entry: b.png is no longer known.
    ws("hashset", *update_a)
    counts = _counts(ws("rematch", "--case", "c", "--exhibit", "E"))
    assert counts["no longer known"] == 1 and counts["newly known"] == 0
    updated = ws.triage()
    assert "b.png" not in {Path(p).name for p in _known_paths(updated)}
    assert comparable(updated) == _fresh(
        tmp_path / "ref2", monkeypatch, exhibit, import_a, import_b, update_a
    )

    # (3) disabling B takes its matches away; enabling it brings them back.
    ws("hashset", "disable", "B")
    counts = _counts(ws("rematch", "--case", "c"))
    assert counts["no longer known"] == 3
    assert {Path(p).name for p in _known_paths(ws.triage())} == {"a.png"}
    with closing(ws.store()) as store, store.session() as session:
        sets = session.scalars(select(MatchRow.hashset_id).distinct()).all()
        assert len(sets) == 1  # only A's match is left
        events = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "case.rematch")
        ).all()
    assert len(events) == 4 and events[-1]["no_longer_known"] == 3
    ws("hashset", "enable", "B")
    ws("rematch", "--case", "c")
    assert comparable(ws.triage()) == comparable(updated)


def test_unreachable_evidence_keeps_old_matches(
    tmp_path: Path, store_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(5) A reduced-scale PDQ near a listed hash needs the evidence; moved away, the item
    keeps its old matches and is reported, and the rest of the case is still decided."""
    exhibit = tmp_path / "exhibit"
    exhibit.mkdir()
    rng = random.Random(5)
    big = _encode(drawing(rng, 1600, 1200), "JPEG")
    small = _encode(drawing(rng, 320, 240), "PNG")
    (exhibit / "big.jpg").write_bytes(big)
    (exhibit / "small.png").write_bytes(small)
    listed = _write_set(tmp_path / "listed.csv", [(hashlib.sha256(big).hexdigest(), "", "A")])
    ws = _Home(tmp_path / "ws", store_url, monkeypatch)
    ws("case", "create", "c")
    ws("hashset", "import", str(listed), "--name", "listed")
    ws("ingest", str(exhibit), "--case", "c", "--exhibit", "E", "--workers", "1")
    with closing(ws.store()) as store, store.session() as session:
        reduced_pdq, reduced = session.execute(
            select(Item.pdq, Item.pdq_reduced).where(Item.path.endswith("big.jpg"))
        ).one()
    assert (
        reduced and reduced_pdq is not None
    )  # decided by its SHA-256, the stored PDQ is the reduced-scale one
    near = _write_set(
        tmp_path / "near.csv",
        [
            (_ELSEWHERE, reduced_pdq, "B"),
            (hashlib.sha256(small).hexdigest(), "", "C"),
        ],
    )
    ws("hashset", "import", str(near), "--name", "near")
    ws("hashset", "disable", "listed")
    exhibit.rename(tmp_path / "moved")

    out = ws("rematch", "--case", "c")
    counts = _counts(out)
    assert counts["evidence unreachable (old matches kept)"] == 1, out
    assert "big.jpg" in out and "not readable" in out
    assert counts["newly known"] == 1  # small.png, decided from its stored SHA-256
    report = ws.triage()
    items = {Path(i["path"]).name: i for i in report["known_material"]["items"]}
    assert set(items) == {"big.jpg", "small.png"}
    assert [m["hashset"] for m in items["big.jpg"]["matches"]] == ["listed"]  # kept


def test_rematch_with_dihedral_reads_the_evidence_for_rotations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rotations are not stored: with ``dihedral`` on, a rotated copy of a set listed after
    ingest is found by rematch (from the evidence), and a second rematch keeps it."""
    image = drawing(random.Random(8))
    exhibit = tmp_path / "exhibit"
    exhibit.mkdir()
    (exhibit / "turned.png").write_bytes(_encode(image.transpose(Image.Transpose.ROTATE_90), "PNG"))
    listed = _write_set(
        tmp_path / "listed.csv",
        [(_ELSEWHERE, analyse_image(_encode(image, "PNG"), Settings()).pdq, "C")],
    )
    ws = _Home(tmp_path / "ws", None, monkeypatch)
    ws("case", "create", "c")
    ws("--setting", "dihedral=true", "ingest", str(exhibit), "--case", "c", "--exhibit", "E")
    ws("hashset", "import", str(listed), "--name", "listed")
    assert _counts(ws("rematch", "--case", "c"))["newly known"] == 0  # dihedral off
    for expected in (1, 0):
        counts = _counts(ws("--setting", "dihedral=true", "rematch", "--case", "c"))
        assert counts["newly known"] == expected and counts["re-hashed at full resolution"] == 1
        (item,) = ws.triage()["known_material"]["items"]
        assert item["matches"][0]["variant"] is not None


def test_a_known_good_set_imported_later_marks_items_known_good(
    corpus: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exhibit = corpus["exhibit"]
    good = _write_set(
        tmp_path / "good.csv",
        [(hashlib.sha256((exhibit / "notes.txt").read_bytes()).hexdigest(), "", "")],
    )
    ws = _Home(tmp_path / "ws", None, monkeypatch)
    ws("case", "create", "c")
    ws("ingest", str(exhibit), "--case", "c", "--exhibit", "E", "--workers", "1")
    ws("hashset", "import", str(good), "--name", "good", "--known-good", "--format", "csv")
    counts = _counts(ws("rematch", "--case", "c"))
    assert counts["matches changed"] == 1 and counts["newly known"] == 0
    assert ws.triage()["items"]["by_status"]["known_good"] == 1
    assert comparable(ws.triage()) == _fresh(
        tmp_path / "ref",
        monkeypatch,
        exhibit,
        ("import", str(good), "--name", "good", "--known-good", "--format", "csv"),
    )
