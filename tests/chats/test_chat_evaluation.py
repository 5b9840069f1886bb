"""The labelled synthetic evaluation sets meet their targets (docs/chats.md quotes these).

Both sets are development data now (the rules were generalised on both); the honest test is
the blind set, which this file does not touch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cairn.chats.evaluation import build_dataset, build_holdout, evaluate, roc_auc
from cairn.chats.evaluation.dataset import LabelledConversation


def test_auc_by_ranks() -> None:
    assert roc_auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert roc_auc([0.5], [0.5]) == 0.5
    assert roc_auc([0.1], [0.9]) == 0.0


@pytest.mark.parametrize("build", [build_dataset, build_holdout], ids=["tuned", "holdout"])
def test_development_set_targets(build: Callable[[], list[LabelledConversation]]) -> None:
    dataset = build()
    assert {item.label for item in dataset} == {
        "grooming",
        "sextortion",
        "live_streaming",
        "benign",
    }
    assert len(dataset) == 280
    result = evaluate(dataset)
    assert result.auc >= 0.95
    for category, auc in result.auc_by_category.items():
        assert auc >= 0.95, category
    assert result.sextortion_above_all_benign
    for family, figures in result.families.items():
        assert figures.precision >= 0.9, family
    # Conversation level: no hard-benign conversation is given a category or a medium level.
    assert not result.benign_flagged
    assert result.highest_benign < 0.4
