"""Beyond one machine: the agenda sources handed in groups to the workers of a Prefect work
pool (``work_pool``), each group crawled and read on a worker, what it produced left in the
run's folder for the one writer (``icewatch deploy`` registers the deployment)."""

from __future__ import annotations

import contextvars
import json
import os
import socket
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import asdict
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger
from prefect.task_runners import ThreadPoolTaskRunner

from feeds.rss import write_atomic
from flows import extraction, pipeline
from flows.home import Home
from flows.pipeline import CrawlState, RunContext
from flows.runfolder import CrawlOutcome, RunFolder
from flows.stages import crawl_agendas, merge_extractions, stage_sources, stages_without_heartbeats
from spiders.crawl import CRAWL_TIMEOUT, CrawlResult, read_result
from spiders.sources import Source
from warehouse.extraction import ExtractionBatch

GROUP_FLOW = "icewatch-agenda-group"


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
    with stages_without_heartbeats():
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
    sources = folder.sources(ctx.folder.group_sources_file(group))
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
    path = ctx.folder.group_file(group)
    write_atomic(path, json.dumps(handoff, default=str, ensure_ascii=False).encode("utf-8"))
    return path


def crawl_agendas_on_pool(ctx: RunContext) -> CrawlOutcome:
    """Hand the agenda sources, in ``crawl_processes`` groups, to the work pool's workers as
    runs of the ``icewatch-agenda-group`` deployment; wait for them; read what they left."""
    from prefect.deployments import run_deployment

    pool = str(ctx.config.work_pool)
    log = pipeline.logger
    sources = stage_sources(ctx, "agendas")
    done_file = ctx.folder.root / "extracted.txt"
    done_file.parent.mkdir(parents=True, exist_ok=True)
    done_file.write_text(
        "\n".join(sorted(extraction.extracted(ctx.home, ctx.config))), encoding="utf-8"
    )
    groups = pipeline.crawl_batches(sources, ctx.config)

    def hand_over(n: int, group: list[Source]) -> tuple[str, Any]:
        name = f"agendas-{n}"
        ctx.folder.write_sources(group, ctx.folder.group_sources_file(name))
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
        path = ctx.folder.group_file(name)
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
