"""The stages of a monitoring run as plain functions; ``flows.monitor`` wires them in Prefect."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
import multiprocessing
import os
import secrets
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from extract import EXTRACTOR_VERSION
from extract.document import Extraction, extract_file, extract_text
from extract.errors import LayoutError
from extract.ice287g import ListKind, parse_287g
from extract.text import DocumentError, text_document
from feeds.rss import FEED_COLUMNS, FeedAlert, publish_all
from flows.config import Config
from flows.home import Home
from spiders.crawl import CrawlResult, crawl_sources, split_batches
from spiders.replay import recorded_urls
from spiders.sources import Source, host_of, load_sources
from warehouse.agendas import crawl_state as read_crawl_state
from warehouse.db import open_warehouse
from warehouse.extraction import ExtractionBatch, mention_id
from warehouse.load import AgendaBatch, Ice287gEdition, RunLoad, RunRecord, load_run
from warehouse.queries import latest_alerts

logger = logging.getLogger("icewatch")

# The crawl's notion of today (ISO date), for replaying agendas recorded on another day.
TODAY_ENV = "ICEWATCH_TODAY"

_LIST_OF_ROLE = {
    "287g.participating": ListKind.PARTICIPATING,
    "287g.pending": ListKind.PENDING,
}


def today() -> dt.date:
    """Today, or the day ``ICEWATCH_TODAY`` says (replays recorded on another day)."""
    value = os.environ.get(TODAY_ENV)
    return dt.date.fromisoformat(value) if value else dt.date.today()


def demo_dir() -> Path:
    """The built-in replay set of made-up data used by ``icewatch run --demo``."""
    return Path(str(resources.files("spiders") / "demo"))


def new_run_id(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


@dataclass
class RunSummary:
    run_id: str
    mode: str
    sources_ok: list[str] = field(default_factory=list)
    sources_failed: list[str] = field(default_factory=list)
    sources_skipped: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    documents: int = 0
    documents_new: int = 0
    meetings: int = 0
    agenda_items: int = 0
    meetings_delisted: int = 0
    documents_read: int = 0
    document_errors: list[str] = field(default_factory=list)
    mentions_new: int = 0
    contracts_new: int = 0
    editions_loaded: int = 0
    alerts_new: int = 0
    feed: str | None = None
    feed_changed: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "ok": self.ok}


def select_sources(
    config: Config, source_ids: list[str] | None, replay_dir: Path | None
) -> tuple[list[Source], list[str]]:
    """The registry entries to crawl, and why others were left out."""
    sources = load_sources(config.sources or None)
    skipped: list[str] = []
    if source_ids:
        unknown = sorted(set(source_ids) - {s.id for s in sources})
        if unknown:
            raise ValueError(
                f"unknown source id(s): {', '.join(unknown)} (see `icewatch sources list`)"
            )
        # Asked for by name: crawled even when the replay set lacks their start page (what is
        # not recorded answers 404 and is reported).
        return [s for s in sources if s.id in source_ids], skipped
    if replay_dir is not None:
        recorded = recorded_urls(replay_dir)
        covered = [s for s in sources if s.url in recorded]
        skipped = [
            f"{s.id}: its start page is not in the replay set" for s in sources if s not in covered
        ]
        sources = covered
    return sources, skipped


@dataclass
class CrawlState:
    """What earlier runs left for this one: each source's last successful crawl (for
    last-modified filters) and the file of document URLs already stored."""

    since: dict[str, dt.datetime]
    known_documents: Path | None


def crawl_state(home: Home, config: Config, run_id: str) -> CrawlState:
    if not home.db.exists():
        return CrawlState({}, None)
    with open_warehouse(home.db, read_only=True, wait=config.db_wait) as con:
        since, urls = read_crawl_state(con)
    path = home.run_dir(run_id) / "known_documents.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{u}\n" for u in sorted(urls)), encoding="utf-8")
    return CrawlState(since, path)


def crawl_batches(sources: list[Source], config: Config) -> list[list[Source]]:
    """The sources shared among ``crawl_processes`` processes, each host in one of them."""
    return split_batches(sources, int(config.crawl_processes), lambda s: host_of(s.as_dict()))


def crawl(
    sources: list[Source],
    *,
    home: Home,
    run_id: str,
    config: Config,
    replay_url: str | None,
    record_dir: Path | None = None,
    state: CrawlState | None = None,
    batch: str = "batch-1",
) -> list[CrawlResult]:
    """Crawl sources together in one process; logs a line per source as each finishes."""
    settings: dict[str, Any] = {
        "ICEWATCH_AGENDA_PAST_DAYS": config.agenda_past_days,
        "ICEWATCH_AGENDA_FUTURE_DAYS": config.agenda_future_days,
        "ICEWATCH_CRAWLS_PER_HOST": config.crawls_per_host,
        "USER_AGENT": config.user_agent,
        "DOWNLOAD_TIMEOUT": config.download_timeout,
        # Replay answers from loopback at once: no need to be gentle with it.
        "DOWNLOAD_DELAY": 0 if replay_url else config.download_delay,
        "AUTOTHROTTLE_ENABLED": not replay_url,
        "ROBOTSTXT_OBEY": config.robotstxt_obey,
        "LOG_LEVEL": config.log_level,
    }
    if os.environ.get(TODAY_ENV):
        settings["ICEWATCH_TODAY"] = os.environ[TODAY_ENV]
    entries = []
    for source in sources:
        entry = source.as_dict()
        if state is not None and source.id in state.since:
            entry["since"] = state.since[source.id].isoformat()
        entries.append(entry)
    if state is not None and state.known_documents is not None:
        settings["ICEWATCH_KNOWN_DOCUMENTS"] = str(state.known_documents)
    kinds = {s.id: s.kind for s in sources}
    logger.info("%s: crawling %d source(s) in one process", batch, len(sources))
    return crawl_sources(
        entries,
        out_root=home.run_dir(run_id) / "crawl",
        documents_dir=home.documents,
        cache_dir=None if replay_url else home.http_cache,
        replay_url=replay_url,
        record_dir=record_dir,
        chromium=config.chromium_path,
        settings=settings,
        batch=batch,
        on_result=lambda result: _log_result(result, kinds[result.source_id]),
    )


def _log_result(result: CrawlResult, kind: str) -> None:
    new = sum(1 for d in result.documents if d.get("new"))
    meetings = sum(1 for i in result.items if i.get("type") == "meeting")
    logger.info(
        "[%s] %s: %s%d document(s), %d new, %d skipped as stored, after %.1fs",
        result.source_id,
        "ok" if result.ok else "FAILED",
        f"{meetings} meeting(s), " if kind == "agenda" else "",
        len(result.documents),
        new,
        int(result.stats.get("icewatch/documents/skipped_known", 0)),
        result.seconds,
    )
    for failure in result.failures:
        logger.error("[%s] %s", result.source_id, failure)


def extract(
    home: Home, run_id: str, results: list[CrawlResult]
) -> tuple[list[Ice287gEdition], list[str]]:
    """Parse every fetched 287(g) spreadsheet; a file that fails is reported, the rest kept."""
    editions: list[Ice287gEdition] = []
    failures: list[str] = []
    out_dir = home.run_dir(run_id) / "extract"
    out_dir.mkdir(parents=True, exist_ok=True)
    for result in results:
        for doc in result.documents:
            kind = _LIST_OF_ROLE.get(doc.get("role", ""))
            if kind is None:
                continue
            path = home.documents / doc["path"]
            try:
                snapshot = parse_287g(path, name=doc.get("file_name") or path.name, list_kind=kind)
            except LayoutError as exc:
                failures.append(f"{doc['source_id']}: {doc['url']}: {exc}")
                logger.error("[%s] %s", doc["source_id"], failures[-1])
                continue
            date = (
                snapshot.date
                or _http_date(doc.get("last_modified"))
                or _iso_date(doc["fetched_at"])
            )
            editions.append(Ice287gEdition(document=doc, snapshot=snapshot, snapshot_date=date))
            with (out_dir / f"{doc['sha256'][:16]}.jsonl").open("w", encoding="utf-8") as out:
                for row in snapshot.rows:
                    out.write(json.dumps(row.as_json(), ensure_ascii=False) + "\n")
            for warning in snapshot.warnings:
                logger.warning("[%s] %s", doc["source_id"], warning)
            logger.info(
                "[%s] parsed %s list of %s: %d agreements",
                doc["source_id"],
                kind.value,
                date.isoformat(),
                len(snapshot.rows),
            )
    return editions, failures


def extract_agendas(
    home: Home,
    run_id: str,
    results: list[CrawlResult],
    sources: list[Source],
    config: Config,
) -> ExtractionBatch:
    """Read the run's agenda documents not yet read by this extractor version, and its agenda
    items' text; return mentions and contract findings with their provenance. A document that
    cannot be read is recorded with its error and reported; the others go on."""
    batch = ExtractionBatch()
    jurisdictions = {s.id: s.jurisdiction for s in sources}
    meetings = {i["meeting_id"]: i for r in results for i in r.items if i.get("type") == "meeting"}
    done = _extracted(home, config)
    documents: dict[str, dict[str, Any]] = {}
    for result in results:
        for doc in result.documents:
            if doc.get("role") in _LIST_OF_ROLE or doc["sha256"] in done:
                continue
            documents.setdefault(doc["sha256"], doc)
    jobs = [
        (str(home.documents / doc["path"]), doc.get("file_name") or doc["url"], _day(meetings, doc))
        for doc in documents.values()
    ]
    started = time.monotonic()
    for doc, outcome in zip(documents.values(), _run_extractions(jobs, config), strict=True):
        record = {
            "sha256": doc["sha256"],
            "extractor": EXTRACTOR_VERSION,
            "run_id": run_id,
            "extracted_at": dt.datetime.now(dt.UTC),
        }
        if isinstance(outcome, str):
            logger.warning("[%s] %s: %s", doc["source_id"], doc["url"], outcome)
            batch.documents.append({**record, "error": outcome})
            continue
        batch.documents.append(
            {
                **record,
                "page_count": outcome.page_count,
                "pages_screened": outcome.pages_screened,
                "pages_ocr": outcome.pages_ocr,
                "needs_ocr": outcome.needs_ocr,
                "mentions": len(outcome.mentions),
                "warnings": outcome.warnings,
            }
        )
        for warning in outcome.warnings:
            logger.warning("[%s] %s", doc["source_id"], warning)
        _add_findings(batch, outcome, doc, meetings, jurisdictions, run_id, doc["sha256"])
    for result in results:
        for item in result.items:
            if item.get("type") != "agenda_item":
                continue
            text = "\n".join(t for t in (item.get("title"), item.get("text")) if t)
            found = extract_text(
                text_document(item["item_id"], text), reference=_day(meetings, item)
            )
            _add_findings(batch, found, item, meetings, jurisdictions, run_id, None)
    if documents:
        read = [d for d in batch.documents if not d.get("error")]
        logger.info(
            "extracted %d document(s) in %.1fs: %d page(s), %d screened, %d by OCR, "
            "%d mention(s); %d could not be read",
            len(read),
            time.monotonic() - started,
            sum(d["page_count"] for d in read),
            sum(d["pages_screened"] for d in read),
            sum(d["pages_ocr"] for d in read),
            sum(d["mentions"] for d in read),
            len(batch.documents) - len(read),
        )
    out = home.run_dir(run_id) / "extract"
    out.mkdir(parents=True, exist_ok=True)
    with (out / "agendas.jsonl").open("w", encoding="utf-8") as audit:
        for row in [*batch.mentions, *batch.findings]:
            audit.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return batch


def _extracted(home: Home, config: Config) -> set[str]:
    if not home.db.exists():
        return set()
    with open_warehouse(home.db, read_only=True, wait=config.db_wait) as con:
        try:
            rows = con.execute(
                "SELECT sha256 FROM document_extractions WHERE extractor = ?", [EXTRACTOR_VERSION]
            ).fetchall()
        except duckdb.CatalogException:  # a warehouse from before migration 003
            return set()
    return {row[0] for row in rows}


def _day(meetings: dict[str, dict[str, Any]], thing: dict[str, Any]) -> dt.date | None:
    start = (meetings.get(thing.get("meeting_id") or "") or {}).get("start")
    return dt.date.fromisoformat(start[:10]) if start else None


def _extract_one(job: tuple[str, str, dt.date | None]) -> Extraction | str:
    path, name, day = job
    try:
        return extract_file(path, name=name, reference=day)
    except DocumentError as exc:
        return str(exc)


def _run_extractions(jobs: list[tuple[str, str, dt.date | None]], config: Config) -> list:
    """Extractions in worker processes (one per core) when there are several documents."""
    workers = min(len(jobs), os.cpu_count() or 1)
    if workers <= 1 or len(jobs) < 3:
        return [_extract_one(job) for job in jobs]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return list(pool.map(_extract_one, jobs))


def _add_findings(
    batch: ExtractionBatch,
    found: Extraction,
    origin: dict[str, Any],
    meetings: dict[str, dict[str, Any]],
    jurisdictions: dict[str, str],
    run_id: str,
    sha256: str | None,
) -> None:
    source_id = origin["source_id"]
    meeting = meetings.get(origin.get("meeting_id") or "") or {}
    item_id = origin.get("item_id")
    where = sha256 or item_id or ""
    for mention in found.mentions:
        batch.mentions.append(
            {
                "mention_id": mention_id(where, mention.page, mention.kind, mention.quote),
                "document_sha256": sha256,
                "item_id": item_id,
                "kind": mention.kind,
                "confidence": mention.confidence,
                "page": mention.page if sha256 else None,
                "quote": mention.quote,
                "run_id": run_id,
                "source_id": source_id,
                "meeting_id": origin.get("meeting_id"),
            }
        )
    for contract in found.contracts:
        batch.findings.append(
            {
                "where": where,
                "facts": contract.facts.as_json(),
                "page": contract.page if sha256 else None,
                "quote": contract.quote,
                "term_quote": contract.term_quote,
                "document_sha256": sha256,
                "item_id": item_id,
                "meeting_id": origin.get("meeting_id"),
                "source_id": source_id,
                "jurisdiction_id": jurisdictions.get(source_id),
                "body": meeting.get("body"),
                "event_date": (_day(meetings, origin) or today()).isoformat(),
                "url": origin.get("url") or meeting.get("agenda_url"),
                "meeting_url": meeting.get("url"),
            }
        )


def agenda_batch(results: list[CrawlResult]) -> AgendaBatch:
    """Meetings, agenda items and listings from the crawls' item files."""
    batch = AgendaBatch()
    lists = {"meeting": batch.meetings, "agenda_item": batch.items, "listing": batch.listings}
    for result in results:
        for item in result.items:
            target = lists.get(item.get("type", ""))
            if target is not None:
                target.append(item)
    return batch


def load(
    home: Home,
    config: Config,
    run: RunRecord,
    *,
    sources: list[Source],
    documents: list[dict[str, Any]],
    editions: list[Ice287gEdition],
    agendas: AgendaBatch | None = None,
    ok_sources: list[str] | None = None,
    extraction: ExtractionBatch | None = None,
) -> RunLoad:
    with open_warehouse(home.db, wait=config.db_wait) as con:
        result = load_run(
            con,
            run,
            sources=[s.as_dict() for s in sources],
            documents=documents,
            editions=editions,
            agendas=agendas,
            ok_sources=ok_sources or [],
            extraction=extraction,
            today=today(),
            horizons=[int(h) for h in config.expiry_horizons],
            stage_dir=home.run_dir(run.run_id) / "stage",
        )
    x = result.extraction
    if extraction and (extraction.mentions or extraction.findings):
        logger.info(
            "loaded extraction: %d new mention(s), %d new contract(s), %d new contract "
            "event(s), %d new alert(s)",
            x.mentions_new,
            x.contracts_new,
            x.events_new,
            x.alerts_new,
        )
    if agendas and (agendas.meetings or agendas.listings):
        a = result.agendas
        logger.info(
            "loaded agendas: %d new meeting(s), %d updated, %d status change(s), "
            "%d taken off their portal, %d new agenda item(s)",
            a.meetings_new,
            a.meetings_updated,
            a.status_changes,
            a.delisted,
            a.items_new,
        )
    for edition in result.editions:
        logger.info(
            "loaded %s list of %s: %s, %d change(s), %d new alert(s)",
            edition.list,
            edition.snapshot_date.isoformat(),
            edition.status,
            len(edition.changes),
            edition.alerts,
        )
    return result


def publish(home: Home, config: Config) -> tuple[Path, bool]:
    with open_warehouse(home.db, read_only=True, wait=config.db_wait) as con:
        rows = latest_alerts(con, FEED_COLUMNS, limit=config.feed_max_items)
    alerts = [FeedAlert(*row) for row in rows]
    path, changed = publish_all(alerts, home.public, base_url=config.public_base_url)
    logger.info(
        "feed %s: %d item(s), %s", path, len(alerts), "rewritten" if changed else "unchanged"
    )
    return path, changed


def _http_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


def _iso_date(value: str) -> dt.date:
    return dt.datetime.fromisoformat(value).date()
