"""The stages of a monitoring run as plain calls of the library, without Prefect: the
baseline ``bench/run.py`` measures Prefect's cost against (the same ``orchestrate`` as
``icewatch run``, the same stage functions)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from flows import pipeline, publication
from flows import summary as summaries
from flows.config import Config
from flows.pipeline import RunContext
from flows.runfolder import CrawlOutcome, RunSummary
from flows.stages import crawl_sources, extract_all, orchestrate, stage_sources
from flows.summary import ExtractReport
from warehouse.load import RunLoad


class DirectStages:
    """The stages as plain calls of the library: no flow runs, no task runs."""

    def crawl(self, ctx: RunContext, label: str) -> CrawlOutcome:
        sources = stage_sources(ctx, label)
        with ThreadPoolExecutor(max(1, int(ctx.config.crawl_processes))) as threads:
            return pipeline.crawl_stage(
                sources,
                ctx,
                label,
                lambda batch, name: threads.submit(crawl_sources, ctx, [s.id for s in batch], name),
            )

    def extract(self, ctx: RunContext, agendas: bool) -> ExtractReport:
        return extract_all(ctx, agendas)

    def load(self, ctx: RunContext) -> RunLoad:
        return pipeline.load(ctx)

    def publish(self, ctx: RunContext) -> RunSummary:
        summary = ctx.folder.summary()
        summaries.summarize_watches(summary, publication.read_watches(ctx.home, ctx.config))
        try:
            published: Any = publication.publish(ctx.home, ctx.config, watches_first=False)
        except Exception as exc:
            published = exc
        summaries.summarize_publish(summary, published)
        summaries.finish(ctx, summary)
        ctx.folder.write_summary(summary)
        return summary


def run_direct(
    config: Config,
    source_ids: list[str] | None = None,
    replay_dir: Path | None = None,
    mode: str = "live",
) -> RunSummary:
    """The same run without Prefect: the baseline of ``bench/run.py``."""
    return orchestrate(config, DirectStages(), source_ids, replay_dir, mode)
