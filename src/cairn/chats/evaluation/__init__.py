"""The labelled synthetic evaluation set and the figures computed on it."""

from __future__ import annotations

from cairn.chats.evaluation.dataset import (
    BENIGN_KINDS,
    LabelledConversation,
    build_dataset,
    build_holdout,
)
from cairn.chats.evaluation.metrics import EvaluationResult, FamilyFigures, evaluate, roc_auc

__all__ = [
    "BENIGN_KINDS",
    "EvaluationResult",
    "FamilyFigures",
    "LabelledConversation",
    "build_dataset",
    "build_holdout",
    "evaluate",
    "format_result",
    "roc_auc",
]


def format_result(result: EvaluationResult) -> str:
    """The figures as a Markdown block (what docs/chats.md quotes)."""
    lines = [
        f"conversations: {result.conversations}",
        f"ROC AUC (risky vs hard benign): {result.auc:.4f}",
    ]
    for category, auc in result.auc_by_category.items():
        lines.append(
            f"  {category}: AUC {auc:.4f}, category recall {result.category_recall[category]:.2f}"
        )
    lines.append(
        f"every sextortion above every benign: {result.sextortion_above_all_benign} "
        f"(lowest sextortion {result.lowest_sextortion:.3f}, highest benign "
        f"{result.highest_benign:.3f} [{result.highest_benign_kind}])"
    )
    lines.append(f"benign conversations given a category: {dict(result.benign_flagged)}")
    lines.append("")
    lines.append("| family | precision | recall | TP | FP | FN |")
    lines.append("|---|---|---|---|---|---|")
    for name, f in result.families.items():
        lines.append(
            f"| {name} | {f.precision:.3f} | {f.recall:.3f} | {f.true_positives} | "
            f"{f.false_positives} | {f.false_negatives} |"
        )
    return "\n".join(lines) + "\n"
