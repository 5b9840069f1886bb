"""The word part (rules-2026.10): stable features, the shipped weights, the scoring fast path
against a slow reference, training that reproduces the shipped file, and how it enters the
final score."""

from __future__ import annotations

import importlib
import io
import math
import zlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cairn.chats import wordmodel
from cairn.chats.evaluation.train_words import weights_bytes
from cairn.chats.indicators import normalise

assess_module = importlib.import_module("cairn.chats.assess")


def test_tokens_are_words_and_neighbour_pairs_with_digits_folded() -> None:
    assert wordmodel.tokens(["pay 300 now", "pay now"]) == [
        "pay",
        "#",
        "pay #",
        "now",
        "# now",
        "pay now",
    ]


def test_features_are_crc32_slots_stable_across_processes() -> None:
    slots = wordmodel.features(["gift cards"])
    expected = sorted(
        {
            zlib.crc32(t.encode()) & (wordmodel.DIMENSIONS - 1)
            for t in ("gift", "cards", "gift cards")
        }
    )
    assert slots.tolist() == expected


def test_shipped_weights_have_both_heads() -> None:
    model = wordmodel.load()
    assert model.weights.shape == (len(wordmodel.HEADS), wordmodel.DIMENSIONS)
    assert np.isfinite(model.weights).all() and np.isfinite(model.bias).all()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=6))
def test_probability_matches_a_slow_reference(texts: list[str]) -> None:
    normalised = [normalise(t) for t in texts]
    model = wordmodel.load()
    slots = sorted(
        {zlib.crc32(t.encode()) & (wordmodel.DIMENSIONS - 1) for t in wordmodel.tokens(normalised)}
    )
    heads = []
    for h in range(len(wordmodel.HEADS)):
        z = float(model.bias[h])
        if slots:
            z += sum(float(model.weights[h, s]) for s in slots) / math.sqrt(len(slots))
        heads.append(1 / (1 + math.exp(-z)))
    assert math.isclose(wordmodel.probability(normalised), sum(heads) / len(heads), abs_tol=1e-6)


def test_training_reproduces_the_shipped_weights() -> None:
    with np.load(io.BytesIO(weights_bytes()), allow_pickle=False) as fresh:
        shipped = wordmodel.load()
        assert np.allclose(fresh["weights"], shipped.weights, atol=1e-6)
        assert np.allclose(fresh["bias"], shipped.bias, atol=1e-6)


def test_an_extortion_outscores_a_bill_in_the_word_part() -> None:
    extortion = ["i have your pics", "pay 200 in gift cards by tonight or your friends see"]
    bill = ["the electric bill is 60 this month", "can you pay your half by friday"]
    assert wordmodel.probability(map(normalise, extortion)) > wordmodel.probability(
        map(normalise, bill)
    )


def test_terms_name_the_words_that_raised_the_score() -> None:
    found = wordmodel.terms([normalise("pay 200 in gift cards or your friends see it")], limit=5)
    assert 0 < len(found) <= 5
    assert all(w > 0 for _t, w in found)
    assert [w for _t, w in found] == sorted((w for _t, w in found), reverse=True)


def test_the_floor_holds_only_where_the_words_agree() -> None:
    combine = assess_module.combine
    floor = assess_module.SEXTORTION_FLOOR
    agree = assess_module.FLOOR_WORDS + 0.1
    disagree = assess_module.FLOOR_WORDS - 0.1
    assert combine(0.9, 0.9, floor, True, agree) >= floor
    assert combine(0.9, 0.9, 0.0, True, agree) == combine(0.9, 0.9, 0.0)  # agreeing: not lowered
    assert combine(0.9, 0.9, floor, True, disagree) < floor
    assert combine(0.9, 0.9, floor, False, agree) == 0.0


@pytest.mark.slow
def test_word_part_meets_its_shipping_rule_leave_one_author_out() -> None:
    """Shipped because, trained without each author in turn, the final score with it beats
    the final score without it on the held-out authors on average and keeps the sextortion
    separation at least as often (docs/chats.md, "The word part")."""
    from cairn.chats.evaluation.train_words import leave_one_author_out

    result = leave_one_author_out()
    without = [r["without"] for r in result.values()]
    shipped = [r["shipped"] for r in result.values()]
    assert sum(s[0] for s in shipped) / len(shipped) > sum(w[0] for w in without) / len(without)
    assert sum(s[1] for s in shipped) >= sum(w[1] for w in without)
