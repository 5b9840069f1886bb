"""The labelled synthetic evaluation set meets its targets (docs/chats.md quotes these)."""

from __future__ import annotations

from cairn.chats.evaluation import build_dataset, build_holdout, evaluate, roc_auc


def test_auc_by_ranks() -> None:
    assert roc_auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert roc_auc([0.5], [0.5]) == 0.5
    assert roc_auc([0.1], [0.9]) == 0.0


def test_development_set_targets() -> None:
    dataset = build_dataset()
    assert {item.label for item in dataset} == {
        "grooming",
        "sextortion",
        "live_streaming",
        "benign",
    }
    result = evaluate(dataset)
    assert result.auc >= 0.95
    assert result.sextortion_above_all_benign
    for family, figures in result.families.items():
        assert figures.precision >= 0.9, family


def test_holdout_set_is_evaluated_and_reported() -> None:
    # The held-out phrasings were never used to tune the rules: the figures are reported in
    # docs/chats.md as they are; this test only keeps the machinery honest.
    result = evaluate(build_holdout())
    assert 0.0 <= result.auc <= 1.0
    assert result.conversations == 280
