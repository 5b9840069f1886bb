"""The second blind chat-risk set has the shape it promises. Only the shape: how the scorer
does on it is the lead's to report (docs/chats.md), never a test target."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest

from cairn.chats.evaluation.blind import EXTRA_BENIGN_KINDS, FAMILY_NAMES, RISKY_CATEGORIES
from cairn.chats.evaluation.blind2 import BLIND2_BENIGN_KINDS, NEW_BENIGN_KINDS, build_blind2
from cairn.chats.evaluation.dataset import BENIGN_KINDS, LabelledConversation


@pytest.fixture(scope="module")
def blind2() -> list[LabelledConversation]:
    return build_blind2()


def test_counts_per_label_and_kind(blind2: list[LabelledConversation]) -> None:
    labels = Counter(item.label for item in blind2)
    assert labels == {
        **dict.fromkeys(RISKY_CATEGORIES, 40),
        "benign": 20 * len(BLIND2_BENIGN_KINDS),
    }
    kinds = Counter(item.kind for item in blind2 if item.label == "benign")
    assert kinds == dict.fromkeys(BLIND2_BENIGN_KINDS, 20)
    # Every earlier hard-benign kind is rewritten here, plus at least three new ones.
    assert set(BENIGN_KINDS) | set(EXTRA_BENIGN_KINDS) < set(kinds)
    assert len(NEW_BENIGN_KINDS) >= 3
    assert not set(NEW_BENIGN_KINDS) & (set(BENIGN_KINDS) | set(EXTRA_BENIGN_KINDS))
    for item in blind2:
        if item.label != "benign":
            assert item.kind.startswith(item.label + "/")


def test_lengths_and_cues_a_minority(blind2: list[LabelledConversation]) -> None:
    for item in blind2:
        messages = item.conversation.messages
        assert 10 <= len(messages) <= 80, (item.kind, len(messages))
        assert 2 * len(item.families) < len(messages), item.kind


def test_deterministic_and_seeded() -> None:
    first, again = build_blind2(), build_blind2()
    assert first == again
    other = build_blind2(seed=7, risky_per_category=2, benign_per_kind=1)
    assert [c.conversation.id for c in other] != [c.conversation.id for c in first[:2]]


def test_family_labels_valid(blind2: list[LabelledConversation]) -> None:
    for item in blind2:
        n = len(item.conversation.messages)
        for index, families in item.families.items():
            assert 0 <= index < n
            assert families, (item.kind, index)
            assert families <= set(FAMILY_NAMES), (item.kind, families)
    # Each risky conversation carries at least one line of its own category's family.
    for item in blind2:
        if item.label in ("sextortion", "live_streaming"):
            assert any(item.label in f for f in item.families.values()), item.kind


def test_participants_and_times_monotonic(blind2: list[LabelledConversation]) -> None:
    ids = [item.conversation.id for item in blind2]
    assert len(set(ids)) == len(ids)
    for item in blind2:
        conversation = item.conversation
        authors: list[str] = []
        for position, message in enumerate(conversation.messages):
            assert message.index == position
            assert message.text.strip()
            if message.author not in authors:
                authors.append(message.author)
        assert [p.id for p in conversation.participants] == authors
        times = [m.time_utc for m in conversation.messages]
        assert all(t is not None and t.utcoffset() is not None for t in times)
        stamps = [t for t in times if t is not None]
        assert all(a < b for a, b in pairwise(stamps)), conversation.id
        for message in conversation.messages:
            assert message.time_utc is not None
            assert message.time_raw == message.time_utc.strftime("%Y-%m-%dT%H:%M:%SZ")
