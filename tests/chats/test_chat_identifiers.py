"""Identifier extraction: phone numbers, e-mails, URLs, handles, wallets, payments, IPs."""

from __future__ import annotations

import pytest
from chat_builders import BTC, ETH, PHONE, PHONE_E164

from cairn.chats.checksums import base58check_decode, bech32_segwit_ok, eip55_checksum, keccak256
from cairn.chats.identifiers import conversation_identifiers, extract_identifiers
from cairn.model.chat import Conversation, Message, Participant


def _values(text: str, region: str | None = None) -> set[tuple[str, str]]:
    return {(i.kind, i.value) for i in extract_identifiers(text, region)}


def test_keccak_and_checksum_vectors() -> None:
    assert keccak256(b"").hex().startswith("c5d2460186f7233c")
    assert keccak256(b"abc").hex().startswith("4e03657aea45a94f")
    for vector in (
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ):
        assert eip55_checksum(vector.lower()) == vector
    assert base58check_decode(BTC) is not None
    assert base58check_decode(BTC[:-1] + "b") is None
    assert bech32_segwit_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert bech32_segwit_ok("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")
    assert not bech32_segwit_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")
    assert not bech32_segwit_ok("bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")  # mixed case
    # BIP-350: taproot (v1) needs bech32m
    assert bech32_segwit_ok("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")


def test_wallets_are_checksum_validated() -> None:
    found = _values(
        f"pay {BTC} or bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 or {ETH} "
        f"not 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb nor {ETH[:-1]}D"
    )
    assert found == {
        ("btc", BTC),
        ("btc", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
        ("eth", ETH),
    }
    # An all-lower-case address carries no checksum; it is normalised to EIP-55 to link.
    assert _values(ETH.lower()) == {("eth", ETH)}


def test_phone_numbers_region_and_whatsapp_forms() -> None:
    assert ("phone", PHONE_E164) in _values(f"call {PHONE}")
    assert not any(k == "phone" for k, _ in _values("call 07911 123457"))  # no region
    assert ("phone", "+447911123457") in _values("call 07911 123457", "GB")
    assert ("phone", PHONE_E164) in _values("wa.me/447911123456")
    assert ("phone", PHONE_E164) in _values("447911123456@s.whatsapp.net")
    [hit] = [i for i in extract_identifiers("ring 07911 123457", "gb") if i.kind == "phone"]
    assert hit.raw == "07911 123457" and hit.detail["region"] == "GB"


def test_emails_urls_handles_and_payments() -> None:
    found = _values(
        "mail Bob.X@Example.org, see https://Example.org/a?b=1. add me on snap: kid_cool99 "
        "my insta is @some.one t.me/someuser paypal.me/SomeUser $CashKing1 costs $20 "
        "venmo @pay-me snapchat.com/add/other_one www.example.net/x"
    )
    assert {
        ("email", "bob.x@example.org"),
        ("url", "https://example.org/a?b=1"),
        ("handle", "snapchat:kid_cool99"),
        ("handle", "instagram:some.one"),
        ("handle", "telegram:someuser"),
        ("payment", "paypal:someuser"),
        ("payment", "cashapp:$cashking1"),
        ("payment", "venmo:pay-me"),
        ("handle", "snapchat:other_one"),
        ("url", "http://www.example.net/x"),
    } <= found
    assert not any(v == "cashapp:$20" for _k, v in found)
    assert ("url", "https://example.org") not in found  # the e-mail's domain is not a URL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("server at 203.0.113.7.", {("ip", "203.0.113.7")}),
        ("v6 2001:db8::1 here", {("ip", "2001:db8::1")}),
        ("not 999.1.1.1 nor 18:05:09", set()),
    ],
)
def test_ip_addresses(text: str, expected: set[tuple[str, str]]) -> None:
    assert {x for x in _values(text) if x[0] == "ip"} == expected


def test_marks_and_width_forms_are_normalised() -> None:
    assert ("phone", PHONE_E164) in _values("\u202a+44\u00a07911\u00a0123456\u202c")
    assert ("email", "a@example.org") in _values("ａ@example.org")


def test_participants_that_are_numbers_become_identifiers() -> None:
    conversation = Conversation(
        id="x",
        format="sms_backup_xml",
        title="",
        participants=(Participant(PHONE_E164, stable=True), Participant("owner", owner=True)),
        messages=(Message(0, None, "", PHONE_E164, f"wallet {BTC}"),),
        source="s.xml",
    )
    found = conversation_identifiers(conversation)
    assert {(i.kind, i.value, i.message) for i in found} == {
        ("phone", PHONE_E164, None),
        ("btc", BTC, 0),
    }
