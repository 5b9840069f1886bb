"""The JSON API has one error shape (STYLE.md section 6), like datasette's test_error_shape:
``{"ok": false, "error": str, "errors": [str, ...], "status": int}`` with the same status
on the response, and ``"ok": true`` on every success."""

from __future__ import annotations

from typing import Any

import pytest
from review_site import CASE, Site


def _assert_error_shape(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["errors"], list) and all(isinstance(e, str) for e in body["errors"])
    assert body["error"] in body["errors"]
    return body


@pytest.mark.parametrize(
    ("method", "path", "payload", "status"),
    [
        ("GET", f"/api/cases/{CASE}/media/not-a-number", None, 400),
        ("POST", f"/api/cases/{CASE}/votes", {"items": [], "code": "A"}, 400),
        ("POST", f"/api/cases/{CASE}/votes", {"items": [1]}, 400),
        ("POST", f"/api/cases/{CASE}/votes", {"items": [999999], "code": "A"}, 404),
        ("GET", f"/api/cases/{CASE}/media/999999", None, 404),
        ("GET", "/api/cases/nope", None, 404),
        ("GET", "/api/nothing-here", None, 404),
        ("DELETE", "/api/cases", None, 405),
    ],
)
def test_api_errors_have_one_shape(
    site: Site, method: str, path: str, payload: dict[str, Any] | None, status: int
) -> None:
    client = site.client("g1")
    headers = {"X-CSRF-Token": client.csrf}
    response = client.request(method, path, json=payload, headers=headers)
    _assert_error_shape(response, status)


def test_bad_code_and_role_errors_name_the_problem(site: Site) -> None:
    client = site.client("g1")
    item = site.items["single-1.jpg"]
    body = _assert_error_shape(
        client.send_json(f"/api/cases/{CASE}/votes", {"items": [item], "code": "Z"}), 400
    )
    assert "'Z' is not a code of scheme 'uk'" in body["error"]
    viewer = site.client("viewer")
    body = _assert_error_shape(
        viewer.send_json(f"/api/cases/{CASE}/votes", {"items": [item], "code": "A"}), 403
    )
    assert "viewer" in body["error"]


def test_auth_and_csrf_errors_have_the_shape(site: Site) -> None:
    _assert_error_shape(site.client().get("/api/cases"), 401)
    client = site.client("g1")
    _assert_error_shape(client.post(f"/api/cases/{CASE}/votes", json={}), 403)
    wrong = client.post(f"/api/cases/{CASE}/votes", json={}, headers={"X-CSRF-Token": "x"})
    _assert_error_shape(wrong, 403)


def test_successes_say_ok(site: Site) -> None:
    client = site.client("g1")
    for path in ("/api/cases", f"/api/cases/{CASE}", f"/api/cases/{CASE}/queue", "/api/me"):
        response = client.get(path)
        assert response.status_code == 200 and response.json()["ok"] is True, path


def test_pages_answer_errors_as_pages(site: Site) -> None:
    client = site.client("g1")
    response = client.get("/cases/nope")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "Not found" in response.text
