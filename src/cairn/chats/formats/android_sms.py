"""Android's telephony database ``mmssms.db``: the ``sms`` table and MMS in ``pdu``/``part``/
``addr``, grouped into conversations by ``thread_id``.

``sms.date`` is milliseconds and ``pdu.date`` seconds (both checked by magnitude). SMS
``type`` 2/4/5/6 and MMS ``msg_box`` 2/4/5 are sent by the owner; MMS text sits in
``part`` rows of type ``text/plain``; the sender of an incoming MMS is its ``addr`` of type
137 (From).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, ClassVar

from cairn.chats.formats.base import ChatParser, ParseOptions, epoch_to_utc
from cairn.chats.formats.sms_backup import OWNER, normalise_address, sms_conversation
from cairn.chats.formats.sqliteutil import MAGIC, columns, open_copy, tables
from cairn.errors import WrongFormat
from cairn.model.chat import Attachment, Conversation, Message

__all__ = ["AndroidSmsParser"]

_SENT_SMS = {2, 4, 5, 6}
_SENT_MMS = {2, 4, 5}


class AndroidSmsParser(ChatParser):
    """``/data/data/com.android.providers.telephony/databases/mmssms.db``."""

    NAME: ClassVar[str] = "android_mmssms"
    DESCRIPTION: ClassVar[str] = "Android telephony database mmssms.db (SMS and MMS)"
    NEEDS_FILE: ClassVar[bool] = True

    @classmethod
    def sniff(cls, name: bytes, head: bytes) -> bool:
        return head.startswith(MAGIC) and (
            b"canonical_addresses" in head or (b"CREATE TABLE sms" in head and b"pdu" in head)
        )

    def parse(self, source: bytes | Path, options: ParseOptions) -> list[Conversation]:
        where = options.source or "mmssms.db"
        with open_copy(source, where) as connection:
            names = tables(connection)
            if "sms" not in names or not {"address", "body", "date"} <= columns(connection, "sms"):
                raise WrongFormat("no sms table")
            threads: dict[str, list[tuple[int | None, str, str, str, tuple[Attachment, ...]]]] = {}
            addresses: dict[str, set[str]] = {}
            sms_columns = columns(connection, "sms")
            thread = "thread_id" if "thread_id" in sms_columns else "NULL"
            kind = "type" if "type" in sms_columns else "1"
            for row in connection.execute(
                f"SELECT _id, {thread}, address, date, {kind}, body FROM sms ORDER BY date, _id"
            ):
                _id, thread_id, address, date, sms_type, body = row
                address = normalise_address(_s(address))
                key = str(thread_id) if thread_id is not None else address
                addresses.setdefault(key, set()).add(address)
                author = OWNER if _i(sms_type) in _SENT_SMS else address
                threads.setdefault(key, []).append((_i(date), _s(date), author, _s(body), ()))
            if {"pdu", "part", "addr"} <= names:
                self._mms(connection, threads, addresses)
        conversations = []
        for key, rows in threads.items():
            timed = [
                (epoch_to_utc(row[0]) if row[0] is not None else None, n, row)
                for n, row in enumerate(rows)
            ]
            timed.sort(key=lambda r: (r[0] is None, r[0].timestamp() if r[0] else 0.0, r[1]))
            messages = [
                Message(position, when, raw, author, text, attachments)
                for position, (when, _n, (_d, raw, author, text, attachments)) in enumerate(timed)
            ]
            people = "~".join(sorted(a for a in addresses.get(key, set()) if a))
            conversations.append(
                sms_conversation(self.NAME, options.source, people or key, messages, {})
            )
        return conversations

    def _mms(
        self,
        connection: sqlite3.Connection,
        threads: dict[str, list[tuple[int | None, str, str, str, tuple[Attachment, ...]]]],
        addresses: dict[str, set[str]],
    ) -> None:
        parts: dict[int, list[tuple[str, str, str]]] = {}
        for mid, content_type, text, name in connection.execute(
            "SELECT mid, ct, text, COALESCE(cl, name, _data, '') FROM part ORDER BY mid, seq"
        ):
            parts.setdefault(_i(mid) or 0, []).append((_s(content_type), _s(text), _s(name)))
        senders: dict[int, str] = {}
        for msg_id, address, addr_type in connection.execute(
            "SELECT msg_id, address, type FROM addr"
        ):
            value = normalise_address(_s(address))
            if _i(addr_type) == 137 and value.lower() != "insert-address-token":
                senders[_i(msg_id) or 0] = value
        for _id, thread_id, date, box in connection.execute(
            "SELECT _id, thread_id, date, msg_box FROM pdu ORDER BY date, _id"
        ):
            key = str(thread_id)
            texts = [t for ct, t, _n in parts.get(_i(_id) or 0, []) if ct == "text/plain" and t]
            files = tuple(
                Attachment(name=n, kind=ct)
                for ct, _t, n in parts.get(_i(_id) or 0, [])
                if ct not in ("text/plain", "application/smil")
            )
            author = OWNER if _i(box) in _SENT_MMS else senders.get(_i(_id) or 0, "")
            if author and author != OWNER:
                addresses.setdefault(key, set()).add(author)
            threads.setdefault(key, []).append(
                (_i(date), _s(date), author, "\n".join(texts), files)
            )


def _s(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def _i(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
