"""End to end: an operation with three suspects, four exhibits ingested from generated benign
data, a CyberTipline referral, charges, arrests and safeguarding events, built through the
CLI. Every figure of the charging schedule and the operation report must equal what the
scenario put there, every figure must be traced to existing records, and the HTML forms
must render in Chromium (the screenshot is kept in ``test-artifacts/``).

All persons are fictional; every "known" file is a synthetic drawing or a generated
grey video listed in a test hash set under a UK category.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import random
import shutil
import subprocess
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from cairn.store import Store
from cairn.store.chat_schema import ConversationRow
from cairn.store.operation_schema import ChargeRow, EventRow, PersonRow, ReferralRow
from cairn.store.schema import Case, Exhibit, Item, MatchRow
from cairn.testing.exhibit import drawing

from helpers.cli import cairn

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
OPERATION = "Op Lantern"


# --- generated media ----------------------------------------------------------------------


def _jpeg(seed: int, when: str | None) -> bytes:
    image = drawing(random.Random(seed), 320, 240)
    out = io.BytesIO()
    if when:
        exif = Image.Exif()
        exif.get_ifd(0x8769)[0x9003] = when
        image.save(out, "JPEG", quality=85, exif=exif)
    else:
        image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _video(shade: int) -> bytes:
    """A tiny grey MP4 (PyAV when present, else a minimal ISO-BMFF file)."""
    try:
        import av
        import numpy as np
    except ImportError:
        body = bytes([shade]) * 512
        return (
            b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"
            + (8 + len(body)).to_bytes(4, "big")
            + b"mdat"
            + body
        )
    out = io.BytesIO()
    container = av.open(out, "w", format="mp4")
    stream = container.add_stream("mpeg4", rate=5)
    stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
    for step in range(4):
        frame = av.VideoFrame.from_ndarray(
            np.full((48, 64, 3), (shade + 20 * step) % 256, dtype=np.uint8), format="rgb24"
        )
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode():
        container.mux(packet)
    container.close()
    return out.getvalue()


@dataclass(frozen=True)
class Listed:
    data: bytes
    code: str
    kind: str
    date: str | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _listed() -> dict[str, Listed]:
    return {
        "A1": Listed(_jpeg(101, "2021:03:04 10:00:00"), "A", "image", "2021-03-04T10:00:00"),
        "A2": Listed(_jpeg(102, "2022:06:07 08:09:10"), "A", "image", "2022-06-07T08:09:10"),
        "B1": Listed(_jpeg(103, None), "B", "image", None),
        "B2": Listed(_jpeg(104, "0000:00:00 00:00:00"), "B", "image", None),
        "C1": Listed(_jpeg(105, None), "C", "image", None),
        "C2": Listed(_jpeg(106, "2020:01:02 03:04:05"), "C", "image", "2020-01-02T03:04:05"),
        "VA": Listed(_video(30), "A", "video", None),
        "VB": Listed(_video(160), "B", "video", None),
    }


# (case, exhibit) -> [(path, listed key or None for benign, where found)]
EXHIBITS: dict[tuple[str, str], list[tuple[str, str | None, str]]] = {
    ("east-1", "laptop"): [
        ("Users/s1/Pictures/a1.jpg", "A1", "user"),
        ("Users/s1/Pictures/backup/a1.jpg", "A1", "user"),
        ("Users/s1/Videos/clip.mp4", "VA", "user"),
        (
            "Users/s1/AppData/Local/Microsoft/Windows/Explorer/thumbcache_256.db/0001.jpg",
            "B1",
            "cache",
        ),
        (
            "Users/s1/AppData/Local/Google/Chrome/User Data/Default/Cache/Cache_Data/f_00012a",
            "C1",
            "cache",
        ),
        ("Users/s1/Pictures/holiday.jpg", None, "user"),
        ("Users/s1/Documents/letter.txt", None, "user"),
    ],
    ("east-1", "phone"): [
        ("DCIM/Camera/IMG_0001.jpg", "A1", "user"),
        ("DCIM/Camera/IMG_0002.jpg", "A2", "user"),
        ("WhatsApp/Media/.Statuses/s1.jpg", "C2", "cache"),
        ("DCIM/Camera/IMG_0003.jpg", None, "user"),
    ],
    ("west-1", "tablet"): [
        ("Pictures/b.jpg", "B1", "user"),
        ("Pictures/b2.jpg", "B2", "user"),
        ("Movies/v.mp4", "VB", "user"),
        ("Library/Caches/com.example.viewer/x.jpg", "C1", "cache"),
        ("Notes/list.txt", None, "user"),
    ],
    ("west-1", "usb"): [
        ("DCIM/a2.jpg", "A2", "user"),
        ("DCIM/other.jpg", None, "user"),
    ],
}
REFERRAL_FILES = [("media/report-file-1.jpg", "B2"), ("media/report-file-2.jpg", None)]

PERSONS = [
    ("S1", "suspect", "18+"),
    ("S2", "suspect", "18+"),
    ("S3", "suspect", "18+"),
    ("V1", "victim", "13-15"),
    ("V2", "potential-victim", "unknown"),
    ("V3", "victim", "under-13"),
    ("V4", "victim", "18+"),
    ("W1", "witness", "16-17"),
]
LINKS = [("S1", "east-1:laptop"), ("S1", "east-1:phone"), ("S2", "west-1:tablet")]
# person -> [(offence, date, exhibits)]
CHARGES = {
    "S1": [
        ("cgsa-52-1a", "2024-02-10", ["east-1:laptop", "east-1:phone"]),
        ("cgsa-52a", "2024-02-10", ["east-1:laptop"]),
    ],
    "S2": [("cgsa-52a", "2024-03-01", ["west-1:tablet"])],
}
EVENTS = [
    ("arrest", "S1", "2024-02-09", None),
    ("arrest", "S2", "2024-02-28", None),
    ("arrest", "S3", "2024-01-15", None),
    ("report-to-prosecutor", "S1", "2024-02-20", None),
    ("identification", "V1", "2024-01-20", None),
    ("safeguarding-referral", "V1", "2024-01-21", None),
    ("safeguarding-outcome", "V1", "2024-01-25", "safeguarded"),
    ("safeguarding-referral", "V2", "2024-02-01", None),
    ("safeguarding-outcome", "V2", "2024-02-03", "ongoing"),
    ("identification", "V3", "2024-02-02", None),
    ("safeguarding-referral", "V3", "2024-02-02", None),
    ("safeguarding-outcome", "V3", "2024-02-04", "not-traced"),
    ("safeguarding-outcome", "V3", "2024-03-05", "safeguarded"),
    ("identification", "V4", "2024-02-05", None),
    ("identification", "W1", "2024-02-06", None),
]
CONVERSATIONS = [
    ("east-1", "laptop", "high", "v1"),
    ("east-1", "laptop", "low", "v1"),
    ("east-1", "phone", "none", "v1"),
    ("east-1", "phone", "none", ""),
]

CYBERTIP = """<?xml version="1.0" encoding="UTF-8"?>
<report xmlns="http://report.cybertip.org/leaws/icac">
  <reportId>77000001</reportId>
  <incidentSummary>
    <incidentType>Child Pornography (possession, manufacture, and distribution)</incidentType>
    <escalateToHighPriority>false</escalateToHighPriority>
    <incidentDateTime>2024-01-05T12:00:00Z</incidentDateTime>
  </incidentSummary>
  <personOrUserReported>
    <personOrUserReportedPerson><email>quiet.otter@example.com</email></personOrUserReportedPerson>
    <espService>ExampleShare</espService>
    <screenName>quiet_otter</screenName>
    <ipCaptureEvent><ipAddress>192.0.2.44</ipAddress></ipCaptureEvent>
  </personOrUserReported>
  <uploadedFiles>
    <fileDetails><fileId>f1</fileId><fileName>report-file-1.jpg</fileName>
      <fileViewedByEsp>true</fileViewedByEsp><publiclyAvailable>false</publiclyAvailable>
      <fileRelevance>Reported</fileRelevance></fileDetails>
    <fileDetails><fileId>f2</fileId><fileName>report-file-2.jpg</fileName>
      <fileRelevance>Supplemental Reported</fileRelevance></fileDetails>
  </uploadedFiles>
</report>
"""


# --- the scenario, built through the CLI --------------------------------------------------


@dataclass
class Scenario:
    home: Path
    listed: dict[str, Listed]
    charging: dict[str, Any]
    operation: dict[str, Any]


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    root = tmp_path_factory.mktemp("operation")
    home = root / "ws"
    listed = _listed()
    benign = 0
    for (case, name), files in EXHIBITS.items():
        for path, key, _where in files:
            if key is not None:
                data = listed[key].data
            elif path.endswith(".txt"):
                data = f"benign note {path}\n".encode()
            else:
                benign += 1
                data = _jpeg(900 + benign, None)
            _write(root / "evidence" / case / name / path, data)
    package = root / "cybertip-77000001"
    _write(package / "77000001.xml", CYBERTIP.encode())
    for path, key in REFERRAL_FILES:
        _write(package / path, listed[key].data if key else _jpeg(990, None))
    known = root / "known.csv"
    with known.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sha256", "category", "scheme"])
        for item in listed.values():
            writer.writerow([item.sha256, item.code, "uk"])

    cairn(home, "hashset", "import", str(known), "--name", "listed-uk")
    for case in sorted({c for c, _n in EXHIBITS}):
        cairn(home, "case", "create", case)
    for (case, name), _files in EXHIBITS.items():
        cairn(
            home,
            "ingest",
            str(root / "evidence" / case / name),
            "--case",
            case,
            "--exhibit",
            name,
            "--workers",
            "1",
        )
    cairn(
        home,
        "operation",
        "create",
        OPERATION,
        "--description",
        "synthetic test operation",
        "--case",
        "east-1",
    )
    cairn(home, "operation", "add-case", OPERATION, "west-1")
    cairn(
        home,
        "referral",
        "import",
        str(package),
        "--case",
        "west-1",
        "--operation",
        OPERATION,
        "--workers",
        "1",
    )
    for ref, role, band in PERSONS:
        cairn(
            home,
            "person",
            "add",
            ref,
            "--operation",
            OPERATION,
            "--role",
            role,
            "--age-band",
            band,
            "--name",
            f"Fictional {ref}",
        )
    for number, (ref, exhibit) in enumerate(LINKS, start=1):
        cairn(
            home,
            "person",
            "link",
            ref,
            "--operation",
            OPERATION,
            "--exhibit",
            exhibit,
            "--label",
            f"PL/{number:02d}",
            "--seized-on",
            "2024-02-09",
            "--seized-from",
            f"address {number}",
        )
    for kind, ref, on, outcome in EVENTS:
        extra = ["--outcome", outcome] if outcome else []
        cairn(
            home,
            "event",
            "add",
            "--operation",
            OPERATION,
            "--kind",
            kind,
            "--person",
            ref,
            "--on",
            on,
            *extra,
        )
    for ref, charges in CHARGES.items():
        for offence, on, exhibits in charges:
            args = [a for e in exhibits for a in ("--exhibit", e)]
            cairn(
                home,
                "charge",
                "add",
                "--operation",
                OPERATION,
                "--person",
                ref,
                "--offence",
                offence,
                "--on",
                on,
                *args,
            )
    store = Store.open(home)
    try:
        with store.session() as session:
            for position, (case, name, level, assessed) in enumerate(CONVERSATIONS):
                exhibit_id = session.execute(
                    Exhibit.__table__.select()
                    .with_only_columns(Exhibit.id)
                    .join(Case.__table__, Case.id == Exhibit.case_id)
                    .where(Case.name == case, Exhibit.name == name)
                ).scalar_one()
                session.add(
                    ConversationRow(
                        exhibit_id=exhibit_id,
                        key=f"conv-{position}",
                        format="synthetic",
                        source=f"chat-{position}",
                        level=level,
                        assessed_with=assessed,
                        score={"high": 0.8, "low": 0.2}.get(level, 0.0),
                    )
                )
    finally:
        store.close()
    charging = json.loads(
        cairn(home, "report", "charging", "--operation", OPERATION, "--format", "json").stdout
    )
    operation = json.loads(
        cairn(home, "report", "operation", "--operation", OPERATION, "--format", "json").stdout
    )
    return Scenario(home, listed, charging, operation)


# --- expected figures, computed from the scenario alone ------------------------------------


@dataclass(frozen=True)
class Found:
    exhibit: str
    key: str
    where: str


def _found(exhibits: list[str]) -> list[Found]:
    out = []
    for exhibit in exhibits:
        case, name = exhibit.split(":")
        for _path, key, where in EXHIBITS[(case, name)]:
            if key is not None:
                out.append(Found(exhibit, key, where))
    return out


def _expected_row(found: list[Found], listed: dict[str, Listed]) -> dict[str, Any]:
    still = [f for f in found if listed[f.key].kind == "image"]
    moving = [f for f in found if listed[f.key].kind == "video"]
    dates = sorted(d for f in found if (d := listed[f.key].date))
    return {
        "total": len(found),
        "unique": len({f.key for f in found}),
        "still": len(still),
        "moving": len(moving),
        "other": 0,
        "still_unique": len({f.key for f in still}),
        "moving_unique": len({f.key for f in moving}),
        "user_storage": sum(1 for f in found if f.where == "user"),
        "cache": sum(1 for f in found if f.where == "cache"),
        "deleted": 0,
        "dated": len(dates),
        "earliest": dates[0] if dates else None,
        "latest": dates[-1] if dates else None,
    }


def _expected_block(found: list[Found], listed: dict[str, Listed]) -> dict[str, Any]:
    return {
        "by_category": {
            code: _expected_row([f for f in found if listed[f.key].code == code], listed)
            for code in "ABC"
        },
        "all": _expected_row(found, listed),
    }


def _actual_block(block: dict[str, Any]) -> dict[str, Any]:
    def strip(row: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in row.items() if k not in ("items", "code", "label")}

    return {
        "by_category": {row["code"]: strip(row) for row in block["by_category"]},
        "all": strip(block["all"]),
    }


def test_charging_schedule_figures_equal_the_scenario(scenario: Scenario) -> None:
    report, listed = scenario.charging, scenario.listed
    assert report["scheme"]["name"] == "uk"
    assert [c["code"] for c in report["codes"]] == ["A", "B", "C"]
    accused = {entry["person"]["ref"]: entry for entry in report["accused"]}
    assert sorted(accused) == ["S1", "S2"]  # S3 was arrested, never charged
    for ref, entry in accused.items():
        assert entry["person"]["role"] == "accused"
        exhibits = sorted({e for r, e in LINKS if r == ref})
        got = [f"{e['exhibit']['case']}:{e['exhibit']['name']}" for e in entry["exhibits"]]
        assert sorted(got) == exhibits
        for block in entry["exhibits"]:
            name = f"{block['exhibit']['case']}:{block['exhibit']['name']}"
            assert _actual_block(block) == _expected_block(_found([name]), listed), name
            assert block["not_in_scheme"]["total"] == 0 and block["conflicts"] == []
            assert block["exhibit"]["label"].startswith("PL/")
            assert block["exhibit"]["seized_on"] == "2024-02-09"
        assert _actual_block(entry["all_exhibits"]) == _expected_block(_found(exhibits), listed)
        charges = CHARGES[ref]
        assert [c["offence"] for c in entry["charges"]] == [c[0] for c in charges]
        for charge, (_offence, on, charge_exhibits) in zip(entry["charges"], charges, strict=True):
            assert charge["charged_on"] == on
            assert sorted(f"{e['case']}:{e['name']}" for e in charge["exhibits"]) == sorted(
                charge_exhibits
            )
            assert _actual_block(charge) == _expected_block(_found(charge_exhibits), listed)
    # Graham-style totals for S1: the A1 file is on both devices, counted once in unique.
    s1 = accused["S1"]["all_exhibits"]["all"]
    assert (s1["total"], s1["unique"], s1["still"], s1["moving"]) == (8, 6, 7, 1)
    assert (s1["earliest"], s1["latest"]) == ("2020-01-02T03:04:05", "2022-06-07T08:09:10")


def test_charging_schedule_traces_every_figure_to_items(scenario: Scenario) -> None:
    report = scenario.charging
    records = report["records"]["items"]
    store = Store.open(scenario.home)
    try:
        with store.session() as session:
            for entry in report["accused"]:
                blocks = [*entry["exhibits"], entry["all_exhibits"], *entry["charges"]]
                for block in blocks:
                    for row in [*block["by_category"], block["all"]]:
                        ids = row["items"]
                        assert row["total"] == len(ids)
                        items = {i.id: i for i in session.query(Item).filter(Item.id.in_(ids))}
                        assert set(items) == set(ids)
                        assert row["unique"] == len({items[i].sha256 for i in ids})
                        assert row["still"] == sum(items[i].kind == "image" for i in ids)
                        assert row["moving"] == sum(items[i].kind == "video" for i in ids)
                        assert row["cache"] == sum(records[str(i)]["where"] == "cache" for i in ids)
                        for i in ids:
                            assert records[str(i)]["path"] == items[i].path
                            assert session.query(MatchRow).filter(MatchRow.item_id == i).count()
                            if row.get("code"):
                                assert records[str(i)]["category"] == row["code"]
    finally:
        store.close()


def test_operation_report_figures_equal_the_scenario(scenario: Scenario) -> None:
    report, listed = scenario.operation, scenario.listed
    assert report["operation"]["name"] == OPERATION
    assert report["cases"] == {"total": 2, "names": ["east-1", "west-1"]}
    dates = [on for _k, _r, on, _o in EVENTS] + [c[1] for cs in CHARGES.values() for c in cs]
    dates.append("2024-02-09")  # seizures
    assert report["period"] == {"from": min(dates), "to": max(dates), "source": "records"}
    assert report["people"] == {
        "suspects": 3,
        "arrested": 3,
        "charged": 2,
        "reported_to_prosecutor": 1,
    }
    charges = report["charges"]
    assert charges["total"] == 3
    by_offence = {o["offence"]: (o["charges"], o["persons"]) for o in charges["by_offence"]}
    assert by_offence == {"cgsa-52a": (2, 2), "cgsa-52-1a": (1, 1)}
    assert {o["section"] for o in charges["by_offence"]} == {"s.52A", "s.52(1)(a)"}
    # Four seized exhibits plus the referral's media exhibit.
    assert report["exhibits"] == {"total": 5, "processed": 5}
    files = [f for fs in EXHIBITS.values() for f in fs]
    assert report["items"]["total"] == len(files) + len(REFERRAL_FILES)
    assert report["items"]["by_status"]["processed"] == report["items"]["total"]
    videos = sum(1 for _p, key, _w in files if key and listed[key].kind == "video")
    texts = sum(1 for p, _k, _w in files if p.endswith(".txt"))
    assert report["items"]["videos"] == videos
    assert report["items"]["still_images"] == report["items"]["total"] - videos - texts
    found = [Found("", key, w) for fs in EXHIBITS.values() for _p, key, w in fs if key]
    found += [Found("", key, "user") for _p, key in REFERRAL_FILES if key]
    images = report["images_recovered"]
    assert (images["total"], images["unique"]) == (len(found), len({f.key for f in found}))
    assert images["still"] == sum(1 for f in found if listed[f.key].kind == "image")
    assert images["moving"] == sum(1 for f in found if listed[f.key].kind == "video")
    for row in images["by_category"]:
        mine = [f for f in found if listed[f.key].code == row["code"]]
        assert (row["total"], row["unique"]) == (len(mine), len({f.key for f in mine}))
    assert report["chats"] == {
        "conversations": 4,
        "assessed": 3,
        "by_level": {"high": 1, "low": 1, "none": 2},
    }
    # V4 is an adult and W1 a witness: neither counts as a child victim.
    assert report["children"] == {"victims": 3, "identified": 2, "referred": 3, "safeguarded": 2}
    assert report["referrals"] == {"total": 1}


def _numbers(value: Any, path: str = "") -> list[tuple[str, int]]:
    """Every integer figure of the report with its dotted path."""
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [(path, value)]
    if isinstance(value, dict):
        return [n for k, v in value.items() for n in _numbers(v, f"{path}.{k}" if path else k)]
    if isinstance(value, list):
        return [n for i, v in enumerate(value) for n in _numbers(v, f"{path}.{i}")]
    return []


_TABLES = {
    "persons": PersonRow,
    "events": EventRow,
    "charges": ChargeRow,
    "items": Item,
    "exhibits": Exhibit,
    "cases": Case,
    "conversations": ConversationRow,
    "referrals": ReferralRow,
}


def test_every_operation_figure_is_traced_to_existing_records(scenario: Scenario) -> None:
    report = scenario.operation
    trace = report["trace"]
    figures = dict(
        _numbers({k: v for k, v in report.items() if k not in ("trace", "persons_by_id")})
    )
    assert figures, "no figures"
    store = Store.open(scenario.home)
    try:
        with store.session() as session:
            for path, value in figures.items():
                assert path in trace, f"{path} is not traced"
                entry = trace[path]
                table = _TABLES[entry["records"]]
                if "ids" in entry:
                    ids = entry["ids"]
                    found = session.query(table).filter(table.id.in_(ids)).count()  # type: ignore[attr-defined]
                    assert found == len(ids), path
                    if entry.get("distinct") == "sha256":
                        shas = {i.sha256 for i in session.query(Item).filter(Item.id.in_(ids))}
                        assert value == len(shas), path
                    else:
                        assert value == len(ids), path
                else:
                    where = entry["where"]
                    query = session.query(Item).filter(Item.exhibit_id.in_(where["exhibit_id"]))
                    if "status" in where:
                        statuses = where["status"]
                        statuses = statuses if isinstance(statuses, list) else [statuses]
                        query = query.filter(Item.status.in_(statuses))
                    if "kind" in where:
                        query = query.filter(Item.kind == where["kind"])
                    assert query.count() == value == sum(entry["by_exhibit"].values()), path
            # Event-backed figures name the events, and each is of the right kind.
            for path, kind in (("people.arrested", "arrest"), ("children.safeguarded", None)):
                events = session.query(EventRow).filter(EventRow.id.in_(trace[path]["events"]))
                persons = {e.person_id for e in events}
                assert persons == set(trace[path]["ids"]), path
                if kind:
                    assert {e.kind for e in events} == {kind}
                else:
                    assert {e.outcome for e in events} == {"safeguarded"}
    finally:
        store.close()
    for key in ("period.from", "period.to"):
        assert trace[key]["records"] in ("events", "charges", "seizures", "operations")


def test_text_csv_and_html_forms_carry_the_figures(scenario: Scenario) -> None:
    home = scenario.home
    text = cairn(home, "report", "charging", "--operation", OPERATION).stdout
    assert "Accused S1" in text and "Accused S2" in text and "Category A" in text
    rows = list(
        csv.DictReader(
            io.StringIO(
                cairn(
                    home, "report", "charging", "--operation", OPERATION, "--format", "csv"
                ).stdout
            )
        )
    )
    s1_all = next(
        r for r in rows if r["person"] == "S1" and r["case"] == "ALL" and r["code"] == "ALL"
    )
    assert (s1_all["total"], s1_all["unique"]) == ("8", "6")
    op_text = cairn(home, "report", "operation", "--operation", OPERATION).stdout
    assert "arrested" in op_text and "safeguarded" in op_text
    op_csv = cairn(home, "report", "operation", "--operation", OPERATION, "--format", "csv").stdout
    assert f"{OPERATION},people,charged,2" in op_csv
    for kind in ("charging", "operation"):
        page = cairn(home, "report", kind, "--operation", OPERATION, "--format", "html").stdout
        head, body = page.split("</head>", 1)
        assert "default-src 'none'" in head
        assert "<script" not in page and "http://" not in body.replace(
            'xmlns="http://www.w3.org/2000/svg"', ""
        )
        assert "https://" not in page
    page = cairn(home, "report", "operation", "--operation", OPERATION, "--format", "html").stdout
    assert page.count("<svg") == 2
    # The audit log holds every change and verifies.
    cairn(home, "audit", "verify")


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def test_html_reports_render_in_chromium(scenario: Scenario, tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI (apt-get install -y chromium)")
        pytest.skip("chromium not installed")
    ARTIFACTS.mkdir(exist_ok=True)
    shots = {}
    for kind, shot in (("operation", "operation-report"), ("charging", "charging-schedule")):
        page = cairn(
            scenario.home, "report", kind, "--operation", OPERATION, "--format", "html"
        ).stdout
        html = ARTIFACTS / f"{shot}.html"
        html.write_text(page, encoding="utf-8")
        png = ARTIFACTS / f"{shot}.png"
        png.unlink(missing_ok=True)
        result = subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--user-data-dir={tmp_path / ('profile-' + kind)}",
                f"--screenshot={png}",
                "--window-size=1200,1600",
                html.resolve().as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert png.exists(), result.stderr.decode(errors="replace")[-2000:]
        shots[kind] = png
    with Image.open(shots["operation"]) as image:
        assert image.size == (1200, 1600)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
        # Text, tiles and the two charts: far more than a blank page's single colour.
        assert len(colours) > 50
        dark_blue = sum(n for n, rgb in colours if rgb == (0x1F, 0x4E, 0x79))
        assert dark_blue > 500, "chart bars did not render"


def test_counts_by_exhibit_match_the_store(scenario: Scenario) -> None:
    """A last cross-check straight from the tables: known items per exhibit and category."""
    store = Store.open(scenario.home)
    try:
        with store.session() as session:
            per: dict[tuple[str, str], int] = defaultdict(int)
            sha_to_code = {v.sha256: v.code for v in scenario.listed.values()}
            for item, exhibit, case in (
                session.query(Item, Exhibit.name, Case.name)
                .join(Exhibit, Exhibit.id == Item.exhibit_id)
                .join(Case, Case.id == Exhibit.case_id)
            ):
                code = sha_to_code.get(item.sha256 or "")
                if code:
                    per[(f"{case}:{exhibit}", code)] += 1
    finally:
        store.close()
    for entry in scenario.charging["accused"]:
        for block in entry["exhibits"]:
            name = f"{block['exhibit']['case']}:{block['exhibit']['name']}"
            for row in block["by_category"]:
                assert row["total"] == per.get((name, row["code"]), 0), (name, row["code"])
