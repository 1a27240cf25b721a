"""What a run tells its summary, stage by stage, and its last line in the ``runs`` table."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from feeds.publish import Published
from flows.pipeline import RunContext, agenda_batch
from flows.runfolder import CrawlOutcome, RunSummary
from spiders.sources import Source
from warehouse.db import open_warehouse
from warehouse.extraction import ExtractionBatch
from warehouse.load import (
    RunLoad,
    finish_run,
)

logger = logging.getLogger("icewatch")


@dataclass
class ExtractReport:
    """What the extraction stage tells the run's summary (the rows stay in the run folder)."""

    failures: list[str] = field(default_factory=list)  # ICE files that could not be parsed
    documents_read: int = 0
    document_errors: list[str] = field(default_factory=list)


def extract_report(failures: list[str], extraction: ExtractionBatch) -> ExtractReport:
    return ExtractReport(
        failures=failures,
        documents_read=sum(1 for d in extraction.documents if not d.get("error")),
        document_errors=[d["error"] for d in extraction.documents if d.get("error")],
    )


def summarize_crawl(
    summary: RunSummary, sources: list[Source], outcome: CrawlOutcome, report: ExtractReport
) -> None:
    """Fill the summary from the crawl and the extraction."""
    results = outcome.results
    summary.sources_retried = outcome.retried
    summary.documents_read = report.documents_read
    summary.document_errors = report.document_errors
    failed = {r.source_id for r in results if not r.ok}
    failed |= {f.split(":", 1)[0] for f in report.failures}
    summary.failures = [f for r in results for f in r.failures] + report.failures
    summary.refused = [f for r in results for f in r.refused]
    summary.sources_ok = [s.id for s in sources if s.id not in failed]
    summary.sources_failed = sorted(failed)
    summary.documents = sum(len(r.documents) for r in results)
    agendas = agenda_batch(results)
    summary.meetings, summary.agenda_items = len(agendas.meetings), len(agendas.items)


def summarize_load(summary: RunSummary, loaded: RunLoad) -> None:
    summary.mentions_new = loaded.extraction.mentions_new
    summary.contracts_new = loaded.extraction.contracts_new
    summary.agencies_matched = loaded.jurisdictions.agencies - len(loaded.jurisdictions.unmatched)
    summary.agencies_unmatched = loaded.jurisdictions.as_json()["unmatched_names"]
    summary.documents_new = loaded.documents_new
    summary.meetings_delisted = loaded.agendas.delisted
    summary.editions_loaded = sum(1 for e in loaded.editions if e.status == "loaded") + sum(
        1 for d in loaded.detention if d.status == "loaded"
    )
    summary.alerts_new = loaded.alerts_new


def summarize_watches(summary: RunSummary, matches: int) -> None:
    """The keyword watches' new matches, read before the feeds: new alerts of the run."""
    summary.watch_matches = matches
    summary.alerts_new += matches


def summarize_publish(summary: RunSummary, published: Published | BaseException) -> None:
    if isinstance(published, BaseException):  # the load committed: report, keep the summary
        summary.failures.append(
            f"publish: {type(published).__name__}: {published} (the warehouse holds this run; "
            "`icewatch publish` writes the feeds again once that is fixed)"
        )
        logger.error("%s", summary.failures[-1])
        return
    summary.feed_changed = published.changed
    summary.feeds = published.feeds
    summary.feeds_rewritten = len(published.rewritten)


def finish(ctx: RunContext, summary: RunSummary) -> str:
    """The run's summary into its ``runs`` row, and its last log line; returns the status."""
    summary.seconds = round((dt.datetime.now(dt.UTC) - ctx.started_at).total_seconds(), 1)
    with open_warehouse(ctx.home.db, wait=ctx.config.db_wait) as con:
        status = finish_run(con, summary.run_id, summary.as_json())
    logger.info(
        "run %s %s in %.1fs: %d source(s) ok, %d failed, %d retried, %d document(s) (%d new), "
        "%d new alert(s)",
        summary.run_id,
        status,
        summary.seconds,
        len(summary.sources_ok),
        len(summary.sources_failed),
        len(summary.sources_retried),
        summary.documents,
        summary.documents_new,
        summary.alerts_new,
    )
    return status
