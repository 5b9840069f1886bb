"""End to end: the generated exhibit with known truth, ingested through the CLI, exported as
VICS 2.0 and 1.3, CSV and DFXML; a VICS export re-imported as a new set gives back what was
exported, and that is the truth.

The ground truth lists its benign drawings under UK letters (scheme ``uk``). VICS has no
public integers for them, so one workspace re-labels the same drawings with Project VIC US
codes (A->1, B->2, C->3: labels only) to carry categories through VICS; the other keeps
``uk`` and checks that VICS leaves them uncategorised, with a warning, and CSV keeps them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cairn.model import Category
from cairn.store import Store
from cairn.store.schema import AuditEvent, HashSet, KnownEntryRow
from cairn.testing.exhibit import GroundTruth, build_ground_truth

from helpers.cli import cairn
from helpers.dfxml_check import C, D, check_dfxml

PV_CODES = {"A": "1", "B": "2", "C": "3"}


@pytest.fixture(scope="module")
def truth(tmp_path_factory: pytest.TempPathFactory) -> GroundTruth:
    return build_ground_truth(tmp_path_factory.mktemp("truth"), seed=11)


def _ingest(home: Path, truth: GroundTruth, known: Path) -> None:
    cairn(home, "case", "create", "op-export")
    cairn(home, "hashset", "import", str(known), "--name", "listed")
    cairn(home, "hashset", "import", str(truth.known_good_txt), "--name", "good", "--known-good")
    cairn(home, "ingest", str(truth.exhibit), "--case", "op-export", "--exhibit", "E1")


@pytest.fixture(scope="module")
def pv_home(truth: GroundTruth, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace whose known set labels the drawings with pv-us codes."""
    folder = tmp_path_factory.mktemp("pv")
    known = folder / "known-pv.csv"
    with truth.known_csv.open(newline="") as src, known.open("w", newline="") as dst:
        rows = list(csv.DictReader(src))
        writer = csv.DictWriter(dst, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "category": PV_CODES[row["category"]], "scheme": "pv-us"})
    home = folder / "ws"
    _ingest(home, truth, known)
    return home


@pytest.fixture(scope="module")
def uk_home(truth: GroundTruth, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("uk") / "ws"
    _ingest(home, truth, truth.known_csv)
    return home


def _known_files(truth: GroundTruth) -> list[Any]:
    return [f for f in truth.files if f.category is not None]


def _entries(home: Path, name: str) -> dict[str, Category | None]:
    store = Store.open(home)
    try:
        with store.session() as session:
            set_id = session.scalars(select(HashSet.id).where(HashSet.name == name)).one()
            rows = session.execute(
                select(KnownEntryRow.sha256, KnownEntryRow.scheme, KnownEntryRow.code).where(
                    KnownEntryRow.hashset_id == set_id
                )
            ).all()
    finally:
        store.close()
    return {
        sha256: Category(scheme, code) if code is not None else None
        for sha256, scheme, code in rows
    }


def _exported(path: Path) -> dict[str, Any]:
    media = json.loads(path.read_text())["value"][0]["Media"]
    out = {}
    for record in media:
        (sha256,) = [
            h["HashValue"] for h in record["AlternativeHashes"] if h["HashName"] == "SHA256"
        ]
        out[sha256] = record
    return out


@pytest.mark.parametrize("version", ["2.0", "1.3"])
def test_vics_export_reimports_as_what_was_exported_and_that_is_the_truth(
    truth: GroundTruth, pv_home: Path, tmp_path: Path, version: str
) -> None:
    out = tmp_path / f"op-export-{version}.json"
    result = cairn(
        pv_home, "hashset", "export", "--case", "op-export", "--format", "vics",
        "--version", version, "--output", str(out),
    )  # fmt: skip
    known = _known_files(truth)
    unique = {f.sha256 for f in known}
    assert f"exported {len(unique)} media records ({len(known)} files)" in result.stdout
    assert result.stderr == ""
    sha256 = hashlib.sha256(out.read_bytes()).hexdigest()
    assert sha256 in result.stdout

    exported = _exported(out)
    assert set(exported) == unique
    name = f"reimported-{version.replace('.', '-')}"
    result = cairn(pv_home, "hashset", "import", str(out), "--name", name)
    assert f"imported {len(unique)} entries" in result.stdout and ", 0 bad)" in result.stdout
    entries = _entries(pv_home, name)
    assert {
        sha: Category("pv-us", str(record["Category"])) for sha, record in exported.items()
    } == entries
    assert entries == {f.sha256: Category("pv-us", PV_CODES[f.category]) for f in known}

    files = Counter(f.sha256 for f in known)
    for sha, record in exported.items():
        assert len(record["MediaFiles"]) == files[sha]
        assert record["IsPrecategorized"] is True
        assert record["PrecategorizationSource"] == "listed"
        by_path = {
            f"{mf['FilePath']}/{mf['FileName']}".lstrip("/"): mf for mf in record["MediaFiles"]
        }
        for f in known:
            if f.sha256 == sha:
                media_file = by_path[f.path.decode()]
                assert media_file["SourceID"] == "E1" and media_file["Deleted"] is False
        kinds = {f.known_by for f in known if f.sha256 == sha}
        if version == "2.0":
            match = {m["PropertyName"]: m["PropertyValue"] for m in record["MediaMetadata"]}
            assert (match["CairnMatch"] == "pdq") == (kinds == {"pdq"})


def test_uk_letters_are_not_forced_into_vics_but_csv_keeps_them(
    truth: GroundTruth, uk_home: Path, tmp_path: Path
) -> None:
    for profile in ("US", "UK"):
        out = tmp_path / f"uk-{profile}.json"
        result = cairn(
            uk_home, "hashset", "export", "--case", "op-export", "--format", "vics",
            "--profile", profile, "--output", str(out),
        )  # fmt: skip
        assert "exported uncategorised: scheme 'uk' does not fit" in result.stderr
        assert all(m["Category"] is None for m in _exported(out).values())

    out = tmp_path / "uk.csv"
    result = cairn(
        uk_home, "hashset", "export", "--case", "op-export", "--format", "csv", "-o", str(out)
    )
    assert result.stderr == ""
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    counted = [r for r in rows if r["Counted"] == "Yes"]
    known = _known_files(truth)
    assert sorted((r["Full Path"], r["Category"], r["Scheme"]) for r in counted) == sorted(
        (f.path.decode(), f.category, "uk") for f in known
    )
    assert {r["Match Type"] for r in counted if r["Full Path"] == "pics/a.jpg"} == {"pdq"}


def test_dfxml_lists_every_item_with_its_status(
    truth: GroundTruth, uk_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "E1.dfxml"
    cairn(
        uk_home, "hashset", "export", "--case", "op-export", "--format", "dfxml",
        "--exhibit", "E1", "--output", str(out),
    )  # fmt: skip
    root = check_dfxml(out.read_bytes())
    assert [e.text for e in root.findall(f"{D}source/{D}image_filename")] == [str(truth.exhibit)]
    objects = root.findall(f"{D}fileobject")
    assert len(objects) == len(truth.files)
    expected = {
        f.path.decode("utf-8", "backslashreplace").replace("\n", "\\n"): f for f in truth.files
    }
    for fileobject in objects:
        f = expected.pop(fileobject.findtext(f"{D}filename") or "")
        assert fileobject.findtext(f"{C}status") == f.status, f.path
        digests = {d.get("type"): d.text for d in fileobject.findall(f"{D}hashdigest")}
        if f.sha256 is not None and f.status != "excluded":
            assert digests["sha256"] == f.sha256
        matches = fileobject.findall(f"{C}match")
        if f.status == "known_good":
            assert matches and all(m.get("known_good") == "1" for m in matches)
        if f.category is not None:
            assert {(m.get("scheme"), m.get("code")) for m in matches} == {("uk", f.category)}
    assert expected == {}


def test_exports_are_audited_and_files_never_overwritten(uk_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "once.json"
    args = ("hashset", "export", "--case", "op-export", "--format", "vics", "-o", str(out))
    cairn(uk_home, *args)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    again = cairn(uk_home, *args, ok=False)
    assert again.exit_code == 2 and "exists" in again.stderr
    assert hashlib.sha256(out.read_bytes()).hexdigest() == digest
    assert not any(name.endswith(".partial") for name in os.listdir(tmp_path))

    store = Store.open(uk_home)
    try:
        with store.session() as session:
            events = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "hashset.export")
            ).all()
            details = [e.detail for e in events if e.detail.get("output") == str(out)]
            cases = {e.case_name for e in events}
    finally:
        store.close()
    assert len(details) == 1 and cases == {"op-export"}
    assert details[0]["sha256"] == digest and details[0]["format"] == "vics"
    assert "audit log intact" in cairn(uk_home, "audit", "verify").stdout


def test_export_to_standard_output(uk_home: Path) -> None:
    result = cairn(uk_home, "hashset", "export", "--case", "op-export", "--format", "vics")
    assert json.loads(result.stdout)["value"][0]["CaseNumber"] == "op-export"
    assert "to standard output" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--case", "nope", "--format", "vics"), "no case named 'nope'"),
        (("--case", "op-export", "--format", "dfxml", "--exhibit", "E9"), "no exhibit named"),
        (("--case", "op-export", "--format", "csv", "--profile", "US"), "--format vics only"),
        (("--case", "op-export", "--format", "vics", "--version", "1.3", "--profile", "UK"), "1.3"),
        (("--case", "op-export", "--format", "vics", "--profile", "U K"), "profile name"),
    ],
)
def test_bad_requests_exit_2_with_one_line(
    uk_home: Path, args: tuple[str, ...], message: str
) -> None:
    result = cairn(uk_home, "hashset", "export", *args, ok=False)
    assert result.exit_code == 2 and message in result.stderr
    assert "Traceback" not in result.stderr
