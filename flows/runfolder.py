"""What the stages of one run hand each other: files in the run's folder, ``runs/<run_id>/``.

Prefect carries only the run's context (configuration, home folder, run id) from stage to
stage; every row stays on disk, where the next stage (or a later re-load) reads it::

    sources.json            the registry entries the run crawls
    since.json              each source's last successful crawl (incremental requests)
    known_documents.txt     document URLs the store already holds
    crawl/<source>/         items.jsonl, stats.json, crawl.log of each source's crawl
    crawl/outcome.json      each source's failures and time, the sources crawled again
    extract/lists.json      the parsed ICE lists (rows in extract/<sha256[:16]>.jsonl)
    extract/agendas.json    what the agenda extraction found (documents, mentions, findings)
    summary.json            the run's summary, as the stages fill it in
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from extract.detention import DetentionEdition, Facility
from extract.ice287g import Agreement287g, ListKind, Snapshot287g
from feeds.rss import write_atomic
from spiders.crawl import CrawlResult, read_result
from spiders.sources import Source
from warehouse.extraction import ExtractionBatch
from warehouse.load import DetentionInput, Ice287gEdition, ListingInput


@dataclass
class RunSummary:
    run_id: str
    mode: str
    sources_ok: list[str] = field(default_factory=list)
    sources_failed: list[str] = field(default_factory=list)
    sources_skipped: list[str] = field(default_factory=list)
    sources_retried: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # links the URL policy did not fetch
    documents: int = 0
    documents_new: int = 0
    meetings: int = 0
    agenda_items: int = 0
    meetings_delisted: int = 0
    documents_read: int = 0
    document_errors: list[str] = field(default_factory=list)
    mentions_new: int = 0
    contracts_new: int = 0
    agencies_matched: int = 0
    agencies_unmatched: list[str] = field(default_factory=list)
    editions_loaded: int = 0
    alerts_new: int = 0
    watch_matches: int = 0  # of the new alerts, keyword watches' matches (raised at publish)
    feed: str | None = None
    feed_changed: bool = False
    feeds: int = 0
    feeds_rewritten: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "ok": self.ok}


@dataclass
class CrawlOutcome:
    """A crawl stage's results in the order of its sources; the sources crawled again after
    a transient failure; the agenda extraction when workers did it next to their crawl."""

    results: list[CrawlResult] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)
    extraction: ExtractionBatch | None = None


@dataclass
class Extracted:
    """The ICE lists parsed in a run, and the files that could not be parsed."""

    editions: list[Ice287gEdition] = field(default_factory=list)
    detention: list[DetentionInput] = field(default_factory=list)
    listings: ListingInput | None = None
    failures: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RunFolder:
    root: Path

    @property
    def sources_file(self) -> Path:
        return self.root / "sources.json"

    @property
    def since_file(self) -> Path:
        return self.root / "since.json"

    @property
    def known_documents(self) -> Path:
        return self.root / "known_documents.txt"

    @property
    def crawl_dir(self) -> Path:
        return self.root / "crawl"

    def group_file(self, group: str) -> Path:
        """What a work pool's worker hands to the writer for one group of sources."""
        return self.root / "groups" / f"{group}.json"

    def group_sources_file(self, group: str) -> Path:
        """The sources the writer hands to a worker as one group."""
        return self.root / "groups" / "sources" / f"{group}.json"

    @property
    def extract_dir(self) -> Path:
        return self.root / "extract"

    @property
    def summary_file(self) -> Path:
        return self.root / "summary.json"

    # ---------------------------------------------------------------- sources

    def write_sources(self, sources: list[Source], path: Path | None = None) -> Path:
        path = path or self.sources_file
        _write_json(path, [s.as_dict() for s in sources])
        return path

    def sources(self, path: Path | None = None) -> list[Source]:
        return [Source(**s) for s in _read_json(path or self.sources_file)]

    def write_since(self, since: dict[str, dt.datetime]) -> None:
        _write_json(self.since_file, {k: v.isoformat() for k, v in since.items()})

    def since(self) -> dict[str, dt.datetime]:
        if not self.since_file.exists():
            return {}
        return {k: dt.datetime.fromisoformat(v) for k, v in _read_json(self.since_file).items()}

    # ---------------------------------------------------------------- crawl

    def write_outcome(self, outcome: CrawlOutcome, name: str = "outcome") -> None:
        _write_json(
            self.crawl_dir / f"{name}.json",
            {
                "results": [
                    {"source_id": r.source_id, "failures": r.failures, "seconds": r.seconds}
                    for r in outcome.results
                ],
                "retried": outcome.retried,
            },
        )

    def outcome(self, name: str = "outcome") -> CrawlOutcome:
        """The crawl's results as the crawl processes left them on disk (none for a run that
        crawled nothing, such as a backfill of saved files)."""
        path = self.crawl_dir / f"{name}.json"
        if not path.exists():
            return CrawlOutcome()
        data = _read_json(path)
        results = [
            read_result(
                r["source_id"], self.crawl_dir / r["source_id"], r["failures"], r["seconds"]
            )
            for r in data["results"]
        ]
        return CrawlOutcome(results, data["retried"])

    # ---------------------------------------------------------------- ICE lists

    def rows_file(self, document: dict[str, Any]) -> Path:
        """The parsed rows of one spreadsheet (also the run's audit of what was read)."""
        return self.extract_dir / f"{document['sha256'][:16]}.jsonl"

    def write_lists(self, extracted: Extracted) -> None:
        editions = []
        for e in extracted.editions:
            rows = self.rows_file(e.document)
            _write_jsonl(rows, (row.as_json() for row in e.snapshot.rows))
            editions.append(
                {
                    "document": e.document,
                    "snapshot_date": e.snapshot_date.isoformat(),
                    "list": e.snapshot.list.value,
                    "date": _iso(e.snapshot.date),
                    "columns": e.snapshot.columns,
                    "warnings": e.snapshot.warnings,
                    "blank_rows": e.snapshot.blank_rows,
                    "rows": rows.name,
                }
            )
        detention = []
        for d in extracted.detention:
            rows = self.rows_file(d.document)
            _write_jsonl(rows, (f.as_json() for f in d.edition.facilities))
            edition = {k: v for k, v in asdict(d.edition).items() if k != "facilities"}
            detention.append(
                {
                    "document": d.document,
                    "edition_date": d.edition_date.isoformat(),
                    "edition": {**edition, "date": _iso(d.edition.date)},
                    "rows": rows.name,
                }
            )
        listings = None
        if extracted.listings is not None:
            rows = self.extract_dir / "listings.jsonl"
            _write_jsonl(rows, (f.as_json() for f in extracted.listings.facilities))
            listings = {"listed_on": extracted.listings.listed_on.isoformat(), "rows": rows.name}
        _write_json(
            self.extract_dir / "lists.json",
            {
                "editions": editions,
                "detention": detention,
                "listings": listings,
                "failures": extracted.failures,
            },
        )

    def lists(self) -> Extracted:
        path = self.extract_dir / "lists.json"
        if not path.exists():
            return Extracted()
        data = _read_json(path)
        editions = [
            Ice287gEdition(
                document=e["document"],
                snapshot=Snapshot287g(
                    list=ListKind(e["list"]),
                    date=_date(e["date"]),
                    rows=[Agreement287g.from_json(r) for r in self._rows(e["rows"])],
                    columns=e["columns"],
                    warnings=e["warnings"],
                    blank_rows=e["blank_rows"],
                ),
                snapshot_date=dt.date.fromisoformat(e["snapshot_date"]),
            )
            for e in data["editions"]
        ]
        detention = [
            DetentionInput(
                document=d["document"],
                edition=DetentionEdition(
                    **{
                        **d["edition"],
                        "date": _date(d["edition"]["date"]),
                        "facilities": [Facility.from_json(r) for r in self._rows(d["rows"])],
                    }
                ),
                edition_date=dt.date.fromisoformat(d["edition_date"]),
            )
            for d in data["detention"]
        ]
        listings = None
        if data["listings"]:
            listings = ListingInput(
                facilities=[Facility.from_json(r) for r in self._rows(data["listings"]["rows"])],
                listed_on=dt.date.fromisoformat(data["listings"]["listed_on"]),
            )
        return Extracted(editions, detention, listings, data["failures"])

    def _rows(self, name: str) -> list[dict[str, Any]]:
        with (self.extract_dir / name).open(encoding="utf-8") as lines:
            return [json.loads(line) for line in lines if line.strip()]

    # ---------------------------------------------------------------- agenda extraction

    def write_extraction(self, batch: ExtractionBatch) -> None:
        _write_json(self.extract_dir / "agendas.json", asdict(batch))

    def extraction(self) -> ExtractionBatch:
        path = self.extract_dir / "agendas.json"
        return ExtractionBatch(**_read_json(path)) if path.exists() else ExtractionBatch()

    # ---------------------------------------------------------------- summary

    def write_summary(self, summary: RunSummary) -> None:
        _write_json(self.summary_file, summary.as_json())

    def summary(self) -> RunSummary:
        data = _read_json(self.summary_file)
        return RunSummary(**{f.name: data[f.name] for f in fields(RunSummary) if f.name in data})


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _write_json(path: Path, data: Any) -> None:
    body = json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")
    write_atomic(path, body)


def _write_jsonl(path: Path, rows: Any) -> None:
    lines = "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)
    write_atomic(path, lines.encode("utf-8"))


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
