"""The append-only, hash-chained audit log and its verifier (DESIGN invariant 7).

Each event's hash covers the previous event's hash and the event's own fields, so any
edit, insertion, deletion or reordering breaks the chain at a point ``verify`` names. The
newest event is also written to ``audit_head`` in the same transaction: removing events from
the end of the log, or appending one by hand, leaves a chain that links up but no longer ends
where the head says. (A hash chain cannot detect a wholesale rewrite of the log and its head
by someone with write access to the database; :func:`head` gives the newest hash, to be
noted elsewhere and compared later.)
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cairn.errors import StoreError
from cairn.store.database import Store
from cairn.store.review_schema import AuditHead
from cairn.store.schema import AuditEvent

__all__ = [
    "GENESIS",
    "AuditProblem",
    "append",
    "default_actor",
    "head",
    "record",
    "verify",
]

GENESIS = "0" * 64


def default_actor() -> str:
    """Who is acting at the command line: ``CAIRN_USER``, else the login name."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = "unknown"
    return os.environ.get("CAIRN_USER") or f"os:{login}"


def _digest(
    prev: str, at: str, actor: str, action: str, case: str | None, detail: dict[str, Any]
) -> str:
    body = json.dumps(
        [prev, at, actor, action, case, detail],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
        default=str,
    )
    return hashlib.sha256(body.encode("ascii")).hexdigest()


def append(
    session: Session,
    action: str,
    *,
    actor: str | None = None,
    case: str | None = None,
    detail: dict[str, Any] | None = None,
) -> str:
    """Append one event inside the caller's transaction and return its hash.

    For a decision and its audit event to be committed together. If another writer appends
    first, the commit fails with ``IntegrityError`` (the previous hash is unique): roll back
    and run the whole unit of work again, as :func:`record` does.
    """
    actor = actor or default_actor()
    detail = json.loads(json.dumps(detail or {}, default=str))
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev = last.hash if last is not None else GENESIS
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    digest = _digest(prev, at, actor, action, case, detail)
    event = AuditEvent(
        at=at,
        actor=actor,
        action=action,
        case_name=case,
        detail=detail,
        prev_hash=prev,
        hash=digest,
    )
    session.add(event)
    session.flush()
    moved = session.execute(
        update(AuditHead).where(AuditHead.id == 1).values(last_id=event.id, last_hash=digest)
    )
    if getattr(moved, "rowcount", 0) == 0:
        session.add(AuditHead(id=1, last_id=event.id, last_hash=digest))
        session.flush()
    return digest


def record(
    store: Store,
    action: str,
    *,
    actor: str | None = None,
    case: str | None = None,
    detail: dict[str, Any] | None = None,
) -> str:
    """Append one event and return its hash; retried if another writer appended first."""
    for _attempt in range(20):
        try:
            with store.session() as session:
                digest = append(session, action, actor=actor, case=case, detail=detail)
            return digest
        except IntegrityError:
            continue
    raise StoreError(f"could not append audit event {action!r}: the log is too busy")


def head(store: Store) -> tuple[int, str] | None:
    """The newest event's id and hash as the head anchor records them."""
    with store.session() as session:
        anchor = session.get(AuditHead, 1)
        return (anchor.last_id, anchor.last_hash) if anchor is not None else None


@dataclass(frozen=True, slots=True)
class AuditProblem:
    event_id: int
    message: str


def verify(store: Store) -> tuple[int, list[AuditProblem]]:
    """Walk the chain; return the number of events checked and every break found.

    An event whose content was altered fails its own hash; an inserted, removed or moved
    event breaks the link of the event at that point; events removed from (or added at) the
    end no longer end the chain at the head anchor.
    """
    problems: list[AuditProblem] = []
    prev = GENESIS
    count = 0
    last_id: int | None = None
    with store.session() as session:
        anchor = session.get(AuditHead, 1)
        anchored_at: int | None = None
        first_after_anchor: int | None = None
        for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
            count += 1
            if event.prev_hash != prev:
                problems.append(
                    AuditProblem(
                        event.id,
                        "does not follow the previous event "
                        "(an event was inserted here, or one was removed or reordered)",
                    )
                )
            expected = _digest(
                event.prev_hash, event.at, event.actor, event.action, event.case_name, event.detail
            )
            if expected != event.hash:
                problems.append(
                    AuditProblem(
                        event.id, "content does not match its hash (the event was altered)"
                    )
                )
            if anchor is not None:
                if event.id == anchor.last_id and event.hash == anchor.last_hash:
                    anchored_at = event.id
                elif event.id > anchor.last_id and first_after_anchor is None:
                    first_after_anchor = event.id
            prev = event.hash
            last_id = event.id
    if anchor is None:
        if last_id is not None:
            problems.append(
                AuditProblem(last_id, "the log's head record is missing (it was removed)")
            )
    elif first_after_anchor is not None:
        problems.append(
            AuditProblem(
                first_after_anchor,
                f"was added after the newest recorded event {anchor.last_id} "
                "(inserted outside Cairn)",
            )
        )
    elif anchored_at is None and last_id is None:
        problems.append(
            AuditProblem(
                anchor.last_id,
                f"the log is empty but its head records event {anchor.last_id} "
                "(every event was removed)",
            )
        )
    elif anchored_at is None:
        problems.append(
            AuditProblem(
                anchor.last_id,
                f"the newest recorded event {anchor.last_id} is missing or altered "
                f"(the log now ends at event {last_id}; events were removed from its end)",
            )
        )
    return count, problems
