"""287(g) list history: differences between editions, versions with valid_from/valid_to, alerts.

The diff is a pure function over records, used both by ``icewatch ice287g diff`` on two files
and by the loader against the open versions in the warehouse.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from extract.ice287g import Agreement287g, ListKind, Snapshot287g, agency_similarity, agreement_id
from warehouse.stage import insert_records

# Fields whose change is a change of the agreement (state and model are part of its identity,
# but a corrected state spelling still reaches them through the rename match).
COMPARED = (
    "state",
    "agency",
    "agency_type",
    "county",
    "support_model",
    "signed",
    "moa_url",
    "addendum_url",
)
# A vanished row and a new one with the same state, model and signed date whose agency names
# are at least this similar are one agreement whose name ICE corrected, not an end and a start.
RENAME_SIMILARITY = 85.0


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class AlertKind(enum.StrEnum):
    SIGNED = "287g.signed"
    PENDING = "287g.pending"
    ENDED = "287g.ended"
    CHANGED = "287g.changed"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    list: str
    agreement_id: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    fields: tuple[str, ...] = ()
    renamed: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "change": self.kind.value,
            "list": self.list,
            "agreement_id": self.agreement_id,
            "fields": list(self.fields),
            "renamed": self.renamed,
            "old": _jsonable(self.old),
            "new": _jsonable(self.new),
        }


@dataclass
class LoadResult:
    list: str
    snapshot_date: dt.date
    status: str  # loaded | already-loaded | older-than-loaded
    rows: int
    changes: list[Change]
    alerts: int = 0


def record(row: Agreement287g) -> dict[str, Any]:
    """The comparable record of a parsed row."""
    return {
        "agreement_id": agreement_id(row.key),
        "list": row.list.value,
        "match_key": row.key,
        "state": row.state,
        "state_raw": row.state_raw,
        "agency": row.agency,
        "agency_type": row.agency_type.value if row.agency_type else None,
        "county": row.county,
        "support_model": row.support_model.value if row.support_model else None,
        "support_raw": row.support_raw,
        "signed": row.signed,
        "moa_url": row.moa_url,
        "addendum_url": row.addendum_url,
    }


def diff_records(
    old: Iterable[Mapping[str, Any]], new: Iterable[Mapping[str, Any]]
) -> tuple[list[Change], list[dict[str, Any]]]:
    """Compare two editions of one list.

    Returns the changes and the new records, each carrying the ``agreement_id`` it continues
    (a renamed agreement keeps the id of its old name).
    """
    old_by_key = {r["match_key"]: dict(r) for r in old}
    new_records = [dict(r) for r in new]
    used_ids = {r["agreement_id"] for r in old_by_key.values()}
    changes: list[Change] = []
    pairs: list[tuple[dict[str, Any], dict[str, Any], bool]] = []
    added: list[dict[str, Any]] = []
    for rec in new_records:
        previous = old_by_key.pop(rec["match_key"], None)
        if previous is None:
            added.append(rec)
        else:
            pairs.append((previous, rec, False))

    # Pair what vanished with what appeared when only the agency spelling moved.
    candidates = []
    for gone in old_by_key.values():
        for new_rec in added:
            if _same_agreement_apart_from_name(gone, new_rec):
                score = agency_similarity(gone["agency"], new_rec["agency"])
                if score >= RENAME_SIMILARITY:
                    candidates.append((score, gone["match_key"], new_rec["match_key"]))
    taken_old: set[str] = set()
    taken_new: set[str] = set()
    for _score, old_key, new_key in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if old_key in taken_old or new_key in taken_new:
            continue
        taken_old.add(old_key)
        taken_new.add(new_key)
        new_rec = next(r for r in added if r["match_key"] == new_key)
        pairs.append((old_by_key[old_key], new_rec, True))
    added = [r for r in added if r["match_key"] not in taken_new]

    for previous, rec, renamed in pairs:
        rec["agreement_id"] = previous["agreement_id"]
        fields = tuple(f for f in COMPARED if _norm(previous.get(f)) != _norm(rec.get(f)))
        if fields:
            changes.append(
                Change(
                    ChangeKind.CHANGED,
                    rec["list"],
                    rec["agreement_id"],
                    previous,
                    rec,
                    fields,
                    renamed,
                )
            )
    for rec in added:
        if rec["agreement_id"] in used_ids:
            # The id of this name belongs to an agreement that was renamed away from it.
            rec["agreement_id"] = hashlib.sha256(
                f"{rec['match_key']}|{rec['list']}|{len(used_ids)}".encode()
            ).hexdigest()[:16]
        used_ids.add(rec["agreement_id"])
        changes.append(Change(ChangeKind.ADDED, rec["list"], rec["agreement_id"], None, rec))
    for key, gone in old_by_key.items():
        if key not in taken_old:
            changes.append(
                Change(ChangeKind.REMOVED, gone["list"], gone["agreement_id"], gone, None)
            )
    changes.sort(key=lambda c: (c.kind.value, c.agreement_id))
    return changes, new_records


def diff_snapshots(old: Snapshot287g, new: Snapshot287g) -> list[Change]:
    if old.list != new.list:
        raise ValueError(f"cannot compare a {old.list} list with a {new.list} list")
    changes, _ = diff_records([record(r) for r in old.rows], [record(r) for r in new.rows])
    return changes


def load_snapshot(
    con: duckdb.DuckDBPyConnection,
    snapshot: Snapshot287g,
    *,
    snapshot_date: dt.date,
    document_sha256: str,
    file_name: str,
    source_url: str | None,
    run_id: str,
    stage_dir: Path | None = None,
) -> LoadResult:
    """Load one edition of a list into ``agreements_287g`` and emit its alerts.

    Runs inside the caller's transaction. An edition already loaded, or older than the newest
    loaded edition of the same list, changes nothing.
    """
    kind = snapshot.list.value
    if con.execute(
        "SELECT 1 FROM snapshots_287g WHERE list = ? AND document_sha256 = ?",
        [kind, document_sha256],
    ).fetchone():
        return LoadResult(kind, snapshot_date, "already-loaded", len(snapshot.rows), [])
    latest = con.execute(
        "SELECT max(snapshot_date) FROM snapshots_287g WHERE list = ?", [kind]
    ).fetchone()[0]
    if latest is not None and snapshot_date < latest:
        return LoadResult(kind, snapshot_date, "older-than-loaded", len(snapshot.rows), [])

    current = open_records(con, kind)
    changes, new_records = diff_records(current, [record(r) for r in snapshot.rows])
    # Two editions on one day: the later replaces what the earlier recorded for that day.
    con.execute(
        "DELETE FROM agreements_287g WHERE list = ? AND valid_from = ? AND agreement_id IN "
        "(SELECT unnest(?::TEXT[]))",
        [kind, snapshot_date, [c.agreement_id for c in changes if c.kind != ChangeKind.ADDED]],
    )
    ended = [c.agreement_id for c in changes if c.kind != ChangeKind.ADDED]
    if ended:
        con.execute(
            "UPDATE agreements_287g SET valid_to = ? WHERE list = ? AND valid_to IS NULL "
            "AND agreement_id IN (SELECT unnest(?::TEXT[]))",
            [snapshot_date, kind, ended],
        )
    touched = {c.agreement_id for c in changes if c.kind != ChangeKind.REMOVED}
    versions = [
        {
            **rec,
            "valid_from": snapshot_date,
            "valid_to": None,
            "document_sha256": document_sha256,
            "run_id": run_id,
        }
        for rec in new_records
        if rec["agreement_id"] in touched
    ]
    insert_records(con, "agreements_287g", versions, stage_dir=stage_dir)
    alerts = alerts_for_changes(
        con, changes, snapshot_date=snapshot_date, source_url=source_url, run_id=run_id
    )
    inserted = insert_records(con, "alerts", alerts, stage_dir=stage_dir, or_ignore=True)
    con.execute(
        "INSERT INTO snapshots_287g VALUES (?, ?, ?, ?, ?, ?, now())",
        [kind, snapshot_date, document_sha256, file_name, len(snapshot.rows), run_id],
    )
    return LoadResult(kind, snapshot_date, "loaded", len(snapshot.rows), changes, inserted)


def open_records(con: duckdb.DuckDBPyConnection, kind: str) -> list[dict[str, Any]]:
    cursor = con.execute(
        "SELECT agreement_id, list, match_key, state, state_raw, agency, agency_type, county, "
        "support_model, support_raw, signed, moa_url, addendum_url "
        "FROM agreements_287g WHERE list = ? AND valid_to IS NULL",
        [kind],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def alerts_for_changes(
    con: duckdb.DuckDBPyConnection,
    changes: Sequence[Change],
    *,
    snapshot_date: dt.date,
    source_url: str | None,
    run_id: str,
) -> list[dict[str, Any]]:
    """Alerts for one edition's changes; ids come from kind, agreement and event date."""
    now = dt.datetime.now(dt.UTC)
    signed_ids: set[str] = set()
    if any(c.list == ListKind.PENDING and c.kind == ChangeKind.REMOVED for c in changes):
        signed_ids = {
            row[0]
            for row in con.execute(
                "SELECT agreement_id FROM agreements_287g "
                "WHERE list = 'participating' AND valid_to IS NULL"
            ).fetchall()
        }
    alerts = []
    for change in changes:
        rec = change.new or change.old or {}
        who = _who(rec)
        model = rec.get("support_model") or rec.get("support_raw") or "287(g)"
        event_date = snapshot_date
        if change.list == ListKind.PARTICIPATING and change.kind == ChangeKind.ADDED:
            kind = AlertKind.SIGNED
            event_date = rec.get("signed") or snapshot_date
            title = f"{who} signs 287(g) {model} agreement"
            summary = (
                f"ICE lists {rec['agency']} ({_where(rec)}) as a participating 287(g) agency, "
                f"{model}, signed {_date(rec.get('signed'))}. Listed in ICE's participating "
                f"agencies spreadsheet of {snapshot_date.isoformat()}."
            )
        elif change.list == ListKind.PENDING and change.kind == ChangeKind.ADDED:
            kind = AlertKind.PENDING
            title = f"{who} seeks a 287(g) {model} agreement (pending)"
            summary = (
                f"ICE lists {rec['agency']} ({_where(rec)}) as pending a 287(g) {model} "
                f"agreement in its pending agencies spreadsheet of {snapshot_date.isoformat()}. "
                "The agreement is not signed yet."
            )
        elif change.kind == ChangeKind.REMOVED:
            if change.list == ListKind.PENDING and change.agreement_id in signed_ids:
                continue  # it moved to the participating list: the signing alert says so
            kind = AlertKind.ENDED
            if change.list == ListKind.PENDING:
                title = f"{who} no longer pending a 287(g) {model} agreement"
                summary = (
                    f"{rec['agency']} ({_where(rec)}) left ICE's pending 287(g) list on "
                    f"{snapshot_date.isoformat()} without appearing as participating "
                    "(withdrawn, or not yet listed as signed)."
                )
            else:
                title = f"{who} 287(g) {model} agreement no longer listed"
                summary = (
                    f"{rec['agency']} ({_where(rec)}), {model}, signed "
                    f"{_date(rec.get('signed'))}, is missing from ICE's participating agencies "
                    f"spreadsheet of {snapshot_date.isoformat()}: the agreement may have ended."
                )
        else:
            kind = AlertKind.CHANGED
            described = "; ".join(
                f"{f}: {_value(change.old.get(f))} → {_value(change.new.get(f))}"
                for f in change.fields
                if change.old is not None and change.new is not None
            )
            what = "renamed" if change.renamed else "changed"
            title = f"{who} 287(g) {model} agreement {what}"
            summary = (
                f"ICE's {change.list} agencies spreadsheet of {snapshot_date.isoformat()} "
                f"changed this agreement: {described}."
            )
        subject = f"287g:{change.agreement_id}"
        alerts.append(
            {
                "alert_id": alert_id(kind.value, subject, event_date, change.fields),
                "kind": kind.value,
                "subject_id": subject,
                "title": title,
                "summary": summary,
                "event_date": event_date,
                "action_date": None,
                "jurisdiction_id": rec.get("jurisdiction_id"),
                "state": rec.get("state"),
                "source_url": source_url,
                "evidence_url": rec.get("moa_url") or rec.get("addendum_url"),
                "data": {"change": change.as_json(), "snapshot_date": snapshot_date.isoformat()},
                "run_id": run_id,
                "created_at": now,
            }
        )
    return alerts


def alert_id(kind: str, subject: str, event_date: dt.date | None, extra: Iterable[str] = ()) -> str:
    text = "|".join([kind, subject, event_date.isoformat() if event_date else "", *extra])
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _same_agreement_apart_from_name(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return (
        a["list"] == b["list"]
        and (a.get("state") or a.get("state_raw")) == (b.get("state") or b.get("state_raw"))
        and a.get("support_model") == b.get("support_model")
        and _norm(a.get("signed")) == _norm(b.get("signed"))
        and (not a.get("county") or not b.get("county") or _norm(a["county"]) == _norm(b["county"]))
    )


def _norm(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return " ".join(value.split()).lower() or None
    return value


def _who(rec: Mapping[str, Any]) -> str:
    return f"{rec.get('agency')} ({rec.get('state') or rec.get('state_raw')})"


def _where(rec: Mapping[str, Any]) -> str:
    parts = [rec.get("county"), rec.get("state") or rec.get("state_raw")]
    return ", ".join(p for p in parts if p)


def _date(value: Any) -> str:
    return (
        value.isoformat()
        if isinstance(value, dt.date)
        else str(value or "on a date ICE does not give")
    )


def _value(value: Any) -> str:
    if value is None:
        return "(none)"
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _jsonable(rec: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if rec is None:
        return None
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in rec.items()}
