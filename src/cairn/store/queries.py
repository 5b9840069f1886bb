"""Small, named queries over the store used by the CLI, the pipeline and the reports."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cairn.errors import ConfigError, UnknownCase
from cairn.store.database import Store
from cairn.store.schema import Case, Exhibit, HashSet, Item

__all__ = [
    "create_case",
    "get_case",
    "get_exhibit",
    "get_or_create_exhibit",
    "list_cases",
    "list_hashsets",
]


def create_case(store: Store, name: str, description: str = "") -> Case:
    name = name.strip()
    if not name:
        raise ConfigError("a case name must not be empty")
    try:
        with store.session() as session:
            case = Case(name=name, description=description)
            session.add(case)
            session.flush()
            return case
    except IntegrityError:
        raise ConfigError(f"case {name!r} already exists") from None


def get_case(session: Session, name: str) -> Case:
    case = session.scalars(select(Case).where(Case.name == name)).first()
    if case is None:
        raise UnknownCase(f"no case named {name!r}; create it with: cairn case create {name}")
    return case


def list_cases(store: Store) -> list[tuple[Case, int, int]]:
    """Every case with its number of exhibits and items."""
    with store.session() as session:
        exhibits = {
            case_id: count
            for case_id, count in session.execute(
                select(Exhibit.case_id, func.count()).group_by(Exhibit.case_id)
            )
        }
        items = {
            case_id: count
            for case_id, count in session.execute(
                select(Exhibit.case_id, func.count(Item.id))
                .join(Item, Item.exhibit_id == Exhibit.id)
                .group_by(Exhibit.case_id)
            )
        }
        cases = list(session.scalars(select(Case).order_by(Case.name)))
        return [(c, exhibits.get(c.id, 0), items.get(c.id, 0)) for c in cases]


def get_exhibit(session: Session, case: Case, name: str) -> Exhibit:
    exhibit = session.scalars(
        select(Exhibit).where(Exhibit.case_id == case.id, Exhibit.name == name)
    ).first()
    if exhibit is None:
        raise UnknownCase(f"case {case.name!r} has no exhibit named {name!r}")
    return exhibit


def get_or_create_exhibit(
    store: Store, case_name: str, name: str, source_path: str, source_type: str
) -> tuple[Exhibit, bool]:
    """The exhibit, created on first ingest; a second ingest must name the same source."""
    name = name.strip()
    if not name:
        raise ConfigError("an exhibit name must not be empty")
    with store.session() as session:
        case = get_case(session, case_name)
        exhibit = session.scalars(
            select(Exhibit).where(Exhibit.case_id == case.id, Exhibit.name == name)
        ).first()
        if exhibit is not None:
            if exhibit.source_path != source_path:
                raise ConfigError(
                    f"exhibit {name!r} of case {case_name!r} was ingested from "
                    f"{exhibit.source_path!r}, not {source_path!r}; use another exhibit name"
                )
            return exhibit, False
        exhibit = Exhibit(
            case_id=case.id, name=name, source_path=source_path, source_type=source_type
        )
        session.add(exhibit)
        session.flush()
        return exhibit, True


def list_hashsets(store: Store) -> list[HashSet]:
    with store.session() as session:
        return list(session.scalars(select(HashSet).order_by(HashSet.name)))
