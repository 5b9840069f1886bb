# ruff: noqa: E501  (fixture lines are shaped like the real exports, long lines included)
"""Builders of synthetic, non-explicit chat exports shaped like the real ones, traps included.

Phone numbers are fictional-looking but valid for libphonenumber (+44 7911 123456 family);
wallets are public test vectors (the Bitcoin genesis address, BIP-173, EIP-55 examples).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cairn.chats.assess import assess
from cairn.chats.indicators import find_indicators
from cairn.model.chat import Assessment, Conversation, Message, Participant

PHONE = "+44 7911 123456"
PHONE_E164 = "+447911123456"
BTC = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"

LRM = "\u200e"


def lines_conversation(*lines: tuple[str, str]) -> Conversation:
    """A conversation of (author, text) lines, untimed: what the scoring tests read."""
    messages = tuple(Message(i, None, "", who, text) for i, (who, text) in enumerate(lines))
    people = tuple(Participant(p) for p in dict.fromkeys(w for w, _t in lines))
    return Conversation("c", "synthetic", "", people, messages, "s")


def assess_lines(*lines: tuple[str, str]) -> Assessment:
    """The assessment of :func:`lines_conversation`."""
    return assess(lines_conversation(*lines))


def cue_names(text: str) -> set[str]:
    """The names of the indicator rules that fire on one message."""
    return {i.name for i in find_indicators([Message(0, None, "", "A", text)])}


WRAP_OPEN, WRAP_CLOSE = "\u202a", "\u202c"
NNBSP = "\u202f"


def whatsapp_android_gb() -> str:
    """en-GB Android, 24 h, dash style: attachments, an unsaved contact, a continuation line,
    a system line, a placeholder and a deleted message."""
    return "\n".join(
        [
            "12/03/2024, 18:05 - Messages and calls are end-to-end encrypted. No one outside of "
            "this chat, not even WhatsApp, can read or listen to them.",
            "12/03/2024, 18:05 - Alex: hi, how old are you?",
            "12/03/2024, 18:06 - Alex: IMG-20240312-WA0001.jpg (file attached)",
            f"12/03/2024, 18:07 - {WRAP_OPEN}{PHONE}{WRAP_CLOSE}: im 13",
            "this line continues the previous message",
            "and so does this one",
            "13/03/2024, 09:00 - Alex: <Media omitted>",
            "13/03/2024, 09:01 - Alex: This message was deleted",
            "13/03/2024, 09:02 - Alex: don't tell anyone we talk: it's our secret",
            "",
        ]
    )


def whatsapp_android_us() -> str:
    """en-US Android, 12 h with U+202F before PM (newer builds), month first."""
    return "\n".join(
        [
            f"3/12/24, 6:05{NNBSP}PM - Alex: hi",
            f"3/12/24, 6:06{NNBSP}PM - Sam: hey",
            f"3/13/24, 12:01{NNBSP}AM - Alex: still up?",
            "",
        ]
    )


def whatsapp_android_de() -> str:
    return "12.03.24, 18:05 - Alex: hallo\n12.03.24, 18:06 - Sam: <Medien ausgeschlossen>\n"


def whatsapp_ios() -> str:
    """iOS bracket style with seconds, U+200E marks and attachment forms."""
    return "\n".join(
        [
            f"{LRM}[12/03/2024, 18:05:09] Alex: hi",
            f"{LRM}[12/03/2024, 18:06:10] Sam: {LRM}<attached: 00000042-PHOTO-2024-03-12-18-06-10.jpg>",
            f"{LRM}[12/03/2024, 18:06:40] Sam: {LRM}image omitted",
            "[13/03/2024, 07:00:00] Alex: morning",
            "",
        ]
    )


def whatsapp_ios_fi() -> str:
    return "[12.3.2024 klo 18.05.09] Alex: hei\n[12.3.2024 klo 18.06.10] Sam: moi\n"


def telegram_single() -> dict[str, object]:
    return {
        "name": "Sam",
        "type": "personal_chat",
        "id": 111111111,
        "messages": [
            {
                "id": 1,
                "type": "message",
                "date": "2024-03-12T18:05:09",
                "date_unixtime": "1710266709",
                "from": "Alex",
                "from_id": "user222222222",
                "text": ["call me on ", {"type": "phone", "text": PHONE}],
                "text_entities": [
                    {"type": "plain", "text": "call me on "},
                    {"type": "phone", "text": PHONE},
                ],
            },
            {
                "id": 2,
                "type": "service",
                "date": "2024-03-12T18:06:00",
                "date_unixtime": "1710266760",
                "actor": "Sam",
                "actor_id": "user111111111",
                "action": "phone_call",
                "discard_reason": "missed",
                "text": "",
                "text_entities": [],
            },
            {
                "id": 3,
                "type": "message",
                "date": "2024-03-12T18:07:00",
                "date_unixtime": "1710266820",
                "from": "Sam",
                "from_id": "user111111111",
                "photo": "(File not included. Change data exporting settings to download.)",
                "text": "",
            },
            {
                "id": 4,
                "type": "message",
                "date": "2024-03-12T18:08:00",
                "date_unixtime": "1710266880",
                "from": "Alex",
                "from_id": "user222222222",
                "text": "plain string text",
            },
        ],
    }


def telegram_full() -> dict[str, object]:
    chat = telegram_single()
    other = {
        "name": "Group",
        "type": "private_group",
        "id": 333,
        "messages": [
            {
                "id": 9,
                "type": "message",
                "date": "2024-03-14T10:00:00",
                "date_unixtime": "1710410400",
                "from": "Kim",
                "from_id": "user444",
                "text": "hello all",
            }
        ],
    }
    return {
        "about": "Here is the data you requested.",
        "personal_information": {
            "user_id": 111111111,
            "first_name": "Sam",
            "phone_number": PHONE,
        },
        "contacts": {"about": "", "list": []},
        "chats": {"about": "", "list": [chat, other]},
        "left_chats": {"about": "", "list": []},
    }


def discord_export() -> dict[str, object]:
    def message(ident: str, author: str, name: str, content: str, stamp: str) -> dict[str, object]:
        return {
            "id": ident,
            "type": "Default",
            "timestamp": stamp,
            "timestampEdited": None,
            "callEndedTimestamp": None,
            "isPinned": False,
            "content": content,
            "author": {
                "id": author,
                "name": name,
                "discriminator": "0000",
                "nickname": name.title(),
                "color": None,
                "isBot": False,
                "roles": [],
                "avatarUrl": "",
            },
            "attachments": [],
            "embeds": [],
            "stickers": [],
            "reactions": [],
            "mentions": [],
            "inlineEmojis": [],
        }

    first = message("2222", "3333", "alex", "see you later", "2024-03-12T18:05:09.123+00:00")
    second = message("2223", "4444", "sam", "ok", "2024-03-12T19:05:09+01:00")
    second["attachments"] = [{"id": "9", "url": "", "fileName": "pic.png", "fileSizeBytes": 10}]
    renamed = message("2224", "3333", "alex_new", "renamed but same id", "2024-03-12T18:07:00Z")
    pinned = message("2225", "3333", "alex", "", "2024-03-12T18:08:00+00:00")
    pinned["type"] = "ChannelPinnedMessage"
    return {
        "guild": {"id": "0", "name": "Direct Messages", "iconUrl": ""},
        "channel": {
            "id": "1111",
            "type": "DirectTextChat",
            "categoryId": None,
            "category": "Private",
            "name": "sam_1234",
            "topic": None,
        },
        "dateRange": {"after": None, "before": None},
        "exportedAt": "2024-03-13T09:00:00+00:00",
        "messages": [first, second, renamed, pinned],
        "messageCount": 4,
    }


def mojibake(text: str) -> str:
    """What Facebook writes: UTF-8 bytes shown one per Latin-1 character."""
    return text.encode("utf-8").decode("latin-1")


def facebook_thread(part: int = 1) -> dict[str, object]:
    """Newest first, mojibake names and text, a participant who left, media, a call."""
    if part == 2:
        messages = [
            {
                "sender_name": mojibake("Zoë Example"),
                "timestamp_ms": 1710266600000,
                "content": "first ever message",
                "type": "Generic",
            }
        ]
    else:
        messages = [
            {
                "sender_name": mojibake("Zoë Example"),
                "timestamp_ms": 1710266770000,
                "content": mojibake("ok 👍 café"),
                "type": "Generic",
                "is_geoblocked_for_viewer": False,
            },
            {
                "sender_name": "Left Person",
                "timestamp_ms": 1710266740000,
                "photos": [{"uri": "messages/inbox/x/photos/1.jpg", "creation_timestamp": 1710266}],
                "type": "Generic",
            },
            {
                "sender_name": "Alex Example",
                "timestamp_ms": 1710266709000,
                "content": "see you at 5?",
                "type": "Generic",
                "reactions": [{"reaction": mojibake("👍"), "actor": "Sam Example"}],
            },
            {
                "sender_name": "Alex Example",
                "timestamp_ms": 1710266700000,
                "type": "Call",
                "call_duration": 0,
                "content": "Alex Example called you.",
            },
        ]
    return {
        "participants": [{"name": "Alex Example"}, {"name": mojibake("Zoë Example")}],
        "messages": messages,
        "title": mojibake("Zoë Example"),
        "is_still_participant": True,
        "thread_path": "inbox/zoeexample_1234567890",
        "magic_words": [],
    }


def sms_backup_xml() -> str:
    return f"""<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<!--File Created By SMS Backup & Restore v10.00.000-->
<smses count="4" backup_set="00000000-0000-0000-0000-000000000000" backup_date="1710300000000" type="full">
  <sms protocol="0" address="{PHONE}" date="1710266709000" type="1" subject="null" body="are you free later?"
       toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="1710266708000"
       sub_id="1" readable_date="12 Mar 2024 18:05:09" contact_name="Alex" />
  <sms protocol="0" address="+447911123456" date="1710266720000" type="2" subject="null" body="yes &amp; you?"
       toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0"
       readable_date="12 Mar 2024 18:05:20" contact_name="Alex" />
  <mms date="1710266800000" msg_box="2" address="{PHONE}" m_type="128" read="1" readable_date="12 Mar 2024" contact_name="(Unknown)">
    <parts>
      <part seq="-1" ct="application/smil" name="null" chset="null" text="&lt;smil/&gt;" />
      <part seq="0" ct="text/plain" name="null" chset="106" text="see you at 5" />
      <part seq="1" ct="image/jpeg" name="IMG_1.jpg" chset="null" cl="IMG_1.jpg" data="AAAA" />
    </parts>
    <addrs><addr address="{PHONE}" type="151" charset="106" /><addr address="insert-address-token" type="137" charset="106" /></addrs>
  </mms>
  <mms date="1710266900" msg_box="1" address="+447911123457" m_type="132" read="1" contact_name="Kim">
    <parts><part seq="0" ct="text/plain" name="null" chset="106" text="MMS date in seconds" /></parts>
    <addrs><addr address="+447911123457" type="137" charset="106" /></addrs>
  </mms>
</smses>
"""


def android_mmssms(path: Path) -> Path:
    """A small mmssms.db: two SMS threads and one MMS with text and an image part."""
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        CREATE TABLE canonical_addresses (_id INTEGER PRIMARY KEY, address TEXT);
        CREATE TABLE threads (_id INTEGER PRIMARY KEY, date INTEGER, recipient_ids TEXT);
        CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER,
            date INTEGER, date_sent INTEGER, protocol INTEGER, read INTEGER, status INTEGER,
            type INTEGER, body TEXT, seen INTEGER);
        CREATE TABLE pdu (_id INTEGER PRIMARY KEY, thread_id INTEGER, date INTEGER, msg_box INTEGER,
            m_type INTEGER, sub TEXT);
        CREATE TABLE part (_id INTEGER PRIMARY KEY, mid INTEGER, seq INTEGER, ct TEXT, name TEXT,
            chset INTEGER, cl TEXT, _data TEXT, text TEXT);
        CREATE TABLE addr (_id INTEGER PRIMARY KEY, msg_id INTEGER, contact_id INTEGER,
            address TEXT, type INTEGER, charset INTEGER);
        """
    )
    connection.executemany(
        "INSERT INTO sms (_id, thread_id, address, date, type, body) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (1, 1, PHONE, 1710266709000, 1, "hi, is anyone home?"),
            (2, 1, PHONE, 1710266720000, 2, "no, just me"),
            (3, 2, "+447911123457", 1710266800000, 1, f"send to {BTC}"),
        ],
    )
    connection.execute("INSERT INTO pdu VALUES (10, 1, 1710266730, 1, 132, NULL)")
    connection.executemany(
        "INSERT INTO part (mid, seq, ct, name, cl, _data, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (10, 0, "text/plain", None, None, None, "mms text here"),
            (10, 1, "image/jpeg", "a.jpg", "a.jpg", "/data/part/1", None),
        ],
    )
    connection.executemany(
        "INSERT INTO addr (msg_id, address, type) VALUES (?, ?, ?)",
        [(10, PHONE, 137), (10, "insert-address-token", 151)],
    )
    connection.commit()
    connection.close()
    return path


def typedstream(text: str) -> bytes:
    """An attributedBody blob as iOS 16+ writes it, reduced to what the decoder reads."""
    data = text.encode("utf-8")
    length = bytes([len(data)]) if len(data) < 0x80 else b"\x81" + len(data).to_bytes(2, "little")
    return (
        b"\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08NSObject\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+"
        + length
        + data
        + b"\x86\x84\x02iI"
    )


def ios_sms_db(path: Path) -> Path:
    """A small sms.db: one chat with seconds and nanosecond dates, a NULL text with an
    attributedBody, an attachment and a message from the owner."""
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        CREATE TABLE message (ROWID INTEGER PRIMARY KEY, guid TEXT, text TEXT, attributedBody BLOB,
            handle_id INTEGER, service TEXT, date INTEGER, is_from_me INTEGER,
            cache_has_attachments INTEGER);
        CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT, service TEXT, country TEXT,
            uncanonicalized_id TEXT);
        CREATE TABLE chat (ROWID INTEGER PRIMARY KEY, guid TEXT, chat_identifier TEXT,
            service_name TEXT, display_name TEXT, group_id TEXT);
        CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER, message_date INTEGER);
        CREATE TABLE chat_handle_join (chat_id INTEGER, handle_id INTEGER);
        CREATE TABLE attachment (ROWID INTEGER PRIMARY KEY, guid TEXT, filename TEXT,
            mime_type TEXT, transfer_name TEXT, total_bytes INTEGER);
        CREATE TABLE message_attachment_join (message_id INTEGER, attachment_id INTEGER);
        """
    )
    connection.execute("INSERT INTO handle VALUES (1, ?, 'iMessage', 'gb', NULL)", (PHONE_E164,))
    connection.execute("INSERT INTO chat VALUES (1, 'g', ?, 'iMessage', '', NULL)", (PHONE_E164,))
    connection.execute("INSERT INTO chat_handle_join VALUES (1, 1)")
    rows = [
        (1, "a", "old style seconds", None, 1, "SMS", 732_000_000, 0),
        (
            2,
            "b",
            None,
            typedstream("text only in attributedBody"),
            1,
            "iMessage",
            732_000_100_000_000_000,
            1,
        ),
        (3, "c", "with a picture", None, 1, "iMessage", 732_000_200_000_000_000, 0),
    ]
    connection.executemany("INSERT INTO message VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", rows)
    connection.executemany("INSERT INTO chat_message_join VALUES (1, ?, 0)", [(1,), (2,), (3,)])
    connection.execute(
        "INSERT INTO attachment VALUES (1, 'x', '~/Library/SMS/Attachments/a.heic', 'image/heic',"
        " 'a.heic', 10)"
    )
    connection.execute("INSERT INTO message_attachment_join VALUES (3, 1)")
    connection.commit()
    connection.close()
    return path


def pan12_xml() -> str:
    return """<?xml version="1.0" encoding="UTF-8"?>
<conversations>
  <conversation id="0123456789abcdef0123456789abcdef">
    <message line="1"><author>fedcba9876543210fedcba9876543210</author><time>20:15</time><text>hi how was school</text></message>
    <message line="2"><author>00112233445566778899aabbccddeeff</author><time>20:16</time><text>fine &amp;amp; homework now</text></message>
    <message line="3"><author>fedcba9876543210fedcba9876543210</author><time>20:17</time><text>&lt;3 ok</text></message>
  </conversation>
  <conversation id="ffffffffffffffffffffffffffffffff">
    <message line="1"><author>aaaa</author><time>01:00</time><text></text></message>
  </conversation>
</conversations>
"""


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    return path
