"""Review in the store: people and case membership, sessions and login throttling, the
grading queue, votes and their outcome, reveals and exposure, and the media detail.

Every decision here is written together with its audit event, in one transaction
(:func:`cairn.store.audit.append`), so the log and the store never disagree.

Grading follows CAID: a grade is one user's *vote* on one content (SHA-256) in one case; a
number of votes from different users that all agree (``votes_for_trusted``, three by
default) make the grade *trusted*; any disagreement makes it *disputed*, and a lead resolves
it. A trusted or resolved content leaves the grading queue; a disputed one goes to the
disagreement queue.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from threading import Lock
from typing import Any, TypeVar

import numpy as np
from sqlalchemy import and_, delete, exists, func, select, update
from sqlalchemy import case as sql_case
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cairn.errors import ConfigError, StoreError, UnknownCase
from cairn.hashsets.categories import Scheme, get_scheme, label
from cairn.matching.groups import near_duplicate_groups
from cairn.matching.pdq import pdq_array
from cairn.matching.pdq_faiss import FaissPDQIndex
from cairn.model import Category, ItemStatus
from cairn.settings import Settings
from cairn.store.audit import append
from cairn.store.database import Store
from cairn.store.review_schema import (
    CaseMember,
    CaseReview,
    ContentGrade,
    LoginFailure,
    Reveal,
    User,
    Vote,
    WebSession,
)
from cairn.store.schema import Case, Exhibit, HashSet, Item, KnownEntryRow, MatchRow

__all__ = [
    "GRADER_ROLES",
    "LEAD_ROLES",
    "NO_CATEGORY",
    "ROLES",
    "CaseMedia",
    "Content",
    "Dispute",
    "Forbidden",
    "GradeState",
    "NotFound",
    "Queue",
    "ReviewConfig",
    "SessionInfo",
    "Suggestion",
    "Tile",
    "UserInfo",
    "add_members",
    "case_media",
    "cast_votes",
    "create_user",
    "disputes",
    "end_session",
    "exposure",
    "exposure_overview",
    "find_user",
    "grade_codes",
    "grading_progress",
    "grading_queue",
    "list_users",
    "login_failures",
    "media_detail",
    "member_case",
    "member_cases",
    "note_login_failure",
    "remove_members",
    "resolve_dispute",
    "reveal",
    "revealed",
    "review_config",
    "session_user",
    "set_disabled",
    "set_password",
    "set_reveal_by_default",
    "set_review_config",
    "start_session",
]

ROLES = ("admin", "lead", "grader", "analyst", "viewer")
GRADER_ROLES = frozenset({"admin", "lead", "grader"})
LEAD_ROLES = frozenset({"admin", "lead"})
# A vote that the media falls in no category of the scheme (not indecent, not pertinent).
NO_CATEGORY = "none"

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,99}")
_CODE = re.compile(r"[A-Za-z0-9_-]{1,20}")
_SHA256 = re.compile(r"[0-9a-f]{64}")

T = TypeVar("T")


class NotFound(ConfigError):
    """Something that does not exist, or that this user may not know exists."""


class Forbidden(ConfigError):
    """The user's role does not allow the action."""


@dataclass(frozen=True, slots=True)
class _Event:
    action: str
    actor: str
    case: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)


def _run(store: Store, work: Callable[[Session], tuple[T, list[_Event]]]) -> T:
    """Run ``work`` and append its audit events in one transaction, retrying on a race."""
    for _attempt in range(20):
        try:
            with store.session() as session:
                result, events = work(session)
                for event in events:
                    append(
                        session,
                        event.action,
                        actor=event.actor,
                        case=event.case,
                        detail=event.detail,
                    )
            return result
        except IntegrityError:
            continue
    raise StoreError("the store is too busy; try again")


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes; every time Cairn stores is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# --- people -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    name: str
    role: str
    disabled: bool
    reveal_by_default: bool
    cases: tuple[str, ...] = ()
    password_hash: str = field(default="", repr=False)


def _info(user: User, cases: Sequence[str] = ()) -> UserInfo:
    return UserInfo(
        id=user.id,
        name=user.name,
        role=user.role,
        disabled=user.disabled,
        reveal_by_default=user.reveal_by_default,
        cases=tuple(cases),
        password_hash=user.password_hash,
    )


def _check_name(name: str) -> str:
    if _NAME.fullmatch(name) is None:
        raise ConfigError(
            f"{name!r} is not a user name (letters, digits, '.', '_', '@', '-'; at most 100)"
        )
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ConfigError(f"{role!r} is not a role; roles: {', '.join(ROLES)}")
    return role


def _user(session: Session, name: str) -> User:
    user = session.scalars(select(User).where(User.name == name)).first()
    if user is None:
        raise NotFound(f"no user named {name!r}")
    return user


def _cases_named(session: Session, names: Iterable[str]) -> list[Case]:
    found = []
    for name in names:
        case = session.scalars(select(Case).where(Case.name == name)).first()
        if case is None:
            raise UnknownCase(f"no case named {name!r}; create it with: cairn case create {name}")
        found.append(case)
    return found


def _case_names(session: Session, user_id: int) -> list[str]:
    return list(
        session.scalars(
            select(Case.name)
            .join(CaseMember, CaseMember.case_id == Case.id)
            .where(CaseMember.user_id == user_id)
            .order_by(Case.name)
        )
    )


def create_user(
    store: Store,
    name: str,
    role: str,
    password_hash: str,
    cases: Sequence[str] = (),
    *,
    actor: str,
) -> UserInfo:
    """Add a local account, a member of ``cases``; ``ConfigError`` if the name is taken."""
    _check_name(name)
    _check_role(role)

    def work(session: Session) -> tuple[UserInfo, list[_Event]]:
        if session.scalars(select(User.id).where(User.name == name)).first() is not None:
            raise ConfigError(f"user {name!r} already exists")
        rows = _cases_named(session, cases)
        user = User(name=name, role=role, password_hash=password_hash)
        session.add(user)
        session.flush()
        for case in rows:
            session.add(CaseMember(user_id=user.id, case_id=case.id))
        session.flush()
        detail = {"user": name, "role": role, "cases": sorted(c.name for c in rows)}
        return _info(user, sorted(c.name for c in rows)), [_Event("user.add", actor, None, detail)]

    return _run(store, work)


def _end_sessions(session: Session, user_id: int) -> None:
    session.execute(
        update(WebSession)
        .where(WebSession.user_id == user_id, WebSession.ended_at.is_(None))
        .values(ended_at=_now())
    )


def set_password(store: Store, name: str, password_hash: str, *, actor: str) -> None:
    """Change a password; the user's open sessions end."""

    def work(session: Session) -> tuple[None, list[_Event]]:
        user = _user(session, name)
        user.password_hash = password_hash
        user.password_changed_at = _now()
        _end_sessions(session, user.id)
        return None, [_Event("user.passwd", actor, None, {"user": name})]

    _run(store, work)


def set_disabled(store: Store, name: str, disabled: bool = True, *, actor: str) -> None:
    """Disable (or enable again) an account; a disabled user's sessions end at once."""

    def work(session: Session) -> tuple[None, list[_Event]]:
        user = _user(session, name)
        user.disabled = disabled
        if disabled:
            _end_sessions(session, user.id)
        action = "user.disable" if disabled else "user.enable"
        return None, [_Event(action, actor, None, {"user": name})]

    _run(store, work)


def add_members(store: Store, name: str, cases: Sequence[str], *, actor: str) -> list[str]:
    """Make the user a member of ``cases``; returns the cases newly granted."""

    def work(session: Session) -> tuple[list[str], list[_Event]]:
        user = _user(session, name)
        added = []
        for case in _cases_named(session, cases):
            if session.get(CaseMember, (user.id, case.id)) is None:
                session.add(CaseMember(user_id=user.id, case_id=case.id))
                added.append(case.name)
        session.flush()
        events = [_Event("user.grant", actor, case, {"user": name}) for case in added]
        return added, events

    return _run(store, work)


def remove_members(store: Store, name: str, cases: Sequence[str], *, actor: str) -> list[str]:
    """End the user's membership of ``cases``; returns the cases actually revoked."""

    def work(session: Session) -> tuple[list[str], list[_Event]]:
        user = _user(session, name)
        removed = []
        for case in _cases_named(session, cases):
            member = session.get(CaseMember, (user.id, case.id))
            if member is not None:
                session.delete(member)
                removed.append(case.name)
        session.flush()
        events = [_Event("user.revoke", actor, case, {"user": name}) for case in removed]
        return removed, events

    return _run(store, work)


def list_users(store: Store) -> list[UserInfo]:
    with store.session() as session:
        return [
            _info(user, _case_names(session, user.id))
            for user in session.scalars(select(User).order_by(User.name))
        ]


def find_user(store: Store, name: str) -> UserInfo | None:
    """The account called ``name`` with its password hash, or ``None``."""
    with store.session() as session:
        user = session.scalars(select(User).where(User.name == name)).first()
        return _info(user) if user is not None else None


def set_reveal_by_default(store: Store, user: UserInfo, value: bool) -> None:
    """The per-user setting that shows media unblurred without a reveal per item."""

    def work(session: Session) -> tuple[None, list[_Event]]:
        row = session.get(User, user.id)
        if row is None:
            raise NotFound(f"no user named {user.name!r}")
        row.reveal_by_default = value
        detail = {"setting": "reveal_by_default", "value": value}
        return None, [_Event("user.setting", user.name, None, detail)]

    _run(store, work)


# --- sessions and login throttling ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionInfo:
    user: UserInfo
    csrf: str


def start_session(store: Store, user: UserInfo, token_digest: str, csrf: str, address: str) -> None:
    """Record a login (audited) and forget the name's failed attempts."""

    def work(session: Session) -> tuple[None, list[_Event]]:
        session.add(WebSession(id=token_digest, user_id=user.id, csrf=csrf, address=address[:64]))
        session.execute(delete(LoginFailure).where(LoginFailure.name == user.name[:100]))
        return None, [_Event("auth.login", user.name, None, {"address": address})]

    _run(store, work)


def session_user(store: Store, token_digest: str, idle: timedelta) -> SessionInfo | None:
    """The user of a live session: not logged out, not idle too long, account enabled."""
    now = _now()
    with store.session() as session:
        row = session.execute(
            select(WebSession, User)
            .join(User, User.id == WebSession.user_id)
            .where(WebSession.id == token_digest)
        ).first()
        if row is None:
            return None
        web, user = row
        if web.ended_at is not None or user.disabled:
            return None
        if now - _aware(web.last_seen) > idle:
            web.ended_at = now
            return None
        if now - _aware(web.last_seen) > timedelta(seconds=30):
            web.last_seen = now
        return SessionInfo(_info(user), web.csrf)


def end_session(store: Store, token_digest: str, user: UserInfo) -> None:
    """Log out (audited)."""

    def work(session: Session) -> tuple[None, list[_Event]]:
        session.execute(
            update(WebSession)
            .where(WebSession.id == token_digest, WebSession.ended_at.is_(None))
            .values(ended_at=_now())
        )
        return None, [_Event("auth.logout", user.name)]

    _run(store, work)


def login_failures(store: Store, name: str, address: str, window: timedelta) -> tuple[int, int]:
    """Failed logins within ``window``: for this name, and from this address."""
    since = _now() - window
    with store.session() as session:
        by_name = session.scalar(
            select(func.count())
            .select_from(LoginFailure)
            .where(LoginFailure.name == name[:100], LoginFailure.at >= since)
        )
        by_address = session.scalar(
            select(func.count())
            .select_from(LoginFailure)
            .where(LoginFailure.address == address[:64], LoginFailure.at >= since)
        )
    return int(by_name or 0), int(by_address or 0)


def note_login_failure(store: Store, name: str, address: str, reason: str) -> None:
    """Count a failed login (audited, without the password) and drop day-old counts."""

    def work(session: Session) -> tuple[None, list[_Event]]:
        now = _now()
        session.execute(delete(LoginFailure).where(LoginFailure.at < now - timedelta(days=1)))
        session.add(LoginFailure(name=name[:100], address=address[:64], at=now))
        detail = {"address": address, "reason": reason}
        return None, [_Event("auth.login_failed", name[:100] or "?", None, detail)]

    _run(store, work)


# --- cases and their review configuration --------------------------------------------------


def member_cases(store: Store, user_id: int) -> list[Case]:
    with store.session() as session:
        return list(
            session.scalars(
                select(Case)
                .join(CaseMember, CaseMember.case_id == Case.id)
                .where(CaseMember.user_id == user_id)
                .order_by(Case.name)
            )
        )


def member_case(store: Store, user_id: int, case_name: str) -> Case | None:
    """The case if the user is a member; ``None`` alike if it does not exist or is not theirs."""
    with store.session() as session:
        return session.scalars(
            select(Case)
            .join(CaseMember, CaseMember.case_id == Case.id)
            .where(CaseMember.user_id == user_id, Case.name == case_name)
        ).first()


@dataclass(frozen=True, slots=True)
class ReviewConfig:
    scheme: Scheme
    votes_needed: int


def _config(session: Session, case_id: int, settings: Settings) -> ReviewConfig:
    row = session.get(CaseReview, case_id)
    scheme = (row.scheme if row is not None else None) or settings.grading_scheme
    needed = (row.votes_needed if row is not None else None) or settings.votes_for_trusted
    return ReviewConfig(get_scheme(scheme), max(1, needed))


def review_config(store: Store, case_id: int, settings: Settings) -> ReviewConfig:
    with store.session() as session:
        return _config(session, case_id, settings)


def set_review_config(
    store: Store,
    case: Case,
    *,
    scheme: str | None,
    votes_needed: int | None,
    actor: str,
) -> None:
    """Set a case's grading scheme or trusted-vote count; the scheme is fixed once voted on."""
    if scheme is not None:
        get_scheme(scheme)
    if votes_needed is not None and not 1 <= votes_needed <= 20:
        raise ConfigError(f"votes needed must be between 1 and 20, got {votes_needed}")

    def work(session: Session) -> tuple[None, list[_Event]]:
        row = session.get(CaseReview, case.id)
        if row is None:
            row = CaseReview(case_id=case.id)
            session.add(row)
        if scheme is not None and scheme != row.scheme:
            voted = session.scalar(select(func.count()).where(Vote.case_id == case.id))
            if voted:
                raise ConfigError(
                    f"case {case.name!r} already has votes; its grading scheme cannot change"
                )
            row.scheme = scheme
        if votes_needed is not None:
            row.votes_needed = votes_needed
        session.flush()
        # Outcomes follow the new count at the next vote on each content.
        detail = {"scheme": scheme, "votes_needed": votes_needed}
        return None, [_Event("case.review_settings", actor, case.name, detail)]

    _run(store, work)


def grade_codes(scheme: Scheme) -> list[tuple[str, str]]:
    """(code, label) a grader can vote with: the scheme's codes, then "no category"."""
    codes = [(code, label(Category(scheme.name, code))) for code in scheme.labels]
    if not any(code == NO_CATEGORY for code, _ in codes):
        codes.append((NO_CATEGORY, "No category (not indecent / not pertinent)"))
    return codes


def _check_code(scheme: Scheme, code: str) -> str:
    if code == NO_CATEGORY or code in scheme.labels:
        return code
    if not scheme.labels and _CODE.fullmatch(code):
        return code
    allowed = ", ".join(c for c, _ in grade_codes(scheme))
    raise ConfigError(f"{code!r} is not a code of scheme {scheme.name!r}; codes: {allowed}")


# --- novel media of a case: contents, near-duplicate groups, suggestions --------------------


@dataclass(frozen=True, slots=True)
class Suggestion:
    scheme: str
    code: str
    label: str
    distance: int
    like_item: int
    like_path: str


@dataclass(frozen=True, slots=True)
class Content:
    """One novel content (SHA-256) of a case, shown through its first item."""

    sha256: str
    item_id: int
    kind: str
    path: str
    exhibit: str
    copies: int
    group: int | None
    suggestion: Suggestion | None


@dataclass(frozen=True, slots=True)
class CaseMedia:
    contents: tuple[Content, ...]
    by_sha: dict[str, Content]
    groups: dict[int, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class _Media:
    id: int
    exhibit: str
    path: str
    kind: str
    sha256: str
    pdq: str | None
    pdq_quality: int | None


_MEDIA_CACHE: dict[tuple[int, int], tuple[tuple[Any, ...], CaseMedia]] = {}
_MEDIA_LOCK = Lock()


def _novel_rows(session: Session, case_id: int) -> list[_Media]:
    flagged = (
        select(MatchRow.item_id)
        .join(HashSet, HashSet.id == MatchRow.hashset_id)
        .where(MatchRow.item_id == Item.id, HashSet.known_good.is_(False))
    )
    return [
        _Media(row[0], row[1], row[2], row[3], row[4] or "", row[5], row[6])
        for row in session.execute(
            select(
                Item.id, Exhibit.name, Item.path, Item.kind, Item.sha256, Item.pdq, Item.pdq_quality
            )
            .join(Exhibit, Exhibit.id == Item.exhibit_id)
            .where(
                Exhibit.case_id == case_id,
                Item.status == ItemStatus.PROCESSED.value,
                Item.kind.in_(("image", "video")),
                Item.sha256.is_not(None),
                ~exists(flagged),
            )
            .order_by(Item.id)
        )
    ]


def _known_refs(session: Session, case_id: int) -> list[tuple[int, str, str, int, Category]]:
    """Exactly matched known images of the case with a PDQ: (id, path, pdq, quality,
    category), the category of the best match as the triage report counts it."""
    rows = session.execute(
        select(
            Item.id,
            Item.path,
            Item.pdq,
            Item.pdq_quality,
            MatchRow.kind,
            MatchRow.distance,
            KnownEntryRow.scheme,
            KnownEntryRow.code,
            HashSet.scheme,
        )
        .join(Exhibit, Exhibit.id == Item.exhibit_id)
        .join(MatchRow, MatchRow.item_id == Item.id)
        .join(KnownEntryRow, KnownEntryRow.id == MatchRow.entry_id)
        .join(HashSet, HashSet.id == MatchRow.hashset_id)
        .where(Exhibit.case_id == case_id, HashSet.known_good.is_(False), Item.pdq.is_not(None))
        .order_by(Item.id)
    ).all()
    by_item: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        by_item[row[0]].append(tuple(row))
    refs: list[tuple[int, str, str, int, Category]] = []
    for item_id, matches in by_item.items():
        if not any(m[4] != "pdq" for m in matches):
            continue
        best = min(matches, key=lambda m: (m[4] == "pdq", m[5], m[6] or m[8] or "", m[7] or ""))
        cat = Category(best[6] or best[8] or "none", best[7] if best[7] is not None else "none")
        refs.append((item_id, best[1], best[2], best[3] or 0, cat))
    return refs


def _cache_key(session: Session, case_id: int) -> tuple[Any, ...]:
    items = session.execute(
        select(func.count(Item.id), func.max(Item.id))
        .join(Exhibit, Exhibit.id == Item.exhibit_id)
        .where(Exhibit.case_id == case_id)
    ).one()
    matches = session.scalar(select(func.max(MatchRow.id)))
    sets = session.scalar(select(func.count()).select_from(HashSet).where(HashSet.enabled))
    return (items[0], items[1], matches, sets)


def case_media(store: Store, case_id: int, settings: Settings) -> CaseMedia:
    """The case's novel media as contents, grouped and with suggestions (cached until the
    case's items or matches change)."""
    with store.session() as session:
        key = (*_cache_key(session, case_id), settings.group_threshold, settings.pdq_threshold)
        cache_id = (id(store), case_id)
        with _MEDIA_LOCK:
            cached = _MEDIA_CACHE.get(cache_id)
        if cached is not None and cached[0] == key:
            return cached[1]
        rows = _novel_rows(session, case_id)
        refs = _known_refs(session, case_id)
    media = _build_media(rows, refs, settings)
    with _MEDIA_LOCK:
        _MEDIA_CACHE[cache_id] = (key, media)
    return media


def _usable(pdq: str | None, quality: int | None, settings: Settings) -> bool:
    return pdq is not None and (quality or 0) >= settings.pdq_min_quality


def _build_media(
    rows: Sequence[_Media],
    known: Sequence[tuple[int, str, str, int, Category]],
    settings: Settings,
) -> CaseMedia:
    firsts: dict[str, _Media] = {}
    copies: dict[str, int] = defaultdict(int)
    for row in rows:
        firsts.setdefault(row.sha256, row)
        copies[row.sha256] += 1
    unique = list(firsts.values())
    groups: dict[int, int] = {}
    if len(unique) >= 2:
        usable = np.array([_usable(r.pdq, r.pdq_quality, settings) for r in unique], dtype=bool)
        groups = near_duplicate_groups(
            pdq_array([r.pdq or "0" * 64 for r in unique]),
            [r.id for r in unique],
            settings.group_threshold,
            [r.sha256 for r in unique],
            usable=usable,
        )
    suggestions: dict[int, Suggestion] = {}
    refs = [r for r in known if _usable(r[2], r[3], settings)]
    queries = [r for r in unique if _usable(r.pdq, r.pdq_quality, settings)]
    if refs and queries:
        index = FaissPDQIndex()
        index.add(pdq_array([r[2] for r in refs]), np.arange(len(refs), dtype=np.int64))
        hits = index.search(pdq_array([r.pdq or "" for r in queries]), settings.pdq_threshold)
        for row, found in zip(queries, hits, strict=True):
            if found:
                position, distance = min(found, key=lambda hit: (hit[1], hit[0]))
                ref_id, ref_path, _pdq, _quality, cat = refs[position]
                suggestions[row.id] = Suggestion(
                    cat.scheme, cat.code, _label(cat), int(distance), ref_id, ref_path
                )
    contents = [
        Content(
            sha256=r.sha256,
            item_id=r.id,
            kind=r.kind,
            path=r.path,
            exhibit=r.exhibit,
            copies=copies[r.sha256],
            group=groups.get(r.id),
            suggestion=suggestions.get(r.id),
        )
        for r in unique
    ]
    # Groups first (by number: the order of their first item), then single images.
    contents.sort(key=lambda c: (c.group is None, c.group or 0, c.item_id))
    by_group: dict[int, list[str]] = defaultdict(list)
    for content in contents:
        if content.group is not None:
            by_group[content.group].append(content.sha256)
    return CaseMedia(
        contents=tuple(contents),
        by_sha={c.sha256: c for c in contents},
        groups={k: tuple(v) for k, v in by_group.items()},
    )


def _label(cat: Category) -> str:
    return "No category" if cat.code == NO_CATEGORY else label(cat)


# --- the grading queue and votes -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GradeState:
    sha256: str
    status: str  # ungraded | pending | trusted | disputed | resolved
    code: str | None
    votes: int
    needed: int


@dataclass(frozen=True, slots=True)
class Tile:
    content: Content
    state: GradeState
    my_vote: str | None


@dataclass(frozen=True, slots=True)
class Queue:
    config: ReviewConfig
    tiles: tuple[Tile, ...]
    remaining: int  # contents this user still has to grade
    total: int  # novel contents of the case


def _states(
    session: Session, case_id: int, shas: Sequence[str] | None, needed: int
) -> dict[str, GradeState]:
    query = select(ContentGrade).where(ContentGrade.case_id == case_id)
    if shas is not None and len(shas) <= 500:
        query = query.where(ContentGrade.sha256.in_(list(shas)))
    return {
        g.sha256: GradeState(g.sha256, g.status, g.code, g.votes, needed)
        for g in session.scalars(query)
    }


def grading_queue(
    store: Store, case: Case, user: UserInfo, settings: Settings, limit: int | None = None
) -> Queue:
    """What ``user`` still has to grade in ``case``: contents neither trusted, resolved nor
    disputed that they have not voted on, groups kept whole, at most about ``limit`` tiles."""
    limit = limit or settings.queue_page_size
    media = case_media(store, case.id, settings)
    with store.session() as session:
        config = _config(session, case.id, settings)
        states = _states(session, case.id, None, config.votes_needed)
        mine = dict(
            session.execute(
                select(Vote.sha256, Vote.code).where(
                    Vote.case_id == case.id, Vote.user_id == user.id
                )
            ).all()
        )
    settled = {"trusted", "resolved", "disputed"}
    todo = [
        c
        for c in media.contents
        if c.sha256 not in mine
        and states.get(c.sha256, GradeState(c.sha256, "ungraded", None, 0, 0)).status not in settled
    ]
    tiles: list[Tile] = []
    for content in todo:
        if len(tiles) >= limit and (
            content.group is None or tiles[-1].content.group != content.group
        ):
            break
        state = states.get(
            content.sha256,
            GradeState(content.sha256, "ungraded", None, 0, config.votes_needed),
        )
        tiles.append(Tile(content, state, mine.get(content.sha256)))
    return Queue(config, tuple(tiles), remaining=len(todo), total=len(media.contents))


def _settle(
    session: Session, case_id: int, sha256: str, config: ReviewConfig, now: datetime
) -> GradeState:
    votes = session.execute(
        select(Vote.user_id, Vote.code).where(
            Vote.case_id == case_id, Vote.sha256 == sha256, Vote.scheme == config.scheme.name
        )
    ).all()
    codes = {code for _user_id, code in votes}
    grade = session.get(ContentGrade, (case_id, sha256))
    if grade is None:
        grade = ContentGrade(case_id=case_id, sha256=sha256, scheme=config.scheme.name, votes=0)
        session.add(grade)
    grade.votes = len(votes)
    grade.updated_at = now
    if grade.status != "resolved":
        if len(codes) > 1:
            grade.status, grade.code = "disputed", None
        elif len(votes) >= config.votes_needed:
            grade.status, grade.code = "trusted", next(iter(codes))
        else:
            grade.status, grade.code = "pending", None
    session.flush()
    return GradeState(sha256, grade.status, grade.code, grade.votes, config.votes_needed)


def _case_items(session: Session, case_id: int, item_ids: Sequence[int]) -> dict[int, Item]:
    found = {
        item.id: item
        for item in session.scalars(
            select(Item)
            .join(Exhibit, Exhibit.id == Item.exhibit_id)
            .where(Exhibit.case_id == case_id, Item.id.in_(list(item_ids)))
        )
    }
    missing = [i for i in item_ids if i not in found]
    if missing:
        raise NotFound(f"no item {missing[0]} in this case")
    return found


def cast_votes(
    store: Store,
    case: Case,
    user: UserInfo,
    item_ids: Sequence[int],
    code: str,
    settings: Settings,
) -> list[GradeState]:
    """Record ``user``'s vote ``code`` on the content of each item (a group at once);
    each vote is audited, and the content's outcome recomputed."""
    if user.role not in GRADER_ROLES:
        raise Forbidden(f"role {user.role!r} cannot grade")
    if not item_ids:
        raise ConfigError("no items to grade")
    if len(item_ids) > 1000:
        raise ConfigError("at most 1000 items can be graded at once")

    def work(session: Session) -> tuple[list[GradeState], list[_Event]]:
        config = _config(session, case.id, settings)
        checked = _check_code(config.scheme, code)
        items = _case_items(session, case.id, item_ids)
        now = _now()
        out: list[GradeState] = []
        events: list[_Event] = []
        seen: set[str] = set()
        for item_id in item_ids:
            item = items[item_id]
            if item.sha256 is None or item.kind not in ("image", "video"):
                raise ConfigError(f"item {item_id} is not media that can be graded")
            if item.sha256 in seen:
                continue
            seen.add(item.sha256)
            vote = session.scalars(
                select(Vote).where(
                    Vote.case_id == case.id, Vote.sha256 == item.sha256, Vote.user_id == user.id
                )
            ).first()
            before = None
            if vote is None:
                session.add(
                    Vote(
                        case_id=case.id,
                        sha256=item.sha256,
                        user_id=user.id,
                        scheme=config.scheme.name,
                        code=checked,
                        created_at=now,
                        updated_at=now,
                    )
                )
            else:
                before = vote.code
                vote.scheme, vote.code, vote.updated_at = config.scheme.name, checked, now
            session.flush()
            state = _settle(session, case.id, item.sha256, config, now)
            out.append(state)
            detail: dict[str, Any] = {
                "item": item_id,
                "sha256": item.sha256,
                "scheme": config.scheme.name,
                "code": checked,
                "outcome": state.status,
            }
            if before is not None:
                detail["replaces"] = before
            if len(item_ids) > 1:
                detail["bulk"] = len(item_ids)
            events.append(_Event("grade.vote", user.name, case.name, detail))
        return out, events

    return _run(store, work)


@dataclass(frozen=True, slots=True)
class Dispute:
    content: Content | None
    sha256: str
    item_id: int
    votes: tuple[tuple[str, str], ...]  # (user, code)
    status: str
    code: str | None


def disputes(store: Store, case: Case, settings: Settings) -> list[Dispute]:
    """Contents whose votes disagree (and those a lead resolved), with every vote."""
    media = case_media(store, case.id, settings)
    with store.session() as session:
        grades = list(
            session.scalars(
                select(ContentGrade)
                .where(
                    ContentGrade.case_id == case.id,
                    ContentGrade.status.in_(("disputed", "resolved")),
                )
                .order_by(ContentGrade.status, ContentGrade.updated_at)
            )
        )
        out = []
        for grade in grades:
            votes = session.execute(
                select(User.name, Vote.code)
                .join(User, User.id == Vote.user_id)
                .where(Vote.case_id == case.id, Vote.sha256 == grade.sha256)
                .order_by(User.name)
            ).all()
            content = media.by_sha.get(grade.sha256)
            item_id = (
                content.item_id
                if content is not None
                else _first_item(session, case.id, grade.sha256)
            )
            out.append(
                Dispute(
                    content,
                    grade.sha256,
                    item_id,
                    tuple((n, c) for n, c in votes),
                    grade.status,
                    grade.code,
                )
            )
        return out


def _first_item(session: Session, case_id: int, sha256: str) -> int:
    found = session.scalar(
        select(func.min(Item.id))
        .join(Exhibit, Exhibit.id == Item.exhibit_id)
        .where(Exhibit.case_id == case_id, Item.sha256 == sha256)
    )
    return int(found or 0)


def resolve_dispute(
    store: Store, case: Case, user: UserInfo, sha256: str, code: str, settings: Settings
) -> GradeState:
    """A lead's final grade for a content (disputed or not); audited."""
    if user.role not in LEAD_ROLES:
        raise Forbidden(f"role {user.role!r} cannot resolve grades")
    if _SHA256.fullmatch(sha256) is None:
        raise NotFound(f"no content {sha256!r} in this case")

    def work(session: Session) -> tuple[GradeState, list[_Event]]:
        config = _config(session, case.id, settings)
        checked = _check_code(config.scheme, code)
        if not _first_item(session, case.id, sha256):
            raise NotFound(f"no content {sha256} in this case")
        grade = session.get(ContentGrade, (case.id, sha256))
        if grade is None:
            grade = ContentGrade(case_id=case.id, sha256=sha256, scheme=config.scheme.name, votes=0)
            session.add(grade)
        before = grade.status
        grade.status, grade.code, grade.resolved_by = "resolved", checked, user.id
        grade.scheme, grade.updated_at = config.scheme.name, _now()
        session.flush()
        state = GradeState(sha256, "resolved", checked, grade.votes, config.votes_needed)
        detail = {"sha256": sha256, "scheme": config.scheme.name, "code": checked, "was": before}
        return state, [_Event("grade.resolve", user.name, case.name, detail)]

    return _run(store, work)


def grading_progress(store: Store, case: Case, settings: Settings) -> dict[str, Any]:
    """How far grading of the case's novel media has come, for the dashboard."""
    media = case_media(store, case.id, settings)
    with store.session() as session:
        config = _config(session, case.id, settings)
        states = _states(session, case.id, None, config.votes_needed)
        per_grader = session.execute(
            select(User.name, func.count(Vote.id))
            .join(User, User.id == Vote.user_id)
            .where(Vote.case_id == case.id)
            .group_by(User.name)
            .order_by(User.name)
        ).all()
    counts = {"ungraded": 0, "pending": 0, "trusted": 0, "disputed": 0, "resolved": 0}
    by_code: dict[str, int] = defaultdict(int)
    for content in media.contents:
        state = states.get(content.sha256)
        status = state.status if state is not None else "ungraded"
        counts[status] = counts.get(status, 0) + 1
        if state is not None and status in ("trusted", "resolved") and state.code is not None:
            by_code[state.code] += 1
    labels = dict(grade_codes(config.scheme))
    return {
        "scheme": config.scheme.name,
        "votes_needed": config.votes_needed,
        "contents": len(media.contents),
        "groups": len(media.groups),
        "suggested": sum(1 for c in media.contents if c.suggestion is not None),
        **counts,
        "graded": counts["trusted"] + counts["resolved"],
        "by_code": [
            {"code": code, "label": labels.get(code, code), "contents": by_code[code]}
            for code in sorted(by_code)
        ],
        "votes_by_grader": [{"user": n, "votes": v} for n, v in per_grader],
    }


# --- reveals and exposure ------------------------------------------------------------------


def reveal(
    store: Store,
    case: Case,
    user: UserInfo,
    item_ids: Sequence[int],
    *,
    auto: bool = False,
) -> list[str]:
    """Record that ``user`` is shown these items unblurred (audited, counted as exposure).

    ``auto`` marks showings through the user's own setting rather than a reveal per item.
    Returns the items' SHA-256.
    """
    if not item_ids:
        return []

    def work(session: Session) -> tuple[list[str], list[_Event]]:
        items = _case_items(session, case.id, item_ids)
        now = _now()
        day = now.date().isoformat()
        shas = []
        for item_id in item_ids:
            item = items[item_id]
            if item.sha256 is None:
                raise ConfigError(f"item {item_id} has no content to show")
            session.add(
                Reveal(
                    user_id=user.id,
                    case_id=case.id,
                    item_id=item_id,
                    sha256=item.sha256,
                    at=now,
                    day=day,
                    auto=auto,
                )
            )
            shas.append(item.sha256)
        session.flush()
        detail: dict[str, Any] = {"items": list(item_ids)}
        if auto:
            detail["auto"] = True
        return shas, [_Event("media.reveal", user.name, case.name, detail)]

    return _run(store, work)


def revealed(store: Store, user_id: int, sha256: str, within: timedelta) -> bool:
    """Whether the user revealed this content within the last ``within``."""
    since = _now() - within
    with store.session() as session:
        found = session.scalar(
            select(Reveal.id)
            .where(Reveal.user_id == user_id, Reveal.sha256 == sha256, Reveal.at >= since)
            .limit(1)
        )
    return found is not None


def exposure(store: Store, user_id: int, days: int = 30) -> list[dict[str, Any]]:
    """Per day, newest first: items revealed to the user, distinct contents, and how many
    were shown through the reveal-by-default setting."""
    first = (_now().date() - timedelta(days=days - 1)).isoformat()
    with store.session() as session:
        rows = session.execute(
            select(
                Reveal.day,
                func.count(Reveal.id),
                func.count(func.distinct(Reveal.sha256)),
                func.sum(sql_case((Reveal.auto.is_(True), 1), else_=0)),
            )
            .where(Reveal.user_id == user_id, Reveal.day >= first)
            .group_by(Reveal.day)
            .order_by(Reveal.day.desc())
        ).all()
    return [
        {"day": day, "revealed": int(n), "distinct": int(d), "by_setting": int(a or 0)}
        for day, n, d, a in rows
    ]


def exposure_overview(store: Store, days: int = 7) -> list[dict[str, Any]]:
    """Every reviewer's exposure today and over the last ``days`` days (for welfare leads)."""
    today = _now().date()
    first = (today - timedelta(days=days - 1)).isoformat()
    with store.session() as session:
        rows = session.execute(
            select(User.name, User.role, Reveal.day, func.count(Reveal.id))
            .join(Reveal, and_(Reveal.user_id == User.id, Reveal.day >= first), isouter=True)
            .group_by(User.name, User.role, Reveal.day)
        ).all()
    table: dict[str, dict[str, Any]] = {}
    for name, role, day, count in rows:
        entry = table.setdefault(
            name, {"user": name, "role": role, "today": 0, "period": 0, "days": days}
        )
        if day is None:
            continue
        entry["period"] += int(count)
        if day == today.isoformat():
            entry["today"] += int(count)
    return sorted(table.values(), key=lambda e: (-e["today"], -e["period"], e["user"]))


# --- media detail --------------------------------------------------------------------------


def _dms(value: float, positive: str, negative: str) -> str:
    hemisphere = positive if value >= 0 else negative
    value = abs(value)
    degrees = int(value)
    minutes_full = (value - degrees) * 60
    minutes = int(minutes_full)
    seconds = (minutes_full - minutes) * 60
    return f"{degrees}°{minutes:02d}′{seconds:05.2f}″{hemisphere}"


def _pdq_bytes(values: Sequence[str]) -> np.ndarray[Any, np.dtype[np.uint8]]:
    return np.frombuffer(bytes.fromhex("".join(values)), dtype=np.uint8).reshape(-1, 32)


def media_detail(
    store: Store, case: Case, item_id: int, user: UserInfo, settings: Settings
) -> dict[str, Any]:
    """Everything about one item: hashes, matches, EXIF, every place its content was found
    in the user's cases, and its near-duplicates there. Not audited here (callers do)."""
    with store.session() as session:
        row = session.execute(
            select(Item, Exhibit)
            .join(Exhibit, Exhibit.id == Item.exhibit_id)
            .where(Exhibit.case_id == case.id, Item.id == item_id)
        ).first()
        if row is None:
            raise NotFound(f"no item {item_id} in this case")
        item, exhibit = row
        matches = [
            {
                "hashset": set_name,
                "entry": entry_id,
                "entry_source": source,
                "kind": kind,
                "distance": distance,
                "threshold": threshold,
                "variant": variant,
                "known_good": known_good,
                "category": None
                if known_good
                else {
                    "scheme": scheme or set_scheme or "none",
                    "code": code if code is not None else "uncategorised",
                    "label": label(Category(scheme or set_scheme or "none", code))
                    if code is not None and (scheme or set_scheme)
                    else "Uncategorised",
                },
            }
            for (
                set_name,
                entry_id,
                source,
                kind,
                distance,
                threshold,
                variant,
                known_good,
                scheme,
                code,
                set_scheme,
            ) in session.execute(
                select(
                    HashSet.name,
                    KnownEntryRow.id,
                    KnownEntryRow.source,
                    MatchRow.kind,
                    MatchRow.distance,
                    MatchRow.threshold,
                    MatchRow.variant,
                    HashSet.known_good,
                    KnownEntryRow.scheme,
                    KnownEntryRow.code,
                    HashSet.scheme,
                )
                .join(KnownEntryRow, KnownEntryRow.id == MatchRow.entry_id)
                .join(HashSet, HashSet.id == MatchRow.hashset_id)
                .where(MatchRow.item_id == item.id)
                .order_by(MatchRow.kind == "pdq", MatchRow.distance, KnownEntryRow.id)
            )
        ]
        member_ids = select(CaseMember.case_id).where(CaseMember.user_id == user.id)
        found = []
        if item.sha256 is not None:
            found = [
                {"case": case_name, "exhibit": ex_name, "path": path, "item": other_id}
                for other_id, path, ex_name, case_name in session.execute(
                    select(Item.id, Item.path, Exhibit.name, Case.name)
                    .join(Exhibit, Exhibit.id == Item.exhibit_id)
                    .join(Case, Case.id == Exhibit.case_id)
                    .where(Item.sha256 == item.sha256, Case.id.in_(member_ids))
                    .order_by(Case.name, Exhibit.name, Item.path)
                    .limit(500)
                )
            ]
        near: list[dict[str, Any]] = []
        if item.pdq is not None:
            candidates = session.execute(
                select(Item.id, Item.pdq, Item.sha256, Item.path, Exhibit.name, Case.name)
                .join(Exhibit, Exhibit.id == Item.exhibit_id)
                .join(Case, Case.id == Exhibit.case_id)
                .where(
                    Item.pdq.is_not(None),
                    Item.pdq_quality >= settings.pdq_min_quality,
                    Case.id.in_(member_ids),
                    Item.id != item.id,
                )
            ).all()
            candidates = [c for c in candidates if c[2] != item.sha256]
            if candidates:
                mine = _pdq_bytes([item.pdq])
                others = _pdq_bytes([c[1] or "" for c in candidates])
                distances = np.unpackbits(others ^ mine, axis=1).sum(axis=1)
                close = np.nonzero(distances <= settings.group_threshold)[0]
                ranked = sorted(close.tolist(), key=lambda i: (int(distances[i]), candidates[i][0]))
                near = [
                    {
                        "item": candidates[i][0],
                        "distance": int(distances[i]),
                        "path": candidates[i][3],
                        "exhibit": candidates[i][4],
                        "case": candidates[i][5],
                    }
                    for i in ranked[:100]
                ]
        config = _config(session, case.id, settings)
        grade = None
        my_vote = None
        if item.sha256 is not None:
            g = session.get(ContentGrade, (case.id, item.sha256))
            if g is not None:
                grade = {"status": g.status, "code": g.code, "votes": g.votes}
            my_vote = session.scalar(
                select(Vote.code).where(
                    Vote.case_id == case.id, Vote.sha256 == item.sha256, Vote.user_id == user.id
                )
            )
    exif = dict(item.exif or {})
    location = None
    lat, lon = exif.get("gps_latitude"), exif.get("gps_longitude")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        location = {
            "latitude": float(lat),
            "longitude": float(lon),
            "text": f"{_dms(float(lat), 'N', 'S')} {_dms(float(lon), 'E', 'W')}",
        }
    return {
        "item": {
            "id": item.id,
            "case": case.name,
            "exhibit": exhibit.name,
            "path": item.path,
            "locator": item.locator,
            "status": item.status,
            "reason": item.reason,
            "kind": item.kind,
            "mime": item.mime,
            "size": item.size,
            "width": item.width,
            "height": item.height,
            "deleted": item.deleted,
        },
        "hashes": {
            "md5": item.md5,
            "sha1": item.sha1,
            "sha256": item.sha256,
            "pdq": item.pdq,
            "pdq_quality": item.pdq_quality,
            "pdq_reduced": item.pdq_reduced,
        },
        "matches": matches,
        "exif": exif,
        "location": location,
        "found": found,
        "near_duplicates": near,
        "grade": grade,
        "my_vote": my_vote,
        "scheme": config.scheme.name,
    }
