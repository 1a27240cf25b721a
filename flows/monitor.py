"""The Prefect flows of a monitoring run, thin over ``flows.pipeline``::

    icewatch-monitor
      ├─ icewatch-crawl-ice-lists   a crawl task per batch of sources (one subprocess each)
      ├─ icewatch-crawl-agendas     the same, or with ``work_pool`` set: icewatch-agenda-group
      │                             runs on the pool's workers (crawl and extraction per group)
      ├─ icewatch-extract           ICE spreadsheets and facility pages; agenda documents
      ├─ icewatch-load              the only writer to DuckDB
      └─ icewatch-publish           the feeds, then the run's summary into the ``runs`` table

``orchestrate`` is the order of the stages as plain Python. ``PrefectStages`` runs each stage
as a flow (what ``icewatch run`` and the schedules do); ``DirectStages`` calls the same library
functions without Prefect, which is how ``bench/run.py`` measures what Prefect costs.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import os
import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff

from feeds.rss import write_atomic
from flows import extraction, pipeline
from flows.config import Config
from flows.home import Home
from flows.pipeline import CrawlState, ExtractReport, RunContext
from flows.runfolder import CrawlOutcome, Extracted, RunFolder, RunSummary
from spiders.crawl import CRAWL_TIMEOUT, CrawlResult, read_result, stop_prestarted
from spiders.replay import serving
from spiders.sources import Source
from warehouse.db import WarehouseBusy
from warehouse.extraction import ExtractionBatch
from warehouse.load import RunLoad

GROUP_FLOW = "icewatch-agenda-group"


# ---------------------------------------------------------------- the order of the stages


class DirectStages:
    """The stages as plain calls of the library: no flow runs, no task runs."""

    def crawl(self, ctx: RunContext, label: str) -> CrawlOutcome:
        sources = _stage_sources(ctx, label)
        with ThreadPoolExecutor(max(1, int(ctx.config.crawl_processes))) as threads:
            return pipeline.crawl_stage(
                sources,
                ctx,
                label,
                lambda batch, name: threads.submit(_crawl, ctx, [s.id for s in batch], name),
            )

    def extract(self, ctx: RunContext, agendas: bool) -> ExtractReport:
        return _extract(ctx, agendas)

    def load(self, ctx: RunContext) -> RunLoad:
        return pipeline.load(ctx)

    def publish(self, ctx: RunContext) -> RunSummary:
        summary = ctx.folder.summary()
        try:
            published: Any = pipeline.publish(ctx.home, ctx.config)
        except Exception as exc:
            published = exc
        pipeline.summarize_publish(summary, published)
        pipeline.finish(ctx, summary)
        ctx.folder.write_summary(summary)
        return summary


class PrefectStages:
    """Each stage a Prefect flow (a subflow of the monitor), its work in tasks. A stage takes
    the run's context (the run id, the home folder, the configuration) and reads what the
    stages before it left in the run's folder: no rows cross Prefect's API."""

    def crawl(self, ctx: RunContext, label: str) -> CrawlOutcome:
        if label == "agendas" and ctx.config.work_pool:
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
    stages: DirectStages | PrefectStages,
    source_ids: list[str] | None = None,
    replay_dir: Path | None = None,
    mode: str = "live",
    started_at: dt.datetime | None = None,
) -> RunSummary:
    """One monitoring run: crawl the ICE lists, then the agendas; extract; load; publish.
    ``started_at``: when the command started (the summary's time counts from it)."""
    home = Home(config.home_path)
    ctx = RunContext(config, home, pipeline.new_run_id(), mode)
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
    pipeline.summarize_crawl(summary, sources, outcome, report)
    folder.write_summary(summary)
    loaded = stages.load(ctx)
    pipeline.summarize_load(summary, loaded)
    summary.feed = str(home.public / "feeds" / "all.xml")
    folder.write_summary(summary)
    return stages.publish(ctx)


def _stage_sources(ctx: RunContext, label: str) -> list[Source]:
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
        merged.documents += batch.documents
        merged.mentions += batch.mentions
        merged.findings += batch.findings
    return merged


# ---------------------------------------------------------------- library calls


def _crawl(ctx: RunContext, source_ids: list[str], batch: str) -> list[CrawlResult]:
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


def _extract(ctx: RunContext, agendas: bool) -> ExtractReport:
    failures = _parse_lists(ctx).failures
    return pipeline.extract_report(
        failures, _read_agendas(ctx) if agendas else ctx.folder.extraction()
    )


def _parse_lists(ctx: RunContext) -> Extracted:
    return pipeline.extract(ctx.home, ctx.run_id, ctx.folder.outcome().results)


def _read_agendas(ctx: RunContext, done: set[str] | None = None) -> ExtractionBatch:
    """The agenda documents and items of the run's crawl, read; the result in the run folder."""
    folder = ctx.folder
    sources = [s for s in folder.sources() if s.kind == "agenda"]
    ids = {s.id for s in sources}
    results = [r for r in folder.outcome().results if r.source_id in ids]
    read = extraction.extract_agendas(ctx.home, ctx.run_id, results, sources, ctx.config, done)
    folder.write_extraction(read)
    return read


# ---------------------------------------------------------------- Prefect tasks and flows


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
    return _crawl(ctx, source_ids, batch)


def _submitter(ctx: RunContext) -> Any:
    return lambda batch, name: crawl_task.submit(ctx, [s.id for s in batch], name, len(batch))


@flow(name="icewatch-crawl-ice-lists", validate_parameters=False)
def crawl_ice_lists(ctx: RunContext) -> CrawlOutcome:
    """ICE's 287(g) page and spreadsheets, detention statistics, the facility locator."""
    return pipeline.crawl_stage(_stage_sources(ctx, "ice"), ctx, "ice", _submitter(ctx))


@flow(name="icewatch-crawl-agendas", validate_parameters=False)
def crawl_agendas(ctx: RunContext, label: str = "agendas") -> CrawlOutcome:
    """The council and board portals, in batches of sources sharing a process (``label``
    names the batches; a worker's group crawls the sources of its group file)."""
    if label == "agendas":
        sources = _stage_sources(ctx, label)
    else:
        sources = ctx.folder.sources(group_sources_file(ctx.home, ctx.run_id, label))
    return pipeline.crawl_stage(sources, ctx, label, _submitter(ctx))


@task(name="parse ICE files", cache_policy=NO_CACHE)
def parse_lists_task(ctx: RunContext) -> list[str]:
    return _parse_lists(ctx).failures


@task(name="read agenda documents", cache_policy=NO_CACHE)
def read_agendas_task(ctx: RunContext, done_file: Path | None = None) -> ExtractReport:
    done = None
    if done_file is not None and done_file.exists():
        done = set(done_file.read_text(encoding="utf-8").split())
    return pipeline.extract_report([], _read_agendas(ctx, done))


@flow(name="icewatch-extract", validate_parameters=False)
def extract_flow(ctx: RunContext, agendas: bool = True) -> ExtractReport:
    """Parse the ICE lists; read the agenda documents and items (unless the pool's workers
    did). Both write what they found into the run's folder."""
    failures = parse_lists_task(ctx)
    if agendas:
        read = read_agendas_task(ctx)
    else:
        read = pipeline.extract_report([], ctx.folder.extraction())
    return replace(read, failures=failures)


@task(name="load", cache_policy=NO_CACHE)
def load_task(ctx: RunContext) -> RunLoad:
    return pipeline.load(ctx)


@flow(name="icewatch-load", validate_parameters=False)
def load_flow(ctx: RunContext) -> RunLoad:
    """The run's folder into the warehouse in one transaction: the only DuckDB writer."""
    return _retrying(load_task, ctx, WarehouseBusy)(ctx)


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(ctx: RunContext) -> pipeline.Published:
    return pipeline.publish(ctx.home, ctx.config)


@task(name="record the run", cache_policy=NO_CACHE)
def finish_task(ctx: RunContext, summary: RunSummary) -> str:
    return pipeline.finish(ctx, summary)


@flow(name="icewatch-publish", validate_parameters=False)
def publish_flow(ctx: RunContext) -> RunSummary:
    """Every feed, the index and OPML; then the run's summary into the ``runs`` table."""
    summary = ctx.folder.summary()
    try:
        published: Any = _retrying(publish_task, ctx, OSError)(ctx)
    except Exception as exc:  # the load committed: reported, the summary kept
        published = exc
    pipeline.summarize_publish(summary, published)
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
    with _stages_without_heartbeats():
        return _ended(
            orchestrate(config, PrefectStages(), source_ids, replay_dir, mode, started_at)
        )


@contextmanager
def _stages_without_heartbeats() -> Iterator[None]:
    """Subflows started inside go without heartbeats. Prefect ends a flow run by joining its
    heartbeat thread, which sleeps in whole seconds: up to 1 s lost per stage (measured by
    bench/run.py). The enclosing flow run keeps its heartbeat, which is what tells the server
    that a run died."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def _ended(summary: RunSummary) -> Any:
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


def run_direct(
    config: Config,
    source_ids: list[str] | None = None,
    replay_dir: Path | None = None,
    mode: str = "live",
) -> RunSummary:
    """The same run without Prefect: the baseline of ``bench/run.py``."""
    return orchestrate(config, DirectStages(), source_ids, replay_dir, mode)


# ---------------------------------------------------------------- beyond one machine


def group_file(home: Home, run_id: str, group: str) -> Path:
    """What a worker hands to the writer for one group of sources."""
    return home.run_dir(run_id) / "groups" / f"{group}.json"


def group_sources_file(home: Home, run_id: str, group: str) -> Path:
    """The sources the writer hands to a worker as one group."""
    return home.run_dir(run_id) / "groups" / "sources" / f"{group}.json"


@flow(name=GROUP_FLOW, log_prints=True)
def agenda_group(
    run_id: str, group: str, mode: str = "live", replay_url: str | None = None
) -> dict[str, Any]:
    """Crawl and read one group of agenda sources on a worker of the work pool.

    The configuration is the worker's own (its ``ICEWATCH_HOME`` must be the shared home
    folder). The group's sources, and what earlier runs left for them, are in the run's folder
    (``groups/sources/<group>.json``, ``since.json``). What it produced lands there too: the
    crawl's item files, the documents in the store, and ``groups/<group>.json`` with each
    source's outcome and the extraction, which the writer loads. Nothing here touches the
    warehouse.
    """
    from flows.config import load_config

    config = load_config()
    home = Home(config.home_path)
    folder = RunFolder(home.run_dir(run_id))
    state = CrawlState(
        folder.since_file if folder.since_file.exists() else None,
        folder.known_documents if folder.known_documents.exists() else None,
    )
    ctx = RunContext(config, home, run_id, mode, replay_url, state)
    runner = ThreadPoolTaskRunner(max_workers=max(1, int(config.crawl_processes)))
    with _stages_without_heartbeats():
        outcome = crawl_agendas.with_options(task_runner=runner)(ctx, group)
    folder.write_outcome(outcome, name=f"{group}.outcome")
    path = read_group_task(ctx, group)
    failed = [r.source_id for r in outcome.results if not r.ok]
    get_run_logger().info(
        "group %s of run %s: %d source(s), %d failed; handed to the writer in %s",
        group,
        run_id,
        len(outcome.results),
        len(failed),
        path,
    )
    return {"sources": len(outcome.results), "failed": failed, "file": str(path)}


@task(name="read agenda documents", cache_policy=NO_CACHE)
def read_group_task(ctx: RunContext, group: str) -> Path:
    """Read the group's agenda documents and items; hand everything to the writer in
    ``groups/<group>.json``."""
    folder = ctx.folder
    sources = folder.sources(group_sources_file(ctx.home, ctx.run_id, group))
    crawl_dir = folder.crawl_dir
    results = [read_result(s.id, crawl_dir / s.id, [], 0.0) for s in sources]
    done_file = folder.root / "extracted.txt"
    done = set(done_file.read_text(encoding="utf-8").split()) if done_file.exists() else set()
    read = extraction.extract_agendas(ctx.home, ctx.run_id, results, sources, ctx.config, done)
    outcome = json.loads((crawl_dir / f"{group}.outcome.json").read_text(encoding="utf-8"))
    handoff = {
        "group": group,
        "worker": {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "name": os.environ.get("ICEWATCH_WORKER_NAME", ""),
        },
        "retried": outcome["retried"],
        "results": outcome["results"],
        "extraction": asdict(read),
    }
    path = group_file(ctx.home, ctx.run_id, group)
    write_atomic(path, json.dumps(handoff, default=str, ensure_ascii=False).encode("utf-8"))
    return path


def crawl_agendas_on_pool(ctx: RunContext) -> CrawlOutcome:
    """Hand the agenda sources, in ``crawl_processes`` groups, to the work pool's workers as
    runs of the ``icewatch-agenda-group`` deployment; wait for them; read what they left."""
    from prefect.deployments import run_deployment

    pool = str(ctx.config.work_pool)
    log = pipeline.logger
    sources = _stage_sources(ctx, "agendas")
    done_file = ctx.folder.root / "extracted.txt"
    done_file.parent.mkdir(parents=True, exist_ok=True)
    done_file.write_text(
        "\n".join(sorted(extraction.extracted(ctx.home, ctx.config))), encoding="utf-8"
    )
    groups = pipeline.crawl_batches(sources, ctx.config)

    def hand_over(n: int, group: list[Source]) -> tuple[str, Any]:
        name = f"agendas-{n}"
        ctx.folder.write_sources(group, group_sources_file(ctx.home, ctx.run_id, name))
        log.info("%s: %d source(s) to a worker of pool %r", name, len(group), pool)
        run = run_deployment(
            f"{GROUP_FLOW}/{pool}",
            parameters={
                "run_id": ctx.run_id,
                "group": name,
                "mode": ctx.mode,
                "replay_url": ctx.replay_url,
            },
            timeout=CRAWL_TIMEOUT,
            as_subflow=True,
        )
        return name, run

    with ThreadPoolExecutor(max(1, len(groups))) as threads:
        # each thread in a copy of this flow run's context: the group runs are its subflows
        started = [
            threads.submit(contextvars.copy_context().run, hand_over, n, group)
            for n, group in enumerate(groups, 1)
        ]
        runs = [future.result() for future in started]
    outcome = CrawlOutcome(extraction=ExtractionBatch())
    by_id: dict[str, CrawlResult] = {}
    for (name, run), group in zip(runs, groups, strict=True):
        path = group_file(ctx.home, ctx.run_id, name)
        if not path.exists():
            state = run.state.type.value if run.state else "UNKNOWN"
            why = (
                f"the worker run {run.name} of pool {pool!r} ended {state}"
                + (f": {run.state.message}" if run.state and run.state.message else "")
                + (
                    f" (is a worker running? `prefect worker start --pool {pool}`)"
                    if state in {"SCHEDULED", "PENDING"}
                    else ""
                )
            )
            log.error("%s: %s", name, why)
            for s in group:
                by_id[s.id] = read_result(s.id, _crawl_dir(ctx, s.id), [f"{s.id}: {why}"], 0.0)
            continue
        handoff = json.loads(path.read_text(encoding="utf-8"))
        worker = handoff["worker"]
        log.info(
            "%s: done by %s on %s (pid %s)",
            name,
            worker["name"] or "a worker",
            worker["host"],
            worker["pid"],
        )
        for r in handoff["results"]:
            by_id[r["source_id"]] = read_result(
                r["source_id"], _crawl_dir(ctx, r["source_id"]), r["failures"], r["seconds"]
            )
        outcome.retried += handoff["retried"]
        assert outcome.extraction is not None
        outcome.extraction = merge_extractions(
            [outcome.extraction, ExtractionBatch(**handoff["extraction"])]
        )
    outcome.results = [by_id[s.id] for s in sources]
    return outcome


def _crawl_dir(ctx: RunContext, source_id: str) -> Path:
    return ctx.folder.crawl_dir / source_id


def deploy_group(pool: str) -> str:
    """Create the process work pool if it is missing and register the agenda-group
    deployment on it; returns the deployment's name."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import DeploymentUpdate, WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists

    deployment = agenda_group.to_deployment(
        name=pool,
        description="A group of agenda sources crawled and read on a worker (icewatch run "
        "with work_pool set hands them out)",
        tags=["icewatch"],
    )
    # A module path (no colon): workers import the installed package.
    deployment.entrypoint = f"{__name__}.agenda_group"
    with get_client(sync_client=True) as client:
        with suppress(ObjectAlreadyExists):
            client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
        deployment_id = deployment.apply(work_pool_name=pool)
        # One pull step, into the run's empty workspace: without any, a process worker copies
        # its whole working folder into each run's workspace first.
        client.update_deployment(
            deployment_id,
            DeploymentUpdate(
                pull_steps=[{"prefect.deployments.steps.set_working_directory": {"directory": "."}}]
            ),
        )
    return f"{GROUP_FLOW}/{pool}"


# ---------------------------------------------------------------- schedules


@flow(name="icewatch-scheduled", log_prints=True)
def scheduled(kinds: list[str] | None = None, demo: bool = False) -> RunSummary:
    """A run of the sources of ``kinds`` (``ice``, ``agenda``; all when empty), as the
    schedules start it: the configuration is read where the run executes, one run at a time
    per home folder, and the flow run ends Failed when a source or the publication failed."""
    from flows.config import load_config
    from flows.lock import run_lock
    from spiders.sources import load_sources

    config = load_config()
    if demo:  # the demo's registry and places, over its current day
        config = pipeline.demo_config(config)
    replay_dir = pipeline.demo_dir() if demo else None
    ids = None
    if kinds:
        ids = [s.id for s in load_sources(config.sources or None) if s.kind in kinds]
        if replay_dir is not None:
            recorded, _ = pipeline.select_sources(config, None, replay_dir)
            ids = [i for i in ids if i in {s.id for s in recorded}]
    if ids == []:
        get_run_logger().warning("no source of kind %s to run here", ", ".join(kinds or []))
        return RunSummary(run_id="", mode="demo" if demo else "live")
    with run_lock(config.home_path, wait=float(config.run_wait)):
        summary = orchestrate(config, PrefectStages(), ids, replay_dir, "demo" if demo else "live")
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


class NoServer(Exception):
    """No Prefect server to serve schedules with (``exit_code`` 2: none configured; 1: it
    does not answer)."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def wait_for_server(wait: float) -> str:
    """The Prefect API's address once it answers; :class:`NoServer` when none is configured
    (schedules do not fire on Prefect's temporary server) or it does not answer in ``wait``
    seconds."""
    import time
    import urllib.request

    from prefect.settings import PREFECT_API_URL

    api = PREFECT_API_URL.value()
    if not api:
        raise NoServer(
            "schedules need a Prefect server (they never fire on Prefect's temporary one): "
            "run `prefect server start`, then set PREFECT_API_URL=http://127.0.0.1:4200/api; "
            "or run `icewatch run` from cron instead",
            2,
        )
    deadline = time.monotonic() + wait
    while True:
        try:
            with urllib.request.urlopen(f"{api.rstrip('/')}/health", timeout=5):
                return api
        except OSError as exc:
            if time.monotonic() >= deadline:
                raise NoServer(
                    f"no Prefect server answers at {api} (waited {wait:g}s: {exc}); start it "
                    "with `prefect server start` or correct PREFECT_API_URL",
                    1,
                ) from exc
            time.sleep(1)


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
