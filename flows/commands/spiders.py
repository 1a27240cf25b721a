"""``icewatch spiders``: the platform spiders."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from flows.commands.common import (
    UsageError,
    current_config,
    echo_jsonl,
    isolated,
)

app = typer.Typer(help="The platform spiders.", no_args_is_help=True)


@app.command("parse")
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
        match = [s for s in load_sources(current_config().sources or None) if s.id == source]
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
    parsed = isolated(file, parse_file, platform, file, url, source=entry)
    echo_jsonl(parsed.items)
    for request in parsed.requests:
        typer.echo(f"would fetch: {request['url']} ({request['callback']})", err=True)
    for failure in parsed.failures:
        typer.echo(f"FAILED {failure}", err=True)
    typer.echo(f"{len(parsed.items)} item(s), {len(parsed.requests)} request(s)", err=True)
    raise typer.Exit(1 if parsed.failures else 0)


@app.command("new")
def spiders_new(
    name: Annotated[str, typer.Argument(help="The platform's name, e.g. townhall_meetings.")],
    url: Annotated[
        str, typer.Option("--url", help="A portal of the platform: its meeting list page.")
    ],
    jurisdiction: Annotated[
        str, typer.Option(help="The OCD id of that portal's jurisdiction (for its test).")
    ] = "ocd-division/country:us",
    body: Annotated[str, typer.Option(help="The body whose meetings it lists.")] = "",
    root: Annotated[
        Path | None, typer.Option(help="Write into this project folder (default: this one).")
    ] = None,
) -> None:
    """Write a new platform's spider and its test from the template, and the folder for the
    saved page its test reads (docs/adding-a-platform.md says what comes next)."""
    import shlex

    from spiders.scaffold import PROJECT, ScaffoldError, new_platform
    from spiders.sources import known_platforms

    folder = root or PROJECT
    taken = set(known_platforms()) if root is None else None
    try:
        made = new_platform(
            name, url=url, jurisdiction=jurisdiction, body=body, root=folder, taken=taken
        )
    except ScaffoldError as exc:
        raise UsageError(str(exc)) from exc
    page, quoted = made.fixture_dir / "listing.html", shlex.quote(url)
    typer.echo(
        f"wrote {made.spider}\nwrote {made.test}\n"
        "next:\n"
        f"  1. save the portal's meeting list as {page}\n"
        "     and name its source in tests/fixtures/SOURCES.md\n"
        f"  2. icewatch spiders parse {name} {page} --url {quoted}\n"
        f"  3. adapt ROWS and row_meeting in {made.spider.name} until the test passes:\n"
        f"     .venv/bin/python -m pytest {made.test}\n"
        f"  4. icewatch sources add {quoted} --jurisdiction ... --body ...\n"
        "  (docs/adding-a-platform.md)"
    )
