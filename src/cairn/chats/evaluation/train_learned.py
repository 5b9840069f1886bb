"""``python -m cairn.chats.evaluation.train_learned``: write ``cairn/chats/learned_weights.json``.

Trains the logistic regression of :mod:`cairn.chats.learned` on every development set (sets
1-10, nine authors) with the settings of :mod:`.cross_author` and writes the weights as JSON
(by feature name, rounded to six decimals). Deterministic: the same sets give the same file.
Run it after a change to the rules or the features, then rerun the tests and the
leave-one-author-out table.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from cairn.chats import learned
from cairn.chats.assess import VERSION
from cairn.chats.evaluation.cross_author import L2, RATE, STEPS, author_sets, score_rules, train

__all__ = ["main", "weights_json"]


def weights_json() -> str:
    """The weights file's text, trained on all development sets."""
    data = author_sets()
    items = [i for a in data for i in data[a]]
    x = np.array([score_rules(i).row for i in items], dtype=float)
    y = np.array([i.label != "benign" for i in items], dtype=float)
    w = train(x, y)
    document = {
        "scorer": VERSION,
        "trained_on": sorted(data),
        "conversations": len(items),
        "settings": {"l2": L2, "steps": STEPS, "rate": RATE},
        "weights": {n: round(float(v), 6) for n, v in zip(learned.FEATURES, w[:-1], strict=True)},
        "bias": round(float(w[-1]), 6),
    }
    return json.dumps(document, indent=1) + "\n"


def main() -> int:
    target = Path(learned.__file__).with_name("learned_weights.json")
    target.write_text(weights_json(), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
