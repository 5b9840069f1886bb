"""Telegram Desktop, DiscordChatExporter and Facebook/Instagram JSON exports."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from chat_builders import (
    PHONE,
    discord_export,
    facebook_thread,
    mojibake,
    telegram_full,
    telegram_single,
    write_json,
)

from cairn.chats.detect import detect_chat, import_tree, parse_chat
from cairn.model.chat import Attachment


def test_telegram_single_chat() -> None:
    data = json.dumps(telegram_single()).encode()
    assert detect_chat(b"result.json", data) == "telegram_json"
    [chat] = parse_chat(data, label="result.json")
    assert chat.native_id == "111111111" and chat.title == "Sam"
    first, service, photo, plain = chat.messages
    assert first.text == f"call me on {PHONE}" and first.author == "user222222222"
    assert first.time_utc == datetime(2024, 3, 12, 18, 5, 9, tzinfo=UTC)
    assert first.time_raw.startswith("1710266709")
    assert service.system and service.text == "phone call"
    assert photo.attachments == (Attachment("", "photo", omitted=True),)
    assert plain.text == "plain string text"
    names = {p.id: p.name for p in chat.participants}
    assert names == {"user222222222": "Alex", "user111111111": "Sam"}
    assert chat.time_zone == ""  # date_unixtime is UTC: no zone assumed


def test_telegram_full_export_marks_owner() -> None:
    data = json.dumps(telegram_full()).encode()
    assert detect_chat(b"result.json", data[:300]) == "telegram_json"
    chats = parse_chat(data)
    assert [c.title for c in chats] == ["Sam", "Group"]
    owner = [p for p in chats[0].participants if p.owner]
    assert [p.id for p in owner] == ["user111111111"]


def test_telegram_local_date_without_unixtime_uses_zone() -> None:
    data = telegram_single()
    for message in data["messages"]:  # type: ignore[attr-defined]
        message.pop("date_unixtime")
    [chat] = parse_chat(json.dumps(data).encode(), time_zone="Europe/Berlin")
    assert chat.messages[0].time_utc == datetime(2024, 3, 12, 17, 5, 9, tzinfo=UTC)
    assert chat.time_zone == "Europe/Berlin" and chat.assumptions


def test_discord_offsets_stable_ids_and_system_lines() -> None:
    data = json.dumps(discord_export()).encode()
    assert detect_chat(b"dm.json", data) == "discord_json"
    [chat] = parse_chat(data)
    first, second, renamed, pinned = chat.messages
    assert second.time_utc == datetime(2024, 3, 12, 18, 5, 9, tzinfo=UTC)  # +01:00
    assert second.attachments == (Attachment("pic.png", "file"),)
    assert first.author == renamed.author == "3333"  # names change, ids do not
    assert pinned.system
    assert chat.native_id == "1111" and chat.title == "Direct Messages / sam_1234"


def test_facebook_mojibake_order_and_left_participant() -> None:
    data = json.dumps(facebook_thread()).encode()
    assert detect_chat(b"message_1.json", data) == "facebook_json"
    [thread] = parse_chat(data)
    assert thread.title == "Zoë Example"
    texts = [m.text for m in thread.messages]
    assert texts[0] == "Alex Example called you." and thread.messages[0].system
    assert texts[-1] == "ok 👍 café"  # repaired, and oldest first
    assert thread.messages[2].attachments[0].kind == "photo"
    assert {p.id for p in thread.participants} == {"Alex Example", "Zoë Example", "Left Person"}
    assert thread.messages[1].time_utc == datetime.fromtimestamp(1710266709, UTC)
    assert mojibake("é") != "é"


def test_facebook_parts_of_one_thread_are_merged(tmp_path: Path) -> None:
    folder = tmp_path / "messages" / "inbox" / "zoeexample_1234567890"
    folder.mkdir(parents=True)
    write_json(folder / "message_1.json", facebook_thread(1))
    write_json(folder / "message_2.json", facebook_thread(2))
    (tmp_path / "notes.txt").write_text("not a chat", encoding="utf-8")
    results = list(import_tree(tmp_path))
    assert len(results) == 1 and results[0].format == "facebook_json"
    [thread] = results[0].conversations
    assert len(thread.messages) == 5
    assert thread.messages[0].text == "first ever message"
    assert results[0].source == "messages/inbox/zoeexample_1234567890"
