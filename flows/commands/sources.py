"""``icewatch sources``: the sources registry, its status, coverage and detection."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from flows.commands.common import (
    current_config,
    current_gazetteer,
    current_home,
    echo_jsonl,
)

app = typer.Typer(help="The sources registry.", no_args_is_help=True)

PortalUrl = Annotated[
    str, typer.Argument(help="A portal's address, or a city page that links to it.")
]
SavedPage = Annotated[
    Path | None,
    typer.Option("--html", exists=True, dir_okay=False, help="Read this saved page offline."),
]


@app.command("list")
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
        for s in load_sources(current_config().sources or None)
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
        echo_jsonl(s.as_dict() for s in sources)
        return
    for s in sources:
        typer.echo(f"{s.id:<40} {s.kind:<6} {s.platform:<12} {s.jurisdiction:<52} {s.url}")


@app.command("status")
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

    home = current_home()
    if not home.db.exists():
        typer.echo(f"no warehouse at {home.db}: run `icewatch run` first", err=True)
        raise typer.Exit(1)
    with connect(home.db, read_only=True, wait=current_config().db_wait) as con:
        rows = source_status(con)
    if failing:
        rows = [r for r in rows if r["outcome"] != "ok"]
    if as_json:
        echo_jsonl(rows)
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


@app.command("coverage")
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

    config = current_config()
    home = current_home()
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


@app.command("check")
def sources_check() -> None:
    """Check that every entry is well formed, its platform known and its jurisdiction in the
    gazetteer."""
    from spiders.sources import SourceError, load_sources

    sources = load_sources(current_config().sources or None)
    gazetteer = current_gazetteer()
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
    gazetteer = current_gazetteer()
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


@app.command("detect")
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


@app.command("add")
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

    path = registry or Path(current_config().sources or default_registry())
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
    problem = current_gazetteer().check_id(new.jurisdiction)
    if problem:
        typer.echo(f"not added: {problem}", err=True)
        raise typer.Exit(1)
    path.write_text(candidate, encoding="utf-8")
    typer.echo(f"added {new.id} ({new.platform}) to {path}")
