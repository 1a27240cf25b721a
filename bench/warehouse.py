"""History and expiring queries on a large warehouse.

Builds a warehouse (real migrations, the real gazetteer) holding ``--items`` agenda items
(default one million) in meetings of every county's board, with collaboration mentions on a
share of them, contracts with expiry dates, 287(g) agreement versions and alerts; then times:

- ``history``: the timeline of one county and its towns (``warehouse.jurisdictions.history``,
  what ``icewatch history`` runs), for a busy county and a quiet one;
- ``expiring``: contracts expiring within 90 days, nationwide and in one state.

Each query runs ``--repeat`` times on a warm connection; the median and the slowest are printed,
then the same on a cold one (a new process opening the file: what a user's command pays).

    .venv/bin/python bench/warehouse.py [--items 1000000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

from warehouse.db import connect  # noqa: E402
from warehouse.gazetteer import Gazetteer  # noqa: E402
from warehouse.jurisdictions import expiring, history, sync_gazetteer  # noqa: E402

BUSY = "ocd-division/country:us/state:tx/county:harris"
QUIET = "ocd-division/country:us/state:pa/county:bucks"
TODAY = dt.date(2026, 11, 23)


def build(path: Path, items: int) -> dict[str, int]:
    con = connect(path)
    sync_gazetteer(con, Gazetteer.packaged())
    meetings = items // 10
    con.execute("CREATE TEMP TABLE c AS SELECT jurisdiction_id, row_number() OVER () - 1 AS n "
                "FROM jurisdictions WHERE kind = 'county'")  # fmt: skip
    counties = con.execute("SELECT count(*) FROM c").fetchone()[0]
    # Towns: ten per county, as derived places under it.
    con.execute(
        "INSERT INTO jurisdictions (jurisdiction_id, name, kind, state, parent_id, source) "
        "SELECT jurisdiction_id || '/place:town_' || t, 'Town ' || t, 'place', "
        "upper(regexp_extract(jurisdiction_id, 'state:([a-z]{2})', 1)), jurisdiction_id, "
        "'derived' FROM c, range(10) r(t)"
    )
    # Meetings of every county's board and its towns' councils, over ten years; Harris busier.
    con.execute(
        f"""
        INSERT INTO meetings (meeting_id, source_id, jurisdiction_id, body, title, start_at,
                              status, url, agenda_url)
        SELECT 'm' || i, 'src' || (i % {counties}),
               CASE WHEN i % 50 = 0 THEN '{BUSY}'
                    WHEN i % 3 = 0 THEN j.jurisdiction_id || '/place:town_' || (i % 10)
                    ELSE j.jurisdiction_id END,
               'Board', 'Regular meeting',
               TIMESTAMPTZ '2017-01-01 10:00:00+00' + to_days((i * 7919) % 3650),
               'passed', 'https://example.org/m' || i, 'https://example.org/a' || i
        FROM range({meetings}) r(i) JOIN c j ON j.n = i % {counties}
        """
    )
    con.execute(
        f"""
        INSERT INTO agenda_items (item_id, meeting_id, number, title, text, source_id)
        SELECT 'i' || i, 'm' || (i // 10), (i % 10 + 1)::TEXT,
               'Item ' || i || ': approve the minutes, budget transfers and contracts',
               repeat('Consent agenda text. ', 12), 'src'
        FROM range({items}) r(i)
        """
    )
    # One item in a hundred mentions ICE collaboration.
    con.execute(
        """
        INSERT INTO mentions (mention_id, item_id, meeting_id, kind, confidence, page, quote)
        SELECT 'x' || item_id, item_id, meeting_id,
               ['igsa', '287g', 'detainer', 'usms_iga', 'data_sharing'][(hash(item_id) % 5)::BIGINT + 1],
               0.9, 1, 'Approve the agreement with U.S. Immigration and Customs Enforcement'
        FROM agenda_items WHERE hash(item_id) % 100 = 0
        """
    )
    contracts = max(items // 50, 100)
    con.execute(
        f"""
        INSERT INTO contracts (contract_id, jurisdiction_id, kind, counterparty, start_date,
                               expiry_date, expiry_basis, per_diem, status, action_date)
        SELECT 'k' || i, CASE WHEN i % 200 = 0 THEN '{BUSY}' ELSE j.jurisdiction_id END,
               ['igsa', 'usms_iga', 'digsa'][i % 3 + 1], 'ICE',
               DATE '2018-01-01' + (i % 2500)::INTEGER,
               DATE '2025-01-01' + (i * 37 % 1800)::INTEGER, 'stated', 80 + i % 40,
               CASE WHEN i % 17 = 0 THEN 'terminated' ELSE 'active' END,
               DATE '2018-01-01' + (i % 2500)::INTEGER
        FROM range({contracts}) r(i) JOIN c j ON j.n = i % {counties}
        """
    )
    con.execute(
        f"""
        INSERT INTO agreements_287g (agreement_id, list, match_key, state, agency, agency_type,
                                     support_model, signed, jurisdiction_id, valid_from,
                                     valid_to, document_sha256, match_method)
        SELECT 'g' || i, 'participating', 'k' || i, 'TX', 'Sheriff ' || i, 'county',
               'Task Force Model', DATE '2025-01-01' + (i % 400)::INTEGER,
               j.jurisdiction_id, DATE '2025-02-01' + (i % 400)::INTEGER, NULL, 'd',
               'county_column'
        FROM range({counties * 2}) r(i) JOIN c j ON j.n = i % {counties}
        """
    )
    con.execute(
        f"""
        INSERT INTO alerts (alert_id, kind, subject_id, title, summary, event_date,
                            jurisdiction_id, created_at)
        SELECT 'a' || i, 'agenda.item', 'meeting:m' || i, 'Alert ' || i, 'summary',
               DATE '2017-01-01' + (i % 3650)::INTEGER, j.jurisdiction_id, now()
        FROM range({items // 10}) r(i) JOIN c j ON j.n = i % {counties}
        """
    )
    counts = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("jurisdictions", "meetings", "agenda_items", "mentions", "contracts",
                  "agreements_287g", "alerts")
    }  # fmt: skip
    con.execute("CHECKPOINT")
    con.close()
    return counts


def timed(fn, repeat: int) -> tuple[float, float, int]:
    times, size = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(fn())
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        counts = build(path, args.items)
        print(f"built in {time.perf_counter() - start:.1f}s: " + ", ".join(
            f"{k} {v:,}" for k, v in counts.items()))  # fmt: skip
        con = connect(path, read_only=True)
        queries = {
            "history, busy county (Harris, TX)": lambda: history(con, BUSY, limit=200),
            "history, busy county, every event": lambda: history(con, BUSY),
            "history, quiet county (Bucks, PA)": lambda: history(con, QUIET, limit=200),
            "expiring within 90 days, nationwide": lambda: expiring(
                con, today=TODAY, within_days=90
            ),
            "expiring within 90 days, one state (TX)": lambda: expiring(
                con, today=TODAY, within_days=90, state="TX"
            ),
        }
        for name, fn in queries.items():
            median, worst, rows = timed(fn, args.repeat)
            print(
                f"{name:<42} median {median * 1000:7.1f} ms  slowest {worst * 1000:7.1f} ms  "
                f"({rows:,} rows)"
            )
        con.close()
        for label, code in (
            ("history", f"history(c, {BUSY!r}, limit=200)"),
            ("expiring", f"expiring(c, today={TODAY!r}, within_days=90)"),
        ):
            script = (
                "import datetime, time; t = time.perf_counter();"
                "from warehouse.db import connect;"
                "from warehouse.jurisdictions import history, expiring;"
                f"c = connect({str(path)!r}, read_only=True); {code};"
                "print(time.perf_counter() - t)"
            )
            out = subprocess.run(
                [sys.executable, "-c", script], capture_output=True, text=True, check=True
            )
            print(f"cold {label:<37} {float(out.stdout) * 1000:7.1f} ms (new process: import, "
                  "open, query)")  # fmt: skip


if __name__ == "__main__":
    main()
