"""The Prefect flow of a monitoring run: crawl → extract → load → publish.

Tasks are thin over ``flows.pipeline``. Crawls fan out over ``crawl_processes`` batches of
sources (one subprocess each, many sources inside); the load task is the only writer to DuckDB.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger
from prefect.task_runners import ThreadPoolTaskRunner

from flows import extraction, pipeline
from flows.config import Config
from flows.home import Home
from spiders.crawl import CrawlResult
from spiders.replay import serving
from spiders.sources import Source
from warehouse.extraction import ExtractionBatch
from warehouse.load import AgendaBatch, RunRecord


@task(name="crawl", cache_policy=NO_CACHE, task_run_name="crawl {batch} ({sources_count} sources)")
def crawl_task(
    sources: list[Source],
    home: Home,
    run_id: str,
    config: Config,
    replay_url: str | None,
    state: pipeline.CrawlState,
    batch: str,
    sources_count: int,
) -> list[CrawlResult]:
    return pipeline.crawl(
        sources,
        home=home,
        run_id=run_id,
        config=config,
        replay_url=replay_url,
        state=state,
        batch=batch,
    )


@task(name="extract", cache_policy=NO_CACHE)
def extract_task(home: Home, run_id: str, results: list[CrawlResult]) -> pipeline.Extracted:
    return pipeline.extract(home, run_id, results)


@task(name="extract agendas", cache_policy=NO_CACHE)
def extract_agendas_task(
    home: Home, run_id: str, results: list[CrawlResult], sources: list[Source], config: Config
) -> ExtractionBatch:
    return extraction.extract_agendas(home, run_id, results, sources, config)


@task(name="load", cache_policy=NO_CACHE)
def load_task(
    home: Home,
    config: Config,
    run: RunRecord,
    sources: list[Source],
    documents: list,
    parsed: pipeline.Extracted,
    agendas: AgendaBatch,
    ok_sources: list[str],
    extraction: ExtractionBatch,
):
    return pipeline.load(
        home,
        config,
        run,
        sources=sources,
        documents=documents,
        editions=parsed.editions,
        agendas=agendas,
        ok_sources=ok_sources,
        extraction=extraction,
        detention=parsed.detention,
        listings=parsed.listings,
    )


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(home: Home, config: Config) -> pipeline.Published:
    return pipeline.publish(home, config)


def run_monitor(
    config: Config,
    source_ids: list[str] | None = None,
    replay_dir: Path | None = None,
    mode: str = "live",
) -> pipeline.RunSummary:
    """Run the monitor flow with a thread for each of the ``crawl_processes`` crawl processes."""
    runner = ThreadPoolTaskRunner(max_workers=max(1, int(config.crawl_processes)))
    return monitor.with_options(task_runner=runner)(
        config, source_ids=source_ids, replay_dir=replay_dir, mode=mode
    )


@flow(name="icewatch-monitor", log_prints=True)
def monitor(
    config: Config,
    source_ids: list[str] | None = None,
    replay_dir: Path | None = None,
    mode: str = "live",
) -> pipeline.RunSummary:
    """One monitoring run over the selected sources (all of the registry by default)."""
    log = get_run_logger()
    started = time.monotonic()
    started_at = dt.datetime.now(dt.UTC)
    home = Home(config.home_path)
    run_id = pipeline.new_run_id(started_at)
    summary = pipeline.RunSummary(run_id=run_id, mode=mode)
    sources, skipped = pipeline.select_sources(config, source_ids, replay_dir)
    summary.sources_skipped = skipped
    for note in skipped:
        log.warning("skipped %s", note)
    log.info("run %s (%s): %d source(s) into %s", run_id, mode, len(sources), home.root)

    state = pipeline.crawl_state(home, config, run_id)

    def crawl_all(replay_url: str | None) -> list[CrawlResult]:
        batches = pipeline.crawl_batches(sources, config)
        futures = [
            crawl_task.submit(
                batch, home, run_id, config, replay_url, state, f"batch-{n}", len(batch)
            )
            for n, batch in enumerate(batches, 1)
        ]
        by_id = {r.source_id: r for f in futures for r in f.result()}
        return [by_id[s.id] for s in sources]

    if replay_dir is not None:
        with serving(replay_dir) as server:
            log.info("replaying %s from %s", replay_dir, server.base_url)
            results = crawl_all(server.base_url)
    else:
        results = crawl_all(None)

    parsed = extract_task(home, run_id, results)
    extract_failures = parsed.failures
    extracted = extract_agendas_task(home, run_id, results, sources, config)
    summary.documents_read = sum(1 for d in extracted.documents if not d.get("error"))
    summary.document_errors = [d["error"] for d in extracted.documents if d.get("error")]
    failed_sources = {r.source_id for r in results if not r.ok}
    failed_sources |= {f.split(":", 1)[0] for f in extract_failures}
    summary.failures = [f for r in results for f in r.failures] + extract_failures
    summary.sources_ok = [s.id for s in sources if s.id not in failed_sources]
    summary.sources_failed = sorted(failed_sources)
    documents = [d for r in results for d in r.documents]
    summary.documents = len(documents)
    run = RunRecord(
        run_id=run_id,
        started_at=started_at,
        mode=mode,
        sources_ok=len(summary.sources_ok),
        sources_failed=len(summary.sources_failed),
        failures=summary.failures,
    )
    agendas = pipeline.agenda_batch(results)
    summary.meetings, summary.agenda_items = len(agendas.meetings), len(agendas.items)
    loaded = load_task(
        home,
        config,
        run,
        sources,
        documents,
        parsed,
        agendas,
        summary.sources_ok,
        extracted,
    )
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
    summary.feed = str(home.public / "feeds" / "all.xml")
    try:
        published = publish_task(home, config)
    except Exception as exc:  # the load committed: report, keep the summary, exit 1
        summary.failures.append(
            f"publish: {type(exc).__name__}: {exc} (the warehouse holds this run; "
            "`icewatch publish` writes the feeds again once that is fixed)"
        )
        log.error("%s", summary.failures[-1])
    else:
        summary.feed_changed = published.changed
        summary.feeds = published.feeds
        summary.feeds_rewritten = len(published.rewritten)
    summary.seconds = round(time.monotonic() - started, 1)
    log.info(
        "run %s done in %.1fs: %d source(s) ok, %d failed, %d document(s) (%d new), %d new alerts",
        run_id,
        summary.seconds,
        len(summary.sources_ok),
        len(summary.sources_failed),
        summary.documents,
        summary.documents_new,
        summary.alerts_new,
    )
    return summary


@flow(name="icewatch-scheduled", log_prints=True)
def scheduled(kinds: list[str] | None = None, demo: bool = False) -> pipeline.RunSummary:
    """A run of the sources of ``kinds`` (``ice``, ``agenda``; all when empty), as the
    schedules start it: the configuration is read where the run executes, one run at a time
    per home folder, and the flow run ends Failed when a source or the publication failed."""
    from flows.config import load_config
    from flows.lock import run_lock
    from spiders.sources import load_sources

    config = load_config()
    replay_dir = pipeline.demo_dir() if demo else None
    ids = None
    if kinds:
        ids = [s.id for s in load_sources(config.sources or None) if s.kind in kinds]
        if replay_dir is not None:
            recorded, _ = pipeline.select_sources(config, None, replay_dir)
            ids = [i for i in ids if i in {s.id for s in recorded}]
    if ids == []:
        get_run_logger().warning("no source of kind %s to run here", ", ".join(kinds or []))
        return pipeline.RunSummary(run_id="", mode="demo" if demo else "live")
    with run_lock(config.home_path, wait=float(config.run_wait)):
        summary = run_monitor(
            config, source_ids=ids, replay_dir=replay_dir, mode="demo" if demo else "live"
        )
    if not summary.ok:
        from prefect.states import Failed

        return Failed(message="; ".join(summary.failures)[:2000], data=summary)  # type: ignore[return-value]
    return summary


def schedules(config: Config) -> dict[str, tuple[str, list[str]]]:
    """Deployment name → (cron, source kinds), from the configuration."""
    return {
        "ice-lists": (str(config.schedule_ice), ["ice"]),
        "agendas": (str(config.schedule_agendas), ["agenda"]),
    }


def serve_schedules(config: Config, *, demo: bool = False) -> None:
    """Register the scheduled deployments with the Prefect server and run them as they come
    due, until interrupted (Prefect's own scheduler; ``prefect server start`` first)."""
    from prefect import serve

    deployments = [
        scheduled.to_deployment(
            name=name,
            cron=cron,
            parameters={"kinds": kinds, "demo": demo},
            concurrency_limit=1,
            description=f"icewatch run of the {', '.join(kinds)} sources",
            tags=["icewatch"],
        )
        for name, (cron, kinds) in schedules(config).items()
    ]
    serve(*deployments, print_starting_message=True)
