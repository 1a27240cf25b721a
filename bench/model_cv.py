"""What the learned fallback adds on passages it was not trained on.

The shipped model (extract/model.json) is trained on tests/fixtures/extraction_real.jsonl, so
that set cannot measure it. This script splits the set in five, trains on four fifths and
scores the fifth, rules alone against rules with the model, then does the same on the shared
corpus's dev.jsonl and the never-tuned holdout with the model trained on the whole real set.

    python bench/model_cv.py [--folds 5]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import extract.model as learned  # noqa: E402
from extract.evaluate import (  # noqa: E402
    Report,
    _date,
    evaluate_passages,
    predict_passage,
    read_labels,
    score,
)

REAL = ROOT / "tests/fixtures/extraction_real.jsonl"
OTHERS = [
    ROOT.parent / "shared/corpus/extract/dev.jsonl",
    ROOT / "tests/fixtures/extraction_real_holdout.jsonl",
]


def line(name: str, report: Report) -> str:
    overall = report.overall
    quiet = report.figures["near_miss_quiet"]
    action = report.figure("action")
    counterparty = report.figure("counterparty")
    return (
        f"  {name:<14} mention P {overall.precision:.3f}  R {overall.recall:.3f}  "
        f"F1 {overall.f1:.3f}  near misses quiet {quiet.right}/{quiet.total}  "
        f"action {action or 0:.3f}  counterparty {counterparty or 0:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    started = time.monotonic()
    passages = read_labels(REAL)
    order = list(range(len(passages)))
    random.Random(7).shuffle(order)
    cases = {False: [], True: []}
    for fold in range(args.folds):
        held = [passages[i] for i in order[fold :: args.folds]]
        kept = [passages[i] for j, i in enumerate(order) if j % args.folds != fold]
        fold_model = learned.train(kept)
        learned.shipped = lambda m=fold_model: m  # the fold's model stands in for the shipped one
        for with_model in (False, True):
            for p in held:
                prediction = predict_passage(p["text"], _date(p.get("date")), model=with_model)
                cases[with_model].append((p["id"], p, prediction))
        print(
            f"fold {fold + 1}/{args.folds}: trained on {len(kept)}, scored {len(held)}", flush=True
        )
    print(f"{REAL.name}, {args.folds}-fold (each passage scored by a model that never saw it):")
    print(line("rules", score("rules", cases[False])))
    print(line("rules + model", score("rules + model", cases[True])))
    whole = learned.train(passages)
    learned.shipped = lambda: whole
    for path in OTHERS:
        if not path.exists():
            print(f"{path}: missing, skipped")
            continue
        print(f"{path.name} (model trained on all of {REAL.name}):")
        print(line("rules", evaluate_passages(path, model=False)))
        print(line("rules + model", evaluate_passages(path, model=True)))
    print(f"{time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
