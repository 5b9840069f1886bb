"""WhatsApp "Export chat" text files, Android and iOS, in several locales' date forms.

Each message starts with a date-and-time header; lines without one continue the previous
message; a header with no ``Author:`` is a system line. The export carries no time zone and
does not mark day/month order: the zone comes from the options (default UTC) and the order
from the values (a first field above 12 means day first), else from the options, else day
first unless the times use AM/PM. Both assumptions are recorded on the conversation.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar
from zoneinfo import ZoneInfo

from cairn.chats.formats.base import (
    ChatParser,
    ParseOptions,
    conversation_id,
    participants_from,
    read_bytes,
    resolve_zone,
    strip_marks,
)
from cairn.errors import ConfigError, WrongFormat
from cairn.model.chat import Attachment, Conversation, Message

__all__ = ["WhatsAppTextParser"]

# After Pustur/whatsapp-chat-parser: optional marks, optional bracket, date, separator words
# (Finnish "klo"), time with optional seconds and a.m./p.m. (U+202F or U+00A0 before it).
_HEADER = re.compile(
    r"^[\u200e\u200f]*\[?(?P<date>\d{1,4}[-/.] ?\d{1,4}[-/.] ?\d{1,4})[,.]? \D{0,12}?"
    r"(?P<time>\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)"
    r"(?:[ \u202f\u00a0]?(?P<ampm>[aApP]\.? ?[mM]\.?))?\]?(?: [-–]|:)? (?P<rest>.*)$"
)
_AUTHOR = re.compile(r"^(?P<author>[^:]{1,120}?): (?P<text>.*)$", re.DOTALL)

# Placeholders, per language (all localised by WhatsApp). Sources: parser tests and exports
# seen in public tools; languages beyond English are best effort (docs/chats.md).
_OMITTED = re.compile(
    r"^\s*(?:<(?:Media omitted|Medien ausgeschlossen|Multimedia omitido|Médias omis|"
    r"Mídia oculta|Media weggelaten|Media omessi)>|"
    r"(?P<kind>image|video|audio|sticker|GIF|document|Contact card|"
    r"Bild|Audio|Sticker|Dokument|imagen|vídeo|documento|"
    r"afbeelding|immagine|imagem) (?:omitted|weggelassen|omitido|omitida|"
    r"weggelaten|omessa|omesso|ocultada|ocultado|absente))\s*$",
    re.IGNORECASE,
)
_ATTACHED_ANDROID = re.compile(
    r"^(?P<name>\S.*?) \((?:file attached|Datei angehängt|archivo adjunto|fichier joint|"
    r"arquivo anexado|bestand bijgevoegd|file allegato)\)\s*$",
    re.IGNORECASE,
)
_ATTACHED_IOS = re.compile(r"^\s*<(?:attached|Anhang|adjunto|pièce jointe): (?P<name>[^>]+)>")
_DELETED = re.compile(
    r"^\s*(?:This message was deleted|You deleted this message|"
    r"Diese Nachricht wurde gelöscht|Du hast diese Nachricht gelöscht|"
    r"Se eliminó este mensaje|Eliminaste este mensaje|Ce message a été supprimé|"
    r"Vous avez supprimé ce message|Esta mensagem foi apagada|Dit bericht is verwijderd)\.?\s*$",
    re.IGNORECASE,
)
_TITLE = re.compile(r"^WhatsApp(?: Chat (?:with|mit|con|avec|com|met) )?(?P<title>.*?)\.txt$")


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise WrongFormat("not UTF-8 text")


class WhatsAppTextParser(ChatParser):
    """WhatsApp ``.txt`` exports (``WhatsApp Chat with X.txt``, iOS ``_chat.txt``)."""

    NAME: ClassVar[str] = "whatsapp_txt"
    DESCRIPTION: ClassVar[str] = "WhatsApp 'Export chat' text (Android and iOS)"
    MAX_BYTES: ClassVar[int] = 512 * 1024 * 1024

    @classmethod
    def sniff(cls, name: bytes, head: bytes) -> bool:
        text = head.decode("utf-8-sig", errors="ignore")
        lines = [line for line in text.splitlines()[:8] if line.strip()]
        if not lines:
            return False
        # The last line may be cut by the head's end; a continuation line may follow one.
        candidates = lines[:-1] if len(lines) > 1 else lines
        hits = sum(1 for line in candidates if _HEADER.match(line))
        return bool(_HEADER.match(lines[0])) and hits >= min(2, len(candidates))

    def parse(self, source: bytes | Path, options: ParseOptions) -> list[Conversation]:
        text = _decode(read_bytes(source, self.MAX_BYTES))
        zone = resolve_zone(options.time_zone)
        rows: list[tuple[str, str, str | None, str, int]] = []  # date, time, ampm, rest, line
        continuation: dict[int, list[str]] = {}
        raws: list[str] = []  # each header's date and time exactly as written
        for number, line in enumerate(text.splitlines(), 1):
            match = _HEADER.match(line)
            if match:
                end = match.end("ampm") if match["ampm"] else match.end("time")
                rows.append((match["date"], match["time"], match["ampm"], match["rest"], number))
                raws.append(line[match.start("date") : end])
            elif rows:
                continuation.setdefault(len(rows) - 1, []).append(line)
            elif line.strip():
                options.warn(
                    f"{options.source or 'whatsapp'} line {number}: text before the "
                    "first message header, skipped"
                )
        if not rows:
            raise WrongFormat("no WhatsApp message headers")
        order, how = _date_order([r[0] for r in rows], any(r[2] for r in rows), options)
        messages: list[Message] = []
        for position, (date_raw, time_raw, ampm, rest, number) in enumerate(rows):
            body = rest
            if position in continuation:
                body = "\n".join([rest, *continuation[position]])
            raw = raws[position]
            when = _to_utc(date_raw, time_raw, ampm, order, zone)
            if when is None:
                options.warn(f"{options.source or 'whatsapp'} line {number}: date not readable")
            found = _AUTHOR.match(body)
            if found is None:
                messages.append(
                    Message(position, when, raw, "", strip_marks(body).strip(), system=True)
                )
                continue
            author = strip_marks(found["author"]).strip()
            content = found["text"]
            attachments, content = _attachments(content)
            messages.append(Message(position, when, raw, author, content, attachments))
        title = ""
        if isinstance(source, Path):
            named = _TITLE.match(source.name)
            if named:
                title = named["title"]
        assumptions = (
            f"local times read in zone {zone.key} (the export carries no zone)",
            f"date order {order.upper()} ({how})",
        )
        return [
            Conversation(
                id=conversation_id(self.NAME, options.source, "", messages, title),
                format=self.NAME,
                title=title,
                participants=participants_from(messages, stable=False),
                messages=tuple(messages),
                source=options.source,
                time_zone=zone.key,
                assumptions=assumptions,
            )
        ]


def _attachments(content: str) -> tuple[tuple[Attachment, ...], str]:
    clean = strip_marks(content)
    first = clean.split("\n", 1)[0]
    omitted = _OMITTED.match(first)
    if omitted:
        kind = (omitted["kind"] or "media").lower()
        return (Attachment(name="", kind=kind, omitted=True),), ""
    attached = _ATTACHED_ANDROID.match(first) or _ATTACHED_IOS.match(first)
    if attached:
        name = attached["name"].strip()
        rest = clean.split("\n", 1)[1] if "\n" in clean else ""
        return (Attachment(name=name, kind=_kind_of(name)),), rest.strip()
    if _DELETED.match(clean):
        return (), ""
    return (), clean


def _kind_of(name: str) -> str:
    upper = name.upper()
    for marker, kind in (
        ("PHOTO", "image"),
        ("IMG-", "image"),
        ("VIDEO", "video"),
        ("VID-", "video"),
        ("PTT-", "audio"),
        ("AUDIO", "audio"),
        ("AUD-", "audio"),
        ("STK-", "sticker"),
        ("STICKER", "sticker"),
        ("DOC-", "document"),
    ):
        if marker in upper:
            return kind
    return ""


def _fields(date_raw: str) -> list[int]:
    return [int(part) for part in re.split(r"[-/.] ?", date_raw) if part]


def _date_order(dates: list[str], twelve_hour: bool, options: ParseOptions) -> tuple[str, str]:
    if options.date_order not in ("auto", "dmy", "mdy", "ymd"):
        raise ConfigError(f"date order {options.date_order!r} is not auto, dmy, mdy or ymd")
    if options.date_order != "auto":
        return options.date_order, "given by the operator"
    first_big = second_big = False
    for raw in dates:
        parts = _fields(raw)
        if len(parts) != 3:
            continue
        if len(re.split(r"[-/.] ?", raw)[0]) == 4:
            return "ymd", "year first in the values"
        first_big = first_big or parts[0] > 12
        second_big = second_big or parts[1] > 12
    if first_big and not second_big:
        return "dmy", "inferred: a first field above 12"
    if second_big and not first_big:
        return "mdy", "inferred: a second field above 12"
    if twelve_hour:
        return "mdy", "assumed: no field above 12 and 12-hour times"
    return "dmy", "assumed: no field above 12"


def _to_utc(
    date_raw: str, time_raw: str, ampm: str | None, order: str, zone: ZoneInfo
) -> datetime | None:
    parts = _fields(date_raw)
    times = [int(part) for part in re.split(r"[.:]", time_raw)]
    if len(parts) != 3 or len(times) < 2:
        return None
    if order == "ymd" or len(re.split(r"[-/.] ?", date_raw)[0]) == 4:
        year, month, day = parts
    elif order == "mdy":
        month, day, year = parts
    else:
        day, month, year = parts
    if year < 100:
        year += 2000
    hour, minute = times[0], times[1]
    second = times[2] if len(times) > 2 else 0
    if ampm:
        pm = ampm.strip().lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    try:
        local = datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None
    return local.astimezone(UTC)
