"""287(g) list history: differences between editions, versions with valid_from/valid_to, alerts.

The diff is a pure function over records, used both by ``icewatch ice287g diff`` on two files
and by the loader against the open versions in the warehouse.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

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
# An edition that shrank by more than this share of a list's open agreements at once (of at
# least SUSPECT_MIN_ROWS) and would end as many is held back as suspect, not turned into ends.
SUSPECT_SHARE = 0.2
SUSPECT_MIN_ROWS = 10


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class AlertKind(enum.StrEnum):
    SIGNED = "287g.signed"
    PENDING = "287g.pending"
    ENDED = "287g.ended"
    CHANGED = "287g.changed"
    SUSPECT = "source.suspect"


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
    status: str  # loaded | already-loaded | older-than-loaded | suspect
    rows: int
    changes: list[Change]
    alerts: int = 0
    missing: list[str] = field(default_factory=list)  # absent once: ended if absent again
    note: str = ""


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
    if _looks_broken(con, kind, changes, current, snapshot, snapshot_date):
        return _suspect(
            con, snapshot, kind, snapshot_date, document_sha256, len(current), changes, run_id,
            source_url,
        )  # fmt: skip
    changes, missing = _confirm_removals(con, kind, changes, snapshot_date, document_sha256)
    # Two editions on one day: the later replaces what the earlier recorded for that day.
    con.execute(
        "DELETE FROM agreements_287g WHERE list = ? AND valid_from = ? AND agreement_id IN "
        "(SELECT unnest(?::TEXT[]))",
        [kind, snapshot_date, [c.agreement_id for c in changes if c.kind == ChangeKind.CHANGED]],
    )
    changed = [c.agreement_id for c in changes if c.kind == ChangeKind.CHANGED]
    if changed:
        con.execute(
            "UPDATE agreements_287g SET valid_to = ? WHERE list = ? AND valid_to IS NULL "
            "AND agreement_id IN (SELECT unnest(?::TEXT[]))",
            [snapshot_date, kind, changed],
        )
    for change in changes:  # an ended agreement was listed until the first edition without it
        if change.kind == ChangeKind.REMOVED and change.old is not None:
            con.execute(
                "UPDATE agreements_287g SET valid_to = ? WHERE list = ? AND valid_to IS NULL "
                "AND agreement_id = ?",
                [change.old.get("missing_since", snapshot_date), kind, change.agreement_id],
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
    _attach_published_links(con, changes, snapshot_date)
    con.execute(
        "INSERT INTO snapshots_287g VALUES (?, ?, ?, ?, ?, ?, now())",
        [kind, snapshot_date, document_sha256, file_name, len(snapshot.rows), run_id],
    )
    result = LoadResult(kind, snapshot_date, "loaded", len(snapshot.rows), changes, inserted)
    result.missing = missing
    return result


def _looks_broken(
    con: duckdb.DuckDBPyConnection,
    kind: str,
    changes: Sequence[Change],
    current: Sequence[Mapping[str, Any]],
    snapshot: Snapshot287g,
    snapshot_date: dt.date,
) -> bool:
    """An edition that shrank at once (a header-only sheet, a cut file) and would end more
    than SUSPECT_SHARE of the listed agreements; not a pending list whose agencies signed, nor
    one that turned over. A second edition of about the same size confirms a shrink."""
    if len(current) < SUSPECT_MIN_ROWS:
        return False
    signed = _participating_ids(con) if kind == ListKind.PENDING.value else set()
    ending = [c for c in changes if c.kind == ChangeKind.REMOVED and c.agreement_id not in signed]
    moved = sum(1 for c in changes if c.kind == ChangeKind.REMOVED) - len(ending)
    if len(ending) <= SUSPECT_SHARE * len(current):
        return False
    if len(snapshot.rows) + moved >= (1 - SUSPECT_SHARE) * len(current):
        return False
    held = con.execute(
        "SELECT row_count FROM suspect_editions WHERE list = ? AND snapshot_date < ? "
        "ORDER BY snapshot_date DESC LIMIT 1",
        [kind, snapshot_date],
    ).fetchone()
    rows = len(snapshot.rows)
    return held is None or abs(held[0] - rows) > SUSPECT_SHARE * max(held[0], rows, 1)


def _participating_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {
        row[0]
        for row in con.execute(
            "SELECT agreement_id FROM agreements_287g "
            "WHERE list = 'participating' AND valid_to IS NULL"
        ).fetchall()
    }


def _confirm_removals(
    con: duckdb.DuckDBPyConnection,
    kind: str,
    changes: list[Change],
    snapshot_date: dt.date,
    document_sha256: str,
) -> tuple[list[Change], list[str]]:
    """An agreement missing from one edition is a gap: it stays listed, and only the next
    edition without it ends it (as of the first edition it missed). Returns the changes to
    apply and the agencies missing for the first time."""
    absent = dict(
        con.execute(
            "SELECT agreement_id, missing_since FROM agreement_absences WHERE list = ?", [kind]
        ).fetchall()
    )
    kept: list[Change] = []
    missing: list[str] = []
    back = set(absent)
    for change in changes:
        if change.kind != ChangeKind.REMOVED:
            kept.append(change)
            continue
        since = absent.get(change.agreement_id)
        if since is None or since >= snapshot_date:
            missing.append(change.old["agency"] if change.old else change.agreement_id)
            back.discard(change.agreement_id)
            con.execute(
                "INSERT OR REPLACE INTO agreement_absences VALUES (?, ?, ?, ?)",
                [change.agreement_id, kind, snapshot_date, document_sha256],
            )
            continue
        back.add(change.agreement_id)
        kept.append(replace(change, old={**(change.old or {}), "missing_since": since}))
    if back:
        con.execute(
            "DELETE FROM agreement_absences WHERE list = ? AND agreement_id IN "
            "(SELECT unnest(?::TEXT[]))",
            [kind, sorted(back)],
        )
    return kept, missing


def _suspect(
    con: duckdb.DuckDBPyConnection,
    snapshot: Snapshot287g,
    kind: str,
    snapshot_date: dt.date,
    document_sha256: str,
    open_count: int,
    changes: list[Change],
    run_id: str,
    source_url: str | None,
) -> LoadResult:
    """Hold back an edition that would end too many agreements at once: record it, tell the
    maintainers (``source.suspect``), change nothing."""
    removed = [c for c in changes if c.kind == ChangeKind.REMOVED]
    reason = (
        f"the {kind} list of {snapshot_date.isoformat()} has {len(snapshot.rows)} rows and "
        f"would end {len(removed)} of the {open_count} listed agreements at once "
        f"(more than {SUSPECT_SHARE:.0%}): held back until a sound edition comes"
    )
    con.execute(
        "INSERT OR IGNORE INTO suspect_editions VALUES (?, ?, ?, ?, ?, ?, ?, now())",
        [kind, snapshot_date, document_sha256, len(snapshot.rows), open_count, reason, run_id],
    )
    subject = f"source:ice-287g:{kind}"
    now = dt.datetime.now(dt.UTC)
    alert = {
        "alert_id": alert_id(AlertKind.SUSPECT.value, subject, snapshot_date, [document_sha256]),
        "kind": AlertKind.SUSPECT.value,
        "subject_id": subject,
        "title": f"ICE's 287(g) {kind} list of {snapshot_date.isoformat()} looks broken",
        "summary": reason[0].upper() + reason[1:] + ".",
        "event_date": snapshot_date,
        "observed_on": snapshot_date,
        "action_date": None,
        "jurisdiction_id": None,
        "state": None,
        "source_url": source_url,
        "evidence_url": source_url,
        "data": {"document_sha256": document_sha256, "rows": len(snapshot.rows)},
        "run_id": run_id,
        "created_at": now,
    }
    inserted = insert_records(con, "alerts", [alert], or_ignore=True)
    return LoadResult(kind, snapshot_date, "suspect", len(snapshot.rows), [], inserted, note=reason)


def _attach_published_links(
    con: duckdb.DuckDBPyConnection, changes: Sequence[Change], snapshot_date: dt.date
) -> None:
    """An MOA that ICE links days after listing the agreement completes the signing: its link
    becomes the signing alert's evidence (the feed item shows it), not news of its own."""
    for change in changes:
        if change.kind != ChangeKind.CHANGED or change.old is None or change.new is None:
            continue
        for name in ("moa_url", "addendum_url"):
            if name in change.fields and not change.old.get(name) and change.new.get(name):
                con.execute(
                    "UPDATE alerts SET evidence_url = coalesce(evidence_url, ?), "
                    "data = json_merge_patch(data, ?) WHERE subject_id = ? AND kind IN "
                    "('287g.signed', '287g.pending') AND json_extract(data, ?) IS NULL",
                    [
                        change.new[name],
                        json.dumps({f"{name}_published_on": snapshot_date.isoformat()}),
                        f"287g:{change.agreement_id}",
                        f"$.{name}_published_on",
                    ],
                )


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
        signed_ids = _participating_ids(con)
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
            since = (change.old or {}).get("missing_since") or snapshot_date
            event_date = since
            if change.list == ListKind.PENDING:
                title = f"{who} no longer pending a 287(g) {model} agreement"
                summary = (
                    f"{rec['agency']} ({_where(rec)}) left ICE's pending 287(g) list on "
                    f"{_date(since)} without appearing as participating "
                    "(withdrawn, or not yet listed as signed)."
                )
            else:
                title = f"{who} 287(g) {model} agreement no longer listed"
                summary = (
                    f"{rec['agency']} ({_where(rec)}), {model}, signed "
                    f"{_date(rec.get('signed'))}, is missing from ICE's participating agencies "
                    f"spreadsheets since {_date(since)} (still missing on "
                    f"{snapshot_date.isoformat()}): the agreement may have ended."
                )
        else:
            what = _news(con, change, snapshot_date)
            if not what:
                continue  # a column ICE added, a link that came back: the history keeps it
            kind = AlertKind.CHANGED
            title = f"{who} 287(g) {model} agreement: {'; '.join(what)}"
            summary = (
                f"ICE's {change.list} agencies spreadsheet of {snapshot_date.isoformat()} "
                f"changed this agreement: {'; '.join(what)}."
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
                "observed_on": snapshot_date,
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


def _news(con: duckdb.DuckDBPyConnection, change: Change, snapshot_date: dt.date) -> list[str]:
    """What a reader is told of a changed row: a corrected name, county or signed date, a new
    MOA. Not news: a field ICE filled in (a column it added: TYPE, COUNTY, ADDENDUM), a link
    published after the listing (it joins the signing's alert), a link that vanished or came
    back, the agency type."""
    old, new = change.old or {}, change.new or {}
    told: list[str] = []
    if "agency" in change.fields:
        told.append(f"renamed from {old.get('agency')!r} to {new.get('agency')!r}")
    if "county" in change.fields and old.get("county") and new.get("county"):
        told.append(f"county corrected to {new['county']}")
    if "signed" in change.fields and old.get("signed") and new.get("signed"):
        told.append(f"signed date now {_date(new['signed'])} (was {_date(old['signed'])})")
    for name, label in (("moa_url", "MOA"), ("addendum_url", "addendum")):
        before, after = old.get(name), new.get(name)
        if name not in change.fields or not before or not after:
            continue
        if _link(before) == _link(after) or _seen_link(
            con, change.agreement_id, name, after, snapshot_date
        ):
            continue
        told.append(f"new {label} published")
    return told


def _link(url: str) -> str:
    return unquote(url).replace(" ", "").lower()


def _seen_link(
    con: duckdb.DuckDBPyConnection, agreement: str, name: str, url: str, before: dt.date
) -> bool:
    """Whether an earlier version of the agreement had this link (it vanished and came back)."""
    return bool(
        con.execute(
            f"SELECT 1 FROM agreements_287g WHERE agreement_id = ? AND {name} = ? "
            "AND valid_from < ? LIMIT 1",
            [agreement, url, before],
        ).fetchall()
    )


def alert_id(kind: str, subject: str, event_date: dt.date | None, extra: Iterable[str] = ()) -> str:
    text = "|".join([kind, subject, event_date.isoformat() if event_date else "", *extra])
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _same_agreement_apart_from_name(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return (
        a["list"] == b["list"]
        and (a.get("state") or a.get("state_raw")) == (b.get("state") or b.get("state_raw"))
        and a.get("support_model") == b.get("support_model")
        and _norm(a.get("signed")) == _norm(b.get("signed"))
        and (
            not a.get("county")
            or not b.get("county")
            # a county spelling ICE fixed with the name ("Lampass County" → "Lampasas County")
            or agency_similarity(a["county"], b["county"]) >= RENAME_SIMILARITY
        )
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


def _jsonable(rec: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if rec is None:
        return None
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in rec.items()}
