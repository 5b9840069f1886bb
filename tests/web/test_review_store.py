"""Grading in the store, on SQLite and PostgreSQL: votes, trusted grades, disagreements,
the queue, reveals and exposure, membership."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from review_site import CASE, OTHER, Site
from sqlalchemy import select, update

from cairn.errors import ConfigError
from cairn.store.audit import verify
from cairn.store.review import (
    Forbidden,
    case_media,
    cast_votes,
    disputes,
    exposure,
    find_user,
    grading_progress,
    grading_queue,
    member_case,
    member_cases,
    resolve_dispute,
    reveal,
    revealed,
    session_user,
    set_review_config,
    start_session,
)
from cairn.store.review_schema import WebSession
from cairn.store.schema import AuditEvent


def _user(site: Site, name: str):  # type: ignore[no-untyped-def]
    user = find_user(site.store, name)
    assert user is not None
    return user


def _case(site: Site, user: str = "admin"):  # type: ignore[no-untyped-def]
    case = member_case(site.store, _user(site, user).id, CASE)
    assert case is not None
    return case


def test_novel_media_are_contents_grouped_with_suggestions(site: Site) -> None:
    media = case_media(site.store, _case(site).id, site.settings)
    paths = {c.path for c in media.contents}
    # Nine novel files, eight contents: the copy collapses into its first path.
    assert "single-0.jpg" in paths and "single-9-copy.jpg" not in paths
    assert "known.jpg" not in paths and "notes.txt" not in paths
    assert len(media.contents) == 8
    [copied] = [c for c in media.contents if c.path == "single-0.jpg"]
    assert copied.copies == 2
    [group] = media.groups.values()
    grouped = {media.by_sha[s].path for s in group}
    assert grouped == {"g-original.jpg", "g-smaller.jpg", "g-recompressed.jpg"}
    assert [c.path for c in media.contents[:3]] == sorted(grouped, key=lambda p: site.items[p])
    [suggested] = [c for c in media.contents if c.suggestion is not None]
    assert suggested.path == "known-resized.jpg"
    assert suggested.suggestion is not None
    assert (suggested.suggestion.scheme, suggested.suggestion.code) == ("uk", "B")
    assert suggested.suggestion.like_path == "known.jpg"


def test_three_independent_agreeing_votes_make_a_trusted_grade(any_site: Site) -> None:
    site = any_site
    case = _case(site)
    item = site.items["single-1.jpg"]
    first = cast_votes(site.store, case, _user(site, "g1"), [item], "A", site.settings)
    assert [(s.status, s.votes, s.needed) for s in first] == [("pending", 1, 3)]
    # Voting again does not count twice: votes are per user.
    again = cast_votes(site.store, case, _user(site, "g1"), [item], "A", site.settings)
    assert again[0].votes == 1
    cast_votes(site.store, case, _user(site, "g2"), [item], "A", site.settings)
    [state] = cast_votes(site.store, case, _user(site, "g3"), [item], "A", site.settings)
    assert (state.status, state.code, state.votes) == ("trusted", "A", 3)
    # A trusted content leaves everyone's queue.
    queue = grading_queue(site.store, case, _user(site, "lead"), site.settings)
    assert item not in [t.content.item_id for t in queue.tiles]
    progress = grading_progress(site.store, case, site.settings)
    assert progress["trusted"] == 1 and progress["by_code"][0]["code"] == "A"
    events = _actions(site)
    assert events.count("grade.vote") == 4
    assert verify(site.store)[1] == []


def test_a_disagreement_goes_to_the_disputes_queue_and_a_lead_resolves_it(site: Site) -> None:
    case = _case(site)
    item = site.items["single-2.jpg"]
    cast_votes(site.store, case, _user(site, "g1"), [item], "A", site.settings)
    [state] = cast_votes(site.store, case, _user(site, "g2"), [item], "C", site.settings)
    assert state.status == "disputed" and state.code is None
    # More agreeing votes do not settle a disputed content.
    cast_votes(site.store, case, _user(site, "g3"), [item], "A", site.settings)
    [found] = disputes(site.store, case, site.settings)
    assert found.item_id == item and dict(found.votes) == {"g1": "A", "g2": "C", "g3": "A"}
    with pytest.raises(Forbidden):
        resolve_dispute(site.store, case, _user(site, "g1"), found.sha256, "A", site.settings)
    resolved = resolve_dispute(
        site.store, case, _user(site, "lead"), found.sha256, "A", site.settings
    )
    assert (resolved.status, resolved.code) == ("resolved", "A")
    assert "grade.resolve" in _actions(site)


def test_a_group_is_graded_at_once_and_the_queue_keeps_groups_whole(site: Site) -> None:
    case = _case(site)
    group = [site.items[p] for p in ("g-original.jpg", "g-smaller.jpg", "g-recompressed.jpg")]
    states = cast_votes(site.store, case, _user(site, "g1"), group, "B", site.settings)
    assert [s.status for s in states] == ["pending"] * 3
    queue = grading_queue(site.store, case, _user(site, "g1"), site.settings)
    assert not set(group) & {t.content.item_id for t in queue.tiles}
    assert queue.remaining == 5 and queue.total == 8
    # A page limit smaller than the group still shows the whole group.
    small = grading_queue(site.store, case, _user(site, "g2"), site.settings, limit=1)
    assert [t.content.item_id for t in small.tiles] == sorted(group)


def test_codes_must_belong_to_the_case_scheme(site: Site) -> None:
    case = _case(site)
    item = site.items["single-3.jpg"]
    with pytest.raises(ConfigError, match="'7' is not a code of scheme 'uk'"):
        cast_votes(site.store, case, _user(site, "g1"), [item], "7", site.settings)
    with pytest.raises(Forbidden):
        cast_votes(site.store, case, _user(site, "viewer"), [item], "A", site.settings)
    # A case can use another scheme and count, until it has votes.
    set_review_config(site.store, case, scheme="pv-us", votes_needed=1, actor="lead")
    [state] = cast_votes(site.store, case, _user(site, "g1"), [item], "1", site.settings)
    assert (state.status, state.code, state.needed) == ("trusted", "1", 1)
    with pytest.raises(ConfigError, match="already has votes"):
        set_review_config(site.store, case, scheme="uk", votes_needed=None, actor="lead")


def test_reveals_are_counted_per_day_and_sessions_expire(any_site: Site) -> None:
    site = any_site
    case = _case(site)
    g1 = _user(site, "g1")
    items = [site.items["single-1.jpg"], site.items["single-2.jpg"]]
    shas = reveal(site.store, case, g1, items)
    reveal(site.store, case, g1, items[:1])
    assert revealed(site.store, g1.id, shas[0], timedelta(minutes=10))
    assert not revealed(site.store, _user(site, "g2").id, shas[0], timedelta(minutes=10))
    [today] = exposure(site.store, g1.id)
    assert (today["revealed"], today["distinct"], today["by_setting"]) == (3, 2, 0)
    reveal(site.store, case, g1, items[1:], auto=True)
    assert exposure(site.store, g1.id)[0]["by_setting"] == 1
    assert _actions(site).count("media.reveal") == 3
    # Sessions end when idle (datetimes come back naive from SQLite, aware from PostgreSQL).
    user = _user(site, "g1")
    start_session(site.store, user, "d" * 64, "csrf-token", "127.0.0.1")
    assert session_user(site.store, "d" * 64, timedelta(minutes=30)) is not None
    with site.store.session() as session:
        session.execute(
            update(WebSession)
            .where(WebSession.id == "d" * 64)
            .values(last_seen=datetime.now(UTC) - timedelta(hours=2))
        )
    assert session_user(site.store, "d" * 64, timedelta(minutes=30)) is None


def test_membership_hides_other_cases(site: Site) -> None:
    admin = _user(site, "admin")
    assert [c.name for c in member_cases(site.store, admin.id)] == [CASE]
    assert member_case(site.store, admin.id, OTHER) is None
    assert member_case(site.store, admin.id, "no-such-case") is None


def _actions(site: Site) -> list[str]:
    with site.store.session() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
