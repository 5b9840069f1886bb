"""The learned part of the score (``rules-2026.5``): a logistic regression over structure.

Three blind sets showed that the hand-set weights of :mod:`.assess` rank one author's
conversations well and the next author's less well. A small logistic regression over
*conversation-level structural features* of the rules' own findings (the three category
scores, which families the busiest author uses and how often per message, how many families
the others use, size, the context patterns) was trained on all development authors but one and
tested on the held-out author, for each of the four authors: it beat the rules alone on the
held-out authors on average and broke the sextortion separation no more often (docs/chats.md,
"Leave one author out"), so it ships. Word n-gram features were measured too and not shipped:
they fitted each author's wording and generalised worse.

How it weighs in: the final score is ``BLEND`` × the rules' score + (1 − ``BLEND``) × the
model's probability, never below the sextortion floor of :mod:`.assess`. The categories and
the evidence (every indicator with its message and author) are the rules' alone; the model only
reorders conversations, and :func:`contributions` says which features moved a score.

Weights are ``learned_weights.json`` beside this module (plain JSON, no pickle), written by
``python -m cairn.chats.evaluation.train_learned`` from the development sets; training is
deterministic (gradient descent from zero weights, fixed steps).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from importlib import resources

from cairn.chats.indicators import ACTOR, FAMILIES, Scan
from cairn.model.chat import Conversation, Indicator

__all__ = ["BLEND", "FEATURES", "Model", "contributions", "features", "load", "probability"]

BLEND = 0.7
"""Share of the rules' score in the final score (the rest is the model's probability)."""

CONTEXTS = (
    "kinship",
    "family_reference",
    "distress",
    "lesson",
    "reported",
    "safety",
    "affection",
    "child_self",
    "surprise",
    "commerce",
    "your_parent",
    "deference",
)
FEATURES: tuple[str, ...] = (
    "grooming",
    "sextortion",
    "live_streaming",
    "best",
    *(f"top_{f}" for f in FAMILIES),
    *(f"rate_{f}" for f in FAMILIES),
    "top_families",
    "other_families",
    "writers",
    "log_length",
    "target_cues",
    *(f"ctx_{c}" for c in CONTEXTS),
)
"""Feature names, in order: category scores and their maximum; the busiest author's families
(present, and per-message rate ×10 capped at 1); how many families that author and the others
use (share of all families); writers (up to 4, /4); log length /5; the possible child's cues
(up to 5, /5); each context pattern present."""

_WEIGHTS = "learned_weights.json"


def features(
    conversation: Conversation,
    scanned: Scan,
    scores: dict[str, float],
    counted: Sequence[Indicator],
) -> list[float]:
    """The :data:`FEATURES` of one conversation, from what the rules found."""
    per_author: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    target = 0
    for i in counted:
        if i.role == ACTOR:
            per_author[i.author][i.family] += 1
        else:
            target += 1
    ranked = sorted(per_author.items(), key=lambda kv: (-len(kv[1]), -sum(kv[1].values()), kv[0]))
    top = ranked[0][1] if ranked else {}
    others = {f for _a, fams in ranked[1:] for f in fams}
    n = max(1, len(conversation.messages))
    writers = {m.author for m in conversation.messages if not m.system}
    row = [
        scores["grooming"],
        scores["sextortion"],
        scores["live_streaming"],
        max(scores.values()),
    ]
    row += [1.0 if top.get(f) else 0.0 for f in FAMILIES]
    row += [min(1.0, 10 * top.get(f, 0) / n) for f in FAMILIES]
    row += [len(top) / len(FAMILIES), len(others) / len(FAMILIES), min(len(writers), 4) / 4]
    row += [math.log(n) / 5, min(1.0, target / 5)]
    row += [1.0 if scanned.contexts.get(c) else 0.0 for c in CONTEXTS]
    return row


class Model:
    """Weights by feature name and a bias."""

    def __init__(self, weights: dict[str, float], bias: float) -> None:
        missing = [name for name in FEATURES if name not in weights]
        if missing:
            raise ValueError(f"learned weights lack features {missing}")
        self.weights = [float(weights[name]) for name in FEATURES]
        self.bias = float(bias)

    def logit(self, row: Sequence[float]) -> float:
        """Bias plus the weighted features."""
        return self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True))


@cache
def load() -> Model:
    """The shipped weights (read once per process)."""
    text = resources.files("cairn.chats").joinpath(_WEIGHTS).read_text(encoding="utf-8")
    data = json.loads(text)
    return Model(data["weights"], data["bias"])


def probability(row: Sequence[float], model: Model | None = None) -> float:
    """The model's probability that a conversation with these features is risky."""
    z = (model or load()).logit(row)
    if z < -60:
        return 0.0
    return 1 / (1 + math.exp(-z))


def contributions(row: Sequence[float], model: Model | None = None) -> list[tuple[str, float]]:
    """Each feature's share of the logit (weight × value), largest first, zeros left out."""
    model = model or load()
    parts = [(n, w * x) for n, w, x in zip(FEATURES, model.weights, row, strict=True) if w * x]
    return sorted(parts, key=lambda p: -abs(p[1]))
