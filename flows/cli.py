"""The ``icewatch`` command line: a thin layer over the library.

Exit codes: 0 ok, 1 some sources failed (or the warehouse was busy), 2 usage or configuration
error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from flows.config import SETTINGS, ConfigError, example_toml

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

from flows.commands import (  # noqa: E402 - after the environment Prefect reads at import
    db,
    detention,
    extract,
    history,
    ice287g,
    jurisdictions,
    replay,
    sources,
    spiders,
)
from flows.commands import run as run_command  # noqa: E402
from flows.commands.common import (  # noqa: E402
    UsageError,
    current_config,
    current_home,
    serve_until_interrupted,
)

app.command()(run_command.run)
app.command("history")(history.history_cmd)
app.command("expiring")(history.expiring_cmd)
for group, name in (
    (db, "db"),
    (replay, "replay"),
    (sources, "sources"),
    (spiders, "spiders"),
    (ice287g, "ice287g"),
    (jurisdictions, "jurisdictions"),
    (detention, "detention"),
    (extract, "extract"),
):
    app.add_typer(group.app, name=name)


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
    from flows.schedule import NoServer, schedules, serve_schedules, wait_for_server

    try:
        api = wait_for_server(wait)
    except NoServer as exc:
        typer.echo(f"icewatch: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from exc
    config = current_config()
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
    from flows.pool import deploy_group

    name = pool or str(current_config().work_pool)
    if not name:
        raise UsageError("name the work pool: --pool NAME, or set work_pool")
    deployment = deploy_group(name)
    typer.echo(
        f"registered {deployment} on work pool {name!r}; start workers with "
        f"`prefect worker start --pool {name}` and run with `icewatch run --pool {name}`"
    )


@app.command("publish")
def publish_cmd() -> None:
    """Publish the feeds, site, calendars and OPML from the warehouse (a run does it too),
    after the keyword watches ([[watch]] in icewatch.toml) read what they have not read yet."""
    from flows.publication import publish

    home = current_home()
    result = publish(home, current_config())
    if result.watch_matches:
        typer.echo(f"{result.watch_matches} new keyword watch match(es)")
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

    public = current_home().public
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
    serve_until_interrupted(server)


@app.command("config")
def config_cmd(
    toml: Annotated[
        bool, typer.Option("--toml", help="Print a commented icewatch.toml with every default.")
    ] = False,
) -> None:
    """Print every setting's effective value and where it came from, and the keyword
    watches."""
    if toml:
        typer.echo(example_toml(), nl=False)
        return
    config = current_config()
    for setting in SETTINGS:
        typer.echo(
            f"{setting.name:<18} = {config.values[setting.name]!r:<60} "
            f"({config.origins[setting.name]})"
        )
    for watch in config.watches:
        scope = ", ".join(
            f"{key}: {', '.join(values)}"
            for key, values in (
                ("states", watch.states),
                ("jurisdictions", watch.jurisdictions),
                ("kinds", watch.kinds),
            )
            if values
        )
        typer.echo(
            f"watch {watch.name!r}: {watch.described}{f' ({scope})' if scope else ''} → "
            f"feeds/watch/{watch.slug}.xml"
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
