"""The fifth blind chat-risk set has the shape it promises. Only the shape: how the scorer
does on it is the lead's to report (docs/chats.md), never a test target."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

import pytest

from cairn.chats.evaluation.blind import EXTRA_BENIGN_KINDS, FAMILY_NAMES, RISKY_CATEGORIES
from cairn.chats.evaluation.blind2 import NEW_BENIGN_KINDS
from cairn.chats.evaluation.blind3 import OWN_BENIGN_KINDS
from cairn.chats.evaluation.blind4 import FOURTH_BENIGN_KINDS
from cairn.chats.evaluation.blind5 import BLIND5_BENIGN_KINDS, FIFTH_BENIGN_KINDS, build_blind5
from cairn.chats.evaluation.dataset import BENIGN_KINDS, LabelledConversation


@pytest.fixture(scope="module")
def blind5() -> list[LabelledConversation]:
    return build_blind5()


def test_counts_per_label_and_kind(blind5: list[LabelledConversation]) -> None:
    labels = Counter(item.label for item in blind5)
    assert labels == {
        **dict.fromkeys(RISKY_CATEGORIES, 40),
        "benign": 20 * len(BLIND5_BENIGN_KINDS),
    }
    kinds = Counter(item.kind for item in blind5 if item.label == "benign")
    assert kinds == dict.fromkeys(BLIND5_BENIGN_KINDS, 20)
    # Every earlier hard-benign kind is written afresh here, plus at least three new ones.
    earlier = set(BENIGN_KINDS) | set(EXTRA_BENIGN_KINDS) | set(NEW_BENIGN_KINDS)
    earlier |= set(OWN_BENIGN_KINDS) | set(FOURTH_BENIGN_KINDS)
    assert earlier < set(kinds)
    assert len(FIFTH_BENIGN_KINDS) >= 3
    assert not set(FIFTH_BENIGN_KINDS) & earlier
    for item in blind5:
        if item.label != "benign":
            assert item.kind.startswith(item.label + "/")
    # Each risky category mixes several scenarios.
    for category in RISKY_CATEGORIES:
        scenarios = {item.kind for item in blind5 if item.label == category}
        assert len(scenarios) >= 4, category


def test_lengths_and_cues_a_minority(blind5: list[LabelledConversation]) -> None:
    for item in blind5:
        messages = item.conversation.messages
        assert 10 <= len(messages) <= 80, (item.kind, len(messages))
        assert 2 * len(item.families) < len(messages), item.kind


def test_deterministic_and_seeded() -> None:
    first, again = build_blind5(), build_blind5()
    assert first == again
    other = build_blind5(seed=7, risky_per_category=2, benign_per_kind=1)
    assert len(other) == 2 * len(RISKY_CATEGORIES) + len(BLIND5_BENIGN_KINDS)
    assert [c.conversation.id for c in other] != [c.conversation.id for c in first[: len(other)]]


def test_family_labels_valid(blind5: list[LabelledConversation]) -> None:
    for item in blind5:
        n = len(item.conversation.messages)
        for index, families in item.families.items():
            assert 0 <= index < n
            assert families, (item.kind, index)
            assert families <= set(FAMILY_NAMES), (item.kind, families)
    # Each sextortion and live-streaming conversation carries a line of its own category's
    # family, and every risky conversation has some labelled line.
    for item in blind5:
        if item.label in ("sextortion", "live_streaming"):
            assert any(item.label in f for f in item.families.values()), item.kind
        if item.label != "benign":
            assert item.families, item.kind


def test_scripted_lines_not_repeated(blind5: list[LabelledConversation]) -> None:
    # A scripted (labelled) line drawn twice in one conversation is kept once.
    for item in blind5:
        texts = [item.conversation.messages[i].text for i in item.families]
        assert len(set(texts)) == len(texts), item.kind


def test_participants_and_times_monotonic(blind5: list[LabelledConversation]) -> None:
    ids = [item.conversation.id for item in blind5]
    assert len(set(ids)) == len(ids)
    assert len({item.conversation.source for item in blind5}) == len(blind5)
    for item in blind5:
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


def test_refusing_children_and_terse_extorters(blind5: list[LabelledConversation]) -> None:
    # The brief asks for children who refuse, stall or tell, and extorters of few lines.
    kinds = {item.kind for item in blind5}
    for scenario in ("refuses_told", "stalls", "few_lines"):
        assert f"sextortion/{scenario}" in kinds
    for item in blind5:
        if item.kind != "sextortion/few_lines":
            continue
        messages = item.conversation.messages
        extorter = messages[min(item.families)].author
        lines = sum(1 for m in messages if m.author == extorter)
        assert lines <= 4 and 2 * lines < len(messages), item.conversation.id


def test_only_fictional_contact_details(blind5: list[LabelledConversation]) -> None:
    phone = re.compile(r"(?:\+44\s?|\b0)7\d{3}\s?\d{3}\s?\d{3}")
    email = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    for item in blind5:
        for message in item.conversation.messages:
            for number in phone.findall(message.text):
                assert "7700900" in re.sub(r"\D", "", number), number
            for address in email.findall(message.text):
                assert address.endswith("@example.org"), address
