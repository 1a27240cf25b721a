"""Loading extraction results: mentions, contracts merged across documents, their events, and
the alerts they raise (``agenda.item``, ``contract.renewed``, ``contract.terminated``,
``contract.expiring``).

A contract is one agreement of a jurisdiction with a counterparty: the same IGSA approved in
2020 and renewed in 2025 is one ``contracts`` row with two ``contract_events``. Findings are
matched to a contract by jurisdiction, kind and counterparty, and by contract number when both
state one. Every id is a hash of what it stands for, so loading the same run twice adds
nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from warehouse.ice287g import alert_id
from warehouse.stage import existing_keys, insert_records

KIND_NAMES = {
    "287g": "287(g) agreement",
    "igsa": "ICE detention contract (IGSA)",
    "digsa": "ICE dedicated detention contract (DIGSA)",
    "usms_iga": "U.S. Marshals jail contract (IGA)",
    "detainer": "ICE detainers",
    "data_sharing": "data sharing with ICE",
    "jail_access": "ICE access to the jail",
    "transport": "transport to ICE",
    "task_force": "joint task force",
    "scaap": "SCAAP",
}
_EVENT_ALERT = {"renew": "contract.renewed", "extend": "contract.renewed"}


@dataclass
class ExtractionBatch:
    """What a run's extraction produced, as rows ready for the warehouse."""

    documents: list[dict[str, Any]] = field(default_factory=list)  # document_extractions rows
    mentions: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)  # contract facts + provenance
    pages: list[dict[str, Any]] = field(default_factory=list)  # document_pages rows: every page


@dataclass
class ExtractionLoad:
    mentions_new: int = 0
    contracts_new: int = 0
    events_new: int = 0
    alerts_new: int = 0


def _hash(*parts: Any) -> str:
    return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()


def mention_id(where: str, page: int | None, kind: str, quote: str) -> str:
    return "m:" + _hash(where, page, kind, quote)[:24]


def load_extraction(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    batch: ExtractionBatch,
    *,
    today: dt.date,
    horizons: Sequence[int],
    stage_dir: Path | None = None,
) -> ExtractionLoad:
    """Runs inside the caller's transaction, after the run's meetings are loaded."""
    result = ExtractionLoad()
    now = dt.datetime.now(dt.UTC)
    if batch.documents:
        con.execute(
            "DELETE FROM document_extractions WHERE sha256 IN (SELECT unnest(?))",
            [[d["sha256"] for d in batch.documents]],
        )
        insert_records(con, "document_extractions", batch.documents, stage_dir=stage_dir)
        read = {d["sha256"] for d in batch.documents if not d.get("error")}
        con.execute("DELETE FROM document_pages WHERE sha256 IN (SELECT unnest(?))", [list(read)])
        insert_records(
            con,
            "document_pages",
            ({**p, "loaded_at": now} for p in batch.pages if p["sha256"] in read),
            stage_dir=stage_dir,
        )
    known = existing_keys(con, "mentions", "mention_id", (m["mention_id"] for m in batch.mentions))
    fresh = [m for m in batch.mentions if m["mention_id"] not in known]
    insert_records(con, "mentions", fresh, stage_dir=stage_dir, or_ignore=True)
    result.mentions_new = len({m["mention_id"] for m in fresh})

    alerts: list[dict[str, Any]] = []
    alerts += _agenda_alerts(con, fresh, run_id, now)
    ordered = sorted(batch.findings, key=lambda f: (f.get("event_date") or "", f["where"]))
    for finding in ordered:
        contract_id, created = _contract_for(con, finding, run_id)
        result.contracts_new += created
        event = _record_event(con, contract_id, finding, run_id)
        if event is not None:
            result.events_new += 1
            alerts += _event_alerts(con, contract_id, finding, event, run_id, now)
    alerts += _expiring_alerts(con, today, horizons, run_id, now)
    result.alerts_new = insert_new_alerts(con, alerts, today, stage_dir=stage_dir)
    return result


def _state(jurisdiction: str | None) -> str | None:
    match = re.search(r"/state:([a-z]{2})", jurisdiction or "")
    return match.group(1).upper() if match else None


def partner(kind: str, named: str | None) -> str | None:
    """The agency a contract is with: the one its text names, with the Department's older and
    parent names (INS, DHS) and a silent 287(g) agreement or IGSA taken as ICE, and a silent
    Marshals' agreement as the USMS."""
    if kind in {"287g", "igsa", "digsa"} and named in {None, "DHS", "INS"}:
        return "ICE"
    if kind == "usms_iga" and named is None:
        return "USMS"
    return named


def _contract_for(
    con: duckdb.DuckDBPyConnection, finding: dict[str, Any], run_id: str
) -> tuple[str, bool]:
    """The contract this finding speaks of (created if new), with its fields brought up to date
    by the finding when the finding is not older than what the contract already holds."""
    facts = {**finding["facts"]}
    facts["counterparty"] = partner(facts["kind"], facts.get("counterparty"))
    rows = con.execute(
        "SELECT contract_id, contract_number, action_date FROM contracts "
        "WHERE coalesce(jurisdiction_id, '') = ? AND kind = ? AND coalesce(counterparty, '') = ? "
        "ORDER BY action_date DESC NULLS LAST, contract_id",
        [finding.get("jurisdiction_id") or "", facts["kind"], facts.get("counterparty") or ""],
    ).fetchall()
    number = facts.get("contract_number")
    match = next((r for r in rows if number and r[1] == number), None)
    if match is None:
        match = next((r for r in rows if not number or not r[1]), None)
    event_date = finding.get("event_date")
    status = "terminated" if facts.get("action") == "terminate" else "active"
    if match is None:
        contract_id = (
            "c:"
            + _hash(
                finding.get("jurisdiction_id"), facts["kind"], facts.get("counterparty"), number
            )[:20]
        )
        insert_records(
            con,
            "contracts",
            [
                {
                    "contract_id": contract_id,
                    "jurisdiction_id": finding.get("jurisdiction_id"),
                    "source_id": finding.get("source_id"),
                    "kind": facts["kind"],
                    "counterparty": facts.get("counterparty"),
                    "contract_number": number,
                    "start_date": facts.get("start_date"),
                    "end_date": facts.get("end_date"),
                    "expiry_date": facts.get("expiry_date"),
                    "expiry_basis": facts.get("expiry_basis"),
                    "amount": facts.get("amount"),
                    "per_diem": facts.get("per_diem"),
                    "beds": facts.get("beds"),
                    "status": status,
                    "action_date": event_date,
                    "first_seen_run": run_id,
                    "last_seen_run": run_id,
                }
            ],
        )
        return contract_id, True
    contract_id, _, action_date = match
    newer = action_date is None or (event_date is not None and event_date >= str(action_date))
    updates: dict[str, Any] = {"last_seen_run": run_id}
    for column in (
        "contract_number",
        "start_date",
        "end_date",
        "expiry_date",
        "expiry_basis",
        "amount",
        "per_diem",
        "beds",
    ):
        if facts.get(column) is not None and newer:
            updates[column] = facts[column]
    if newer:
        updates["status"] = status
        updates["action_date"] = event_date
    sets = ", ".join(f"{column} = ?" for column in updates)
    con.execute(
        f"UPDATE contracts SET {sets} WHERE contract_id = ?", [*updates.values(), contract_id]
    )
    return contract_id, False


def _record_event(
    con: duckdb.DuckDBPyConnection, contract_id: str, finding: dict[str, Any], run_id: str
) -> dict[str, Any] | None:
    facts = finding["facts"]
    action = facts.get("action") or "discuss"
    event = {
        "event_id": "e:" + _hash(contract_id, action, finding["where"], finding.get("page"))[:24],
        "contract_id": contract_id,
        "action": action,
        "event_date": finding.get("event_date"),
        "document_sha256": finding.get("document_sha256"),
        "page": finding.get("page"),
        "quote": finding.get("quote"),
        "run_id": run_id,
        "meeting_id": finding.get("meeting_id"),
        "item_id": finding.get("item_id"),
        "facts": facts,
    }
    if existing_keys(con, "contract_events", "event_id", [event["event_id"]]):
        return None
    insert_records(con, "contract_events", [event])
    return event


def _where_text(finding: dict[str, Any]) -> str:
    return finding.get("body") or finding.get("source_id") or "a local body"


def body_named(con: duckdb.DuckDBPyConnection, who: str | None, jurisdiction_id: str | None) -> str:
    """A body as a reader knows it: "Board of County Commissioners (Gulfview County, FL)" when
    the portal's name does not say where; the place alone when there is no name."""
    row = con.execute(
        "SELECT name, state FROM jurisdictions WHERE jurisdiction_id = ?", [jurisdiction_id]
    ).fetchone()
    place = (f"{row[0]}, {row[1]}" if row[1] else row[0]) if row else None
    if not who:
        return place or "a local body"
    if place and row[0].lower() not in who.lower():
        return f"{who} ({place})"
    return who


def _event_alerts(
    con: duckdb.DuckDBPyConnection,
    contract_id: str,
    finding: dict[str, Any],
    event: dict[str, Any],
    run_id: str,
    now: dt.datetime,
) -> list[dict[str, Any]]:
    action = event["action"]
    kind = _EVENT_ALERT.get(action) or ("contract.terminated" if action == "terminate" else None)
    if kind is None:
        return []
    facts = finding["facts"]
    name = KIND_NAMES.get(facts["kind"], facts["kind"])
    with_whom = partner(facts["kind"], facts.get("counterparty")) or "the federal government"
    expiry = facts.get("expiry_date")
    verb = {"renew": "renews", "extend": "extends", "terminate": "ends"}[action]
    who = body_named(con, _where_text(finding), finding.get("jurisdiction_id"))
    title = f"{who} {verb} {name} with {with_whom}"
    if expiry:
        title += f" {'effective' if action == 'terminate' else 'through'} {expiry}"
    when = finding.get("event_date")
    summary = (
        f"{_where_text(finding)}{' on ' + when if when else ''}: {finding.get('quote', '')[:500]}"
    )
    event_day = dt.date.fromisoformat(when) if when else None
    return [
        alert_row(
            kind,
            f"contract:{contract_id}",
            title,
            summary,
            event_day,
            finding,
            run_id,
            now,
            extra=[event["event_id"]],
            data={"facts": facts, "page": finding.get("page"), "event_id": event["event_id"]},
        )
    ]


def _agenda_alerts(
    con: duckdb.DuckDBPyConnection, mentions: list[dict[str, Any]], run_id: str, now: dt.datetime
) -> list[dict[str, Any]]:
    """One ``agenda.item`` alert per meeting with mentions new in this run."""
    by_meeting: dict[str, list[dict[str, Any]]] = {}
    for mention in mentions:
        if mention.get("meeting_id"):
            by_meeting.setdefault(mention["meeting_id"], []).append(mention)
    alerts = []
    for meeting_id, found in by_meeting.items():
        row = con.execute(
            "SELECT body, title, start_at, url, agenda_url, jurisdiction_id, status "
            "FROM meetings WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()
        if row is None:
            continue
        body, title, start_at, url, agenda_url, jurisdiction_id, status = row
        kinds = sorted({m["kind"] for m in found})
        names = ", ".join(KIND_NAMES.get(k, k) for k in kinds)
        day = start_at.date() if start_at else None
        best = max(found, key=lambda m: m["confidence"] or 0)
        where = f"page {best['page']}" if best.get("page") else "agenda item"
        summary = f"{body or title}, {start_at:%a %b %-d %Y %H:%M} ({status})" if start_at else body
        alerts.append(
            alert_row(
                "agenda.item",
                f"meeting:{meeting_id}",
                f"{body_named(con, body or title, jurisdiction_id)} "
                f"{day.isoformat() if day else ''}: {names} on the agenda",
                f"{summary}. {where}: {best['quote'][:600]}",
                day,
                {"jurisdiction_id": jurisdiction_id, "url": agenda_url, "meeting_url": url},
                run_id,
                now,
                extra=kinds,
                data={"kinds": kinds, "mentions": [m["mention_id"] for m in found]},
            )
        )
    return alerts


def _expiring_alerts(
    con: duckdb.DuckDBPyConnection,
    today: dt.date,
    horizons: Sequence[int],
    run_id: str,
    now: dt.datetime,
) -> list[dict[str, Any]]:
    """A ``contract.expiring`` alert each time a contract's expiry crosses a horizon."""
    if not horizons:
        return []
    rows = con.execute(
        "SELECT contract_id, jurisdiction_id, source_id, kind, counterparty, expiry_date, "
        "expiry_basis FROM contracts WHERE status = 'active' AND expiry_date >= ? "
        "AND expiry_date <= ?",
        [today, today + dt.timedelta(days=max(horizons))],
    ).fetchall()
    alerts = []
    for contract_id, jurisdiction_id, source_id, kind, counterparty, expiry, basis in rows:
        days = (expiry - today).days
        horizon = min(h for h in horizons if days <= h)
        evidence = con.execute(
            "SELECT e.quote, f.url FROM contract_events e "
            "LEFT JOIN document_fetches f ON f.sha256 = e.document_sha256 "
            "WHERE e.contract_id = ? ORDER BY e.event_date DESC NULLS LAST LIMIT 1",
            [contract_id],
        ).fetchone()
        name = KIND_NAMES.get(kind, kind)
        where = body_named(con, None, jurisdiction_id)  # the place; else the source
        where = source_id or where if where == "a local body" else where
        alerts.append(
            alert_row(
                "contract.expiring",
                f"contract:{contract_id}",
                f"{where}: {name} with {counterparty or 'the federal government'} expires "
                f"{expiry.isoformat()} ({days} days)",
                f"Expiry {expiry.isoformat()} ({basis}); inside the {horizon}-day horizon. "
                + (evidence[0][:500] if evidence and evidence[0] else ""),
                expiry,
                {
                    "jurisdiction_id": jurisdiction_id,
                    "url": evidence[1] if evidence else None,
                },
                run_id,
                now,
                extra=[str(horizon)],
                data={"horizon_days": horizon, "days_left": days, "basis": basis},
            )
        )
    return alerts


def alert_row(
    kind: str,
    subject: str,
    title: str,
    summary: str,
    event_date: dt.date | None,
    where: dict[str, Any],
    run_id: str,
    now: dt.datetime,
    *,
    extra: Sequence[str],
    data: dict[str, Any],
) -> dict[str, Any]:
    """An alert row about a contract, a meeting or a vote (also used by ``warehouse.votes``)."""
    jurisdiction = where.get("jurisdiction_id")
    return {
        "alert_id": alert_id(kind, subject, event_date, extra),
        "kind": kind,
        "subject_id": subject,
        "title": re.sub(r"\s+", " ", title).strip(),
        "summary": re.sub(r"\s+", " ", summary).strip(),
        "event_date": event_date,
        "action_date": event_date,
        "jurisdiction_id": jurisdiction,
        "state": _state(jurisdiction),
        "source_url": where.get("meeting_url") or where.get("url"),
        "evidence_url": where.get("url"),
        "data": data,
        "run_id": run_id,
        "created_at": now,
    }


def insert_new_alerts(
    con: duckdb.DuckDBPyConnection,
    alerts: list[dict[str, Any]],
    today: dt.date,
    *,
    stage_dir: Path | None = None,
) -> int:
    """Insert the alerts not yet in the warehouse (once each), first seen ``today``; their
    count."""
    known = existing_keys(con, "alerts", "alert_id", (a["alert_id"] for a in alerts))
    fresh = {
        a["alert_id"]: {**a, "observed_on": today} for a in alerts if a["alert_id"] not in known
    }
    insert_records(con, "alerts", fresh.values(), stage_dir=stage_dir)
    return len(fresh)
