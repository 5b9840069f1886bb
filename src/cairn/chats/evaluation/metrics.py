"""Evaluation figures: ROC AUC by ranks, per-family precision and recall, ranking checks.

No scikit-learn: AUC is the Mann-Whitney statistic, with tied scores sharing their rank.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from cairn.chats.assess import assess
from cairn.chats.evaluation.dataset import LabelledConversation
from cairn.chats.indicators import FAMILIES, find_indicators
from cairn.model.chat import Assessment

__all__ = ["EvaluationResult", "FamilyFigures", "evaluate", "roc_auc"]


def roc_auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    if not positives or not negatives:
        raise ValueError("AUC needs at least one positive and one negative score")
    scored = sorted([(s, 1) for s in positives] + [(s, 0) for s in negatives])
    ranks: list[float] = [0.0] * len(scored)
    i = 0
    while i < len(scored):
        j = i
        while j + 1 < len(scored) and scored[j + 1][0] == scored[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    rank_sum = sum(r for r, (_s, label) in zip(ranks, scored, strict=True) if label)
    n_pos, n_neg = len(positives), len(negatives)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


@dataclass(slots=True)
class FamilyFigures:
    """Message-level counts for one indicator family."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


@dataclass(slots=True)
class EvaluationResult:
    """Everything ``python -m cairn.chats.evaluation`` prints and the docs quote."""

    conversations: int
    auc: float
    auc_by_category: dict[str, float]
    sextortion_above_all_benign: bool
    lowest_sextortion: float
    highest_benign: float
    highest_benign_kind: str
    families: dict[str, FamilyFigures]
    category_recall: dict[str, float]
    benign_flagged: Counter[str] = field(default_factory=Counter)
    scores: list[tuple[str, str, float]] = field(default_factory=list)


def evaluate(dataset: Sequence[LabelledConversation]) -> EvaluationResult:
    """Score every conversation and compare with the labels."""
    assessments: list[Assessment] = [assess(item.conversation) for item in dataset]
    benign = [
        a.score for a, item in zip(assessments, dataset, strict=True) if item.label == "benign"
    ]
    risky = [
        a.score for a, item in zip(assessments, dataset, strict=True) if item.label != "benign"
    ]
    by_category: dict[str, float] = {}
    recall: dict[str, float] = {}
    for category in ("grooming", "sextortion", "live_streaming"):
        pairs = [(a, i) for a, i in zip(assessments, dataset, strict=True) if i.label == category]
        if pairs:
            by_category[category] = roc_auc([a.score for a, _ in pairs], benign)
            recall[category] = sum(category in a.categories for a, _ in pairs) / len(pairs)
    sextortion = [
        a.score for a, i in zip(assessments, dataset, strict=True) if i.label == "sextortion"
    ]
    top_benign = max(
        (
            (a.score, i.kind)
            for a, i in zip(assessments, dataset, strict=True)
            if i.label == "benign"
        ),
        default=(0.0, ""),
    )
    families = {name: FamilyFigures() for name in FAMILIES}
    for item in dataset:
        found: dict[int, set[str]] = {}
        for indicator in find_indicators(item.conversation.messages):
            found.setdefault(indicator.message, set()).add(indicator.family)
        for message in item.conversation.messages:
            truth = item.families.get(message.index, frozenset())
            predicted = found.get(message.index, set())
            for family in truth | predicted:
                figures = families[family]
                if family in truth and family in predicted:
                    figures.true_positives += 1
                elif family in predicted:
                    figures.false_positives += 1
                else:
                    figures.false_negatives += 1
    flagged: Counter[str] = Counter(
        i.kind
        for a, i in zip(assessments, dataset, strict=True)
        if i.label == "benign" and a.categories
    )
    return EvaluationResult(
        conversations=len(dataset),
        auc=roc_auc(risky, benign),
        auc_by_category=by_category,
        sextortion_above_all_benign=bool(sextortion) and min(sextortion) > top_benign[0],
        lowest_sextortion=min(sextortion, default=0.0),
        highest_benign=top_benign[0],
        highest_benign_kind=top_benign[1],
        families=families,
        category_recall=recall,
        benign_flagged=flagged,
        scores=[(i.label, i.kind, a.score) for a, i in zip(assessments, dataset, strict=True)],
    )
