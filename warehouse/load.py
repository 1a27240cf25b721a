"""Loading one run into the warehouse: one transaction, all or nothing.

A run killed while loading leaves the warehouse as it was before the run (DuckDB discards the
open transaction on the next open); the next run loads the same files again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from extract.detention import DetentionEdition, Facility
from extract.ice287g import ListKind, Snapshot287g
from warehouse.agendas import AgendaLoad, load_agendas, mark_sources_ok
from warehouse.detention import EditionLoad, load_detention_edition, load_listings
from warehouse.evidence import EvidenceLoad, load_evidence
from warehouse.extraction import ExtractionBatch, ExtractionLoad, load_extraction
from warehouse.gazetteer import Gazetteer
from warehouse.ice287g import LoadResult, load_snapshot
from warehouse.jurisdictions import (
    MatchReport,
    match_agreements,
    register_sources,
    sync_gazetteer,
)
from warehouse.source_health import SourceCheck, record_checks, source_alerts
from warehouse.stage import existing_keys, insert_records
from warehouse.votes import vote_alerts

# Set only by the crash-safety test: pause inside the load transaction so it can be killed there.
HOLD_ENV = "ICEWATCH_DEBUG_HOLD_LOAD_SECONDS"


@dataclass
class Ice287gEdition:
    """One parsed 287(g) spreadsheet with the document it came from."""

    document: dict[str, Any]
    snapshot: Snapshot287g
    snapshot_date: dt.date


@dataclass
class DetentionInput:
    """One parsed detention statistics workbook with the document it came from."""

    document: dict[str, Any]
    edition: DetentionEdition
    edition_date: dt.date


@dataclass
class ListingInput:
    """The facility cards of ICE's locator pages fetched in a run."""

    facilities: list[Facility]
    listed_on: dt.date


@dataclass
class RunRecord:
    run_id: str
    started_at: dt.datetime
    mode: str
    sources_ok: int
    sources_failed: int
    failures: list[str] = field(default_factory=list)


@dataclass
class AgendaBatch:
    """What the agenda spiders produced in a run (item dicts as the crawl wrote them)."""

    meetings: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    listings: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class RunLoad:
    documents_new: int
    editions: list[LoadResult]
    agendas: AgendaLoad = field(default_factory=AgendaLoad)
    extraction: ExtractionLoad = field(default_factory=ExtractionLoad)
    jurisdictions: MatchReport = field(default_factory=MatchReport)
    detention: list[EditionLoad] = field(default_factory=list)
    listings: tuple[int, int] = (0, 0)  # facility locator cards: new, seen again
    source_alerts: int = 0  # source.broken and source.stale, for maintainers
    vote_alerts: int = 0  # vote.ahead
    evidence: list[EvidenceLoad] = field(default_factory=list)  # contract evidence by file

    @property
    def alerts_new(self) -> int:
        return (
            sum(e.alerts for e in self.editions)
            + self.extraction.alerts_new
            + sum(d.alerts for d in self.detention)
            + self.source_alerts
            + self.vote_alerts
        )


@dataclass
class EvidenceInput:
    """Contract evidence of one file: UWCHR facility contract dates or USAspending awards,
    as ``warehouse.evidence`` records."""

    name: str
    sha256: str
    records: list[dict[str, Any]]


@dataclass
class RunInput:
    """Everything one load writes, and the clock and thresholds it judges them by: the one
    typed input of :func:`load_run`, the warehouse's only writer's entrance for a run.

    ``today`` dates the alerts, ``now`` decides which meetings have passed (both default to
    the clock). ``checks``: what the run saw of each source it crawled, from which
    source.broken (``broken_after`` failed runs in a row) and source.stale (nothing new for
    ``stale_after`` days, agenda sources) alerts are raised; a load without checks (a
    backfill of saved files) raises none."""

    run: RunRecord
    sources: Sequence[dict[str, Any]] = ()
    documents: Sequence[dict[str, Any]] = ()
    editions: Sequence[Ice287gEdition] = ()
    agendas: AgendaBatch = field(default_factory=AgendaBatch)
    ok_sources: Sequence[str] = ()
    extraction: ExtractionBatch = field(default_factory=ExtractionBatch)
    detention: Sequence[DetentionInput] = ()
    listings: ListingInput | None = None
    evidence: Sequence[EvidenceInput] = ()
    checks: Sequence[SourceCheck] = ()
    # the clock and the thresholds
    today: dt.date | None = None
    now: dt.datetime | None = None
    gazetteer: Gazetteer | None = None
    horizons: Sequence[int] = (120, 90, 60, 30)
    population_jump: float = 0.5
    broken_after: int = 3
    stale_after: int = 45
    stage_dir: Path | None = None  # where staged rows may be written (the run's folder)


def load_run(con: duckdb.DuckDBPyConnection, data: RunInput) -> RunLoad:
    """Record the run's sources, documents, 287(g) editions, detention statistics, facility
    listings, contract evidence, agendas and what was extracted from them (with the alerts
    they raise) in one transaction, every record tied to its jurisdiction."""
    run, stage_dir = data.run, data.stage_dir
    today = data.today or dt.date.today()
    clock = data.now or dt.datetime.now(dt.UTC)
    gazetteer = data.gazetteer or Gazetteer.packaged()
    con.execute("BEGIN TRANSACTION")
    try:
        # One run at a time holds a home folder (the run lock): a run that loaded and never
        # finished was killed.
        con.execute(
            "UPDATE runs SET status = 'interrupted' WHERE finished_at IS NULL AND run_id <> ? "
            "AND status <> 'interrupted'",
            [run.run_id],
        )
        sync_gazetteer(con, gazetteer)
        upsert_sources(con, data.sources)
        register_sources(con, gazetteer, data.sources)
        documents_new = record_documents(con, run.run_id, data.documents, stage_dir=stage_dir)
        results = [
            load_snapshot(
                con,
                edition.snapshot,
                snapshot_date=edition.snapshot_date,
                document_sha256=edition.document["sha256"],
                file_name=edition.document.get("file_name") or "",
                source_url=published_url(edition.document),
                run_id=run.run_id,
                stage_dir=stage_dir,
            )
            for edition in order_editions(data.editions)
        ]
        detention_loads = [
            load_detention_edition(
                con,
                d.edition,
                edition_date=d.edition_date,
                document_sha256=d.document["sha256"],
                run_id=run.run_id,
                gazetteer=gazetteer,
                source_url=d.document.get("url"),
                population_jump=data.population_jump,
                stage_dir=stage_dir,
            )
            for d in sorted(data.detention, key=lambda d: d.edition_date)
        ]
        evidence = [
            load_evidence(con, e.records, run_id=run.run_id, document_sha256=e.sha256)
            for e in data.evidence
        ]
        listings = data.listings
        listed = (
            load_listings(
                con,
                listings.facilities,
                listed_on=listings.listed_on,
                run_id=run.run_id,
                gazetteer=gazetteer,
                stage_dir=stage_dir,
            )
            if listings
            else (0, 0)
        )
        agendas = data.agendas
        agenda_load = load_agendas(
            con,
            run.run_id,
            meetings=agendas.meetings,
            items=agendas.items,
            listings=agendas.listings,
            jurisdictions={s["id"]: s.get("jurisdiction") for s in data.sources},
            now=clock,
            stage_dir=stage_dir,
        )
        extraction_load = load_extraction(
            con,
            run.run_id,
            data.extraction,
            today=today,
            horizons=data.horizons,
            stage_dir=stage_dir,
        )
        matched = match_agreements(con, gazetteer, stage_dir=stage_dir)
        mark_sources_ok(con, data.ok_sources, run.started_at)
        record_checks(con, run.run_id, data.checks, clock)
        health_alerts = (
            source_alerts(
                con,
                run.run_id,
                today=today,
                now=clock,
                broken_after=data.broken_after,
                stale_after=data.stale_after,
            )
            if data.checks
            else 0
        )
        votes = vote_alerts(con, run.run_id, today=today, now=clock)
        load = RunLoad(
            documents_new,
            results,
            agenda_load,
            extraction_load,
            matched,
            detention_loads,
            listed,
            health_alerts,
            votes,
            evidence,
        )
        _record_run(con, run, load)
        hold = float(os.environ.get(HOLD_ENV) or 0)
        if hold:
            print(f"holding the load transaction open for {hold:g}s", flush=True)
            time.sleep(hold)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return load


def order_editions(editions: Sequence[Ice287gEdition]) -> list[Ice287gEdition]:
    """Oldest first; on a day, participating before pending, so that a pending agreement that
    disappears because it was signed is seen as signed."""
    rank = {ListKind.PARTICIPATING: 0, ListKind.PENDING: 1}
    return sorted(
        editions,
        key=lambda e: (
            e.snapshot_date,
            rank[e.snapshot.list],
            e.document.get("file_name") or "",
        ),
    )


def published_url(document: dict[str, Any]) -> str | None:
    """Where a document is published: its URL, or for a saved file loaded from disk (a
    backfill) the page that publishes it."""
    url = document.get("url") or ""
    return url if url.startswith(("http://", "https://")) else document.get("referer")


def upsert_sources(con: duckdb.DuckDBPyConnection, sources: Sequence[dict[str, Any]]) -> None:
    for s in sources:
        con.execute(
            "INSERT INTO sources (source_id, kind, platform, jurisdiction_id, body, url, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, now()) "
            "ON CONFLICT (source_id) DO UPDATE SET kind = excluded.kind, "
            "platform = excluded.platform, "
            "jurisdiction_id = excluded.jurisdiction_id, body = excluded.body, url = excluded.url, "
            "updated_at = excluded.updated_at",
            [s["id"], s["kind"], s["platform"], s.get("jurisdiction"), s.get("body"), s["url"]],
        )


def record_documents(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    documents: Sequence[dict[str, Any]],
    *,
    stage_dir: Path | None = None,
) -> int:
    """Add unseen documents and every fetch; returns how many documents are new."""
    known = existing_keys(con, "documents", "sha256", (d["sha256"] for d in documents))
    new: dict[str, dict[str, Any]] = {}
    for doc in documents:
        if doc["sha256"] not in known and doc["sha256"] not in new:
            new[doc["sha256"]] = {
                "sha256": doc["sha256"],
                "path": doc["path"],
                "content_type": doc.get("content_type"),
                "size": doc.get("size"),
                "first_url": doc["url"],
                "first_seen_run": run_id,
                "first_seen_at": doc.get("fetched_at"),
            }
    insert_records(con, "documents", new.values(), stage_dir=stage_dir)
    fetches = {
        (doc["source_id"], doc["url"]): {
            "run_id": run_id,
            "source_id": doc["source_id"],
            "url": doc["url"],
            "sha256": doc["sha256"],
            "role": doc.get("role"),
            "fetched_at": doc.get("fetched_at"),
            "last_modified": doc.get("last_modified"),
            "meeting_id": doc.get("meeting_id"),
            "item_id": doc.get("item_id"),
        }
        for doc in documents
    }
    insert_records(con, "document_fetches", fetches.values(), stage_dir=stage_dir, or_ignore=True)
    return len(new)


def _record_run(con: duckdb.DuckDBPyConnection, run: RunRecord, load: RunLoad) -> None:
    if run.sources_failed and run.sources_ok:
        status = "partial"
    elif run.sources_failed:
        status = "failed"
    else:
        status = "completed"
    summary = {
        "failures": run.failures,
        "editions": [
            {
                "list": e.list,
                "snapshot_date": e.snapshot_date.isoformat(),
                "status": e.status,
                "rows": e.rows,
                "changes": len(e.changes),
                "alerts": e.alerts,
            }
            for e in load.editions
        ],
        "agendas": asdict(load.agendas),
        "jurisdictions": load.jurisdictions.as_json(),
        "detention": [
            {
                "edition_date": d.edition_date.isoformat(),
                "status": d.status,
                "facilities": d.facilities,
                "added": len(d.added),
                "removed": len(d.removed),
                "missing": len(d.missing),
                "changed": len(d.changed),
                "population": len(d.population),
                "alerts": d.alerts,
            }
            for d in load.detention
        ],
        "facility_listings": {"new": load.listings[0], "seen_again": load.listings[1]},
    }
    con.execute(
        "INSERT OR REPLACE INTO runs VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)",
        [
            run.run_id,
            run.started_at,
            status,
            run.mode,
            run.sources_ok,
            run.sources_failed,
            load.documents_new,
            load.alerts_new,
            json.dumps(summary),
        ],
    )


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, summary: dict[str, Any]) -> str:
    """Close a run's row with the whole run summary (what the load did not know yet: the
    publication, retries, skipped sources, the time taken); returns the run's status."""
    if not summary.get("failures"):
        status = "completed"
    elif summary.get("sources_ok"):
        status = "partial"
    else:
        status = "failed"
    changed = con.execute(
        "UPDATE runs SET finished_at = now(), status = ?, "
        "summary = json_merge_patch(coalesce(summary, '{}'), ?) WHERE run_id = ? RETURNING 1",
        [status, json.dumps({"run": summary}, default=str), run_id],
    ).fetchall()
    if not changed:
        raise ValueError(f"no run {run_id!r} in the warehouse")
    return status
