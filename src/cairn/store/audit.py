"""The append-only, hash-chained audit log and its verifier (DESIGN invariant 7).

Each event's hash covers the previous event's hash and the event's own fields, so any
edit, deletion or reordering breaks the chain at a point ``verify`` names.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from cairn.errors import StoreError
from cairn.store.database import Store
from cairn.store.schema import AuditEvent

__all__ = ["GENESIS", "AuditProblem", "default_actor", "record", "verify"]

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


def record(
    store: Store,
    action: str,
    *,
    actor: str | None = None,
    case: str | None = None,
    detail: dict[str, Any] | None = None,
) -> str:
    """Append one event and return its hash; retried if another writer appended first."""
    actor = actor or default_actor()
    detail = json.loads(json.dumps(detail or {}, default=str))
    for _attempt in range(20):
        try:
            with store.session() as session:
                last = session.scalars(
                    select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)
                ).first()
                prev = last.hash if last is not None else GENESIS
                at = datetime.now(UTC).isoformat(timespec="microseconds")
                digest = _digest(prev, at, actor, action, case, detail)
                session.add(
                    AuditEvent(
                        at=at,
                        actor=actor,
                        action=action,
                        case_name=case,
                        detail=detail,
                        prev_hash=prev,
                        hash=digest,
                    )
                )
            return digest
        except IntegrityError:
            continue
    raise StoreError(f"could not append audit event {action!r}: the log is too busy")


@dataclass(frozen=True, slots=True)
class AuditProblem:
    event_id: int
    message: str


def verify(store: Store) -> tuple[int, list[AuditProblem]]:
    """Walk the chain; return the number of events checked and every break found."""
    problems: list[AuditProblem] = []
    prev = GENESIS
    count = 0
    with store.session() as session:
        for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
            count += 1
            if event.prev_hash != prev:
                problems.append(
                    AuditProblem(
                        event.id,
                        "does not follow the previous event (an event was removed or reordered)",
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
            prev = event.hash
    return count, problems
