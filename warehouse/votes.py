"""The warning that joins ICE's lists to the agenda that decides: ``vote.ahead``.

When a place has a tie to ICE — an agency of it on ICE's pending 287(g) list, or a jail in it
holding people for ICE or the Marshals in ICE's detention statistics — and its governing
body has a meeting ahead with an ICE or federal-detention item on the agenda, one alert per
meeting says so: the meeting's date and lead time, the item, and the tie with its source.
"""

from __future__ import annotations

import datetime as dt

import duckdb

from warehouse.extraction import KIND_NAMES, alert_row, body_named, insert_new_alerts

_UPCOMING = """
SELECT m.meeting_id, m.start_at, m.body, m.title, m.jurisdiction_id,
       coalesce(m.agenda_url, m.url) AS url, m.url AS meeting_url,
       list(DISTINCT n.kind ORDER BY n.kind) AS kinds,
       -- the surest mention, then the first page (the agenda before its attachments)
       arg_max(n.quote, (n.confidence, -coalesce(n.page, 0), n.mention_id)) AS quote
FROM meetings m JOIN mentions n ON n.meeting_id = m.meeting_id
WHERE m.start_at >= ? AND coalesce(m.status, '') <> 'cancelled'
  AND m.jurisdiction_id IS NOT NULL
GROUP BY ALL
"""
# pending and not signed since (a signed agreement leaves the pending list a list later)
_PENDING = """
SELECT v.agreement_id, v.agency, v.support_model, v.listed_since
FROM v_287g_current v
WHERE v.list = 'pending' AND (v.jurisdiction_id = ? OR v.county_id = ?)
  AND NOT EXISTS (
      SELECT 1 FROM v_287g_current p
      WHERE p.list = 'participating' AND p.state = v.state AND p.agency = v.agency
        AND p.support_model = v.support_model)
ORDER BY v.agency, v.support_model
"""
_HELD = """
SELECT facility_id, name, type, average_daily_population, valid_from
FROM facilities WHERE valid_to IS NULL AND jurisdiction_id = ?
ORDER BY name
"""


def vote_alerts(
    con: duckdb.DuckDBPyConnection, run_id: str, *, today: dt.date, now: dt.datetime
) -> int:
    """Raise a ``vote.ahead`` alert for each meeting ahead that calls for one; the count of
    new alerts (a meeting already warned of, with the same ties, is not warned of again)."""
    alerts = []
    for row in con.execute(_UPCOMING, [today]).fetchall():
        meeting_id, start, body, title, place_id, url, meeting_url, kinds, quote = row
        pending = con.execute(_PENDING, [place_id, place_id]).fetchall()
        held = con.execute(_HELD, [place_id]).fetchall()
        if not pending and not held:
            continue
        ties = [
            f"{agency} is on ICE's pending 287(g) list ({model}) since {since.isoformat()}"
            for _, agency, model, since in pending
        ] + [
            f"{name} held {adp or 0:.0f} people a day for ICE ({kind}) in ICE's detention "
            f"statistics of {since.isoformat()}"
            for _, name, kind, adp, since in held
        ]
        day = start.date()
        lead = (day - today).days
        who = body_named(con, body or title, place_id)
        names = ", ".join(KIND_NAMES.get(k, k) for k in kinds)
        alerts.append(
            alert_row(
                "vote.ahead",
                f"meeting:{meeting_id}",
                f"{who} votes on {day.isoformat()}, in {lead} days: {names}",
                f"{who} meets on {day.isoformat()} ({lead} days from now) with {names} on its "
                f"agenda: “{(quote or '')[:500]}”. Ties to ICE here: {'; '.join(ties)}.",
                day,
                {"jurisdiction_id": place_id, "url": url, "meeting_url": meeting_url},
                run_id,
                now,
                extra=sorted([a[0] for a in pending] + [f[0] for f in held]),
                data={
                    "lead_days": lead,
                    "kinds": kinds,
                    "pending": [a[0] for a in pending],
                    "facilities": [f[0] for f in held],
                },
            )
        )
    return insert_new_alerts(con, alerts, today)
