"""Telegram Desktop JSON exports (``result.json``): one chat, or a full account export.

``date`` is the exporting machine's local time with no offset; ``date_unixtime`` (a string
of epoch seconds) is UTC and is what Cairn reads; the raw value kept is ``date_unixtime``
with ``date`` beside it. ``text`` is a string or a list of strings and ``{type, text}`` parts.
``from_id`` is the stable author id; the account owner comes from ``personal_information``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from cairn.chats.formats.base import (
    ChatParser,
    ParseOptions,
    conversation_id,
    participants_from,
    read_bytes,
    resolve_zone,
    seconds_to_utc,
)
from cairn.chats.formats.jsonutil import as_dict, as_list, as_str, load_json, sniff_json
from cairn.errors import WrongFormat
from cairn.model.chat import Attachment, Conversation, Message

__all__ = ["TelegramParser"]

_MEDIA_FIELDS = ("photo", "file")
_SKIPPED = "(File not included"


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    parts: list[str] = []
    for part in as_list(value):
        if isinstance(part, str):
            parts.append(part)
        else:
            parts.append(as_str(as_dict(part).get("text")))
    return "".join(parts)


class TelegramParser(ChatParser):
    """Telegram Desktop "Export chat history" / "Export Telegram data" in JSON."""

    NAME: ClassVar[str] = "telegram_json"
    DESCRIPTION: ClassVar[str] = "Telegram Desktop JSON export (one chat or full export)"

    @classmethod
    def sniff(cls, name: bytes, head: bytes) -> bool:
        text = sniff_json(head)
        if not text:
            return False
        if '"personal_information"' in text and '"about"' in text:
            return True
        return '"messages"' in text and (
            '"date_unixtime"' in text
            or any(f'"type": "{kind}"' in text for kind in ("personal_chat", "private_group"))
        )

    def parse(self, source: bytes | Path, options: ParseOptions) -> list[Conversation]:
        data = as_dict(load_json(read_bytes(source, self.MAX_BYTES)))
        owner = ""
        info = as_dict(data.get("personal_information"))
        if info.get("user_id") is not None:
            owner = f"user{as_str(info.get('user_id'))}"
        chats: list[dict[str, Any]] = []
        if "messages" in data and isinstance(data.get("messages"), list):
            chats.append(data)
        for key in ("chats", "left_chats"):
            chats.extend(as_dict(c) for c in as_list(as_dict(data.get(key)).get("list")))
        if not chats and not info:
            raise WrongFormat("no Telegram chats")
        zone = resolve_zone(options.time_zone)
        conversations = []
        for number, chat in enumerate(chats):
            conversations.append(self._chat(chat, number, owner, zone.key, options))
        return conversations

    def _chat(
        self, chat: dict[str, Any], number: int, owner: str, zone: str, options: ParseOptions
    ) -> Conversation:
        native = as_str(chat.get("id"))
        title = as_str(chat.get("name"))
        names: dict[str, str] = {}
        messages: list[Message] = []
        local_only = False
        for record, raw in enumerate(as_list(chat.get("messages"))):
            item = as_dict(raw)
            if not item:
                options.warn(
                    f"{options.source or 'telegram'} chat {native or number} "
                    f"record {record}: not an object, skipped"
                )
                continue
            service = item.get("type") == "service"
            author_id = as_str(item.get("actor_id" if service else "from_id"))
            name = as_str(item.get("actor" if service else "from"))
            if author_id and name:
                names.setdefault(author_id, name)
            author = author_id or name
            unix = as_str(item.get("date_unixtime"))
            date = as_str(item.get("date"))
            when: datetime | None = None
            if unix.strip().lstrip("-").isdigit():
                when = seconds_to_utc(int(unix))
                raw_time = f"{unix} ({date})" if date else unix
            else:
                raw_time = date
                when = _local(date, zone)
                local_only = local_only or when is not None
            text = _text(item.get("text"))
            if service and not text:
                text = as_str(item.get("action")).replace("_", " ")
            attachments = []
            for field in _MEDIA_FIELDS:
                value = as_str(item.get(field))
                if value:
                    attachments.append(
                        Attachment(
                            name="" if value.startswith(_SKIPPED) else value,
                            kind=as_str(item.get("media_type")) or field,
                            omitted=value.startswith(_SKIPPED),
                        )
                    )
            messages.append(
                Message(len(messages), when, raw_time, author, text, tuple(attachments), service)
            )
        assumptions = (
            (f"'date' read in zone {zone} where 'date_unixtime' is missing",) if local_only else ()
        )
        return Conversation(
            id=conversation_id(self.NAME, options.source, native or str(number), messages, title),
            format=self.NAME,
            title=title,
            participants=participants_from(messages, names, stable=True, owner=owner or None),
            messages=tuple(messages),
            source=options.source,
            native_id=native,
            time_zone=zone if local_only else "",
            assumptions=assumptions,
        )


def _local(value: str, zone: str) -> datetime | None:
    try:
        naive = datetime.fromisoformat(value)
    except ValueError:
        return None
    if naive.tzinfo is None:
        naive = naive.replace(tzinfo=resolve_zone(zone))
    return naive.astimezone(resolve_zone("UTC"))
