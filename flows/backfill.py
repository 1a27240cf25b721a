"""Backfill: saved editions of ICE's 287(g) lists into the warehouse, oldest first, each as a
run of its own through the same load as a monitoring run (``flows.pipeline.load``); saved
detention files as one run through the same load (``warehouse.load.load_run``)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from extract.detention import (
    parse_detention_stats,
    parse_facility_file,
    parse_usaspending,
    parse_uwchr_list,
)
from extract.errors import InputError
from extract.ice287g import ListKind, list_kind_from_name, parse_287g, snapshot_date_from_name
from flows import pipeline
from flows import summary as summaries
from flows.clock import new_run_id, now, today
from flows.config import Config
from flows.home import Home
from flows.runfolder import Extracted, RunSummary
from spiders.sources import Source, load_sources
from spiders.store import store_bytes
from warehouse.db import open_warehouse
from warehouse.detention import EditionLoad
from warehouse.evidence import EvidenceLoad, award_record, facility_contract_record
from warehouse.ice287g import LoadResult
from warehouse.load import (
    DetentionInput,
    EvidenceInput,
    Ice287gEdition,
    RunInput,
    RunRecord,
    finish_run,
    load_run,
)

ICE_287G = "ice-287g"
_RANK = {ListKind.PARTICIPATING: 0, ListKind.PENDING: 1}


@dataclass
class SavedEdition:
    path: Path
    list: ListKind
    date: dt.date


@dataclass
class EditionOutcome:
    edition: SavedEdition
    run_id: str | None = None
    loaded: LoadResult | None = None
    alerts: int = 0
    error: str | None = None


class BackfillError(ValueError):
    """The files cannot be dated or classified: nothing was loaded."""


def plan(
    paths: Iterable[Path], *, date: dt.date | None = None, kind: ListKind | None = None
) -> list[SavedEdition]:
    """The files as editions, oldest first (on one day, participating before pending). A file
    is dated by its name (``participatingAgencies05182026am.xlsx``,
    ``ParticipatingEntities-20250122000249.xlsx``) or by ``date``, and its list is told by its
    name or by ``kind``. Folders are searched for ``*.xlsx``."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.xlsx")) if path.is_dir() else [path])
    editions, problems = [], []
    for path in files:
        day = snapshot_date_from_name(path.name) or date
        which = kind or list_kind_from_name(path.name)
        if day is None:
            problems.append(f"{path}: no date in its name (give --date YYYY-MM-DD)")
        elif which is None:
            problems.append(f"{path}: its name says no list (give --list participating|pending)")
        else:
            editions.append(SavedEdition(path, which, day))
    if problems:
        raise BackfillError("; ".join(problems))
    undated = [e for e in editions if snapshot_date_from_name(e.path.name) is None]
    if len(undated) > 1:
        raise BackfillError(
            f"--date would date {len(undated)} files alike: load them one at a time "
            f"({', '.join(e.path.name for e in undated[:3])})"
        )
    return sorted(editions, key=lambda e: (e.date, _RANK[e.list], e.path.name))


def load_editions(
    config: Config,
    editions: list[SavedEdition],
    *,
    on_edition: Callable[[EditionOutcome], None] | None = None,
) -> list[EditionOutcome]:
    """Load each edition as a backfill run (its own transaction, its own ``runs`` row): a file
    that cannot be read is reported and the others go on; an edition already loaded, or older
    than the newest loaded list, changes nothing (so loading a folder again is harmless)."""
    home = Home(config.home_path)
    source = _source(config)
    outcomes = []
    for edition in editions:
        outcome = _load_one(config, home, source, edition)
        outcomes.append(outcome)
        if on_edition is not None:
            on_edition(outcome)
    return outcomes


def _load_one(config: Config, home: Home, source: Source, edition: SavedEdition) -> EditionOutcome:
    outcome = EditionOutcome(edition)
    data = edition.path.read_bytes()
    try:
        snapshot = parse_287g(data, name=edition.path.name, list_kind=edition.list)
    except InputError as exc:
        outcome.error = str(exc)
        return outcome
    sha, relative, _ = store_bytes(home.documents, data, edition.path.suffix.lower() or ".xlsx")
    ctx = pipeline.RunContext(config, home, new_run_id(), "backfill")
    document = {
        "source_id": source.id,
        "url": edition.path.resolve().as_uri(),
        "referer": source.url,  # where ICE publishes the list: the alerts' source link
        "role": f"287g.{edition.list.value}",
        "sha256": sha,
        "path": relative,
        "size": len(data),
        "content_type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "file_name": edition.path.name,
        "fetched_at": dt.datetime.now(dt.UTC).isoformat(),
    }
    folder = ctx.folder
    folder.write_sources([source])
    folder.write_lists(Extracted([Ice287gEdition(document, snapshot, edition.date)]))
    summary = RunSummary(run_id=ctx.run_id, mode="backfill", documents=1)
    folder.write_summary(summary)
    loaded = pipeline.load(ctx)
    summaries.summarize_load(summary, loaded)
    summaries.finish(ctx, summary)
    folder.write_summary(summary)
    outcome.run_id = ctx.run_id
    outcome.loaded = loaded.editions[0]
    outcome.alerts = loaded.alerts_new
    return outcome


def _source(config: Config) -> Source:
    """The registry's 287(g) source, which backfilled editions are recorded under."""
    for source in load_sources(config.sources or None):
        if source.id == ICE_287G:
            return source
    return Source(
        id=ICE_287G,
        kind="ice",
        platform="ice287g",
        url="https://www.ice.gov/identify-and-arrest/287g",
        jurisdiction="ocd-division/country:us",
        body="U.S. Immigration and Customs Enforcement, 287(g) program",
    )


@dataclass
class DetentionBackfill:
    """What a detention backfill loaded, by file name."""

    run_id: str
    editions: list[tuple[str, EditionLoad]]
    evidence: list[tuple[str, EvidenceLoad]]


def load_detention_files(home: Home, config: Config, files: Sequence[Path]) -> DetentionBackfill:
    """Saved detention files into the warehouse as one run (``mode`` backfill) through the
    warehouse's one load: workbook editions into the facility history (with alerts), UWCHR
    contract dates and USAspending awards as contract evidence. Loading a file again changes
    nothing. A file that cannot be read stops the load before anything is written."""
    gazetteer = pipeline.gazetteer(home, config)
    day = today()
    editions, evidence = [], []
    for path in files:
        kind, _, _ = parse_facility_file(path)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        if kind == "detention_stats":
            edition = parse_detention_stats(path)
            if edition.date is None:
                raise BackfillError(f"{path.name}: no data pull date in the workbook")
            document = {"sha256": sha, "file_name": path.name, "url": None}
            editions.append(DetentionInput(document, edition, edition.date))
        elif kind == "uwchr":
            rows = [facility_contract_record(f, gazetteer, day) for f in parse_uwchr_list(path)]
            evidence.append(EvidenceInput(path.name, sha, [r for r in rows if r]))
        else:
            rows = [award_record(a, gazetteer, day) for a in parse_usaspending(path)]
            evidence.append(EvidenceInput(path.name, sha, rows))
    editions.sort(key=lambda d: d.edition_date)  # as the load orders them
    run = RunRecord(new_run_id(), now(), "backfill", len(files), 0)
    data = RunInput(
        run,
        detention=editions,
        evidence=evidence,
        today=day,
        now=run.started_at,
        gazetteer=gazetteer,
        population_jump=float(config.population_jump),
    )
    with open_warehouse(home.db, wait=config.db_wait) as con:
        loaded = load_run(con, data)
        finish_run(con, run.run_id, {"sources_ok": len(files), "failures": []})
    names = [d.document["file_name"] for d in editions]
    return DetentionBackfill(
        run.run_id,
        list(zip(names, loaded.detention, strict=True)),
        [(e.name, done) for e, done in zip(evidence, loaded.evidence, strict=True)],
    )
