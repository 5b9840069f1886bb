"""Writing conversations, their assessments and identifiers; the queries the chat report and
the ``cairn chats`` commands need, including links across conversations, exhibits and cases.

Re-importing an export into the same exhibit replaces its conversations (same key) instead
of adding copies, so an import is idempotent. Identifiers are shared by the whole store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from cairn.model.chat import Assessment, Conversation, Identifier
from cairn.store.chat_schema import (
    ChatIndicatorRow,
    ChatMessageRow,
    ConversationRow,
    IdentifierOccurrenceRow,
    IdentifierRow,
)
from cairn.store.database import Store
from cairn.store.queries import get_case
from cairn.store.schema import Case, Exhibit

__all__ = [
    "SaveSummary",
    "chat_report_data",
    "conversation_messages",
    "list_conversations",
    "save_conversations",
]

_BATCH = 500


@dataclass(slots=True)
class SaveSummary:
    """What one save wrote: conversations (of which replaced), messages, indicators,
    identifier occurrences."""

    conversations: int = 0
    replaced: int = 0
    messages: int = 0
    indicators: int = 0
    identifiers: int = 0


def save_conversations(
    store: Store,
    exhibit_id: int,
    conversations: Sequence[Conversation],
    assessments: Sequence[Assessment],
    identifiers: Sequence[Sequence[Identifier]],
    *,
    region: str | None = None,
) -> SaveSummary:
    """Store conversations with their assessments and identifiers, in one transaction.

    The store only writes: :func:`cairn.chats.importer.import_conversations` assesses and
    extracts (the dependency points from chats to store, never back).

    Args:
        store: the workspace store.
        exhibit_id: the exhibit the export belongs to.
        conversations: parsed conversations (their ``source`` says which export).
        assessments: one per conversation.
        identifiers: one list per conversation.
        region: default phone region used for national-format numbers, recorded per row.
    """
    summary = SaveSummary()
    with store.session() as session:
        for conversation, assessment, found in zip(
            conversations, assessments, identifiers, strict=True
        ):
            replaced = _write_one(session, exhibit_id, conversation, assessment, found, region)
            summary.conversations += 1
            summary.replaced += replaced
            summary.messages += len(conversation.messages)
            summary.indicators += len(assessment.indicators)
            summary.identifiers += len({(i.kind, i.value, i.message) for i in found})
    return summary


def _write_one(
    session: Session,
    exhibit_id: int,
    conversation: Conversation,
    assessment: Assessment,
    found: Sequence[Identifier],
    region: str | None,
) -> int:
    old = session.scalars(
        select(ConversationRow.id).where(
            ConversationRow.exhibit_id == exhibit_id, ConversationRow.key == conversation.id
        )
    ).first()
    if old is not None:
        for table in (ChatMessageRow, ChatIndicatorRow, IdentifierOccurrenceRow):
            session.execute(delete(table).where(table.conversation_id == old))
        session.execute(delete(ConversationRow).where(ConversationRow.id == old))
    times = [m.time_utc for m in conversation.messages if m.time_utc is not None]
    row = ConversationRow(
        exhibit_id=exhibit_id,
        key=conversation.id,
        format=conversation.format,
        source=conversation.source,
        native_id=conversation.native_id,
        title=conversation.title,
        participants=[
            {"id": p.id, "name": p.name, "stable": p.stable, "owner": p.owner}
            for p in conversation.participants
        ],
        message_count=len(conversation.messages),
        first_time=min(times) if times else None,
        last_time=max(times) if times else None,
        time_zone=conversation.time_zone,
        region=(region or "").upper(),
        score=assessment.score,
        level=assessment.level,
        categories=list(assessment.categories),
        assessed_with=assessment.version,
        terms=[[term, weight] for term, weight in assessment.terms],
    )
    session.add(row)
    session.flush()
    messages = [
        {
            "conversation_id": row.id,
            "position": m.index,
            "time_utc": m.time_utc,
            "time_raw": m.time_raw,
            "author": m.author,
            "text": m.text,
            "attachments": [
                {"name": a.name, "kind": a.kind, "omitted": a.omitted} for a in m.attachments
            ],
            "system": m.system,
        }
        for m in conversation.messages
    ]
    for start in range(0, len(messages), _BATCH):
        session.execute(insert(ChatMessageRow), messages[start : start + _BATCH])
    indicators = [
        {
            "conversation_id": row.id,
            "name": i.name,
            "family": i.family,
            "position": i.message,
            "author": i.author,
            "role": i.role,
            "snippet": i.text,
        }
        for i in assessment.indicators
    ]
    if indicators:
        session.execute(insert(ChatIndicatorRow), indicators)
    _write_identifiers(session, row.id, found)
    return 1 if old is not None else 0


def _write_identifiers(session: Session, conversation_id: int, found: Sequence[Identifier]) -> None:
    if not found:
        return
    pairs = sorted({(i.kind, i.value) for i in found})
    statement: Any
    if session.get_bind().dialect.name == "postgresql":
        statement = postgresql.insert(IdentifierRow).on_conflict_do_nothing()
    else:
        statement = sqlite.insert(IdentifierRow).on_conflict_do_nothing()
    session.execute(statement, [{"kind": k, "value": v} for k, v in pairs])
    ids: dict[tuple[str, str], int] = {}
    for start in range(0, len(pairs), _BATCH):
        chunk = pairs[start : start + _BATCH]
        for ident, kind, value in session.execute(
            select(IdentifierRow.id, IdentifierRow.kind, IdentifierRow.value).where(
                tuple_(IdentifierRow.kind, IdentifierRow.value).in_(chunk)
            )
        ):
            ids[(kind, value)] = ident
    occurrences: dict[tuple[int, int], dict[str, Any]] = {}
    for identifier in found:
        position = identifier.message if identifier.message is not None else -1
        key = (ids[(identifier.kind, identifier.value)], position)
        occurrences.setdefault(
            key,
            {
                "identifier_id": key[0],
                "conversation_id": conversation_id,
                "position": position,
                "raw": identifier.raw,
                "detail": dict(identifier.detail),
            },
        )
    rows = list(occurrences.values())
    for start in range(0, len(rows), _BATCH):
        session.execute(insert(IdentifierOccurrenceRow), rows[start : start + _BATCH])


def list_conversations(store: Store, case_name: str) -> list[dict[str, Any]]:
    """The case's conversations, highest score first (for ``cairn chats list``)."""
    with store.session() as session:
        case = get_case(session, case_name)
        rows = session.execute(
            select(ConversationRow, Exhibit.name)
            .join(Exhibit, Exhibit.id == ConversationRow.exhibit_id)
            .where(Exhibit.case_id == case.id)
            .order_by(ConversationRow.score.desc(), ConversationRow.key)
        ).all()
        return [_summary(row, exhibit) for row, exhibit in rows]


def _summary(row: ConversationRow, exhibit: str) -> dict[str, Any]:
    return {
        "id": row.key,
        "exhibit": exhibit,
        "source": row.source,
        "format": row.format,
        "title": row.title,
        "participants": [str(p.get("id", "")) for p in row.participants],
        "messages": row.message_count,
        "score": row.score,
        "level": row.level,
        "categories": list(row.categories),
        "time_zone": row.time_zone,
        "region": row.region,
        "first_time": row.first_time.isoformat() if row.first_time else None,
        "last_time": row.last_time.isoformat() if row.last_time else None,
    }


def conversation_messages(store: Store, case_name: str, key: str) -> list[dict[str, Any]]:
    """Every message of one conversation of the case (for review)."""
    with store.session() as session:
        case = get_case(session, case_name)
        rows = session.scalars(
            select(ChatMessageRow)
            .join(ConversationRow, ConversationRow.id == ChatMessageRow.conversation_id)
            .join(Exhibit, Exhibit.id == ConversationRow.exhibit_id)
            .where(Exhibit.case_id == case.id, ConversationRow.key == key)
            .order_by(ChatMessageRow.position)
        ).all()
        return [
            {
                "index": m.position,
                "time_utc": m.time_utc.isoformat() if m.time_utc else None,
                "time_raw": m.time_raw,
                "author": m.author,
                "text": m.text,
                "attachments": m.attachments,
                "system": m.system,
            }
            for m in rows
        ]


def chat_report_data(store: Store, case_name: str) -> dict[str, Any]:
    """Conversations of the case ranked by score with their evidence, and every identifier
    found in the case with the conversations, exhibits and cases it appears in anywhere."""
    with store.session() as session:
        case = get_case(session, case_name)
        rows = session.execute(
            select(ConversationRow, Exhibit.name)
            .join(Exhibit, Exhibit.id == ConversationRow.exhibit_id)
            .where(Exhibit.case_id == case.id)
            .order_by(ConversationRow.score.desc(), ConversationRow.key)
        ).all()
        ids = [row.id for row, _e in rows]
        evidence: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for chunk in _chunks(ids):
            for indicator in session.scalars(
                select(ChatIndicatorRow)
                .where(ChatIndicatorRow.conversation_id.in_(chunk))
                .order_by(
                    ChatIndicatorRow.conversation_id, ChatIndicatorRow.position, ChatIndicatorRow.id
                )
            ):
                evidence[indicator.conversation_id].append(
                    {
                        "name": indicator.name,
                        "family": indicator.family,
                        "message": indicator.position,
                        "text": indicator.snippet,
                        "author": indicator.author,
                        "role": indicator.role,
                    }
                )
        conversations = []
        for row, exhibit in rows:
            item = _summary(row, exhibit)
            conversations.append(
                {
                    "id": item["id"],
                    "source": item["source"],
                    "format": item["format"],
                    "participants": item["participants"],
                    "messages": item["messages"],
                    "risk": {
                        "score": row.score,
                        "level": row.level,
                        "categories": list(row.categories),
                        "indicators": evidence.get(row.id, []),
                        "terms": [{"term": t, "weight": w} for t, w in (row.terms or [])],
                    },
                    "exhibit": exhibit,
                    "title": row.title,
                    "time_zone": row.time_zone,
                    "region": row.region,
                    "first_time": item["first_time"],
                    "last_time": item["last_time"],
                    "assessed_with": row.assessed_with,
                }
            )
        identifiers = _identifiers(session, case, ids)
    return {"case": case_name, "conversations": conversations, "identifiers": identifiers}


def _chunks(values: Sequence[int], size: int = _BATCH) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _identifiers(
    session: Session, case: Case, conversation_ids: Sequence[int]
) -> list[dict[str, Any]]:
    wanted: set[int] = set()
    for chunk in _chunks(conversation_ids):
        wanted.update(
            session.scalars(
                select(IdentifierOccurrenceRow.identifier_id).where(
                    IdentifierOccurrenceRow.conversation_id.in_(chunk)
                )
            )
        )
    found: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(sorted(wanted)):
        for ident, kind, value, key, exhibit, case_name, raw in session.execute(
            select(
                IdentifierRow.id,
                IdentifierRow.kind,
                IdentifierRow.value,
                ConversationRow.key,
                Exhibit.name,
                Case.name,
                IdentifierOccurrenceRow.raw,
            )
            .join(
                IdentifierOccurrenceRow, IdentifierOccurrenceRow.identifier_id == IdentifierRow.id
            )
            .join(ConversationRow, ConversationRow.id == IdentifierOccurrenceRow.conversation_id)
            .join(Exhibit, Exhibit.id == ConversationRow.exhibit_id)
            .join(Case, Case.id == Exhibit.case_id)
            .where(IdentifierRow.id.in_(chunk))
        ):
            entry = found.setdefault(
                ident,
                {
                    "kind": kind,
                    "value": value,
                    "conversations": set(),
                    "exhibits": set(),
                    "cases": set(),
                    "raw": set(),
                },
            )
            entry["conversations"].add(key)
            entry["exhibits"].add(f"{case_name}/{exhibit}")
            entry["cases"].add(case_name)
            entry["raw"].add(raw)
    out = []
    for entry in found.values():
        linked = len(entry["conversations"]) > 1 or len(entry["exhibits"]) > 1
        out.append(
            {
                "kind": entry["kind"],
                "value": entry["value"],
                "conversations": sorted(entry["conversations"]),
                "exhibits": sorted(entry["exhibits"]),
                "cases": sorted(entry["cases"]),
                "linked": linked,
                "other_cases": sorted(c for c in entry["cases"] if c != case.name),
                "raw": sorted(entry["raw"])[:5],
            }
        )
    out.sort(
        key=lambda e: (
            not e["linked"],
            -len(e["cases"]),
            -len(e["conversations"]),
            e["kind"],
            e["value"],
        )
    )
    return out
