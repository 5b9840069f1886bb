"""What a case's exports read from the store: its known media and its file inventory, streamed.

Both queries stream rows from one open transaction (``yield_per``: a server-side cursor on
PostgreSQL), grouping an item's match rows as they pass, so memory stays bounded by one
batch whatever the size of the case. The records they yield carry everything the writers in
``cairn.hashsets`` (VICS, CSV, DFXML) need, and nothing of the store.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Executable, select

from cairn.model import Category, Locator
from cairn.store.database import Store
from cairn.store.queries import get_case, get_exhibit
from cairn.store.schema import Exhibit, HashSet, Item, KnownEntryRow, MatchRow

__all__ = [
    "ExportItem",
    "ExportMatch",
    "ExportSource",
    "case_guid",
    "case_sources",
    "inventory",
    "known_media",
    "split_locator",
]

_YIELD_PER = 2000
# Namespace of the GUIDs Cairn gives cases in exports (a fixed, random UUID).
_CASE_NAMESPACE = uuid.UUID("6f3c2a5e-8d1b-4c7e-9a40-2b5d7e1f0c93")


@dataclass(frozen=True, slots=True)
class ExportMatch:
    """One match of an item: the set and entry it matched, how, and what the entry says.

    Attributes:
        entry_id: The entry's id in the store (one entry can match by several hash kinds).
        hashset: The set's name.
        known_good: Whether the set is known-good.
        kind: The hash kind that matched: md5, sha1, sha256 or pdq.
        distance: PDQ Hamming distance (0 for exact matches).
        threshold: The PDQ threshold the match was made under (0 for exact).
        category: The entry's category; None when the entry is uncategorised.
        set_scheme: The set's scheme (what an uncategorised entry is counted under).
        source: Where the entry was in its file ("record 7", "line 12").
        extra: The entry's other fields as imported (VICS flags, series, tags...).
    """

    entry_id: int
    hashset: str
    known_good: bool
    kind: str
    distance: int
    threshold: int
    category: Category | None
    set_scheme: str | None
    source: str
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One item of a case with its matches, as the export writers read it.

    ``path`` is the locator as displayed (layers joined by ``!``, undecodable bytes as
    ``\\xNN``); ``name`` is the file's own name and ``folder`` the rest of ``path``
    ("photos.zip!x" for "photos.zip!x/a.jpg"; "" at the top of the exhibit). ``matches`` are
    in the order they were recorded.
    """

    id: int
    exhibit: str
    path: str
    folder: str
    name: str
    status: str
    reason: str | None
    kind: str
    mime: str | None
    size: int | None
    deleted: bool
    md5: str | None
    sha1: str | None
    sha256: str | None
    pdq: str | None
    matches: tuple[ExportMatch, ...] = ()
    # A video's facts and sampled frame hashes (``Item.video``; VICS carries its vPDQ).
    video: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class ExportSource:
    """An exhibit an export covers: its name and the path it was ingested from."""

    name: str
    source_path: str


_ITEM_COLUMNS = (
    Item.id,
    Exhibit.name,
    Item.path,
    Item.locator,
    Item.status,
    Item.reason,
    Item.kind,
    Item.mime,
    Item.size,
    Item.deleted,
    Item.md5,
    Item.sha1,
    Item.sha256,
    Item.pdq,
    Item.video,
)
_MATCH_COLUMNS = (
    MatchRow.id,
    MatchRow.entry_id,
    HashSet.name,
    HashSet.known_good,
    MatchRow.kind,
    MatchRow.distance,
    MatchRow.threshold,
    KnownEntryRow.scheme,
    KnownEntryRow.code,
    HashSet.scheme,
    KnownEntryRow.source,
    KnownEntryRow.extra,
)
_ITEM_WIDTH = len(_ITEM_COLUMNS)


def _exhibit_ids(store: Store, case_name: str, exhibits: Sequence[str] | None) -> list[int]:
    """The ids of the named exhibits (all of the case's when None).

    Raises:
        UnknownCase: no such case, or the case has no exhibit of a given name.
    """
    with store.session() as session:
        case = get_case(session, case_name)
        if exhibits:
            return [get_exhibit(session, case, name).id for name in exhibits]
        return list(session.scalars(select(Exhibit.id).where(Exhibit.case_id == case.id)))


def case_guid(store: Store, case_name: str) -> str:
    """A GUID for the case that stays the same across exports (VICS ``CaseID``).

    Derived from the case's id, name and creation time in this store, so two exports of
    one case agree and a same-named case elsewhere gets another GUID.

    Raises:
        UnknownCase: no such case.
    """
    with store.session() as session:
        case = get_case(session, case_name)
        created = case.created_at.isoformat() if case.created_at else ""
        return str(uuid.uuid5(_CASE_NAMESPACE, f"{case.id}\x00{case.name}\x00{created}"))


def case_sources(
    store: Store, case_name: str, exhibits: Sequence[str] | None = None
) -> list[ExportSource]:
    """The exhibits an export of the case covers, by name.

    Raises:
        UnknownCase: no such case or exhibit.
    """
    ids = _exhibit_ids(store, case_name, exhibits)
    with store.session() as session:
        rows = session.execute(
            select(Exhibit.name, Exhibit.source_path)
            .where(Exhibit.id.in_(ids))
            .order_by(Exhibit.name)
        )
        return [ExportSource(name, source_path) for name, source_path in rows]


def _match(row: Sequence[Any]) -> ExportMatch:
    (
        _id,
        entry_id,
        hashset,
        known_good,
        kind,
        distance,
        threshold,
        scheme,
        code,
        set_scheme,
        source,
        extra,
    ) = row[_ITEM_WIDTH:]
    return ExportMatch(
        entry_id=entry_id,
        hashset=hashset,
        known_good=bool(known_good),
        kind=kind,
        distance=distance or 0,
        threshold=threshold or 0,
        category=Category(scheme, code) if scheme is not None and code is not None else None,
        set_scheme=set_scheme,
        source=source or "",
        extra=extra if isinstance(extra, dict) else {},
    )


def split_locator(path: str, locator_key: str) -> tuple[str, str]:
    """(folder, name) of an item from its displayed path and its locator key.

    The name is the last component of the innermost layer, displayed as the path displays
    it; the folder is the displayed path before it. The locator decides, not the text, so a
    file named "a!b.jpg" is not taken for a layer.
    """
    try:
        innermost = Locator.from_key(locator_key)
    except (ValueError, KeyError, TypeError, AttributeError):
        innermost = None
    if innermost is not None:
        name = Locator(innermost.type, innermost.path.rsplit(b"/", 1)[-1]).display()
        if name and path.endswith(name):
            folder = path[: len(path) - len(name)]
            if folder.endswith(("/", "!")):
                folder = folder[:-1]
            return folder, name
    folder, _sep, name = path.rpartition("/")
    return folder, name


def _item(row: Sequence[Any], matches: tuple[ExportMatch, ...]) -> ExportItem:
    (
        item_id,
        exhibit,
        path,
        locator,
        status,
        reason,
        kind,
        mime,
        size,
        deleted,
        md5,
        sha1,
        sha256,
        pdq,
        video,
    ) = row[:_ITEM_WIDTH]
    folder, name = split_locator(path, locator)
    return ExportItem(
        id=item_id,
        exhibit=exhibit,
        path=path,
        folder=folder,
        name=name,
        status=status,
        reason=reason,
        kind=kind,
        mime=mime,
        size=size,
        deleted=bool(deleted),
        md5=md5,
        sha1=sha1,
        sha256=sha256,
        pdq=pdq,
        matches=matches,
        video=video if isinstance(video, dict) else None,
    )


def _grouped(store: Store, statement: Executable) -> Iterator[ExportItem]:
    """Items from rows of (item columns, match columns), one item per run of equal ids."""
    with store.session() as session:
        rows = session.execute(statement.execution_options(yield_per=_YIELD_PER))
        current: Sequence[Any] | None = None
        matches: list[ExportMatch] = []
        for row in rows:
            if current is None or row[0] != current[0]:
                if current is not None:
                    yield _item(current, tuple(matches))
                current = row
                matches = []
            if row[_ITEM_WIDTH] is not None:
                matches.append(_match(row))
        if current is not None:
            yield _item(current, tuple(matches))


def known_media(
    store: Store,
    case_name: str,
    exhibits: Sequence[str] | None = None,
    *,
    order: Literal["md5", "item"] = "md5",
) -> Iterator[ExportItem]:
    """The case's items that matched a known-material set, with those matches only.

    Known-good matches are left out; an item that matched only known-good sets is not
    known media. ``order="md5"`` yields items with equal MD5 next to each other (what a
    VICS writer needs, one Media per MD5); ``order="item"`` yields them in ingest order.

    Raises:
        UnknownCase: no such case or exhibit (raised before the first item).
    """
    ids = _exhibit_ids(store, case_name, exhibits)
    keys = (Item.md5, Item.id) if order == "md5" else (Item.id,)
    statement = (
        select(*_ITEM_COLUMNS, *_MATCH_COLUMNS)
        .join(Exhibit, Exhibit.id == Item.exhibit_id)
        .join(MatchRow, MatchRow.item_id == Item.id)
        .join(KnownEntryRow, KnownEntryRow.id == MatchRow.entry_id)
        .join(HashSet, HashSet.id == MatchRow.hashset_id)
        .where(Item.exhibit_id.in_(ids), HashSet.known_good.is_(False))
        .order_by(*keys, MatchRow.id)
    )
    return _grouped(store, statement)


def inventory(
    store: Store, case_name: str, exhibits: Sequence[str] | None = None
) -> Iterator[ExportItem]:
    """Every item of the case (or of the named exhibits) with all its matches, known-good
    included, in ingest order.

    Raises:
        UnknownCase: no such case or exhibit (raised before the first item).
    """
    ids = _exhibit_ids(store, case_name, exhibits)
    statement = (
        select(*_ITEM_COLUMNS, *_MATCH_COLUMNS)
        .join(Exhibit, Exhibit.id == Item.exhibit_id)
        .outerjoin(MatchRow, MatchRow.item_id == Item.id)
        .outerjoin(KnownEntryRow, KnownEntryRow.id == MatchRow.entry_id)
        .outerjoin(HashSet, HashSet.id == MatchRow.hashset_id)
        .where(Item.exhibit_id.in_(ids))
        .order_by(Item.id, MatchRow.id)
    )
    return _grouped(store, statement)
