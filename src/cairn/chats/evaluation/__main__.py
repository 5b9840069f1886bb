"""``python -m cairn.chats.evaluation``: print the evaluation figures quoted in docs/chats.md."""

from __future__ import annotations

import sys
from collections.abc import Callable

from cairn.chats.evaluation import (
    LabelledConversation,
    build_dataset,
    build_holdout,
    evaluate,
    format_result,
)
from cairn.chats.evaluation.blind import build_blind
from cairn.chats.evaluation.blind2 import build_blind2
from cairn.chats.evaluation.blind3 import build_blind3
from cairn.chats.evaluation.blind4 import build_blind4
from cairn.chats.evaluation.blind5 import build_blind5
from cairn.chats.evaluation.blind6 import build_blind6
from cairn.chats.evaluation.blind7 import build_blind7
from cairn.chats.evaluation.blind8 import build_blind8
from cairn.chats.evaluation.blind9 import build_blind9
from cairn.chats.evaluation.blind10 import build_blind10


def _sets() -> list[tuple[str, Callable[[], list[LabelledConversation]]]]:
    """Each set's heading and builder, in the order docs/chats.md quotes them."""
    sets: list[tuple[str, Callable[[], list[LabelledConversation]]]] = [
        ("Development set 1 (the rules were first tuned on it)", build_dataset),
        ("Development set 2 (first held out, then used for rules-2026.2)", build_holdout),
        ("Development set 3 (the first blind set; used for rules-2026.3)", build_blind),
    ]
    later = (
        (4, "second", build_blind2, "rules-2026.3", "rules-2026.4"),
        (5, "third", build_blind3, "rules-2026.4", "rules-2026.5"),
        (6, "fourth", build_blind4, "rules-2026.5", "rules-2026.6"),
        (7, "fifth", build_blind5, "rules-2026.6", "rules-2026.7"),
        (8, "sixth", build_blind6, "rules-2026.7", "rules-2026.8"),
        (9, "seventh", build_blind7, "rules-2026.8", "rules-2026.9"),
        (10, "eighth", build_blind8, "rules-2026.9", "rules-2026.10 (the word part)"),
    )
    for number, nth, build, scored, used in later:
        heading = (
            f"Development set {number} (the {nth} blind set: scored once with {scored}, "
            f"then used for {used})"
        )
        sets.append((heading, build))
    for number, nth, build in ((9, "ninth", build_blind9), (10, "tenth", build_blind10)):
        heading = (
            f"Blind set {number} (a {nth} author, rules and sets unread; scored once with "
            "rules-2026.10, never tuned on)"
        )
        sets.append((heading, build))
    return sets


def main() -> int:
    for position, (heading, build) in enumerate(_sets()):
        sys.stdout.write(("\n" if position else "") + f"## {heading}\n\n")
        sys.stdout.write(format_result(evaluate(build())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
