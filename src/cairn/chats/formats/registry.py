"""The built-in chat parsers, in the order detection tries them (plaso-style registry).

Names are stable: each is the storage key and the ``--format`` value. A third-party parser
is added with :func:`register`; names must be unique.
"""

from __future__ import annotations

from cairn.chats.formats.android_sms import AndroidSmsParser
from cairn.chats.formats.base import ChatParser
from cairn.chats.formats.discord import DiscordParser
from cairn.chats.formats.facebook import FacebookParser
from cairn.chats.formats.ios_sms import IosSmsParser
from cairn.chats.formats.pan12 import Pan12Parser
from cairn.chats.formats.sms_backup import SmsBackupParser
from cairn.chats.formats.telegram import TelegramParser
from cairn.chats.formats.whatsapp import WhatsAppTextParser
from cairn.errors import ConfigError

__all__ = ["BUILTIN_PARSERS", "get_parser", "parser_names", "parsers", "register"]

BUILTIN_PARSERS: tuple[type[ChatParser], ...] = (
    IosSmsParser,
    AndroidSmsParser,
    SmsBackupParser,
    Pan12Parser,
    DiscordParser,
    TelegramParser,
    FacebookParser,
    WhatsAppTextParser,
)

_PARSERS: dict[str, type[ChatParser]] = {}


def register(parser: type[ChatParser]) -> None:
    """Add a parser; a second parser with the same ``NAME`` is refused."""
    if parser.NAME in _PARSERS and _PARSERS[parser.NAME] is not parser:
        raise ConfigError(f"two chat parsers are named {parser.NAME!r}")
    _PARSERS[parser.NAME] = parser


for _parser in BUILTIN_PARSERS:
    register(_parser)


def parsers() -> tuple[type[ChatParser], ...]:
    """Every registered parser, built-ins first, in detection order."""
    return tuple(_PARSERS.values())


def parser_names() -> tuple[str, ...]:
    return tuple(_PARSERS)


def get_parser(name: str) -> type[ChatParser]:
    """The parser named ``name``; a ConfigError lists the names that exist."""
    try:
        return _PARSERS[name]
    except KeyError:
        raise ConfigError(
            f"unknown chat format {name!r}; known: {', '.join(parser_names())}"
        ) from None
