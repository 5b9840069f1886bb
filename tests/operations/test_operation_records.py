"""Operations, persons, seizures, events and charges through the store API the CLI and the
review app share, on SQLite and PostgreSQL: the rules hold and every change is audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from cairn.errors import ConfigError, UnknownCase
from cairn.store import Store
from cairn.store.audit import verify
from cairn.store.operation_schema import ChargeExhibitRow, EventRow
from cairn.store.operations import (
    ExhibitRef,
    Seizure,
    add_cases,
    add_charge,
    add_event,
    add_person,
    create_operation,
    link_charge_exhibits,
    link_person,
    list_operations,
    operation_overview,
    update_person,
)
from cairn.store.queries import create_case, get_or_create_exhibit
from cairn.store.schema import AuditEvent

D = date(2024, 5, 1)


def _charge(store: Store, person: str, exhibits: list[ExhibitRef | str]) -> int:
    return add_charge(
        store,
        "Op Birch",
        person,
        offence_code="cgsa-52a",
        statute="Civic Government (Scotland) Act 1982",
        section="s.52A",
        title="Possession",
        charged_on=D,
        exhibits=exhibits,
    ).id


def test_an_operation_from_suspect_to_charge(store: Store) -> None:
    for case in ("north", "south", "elsewhere"):
        create_case(store, case)
    get_or_create_exhibit(store, "north", "laptop", "/evidence/n/laptop", "folder")
    get_or_create_exhibit(store, "south", "laptop", "/evidence/s/laptop", "folder")
    get_or_create_exhibit(store, "south", "phone", "/evidence/s/phone", "folder")
    get_or_create_exhibit(store, "elsewhere", "disk", "/evidence/e/disk", "folder")

    create_operation(store, "Op Birch", "synthetic", started_on=D, cases=["north"], actor="lead")
    assert add_cases(store, "Op Birch", ["south", "north"], actor="lead") == ["south"]
    assert [(o.name, c, p) for o, c, p in list_operations(store)] == [("Op Birch", 2, 0)]
    create_operation(store, "Op Other")
    with pytest.raises(ConfigError, match="already belongs to operation 'Op Birch'"):
        add_cases(store, "Op Other", ["north"])
    with pytest.raises(ConfigError, match="already exists"):
        create_operation(store, "Op Birch")

    add_person(store, "Op Birch", "S1", "suspect", name="Fictional Person", age_band="18+")
    add_person(store, "Op Birch", "V1", "victim", age_band="13-15")
    with pytest.raises(ConfigError, match="already has a person 'S1'"):
        add_person(store, "Op Birch", "S1", "suspect")
    with pytest.raises(ConfigError, match="'boss' is not a role"):
        add_person(store, "Op Birch", "S9", "boss")
    with pytest.raises(ConfigError, match="is not an age band"):
        add_person(store, "Op Birch", "S9", "suspect", age_band="12")

    # Exhibits by name (unique in the operation) or CASE:EXHIBIT (when the name is not).
    link_person(
        store,
        "Op Birch",
        "S1",
        "phone",
        seizure=Seizure(label="PB/1", seized_on=D, seized_from="address 1"),
    )
    with pytest.raises(ConfigError, match="more than one case"):
        link_person(store, "Op Birch", "S1", "laptop")
    link_person(store, "Op Birch", "S1", "north:laptop", relation="user")
    link_person(store, "Op Birch", "S1", ExhibitRef("south", "laptop"))
    with pytest.raises(UnknownCase, match="no exhibit 'disk'"):
        link_person(store, "Op Birch", "S1", "disk")  # in a case outside the operation

    # Events check the person's role and the outcome.
    add_event(store, "Op Birch", "arrest", "S1", D, reference="custody 1")
    with pytest.raises(ConfigError, match="is a victim"):
        add_event(store, "Op Birch", "arrest", "V1", D)
    with pytest.raises(ConfigError, match="needs an outcome"):
        add_event(store, "Op Birch", "safeguarding-outcome", "V1", D)
    with pytest.raises(ConfigError, match="only safeguarding-outcome"):
        add_event(store, "Op Birch", "identification", "V1", D, outcome="safeguarded")
    with pytest.raises(ConfigError, match="cairn charge add"):
        add_event(store, "Op Birch", "charge", "S1", D)
    add_event(store, "Op Birch", "safeguarding-outcome", "V1", D, outcome="safeguarded")

    # A charge writes its event, links its exhibits and makes the suspect accused.
    charge_id = _charge(store, "S1", ["phone", "north:laptop", "phone"])
    with pytest.raises(ConfigError, match="is a victim"):
        _charge(store, "V1", [])
    assert link_charge_exhibits(store, "Op Birch", charge_id, ["south:laptop", "phone"]) == [
        "south:laptop"
    ]
    with store.session() as session:
        links = session.scalars(
            select(ChargeExhibitRow).where(ChargeExhibitRow.charge_id == charge_id)
        ).all()
        assert len(links) == 3
        kinds = [e.kind for e in session.scalars(select(EventRow).order_by(EventRow.id))]
        assert kinds == ["arrest", "safeguarding-outcome", "charge"]

    update_person(store, "Op Birch", "V1", age_band="under-13")
    overview = operation_overview(store, "Op Birch")
    assert overview["cases"] == ["north", "south"]
    persons = {p["ref"]: p for p in overview["persons"]}
    assert persons["S1"]["role"] == "accused"
    assert persons["V1"]["age_band"] == "under-13"
    assert {e["exhibit"] for e in persons["S1"]["exhibits"]} == {
        "south:phone",
        "north:laptop",
        "south:laptop",
    }
    seized = next(e for e in overview["exhibits"] if e["exhibit"] == "south:phone")
    assert seized["seizure"]["label"] == "PB/1" and seized["seizure"]["seized_on"] == "2024-05-01"
    assert overview["charges"][0]["exhibits"] == ["north:laptop", "south:laptop", "south:phone"]

    with store.session() as session:
        actions = [a for a in session.scalars(select(AuditEvent.action).order_by(AuditEvent.id))]
    for action in (
        "operation.create",
        "operation.add_case",
        "person.add",
        "person.link",
        "exhibit.seizure",
        "event.add",
        "charge.add",
        "charge.link",
        "person.update",
    ):
        assert action in actions, action
    assert verify(store)[1] == []
