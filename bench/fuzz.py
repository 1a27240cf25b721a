"""Fault suite: malformed inputs through every parser entry point, each in a worker process
with the limits a run uses, and what became of them.

    .venv/bin/python bench/fuzz.py [--cases 1200] [--seed 1] [--timeout 60] [--memory 1024]

Prints, per format, how many inputs were parsed, refused with the project's own error (a
clean error naming the file), ended in a traceback (any other exception: a defect), hung past
the timeout, killed their worker, or ran out of memory; then the slowest cases. The inputs
come from ``tests/fuzzing.py`` (seeds of every format mutated, structures of odd shape).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.isolation import JobFailure, Limits, cpu_workers, run_isolated  # noqa: E402
from tests.fuzzing import cases, parse_case  # noqa: E402


def timed_case(case: object) -> tuple[str, float]:
    """The case's outcome and the seconds its parser took (in the worker)."""
    began = time.perf_counter()
    outcome = parse_case(case)  # type: ignore[arg-type]
    return outcome, time.perf_counter() - began


def classify(result: object) -> str:
    if isinstance(result, JobFailure):
        reason = result.reason
        if reason.startswith("took longer"):
            return "hang"
        if "died" in reason:
            return "crash"
        if "out of memory" in reason:
            return "memory"
        return "traceback"
    return "parsed" if result[0] == "parsed" else "refused"  # type: ignore[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--memory", type=int, default=1024)
    args = parser.parse_args()
    inputs = list(cases(random.Random(args.seed), args.cases))
    started = time.perf_counter()
    results = run_isolated(
        timed_case,
        [(case,) for case in inputs],
        workers=cpu_workers(),
        limits=Limits(args.timeout, args.memory),
    )
    times = {
        i: (r[1] if not isinstance(r, JobFailure) else args.timeout)  # type: ignore[index]
        for i, r in enumerate(results)
    }
    wall = time.perf_counter() - started
    table: dict[str, Counter[str]] = defaultdict(Counter)
    defects = []
    for case, result in zip(inputs, results, strict=True):
        outcome = classify(result)
        table[case.format][outcome] += 1
        if outcome not in {"parsed", "refused"}:
            defects.append((case.format, outcome, str(result)[:200], len(case.data)))
    columns = ["parsed", "refused", "traceback", "hang", "crash", "memory"]
    print(f"{'format':<18}" + "".join(f"{c:>10}" for c in columns) + f"{'total':>8}")
    total: Counter[str] = Counter()
    for fmt in sorted(table):
        total.update(table[fmt])
        row = "".join(f"{table[fmt][c]:>10}" for c in columns)
        print(f"{fmt:<18}{row}{sum(table[fmt].values()):>8}")
    print(f"{'all':<18}" + "".join(f"{total[c]:>10}" for c in columns) + f"{len(inputs):>8}")
    print(
        f"{len(inputs)} inputs in {wall:.0f} s; limits {args.timeout:g} s and "
        f"{args.memory} MB per input; {len(defects)} not parsed or refused cleanly"
    )
    for fmt, outcome, text, size in defects[:20]:
        print(f"  {outcome:<9} {fmt:<16} {size:>9} bytes  {text}")
    slow = sorted(times.items(), key=lambda kv: -kv[1])[:5]
    print("slowest: " + ", ".join(f"{inputs[i].format} {s:.1f}s" for i, s in slow))
    sys.exit(1 if defects else 0)


if __name__ == "__main__":
    main()
