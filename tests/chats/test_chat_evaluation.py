"""The labelled synthetic evaluation sets meet their targets (docs/chats.md quotes these).

All five sets are development data now: the tuned and held-out sets (rules-2026.2), the
first blind set (rules-2026.3), the second blind set (rules-2026.4) and the third blind set
(development set 5, rules-2026.5; the one blind score of each is in docs/chats.md). The honest
test of rules-2026.5 is the fourth blind set, scored once by the lead; this file does not touch
it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cairn.chats.evaluation import build_dataset, build_holdout, evaluate, roc_auc
from cairn.chats.evaluation.blind import build_blind
from cairn.chats.evaluation.blind2 import build_blind2
from cairn.chats.evaluation.blind3 import build_blind3
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
    # Conversation level: no hard-benign conversation is given a category or a high level
    # (rules-2026.10: the word part lifts tutoring chats that talk fees and cameras to
    # medium, 0.52-0.56; docs/chats.md, "The word part").
    assert not result.benign_flagged
    assert result.highest_benign < 0.7


def test_development_set_3_targets() -> None:
    """The first blind set, development data since rules-2026.3: the ranking targets of
    issue #6. Its family labels mark every cue as written (a grandparent's "turn the camera
    on" is an image request), so per-family precision is reported, not asserted."""
    result = evaluate(build_blind())
    assert result.conversations == 380
    assert result.auc >= 0.95
    for category, auc in result.auc_by_category.items():
        assert auc >= 0.95, category
    assert result.sextortion_above_all_benign
    assert result.highest_benign < 0.7  # no hard-benign conversation reaches "high"
    assert sum(result.benign_flagged.values()) <= 260 // 10


def test_development_set_4_targets() -> None:
    """The second blind set, development data since rules-2026.4 (blind: AUC 0.9534, a safety
    talk at 1.000 above the lowest sextortion at 0.233). The issue #6 targets: AUC at least
    0.95 and every sextortion conversation above every benign one; quoted warnings and news
    stories no longer reach "high"."""
    result = evaluate(build_blind2())
    assert result.conversations == 500
    assert result.auc >= 0.95
    for category, auc in result.auc_by_category.items():
        assert auc >= 0.95, category
    assert result.sextortion_above_all_benign
    assert result.highest_benign < 0.7
    for kind in ("safety_talk", "news_story", "streamer_sponsor", "safety_quiz"):
        assert result.benign_flagged[kind] == 0, kind
    assert min(result.category_recall.values()) >= 0.9


def test_development_set_5_targets() -> None:
    """The third blind set, development data since rules-2026.5 (blind with rules-2026.4: AUC
    0.9140, lowest sextortion 0.000). The AUC target holds and every sextortion conversation
    now reaches the sextortion floor; the separation itself still fails on one family
    remittance (a parent abroad who pays school fees and asks to see the kids on a video
    call), recorded in docs/chats.md and not asserted away."""
    from cairn.chats.assess import SEXTORTION_FLOOR

    result = evaluate(build_blind3())
    assert result.conversations == 600
    assert result.auc >= 0.95
    assert result.auc_by_category["sextortion"] >= 0.99
    assert result.category_recall["sextortion"] == 1.0
    assert result.lowest_sextortion >= SEXTORTION_FLOOR


def test_development_set_6_targets() -> None:
    """The fourth blind set, development data since rules-2026.6 (blind with rules-2026.5: AUC
    0.9780, lowest sextortion 0.180 below a safety quiz at 0.856). Every sextortion conversation
    is now above every benign one: a refusing or telling child, a second account and a short
    extortion keep their structure, and a quiz, an e-safety follow-up or a news story quoting
    the threats is told, not done."""
    from cairn.chats.evaluation.blind4 import build_blind4

    result = evaluate(build_blind4())
    assert result.conversations == 700
    assert result.auc >= 0.95
    assert result.auc_by_category["sextortion"] >= 0.99
    assert result.sextortion_above_all_benign
    assert result.highest_benign < 0.7
    for kind in ("safety_quiz", "esafety_followup", "news_story", "safety_talk"):
        assert result.benign_flagged[kind] == 0, kind
    assert result.category_recall["sextortion"] >= 0.95
