"""The first blind chat-risk set has the shape it promises. It is development data since
rules-2026.3 (its ranking targets are in test_chat_evaluation.py)."""

from __future__ import annotations

from collections import Counter
from functools import cache

from cairn.chats.evaluation.blind import (
    BLIND_BENIGN_KINDS,
    EXTRA_BENIGN_KINDS,
    FAMILY_NAMES,
    RISKY_CATEGORIES,
    build_blind,
)
from cairn.chats.evaluation.dataset import BENIGN_KINDS, LabelledConversation


@cache
def _default() -> tuple[LabelledConversation, ...]:
    return tuple(build_blind())


def _fingerprint(dataset: list[LabelledConversation]) -> list[tuple[object, ...]]:
    return [
        (
            item.label,
            item.kind,
            item.conversation.id,
            tuple((m.author, m.text, m.time_raw) for m in item.conversation.messages),
            tuple(sorted((i, tuple(sorted(f))) for i, f in item.families.items())),
        )
        for item in dataset
    ]


def test_default_counts_per_label_and_kind() -> None:
    dataset = _default()
    labels = Counter(item.label for item in dataset)
    assert labels == {
        "grooming": 40,
        "sextortion": 40,
        "live_streaming": 40,
        "benign": 20 * len(BLIND_BENIGN_KINDS),
    }
    kinds = Counter(item.kind for item in dataset if item.label == "benign")
    assert kinds == dict.fromkeys(BLIND_BENIGN_KINDS, 20)
    assert set(BENIGN_KINDS) <= set(kinds)  # every development kind has blind counterparts
    assert set(EXTRA_BENIGN_KINDS) <= set(kinds)
    for item in dataset:
        if item.label != "benign":
            assert item.kind == item.label


def test_counts_follow_the_arguments() -> None:
    dataset = build_blind(seed=3, risky_per_category=2, benign_per_kind=1)
    assert Counter(item.label for item in dataset) == {
        **dict.fromkeys(RISKY_CATEGORIES, 2),
        "benign": len(BLIND_BENIGN_KINDS),
    }


def test_every_risky_conversation_has_a_labelled_message() -> None:
    for item in _default():
        if item.label in RISKY_CATEGORIES:
            assert any(item.families.values()), item.conversation.source


def test_messages_families_and_lengths_are_well_formed() -> None:
    dataset = _default()
    assert len({item.conversation.id for item in dataset}) == len(dataset)
    for item in dataset:
        messages = item.conversation.messages
        assert 10 <= len(messages) <= 80, item.conversation.source
        assert [m.index for m in messages] == list(range(len(messages)))
        assert all(m.text.strip() for m in messages)
        assert len(item.conversation.participants) >= 2
        authors = {p.name for p in item.conversation.participants}
        assert {m.author for m in messages} <= authors
        times = [m.time_utc for m in messages]
        assert all(t is not None for t in times)
        assert times == sorted(times)  # type: ignore[type-var]
        for index, families in item.families.items():
            assert 0 <= index < len(messages)
            assert families, "an empty family set is not stored"
            assert families <= set(FAMILY_NAMES), families


def test_deterministic_by_seed() -> None:
    assert _fingerprint(list(_default())) == _fingerprint(build_blind())
    small = _fingerprint(build_blind(seed=11, risky_per_category=3, benign_per_kind=2))
    assert small == _fingerprint(build_blind(seed=11, risky_per_category=3, benign_per_kind=2))
    assert small != _fingerprint(build_blind(seed=12, risky_per_category=3, benign_per_kind=2))
