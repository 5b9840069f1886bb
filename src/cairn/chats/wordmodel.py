"""The word part of the score (``rules-2026.10``): two logistic regressions over the words of
a conversation.

Eight blind sets showed the limit of the rules: each new author's wording escaped some of the
lexicons (held-out AUC 0.83-0.98), while a bag of words and word pairs trained on the *other*
authors ranked the new author's conversations well (leave one author out over nine authors:
AUC 0.906-0.996, 0.996 on the eighth blind set, where the rules scored 0.886; docs/chats.md,
"The word part"). So the final score blends them (:func:`.assess.combine`), while the
categories and the evidence stay the rules' own and :func:`terms` names the words that moved a
score.

Features: every word and every pair of neighbouring words of the normalised messages (digits
become ``#``), present or not, hashed into :data:`DIMENSIONS` slots with CRC-32 (stable across
processes and machines), scaled by one over the square root of how many are present. Two heads:
``risky`` (risky against hard benign) and ``sextortion`` (sextortion against hard benign);
:func:`probability` is their mean. The weights ship in ``word_weights.npz`` beside this module
(plain arrays, read with ``allow_pickle=False``), written by ``python -m
cairn.chats.evaluation.train_words`` from the development sets; training is deterministic
(full-batch gradient descent from zero weights, fixed steps).
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

__all__ = [
    "DIMENSIONS",
    "HEADS",
    "WordModel",
    "features",
    "load",
    "probability",
    "score",
    "terms",
    "tokens",
]

DIMENSIONS = 1 << 18
"""Hash slots for words and word pairs."""

HEADS = ("risky", "sextortion")
"""The two regressions, in the order their weights are stored."""

_WEIGHTS = "word_weights.npz"
_TOKEN = re.compile(r"[a-z]+|\d+|[$£€]")


def tokens(texts: Iterable[str]) -> list[str]:
    """The words and neighbouring-word pairs of normalised ``texts`` (digits as ``#``), each
    once, in first-seen order."""
    seen: dict[str, None] = {}
    for text in texts:
        words = ["#" if w.isdigit() else w for w in _TOKEN.findall(text)]
        for i, word in enumerate(words):
            seen[word] = None
            if i:
                seen[f"{words[i - 1]} {word}"] = None
    return list(seen)


def _slot(token: str) -> int:
    return zlib.crc32(token.encode()) & (DIMENSIONS - 1)


def features(texts: Iterable[str]) -> npt.NDArray[np.int64]:
    """The distinct hash slots of a conversation's normalised ``texts``."""
    return np.unique(np.fromiter((_slot(t) for t in tokens(texts)), dtype=np.int64))


@dataclass(frozen=True)
class WordModel:
    """One weight vector and bias per head (:data:`HEADS`)."""

    weights: npt.NDArray[np.float32]  # shape (len(HEADS), DIMENSIONS)
    bias: npt.NDArray[np.float32]  # shape (len(HEADS),)

    def logits(self, slots: npt.NDArray[np.int64]) -> list[float]:
        """Each head's logit for a conversation's slots."""
        if slots.size == 0:
            return [float(b) for b in self.bias]
        scale = 1 / math.sqrt(slots.size)
        sums = self.weights[:, slots].sum(axis=1, dtype=np.float64)
        return [float(b + scale * s) for b, s in zip(self.bias, sums, strict=True)]


@cache
def load() -> WordModel:
    """The shipped weights (read once per process)."""
    with resources.files("cairn.chats").joinpath(_WEIGHTS).open("rb") as handle:
        data = np.load(handle, allow_pickle=False)
        weights = np.asarray(data["weights"], dtype=np.float32)
        bias = np.asarray(data["bias"], dtype=np.float32)
    if weights.shape != (len(HEADS), DIMENSIONS) or bias.shape != (len(HEADS),):
        raise ValueError(f"{_WEIGHTS}: weights {weights.shape} or bias {bias.shape} unexpected")
    return WordModel(weights, bias)


def _sigmoid(z: float) -> float:
    return 0.0 if z < -60 else 1 / (1 + math.exp(-z))


def probability(texts: Iterable[str], model: WordModel | None = None) -> float:
    """The mean of the two heads' probabilities for a conversation's normalised ``texts``."""
    return score(texts, limit=0, model=model)[0]


def terms(
    texts: Iterable[str], limit: int = 8, model: WordModel | None = None
) -> list[tuple[str, float]]:
    """The words and word pairs that raised the score most (summed weight over the heads,
    scaled as in the model), largest first: what an analyst reads to see why the word part
    scored a conversation high."""
    return score(texts, limit=limit, model=model)[1]


def score(
    texts: Iterable[str], limit: int = 8, model: WordModel | None = None
) -> tuple[float, list[tuple[str, float]]]:
    """:func:`probability` and :func:`terms` from one pass over the words (what
    :func:`.assess.assess` calls)."""
    model = model or load()
    found = tokens(texts)
    token_slots = np.fromiter((_slot(t) for t in found), dtype=np.int64, count=len(found))
    slots = np.unique(token_slots)
    logits = model.logits(slots)
    chance = sum(_sigmoid(z) for z in logits) / len(logits)
    if not limit or not found:
        return chance, []
    weight = model.weights[:, token_slots].sum(axis=0) / math.sqrt(slots.size)
    ranked = sorted(zip(found, weight.tolist(), strict=True), key=lambda p: -p[1])
    return chance, [(t, round(w, 4)) for t, w in ranked[:limit] if w > 0]
