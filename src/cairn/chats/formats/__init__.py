"""Chat export formats: one parser module per format, listed in :mod:`.registry`."""

from cairn.chats.formats.base import ChatParser, ParseOptions
from cairn.chats.formats.registry import BUILTIN_PARSERS, get_parser, parser_names, parsers

__all__ = ["BUILTIN_PARSERS", "ChatParser", "ParseOptions", "get_parser", "parser_names", "parsers"]
