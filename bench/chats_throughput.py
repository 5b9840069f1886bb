"""Throughput of the chat assessment: 100,000 synthetic conversations of realistic length.

Conversations are generated in each worker (not timed), then assessed (timed): indicators,
roles, category scores. Lengths follow a log-normal (median about 40 messages, mean about
60, capped at 2,000), like seized messaging data where most threads are short and a few
are long; about one in ten carries a scripted risky thread (from the evaluation scripts),
the rest is small talk. Run by hand, never in the test suite:

    .venv/bin/python bench/chats_throughput.py --conversations 100000 --processes 1 2

Prints messages/s and conversations/s per process count, and the projected time for
100,000 conversations, as the Markdown that bench/RESULTS.md holds. Rates are computed from
the CPU time of the assessment in each process (wall time is printed too), so a busy shared
machine does not distort them; P processes assess independent chunks.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import os
import platform
import random
import time
from datetime import UTC, datetime, timedelta

from cairn.chats import indicators
from cairn.chats.assess import VERSION, assess
from cairn.chats.evaluation.dataset import BENIGN_KINDS, RISKY, SMALL_TALK
from cairn.model.chat import Conversation, Message, Participant

_CHUNK = 500


def _length(rng: random.Random) -> int:
    return max(2, min(2000, int(rng.lognormvariate(math.log(40), 0.9))))


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(SMALL_TALK) for _ in range(rng.choice((1, 1, 1, 2, 2, 3))))


def generate(seed: int, count: int) -> list[Conversation]:
    """``count`` conversations; one in ten has a scripted risky or hard-benign thread."""
    rng = random.Random(seed)
    scripts = list(RISKY.values()) + list(BENIGN_KINDS.values())
    out = []
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for number in range(count):
        length = _length(rng)
        beats = rng.choice(scripts)(rng) if rng.random() < 0.1 else []
        people = ("A", "B")
        lines = [(rng.choice(people), _text(rng)) for _ in range(max(0, length - len(beats)))]
        for speaker, text, _families in beats:
            lines.insert(rng.randint(0, len(lines)), (speaker if speaker in people else "A", text))
        clock = start + timedelta(minutes=number)
        messages = []
        for index, (author, text) in enumerate(lines):
            clock += timedelta(seconds=30)
            messages.append(Message(index, clock, clock.isoformat(), author, text))
        out.append(
            Conversation(
                id=f"{seed}-{number}",
                format="synthetic",
                title="",
                participants=(Participant("A"), Participant("B")),
                messages=tuple(messages),
                source=f"bench/{seed}/{number}",
            )
        )
    return out


def work(job: tuple[int, int]) -> tuple[int, int, float, float]:
    """Generate one chunk (untimed) and assess it (timed): conversations, messages, and the
    CPU and wall seconds the assessment took in this process."""
    seed, count = job
    conversations = generate(seed, count)
    # Rules compile on first use (rules-2026.4); compile them before timing, as the 2026.3
    # import did, so rates compare the assessment alone.
    compile_rules = getattr(indicators, "compile_rules", None)
    if compile_rules is not None:
        compile_rules()
    try:  # rules-2026.5: read the learned weights before timing too
        from cairn.chats import learned

        learned.load()
    except ImportError:  # an older scorer tree, run for comparison
        pass
    cpu, wall = time.process_time(), time.perf_counter()
    for conversation in conversations:
        assess(conversation)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return len(conversations), sum(len(c.messages) for c in conversations), cpu, wall


def run(total: int, processes: int) -> dict[str, float]:
    jobs = [(seed, min(_CHUNK, total - seed * _CHUNK)) for seed in range(math.ceil(total / _CHUNK))]
    started = time.perf_counter()
    if processes == 1:
        results = [work(job) for job in jobs]
    else:
        with multiprocessing.get_context("spawn").Pool(processes) as pool:
            results = pool.map(work, jobs, chunksize=1)
    wall = time.perf_counter() - started
    conversations = sum(r[0] for r in results)
    messages = sum(r[1] for r in results)
    # CPU seconds, not wall: on a shared machine other work steals wall time but not CPU
    # time. Processes work on independent chunks, so P processes finish in CPU/P seconds.
    assess_seconds = sum(r[2] for r in results) / processes
    return {
        "processes": processes,
        "conversations": conversations,
        "messages": messages,
        "assess_seconds": assess_seconds,
        "assess_wall_seconds": sum(r[3] for r in results) / processes,
        "wall_seconds": wall,
        "messages_per_second": messages / assess_seconds,
        "conversations_per_second": conversations / assess_seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, scorer {VERSION}"
    )
    print(
        "| processes | conversations | messages | assess CPU s per process | assess wall s "
        "| wall incl. generation (s) | messages/s | conversations/s "
        "| projected for 100,000 conversations |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for processes in args.processes:
        r = run(args.conversations, processes)
        projected = 100_000 / r["conversations_per_second"]
        print(
            f"| {processes} | {int(r['conversations']):,} | {int(r['messages']):,} | "
            f"{r['assess_seconds']:,.1f} | {r['assess_wall_seconds']:,.1f} | "
            f"{r['wall_seconds']:,.1f} | "
            f"{r['messages_per_second']:,.0f} | {r['conversations_per_second']:,.0f} | "
            f"{projected / 60:,.1f} min |",
            flush=True,
        )


if __name__ == "__main__":
    main()
