"""Exit codes and one-line errors users script against."""

from __future__ import annotations

from pathlib import Path

from helpers.cli import cairn


def test_unknown_case_exits_2_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "ev").mkdir()
    result = cairn(
        tmp_path / "ws",
        "ingest",
        str(tmp_path / "ev"),
        "--case",
        "nope",
        "--exhibit",
        "E",
        ok=False,
    )
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "cairn: error: no case named 'nope'; create it with: cairn case create nope"
    ]


def test_missing_evidence_exits_2_naming_the_path(tmp_path: Path) -> None:
    cairn(tmp_path / "ws", "case", "create", "c")
    result = cairn(
        tmp_path / "ws",
        "ingest",
        str(tmp_path / "missing"),
        "--case",
        "c",
        "--exhibit",
        "E",
        ok=False,
    )
    assert result.exit_code == 2
    assert "missing" in result.stderr and "Traceback" not in result.stderr


def test_bad_setting_exits_2(tmp_path: Path) -> None:
    result = cairn(
        tmp_path / "ws",
        "--setting",
        "pdq_threshold=lots",
        "ingest",
        str(tmp_path),
        "--case",
        "c",
        "--exhibit",
        "E",
        ok=False,
    )
    assert result.exit_code == 2
    assert "'lots'" in result.stderr


def test_unknown_option_exits_2(tmp_path: Path) -> None:
    result = cairn(tmp_path / "ws", "case", "create", "x", "--colour", "red", ok=False)
    assert result.exit_code == 2


def test_duplicate_hashset_name_exits_2(tmp_path: Path) -> None:
    listed = tmp_path / "l.txt"
    listed.write_text("d41d8cd98f00b204e9800998ecf8427e\n")
    cairn(tmp_path / "ws", "hashset", "import", str(listed), "--name", "s")
    result = cairn(tmp_path / "ws", "hashset", "import", str(listed), "--name", "s", ok=False)
    assert result.exit_code == 2 and "already exists" in result.stderr


def test_case_list_and_hashset_list(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    cairn(home, "case", "create", "alpha", "--description", "first")
    listed = tmp_path / "l.txt"
    listed.write_text("# comment\nd41d8cd98f00b204e9800998ecf8427e\nnot-a-hash\n")
    out = cairn(home, "hashset", "import", str(listed), "--name", "s", "--known-good")
    assert "1 bad" in out.stdout and "line 3" in out.stderr
    assert "alpha" in cairn(home, "case", "list").stdout
    listing = cairn(home, "hashset", "list").stdout
    assert "s\tknown-good\ttext" in listing and "1 entries" in listing
