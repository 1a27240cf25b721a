"""What the commands share: the configuration and home, usage errors, JSON lines, a parser
on an untrusted file in a worker, what a killed run left running."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import typer

from flows.config import Config, load_config


class UsageError(Exception):
    """Bad arguments or configuration: exit code 2."""


def current_config() -> Config:
    return load_config()


def current_home():
    from flows.home import Home

    return Home(current_config().home_path)


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
        stream=sys.stderr,
    )


def serve_until_interrupted(server) -> None:
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def process_started_at():
    """When this process started (from /proc on Linux; else now): a run's time counts the
    interpreter's and Prefect's start too."""
    import datetime as dt

    now = dt.datetime.now(dt.UTC)
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # seconds after boot
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return now
    return now - dt.timedelta(seconds=max(0.0, uptime - started))


def isolated(what: Path, fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` on an untrusted file in a worker process with the configured
    time and memory limits (``extract_timeout``, ``extract_memory_mb``): its result, or one
    line saying why the file could not be read (exit 1), never a traceback."""
    from flows.isolation import JobFailure, Limits, run_isolated

    config = current_config()
    limits = Limits(float(config.extract_timeout), int(config.extract_memory_mb))
    (result,) = run_isolated(_call, [(fn, args, kwargs)], workers=1, limits=limits)
    if isinstance(result, JobFailure):
        reason = str(result)
        if what.name not in reason:
            reason = f"{what.name}: could not be read: {reason}"
        typer.echo(f"icewatch: {reason}", err=True)
        raise typer.Exit(1)
    return result


def _call(fn, args, kwargs):
    return fn(*args, **kwargs)


def echo_jsonl(records) -> None:
    for record in records:
        typer.echo(json.dumps(record, ensure_ascii=False, default=str))


def current_gazetteer():
    from flows.pipeline import gazetteer

    return gazetteer(current_home(), current_config())


def reap() -> None:
    """Kill what a killed run left running (its Prefect server, crawl processes)."""
    from flows.isolation import reap_orphans

    killed = reap_orphans()
    if killed:
        logging.getLogger("icewatch").warning(
            "stopped %d process(es) a killed run left running: %s",
            len(killed),
            ", ".join(map(str, killed)),
        )
