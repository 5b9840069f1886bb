"""Chats: export formats in, risk indicators, conversation assessment, identifiers, links.

The seams other packages use:

- :func:`detect_chat` / :func:`parse_chat` / :func:`import_tree`: formats in;
- :func:`assess`: a conversation's risk score, level, categories and evidence;
- :func:`conversation_identifiers`: phone numbers, wallets, handles… normalised for links;
- :func:`import_conversations` / :func:`import_path`: all of the above, saved for an exhibit.

The names load on first use (PEP 562): ingest workers import ``cairn.chats.detect`` for every
item, and must not pay for the indicator lexicons and the store (SQLAlchemy) that the rest
of the package pulls in (tests/pipeline/test_worker_imports.py).
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING

if _TYPE_CHECKING:
    from cairn.chats.assess import VERSION, assess
    from cairn.chats.detect import HEAD_BYTES, ExportResult, detect_chat, import_tree, parse_chat
    from cairn.chats.formats import (
        BUILTIN_PARSERS,
        ChatParser,
        ParseOptions,
        get_parser,
        parser_names,
    )
    from cairn.chats.identifiers import KINDS, conversation_identifiers, extract_identifiers
    from cairn.chats.importer import ImportSummary, import_conversations, import_path
    from cairn.chats.indicators import FAMILIES, find_indicators

_HOMES = {
    "cairn.chats.assess": ("VERSION", "assess"),
    "cairn.chats.detect": (
        "HEAD_BYTES",
        "ExportResult",
        "detect_chat",
        "import_tree",
        "parse_chat",
    ),
    "cairn.chats.formats": (
        "BUILTIN_PARSERS",
        "ChatParser",
        "ParseOptions",
        "get_parser",
        "parser_names",
    ),
    "cairn.chats.identifiers": ("KINDS", "conversation_identifiers", "extract_identifiers"),
    "cairn.chats.importer": ("ImportSummary", "import_conversations", "import_path"),
    "cairn.chats.indicators": ("FAMILIES", "find_indicators"),
}
_WHERE = {name: module for module, names in _HOMES.items() for name in names}

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


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
