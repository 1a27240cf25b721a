"""The gazetteer in the warehouse, agency names matched to it, and the history query.

Runs inside the loader's transaction: the ``jurisdictions`` table is brought level with the
gazetteer, every 287(g) version not matched yet gets its jurisdiction (the versions of earlier
runs included), and alerts take the jurisdiction of their agreement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from warehouse.agencies import AgencyMatch, agency_kind, match_agency
from warehouse.gazetteer import DERIVED_SOURCE, Gazetteer, Jurisdiction, ocd_slug
from warehouse.stage import insert_records

_OCD_PART = re.compile(r"/([a-z_]+):([^/]+)$")


@dataclass
class MatchReport:
    agencies: int = 0  # distinct agency names matched in this load
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    jurisdictions_new: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "agencies": self.agencies,
            "unmatched": len(self.unmatched),
            "unmatched_names": [f"{u['agency']} ({u['state']})" for u in self.unmatched],
            "jurisdictions_new": self.jurisdictions_new,
        }


def sync_gazetteer(con: duckdb.DuckDBPyConnection, gazetteer: Gazetteer) -> int:
    """Make ``jurisdictions`` hold the gazetteer; returns the rows written.

    A source whose row count already matches is left alone, so this costs one query when
    nothing changed. Derived places that the gazetteer now knows are replaced by its entries.
    """
    by_source: dict[str, list[Jurisdiction]] = {}
    for j in gazetteer:
        if j.source != DERIVED_SOURCE:
            by_source.setdefault(j.source, []).append(j)
    have = dict(
        con.execute("SELECT source, count(*) FROM jurisdictions GROUP BY source").fetchall()
    )
    written = 0
    for source, rows in by_source.items():
        if have.get(source) == len(rows):
            continue
        ids = [j.jurisdiction_id for j in rows]
        con.execute(
            "DELETE FROM jurisdictions WHERE source = ? OR jurisdiction_id IN "
            "(SELECT unnest(?::TEXT[]))",
            [source, ids],
        )
        written += insert_records(con, "jurisdictions", [j.row() for j in rows])
    parts = [
        {"jurisdiction_id": jid, "county_id": county}
        for jid, counties in gazetteer.counties_of.items()
        if len(counties) > 1
        for county in counties
    ]
    (have_parts,) = con.execute("SELECT count(*) FROM place_counties").fetchone()
    if have_parts != len(parts):
        con.execute("DELETE FROM place_counties")
        written += insert_records(con, "place_counties", parts)
    return written


def match_agreements(
    con: duckdb.DuckDBPyConnection,
    gazetteer: Gazetteer,
    *,
    stage_dir: Path | None = None,
) -> MatchReport:
    """Match every 287(g) version that has no match yet, or only a guessed one (a place
    derived from the name, none at all: the gazetteer may know them now), and record derived
    places."""
    pending = con.execute(
        "SELECT DISTINCT agency, state, county, agency_type FROM agreements_287g "
        "WHERE match_method IS NULL OR match_method IN ('derived', 'unmatched')"
    ).fetchall()
    report = MatchReport(agencies=len(pending))
    if not pending:
        return report
    matches = [
        (row, match_agency(gazetteer, row[0], row[1], county=row[2], type_hint=row[3]))
        for row in pending
    ]
    records = []
    for (agency, state, county, agency_type), m in matches:
        records.append(
            {
                "agency": agency,
                "state": state,
                "county": county,
                "agency_type": agency_type,
                "jurisdiction_id": m.jurisdiction_id,
                "agency_kind": m.agency_kind,
                "county_id": m.county_id,
                "match_method": m.method,
                "match_score": m.score,
                "match_note": m.note or None,
            }
        )
        if not m.matched:
            report.unmatched.append({"agency": agency, "state": state, "note": m.note})
    report.jurisdictions_new = _add_derived(con, [m for _, m in matches])
    con.execute(
        "CREATE OR REPLACE TEMP TABLE agency_matches AS SELECT * FROM ("
        "SELECT NULL::TEXT agency, NULL::TEXT state, NULL::TEXT county, NULL::TEXT agency_type, "
        "NULL::TEXT jurisdiction_id, NULL::TEXT agency_kind, NULL::TEXT county_id, "
        "NULL::TEXT match_method, NULL::DOUBLE match_score, NULL::TEXT match_note) WHERE false"
    )
    insert_records(con, "agency_matches", records, stage_dir=stage_dir)
    con.execute(
        "UPDATE agreements_287g a SET jurisdiction_id = m.jurisdiction_id, "
        "agency_kind = m.agency_kind, county_id = m.county_id, match_method = m.match_method, "
        "match_score = m.match_score, match_note = m.match_note "
        "FROM agency_matches m WHERE (a.match_method IS NULL "
        "OR a.match_method IN ('derived', 'unmatched')) AND a.agency = m.agency "
        "AND a.state IS NOT DISTINCT FROM m.state AND a.county IS NOT DISTINCT FROM m.county "
        "AND a.agency_type IS NOT DISTINCT FROM m.agency_type"
    )
    con.execute("DROP TABLE agency_matches")
    # An alert about an agreement belongs to the agreement's jurisdiction.
    con.execute(
        "UPDATE alerts SET jurisdiction_id = a.jurisdiction_id FROM ("
        "SELECT DISTINCT agreement_id, last_value(jurisdiction_id) OVER ("
        "PARTITION BY agreement_id ORDER BY valid_from "
        "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS jurisdiction_id "
        "FROM agreements_287g) a "
        "WHERE alerts.subject_id = '287g:' || a.agreement_id AND alerts.jurisdiction_id IS NULL "
        "AND a.jurisdiction_id IS NOT NULL"
    )
    return report


def register_sources(
    con: duckdb.DuckDBPyConnection, gazetteer: Gazetteer, sources: Sequence[dict[str, Any]]
) -> int:
    """Give every source's jurisdiction a row (a derived one when the gazetteer lacks it) and
    every agenda source its body's agency kind; returns the jurisdictions added."""
    derived = []
    for source in sources:
        jid = source.get("jurisdiction")
        if jid and jid not in gazetteer.by_id:
            derived.append(_from_ocd_id(jid, source.get("body") or ""))
        if source.get("body"):
            con.execute(
                "UPDATE sources SET agency_kind = ? WHERE source_id = ?",
                [agency_kind(source["body"]), source["id"]],
            )
    known = {
        row[0]
        for row in con.execute(
            "SELECT jurisdiction_id FROM jurisdictions WHERE jurisdiction_id IN "
            "(SELECT unnest(?::TEXT[]))",
            [[j.jurisdiction_id for j in derived]],
        ).fetchall()
    }
    fresh = {j.jurisdiction_id: j for j in derived if j.jurisdiction_id not in known}
    return insert_records(con, "jurisdictions", [j.row() for j in fresh.values()])


def _add_derived(con: duckdb.DuckDBPyConnection, matches: Sequence[AgencyMatch]) -> int:
    places = {m.derived.jurisdiction_id: m.derived for m in matches if m.derived is not None}
    if not places:
        return 0
    known = {
        row[0]
        for row in con.execute(
            "SELECT jurisdiction_id FROM jurisdictions WHERE jurisdiction_id IN "
            "(SELECT unnest(?::TEXT[]))",
            [list(places)],
        ).fetchall()
    }
    return insert_records(
        con, "jurisdictions", [p.row() for k, p in places.items() if k not in known]
    )


def _from_ocd_id(jid: str, body: str) -> Jurisdiction:
    """A jurisdiction known only by its OCD id (a registry entry for a place not in the
    gazetteer): its name is the id's last part, title-cased."""
    match = _OCD_PART.search(jid)
    kind_word, slug = match.groups() if match else ("place", jid.rsplit("/", 1)[-1])
    state_match = re.search(r"/(?:state|territory|district):([a-z]{2})", jid)
    state = state_match.group(1).upper() if state_match else None
    name = " ".join(w.capitalize() for w in slug.replace("~", "'").split("_"))
    kind = {"county": "county", "parish": "county", "borough": "county"}.get(kind_word, "place")
    if kind == "county":
        name = f"{name} {kind_word.capitalize()}"
    return Jurisdiction(jid, name, kind, state, None, jid.rsplit("/", 1)[0], None, DERIVED_SOURCE)


def resolve(con: duckdb.DuckDBPyConnection, gazetteer: Gazetteer, text: str) -> Jurisdiction:
    """The jurisdiction ``text`` names (OCD id, FIPS, "Bucks County, PA"), gazetteer first,
    then the warehouse's derived places.

    Raises:
        LookupError: nothing matches; the message says what was tried and suggests names.
    """
    text = " ".join(text.split())
    if "," not in text and not text.startswith("ocd-division/") and not text.isdigit():
        text = _with_state(gazetteer, text)
    found = gazetteer.resolve(text)
    by_name = _by_name(con, gazetteer, text) if "," in text else []
    # Without the Census places file, "Philadelphia, PA" would fall to the county of that
    # name; a town the warehouse knows by that name (a registry body's, an agency's) is meant.
    towns = [r for r in by_name if r[2] in ("place", "township")]
    if towns and (found is None or found.kind == "county") and not _COUNTY_WORDS.search(text):
        return Jurisdiction(*towns[0])
    if found is not None:
        return found
    rows = (
        by_name
        or con.execute(
            "SELECT jurisdiction_id, name, kind, state, fips, parent_id, lsad, source "
            "FROM jurisdictions WHERE jurisdiction_id = lower(?) OR fips = ?",
            [text, text],
        ).fetchall()
    )
    if rows:
        return Jurisdiction(*rows[0])
    if "," not in text and gazetteer.state(text) is None:
        candidates = gazetteer.named(text)
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            shown = "; ".join(f'"{c.label}"' for c in candidates[:12])
            more = f" and {len(candidates) - 12} more" if len(candidates) > 12 else ""
            raise LookupError(
                f"{text!r} names {len(candidates)} jurisdictions: {shown}{more}. Add the state."
            )
    raise LookupError(
        f'no jurisdiction matches {text!r}. Give a name with its state ("Bucks County, PA", '
        '"Philadelphia, PA"), an OCD id (ocd-division/country:us/state:pa/county:bucks) or a '
        "FIPS code (42017)."
    )


_COUNTY_WORDS = re.compile(r"\b(county|parish|borough|census area)\b", re.I)


def _with_state(gazetteer: Gazetteer, text: str) -> str:
    """ "etowah county al" → "etowah county, al": a trailing state code or name, comma-less."""
    words = text.split()
    for size in (3, 2, 1):
        if len(words) > size and gazetteer.state(" ".join(words[-size:])) is not None:
            return f"{' '.join(words[:-size])}, {' '.join(words[-size:])}"
    return text


def _by_name(
    con: duckdb.DuckDBPyConnection, gazetteer: Gazetteer, text: str
) -> list[tuple[Any, ...]]:
    name, _, where = text.rpartition(",")
    state = gazetteer.state(where)
    if state is None or not name.strip():
        return []
    return con.execute(
        "SELECT jurisdiction_id, name, kind, state, fips, parent_id, lsad, source "
        "FROM jurisdictions WHERE state = ? AND (lower(name) = lower(?) OR jurisdiction_id "
        "LIKE ?) ORDER BY kind = 'county', jurisdiction_id",
        [state.state, name.strip(), f"%/place:{ocd_slug(name.strip())}"],
    ).fetchall()


def doubtful_matches(con: duckdb.DuckDBPyConnection) -> tuple[list[dict[str, Any]], int]:
    """The current 287(g) agreements whose jurisdiction is a guess: a place derived from the
    name alone, a near spelling, none, or the state of an agency whose name names no place
    (a university's police); and how many current agreements there are."""
    cursor = con.execute(
        "SELECT a.state, a.agency, a.county, a.match_method, a.match_score, j.name AS "
        "jurisdiction, a.jurisdiction_id, a.match_note, count(*) AS agreements "
        "FROM agreements_287g a LEFT JOIN jurisdictions j USING (jurisdiction_id) "
        "WHERE a.valid_to IS NULL AND (a.match_method IN ('derived', 'fuzzy', 'unmatched') "
        "OR (a.match_method = 'state' AND a.match_note LIKE '%names no place%')) "
        "GROUP BY ALL ORDER BY a.state, a.agency"
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    (current,) = con.execute(
        "SELECT count(*) FROM agreements_287g WHERE valid_to IS NULL"
    ).fetchone()
    return rows, int(current)


def history(
    con: duckdb.DuckDBPyConnection,
    jurisdiction_id: str,
    *,
    limit: int | None = None,
    since: dt.date | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """The timeline of a jurisdiction and the places under it, newest first (``since``: from
    that day on), at most ``limit`` events; and how many events there are in all."""
    where = "WHERE tree.root_id = ? AND (?::DATE IS NULL OR t.date >= ?::DATE)"
    source = (
        "FROM v_jurisdiction_timeline t "
        "JOIN v_jurisdiction_tree tree ON tree.jurisdiction_id = t.jurisdiction_id "
    )
    params = [jurisdiction_id, since, since]
    cursor = con.execute(
        "SELECT DISTINCT t.date, t.category, t.what, t.until, t.url, t.ref, t.jurisdiction_id, "
        f"j.name AS jurisdiction {source}"
        "LEFT JOIN jurisdictions j ON j.jurisdiction_id = t.jurisdiction_id "
        f"{where} ORDER BY t.date DESC NULLS LAST, t.category, t.what "
        + ("LIMIT ?" if limit else ""),
        [*params, *([limit] if limit else [])],
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    (total,) = con.execute(
        f"SELECT count(*) FROM (SELECT DISTINCT t.* {source}{where})", params
    ).fetchone()
    return rows, int(total)


def expiring(
    con: duckdb.DuckDBPyConnection,
    *,
    today: dt.date,
    within_days: int,
    state: str | None = None,
    expired: bool = False,
) -> list[dict[str, Any]]:
    """Contracts expiring between ``today`` and ``today + within_days``, soonest first; with
    ``expired``, those that expired in the ``within_days`` before ``today``, latest first. A
    contract several sources state alike is one row (``sources``)."""
    if expired:
        window, order = (
            (today - dt.timedelta(days=within_days), today - dt.timedelta(days=1)),
            "DESC",
        )
    else:
        window, order = (today, today + dt.timedelta(days=within_days)), ""
    cursor = con.execute(
        "SELECT expiry_date, expiry_date - ?::DATE AS days_left, expiry_basis, kind, "
        "counterparty, contract_number, jurisdiction_id, jurisdiction, state, "
        "per_diem::DOUBLE AS per_diem, amount::DOUBLE AS amount, beds, sources, "
        "contract_id FROM v_contract_expiries "
        "WHERE expiry_date BETWEEN ?::DATE AND ?::DATE AND (?::TEXT IS NULL OR state = ?) "
        f"ORDER BY expiry_date {order}, jurisdiction_id, contract_id",
        [today, *window, state, state],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
