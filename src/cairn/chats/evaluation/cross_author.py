"""Figures across authors, and the learned part evaluated leave-one-author-out.

``python -m cairn.chats.evaluation.cross_author`` scores development sets 1-10 and asks whether
the logistic regression of :mod:`cairn.chats.learned` generalises to an author it never saw:
it is trained on all authors but one and tested on the held-out author, for each of the nine
authors (sets 1-2, the rules' author, together; sets 3 to 10, the first to eighth blind sets,
each development data once it had been scored blind). For each held-out author
it prints the rules alone, the model alone and the shipped combination (:func:`.assess.combine`:
the blend, never below the sextortion floor). It imports only the development sets
(``dataset`` and ``blind`` to ``blind8``), never a blind set being written.

The shipping rule (docs/chats.md, "Leave one author out"): the learned part ships only if
its held-out AUC beats the rules alone on average and it breaks the sextortion separation no
more often.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from cairn.chats import learned
from cairn.chats.assess import (
    CATEGORIES,
    _sextortion_evidence,
    category_scores,
    combine,
    conversation_floor,
    paid_service,
    rules_score,
)
from cairn.chats.evaluation.dataset import LabelledConversation
from cairn.chats.evaluation.metrics import roc_auc
from cairn.chats.indicators import scan

__all__ = [
    "AUTHORS",
    "Scored",
    "author_sets",
    "development_texts",
    "leave_one_author_out",
    "main",
    "predict",
    "train",
]

Matrix = npt.NDArray[np.float64]

AUTHORS: tuple[str, ...] = (
    "sets 1-2",
    "set 3",
    "set 4",
    "set 5",
    "set 6",
    "set 7",
    "set 8",
    "set 9",
    "set 10",
)
"""The nine authors of the development sets (sets 1 and 2 are the rules' author)."""

L2, STEPS, RATE = 1.0, 3000, 0.5
"""Training settings (chosen leave-one-author-out from L2 0.1, 1 and 10)."""


def author_sets() -> dict[str, list[LabelledConversation]]:
    """The development sets by author."""
    from cairn.chats.evaluation import build_dataset, build_holdout
    from cairn.chats.evaluation.blind import build_blind
    from cairn.chats.evaluation.blind2 import build_blind2
    from cairn.chats.evaluation.blind3 import build_blind3
    from cairn.chats.evaluation.blind4 import build_blind4
    from cairn.chats.evaluation.blind5 import build_blind5
    from cairn.chats.evaluation.blind6 import build_blind6
    from cairn.chats.evaluation.blind7 import build_blind7
    from cairn.chats.evaluation.blind8 import build_blind8

    return {
        "sets 1-2": [*build_dataset(), *build_holdout()],
        "set 3": build_blind(),
        "set 4": build_blind2(),
        "set 5": build_blind3(),
        "set 6": build_blind4(),
        "set 7": build_blind5(),
        "set 8": build_blind6(),
        "set 9": build_blind7(),
        "set 10": build_blind8(),
    }


def development_texts() -> set[str]:
    """Every message of the development sets, normalised: what a test checks its own
    paraphrases and hard negatives against, so that none is copied from a set."""
    from cairn.chats.indicators import normalise

    return {
        normalise(m.text)
        for items in author_sets().values()
        for item in items
        for m in item.conversation.messages
        if m.text
    }


class Scored(NamedTuple):
    """What the rules give one conversation: the model's features, score and floor."""

    row: list[float]
    rules: float
    floor: float
    evidence: bool


def score_rules(item: LabelledConversation) -> Scored:
    """The rules' findings for one conversation (the learned part left out)."""
    conversation = item.conversation
    scanned = scan(conversation.messages)
    scores, counted = category_scores(conversation, scanned.indicators, scanned)
    commerce = paid_service(scanned.contexts)
    categories = [
        c
        for c in CATEGORIES
        if scores[c] >= 0.3 and (c != "sextortion" or _sextortion_evidence(counted, commerce))
    ]
    row = learned.features(conversation, scanned, scores, counted)
    return Scored(
        row,
        rules_score(scores, categories),
        conversation_floor(conversation, scanned, counted),
        bool(counted),
    )


def train(x: Matrix, y: Matrix, l2: float = L2, steps: int = STEPS, rate: float = RATE) -> Matrix:
    """Logistic-regression weights (bias last) by full-batch gradient descent from zero,
    classes weighted equally. Deterministic: no random start, no shuffling."""
    xb = np.hstack([x, np.ones((x.shape[0], 1))])
    w = np.zeros(xb.shape[1])
    pos = max(1.0, float(y.sum()))
    neg = max(1.0, float(len(y) - y.sum()))
    sample = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * neg))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ ((p - y) * sample) / len(y) + l2 * np.append(w[:-1], 0.0) / len(y)
        w -= rate * grad
    return w


def predict(w: Matrix, x: Matrix) -> Matrix:
    """Probabilities for the rows of ``x``."""
    xb = np.hstack([x, np.ones((x.shape[0], 1))])
    return np.asarray(1 / (1 + np.exp(-(xb @ w))), dtype=np.float64)


def _figures(
    items: Sequence[LabelledConversation], scores: Sequence[float]
) -> tuple[float, bool, float, float]:
    risky = [s for s, i in zip(scores, items, strict=True) if i.label != "benign"]
    benign = [s for s, i in zip(scores, items, strict=True) if i.label == "benign"]
    sext = [s for s, i in zip(scores, items, strict=True) if i.label == "sextortion"]
    return roc_auc(risky, benign), min(sext) > max(benign), min(sext), max(benign)


def leave_one_author_out(
    data: dict[str, list[LabelledConversation]] | None = None,
) -> dict[str, dict[str, tuple[float, bool, float, float]]]:
    """Per held-out author, for ``rules``, ``learned`` and ``shipped``: AUC, whether every
    sextortion is above every benign, the lowest sextortion and the highest benign score."""
    data = data or author_sets()
    scored = {a: [score_rules(i) for i in data[a]] for a in data}
    rows = {a: np.array([s.row for s in scored[a]], dtype=float) for a in data}
    labels = {a: np.array([i.label != "benign" for i in data[a]], dtype=float) for a in data}
    out: dict[str, dict[str, tuple[float, bool, float, float]]] = {}
    for held in data:
        x = np.vstack([rows[a] for a in data if a != held])
        y = np.concatenate([labels[a] for a in data if a != held])
        p = [float(v) for v in predict(train(x, y), rows[held])]
        rules = [s.rules for s in scored[held]]
        shipped = [
            combine(s.rules, q, s.floor, s.evidence) for s, q in zip(scored[held], p, strict=True)
        ]
        items = data[held]
        out[held] = {
            "rules": _figures(items, rules),
            "learned": _figures(items, p),
            "shipped": _figures(items, shipped),
        }
    return out


def main() -> int:
    """Print the leave-one-author-out table quoted in docs/chats.md."""
    result = leave_one_author_out()
    w = sys.stdout.write
    w(
        "| held-out author | rules AUC | sep. | learned AUC | sep. | shipped AUC "
        "| sep. (lowest sextortion / highest benign) |\n"
    )
    w("|---|---|---|---|---|---|---|\n")
    for held, parts in result.items():
        cells = []
        for name in ("rules", "learned", "shipped"):
            auc, sep, low, high = parts[name]
            extra = f" ({low:.3f} / {high:.3f})" if name == "shipped" else ""
            cells.append(f"{auc:.4f} | {'yes' if sep else 'no'}{extra}")
        w(f"| {held} | " + " | ".join(cells) + " |\n")
    cells = []
    for name in ("rules", "learned", "shipped"):
        mean = sum(p[name][0] for p in result.values()) / len(result)
        seps = sum(p[name][1] for p in result.values())
        cells.append(f"{mean:.4f} | {seps}/{len(result)}")
    w("| mean | " + " | ".join(cells) + " |\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
