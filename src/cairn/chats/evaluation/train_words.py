"""``python -m cairn.chats.evaluation.train_words``: write ``cairn/chats/word_weights.npz``;
with ``--evaluate``, print the leave-one-author-out table of docs/chats.md ("The word part").

Trains the two heads of :mod:`cairn.chats.wordmodel` (risky against hard benign, sextortion
against hard benign) on every development set. Deterministic: full-batch gradient descent from
zero weights for a fixed number of steps, classes weighted equally, so the same sets give the
same file. Run it after a change to the normaliser or the sets, then rerun the tests.
"""

from __future__ import annotations

import argparse
import io
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from cairn.chats import wordmodel
from cairn.chats.evaluation.dataset import LabelledConversation
from cairn.chats.indicators import normalise

__all__ = [
    "L2",
    "RATE",
    "STEPS",
    "fit",
    "leave_one_author_out",
    "main",
    "slots_of",
    "weights_bytes",
]

STEPS, RATE, L2 = 300, 2.0, 1e-4
"""Training settings (gradient steps, step size, L2 on the weights)."""

Slots = npt.NDArray[np.int64]


def slots_of(items: Sequence[LabelledConversation]) -> list[Slots]:
    """Each conversation's hash slots, from its normalised messages."""
    return [
        wordmodel.features(normalise(m.text) for m in item.conversation.messages if m.text)
        for item in items
    ]


def fit(rows: Sequence[Slots], y: npt.NDArray[np.float64]) -> tuple[npt.NDArray[np.float64], float]:
    """One head's weights and bias: logistic regression on the slots (each row scaled by one
    over the square root of its size, as the model scores), classes weighted equally."""
    n = len(rows)
    sizes = np.array([max(1, r.size) for r in rows], dtype=np.float64)
    index = np.concatenate(rows) if n else np.zeros(0, dtype=np.int64)
    row_of = np.repeat(np.arange(n), [r.size for r in rows])
    value = (1 / np.sqrt(sizes))[row_of]
    positives = float(y.sum())
    share = np.where(y > 0, n / (2 * max(positives, 1.0)), n / (2 * max(n - positives, 1.0)))
    w = np.zeros(wordmodel.DIMENSIONS)
    b = 0.0
    for _ in range(STEPS):
        z = np.bincount(row_of, weights=w[index] * value, minlength=n) + b
        p = 1 / (1 + np.exp(-z))
        r = (p - y) * share / n
        w -= RATE * (np.bincount(index, weights=r[row_of] * value, minlength=w.size) + L2 * w)
        b -= RATE * float(r.sum())
    return w, b


def _heads(
    rows: Sequence[Slots], items: Sequence[LabelledConversation]
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    labels = [i.label for i in items]
    risky = np.array([label != "benign" for label in labels], dtype=np.float64)
    w1, b1 = fit(rows, risky)
    keep = [k for k, label in enumerate(labels) if label in ("benign", "sextortion")]
    sextortion = np.array([labels[k] == "sextortion" for k in keep], dtype=np.float64)
    w2, b2 = fit([rows[k] for k in keep], sextortion)
    return np.vstack([w1, w2]).astype(np.float32), np.array([b1, b2], dtype=np.float32)


def weights_bytes() -> bytes:
    """The weights file's bytes, trained on all development sets."""
    from cairn.chats.evaluation.cross_author import author_sets

    items = [i for group in author_sets().values() for i in group]
    weights, bias = _heads(slots_of(items), items)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, weights=weights, bias=bias)
    return buffer.getvalue()


Figures = tuple[float, bool, float, float]


def leave_one_author_out() -> dict[str, dict[str, Figures]]:
    """Per held-out author: the word part alone (``words``), the final score without it
    (``without``) and with it (``shipped``), each as AUC, whether every sextortion is above
    every benign, the lowest sextortion and the highest benign score. Both heads are trained
    on the other authors only."""
    from cairn.chats.assess import combine
    from cairn.chats.evaluation.cross_author import _figures, author_sets, score_rules
    from cairn.chats.learned import probability as learned_probability

    data = author_sets()
    rows = {a: slots_of(items) for a, items in data.items()}
    out: dict[str, dict[str, Figures]] = {}
    for held, items in data.items():
        train_items = [i for a in data if a != held for i in data[a]]
        train_rows = [r for a in data if a != held for r in rows[a]]
        model = wordmodel.WordModel(*_heads(train_rows, train_items))
        words = [
            sum(1 / (1 + math.exp(-z)) for z in model.logits(r)) / len(wordmodel.HEADS)
            for r in rows[held]
        ]
        without, shipped = [], []
        for item, p in zip(items, words, strict=True):
            s = score_rules(item)
            learned = learned_probability(s.row)
            without.append(combine(s.rules, learned, s.floor, s.evidence))
            shipped.append(combine(s.rules, learned, s.floor, s.evidence, p))
        out[held] = {
            "words": _figures(items, words),
            "without": _figures(items, without),
            "shipped": _figures(items, shipped),
        }
    return out


def _evaluate() -> None:
    """Print :func:`leave_one_author_out` as the table of docs/chats.md."""
    w = sys.stdout.write
    w("| held-out author | words alone | without the word part | shipped (lowest sextortion / "
      "highest benign) |\n|---|---|---|---|\n")  # fmt: skip
    for held, parts in leave_one_author_out().items():
        cells = []
        for name in ("words", "without", "shipped"):
            auc, sep, low, high = parts[name]
            extra = f" ({low:.3f} / {high:.3f})" if name == "shipped" else ""
            cells.append(f"{auc:.4f}, {'yes' if sep else 'no'}{extra}")
        w(f"| {held} | " + " | ".join(cells) + " |\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cairn.chats.evaluation.train_words")
    parser.add_argument("--evaluate", action="store_true", help="print the leave-one-out table")
    args = parser.parse_args(argv)
    if args.evaluate:
        _evaluate()
        return 0
    target = Path(wordmodel.__file__).with_name("word_weights.npz")
    target.write_bytes(weights_bytes())
    sys.stdout.write(f"wrote {target}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
