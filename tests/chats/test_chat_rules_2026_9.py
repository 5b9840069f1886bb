"""rules-2026.9: the classes written from the seventh blind set's misses, on wording of this
file's own (a test checks that none of it occurs in the development sets), each with a hard
negative that shares its surface words. Synthetic and non-explicit throughout.
"""

from __future__ import annotations

import pytest
from chat_builders import assess_lines, cue_names

from cairn.chats.assess import SEXTORTION_FLOOR
from cairn.chats.evaluation.cross_author import development_texts
from cairn.chats.indicators import normalise, scan
from cairn.model.chat import Message

FIRES: dict[str, tuple[str, ...]] = {
    "leverage_claim": (
        "remember me? the guy who has ur photos",
        "i made a fake of u using ur profile pic",
        "i found your dad and your coach online",
    ),
    "threat_to_share": (
        "your whole form will get what u sent",
        "fine, your nan gets a copy then",
        "block me and my other account posts it",
        "coach first.",
        "or i send it to everyone",
    ),
    "payment_demand": ("now i want another 250", "just send what u got right now"),
    "payment_instructions": ("put 'rent' in the reference",),
    "deadline": ("dont care. 3 hours", "9pm has passed"),
    "trust_isolation": ("ur way more grown up than ur classmates",),
    "secrecy_request": ("keep the prize thing off this server ok",),
    "meeting": ("ill give u a lift home after the match", "when i come to leeds i take you out"),
    "gift_offer": ("ill send u some data so we can talk",),
    "image_request": ("ur turn now", "send a pic of ur bedroom"),
    "platform_move": ("find me on the chat app, same name",),
}
SILENT: dict[str, tuple[str, ...]] = {
    "payment_demand": ("31, and it still makes me laugh", "12 and then we go home"),
    "threat_to_share": ("first the starter, then the main",),
    "meeting": ("the bus goes near the school",),
    "image_request": ("your turn to wash up",),
}


@pytest.mark.parametrize(("name", "text"), [(n, t) for n, ts in FIRES.items() for t in ts])
def test_new_class_fires(name: str, text: str) -> None:
    assert name in cue_names(text), normalise(text)


@pytest.mark.parametrize(("name", "text"), [(n, t) for n, ts in SILENT.items() for t in ts])
def test_hard_negative_stays_silent(name: str, text: str) -> None:
    assert name not in cue_names(text), normalise(text)


def test_a_plea_to_delete_after_paying_is_pleading() -> None:
    found = scan([Message(0, None, "", "V", "ok i paid it, please just delete it now")])
    assert 0 in found.contexts.get("distress", set())


PAID_THEN_MORE = (
    ("V", "i sent the 90, you said you would delete them"),
    ("X", "changed my mind. another 200 by sunday or your nan gets a copy"),
    ("V", "i have nothing left"),
)
SPLIT_BILL = (
    ("A", "i sent the 90 for the cabin"),
    ("B", "cheers, another 200 by sunday for the deposit please"),
    ("A", "ok"),
)


def test_paid_then_a_further_demand_with_a_copy_threat_gets_the_floor() -> None:
    paid = assess_lines(*PAID_THEN_MORE)
    bill = assess_lines(*SPLIT_BILL)
    assert paid.score >= SEXTORTION_FLOOR and "sextortion" in paid.categories
    assert bill.score < 0.5 and "sextortion" not in bill.categories


def test_these_lines_are_not_copied_from_the_development_sets() -> None:
    seen = development_texts()
    mine = [t for ts in (*FIRES.values(), *SILENT.values()) for t in ts]
    mine += [t for _w, t in (*PAID_THEN_MORE, *SPLIT_BILL)]
    assert [t for t in mine if len(t) > 12 and normalise(t) in seen] == []
