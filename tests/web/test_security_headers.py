"""Security headers on every response, no caching of media or pages, local assets only,
and CSRF protection on every state-changing route of the route table."""

from __future__ import annotations

import re

from review_site import CASE, Site

from cairn.web.app import route_table


def test_headers_on_pages_media_api_and_assets(site: Site) -> None:
    client = site.client("g1")
    item = site.items["g-original.jpg"]
    for path in (
        "/",
        f"/cases/{CASE}/grade",
        f"/cases/{CASE}/media/{item}/thumb",
        f"/api/cases/{CASE}",
        "/login",
        "/static/cairn.css",
    ):
        response = (site.client() if path == "/login" else client).get(path)
        assert response.status_code == 200, path
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp, path
        assert "frame-ancestors 'none'" in csp and "unsafe" not in csp, path
        assert response.headers["x-frame-options"] == "DENY", path
        assert response.headers["x-content-type-options"] == "nosniff", path
        assert response.headers["referrer-policy"] == "same-origin", path
        expected = "no-cache" if path.startswith("/static/") else "no-store"
        assert response.headers["cache-control"] == expected, path


def test_pages_load_nothing_from_elsewhere(site: Site) -> None:
    client = site.client("g1")
    for path in ("/", f"/cases/{CASE}", f"/cases/{CASE}/grade", "/exposure", "/settings"):
        html = client.get(path).text
        for url in re.findall(r'(?:src|href|action)="([^"]*)"', html):
            assert url.startswith("/") and not url.startswith("//"), (path, url)
        assert "<script>" not in html and " style=" not in html, path
        assert re.search(r"<[^>]*\son[a-z]+=", html) is None, path
    js = client.get("/static/cairn.js").text
    assert "http://" not in js and "https://" not in js


def test_every_state_change_needs_the_csrf_token(site: Site) -> None:
    client = site.client("lead")
    posts = [path for path, methods in route_table(site.app) if "POST" in methods]
    assert len(posts) >= 8
    for path in posts:
        url = path.replace("{case}", CASE).replace("{item_id}", "1").replace("{sha256}", "0" * 64)
        for headers in ({}, {"X-CSRF-Token": "wrong"}):
            response = client.post(url, json={}, headers=headers)
            assert response.status_code in (401, 403), url
            if path != "/login":
                assert response.status_code == 403, url
        form = client.post(url, data={"csrf": "wrong"})
        assert form.status_code in (401, 403), url
    # A request from another origin is refused even with the token.
    other = client.post(
        f"/api/cases/{CASE}/votes",
        json={"items": [site.items["single-1.jpg"]], "code": "A"},
        headers={"X-CSRF-Token": client.csrf, "Origin": "http://evil.example"},
    )
    assert other.status_code == 403


def test_login_form_needs_its_double_submit_token(site: Site) -> None:
    client = site.client()
    client.get("/login")
    response = client.post("/login", data={"name": "g1", "password": "x" * 12, "csrf": "nope"})
    assert response.status_code == 403
