"""``icewatch ice287g``: ICE's 287(g) spreadsheets."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from flows.commands.common import (
    UsageError,
    current_config,
    current_home,
    echo_jsonl,
    isolated,
    reap,
)

app = typer.Typer(
    help="ICE's 287(g) participating and pending agency spreadsheets.", no_args_is_help=True
)


@app.command("parse")
def ice_parse(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A 287(g) xlsx file.")],
    list_kind: Annotated[
        str | None,
        typer.Option("--list", help="participating or pending (default: from the name)."),
    ] = None,
) -> None:
    """Print the file's agreements, normalized, as JSON lines."""
    from extract.ice287g import parse_287g

    snapshot = isolated(file, parse_287g, file, list_kind=_list_kind(list_kind))
    echo_jsonl(row.as_json() for row in snapshot.rows)
    for warning in snapshot.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(
        f"{file.name}: {snapshot.list} list of {snapshot.date}, {len(snapshot.rows)} agreements",
        err=True,
    )


@app.command("diff")
def ice_diff(
    old: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="The earlier edition.")],
    new: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="The later edition.")],
) -> None:
    """Print the changes between two editions of one list as JSON lines."""
    from extract.ice287g import parse_287g
    from warehouse.ice287g import diff_snapshots

    before, after = isolated(old, parse_287g, old), isolated(new, parse_287g, new)
    try:
        changes = diff_snapshots(before, after)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    echo_jsonl(change.as_json() for change in changes)
    counts = {
        kind: sum(1 for c in changes if c.kind == kind) for kind in ("added", "removed", "changed")
    }
    typer.echo(
        f"{len(changes)} change(s): " + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True
    )


@app.command("load")
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
    config = current_config()
    logging.getLogger("icewatch").setLevel(logging.WARNING)
    failed = 0
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    try:
        with (
            run_lock(config.home_path, wait=float(config.run_wait)),
            Progress(*columns, transient=True) as progress,
        ):
            reap()
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
        from flows.publication import publish as publish_feeds

        published = publish_feeds(current_home(), config)
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
