"""Loading meetings, agenda items and listings; the status history of meetings.

A meeting's status (tentative / confirmed / cancelled / rescheduled / passed) is kept with
valid_from / valid_to in ``meeting_status_history``. A meeting that a complete listing of its
source no longer shows (inside the listing's date window) is never deleted: it is marked
``listed = false`` with ``delisted_at``, and its history gets a ``delisted`` row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from warehouse.stage import insert_records

DELISTED = "delisted"


@dataclass
class AgendaLoad:
    meetings_new: int = 0
    meetings_updated: int = 0
    status_changes: int = 0
    delisted: int = 0
    items_new: int = 0


def load_agendas(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    meetings: Sequence[dict[str, Any]],
    items: Sequence[dict[str, Any]],
    listings: Sequence[dict[str, Any]],
    jurisdictions: dict[str, str],
    now: dt.datetime,
    stage_dir: Path | None = None,
) -> AgendaLoad:
    """Upsert this run's meetings and items, apply listings, record status changes.

    Runs inside the caller's transaction. ``jurisdictions`` maps source id → OCD id.
    """
    result = AgendaLoad()
    latest = {m["meeting_id"]: m for m in meetings}  # a meeting listed twice: the last wins
    con.execute("CREATE OR REPLACE TEMP TABLE meetings_in AS SELECT * FROM meetings LIMIT 0")
    insert_records(
        con,
        "meetings_in",
        (
            {
                "meeting_id": m["meeting_id"],
                "source_id": m["source_id"],
                "jurisdiction_id": jurisdictions.get(m["source_id"]),
                "body": m.get("body"),
                "title": m.get("title"),
                "start_at": m.get("start"),
                "location": m.get("location"),
                "status": m["status"],
                "url": m.get("url"),
                "agenda_url": m.get("agenda_url"),
                "packet_url": m.get("packet_url"),
                "minutes_url": m.get("minutes_url"),
                "first_seen_run": run_id,
                "last_seen_run": run_id,
                "time_known": m.get("time_known"),
                "last_modified": m.get("last_modified"),
                "listed": True,
            }
            for m in latest.values()
        ),
        stage_dir=stage_dir,
    )
    result.meetings_new = _scalar(
        con,
        "SELECT count(*) FROM meetings_in "
        "WHERE meeting_id NOT IN (SELECT meeting_id FROM meetings)",
    )
    result.meetings_updated = len(latest) - result.meetings_new
    con.execute(
        """
        INSERT INTO meetings BY NAME SELECT * FROM meetings_in
        ON CONFLICT (meeting_id) DO UPDATE SET
            source_id = excluded.source_id, jurisdiction_id = excluded.jurisdiction_id,
            body = excluded.body, title = excluded.title, start_at = excluded.start_at,
            location = excluded.location, status = excluded.status, url = excluded.url,
            agenda_url = excluded.agenda_url, packet_url = excluded.packet_url,
            minutes_url = excluded.minutes_url, last_seen_run = excluded.last_seen_run,
            time_known = excluded.time_known, last_modified = excluded.last_modified,
            listed = true, delisted_at = NULL
        """
    )
    for listing in listings:
        result.delisted += _apply_listing(con, run_id, listing, now)
    # Time moves on: a meeting whose start has gone by is "passed" unless called off.
    con.execute(
        "UPDATE meetings SET status = 'passed' WHERE start_at < ? "
        "AND status IN ('tentative', 'confirmed')",
        [now],
    )
    result.status_changes = _record_status_changes(con, run_id, now)
    result.items_new = _load_items(con, run_id, items, stage_dir, now)
    con.execute("DROP TABLE meetings_in")
    return result


def _apply_listing(
    con: duckdb.DuckDBPyConnection, run_id: str, listing: dict[str, Any], now: dt.datetime
) -> int:
    ids = list(listing["meeting_ids"])
    con.execute(
        "UPDATE meetings SET last_seen_run = ?, listed = true, delisted_at = NULL "
        "WHERE meeting_id IN (SELECT unnest(?::TEXT[]))",
        [run_id, ids],
    )
    gone = con.execute(
        """
        UPDATE meetings SET listed = false, delisted_at = ?
        WHERE source_id = ? AND listed AND start_at IS NOT NULL
          AND CAST(start_at AS DATE) BETWEEN ? AND ?
          AND meeting_id NOT IN (SELECT unnest(?::TEXT[]))
        RETURNING meeting_id
        """,
        [now, listing["source_id"], listing["window_start"], listing["window_end"], ids],
    ).fetchall()
    return len(gone)


def _record_status_changes(con: duckdb.DuckDBPyConnection, run_id: str, now: dt.datetime) -> int:
    """Close the open history row of every meeting whose effective status changed, open a
    new one. The effective status of a delisted meeting is ``delisted``."""
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE status_now AS
        SELECT m.meeting_id, CASE WHEN m.listed THEN m.status ELSE ? END AS status
        FROM meetings m
        LEFT JOIN meeting_status_history h ON h.meeting_id = m.meeting_id AND h.valid_to IS NULL
        WHERE h.status IS DISTINCT FROM (CASE WHEN m.listed THEN m.status ELSE ? END)
        """,
        [DELISTED, DELISTED],
    )
    changed = _scalar(con, "SELECT count(*) FROM status_now")
    con.execute(
        "UPDATE meeting_status_history SET valid_to = ? WHERE valid_to IS NULL "
        "AND meeting_id IN (SELECT meeting_id FROM status_now)",
        [now],
    )
    con.execute(
        "INSERT INTO meeting_status_history SELECT meeting_id, status, ?, NULL, ? FROM status_now",
        [now, run_id],
    )
    con.execute("DROP TABLE status_now")
    return changed


def _load_items(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    items: Sequence[dict[str, Any]],
    stage_dir: Path | None,
    now: dt.datetime,
) -> int:
    latest = {i["item_id"]: i for i in items}
    con.execute("CREATE OR REPLACE TEMP TABLE items_in AS SELECT * FROM agenda_items LIMIT 0")
    insert_records(
        con,
        "items_in",
        (
            {
                "item_id": i["item_id"],
                "meeting_id": i["meeting_id"],
                "number": i.get("number"),
                "title": i.get("title"),
                "text": i.get("text"),
                "links": json.dumps(i.get("links") or []),
                "source_id": i.get("source_id"),
                "matter": i.get("matter"),
                "first_seen_run": run_id,
                "last_seen_run": run_id,
                "changed_at": now,
            }
            for i in latest.values()
        ),
        stage_dir=stage_dir,
    )
    new = _scalar(
        con, "SELECT count(*) FROM items_in WHERE item_id NOT IN (SELECT item_id FROM agenda_items)"
    )
    con.execute(
        """
        INSERT INTO agenda_items BY NAME SELECT * FROM items_in
        ON CONFLICT (item_id) DO UPDATE SET
            meeting_id = excluded.meeting_id, number = excluded.number, title = excluded.title,
            text = excluded.text, links = excluded.links, source_id = excluded.source_id,
            matter = excluded.matter, last_seen_run = excluded.last_seen_run,
            -- when its words last changed: keyword watches read what changed since they last read
            changed_at = CASE WHEN agenda_items.title IS DISTINCT FROM excluded.title
                                OR agenda_items.text IS DISTINCT FROM excluded.text
                              THEN excluded.changed_at ELSE agenda_items.changed_at END
        """
    )
    con.execute("DROP TABLE items_in")
    return new


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row else 0


def crawl_state(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, dt.datetime], set[str]]:
    """What the next crawl needs: each source's last successful crawl, and the URLs of the
    documents already in the store."""
    since = {
        row[0]: row[1]
        for row in con.execute(
            "SELECT source_id, last_ok_at FROM sources WHERE last_ok_at IS NOT NULL"
        ).fetchall()
    }
    urls = {row[0] for row in con.execute("SELECT DISTINCT url FROM document_fetches").fetchall()}
    return since, urls


def mark_sources_ok(
    con: duckdb.DuckDBPyConnection, source_ids: Sequence[str], started_at: dt.datetime
) -> None:
    con.execute(
        "UPDATE sources SET last_ok_at = ? WHERE source_id IN (SELECT unnest(?::TEXT[]))",
        [started_at, list(source_ids)],
    )
