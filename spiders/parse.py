"""Running a platform's parser on a saved response, without crawling.

The tool for fixing a spider when a portal changes: save the page, run
``icewatch spiders parse PLATFORM FILE --url URL``, read the items (and what it would fetch
next) as JSON lines.
"""

from __future__ import annotations

import inspect
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import scrapy
from scrapy.responsetypes import responsetypes

from spiders.spiders.base import AgendaSpider, IcewatchSpider, SourceFailure


@dataclass
class Parsed:
    items: list[dict[str, Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def spider_class(platform: str) -> type[IcewatchSpider]:
    from spiders.sources import known_platforms

    for cls in _spider_classes():
        if cls.name == platform:
            return cls
    raise KeyError(f"unknown platform {platform!r} (known: {', '.join(known_platforms())})")


def _spider_classes() -> list[type[IcewatchSpider]]:
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    loader = SpiderLoader.from_settings(Settings({"SPIDER_MODULES": ["spiders.spiders"]}))
    return [loader.load(name) for name in loader.list()]


def parse_saved(
    platform: str,
    body: bytes,
    url: str,
    *,
    source: dict[str, Any] | None = None,
    callback: str | None = None,
) -> Parsed:
    """Parse ``body`` as if the spider of ``platform`` had fetched it from ``url``."""
    cls = spider_class(platform)
    entry = {
        "id": "parse",
        "kind": "agenda",
        "platform": platform,
        "url": url,
        "jurisdiction": "ocd-division/country:us",
        "body": "",
        **(source or {}),
    }
    spider = cls(source=entry)
    spider.logger.logger.addHandler(logging.NullHandler())  # failures are returned, not logged
    name = callback or (cls.callback_for(url) if issubclass(cls, AgendaSpider) else "parse")
    method = getattr(spider, name)
    response = responsetypes.from_args(url=url, body=body)(url=url, body=body)
    if inspect.iscoroutinefunction(method) or inspect.isasyncgenfunction(method):
        raise ValueError(
            f"{platform}.{name} needs a browser page; save a response it reads instead"
        )
    parsed = Parsed()
    try:
        for output in method(response) or ():
            if isinstance(output, scrapy.Request):
                parsed.requests.append(
                    {"method": output.method, "url": output.url, "callback": _name(output.callback)}
                )
            else:
                parsed.items.append(asdict(output))
    except SourceFailure as exc:
        spider.fail(str(exc), url)
    except Exception as exc:  # as a crawl reports it (SourceFailureMiddleware): never a traceback
        spider.fail(f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}", url)
    parsed.failures = list(spider.failures)
    return parsed


def parse_file(platform: str, path: Path, url: str, **kwargs: Any) -> Parsed:
    return parse_saved(platform, path.read_bytes(), url, **kwargs)


def _name(callback: Any) -> str | None:
    return getattr(callback, "__name__", None)
