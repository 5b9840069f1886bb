"""Importing NCMEC CyberTipline referrals: each opens a case or joins one, links the
identifiers it reports, and has its files ingested as an exhibit when they are supplied.

Which case a referral goes to, first rule that applies:

1. the case named by the operator (``--case``; created when it does not exist);
2. the case of an earlier referral that this one lists in ``priorCTReports``;
3. the case of the earliest referral that reported one of the same identifiers of the
   reported person (an e-mail address, handle, account, phone number or IP address);
4. a new case ``CT-<reportId>``.

The reason is kept with the referral (``joined_by``) and printed. Identifiers go into the
store-wide ``identifiers`` table that chats use, so a reported address links to every
conversation and referral holding it (:func:`identifier_links`).

A package is the report XML, optionally with a ``Media``/``media`` folder of files and a
``supplement``/``supplemental`` folder; the first becomes exhibit ``CT-<reportId>-media``,
the second ``CT-<reportId>-supplement`` of the same case, ingested read-only like any
exhibit. Importing the same report again adds nothing (and finishes an interrupted ingest).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from cairn.errors import ConfigError, SourceError, WrongFormat
from cairn.pipeline.runner import IngestSummary, run_ingest
from cairn.settings import Settings
from cairn.sources.ncmec import MAX_XML_BYTES, CyberTipReport, parse_cybertip
from cairn.store import Store
from cairn.store.audit import record
from cairn.store.chat_schema import ConversationRow, IdentifierOccurrenceRow, IdentifierRow
from cairn.store.operation_schema import (
    ReferralFileRow,
    ReferralIdentifierRow,
    ReferralRow,
)
from cairn.store.operations import add_cases, get_operation, operation_for_case
from cairn.store.queries import create_case, get_case
from cairn.store.schema import Case, Exhibit

__all__ = [
    "LINKING_KINDS",
    "ReferralImport",
    "find_package",
    "identifier_links",
    "import_referral",
]

SOURCE = "ncmec"
LINKING_KINDS = ("email", "handle", "account", "phone", "ip")
"""Kinds of a reported person's identifiers that join a referral to an earlier one's case."""

_MEDIA_FOLDERS = ("media",)
_SUPPLEMENT_FOLDERS = ("supplement", "supplemental")


@dataclass(slots=True)
class ReferralImport:
    """What importing one referral did."""

    report_id: str
    case: str
    created_case: bool
    joined_by: str
    already_imported: bool
    identifiers: int
    files_listed: int
    ingests: list[IngestSummary] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)


def find_package(path: Path) -> tuple[Path, dict[str, Path]]:
    """The report XML of a package (a folder or the XML itself) and its file folders."""
    if path.is_file():
        xml, folder = path, path.parent
    elif path.is_dir():
        candidates = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".xml")
        reports = [p for p in candidates if _looks_like_report(p)]
        if len(reports) != 1:
            raise SourceError(
                f"{str(path)!r} holds {len(reports)} CyberTipline report XML file(s); "
                "give the XML file itself"
            )
        xml, folder = reports[0], path
    else:
        raise SourceError(f"{str(path)!r} does not exist")
    folders: dict[str, Path] = {}
    for child in sorted(folder.iterdir()):
        if not child.is_dir():
            continue
        name = child.name.lower()
        if name in _MEDIA_FOLDERS and "media" not in folders:
            folders["media"] = child
        elif name in _SUPPLEMENT_FOLDERS and "supplement" not in folders:
            folders["supplement"] = child
    return xml, folders


def _looks_like_report(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return b"report" in head and b"<" in head


def _read(xml: Path) -> bytes:
    try:
        size = xml.stat().st_size
        if size > MAX_XML_BYTES:
            raise SourceError(f"{str(xml)!r}: {size:,} bytes is over the {MAX_XML_BYTES:,} limit")
        return xml.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {str(xml)!r}: {exc.strerror or exc}") from exc


def _identifier_ids(session: Session, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Ids of (kind, value) identifiers, inserting those the store does not hold yet."""
    if not pairs:
        return {}
    statement: Any
    if session.get_bind().dialect.name == "postgresql":
        statement = postgresql.insert(IdentifierRow).on_conflict_do_nothing()
    else:
        statement = sqlite.insert(IdentifierRow).on_conflict_do_nothing()
    session.execute(statement, [{"kind": k, "value": v} for k, v in pairs])
    return {
        (kind, value): ident
        for ident, kind, value in session.execute(
            select(IdentifierRow.id, IdentifierRow.kind, IdentifierRow.value).where(
                tuple_(IdentifierRow.kind, IdentifierRow.value).in_(pairs)
            )
        )
    }


def _choose_case(
    session: Session, report: CyberTipReport, case: str | None
) -> tuple[str | None, str]:
    """(case name or None for a new one, the reason) following the module's rules."""
    if case is not None:
        return case, "named by the operator"
    if report.prior_reports:
        prior = session.execute(
            select(ReferralRow.report_id, Case.name)
            .join(Case, Case.id == ReferralRow.case_id)
            .where(ReferralRow.source == SOURCE, ReferralRow.report_id.in_(report.prior_reports))
            .order_by(ReferralRow.imported_at, ReferralRow.id)
        ).first()
        if prior is not None:
            return prior[1], f"prior report {prior[0]}"
    reported = sorted(
        {
            (i.kind, i.value)
            for i in report.identifiers
            if i.role == "reported" and i.kind in LINKING_KINDS
        }
    )
    if reported:
        shared = session.execute(
            select(ReferralRow.report_id, Case.name, IdentifierRow.kind, IdentifierRow.value)
            .join(ReferralIdentifierRow, ReferralIdentifierRow.referral_id == ReferralRow.id)
            .join(IdentifierRow, IdentifierRow.id == ReferralIdentifierRow.identifier_id)
            .join(Case, Case.id == ReferralRow.case_id)
            .where(
                ReferralRow.source == SOURCE,
                ReferralIdentifierRow.role == "reported",
                tuple_(IdentifierRow.kind, IdentifierRow.value).in_(reported),
            )
            .order_by(ReferralRow.imported_at, ReferralRow.id)
        ).first()
        if shared is not None:
            return shared[1], f"same {shared[2]} {shared[3]} as report {shared[0]}"
    return None, "new case"


def import_referral(
    store: Store,
    path: Path,
    settings: Settings,
    *,
    case: str | None = None,
    operation: str | None = None,
    workers: int | None = None,
    actor: str | None = None,
) -> ReferralImport:
    """Import one CyberTipline package (see the module docstring for what happens)."""
    xml, folders = find_package(path)
    data = _read(xml)
    try:
        report = parse_cybertip(data, str(xml))
    except WrongFormat as exc:
        raise SourceError(f"{xml}: not a CyberTipline report ({exc})") from None
    with store.session() as session:
        existing = session.execute(
            select(ReferralRow, Case.name)
            .join(Case, Case.id == ReferralRow.case_id)
            .where(ReferralRow.source == SOURCE, ReferralRow.report_id == report.report_id)
        ).first()
        if existing is None:
            target, reason = _choose_case(session, report, case)
        else:
            target, reason = existing[1], existing[0].joined_by
    if existing is not None and case is not None and case != target:
        raise ConfigError(
            f"report {report.report_id} was imported into case {target!r}, not {case!r}"
        )
    created = False
    if target is None:
        target = f"CT-{report.report_id}"
    with store.session() as session:
        case_id = session.scalars(select(Case.id).where(Case.name == target)).first()
        exists = case_id is not None
        if operation is not None:
            # Checked before anything is written: an unknown operation, or a case that
            # belongs to another one, leaves the store as it was.
            wanted = get_operation(session, operation)
            current = operation_for_case(session, case_id) if case_id is not None else None
            if current is not None and current.id != wanted.id:
                raise ConfigError(f"case {target!r} already belongs to operation {current.name!r}")
    if not exists:
        create_case(store, target, f"NCMEC CyberTipline report {report.report_id}")
        record(
            store, "case.create", actor=actor, case=target, detail={"referral": report.report_id}
        )
        created = True
    if operation is not None:
        add_cases(store, operation, [target], actor=actor)

    result = ReferralImport(
        report_id=report.report_id,
        case=target,
        created_case=created,
        joined_by=reason,
        already_imported=existing is not None,
        identifiers=len(report.identifiers),
        files_listed=len(report.files),
    )
    if existing is None:
        with store.session() as session:
            case_row = get_case(session, target)
            row = ReferralRow(
                case_id=case_row.id,
                source=SOURCE,
                report_id=report.report_id,
                incident_type=report.incident_type,
                incident_at=report.incident_at[:40],
                escalated=report.escalated,
                annotations=list(report.annotations),
                prior_reports=list(report.prior_reports),
                joined_by=reason[:200],
                document_path=str(xml.resolve()),
                document_sha256=report.sha256,
            )
            session.add(row)
            session.flush()
            ids = _identifier_ids(session, sorted({(i.kind, i.value) for i in report.identifiers}))
            seen: set[tuple[int, str]] = set()
            for ident in report.identifiers:
                key = (ids[(ident.kind, ident.value)], ident.role)
                if key in seen:
                    continue
                seen.add(key)
                session.add(
                    ReferralIdentifierRow(
                        referral_id=row.id,
                        identifier_id=key[0],
                        role=ident.role,
                        field=ident.field,
                        raw=ident.raw,
                    )
                )
            for item in report.files:
                session.add(
                    ReferralFileRow(
                        referral_id=row.id,
                        file_id=item.file_id[:100],
                        file_name=item.file_name,
                        original_file_name=item.original_file_name,
                        md5=item.md5,
                        viewed_by_esp=item.viewed_by_esp,
                        exif_viewed_by_esp=item.exif_viewed_by_esp,
                        publicly_available=item.publicly_available,
                        relevance=item.relevance[:40],
                        classification=item.classification[:10],
                        annotations=list(item.annotations),
                    )
                )
        record(
            store,
            "referral.import",
            actor=actor,
            case=target,
            detail={
                "source": SOURCE,
                "report": report.report_id,
                "document": str(xml.resolve()),
                "sha256": report.sha256,
                "joined_by": reason,
                "identifiers": len(report.identifiers),
                "files": len(report.files),
            },
        )

    for kind, folder in sorted(folders.items()):
        name = f"CT-{report.report_id}-{kind}"
        summary = run_ingest(store, target, name, folder, settings, workers=workers)
        result.ingests.append(summary)
        if kind == "media":
            with store.session() as session:
                exhibit_id = session.scalars(
                    select(Exhibit.id)
                    .join(Case, Case.id == Exhibit.case_id)
                    .where(Case.name == target, Exhibit.name == name)
                ).one()
                referral = session.scalars(
                    select(ReferralRow).where(
                        ReferralRow.source == SOURCE, ReferralRow.report_id == report.report_id
                    )
                ).one()
                referral.exhibit_id = exhibit_id
    result.links = identifier_links(store, report.report_id)
    return result


def identifier_links(store: Store, report_id: str) -> list[dict[str, Any]]:
    """For each identifier of a referral, the other referrals and the conversations that hold
    it (with their cases): the links across cases an analyst follows."""
    with store.session() as session:
        referral = session.scalars(
            select(ReferralRow).where(
                ReferralRow.source == SOURCE, ReferralRow.report_id == report_id
            )
        ).first()
        if referral is None:
            raise ConfigError(f"no referral {report_id!r}")
        own = session.execute(
            select(
                IdentifierRow.id,
                IdentifierRow.kind,
                IdentifierRow.value,
                ReferralIdentifierRow.role,
            )
            .join(ReferralIdentifierRow, ReferralIdentifierRow.identifier_id == IdentifierRow.id)
            .where(ReferralIdentifierRow.referral_id == referral.id)
            .order_by(IdentifierRow.kind, IdentifierRow.value)
        ).all()
        ids = [row[0] for row in own]
        other_referrals = session.execute(
            select(ReferralIdentifierRow.identifier_id, ReferralRow.report_id, Case.name)
            .join(ReferralRow, ReferralRow.id == ReferralIdentifierRow.referral_id)
            .join(Case, Case.id == ReferralRow.case_id)
            .where(
                ReferralIdentifierRow.identifier_id.in_(ids),
                ReferralRow.id != referral.id,
            )
        ).all()
        conversations = session.execute(
            select(
                IdentifierOccurrenceRow.identifier_id, ConversationRow.key, Exhibit.name, Case.name
            )
            .join(ConversationRow, ConversationRow.id == IdentifierOccurrenceRow.conversation_id)
            .join(Exhibit, Exhibit.id == ConversationRow.exhibit_id)
            .join(Case, Case.id == Exhibit.case_id)
            .where(IdentifierOccurrenceRow.identifier_id.in_(ids))
        ).all()
    out = []
    for ident, kind, value, role in own:
        refs = sorted({(r, c) for i, r, c in other_referrals if i == ident})
        convs = sorted({(k, e, c) for i, k, e, c in conversations if i == ident})
        out.append(
            {
                "kind": kind,
                "value": value,
                "role": role,
                "referrals": [{"report": r, "case": c} for r, c in refs],
                "conversations": [
                    {"conversation": k, "exhibit": e, "case": c} for k, e, c in convs
                ],
                "linked": bool(refs or convs),
            }
        )
    return out
