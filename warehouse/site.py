"""What the public site shows, read in a few queries whatever the number of places: the
status of every county for the national map, and for every jurisdiction with anything its
agreements, facilities, contracts, meetings ahead, warnings and timeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def site_rows(
    con: duckdb.DuckDBPyConnection, *, today: dt.date, horizon_days: int = 90
) -> dict[str, list[dict[str, Any]]]:
    """Every row the site is built from, by kind: ``places`` (the jurisdictions with anything,
    with their county), ``agreements`` (current 287(g) agreements), ``facilities`` (listed
    now), ``contracts`` (with their expiry), ``meetings`` (ahead, with collaboration items),
    ``votes`` (``vote.ahead`` alerts ahead), ``timeline`` (every event, newest first) and
    ``counties`` (each county's status flags, by FIPS)."""
    until = today + dt.timedelta(days=horizon_days)
    out: dict[str, list[dict[str, Any]]] = {}
    out["timeline"] = _rows(
        con,
        "SELECT t.jurisdiction_id, t.date, t.category, t.what, t.until, t.url "
        "FROM v_jurisdiction_timeline t ORDER BY t.date DESC NULLS LAST, t.category, t.what",
        [],
    )
    out["agreements"] = _rows(
        con,
        "SELECT agreement_id, list, state, agency, support_model, signed, jurisdiction_id, "
        "county_id, moa_url, addendum_url, listed_since FROM v_287g_current "
        "WHERE jurisdiction_id IS NOT NULL OR county_id IS NOT NULL ORDER BY agency",
        [],
    )
    out["facilities"] = _rows(
        con,
        "SELECT facility_id, name, city, state, type, operator, average_daily_population, "
        "guaranteed_minimum, jurisdiction_id, valid_from FROM facilities "
        "WHERE valid_to IS NULL AND jurisdiction_id IS NOT NULL ORDER BY name",
        [],
    )
    out["contracts"] = _rows(
        con,
        "SELECT contract_id, kind, counterparty, contract_number, jurisdiction_id, "
        "expiry_date, expiry_basis, per_diem::DOUBLE AS per_diem, beds, sources "
        "FROM v_contract_expiries WHERE jurisdiction_id IS NOT NULL "
        "ORDER BY expiry_date NULLS LAST, contract_id",
        [],
    )
    out["votes"] = _rows(
        con,
        "SELECT alert_id, title, summary, event_date, jurisdiction_id, evidence_url "
        "FROM alerts WHERE kind = 'vote.ahead' AND event_date >= ? ORDER BY event_date",
        [today],
    )
    jurisdictions = {
        r["jurisdiction_id"]
        for kind in ("timeline", "agreements", "facilities", "contracts", "votes")
        for r in out[kind]
        if r.get("jurisdiction_id")
    } | {r["county_id"] for r in out["agreements"] if r["county_id"]}
    out["places"] = _rows(
        con,
        "SELECT j.jurisdiction_id, j.name, j.kind, j.state, j.fips, "
        "CASE WHEN j.kind = 'county' THEN j.jurisdiction_id ELSE p.jurisdiction_id END "
        "AS county_id FROM jurisdictions j "
        "LEFT JOIN jurisdictions p ON p.jurisdiction_id = j.parent_id AND p.kind = 'county' "
        "WHERE j.jurisdiction_id IN (SELECT unnest(?::TEXT[])) ORDER BY j.state, j.name",
        [sorted(jurisdictions)],
    )
    out["counties"] = _rows(
        con,
        """
        WITH county AS (
            SELECT jurisdiction_id, name, state, fips FROM jurisdictions
            WHERE kind = 'county' AND fips IS NOT NULL),
        under AS (  -- the county of a place (and of the county itself)
            SELECT CASE WHEN j.kind = 'county' THEN j.jurisdiction_id ELSE j.parent_id END
                       AS county_id, j.jurisdiction_id
            FROM jurisdictions j WHERE j.kind IN ('county', 'place', 'township')),
        agreement AS (
            SELECT coalesce(a.county_id, u.county_id) AS county_id, a.list, a.support_model
            FROM v_287g_current a LEFT JOIN under u ON u.jurisdiction_id = a.jurisdiction_id),
        jail AS (
            SELECT u.county_id, f.type FROM facilities f
            JOIN under u ON u.jurisdiction_id = f.jurisdiction_id WHERE f.valid_to IS NULL),
        expiring AS (
            SELECT u.county_id, min(e.expiry_date) AS expiry FROM v_contract_expiries e
            JOIN under u ON u.jurisdiction_id = e.jurisdiction_id
            WHERE e.expiry_date BETWEEN ? AND ? GROUP BY 1)
        SELECT c.fips, c.jurisdiction_id, c.name, c.state,
               list(DISTINCT a.support_model ORDER BY a.support_model)
                   FILTER (WHERE a.list = 'participating') AS models,
               count(DISTINCT a.support_model) FILTER (WHERE a.list = 'pending') > 0
                   AS pending,
               list(DISTINCT j.type ORDER BY j.type) FILTER (WHERE j.type IS NOT NULL)
                   AS jails,
               any_value(x.expiry) AS expiry
        FROM county c
        LEFT JOIN agreement a ON a.county_id = c.jurisdiction_id
        LEFT JOIN jail j ON j.county_id = c.jurisdiction_id
        LEFT JOIN expiring x ON x.county_id = c.jurisdiction_id
        GROUP BY c.fips, c.jurisdiction_id, c.name, c.state
        HAVING count(a.list) > 0 OR count(j.type) > 0 OR any_value(x.expiry) IS NOT NULL
        ORDER BY c.fips
        """,
        [today, until],
    )
    return out


def meetings_ahead(con: duckdb.DuckDBPyConnection, today: dt.date) -> list[dict[str, Any]]:
    """Meetings from ``today`` on with a collaboration item: the upcoming votes."""
    return _rows(
        con,
        "SELECT m.meeting_id, m.start_at, m.body, m.title, m.status, m.jurisdiction_id, "
        "coalesce(m.agenda_url, m.url) AS url, j.name AS place, j.state, "
        "list(DISTINCT n.kind ORDER BY n.kind) AS kinds, "
        "arg_max(n.quote, (n.confidence, -coalesce(n.page, 0), n.mention_id)) AS quote "
        "FROM meetings m JOIN mentions n ON n.meeting_id = m.meeting_id "
        "LEFT JOIN jurisdictions j ON j.jurisdiction_id = m.jurisdiction_id "
        "WHERE m.start_at >= ? AND coalesce(m.status, '') <> 'cancelled' "
        "GROUP BY ALL ORDER BY m.start_at, m.meeting_id",
        [today],
    )
