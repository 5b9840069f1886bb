"""Chats in the app: ranked conversations, indicators on their messages, identifiers, and
links to other conversations and cases, the latter only where the viewer is a member."""

from __future__ import annotations

from review_site import CASE, OTHER, Site
from sqlalchemy import select

from cairn.chats.detect import parse_chat
from cairn.chats.importer import import_conversations
from cairn.store.queries import get_or_create_exhibit
from cairn.store.review import add_members
from cairn.store.schema import AuditEvent

WALLET = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"


def _chat(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def _import(site: Site) -> None:
    mine, _ = get_or_create_exhibit(site.store, CASE, "phone-chats", "/x/chats-a", "chat_export")
    theirs, _ = get_or_create_exhibit(site.store, OTHER, "seized", "/x/chats-b", "chat_export")
    risky = parse_chat(
        _chat(
            [
                "12/03/2024, 18:05 - Alex: hi, how old r u",
                "12/03/2024, 18:06 - Sam: im 13",
                "12/03/2024, 18:07 - Alex: this is our little secret",
                f"12/03/2024, 18:08 - Alex: send it to {WALLET}",
            ]
        ),
        label="risky.txt",
    )
    calm = parse_chat(
        _chat(["12/03/2024, 19:00 - Kim: see you at practice", "12/03/2024, 19:01 - Lee: ok"]),
        label="calm.txt",
    )
    other = parse_chat(_chat([f"13/03/2024, 10:00 - Max: wallet {WALLET}"]), label="o.txt")
    import_conversations(site.store, mine.id, risky, region="GB")
    import_conversations(site.store, mine.id, calm, region="GB")
    import_conversations(site.store, theirs.id, other, region="GB")


def test_conversations_ranked_with_indicators_and_links(site: Site) -> None:
    _import(site)
    analyst = site.client("analyst")
    data = analyst.get(f"/api/cases/{CASE}/chats").json()
    ranked = data["conversations"]
    assert [c["source"] for c in ranked] == ["risky.txt", "calm.txt"]
    assert ranked[0]["risk"]["score"] > ranked[1]["risk"]["score"]
    [wallet] = [i for i in data["identifiers"] if i["value"] == WALLET]
    # The other case holds the wallet too, but the analyst is not a member of it.
    assert wallet["cases"] == [CASE] and wallet["other_cases"] == []
    assert OTHER not in analyst.get(f"/cases/{CASE}/chats").text

    key = ranked[0]["id"]
    detail = analyst.get(f"/api/cases/{CASE}/chats/{key}").json()
    flagged = [m for m in detail["messages"] if m["indicators"]]
    names = {i["name"] for m in flagged for i in m["indicators"]}
    assert {"age_question", "minor_age_stated", "secrecy_request"} <= names
    page = analyst.get(f"/cases/{CASE}/chats/{key}")
    assert page.status_code == 200 and 'class="message flagged"' in page.text
    with site.store.session() as session:
        views = list(
            session.scalars(select(AuditEvent.detail).where(AuditEvent.action == "chat.view"))
        )
    assert [v["conversation"] for v in views] == [key, key]

    # A member of both cases sees the link to the other case.
    add_members(site.store, "lead", [OTHER], actor="test")
    lead = site.client("lead").get(f"/api/cases/{CASE}/chats").json()
    [linked] = [i for i in lead["identifiers"] if i["value"] == WALLET]
    assert linked["other_cases"] == [OTHER] and linked["linked"]
    assert site.client("lead").get(f"/api/cases/{CASE}/chats/unknown").status_code == 404
