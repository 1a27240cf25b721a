"""Every agreement in a folder, read as `icewatch extract file` reads it: how many come out as
the kind they are, with which party, action, term basis and start date, and how long it took.

For a folder whose documents are all of one kind, such as the 287(g) MOAs ICE publishes
(github:appelson/Tracking_287g keeps them under agreements/):

    python bench/documents.py FOLDER [--kind 287g] [--workers 2] [--list]

Prints the counts and, with --list, each document that did not come out as the kind or
without a term basis. The figures in CHANGELOG.md (347 real MOAs) were taken this way.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.document import extract_file  # noqa: E402
from extract.evaluate import _prediction, main_kind  # noqa: E402
from extract.text import DocumentError  # noqa: E402


def read(path: Path) -> dict[str, object]:
    started = time.monotonic()
    try:
        result = extract_file(path)
    except DocumentError as exc:
        return {"path": str(path), "error": str(exc), "seconds": time.monotonic() - started}
    kind = main_kind(result) if result.mentions else None
    fields = _prediction(result, None, kind).fields
    return {
        "path": str(path),
        "kind": kind,
        "counterparty": fields["counterparty"],
        "action": fields["action"],
        "basis": fields["end_basis"],
        "start": fields["start_date"],
        "ocr": result.pages_ocr > 0,
        "seconds": time.monotonic() - started,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--kind", default="287g", help="the kind every document is (287g)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--list", action="store_true", help="list the documents that fell short")
    args = parser.parse_args()
    paths = sorted(p for p in args.folder.rglob("*") if p.suffix.lower() in {".pdf", ".txt"})
    if not paths:
        sys.exit(f"{args.folder}: no PDF or text files under it")
    started = time.monotonic()
    rows = []
    with ProcessPoolExecutor(args.workers) as pool:
        for n, row in enumerate(pool.map(read, paths), 1):
            rows.append(row)
            if n % 25 == 0 or n == len(paths):
                print(f"{n}/{len(paths)} read", file=sys.stderr, flush=True)
    read_ok = [r for r in rows if "error" not in r]
    count = collections.Counter
    print(f"{len(paths)} documents, {len(rows) - len(read_ok)} unreadable")
    print(f"  as {args.kind}: {sum(r['kind'] == args.kind for r in read_ok)}")
    for field in ("counterparty", "action", "basis"):
        print(f"  {field}: {dict(count(str(r[field]) for r in read_ok).most_common())}")
    print(f"  start date found: {sum(r['start'] is not None for r in read_ok)}")
    print(f"  with pages read by OCR: {sum(bool(r['ocr']) for r in read_ok)}")
    print(f"  {time.monotonic() - started:.0f} s with {args.workers} worker(s)")
    if args.list:
        for r in rows:
            if "error" in r or r["kind"] != args.kind or r["basis"] is None:
                print(f"  {r['path']}: {r.get('error') or (r['kind'], r['basis'])}")


if __name__ == "__main__":
    main()
