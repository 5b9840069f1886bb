"""WhatsApp text exports: Android and iOS, locales, multi-line, system lines, placeholders."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from chat_builders import (
    PHONE,
    whatsapp_android_de,
    whatsapp_android_gb,
    whatsapp_android_us,
    whatsapp_ios,
    whatsapp_ios_fi,
)

from cairn.chats.detect import detect_chat, parse_chat
from cairn.errors import ConfigError, WrongFormat
from cairn.model.chat import Attachment, Message


def _one(text: str, **options: str) -> list[Message]:
    [conversation] = parse_chat(text.encode("utf-8"), label="chat.txt", **options)
    assert conversation.format == "whatsapp_txt"
    return list(conversation.messages)


def test_android_gb_traps() -> None:
    data = whatsapp_android_gb().encode("utf-8")
    assert detect_chat(b"WhatsApp Chat with Alex.txt", data) == "whatsapp_txt"
    [conversation] = parse_chat(data, label="WhatsApp Chat with Alex.txt")
    messages = conversation.messages
    assert len(messages) == 7
    assert messages[0].system and messages[0].author == ""
    assert messages[2].attachments == (Attachment("IMG-20240312-WA0001.jpg", "image"),)
    # The unsaved contact's U+202A…U+202C wrap is stripped; continuation lines are joined.
    assert messages[3] == Message(
        3,
        datetime(2024, 3, 12, 18, 7, tzinfo=UTC),
        "12/03/2024, 18:07",
        PHONE,
        "im 13\nthis line continues the previous message\nand so does this one",
    )
    assert messages[4].attachments[0].omitted and messages[4].text == ""
    assert messages[5].text == ""  # "This message was deleted"
    assert "our secret" in messages[6].text and ": " in messages[6].text
    assert [p.id for p in conversation.participants] == ["Alex", PHONE]
    assert not conversation.participants[0].stable
    assert conversation.time_zone == "UTC"
    assert any("D/M" in a or "DMY" in a for a in conversation.assumptions)


def test_time_zone_is_applied_and_recorded() -> None:
    [conversation] = parse_chat(
        whatsapp_android_gb().encode(), label="x.txt", time_zone="America/New_York"
    )
    assert conversation.messages[1].time_utc == datetime(2024, 3, 12, 22, 5, tzinfo=UTC)
    assert conversation.messages[1].time_raw == "12/03/2024, 18:05"
    assert conversation.time_zone == "America/New_York"


def test_android_us_twelve_hour_with_narrow_space() -> None:
    messages = _one(whatsapp_android_us())
    assert messages[0].time_utc == datetime(2024, 3, 12, 18, 5, tzinfo=UTC)
    assert messages[2].time_utc == datetime(2024, 3, 13, 0, 1, tzinfo=UTC)  # 12:01 AM
    assert "\u202f" in messages[0].time_raw


def test_android_de_and_ios_fi_forms() -> None:
    de = _one(whatsapp_android_de())
    assert de[0].time_utc == datetime(2024, 3, 12, 18, 5, tzinfo=UTC)
    assert de[1].attachments[0].omitted
    fi = _one(whatsapp_ios_fi())
    assert fi[0].time_utc == datetime(2024, 3, 12, 18, 5, 9, tzinfo=UTC)
    assert fi[1].text == "moi"


def test_ios_brackets_marks_and_attachments() -> None:
    messages = _one(whatsapp_ios())
    assert messages[0].time_utc == datetime(2024, 3, 12, 18, 5, 9, tzinfo=UTC)
    assert messages[1].attachments == (
        Attachment("00000042-PHOTO-2024-03-12-18-06-10.jpg", "image"),
    )
    assert messages[2].attachments[0].kind == "image" and messages[2].attachments[0].omitted
    assert [m.author for m in messages] == ["Alex", "Sam", "Sam", "Alex"]


def test_date_order_option_and_errors(tmp_path: Path) -> None:
    ambiguous = "01/02/2024, 10:00 - A: x\n01/02/2024, 10:01 - B: y\n"
    assert _one(ambiguous)[0].time_utc == datetime(2024, 2, 1, 10, 0, tzinfo=UTC)
    assert _one(ambiguous, date_order="mdy")[0].time_utc == datetime(2024, 1, 2, 10, 0, tzinfo=UTC)
    with pytest.raises(ConfigError, match="Mars/Olympus"):
        parse_chat(ambiguous.encode(), time_zone="Mars/Olympus")
    with pytest.raises(WrongFormat):
        parse_chat(b"just some notes\nwith no headers\n", fmt="whatsapp_txt")


def test_same_export_gives_same_id_and_title_from_name(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with Alex.txt"
    path.write_text(whatsapp_android_gb(), encoding="utf-8")
    first = parse_chat(path)
    again = parse_chat(path)
    assert first[0].id == again[0].id and first[0].title == "Alex"
    other = parse_chat(path, label="elsewhere/chat.txt")
    assert other[0].id != first[0].id
