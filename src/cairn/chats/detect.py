"""Which chat format a file is (from its content), and parsing it into conversations.

``detect_chat(name, head)`` is cheap: it looks at the first :data:`HEAD_BYTES` bytes (the
name is only a hint) and returns a parser ``NAME`` or None. ``parse_chat`` reads one export
(a path or bytes) with the named or detected parser. SQLite formats (``android_mmssms``,
``ios_sms_db``) are best given as a path, so that a ``-wal`` journal beside the database is
read too; given bytes they are copied into a temporary file. A ZIP (WhatsApp's "export with
media") is opened and the chat text inside it parsed. ``import_tree`` walks a folder.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cairn.chats.formats.base import ChatParser, ParseOptions, resolve_zone
from cairn.chats.formats.facebook import merge_threads
from cairn.chats.formats.registry import get_parser, parsers
from cairn.chats.formats.sqliteutil import MAGIC
from cairn.errors import CairnError, ConfigError, SourceError, WrongFormat
from cairn.model.chat import Conversation

__all__ = ["HEAD_BYTES", "ExportResult", "detect_chat", "import_tree", "parse_chat"]

HEAD_BYTES = 64 * 1024
"""How many leading bytes ``detect_chat`` wants (the SQLite schema page fits in them)."""

_ZIP = b"PK\x03\x04"
_ZIP_MEMBER_LIMIT = 512 * 1024 * 1024


def detect_chat(name: bytes, head: bytes) -> str | None:
    """The parser ``NAME`` for a file with this name and these first bytes, or None."""
    for parser in parsers():
        if _sniffs(parser, name, head):
            return parser.NAME
    return None


def parse_chat(
    source: str | os.PathLike[str] | bytes,
    fmt: str | None = None,
    *,
    label: str | None = None,
    time_zone: str = "UTC",
    date_order: str = "auto",
    warn: Callable[[str], None] | None = None,
) -> list[Conversation]:
    """Every conversation in one export.

    Args:
        source: a file path, or the export's bytes.
        fmt: a parser ``NAME``; detected from the content when None.
        label: the ``source`` recorded on conversations (default: the file name).
        time_zone: IANA zone assumed for local times without an offset (WhatsApp text).
        date_order: ``auto``, ``dmy``, ``mdy`` or ``ymd`` for WhatsApp text dates.
        warn: called with a message (never chat text) for each record skipped.

    Raises:
        WrongFormat: no parser recognises the content (or not the one named).
        SourceError: the file cannot be read, or is its format but damaged beyond reading.
    """
    path = None if isinstance(source, bytes) else Path(source)
    if label is None:
        label = path.name if path is not None else ""
    options = ParseOptions(time_zone=time_zone, date_order=date_order, source=label)
    if warn is not None:
        options = ParseOptions(time_zone, date_order, label, warn)
    payload: bytes | Path = source if isinstance(source, bytes) else Path(source)
    head = _head(payload)
    if head.startswith(_ZIP) and fmt is None:
        return _parse_zip(payload, options)
    if fmt is not None:
        return get_parser(fmt)().parse(payload, options)
    name = os.fsencode(path.name) if path is not None else b""
    candidates = [p for p in parsers() if _sniffs(p, name, head)]
    if not candidates and head.startswith(MAGIC):
        candidates = [p for p in parsers() if p.NEEDS_FILE]
    for parser in candidates:
        try:
            return parser().parse(payload, options)
        except WrongFormat:
            continue
    raise WrongFormat(f"{label or 'input'}: not a chat export Cairn knows")


def _sniffs(parser: type[ChatParser], name: bytes, head: bytes) -> bool:
    try:
        return bool(parser.sniff(name, head))
    except Exception:  # a third-party sniff must never break detection
        return False


def _head(source: bytes | Path) -> bytes:
    if isinstance(source, bytes):
        return source[:HEAD_BYTES]
    try:
        with source.open("rb") as handle:
            return handle.read(HEAD_BYTES)
    except OSError as exc:
        raise SourceError(f"cannot read {source}: {exc.strerror}") from exc


def _parse_zip(source: bytes | Path, options: ParseOptions) -> list[Conversation]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error) as exc:
        raise WrongFormat(f"not a readable ZIP: {exc.__class__.__name__}") from None
    found: list[Conversation] = []
    with archive:
        for info in archive.infolist():
            if info.is_dir() or info.file_size > _ZIP_MEMBER_LIMIT:
                continue
            member = info.filename
            try:
                with archive.open(info) as handle:
                    head = handle.read(HEAD_BYTES)
                fmt = detect_chat(os.fsencode(member), head)
                if fmt is None or get_parser(fmt).NEEDS_FILE:
                    continue
                data = archive.read(info)
            except (
                zipfile.BadZipFile,
                OSError,
                ValueError,
                EOFError,
                NotImplementedError,
                RuntimeError,  # an encrypted member
                struct.error,
                zlib.error,
            ):
                options.warn(f"{options.source}!{member}: damaged ZIP member, skipped")
                continue
            inner = ParseOptions(
                options.time_zone, options.date_order, f"{options.source}!{member}", options.warn
            )
            try:
                found.extend(get_parser(fmt)().parse(data, inner))
            except WrongFormat:
                continue
    if not found:
        raise WrongFormat(f"{options.source or 'ZIP'}: no chat export inside")
    return found


@dataclass(slots=True)
class ExportResult:
    """One file of a walked folder: the conversations read, or why none were."""

    source: str
    format: str = ""
    conversations: list[Conversation] = field(default_factory=list)
    error: str = ""


def import_tree(
    root: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    time_zone: str = "UTC",
    date_order: str = "auto",
    warn: Callable[[str], None] | None = None,
) -> Iterator[ExportResult]:
    """Every chat export under ``root`` (a folder, walked in name order without following
    links, or one file). Files that are not chat exports are passed over silently; a damaged
    export yields a result with ``error`` set. ``source`` is the path relative to ``root``
    (the file name when ``root`` is a file). Facebook thread parts in one folder are merged.
    """
    resolve_zone(time_zone)  # a wrong zone is the operator's error, not the export's
    if date_order not in ("auto", "dmy", "mdy", "ymd"):
        raise ConfigError(f"date order {date_order!r} is not auto, dmy, mdy or ymd")
    if fmt is not None:
        get_parser(fmt)
    base = Path(root)
    if not base.exists():
        raise SourceError(f"{base} does not exist")
    files = [base] if base.is_file() else sorted(_walk(base))
    pending_facebook: dict[Path, list[Conversation]] = {}
    for path in files:
        label = path.name if path == base else path.relative_to(base).as_posix()
        try:
            conversations = parse_chat(
                path, fmt, label=label, time_zone=time_zone, date_order=date_order, warn=warn
            )
        except WrongFormat:
            continue
        except CairnError as exc:
            yield ExportResult(label, fmt or "", error=str(exc))
            continue
        if not conversations:
            continue
        if conversations[0].format == "facebook_json":
            pending_facebook.setdefault(path.parent, []).extend(conversations)
            continue
        yield ExportResult(label, conversations[0].format, conversations)
    for folder, parts in pending_facebook.items():
        label = folder.name if folder == base else folder.relative_to(base).as_posix()
        if base.is_file():
            label = base.name
        merged = merge_threads(parts, label) if len(parts) > 1 else parts
        yield ExportResult(label, "facebook_json", merged)


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink() and not name.endswith(("-wal", "-shm")):
                yield path
