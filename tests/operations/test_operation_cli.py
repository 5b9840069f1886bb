"""The operation commands as a lead uses them, their one-line errors (exit 2), and the
reports on an operation with no evidence yet."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.cli import cairn

OP = "Op Hazel"


def _setup(home: Path, tmp_path: Path) -> None:
    (tmp_path / "ev" / "a").mkdir(parents=True)
    (tmp_path / "ev" / "a" / "note.txt").write_text("benign\n")
    cairn(home, "case", "create", "hazel-1")
    cairn(
        home,
        "ingest",
        str(tmp_path / "ev" / "a"),
        "--case",
        "hazel-1",
        "--exhibit",
        "HZ1",
        "--workers",
        "1",
    )
    out = cairn(
        home, "operation", "create", OP, "--started-on", "2024-01-01", "--case", "hazel-1"
    ).stdout
    assert out.strip() == f"created operation {OP} with 1 case(s)"


def test_records_through_the_commands(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    _setup(home, tmp_path)
    cairn(
        home,
        "person",
        "add",
        "S1",
        "--operation",
        OP,
        "--role",
        "suspect",
        "--name",
        "Fictional Suspect",
        "--age-band",
        "18+",
    )
    cairn(home, "person", "add", "V1", "--operation", OP, "--role", "potential-victim")
    cairn(home, "person", "update", "V1", "--operation", OP, "--age-band", "under-13")
    out = cairn(
        home,
        "person",
        "link",
        "S1",
        "--operation",
        OP,
        "--exhibit",
        "HZ1",
        "--label",
        "HZ/01",
        "--seized-on",
        "2024-01-03",
        "--device",
        "laptop",
    ).stdout
    assert "linked S1 to exhibit HZ1 (owner)" in out
    out = cairn(
        home,
        "event",
        "add",
        "--operation",
        OP,
        "--kind",
        "arrest",
        "--person",
        "S1",
        "--on",
        "2024-01-03",
        "--reference",
        "custody 17",
    ).stdout
    assert "arrest of S1 on 2024-01-03" in out
    cairn(
        home,
        "event",
        "add",
        "--operation",
        OP,
        "--kind",
        "safeguarding-outcome",
        "--person",
        "V1",
        "--on",
        "2024-01-04",
        "--outcome",
        "safeguarded",
    )
    out = cairn(
        home,
        "charge",
        "add",
        "--operation",
        OP,
        "--person",
        "S1",
        "--offence",
        "pca1978-1",
        "--statute",
        "Protection of Children Act 1978",
        "--section",
        "s.1",
        "--title",
        "Make indecent photographs",
        "--on",
        "2024-01-05",
        "--exhibit",
        "hazel-1:HZ1",
    ).stdout
    assert "Protection of Children Act 1978 s.1 (pca1978-1), 1 exhibit(s)" in out
    cairn(
        home,
        "charge",
        "add",
        "--operation",
        OP,
        "--person",
        "S1",
        "--offence",
        "cgsa-52a",
        "--on",
        "2024-01-05",
    )
    assert (
        "linked 1 exhibit(s)"
        in cairn(home, "charge", "link", "2", "--operation", OP, "--exhibit", "HZ1").stdout
    )
    assert "(added)" in cairn(home, "offence", "list").stdout

    text = cairn(home, "operation", "show", OP).stdout
    assert "person S1\taccused\t18+\tFictional Suspect\texhibits: hazel-1:HZ1 (owner)" in text
    assert "exhibit hazel-1:HZ1 (label HZ/01, seized_on 2024-01-03)" in text
    data = json.loads(cairn(home, "operation", "show", OP, "--json").stdout)
    assert [e["kind"] for e in data["events"]] == [
        "arrest",
        "safeguarding-outcome",
        "charge",
        "charge",
    ]
    assert [c["offence"] for c in data["charges"]] == ["pca1978-1", "cgsa-52a"]
    assert cairn(home, "operation", "list").stdout.startswith(f"{OP}\t1 case(s)\t2 person(s)")

    report = json.loads(
        cairn(home, "report", "operation", "--operation", OP, "--format", "json").stdout
    )
    assert report["period"] == {
        "from": "2024-01-01",
        "to": "2024-01-05",
        "source": "operation dates",
    }
    assert report["children"]["safeguarded"] == 1 and report["people"]["charged"] == 1
    assert report["images_recovered"]["total"] == 0
    schedule = json.loads(
        cairn(home, "report", "charging", "--operation", OP, "--format", "json").stdout
    )
    [accused] = schedule["accused"]
    assert accused["exhibits"][0]["all"]["total"] == 0  # nothing known on the exhibit
    assert [c["section"] for c in accused["charges"]] == ["s.1", "s.52A"]


def test_errors_are_one_line_with_exit_2(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    _setup(home, tmp_path)
    cairn(home, "person", "add", "V1", "--operation", OP, "--role", "victim")
    cases = [
        (("operation", "create", OP), "already exists"),
        (("operation", "show", "Op Nothing"), "no operation named 'Op Nothing'"),
        (("operation", "add-case", OP, "nope"), "no case named 'nope'"),
        (("person", "add", "V1", "--operation", OP, "--role", "victim"), "already has a person"),
        (("person", "link", "S9", "--operation", OP, "--exhibit", "HZ1"), "no person 'S9'"),
        (("person", "link", "V1", "--operation", OP, "--exhibit", "HZ9"), "no exhibit 'HZ9'"),
        (
            (
                "event",
                "add",
                "--operation",
                OP,
                "--kind",
                "arrest",
                "--person",
                "V1",
                "--on",
                "2024-01-01",
            ),
            "is a victim",
        ),
        (
            (
                "event",
                "add",
                "--operation",
                OP,
                "--kind",
                "identification",
                "--person",
                "V1",
                "--on",
                "2024-01-01",
                "--outcome",
                "ongoing",
            ),
            "only safeguarding-outcome",
        ),
        (
            (
                "charge",
                "add",
                "--operation",
                OP,
                "--person",
                "V1",
                "--offence",
                "nope",
                "--on",
                "2024-01-01",
            ),
            "no offence 'nope'",
        ),
        (
            (
                "charge",
                "add",
                "--operation",
                OP,
                "--person",
                "V1",
                "--offence",
                "cgsa-52a",
                "--statute",
                "Other Act",
                "--title",
                "x",
                "--on",
                "2024-01-01",
            ),
            "exists as",
        ),
        (("report", "charging", "--operation", OP, "--person", "V1"), "is a victim"),
        (
            ("report", "operation", "--operation", OP, "--scheme", "Not A Scheme"),
            "not a category scheme",
        ),
    ]
    for args, message in cases:
        result = cairn(home, *args, ok=False)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.output
    bad_date = cairn(
        home,
        "event",
        "add",
        "--operation",
        OP,
        "--kind",
        "arrest",
        "--person",
        "V1",
        "--on",
        "03/01/2024",
        ok=False,
    )
    assert bad_date.exit_code == 2
    charge_event = cairn(
        home,
        "event",
        "add",
        "--operation",
        OP,
        "--kind",
        "charge",
        "--person",
        "V1",
        "--on",
        "2024-01-01",
        ok=False,
    )
    assert charge_event.exit_code == 2  # not a choice: charges are added with cairn charge add
