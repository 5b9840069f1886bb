"""A matcher composed of per-set parts, saved and memory-mapped, decides exactly as one
built from all the entries at once: exact and PDQ matches, per-set thresholds, dihedral
variants, video frames, withdrawn rows and known-good sets."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

import cairn.matching.pdq_mih as pdq_mih
from cairn.errors import SourceError
from cairn.matching.matcher import ListedEntry, Matcher, MatcherPart
from cairn.model import Category, Hashes, ItemResult, ItemStatus, Locator, MediaFacts


def _hex(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(4 * digits):0{digits}x}"


def _near(pdq: str, bits: int, rng: random.Random) -> str:
    value = int(pdq, 16)
    for bit in rng.sample(range(256), bits):
        value ^= 1 << bit
    return f"{value:064x}"


def _entries(rng: random.Random) -> list[ListedEntry]:
    """Three sets (the last known-good), clustered PDQ hashes, shared digests."""
    entries: list[ListedEntry] = []
    entry_id = 100
    for hashset_id, good in ((1, False), (2, False), (3, True)):
        centre = _hex(rng, 64)
        for number in range(150):
            entry_id += rng.randint(1, 3)
            if number % 5 == 0:
                centre = _hex(rng, 64)
            pdq = _near(centre, rng.randint(0, 30), rng) if number % 2 else _hex(rng, 64)
            md5 = entries[-7].md5 if number == 40 else _hex(rng, 32)  # one digest in 2 sets
            entries.append(
                ListedEntry(
                    entry_id,
                    hashset_id,
                    good,
                    md5=md5,
                    sha1=_hex(rng, 40) if number % 3 == 0 else None,
                    pdq=pdq,
                    category=None if good else Category("uk", rng.choice("ABC")),
                )
            )
    return entries


def _items(entries: list[ListedEntry], rng: random.Random) -> list[ItemResult]:
    items = []
    for n in range(200):
        entry = rng.choice(entries)
        bits = rng.choice([0, 5, 19, 20, 21, 30, 31, 32, 40, 47, 48, 60])
        pdq = _near(entry.pdq or "", bits, rng)
        md5 = entry.md5 if n % 17 == 0 and entry.md5 else _hex(rng, 32)
        dihedral = tuple(_near(pdq, rng.randint(0, 90), rng) for _ in range(7)) if n % 4 else ()
        video = None
        if n % 9 == 0:
            frames = [
                [f, f * 1.0, _near(rng.choice(entries).pdq or "", 25, rng), 80] for f in range(3)
            ]
            video = {"frames": frames}
        items.append(
            ItemResult(
                Locator("folder", str(n).encode()),
                ItemStatus.PROCESSED,
                kind="video" if video else "image",
                hashes=Hashes(md5=md5, sha1=_hex(rng, 40), sha256=_hex(rng, 64)),
                media=None
                if video
                else MediaFacts(64, 64, pdq, 90, reduced=n % 7 == 0, dihedral=dihedral),
                video=video,
            )
        )
    return items


@pytest.mark.parametrize("seed", [1, 2])
def test_parts_saved_and_mapped_decide_as_one_matcher(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdq_mih, "SCAN_ROWS", 32)  # chunk tables, saved and mapped
    rng = random.Random(seed)
    entries = _entries(rng)
    items = _items(entries, rng)
    options = {"pdq_threshold": 31, "set_thresholds": {2: 20}}
    whole = Matcher(entries, **options)  # type: ignore[arg-type]
    by_set = [MatcherPart.build([e for e in entries if e.hashset_id == h]) for h in (1, 2, 3)]
    for number, part in enumerate(by_set):
        part.save(tmp_path / f"part-{number}")
    mapped = [MatcherPart.load(tmp_path / f"part-{n}", mmap=True) for n in range(3)]
    for parts in (by_set, mapped):
        composed = Matcher(parts=parts, **options)  # type: ignore[arg-type]
        for drift in (0, 16):
            assert composed.decide(items, drift=drift) == whole.decide(items, drift=drift)
        assert len(composed) == len(whole) == len(entries)
        assert dict(composed.categories) == {e.entry_id: e.category for e in entries}
    decided = whole.decide(items)
    assert any(d and d.known_good for d in decided) and any(d and d.known for d in decided)
    assert any(d and any(m.variant for m in d.known) for d in decided)
    assert any(d and d.perceptual_only and d.known[0].hashset_id == 2 for d in decided)


def test_withdrawn_rows_are_never_returned() -> None:
    rng = random.Random(5)
    entries = _entries(rng)[:150]
    items = _items(entries, rng)
    part = MatcherPart.build(entries)
    live = np.ones(part.rows, dtype=np.bool_)
    live[::3] = False
    masked = Matcher(parts=[part.with_live(live)])
    survivors = Matcher([e for n, e in enumerate(entries) if n % 3])
    assert masked.decide(items, drift=16) == survivors.decide(items, drift=16)
    assert entries[0].entry_id not in masked.categories
    assert masked.categories[entries[1].entry_id] == entries[1].category
    with pytest.raises(ValueError, match="150 rows"):
        part.with_live(live[:5])


def test_damaged_part_is_refused(tmp_path: Path) -> None:
    part = MatcherPart.build(_entries(random.Random(6))[:40])
    part.save(tmp_path / "p")
    (tmp_path / "p" / "categories.npy").write_bytes(b"\x93NUMPY garbage")
    with pytest.raises(SourceError, match="damaged"):
        MatcherPart.load(tmp_path / "p")
    with pytest.raises(SourceError, match="cannot read"):
        MatcherPart.load(tmp_path / "nowhere")
