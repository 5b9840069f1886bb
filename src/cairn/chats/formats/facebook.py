"""Facebook Messenger and Instagram direct messages ("Download Your Information", JSON).

Strings are UTF-8 bytes escaped one per ``\\u00XX`` (mojibake); they are repaired by
re-encoding as Latin-1 and decoding as UTF-8 where that round trip works. Messages come
newest first and are put in time order. Only display names exist (no user ids), and people
who left a thread keep their messages without being in ``participants``. A long thread is
split over ``message_1.json``, ``message_2.json``…: :func:`merge_threads` joins them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from cairn.chats.formats.base import (
    ChatParser,
    ParseOptions,
    conversation_id,
    participants_from,
    read_bytes,
    seconds_to_utc,
)
from cairn.chats.formats.jsonutil import as_dict, as_list, as_str, load_json, sniff_json
from cairn.errors import WrongFormat
from cairn.model.chat import Attachment, Conversation, Message

__all__ = ["FacebookParser", "merge_threads", "repair_mojibake"]

_MEDIA = ("photos", "videos", "audio_files", "gifs", "files")
_SYSTEM_TYPES = {"Call", "Subscribe", "Unsubscribe"}


def repair_mojibake(text: str) -> str:
    """Undo Facebook's Latin-1 view of UTF-8 bytes; text that is not mojibake is unchanged."""
    if not text or max(text) < "\x80" or max(text) > "\xff":
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


class FacebookParser(ChatParser):
    """One ``message_N.json`` file of a Messenger or Instagram thread."""

    NAME: ClassVar[str] = "facebook_json"
    DESCRIPTION: ClassVar[str] = (
        "Facebook Messenger / Instagram DM JSON (Download Your Information)"
    )

    @classmethod
    def sniff(cls, name: bytes, head: bytes) -> bool:
        text = sniff_json(head)
        return (
            bool(text)
            and '"participants"' in text
            and any(
                key in text
                for key in ('"sender_name"', '"timestamp_ms"', '"thread_path"', '"magic_words"')
            )
        )

    def parse(self, source: bytes | Path, options: ParseOptions) -> list[Conversation]:
        data = as_dict(load_json(read_bytes(source, self.MAX_BYTES)))
        if "participants" not in data or "messages" not in data:
            raise WrongFormat("no participants/messages")
        records = []
        for record, raw in enumerate(as_list(data.get("messages"))):
            item = as_dict(raw)
            if not item:
                options.warn(f"{options.source or 'facebook'} record {record}: not an object")
                continue
            stamp = item.get("timestamp_ms")
            millis = stamp if isinstance(stamp, int) and not isinstance(stamp, bool) else None
            records.append((millis if millis is not None else 0, record, item))
        records.sort(key=lambda r: (r[0], -r[1]))
        messages = [_message(position, item) for position, (_t, _r, item) in enumerate(records)]
        listed = [
            repair_mojibake(as_str(as_dict(p).get("name"))) for p in as_list(data["participants"])
        ]
        title = repair_mojibake(as_str(data.get("title")))
        native = as_str(data.get("thread_path"))
        return [_conversation(self.NAME, options.source, native, title, messages, listed)]


def _message(position: int, item: dict[str, Any]) -> Message:
    stamp = item.get("timestamp_ms")
    when = None
    raw = ""
    if isinstance(stamp, int | float) and not isinstance(stamp, bool):
        raw = str(stamp)
        when = seconds_to_utc(float(stamp) / 1000.0)
    attachments: list[Attachment] = []
    for field in _MEDIA:
        for media in as_list(item.get(field)):
            uri = as_str(as_dict(media).get("uri"))
            attachments.append(Attachment(name=uri, kind=field.rstrip("s")))
    sticker = as_str(as_dict(item.get("sticker")).get("uri"))
    if sticker:
        attachments.append(Attachment(name=sticker, kind="sticker"))
    text = repair_mojibake(as_str(item.get("content")))
    link = as_str(as_dict(item.get("share")).get("link"))
    if link and link not in text:
        text = f"{text}\n{link}" if text else link
    return Message(
        position,
        when,
        raw,
        repair_mojibake(as_str(item.get("sender_name"))),
        text,
        tuple(attachments),
        as_str(item.get("type")) in _SYSTEM_TYPES,
    )


def _conversation(
    name: str, source: str, native: str, title: str, messages: list[Message], listed: list[str]
) -> Conversation:
    return Conversation(
        id=conversation_id(name, source, native, messages, title),
        format=name,
        title=title,
        participants=participants_from(messages, stable=False, extra=listed),
        messages=tuple(messages),
        source=source,
        native_id=native,
    )


def merge_threads(conversations: Iterable[Conversation], source: str) -> list[Conversation]:
    """Join the ``message_N.json`` parts of one thread (same ``thread_path``) into one."""
    groups: dict[str, list[Conversation]] = {}
    singles: list[Conversation] = []
    for conversation in conversations:
        if conversation.format == FacebookParser.NAME and conversation.native_id:
            groups.setdefault(conversation.native_id, []).append(conversation)
        else:
            singles.append(conversation)
    merged = list(singles)
    for native, parts in groups.items():
        if len(parts) == 1:
            merged.append(parts[0])
            continue
        ordered = sorted(
            (m for part in parts for m in part.messages),
            key=lambda m: (m.time_utc is None, m.time_utc, m.index),
        )
        messages = [
            Message(i, m.time_utc, m.time_raw, m.author, m.text, m.attachments, m.system)
            for i, m in enumerate(ordered)
        ]
        listed = [p.id for part in parts for p in part.participants]
        merged.append(
            _conversation(FacebookParser.NAME, source, native, parts[0].title, messages, listed)
        )
    return merged
