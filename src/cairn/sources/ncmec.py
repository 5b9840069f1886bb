"""NCMEC CyberTipline reports (the XML a law-enforcement download carries): a pure parser.

The root element is ``report`` (namespace ``http://report.cybertip.org/leaws/icac`` in
downloads; any namespace is read) with a ``reportId``. The sections follow the ESP
reporting API's element names (reference §5.1):

- ``incidentSummary``: ``incidentType``, ``incidentDateTime``, ``escalateToHighPriority``,
  ``reportAnnotations`` (``sextortion``, ``csamSolicitation``, ...);
- ``personOrUserReported`` (role *reported*), ``victim`` (role *victim``) and
  ``intendedRecipient`` (role *recipient*): e-mail addresses, phone numbers, ``screenName``
  with ``espService``, ``espIdentifier``, ``profileUrl``, ``ipCaptureEvent/ipAddress``,
  ``deviceId``; and ``priorCTReports`` (earlier reports on the same person);
- file details (any element with a ``fileName`` or ``fileId`` child outside those
  sections): ``fileId``, ``fileName``, ``originalFileName``, ``fileViewedByEsp``,
  ``exifViewedByEsp``, ``publiclyAvailable``, ``fileRelevance``, ``fileAnnotations``,
  ``industryClassification`` and an MD5 from ``originalFileHash`` or ``details``.

The law-enforcement package layout beyond this is not public, so the parser looks for these
names wherever they appear and keeps what it does not know out of the way. Identifiers are
normalised as chat identifiers are (``cairn.chats.identifiers``): lower-case e-mail, E.164
phone numbers, ``platform:name`` handles, canonical IP addresses; a phone number that is not
valid E.164 keeps its digits (``+`` and the country code when given).

Hardening: the document is parsed by expat with any DTD refused (no entity expansion, no
external entities: the classic XML bombs stop at the DOCTYPE) and a size limit. Nothing is
fetched. Report text (``additionalInfo``) is not read.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NoReturn
from xml.parsers import expat

from cairn.chats.identifiers import extract_identifiers, normalise_phone
from cairn.errors import SourceError, WrongFormat

__all__ = [
    "MAX_XML_BYTES",
    "NAMESPACE",
    "CyberTipReport",
    "ReferralFile",
    "ReportedIdentifier",
    "parse_cybertip",
]

NAMESPACE = "http://report.cybertip.org/leaws/icac"
MAX_XML_BYTES = 64 * 1024 * 1024

_ROLES = {"personOrUserReported": "reported", "victim": "victim", "intendedRecipient": "recipient"}
_FILE_MARKERS = {"fileName", "fileId"}


@dataclass(frozen=True, slots=True)
class ReportedIdentifier:
    """An identifier the report gives for a person: normalised ``value``, ``raw`` as
    written, the ``role`` of the person and the element it came from (``field``)."""

    kind: str
    value: str
    raw: str
    role: str
    field: str


@dataclass(frozen=True, slots=True)
class ReferralFile:
    """What the report says about one file (names, hash, the ESP's flags)."""

    file_id: str = ""
    file_name: str = ""
    original_file_name: str = ""
    md5: str | None = None
    viewed_by_esp: bool | None = None
    exif_viewed_by_esp: bool | None = None
    publicly_available: bool | None = None
    relevance: str = ""
    classification: str = ""
    annotations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CyberTipReport:
    """One CyberTipline report: its id, incident summary, identifiers and files."""

    report_id: str
    sha256: str
    incident_type: str = ""
    incident_at: str = ""
    escalated: bool = False
    annotations: tuple[str, ...] = ()
    prior_reports: tuple[str, ...] = ()
    identifiers: tuple[ReportedIdentifier, ...] = ()
    files: tuple[ReferralFile, ...] = field(default=())


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _refuse_dtd(*_args: object) -> NoReturn:
    raise SourceError("refused: the XML declares a DTD or entities (not allowed in a referral)")


def _qualified(name: str) -> str:
    return "{" + name if "}" in name else name


def _parse(data: bytes, where: str) -> ET.Element:
    """Expat into an ElementTree, refusing any DTD (so no entity can be declared)."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.UnparsedEntityDeclHandler = _refuse_dtd
    parser.ExternalEntityRefHandler = _refuse_dtd
    parser.StartElementHandler = lambda name, attributes: builder.start(
        _qualified(name), {_qualified(k): v for k, v in attributes.items()}
    )
    parser.EndElementHandler = lambda name: builder.end(_qualified(name))
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise WrongFormat(f"{where}: not well-formed XML ({exc})") from None
    return builder.close()


def _children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    for child in element:
        if _local(child.tag) == name:
            yield child


def _first(element: ET.Element, name: str) -> ET.Element | None:
    return next(_children(element, name), None)


def _text(element: ET.Element | None) -> str:
    if element is None or element.text is None:
        return ""
    return element.text.strip()


def _child_text(element: ET.Element, name: str) -> str:
    return _text(_first(element, name))


def _descendants(element: ET.Element, name: str) -> Iterator[ET.Element]:
    for node in element.iter():
        if node is not element and _local(node.tag) == name:
            yield node


def _bool(value: str) -> bool | None:
    lowered = value.strip().lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    return None


def _names(element: ET.Element | None) -> tuple[str, ...]:
    """Annotation lists: empty child elements (``<sextortion/>``) or their text."""
    if element is None:
        return ()
    found = [_text(child) or _local(child.tag) for child in element]
    if not found and _text(element):
        found = [_text(element)]
    return tuple(dict.fromkeys(found))


_PLATFORM = re.compile(r"[^a-z0-9]+")


def _platform(service: str) -> str:
    return _PLATFORM.sub("", service.lower()) or "unknown"


def _phone(raw: str, calling_code: str) -> str:
    text = raw.strip()
    code = calling_code.strip().lstrip("+")
    candidate = f"+{code}{text}" if code and not text.startswith("+") else text
    normal = normalise_phone(candidate, None)
    if normal:
        return normal
    digits = re.sub(r"\D", "", candidate)
    return ("+" if candidate.startswith("+") else "") + digits


def _section_identifiers(section: ET.Element, role: str) -> Iterator[ReportedIdentifier]:
    service = ""
    for node in section.iter():
        if _local(node.tag) == "espService" and _text(node):
            service = _text(node)
            break
    platform = _platform(service)
    for node in section.iter():
        name = _local(node.tag)
        value = _text(node)
        if name == "email" and "@" in value:
            yield ReportedIdentifier("email", value.lower(), value, role, name)
        elif name == "phone" and value:
            normal = _phone(value, node.get("countryCallingCode", ""))
            if len(normal.lstrip("+")) >= 5:
                yield ReportedIdentifier("phone", normal, value, role, name)
        elif name == "screenName" and value:
            yield ReportedIdentifier("handle", f"{platform}:{value.lower()}", value, role, name)
        elif name == "espIdentifier" and value:
            yield ReportedIdentifier("account", f"{platform}:{value}", value, role, name)
        elif name == "ipAddress" and value:
            try:
                address = str(ipaddress.ip_address(value))
            except ValueError:
                continue
            yield ReportedIdentifier("ip", address, value, role, "ipCaptureEvent")
        elif name == "profileUrl" and value:
            for found in extract_identifiers(value):
                if found.kind in ("url", "handle", "phone", "payment"):
                    yield ReportedIdentifier(found.kind, found.value, value, role, name)
        elif name == "deviceId":
            device = _child_text(node, "idValue") or value
            if device:
                yield ReportedIdentifier("device", device, device, role, name)


def _md5(element: ET.Element) -> str | None:
    for node in _descendants(element, "originalFileHash"):
        if node.get("hashType", "MD5").upper() == "MD5" and re.fullmatch(
            r"[0-9a-fA-F]{32}", _text(node)
        ):
            return _text(node).lower()
    for pair in _descendants(element, "nameValuePair"):
        if _child_text(pair, "name").upper() == "MD5":
            value = _child_text(pair, "value")
            if re.fullmatch(r"[0-9a-fA-F]{32}", value):
                return value.lower()
    return None


def _file(element: ET.Element) -> ReferralFile:
    return ReferralFile(
        file_id=_child_text(element, "fileId"),
        file_name=_child_text(element, "fileName"),
        original_file_name=_child_text(element, "originalFileName"),
        md5=_md5(element),
        viewed_by_esp=_bool(_child_text(element, "fileViewedByEsp")),
        exif_viewed_by_esp=_bool(_child_text(element, "exifViewedByEsp")),
        publicly_available=_bool(_child_text(element, "publiclyAvailable")),
        relevance=_child_text(element, "fileRelevance"),
        classification=_child_text(element, "industryClassification"),
        annotations=_names(_first(element, "fileAnnotations")),
    )


def _files(root: ET.Element) -> list[ReferralFile]:
    found: list[ReferralFile] = []

    def walk(element: ET.Element) -> None:
        for child in element:
            if _local(child.tag) in _ROLES:
                continue
            if {_local(c.tag) for c in child} & _FILE_MARKERS:
                found.append(_file(child))
            else:
                walk(child)

    walk(root)
    return found


def parse_cybertip(data: bytes, where: str = "report") -> CyberTipReport:
    """Parse one CyberTipline report.

    Raises:
        WrongFormat: not XML, or the root element is not ``report``.
        SourceError: a ``report`` without a ``reportId``, too large, or declaring a DTD.
    """
    if len(data) > MAX_XML_BYTES:
        raise SourceError(f"{where}: {len(data):,} bytes is over the {MAX_XML_BYTES:,} limit")
    root = _parse(data, where)
    if _local(root.tag) != "report":
        raise WrongFormat(f"{where}: root element is <{_local(root.tag)}>, not <report>")
    report_id = _child_text(root, "reportId") or next(
        (_text(n) for n in _descendants(root, "reportId") if _text(n)), ""
    )
    if not re.fullmatch(r"[A-Za-z0-9._-]{1,40}", report_id):
        raise SourceError(f"{where}: a CyberTipline report without a usable reportId")
    summary = next(_descendants(root, "incidentSummary"), None)
    identifiers: dict[tuple[str, str, str], ReportedIdentifier] = {}
    prior: list[str] = []
    for section in root.iter():
        role = _ROLES.get(_local(section.tag))
        if role is None:
            continue
        for found in _section_identifiers(section, role):
            identifiers.setdefault((found.kind, found.value, found.role), found)
        for node in _descendants(section, "priorCTReports"):
            prior.extend(p for p in re.split(r"[\s,;]+", _text(node)) if p)
    return CyberTipReport(
        report_id=report_id,
        sha256=hashlib.sha256(data).hexdigest(),
        incident_type=_child_text(summary, "incidentType") if summary is not None else "",
        incident_at=_child_text(summary, "incidentDateTime") if summary is not None else "",
        escalated=bool(
            summary is not None and _bool(_child_text(summary, "escalateToHighPriority"))
        ),
        annotations=_names(_first(summary, "reportAnnotations")) if summary is not None else (),
        prior_reports=tuple(dict.fromkeys(p for p in prior if p != report_id)),
        identifiers=tuple(identifiers.values()),
        files=tuple(_files(root)),
    )
