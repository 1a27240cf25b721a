"""Publishing 100,000 alerts across every scope and 3,000 places: time and peak memory.

Builds a warehouse (real migrations, the real gazetteer) holding ``--alerts`` alerts spread
over every alert kind, the states and 3,000 counties, then times the publication a run makes
(``flows.publication.publish``: the query, feeds of every scope in RSS and Atom, OPML, the
calendars, the site with its county map and a page per place) three times:

- first publication (every feed written);
- the same again (nothing changed: nothing rendered);
- after 100 new alerts (only their feeds rewritten).

Peak memory is the process's maximum resident set size, printed after each step.

    .venv/bin/python bench/feeds.py [--alerts 100000] [--max-items 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

from flows.clock import TODAY_ENV  # noqa: E402
from flows.config import load_config  # noqa: E402
from flows.home import Home  # noqa: E402
from flows.publication import publish  # noqa: E402
from warehouse.db import connect  # noqa: E402
from warehouse.gazetteer import Gazetteer  # noqa: E402
from warehouse.jurisdictions import sync_gazetteer  # noqa: E402

KINDS = [
    "287g.signed",
    "287g.pending",
    "287g.changed",
    "287g.ended",
    "agenda.item",
    "contract.renewed",
    "contract.terminated",
    "contract.expiring",
    "facility.added",
    "facility.removed",
    "facility.changed",
    "facility.population",
]
TODAY = dt.date(2026, 11, 23)


def fill(con, count: int, start: int = 0) -> None:
    kinds = "[" + ", ".join(f"'{k}'" for k in KINDS) + "]"
    con.execute(
        f"""
        INSERT INTO alerts (alert_id, kind, subject_id, title, summary, event_date, action_date,
                            jurisdiction_id, state, source_url, evidence_url, data, created_at)
        SELECT 'a' || i, {kinds}[(i % {len(KINDS)})::BIGINT + 1], 's' || i,
               'Alert ' || i || ': a sheriff signs a 287(g) agreement & more <b>text</b>',
               repeat('What happened, where, and by when one can act. ', 6),
               DATE '2026-11-23' - (i % 3000)::INTEGER,
               DATE '2026-11-23' + (i % 200)::INTEGER,
               j.jurisdiction_id, j.state,
               'https://www.ice.gov/doc' || i || '.xlsx', 'https://example.org/e' || i,
               '{{"quote": "approve the renewal of the agreement with ICE"}}',
               TIMESTAMPTZ '2026-11-23 08:00:00+00'
        FROM range({start}, {start + count}) r(i)
        JOIN (SELECT jurisdiction_id, state, row_number() OVER (ORDER BY jurisdiction_id) - 1 AS n
              FROM jurisdictions WHERE kind = 'county') j ON j.n = (i * 7) % 3000
        """
    )


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def publish_once(home: Home, max_items: int) -> tuple[float, object]:
    config = load_config({}).with_overrides("bench", home=str(home.root), feed_max_items=max_items)
    start = time.perf_counter()
    result = publish(home, config)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=100_000)
    parser.add_argument("--max-items", type=int, default=200)
    args = parser.parse_args()
    os.environ[TODAY_ENV] = TODAY.isoformat()
    with tempfile.TemporaryDirectory() as tmp:
        home = Home(Path(tmp))
        db, public = home.db, home.public
        con = connect(db)
        sync_gazetteer(con, Gazetteer.packaged())
        fill(con, args.alerts)
        con.close()
        for label in ("first publication", "nothing new", "after 100 new alerts"):
            if label == "after 100 new alerts":
                con = connect(db)
                fill(con, 100, start=args.alerts)
                con.close()
            seconds, result = publish_once(home, args.max_items)
            files = sum(1 for _ in public.rglob("*") if _.is_file())
            places = sum(1 for _ in (public / "places").glob("*.html"))
            print(
                f"{label:<22} {seconds:6.1f} s  {result.feeds:,} feeds, "
                f"{len(result.rewritten):,} rewritten, {result.alerts:,} alerts read, "
                f"{places:,} place pages, {files:,} files, national page "
                f"{(public / 'index.html').stat().st_size / 2**20:.2f} MB; "
                f"peak RSS {peak_mb():,.0f} MB"
            )


if __name__ == "__main__":
    main()
