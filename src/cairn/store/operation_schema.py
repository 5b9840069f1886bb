"""Tables for operations: the cases they group, persons, seizures, events, charges, referrals.

An operation groups cases (a case belongs to at most one operation). Persons belong to an
operation and carry only what a report needs to tell them apart: a reference ("S1"), a
role, an optional name and an age band. Exhibits stay in their case; a person is linked to
the exhibits seized from them, and an exhibit carries its seizure details. Events (arrest,
charge, report to the prosecutor, identification, safeguarding referral and outcome) are
dated, one row each, never edited. A charge copies the statute, section and title of its
offence, so later edits to the offence list never change a charge already laid.

A referral (an NCMEC CyberTipline report) belongs to the case it opened or joined; its
identifiers share the store-wide ``identifiers`` table with chats, so a reported e-mail
address or handle links to every conversation and referral that holds it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from cairn.store.schema import Base, utcnow

__all__ = [
    "ChargeExhibitRow",
    "ChargeRow",
    "EventRow",
    "OffenceRow",
    "OperationCaseRow",
    "OperationRow",
    "PersonExhibitRow",
    "PersonRow",
    "ReferralFileRow",
    "ReferralIdentifierRow",
    "ReferralRow",
    "SeizureRow",
]


class OperationRow(Base):
    """An operation; ``started_on``/``ended_on`` set the reporting period when given."""

    __tablename__ = "operations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class OperationCaseRow(Base):
    """A case grouped under an operation (one operation per case)."""

    __tablename__ = "operation_cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operation_id: Mapped[int] = mapped_column(
        ForeignKey("operations.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PersonRow(Base):
    """A person of an operation, with the minimum identifying data."""

    __tablename__ = "persons"
    __table_args__ = (UniqueConstraint("operation_id", "ref"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operations.id", ondelete="CASCADE"))
    ref: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200), default="")
    age_band: Mapped[str] = mapped_column(String(10), default="unknown")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PersonExhibitRow(Base):
    """A person linked to an exhibit (``relation``: owner, user or seized-from)."""

    __tablename__ = "person_exhibits"
    __table_args__ = (UniqueConstraint("person_id", "exhibit_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    exhibit_id: Mapped[int] = mapped_column(
        ForeignKey("exhibits.id", ondelete="CASCADE"), index=True
    )
    relation: Mapped[str] = mapped_column(String(20))
    linked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SeizureRow(Base):
    """How an exhibit was seized: its label (production number), when, where, by whom."""

    __tablename__ = "seizures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    exhibit_id: Mapped[int] = mapped_column(
        ForeignKey("exhibits.id", ondelete="CASCADE"), unique=True
    )
    label: Mapped[str] = mapped_column(String(100), default="")
    seized_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    seized_from: Mapped[str] = mapped_column(Text, default="")
    seized_by: Mapped[str] = mapped_column(String(200), default="")
    device: Mapped[str] = mapped_column(Text, default="")


class EventRow(Base):
    """One dated event of an operation, usually about one person."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_operation_kind", "operation_id", "kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operations.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    occurred_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(30), nullable=True)
    reference: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class OffenceRow(Base):
    """An offence a user added to the built-in list (``cairn offence add``)."""

    __tablename__ = "offences"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    statute: Mapped[str] = mapped_column(String(200))
    section: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ChargeRow(Base):
    """A charge against a person, with the offence as it stood when the charge was laid."""

    __tablename__ = "charges"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operation_id: Mapped[int] = mapped_column(
        ForeignKey("operations.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), nullable=True
    )
    offence_code: Mapped[str] = mapped_column(String(60))
    statute: Mapped[str] = mapped_column(String(200))
    section: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(Text)
    charged_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ChargeExhibitRow(Base):
    """An exhibit whose media supports a charge (the counts come from the charging schedule)."""

    __tablename__ = "charge_exhibits"
    __table_args__ = (UniqueConstraint("charge_id", "exhibit_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    charge_id: Mapped[int] = mapped_column(ForeignKey("charges.id", ondelete="CASCADE"))
    exhibit_id: Mapped[int] = mapped_column(
        ForeignKey("exhibits.id", ondelete="CASCADE"), index=True
    )


class ReferralRow(Base):
    """An imported referral (an NCMEC CyberTipline report) and the case it opened or joined."""

    __tablename__ = "referrals"
    __table_args__ = (UniqueConstraint("source", "report_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(20))
    report_id: Mapped[str] = mapped_column(String(40))
    incident_type: Mapped[str] = mapped_column(Text, default="")
    incident_at: Mapped[str] = mapped_column(String(40), default="")
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    annotations: Mapped[list[Any]] = mapped_column(JSON, default=list)
    prior_reports: Mapped[list[Any]] = mapped_column(JSON, default=list)
    joined_by: Mapped[str] = mapped_column(String(200), default="")
    document_path: Mapped[str] = mapped_column(Text, default="")
    document_sha256: Mapped[str] = mapped_column(String(64), default="")
    exhibit_id: Mapped[int | None] = mapped_column(
        ForeignKey("exhibits.id", ondelete="SET NULL"), nullable=True
    )
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReferralIdentifierRow(Base):
    """An identifier a referral reports, for a role (reported, victim, recipient)."""

    __tablename__ = "referral_identifiers"
    __table_args__ = (
        UniqueConstraint("referral_id", "identifier_id", "role"),
        Index("ix_referral_identifiers_identifier_id", "identifier_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    identifier_id: Mapped[int] = mapped_column(ForeignKey("identifiers.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))
    field: Mapped[str] = mapped_column(String(60))
    raw: Mapped[str] = mapped_column(Text, default="")


class ReferralFileRow(Base):
    """What the referral says about one of its files (names, hashes and the ESP's flags)."""

    __tablename__ = "referral_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    file_id: Mapped[str] = mapped_column(String(100), default="")
    file_name: Mapped[str] = mapped_column(Text, default="")
    original_file_name: Mapped[str] = mapped_column(Text, default="")
    md5: Mapped[str | None] = mapped_column(String(32), nullable=True)
    viewed_by_esp: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    exif_viewed_by_esp: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    publicly_available: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    relevance: Mapped[str] = mapped_column(String(40), default="")
    classification: Mapped[str] = mapped_column(String(10), default="")
    annotations: Mapped[list[Any]] = mapped_column(JSON, default=list)
