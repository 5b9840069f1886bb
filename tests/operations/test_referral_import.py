"""Importing CyberTipline referrals: a referral opens a case or joins one (named, prior
report, shared identifier), links its identifiers with chat identifiers, has its files
ingested as an exhibit, and importing it again adds nothing."""

from __future__ import annotations

import hashlib
import io
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cairn.errors import SourceError
from cairn.pipeline.referrals import identifier_links, import_referral
from cairn.settings import Settings
from cairn.store import Store
from cairn.store.chat_schema import ConversationRow, IdentifierOccurrenceRow, IdentifierRow
from cairn.store.operation_schema import ReferralFileRow, ReferralIdentifierRow, ReferralRow
from cairn.store.operations import create_operation, get_operation, operation_case_ids
from cairn.store.queries import create_case, get_or_create_exhibit
from cairn.store.schema import Exhibit, Item
from cairn.testing.exhibit import drawing

from helpers.cli import cairn

CyberTipBuilder = Callable[..., bytes]  # the ``cybertip`` fixture (conftest.py)


def _jpeg(seed: int) -> bytes:
    out = io.BytesIO()
    drawing(random.Random(seed), 160, 120).save(out, "JPEG", quality=85)
    return out.getvalue()


def _package(root: Path, xml: bytes, files: dict[str, bytes] | None = None) -> Path:
    root.mkdir(parents=True)
    (root / "report.xml").write_bytes(xml)
    (root / "report.pdf").write_bytes(b"%PDF-1.4 synthetic\n")
    for name, data in (files or {}).items():
        path = root / "Media" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def test_referrals_open_join_link_and_ingest(tmp_path: Path, cybertip: CyberTipBuilder) -> None:
    store = Store.open(tmp_path / "ws")
    settings = Settings()
    try:
        create_operation(store, "Op Rowan")
        image = _jpeg(5)
        first = import_referral(
            store,
            _package(
                tmp_path / "p1",
                cybertip("88000001", files=[("e1.jpg", None)]),
                {"e1.jpg": image, "e2.jpg": _jpeg(6)},
            ),
            settings,
            operation="Op Rowan",
            workers=1,
        )
        assert (first.case, first.created_case, first.joined_by) == (
            "CT-88000001",
            True,
            "new case",
        )
        assert [s.written for s in first.ingests] == [2]
        # A second report naming the first as prior joins its case.
        second = import_referral(
            store,
            _package(
                tmp_path / "p2",
                cybertip(
                    "88000002",
                    email="other@example.com",
                    screen_name="other",
                    account="u-2",
                    prior=["88000001"],
                ),
            ),
            settings,
        )
        assert (second.case, second.created_case) == ("CT-88000001", False)
        assert second.joined_by == "prior report 88000001"
        # A third with no prior report, but the same e-mail address, joins too.
        third = import_referral(
            store,
            _package(
                tmp_path / "p3",
                cybertip(
                    "88000003",
                    screen_name="renamed",
                    account="u-3",
                    phone=None,
                    ip="198.51.100.7",
                    profile_url="",
                ),
            ),
            settings,
        )
        assert third.case == "CT-88000001"
        assert third.joined_by == "same email quiet.otter@example.com as report 88000001"
        # Nothing shared: a new case. Named case: joins (or opens) it.
        fourth = import_referral(
            store,
            _package(
                tmp_path / "p4",
                cybertip(
                    "88000004",
                    email="x@example.org",
                    screen_name="x",
                    account="x",
                    phone=None,
                    ip="203.0.113.9",
                    profile_url="",
                ),
            ),
            settings,
        )
        assert (fourth.case, fourth.created_case) == ("CT-88000004", True)
        named = import_referral(
            store, _package(tmp_path / "p5", cybertip("88000005")), settings, case="manual"
        )
        assert (named.case, named.joined_by) == ("manual", "named by the operator")

        again = import_referral(store, tmp_path / "p1" / "report.xml", settings, workers=1)
        assert again.already_imported and again.case == "CT-88000001"
        assert [s.already_complete for s in again.ingests] == [True]

        with store.session() as session:
            referral = session.scalars(
                select(ReferralRow).where(ReferralRow.report_id == "88000001")
            ).one()
            assert referral.annotations == ["sextortion"] and referral.escalated
            assert referral.exhibit_id is not None
            exhibit = session.get(Exhibit, referral.exhibit_id)
            assert exhibit is not None and exhibit.name == "CT-88000001-media"
            shas = set(session.scalars(select(Item.sha256).where(Item.exhibit_id == exhibit.id)))
            assert hashlib.sha256(image).hexdigest() in shas
            files = session.scalars(select(ReferralFileRow)).all()
            assert {f.file_name for f in files} >= {"e1.jpg", "evidence-1.jpg"}
            assert session.scalar(select(func.count()).select_from(ReferralRow)) == 5
            op = get_operation(session, "Op Rowan")
            assert len(operation_case_ids(session, op)) == 1
            # One identifier row per (kind, value) across the store; one link per referral.
            email = session.scalars(
                select(IdentifierRow).where(IdentifierRow.value == "quiet.otter@example.com")
            ).one()
            count = select(func.count()).select_from(ReferralIdentifierRow)
            assert session.scalar(count.where(ReferralIdentifierRow.identifier_id == email.id)) == 3
    finally:
        store.close()


def test_reported_identifiers_link_to_conversations(
    tmp_path: Path, cybertip: CyberTipBuilder
) -> None:
    store = Store.open(tmp_path / "ws")
    try:
        create_case(store, "chats-case")
        exhibit, _ = get_or_create_exhibit(store, "chats-case", "phone", "/evidence/p", "chat")
        with store.session() as session:
            conversation = ConversationRow(
                exhibit_id=exhibit.id, key="k1", format="synthetic", source="chat.db"
            )
            handle = IdentifierRow(kind="handle", value="instagram:quiet.otter")
            session.add_all([conversation, handle])
            session.flush()
            session.add(
                IdentifierOccurrenceRow(
                    identifier_id=handle.id, conversation_id=conversation.id, position=3
                )
            )
        result = import_referral(store, _package(tmp_path / "p", cybertip()), Settings())
        linked = [link for link in result.links if link["linked"]]
        assert [(link["kind"], link["value"]) for link in linked] == [
            ("handle", "instagram:quiet.otter")
        ]
        assert linked[0]["conversations"] == [
            {"conversation": "k1", "exhibit": "phone", "case": "chats-case"}
        ]
        assert identifier_links(store, "88000001") == result.links
    finally:
        store.close()


def test_referral_command(tmp_path: Path, cybertip: CyberTipBuilder) -> None:
    home = tmp_path / "ws"
    package = _package(tmp_path / "p", cybertip(), {"e1.jpg": _jpeg(1)})
    unknown = cairn(home, "referral", "import", str(package), "--operation", "Op Nope", ok=False)
    assert unknown.exit_code == 2 and "no operation named 'Op Nope'" in unknown.stderr
    assert cairn(home, "case", "list").stdout.strip() == "no cases"  # nothing written
    out = cairn(home, "referral", "import", str(package), "--workers", "1").stdout
    assert "report 88000001: opened case CT-88000001 (new case)" in out
    assert "exhibit CT-88000001-media: 1 items written" in out
    out = cairn(home, "referral", "import", str(package)).stdout
    assert "already imported into case CT-88000001" in out
    moved = cairn(home, "referral", "import", str(package), "--case", "other", ok=False)
    assert moved.exit_code == 2 and "was imported into case 'CT-88000001'" in moved.stderr
    (tmp_path / "empty").mkdir()
    missing = cairn(home, "referral", "import", str(tmp_path / "empty"), ok=False)
    assert missing.exit_code == 2 and "0 CyberTipline report XML" in missing.stderr


def test_not_a_report(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "ws")
    try:
        path = tmp_path / "x.xml"
        path.write_bytes(b"<inventory><item/></inventory>")
        with pytest.raises(SourceError, match="not a CyberTipline report"):
            import_referral(store, path, Settings())
    finally:
        store.close()
