"""Grading, reveals and the media detail through the app, as a grader's browser uses them."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from review_site import CASE, OTHER, Site
from sqlalchemy import select

from cairn.pipeline.runner import run_ingest
from cairn.store.audit import verify
from cairn.store.review import add_members
from cairn.store.schema import AuditEvent, Exhibit


def _actions(site: Site) -> list[tuple[str, str, dict[str, object]]]:
    with site.store.session() as session:
        return [
            (a, b, c)
            for a, b, c in session.execute(
                select(AuditEvent.action, AuditEvent.actor, AuditEvent.detail).order_by(
                    AuditEvent.id
                )
            )
        ]


def _image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_the_grading_page_stacks_groups_and_is_audited(site: Site) -> None:
    client = site.client("g1")
    page = client.get(f"/cases/{CASE}/grade")
    assert page.status_code == 200
    assert page.text.count('class="tile"') == 8
    assert "Group 1 · 3 near-duplicates" in page.text
    assert "suggested: Category B" in page.text and "×2" in page.text
    assert 'data-keys=\'[{"code": "A"' in page.text or '"key": "a"' in page.text
    [(_action, actor, detail)] = [a for a in _actions(site) if a[0] == "grading.queue_view"]
    assert actor == "g1" and len(detail["items"]) == 8  # type: ignore[arg-type]


def test_queue_json_votes_and_trusted_grades(site: Site) -> None:
    queue = site.client("g1").get(f"/api/cases/{CASE}/queue").json()
    assert [c["key"] for c in queue["codes"]] == ["a", "b", "c", "n"]
    group = [t["item"] for t in queue["tiles"] if t["group"] == 1]
    assert len(group) == 3
    for name in ("g1", "g2", "g3"):
        voted = site.client(name).send_json(
            f"/api/cases/{CASE}/votes", {"items": group, "code": "A"}
        )
        states = {g["status"] for g in voted.json()["grades"]}
    assert states == {"trusted"}
    figures = site.client("lead").get(f"/api/cases/{CASE}").json()
    assert figures["grading"]["trusted"] == 3 and figures["triage"]["novel"]["files"] == 9
    votes = [a for a in _actions(site) if a[0] == "grade.vote"]
    assert len(votes) == 9 and all(v[2]["bulk"] == 3 for v in votes)
    assert verify(site.store)[1] == []


def test_media_is_protected_until_an_audited_reveal(site: Site) -> None:
    client = site.client("g1")
    item = site.items["g-original.jpg"]
    protected = client.get(f"/cases/{CASE}/media/{item}/thumb")
    assert protected.headers["x-cairn-rendering"] == "protected"
    assert protected.headers["cache-control"] == "no-store"
    shown = _image(protected.content)
    assert max(shown.size) == 256
    red, green, blue = shown.convert("RGB").split()
    assert red.tobytes() == green.tobytes() == blue.tobytes()  # greyscale
    # Asking for the clear rendering without a reveal still gets the protected one.
    sneaky = client.get(f"/cases/{CASE}/media/{item}/thumb?clear=1")
    assert sneaky.headers["x-cairn-rendering"] == "protected"
    answer = client.send_json(f"/api/cases/{CASE}/media/{item}/reveal").json()
    clear = client.get(answer["thumb"])
    assert clear.headers["x-cairn-rendering"] == "clear"
    assert _image(clear.content).convert("RGB").split()[0].tobytes() != red.tobytes()
    # The reveal is the user's own: another grader still sees it protected.
    other = site.client("g2").get(answer["thumb"])
    assert other.headers["x-cairn-rendering"] == "protected"
    reveals = [a for a in _actions(site) if a[0] == "media.reveal"]
    assert [(r[1], r[2]["items"]) for r in reveals] == [("g1", [item])]
    exposure = client.get("/api/exposure/g1").json()
    assert exposure["days"][0]["revealed"] == 1 and exposure["total_30_days"] == 1


def test_the_relaxed_setting_is_audited_and_still_counts_exposure(site: Site) -> None:
    client = site.client("g2")
    assert client.post("/settings", data={"csrf": client.csrf, "reveal_by_default": "on"})
    assert ("user.setting", "g2") in [(a, b) for a, b, _c in _actions(site)]
    page = client.get(f"/cases/{CASE}/grade")
    assert "thumb?clear=1" in page.text
    item = site.items["single-1.jpg"]
    assert (
        client.get(f"/cases/{CASE}/media/{item}/thumb?clear=1").headers["x-cairn-rendering"]
        == "clear"
    )
    [day] = client.get("/api/exposure/g2").json()["days"]
    assert day["revealed"] == 8 and day["by_setting"] == 8


def test_media_detail_lists_hashes_matches_exif_places_and_near_duplicates(site: Site) -> None:
    # The same exhibit was also seized in another case the admin is a member of.
    run_ingest(site.store, OTHER, "phone", _folder(site), site.settings, workers=1)
    add_members(site.store, "admin", [OTHER], actor="test")
    admin = site.client("admin")
    known = admin.get(f"/api/cases/{CASE}/media/{site.items['known.jpg']}").json()
    [match] = known["matches"]
    assert (match["hashset"], match["kind"], match["distance"]) == ("known-b", "md5", 0)
    assert match["category"]["code"] == "B" and match["entry"] > 0
    assert len(known["hashes"]["sha256"]) == 64 and len(known["hashes"]["pdq"]) == 64
    original = admin.get(f"/api/cases/{CASE}/media/{site.items['g-original.jpg']}").json()
    assert original["exif"]["make"] == "BenignCam"
    assert original["location"]["text"] == "55°57′12.00″N 3°11′24.00″W"
    assert {(f["case"], f["exhibit"]) for f in original["found"]} == {
        (CASE, "laptop"),
        (OTHER, "phone"),
    }
    near = {n["path"] for n in original["near_duplicates"]}
    assert {"g-smaller.jpg", "g-recompressed.jpg"} <= near
    copy = admin.get(f"/api/cases/{CASE}/media/{site.items['single-0.jpg']}").json()
    assert {f["path"] for f in copy["found"] if f["case"] == CASE} == {
        "single-0.jpg",
        "single-9-copy.jpg",
    }
    # A user who is not a member of the other case does not learn of it.
    lead = site.client("lead").get(f"/api/cases/{CASE}/media/{site.items['g-original.jpg']}")
    assert {f["case"] for f in lead.json()["found"]} == {CASE}
    assert OTHER not in lead.text
    page = admin.get(f"/cases/{CASE}/media/{site.items['g-original.jpg']}")
    assert "55°57′12.00″N" in page.text and "no map is loaded" in page.text
    views = [a for a in _actions(site) if a[0] == "media.view"]
    assert len(views) == 5


def test_disputes_page_openapi_and_other_pages(site: Site) -> None:
    item = site.items["single-3.jpg"]
    site.client("g1").send_json(f"/api/cases/{CASE}/votes", {"items": [item], "code": "A"})
    site.client("g2").send_json(f"/api/cases/{CASE}/votes", {"items": [item], "code": "B"})
    lead = site.client("lead")
    disputes = lead.get(f"/api/cases/{CASE}/disputes").json()["disputes"]
    assert [d["item"] for d in disputes] == [item]
    page = lead.get(f"/cases/{CASE}/disputes")
    assert "g1: A" in page.text and "data-resolve" in page.text
    spec = lead.get("/api/openapi.json").json()
    assert "/api/cases/{case}/votes" in spec["paths"]
    assert not any(not p.startswith("/api/") for p in spec["paths"])
    for path in (f"/cases/{CASE}", f"/cases/{CASE}/chats", "/exposure", "/settings", "/"):
        assert lead.get(path).status_code == 200, path
    assert "All reviewers (welfare)" in lead.get("/exposure").text
    settings = lead.post(
        f"/cases/{CASE}/review-settings", data={"csrf": lead.csrf, "votes_needed": "2"}
    )
    assert settings.status_code == 303
    assert lead.get(f"/api/cases/{CASE}").json()["grading"]["votes_needed"] == 2


def _folder(site: Site) -> Path:
    with site.store.session() as session:
        source = session.scalar(select(Exhibit.source_path).where(Exhibit.name == "laptop"))
    return Path(str(source))
