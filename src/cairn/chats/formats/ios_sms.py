"""iOS Messages database ``sms.db`` (also macOS ``chat.db``): SMS, iMessage and RCS.

``message.date`` counts from 2001-01-01 UTC, in seconds on older systems and nanoseconds
since about iOS 11 (told apart by magnitude). ``text`` is often NULL on iOS 16+; the text
is then read from the ``attributedBody`` typedstream (the NSString after its class name).
Messages are grouped by ``chat`` through ``chat_message_join``; ``is_from_me`` marks the
owner's messages and ``handle.id`` (a number or e-mail) the other party's.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from cairn.chats.formats.base import ChatParser, ParseOptions
from cairn.chats.formats.sms_backup import OWNER, sms_conversation
from cairn.chats.formats.sqliteutil import MAGIC, columns, open_copy, tables
from cairn.errors import WrongFormat
from cairn.model.chat import Attachment, Conversation, Message

__all__ = ["IosSmsParser", "decode_attributed_body"]

_APPLE_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)


def apple_time(value: Any) -> datetime | None:
    """Seconds or nanoseconds since 2001-01-01 UTC as an aware datetime."""
    if value is None or isinstance(value, bytes | str):
        return None
    number = float(value)
    if abs(number) > 1e12:
        number /= 1e9
    try:
        return _APPLE_EPOCH + timedelta(seconds=number)
    except OverflowError:
        return None


def decode_attributed_body(blob: Any) -> str:
    """The plain text in an ``attributedBody`` typedstream, or "" if none can be found.

    The string follows the ``NSString`` class name: after five bytes of type information
    comes its length (one byte, or 0x81 and two little-endian bytes) and the UTF-8 text.
    """
    if not isinstance(blob, bytes) or b"NSString" not in blob:
        return ""
    body = blob.split(b"NSString", 1)[1][5:]
    if not body:
        return ""
    if body[0] == 0x81:
        length = int.from_bytes(body[1:3], "little")
        text = body[3 : 3 + length]
    elif body[0] == 0x82:
        length = int.from_bytes(body[1:5], "little")
        text = body[5 : 5 + length]
    else:
        length = body[0]
        text = body[1 : 1 + length]
    return text.decode("utf-8", errors="replace")


class IosSmsParser(ChatParser):
    """``/private/var/mobile/Library/SMS/sms.db`` (backup file ``3d0d7e5f…``)."""

    NAME: ClassVar[str] = "ios_sms_db"
    DESCRIPTION: ClassVar[str] = "iOS Messages database sms.db / macOS chat.db"
    NEEDS_FILE: ClassVar[bool] = True

    @classmethod
    def sniff(cls, name: bytes, head: bytes) -> bool:
        return head.startswith(MAGIC) and b"chat_message_join" in head

    def parse(self, source: bytes | Path, options: ParseOptions) -> list[Conversation]:
        where = options.source or "sms.db"
        with open_copy(source, where) as connection:
            names = tables(connection)
            if not {"message", "handle"} <= names:
                raise WrongFormat("no message/handle tables")
            message_columns = columns(connection, "message")
            body = "attributedBody" if "attributedBody" in message_columns else "NULL"
            handles = {
                int(rowid): str(ident or "")
                for rowid, ident in connection.execute("SELECT ROWID, id FROM handle")
            }
            chats: dict[int, int] = {}
            chat_names: dict[int, str] = {}
            members: dict[int, set[str]] = {}
            if {"chat", "chat_message_join"} <= names:
                for chat_id, message_id in connection.execute(
                    "SELECT chat_id, message_id FROM chat_message_join"
                ):
                    chats[int(message_id)] = int(chat_id)
                for rowid, identifier, display in connection.execute(
                    "SELECT ROWID, chat_identifier, COALESCE(display_name, '') FROM chat"
                ):
                    chat_names[int(rowid)] = str(display or identifier or "")
            if "chat_handle_join" in names:
                for chat_id, handle_id in connection.execute(
                    "SELECT chat_id, handle_id FROM chat_handle_join"
                ):
                    members.setdefault(int(chat_id), set()).add(handles.get(int(handle_id), ""))
            files: dict[int, list[Attachment]] = {}
            if {"attachment", "message_attachment_join"} <= names:
                for message_id, filename, mime, transfer in connection.execute(
                    "SELECT j.message_id, a.filename, a.mime_type, a.transfer_name "
                    "FROM message_attachment_join j JOIN attachment a ON a.ROWID = j.attachment_id"
                ):
                    files.setdefault(int(message_id), []).append(
                        Attachment(name=str(transfer or filename or ""), kind=str(mime or ""))
                    )
            groups: dict[str, list[tuple[Any, str, str, tuple[Attachment, ...]]]] = {}
            titles: dict[str, str] = {}
            for rowid, text, blob, handle_id, date, from_me in connection.execute(
                f"SELECT ROWID, text, {body}, handle_id, date, is_from_me FROM message "
                "ORDER BY date, ROWID"
            ):
                handle = handles.get(int(handle_id or 0), "")
                chat = chats.get(int(rowid))
                if chat is not None:
                    people = sorted(members.get(chat, set()) - {""}) or [handle]
                    key = "~".join(p for p in people if p)
                    titles.setdefault(key, chat_names.get(chat, ""))
                else:
                    key = handle
                content = text if isinstance(text, str) and text else decode_attributed_body(blob)
                author = OWNER if from_me else handle
                groups.setdefault(key, []).append(
                    (date, author, content, tuple(files.get(int(rowid), [])))
                )
        conversations = []
        for key, rows in groups.items():
            messages = [
                Message(position, apple_time(date), str(date), author, text, attachments)
                for position, (date, author, text, attachments) in enumerate(rows)
            ]
            conversations.append(
                sms_conversation(
                    self.NAME, options.source, key, messages, {key: titles.get(key, "")}
                )
            )
        return conversations
