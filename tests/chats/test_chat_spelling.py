"""One-slip typo repair (rules-2026.7): the slip map against a brute-force reference, English
words left alone, and rules firing through typos."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from spellchecker import SpellChecker

from cairn.chats.indicators import _VOCABULARY, find_indicators, normalise
from cairn.chats.normalise import ABBREVIATIONS
from cairn.chats.spelling import ENGLISH_FLOOR, MIN_LENGTH, slips, typo_map
from cairn.model.chat import Message

_WORDS = sorted(w for w in _VOCABULARY if w.isalpha() and len(w) >= MIN_LENGTH)


@cache
def _map() -> dict[str, str]:
    return typo_map(_VOCABULARY, ABBREVIATIONS)


@cache
def _english() -> dict[str, int]:
    return dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)


def _one_slip(slip: str, word: str) -> bool:
    """The slow reference: is ``slip`` ``word`` with one letter dropped, two neighbours
    swapped or one letter doubled?"""
    if len(slip) == len(word) - 1:
        return any(word[:i] + word[i + 1 :] == slip for i in range(len(word)))
    if len(slip) == len(word) + 1:
        return any(
            slip[:i] + slip[i + 1 :] == word and slip[i] == slip[i - 1] for i in range(1, len(slip))
        )
    if len(slip) == len(word) and slip != word:
        diff = [i for i in range(len(word)) if slip[i] != word[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and slip[diff[0]] == word[diff[1]]
            and slip[diff[1]] == word[diff[0]]
        )
    return False


def _reference(slip: str) -> str | None:
    """The rule word a slip repairs to, by brute force over the vocabulary."""

    def word(text: str) -> bool:
        return (
            text in _VOCABULARY
            or text in ABBREVIATIONS
            or text in ABBREVIATIONS.values()
            or _english().get(text, 0) >= ENGLISH_FLOOR
        )

    if word(slip) or (slip.endswith("s") and word(slip[:-1])):
        return None
    found = {w for w in _WORDS if _one_slip(slip, w)}
    return found.pop() if len(found) == 1 else None


def test_slips_are_drops_swaps_and_doubles() -> None:
    assert {"wuld", "woud", "wolud", "woulld", "wwould"} <= slips("would")
    assert "would" not in slips("would")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_WORDS), st.data())
def test_slip_map_matches_the_brute_force_reference(word: str, data: st.DataObject) -> None:
    slip = data.draw(st.sampled_from(sorted(slips(word))))
    assert _map().get(slip) == _reference(slip)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_WORDS))
def test_rule_words_are_never_changed(word: str) -> None:
    assert normalise(word) == normalise(normalise(word))
    assert word not in _map()


def test_common_english_words_are_not_repaired() -> None:
    english = _english()
    assert [k for k in _map() if english.get(k, 0) >= ENGLISH_FLOOR] == []
    for word in ("car", "son", "bed", "pat", "sent", "olds"):
        assert normalise(word) == word


def test_rules_fire_through_one_slip() -> None:
    def names(text: str) -> set[str]:
        return {i.name for i in find_indicators([Message(0, None, "", "A", text)])}

    assert "threat_to_share" in names("it woud be a shame if this went round yor year group")
    assert "deadline" in names("lsat warning")
    assert "secrecy_request" in names("dont tel ur parnets")
