"""rules-2026.6: teaching frames, second accounts, the whole demand and the new word classes.

Each structural case pairs a risky conversation with a benign one that shares its surface
words, in wording of this file's own (a test checks that none of it occurs in development
sets 1-6). Synthetic and non-explicit throughout.
"""

from __future__ import annotations

import pytest
from chat_builders import assess_lines
from hypothesis import given
from hypothesis import strategies as st

from cairn.chats.assess import REPORTED, SEXTORTION_FLOOR
from cairn.chats.composed import composed_cues
from cairn.chats.evaluation.cross_author import development_texts
from cairn.chats.indicators import _holds_actor_cue, framed_quote, normalise

# --- word classes -----------------------------------------------------------------------------

PARAPHRASES: dict[str, tuple[str, ...]] = {
    "payment_demand": (
        "i need three 50 gift cards",
        "get me 250 robux codes",
        "400 euros, not negotiable",
        "90 quid minimum",
    ),
    "coercion": (
        "ill wreck your reputation at that school",
        "i will destroy ur whole name online",
        "easy to tarnish your image you know",
    ),
    "threat_to_share": (
        "your followers list gets a little surprise at midnight",
        "ur contacts get a nice notification soon",
    ),
}

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "payment_demand": (
        "i want to send you 100 robux for your birthday",
        "i need to ask mum about the 30 for the trip",
    ),
    "threat_to_share": (
        "your whole family gets a surprise party on sunday",
        "your nan gets a surprise visit from us",
    ),
    "coercion": ("dont let one bad mark ruin the week",),
}


@pytest.mark.parametrize(
    ("name", "text"), [(n, t) for n, lines in PARAPHRASES.items() for t in lines]
)
def test_new_class_paraphrase_fires(name: str, text: str) -> None:
    assert name in composed_cues(normalise(text)), normalise(text)


@pytest.mark.parametrize(
    ("name", "text"), [(n, t) for n, lines in HARD_NEGATIVES.items() for t in lines]
)
def test_new_class_hard_negative_does_not_fire(name: str, text: str) -> None:
    assert name not in composed_cues(normalise(text)), normalise(text)


# --- teaching frames --------------------------------------------------------------------------

FRAMED = (
    "question 3: 'send 300 by midnight or your class group sees it'. what should you do?",
    "eg 'i have your pics, pay me or everyone sees them'",
    "Also 'is anyone at yours right now?'",
    "- 'delete this chat and dont tell your parents'",
    "true or false: 'if you block me it goes to your whole family'",
)
NOT_FRAMED = (
    "q1: pay me 300 by midnight or your pics go to your class",  # addressed to the reader
    "'pay or your class sees it' you heard me",  # no teaching frame
    "for example send the 200 now or i post it, 'ok'?",  # the cue is outside the quotes
)


@pytest.mark.parametrize("text", FRAMED)
def test_quoted_lines_in_a_teaching_frame_are_framed(text: str) -> None:
    assert framed_quote(text, _holds_actor_cue)


@pytest.mark.parametrize("text", NOT_FRAMED)
def test_a_cue_addressed_to_the_reader_is_not_framed(text: str) -> None:
    assert not framed_quote(text, _holds_actor_cue)


_FRAME_WORDS = st.sampled_from(
    [
        "q2:",
        "eg",
        "what do you do?",
        "pay",
        "me",
        "300",
        "now",
        "or",
        "i",
        "post",
        "it",
        "your",
        "class",
        "sees",
        "the",
        "pics",
        "'",
        '"',
    ]
)


@given(st.lists(_FRAME_WORDS, max_size=16))
def test_a_frame_never_hides_a_cue_outside_the_quotes(words: list[str]) -> None:
    """Whatever the words, a message counted as framed holds no cue outside its quotes."""
    text = " ".join(words)
    if framed_quote(text, _holds_actor_cue):
        assert not _holds_actor_cue(normalise(text.split("'")[0].split('"')[0]))


QUIZ = (
    ("T", "ok year 9, quick quiz before the bell"),
    ("T", "q1: 'unless you pay 200 tonight your pics go to your followers'. who do you tell?"),
    ("S", "a trusted adult"),
    ("T", "q2: 'keep this chat secret, add me on the other app'. what should you do?"),
    ("S", "block them and then report it"),
    ("T", "e.g. 'i saved your photos, 20 minutes or it goes out'"),
    ("S", "ok"),
)
EXTORTION_IN_QUIZ_CLOTHES = (
    ("X", "hey"),
    ("V", "hmm do i know u from somewhere"),
    ("X", "q1: unless you pay 200 tonight your pics go to your followers"),
    ("V", "please no"),
    ("X", "you have 20 minutes"),
)


def test_a_quiz_quoting_threats_is_told_and_an_offender_in_quiz_clothes_is_not() -> None:
    quiz = assess_lines(*QUIZ)
    offender = assess_lines(*EXTORTION_IN_QUIZ_CLOTHES)
    assert not quiz.categories and quiz.level != "high"
    assert {i.role for i in quiz.indicators if i.family == "sextortion"} == {REPORTED}
    assert "sextortion" in offender.categories and offender.score >= SEXTORTION_FLOOR
    assert offender.score - quiz.score >= 0.3


NEWS = (
    ("A", "did you see the paper"),
    ("B", "no what"),
    ("A", "Took 300 off a lad in year 10, demanded more the next day apparently"),
    ("B", "awful"),
)


def test_a_narrated_case_is_reported() -> None:
    news = assess_lines(*NEWS)
    assert not news.categories
    assert all(i.role == REPORTED for i in news.indicators if i.family == "sextortion")


# --- structure --------------------------------------------------------------------------------

SECOND_ACCOUNT = (
    ("X", "hey saw your run at sports day"),
    ("V", "lol thanks"),
    ("X", "your followers list gets a little surprise tonight"),
    ("V", "please dont"),
    ("Y", "hes serious. 150 in gift cards or it happens"),
    ("V", "im 14 i dont have that"),
)
GROUP_BANTER = (
    ("X", "that karaoke video is going to your whole family lol"),
    ("Y", "everyone owes 40 for the bills by friday"),
    ("Z", "fair, sending it now"),
    ("X", "haha"),
)


def test_a_second_accounts_demand_joins_the_threat() -> None:
    risky = assess_lines(*SECOND_ACCOUNT)
    banter = assess_lines(*GROUP_BANTER)
    assert risky.score >= SEXTORTION_FLOOR and "sextortion" in risky.categories
    assert {i.author for i in risky.indicators if i.family == "sextortion"} == {"X", "Y"}
    assert banter.score < SEXTORTION_FLOOR


REFUSES = (
    ("X", "u at high school yet"),
    ("V", "year 8"),
    ("X", "send one back then"),
    ("X", "i need three 50 gift cards"),
    ("X", "or ill wreck your reputation at that school"),
    ("V", "no. i told my mum and we reported you"),
    ("X", "big mistake"),
)


def test_a_child_who_refuses_and_tells_keeps_the_floor() -> None:
    result = assess_lines(*REFUSES)
    assert result.score >= SEXTORTION_FLOOR
    evidence = {(i.name, i.author) for i in result.indicators}
    assert ("payment_demand", "X") in evidence and ("coercion", "X") in evidence


WHOLE_DEMAND = (
    ("X", "hi"),
    ("V", "sorry who r u"),
    ("X", "pay me 300 now"),
    ("X", "you get 2 hours for it"),
    ("X", "western union to this name, send the mtcn"),
    ("V", "please i cant pay that much"),
)
HARD_SALE = (
    ("B", "is the bike still for sale"),
    ("S", "yes 300, collection only"),
    ("S", "pay me 300 now, i have another buyer"),
    ("S", "you get 2 hours for it"),
    ("S", "western union to this name, send the mtcn"),
    ("B", "please i cant do that, can we meet instead"),
)


def test_the_whole_demand_met_with_pleading_outranks_a_hard_sale() -> None:
    demand = assess_lines(*WHOLE_DEMAND)
    sale = assess_lines(*HARD_SALE)
    assert demand.score >= 0.7 and demand.level == "high"  # not capped with weaker demands
    assert sale.score < 0.5
    assert not demand.categories  # without a threat it is not listed as sextortion


def test_these_lines_are_not_copied_from_the_development_sets() -> None:
    seen = development_texts()
    mine = [t for lines in PARAPHRASES.values() for t in lines]
    mine += [t for lines in HARD_NEGATIVES.values() for t in lines]
    mine += [*FRAMED, *NOT_FRAMED]
    for conversation in (QUIZ, EXTORTION_IN_QUIZ_CLOTHES, NEWS, SECOND_ACCOUNT, GROUP_BANTER):
        mine += [t for _w, t in conversation]
    mine += [t for _w, t in (*REFUSES, *WHOLE_DEMAND, *HARD_SALE)]
    assert [t for t in mine if len(t) > 12 and normalise(t) in seen] == []
