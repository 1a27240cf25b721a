"""The ``icewatch`` command line: a thin layer over the library.

Exit codes: 0 ok, 1 some sources failed (or the warehouse was busy), 2 usage or configuration
error.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from typer.core import TyperGroup

from flows.config import SETTINGS, Config, ConfigError, example_toml, load_config

# Prefect reads these at import: no telemetry, and our own logger shown next to its own.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "icewatch")
# The replay server's thread logs outside any flow run: to the terminal only.
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
# Prefect's temporary server gives up after 20 s by default, which a loaded 2-core machine
# exceeds (measured: 7 of 9 runs); a healthy one is up in ~9 s, so this is only a ceiling.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")

app = typer.Typer(
    help="Watch ICE's 287(g) lists and local agendas for ICE collaboration; publish feeds.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="The DuckDB warehouse.", no_args_is_help=True)
replay_app = typer.Typer(
    help="Recorded responses served on 127.0.0.1 (offline runs, tests).", no_args_is_help=True
)
sources_app = typer.Typer(help="The sources registry.", no_args_is_help=True)
spiders_app = typer.Typer(help="The platform spiders.", no_args_is_help=True)
ice_app = typer.Typer(
    help="ICE's 287(g) participating and pending agency spreadsheets.", no_args_is_help=True
)
app.add_typer(db_app, name="db")
app.add_typer(replay_app, name="replay")
app.add_typer(sources_app, name="sources")
app.add_typer(spiders_app, name="spiders")
jurisdictions_app = typer.Typer(
    help="The gazetteer of states, counties and places, and agency names matched to it.",
    no_args_is_help=True,
)
app.add_typer(ice_app, name="ice287g")
app.add_typer(jurisdictions_app, name="jurisdictions")
detention_app = typer.Typer(
    help="ICE's detention statistics workbooks and detention facility lists.",
    no_args_is_help=True,
)
app.add_typer(detention_app, name="detention")


class _DocumentGroup(TyperGroup):
    """``icewatch extract FILE`` stays a short way to say ``icewatch extract file FILE``."""

    def resolve_command(self, ctx: click.Context, args: list[str]):  # type: ignore[override]
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["file", *args]
        return super().resolve_command(ctx, args)


extract_app = typer.Typer(
    cls=_DocumentGroup,
    help="Collaboration mentions and contract facts in documents, and the extractor's score.",
    no_args_is_help=True,
)
app.add_typer(extract_app, name="extract")


class UsageError(Exception):
    """Bad arguments or configuration: exit code 2."""


def _config() -> Config:
    return load_config()


def _home():
    from flows.home import Home

    return Home(_config().home_path)


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
        stream=sys.stderr,
    )


def _serve_until_interrupted(server) -> None:
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _process_started_at():
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


def _isolated(what: Path, fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` on an untrusted file in a worker process with the configured
    time and memory limits (``extract_timeout``, ``extract_memory_mb``): its result, or one
    line saying why the file could not be read (exit 1), never a traceback."""
    from flows.isolation import JobFailure, Limits, run_isolated

    config = _config()
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


def _jsonl(records) -> None:
    for record in records:
        typer.echo(json.dumps(record, ensure_ascii=False, default=str))


@app.command()
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
    started_at = _process_started_at()
    from flows.lock import RunLocked, run_lock

    if demo and replay:
        raise UsageError("--demo and --replay exclude each other")
    config = _config().with_overrides("--pool", work_pool=pool)
    try:
        # The lock first: a run that finds another one running says so at once, before
        # importing Prefect and Scrapy.
        with run_lock(config.home_path, wait=float(config.run_wait)):
            _reap()
            from flows.monitor import run_monitor
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
    from flows.home import Home
    from flows.monitor import run_monitor
    from flows.pipeline import TODAY_ENV, demo_config, demo_days_to_run

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


def _reap() -> None:
    """Kill what a killed run left running (its Prefect server, crawl processes)."""
    from flows.isolation import reap_orphans

    killed = reap_orphans()
    if killed:
        logging.getLogger("icewatch").warning(
            "stopped %d process(es) a killed run left running: %s",
            len(killed),
            ", ".join(map(str, killed)),
        )


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
        f"{Path(summary.feed).parent.parent / 'index.html'}"
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
    home = _home()
    if not home.db.exists():
        return
    from warehouse.db import connect

    try:
        with connect(home.db, read_only=True, wait=1.0) as con:
            busiest = con.execute(  # counties first, then towns
                "SELECT j.name, j.state FROM alerts a JOIN jurisdictions j "
                "ON j.jurisdiction_id = a.jurisdiction_id WHERE j.kind IN ('county', 'place') "
                "GROUP BY j.name, j.state, j.kind "
                "ORDER BY j.kind = 'county' DESC, count(*) DESC, 1 LIMIT 1"
            ).fetchone()
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


@db_app.command("migrate")
def db_migrate() -> None:
    """Create the warehouse or apply pending migrations."""
    from warehouse.db import apply_migrations, connect, schema_version

    home = _home()
    con = connect(home.db, wait=_config().db_wait, migrate=False)
    try:
        applied = apply_migrations(con)
        version = schema_version(con)
    finally:
        con.close()
    typer.echo(
        f"{home.db}: schema version {version}"
        + (f" (applied {applied})" if applied else " (up to date)")
    )


@db_app.command("info")
def db_info(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Print the schema version and the row count of every table."""
    from warehouse.db import open_warehouse, schema_version, table_counts
    from warehouse.queries import recent_runs

    home = _home()
    with open_warehouse(home.db, read_only=True, wait=_config().db_wait) as con:
        version, counts, runs = schema_version(con), table_counts(con), recent_runs(con)
    if as_json:
        typer.echo(
            json.dumps(
                {"path": str(home.db), "schema_version": version, "tables": counts}, indent=1
            )
        )
        return
    typer.echo(f"{home.db}\nschema version {version}")
    for name, count in counts.items():
        typer.echo(f"  {name:<24} {count:>10,}")
    if runs:
        typer.echo("recent runs:")
        for run_id, started, status, mode, ok, failed, docs, alerts in runs:
            typer.echo(
                f"  {run_id}  {started:%Y-%m-%d %H:%M}  {status:<9} {mode:<6} sources {ok} ok/"
                f"{failed} failed, {docs} new documents, {alerts} new alerts"
            )


@replay_app.command("serve")
def replay_serve(
    directory: Annotated[
        Path, typer.Argument(help="Replay directory (responses.jsonl and body files).")
    ],
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0: any free port).")] = 8765,
) -> None:
    """Serve recorded responses on 127.0.0.1 until interrupted."""
    from spiders.replay import ReplayFormatError, ReplayServer, to_replay_url

    _setup_logging("INFO")
    try:
        server = ReplayServer(directory, port=port)
    except ReplayFormatError as exc:
        raise UsageError(str(exc)) from exc
    except OSError as exc:
        raise UsageError(f"cannot listen on 127.0.0.1:{port} ({exc.strerror}): --port N") from exc
    typer.echo(
        f"serving {len(server.records)} recorded responses from {directory} at {server.base_url}"
    )
    for rec in list(server.records.values())[:5]:
        typer.echo(f"  {rec.url} -> {to_replay_url(rec.url, server.base_url)}")
    typer.echo("Ctrl-C to stop")
    _serve_until_interrupted(server)


@replay_app.command("record")
def replay_record(
    out: Annotated[Path, typer.Option(help="Replay directory to write (created or extended).")],
    source: Annotated[
        list[str] | None, typer.Option("--source", "-s", help="Only this source id (repeatable).")
    ] = None,
    replay: Annotated[
        Path | None, typer.Option(help="Record from this replay directory instead of the internet.")
    ] = None,
) -> None:
    """Crawl the sources and write every response into a replay directory."""
    from flows import pipeline
    from spiders.replay import serving

    config = _config()
    _setup_logging(config.log_level)
    home = _home()
    sources, _ = pipeline.select_sources(config, source or None, replay)
    run_id = "record-" + pipeline.new_run_id()
    failed = 0

    def record_all(replay_url: str | None) -> None:
        nonlocal failed
        results = pipeline.crawl(
            sources, home=home, run_id=run_id, config=config, replay_url=replay_url, record_dir=out
        )
        failed = sum(not result.ok for result in results)

    if replay is not None:
        with serving(replay) as server:
            record_all(server.base_url)
    else:
        record_all(None)
    typer.echo(f"recorded {len(sources)} source(s) into {out}")
    raise typer.Exit(1 if failed else 0)


@sources_app.command("list")
def sources_list(
    state: Annotated[
        str | None, typer.Option("--state", help="Only this state's sources (TX, tx).")
    ] = None,
    platform: Annotated[str | None, typer.Option(help="Only this platform's sources.")] = None,
    counts: Annotated[
        bool, typer.Option("--counts", help="Print the counts per platform and per state.")
    ] = False,
    platforms: Annotated[
        bool, typer.Option("--platforms", help="Print the platforms the spiders read.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON lines.")] = False,
) -> None:
    """List the registry's sources (or count them)."""
    from collections import Counter

    from spiders.sources import known_platforms, load_sources, state_of

    if platforms:
        for name in known_platforms():
            typer.echo(name)
        return
    sources = [
        s
        for s in load_sources(_config().sources or None)
        if (state is None or state_of(s.jurisdiction) == state.upper())
        and (platform is None or s.platform == platform)
    ]
    if counts:
        for title, counted in (
            ("platform", Counter(s.platform for s in sources)),
            ("state", Counter(state_of(s.jurisdiction) or "US" for s in sources)),
        ):
            typer.echo(f"{len(sources)} source(s) by {title}:")
            for name, n in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0])):
                typer.echo(f"  {name:<22} {n:>5}")
        return
    if as_json:
        _jsonl(s.as_dict() for s in sources)
        return
    for s in sources:
        typer.echo(f"{s.id:<40} {s.kind:<6} {s.platform:<12} {s.jurisdiction:<52} {s.url}")


@sources_app.command("status")
def sources_status(
    failing: Annotated[
        bool, typer.Option("--failing", help="Only the sources whose last run failed.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON lines.")] = False,
) -> None:
    """Per source the runs have checked: its last outcome, last success, last new document,
    consecutive failures and the error. A source failing `broken_after_runs` runs in a row,
    or with nothing new for longer than its cadence, raises an alert in the maintainers'
    feeds (feeds/kind/source.broken.xml, source.stale.xml); a portal whose robots.txt
    disallows us shows as robots, not as failed."""
    from warehouse.db import connect
    from warehouse.source_health import source_status

    home = _home()
    if not home.db.exists():
        typer.echo(f"no warehouse at {home.db}: run `icewatch run` first", err=True)
        raise typer.Exit(1)
    with connect(home.db, read_only=True, wait=_config().db_wait) as con:
        rows = source_status(con)
    if failing:
        rows = [r for r in rows if r["outcome"] != "ok"]
    if as_json:
        _jsonl(rows)
        return

    def day(value: Any) -> str:
        return value.date().isoformat() if value else "never"

    typer.echo(
        f"{'source':<40} {'last run':<8} {'last ok':<10} {'last new':<10} {'fails':>5}  error"
    )
    for r in rows:
        typer.echo(
            f"{r['source_id']:<40} {r['outcome']:<8} {day(r['last_success']):<10} "
            f"{day(r['last_new_document']):<10} {r['consecutive_failures']:>5}  "
            f"{(r['error'] or '')[:90]}"
        )


@sources_app.command("coverage")
def sources_coverage(
    missing: Annotated[
        bool,
        typer.Option("--missing", help="Also list the counties no body of the registry covers."),
    ] = False,
) -> None:
    """How many registry bodies sit in counties where local government works with ICE today
    (an agency on the newest 287(g) participating list, or a jail in the newest detention
    statistics), from the warehouse; load those lists first (`icewatch run`, `ice287g load`,
    `detention load`)."""
    from spiders.sources import load_sources
    from warehouse.db import connect
    from warehouse.queries import collaboration_counties

    config = _config()
    home = _home()
    if not home.db.exists():
        typer.echo(f"no warehouse at {home.db}: run `icewatch run` first", err=True)
        raise typer.Exit(1)
    with connect(home.db, read_only=True, wait=config.db_wait) as con:
        reasons = collaboration_counties(con)
    wanted = reasons["287g"] | reasons["jail"]
    if not wanted:
        typer.echo("the warehouse has no 287(g) list or detention statistics loaded yet", err=True)
        raise typer.Exit(1)
    agenda = [s for s in load_sources(config.sources or None) if s.kind == "agenda"]
    governing = {s.jurisdiction for s in agenda} & wanted
    typer.echo(
        f"{len(governing)} of {len(wanted)} counties with a 287(g) agreement or an ICE-used "
        f"jail have their governing body in the registry ({len(agenda)} agenda bodies in all)"
    )
    for reason, label in (("287g", "with a 287(g) agreement"), ("jail", "with an ICE-used jail")):
        typer.echo(f"  {label:<28} {len(reasons[reason] & governing):>4} of {len(reasons[reason])}")
    if missing:
        for county in sorted(wanted - governing):
            typer.echo(f"  missing: {county}")


@sources_app.command("check")
def sources_check() -> None:
    """Check that every entry is well formed, its platform known and its jurisdiction in the
    gazetteer."""
    from spiders.sources import SourceError, load_sources

    sources = load_sources(_config().sources or None)
    gazetteer = _gazetteer()
    problems = []
    for s in sources:
        problem = gazetteer.check_id(s.jurisdiction)
        if problem:
            problems.append(f"{s.id}: {problem}")
    if problems:
        raise SourceError("\n".join(problems))
    typer.echo(f"{len(sources)} source(s) ok")


def _page_for_detection(url: str, html_file: Path | None) -> str | None:
    """The saved page, or the live page when the address alone does not name the platform
    (public addresses only, as a crawl would ask)."""
    if html_file is not None:
        return html_file.read_text(encoding="utf-8", errors="replace")
    import urllib.request

    from spiders.settings import USER_AGENT
    from spiders.urlpolicy import url_refusal

    why = url_refusal(url)
    if why is not None:
        raise typer.BadParameter(f"{url}: {why}", param_hint="URL")

    class Checked(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req: Any, fp: Any, code: int, msg: str, hdrs: Any, new: str):
            refusal = url_refusal(new)
            if refusal is not None:
                raise OSError(f"redirected to {new}: {refusal}")
            return super().redirect_request(req, fp, code, msg, hdrs, new)

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.build_opener(Checked).open(request, timeout=30) as answer:
            return answer.read(5_000_000).decode("utf-8", "replace")
    except OSError as exc:
        typer.echo(f"could not fetch {url} ({exc}); save the page and pass --html FILE", err=True)
        raise typer.Exit(1) from None


def _detected_entry(
    url: str, html_file: Path | None, jurisdiction: str | None, body: str | None
) -> tuple[Any, str]:
    import datetime as dt

    from spiders.detect import detect, from_url, guess_jurisdiction, page_title, registry_entry

    html = None if (from_url(url) and html_file is None) else _page_for_detection(url, html_file)
    found = detect(url, html)
    if found is None:
        typer.echo(
            f"{url}: no supported agenda platform recognized (known: see `icewatch sources "
            "list --platforms`); the page may be a city's own calendar - look for its link to "
            "the portal",
            err=True,
        )
        raise typer.Exit(1)
    gazetteer = _gazetteer()
    place = None
    if jurisdiction:
        place = gazetteer.resolve(jurisdiction)
        if place is None:
            raise typer.BadParameter(
                f"{jurisdiction!r} is not in the gazetteer (try 'Dallas County, TX')",
                param_hint="--jurisdiction",
            )
    title = page_title(html)
    place = place or guess_jurisdiction(gazetteer, body, title, html)
    entry = registry_entry(
        found,
        source_url=url,
        jurisdiction=place.jurisdiction_id if place else None,
        body=body or title,
        checked=dt.date.today().isoformat(),
    )
    return found, entry


PortalUrl = Annotated[
    str, typer.Argument(help="A portal's address, or a city page that links to it.")
]
SavedPage = Annotated[
    Path | None,
    typer.Option("--html", exists=True, dir_okay=False, help="Read this saved page offline."),
]


@sources_app.command("detect")
def sources_detect(
    url: PortalUrl,
    html: SavedPage = None,
    jurisdiction: Annotated[
        str | None, typer.Option(help="Whose body it is: 'Dallas County, TX' or an OCD id.")
    ] = None,
    body: Annotated[
        str | None, typer.Option(help="The body's name (default: the page title).")
    ] = None,
) -> None:
    """Name the platform of a portal and print the registry line that reads it.

    The address decides when it names a platform's host (*.legistar.com, *.granicus.com,
    go.boarddocs.com, meetings.municode.com, an /AgendaCenter path, ...); otherwise the page
    is read (fetched, or --html): the platform's own markup, or the portal a city page links to.
    """
    found, entry = _detected_entry(url, html, jurisdiction, body)
    typer.echo(f"# {found.platform} ({found.evidence})", err=True)
    typer.echo(entry, nl=False)


@sources_app.command("add")
def sources_add(
    url: PortalUrl,
    jurisdiction: Annotated[
        str, typer.Option(help="Whose body it is: 'Dallas County, TX' or an OCD id.")
    ],
    body: Annotated[
        str, typer.Option(help="The body's name, e.g. 'Dallas County Commissioners Court'.")
    ],
    html: SavedPage = None,
    registry: Annotated[
        Path | None, typer.Option(help="The registry file (default: the configured one).")
    ] = None,
) -> None:
    """Detect the platform and append its line to the registry, after checking the result
    as `sources check` does (a bad line is never written)."""
    import tempfile

    from spiders.sources import SourceError, default_registry, load_sources

    path = registry or Path(_config().sources or default_registry())
    _, entry = _detected_entry(url, html, jurisdiction, body)
    current = path.read_text(encoding="utf-8")
    candidate = current.rstrip("\n") + "\n\n" + entry
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / path.name
        trial.write_text(candidate, encoding="utf-8")
        try:
            sources = load_sources(trial)
        except SourceError as exc:
            typer.echo(f"not added: {exc}", err=True)
            raise typer.Exit(1) from None
    new = sources[-1]
    problem = _gazetteer().check_id(new.jurisdiction)
    if problem:
        typer.echo(f"not added: {problem}", err=True)
        raise typer.Exit(1)
    path.write_text(candidate, encoding="utf-8")
    typer.echo(f"added {new.id} ({new.platform}) to {path}")


@spiders_app.command("parse")
def spiders_parse(
    platform: Annotated[str, typer.Argument(help="Platform (see `icewatch sources list`).")],
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Saved response.")],
    url: Annotated[str, typer.Option("--url", help="The URL the response came from.")],
    timezone: Annotated[
        str | None, typer.Option("--timezone", help="IANA zone of the portal's local times.")
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Take time zone and options from this entry.")
    ] = None,
) -> None:
    """Run a platform's parser on a saved response; print its items as JSON lines.

    What the spider would fetch next goes to stderr. Exit 1 when the parser reports a
    failure (a redesigned page: the message says what was missing).
    """
    from spiders.parse import parse_file
    from spiders.sources import load_sources

    entry: dict[str, Any] = {}
    if source:
        match = [s for s in load_sources(_config().sources or None) if s.id == source]
        if not match:
            raise typer.BadParameter(f"no source {source!r} in the registry", param_hint="--source")
        entry = {k: v for k, v in match[0].as_dict().items() if k not in {"id", "url"}}
    if timezone:
        entry["timezone"] = timezone
    from spiders.parse import spider_class

    try:
        spider_class(platform)
    except KeyError as exc:
        raise typer.BadParameter(str(exc).strip("'\""), param_hint="PLATFORM") from None
    parsed = _isolated(file, parse_file, platform, file, url, source=entry)
    _jsonl(parsed.items)
    for request in parsed.requests:
        typer.echo(f"would fetch: {request['url']} ({request['callback']})", err=True)
    for failure in parsed.failures:
        typer.echo(f"FAILED {failure}", err=True)
    typer.echo(f"{len(parsed.items)} item(s), {len(parsed.requests)} request(s)", err=True)
    raise typer.Exit(1 if parsed.failures else 0)


@ice_app.command("parse")
def ice_parse(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A 287(g) xlsx file.")],
    list_kind: Annotated[
        str | None,
        typer.Option("--list", help="participating or pending (default: from the name)."),
    ] = None,
) -> None:
    """Print the file's agreements, normalized, as JSON lines."""
    from extract.ice287g import parse_287g

    snapshot = _isolated(file, parse_287g, file, list_kind=_list_kind(list_kind))
    _jsonl(row.as_json() for row in snapshot.rows)
    for warning in snapshot.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(
        f"{file.name}: {snapshot.list} list of {snapshot.date}, {len(snapshot.rows)} agreements",
        err=True,
    )


@ice_app.command("diff")
def ice_diff(
    old: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="The earlier edition.")],
    new: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="The later edition.")],
) -> None:
    """Print the changes between two editions of one list as JSON lines."""
    from extract.ice287g import parse_287g
    from warehouse.ice287g import diff_snapshots

    before, after = _isolated(old, parse_287g, old), _isolated(new, parse_287g, new)
    try:
        changes = diff_snapshots(before, after)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    _jsonl(change.as_json() for change in changes)
    counts = {
        kind: sum(1 for c in changes if c.kind == kind) for kind in ("added", "removed", "changed")
    }
    typer.echo(
        f"{len(changes)} change(s): " + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True
    )


@ice_app.command("load")
def ice_load(
    files: Annotated[
        list[Path],
        typer.Argument(
            exists=True,
            help="Saved 287(g) spreadsheets (xlsx), or folders of them; any order: loaded "
            "oldest first.",
        ),
    ],
    date: Annotated[
        str | None,
        typer.Option("--date", help="YYYY-MM-DD of a file whose name carries no date."),
    ] = None,
    list_kind: Annotated[
        str | None,
        typer.Option("--list", help="participating or pending (default: from each name)."),
    ] = None,
    publish: Annotated[
        bool, typer.Option("--publish/--no-publish", help="Write the feeds afterwards.")
    ] = True,
) -> None:
    """Backfill: load saved editions into the warehouse, oldest first, each as a run of its
    own (the same load as `icewatch run`, with the same history and alerts). Loading a file
    again, or one older than the newest loaded, changes nothing."""
    import datetime as dt

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from flows.backfill import BackfillError, load_editions, plan
    from flows.lock import RunLocked, run_lock

    try:
        day = dt.date.fromisoformat(date) if date else None
        editions = plan(files, date=day, kind=_list_kind(list_kind))
    except (ValueError, BackfillError) as exc:
        raise UsageError(str(exc)) from exc
    if not editions:
        raise UsageError("no .xlsx file among the paths given")
    config = _config()
    logging.getLogger("icewatch").setLevel(logging.WARNING)
    failed = 0
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    try:
        with (
            run_lock(config.home_path, wait=float(config.run_wait)),
            Progress(*columns, transient=True) as progress,
        ):
            _reap()
            bar = progress.add_task("loading editions", total=len(editions))

            def report(outcome) -> None:
                nonlocal failed
                e = outcome.edition
                head = f"{e.path.name} ({e.list.value} list of {e.date.isoformat()})"
                if outcome.error:
                    failed += 1
                    progress.console.print(
                        f"{head}: [red]failed[/red] {outcome.error}", soft_wrap=True
                    )
                else:
                    done = outcome.loaded
                    progress.console.print(
                        f"{head}: {done.status}, {done.rows} rows, {len(done.changes)} "
                        f"change(s), {outcome.alerts} new alert(s)",
                        highlight=False,
                        soft_wrap=True,
                    )
                progress.advance(bar)

            load_editions(config, editions, on_edition=report)
    except RunLocked as exc:
        typer.echo(f"icewatch: {exc}", err=True)
        raise typer.Exit(1) from exc
    if publish:
        from flows.pipeline import publish as publish_feeds

        published = publish_feeds(_home(), config)
        typer.echo(f"published {published.feeds} feed(s), {len(published.rewritten)} rewritten")
    typer.echo(f"{len(editions) - failed} of {len(editions)} edition(s) loaded or already known")
    raise typer.Exit(1 if failed else 0)


def _list_kind(value: str | None):
    from extract.ice287g import ListKind

    if value is None:
        return None
    try:
        return ListKind(value)
    except ValueError:
        raise UsageError(f"--list must be participating or pending, not {value!r}") from None


@extract_app.command("file")
def extract_cmd(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A PDF, HTML or text document.")
    ],
    reference: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Date of the meeting or document (YYYY-MM-DD), for auto-renewal dates "
            "(default: today).",
        ),
    ] = None,
    ocr: Annotated[
        bool, typer.Option("--ocr/--no-ocr", help="Read pages without a text layer by OCR.")
    ] = True,
) -> None:
    """Print a document's collaboration mentions and contract facts as JSON lines.

    Each line has a "type": "mention" (kind, confidence, page, quote) or "contract" (kind,
    action, counterparty, number, term, expiry with its basis, amount, per diem, beds, the
    quote and page it came from). A summary goes to stderr. Exit 1 when the file cannot be
    read (damaged, encrypted, too large): the message says why.
    """
    import datetime as dt

    from extract.document import extract_file

    try:
        day = dt.date.fromisoformat(reference) if reference else None
    except ValueError:
        raise typer.BadParameter(f"{reference!r} is not YYYY-MM-DD", param_hint="--date") from None
    result = _isolated(file, extract_file, file, reference=day, ocr=ocr)
    _jsonl({"type": "mention", **m.as_json()} for m in result.mentions)
    _jsonl({"type": "contract", **c.as_json()} for c in result.contracts)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(
        f"{result.name}: {result.page_count} page(s), {result.pages_screened} screened, "
        f"{result.pages_ocr} by OCR, {len(result.mentions)} mention(s), "
        f"{len(result.contracts)} contract(s) in {result.seconds:.2f}s",
        err=True,
    )


@extract_app.command("eval")
def extract_eval(
    labels: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            help="Labelled JSON lines: passages with 'text' (the dev.jsonl schema) or documents "
            "with 'local_path' relative to the file (the contracts LABELS.jsonl schema).",
        ),
    ],
    misses: Annotated[bool, typer.Option("--misses/--no-misses", help="List the misses.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    ocr: Annotated[
        bool, typer.Option("--ocr/--no-ocr", help="Read document pages without text by OCR.")
    ] = True,
) -> None:
    """Score the extractor on a labelled set of real text.

    Prints precision, recall and F1 per kind and overall, the share of near misses that
    fire, and the accuracy of action, counterparty, expiry date, basis, per diem, beds,
    amount, start date and contract number, each over the cases whose label states it, with
    the misses listed."""
    from extract.evaluate import evaluate

    try:
        report = evaluate(labels, ocr=ocr)
    except (ValueError, KeyError) as exc:
        raise UsageError(f"{exc}; see `icewatch extract eval --help` for the schema") from None
    if as_json:
        typer.echo(json.dumps(report.as_json(), indent=2))
    else:
        typer.echo(report.text(misses=misses))


@detention_app.command("parse")
def detention_parse(
    file: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            help="A detention statistics workbook, the UWCHR facility list (.csv or .csv.gz) "
            "or a USAspending award download.",
        ),
    ],
) -> None:
    """Print a file's facilities (or awards) normalized, as JSON lines."""
    from extract.detention import parse_facility_file

    kind, rows, warnings = _isolated(file, parse_facility_file, file)
    _jsonl(rows)
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    noun = "awards" if kind == "usaspending" else "facilities"
    typer.echo(f"{file.name}: {len(rows)} {noun} ({kind})", err=True)


@detention_app.command("load")
def detention_load(
    files: Annotated[
        list[Path],
        typer.Argument(
            exists=True,
            dir_okay=False,
            help="Detention statistics workbooks (any order: loaded oldest first), UWCHR "
            "facility lists, USAspending award downloads.",
        ),
    ],
) -> None:
    """Load files into the warehouse in one transaction: workbook editions into the facility
    history (with alerts), contract dates and awards as contract evidence. Loading a file
    again changes nothing."""
    import datetime as dt
    import hashlib

    from extract.detention import (
        parse_detention_stats,
        parse_facility_file,
        parse_usaspending,
        parse_uwchr_list,
    )
    from flows.pipeline import new_run_id, today
    from warehouse.db import open_warehouse
    from warehouse.detention import load_detention_edition
    from warehouse.evidence import award_record, facility_contract_record, load_evidence
    from warehouse.jurisdictions import sync_gazetteer

    config = _config()
    gazetteer = _gazetteer()
    run_id = new_run_id()
    editions, evidence = [], []
    for path in files:
        kind, _, _ = parse_facility_file(path)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        if kind == "detention_stats":
            edition = parse_detention_stats(path)
            if edition.date is None:
                raise UsageError(f"{path.name}: no data pull date in the workbook")
            editions.append((edition, sha))
        elif kind == "uwchr":
            rows = [facility_contract_record(f, gazetteer, today()) for f in parse_uwchr_list(path)]
            evidence.append((path.name, sha, [r for r in rows if r]))
        else:
            rows = [award_record(a, gazetteer, today()) for a in parse_usaspending(path)]
            evidence.append((path.name, sha, rows))
    with open_warehouse(_home().db, wait=config.db_wait) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            sync_gazetteer(con, gazetteer)
            for edition, sha in sorted(editions, key=lambda e: e[0].date or dt.date.min):
                done = load_detention_edition(
                    con,
                    edition,
                    edition_date=edition.date,
                    document_sha256=sha,
                    run_id=run_id,
                    gazetteer=gazetteer,
                    population_jump=float(config.population_jump),
                )
                typer.echo(
                    f"{edition.name}: {done.status}, {done.facilities} facilities, "
                    f"+{len(done.added)} -{len(done.removed)} ({len(done.missing)} missing once), "
                    f"{len(done.changed)} changed, "
                    f"{len(done.population)} population jumps, {done.alerts} new alerts"
                )
            for name, sha, rows in evidence:
                done = load_evidence(con, rows, run_id=run_id, document_sha256=sha)
                typer.echo(
                    f"{name}: {done.contracts_new} new contracts, {done.contracts_updated} "
                    f"already known, {len(done.unmatched)} without a jurisdiction"
                )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def _gazetteer():
    from flows.pipeline import gazetteer

    return gazetteer(_home(), _config())


@jurisdictions_app.command("match")
def jurisdictions_match(
    name: Annotated[str, typer.Argument(help="Agency or body name, as a list or portal gives it.")],
    state: Annotated[str, typer.Option("--state", help="Two-letter state code.")],
    county: Annotated[
        str | None, typer.Option("--county", help="The 287(g) COUNTY cell, if there is one.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--type", help="The 287(g) TYPE cell: county, municipality or state."),
    ] = None,
) -> None:
    """Print the jurisdiction and agency kind a name matches, as JSON with its score.

    Exits with 1 when the name matches nothing (the JSON says why)."""
    from warehouse.agencies import match_agency

    found = match_agency(_gazetteer(), name, state.strip().upper(), county=county, type_hint=kind)
    typer.echo(json.dumps(found.as_json(), ensure_ascii=False, indent=1))
    if not found.matched:
        raise typer.Exit(1)


@jurisdictions_app.command("unmatched")
def jurisdictions_unmatched(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
    doubtful: Annotated[
        bool,
        typer.Option(
            "--doubtful",
            help="Also list current agreements whose place is a guess: derived from the name "
            "alone, a near spelling, or only the state.",
        ),
    ] = False,
) -> None:
    """List the 287(g) agency names that matched no jurisdiction, with the reason."""
    from warehouse.db import open_warehouse
    from warehouse.jurisdictions import doubtful_matches

    with open_warehouse(_home().db, read_only=True, wait=_config().db_wait) as con:
        if doubtful:
            rows, current = doubtful_matches(con)
        else:
            cursor = con.execute("SELECT * FROM v_unmatched_agencies ORDER BY state, agency")
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    if as_json:
        _jsonl(rows)
        return
    if not doubtful:
        for r in rows:
            typer.echo(f"{r['state'] or '??'}  {r['agency']}  — {r['match_note']}")
        typer.echo(f"{len(rows)} unmatched agency name(s)")
        return
    for r in rows:
        where = r["jurisdiction"] or "no jurisdiction"
        note = f" — {r['match_note']}" if r["match_note"] else ""
        typer.echo(f"{r['state'] or '??'}  {r['agency']}  → {where} ({r['match_method']}){note}")
    count = sum(r["agreements"] for r in rows)
    share = f" ({count / current:.1%})" if current else ""
    typer.echo(f"{count} of {current} current agreement(s) on a doubtful place{share}")


@jurisdictions_app.command("fetch-places")
def jurisdictions_fetch_places(
    url: Annotated[
        str | None, typer.Option("--url", help="Where to fetch (default: census_places_url).")
    ] = None,
    if_missing: Annotated[
        bool, typer.Option("--if-missing", help="Do nothing when the file is already there.")
    ] = False,
) -> None:
    """Fetch the Census Gazetteer places file into the home folder (incorporated places with
    their FIPS codes). Without it, towns are known by name only."""
    from flows.places import fetch_places

    config = _config()
    dest = _home().places_file
    if if_missing and dest.exists():
        typer.echo(f"{dest} is there already")
        return
    try:
        count = fetch_places(
            url or config.census_places_url,
            dest,
            user_agent=config.user_agent,
            timeout=float(config.download_timeout),
        )
    except (OSError, ValueError) as exc:
        typer.echo(f"icewatch: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"{count:,} incorporated places saved to {dest}; the next run loads them")


@app.command("history")
def history_cmd(
    jurisdiction: Annotated[
        str,
        typer.Argument(help='"Bucks County, PA", "Philadelphia, PA", an OCD id or a FIPS code.'),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    limit: Annotated[
        int, typer.Option("--limit", help="At most this many events, newest first.")
    ] = 200,
    show_all: Annotated[bool, typer.Option("--all", help="Every event (no --limit).")] = False,
    since: Annotated[
        str | None, typer.Option("--since", help="Only events from this day (YYYY-MM-DD) on.")
    ] = None,
) -> None:
    """Print a jurisdiction's timeline: 287(g) agreements and their changes, detention
    facilities, contracts and their expiry, meetings with collaboration items, alerts. A county's
    timeline includes its towns'. Says how many events it leaves out."""
    import datetime as dt

    from warehouse.db import open_warehouse
    from warehouse.jurisdictions import history, resolve

    try:
        day = dt.date.fromisoformat(since) if since else None
    except ValueError as exc:
        raise UsageError(f"--since {since!r}: give a day as YYYY-MM-DD") from exc
    with open_warehouse(_home().db, read_only=True, wait=_config().db_wait) as con:
        try:
            place = resolve(con, _gazetteer(), jurisdiction)
        except LookupError as exc:
            raise UsageError(str(exc)) from exc
        events, total = history(
            con, place.jurisdiction_id, limit=None if show_all else limit, since=day
        )
    head = {
        "jurisdiction_id": place.jurisdiction_id,
        "name": place.label,
        "kind": place.kind,
        "fips": place.fips,
        "events_total": total,
        "events_shown": len(events),
    }
    if as_json:
        typer.echo(json.dumps({**head, "events": events}, default=str, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    fips = f", FIPS {place.fips}" if place.fips else ""
    table = Table(title=f"{place.label} ({place.jurisdiction_id}{fips})", title_justify="left")
    for column in ("date", "kind", "event", "until", "where"):
        table.add_column(column, overflow="fold")
    for e in events:
        where = "" if e["jurisdiction_id"] == place.jurisdiction_id else e["jurisdiction"] or ""
        table.add_row(str(e["date"] or ""), e["category"], e["what"], str(e["until"] or ""), where)
    Console().print(table)
    if not events:
        typer.echo("nothing recorded for this jurisdiction yet")
    elif len(events) < total:
        typer.echo(
            f"{len(events):,} of {total:,} events shown, newest first "
            "(--all for every one, --since YYYY-MM-DD, --limit N)"
        )
    else:
        typer.echo(f"{total:,} event(s)")


@app.command("expiring")
def expiring_cmd(
    within: Annotated[
        str, typer.Option("--within", help="Horizon: 90d, 12w, 6m (months of 30 days) or 1y.")
    ] = "90d",
    state: Annotated[str | None, typer.Option("--state", help="Two-letter state code.")] = None,
    expired: Annotated[
        bool,
        typer.Option("--expired", help="Contracts that expired within the horizon before today."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """List contracts expiring from today to the horizon, soonest first (--expired: those
    that expired in the horizon before today, latest first). A contract several sources state
    alike is one line."""
    from flows.pipeline import today
    from warehouse.db import open_warehouse
    from warehouse.jurisdictions import expiring

    days = _days(within)
    with open_warehouse(_home().db, read_only=True, wait=_config().db_wait) as con:
        rows = expiring(
            con,
            today=today(),
            within_days=days,
            state=state.upper() if state else None,
            expired=expired,
        )
    if as_json:
        _jsonl(rows)
        return
    for r in rows:
        where = r["jurisdiction"] or r["jurisdiction_id"] or "?"
        when = f"{-r['days_left']:>4} days ago" if expired else f"in {r['days_left']:>4} days"
        typer.echo(
            f"{r['expiry_date']}  {when}  {r['kind']:<9} "
            f"{where}, {r['state'] or '??'}  with {r['counterparty'] or '?'}  "
            f"({r['expiry_basis']}; {', '.join(r['sources'])})"
        )
    what = "expired in the last" if expired else "expiring within"
    typer.echo(f"{len(rows)} contract(s) {what} {days} days")


def _days(text: str) -> int:
    import re

    match = re.fullmatch(r"\s*(\d+)\s*([dwmy]?)\s*", text.lower())
    if match is None:
        raise UsageError(f"--within {text!r}: give a number of days like 90d, 12w, 6m or 1y")
    unit = {"": 1, "d": 1, "w": 7, "m": 30, "y": 365}[match.group(2)]
    return int(match.group(1)) * unit


@app.command("schedule")
def schedule_cmd(
    demo: Annotated[
        bool, typer.Option("--demo", help="Scheduled runs replay the built-in demo set.")
    ] = False,
    wait: Annotated[
        float,
        typer.Option(
            "--wait", help="Seconds to wait for the Prefect server to answer (it may be starting)."
        ),
    ] = 60.0,
) -> None:
    """Serve the scheduled runs (schedule_ice, schedule_agendas) with Prefect's scheduler until
    interrupted (Ctrl-C or SIGTERM). Needs a Prefect server: `prefect server start`, and
    PREFECT_API_URL pointing to it. For plain cron, use `icewatch run` instead."""
    from flows.monitor import NoServer, schedules, serve_schedules, wait_for_server

    try:
        api = wait_for_server(wait)
    except NoServer as exc:
        typer.echo(f"icewatch: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from exc
    config = _config()
    for name, (cron, kinds) in schedules(config).items():
        typer.echo(f"{name}: {cron} ({', '.join(kinds)} sources)", err=True)
    typer.echo(f"serving the schedules with the Prefect server at {api}", err=True)
    serve_schedules(config, demo=demo)


@app.command("deploy")
def deploy_cmd(
    pool: Annotated[
        str | None,
        typer.Option("--pool", help="Work pool name (default: the work_pool setting)."),
    ] = None,
) -> None:
    """Register the agenda-group deployment on a Prefect work pool (a process pool, created if
    missing), so that `icewatch run` with work_pool set hands agenda sources to its workers.

    Needs a Prefect server (PREFECT_API_URL). On each host: the same icewatch install, the
    same home folder on shared storage (ICEWATCH_HOME), then
    `prefect worker start --pool NAME`."""
    from flows.monitor import deploy_group

    name = pool or str(_config().work_pool)
    if not name:
        raise UsageError("name the work pool: --pool NAME, or set work_pool")
    deployment = deploy_group(name)
    typer.echo(
        f"registered {deployment} on work pool {name!r}; start workers with "
        f"`prefect worker start --pool {name}` and run with `icewatch run --pool {name}`"
    )


@app.command("publish")
def publish_cmd() -> None:
    """Publish the feeds, index page and OPML from the warehouse (a run does it too)."""
    from flows.pipeline import publish

    home = _home()
    result = publish(home, _config())
    typer.echo(
        f"{result.feeds} feeds in {home.public / 'feeds'} ({len(result.rewritten)} rewritten), "
        f"index {'rewritten' if result.index_changed else 'unchanged'}: "
        f"{home.public / 'index.html'}"
    )


@app.command("serve")
def serve_cmd(
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (0.0.0.0: the whole network).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8000,
) -> None:
    """Serve the public folder (feeds, index.html, feeds.opml) over HTTP until interrupted.

    Set public_base_url to the address subscribers use, so feeds link to themselves there."""
    import functools
    import http.server

    public = _home().public
    if not (public / "index.html").exists():
        raise UsageError(f"nothing published in {public} yet: run `icewatch run` first")

    root = public.resolve()

    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {  # noqa: RUF012 - the standard library's own class attribute
            **http.server.SimpleHTTPRequestHandler.extensions_map,
            ".xml": "application/rss+xml; charset=utf-8",
            ".atom": "application/atom+xml; charset=utf-8",
            ".opml": "text/x-opml; charset=utf-8",
            ".html": "text/html; charset=utf-8",
        }

        def translate_path(self, path: str) -> str:
            # Nothing outside the public folder, a symbolic link out of it included.
            found = Path(super().translate_path(path)).resolve()
            return str(found) if found.is_relative_to(root) else str(root / "__not_served__")

    handler = functools.partial(Handler, directory=str(public))
    try:
        server = http.server.ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror}): --port N") from exc
    typer.echo(f"serving {public} on http://{host}:{server.server_address[1]}/ (Ctrl-C stops)")
    _serve_until_interrupted(server)


@app.command("config")
def config_cmd(
    toml: Annotated[
        bool, typer.Option("--toml", help="Print a commented icewatch.toml with every default.")
    ] = False,
) -> None:
    """Print every setting's effective value and where it came from."""
    if toml:
        typer.echo(example_toml(), nl=False)
        return
    config = _config()
    for setting in SETTINGS:
        typer.echo(
            f"{setting.name:<18} = {config.values[setting.name]!r:<60} "
            f"({config.origins[setting.name]})"
        )


def main() -> None:
    from flows.isolation import mark_children

    mark_children()
    from extract.errors import InputError
    from spiders.sources import SourceError
    from warehouse.db import WarehouseBusy

    try:
        app()
    except (UsageError, ConfigError, SourceError) as exc:
        typer.echo(f"icewatch: {exc}", err=True)
        sys.exit(2)
    except InputError as exc:
        typer.echo(f"icewatch: {exc}", err=True)
        sys.exit(1)
    except (WarehouseBusy, FileNotFoundError) as exc:
        typer.echo(f"icewatch: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
