"""Conversation structure in rules-2026.3: reported speech and warnings, roles read from the
whole conversation (personas, age gaps, children talking as children), one-way grooming,
family calls against paid shows, sales against extortion. Each case pairs a risky
conversation with a benign one that shares its surface words, in wording of this file's own
(none of it occurs in the evaluation sets). Synthetic and non-explicit throughout."""

from __future__ import annotations

from chat_builders import assess_lines, lines_conversation

from cairn.chats.assess import REPORTED, VERSION, assess
from cairn.chats.evaluation import build_dataset, build_holdout
from cairn.chats.evaluation.blind import build_blind
from cairn.chats.evaluation.blind2 import build_blind2
from cairn.chats.indicators import normalise

EXTORTION = (
    ("X", "hey u seem cool"),
    ("V", "thx"),
    ("X", "got a pic of u?"),
    ("V", "ok sent"),
    ("X", "i kept every photo u sent me"),
    ("X", "your whole family gets a copy tonight unless i get 300"),
    ("V", "please dont, i cant"),
    ("X", "the timer is running, hurry"),
)

SAFETY_TALK = (
    ("P", "the school emailed about online blackmail, can we chat after dinner"),
    ("T", "ok"),
    ("P", "they usually say something like 'your whole family gets a copy unless you pay'"),
    ("P", "and they often demand gift cards or say you have 1 hour"),
    ("T", "we did it in class"),
    ("P", "if anyone ever asks you for pics, that's a red flag, tell me first"),
    ("P", "you won't be in trouble, ever"),
)


def test_a_warning_that_quotes_threats_is_not_extortion() -> None:
    risky = assess(lines_conversation(*EXTORTION))
    warning = assess(lines_conversation(*SAFETY_TALK))
    assert "sextortion" in risky.categories
    assert warning.categories == ()
    assert warning.score < 0.3 < risky.score
    # The quoted cues stay as evidence, marked as told rather than done, with who said them.
    told = [i for i in warning.indicators if i.role == REPORTED]
    assert told and {i.author for i in told} == {"P"}
    assert all(i.role != "actor" for i in warning.indicators)


def test_a_victim_reporting_a_threat_to_a_friend_is_reported_speech() -> None:
    told = assess_lines(
        ("V", "this guy said he'd send my pics to everyone at school"),
        ("F", "omg tell your mum"),
        ("V", "he told me i have 2 hours to pay"),
    )
    assert "sextortion" not in told.categories
    assert {i.role for i in told.indicators if i.family == "sextortion"} == {REPORTED}


def test_an_extortionist_posing_as_a_teenager_is_not_a_peer() -> None:
    posing = assess_lines(
        ("X", "how old r u"),
        ("V", "14"),
        ("X", "same im 15"),
        *EXTORTION[4:],
    )
    assert "sextortion" in posing.categories
    assert posing.score >= 0.7
    assert {i.role for i in posing.indicators if i.name == "threat_to_share"} == {"actor"}


def test_an_older_teenager_talking_to_a_child_is_not_a_peer() -> None:
    lines = (
        ("A", "what year r u in"),
        ("B", "year 7"),
        ("A", "{age}"),
        ("A", "keep this between us ok"),
        ("A", "do ur parents go through ur phone"),
        ("A", "lets switch to snap"),
    )
    older = assess_lines(*((w, t.format(age="im 17 lol")) for w, t in lines))
    peer = assess_lines(*((w, t.format(age="same im 12")) for w, t in lines))
    assert older.score > peer.score
    assert "grooming" in older.categories
    assert all(i.role == "target" for i in peer.indicators if i.author == "A")


def test_grooming_runs_one_way() -> None:
    one_way = assess_lines(
        ("A", "keep this between us"),
        ("B", "ok"),
        ("A", "add me on snap"),
        ("B", "ok"),
        ("A", "wanna meet up saturday"),
        ("A", "send me a pic"),
    )
    mutual = assess_lines(
        ("A", "keep this between us"),
        ("B", "add me on snap"),
        ("A", "add me on snap"),
        ("B", "wanna meet up saturday"),
        ("A", "wanna meet up saturday"),
        ("B", "send me a pic"),
    )
    assert one_way.score > mutual.score


def test_a_child_talking_as_a_child_is_a_possible_child() -> None:
    found = assess_lines(
        ("A", "ill get u loads of gems if u help me with this level"),
        ("A", "dont tell my mum i used her card lol"),
        ("B", "ok"),
        ("A", "add me on discord"),
    )
    # A talks as a child ("don't tell my mum"), so A's cues are a peer's, not an adult's.
    assert {i.role for i in found.indicators if i.author == "A"} == {"target"}
    assert found.categories == ()


def test_alone_with_a_parent_home_is_not_alone() -> None:
    with_parent = assess_lines(("A", "are u alone"), ("B", "mums out but dad's home"))
    assert not [i for i in with_parent.indicators if i.name == "alone_stated"]


def test_a_family_call_abroad_is_not_a_paid_show() -> None:
    family = assess_lines(
        ("M", "sent the money for the school fees, ref 5521 0933"),
        ("M", "call at 7pm your time? i want to see the kids"),
        ("G", "ok, they will wait"),
        ("M", "miss you all, did you eat?"),
    )
    paid = assess_lines(
        ("C", "sent the money, ref 5521 0933"),
        ("C", "call at 7pm your time? i want to see the kids"),
        ("F", "ok sir, they will wait"),
        ("C", "how old is the small one"),
    )
    assert "live_streaming" in paid.categories
    assert paid.score > family.score
    assert family.score < 0.4


def test_a_picture_of_a_thing_is_not_an_image_request() -> None:
    thing = assess_lines(
        ("A", "send me a pic of the receipt"), ("A", "can i get a photo of the form")
    )
    person = assess_lines(("A", "send me a pic of your face"), ("A", "can i get a photo of you"))
    assert not [i for i in thing.indicators if i.family == "image_request"]
    assert {i.family for i in person.indicators} == {"image_request"}


def test_a_sale_with_photos_and_a_deadline_is_not_extortion() -> None:
    sale = assess_lines(
        ("B", "is the table still for sale?"),
        ("B", "send me more pics"),
        ("S", "yes"),
        ("B", "ok"),
        ("B", "send me 40 by friday"),
    )
    arc = assess_lines(
        ("X", "send me more pics"),
        ("V", "ok"),
        ("X", "send me 40 by friday"),
    )
    assert "sextortion" not in sale.categories
    assert "sextortion" in arc.categories


def test_a_paid_show_with_a_facilitator_who_gives_the_childs_age() -> None:
    # The facilitator answers "9" for the child's age: the bare number must not make the
    # facilitator a "possible child" whose cues count less.
    found = assess_lines(
        ("C", "how much for 20 minutes"),
        ("F", "1000 php sir"),
        ("C", "how old is she"),
        ("F", "9"),
        ("F", "pls send to my gcash first"),
        ("C", "same time tomorrow then"),
    )
    assert "live_streaming" in found.categories
    assert found.score >= 0.7


def test_evidence_keeps_message_author_and_text() -> None:
    found = assess(lines_conversation(*EXTORTION))
    assert found.version == VERSION == "rules-2026.10"
    for indicator in found.indicators:
        message = lines_conversation(*EXTORTION).messages[indicator.message]
        assert indicator.author == message.author
        assert indicator.text == message.text


def test_these_conversations_are_not_copied_from_the_evaluation_sets() -> None:
    seen = {
        normalise(m.text)
        for dataset in (build_dataset(), build_holdout(), build_blind(), build_blind2())
        for item in dataset
        for m in item.conversation.messages
    }
    mine = [*EXTORTION, *SAFETY_TALK, *QUOTED_WARNING, *NARRATED_CASE, *SPONSOR, *PERSONA]
    assert [t for _w, t in mine if len(t) > 12 and normalise(t) in seen] == []


# rules-2026.4 structure: quoted speech and narration are told, not done; an offer to send or
# pay is not a request or a demand; a "peer" who makes every grooming move alone is not one.

QUOTED_WARNING = (
    ("P", "read this before bed ok"),
    ("K", "ok"),
    ("P", "if someone online writes 'pay me or your class sees the pics', you show me"),
    ("P", "and if they go 'delete this chat and dont tell your parents', same thing"),
    ("K", "ok i will"),
)


def test_a_threat_quoted_in_a_warning_is_told_not_done() -> None:
    warning = assess_lines(*QUOTED_WARNING)
    threat = assess_lines(
        ("X", "hey"),
        ("K", "who is this"),
        ("X", "pay me or your class sees the pics"),
        ("X", "delete this chat and dont tell your parents"),
        ("K", "please no"),
    )
    assert "sextortion" in threat.categories and threat.score >= 0.7
    assert not warning.categories and warning.level in ("none", "low")
    assert warning.score < threat.score
    quoted = [i for i in warning.indicators if i.message == 2]
    assert quoted and {i.role for i in quoted} == {REPORTED}


NARRATED_CASE = (
    ("A", "did u see the thing about that boy from the other school"),
    ("B", "no what"),
    ("A", "the fake account got him to buy gift cards and send the codes"),
    ("A", "apparently they said they would post his pics to his team"),
    ("B", "thats awful"),
)


def test_a_narrated_case_is_lower_than_the_case_itself() -> None:
    narrated = assess_lines(*NARRATED_CASE)
    real = assess_lines(
        ("X", "buy gift cards and send me the codes"),
        ("X", "or i post your pics to your team"),
        ("V", "im begging you"),
    )
    assert "sextortion" in real.categories
    assert not narrated.categories and narrated.score < real.score / 2


SPONSOR = (
    ("S", "loved your last stream! want to do a sponsored one?"),
    ("C", "sure, can you send a sample?"),
    ("S", "yes we'll send one this week"),
    ("S", "we pay $300 for the slot via paypal"),
)


def test_an_offer_to_send_and_pay_is_not_the_extortion_arc() -> None:
    sponsor = assess_lines(*SPONSOR)
    arc = assess_lines(
        ("X", "u seem fun"),
        ("X", "send one"),
        ("V", "ok"),
        ("X", "now pay $300 via paypal"),
        ("X", "you have an hour"),
    )
    assert "sextortion" not in sponsor.categories and sponsor.score < 0.3
    assert "sextortion" in arc.categories


PERSONA = (
    ("P", "how old r u"),
    ("K", "12"),
    ("P", "cool im 14"),
    ("P", "ur so much smarter than other kids"),
    ("P", "what is ur snapchat name"),
    ("P", "send a selfie"),
    ("P", "delete this whole chat after ok"),
    ("P", "dont tell ur mum we talk"),
)


def test_a_peer_who_makes_every_move_alone_is_not_read_as_a_peer() -> None:
    persona = assess_lines(*PERSONA)
    friends = assess_lines(
        ("P", "how old r u"),
        ("K", "12"),
        ("P", "cool im 13"),
        ("P", "what is ur snapchat name"),
        ("K", "add me its kk12, whats urs"),
        ("P", "dont tell ur mum about the party"),
        ("K", "dont tell yours either lol"),
    )
    assert "grooming" in persona.categories
    assert persona.score > friends.score + 0.2
    actor = [i for i in persona.indicators if i.author == "P" and i.family == "secrecy"]
    assert actor and actor[0].role == "actor"
