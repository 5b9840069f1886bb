"""``cairn operation``, ``person``, ``event``, ``charge``, ``offence`` and ``referral``: the
records of an operation, from suspects and seizures to charges and safeguarding; and the
``report charging`` and ``report operation`` commands (registered on ``cairn report``).

Every change goes through :mod:`cairn.store.operations`, which checks it and audits it.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import click

from cairn.cli.context import App, pass_app
from cairn.cli.ingest import summary_lines
from cairn.errors import ConfigError
from cairn.pipeline.referrals import import_referral
from cairn.reports.charging import build_charging, render_charging_csv, render_charging_text
from cairn.reports.offences import all_offences, check_code, define_offence, resolve_offence
from cairn.reports.operation import (
    build_operation,
    render_operation_csv,
    render_operation_html,
    render_operation_text,
)
from cairn.reports.render import render_html, render_json
from cairn.store.audit import record
from cairn.store.operations import (
    AGE_BANDS,
    EVENT_KINDS,
    OUTCOMES,
    RELATIONS,
    ROLES,
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

__all__ = [
    "GROUPS",
    "charge",
    "event",
    "offence",
    "operation",
    "person",
    "referral",
    "report_charging",
    "report_operation",
]

_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def _exhibit_ref(case: str | None, exhibit: str) -> str:
    return f"{case}:{exhibit}" if case else exhibit


# --- operation ----------------------------------------------------------------------------


@click.group()
def operation() -> None:
    """Operations: groups of cases with their people, events and charges."""


@operation.command("create")
@click.argument("name")
@click.option("--description", default="", help="Free text shown with the operation.")
@click.option("--started-on", type=_DATE, default=None, help="Start date (YYYY-MM-DD).")
@click.option("--ended-on", type=_DATE, default=None, help="End date (YYYY-MM-DD).")
@click.option("--case", "cases", multiple=True, help="A case to group under it (repeatable).")
@pass_app
def operation_create(
    app: App,
    name: str,
    description: str,
    started_on: datetime | None,
    ended_on: datetime | None,
    cases: tuple[str, ...],
) -> None:
    """Create an operation named NAME."""
    row = create_operation(
        app.store,
        name,
        description,
        started_on=_day(started_on),
        ended_on=_day(ended_on),
        cases=cases,
    )
    click.echo(f"created operation {row.name}" + (f" with {len(cases)} case(s)" if cases else ""))


@operation.command("add-case")
@click.argument("name")
@click.argument("cases", nargs=-1, required=True)
@pass_app
def operation_add_case(app: App, name: str, cases: tuple[str, ...]) -> None:
    """Group existing CASES under operation NAME."""
    added = add_cases(app.store, name, cases)
    click.echo(f"operation {name}: added {len(added)} case(s)")


@operation.command("list")
@pass_app
def operation_list(app: App) -> None:
    """Operations with their numbers of cases and persons."""
    rows = list_operations(app.store)
    if not rows:
        click.echo("no operations")
    for row, cases, persons in rows:
        click.echo(f"{row.name}\t{cases} case(s)\t{persons} person(s)\t{row.description}")


@operation.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print the records as JSON.")
@pass_app
def operation_show(app: App, name: str, as_json: bool) -> None:
    """The operation's cases, exhibits, persons, events and charges."""
    data = operation_overview(app.store, name)
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    period = f"{data['started_on'] or '?'} to {data['ended_on'] or '?'}"
    click.echo(f"operation {data['operation']} ({period}): {data['description']}")
    click.echo(f"cases: {', '.join(data['cases']) or 'none'}")
    for ex in data["exhibits"]:
        seizure = ex["seizure"] or {}
        extra = ", ".join(
            f"{k} {v}" for k, v in seizure.items() if v and k in ("label", "seized_on")
        )
        click.echo(f"exhibit {ex['exhibit']}" + (f" ({extra})" if extra else ""))
    for p in data["persons"]:
        links = ", ".join(f"{e['exhibit']} ({e['relation']})" for e in p["exhibits"])
        click.echo(
            f"person {p['ref']}\t{p['role']}\t{p['age_band']}\t{p['name']}"
            + (f"\texhibits: {links}" if links else "")
        )
    for e in data["events"]:
        click.echo(
            f"event {e['id']}\t{e['on']}\t{e['kind']}\t{e['person'] or '-'}"
            + (f"\t{e['outcome']}" if e["outcome"] else "")
            + (f"\t{e['reference']}" if e["reference"] else "")
        )
    for c in data["charges"]:
        click.echo(
            f"charge {c['id']}\t{c['on']}\t{c['person']}\t{c['statute']} {c['section']}\t"
            f"{c['title']}\texhibits: {', '.join(c['exhibits']) or '-'}"
        )


# --- person -------------------------------------------------------------------------------


@click.group()
def person() -> None:
    """Persons of an operation: suspects, accused, victims, witnesses."""


@person.command("add")
@click.argument("ref")
@click.option("--operation", "op", required=True, help="Operation the person belongs to.")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--name", default="", help="Name or pseudonym (optional; minimum data).")
@click.option("--age-band", type=click.Choice(AGE_BANDS), default="unknown", show_default=True)
@pass_app
def person_add(app: App, ref: str, op: str, role: str, name: str, age_band: str) -> None:
    """Add a person with reference REF (unique in the operation, e.g. S1 or V1)."""
    add_person(app.store, op, ref, role, name=name, age_band=age_band)
    click.echo(f"added {role} {ref} to operation {op}")


@person.command("update")
@click.argument("ref")
@click.option("--operation", "op", required=True)
@click.option("--role", type=click.Choice(ROLES), default=None)
@click.option("--name", default=None)
@click.option("--age-band", type=click.Choice(AGE_BANDS), default=None)
@pass_app
def person_update(
    app: App, ref: str, op: str, role: str | None, name: str | None, age_band: str | None
) -> None:
    """Change a person's role, name or age band."""
    update_person(app.store, op, ref, role=role, name=name, age_band=age_band)
    click.echo(f"updated {ref}")


@person.command("link")
@click.argument("ref")
@click.option("--operation", "op", required=True)
@click.option("--exhibit", required=True, help="Exhibit name, or CASE:EXHIBIT.")
@click.option("--case", default=None, help="Case of the exhibit (when the name is ambiguous).")
@click.option("--relation", type=click.Choice(RELATIONS), default="owner", show_default=True)
@click.option("--label", default="", help="Seizure label or production number.")
@click.option("--seized-on", type=_DATE, default=None, help="Seizure date (YYYY-MM-DD).")
@click.option("--seized-from", default="", help="Where it was seized (a place reference).")
@click.option("--seized-by", default="", help="Who seized it (officer reference).")
@click.option("--device", default="", help="Device description (make, model).")
@pass_app
def person_link(
    app: App,
    ref: str,
    op: str,
    exhibit: str,
    case: str | None,
    relation: str,
    label: str,
    seized_on: datetime | None,
    seized_from: str,
    seized_by: str,
    device: str,
) -> None:
    """Link person REF to an exhibit, with its seizure details."""
    seizure = Seizure(label, _day(seized_on), seized_from, seized_by, device)
    link_person(app.store, op, ref, _exhibit_ref(case, exhibit), relation=relation, seizure=seizure)
    click.echo(f"linked {ref} to exhibit {_exhibit_ref(case, exhibit)} ({relation})")


# --- event --------------------------------------------------------------------------------


@click.group()
def event() -> None:
    """Dated events: arrest, report to prosecutor, identification, safeguarding."""


@event.command("add")
@click.option("--operation", "op", required=True)
@click.option(
    "--kind",
    type=click.Choice([k for k in EVENT_KINDS if k != "charge"]),
    required=True,
    help="What happened (charges: cairn charge add).",
)
@click.option("--person", "ref", required=True, help="The person it is about.")
@click.option("--on", "on", type=_DATE, required=True, help="Date (YYYY-MM-DD).")
@click.option(
    "--outcome",
    type=click.Choice(OUTCOMES),
    default=None,
    help="Safeguarding outcome (safeguarding-outcome only).",
)
@click.option("--reference", default="", help="A reference (custody, prosecutor, referral).")
@pass_app
def event_add(
    app: App, op: str, kind: str, ref: str, on: datetime, outcome: str | None, reference: str
) -> None:
    """Record an event about a person."""
    row = add_event(app.store, op, kind, ref, on.date(), outcome=outcome, reference=reference)
    click.echo(f"event {row.id}: {kind} of {ref} on {on.date().isoformat()}")


# --- offences and charges -----------------------------------------------------------------


@click.group()
def offence() -> None:
    """The offences charges can name (Scottish defaults plus your own)."""


@offence.command("list")
@pass_app
def offence_list(app: App) -> None:
    """Every offence: code, statute, section, title."""
    for item in all_offences(app.store):
        origin = "" if item.builtin else "\t(added)"
        click.echo(f"{item.code}\t{item.statute}\t{item.section}\t{item.title}{origin}")


@offence.command("add")
@click.argument("code")
@click.option("--statute", required=True)
@click.option("--section", default="", help="Section as cited, e.g. s.160.")
@click.option("--title", required=True)
@pass_app
def offence_add(app: App, code: str, statute: str, section: str, title: str) -> None:
    """Add an offence with code CODE."""
    added = define_offence(app.store, code, statute, section, title)
    click.echo(f"added offence {added.code}")


@click.group()
def charge() -> None:
    """Charges against accused persons and the exhibits that support them."""


@charge.command("add")
@click.option("--operation", "op", required=True)
@click.option("--person", "ref", required=True, help="The person charged.")
@click.option("--offence", "code", required=True, help="Offence code (cairn offence list).")
@click.option("--statute", default=None, help="With --section and --title: a new offence.")
@click.option("--section", default=None)
@click.option("--title", default=None)
@click.option("--on", "on", type=_DATE, required=True, help="Date charged (YYYY-MM-DD).")
@click.option(
    "--exhibit", "exhibits", multiple=True, help="Supporting exhibit, or CASE:EXHIBIT (repeatable)."
)
@click.option("--reference", default="", help="Charge reference.")
@pass_app
def charge_add(
    app: App,
    op: str,
    ref: str,
    code: str,
    statute: str | None,
    section: str | None,
    title: str | None,
    on: datetime,
    exhibits: tuple[str, ...],
    reference: str,
) -> None:
    """Charge a person with an offence, linked to the exhibits that support it."""
    code = check_code(code)
    if statute is not None or title is not None:
        if statute is None or title is None:
            raise click.BadParameter("give --statute and --title together", param_hint="--statute")
        known = {o.code: o for o in all_offences(app.store)}
        if code not in known:
            define_offence(app.store, code, statute, section or "", title)
        elif (known[code].statute, known[code].section, known[code].title) != (
            statute,
            section or "",
            title,
        ):
            raise ConfigError(
                f"offence {code!r} exists as {known[code].statute} {known[code].section}; "
                "leave out --statute/--section/--title or choose another code"
            )
    found = resolve_offence(app.store, code)
    row = add_charge(
        app.store,
        op,
        ref,
        offence_code=found.code,
        statute=found.statute,
        section=found.section,
        title=found.title,
        charged_on=on.date(),
        exhibits=list(exhibits),
        reference=reference,
    )
    click.echo(
        f"charge {row.id}: {ref} with {found.statute} {found.section} ({found.code}), "
        f"{len(set(exhibits))} exhibit(s)"
    )


@charge.command("link")
@click.argument("charge_id", type=int)
@click.option("--operation", "op", required=True)
@click.option("--exhibit", "exhibits", multiple=True, required=True)
@pass_app
def charge_link(app: App, charge_id: int, op: str, exhibits: tuple[str, ...]) -> None:
    """Link more supporting exhibits to charge CHARGE_ID."""
    added = link_charge_exhibits(app.store, op, charge_id, list(exhibits))
    click.echo(f"charge {charge_id}: linked {len(added)} exhibit(s)")


# --- referrals ----------------------------------------------------------------------------


@click.group()
def referral() -> None:
    """Referrals: NCMEC CyberTipline reports."""


@referral.command("import")
@click.argument("path", type=click.Path(path_type=Path, exists=True))
@click.option("--case", default=None, help="Join (or open) this case instead of choosing.")
@click.option("--operation", "op", default=None, help="Group the case under this operation.")
@click.option("--workers", type=click.IntRange(min=0), default=None)
@pass_app
def referral_import(
    app: App, path: Path, case: str | None, op: str | None, workers: int | None
) -> None:
    """Import a CyberTipline report (its folder or its XML); ingest its files."""
    result = import_referral(
        app.store, path, app.settings, case=case, operation=op, workers=workers
    )
    if result.already_imported:
        click.echo(f"report {result.report_id}: already imported into case {result.case}")
    else:
        opened = "opened" if result.created_case else "joined"
        click.echo(
            f"report {result.report_id}: {opened} case {result.case} ({result.joined_by}); "
            f"{result.identifiers} identifier(s), {result.files_listed} file(s) listed"
        )
    for summary in result.ingests:
        for line in summary_lines(summary):
            click.echo(line)
    for link in result.links:
        if link["linked"]:
            where = [f"report {r['report']} (case {r['case']})" for r in link["referrals"]]
            where += [
                f"conversation {c['conversation']} ({c['case']}:{c['exhibit']})"
                for c in link["conversations"]
            ]
            click.echo(f"link: {link['kind']} {link['value']} also in {', '.join(where)}")


# --- reports ------------------------------------------------------------------------------

_FORMATS = click.Choice(["text", "json", "html", "csv"])


@click.command("charging")
@click.option("--operation", "op", required=True, help="Operation to report on.")
@click.option("--person", "persons", multiple=True, help="Only these accused (repeatable).")
@click.option("--scheme", default="uk", show_default=True, help="Category scheme.")
@click.option("--format", "fmt", type=_FORMATS, default="text", show_default=True)
@pass_app
def report_charging(app: App, op: str, persons: tuple[str, ...], scheme: str, fmt: str) -> None:
    """The charging schedule: per accused and exhibit, counts per category."""
    data = build_charging(app.store, op, scheme=scheme, persons=list(persons) or None)
    record(
        app.store,
        "report.charging",
        detail={"operation": op, "persons": list(persons), "scheme": scheme, "format": fmt},
    )
    if fmt == "json":
        click.echo(render_json(data))
    elif fmt == "html":
        click.echo(render_html(data, "charging.html"))
    elif fmt == "csv":
        click.echo(render_charging_csv(data), nl=False)
    else:
        click.echo(render_charging_text(data), nl=False)


@click.command("operation")
@click.option("--operation", "op", required=True, help="Operation to report on.")
@click.option("--scheme", default="uk", show_default=True, help="Category scheme.")
@click.option("--format", "fmt", type=_FORMATS, default="text", show_default=True)
@pass_app
def report_operation(app: App, op: str, scheme: str, fmt: str) -> None:
    """The operation report: people, charges, volumes, children safeguarded."""
    data = build_operation(app.store, op, scheme=scheme)
    record(
        app.store,
        "report.operation",
        detail={"operation": op, "scheme": scheme, "format": fmt},
    )
    if fmt == "json":
        click.echo(render_json(data))
    elif fmt == "html":
        click.echo(render_operation_html(data))
    elif fmt == "csv":
        click.echo(render_operation_csv(data), nl=False)
    else:
        click.echo(render_operation_text(data), nl=False)


GROUPS = (operation, person, event, charge, offence, referral)
"""The command groups this module adds to ``cairn`` (registered in ``cairn.cli.main``)."""
