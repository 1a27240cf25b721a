"""Detention facility history: editions of ICE's detention statistics compared, versions with
valid_from/valid_to, each facility tied to its county, and the alerts.

A facility is identified by its site (street address and ZIP) and name; when a facility of an
edition has no match by that identity but one facility of the previous edition at the same
site went missing, the two are one facility that ICE renamed.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from extract.detention import DetentionEdition, Facility
from warehouse.gazetteer import Gazetteer
from warehouse.ice287g import alert_id
from warehouse.stage import insert_records

# Fields whose change makes a new version of the facility.
VERSIONED = (
    "name",
    "address",
    "city",
    "state",
    "zip",
    "aor",
    "type",
    "operator",
    "average_daily_population",
    "guaranteed_minimum",
    "last_inspection",
    "male_female",
)
# Changes worth telling people about (facility.changed); population has its own alert.
ALERTED = ("type", "operator", "name")


class AlertKind(enum.StrEnum):
    ADDED = "facility.added"
    REMOVED = "facility.removed"
    CHANGED = "facility.changed"
    POPULATION = "facility.population"


@dataclass
class EditionLoad:
    edition_date: dt.date
    status: str  # loaded | already-loaded | older-than-loaded
    facilities: int
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # absent once: removed if absent again
    changed: list[str] = field(default_factory=list)
    population: list[str] = field(default_factory=list)
    alerts: int = 0


def facility_record(f: Facility, gazetteer: Gazetteer) -> dict[str, Any]:
    county = gazetteer.county_of(zip_code=f.zip, city=f.city, state=f.state)
    return {
        "facility_id": f.key,
        "site_id": f.site,
        "name": f.name,
        "address": f.address,
        "city": f.city,
        "state": f.state,
        "zip": f.zip,
        "aor": f.aor,
        "type": f.type,
        "operator": f.operator,
        "average_daily_population": f.average_daily_population,
        "guaranteed_minimum": f.guaranteed_minimum,
        "last_inspection": f.last_inspection,
        "male_female": f.male_female,
        "jurisdiction_id": county.jurisdiction_id if county else None,
    }


def load_detention_edition(
    con: duckdb.DuckDBPyConnection,
    edition: DetentionEdition,
    *,
    edition_date: dt.date,
    document_sha256: str,
    run_id: str,
    gazetteer: Gazetteer,
    source_url: str | None = None,
    population_jump: float = 0.5,
    population_min: float = 25.0,
    stage_dir: Path | None = None,
) -> EditionLoad:
    """Load one edition into ``facilities`` and emit its alerts; runs in the caller's
    transaction. A population alert needs a change of at least ``population_jump`` (a share
    of the previous average daily population) and of ``population_min`` people."""
    if con.execute(
        "SELECT 1 FROM detention_editions WHERE document_sha256 = ?", [document_sha256]
    ).fetchone():
        return EditionLoad(edition_date, "already-loaded", len(edition.facilities))
    latest = con.execute("SELECT max(edition_date) FROM detention_editions").fetchone()[0]
    if latest is not None and edition_date < latest:
        return EditionLoad(edition_date, "older-than-loaded", len(edition.facilities))

    records: dict[str, dict[str, Any]] = {}
    for f in edition.facilities:
        records.setdefault(f.key, facility_record(f, gazetteer))
    current = _open_versions(con)
    # A new name at a site whose only facility went missing is that facility renamed; the same
    # name in the same city with a retyped address or ZIP is the same facility.
    _continue(records, current, lambda r: r["site_id"])
    _continue(records, current, _place_key)

    gone = [key for key in current if key not in records]
    if _looks_broken(con, len(current), len(records), len(gone), edition_date):
        return _suspect(
            con, edition, edition_date, document_sha256, len(current), len(gone), run_id, source_url
        )
    result = EditionLoad(edition_date, "loaded", len(records))
    versions, alerts, ended = [], [], []
    now = dt.datetime.now(dt.UTC)

    def alert(kind: AlertKind, rec: Mapping[str, Any], **extra: Any) -> None:
        alerts.append(_alert(kind, rec, edition, edition_date, run_id, now, source_url, **extra))

    for key, rec in records.items():
        old = current.get(key)
        if old is None:
            result.added.append(rec["name"])
            versions.append(rec)
            alert(AlertKind.ADDED, rec)
            continue
        fields = [f for f in VERSIONED if _norm(old.get(f)) != _norm(rec.get(f))]
        if not fields:
            continue
        ended.append(key)
        versions.append(rec)
        told = [f for f in ALERTED if f in fields]
        if told:
            result.changed.append(rec["name"])
            alert(AlertKind.CHANGED, rec, old=old, fields=told)
        before, after = old.get("average_daily_population"), rec.get("average_daily_population")
        if before is not None and after is not None:
            change = after - before
            if abs(change) >= population_min and abs(change) >= population_jump * max(before, 1):
                result.population.append(rec["name"])
                alert(AlertKind.POPULATION, rec, old=old)
    absent = dict(
        con.execute("SELECT facility_id, missing_since FROM facility_absences").fetchall()
    )
    confirmed: dict[str, dt.date] = {}
    for key, old in current.items():
        if key in records:
            continue
        since = absent.get(key)
        if since is None or since >= edition_date:  # the first edition without it: a gap
            result.missing.append(old["name"])
            con.execute(
                "INSERT OR REPLACE INTO facility_absences VALUES (?, ?, ?)",
                [key, edition_date, document_sha256],
            )
            continue
        confirmed[key] = since
        result.removed.append(old["name"])
        alert(AlertKind.REMOVED, old, since=since)
    back = [key for key in absent if key in records or key in confirmed]
    if back:
        con.execute(
            "DELETE FROM facility_absences WHERE facility_id IN (SELECT unnest(?::TEXT[]))", [back]
        )
    for key, since in confirmed.items():  # listed until the first edition without it
        con.execute(
            "UPDATE facilities SET valid_to = ? WHERE valid_to IS NULL AND facility_id = ?",
            [since, key],
        )
    # Two editions on one day: the later replaces what the earlier recorded for that day.
    con.execute(
        "DELETE FROM facilities WHERE valid_from = ? AND facility_id IN (SELECT unnest(?::TEXT[]))",
        [edition_date, ended],
    )
    if ended:
        con.execute(
            "UPDATE facilities SET valid_to = ? WHERE valid_to IS NULL "
            "AND facility_id IN (SELECT unnest(?::TEXT[]))",
            [edition_date, ended],
        )
    insert_records(
        con,
        "facilities",
        [
            {
                **rec,
                "valid_from": edition_date,
                "valid_to": None,
                "fiscal_year": edition.fiscal_year,
                "document_sha256": document_sha256,
                "run_id": run_id,
            }
            for rec in versions
        ],
        stage_dir=stage_dir,
    )
    result.alerts = insert_records(con, "alerts", alerts, stage_dir=stage_dir, or_ignore=True)
    con.execute(
        "INSERT INTO detention_editions VALUES (?, ?, ?, ?, ?, ?, ?, now())",
        [
            document_sha256,
            edition_date,
            edition.fiscal_year,
            edition.name,
            edition.sheet,
            len(records),
            run_id,
        ],
    )
    return result


# As for ICE's 287(g) lists (warehouse.ice287g): an edition that shrank at once and would take
# more than this share of the listed facilities away is held back, not turned into removals.
# Half, not a fifth: editions a year apart change a lot (FY19 → FY21 went from 213 to 135
# facilities), a header-only or cut file does not.
SUSPECT_SHARE = 0.5
SUSPECT_MIN = 10


def _looks_broken(
    con: duckdb.DuckDBPyConnection, listed: int, rows: int, gone: int, edition_date: dt.date
) -> bool:
    if listed < SUSPECT_MIN or gone <= SUSPECT_SHARE * listed:
        return False
    if rows >= (1 - SUSPECT_SHARE) * listed:
        return False
    held = con.execute(
        "SELECT row_count FROM suspect_editions WHERE list = 'detention' AND snapshot_date < ? "
        "ORDER BY snapshot_date DESC LIMIT 1",
        [edition_date],
    ).fetchone()
    return held is None or abs(held[0] - rows) > SUSPECT_SHARE * max(held[0], rows, 1)


def _suspect(
    con: duckdb.DuckDBPyConnection,
    edition: DetentionEdition,
    edition_date: dt.date,
    document_sha256: str,
    listed: int,
    gone: int,
    run_id: str,
    source_url: str | None,
) -> EditionLoad:
    reason = (
        f"the detention statistics of {edition_date.isoformat()} ({edition.name}) list "
        f"{len(edition.facilities)} facilities and would take {gone} of the {listed} listed "
        f"away at once (more than {SUSPECT_SHARE:.0%}): held back until a sound edition comes"
    )
    con.execute(
        "INSERT OR IGNORE INTO suspect_editions VALUES ('detention', ?, ?, ?, ?, ?, ?, now())",
        [edition_date, document_sha256, len(edition.facilities), listed, reason, run_id],
    )
    subject = "source:ice-detention-stats"
    alert = {
        "alert_id": alert_id("source.suspect", subject, edition_date, [document_sha256]),
        "kind": "source.suspect",
        "subject_id": subject,
        "title": f"ICE's detention statistics of {edition_date.isoformat()} look broken",
        "summary": reason[0].upper() + reason[1:] + ".",
        "event_date": edition_date,
        "observed_on": edition_date,
        "action_date": None,
        "jurisdiction_id": None,
        "state": None,
        "source_url": source_url,
        "evidence_url": source_url,
        "data": {"document_sha256": document_sha256, "rows": len(edition.facilities)},
        "run_id": run_id,
        "created_at": dt.datetime.now(dt.UTC),
    }
    inserted = insert_records(con, "alerts", [alert], or_ignore=True)
    return EditionLoad(edition_date, "suspect", len(edition.facilities), alerts=inserted)


def _continue(
    records: dict[str, dict[str, Any]],
    current: Mapping[str, Mapping[str, Any]],
    key_of: Any,
) -> None:
    """Give a new record the id of the one open facility, missing from ``records``, that
    ``key_of`` says it continues."""
    missing: dict[Any, list[str]] = {}
    for key, old in current.items():
        if key not in records:
            missing.setdefault(key_of(old), []).append(key)
    for key, rec in list(records.items()):
        if key in current:
            continue
        candidates = missing.get(key_of(rec)) or []
        if len(candidates) == 1:
            old_key = candidates.pop()
            records.pop(key)
            records[old_key] = {**rec, "facility_id": old_key}


def facilities_on(con: duckdb.DuckDBPyConnection, day: dt.date) -> int:
    """How many facilities the history holds as listed on ``day``."""
    return int(
        con.execute(
            "SELECT count(*) FROM facilities WHERE valid_from <= ? "
            "AND (valid_to IS NULL OR valid_to > ?)",
            [day, day],
        ).fetchone()[0]
    )


def _open_versions(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    cursor = con.execute(
        "SELECT facility_id, site_id, name, address, city, state, zip, aor, type, operator, "
        "average_daily_population, guaranteed_minimum, last_inspection, male_female, "
        "jurisdiction_id FROM facilities WHERE valid_to IS NULL"
    )
    names = [d[0] for d in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}


def _alert(
    kind: AlertKind,
    rec: Mapping[str, Any],
    edition: DetentionEdition,
    edition_date: dt.date,
    run_id: str,
    now: dt.datetime,
    source_url: str | None,
    *,
    old: Mapping[str, Any] | None = None,
    fields: list[str] | None = None,
    since: dt.date | None = None,
) -> dict[str, Any]:
    where = ", ".join(p for p in (rec.get("city"), rec.get("state")) if p)
    name = rec["name"]
    kind_of = rec.get("type") or "facility"
    label = f"FY{edition.fiscal_year % 100:02d} " if edition.fiscal_year else ""
    stats = f"ICE's {label}detention statistics (data of {edition_date.isoformat()})"
    data: dict[str, Any] = {"facility": _jsonable(rec)}
    if kind is AlertKind.ADDED:
        title = f"{name} ({where}) holds ICE detainees: {kind_of}"
        summary = f"{name}, {rec.get('address') or ''} {where}, appears in {stats} as {kind_of}"
        summary += _adp(rec)
    elif kind is AlertKind.REMOVED:
        title = f"{name} ({where}) no longer in ICE's detention statistics"
        summary = (
            f"{name} ({kind_of}, {where}) is missing from {stats}"
            + (f" as from the edition of {since.isoformat()}" if since else "")
            + ": it held no ICE detainees at the data pull, or its contract ended."
        )
    elif kind is AlertKind.CHANGED:
        assert old is not None and fields is not None
        described = "; ".join(
            f"{f}: {old.get(f) or '(none)'} → {rec.get(f) or '(none)'}" for f in fields
        )
        title = f"{name} ({where}): {described}"
        summary = f"{stats} changed {name}: {described}."
        data["fields"] = fields
        data["old"] = _jsonable(old)
    else:
        assert old is not None
        before = old.get("average_daily_population") or 0
        after = rec.get("average_daily_population") or 0
        title = f"{name} ({where}): ICE detainees {before:.0f} → {after:.0f} a day"
        summary = (
            f"The average daily population of ICE detainees at {name} ({kind_of}, {where}) went "
            f"from {before:.1f} to {after:.1f} in {stats}."
        )
    subject = f"facility:{rec['facility_id']}"
    return {
        "alert_id": alert_id(kind.value, subject, edition_date, fields or ()),
        "kind": kind.value,
        "subject_id": subject,
        "title": title,
        "summary": summary,
        "event_date": edition_date,
        "observed_on": edition_date,
        "action_date": None,
        "jurisdiction_id": rec.get("jurisdiction_id"),
        "state": rec.get("state"),
        "source_url": source_url,
        "evidence_url": source_url,
        "data": data,
        "run_id": run_id,
        "created_at": now,
    }


def _place_key(rec: Mapping[str, Any]) -> tuple:
    fold = "".join(c for c in (rec.get("name") or "").lower() if c.isalnum())
    return (fold, (rec.get("city") or "").lower(), rec.get("state"))


def _adp(rec: Mapping[str, Any]) -> str:
    adp = rec.get("average_daily_population")
    return f", with {adp:.1f} ICE detainees a day on average." if adp is not None else "."


def _norm(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return " ".join(value.split()) or None
    return value


def _jsonable(rec: Mapping[str, Any]) -> dict[str, Any]:
    return {
        k: (v.isoformat() if isinstance(v, dt.date) else v)
        for k, v in rec.items()
        if k != "site_id"
    }


def load_listings(
    con: duckdb.DuckDBPyConnection,
    facilities: list[Facility],
    *,
    listed_on: dt.date,
    run_id: str,
    gazetteer: Gazetteer,
    stage_dir: Path | None = None,
) -> tuple[int, int]:
    """Record the facility locator's cards seen on ``listed_on``; returns (new, seen again)."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for f in facilities:
        county = gazetteer.county_of(zip_code=f.zip, city=f.city, state=f.state)
        rows.setdefault(
            (f.site, f.name),
            {
                "site_id": f.site,
                "name": f.name,
                "field_office": f.aor,
                "address": f.address,
                "city": f.city,
                "state": f.state,
                "zip": f.zip,
                "jurisdiction_id": county.jurisdiction_id if county else None,
                "first_listed": listed_on,
                "last_listed": listed_on,
                "run_id": run_id,
            },
        )
    if not rows:
        return 0, 0
    known = {
        (r[0], r[1]) for r in con.execute("SELECT site_id, name FROM facility_listings").fetchall()
    }
    seen = [k for k in rows if k in known]
    for site, name in seen:
        con.execute(
            "UPDATE facility_listings SET last_listed = greatest(last_listed, ?) "
            "WHERE site_id = ? AND name = ?",
            [listed_on, site, name],
        )
    fresh = [r for k, r in rows.items() if k not in known]
    insert_records(con, "facility_listings", fresh, stage_dir=stage_dir)
    return len(fresh), len(seen)
