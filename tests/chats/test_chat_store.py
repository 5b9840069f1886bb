"""Storing conversations on SQLite and PostgreSQL: idempotent per exhibit, links across cases."""

from __future__ import annotations

import json

from chat_builders import BTC, PHONE, PHONE_E164, telegram_single, whatsapp_android_gb
from sqlalchemy import func, select

from cairn.chats.detect import parse_chat
from cairn.chats.importer import import_conversations
from cairn.store import Store
from cairn.store.chat_schema import ChatMessageRow, ConversationRow, IdentifierRow
from cairn.store.chats import chat_report_data, conversation_messages, list_conversations
from cairn.store.queries import create_case, get_or_create_exhibit


def _count(store: Store, table: type) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_save_is_idempotent_and_links_across_cases(store: Store) -> None:
    assert store.schema_revision() is not None  # 0002 (chats) and later
    create_case(store, "one")
    create_case(store, "two")
    first, _ = get_or_create_exhibit(store, "one", "E1", "/x/a", "chat_export")
    second, _ = get_or_create_exhibit(store, "two", "E2", "/x/b", "chat_export")
    whatsapp = parse_chat(
        (whatsapp_android_gb() + f"13/03/2024, 10:00 - Alex: {BTC}\n").encode(), label="chat.txt"
    )
    telegram = parse_chat(
        json.dumps(telegram_single()).replace("plain string text", f"wallet {BTC}").encode(),
        label="result.json",
    )
    saved = import_conversations(store, first.id, whatsapp, region="gb")
    assert saved.conversations == 1 and saved.replaced == 0 and saved.messages == 8
    again = import_conversations(store, first.id, whatsapp, region="GB")
    assert again.replaced == 1
    assert _count(store, ConversationRow) == 1 and _count(store, ChatMessageRow) == 8
    import_conversations(store, second.id, telegram)
    identifiers = _count(store, IdentifierRow)

    report = chat_report_data(store, "one")
    [conversation] = report["conversations"]
    assert conversation["source"] == "chat.txt" and conversation["region"] == "GB"
    assert conversation["risk"]["indicators"][0]["message"] >= 0
    links = {(i["kind"], i["value"]): i for i in report["identifiers"]}
    assert links[("btc", BTC)]["cases"] == ["one", "two"] and links[("btc", BTC)]["linked"]
    assert links[("phone", PHONE_E164)]["cases"] == ["one", "two"]
    assert len(links[("phone", PHONE_E164)]["conversations"]) == 2

    # Re-importing the other case changes nothing either.
    import_conversations(store, second.id, telegram)
    assert _count(store, IdentifierRow) == identifiers
    rows = list_conversations(store, "two")
    assert len(rows) == 1 and rows[0]["format"] == "telegram_json"
    messages = conversation_messages(store, "one", conversation["id"])
    assert messages[3]["author"] == PHONE and messages[3]["time_raw"] == "12/03/2024, 18:07"
