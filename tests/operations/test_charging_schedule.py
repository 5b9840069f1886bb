"""The charging schedule on hand-made records: categories decided as triage decides them,
total vs unique, still vs moving, user storage vs cache, deleted, EXIF dates, other
schemes, conflicts and known-good matches, per accused, exhibit and charge."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cairn.errors import ConfigError, UnknownCase
from cairn.reports.charging import (
    build_charging,
    exif_date,
    render_charging_csv,
    render_charging_text,
)
from cairn.reports.render import render_html
from cairn.store import Store
from cairn.store.operations import add_charge, add_person, create_operation, link_person
from cairn.store.queries import create_case, get_or_create_exhibit
from cairn.store.schema import HashSet, Item, KnownEntryRow, MatchRow

OP = "Op Alder"


def _sha(label: str) -> str:
    return hashlib.sha256(label.encode()).hexdigest()


# (exhibit, path, kind, content, deleted, exif time, [(set, code, match kind, distance)])
ITEMS: list[tuple[str, str, str, str, bool, str | None, list[tuple[str, str, str, int]]]] = [
    (
        "E1",
        "Users/a/Pictures/x1.jpg",
        "image",
        "s1",
        False,
        "2021:05:01 10:00:00",
        [("uk", "A", "sha256", 0)],
    ),
    (
        "E1",
        "Users/a/Pictures/old/x1.jpg",
        "image",
        "s1",
        True,
        "2021:05:01 10:00:00",
        [("uk", "A", "sha256", 0)],
    ),
    (
        "E1",
        "Users/a/AppData/Local/Microsoft/Windows/Explorer/thumbcache_256.db/c1.jpg",
        "image",
        "s2",
        False,
        None,
        [("uk-set-scheme", "B", "pdq", 10)],
    ),
    ("E1", "Users/a/Videos/v.mp4", "video", "s3", False, None, [("uk", "A", "sha256", 0)]),
    (
        "E1",
        "x/conflict.jpg",
        "image",
        "s4",
        False,
        None,
        [("uk", "B", "pdq", 5), ("uk", "C", "sha256", 0)],
    ),
    ("E1", "x/pvonly.jpg", "image", "s6", False, None, [("pv", "1", "sha256", 0)]),
    ("E1", "x/good.jpg", "image", "s7", False, None, [("good", "", "sha1", 0)]),
    ("E1", "x/novel.jpg", "image", "s8", False, None, []),
    ("E1", "x/doc.bin", "other", "s9", False, None, [("uk", "C", "md5", 0)]),
    ("E2", "DCIM/y.jpg", "image", "s1", False, "2022:01:02 03:04:05", [("uk", "A", "sha256", 0)]),
    (
        "E2",
        "WhatsApp/Media/.Statuses/z.jpg",
        "image",
        "s5",
        False,
        "0000:00:00 00:00:00",
        [("uk", "C", "sha256", 0)],
    ),
]


def _build(store: Store) -> dict[str, int]:
    create_case(store, "c1")
    exhibits = {
        name: get_or_create_exhibit(store, "c1", name, f"/evidence/{name}", "folder")[0].id
        for name in ("E1", "E2")
    }
    ids: dict[str, int] = {}
    with store.session() as session:
        sets = {
            "uk": HashSet(name="uk", format="csv", scheme="uk"),
            "uk-set-scheme": HashSet(name="uk-set-scheme", format="csv", scheme="uk"),
            "pv": HashSet(name="pv", format="vics", scheme="pv-us"),
            "good": HashSet(name="good", format="text", known_good=True),
        }
        session.add_all(sets.values())
        session.flush()
        for n, (exhibit, path, kind, content, deleted, when, matches) in enumerate(ITEMS):
            item = Item(
                exhibit_id=exhibits[exhibit],
                locator_hash=_sha(path),
                locator=path,
                path=path,
                status="processed",
                kind=kind,
                sha256=_sha(content),
                deleted=deleted,
                exif={"original_time": when} if when else None,
            )
            session.add(item)
            session.flush()
            ids[f"{exhibit}:{path}"] = item.id
            for set_name, code, match_kind, distance in matches:
                entry = KnownEntryRow(
                    hashset_id=sets[set_name].id,
                    sha256=_sha(content),
                    # Entries of "uk-set-scheme" carry no scheme: the set's applies.
                    scheme=None if set_name in ("uk-set-scheme", "good") else sets[set_name].scheme,
                    code=code or None,
                    entry_key=f"{n}-{set_name}-{code}",
                )
                session.add(entry)
                session.flush()
                session.add(
                    MatchRow(
                        item_id=item.id,
                        hashset_id=sets[set_name].id,
                        entry_id=entry.id,
                        kind=match_kind,
                        distance=distance,
                        threshold=31,
                    )
                )
    create_operation(store, OP, cases=["c1"])
    add_person(store, OP, "S1", "suspect", name="Fictional One")
    add_person(store, OP, "S2", "accused")
    add_person(store, OP, "S3", "suspect")
    add_person(store, OP, "V1", "victim")
    link_person(store, OP, "S1", "E1")
    link_person(store, OP, "S2", "E2")
    link_person(store, OP, "S3", "E2")
    add_charge(
        store,
        OP,
        "S1",
        offence_code="cgsa-52a",
        statute="Civic Government (Scotland) Act 1982",
        section="s.52A",
        title="Possession",
        charged_on=date(2024, 1, 2),
        exhibits=["E1", "E2"],
    )
    return ids


def _row(block: dict[str, Any], code: str) -> dict[str, Any]:
    return next(r for r in block["by_category"] if r["code"] == code)


def _figures(row: dict[str, Any]) -> tuple[Any, ...]:
    keys = (
        "total",
        "unique",
        "still",
        "moving",
        "other",
        "still_unique",
        "moving_unique",
        "user_storage",
        "cache",
        "deleted",
        "dated",
        "earliest",
        "latest",
    )
    return tuple(row[k] for k in keys)


def test_schedule_on_both_databases(store: Store) -> None:
    ids = _build(store)
    report = build_charging(store, OP)
    assert [a["person"]["ref"] for a in report["accused"]] == ["S1", "S2"]
    s1 = report["accused"][0]
    assert s1["person"]["role"] == "accused"  # charged, so no longer a suspect
    # E1 is linked to S1, E2 only through S1's charge.
    e1, e2 = s1["exhibits"]
    assert (e1["exhibit"]["name"], e1["exhibit"]["relation"]) == ("E1", "owner")
    assert (e2["exhibit"]["name"], e2["exhibit"]["relation"]) == ("E2", None)
    t = "2021-05-01T10:00:00"
    assert _figures(_row(e1, "A")) == (3, 2, 2, 1, 0, 1, 1, 3, 0, 1, 2, t, t)
    assert _figures(_row(e1, "B")) == (1, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0, None, None)
    assert _figures(_row(e1, "C")) == (2, 2, 1, 0, 1, 1, 0, 2, 0, 0, 0, None, None)
    assert _figures(e1["all"]) == (6, 5, 4, 1, 1, 3, 1, 5, 1, 1, 2, t, t)
    assert e1["not_in_scheme"] == {"total": 1, "items": [ids["E1:x/pvonly.jpg"]]}
    # Exact before perceptual: the conflicting item counts as C, and is listed.
    assert e1["conflicts"] == [{"item": ids["E1:x/conflict.jpg"], "codes": ["C", "B"]}]
    assert ids["E1:x/conflict.jpg"] in _row(e1, "C")["items"]
    assert ids["E1:x/good.jpg"] not in {i for r in e1["by_category"] for i in r["items"]}
    # The charge spans E1 and E2: the s1 file on both exhibits is unique once.
    [charge] = s1["charges"]
    assert [e["name"] for e in charge["exhibits"]] == ["E1", "E2"]
    a = _row(charge, "A")
    assert (a["total"], a["unique"], a["earliest"], a["latest"]) == (4, 2, t, "2022-01-02T03:04:05")
    # S2 (accused, no charge) has E2; the WhatsApp status is a cache, its EXIF date invalid.
    s2 = report["accused"][1]
    c = _row(s2["exhibits"][0], "C")
    assert (c["total"], c["cache"], c["dated"], c["earliest"]) == (1, 1, 0, None)
    record = report["records"]["items"][str(ids["E1:Users/a/Videos/v.mp4"])]
    assert (record["kind"], record["where"], record["category"]) == ("video", "user", "A")
    assert record["matches"][0]["hashset"] == "uk"


def test_other_schemes_person_filter_and_forms(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "ws")
    try:
        ids = _build(store)
        pv = build_charging(store, OP, scheme="pv-us", persons=["S1"])
        assert [c["code"] for c in pv["codes"]] == ["0", "1", "2", "3", "4"]
        e1 = pv["accused"][0]["exhibits"][0]
        assert _row(e1, "1")["items"] == [ids["E1:x/pvonly.jpg"]]
        assert e1["not_in_scheme"]["total"] == 6
        draft = build_charging(store, OP, persons=["S3"])  # a suspect: a draft schedule
        assert [a["person"]["ref"] for a in draft["accused"]] == ["S3"]
        with pytest.raises(ConfigError, match="is a victim"):
            build_charging(store, OP, persons=["V1"])
        with pytest.raises(UnknownCase, match="no person 'S9'"):
            build_charging(store, OP, persons=["S9"])
        with pytest.raises(ConfigError, match="not a category scheme"):
            build_charging(store, OP, scheme="Bad Scheme")

        report = build_charging(store, OP)
        rows = list(csv.DictReader(io.StringIO(render_charging_csv(report))))
        s1_e1_a = next(
            r for r in rows if (r["person"], r["exhibit"], r["code"]) == ("S1", "E1", "A")
        )
        assert (s1_e1_a["total"], s1_e1_a["unique"], s1_e1_a["deleted"]) == ("3", "2", "1")
        assert {r["exhibit"] for r in rows if r["person"] == "S1"} == {"E1", "E2", "ALL"}
        text = render_charging_text(report)
        assert "Accused S1 Fictional One" in text and "Category A" in text
        page = render_html(report, "charging.html")
        assert "Accused S1" in page and "<script" not in page and "Category C" in page
        assert "x/pvonly.jpg" not in page  # paths stay in the JSON records, not the page
    finally:
        store.close()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2021:05:01 10:00:00", "2021-05-01T10:00:00"),
        ("2021-05-01T10:00:00", "2021-05-01T10:00:00"),
        (" 2021:05:01 10:00:00\x00", "2021-05-01T10:00:00"),
        ("0000:00:00 00:00:00", None),
        ("2021:02:30 10:00:00", None),
        ("1904:01:01 00:00:00", None),
        ("yesterday", None),
        (None, None),
        (20210501, None),
    ],
)
def test_exif_dates(raw: object, expected: str | None) -> None:
    assert exif_date(raw) == expected
