"""PAN 2012 Sexual Predator Identification XML (the research benchmark corpus).

``<time>`` is ``HH:MM`` with no date, so ``time_utc`` is None and the raw value is kept.
Text carries HTML entities, some escaped twice (``&amp;amp;``): they are unescaped until
stable (at most twice). Author and conversation ids are 32-hex hashes (stable).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import ClassVar

from cairn.chats.formats.base import (
    ChatParser,
    ParseOptions,
    conversation_id,
    participants_from,
    read_bytes,
)
from cairn.chats.formats.xmlutil import iter_elements, sniff_xml_root
from cairn.model.chat import Conversation, Message

__all__ = ["Pan12Parser"]


def _unescape(text: str) -> str:
    for _ in range(2):
        clean = html.unescape(text)
        if clean == text:
            break
        text = clean
    return text


class Pan12Parser(ChatParser):
    """``pan12-sexual-predator-identification-*.xml`` corpus files."""

    NAME: ClassVar[str] = "pan12_xml"
    DESCRIPTION: ClassVar[str] = "PAN 2012 sexual predator identification corpus XML"

    @classmethod
    def sniff(cls, name: bytes, head: bytes) -> bool:
        return sniff_xml_root(head) == "conversations" and b"<conversation" in head[:4096]

    def parse(self, source: bytes | Path, options: ParseOptions) -> list[Conversation]:
        data = read_bytes(source, self.MAX_BYTES)
        conversations: list[Conversation] = []
        messages: list[Message] = []
        native = ""
        for event, element in iter_elements(data, "conversations", options.source or "pan12"):
            if event == "start" and element.tag == "conversation":
                native = element.attrib.get("id", "")
                messages = []
            elif event == "end" and element.tag == "message":
                messages.append(
                    Message(
                        len(messages),
                        None,
                        (element.findtext("time") or "").strip(),
                        (element.findtext("author") or "").strip(),
                        _unescape(element.findtext("text") or ""),
                    )
                )
                element.clear()
            elif event == "end" and element.tag == "conversation":
                conversations.append(
                    Conversation(
                        id=conversation_id(self.NAME, options.source, native, messages),
                        format=self.NAME,
                        title=native,
                        participants=participants_from(messages, stable=True),
                        messages=tuple(messages),
                        source=options.source,
                        native_id=native,
                        assumptions=("PAN12 times are HH:MM with no date; no UTC time",),
                    )
                )
                element.clear()
        return conversations
