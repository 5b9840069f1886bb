"""``cairn chats import``/``list`` and ``cairn report chats``, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from chat_builders import BTC, PHONE_E164, discord_export, sms_backup_xml, write_json

from helpers.cli import cairn


def _exports(tmp_path: Path) -> tuple[Path, Path]:
    first = tmp_path / "phone-a"
    (first / "WhatsApp").mkdir(parents=True)
    (first / "WhatsApp" / "WhatsApp Chat with Alex.txt").write_text(
        "\n".join(
            [
                "12/03/2024, 18:05 - Alex: hi, how old are you?",
                "12/03/2024, 18:06 - Sam: im 13",
                "12/03/2024, 18:07 - Alex: i have your pics. i'll send them to all your friends",
                f"12/03/2024, 18:08 - Alex: pay me $500 to {BTC}, you have 2 hours",
                "12/03/2024, 18:09 - Alex: or call +44 7911 123456",
                "",
            ]
        ),
        encoding="utf-8",
    )
    (first / "notes.txt").write_text("not a chat at all\n", encoding="utf-8")
    second = tmp_path / "laptop-b"
    second.mkdir()
    (second / "sms.xml").write_text(sms_backup_xml(), encoding="utf-8")
    data = discord_export()
    data["messages"][0]["content"] = f"send it to {BTC}"  # type: ignore[index]
    write_json(second / "dm.json", data)
    return first, second


def test_links_across_two_cases(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    first, second = _exports(tmp_path)
    cairn(home, "case", "create", "op-a")
    cairn(home, "case", "create", "op-b")
    out = cairn(
        home,
        "chats",
        "import",
        str(first),
        "--case",
        "op-a",
        "--exhibit",
        "A1",
        "--timezone",
        "Europe/London",
        "--region",
        "GB",
    ).stdout
    assert "1 export(s) (whatsapp_txt 1)" in out and "Europe/London" in out
    out = cairn(home, "chats", "import", str(second), "--case", "op-b", "--exhibit", "B1").stdout
    assert "discord_json 1" in out and "sms_backup_xml 1" in out
    # idempotent
    out = cairn(home, "chats", "import", str(second), "--case", "op-b", "--exhibit", "B1").stdout
    assert "replaced" in out

    report = json.loads(cairn(home, "report", "chats", "--case", "op-a", "--format", "json").stdout)
    [conversation] = report["conversations"]
    assert conversation["source"] == "WhatsApp/WhatsApp Chat with Alex.txt"
    assert conversation["format"] == "whatsapp_txt"
    assert conversation["participants"] == ["Alex", "Sam"] and conversation["messages"] == 5
    risk = conversation["risk"]
    assert "sextortion" in risk["categories"] and 0.0 <= risk["score"] <= 1.0
    assert {"name", "family", "message", "text"} <= set(risk["indicators"][0])
    # the words that raised the word part of the score, strongest first
    weights = [t["weight"] for t in risk["terms"]]
    assert risk["terms"] and weights == sorted(weights, reverse=True) and min(weights) > 0
    links = {(i["kind"], i["value"]): i for i in report["identifiers"]}
    for key in (("btc", BTC), ("phone", PHONE_E164)):
        assert links[key]["cases"] == ["op-a", "op-b"], key
        assert len(links[key]["exhibits"]) == 2
    assert report["assumptions"]["time_zones"] == ["Europe/London"]

    report_b = json.loads(
        cairn(home, "report", "chats", "--case", "op-b", "--format", "json").stdout
    )
    scores = [c["risk"]["score"] for c in report_b["conversations"]]
    assert scores == sorted(scores, reverse=True) and len(scores) == 3

    text = cairn(home, "report", "chats", "--case", "op-a").stdout
    assert "Conversations by risk" in text and "op-a, op-b" in text
    assert "words that raised the score:" in text
    html = cairn(home, "report", "chats", "--case", "op-a", "--format", "html").stdout
    assert "<script" not in html and "http" not in html.split("</head>")[0].replace(
        "http-equiv", ""
    )
    assert "op-b" in html
    listing = cairn(home, "chats", "list", "--case", "op-b").stdout
    assert listing.count("\n") == 3
    audit = cairn(home, "audit", "verify").stdout
    assert "ok" in audit.lower() or "verified" in audit.lower() or audit


def test_operator_errors_exit_2(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    cairn(home, "case", "create", "c")
    bad_zone = cairn(
        home,
        "chats",
        "import",
        str(tmp_path),
        "--case",
        "c",
        "--exhibit",
        "E",
        "--timezone",
        "Nowhere/Land",
        ok=False,
    )
    assert bad_zone.exit_code == 2 and "Nowhere/Land" in bad_zone.stderr
    bad_region = cairn(
        home,
        "chats",
        "import",
        str(tmp_path),
        "--case",
        "c",
        "--exhibit",
        "E",
        "--region",
        "XX",
        ok=False,
    )
    assert bad_region.exit_code == 2
    missing = cairn(
        home, "chats", "import", str(tmp_path / "nope"), "--case", "c", "--exhibit", "E", ok=False
    )
    assert missing.exit_code == 2
    unknown = cairn(home, "report", "chats", "--case", "nope", ok=False)
    assert unknown.exit_code == 2
