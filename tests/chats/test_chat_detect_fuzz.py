"""Detection by content, ZIP exports, and random bytes never crashing any parser."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from chat_builders import discord_export, whatsapp_ios
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cairn.chats.detect import detect_chat, import_tree, parse_chat
from cairn.chats.formats.base import ParseOptions
from cairn.chats.formats.registry import BUILTIN_PARSERS, get_parser, parser_names
from cairn.chats.formats.sqliteutil import MAGIC
from cairn.errors import ConfigError, SourceError, WrongFormat

ALLOWED = (WrongFormat, SourceError)


def test_names_are_unique_and_known() -> None:
    assert len(set(parser_names())) == len(parser_names()) == len(BUILTIN_PARSERS)
    with pytest.raises(ConfigError, match="unknown chat format 'nope'"):
        get_parser("nope")


def test_unknown_content_is_wrong_format() -> None:
    assert detect_chat(b"x.bin", b"\x00\x01binary") is None
    with pytest.raises(WrongFormat):
        parse_chat(b'{"some": "json"}')


def test_whatsapp_ios_zip_export(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("_chat.txt", whatsapp_ios())
        archive.writestr("00000042-PHOTO-2024-03-12-18-06-10.jpg", b"\xff\xd8\xff")
    path = tmp_path / "WhatsApp Chat - Sam.zip"
    path.write_bytes(buffer.getvalue())
    [chat] = parse_chat(path)
    assert chat.source == "WhatsApp Chat - Sam.zip!_chat.txt"
    assert len(chat.messages) == 4


def test_folder_walk_reports_damaged_exports(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(discord_export()), encoding="utf-8")
    (tmp_path / "b.xml").write_bytes(b"<?xml version='1.0'?><smses count='1'><sms address='1'")
    (tmp_path / "c.bin").write_bytes(b"\x00" * 20)
    results = {r.source: r for r in import_tree(tmp_path)}
    assert set(results) == {"a.json", "b.xml"}
    assert results["a.json"].format == "discord_json" and not results["a.json"].error
    assert "damaged XML" in results["b.xml"].error
    with pytest.raises(SourceError):
        list(import_tree(tmp_path / "missing"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2048), name=st.sampled_from(sorted(parser_names())))
def test_random_bytes_never_crash_a_parser(data: bytes, name: str) -> None:
    with contextlib.suppress(*ALLOWED):
        get_parser(name)().parse(data, ParseOptions())


PREFIXES = [
    b"",
    MAGIC,
    b"{",
    b'{"guild": {}, "channel": {}, "messages": ',
    b'{"participants": [], "messages": [',
    b'{"name": "x", "type": "personal_chat", "messages": [',
    b"<?xml version='1.0'?><smses>",
    b"<conversations><conversation id='1'><message>",
    b"12/03/2024, 18:05 - A: ",
    b"PK\x03\x04",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), tail=st.binary(max_size=1024))
def test_random_tails_after_real_headers_never_crash_detection(prefix: bytes, tail: bytes) -> None:
    data = prefix + tail
    detect_chat(b"x", data)
    with contextlib.suppress(*ALLOWED):
        parse_chat(data)
