"""``icewatch replay``: recorded responses served on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from flows.commands.common import (
    UsageError,
    current_config,
    current_home,
    serve_until_interrupted,
    setup_logging,
)

app = typer.Typer(
    help="Recorded responses served on 127.0.0.1 (offline runs, tests).", no_args_is_help=True
)


@app.command("serve")
def replay_serve(
    directory: Annotated[
        Path, typer.Argument(help="Replay directory (responses.jsonl and body files).")
    ],
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0: any free port).")] = 8765,
) -> None:
    """Serve recorded responses on 127.0.0.1 until interrupted."""
    from spiders.replay import ReplayFormatError, ReplayServer, to_replay_url

    setup_logging("INFO")
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
    serve_until_interrupted(server)


@app.command("record")
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
    from flows.clock import new_run_id
    from spiders.replay import serving

    config = current_config()
    setup_logging(config.log_level)
    home = current_home()
    sources, _ = pipeline.select_sources(config, source or None, replay)
    run_id = "record-" + new_run_id()
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
