"""Whether each source still works and still publishes: the checks a run records per source,
`icewatch sources status`, and the maintainers' alerts.

- ``source.broken``: a source failed this many runs in a row (``broken_after_runs``). A portal
  whose robots.txt disallows us is reported as such, never as broken.
- ``source.stale``: a source answered but gave nothing new (no new document, no new meeting)
  for longer than its expected cadence (ICE's detention statistics may stop being published;
  the 287(g) download path moved in April 2026).

One alert per streak: its id is the streak's first failing run (broken) or the last new
document's date (stale), so re-running raises nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from warehouse.ice287g import alert_id
from warehouse.stage import existing_keys, insert_records

# Days without a new document after which a source is stale, by platform; agenda portals use
# the configured default. ICE's 287(g) lists change weekly, its detention statistics every
# few weeks; a council posts an agenda at least monthly.
STALE_DAYS = {"ice287g": 21, "detention_stats": 75, "detention_facilities": 120}
ROBOTS = "robots.txt"


@dataclass(frozen=True)
class SourceCheck:
    source_id: str
    outcome: str  # ok | failed | robots
    error: str | None = None

    @classmethod
    def of(cls, source_id: str, failures: Sequence[str]) -> SourceCheck:
        """A source's check from the failure messages a run gathered for it."""
        if not failures:
            return cls(source_id, "ok")
        first = failures[0].split(": ", 1)[-1]
        robots = all(ROBOTS in f for f in failures)
        return cls(source_id, "robots" if robots else "failed", first[:500])


def record_checks(
    con: duckdb.DuckDBPyConnection, run_id: str, checks: Sequence[SourceCheck], now: dt.datetime
) -> None:
    """One row per source the run crawled, with what was first seen in it from there: new
    documents and new meetings (a portal such as BoardDocs publishes agendas as pages, not
    files)."""
    if not checks:  # a backfill crawls nothing
        return
    new = dict(
        con.execute(
            "SELECT source_id, sum(n) FROM ("
            " SELECT f.source_id, count(DISTINCT d.sha256) AS n FROM document_fetches f"
            " JOIN documents d ON d.sha256 = f.sha256 AND d.first_seen_run = f.run_id"
            " WHERE f.run_id = ? GROUP BY 1"
            " UNION ALL SELECT source_id, count(*) FROM meetings WHERE first_seen_run = ?"
            " GROUP BY 1) GROUP BY 1",
            [run_id, run_id],
        ).fetchall()
    )
    con.executemany(
        "INSERT OR REPLACE INTO source_checks VALUES (?, ?, ?, ?, ?, ?)",
        [[c.source_id, run_id, now, c.outcome, c.error, new.get(c.source_id, 0)] for c in checks],
    )


_STATUS = """
WITH ranked AS (
    SELECT c.*, row_number() OVER (PARTITION BY source_id ORDER BY checked_at DESC) AS n
    FROM source_checks c
), last_ok AS (
    SELECT source_id, max(checked_at) AS at FROM source_checks WHERE outcome = 'ok' GROUP BY 1
), last_new AS (
    SELECT source_id, max(checked_at) AS at FROM source_checks WHERE documents_new > 0 GROUP BY 1
), first_seen AS (
    SELECT source_id, min(checked_at) AS at FROM source_checks GROUP BY 1
), streak AS (
    SELECT r.source_id, count(*) AS failures, min(r.checked_at) AS since,
           arg_min(r.run_id, r.checked_at) AS first_run
    FROM ranked r LEFT JOIN last_ok o USING (source_id)
    WHERE r.outcome = 'failed' AND (o.at IS NULL OR r.checked_at > o.at)
    GROUP BY 1
)
SELECT s.source_id, s.kind, s.platform, s.url, s.jurisdiction_id,
       latest.outcome, latest.checked_at, latest.error,
       o.at AS last_success, n.at AS last_new_document, f.at AS first_checked,
       coalesce(k.failures, 0) AS consecutive_failures, k.since AS failing_since, k.first_run
FROM sources s
JOIN ranked latest ON latest.source_id = s.source_id AND latest.n = 1
LEFT JOIN last_ok o ON o.source_id = s.source_id
LEFT JOIN last_new n ON n.source_id = s.source_id
LEFT JOIN first_seen f ON f.source_id = s.source_id
LEFT JOIN streak k ON k.source_id = s.source_id
ORDER BY s.source_id
"""


def source_status(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Per source that a run has checked: its last outcome and error, last success, last new
    document, and how many runs in a row it has failed."""
    cursor = con.execute(_STATUS)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def stale_days(platform: str, agenda_default: int) -> int:
    return STALE_DAYS.get(platform, agenda_default)


def source_alerts(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    today: dt.date,
    now: dt.datetime,
    broken_after: int,
    stale_after: int,
) -> int:
    """Raise the source.broken and source.stale alerts the checks call for; the count."""
    alerts = []
    for s in source_status(con):
        subject = f"source:{s['source_id']}"
        if s["outcome"] == "failed" and s["consecutive_failures"] >= broken_after:
            since = s["failing_since"].date()
            alerts.append(
                _alert(
                    "source.broken",
                    subject,
                    since,
                    [s["first_run"]],
                    f"{s['source_id']} has failed {s['consecutive_failures']} runs in a row",
                    f"{s['source_id']} ({s['platform']}, {s['url']}) has failed every run since "
                    f"{since.isoformat()}; last error: {s['error'] or 'none recorded'}. Check "
                    f"the portal (`icewatch spiders parse {s['platform']} FILE --url URL` on a "
                    "saved page) or its registry line.",
                    s,
                    run_id,
                    now,
                )
            )
        days = stale_days(s["platform"], stale_after)
        reference = s["last_new_document"] or s["first_checked"]
        if s["outcome"] == "ok" and reference and (today - reference.date()).days > days:
            alerts.append(
                _alert(
                    "source.stale",
                    subject,
                    reference.date(),
                    [],
                    f"{s['source_id']} has published nothing new for {days}+ days",
                    f"{s['source_id']} ({s['platform']}, {s['url']}) answers, but no new "
                    f"document or meeting came from it since {reference.date().isoformat()} "
                    f"(expected at least every {days} days). The publisher may have stopped, or "
                    "moved its files elsewhere.",
                    s,
                    run_id,
                    now,
                )
            )
    if not alerts:
        return 0
    known = existing_keys(con, "alerts", "alert_id", (a["alert_id"] for a in alerts))
    fresh = [a for a in alerts if a["alert_id"] not in known]
    insert_records(con, "alerts", fresh)
    return len(fresh)


def _alert(
    kind: str,
    subject: str,
    event: dt.date,
    extra: list[str],
    title: str,
    summary: str,
    status: dict[str, Any],
    run_id: str,
    now: dt.datetime,
) -> dict[str, Any]:
    data = {
        k: (v.isoformat() if isinstance(v, dt.datetime | dt.date) else v)
        for k, v in status.items()
        if k in {"outcome", "error", "consecutive_failures", "last_success", "last_new_document"}
    }
    return {
        "alert_id": alert_id(kind, subject, event, extra),
        "kind": kind,
        "subject_id": subject,
        "title": title,
        "summary": summary,
        "event_date": event,
        "observed_on": now.date(),
        "action_date": None,
        "jurisdiction_id": None,
        "state": None,
        "source_url": status["url"],
        "evidence_url": status["url"],
        "data": data,
        "run_id": run_id,
        "created_at": now,
    }
