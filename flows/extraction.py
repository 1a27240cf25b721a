"""The extraction stage of a run: agenda documents and item text → mentions and contract
findings with their provenance, ready for ``warehouse.extraction``."""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any

from extract import EXTRACTOR_VERSION
from extract.document import Extraction, extract_file, extract_text
from extract.errors import InputError
from extract.text import text_document
from flows.clock import today
from flows.config import Config
from flows.home import Home
from flows.isolation import JobFailure, Limits, cpu_workers, run_isolated
from flows.pipeline import LIST_OF_ROLE
from spiders.crawl import CrawlResult
from spiders.sources import Source
from warehouse.db import open_warehouse
from warehouse.extraction import ExtractionBatch, mention_id
from warehouse.queries import extracted_documents

logger = logging.getLogger("icewatch")


def extract_agendas(
    home: Home,
    run_id: str,
    results: list[CrawlResult],
    sources: list[Source],
    config: Config,
    done: set[str] | None = None,
) -> ExtractionBatch:
    """Read the run's agenda documents not yet read by this extractor version, and its agenda
    items' text; return mentions and contract findings with their provenance. A document that
    cannot be read is recorded with its error and reported; the others go on. ``done``: the
    documents already read by this extractor version (else asked of the warehouse)."""
    batch = ExtractionBatch()
    jurisdictions = {s.id: s.jurisdiction for s in sources}
    meetings = {i["meeting_id"]: i for r in results for i in r.items if i.get("type") == "meeting"}
    done = extracted(home, config) if done is None else done
    documents: dict[str, dict[str, Any]] = {}
    for result in results:
        for doc in result.documents:
            if doc.get("role") in LIST_OF_ROLE or doc["sha256"] in done:
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
                "pages_stored": True,
            }
        )
        batch.pages += [
            {"sha256": doc["sha256"], "page": page, "text": text} for page, text in outcome.texts
        ]
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
    return batch


def extracted(home: Home, config: Config) -> set[str]:
    """The documents the warehouse records as read by this extractor version."""
    if not home.db.exists():
        return set()
    with open_warehouse(home.db, read_only=True, wait=config.db_wait) as con:
        return extracted_documents(con, EXTRACTOR_VERSION)


def _day(meetings: dict[str, dict[str, Any]], thing: dict[str, Any]) -> dt.date | None:
    start = (meetings.get(thing.get("meeting_id") or "") or {}).get("start")
    return dt.date.fromisoformat(start[:10]) if start else None


def _extract_one(job: tuple[str, str, dt.date | None]) -> Extraction | str:
    path, name, day = job
    try:
        return extract_file(path, name=name, reference=day)
    except InputError as exc:
        return str(exc)


def _run_extractions(jobs: list[tuple[str, str, dt.date | None]], config: Config) -> list:
    """Every document read in worker processes (one per core) with a time and a memory limit
    (``extract_timeout``, ``extract_memory_mb``): a document that kills its worker, or runs
    out of time or memory, is reported unreadable and the others go on."""
    if not jobs:
        return []
    limits = Limits(float(config.extract_timeout), int(config.extract_memory_mb))
    results = run_isolated(
        _extract_one, [(job,) for job in jobs], workers=min(len(jobs), cpu_workers()), limits=limits
    )
    return [
        f"{job[1]}: could not be read: {r}" if isinstance(r, JobFailure) else r
        for job, r in zip(jobs, results, strict=True)
    ]


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
