"""Alert feeds per scope (all, alert kind, state, jurisdiction, expiring soon) in RSS 2.0 and
Atom, an index page and an OPML file, published atomically and incrementally.

Every feed file is replaced atomically (``write_atomic``); a feed whose alerts did not change
is not even rendered again: ``feeds/manifest.json`` keeps each feed's signature (a hash of
what it shows). Text from documents is escaped by the XML writer and in the page, characters
XML cannot carry are removed, and only http(s) links are published.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import jinja2
from feedgen.feed import FeedGenerator

from feeds.rss import write_atomic

COUNTRY = "ocd-division/country:us/"
EXPIRING = "contract.expiring"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
KIND_TITLES = {
    "287g.signed": "287(g) agreements signed",
    "287g.pending": "287(g) agreements pending",
    "287g.changed": "287(g) agreements changed",
    "287g.ended": "287(g) agreements ended",
    "agenda.item": "ICE collaboration on agendas",
    "contract.renewed": "Contracts renewed",
    "contract.terminated": "Contracts terminated",
    "contract.expiring": "Contracts expiring",
    "facility.added": "Detention facilities added",
    "facility.removed": "Detention facilities removed",
    "facility.changed": "Detention facilities changed",
    "facility.population": "Detention population jumps",
    "vote.ahead": "Votes ahead where ICE has a foothold",
    "watch.match": "Keyword watches",
    "source.suspect": "ICE lists held back as broken (for maintainers)",
    "source.broken": "Sources failing run after run (for maintainers)",
    "source.stale": "Sources with nothing new for too long (for maintainers)",
}
MAINTAINERS = "source."  # kinds about the sources themselves: their kind feed only
WATCH = "watch.match"  # a user's keyword watch: its own feed only


@dataclass(frozen=True)
class Alert:
    alert_id: str
    kind: str
    title: str
    summary: str
    event_date: dt.date | None
    action_date: dt.date | None
    created_at: dt.datetime
    jurisdiction_id: str | None
    jurisdiction: str | None  # its name: "Bucks County, PA"
    state: str | None
    source_url: str | None
    evidence_url: str | None
    quote: str | None = None
    county_id: str | None = None  # the county a town's jurisdiction lies in
    county: str | None = None
    observed_on: dt.date | None = None  # when icewatch first saw it (the list's edition)
    watch: str | None = None  # the keyword watch a watch.match is of

    @property
    def links(self) -> list[str]:
        """The evidence page and the source document, http(s) only, without repeats."""
        made = self.__dict__.get("_links")
        if made is None:
            made = self.__dict__["_links"] = self._links()
        return made

    def _links(self) -> list[str]:
        out: list[str] = []
        for url in (self.evidence_url, self.source_url):
            if url and urlsplit(url).scheme in {"http", "https"} and url not in out:
                out.append(url)
        return out

    @property
    def published(self) -> dt.datetime:
        """When icewatch first saw it: a signing dated months back is today's news (its own
        date is in the text)."""
        day = self.observed_on or self.event_date
        if day is not None:
            return dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.UTC)
        created = self.created_at
        return created if created.tzinfo else created.replace(tzinfo=dt.UTC)

    def text(self) -> str:
        """The item's body: the summary, where and by when, the quote that triggered it (made
        once: an alert is in several feeds)."""
        made = self.__dict__.get("_text")
        if made is None:
            made = self.__dict__["_text"] = self._text()
        return made

    def _text(self) -> str:
        parts = [clean(self.summary)]
        if self.jurisdiction:
            parts.append(f"Where: {clean(self.jurisdiction)}.")
        if self.action_date is not None:
            label = "Expires" if self.kind == EXPIRING else "Act by"
            parts.append(f"{label}: {self.action_date.isoformat()}.")
        if self.quote:
            parts.append(f"Evidence: “{clean(self.quote)}”")
        if self.links:
            parts.append("Source: " + " ".join(self.links))
        return "\n\n".join(parts)


@dataclass
class Feed:
    # "all", "kind/287g.signed", "state/pa", "jurisdiction/pa-county-bucks", "expiring",
    # "watch/flock-cameras"
    key: str
    title: str
    description: str
    alerts: list[Alert] = field(default_factory=list)

    @property
    def group(self) -> str:
        return self.key.split("/", 1)[0]

    def signature(self, base_url: str) -> str:
        digest = hashlib.sha256(f"{base_url}|{self.key}|{self.title}".encode())
        for a in self.alerts:
            digest.update(
                "|".join(
                    str(v)
                    for v in (
                        a.alert_id,
                        a.title,
                        a.text(),
                        a.published.isoformat(),
                        a.kind,
                    )
                ).encode()
            )
        return digest.hexdigest()


@dataclass
class Published:
    feeds: int
    rewritten: list[str]  # keys of the feeds written again
    index_changed: bool
    alerts: int
    watch_matches: int = 0  # new keyword watch matches raised before this publication

    @property
    def changed(self) -> bool:
        return bool(self.rewritten) or self.index_changed


def clean(text: str) -> str:
    """Text as a feed may carry it: no characters XML 1.0 forbids, no invisible format
    characters (bidirectional overrides such as U+202E, which make "gnp.exe" read as
    "exe.png"; zero-width characters), whitespace folded."""
    text = _XML_INVALID.sub("", text or "")
    if not text.isascii():  # format characters are all outside ASCII
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def title_text(text: str) -> str:
    """A title for readers that render titles as HTML as well as those that do not: clean, and
    no angle brackets (a tag in a name or an agenda title is shown, never run)."""
    return clean(text).replace("<", "‹").replace(">", "›")


def html_body(alert: Alert) -> str:
    """The item's text as HTML (RSS descriptions and content are rendered as HTML): every
    character of the data escaped, paragraphs as ``<p>``."""
    parts = [html.escape(part, quote=False) for part in alert.text().split("\n\n")]
    return "".join(f"<p>{part}</p>" for part in parts if part)


def jurisdiction_slug(jurisdiction_id: str) -> str:
    """A file name for a jurisdiction: "state:pa/county:bucks" → "pa-county-bucks"; a name
    with letters beyond ASCII keeps a short hash so two ids never share a file."""
    tail = jurisdiction_id.removeprefix(COUNTRY)
    tail = re.sub(r"^(?:state|territory|district):", "", tail)
    text = tail.replace("/", "-").replace(":", "-")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9._~-]+", "-", ascii_text.lower()).strip("-") or "us"
    if ascii_text != text:
        slug += "-" + hashlib.sha256(jurisdiction_id.encode()).hexdigest()[:6]
    return slug


def build_feeds(
    alerts: Iterable[Alert],
    *,
    max_items: int,
    today: dt.date,
    watches: Mapping[str, tuple[str, str]] | None = None,
) -> list[Feed]:
    """Every feed and its newest ``max_items`` alerts (``alerts`` come newest first).

    ``watches``: the keyword watches, name → (file name, terms); each has its feed, empty
    until something matches, so that it can be subscribed to at once. The matches of a watch
    no longer configured are not published."""
    watches = watches or {}
    feeds: dict[str, Feed] = {
        "all": Feed("all", "icewatch: all alerts", "Every alert icewatch raises."),
        "expiring": Feed(
            "expiring",
            "icewatch: contracts expiring soon",
            "Contracts of local governments with ICE or the US Marshals whose expiry is ahead: "
            "one alert as each horizon (e.g. 120, 90, 60, 30 days) is crossed.",
        ),
    }

    for name, (slug, terms) in watches.items():
        feeds[f"watch/{slug}"] = Feed(
            f"watch/{slug}",
            f"icewatch watch: {name}",
            f"Agenda items, document pages and alerts matching {terms}.",
        )

    def add(key: str, title: str, description: str, alert: Alert) -> None:
        feed = feeds.get(key)
        if feed is None:
            feed = feeds[key] = Feed(key, title, description)
        if len(feed.alerts) < max_items:
            feed.alerts.append(alert)

    for alert in alerts:
        if alert.kind == WATCH:
            if alert.watch in watches:
                add(f"watch/{watches[alert.watch][0]}", "", "", alert)
            continue
        kind_title = KIND_TITLES.get(alert.kind, alert.kind)
        add(f"kind/{alert.kind}", f"icewatch: {kind_title}", f"Alerts of kind {alert.kind}.", alert)
        if alert.kind.startswith(MAINTAINERS):
            continue  # not news for subscribers: the maintainers' feeds only
        add("all", "", "", alert)
        if alert.state:
            state = alert.state.lower()
            add(f"state/{state}", f"icewatch: {alert.state}", f"Alerts in {alert.state}.", alert)
        places = [(alert.jurisdiction_id, alert.jurisdiction), (alert.county_id, alert.county)]
        for place_id, place_name in places:
            if place_id and place_id != COUNTRY.rstrip("/"):
                name = place_name or place_id
                add(
                    f"jurisdiction/{jurisdiction_slug(place_id)}",
                    f"icewatch: {name}",
                    f"Alerts about {name} ({place_id}); a county's include its towns'.",
                    alert,
                )
        if alert.kind == EXPIRING and (alert.action_date is None or alert.action_date >= today):
            add("expiring", "", "", alert)
    return sorted(feeds.values(), key=lambda f: (_GROUP_ORDER.get(f.group, 9), f.key))


_GROUP_ORDER = {"all": 0, "expiring": 1, "watch": 2, "kind": 3, "state": 4, "jurisdiction": 5}


def render(feed: Feed, *, base_url: str) -> tuple[bytes, bytes]:
    """The feed as RSS 2.0 and as Atom: guid = alert id (not a permalink), dates in UTC."""
    gen = FeedGenerator()
    gen.id(urljoin(base_url, f"feeds/{feed.key}.atom"))
    gen.title(clean(feed.title))
    gen.subtitle(clean(feed.description))
    gen.description(clean(feed.description))
    gen.link(href=base_url, rel="alternate")
    gen.language("en")
    gen.generator("icewatch")
    gen.author({"name": "icewatch"})
    latest = max((a.published for a in feed.alerts), default=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    gen.lastBuildDate(latest)
    gen.updated(latest)
    for alert in feed.alerts:
        entry = gen.add_entry(order="append")
        entry.id(alert.alert_id)
        entry.guid(alert.alert_id, permalink=False)
        entry.title(title_text(alert.title))
        body = html_body(alert)
        entry.description(body)
        entry.content(body, type="html")
        entry.category(term=alert.kind)
        for url in alert.links[:1]:
            entry.link(href=url)
        entry.pubDate(alert.published)
        entry.updated(alert.published)
    gen.link(href=urljoin(base_url, f"feeds/{feed.key}.xml"), rel="self")
    rss = gen.rss_str(pretty=True)
    gen.link(href=urljoin(base_url, f"feeds/{feed.key}.atom"), rel="self", replace=True)
    gen.link(href=base_url, rel="alternate")
    atom = gen.atom_str(pretty=True)
    return rss, atom


def publish(feeds: Sequence[Feed], public_dir: Path, *, base_url: str, alerts: int) -> Published:
    """Write the feeds whose alerts changed, the index page and the OPML file."""
    manifest_path = public_dir / "feeds" / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    rewritten = []
    signatures = {}
    for feed in feeds:
        signature = feed.signature(base_url)
        signatures[feed.key] = signature
        rss_path = public_dir / "feeds" / f"{feed.key}.xml"
        atom_path = public_dir / "feeds" / f"{feed.key}.atom"
        if manifest.get(feed.key) == signature and rss_path.exists() and atom_path.exists():
            continue
        rss, atom = render(feed, base_url=base_url)
        changed = write_atomic(rss_path, rss, durable=False)
        changed = write_atomic(atom_path, atom, durable=False) or changed
        if changed:
            rewritten.append(feed.key)
    _remove_stale_watches(public_dir / "feeds" / "watch", {f.key for f in feeds})
    index_changed = write_atomic(
        public_dir / "feeds.html", index_html(feeds, base_url), durable=False
    )
    index_changed = (
        write_atomic(public_dir / "feeds.opml", opml(feeds, base_url), durable=False)
        or index_changed
    )
    for state, listed in feeds_by_state(feeds).items():
        body = opml(listed, base_url, title=f"icewatch alert feeds: {state.upper()}")
        index_changed = (
            write_atomic(public_dir / "opml" / f"{state}.opml", body, durable=False)
            or index_changed
        )
    if signatures != manifest:  # last, and to the disk: it vouches for the feeds above
        write_atomic(manifest_path, json.dumps(signatures, indent=0, sort_keys=True).encode())
    return Published(len(feeds), rewritten, index_changed, alerts)


def _remove_stale_watches(folder: Path, keys: set[str]) -> None:
    """The feeds of keyword watches no longer configured: a removed watch stops publishing."""
    if folder.is_dir():
        for path in folder.iterdir():
            if path.suffix in {".xml", ".atom"} and f"watch/{path.stem}" not in keys:
                path.unlink()


_GROUP_TITLES = {
    "all": "Everything",
    "expiring": "Expiring soon",
    "watch": "Keyword watches",
    "kind": "By kind of alert",
    "state": "By state",
    "jurisdiction": "By jurisdiction",
}


@functools.cache
def templates() -> jinja2.Environment:
    """The HTML templates of ``feeds/templates``, every value escaped."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("feeds", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["clean"] = clean
    env.filters["groupby_order"] = lambda feeds: [
        (group, list(members)) for group, members in itertools.groupby(feeds, lambda f: f.group)
    ]
    return env


def index_html(feeds: Sequence[Feed], base_url: str, latest: int = 3) -> bytes:
    """The page of feeds (``feeds.html``): every feed but those of single places (on their
    state's page), with its newest items; all text escaped."""
    page = templates().get_template("feeds.html.j2")
    shown = [f for f in feeds if f.group != "jurisdiction"]
    return page.render(feeds=shown, group_titles=_GROUP_TITLES, latest=latest).encode("utf-8")


def feed_state(feed: Feed) -> str | None:
    """The state (lower case) a state or jurisdiction feed is of; None for the others."""
    group, _, name = feed.key.partition("/")
    if group == "state":
        return name
    if group == "jurisdiction":
        return name.split("-", 1)[0]
    return None


def feeds_by_state(feeds: Sequence[Feed]) -> dict[str, list[Feed]]:
    """The state and jurisdiction feeds by state, the state's own feed first."""
    out: dict[str, list[Feed]] = {}
    for feed in feeds:
        state = feed_state(feed)
        if state:
            out.setdefault(state, []).append(feed)
    for listed in out.values():
        listed.sort(key=lambda f: (f.group != "state", f.key))
    return dict(sorted(out.items()))


def opml(feeds: Sequence[Feed], base_url: str, *, title: str = "icewatch alert feeds") -> bytes:
    """An OPML subscription list: the feeds that are of no state first, then a folder per
    state holding its feed and its places' feeds."""
    esc = html.escape

    def outline(feed: Feed) -> str:
        return (
            f'<outline type="rss" text="{esc(clean(feed.title))}" '
            f'title="{esc(clean(feed.title))}" '
            f'xmlUrl="{esc(urljoin(base_url, f"feeds/{feed.key}.xml"))}" '
            f'htmlUrl="{esc(base_url)}"/>'
        )

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<opml version="2.0"><head><title>{esc(title)}</title></head><body>',
    ]
    lines += [outline(f) for f in feeds if feed_state(f) is None]
    for state, listed in feeds_by_state(feeds).items():
        lines.append(f'<outline text="{state.upper()}" title="{state.upper()}">')
        lines += [outline(f) for f in listed]
        lines.append("</outline>")
    lines.append("</body></opml>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def alerts_from_rows(rows: Iterable[tuple[Any, ...]]) -> Iterable[Alert]:
    for row in rows:
        yield Alert(*row)
