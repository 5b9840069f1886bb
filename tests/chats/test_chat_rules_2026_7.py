"""rules-2026.7 and 2026.8: material still held, the audience as the alternative, reports made
while it happens, safety advice, paid lessons and money sent home (2026.7); the grooming classes,
a condition on not paying told apart from advice, and the whole-demand floor (2026.8).

Each class is checked on wording of this file's own (a test checks that none of it occurs in
the development sets), with a hard negative that shares its surface words. Synthetic and
non-explicit throughout.
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
        "i still have those selfie videos, remember",
        "i keep your pics on my laptop safe and sound",
        "i dey hold your video for my phone",
        "ur snaps r all safe on my laptop",
        "i made copies of your photos btw",
        "everything u sent me is backed up",
    ),
    "coercion": ("na you go regret am", "u thot this was finished?"),
    "payment_demand": ("gimme 450", "so wheres my money", "when u gonna pay", "£80 to delete it"),
    "payment_instructions": ("send it thru moneygram", "scratch the cards then send"),
    "deadline": ("midnight latest",),
    "threat_to_share": (
        "250 by tonight or the class groupchat gets it",
        "send it or i forward ur snaps to ur cousins",
        "lets find out what ur teammates say about this",
        "bet the whole netball squad would be really interested in these",
        "your followers next.",
        "150 or every1 at ur school sees",
    ),
}
FIRES.update(
    {
        "trust_isolation": (
            "honestly ur way more mature than girls ur age",
            "ur mates dont even appreciate u",
            "your parents would tear us apart if they knew",
        ),
        "secrecy_request": (
            "better not to tell your mam about our chats",
            "no one at home needs to know about us",
        ),
        "supervision_check": ("ring me once the house is asleep", "whos at yours this arvo"),
        "platform_move": ("message me on my other account instead", "mods read everything here"),
        "image_request": ("just a quick camera test", "send a selfie so i know its u"),
        "meeting": ("ill drive you home after practice",),
        "gift_offer": ("ill put 15 credit on ur phone", "want me to gift you the battle pass"),
        "deletion_request": ("wipe these before your dad sees",),
        "age_question": ("tell me your age and year",),
    }
)
SILENT: dict[str, tuple[str, ...]] = {
    "leverage_claim": ("i got your pic of the poster, thanks", "i still have the bus timetable"),
    "threat_to_share": (
        "bring snacks or the team gets grumpy lol",
        "lets see what your mum says about the sleepover",
        "i bet your nan would love to see these baby photos",
    ),
    "trust_isolation": ("you played better than the other team today",),
    "deletion_request": ("please clear them within 14 days",),
    "platform_move": ("our app is private and secure",),
    "payment_demand": (
        "our staff never ask for payment or codes in chat",
        "i need 20 minutes to get ready",
        "want 3 of the big ones for the party?",
    ),
}


@pytest.mark.parametrize(("name", "text"), [(n, t) for n, ts in FIRES.items() for t in ts])
def test_new_class_fires(name: str, text: str) -> None:
    assert name in cue_names(text), normalise(text)


@pytest.mark.parametrize(("name", "text"), [(n, t) for n, ts in SILENT.items() for t in ts])
def test_hard_negative_stays_silent(name: str, text: str) -> None:
    assert name not in cue_names(text), normalise(text)


def test_a_condition_on_not_paying_is_not_safety_advice() -> None:
    threat = scan([Message(0, None, "", "X", "if u dont pay i am sending it to ur aunties")])
    advice = scan([Message(0, None, "", "H", "please dont pay them anything")])
    assert 0 not in threat.contexts.get("safety", set())
    assert 0 in advice.contexts.get("safety", set())


def test_a_demand_is_still_a_demand_after_the_negation_fix() -> None:
    assert "payment_demand" in cue_names("payment or everyone sees, your choice")


HELD = (
    ("K", "still got ur vid from last month btw"),
    ("T", "what do u even want from me"),
    ("K", "120 on steam cards or the whole year group gets it"),
    ("T", "please no i dont have money"),
)
REPORT = (
    ("T", "hi, a guy is saying he will post my video unless i pay 120"),
    ("H", "thank you for reaching out, you are not in trouble"),
    ("H", "dont pay, keep the messages as evidence and block him after"),
    ("T", "ok"),
    ("H", "can i ask your age, only if you are ok to say"),
    ("T", "14"),
)


def test_held_material_and_an_audience_alternative_get_the_floor() -> None:
    held = assess_lines(*HELD)
    assert held.score >= SEXTORTION_FLOOR and "sextortion" in held.categories


def test_a_report_made_to_a_helper_is_not_the_extortion() -> None:
    report = assess_lines(*REPORT)
    assert "sextortion" not in report.categories
    assert report.score < assess_lines(*HELD).score


LESSON = (
    ("P", "physics lesson moved to 5pm your time, same zoom link"),
    ("M", "thanks, how old should he be for the higher tier"),
    ("P", "please ask him to keep his camera on so I can see his working"),
    ("P", "fee for the month is 80, by bank transfer, ref PHYS-June"),
)
STRANGER = (
    ("X", "send me a selfie, just your face"),
    ("V", "why"),
    ("X", "now pay 80 by bank transfer or else"),
    ("V", "please stop"),
)


def test_a_camera_then_a_fee_in_a_lesson_is_not_the_sextortion_arc() -> None:
    lesson = assess_lines(*LESSON)
    assert "sextortion" not in lesson.categories and lesson.score < 0.5
    assert assess_lines(*STRANGER).score > lesson.score


HOME = (
    ("G", "dont forget your inhaler for sports day"),
    ("J", "i wont"),
    ("J", "ive sent the school fees by remittance, ref 4471-20"),
    ("J", "video call at 7pm your time? i want to see the kids"),
    ("G", "ok they are excited"),
)
SHOW = (
    ("C", "i want to see the kids on cam at 7pm your time"),
    ("F", "ok sir, 60 usd first by remittance, send the ref"),
    ("C", "sent, ref 9902-11"),
    ("F", "the girls are ready"),
)


def test_money_sent_home_for_school_fees_is_not_a_paid_show() -> None:
    home = assess_lines(*HOME)
    show = assess_lines(*SHOW)
    assert "live_streaming" in show.categories
    assert home.score < 0.5 < show.score


def test_these_lines_are_not_copied_from_the_development_sets() -> None:
    seen = development_texts()
    mine = [t for ts in (*FIRES.values(), *SILENT.values()) for t in ts]
    mine += [t for _w, t in (*HELD, *REPORT, *LESSON, *STRANGER, *HOME, *SHOW)]
    assert [t for t in mine if len(t) > 12 and normalise(t) in seen] == []


# --- leverage by reference ------------------------------------------------------------------

REFERENCE = (
    ("E", "remember that vid of u from the summer"),
    ("V", "why are you messaging me"),
    ("E", "£200 on a steam card before tonight"),
    ("V", "please please dont i am begging"),
)
PRINTS = (
    ("S", "your photos from the studio session are ready"),
    ("C", "amazing"),
    ("S", "£200 for the print bundle by bank transfer before friday please, invoice attached"),
    ("C", "please could i pay half now, begging you lol"),
)
NO_PLEA = (
    ("E", "remember that vid of u from the summer"),
    ("V", "haha yes"),
    ("E", "£200 on a steam card before tonight for the concert tickets"),
    ("V", "ok sending"),
)


def test_a_demander_who_names_the_targets_video_to_someone_pleading_holds_leverage() -> None:
    result = assess_lines(*REFERENCE)
    assert result.score >= SEXTORTION_FLOOR and "sextortion" in result.categories
    found = [i for i in result.indicators if i.name == "picture_leverage"]
    assert [(i.message, i.author) for i in found] == [(0, "E")]


def test_a_sale_or_a_chat_without_pleading_is_not_leverage_by_reference() -> None:
    for lines in (PRINTS, NO_PLEA):
        result = assess_lines(*lines)
        assert "picture_leverage" not in {i.name for i in result.indicators}
        assert result.score < SEXTORTION_FLOOR


def test_the_reference_lines_are_not_copied_from_the_development_sets() -> None:
    seen = development_texts()
    mine = [t for _w, t in (*REFERENCE, *PRINTS, *NO_PLEA)]
    assert [t for t in mine if len(t) > 12 and normalise(t) in seen] == []


# --- retold by the target ---------------------------------------------------------------------

RETOLD = (
    "got a text saying pay 80 or my class sees the clip",
    "this account keeps dming me saying i owe them 300",
    "some lad says i have to pay him by friday",
    "my cousin is being told to pay 40 in vouchers",
    "shes threatening to show my photos to my form group",
    "my daughter got a message: 200 in btc or we share your pictures",
)


@pytest.mark.parametrize("text", RETOLD)
def test_a_threat_retold_by_its_target_is_reported(text: str) -> None:
    found = scan([Message(0, None, "", "V", text)])
    assert 0 in found.contexts.get("reported", set()), normalise(text)


def test_a_child_retelling_the_demand_to_a_parent_gets_no_floor() -> None:
    retelling = assess_lines(
        ("V", "mum can i talk to u, got a text saying pay 80 or my class sees the clip"),
        ("M", "oh love, you're not in any trouble. do not pay and do not reply"),
        ("V", "this account keeps dming me saying i owe them 300 by tonight"),
        ("M", "we'll screenshot everything for the police together"),
    )
    assert "sextortion" not in retelling.categories
    assert retelling.score < SEXTORTION_FLOOR


def test_the_retold_lines_are_not_copied_from_the_development_sets() -> None:
    seen = development_texts()
    assert [t for t in RETOLD if normalise(t) in seen] == []
