"""Chats: export formats in, risk indicators, conversation assessment, identifiers, links.

The seams other packages use:

- :func:`detect_chat` / :func:`parse_chat` / :func:`import_tree`: formats in;
- :func:`assess`: a conversation's risk score, level, categories and evidence;
- :func:`conversation_identifiers`: phone numbers, wallets, handles… normalised for links;
- :func:`import_conversations` / :func:`import_path`: all of the above, saved for an exhibit.
"""

from cairn.chats.assess import VERSION, assess
from cairn.chats.detect import HEAD_BYTES, ExportResult, detect_chat, import_tree, parse_chat
from cairn.chats.formats import BUILTIN_PARSERS, ChatParser, ParseOptions, get_parser, parser_names
from cairn.chats.identifiers import KINDS, conversation_identifiers, extract_identifiers
from cairn.chats.importer import ImportSummary, import_conversations, import_path
from cairn.chats.indicators import FAMILIES, find_indicators

__all__ = [
    "BUILTIN_PARSERS",
    "FAMILIES",
    "HEAD_BYTES",
    "KINDS",
    "VERSION",
    "ChatParser",
    "ExportResult",
    "ImportSummary",
    "ParseOptions",
    "assess",
    "conversation_identifiers",
    "detect_chat",
    "extract_identifiers",
    "find_indicators",
    "get_parser",
    "import_conversations",
    "import_path",
    "import_tree",
    "parse_chat",
    "parser_names",
]
