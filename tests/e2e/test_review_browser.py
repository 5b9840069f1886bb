"""The review app in a real browser: Playwright for Python driving Debian's Chromium.

A grader logs in, opens the case, reveals one item and grades a near-duplicate group from
the keyboard; the store and the audit log are checked afterwards. A screenshot of the
grading page is kept under the test's tmp folder and copied to
``test-artifacts/grading.png`` at the repository root.

Skipped where Chromium (``/usr/bin/chromium``) or Playwright is missing, except in CI
(``CI`` set), where that is a failure. Playwright's own browser downloads are never used.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from cairn.pipeline.runner import run_ingest
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.audit import verify
from cairn.store.queries import create_case
from cairn.store.review import create_user
from cairn.store.review_schema import Vote
from cairn.store.schema import AuditEvent, Item
from cairn.testing.exhibit import drawing
from cairn.web import create_app
from cairn.web.auth import hash_password

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACT = Path(__file__).resolve().parents[2] / "test-artifacts" / "grading.png"
CASE = "op-e2e"
PASSWORD = "benign-browser-password"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: the browser test must run in CI (.ci/run installs chromium)")
    pytest.skip(reason)


def _jpeg(image: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


@dataclass
class Running:
    url: str
    store: Store
    items: dict[str, int]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Running]:
    """A benign case served by uvicorn on a free loopback port, in a thread."""
    import uvicorn

    evidence = tmp_path / "exhibit"
    evidence.mkdir()
    rng = random.Random(2027)
    base = drawing(rng, 480, 360)
    (evidence / "a-group-1.jpg").write_bytes(_jpeg(base))
    (evidence / "a-group-2.jpg").write_bytes(_jpeg(base.resize((360, 270)), 80))
    (evidence / "a-group-3.jpg").write_bytes(_jpeg(base, 60))
    for n in range(3):
        (evidence / f"b-single-{n}.jpg").write_bytes(_jpeg(drawing(rng, 400, 300)))
    store = Store.open(tmp_path / "ws")
    settings = Settings()
    create_case(store, CASE, "benign browser-test case")
    run_ingest(store, CASE, "laptop", evidence, settings, workers=1)
    create_user(store, "grader", "grader", hash_password(PASSWORD), [CASE], actor="test")
    with store.session() as session:
        items = {path: item_id for item_id, path in session.execute(select(Item.id, Item.path))}
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(store, settings), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the review app did not start")
        time.sleep(0.05)
    try:
        yield Running(f"http://127.0.0.1:{port}", store, items)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        store.close()


def test_grade_a_group_from_the_keyboard_and_reveal_one_item(
    served: Running, tmp_path: Path
) -> None:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright (the Python package) is not installed")
    group = [served.items[f"a-group-{n}.jpg"] for n in (1, 2, 3)]
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on(
                "console",
                lambda msg: errors.append(msg.text) if msg.type == "error" else None,
            )
            # Log in (the app sends anonymous visitors to the login form).
            page.goto(served.url + "/")
            assert "/login" in page.url
            page.fill("input[name=name]", "grader")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(served.url + "/")
            # Open the case, then its grading queue.
            page.click(f"text={CASE}")
            page.wait_for_selector("h1:has-text('Case op-e2e')")
            page.click("text=Grade novel media")
            page.wait_for_selector("#grading[data-ready='1']", state="attached")
            tiles = page.locator(".tile")
            assert tiles.count() == 6
            first = tiles.nth(0)
            assert first.get_attribute("data-item") == str(group[0])
            assert "focused" in (first.get_attribute("class") or "")
            protected = first.locator("img").get_attribute("src") or ""
            assert "clear" not in protected
            # Reveal the focused item: the server now serves it unblurred, to this user.
            with page.expect_response(lambda r: "thumb?clear=1" in r.url) as shown:
                page.keyboard.press("r")
            assert shown.value.headers["x-cairn-rendering"] == "clear"
            page.wait_for_selector(".tile.revealed")
            page.screenshot(path=str(tmp_path / "revealed.png"))
            # Grade the whole near-duplicate group as Category B: Shift + its key.
            page.keyboard.press("Shift+B")
            page.wait_for_selector("#status:has-text('Graded 3 items as Category B.')")
            assert page.locator(".tile.graded").count() == 3
            assert page.locator(".tile.revealed").count() == 0  # grading covers it again
            assert page.inner_text("#remaining") == "3"
            # Focus moved on to the first single image; skip it with Space.
            assert tiles.nth(3).get_attribute("class") == "tile focused"
            page.keyboard.press(" ")
            assert "focused" in (tiles.nth(4).get_attribute("class") or "")
            shot = tmp_path / "grading.png"
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    ARTIFACT.parent.mkdir(exist_ok=True)
    shutil.copyfile(shot, ARTIFACT)
    assert errors == []

    with served.store.session() as session:
        votes = session.execute(select(Vote.sha256, Vote.code, Vote.scheme)).all()
        shas = dict(session.execute(select(Item.id, Item.sha256).where(Item.id.in_(group))).all())
        events: list[tuple[str, str, dict[str, Any]]] = [
            (a, b, c)
            for a, b, c in session.execute(
                select(AuditEvent.action, AuditEvent.actor, AuditEvent.detail).order_by(
                    AuditEvent.id
                )
            )
        ]
    assert sorted(votes) == sorted((shas[i], "B", "uk") for i in group)
    actions = [(action, actor) for action, actor, _detail in events]
    assert ("auth.login", "grader") in actions
    assert ("grading.queue_view", "grader") in actions
    [reveal] = [d for a, _b, d in events if a == "media.reveal"]
    assert reveal["items"] == [group[0]]
    grades = [d for a, _b, d in events if a == "grade.vote"]
    assert sorted(g["item"] for g in grades) == sorted(group)
    assert {g["code"] for g in grades} == {"B"} and {g["bulk"] for g in grades} == {3}
    count, problems = verify(served.store)
    assert problems == [] and count == len(events)
