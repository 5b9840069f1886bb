"""The CyberTipline XML parser: fields, identifiers normalised as chat identifiers are,
files with the ESP's flags, and refusal of hostile XML."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cairn.errors import SourceError, WrongFormat
from cairn.sources.ncmec import parse_cybertip

CyberTipBuilder = Callable[..., bytes]  # the ``cybertip`` fixture (conftest.py)


def test_report_fields_identifiers_and_files(cybertip: CyberTipBuilder) -> None:
    md5 = "0123456789ABCDEF0123456789ABCDEF"
    report = parse_cybertip(cybertip(prior=["87000001"], files=[("e1.jpg", md5), ("e2.jpg", None)]))
    assert report.report_id == "88000001"
    assert report.incident_type == "Online Enticement of Children for Sexual Act"
    assert report.incident_at == "2024-01-05T12:00:00Z"
    assert report.escalated is True
    assert report.annotations == ("sextortion",)
    assert report.prior_reports == ("87000001",)
    found = {(i.role, i.kind, i.value) for i in report.identifiers}
    assert found == {
        ("reported", "email", "quiet.otter@example.com"),
        ("reported", "phone", "+12025550143"),
        ("reported", "handle", "exampleshare:quiet_otter"),
        ("reported", "account", "exampleshare:u-1001"),
        ("reported", "ip", "192.0.2.10"),
        ("reported", "url", "https://www.instagram.com/quiet.otter/"),
        ("reported", "handle", "instagram:quiet.otter"),
        ("victim", "handle", "exampleshare:small_heron"),
    }
    # The reporter's own contact address is not an identifier of anyone reported.
    assert all("esp.example.com" not in i.value for i in report.identifiers)
    first, second = report.files
    assert (first.file_id, first.file_name, first.original_file_name) == (
        "f1",
        "e1.jpg",
        "upload_1.jpg",
    )
    assert first.md5 == md5.lower() and second.md5 is None
    assert (first.viewed_by_esp, first.exif_viewed_by_esp, first.publicly_available) == (
        True,
        False,
        False,
    )
    assert (first.relevance, first.classification, first.annotations) == (
        "Reported",
        "B2",
        ("generativeAi",),
    )
    assert len(report.sha256) == 64


def test_without_namespace_and_with_odd_phone(cybertip: CyberTipBuilder) -> None:
    report = parse_cybertip(cybertip(namespace=None, phone=("", "07700 900123"), ip="not-an-ip"))
    phones = [i.value for i in report.identifiers if i.kind == "phone"]
    assert phones == ["07700900123"]  # not valid E.164 without a country: digits kept
    assert not [i for i in report.identifiers if i.kind == "ip"]


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"not xml at all", WrongFormat, "not well-formed"),
        (b"<other><reportId>1</reportId></other>", WrongFormat, "not <report>"),
        (b"<report><incidentSummary/></report>", SourceError, "reportId"),
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<report><reportId>&b;</reportId></report>",
            SourceError,
            "DTD",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE report SYSTEM "http://example.com/x.dtd">'
            b"<report><reportId>1</reportId></report>",
            SourceError,
            "DTD",
        ),
    ],
)
def test_bad_and_hostile_xml_is_refused(data: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        parse_cybertip(data)
