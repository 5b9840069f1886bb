"""Logging in and out: audited logins, throttling, expiry, disabled accounts."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from review_site import CASE, PASSWORD, Client, Evidence, Site, make_site
from sqlalchemy import select, update

from cairn.store import Store
from cairn.store.review import set_disabled, set_password
from cairn.store.review_schema import WebSession
from cairn.store.schema import AuditEvent
from cairn.web.auth import hash_password


def _attempt(site: Site, client: Client, name: str, password: str) -> int:
    form = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token is not None
    response = client.post(
        "/login", data={"name": name, "password": password, "csrf": token.group(1)}
    )
    return response.status_code


def _audit(site: Site) -> list[tuple[str, str]]:
    with site.store.session() as session:
        return [
            (a, b)
            for a, b in session.execute(
                select(AuditEvent.action, AuditEvent.actor).order_by(AuditEvent.id)
            )
        ]


def test_login_and_logout_are_audited_and_end_the_session(site: Site) -> None:
    client = site.client("g1")
    assert client.get("/api/me").json()["user"] == {
        "name": "g1",
        "role": "grader",
        "reveal_by_default": False,
    }
    assert client.post("/logout", data={"csrf": client.csrf}).status_code == 303
    assert client.get("/api/me").status_code == 401
    assert ("auth.login", "g1") in _audit(site) and ("auth.logout", "g1") in _audit(site)


def test_wrong_passwords_are_refused_alike_and_throttled(site: Site) -> None:
    client = site.client()
    assert _attempt(site, client, "g1", "wrong-password-1") == 401
    assert _attempt(site, client, "nobody", "wrong-password-1") == 401
    for _ in range(4):
        assert _attempt(site, client, "g1", "wrong-password-2") == 401
    # Five failures for g1 within the window: even the right password waits now.
    assert _attempt(site, client, "g1", PASSWORD) == 429
    assert _attempt(site, client, "g2", PASSWORD) == 303  # other names are not affected
    failed = [a for a in _audit(site) if a[0] == "auth.login_failed"]
    assert len(failed) == 7 and ("auth.login_failed", "nobody") in failed


def test_sessions_expire_after_idle_minutes(site: Site) -> None:
    client = site.client("g1")
    assert client.get("/api/me").status_code == 200
    with site.store.session() as session:
        session.execute(
            update(WebSession).values(last_seen=datetime.now(UTC) - timedelta(minutes=31))
        )
    assert client.get("/api/me").status_code == 401
    page = client.get(f"/cases/{CASE}")
    assert page.status_code == 303 and page.headers["location"] == f"/login?next=%2Fcases%2F{CASE}"


def test_disabling_or_a_new_password_ends_sessions(site: Site) -> None:
    g1 = site.client("g1")
    g2 = site.client("g2")
    set_disabled(site.store, "g1", True, actor="admin")
    assert g1.get("/api/me").status_code == 401
    assert _attempt(site, site.client(), "g1", PASSWORD) == 401
    set_password(site.store, "g2", hash_password("another-benign-password"), actor="admin")
    assert g2.get("/api/me").status_code == 401
    assert _attempt(site, site.client(), "g2", "another-benign-password") == 303


def test_login_only_follows_local_next_paths(site: Site) -> None:
    client = site.client()
    form = client.get("/login?next=//evil.example/x")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token is not None
    response = client.post(
        "/login",
        data={
            "name": "g1",
            "password": PASSWORD,
            "csrf": token.group(1),
            "next": "https://evil.example/",
        },
    )
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")


def test_the_web_app_works_on_postgresql(store: Store, evidence: Evidence, tmp_path: Path) -> None:
    """One pass over login, queue, vote and reveal on each database of the suite."""
    site = make_site(store, evidence)
    try:
        client = site.client("g1")
        queue = client.get(f"/api/cases/{CASE}/queue").json()
        assert queue["total"] == 8
        first = queue["tiles"][0]["item"]
        assert client.send_json(f"/api/cases/{CASE}/media/{first}/reveal").status_code == 200
        voted = client.send_json(f"/api/cases/{CASE}/votes", {"items": [first], "code": "C"})
        assert voted.json()["grades"][0]["status"] == "pending"
    finally:
        site.close()
