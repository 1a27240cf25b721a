"""The stages of a monitoring run as plain functions: the sources chosen, the crawl, the ICE
files parsed, the load. ``flows.stages`` wires them in Prefect; the clock is ``flows.clock``,
the demo ``flows.demo``, the run's summary ``flows.summary``, the publication
``flows.publication``."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from extract.detention import Facility, parse_detention_stats, parse_facility_list_page
from extract.errors import InputError
from extract.ice287g import ListKind, parse_287g
from flows.clock import TODAY_ENV, now, today
from flows.config import Config
from flows.home import Home
from flows.runfolder import CrawlOutcome, Extracted, RunFolder
from spiders.crawl import CrawlResult, crawl_sources, prestart, split_batches
from spiders.replay import recorded_urls
from spiders.sources import Source, host_of, load_sources
from warehouse.agendas import crawl_state as read_crawl_state
from warehouse.db import open_warehouse
from warehouse.gazetteer import Gazetteer
from warehouse.load import (
    AgendaBatch,
    DetentionInput,
    Ice287gEdition,
    ListingInput,
    RunInput,
    RunLoad,
    RunRecord,
    load_run,
)
from warehouse.source_health import SourceCheck

logger = logging.getLogger("icewatch")


DETENTION_ROLE = "detention.stats"
LISTING_ROLE = "detention.list"
LIST_OF_ROLE = {
    "287g.participating": ListKind.PARTICIPATING,
    "287g.pending": ListKind.PENDING,
}


def gazetteer(home: Home, config: Config) -> Gazetteer:
    """The packaged gazetteer, with the fetched Census places and the declared jurisdictions
    (``jurisdictions_file``) if any."""
    declared = Path(config.jurisdictions_file) if config.jurisdictions_file else None
    return Gazetteer.packaged(home.places_file, declared)


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
    """What earlier runs left for this one, as files of the run's folder: each source's last
    successful crawl (for last-modified filters) and the document URLs already stored."""

    since_file: Path | None = None
    known_documents: Path | None = None

    def since(self) -> dict[str, dt.datetime]:
        if self.since_file is None or not self.since_file.exists():
            return {}
        data = json.loads(self.since_file.read_text(encoding="utf-8"))
        return {k: dt.datetime.fromisoformat(v) for k, v in data.items()}


def crawl_state(home: Home, config: Config, run_id: str) -> CrawlState:
    if not home.db.exists():
        return CrawlState()
    with open_warehouse(home.db, read_only=True, wait=config.db_wait) as con:
        since, urls = read_crawl_state(con)
    folder = RunFolder(home.run_dir(run_id))
    folder.root.mkdir(parents=True, exist_ok=True)
    folder.write_since(since)
    folder.known_documents.write_text("".join(f"{u}\n" for u in sorted(urls)), encoding="utf-8")
    return CrawlState(folder.since_file, folder.known_documents)


@dataclass
class RunContext:
    """What every stage of one run needs to know."""

    config: Config
    home: Home
    run_id: str
    mode: str
    replay_url: str | None = None
    state: CrawlState = field(default_factory=CrawlState)
    started_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def folder(self) -> RunFolder:
        return RunFolder(self.home.run_dir(self.run_id))


class Pending(Protocol):
    def result(self) -> list[CrawlResult]: ...


def crawl_stage(
    sources: list[Source],
    ctx: RunContext,
    label: str,
    submit: Callable[[list[Source], str], Pending],
) -> CrawlOutcome:
    """Crawl ``sources`` in batches started by ``submit(batch, name)``, all at once; then crawl
    again the sources that failed only transiently (:attr:`CrawlResult.transient`), up to
    ``retries`` times, waiting ``retry_backoff`` seconds, twice that the next time, …"""
    results: dict[str, CrawlResult] = {}
    retried: list[str] = []
    pending = list(sources)
    retries, backoff = int(ctx.config.retries), float(ctx.config.retry_backoff)
    for attempt in range(retries + 1):
        suffix = f"-retry{attempt}" if attempt else ""
        started = [
            submit(batch, f"{label}-{n}{suffix}")
            for n, batch in enumerate(crawl_batches(pending, ctx.config), 1)
        ]
        for future in started:
            results.update((r.source_id, r) for r in future.result())
        pending = [s for s in pending if results[s.id].transient]
        if not pending or attempt == retries:
            break
        delay = backoff * 2**attempt
        retried.extend(s.id for s in pending if s.id not in retried)
        logger.warning(
            "%d source(s) failed for a reason that may pass (%s); crawling them again in "
            "%gs (retry %d of %d)",
            len(pending),
            ", ".join(s.id for s in pending),
            delay,
            attempt + 1,
            retries,
        )
        time.sleep(delay)
    return CrawlOutcome([results[s.id] for s in sources], retried)


def crawl_batches(sources: list[Source], config: Config) -> list[list[Source]]:
    """The sources shared among ``crawl_processes`` processes, each host in one of them."""
    return split_batches(sources, int(config.crawl_processes), lambda s: host_of(s.as_dict()))


def prestart_crawls(sources: list[Source], config: Config) -> None:
    """Start the crawl processes of the run's crawl stages (the ICE lists, then the agendas
    unless a work pool takes them) now, so that their import of Scrapy overlaps what comes
    before the crawls (see :func:`spiders.crawl.prestart`)."""
    ice = [s for s in sources if s.kind != "agenda"]
    agendas = [] if config.work_pool else [s for s in sources if s.kind == "agenda"]
    prestart(len(crawl_batches(ice, config)) + len(crawl_batches(agendas, config)))


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
    if not replay_url:  # a replay's answers must never stand in for a live site's robots.txt
        settings["ICEWATCH_ROBOTS_DIR"] = str(home.robots_cache)
        # Live: a name resolving to a loopback, private or reserved address is refused by the
        # resolver too (replay runs connect to the loopback replay server on purpose).
        settings["DNS_RESOLVER"] = "spiders.middlewares.PublicOnlyResolver"
    if os.environ.get(TODAY_ENV):
        settings["ICEWATCH_TODAY"] = os.environ[TODAY_ENV]
    since = state.since() if state is not None else {}
    entries = []
    for source in sources:
        entry = source.as_dict()
        if source.id in since:
            entry["since"] = since[source.id].isoformat()
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
    for refused in result.refused:
        logger.warning("[%s] %s", result.source_id, refused)


def extract(home: Home, run_id: str, results: list[CrawlResult]) -> Extracted:
    """Parse every fetched 287(g) spreadsheet, detention statistics workbook and facility
    locator page; a file that fails is reported, the rest kept. What was parsed goes to the
    run's folder (``extract/lists.json``), where the load reads it."""
    editions: list[Ice287gEdition] = []
    detention: list[DetentionInput] = []
    listed: list[Facility] = []
    failures: list[str] = []
    for result in results:
        for doc in result.documents:
            if doc.get("role") == DETENTION_ROLE:
                found = _detention(home, doc, failures)
                if found is not None:
                    detention.append(found)
                continue
            if doc.get("role") == LISTING_ROLE:
                try:
                    cards, _ = parse_facility_list_page(
                        (home.documents / doc["path"]).read_bytes(), doc["url"]
                    )
                except InputError as exc:
                    failures.append(f"{doc['source_id']}: {doc['url']}: {exc}")
                    logger.error("[%s] %s", doc["source_id"], failures[-1])
                    continue
                listed.extend(cards)
                continue
            kind = LIST_OF_ROLE.get(doc.get("role", ""))
            if kind is None:
                continue
            path = home.documents / doc["path"]
            try:
                snapshot = parse_287g(path, name=doc.get("file_name") or path.name, list_kind=kind)
            except InputError as exc:
                failures.append(f"{doc['source_id']}: {doc['url']}: {exc}")
                logger.error("[%s] %s", doc["source_id"], failures[-1])
                continue
            date = _document_date(doc, snapshot.date)
            editions.append(Ice287gEdition(document=doc, snapshot=snapshot, snapshot_date=date))
            _log_warnings(doc, snapshot.warnings)
            logger.info(
                "[%s] parsed %s list of %s: %d agreements",
                doc["source_id"],
                kind.value,
                date.isoformat(),
                len(snapshot.rows),
            )
    listings = None
    if listed:
        listings = ListingInput(facilities=listed, listed_on=today())
        logger.info("parsed the facility locator: %d facility card(s)", len(listed))
    extracted = Extracted(editions, detention, listings, failures)
    RunFolder(home.run_dir(run_id)).write_lists(extracted)
    return extracted


def _detention(home: Home, doc: dict[str, Any], failures: list[str]) -> DetentionInput | None:
    path = home.documents / doc["path"]
    try:
        edition = parse_detention_stats(path, name=doc.get("file_name") or path.name)
    except InputError as exc:
        failures.append(f"{doc['source_id']}: {doc['url']}: {exc}")
        logger.error("[%s] %s", doc["source_id"], failures[-1])
        return None
    date = _document_date(doc, edition.date)
    _log_warnings(doc, edition.warnings)
    logger.info(
        "[%s] parsed detention statistics of %s: %d facilities",
        doc["source_id"],
        date.isoformat(),
        len(edition.facilities),
    )
    return DetentionInput(document=doc, edition=edition, edition_date=date)


def _documents(results: list[CrawlResult], parsed: Extracted) -> list[dict[str, Any]]:
    """Every document the run fetched, and the files its lists were parsed from (a backfill
    parses saved files it never fetched)."""
    documents = [d for r in results for d in r.documents]
    seen = {(d["source_id"], d["url"]) for d in documents}
    for d in [e.document for e in parsed.editions] + [d.document for d in parsed.detention]:
        if (d["source_id"], d["url"]) not in seen:
            seen.add((d["source_id"], d["url"]))
            documents.append(d)
    return documents


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


def source_checks(results: list[CrawlResult], failures: list[str]) -> list[SourceCheck]:
    """What the run saw of each source it crawled (the crawl's and the reading's failures)."""
    by_source: dict[str, list[str]] = {}
    for failure in failures:
        by_source.setdefault(failure.split(":", 1)[0], []).append(failure)
    return [SourceCheck.of(r.source_id, by_source.get(r.source_id, [])) for r in results]


def load(ctx: RunContext) -> RunLoad:
    """What the run's stages left in its folder into the warehouse, in one transaction: the
    sources, the documents fetched, the parsed ICE lists, the agendas and what was extracted
    from them. The run's row records the summary as it stood after the crawl."""
    home, config, folder = ctx.home, ctx.config, ctx.folder
    summary = folder.summary()
    results = folder.outcome().results
    parsed = folder.lists()
    extraction = folder.extraction()
    agendas = agenda_batch(results)
    run = RunRecord(
        run_id=ctx.run_id,
        started_at=ctx.started_at,
        mode=ctx.mode,
        sources_ok=len(summary.sources_ok),
        sources_failed=len(summary.sources_failed),
        failures=summary.failures,
    )
    with open_warehouse(home.db, wait=config.db_wait) as con:
        result = load_run(
            con,
            RunInput(
                run,
                sources=[s.as_dict() for s in folder.sources()],
                documents=_documents(results, parsed),
                editions=parsed.editions,
                agendas=agendas,
                ok_sources=summary.sources_ok,
                extraction=extraction,
                today=today(),
                now=now(),
                horizons=[int(h) for h in config.expiry_horizons],
                gazetteer=gazetteer(home, config),
                detention=parsed.detention,
                listings=parsed.listings,
                population_jump=float(config.population_jump),
                stage_dir=folder.root / "stage",
                checks=source_checks(results, summary.failures),
                broken_after=int(config.broken_after_runs),
                stale_after=int(config.stale_after_days),
            ),
        )
    matched = result.jurisdictions
    if matched.agencies:
        names = [f"{u['agency']} ({u['state']})" for u in matched.unmatched]
        more = f" and {len(names) - 5} more" if len(names) > 5 else ""
        logger.info(
            "matched %d agency name(s) to jurisdictions, %d unmatched%s",
            matched.agencies,
            len(names),
            f": {', '.join(names[:5])}{more}" if names else "",
        )
    x = result.extraction
    if extraction.mentions or extraction.findings:
        logger.info(
            "loaded extraction: %d new mention(s), %d new contract(s), %d new contract "
            "event(s), %d new alert(s)",
            x.mentions_new,
            x.contracts_new,
            x.events_new,
            x.alerts_new,
        )
    if agendas.meetings or agendas.listings:
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
    if parsed.listings:
        logger.info("loaded the facility locator: %d new card(s), %d seen again", *result.listings)
    for d in result.detention:
        logger.info(
            "loaded detention statistics of %s: %s, %d facilities, %d added, %d removed, "
            "%d missing once (removed if the next edition lacks them too), %d changed, "
            "%d population jumps, %d new alert(s)",
            d.edition_date.isoformat(),
            d.status,
            d.facilities,
            len(d.added),
            len(d.removed),
            len(d.missing),
            len(d.changed),
            len(d.population),
            d.alerts,
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


def _document_date(doc: dict[str, Any], stated: dt.date | None) -> dt.date:
    """The date a document is of: what it states, else its Last-Modified, else the fetch."""
    return stated or _http_date(doc.get("last_modified")) or _iso_date(doc["fetched_at"])


def _log_warnings(doc: dict[str, Any], warnings: list[str]) -> None:
    for warning in warnings:
        logger.warning("[%s] %s", doc["source_id"], warning)


def _http_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


def _iso_date(value: str) -> dt.date:
    return dt.datetime.fromisoformat(value).date()
