"""End to end: a generated exhibit with known truth, ingested through the CLI; every
number of the JSON triage report must equal the truth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cairn.testing.exhibit import GroundTruth, build_ground_truth

from helpers.cli import cairn, comparable, triage_json


@pytest.fixture(scope="module")
def truth(tmp_path_factory: pytest.TempPathFactory) -> GroundTruth:
    return build_ground_truth(tmp_path_factory.mktemp("truth"), seed=11)


def _ingest(home: Path, truth: GroundTruth, *extra: str) -> dict[str, Any]:
    cairn(home, "case", "create", "op-test", "--description", "ground truth")
    out = cairn(home, "hashset", "import", str(truth.known_csv), "--name", "listed").stdout
    assert "imported 6 entries" in out
    out = cairn(
        home, "hashset", "import", str(truth.known_good_txt), "--name", "good", "--known-good"
    ).stdout
    assert "imported 3 entries" in out
    cairn(home, "ingest", str(truth.exhibit), "--case", "op-test", "--exhibit", "E1", *extra)
    return triage_json(home, "op-test")


@pytest.mark.parametrize(
    ("workers", "database"), [("1", "sqlite"), ("2", "sqlite"), ("2", "postgresql")]
)
def test_every_number_of_the_report_equals_the_truth(
    truth: GroundTruth,
    tmp_path: Path,
    workers: str,
    database: str,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if database == "postgresql":
        monkeypatch.setenv("CAIRN_DATABASE_URL", request.getfixturevalue("pg_url"))
    report = _ingest(tmp_path / "ws", truth, "--workers", workers)
    expected = truth.expected_report()
    assert report["case"] == "op-test" and report["exhibits"] == ["E1"]
    assert report["items"] == expected["items"]
    assert report["media"] == expected["media"]
    known = report["known_material"]
    for key in ("files", "unique", "exact_files", "perceptual_files", "by_category"):
        assert known[key] == expected["known_material"][key], key
    assert known["conflicts"] == []
    assert report["novel"]["files"] == expected["novel"]["files"]
    assert report["novel"]["groups"] == expected["novel"]["groups"]
    assert sorted(d["path"] for d in report["damaged"]) == expected["damaged"]
    reasons = {d["path"]: d["reason"] for d in report["damaged"]}
    for f in truth.files:
        if f.status == "damaged" and f.reason_prefix:
            assert reasons[f.path.decode()].startswith(f.reason_prefix), reasons
    excluded = {d["path"]: d["reason"] for d in report["excluded"]}
    assert excluded["links/to_img.jpg"].startswith("symbolic link")
    assert sum(report["items"]["by_status"].values()) == report["items"]["total"]


def test_rerun_changes_nothing_and_says_so(truth: GroundTruth, tmp_path: Path) -> None:
    home = tmp_path / "ws"
    first = _ingest(home, truth, "--workers", "1")
    out = cairn(home, "ingest", str(truth.exhibit), "--case", "op-test", "--exhibit", "E1").stdout
    assert "nothing to do" in out
    assert comparable(triage_json(home, "op-test")) == comparable(first)


def test_text_and_html_reports_carry_the_same_figures(truth: GroundTruth, tmp_path: Path) -> None:
    home = tmp_path / "ws"
    report = _ingest(home, truth, "--workers", "1")
    text = cairn(home, "report", "triage", "--case", "op-test").stdout
    html = cairn(home, "report", "triage", "--case", "op-test", "--format", "html").stdout
    assert f"{report['known_material']['files']} ({report['known_material']['unique']})" in text
    assert "Category A" in text and "Category A" in html
    assert html.startswith("<!doctype html>") and "http" not in html.split("</head>")[1]
    assert "<script" not in html


def test_audit_log_records_the_work_and_verifies(truth: GroundTruth, tmp_path: Path) -> None:
    home = tmp_path / "ws"
    _ingest(home, truth, "--workers", "1")
    out = cairn(home, "audit", "verify").stdout
    assert "audit log intact" in out
