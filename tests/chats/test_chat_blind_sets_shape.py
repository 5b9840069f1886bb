"""The second to tenth blind chat-risk sets have the shape they promise. Only the shape: how
the scorer does on them is the lead's to report (docs/chats.md), never a test target.

The checks each set shares are written once and run on every set; each set is built once per
session (cached), so adding a set costs one build, not one per test."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import pytest

from cairn.chats.evaluation.blind import EXTRA_BENIGN_KINDS, FAMILY_NAMES, RISKY_CATEGORIES
from cairn.chats.evaluation.blind2 import BLIND2_BENIGN_KINDS, NEW_BENIGN_KINDS, build_blind2
from cairn.chats.evaluation.blind3 import BLIND3_BENIGN_KINDS, OWN_BENIGN_KINDS, build_blind3
from cairn.chats.evaluation.blind4 import BLIND4_BENIGN_KINDS, FOURTH_BENIGN_KINDS, build_blind4
from cairn.chats.evaluation.blind5 import BLIND5_BENIGN_KINDS, FIFTH_BENIGN_KINDS, build_blind5
from cairn.chats.evaluation.blind6 import BLIND6_BENIGN_KINDS, SIXTH_BENIGN_KINDS, build_blind6
from cairn.chats.evaluation.blind7 import BLIND7_BENIGN_KINDS, SEVENTH_BENIGN_KINDS, build_blind7
from cairn.chats.evaluation.blind8 import BLIND8_BENIGN_KINDS, EIGHTH_BENIGN_KINDS, build_blind8
from cairn.chats.evaluation.blind9 import BLIND9_BENIGN_KINDS, NINTH_BENIGN_KINDS, build_blind9
from cairn.chats.evaluation.blind10 import BLIND10_BENIGN_KINDS, TENTH_BENIGN_KINDS, build_blind10
from cairn.chats.evaluation.dataset import BENIGN_KINDS, LabelledConversation


@dataclass(frozen=True)
class BlindSet:
    """One blind set: its builder, all its benign kinds, the kinds it adds, and the kinds of
    the earlier sets that it writes afresh but must not claim as new."""

    name: str
    build: Callable[..., list[LabelledConversation]]
    benign_kinds: tuple[str, ...]
    new_kinds: tuple[str, ...]
    earlier_kinds: tuple[str, ...]


_FIRST = (*BENIGN_KINDS, *EXTRA_BENIGN_KINDS)
BLIND2 = BlindSet("blind2", build_blind2, BLIND2_BENIGN_KINDS, NEW_BENIGN_KINDS, _FIRST)
BLIND3 = BlindSet(
    "blind3", build_blind3, BLIND3_BENIGN_KINDS, OWN_BENIGN_KINDS, (*_FIRST, *NEW_BENIGN_KINDS)
)
BLIND4 = BlindSet(
    "blind4",
    build_blind4,
    BLIND4_BENIGN_KINDS,
    FOURTH_BENIGN_KINDS,
    (*_FIRST, *NEW_BENIGN_KINDS, *OWN_BENIGN_KINDS),
)
BLIND5 = BlindSet(
    "blind5",
    build_blind5,
    BLIND5_BENIGN_KINDS,
    FIFTH_BENIGN_KINDS,
    (*_FIRST, *NEW_BENIGN_KINDS, *OWN_BENIGN_KINDS, *FOURTH_BENIGN_KINDS),
)
BLIND6 = BlindSet(
    "blind6",
    build_blind6,
    BLIND6_BENIGN_KINDS,
    SIXTH_BENIGN_KINDS,
    (*_FIRST, *NEW_BENIGN_KINDS, *OWN_BENIGN_KINDS, *FOURTH_BENIGN_KINDS, *FIFTH_BENIGN_KINDS),
)
BLIND7 = BlindSet(
    "blind7",
    build_blind7,
    BLIND7_BENIGN_KINDS,
    SEVENTH_BENIGN_KINDS,
    (
        *_FIRST,
        *NEW_BENIGN_KINDS,
        *OWN_BENIGN_KINDS,
        *FOURTH_BENIGN_KINDS,
        *FIFTH_BENIGN_KINDS,
        *SIXTH_BENIGN_KINDS,
    ),
)
BLIND8 = BlindSet(
    "blind8",
    build_blind8,
    BLIND8_BENIGN_KINDS,
    EIGHTH_BENIGN_KINDS,
    (
        *_FIRST,
        *NEW_BENIGN_KINDS,
        *OWN_BENIGN_KINDS,
        *FOURTH_BENIGN_KINDS,
        *FIFTH_BENIGN_KINDS,
        *SIXTH_BENIGN_KINDS,
        *SEVENTH_BENIGN_KINDS,
    ),
)
BLIND9 = BlindSet(
    "blind9",
    build_blind9,
    BLIND9_BENIGN_KINDS,
    NINTH_BENIGN_KINDS,
    (
        *_FIRST,
        *NEW_BENIGN_KINDS,
        *OWN_BENIGN_KINDS,
        *FOURTH_BENIGN_KINDS,
        *FIFTH_BENIGN_KINDS,
        *SIXTH_BENIGN_KINDS,
        *SEVENTH_BENIGN_KINDS,
        *EIGHTH_BENIGN_KINDS,
    ),
)
BLIND10 = BlindSet(
    "blind10",
    build_blind10,
    BLIND10_BENIGN_KINDS,
    TENTH_BENIGN_KINDS,
    (
        *_FIRST,
        *NEW_BENIGN_KINDS,
        *OWN_BENIGN_KINDS,
        *FOURTH_BENIGN_KINDS,
        *FIFTH_BENIGN_KINDS,
        *SIXTH_BENIGN_KINDS,
        *SEVENTH_BENIGN_KINDS,
        *EIGHTH_BENIGN_KINDS,
        *NINTH_BENIGN_KINDS,
    ),
)
SETS = (BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10)


@cache
def _built(name: str) -> tuple[LabelledConversation, ...]:
    """The default build of a set, made once per session rather than once per test."""
    (blind_set,) = (s for s in SETS if s.name == name)
    return tuple(blind_set.build())


@pytest.fixture(params=SETS, ids=[s.name for s in SETS])
def blind_set(request: pytest.FixtureRequest) -> BlindSet:
    value: BlindSet = request.param
    return value


@pytest.fixture
def dataset(blind_set: BlindSet) -> tuple[LabelledConversation, ...]:
    return _built(blind_set.name)


def test_counts_per_label_and_kind(
    blind_set: BlindSet, dataset: tuple[LabelledConversation, ...]
) -> None:
    labels = Counter(item.label for item in dataset)
    assert labels == {
        **dict.fromkeys(RISKY_CATEGORIES, 40),
        "benign": 20 * len(blind_set.benign_kinds),
    }
    kinds = Counter(item.kind for item in dataset if item.label == "benign")
    assert kinds == dict.fromkeys(blind_set.benign_kinds, 20)
    # Every earlier hard-benign kind is written afresh here, plus at least three new ones.
    earlier = set(blind_set.earlier_kinds)
    assert earlier < set(kinds)
    assert len(blind_set.new_kinds) >= 3
    assert not set(blind_set.new_kinds) & earlier
    for item in dataset:
        if item.label != "benign":
            assert item.kind.startswith(item.label + "/")
    # Each risky category mixes several scenarios.
    for category in RISKY_CATEGORIES:
        scenarios = {item.kind for item in dataset if item.label == category}
        assert len(scenarios) >= 4, category


def test_lengths_and_cues_a_minority(dataset: tuple[LabelledConversation, ...]) -> None:
    for item in dataset:
        messages = item.conversation.messages
        assert 10 <= len(messages) <= 80, (item.kind, len(messages))
        assert 2 * len(item.families) < len(messages), item.kind


def test_deterministic_and_seeded(
    blind_set: BlindSet, dataset: tuple[LabelledConversation, ...]
) -> None:
    # The cached build and a fresh one must agree: same seed, same set.
    first, again = list(dataset), blind_set.build()
    assert first == again
    other = blind_set.build(seed=7, risky_per_category=2, benign_per_kind=1)
    assert len(other) == 2 * len(RISKY_CATEGORIES) + len(blind_set.benign_kinds)
    assert [c.conversation.id for c in other] != [c.conversation.id for c in first[: len(other)]]


def test_family_labels_valid(dataset: tuple[LabelledConversation, ...]) -> None:
    for item in dataset:
        n = len(item.conversation.messages)
        for index, families in item.families.items():
            assert 0 <= index < n
            assert families, (item.kind, index)
            assert families <= set(FAMILY_NAMES), (item.kind, families)
    # Each sextortion and live-streaming conversation carries a line of its own category's
    # family, and every risky conversation has some labelled line.
    for item in dataset:
        if item.label in ("sextortion", "live_streaming"):
            assert any(item.label in f for f in item.families.values()), item.kind
        if item.label != "benign":
            assert item.families, item.kind


def test_scripted_lines_not_repeated(dataset: tuple[LabelledConversation, ...]) -> None:
    # A scripted (labelled) line drawn twice in one conversation is kept once.
    for item in dataset:
        texts = [item.conversation.messages[i].text for i in item.families]
        assert len(set(texts)) == len(texts), item.kind


def test_participants_and_times_monotonic(dataset: tuple[LabelledConversation, ...]) -> None:
    ids = [item.conversation.id for item in dataset]
    assert len(set(ids)) == len(ids)
    assert len({item.conversation.source for item in dataset}) == len(dataset)
    for item in dataset:
        conversation = item.conversation
        authors: list[str] = []
        for position, message in enumerate(conversation.messages):
            assert message.index == position
            assert message.text.strip()
            if message.author not in authors:
                authors.append(message.author)
        assert len(authors) >= 2, conversation.id
        assert [p.id for p in conversation.participants] == authors
        times = [m.time_utc for m in conversation.messages]
        assert all(t is not None and t.utcoffset() is not None for t in times)
        stamps = [t for t in times if t is not None]
        assert all(a < b for a, b in pairwise(stamps)), conversation.id
        for message in conversation.messages:
            assert message.time_utc is not None
            assert message.time_raw == message.time_utc.strftime("%Y-%m-%dT%H:%M:%SZ")


# Checks the fifth to tenth sets make: their briefs asked for children who refuse, stall or
# tell, risky parties of few lines, breadth of scenarios, and only fictional contact details.


@dataclass(frozen=True)
class Brief:
    """What one set's brief asked for: scenarios that must be there, scenarios whose risky
    party writes at most four lines, and the least number of scenarios per risky category."""

    blind_set: BlindSet
    present: tuple[str, ...]
    terse: tuple[str, ...]
    scenarios_per_category: int = 4


BRIEFS = (
    Brief(
        BLIND5,
        ("sextortion/refuses_told", "sextortion/stalls", "sextortion/few_lines"),
        ("sextortion/few_lines",),
    ),
    Brief(
        BLIND6,
        ("grooming/forum_refuses", "grooming/friend_report"),
        ("sextortion/very_short", "grooming/server_lurker"),
        8,
    ),
    Brief(
        BLIND7,
        (
            "grooming/refuses_tells_mum",
            "grooming/streamer_mod_tells_dad",
            "sextortion/refuses_told_dad",
        ),
        ("sextortion/few_lines", "grooming/group_dropper", "live_streaming/few_lines_customer"),
        8,
    ),
    Brief(
        BLIND8,
        (
            "grooming/ludo_refuses_aunt",
            "grooming/vr_refuses_brother",
            "sextortion/refuses_with_mum",
        ),
        (
            "sextortion/three_lines",
            "grooming/skate_group_stranger",
            "live_streaming/terse_customer",
        ),
        8,
    ),
    Brief(
        BLIND9,
        (
            "grooming/swim_parent_tells_mum",
            "grooming/modded_account_sister",
            "sextortion/refuses_told_school",
            "live_streaming/teen_refuses_tells",
        ),
        ("grooming/boots_buyer_terse", "sextortion/three_lines", "live_streaming/terse_customer"),
        8,
    ),
    Brief(
        BLIND10,
        (
            "grooming/obby_refuses_tells_gran",
            "grooming/guitar_refuses_tells",
            "sextortion/refuses_told_coach",
            "live_streaming/teen_refuses_tells",
        ),
        (
            "grooming/fishing_group_terse",
            "sextortion/four_lines",
            "live_streaming/terse_regular",
        ),
        8,
    ),
)


@pytest.mark.parametrize("brief", BRIEFS, ids=[b.blind_set.name for b in BRIEFS])
def test_scenarios_refusals_and_terse_risky_parties(brief: Brief) -> None:
    dataset = _built(brief.blind_set.name)
    for category in RISKY_CATEGORIES:
        scenarios = {i.kind for i in dataset if i.label == category}
        assert len(scenarios) >= brief.scenarios_per_category, category
    assert set(brief.present) <= {item.kind for item in dataset}
    assert len(brief.blind_set.new_kinds) == 5
    for item in dataset:
        if item.kind not in brief.terse:
            continue
        messages = item.conversation.messages
        risky_party = messages[min(item.families)].author
        lines = sum(1 for m in messages if m.author == risky_party)
        assert lines <= 4 and 2 * lines < len(messages), item.conversation.id


_PHONE = re.compile(r"(?:\+44\s?|\b0)7\d{3}\s?\d{3}\s?\d{3}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@pytest.mark.parametrize("brief", BRIEFS, ids=[b.blind_set.name for b in BRIEFS])
def test_only_fictional_contact_details(brief: Brief) -> None:
    for item in _built(brief.blind_set.name):
        for message in item.conversation.messages:
            for number in _PHONE.findall(message.text):
                assert "7700900" in re.sub(r"\D", "", number), number
            for address in _EMAIL.findall(message.text):
                assert address.endswith("@example.org"), address
