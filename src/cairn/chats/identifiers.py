"""Identifiers in chat text: phone numbers, e-mails, URLs, platform handles, crypto wallets,
payment handles and IP addresses, each normalised so that the same account links across
conversations, exhibits and cases.

Text is NFKC-normalised and stripped of bidi and zero-width marks first. Wallets are only
kept when their checksum holds (Base58Check, bech32/bech32m, EIP-55 for mixed case), which
is what keeps random strings out. Phone numbers go through ``phonenumbers`` at
``Leniency.VALID``: numbers written with ``+`` are always read; national numbers only when
a default region is given (``region``), because ``07700 900123`` is a valid number in more
than one country. The region used is recorded with each conversation.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from cairn.chats.checksums import base58check_decode, bech32_segwit_ok, eip55_checksum
from cairn.chats.formats.base import strip_marks
from cairn.model.chat import Conversation, Identifier

__all__ = ["KINDS", "conversation_identifiers", "extract_identifiers", "normalise_phone"]

KINDS = ("phone", "email", "url", "handle", "btc", "eth", "payment", "ip")
"""Every identifier kind, as stored and reported."""

_EMAIL = re.compile(
    r"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}"
    r"[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24})\b"
)
_URL = re.compile(
    r"\b((?:https?://|www\.)[^\s<>\"'`]+|"
    r"(?:wa\.me|t\.me|telegram\.me|paypal\.me|revolut\.me|cash\.app|venmo\.com|discord\.gg|"
    r"snapchat\.com|instagram\.com|tiktok\.com|kik\.me)/[^\s<>\"'`]+)",
    re.IGNORECASE,
)
_BTC_B58 = re.compile(r"(?<![A-Za-z0-9])([13][a-km-zA-HJ-NP-Z1-9]{25,34})(?![A-Za-z0-9])")
_BTC_B32 = re.compile(
    r"(?<![A-Za-z0-9])((?:bc1|BC1)[ac-hj-np-zAC-HJ-NP-Z02-9]{11,71})(?![A-Za-z0-9])"
)
_ETH = re.compile(r"(?<![A-Za-z0-9])(0x[a-fA-F0-9]{40})(?![A-Za-z0-9])")
_CASHTAG = re.compile(r"(?<![\w$])\$(?=[A-Za-z0-9_]*[A-Za-z])([A-Za-z][A-Za-z0-9_]{0,19})\b")
_IPV4 = re.compile(r"(?<![\d.])((?:\d{1,3}\.){3}\d{1,3})(?!\d|\.\d)")
_IPV6 = re.compile(
    r"(?<![\w:])((?:[0-9A-Fa-f]{1,4}:){2,7}:?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{1,4})*)"
)
_JID = re.compile(r"\b(\d{7,15})@(?:s\.whatsapp\.net|c\.us)\b")
_HANDLE_PLATFORMS = {
    "snap": "snapchat",
    "snapchat": "snapchat",
    "sc": "snapchat",
    "insta": "instagram",
    "instagram": "instagram",
    "ig": "instagram",
    "telegram": "telegram",
    "tg": "telegram",
    "kik": "kik",
    "discord": "discord",
    "tiktok": "tiktok",
    "skype": "skype",
    "wickr": "wickr",
    "session": "session",
    "signal": "signal",
    "threema": "threema",
    "venmo": "venmo",
    "revolut": "revolut",
}
_HANDLE_PHRASE = re.compile(
    r"\b(snapchat|snap|sc|instagram|insta|ig|telegram|tg|kik|discord|tiktok|skype|wickr|"
    r"threema|venmo|revolut)\b(?:\s+(?:is|me|id|username|name|handle|at|on))?\s*[:=]?\s*"
    r"@([A-Za-z0-9][A-Za-z0-9._-]{2,30})|"
    r"\b(snapchat|snap|sc|instagram|insta|ig|telegram|tg|kik|discord|tiktok|skype|wickr|"
    r"threema|venmo|revolut)\s*(?:is|id|username|handle|name)?\s*:\s*"
    r"([A-Za-z0-9][A-Za-z0-9._-]{2,30})",
    re.IGNORECASE,
)
_PAYMENT_PLATFORMS = {"venmo", "revolut"}
_I = re.IGNORECASE
_URL_ACCOUNTS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"^(?:www\.)?wa\.me/\+?(\d{7,15})", _I), "phone", ""),
    (
        re.compile(r"^(?:www\.)?t(?:elegram)?\.me/(?!joinchat|\+)([A-Za-z][A-Za-z0-9_]{3,31})", _I),
        "handle",
        "telegram",
    ),
    (re.compile(r"^(?:www\.)?paypal\.me/([A-Za-z0-9_.-]{1,40})", _I), "payment", "paypal"),
    (re.compile(r"^(?:www\.)?revolut\.me/([A-Za-z0-9_.-]{1,40})", _I), "payment", "revolut"),
    (re.compile(r"^(?:www\.)?cash\.app/\$([A-Za-z][A-Za-z0-9_]{0,19})", _I), "payment", "cashapp"),
    (re.compile(r"^(?:www\.)?venmo\.com/(?:u/)?([A-Za-z0-9_-]{2,40})", _I), "payment", "venmo"),
    (re.compile(r"^(?:www\.)?snapchat\.com/add/([A-Za-z0-9._-]{2,30})", _I), "handle", "snapchat"),
    (re.compile(r"^(?:www\.)?instagram\.com/([A-Za-z0-9._]{2,30})/?$", _I), "handle", "instagram"),
    (re.compile(r"^(?:www\.)?tiktok\.com/@([A-Za-z0-9._]{2,30})", _I), "handle", "tiktok"),
    (re.compile(r"^(?:www\.)?discord\.gg/([A-Za-z0-9-]{2,40})", _I), "handle", "discord_invite"),
    (re.compile(r"^(?:www\.)?kik\.me/([A-Za-z0-9._]{2,30})", _I), "handle", "kik"),
)
_DIGITS = re.compile(r"\d[\d\s().\-/]{5,}\d")
_TRAILING = ".,;:!?)]}>'\""


def normalise_phone(raw: str, region: str | None) -> str | None:
    """E.164 for a valid number, else None (``region`` reads national formats)."""
    try:
        number = phonenumbers.parse(raw, (region or "ZZ").upper())
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, PhoneNumberFormat.E164))


def _clean(text: str) -> str:
    return strip_marks(unicodedata.normalize("NFKC", text))


def extract_identifiers(
    text: str, region: str | None = None, message: int | None = None
) -> list[Identifier]:
    """Every identifier in ``text``, in order of kind then position, without duplicates."""
    if not text:
        return []
    text = _clean(text)
    found: list[Identifier] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, value: str, raw: str, **detail: str) -> None:
        if (kind, value) not in seen:
            seen.add((kind, value))
            found.append(Identifier(kind, value, raw, message, dict(detail)))

    emails = []
    for match in _EMAIL.finditer(text):
        raw = match.group(1)
        emails.append(match.span(1))
        if not raw.lower().endswith(("@s.whatsapp.net", "@c.us")):
            add("email", raw.lower(), raw)
    for match in _JID.finditer(text):
        value = normalise_phone("+" + match.group(1), None)
        if value:
            add("phone", value, match.group(0))
    if _DIGITS.search(text):
        leniency = Leniency.VALID
        for number in PhoneNumberMatcher(text, (region or "ZZ").upper(), leniency=leniency):
            value = str(phonenumbers.format_number(number.number, PhoneNumberFormat.E164))
            add("phone", value, number.raw_string, region=(region or "").upper())
    for match in _URL.finditer(text):
        if any(start <= match.start() < end for start, end in emails):
            continue
        raw = match.group(1).rstrip(_TRAILING)
        bare = re.sub(r"^https?://", "", raw, flags=re.I)
        for pattern, kind, platform in _URL_ACCOUNTS:
            account = pattern.match(bare)
            if account is None:
                continue
            if kind == "phone":
                value = normalise_phone("+" + account.group(1), None)
                if value:
                    add("phone", value, raw)
            else:
                add(kind, f"{platform}:{account.group(1).lower()}", raw)
        add("url", _normal_url(raw), raw)
    for match in _HANDLE_PHRASE.finditer(text):
        word = (match.group(1) or match.group(3) or "").lower()
        name = (match.group(2) or match.group(4) or "").rstrip("._-").lower()
        platform = _HANDLE_PLATFORMS.get(word, word)
        if not name or (match.group(4) and name in _STOPWORDS):
            continue
        kind = "payment" if platform in _PAYMENT_PLATFORMS else "handle"
        add(kind, f"{platform}:{name}", match.group(0))
    for match in _CASHTAG.finditer(text):
        add("payment", f"cashapp:${match.group(1).lower()}", match.group(0))
    for match in _BTC_B58.finditer(text):
        payload = base58check_decode(match.group(1))
        if payload is not None and len(payload) == 21 and payload[0] in (0x00, 0x05):
            add("btc", match.group(1), match.group(1))
    for match in _BTC_B32.finditer(text):
        if bech32_segwit_ok(match.group(1), ("bc",)):
            add("btc", match.group(1).lower(), match.group(1))
    for match in _ETH.finditer(text):
        raw = match.group(1)
        body = raw[2:]
        checksummed = eip55_checksum(raw)
        if body.lower() == body or body.upper() == body or checksummed == raw:
            add("eth", checksummed, raw, checksum="eip55" if checksummed == raw else "none")
    for match in _IPV4.finditer(text):
        try:
            add("ip", str(ipaddress.IPv4Address(match.group(1))), match.group(1))
        except ValueError:
            continue
    for match in _IPV6.finditer(text):
        candidate = (
            match.group(1).rstrip(":") if match.group(1).count("::") == 0 else match.group(1)
        )
        if candidate.count(":") < 2:
            continue
        try:
            add("ip", str(ipaddress.IPv6Address(candidate)), candidate)
        except ValueError:
            continue
    return found


_STOPWORDS = {"me", "you", "her", "him", "them", "us", "it", "there", "later", "now"}


def _normal_url(raw: str) -> str:
    if "://" not in raw:
        raw = ("http://" if raw.lower().startswith("www.") else "https://") + raw
    scheme, _sep, rest = raw.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}"


def conversation_identifiers(
    conversation: Conversation, region: str | None = None
) -> list[Identifier]:
    """Identifiers in every message, plus participants whose ids are numbers or e-mails
    (an SMS correspondent, an unsaved WhatsApp contact); those have ``message`` None."""
    found: list[Identifier] = []
    for participant in conversation.participants:
        for candidate in _participant_values(participant.id, participant.name):
            found.extend(
                Identifier(i.kind, i.value, i.raw, None, {**i.detail, "participant": "yes"})
                for i in extract_identifiers(candidate, region)
                if i.kind in ("phone", "email")
            )
    for message in conversation.messages:
        found.extend(extract_identifiers(message.text, region, message.index))
    return found


def _participant_values(*values: str) -> Iterable[str]:
    for value in values:
        if value and (any(c.isdigit() for c in value) or "@" in value):
            yield value
