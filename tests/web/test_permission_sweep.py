"""A sweep over the app's route table: every route refuses anonymous users, and every case
route refuses a logged-in user who is not a member of that case (as if it did not exist).

New routes are swept automatically; a route with a path parameter the sweep has no value
for fails here until one is added to ``_values``.
"""

from __future__ import annotations

import re

from review_site import CASE, OTHER, Site
from sqlalchemy import select

from cairn.store.schema import Item
from cairn.web.app import PUBLIC_PATHS, route_table


def _values(site: Site) -> dict[str, str]:
    item = site.items["g-original.jpg"]
    with site.store.session() as session:
        sha = session.scalar(select(Item.sha256).where(Item.id == item))
    return {
        "case": CASE,
        "item_id": str(item),
        "sha256": str(sha),
        "name": "g1",
        "key": "some-conversation",
    }


def _concrete(path: str, values: dict[str, str]) -> str:
    def fill(match: re.Match[str]) -> str:
        name = match.group(1).split(":", 1)[0]
        assert name in values, f"the sweep has no value for path parameter {{{name}}}"
        return values[name]

    return re.sub(r"\{([^}]+)\}", fill, path)


def _body(path: str, item: str) -> dict[str, object]:
    if path.endswith("/votes"):
        return {"items": [int(item)], "code": "A"}
    if "/disputes/" in path:
        return {"code": "A"}
    if path.endswith("/me/settings"):
        return {"reveal_by_default": False}
    return {}


def _is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or any(path.startswith(p + "/") for p in PUBLIC_PATHS)


def test_the_route_table_is_swept(site: Site) -> None:
    table = route_table(site.app)
    paths = {path for path, _methods in table}
    assert len(table) >= 30
    assert {"/cases/{case}/grade", "/api/cases/{case}/votes", "/api/openapi.json"} <= paths


def test_every_route_refuses_anonymous_users(site: Site) -> None:
    values = _values(site)
    anonymous = site.client()
    forged = site.client()
    forged.http.cookies.set("cairn_session", "not-a-session")
    checked = 0
    for path, methods in route_table(site.app):
        if _is_public(path):
            continue
        url = _concrete(path, values)
        for method in methods:
            for client in (anonymous, forged):
                response = client.request(
                    method, url, json=_body(path, values["item_id"]) if method == "POST" else None
                )
                where = f"{method} {url}"
                if path.startswith("/api/") or method != "GET":
                    assert response.status_code == 401, where
                    if path.startswith("/api/"):
                        assert response.json()["ok"] is False, where
                else:
                    assert response.status_code == 303, where
                    assert response.headers["location"].startswith("/login?next="), where
                checked += 1
    assert checked >= 58  # 29 protected routes, each by two clients


def test_every_case_route_refuses_a_non_member(site: Site) -> None:
    values = _values(site)
    outsider = site.client("outsider")  # a lead, member of another case only
    assert outsider.get(f"/cases/{OTHER}").status_code == 200
    checked = 0
    for path, methods in route_table(site.app):
        if "{case}" not in path:
            continue
        for case in (CASE, "no-such-case"):
            url = _concrete(path, {**values, "case": case})
            for method in methods:
                if method == "POST":
                    response = outsider.send_json(url, _body(path, values["item_id"]))
                else:
                    response = outsider.get(url)
                where = f"{method} {url}"
                assert response.status_code == 404, where
                assert CASE not in response.text, where
                if path.startswith("/api/"):
                    assert response.json() == {
                        "ok": False,
                        "error": "not found",
                        "errors": ["not found"],
                        "status": 404,
                    }, where
                checked += 1
    assert checked >= 36
    listed = outsider.get("/api/cases").json()["cases"]
    assert [c["name"] for c in listed] == [OTHER]
    assert CASE not in outsider.get("/").text


def test_roles_limit_what_members_do(site: Site) -> None:
    item = site.items["single-1.jpg"]
    viewer = site.client("viewer")
    assert viewer.get(f"/cases/{CASE}").status_code == 200
    assert viewer.get(f"/cases/{CASE}/grade").status_code == 403
    refused = viewer.send_json(f"/api/cases/{CASE}/votes", {"items": [item], "code": "A"})
    assert refused.status_code == 403 and refused.json()["ok"] is False
    grader = site.client("g1")
    with site.store.session() as session:
        sha = session.scalar(select(Item.sha256).where(Item.id == item))
    assert grader.send_json(f"/api/cases/{CASE}/disputes/{sha}", {"code": "A"}).status_code == 403
    assert grader.get("/exposure/g2").status_code == 404
    lead = site.client("lead")
    assert lead.get("/exposure/g2").status_code == 200
    assert lead.send_json(f"/api/cases/{CASE}/disputes/{sha}", {"code": "A"}).status_code == 200
