"""Scheduled runs: the ``icewatch-scheduled`` flow served on cron schedules by Prefect's own
scheduler (``icewatch schedule``), one run at a time per home folder."""

from __future__ import annotations

from prefect import flow
from prefect.logging import get_run_logger

from flows import pipeline
from flows.config import Config
from flows.demo import demo_config, demo_dir
from flows.runfolder import RunSummary
from flows.stages import PrefectStages, ended, orchestrate


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
        config = demo_config(config)
    replay_dir = demo_dir() if demo else None
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
    return ended(summary)


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
