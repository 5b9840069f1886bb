"""Synthetic NCMEC CyberTipline reports, built in code (fictional people, example.com
addresses, documentation IP ranges, fictional 555-01xx numbers)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

import pytest

CyberTipBuilder = Callable[..., bytes]


def build_cybertip(
    report_id: str = "88000001",
    *,
    email: str = "Quiet.Otter@Example.com",
    screen_name: str = "Quiet_Otter",
    service: str = "Example Share",
    account: str = "u-1001",
    phone: tuple[str, str] | None = ("+1", "202-555-0143"),
    ip: str = "192.0.2.10",
    profile_url: str = "https://www.instagram.com/quiet.otter/",
    prior: Sequence[str] = (),
    annotations: Sequence[str] = ("sextortion",),
    victim_screen_name: str | None = "small_heron",
    files: Sequence[tuple[str, str | None]] = (("evidence-1.jpg", None),),
    namespace: str | None = "http://report.cybertip.org/leaws/icac",
) -> bytes:
    """A report XML; ``files`` are (file name, MD5 or None)."""
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    notes = "".join(f"<{a}/>" for a in annotations)
    phone_xml = (
        f'<phone countryCallingCode="{phone[0]}">{escape(phone[1])}</phone>' if phone else ""
    )
    prior_xml = "".join(f"<priorCTReports>{p}</priorCTReports>" for p in prior)
    victim = (
        f"<victim><victimPerson><age>14</age></victimPerson><espService>{escape(service)}"
        f"</espService><screenName>{escape(victim_screen_name)}</screenName></victim>"
        if victim_screen_name
        else ""
    )
    file_xml = ""
    for n, (name, md5) in enumerate(files, start=1):
        hash_xml = f'<originalFileHash hashType="MD5">{md5}</originalFileHash>' if md5 else ""
        file_xml += (
            f"<fileDetails><fileId>f{n}</fileId><fileName>{escape(name)}</fileName>"
            f"<originalFileName>upload_{n}.jpg</originalFileName>"
            "<fileViewedByEsp>true</fileViewedByEsp><exifViewedByEsp>false</exifViewedByEsp>"
            "<publiclyAvailable>false</publiclyAvailable><fileRelevance>Reported</fileRelevance>"
            "<fileAnnotations><generativeAi/></fileAnnotations>"
            f"<industryClassification>B2</industryClassification>{hash_xml}</fileDetails>"
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<report{xmlns}>
  <reportId>{report_id}</reportId>
  <incidentSummary>
    <incidentType>Online Enticement of Children for Sexual Act</incidentType>
    <escalateToHighPriority>true</escalateToHighPriority>
    <reportAnnotations>{notes}</reportAnnotations>
    <incidentDateTime>2024-01-05T12:00:00Z</incidentDateTime>
  </incidentSummary>
  <reporter><reportingPerson><email>safety@esp.example.com</email></reportingPerson></reporter>
  <personOrUserReported>
    <personOrUserReportedPerson><email verified="true">{escape(email)}</email>{phone_xml}
    </personOrUserReportedPerson>
    <espIdentifier>{escape(account)}</espIdentifier>
    <espService>{escape(service)}</espService>
    <screenName>{escape(screen_name)}</screenName>
    <displayName>Otter</displayName>
    <profileUrl>{escape(profile_url)}</profileUrl>
    <ipCaptureEvent><ipAddress>{ip}</ipAddress><eventName>Upload</eventName></ipCaptureEvent>
    {prior_xml}
    <additionalInfo>free text the parser does not read</additionalInfo>
  </personOrUserReported>
  {victim}
  <uploadedFiles>{file_xml}</uploadedFiles>
</report>
""".encode()


@pytest.fixture
def cybertip() -> CyberTipBuilder:
    """The builder of synthetic reports (see :func:`build_cybertip`)."""
    return build_cybertip
