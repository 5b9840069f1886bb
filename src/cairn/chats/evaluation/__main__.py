"""``python -m cairn.chats.evaluation``: print the evaluation figures quoted in docs/chats.md."""

from __future__ import annotations

import sys

from cairn.chats.evaluation import build_dataset, build_holdout, evaluate, format_result
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


def main() -> int:
    sys.stdout.write("## Development set 1 (the rules were first tuned on it)\n\n")
    sys.stdout.write(format_result(evaluate(build_dataset())))
    sys.stdout.write("\n## Development set 2 (first held out, then used for rules-2026.2)\n\n")
    sys.stdout.write(format_result(evaluate(build_holdout())))
    sys.stdout.write("\n## Development set 3 (the first blind set; used for rules-2026.3)\n\n")
    sys.stdout.write(format_result(evaluate(build_blind())))
    sys.stdout.write(
        "\n## Development set 4 (the second blind set: scored once with rules-2026.3, "
        "then used for rules-2026.4)\n\n"
    )
    sys.stdout.write(format_result(evaluate(build_blind2())))
    sys.stdout.write(
        "\n## Development set 5 (the third blind set: scored once with rules-2026.4, "
        "then used for rules-2026.5)\n\n"
    )
    sys.stdout.write(format_result(evaluate(build_blind3())))
    sys.stdout.write(
        "\n## Development set 6 (the fourth blind set: scored once with rules-2026.5, "
        "then used for rules-2026.6)\n\n"
    )
    sys.stdout.write(format_result(evaluate(build_blind4())))
    later = (
        (7, "fifth", build_blind5, "rules-2026.6", "rules-2026.7"),
        (8, "sixth", build_blind6, "rules-2026.7", "rules-2026.8"),
        (9, "seventh", build_blind7, "rules-2026.8", "rules-2026.9"),
        (10, "eighth", build_blind8, "rules-2026.9", "rules-2026.10 (the word part)"),
    )
    for number, nth, build, scored, used in later:
        sys.stdout.write(
            f"\n## Development set {number} (the {nth} blind set: scored once with {scored}, "
            f"then used for {used})\n\n"
        )
        sys.stdout.write(format_result(evaluate(build())))
    sys.stdout.write(
        "\n## Blind set 9 (a ninth author, rules and sets unread; scored once with "
        "rules-2026.10, never tuned on)\n\n"
    )
    sys.stdout.write(format_result(evaluate(build_blind9())))
    sys.stdout.write(
        "\n## Blind set 10 (a tenth author, rules and sets unread; scored once with "
        "rules-2026.10, never tuned on)\n\n"
    )
    sys.stdout.write(format_result(evaluate(build_blind10())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
