"""SMS Backup & Restore (SyncTech) XML: ``<smses>`` with ``<sms>`` and ``<mms>`` elements.

``date`` is Java epoch milliseconds (MMS dates are checked by magnitude, since the
underlying ``pdu.date`` is seconds). SMS ``type`` 2 (and MMS ``msg_box`` 2) are sent by the
phone's owner; the others come from ``address``. Messages are grouped into one
conversation per correspondent address (several addresses for group MMS).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import ClassVar

from cairn.chats.formats.base import (
    ChatParser,
    ParseOptions,
    conversation_id,
    epoch_to_utc,
    read_bytes,
)
from cairn.chats.formats.xmlutil import iter_elements, sniff_xml_root
from cairn.model.chat import Attachment, Conversation, Message, Participant

__all__ = ["OWNER", "SmsBackupParser", "normalise_address"]

OWNER = "owner"
"""The participant id Cairn gives the phone's owner in SMS formats (sent messages)."""

_SENT_SMS = {"2", "4", "5", "6"}
_FROM = "137"


def normalise_address(address: str) -> str:
    """An SMS address without spaces, dashes or brackets (the grouping key)."""
    return re.sub(r"[\s\-().]", "", address or "")


class SmsBackupParser(ChatParser):
    """``sms-*.xml`` backups written by SMS Backup & Restore."""

    NAME: ClassVar[str] = "sms_backup_xml"
    DESCRIPTION: ClassVar[str] = "SMS Backup & Restore XML (SMS and MMS)"

    @classmethod
    def sniff(cls, name: bytes, head: bytes) -> bool:
        return sniff_xml_root(head) == "smses"

    def parse(self, source: bytes | Path, options: ParseOptions) -> list[Conversation]:
        data = read_bytes(source, self.MAX_BYTES)
        where = options.source or "sms backup"
        threads: dict[str, list[tuple[str, str, str, str, tuple[Attachment, ...]]]] = {}
        names: dict[str, str] = {}
        record = 0
        for event, element in iter_elements(data, "smses", where):
            if event != "end" or element.tag not in ("sms", "mms"):
                continue
            record += 1
            get = element.attrib.get
            if element.tag == "sms":
                address = normalise_address(get("address", ""))
                key = address
                sent = get("type", "1") in _SENT_SMS
                text = get("body", "")
                author = OWNER if sent else address
                attachments: tuple[Attachment, ...] = ()
            else:
                sent = get("msg_box", "1") == "2"
                addresses: list[str] = []
                sender = ""
                for addr in element.iter("addr"):
                    value = normalise_address(addr.attrib.get("address", ""))
                    if value and value.lower() != "insert-address-token":
                        addresses.append(value)
                        if addr.attrib.get("type") == _FROM:
                            sender = value
                if not addresses:
                    addresses = [normalise_address(a) for a in get("address", "").split("~")]
                others = sorted({a for a in addresses if a and (a != sender or not sent)})
                key = "~".join(others)
                author = OWNER if sent else (sender or (others[0] if others else ""))
                texts: list[str] = []
                files: list[Attachment] = []
                for part in element.iter("part"):
                    content_type = part.attrib.get("ct", "")
                    if content_type == "text/plain":
                        texts.append(part.attrib.get("text", ""))
                    elif content_type != "application/smil":
                        name = part.attrib.get("cl") or part.attrib.get("name") or ""
                        files.append(
                            Attachment(name="" if name == "null" else name, kind=content_type)
                        )
                text = "\n".join(t for t in texts if t)
                attachments = tuple(files)
            contact = get("contact_name", "")
            if contact and contact != "(Unknown)" and key:
                names.setdefault(key, contact)
            raw_date = get("date", "")
            threads.setdefault(key, []).append((raw_date, author, text, "", attachments))
            element.clear()
        conversations = []
        for key, rows in threads.items():
            ordered = sorted(
                enumerate(rows), key=lambda r: (_as_int(r[1][0]) is None, _as_int(r[1][0]), r[0])
            )
            messages = []
            for position, (_n, (raw_date, author, text, _x, attachments)) in enumerate(ordered):
                number = _as_int(raw_date)
                when = epoch_to_utc(number) if number is not None else None
                messages.append(Message(position, when, raw_date, author, text, attachments))
            conversations.append(sms_conversation(self.NAME, options.source, key, messages, names))
        return conversations


def _as_int(value: str) -> int | None:
    try:
        return int(value)
    except ValueError:
        return None


def sms_conversation(
    fmt: str, source: str, key: str, messages: list[Message], names: dict[str, str]
) -> Conversation:
    """A conversation between the owner and the addresses in ``key`` (``~``-separated)."""
    people = [a for a in key.split("~") if a]
    participants = [Participant(id=OWNER, name="phone owner", stable=True, owner=True)]
    participants.extend(
        Participant(id=address, name=names.get(key, "") if len(people) == 1 else "", stable=True)
        for address in people
    )
    for message in messages:
        if message.author and message.author not in {p.id for p in participants}:
            participants.append(Participant(id=message.author, stable=True))
    title = names.get(key, "") or ", ".join(people)
    return Conversation(
        id=conversation_id(fmt, source, key, messages, title),
        format=fmt,
        title=title,
        participants=tuple(participants),
        messages=tuple(messages),
        source=source,
        native_id=key,
    )
