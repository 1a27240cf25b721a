"""The Prefect flows of a monitoring run, thin over ``flows.pipeline``::

    icewatch-monitor
      ├─ icewatch-crawl-ice-lists   a crawl task per batch of sources (one subprocess each)
      ├─ icewatch-crawl-agendas     the same, or with ``work_pool`` set: icewatch-agenda-group
      │                             runs on the pool's workers (``flows.pool``)
      ├─ icewatch-extract           ICE spreadsheets and facility pages; agenda documents
      ├─ icewatch-load              the only writer to DuckDB
      └─ icewatch-publish           the feeds, then the run's summary into the ``runs`` table

``orchestrate`` is the order of the stages as plain Python; ``PrefectStages`` runs each stage
as a flow (what ``icewatch run`` and the schedules do). ``bench/direct.py`` calls the same
library functions without Prefect, to measure what Prefect costs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff

from feeds.publish import Published
from flows import extraction, pipeline, publication
from flows import summary as summaries
from flows.clock import new_run_id
from flows.config import Config
from flows.home import Home
from flows.pipeline import RunContext
from flows.runfolder import CrawlOutcome, Extracted, RunSummary
from flows.summary import ExtractReport
from spiders.crawl import CrawlResult, stop_prestarted
from spiders.replay import serving
from spiders.sources import Source
from warehouse.db import WarehouseBusy
from warehouse.extraction import ExtractionBatch
from warehouse.load import RunLoad


class Stages(Protocol):
    """How a run's stages are carried out: as Prefect flows (:class:`PrefectStages`) or as
    plain calls (``bench/direct.py``). Each takes the run's context and leaves its result in
    the run's folder."""

    def crawl(self, ctx: RunContext, label: str) -> CrawlOutcome: ...

    def extract(self, ctx: RunContext, agendas: bool) -> ExtractReport: ...

    def load(self, ctx: RunContext) -> RunLoad: ...

    def publish(self, ctx: RunContext) -> RunSummary: ...


class PrefectStages:
    """Each stage a Prefect flow (a subflow of the monitor), its work in tasks. A stage takes
    the run's context (the run id, the home folder, the configuration) and reads what the
    stages before it left in the run's folder: no rows cross Prefect's API."""

    def crawl(self, ctx: RunContext, label: str) -> CrawlOutcome:
        if label == "agendas" and ctx.config.work_pool:
            from flows.pool import crawl_agendas_on_pool  # the pool's flows build on these

            return crawl_agendas_on_pool(ctx)
        crawl_flow = crawl_ice_lists if label == "ice" else crawl_agendas
        runner = ThreadPoolTaskRunner(max_workers=max(1, int(ctx.config.crawl_processes)))
        return crawl_flow.with_options(task_runner=runner)(ctx)

    def extract(self, ctx: RunContext, agendas: bool) -> ExtractReport:
        return extract_flow(ctx, agendas)

    def load(self, ctx: RunContext) -> RunLoad:
        return load_flow(ctx)

    def publish(self, ctx: RunContext) -> RunSummary:
        return publish_flow(ctx)


def orchestrate(
    config: Config,
    stages: Stages,
    source_ids: list[str] | None = None,
    replay_dir: Path | None = None,
    mode: str = "live",
    started_at: dt.datetime | None = None,
) -> RunSummary:
    """One monitoring run: crawl the ICE lists, then the agendas; extract; load; publish.
    ``started_at``: when the command started (the summary's time counts from it)."""
    home = Home(config.home_path)
    ctx = RunContext(config, home, new_run_id(), mode)
    if started_at is not None:
        ctx.started_at = started_at
    summary = RunSummary(run_id=ctx.run_id, mode=mode)
    sources, skipped = pipeline.select_sources(config, source_ids, replay_dir)
    summary.sources_skipped = skipped
    for note in skipped:
        pipeline.logger.warning("skipped %s", note)
    pipeline.logger.info(
        "run %s (%s): %d source(s) into %s", ctx.run_id, mode, len(sources), home.root
    )
    pipeline.prestart_crawls(sources, config)
    ctx.state = pipeline.crawl_state(home, config, ctx.run_id)
    folder = ctx.folder
    folder.write_sources(sources)
    kinds = {s.kind for s in sources}
    with (
        serving(replay_dir) if replay_dir is not None else nullcontext() as server,
        _prestarted_stopped(),
    ):
        if server is not None:
            ctx.replay_url = server.base_url
            pipeline.logger.info("replaying %s from %s", replay_dir, server.base_url)
        first = stages.crawl(ctx, "ice") if kinds - {"agenda"} else CrawlOutcome()
        second = stages.crawl(ctx, "agendas") if "agenda" in kinds else CrawlOutcome()
    by_id = {r.source_id: r for r in first.results + second.results}
    outcome = CrawlOutcome([by_id[s.id] for s in sources], first.retried + second.retried)
    folder.write_outcome(outcome)
    if second.extraction is not None:  # the pool's workers read the agendas next to their crawl
        folder.write_extraction(second.extraction)
    report = stages.extract(ctx, second.extraction is None)
    summaries.summarize_crawl(summary, sources, outcome, report)
    folder.write_summary(summary)
    loaded = stages.load(ctx)
    summaries.summarize_load(summary, loaded)
    summary.feed = str(home.public / "feeds" / "all.xml")
    folder.write_summary(summary)
    return stages.publish(ctx)


def stage_sources(ctx: RunContext, label: str) -> list[Source]:
    """The run's sources a crawl stage takes: the ICE lists, or the agendas."""
    agendas = label != "ice"
    return [s for s in ctx.folder.sources() if (s.kind == "agenda") == agendas]


@contextmanager
def _prestarted_stopped() -> Iterator[None]:
    """Crawl processes started ahead and not used end with the crawl stages."""
    try:
        yield
    finally:
        stop_prestarted()


def merge_extractions(batches: list[ExtractionBatch]) -> ExtractionBatch:
    merged = ExtractionBatch()
    for batch in batches:
        for name in vars(merged):
            getattr(merged, name).extend(getattr(batch, name))
    return merged


def crawl_sources(ctx: RunContext, source_ids: list[str], batch: str) -> list[CrawlResult]:
    by_id = {s.id: s for s in ctx.folder.sources()}
    return pipeline.crawl(
        [by_id[i] for i in source_ids],
        home=ctx.home,
        run_id=ctx.run_id,
        config=ctx.config,
        replay_url=ctx.replay_url,
        state=ctx.state,
        batch=batch,
    )


def extract_all(ctx: RunContext, agendas: bool) -> ExtractReport:
    failures = parse_lists(ctx).failures
    return summaries.extract_report(
        failures, read_agendas(ctx) if agendas else ctx.folder.extraction()
    )


def parse_lists(ctx: RunContext) -> Extracted:
    return pipeline.extract(ctx.home, ctx.run_id, ctx.folder.outcome().results)


def read_agendas(ctx: RunContext, done: set[str] | None = None) -> ExtractionBatch:
    """The agenda documents and items of the run's crawl, read; the result in the run folder."""
    folder = ctx.folder
    sources = [s for s in folder.sources() if s.kind == "agenda"]
    ids = {s.id for s in sources}
    results = [r for r in folder.outcome().results if r.source_id in ids]
    read = extraction.extract_agendas(ctx.home, ctx.run_id, results, sources, ctx.config, done)
    folder.write_extraction(read)
    return read


def _retrying(task_fn: Any, ctx: RunContext, kind: type[Exception]) -> Any:
    """``task_fn`` retried ``retries`` times, after doubling waits, when it failed with
    ``kind`` (a busy warehouse, an I/O error), not for other errors."""

    def failed_with_kind(task: Any, task_run: Any, state: Any) -> bool:
        try:
            state.result()
        except kind:
            return True
        except Exception:
            return False
        return False

    retries = int(ctx.config.retries)
    return task_fn.with_options(
        retries=retries,
        retry_delay_seconds=exponential_backoff(float(ctx.config.retry_backoff))(retries)
        if retries
        else 0,
        retry_condition_fn=failed_with_kind,
    )


@task(name="crawl", cache_policy=NO_CACHE, task_run_name="crawl {batch} ({count} sources)")
def crawl_task(ctx: RunContext, source_ids: list[str], batch: str, count: int) -> list:
    return crawl_sources(ctx, source_ids, batch)


def _submitter(ctx: RunContext) -> Any:
    return lambda batch, name: crawl_task.submit(ctx, [s.id for s in batch], name, len(batch))


@flow(name="icewatch-crawl-ice-lists", validate_parameters=False)
def crawl_ice_lists(ctx: RunContext) -> CrawlOutcome:
    """ICE's 287(g) page and spreadsheets, detention statistics, the facility locator."""
    return pipeline.crawl_stage(stage_sources(ctx, "ice"), ctx, "ice", _submitter(ctx))


@flow(name="icewatch-crawl-agendas", validate_parameters=False)
def crawl_agendas(ctx: RunContext, label: str = "agendas") -> CrawlOutcome:
    """The council and board portals, in batches of sources sharing a process (``label``
    names the batches; a worker's group crawls the sources of its group file)."""
    if label == "agendas":
        sources = stage_sources(ctx, label)
    else:
        sources = ctx.folder.sources(ctx.folder.group_sources_file(label))
    return pipeline.crawl_stage(sources, ctx, label, _submitter(ctx))


@task(name="parse ICE files", cache_policy=NO_CACHE)
def parse_lists_task(ctx: RunContext) -> list[str]:
    return parse_lists(ctx).failures


@task(name="read agenda documents", cache_policy=NO_CACHE)
def read_agendas_task(ctx: RunContext, done_file: Path | None = None) -> ExtractReport:
    done = None
    if done_file is not None and done_file.exists():
        done = set(done_file.read_text(encoding="utf-8").split())
    return summaries.extract_report([], read_agendas(ctx, done))


@flow(name="icewatch-extract", validate_parameters=False)
def extract_flow(ctx: RunContext, agendas: bool = True) -> ExtractReport:
    """Parse the ICE lists; read the agenda documents and items (unless the pool's workers
    did). Both write what they found into the run's folder."""
    failures = parse_lists_task(ctx)
    if agendas:
        read = read_agendas_task(ctx)
    else:
        read = summaries.extract_report([], ctx.folder.extraction())
    return replace(read, failures=failures)


@task(name="load", cache_policy=NO_CACHE)
def load_task(ctx: RunContext) -> RunLoad:
    return pipeline.load(ctx)


@flow(name="icewatch-load", validate_parameters=False)
def load_flow(ctx: RunContext) -> RunLoad:
    """The run's folder into the warehouse in one transaction: the only DuckDB writer."""
    return _retrying(load_task, ctx, WarehouseBusy)(ctx)


@task(name="read keyword watches", cache_policy=NO_CACHE)
def watches_task(ctx: RunContext) -> int:
    return publication.read_watches(ctx.home, ctx.config)


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(ctx: RunContext) -> Published:
    return publication.publish(ctx.home, ctx.config, watches_first=False)


@task(name="record the run", cache_policy=NO_CACHE)
def finish_task(ctx: RunContext, summary: RunSummary) -> str:
    return summaries.finish(ctx, summary)


@flow(name="icewatch-publish", validate_parameters=False)
def publish_flow(ctx: RunContext) -> RunSummary:
    """The keyword watches, every feed, the site, the OPML and the calendars; then the run's
    summary into the ``runs`` table."""
    summary = ctx.folder.summary()
    summaries.summarize_watches(summary, watches_task(ctx))
    try:
        published: Any = _retrying(publish_task, ctx, OSError)(ctx)
    except Exception as exc:  # the load committed: reported, the summary kept
        published = exc
    summaries.summarize_publish(summary, published)
    _retrying(finish_task, ctx, WarehouseBusy)(ctx, summary)
    ctx.folder.write_summary(summary)
    return summary


@flow(name="icewatch-monitor", log_prints=True, validate_parameters=False)
def monitor(
    config: Config,
    source_ids: list[str] | None = None,
    replay_dir: Path | None = None,
    mode: str = "live",
    started_at: dt.datetime | None = None,
) -> RunSummary:
    """One monitoring run over the selected sources (all of the registry by default). The flow
    run ends Failed, with the summary as its result, when a source or the publication failed."""
    with stages_without_heartbeats():
        return ended(orchestrate(config, PrefectStages(), source_ids, replay_dir, mode, started_at))


@contextmanager
def stages_without_heartbeats() -> Iterator[None]:
    """Subflows started inside go without heartbeats. Prefect ends a flow run by joining its
    heartbeat thread, which sleeps in whole seconds: up to 1 s lost per stage (measured by
    bench/run.py). The enclosing flow run keeps its heartbeat, which is what tells the server
    that a run died."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def ended(summary: RunSummary) -> Any:
    if summary.ok:
        return summary
    from prefect.states import Failed

    return Failed(message="; ".join(summary.failures)[:2000], data=summary)


def run_monitor(
    config: Config,
    source_ids: list[str] | None = None,
    replay_dir: Path | None = None,
    mode: str = "live",
    started_at: dt.datetime | None = None,
) -> RunSummary:
    """A monitoring run as a Prefect flow run (what ``icewatch run`` does); its summary,
    whether the flow run ended Completed or Failed. The crawl processes start first, so that
    they import Scrapy while Prefect starts the flow. ``started_at``: when the command
    started, so that the summary's time counts Prefect's start too."""
    pipeline.prestart_crawls(pipeline.select_sources(config, source_ids, replay_dir)[0], config)
    state = monitor(
        config,
        source_ids=source_ids,
        replay_dir=replay_dir,
        mode=mode,
        started_at=started_at,
        return_state=True,
    )
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):  # the run itself broke: not a source's failure
        raise result
    return result
