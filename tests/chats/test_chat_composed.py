"""rules-2026.5: composed cues (word classes combined), the sextortion floor and the learned part.

The paraphrases and hard negatives here are this file's own (a test checks that none occurs in
development sets 1-5); the structural pairs show what each part changes in a conversation's
ranking. All lines are synthetic and non-explicit.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.chats import composed, learned
from cairn.chats.assess import (
    SEXTORTION_FLOOR,
    assess,
    category_scores,
    combine,
    sextortion_floor,
)
from cairn.chats.composed import composed_cues
from cairn.chats.evaluation.cross_author import AUTHORS, development_texts
from cairn.chats.indicators import normalise, scan
from cairn.model.chat import Conversation, Indicator, Message, Participant

PARAPHRASES: dict[str, tuple[str, ...]] = {
    "threat_to_share": (
        "that photo is heading to every contact in your phone unless you reply",
        "i post the video on your class gc if you ignore me",
        "ill forward it to your whole family tonight",
        "your mum and your coach both get the screenshots unless you sort it",
        "sharing the pics with your followers, last chance",
        "everybody at your college will see it if you dont answer",
    ),
    "coercion": (
        "ten minutes and i start posting",
        "uploading them right now",
        "ur life is finished for u if you dont",
        "you will regret this",
    ),
    "payment_demand": (
        "450 quid and this all goes away",
        "another 120 now",
        "then send me 75",
        "so just pay",
        "unless you pay it goes out",
    ),
    "deadline": (
        "20 mins. after that its too late",
        "you got 3 hours left",
        "before your dad gets home, not after",
        "by 9pm or it goes",
    ),
    "payment_instructions": (
        "moneygram only, the name is on the screen",
        "steam card, scratch it and send the code",
        "use western union to this name",
    ),
    "child_on_camera": (
        "keep the webcam on the girl the whole time",
        "make sure the little one is on the video this time",
        "is your niece on cam yet",
    ),
    "child_age_question": ("remind me how old, whats the girls age again", "confirm their ages"),
    "supervision_check": (
        "is anybody else in the house with you?",
        "coast clear tonight",
        "whos around at yours right now?",
        "your parents back late tonight?",
    ),
    "gift_offer": (
        "i can top up your phone credit if you want",
        "ill buy you the new game at the weekend",
        "id like to get you a nicer phone",
    ),
    "show_payment": (
        "sir please help us, the baby has no milk",
        "maybe you can send something for the hospital sir",
    ),
}

HARD_NEGATIVES: tuple[str, ...] = (
    "send me a photo of your new classroom",
    "please dont post pictures of the other kids online",
    "i got a steam card for my birthday",
    "can i pay with a gift card at the till",
    "yes 60 pounds, collection only",
    "10 mins away",
    "did you have a nice holiday",
    "is your dad home? i need to ask him about the car",
    "can i get a new phone for christmas",
    "she is very mature for her age",
    "he says his age is 40",
    "they asked me to buy gift cards, is that a scam",
)


def _cues(text: str) -> set[str]:
    return set(composed_cues(normalise(text)))


@pytest.mark.parametrize(
    ("name", "text"), [(name, text) for name, lines in PARAPHRASES.items() for text in lines]
)
def test_paraphrase_fires_its_composed_cue(name: str, text: str) -> None:
    assert name in _cues(text), normalise(text)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negative_fires_no_composed_cue(text: str) -> None:
    assert _cues(text) == set(), normalise(text)


def test_lines_are_not_copied_from_any_development_set() -> None:
    seen = development_texts()
    mine = [t for lines in PARAPHRASES.values() for t in lines] + list(HARD_NEGATIVES)
    assert [t for t in mine if normalise(t) in seen] == []


def test_word_gates_find_what_every_pattern_finds() -> None:
    """The fast path (a pattern runs only when its class's words are present) against the
    slow reference (every pattern on every message), on sets 1-6 and this file's lines."""
    texts = development_texts()
    texts |= {normalise(t) for lines in PARAPHRASES.values() for t in lines}
    texts |= {normalise(t) for t in HARD_NEGATIVES}
    for text in sorted(texts):
        assert composed_cues(text) == composed_cues(text, gated=False), text


_SALAD = "i ill your you everyone post send it pics 300 now by tonight 15 mins then school group"
_SALAD += " unless pay western union cam her keep alone home sir help food money phone ages"
_WORDS = st.sampled_from(_SALAD.split(" "))


@given(st.lists(_WORDS, max_size=14), st.text(max_size=20))
def test_gates_match_reference_on_random_word_salad(words: list[str], noise: str) -> None:
    text = normalise(" ".join(words) + " " + noise)
    assert composed_cues(text) == composed_cues(text, gated=False)


def test_composed_cues_are_evidence_with_message_and_author() -> None:
    found = scan([Message(0, None, "", "x", "300 pounds and it disappears")]).indicators
    assert [(i.name, i.family, i.message, i.author) for i in found] == [
        ("payment_demand", "sextortion", 0, "x")
    ]


def test_composed_cues_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(composed, "ENABLED", False)
    assert scan([Message(0, None, "", "x", "300 pounds and it disappears")]).indicators == []


# --- structural pairs -------------------------------------------------------------------------


def _conversation(*lines: tuple[str, str]) -> Conversation:
    people = sorted({a for a, _ in lines})
    return Conversation(
        id="c",
        format="test",
        title="t",
        participants=tuple(Participant(p, p) for p in people),
        messages=tuple(Message(i, None, "", a, t) for i, (a, t) in enumerate(lines)),
        source="test",
    )


SPLIT_ACCOUNTS = (
    ("a", "hey saw u at the match"),
    ("b", "oh hi"),
    ("c", "i have the pic you sent him. it goes to your team chat unless you pay"),
    ("b", "please no"),
    ("c", "250 by tonight"),
)


def test_one_author_threat_and_demand_gets_the_floor() -> None:
    result = assess(_conversation(*SPLIT_ACCOUNTS))
    assert result.score >= SEXTORTION_FLOOR
    assert "sextortion" in result.categories
    assert {i.author for i in result.indicators if i.family == "sextortion"} == {"c"}


def test_threat_and_demand_by_different_authors_get_no_floor() -> None:
    """The floor needs one author doing both; a demand from someone else is not enough."""
    indicators = [
        Indicator("threat_to_share", "sextortion", 0, "a", "actor", ""),
        Indicator("payment_demand", "sextortion", 1, "b", "actor", ""),
    ]
    assert sextortion_floor(indicators) == 0.0
    indicators.append(Indicator("deadline", "sextortion", 2, "a", "actor", ""))
    assert sextortion_floor(indicators) == SEXTORTION_FLOOR


def test_a_warning_that_quotes_the_structure_gets_no_floor() -> None:
    warning = _conversation(
        ("mum", "if anyone ever says 'pay 200 by tonight or i post your pics to everyone'"),
        ("mum", "you tell me straight away, you wont be in trouble"),
        ("kid", "ok mum"),
    )
    result = assess(warning)
    assert result.score < SEXTORTION_FLOOR
    assert "sextortion" not in result.categories


def test_the_floor_survives_the_blend() -> None:
    assert combine(0.2, 0.0, SEXTORTION_FLOOR) == SEXTORTION_FLOOR
    assert combine(0.9, 0.9, 0.0) == 0.9
    assert combine(0.9, 0.9, 0.0, evidence=False) == 0.0


# --- the learned part -------------------------------------------------------------------------


def test_shipped_weights_are_json_with_every_feature() -> None:
    text = resources.files("cairn.chats").joinpath("learned_weights.json").read_text()
    data = json.loads(text)
    assert set(data["weights"]) == set(learned.FEATURES)
    assert data["trained_on"] == sorted(AUTHORS)


def test_weights_missing_a_feature_are_refused() -> None:
    with pytest.raises(ValueError, match="top_age"):
        learned.Model({n: 0.0 for n in learned.FEATURES if n != "top_age"}, 0.0)


def test_contributions_add_up_to_the_logit() -> None:
    conversation = _conversation(*SPLIT_ACCOUNTS)
    scanned = scan(conversation.messages)
    scores, counted = category_scores(conversation, scanned.indicators, scanned)
    row = learned.features(conversation, scanned, scores, counted)
    model = learned.load()
    parts = learned.contributions(row, model)
    assert abs(sum(v for _n, v in parts) + model.bias - model.logit(row)) < 1e-9
    assert [abs(v) for _n, v in parts] == sorted((abs(v) for _n, v in parts), reverse=True)
    assert 0.0 < learned.probability(row) < 1.0


def test_no_evidence_no_score() -> None:
    quiet = _conversation(("a", "see you at 5"), ("b", "ok"))
    result = assess(quiet)
    assert result.score == 0.0 and result.indicators == ()


@pytest.mark.slow
def test_training_reproduces_the_shipped_weights() -> None:
    from cairn.chats.evaluation.train_learned import weights_json

    shipped = resources.files("cairn.chats").joinpath("learned_weights.json").read_text()
    assert weights_json() == shipped


@pytest.mark.slow
def test_learned_part_meets_its_shipping_rule_leave_one_author_out() -> None:
    """Shipped only because, trained without each author in turn, the combination beats the
    rules alone on the held-out authors on average and keeps the sextortion separation as
    often (docs/chats.md, "Leave one author out")."""
    from cairn.chats.evaluation.cross_author import leave_one_author_out

    result = leave_one_author_out()
    rules = [r["rules"] for r in result.values()]
    shipped = [r["shipped"] for r in result.values()]
    assert sum(s[0] for s in shipped) / len(shipped) > sum(r[0] for r in rules) / len(rules)
    assert sum(s[1] for s in shipped) >= sum(r[1] for r in rules)
    # every held-out author but set 10 (the eighth blind set, whose wording the rules never
    # saw) stays at the AUC target without the word part
    assert all(s[0] >= 0.95 for a, s in zip(result, shipped, strict=True) if a != "set 10")
