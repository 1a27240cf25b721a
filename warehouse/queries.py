"""Read queries behind the command line and the feeds."""

from __future__ import annotations

from typing import Any

import duckdb


def recent_runs(con: duckdb.DuckDBPyConnection, limit: int = 5) -> list[tuple[Any, ...]]:
    return con.execute(
        "SELECT run_id, started_at, status, mode, sources_ok, sources_failed, documents_new, "
        "alerts_new FROM runs ORDER BY started_at DESC LIMIT ?",
        [limit],
    ).fetchall()


def feed_alerts(con: duckdb.DuckDBPyConnection, *, max_items: int) -> list[tuple[Any, ...]]:
    """The alerts the feeds show, newest first: every alert that is among the ``max_items``
    newest of its kind, its state or its jurisdiction (which covers "all" and "expiring soon"),
    with the jurisdiction's name and the quote that triggered it.

    Columns, in order: alert_id, kind, title, summary, event_date, action_date, created_at,
    jurisdiction_id, jurisdiction, state, source_url, evidence_url, quote, the county a
    town's jurisdiction lies in (id, name) so that a county's feed carries its towns' alerts,
    the day icewatch first saw it (feeds are dated and ordered by it), and the keyword watch
    a ``watch.match`` is of (each watch's feed has its own newest ``max_items``).
    """
    order = "observed DESC, event_date DESC NULLS LAST, created_at DESC, alert_id"
    return con.execute(
        f"""
        WITH ranked AS (
            SELECT *, coalesce(observed_on, CAST(created_at AS DATE)) AS observed,
                   row_number() OVER (PARTITION BY kind ORDER BY {order}) AS r_kind,
                   row_number() OVER (PARTITION BY state, kind = 'watch.match' ORDER BY {order})
                       AS r_state,
                   row_number() OVER (PARTITION BY jurisdiction_id, kind = 'watch.match'
                                      ORDER BY {order}) AS r_place,
                   row_number() OVER (PARTITION BY json_extract_string(data, '$.watch')
                                      ORDER BY {order}) AS r_watch
            FROM alerts
        )
        SELECT a.alert_id, a.kind, a.title, a.summary, a.event_date, a.action_date,
               a.created_at, a.jurisdiction_id,
               CASE WHEN j.kind = 'state' OR j.state IS NULL THEN j.name
                    ELSE j.name || ', ' || j.state END AS jurisdiction,
               a.state, a.source_url, a.evidence_url,
               coalesce(json_extract_string(a.data, '$.quote'), e.quote, m.quote) AS quote,
               p.jurisdiction_id AS county_id, p.name || ', ' || p.state AS county,
               a.observed,
               CASE WHEN a.kind = 'watch.match' THEN json_extract_string(a.data, '$.watch') END
        FROM ranked a
        LEFT JOIN jurisdictions j ON j.jurisdiction_id = a.jurisdiction_id
        LEFT JOIN jurisdictions p ON p.jurisdiction_id = j.parent_id
            AND j.kind IN ('place', 'township') AND p.kind = 'county'
        LEFT JOIN contract_events e
            ON e.event_id = json_extract_string(a.data, '$.event_id')
        LEFT JOIN mentions m
            ON m.mention_id = json_extract_string(a.data, '$.mentions[0]')
        WHERE a.r_kind <= ? OR a.r_state <= ? OR a.r_place <= ?
           OR (a.kind = 'watch.match' AND a.r_watch <= ?)
        ORDER BY a.{order.replace(", ", ", a.")}
        """,
        [max_items, max_items, max_items, max_items],
    ).fetchall()


def collaboration_counties(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """The counties where local government works with ICE today, by reason: ``287g`` (an
    agency of the county on the newest participating list) and ``jail`` (a facility of the
    county in the newest detention statistics). County OCD ids."""
    agreements = con.execute(
        "SELECT DISTINCT county_id FROM v_287g_current"
        " WHERE list = 'participating' AND county_id IS NOT NULL"
    ).fetchall()
    jails = con.execute(
        "SELECT DISTINCT jurisdiction_id FROM v_facilities_current"
        " WHERE jurisdiction_id LIKE '%/county:%'"
    ).fetchall()
    return {"287g": {r[0] for r in agreements}, "jail": {r[0] for r in jails}}


def calendar_meetings(con: duckdb.DuckDBPyConnection, since: Any) -> list[dict[str, Any]]:
    """Meetings from ``since`` on (not cancelled) with a collaboration item on their agenda,
    soonest first: what the calendar feeds carry. ``items`` are the agenda items' titles, or
    the passages that mention collaboration where a document has no item list."""
    cursor = con.execute(
        """
        SELECT m.meeting_id, m.start_at, m.body, m.title, m.location, m.jurisdiction_id,
               j.name AS place, j.state, coalesce(m.agenda_url, m.url) AS url,
               list(DISTINCT n.kind ORDER BY n.kind) AS kinds,
               list(DISTINCT coalesce(i.title, n.quote) ORDER BY coalesce(i.title, n.quote))
                   AS items
        FROM meetings m
        JOIN mentions n ON n.meeting_id = m.meeting_id
        LEFT JOIN agenda_items i ON i.item_id = n.item_id
        LEFT JOIN jurisdictions j ON j.jurisdiction_id = m.jurisdiction_id
        WHERE m.start_at >= ? AND coalesce(m.status, '') <> 'cancelled'
        GROUP BY ALL
        ORDER BY m.start_at, m.meeting_id
        """,
        [since],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def busiest_place(con: duckdb.DuckDBPyConnection) -> tuple[str, str] | None:
    """(name, state) of the county (else the town) with the most alerts."""
    return con.execute(
        "SELECT j.name, j.state FROM alerts a JOIN jurisdictions j "
        "ON j.jurisdiction_id = a.jurisdiction_id WHERE j.kind IN ('county', 'place') "
        "AND a.kind <> 'watch.match' "
        "GROUP BY j.name, j.state, j.kind "
        "ORDER BY j.kind = 'county' DESC, count(*) DESC, 1 LIMIT 1"
    ).fetchone()


def extracted_documents(con: duckdb.DuckDBPyConnection, extractor: str) -> set[str]:
    """The sha256 of every document this extractor version has read and whose pages' text the
    warehouse keeps (for keyword watches); a document that could not be read counts as read."""
    try:
        rows = con.execute(
            "SELECT sha256 FROM document_extractions WHERE extractor = ? "
            "AND (pages_stored OR error IS NOT NULL)",
            [extractor],
        ).fetchall()
    except (duckdb.CatalogException, duckdb.BinderException):  # before migration 003 or 011:
        return set()  # read everything again
    return {row[0] for row in rows}


def last_checked_day(con: duckdb.DuckDBPyConnection) -> Any:
    """The day of the latest source check (a date), or None before the first run."""
    return con.execute("SELECT max(checked_at)::DATE FROM source_checks").fetchone()[0]


def unmatched_agencies(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The 287(g) agency names that matched no jurisdiction, with the reason."""
    cursor = con.execute("SELECT * FROM v_unmatched_agencies ORDER BY state, agency")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
