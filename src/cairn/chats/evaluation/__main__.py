"""``python -m cairn.chats.evaluation``: print the evaluation figures quoted in docs/chats.md."""

from __future__ import annotations

import sys

from cairn.chats.evaluation import build_dataset, build_holdout, evaluate, format_result


def main() -> int:
    sys.stdout.write("## Development set (the rules were tuned on it)\n\n")
    sys.stdout.write(format_result(evaluate(build_dataset())))
    sys.stdout.write("\n## Held-out set (other phrasings, not used for tuning)\n\n")
    sys.stdout.write(format_result(evaluate(build_holdout())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
