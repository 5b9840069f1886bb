"""The public VICS samples import, and their entries match files carrying those hashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cairn.model import Hashes, HashKind, ItemResult, ItemStatus, Locator
from cairn.pipeline.known import import_hashset, load_matcher
from cairn.settings import Settings
from cairn.store import Store

VICS = Path(__file__).parent.parent / "data" / "vics"
SAMPLES = ["NSRL-CAID-ART.json", "NSRL-CAID-MPG.json", "NSRL-CAID-MOV.json"]


def _records(path: Path) -> list[dict[str, object]]:
    value: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8-sig"))["value"]
    return value


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_imports_and_every_entry_matches(store: Store, sample: str) -> None:
    summary = import_hashset(store, VICS / sample, sample)
    records = _records(VICS / sample)
    assert summary.format == "vics" and summary.entries == len(records)
    assert summary.bad_total == 0
    matcher = load_matcher(store, Settings())
    items = [
        ItemResult(
            Locator("folder", f"f{n}".encode()),
            ItemStatus.PROCESSED,
            hashes=Hashes(md5=str(r["MD5"]).upper(), sha1="0" * 40, sha256="0" * 64),
        )
        for n, r in enumerate(records)
    ]
    decisions = matcher.decide(items)
    for decision in decisions:
        assert [m.kind for m in decision.known] == [HashKind.MD5]
        assert matcher.categories[decision.known[0].entry_id] is not None
    unrelated = ItemResult(
        Locator("folder", b"x"),
        ItemStatus.PROCESSED,
        hashes=Hashes(md5="f" * 32, sha1="f" * 40, sha256="f" * 64),
    )
    assert matcher.decide([unrelated])[0].known == []
