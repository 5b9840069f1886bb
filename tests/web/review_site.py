"""A small benign case with novel, near-duplicate and known images, its users, and
logged-in in-process clients of the web app (httpx over ASGI, driven synchronously)."""

from __future__ import annotations

import hashlib
import io
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from anyio.from_thread import start_blocking_portal
from fastapi import FastAPI
from PIL import Image

from cairn.pipeline.known import import_hashset
from cairn.pipeline.runner import run_ingest
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.queries import create_case
from cairn.store.review import create_user
from cairn.testing.exhibit import drawing
from cairn.web import create_app
from cairn.web.auth import hash_password

PASSWORD = "benign-test-password"
CASE = "op-web"
OTHER = "op-other"
USERS = {
    "admin": "admin",
    "lead": "lead",
    "g1": "grader",
    "g2": "grader",
    "g3": "grader",
    "analyst": "analyst",
    "viewer": "viewer",
}


def _jpeg(image: Image.Image, quality: int = 90, exif: bytes | None = None) -> bytes:
    out = io.BytesIO()
    if exif is None:
        image.save(out, "JPEG", quality=quality)
    else:
        image.save(out, "JPEG", quality=quality, exif=exif)
    return out.getvalue()


def _gps_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "BenignCam"
    exif[0x0110] = "Model 1"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (55.0, 57.0, 12.0)
    gps[3] = "W"
    gps[4] = (3.0, 11.0, 24.0)
    return exif.tobytes()


@dataclass
class Evidence:
    """The generated exhibit: file names of interest and the hash set listing the known one."""

    folder: Path
    known_csv: Path
    names: dict[str, str] = field(default_factory=dict)


def build_evidence(root: Path) -> Evidence:
    """Write the benign exhibit and its hash set under ``root``."""
    folder = root / "exhibit"
    folder.mkdir()
    rng = random.Random(77)
    base = drawing(rng, 480, 360)
    # A near-duplicate group of three: the original, a smaller copy and a recompressed one.
    (folder / "g-original.jpg").write_bytes(_jpeg(base, exif=_gps_exif()))
    (folder / "g-smaller.jpg").write_bytes(_jpeg(base.resize((320, 240)), 85))
    (folder / "g-recompressed.jpg").write_bytes(_jpeg(base, 60))
    # Unrelated novel drawings, one stored twice (same content, two paths).
    for n in range(4):
        data = _jpeg(drawing(rng, 400, 300))
        (folder / f"single-{n}.jpg").write_bytes(data)
        if n == 0:
            (folder / "single-9-copy.jpg").write_bytes(data)
    # Known material (benign, listed by MD5 with category B) and a resized near-copy of it,
    # which stays novel but gets a suggested category.
    known = drawing(rng, 480, 360)
    known_bytes = _jpeg(known)
    (folder / "known.jpg").write_bytes(known_bytes)
    (folder / "known-resized.jpg").write_bytes(_jpeg(known.resize((360, 270)), 80))
    (folder / "notes.txt").write_text("benign text\n")
    known_csv = root / "known.csv"
    known_csv.write_text(f"md5,category,scheme\n{hashlib.md5(known_bytes).hexdigest()},B,uk\n")
    return Evidence(folder, known_csv)


_HASH: dict[str, str] = {}


def password_hash() -> str:
    """One argon2 hash shared by every test user (hashing is slow on purpose)."""
    if "hash" not in _HASH:
        _HASH["hash"] = hash_password(PASSWORD)
    return _HASH["hash"]


def populate(store: Store, evidence: Evidence, settings: Settings) -> dict[str, int]:
    """The case with its exhibit ingested, a second case, and the users; path → item id."""
    create_case(store, CASE, "benign web test case")
    create_case(store, OTHER, "a case most users are not members of")
    import_hashset(store, evidence.known_csv, "known-b", scheme="uk", settings=settings)
    run_ingest(store, CASE, "laptop", evidence.folder, settings, workers=1)
    for name, role in USERS.items():
        create_user(store, name, role, password_hash(), [CASE], actor="test")
    create_user(store, "outsider", "lead", password_hash(), [OTHER], actor="test")
    from sqlalchemy import select

    from cairn.store.schema import Item

    with store.session() as session:
        return {path: item_id for item_id, path in session.execute(select(Item.id, Item.path))}


class Client:
    """An in-process httpx client of the app, used synchronously through an anyio portal;
    once logged in it sends its CSRF token with ``send_json``."""

    def __init__(self, app: FastAPI) -> None:
        self._portal_cm = start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        self.http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        )
        self.csrf = ""

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def call() -> httpx.Response:
            return await self.http.request(method, url, **kwargs)

        return self._portal.call(call)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        self._portal.call(self.http.aclose)
        self._portal_cm.__exit__(None, None, None)

    def login(self, name: str, password: str = PASSWORD) -> Client:
        form = self.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', form.text)
        assert token is not None
        response = self.post(
            "/login",
            data={"name": name, "password": password, "csrf": token.group(1), "next": "/"},
        )
        assert response.status_code == 303, response.text
        page = self.get("/")
        found = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
        assert found is not None
        self.csrf = found.group(1)
        return self

    def send_json(self, url: str, body: dict[str, Any] | None = None) -> httpx.Response:
        return self.post(url, json=body or {}, headers={"X-CSRF-Token": self.csrf})


@dataclass
class Site:
    store: Store
    app: FastAPI
    settings: Settings
    items: dict[str, int]

    clients: list[Client] = field(default_factory=list)

    def client(self, name: str | None = None) -> Client:
        client = Client(self.app)
        self.clients.append(client)
        return client.login(name) if name else client

    def close(self) -> None:
        for client in self.clients:
            client.close()


def make_site(store: Store, evidence: Evidence, **settings: Any) -> Site:
    resolved = Settings().with_values(**settings)
    items = populate(store, evidence, resolved)
    return Site(store, create_app(store, resolved), resolved, items)
