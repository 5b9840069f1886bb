"""DiscordChatExporter JSON (``guild``, ``channel``, ``messages``).

Timestamps are ISO-8601 with an offset; ``author.id`` is the stable identity (names and
nicknames change). Message types other than ``Default`` and ``Reply`` are system lines.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

from cairn.chats.formats.base import (
    ChatParser,
    ParseOptions,
    conversation_id,
    participants_from,
    read_bytes,
)
from cairn.chats.formats.jsonutil import as_dict, as_list, as_str, load_json, sniff_json
from cairn.errors import WrongFormat
from cairn.model.chat import Attachment, Conversation, Message

__all__ = ["DiscordParser"]

_USER_TYPES = {"Default", "Reply", ""}


def iso_to_utc(value: str) -> datetime | None:
    """An ISO-8601 time with offset as UTC; None if unreadable or without an offset."""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    return when.astimezone(UTC)


class DiscordParser(ChatParser):
    """One channel or DM exported by Tyrrrz/DiscordChatExporter as JSON."""

    NAME: ClassVar[str] = "discord_json"
    DESCRIPTION: ClassVar[str] = "DiscordChatExporter JSON"

    @classmethod
    def sniff(cls, name: bytes, head: bytes) -> bool:
        text = sniff_json(head)
        return bool(text) and '"guild"' in text and '"channel"' in text

    def parse(self, source: bytes | Path, options: ParseOptions) -> list[Conversation]:
        data = as_dict(load_json(read_bytes(source, self.MAX_BYTES)))
        if "guild" not in data or "channel" not in data or "messages" not in data:
            raise WrongFormat("no guild/channel/messages")
        guild = as_dict(data.get("guild"))
        channel = as_dict(data.get("channel"))
        names: dict[str, str] = {}
        messages: list[Message] = []
        for record, raw in enumerate(as_list(data.get("messages"))):
            item = as_dict(raw)
            if not item:
                options.warn(f"{options.source or 'discord'} record {record}: not an object")
                continue
            author = as_dict(item.get("author"))
            author_id = as_str(author.get("id"))
            name = as_str(author.get("nickname")) or as_str(author.get("name"))
            if author_id:
                names.setdefault(author_id, name)
            stamp = as_str(item.get("timestamp"))
            attachments = tuple(
                Attachment(
                    name=as_str(as_dict(a).get("fileName")) or as_str(as_dict(a).get("url")),
                    kind="file",
                )
                for a in as_list(item.get("attachments"))
            )
            messages.append(
                Message(
                    len(messages),
                    iso_to_utc(stamp),
                    stamp,
                    author_id or name,
                    as_str(item.get("content")),
                    attachments,
                    as_str(item.get("type")) not in _USER_TYPES,
                )
            )
        title = " / ".join(p for p in (as_str(guild.get("name")), as_str(channel.get("name"))) if p)
        native = as_str(channel.get("id"))
        return [
            Conversation(
                id=conversation_id(self.NAME, options.source, native, messages, title),
                format=self.NAME,
                title=title,
                participants=participants_from(messages, names, stable=True),
                messages=tuple(messages),
                source=options.source,
                native_id=native,
            )
        ]
