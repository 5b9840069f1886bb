"""SMS Backup & Restore XML, Android mmssms.db, iOS sms.db and PAN12 XML."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from chat_builders import (
    BTC,
    PHONE_E164,
    android_mmssms,
    ios_sms_db,
    pan12_xml,
    sms_backup_xml,
)

from cairn.chats.detect import HEAD_BYTES, detect_chat, parse_chat
from cairn.chats.formats.ios_sms import decode_attributed_body
from cairn.errors import SourceError


def test_sms_backup_restore() -> None:
    data = sms_backup_xml().encode()
    assert detect_chat(b"sms-20240313.xml", data) == "sms_backup_xml"
    chats = {c.native_id: c for c in parse_chat(data)}
    alex = chats[PHONE_E164]
    assert [m.text for m in alex.messages] == ["are you free later?", "yes & you?", "see you at 5"]
    assert [m.author for m in alex.messages] == [PHONE_E164, "owner", "owner"]
    assert alex.messages[0].time_utc == datetime(2024, 3, 12, 18, 5, 9, tzinfo=UTC)
    assert alex.messages[0].time_raw == "1710266709000"
    assert alex.messages[2].attachments[0].name == "IMG_1.jpg"
    assert alex.title == "Alex"
    kim = chats["+447911123457"]
    # MMS date written in seconds is read by magnitude.
    assert kim.messages[0].time_utc == datetime.fromtimestamp(1710266900, UTC)
    assert any(p.owner for p in alex.participants)


def test_sms_backup_damaged_after_root_is_source_error() -> None:
    data = sms_backup_xml().encode()[:900]
    with pytest.raises(SourceError, match="damaged XML"):
        parse_chat(data, fmt="sms_backup_xml")


def test_android_mmssms(tmp_path: Path) -> None:
    path = android_mmssms(tmp_path / "mmssms.db")
    assert detect_chat(b"mmssms.db", path.read_bytes()[:HEAD_BYTES]) == "android_mmssms"
    before = sorted(p.name for p in tmp_path.iterdir())
    chats = parse_chat(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written beside it
    by_text = {m.text: (c, m) for c in chats for m in c.messages}
    chat, first = by_text["hi, is anyone home?"]
    assert [m.text for m in chat.messages] == [
        "hi, is anyone home?",
        "no, just me",
        "mms text here",
    ]
    assert chat.messages[1].author == "owner"
    assert chat.messages[2].author == PHONE_E164  # MMS sender from addr type 137
    assert chat.messages[2].attachments[0].kind == "image/jpeg"
    assert first.time_utc == datetime(2024, 3, 12, 18, 5, 9, tzinfo=UTC)
    assert chat.messages[2].time_utc == datetime.fromtimestamp(1710266730, UTC)  # pdu seconds
    assert by_text[f"send to {BTC}"][1].author == "+447911123457"
    # bytes work too (copied to a private temporary file)
    assert len(parse_chat(path.read_bytes(), fmt="android_mmssms")) == 2


def test_ios_sms_db(tmp_path: Path) -> None:
    path = ios_sms_db(tmp_path / "sms.db")
    assert (
        detect_chat(b"3d0d7e5fb2ce288813306e4d4636395e047a3d28", path.read_bytes()) == "ios_sms_db"
    )
    [chat] = parse_chat(path)
    old, new, picture = chat.messages
    epoch = datetime(2001, 1, 1, tzinfo=UTC)
    assert old.time_utc == epoch + timedelta(seconds=732_000_000)
    assert new.time_utc == epoch + timedelta(seconds=732_000_100)  # nanoseconds
    assert new.text == "text only in attributedBody" and new.author == "owner"
    assert picture.attachments[0].name == "a.heic"
    assert chat.native_id == PHONE_E164


def test_attributed_body_long_text() -> None:
    from chat_builders import typedstream

    text = "x" * 300
    assert decode_attributed_body(typedstream(text)) == text
    assert decode_attributed_body(b"no class name here") == ""
    assert decode_attributed_body(None) == ""


def test_pan12() -> None:
    data = pan12_xml().encode()
    assert detect_chat(b"pan12.xml", data) == "pan12_xml"
    first, second = parse_chat(data)
    assert first.native_id == "0123456789abcdef0123456789abcdef"
    assert [m.text for m in first.messages] == ["hi how was school", "fine & homework now", "<3 ok"]
    assert first.messages[0].time_utc is None and first.messages[0].time_raw == "20:15"
    assert all(p.stable for p in first.participants)
    assert len(second.messages) == 1
