"""Operations, persons, seizures, events and charges: the store API the CLI and the web app
share. Every change is checked here and recorded in the audit log here, so the CLI and the
review app (``cairn serve``) get the same rules and the same audit trail.

Vocabulary (stored as written, and taken as is by the CLI):

    roles           suspect, accused, victim, potential-victim, witness
    age bands       under-13, 13-15, 16-17, 18+, unknown
    relations       owner, user, seized-from (a person to an exhibit)
    event kinds     arrest, charge, report-to-prosecutor, identification,
                    safeguarding-referral, safeguarding-outcome
    outcomes        safeguarded, ongoing, no-further-action, not-traced
                    (safeguarding-outcome events only)

A ``charge`` event is written by :func:`add_charge` together with the charge, never on its
own. Charging a suspect makes them accused. Arrests and reports to the prosecutor are
about suspects or accused; identification and safeguarding events about victims, potential
victims or witnesses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cairn.errors import ConfigError, UnknownCase
from cairn.store.audit import record
from cairn.store.database import Store
from cairn.store.operation_schema import (
    ChargeExhibitRow,
    ChargeRow,
    EventRow,
    OffenceRow,
    OperationCaseRow,
    OperationRow,
    PersonExhibitRow,
    PersonRow,
    SeizureRow,
)
from cairn.store.queries import get_case, get_exhibit
from cairn.store.schema import Case, Exhibit

__all__ = [
    "AGE_BANDS",
    "CHILD_AGE_BANDS",
    "EVENT_KINDS",
    "OFFENDER_ROLES",
    "OUTCOMES",
    "RELATIONS",
    "ROLES",
    "VICTIM_ROLES",
    "ExhibitRef",
    "Seizure",
    "add_cases",
    "add_charge",
    "add_event",
    "add_offence",
    "add_person",
    "create_operation",
    "find_exhibit",
    "get_operation",
    "get_person",
    "link_charge_exhibits",
    "link_person",
    "list_operations",
    "operation_case_ids",
    "operation_for_case",
    "operation_overview",
    "set_seizure",
    "update_person",
]

ROLES = ("suspect", "accused", "victim", "potential-victim", "witness")
OFFENDER_ROLES = ("suspect", "accused")
VICTIM_ROLES = ("victim", "potential-victim", "witness")
AGE_BANDS = ("under-13", "13-15", "16-17", "18+", "unknown")
CHILD_AGE_BANDS = ("under-13", "13-15", "16-17", "unknown")
"""Age bands counted as a child (unknown counts: a potential child until shown otherwise)."""
RELATIONS = ("owner", "user", "seized-from")
EVENT_KINDS = (
    "arrest",
    "charge",
    "report-to-prosecutor",
    "identification",
    "safeguarding-referral",
    "safeguarding-outcome",
)
OUTCOMES = ("safeguarded", "ongoing", "no-further-action", "not-traced")

_EVENT_ROLES = {
    "arrest": OFFENDER_ROLES,
    "charge": OFFENDER_ROLES,
    "report-to-prosecutor": OFFENDER_ROLES,
    "identification": VICTIM_ROLES,
    "safeguarding-referral": VICTIM_ROLES,
    "safeguarding-outcome": VICTIM_ROLES,
}


@dataclass(frozen=True, slots=True)
class ExhibitRef:
    """An exhibit named by its case and its name within the case."""

    case: str
    exhibit: str

    def __str__(self) -> str:
        return f"{self.case}:{self.exhibit}"


@dataclass(frozen=True, slots=True)
class Seizure:
    """Seizure details of an exhibit; empty fields leave what is stored unchanged."""

    label: str = ""
    seized_on: date | None = None
    seized_from: str = ""
    seized_by: str = ""
    device: str = ""

    def is_empty(self) -> bool:
        return not (
            self.label or self.seized_on or self.seized_from or self.seized_by or self.device
        )


def _choice(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise ConfigError(f"{value!r} is not {what}; use one of {', '.join(allowed)}")
    return value


def _text(value: str, what: str, limit: int) -> str:
    value = value.strip()
    if not value:
        raise ConfigError(f"{what} must not be empty")
    if len(value) > limit:
        raise ConfigError(f"{what} {value[:40]!r}... is longer than {limit} characters")
    return value


# --- operations ---------------------------------------------------------------------------


def get_operation(session: Session, name: str) -> OperationRow:
    row = session.scalars(select(OperationRow).where(OperationRow.name == name)).first()
    if row is None:
        raise UnknownCase(
            f"no operation named {name!r}; create it with: cairn operation create {name}"
        )
    return row


def operation_case_ids(session: Session, operation: OperationRow) -> list[int]:
    return list(
        session.scalars(
            select(OperationCaseRow.case_id)
            .where(OperationCaseRow.operation_id == operation.id)
            .order_by(OperationCaseRow.case_id)
        )
    )


def operation_for_case(session: Session, case_id: int) -> OperationRow | None:
    return session.scalars(
        select(OperationRow)
        .join(OperationCaseRow, OperationCaseRow.operation_id == OperationRow.id)
        .where(OperationCaseRow.case_id == case_id)
    ).first()


def create_operation(
    store: Store,
    name: str,
    description: str = "",
    *,
    started_on: date | None = None,
    ended_on: date | None = None,
    cases: Iterable[str] = (),
    actor: str | None = None,
) -> OperationRow:
    """Create an operation, optionally grouping existing cases under it."""
    name = _text(name, "an operation name", 200)
    if started_on and ended_on and ended_on < started_on:
        raise ConfigError(f"operation {name!r} would end ({ended_on}) before it starts")
    try:
        with store.session() as session:
            row = OperationRow(
                name=name, description=description, started_on=started_on, ended_on=ended_on
            )
            session.add(row)
            session.flush()
    except IntegrityError:
        raise ConfigError(f"operation {name!r} already exists") from None
    record(
        store,
        "operation.create",
        actor=actor,
        detail={
            "operation": name,
            "description": description,
            "started_on": started_on,
            "ended_on": ended_on,
        },
    )
    case_names = list(cases)
    if case_names:
        add_cases(store, name, case_names, actor=actor)
    return row


def add_cases(
    store: Store, operation: str, cases: Iterable[str], *, actor: str | None = None
) -> list[str]:
    """Group cases under an operation; returns those newly added (a case already in this
    operation is skipped; one in another operation is an error)."""
    added: list[str] = []
    with store.session() as session:
        op = get_operation(session, operation)
        for name in cases:
            case = get_case(session, name)
            current = operation_for_case(session, case.id)
            if current is not None:
                if current.id != op.id:
                    raise ConfigError(
                        f"case {name!r} already belongs to operation {current.name!r}"
                    )
                continue
            session.add(OperationCaseRow(operation_id=op.id, case_id=case.id))
            session.flush()
            added.append(case.name)
    for name in added:
        record(store, "operation.add_case", actor=actor, case=name, detail={"operation": operation})
    return added


def list_operations(store: Store) -> list[tuple[OperationRow, int, int]]:
    """Every operation with its number of cases and persons."""
    with store.session() as session:
        cases: dict[int, int] = {
            op_id: n
            for op_id, n in session.execute(
                select(OperationCaseRow.operation_id, func.count()).group_by(
                    OperationCaseRow.operation_id
                )
            )
        }
        persons: dict[int, int] = {
            op_id: n
            for op_id, n in session.execute(
                select(PersonRow.operation_id, func.count()).group_by(PersonRow.operation_id)
            )
        }
        rows = list(session.scalars(select(OperationRow).order_by(OperationRow.name)))
        return [(r, cases.get(r.id, 0), persons.get(r.id, 0)) for r in rows]


def find_exhibit(
    session: Session, operation: OperationRow, text: str, case: str | None = None
) -> Exhibit:
    """The exhibit of the operation named by ``text``: ``CASE:EXHIBIT``, or an exhibit name
    that is unique among the operation's cases (or in ``case`` when given)."""
    case_ids = operation_case_ids(session, operation)
    if case is not None:
        case_row = get_case(session, case)
        if case_row.id not in case_ids:
            raise ConfigError(f"case {case!r} is not part of operation {operation.name!r}")
        return get_exhibit(session, case_row, text)
    found = list(
        session.scalars(select(Exhibit).where(Exhibit.case_id.in_(case_ids), Exhibit.name == text))
    )
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise ConfigError(
            f"exhibit {text!r} is in more than one case of operation {operation.name!r}; "
            "write CASE:EXHIBIT"
        )
    case_name, sep, exhibit_name = text.partition(":")
    if sep:
        named = session.scalars(select(Case).where(Case.name == case_name)).first()
        if named is not None and named.id in case_ids:
            return get_exhibit(session, named, exhibit_name)
    raise UnknownCase(f"operation {operation.name!r} has no exhibit {text!r}")


def _exhibit(session: Session, operation: OperationRow, ref: ExhibitRef | str) -> Exhibit:
    if isinstance(ref, ExhibitRef):
        return find_exhibit(session, operation, ref.exhibit, ref.case)
    return find_exhibit(session, operation, ref)


# --- persons ------------------------------------------------------------------------------


def get_person(session: Session, operation: OperationRow, ref: str) -> PersonRow:
    row = session.scalars(
        select(PersonRow).where(PersonRow.operation_id == operation.id, PersonRow.ref == ref)
    ).first()
    if row is None:
        raise UnknownCase(f"operation {operation.name!r} has no person {ref!r}")
    return row


def add_person(
    store: Store,
    operation: str,
    ref: str,
    role: str,
    *,
    name: str = "",
    age_band: str = "unknown",
    actor: str | None = None,
) -> PersonRow:
    """Add a person with the minimum identifying data: a reference, a role, an optional
    name and an age band."""
    ref = _text(ref, "a person reference", 40)
    _choice(role, ROLES, "a role")
    _choice(age_band, AGE_BANDS, "an age band")
    name = name.strip()
    if len(name) > 200:
        raise ConfigError("a person's name is longer than 200 characters")
    try:
        with store.session() as session:
            op = get_operation(session, operation)
            row = PersonRow(operation_id=op.id, ref=ref, role=role, name=name, age_band=age_band)
            session.add(row)
            session.flush()
    except IntegrityError:
        raise ConfigError(f"operation {operation!r} already has a person {ref!r}") from None
    record(
        store,
        "person.add",
        actor=actor,
        detail={
            "operation": operation,
            "person": ref,
            "role": role,
            "name": name,
            "age_band": age_band,
        },
    )
    return row


def update_person(
    store: Store,
    operation: str,
    ref: str,
    *,
    role: str | None = None,
    name: str | None = None,
    age_band: str | None = None,
    actor: str | None = None,
) -> PersonRow:
    """Change a person's role, name or age band (each change audited with the old value)."""
    if role is not None:
        _choice(role, ROLES, "a role")
    if age_band is not None:
        _choice(age_band, AGE_BANDS, "an age band")
    changes: dict[str, Any] = {}
    with store.session() as session:
        op = get_operation(session, operation)
        row = get_person(session, op, ref)
        for field, value in (("role", role), ("name", name), ("age_band", age_band)):
            if value is not None and getattr(row, field) != value:
                changes[field] = {"from": getattr(row, field), "to": value}
                setattr(row, field, value)
    if changes:
        record(
            store,
            "person.update",
            actor=actor,
            detail={"operation": operation, "person": ref, "changes": changes},
        )
    return row


def set_seizure(
    store: Store,
    operation: str,
    exhibit: ExhibitRef | str,
    seizure: Seizure,
    *,
    actor: str | None = None,
) -> SeizureRow:
    """Record (or complete) the seizure details of an exhibit of the operation."""
    changes: dict[str, Any] = {}
    with store.session() as session:
        op = get_operation(session, operation)
        ex = _exhibit(session, op, exhibit)
        row = session.scalars(select(SeizureRow).where(SeizureRow.exhibit_id == ex.id)).first()
        if row is None:
            row = SeizureRow(
                exhibit_id=ex.id, label="", seized_on=None, seized_from="", seized_by="", device=""
            )
            session.add(row)
        for field in ("label", "seized_on", "seized_from", "seized_by", "device"):
            value = getattr(seizure, field)
            if value and getattr(row, field) != value:
                changes[field] = {"from": getattr(row, field), "to": value}
                setattr(row, field, value)
        session.flush()
        case_name = session.get(Case, ex.case_id).name  # type: ignore[union-attr]
        exhibit_name = ex.name
    if changes:
        record(
            store,
            "exhibit.seizure",
            actor=actor,
            case=case_name,
            detail={"operation": operation, "exhibit": exhibit_name, "changes": changes},
        )
    return row


def link_person(
    store: Store,
    operation: str,
    ref: str,
    exhibit: ExhibitRef | str,
    *,
    relation: str = "owner",
    seizure: Seizure | None = None,
    actor: str | None = None,
) -> PersonExhibitRow:
    """Link a person to an exhibit (with seizure details when given). Linking again with
    another relation changes the relation."""
    _choice(relation, RELATIONS, "a relation")
    with store.session() as session:
        op = get_operation(session, operation)
        person = get_person(session, op, ref)
        ex = _exhibit(session, op, exhibit)
        row = session.scalars(
            select(PersonExhibitRow).where(
                PersonExhibitRow.person_id == person.id, PersonExhibitRow.exhibit_id == ex.id
            )
        ).first()
        previous = row.relation if row is not None else None
        if row is None:
            row = PersonExhibitRow(person_id=person.id, exhibit_id=ex.id, relation=relation)
            session.add(row)
        row.relation = relation
        session.flush()
        case_name = session.get(Case, ex.case_id).name  # type: ignore[union-attr]
        exhibit_ref = ExhibitRef(case_name, ex.name)
    if previous != relation:
        record(
            store,
            "person.link",
            actor=actor,
            case=case_name,
            detail={
                "operation": operation,
                "person": ref,
                "exhibit": exhibit_ref.exhibit,
                "relation": relation,
                "previous": previous,
            },
        )
    if seizure is not None and not seizure.is_empty():
        set_seizure(store, operation, exhibit_ref, seizure, actor=actor)
    return row


# --- events -------------------------------------------------------------------------------


def _check_event(kind: str, person: PersonRow, outcome: str | None) -> None:
    _choice(kind, EVENT_KINDS, "an event kind")
    allowed = _EVENT_ROLES[kind]
    if person.role not in allowed:
        raise ConfigError(
            f"a {kind} event is about a {' or '.join(allowed)}; "
            f"person {person.ref!r} is a {person.role}"
        )
    if kind == "safeguarding-outcome":
        if outcome is None:
            raise ConfigError(
                f"a safeguarding-outcome event needs an outcome: {', '.join(OUTCOMES)}"
            )
        _choice(outcome, OUTCOMES, "a safeguarding outcome")
    elif outcome is not None:
        raise ConfigError(f"only safeguarding-outcome events carry an outcome, not {kind}")


def add_event(
    store: Store,
    operation: str,
    kind: str,
    person: str,
    occurred_on: date,
    *,
    outcome: str | None = None,
    reference: str = "",
    actor: str | None = None,
) -> EventRow:
    """Record a dated event about a person of the operation."""
    if kind == "charge":
        raise ConfigError("charges are recorded with cairn charge add (it writes the event)")
    _choice(kind, EVENT_KINDS, "an event kind")
    with store.session() as session:
        op = get_operation(session, operation)
        row_person = get_person(session, op, person)
        _check_event(kind, row_person, outcome)
        row = EventRow(
            operation_id=op.id,
            person_id=row_person.id,
            kind=kind,
            occurred_on=occurred_on,
            outcome=outcome,
            reference=reference.strip(),
        )
        session.add(row)
        session.flush()
    record(
        store,
        "event.add",
        actor=actor,
        detail={
            "operation": operation,
            "event": row.id,
            "kind": kind,
            "person": person,
            "on": occurred_on,
            "outcome": outcome,
            "reference": reference,
        },
    )
    return row


# --- offences and charges -----------------------------------------------------------------


def add_offence(
    store: Store,
    code: str,
    statute: str,
    section: str,
    title: str,
    *,
    builtin_codes: Iterable[str] = (),
    actor: str | None = None,
) -> OffenceRow:
    """Add an offence to the list charges can name (``builtin_codes`` are refused)."""
    code = code.strip().lower()
    if code in set(builtin_codes):
        raise ConfigError(f"offence {code!r} is built in; choose another code")
    statute = _text(statute, "a statute", 200)
    title = _text(title, "an offence title", 2000)
    section = section.strip()
    if len(section) > 60:
        raise ConfigError(f"section {section[:40]!r}... is longer than 60 characters")
    try:
        with store.session() as session:
            row = OffenceRow(code=code, statute=statute, section=section, title=title)
            session.add(row)
            session.flush()
    except IntegrityError:
        raise ConfigError(f"offence {code!r} already exists") from None
    record(
        store,
        "offence.add",
        actor=actor,
        detail={"code": code, "statute": statute, "section": section, "title": title},
    )
    return row


def add_charge(
    store: Store,
    operation: str,
    person: str,
    *,
    offence_code: str,
    statute: str,
    section: str,
    title: str,
    charged_on: date,
    exhibits: Sequence[ExhibitRef | str] = (),
    reference: str = "",
    actor: str | None = None,
) -> ChargeRow:
    """Charge a person with an offence (as cited now), linked to the exhibits whose media
    supports it. Writes the ``charge`` event too; a suspect becomes accused."""
    statute = _text(statute, "a statute", 200)
    title = _text(title, "an offence title", 2000)
    with store.session() as session:
        op = get_operation(session, operation)
        row_person = get_person(session, op, person)
        _check_event("charge", row_person, None)
        exhibit_rows = [_exhibit(session, op, ref) for ref in exhibits]
        promoted = row_person.role == "suspect"
        if promoted:
            row_person.role = "accused"
        event = EventRow(
            operation_id=op.id,
            person_id=row_person.id,
            kind="charge",
            occurred_on=charged_on,
            outcome=None,
            reference=reference.strip(),
        )
        session.add(event)
        session.flush()
        charge = ChargeRow(
            operation_id=op.id,
            person_id=row_person.id,
            event_id=event.id,
            offence_code=offence_code,
            statute=statute,
            section=section.strip(),
            title=title,
            charged_on=charged_on,
            reference=reference.strip(),
        )
        session.add(charge)
        session.flush()
        seen: set[int] = set()
        for ex in exhibit_rows:
            if ex.id not in seen:
                seen.add(ex.id)
                session.add(ChargeExhibitRow(charge_id=charge.id, exhibit_id=ex.id))
        session.flush()
        exhibit_names = [_exhibit_label(session, ex) for ex in exhibit_rows]
    record(
        store,
        "charge.add",
        actor=actor,
        detail={
            "operation": operation,
            "charge": charge.id,
            "person": person,
            "offence": offence_code,
            "statute": statute,
            "section": section,
            "on": charged_on,
            "exhibits": exhibit_names,
            "reference": reference,
            "role_now_accused": promoted,
        },
    )
    return charge


def _exhibit_label(session: Session, exhibit: Exhibit) -> str:
    case = session.get(Case, exhibit.case_id)
    return f"{case.name if case else exhibit.case_id}:{exhibit.name}"


def link_charge_exhibits(
    store: Store,
    operation: str,
    charge_id: int,
    exhibits: Sequence[ExhibitRef | str],
    *,
    actor: str | None = None,
) -> list[str]:
    """Link more exhibits to a charge; returns the exhibits newly linked."""
    added: list[str] = []
    with store.session() as session:
        op = get_operation(session, operation)
        charge = session.get(ChargeRow, charge_id)
        if charge is None or charge.operation_id != op.id:
            raise UnknownCase(f"operation {operation!r} has no charge {charge_id}")
        linked = set(
            session.scalars(
                select(ChargeExhibitRow.exhibit_id).where(ChargeExhibitRow.charge_id == charge_id)
            )
        )
        for ref in exhibits:
            ex = _exhibit(session, op, ref)
            if ex.id in linked:
                continue
            linked.add(ex.id)
            session.add(ChargeExhibitRow(charge_id=charge_id, exhibit_id=ex.id))
            added.append(_exhibit_label(session, ex))
    if added:
        record(
            store,
            "charge.link",
            actor=actor,
            detail={"operation": operation, "charge": charge_id, "exhibits": added},
        )
    return added


# --- overview -----------------------------------------------------------------------------


def operation_overview(store: Store, operation: str) -> dict[str, Any]:
    """The operation's records as one JSON-ready dict: cases, persons with their exhibits,
    events and charges (what ``cairn operation show`` prints and the app can display)."""
    with store.session() as session:
        op = get_operation(session, operation)
        case_ids = operation_case_ids(session, op)
        cases = list(session.scalars(select(Case).where(Case.id.in_(case_ids)).order_by(Case.name)))
        case_names = {c.id: c.name for c in cases}
        exhibits = list(
            session.scalars(
                select(Exhibit).where(Exhibit.case_id.in_(case_ids)).order_by(Exhibit.id)
            )
        )
        exhibit_names = {e.id: f"{case_names[e.case_id]}:{e.name}" for e in exhibits}
        seizures = {
            s.exhibit_id: s
            for s in session.scalars(
                select(SeizureRow).where(SeizureRow.exhibit_id.in_(list(exhibit_names)))
            )
        }
        persons = list(
            session.scalars(
                select(PersonRow).where(PersonRow.operation_id == op.id).order_by(PersonRow.ref)
            )
        )
        refs = {p.id: p.ref for p in persons}
        links = list(
            session.scalars(
                select(PersonExhibitRow)
                .where(PersonExhibitRow.person_id.in_(list(refs)))
                .order_by(PersonExhibitRow.id)
            )
        )
        events = list(
            session.scalars(
                select(EventRow)
                .where(EventRow.operation_id == op.id)
                .order_by(EventRow.occurred_on, EventRow.id)
            )
        )
        charges = list(
            session.scalars(
                select(ChargeRow).where(ChargeRow.operation_id == op.id).order_by(ChargeRow.id)
            )
        )
        charge_links = list(
            session.scalars(
                select(ChargeExhibitRow)
                .where(ChargeExhibitRow.charge_id.in_([c.id for c in charges]))
                .order_by(ChargeExhibitRow.id)
            )
        )

    def seizure(exhibit_id: int) -> dict[str, Any] | None:
        s = seizures.get(exhibit_id)
        if s is None:
            return None
        return {
            "label": s.label,
            "seized_on": s.seized_on.isoformat() if s.seized_on else None,
            "seized_from": s.seized_from,
            "seized_by": s.seized_by,
            "device": s.device,
        }

    return {
        "operation": op.name,
        "description": op.description,
        "started_on": op.started_on.isoformat() if op.started_on else None,
        "ended_on": op.ended_on.isoformat() if op.ended_on else None,
        "cases": [c.name for c in cases],
        "exhibits": [
            {"id": e.id, "exhibit": exhibit_names[e.id], "seizure": seizure(e.id)} for e in exhibits
        ],
        "persons": [
            {
                "id": p.id,
                "ref": p.ref,
                "role": p.role,
                "name": p.name,
                "age_band": p.age_band,
                "exhibits": [
                    {"exhibit": exhibit_names.get(link.exhibit_id), "relation": link.relation}
                    for link in links
                    if link.person_id == p.id
                ],
            }
            for p in persons
        ],
        "events": [
            {
                "id": e.id,
                "kind": e.kind,
                "on": e.occurred_on.isoformat(),
                "person": refs.get(e.person_id) if e.person_id is not None else None,
                "outcome": e.outcome,
                "reference": e.reference,
            }
            for e in events
        ],
        "charges": [
            {
                "id": c.id,
                "person": refs.get(c.person_id),
                "offence": c.offence_code,
                "statute": c.statute,
                "section": c.section,
                "title": c.title,
                "on": c.charged_on.isoformat(),
                "reference": c.reference,
                "exhibits": sorted(
                    exhibit_names.get(link.exhibit_id, str(link.exhibit_id))
                    for link in charge_links
                    if link.charge_id == c.id
                ),
            }
            for c in charges
        ],
    }
