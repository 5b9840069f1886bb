"""The default list of offences a charge can name: Scottish law, from the reference (§2.3).

Each offence has a stable ``code`` (what ``cairn charge add --offence`` takes), the statute,
the section as it is cited, and a short title. Titles are the statutes' own headings where
the reference gives them. The list holds names only; charging practice (which offences to
libel, and how) belongs to the prosecutor.

Sources and caveats, as in ``reference/formats-and-law.md`` §2.3:

- Civic Government (Scotland) Act 1982 s.52(1)(a)-(d) and s.52A (legislation.gov.uk).
- Protection of Children and Prevention of Sexual Offences (Scotland) Act 2005 s.1. Its
  ss.9-12 (paying for sexual services of a child and related offences) are left out: the
  reference marks their numbering UNVERIFIED.
- Sexual Offences (Scotland) Act 2009: ss.18-26 (young child, under 13) and ss.28-37
  (older child, 13-15), s.6, s.7 and s.42. The reference confirms 21-25 and 31 from
  primary sources; 32-36 follow the statute's mirrored structure (``note`` says so).
- Abusive Behaviour and Sexual Harm (Scotland) Act 2016 s.2; Communications Act 2003 s.127.
- Extortion is a common-law crime (no statute section); used for threats in sextortion.

Users add other offences (England & Wales, other jurisdictions, newer statutes) with
``cairn offence add``; those are stored in the ``offences`` table and listed after these.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import select

from cairn.errors import ConfigError
from cairn.store import Store
from cairn.store.operation_schema import OffenceRow
from cairn.store.operations import add_offence

__all__ = [
    "DEFAULT_OFFENCES",
    "Offence",
    "all_offences",
    "check_code",
    "define_offence",
    "resolve_offence",
]

_CODE = re.compile(r"[a-z0-9][a-z0-9._-]{0,59}")


@dataclass(frozen=True, slots=True)
class Offence:
    """One offence: a stable code and how it is cited."""

    code: str
    statute: str
    section: str
    title: str
    note: str = ""
    builtin: bool = True


def check_code(code: str) -> str:
    """``code`` normalised to lower case, or ConfigError naming it."""
    normal = code.strip().lower()
    if _CODE.fullmatch(normal) is None:
        raise ConfigError(
            f"{code!r} is not an offence code (lower-case letters, digits, '.', '-' and '_', "
            "up to 60, starting with a letter or digit)"
        )
    return normal


_CGSA = "Civic Government (Scotland) Act 1982"
_PCPSO = "Protection of Children and Prevention of Sexual Offences (Scotland) Act 2005"
_SOSA = "Sexual Offences (Scotland) Act 2009"
_ABSH = "Abusive Behaviour and Sexual Harm (Scotland) Act 2016"
_MIRRORED = "section number follows the Act's mirrored structure; confirm before use"

_YOUNG = (
    ("18", "Rape of a young child"),
    ("19", "Sexual assault on a young child by penetration"),
    ("20", "Sexual assault on a young child"),
    ("21", "Causing a young child to participate in a sexual activity"),
    ("22", "Causing a young child to be present during a sexual activity"),
    ("23", "Causing a young child to look at a sexual image"),
    ("24", "Communicating indecently with a young child etc."),
    ("25", "Sexual exposure to a young child"),
    ("26", "Voyeurism towards a young child"),
)
_OLDER = (
    ("28", "Having intercourse with an older child", ""),
    ("29", "Engaging in penetrative sexual activity with or towards an older child", ""),
    ("30", "Engaging in sexual activity with or towards an older child", ""),
    ("31", "Causing an older child to participate in a sexual activity", ""),
    ("32", "Causing an older child to be present during a sexual activity", _MIRRORED),
    ("33", "Causing an older child to look at a sexual image", ""),
    ("34", "Communicating indecently with an older child etc.", ""),
    ("35", "Sexual exposure to an older child", _MIRRORED),
    ("36", "Voyeurism towards an older child", _MIRRORED),
    ("37", "Older children engaging in sexual conduct with each other", ""),
)

_LIST = (
    Offence(
        "cgsa-52-1a",
        _CGSA,
        "s.52(1)(a)",
        "Take, permit to be taken, or make an indecent photograph or pseudo-photograph of a child",
    ),
    Offence(
        "cgsa-52-1b",
        _CGSA,
        "s.52(1)(b)",
        "Distribute or show an indecent photograph or pseudo-photograph of a child",
    ),
    Offence(
        "cgsa-52-1c",
        _CGSA,
        "s.52(1)(c)",
        "Possess an indecent photograph or pseudo-photograph of a child with a view to its "
        "being distributed or shown",
    ),
    Offence(
        "cgsa-52-1d",
        _CGSA,
        "s.52(1)(d)",
        "Publish an advertisement likely to convey that the advertiser distributes or shows "
        "indecent photographs or pseudo-photographs of children",
    ),
    Offence(
        "cgsa-52a",
        _CGSA,
        "s.52A",
        "Possession of an indecent photograph or pseudo-photograph of a child",
    ),
    Offence(
        "pcpsosa-1",
        _PCPSO,
        "s.1",
        "Meeting a child following certain preliminary contact",
    ),
    Offence("sosa-6", _SOSA, "s.6", "Coercing a person into looking at a sexual image"),
    Offence("sosa-7", _SOSA, "s.7", "Communicating indecently etc."),
    *(Offence(f"sosa-{section}", _SOSA, f"s.{section}", title) for section, title in _YOUNG),
    *(
        Offence(f"sosa-{section}", _SOSA, f"s.{section}", title, note)
        for section, title, note in _OLDER
    ),
    Offence("sosa-42", _SOSA, "s.42", "Sexual abuse of trust"),
    Offence(
        "absh-2",
        _ABSH,
        "s.2",
        "Disclosing, or threatening to disclose, an intimate photograph or film",
    ),
    Offence(
        "ca2003-127",
        "Communications Act 2003",
        "s.127",
        "Improper use of a public electronic communications network",
    ),
    Offence("common-law-extortion", "Common law", "", "Extortion"),
)

DEFAULT_OFFENCES: Mapping[str, Offence] = MappingProxyType({o.code: o for o in _LIST})
"""The built-in offences by code, in the order they are listed."""


def all_offences(store: Store) -> list[Offence]:
    """The built-in offences, then those users added, each once by code."""
    with store.session() as session:
        added = list(session.scalars(select(OffenceRow).order_by(OffenceRow.code)))
    return [
        *DEFAULT_OFFENCES.values(),
        *(
            Offence(row.code, row.statute, row.section, row.title, builtin=False)
            for row in added
            if row.code not in DEFAULT_OFFENCES
        ),
    ]


def resolve_offence(store: Store, code: str) -> Offence:
    """The offence with ``code``, built-in or added; ConfigError naming it if there is none."""
    normal = check_code(code)
    found = DEFAULT_OFFENCES.get(normal)
    if found is not None:
        return found
    with store.session() as session:
        row = session.scalars(select(OffenceRow).where(OffenceRow.code == normal)).first()
    if row is None:
        raise ConfigError(
            f"no offence {code!r}; see cairn offence list, or add it with cairn offence add"
        )
    return Offence(row.code, row.statute, row.section, row.title, builtin=False)


def define_offence(
    store: Store, code: str, statute: str, section: str, title: str, *, actor: str | None = None
) -> Offence:
    """Add an offence to the list (audited); built-in codes and duplicates are refused."""
    row = add_offence(
        store,
        check_code(code),
        statute,
        section,
        title,
        builtin_codes=DEFAULT_OFFENCES,
        actor=actor,
    )
    return Offence(row.code, row.statute, row.section, row.title, builtin=False)
