"""Category schemes as data: what each ``(scheme, code)`` pair means, and nothing more.

A category code never means anything without its scheme (DESIGN invariant 8), and the
schemes disagree: Project VIC US uses 0 for Non-Pertinent while the legacy DHS "CAT-n" scheme
uses 0 for Uncategorized and 5 for Non-pertinent (the 0/5 inversion). So this module labels
and normalises codes within one scheme and never converts a code from one scheme to another.

Built-in schemes:

    pv-us    Project VIC (VICS) US profile, 0-4; closed
    uk       Sentencing Council categories A, B, C; closed
    dhs      legacy DHS / Autopsy "CAT-0".."CAT-5"; closed
    vics-uk  VICS 2.0 UK-profile integers, kept raw: their A/B/C meaning is not public; open

Any other name matching ``[a-z][a-z0-9_-]*`` is an open custom scheme whose labels are the
codes themselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from cairn.errors import ConfigError
from cairn.model import Category

__all__ = [
    "SCHEMES",
    "Scheme",
    "get_scheme",
    "label",
    "normalise_code",
]

_NAME = re.compile(r"[a-z][a-z0-9_-]*")
_INT = re.compile(r"[+-]?[0-9]+")


def _frozen(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class Scheme:
    """One category scheme: its codes and their labels.

    Attributes:
        name: Stable key stored with every category ("pv-us").
        title: Human-readable name for reports and the UI.
        labels: Code to label, for the codes the scheme defines.
        closed: True when ``labels`` lists every valid code, so any other code is suspect.
        numeric: Codes are integers written in canonical decimal ("01" and 1 become "1").
        upper: Codes are letters compared upper-case ("a" becomes "A").
        aliases: Other spellings found in files (upper-cased) mapped to the code they mean.
        fallback: Label for a code not in ``labels``; ``{code}`` and ``{name}`` are filled in.
    """

    name: str
    title: str
    labels: Mapping[str, str] = field(hash=False)
    closed: bool
    numeric: bool = False
    upper: bool = False
    aliases: Mapping[str, str] = field(default_factory=lambda: _frozen({}), hash=False)
    fallback: str = "{code}"

    def is_defined(self, code: str) -> bool:
        """Whether ``code`` (already normalised) is a code this scheme can hold.

        False means the caller should keep the code but warn: a closed scheme does not list
        it, or a numeric scheme got something that is not an integer.
        """
        if code in self.labels:
            return True
        if self.closed:
            return False
        return not self.numeric or _INT.fullmatch(code) is not None


def _scheme(
    name: str,
    title: str,
    labels: Mapping[str, str],
    *,
    closed: bool,
    numeric: bool,
    upper: bool = False,
    aliases: Mapping[str, str] | None = None,
    fallback: str = "{code} (not defined in {name})",
) -> Scheme:
    return Scheme(
        name=name,
        title=title,
        labels=_frozen(labels),
        closed=closed,
        numeric=numeric,
        upper=upper,
        aliases=_frozen(aliases or {}),
        fallback=fallback,
    )


_PV_US = _scheme(
    "pv-us",
    "Project VIC (US)",
    {
        "0": "Non-Pertinent",
        "1": "Child Abuse Material (CAM)",
        "2": "Child Exploitive (Non-CAM) / Age Difficult",
        "3": "CGI/Animation - Child Exploitive",
        "4": "Comparison Images",
    },
    closed=True,
    numeric=True,
)

_UK = _scheme(
    "uk",
    "UK Sentencing Council categories",
    {"A": "Category A", "B": "Category B", "C": "Category C"},
    closed=True,
    numeric=False,
    upper=True,
    aliases={
        f"{prefix}{letter}": letter
        for letter in "ABC"
        for prefix in ("CATEGORY ", "CATEGORY-", "CAT ", "CAT-")
    },
)

# Legacy DHS codes as Autopsy's Image Gallery used them. 0 and 5 mean the opposite of what
# they mean in pv-us; keep the scheme name with the code and never translate.
_DHS = _scheme(
    "dhs",
    "Legacy DHS categories (CAT-0 to CAT-5)",
    {
        "0": "CAT-0 Uncategorized",
        "1": "CAT-1 Child Exploitation (Illegal)",
        "2": "CAT-2 Child Exploitation (Non-Illegal/Age Difficult)",
        "3": "CAT-3 CGI/Animation (Child Exploitive)",
        "4": "CAT-4 Exemplar/Comparison (Internal Use Only)",
        "5": "CAT-5 Non-pertinent",
    },
    closed=True,
    numeric=True,
    aliases={f"{prefix}{n}": str(n) for n in range(6) for prefix in ("CAT-", "CAT ", "CAT")},
)

# The integers a VICS 2.0 "UK" profile file uses for A/B/C are not publicly documented, so
# they stay raw integers with an honest label until a real CAID export confirms them.
_VICS_UK = _scheme(
    "vics-uk",
    "VICS 2.0 UK profile (codes not mapped to A/B/C)",
    {},
    closed=False,
    numeric=True,
    fallback="UK profile code {code} (unmapped)",
)

SCHEMES: Mapping[str, Scheme] = MappingProxyType(
    {scheme.name: scheme for scheme in (_PV_US, _UK, _DHS, _VICS_UK)}
)


def get_scheme(name: str) -> Scheme:
    """The built-in scheme called ``name``, or an open custom scheme for any other valid name.

    Raises:
        ConfigError: ``name`` is not lower-case letters, digits, ``-`` and ``_`` starting with
            a letter.
    """
    scheme = SCHEMES.get(name)
    if scheme is not None:
        return scheme
    if not isinstance(name, str) or _NAME.fullmatch(name) is None:
        raise ConfigError(
            f"{name!r} is not a category scheme name (lower-case letters, digits, '-' and '_', "
            f"starting with a letter; built-ins: {', '.join(SCHEMES)})"
        )
    return Scheme(name=name, title=name, labels=_frozen({}), closed=False, numeric=False)


def normalise_code(scheme: Scheme | str, raw: str | int | float) -> str:
    """The canonical text of a category code as found in a file.

    Strips spaces; upper-cases letters for ``uk``; turns integer-like values into canonical
    decimal for numeric schemes (" 01" and 1 give "1"); maps known aliases ("CAT-1" in ``dhs``).
    An undefined code is returned unchanged: check ``scheme.is_defined(code)`` and warn.

    Raises:
        ValueError: ``raw`` is empty, a boolean or not a scalar; there is no code to keep.
    """
    if isinstance(scheme, str):
        scheme = get_scheme(scheme)
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        raise ValueError(f"{raw!r} is not a category code")
    if isinstance(raw, float):
        if not raw.is_integer():
            raise ValueError(f"{raw!r} is not a category code")
        raw = int(raw)
    if isinstance(raw, int):
        return str(raw)
    text = raw.strip()
    if not text:
        raise ValueError("empty category code")
    if scheme.aliases:
        text = scheme.aliases.get(text.upper(), text)
    if scheme.numeric:
        if _INT.fullmatch(text) is not None:
            return str(int(text))
        return text
    if scheme.upper:
        return text.upper()
    return text


def label(category: Category) -> str:
    """A human-readable label; undefined codes say so ("8 (not defined in pv-us)")."""
    scheme = get_scheme(category.scheme)
    known = scheme.labels.get(category.code)
    if known is not None:
        return known
    return scheme.fallback.format(code=category.code, name=scheme.name)
