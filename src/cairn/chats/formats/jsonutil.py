"""Loading JSON exports defensively: bad JSON, deep nesting and odd types are WrongFormat."""

from __future__ import annotations

import json
from typing import Any

from cairn.errors import WrongFormat

__all__ = ["as_dict", "as_list", "as_str", "load_json", "sniff_json"]


def load_json(data: bytes) -> Any:
    """Parse an export's bytes; anything that is not JSON is not this format."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise WrongFormat(f"not JSON: {exc.__class__.__name__}") from None


def sniff_json(head: bytes) -> str:
    """The start of a JSON object's text, or "" when the head is not a JSON object."""
    text = head.decode("utf-8-sig", errors="ignore").lstrip()
    return text if text.startswith("{") else ""


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    return ""
