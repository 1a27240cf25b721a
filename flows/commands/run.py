"""``icewatch run``: the monitoring run (or the demo's days), its summary and the next steps."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Annotated

import typer

from flows.commands.common import (
    UsageError,
    current_config,
    current_home,
    process_started_at,
    reap,
)
from flows.config import ConfigError


def run(
    demo: Annotated[
        bool,
        typer.Option(
            "--demo",
            help="Replay the built-in made-up demo (spiders/demo): its days not yet replayed "
            "in this home, each on its own date; no network.",
        ),
    ] = False,
    replay: Annotated[
        Path | None,
        typer.Option(help="Replay recorded responses from this directory instead of the internet."),
    ] = None,
    source: Annotated[
        list[str] | None, typer.Option("--source", "-s", help="Only this source id (repeatable).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run summary as JSON.")] = False,
    pool: Annotated[
        str | None,
        typer.Option(
            "--pool",
            help="Hand the agenda sources to the workers of this Prefect work pool (overrides "
            "work_pool; see `icewatch deploy`).",
        ),
    ] = None,
) -> None:
    """Run the monitor: crawl the sources, load the warehouse, publish the feed."""
    started_at = process_started_at()
    from flows.lock import RunLocked, run_lock

    if demo and replay:
        raise UsageError("--demo and --replay exclude each other")
    config = current_config().with_overrides("--pool", work_pool=pool)
    try:
        # The lock first: a run that finds another one running says so at once, before
        # importing Prefect and Scrapy.
        with run_lock(config.home_path, wait=float(config.run_wait)):
            reap()
            from flows.stages import run_monitor
            from spiders.replay import ReplayFormatError, load_replay

            logging.getLogger("icewatch").setLevel(config.log_level.upper())
            if demo:
                summary, demo_days = _run_demo(config, source, started_at, as_json)
            else:
                if replay is not None:
                    try:
                        load_replay(replay)
                    except ReplayFormatError as exc:
                        raise UsageError(str(exc)) from exc
                summary = run_monitor(
                    config,
                    source_ids=source or None,
                    replay_dir=replay,
                    mode="replay" if replay else "live",
                    started_at=started_at,
                )
    except RunLocked as exc:
        typer.echo(f"icewatch: {exc}", err=True)
        raise typer.Exit(1) from exc
    except ValueError as exc:
        if "unknown source" in str(exc):
            raise UsageError(str(exc)) from exc
        _run_failed(exc, as_json)
    except (UsageError, ConfigError):
        raise
    except Exception as exc:
        _run_failed(exc, as_json)
    if as_json:
        report = summary.as_json()
        if demo:
            report["demo_days"] = demo_days
        typer.echo(json.dumps(report, indent=1, default=str))
    else:
        _print_summary(summary)
        _print_next_steps()
    raise typer.Exit(0 if summary.ok else 1)


def _run_demo(config, source: list[str] | None, started_at, as_json: bool):
    """The demo's days not replayed yet in this home, in order, each a run on its own date
    (``ICEWATCH_TODAY``); the last day's summary, and a line of figures per day."""
    from flows.clock import TODAY_ENV
    from flows.demo import demo_config, demo_days_to_run
    from flows.home import Home
    from flows.stages import run_monitor

    config = demo_config(config)
    days = demo_days_to_run(Home(config.home_path), config)
    before = os.environ.get(TODAY_ENV)
    report: list[dict] = []
    try:
        for number, day in enumerate(days, 1):
            os.environ[TODAY_ENV] = day.today.isoformat()
            summary = run_monitor(
                config,
                source_ids=source or None,
                replay_dir=day.replay_dir,
                mode="demo",
                started_at=started_at if number == 1 else None,
            )
            typer.echo(
                f"demo day {number} of {len(days)}, {day.today}: "
                f"{len(summary.sources_ok)} source(s) ok, {len(summary.sources_failed)} failed"
                f", {summary.documents_new} new document(s), {summary.alerts_new} new alert(s)",
                err=as_json,
            )
            report.append(
                {
                    "today": day.today.isoformat(),
                    "run_id": summary.run_id,
                    "ok": summary.ok,
                    "seconds": summary.seconds,
                    "sources_failed": summary.sources_failed,
                    "documents_new": summary.documents_new,
                    "alerts_new": summary.alerts_new,
                    "agencies_unmatched": summary.agencies_unmatched,
                }
            )
    finally:
        if before is None:
            os.environ.pop(TODAY_ENV, None)
        else:
            os.environ[TODAY_ENV] = before
    return summary, report


def _run_failed(exc: Exception, as_json: bool) -> None:
    """A run that broke before its summary (Prefect could not start, a bug): the traceback in
    the log, one line saying what failed on stdout, exit 1."""
    logging.getLogger("icewatch").error("the run failed", exc_info=exc)
    what = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
    if as_json:
        typer.echo(json.dumps({"ok": False, "error": what[:2000]}))
    else:
        typer.echo(f"run failed: {what[:500]} (the traceback is in the log above)")
    raise typer.Exit(1) from exc


def _print_summary(summary) -> None:
    from rich.console import Console

    console = Console(stderr=False)
    state = "[green]ok[/green]" if summary.ok else "[red]some sources failed[/red]"
    console.print(f"run {summary.run_id} ({summary.mode}): {state} in {summary.seconds:.1f}s")
    console.print(
        f"  sources: {len(summary.sources_ok)} ok, {len(summary.sources_failed)} failed, "
        f"{len(summary.sources_skipped)} skipped"
    )
    console.print(
        f"  documents: {summary.documents} ({summary.documents_new} new); "
        f"lists loaded: {summary.editions_loaded}; new alerts: {summary.alerts_new}"
        + (f" ({summary.watch_matches} keyword watch match(es))" if summary.watch_matches else "")
    )
    console.print(
        f"  extracted: {summary.documents_read} read, {len(summary.document_errors)} "
        f"unreadable; new: {summary.mentions_new} mentions, {summary.contracts_new} contracts"
    )
    if summary.agencies_matched or summary.agencies_unmatched:
        hint = " (`icewatch jurisdictions unmatched`)" if summary.agencies_unmatched else ""
        console.print(
            f"  jurisdictions: {summary.agencies_matched} agency name(s) matched, "
            f"{len(summary.agencies_unmatched)} unmatched{hint}"
        )
    console.print(
        f"  feeds: {summary.feeds} ({summary.feeds_rewritten} rewritten), listed in "
        f"{Path(summary.feed).parent.parent / 'feeds.html'}"
    )
    for failure in summary.failures:
        console.print(f"  [red]failed[/red] {failure}", markup=True, highlight=False)
    for refused in summary.refused:
        console.print(f"  [yellow]refused[/yellow] {refused}", markup=True, highlight=False)
    for error in summary.document_errors:
        console.print(f"  [yellow]unreadable[/yellow] {error}", markup=True, highlight=False)
    by_reason: dict[str, list[str]] = {}
    for note in summary.sources_skipped:
        source, _, reason = note.partition(": ")
        by_reason.setdefault(reason, []).append(source)
    for reason, ids in by_reason.items():
        shown = ", ".join(ids[:6]) + (f" and {len(ids) - 6} more" if len(ids) > 6 else "")
        console.print(f"  skipped ({reason}): {shown}", highlight=False)


def _print_next_steps() -> None:
    """Where to look after a run: the feeds, the busiest county's history, what expires."""
    home = current_home()
    if not home.db.exists():
        return
    from warehouse.db import connect
    from warehouse.queries import busiest_place

    try:
        with connect(home.db, read_only=True, wait=1.0) as con:
            busiest = busiest_place(con)  # counties first, then towns
    except Exception:  # a busy or older warehouse: the hints are not worth an error
        return
    history = f'  icewatch history "{busiest[0]}, {busiest[1]}"\n' if busiest else ""
    typer.echo(
        "next:\n"
        f"  open {home.root / 'public' / 'index.html'}   (or: icewatch serve)\n"
        f"{history}"
        "  icewatch expiring --within 365d\n"
        f"  python -c \"import duckdb; print(duckdb.connect('{home.db}', read_only=True)"
        ".sql('SELECT kind, count(*) FROM alerts GROUP BY 1 ORDER BY 2 DESC'))\""
    )
