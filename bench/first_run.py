"""How the extractor does on real text it has never seen, taken from the project's history.

Each set of real passages in tests/fixtures/extraction_real.jsonl (ids "b14-…" to "b60-…")
joined it in one commit, labelled before the extractor first saw it. This script scores every
set with the rules as they stood at the commit before it joined — their first run — alone, and
with the learned fallback trained on the real passages as they stood then (the fallback as it
ships: asked only where no rule fired). Pooled over the sets, that is the nearest measure of a
set the project has never seen; the figures on dev.jsonl and the fixture are not, since the
rules were mended on them.

    python bench/first_run.py [--sets b50,b51] [--misses]

Needs git and the repository's history (a full clone). A few minutes: one model is trained
for each commit the sets joined at.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import extract.mentions as mentions  # noqa: E402
import extract.model as learned  # noqa: E402
from extract.evaluate import Prediction, Report, _date, predict_passage, score  # noqa: E402

REAL = "tests/fixtures/extraction_real.jsonl"
_SET = re.compile(r"^(b\d+)-")

# Run in a subprocess with an old checkout's extract/ first on the path: its rules alone.
_OLD_RULES = """
import json, sys
sys.path.insert(0, sys.argv[1])
from extract.evaluate import _date, predict_passage
for line in open(sys.argv[2]):
    p = json.loads(line)
    try:
        got = predict_passage(p["text"], _date(p.get("date")), model=False)
    except TypeError:  # before the fallback existed
        got = predict_passage(p["text"], _date(p.get("date")))
    print(json.dumps({"id": p["id"], "kinds": got.kinds, "fields": got.fields}, default=str))
"""


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
    ).stdout


def joined_at(first_id: str) -> str | None:
    """The commit whose parent is the set's first run: the one that added its first id."""
    commits = git("log", "--format=%H", "-S", f'"id": "{first_id}"', "--", REAL).split()
    return commits[-1] if commits else None


def line(name: str, report: Report) -> str:
    overall = report.overall
    quiet = report.figures["near_miss_quiet"]
    action = report.figure("action")
    return (
        f"  {name:<15} mention P {overall.precision:.3f}  R {overall.recall:.3f}  "
        f"F1 {overall.f1:.3f}  near misses quiet {quiet.right}/{quiet.total}  "
        f"action {action or 0:.3f} ({report.figures['action'].right}/"
        f"{report.figures['action'].total})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="comma-separated set names (b50,b51); default: all")
    parser.add_argument(
        "--misses", action="store_true", help="list the kind and action misses with the model"
    )
    args = parser.parse_args()
    started = time.monotonic()
    sets: dict[str, list[dict]] = {}
    for text in (ROOT / REAL).read_text().splitlines():
        passage = json.loads(text)
        if match := _SET.match(passage["id"]):
            sets.setdefault(match.group(1), []).append(passage)
    wanted = set(args.sets.split(",")) if args.sets else None
    names = sorted((s for s in sets if not wanted or s in wanted), key=lambda s: int(s[1:]))
    cases: dict[str, list[tuple[str, dict, Prediction]]] = {"rules": [], "rules + model": []}
    models: dict[str, learned.Model] = {}
    rule_mentions = mentions._rule_mentions
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            passages = sets[name]
            commit = joined_at(passages[0]["id"])
            if commit is None:
                print(f"{name}: its first passage's commit is not in the history, skipped")
                continue
            parent = git("rev-parse", f"{commit}^").strip()
            checkout = Path(tmp) / parent[:12]
            if not checkout.exists():
                checkout.mkdir()
                archive = subprocess.run(
                    ["git", "-C", str(ROOT), "archive", parent, "extract"],
                    capture_output=True,
                    check=True,
                ).stdout
                subprocess.run(["tar", "-x", "-C", str(checkout)], input=archive, check=True)
            labelled = Path(tmp) / f"{name}.jsonl"
            labelled.write_text("".join(json.dumps(p) + "\n" for p in passages))
            old = subprocess.run(
                [sys.executable, "-c", _OLD_RULES, str(checkout), str(labelled)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.splitlines()
            first_run = {r["id"]: r for r in map(json.loads, old)}
            if parent not in models:
                then = [json.loads(t) for t in git("show", f"{parent}:{REAL}").splitlines()]
                models[parent] = learned.train(then)
            learned.shipped = lambda m=models[parent]: m  # the model as it would have been
            mentions._rule_mentions = lambda text, page: []  # asked only where no rule fired
            try:
                for p in passages:
                    rules = Prediction(first_run[p["id"]]["kinds"], first_run[p["id"]]["fields"])
                    cases["rules"].append((p["id"], p, rules))
                    both = rules
                    if not rules.kinds:
                        both = predict_passage(p["text"], _date(p.get("date")), model=True)
                    cases["rules + model"].append((p["id"], p, both))
            finally:
                mentions._rule_mentions = rule_mentions
            sizes = (score(name, cases[v][-len(passages) :]) for v in cases)
            print(
                f"{name} ({len(passages)} passages, rules of {parent[:10]}): "
                + "  ".join(f"F1 {r.overall.f1:.3f}" for r in sizes),
                flush=True,
            )
    print(f"\nall {len(cases['rules'])} passages of {len(names)} sets, each at its first run:")
    for variant, rows in cases.items():
        print(line(variant, score(variant, rows)))
    if args.misses:
        report = score("rules + model", cases["rules + model"])
        print("kind misses:", *report.kind_misses, sep="\n  ")
        print("action misses:", *report.figures["action"].misses, sep="\n  ")
    print(f"{time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
