"""The sources registry (``spiders/sources.toml``): what to crawl, one entry per list or body."""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

KINDS = ("ice", "agenda")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# OCD ids are lower case; letters may be any (Doña Ana is ``county:doña_ana``).
_OCD = re.compile(r"^ocd-division/country:us(/[a-z_]+:(?:(?![A-Z])[\w.~-])+)*$")


class SourceError(ValueError):
    """The registry has an entry that cannot be used; the message names it."""


@dataclass(frozen=True)
class Source:
    id: str
    kind: str
    platform: str
    url: str
    jurisdiction: str
    body: str
    javascript: bool = False
    timezone: str | None = None
    options: dict[str, Any] = field(default_factory=dict)  # platform settings (client, …)
    source_of_url: str | None = None  # where the URL was found (a public list, a page)
    checked: str | None = None  # ISO date the URL was last seen to work (or detected)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# Platforms whose sources all talk to one API host, whatever their portal's address.
_SHARED_HOSTS = {"legistar": "webapi.legistar.com"}


def state_of(jurisdiction: str) -> str | None:
    """The upper-case state of an OCD id (None for the whole country)."""
    found = re.search(r"/state:([a-z]{2})\b", jurisdiction)
    return found.group(1).upper() if found else None


def host_of(entry: dict[str, Any]) -> str:
    """The host a source's crawl mostly talks to: the unit of politeness across sources, so
    that crawls of many sources never pile up on one server."""
    return _SHARED_HOSTS.get(entry["platform"]) or urlsplit(entry["url"]).hostname or entry["url"]


def default_registry() -> Path:
    return Path(str(resources.files("spiders") / "sources.toml"))


def known_platforms() -> list[str]:
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    return sorted(
        SpiderLoader.from_settings(Settings({"SPIDER_MODULES": ["spiders.spiders"]})).list()
    )


def load_sources(path: str | Path | None = None, *, check_platforms: bool = True) -> list[Source]:
    """Read and validate the registry; raises SourceError naming every bad entry."""
    path = Path(path) if path else default_registry()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceError(f"no sources registry at {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{path} is not valid TOML: {exc}") from exc
    platforms = set(known_platforms()) if check_platforms else None
    sources: list[Source] = []
    problems: list[str] = []
    for number, entry in enumerate(data.get("source", []), 1):
        label = f"{path.name} source #{number} ({entry.get('id', 'no id')})"
        try:
            source = Source(**entry)
        except TypeError as exc:
            problems.append(f"{label}: {exc}")
            continue
        problems += [f"{label}: {p}" for p in _check(source, platforms)]
        sources.append(source)
    ids = [s.id for s in sources]
    problems += [
        f"{path.name}: id {i!r} is used twice" for i in sorted({i for i in ids if ids.count(i) > 1})
    ]
    if problems:
        raise SourceError("bad sources registry:\n  " + "\n  ".join(problems))
    return sources


def _check(source: Source, platforms: set[str] | None) -> list[str]:
    problems = []
    if not _ID.match(source.id):
        problems.append("id must be lower-case letters, digits and dashes")
    if source.kind not in KINDS:
        problems.append(f"kind must be one of {', '.join(KINDS)}")
    if platforms is not None and source.platform not in platforms:
        problems.append(
            f"unknown platform {source.platform!r} (known: {', '.join(sorted(platforms))})"
        )
    if urlsplit(source.url).scheme not in {"http", "https"}:
        problems.append(f"url must be http(s): {source.url!r}")
    if not _OCD.match(source.jurisdiction):
        problems.append(f"jurisdiction must be an OCD division id: {source.jurisdiction!r}")
    if source.timezone:
        try:
            ZoneInfo(source.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(f"unknown time zone {source.timezone!r} (use an IANA name)")
    if not isinstance(source.options, dict):
        problems.append("options must be a table")
    return problems
