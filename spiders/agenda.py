"""What every agenda platform shares: meeting ids, local times, status, the crawl window.

Pure functions, no Scrapy: the platform spiders call them and the tests check them alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import us

from spiders.items import MeetingStatus

_STATE = re.compile(r"/state:([a-z]{2})\b")
_CANCELLED = re.compile(r"\bcancell?ed\b", re.I)
_RESCHEDULED = re.compile(r"\b(?:re-?scheduled|postponed|continued to|moved to|deferred)\b", re.I)
_SPACE = re.compile(r"\s+")

# Item attachments are many; the crawl fetches those whose item reads like something this
# project watches (agenda PDFs and packets are always fetched). Broad on purpose: the extractor
# decides what counts, this only keeps the crawl from downloading every resolution's exhibits.
WATCH_TERMS = re.compile(
    r"\b(?:ICE|immigration|immigrant|customs enforcement|homeland security|DHS|287\s*\(?g\)?|"
    r"IGSA|intergovernmental (?:service )?agreement|detention|detainee|detainer|marshals?|USMS|"
    r"jail|corrections?|sheriff|inmate|bed space|prisoners?|PARS|arrest data|data[- ]sharing|"
    r"SCAAP|CBP|border patrol|task force)\b",
    re.I,
)


def clean(text: str | None) -> str:
    """Collapse whitespace (including non-breaking spaces) and trim."""
    return _SPACE.sub(" ", (text or "").replace("\xa0", " ")).strip()


def site_of(url: str) -> str:
    """The portal's site name used in meeting ids: the host without ``www.``."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


class LinkJoiner:
    """``urljoin(base, link)`` for the many links of one page. The common root-relative link
    (``/path?query`` without dot segments) is the base's origin followed by the link, with no
    parsing of the base for every link."""

    def __init__(self, base: str) -> None:
        self.base = base
        parts = urlsplit(base)
        web = parts.scheme in {"http", "https"} and parts.netloc
        self.origin = f"{parts.scheme}://{parts.netloc}" if web else None

    def __call__(self, link: str) -> str:
        if self.origin and link[:1] == "/" and link[1:2] != "/" and "/." not in link:
            return self.origin + link
        return urljoin(self.base, link)


_WINDOW_OPEN = re.compile(r"""(?:window\.open|location(?:\.href)?\s*=)\s*\(?\s*['"]([^'"]+)['"]""")


def anchor_url(anchor: Any, base: str) -> str | None:
    """Where a link goes: its ``href``, or, for ``href="#"`` / ``javascript:`` links that open
    a window from ``onclick`` (Granicus, NovusAgenda and other ASP.NET portals), the URL the
    script opens; joined to ``base``. None when the link leads nowhere readable."""
    href = (anchor.attrib.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript")):
        found = _WINDOW_OPEN.search(anchor.attrib.get("onclick", "") + " " + href)
        if not found:
            return None
        href = found.group(1)
    if href.startswith("//"):
        href = "https:" + href
    return urljoin(base, href)


def anchor_urls(node: Any, base: str) -> list[str]:
    """Where a node's links go (:func:`anchor_url` of each), in page order."""
    return [u for u in (anchor_url(a, base) for a in node.css("a")) if u]


def meeting_id(platform: str, site: str, native: str | int) -> str:
    return f"{platform}:{site}:{native}"


def fallback_native_id(*parts: str | None) -> str:
    """A portal that gives a meeting no id of its own: hash what identifies it."""
    text = "|".join(clean(p).lower() for p in parts)
    return "h" + hashlib.sha256(text.encode()).hexdigest()[:16]


def zone_for(timezone: str | None, jurisdiction: str) -> ZoneInfo:
    """The registry's time zone, else the zone of the state's capital, else Eastern."""
    if timezone:
        try:
            return ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {timezone!r}") from exc
    match = _STATE.search(jurisdiction or "")
    state = us.states.lookup(match.group(1)) if match else None
    return ZoneInfo(state.capital_tz if state and state.capital_tz else "America/New_York")


def local_time(value: str | None, zone: ZoneInfo) -> tuple[dt.datetime | None, bool]:
    """Parse a portal's date or date-and-time text as local time in ``zone``.

    Returns (aware datetime, whether a time of day was given). Text with an explicit offset
    keeps it. Unparseable text gives (None, False).
    """
    text = clean(value)
    if not text:
        return None, False
    iso = _parse_iso(text)
    if iso is not None:
        parsed, has_time = iso
    else:
        import dateparser  # a tenth of a second to import; ISO dates need none

        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
        )
        if parsed is None:
            return None, False
        has_time = bool(re.search(r"\d:\d\d|\d\s*[ap]\.?m\b|noon", text, re.I))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    if not has_time:
        parsed = parsed.replace(hour=0, minute=0, second=0, microsecond=0)
    return parsed, has_time


def _parse_iso(text: str) -> tuple[dt.datetime, bool] | None:
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed, "T" in text or " " in text.strip()


def combine(
    date_text: str | None, time_text: str | None, zone: ZoneInfo
) -> tuple[dt.datetime | None, bool]:
    """A date field and a separate time field (Legistar, PrimeGov)."""
    day, _ = local_time((date_text or "")[:10] if _parse_iso(date_text or "") else date_text, zone)
    if day is None:
        return None, False
    when = clean(time_text)
    if when:
        import dateparser

        parsed = dateparser.parse(when, languages=["en"])
        if parsed is not None and re.search(r"\d", when):
            return day.replace(hour=parsed.hour, minute=parsed.minute), True
    return day, False


def meeting_status(
    start: dt.datetime | None,
    now: dt.datetime,
    *,
    texts: Iterable[str | None] = (),
    agenda_published: bool = False,
) -> MeetingStatus:
    """Cancelled or rescheduled when the portal says so anywhere in ``texts``; otherwise passed
    when the start lies before ``now``, confirmed once an agenda is out, tentative before."""
    joined = " ".join(clean(t) for t in texts if t)
    if _CANCELLED.search(joined):
        return MeetingStatus.CANCELLED
    if _RESCHEDULED.search(joined):
        return MeetingStatus.RESCHEDULED
    if start is not None and start < now:
        return MeetingStatus.PASSED
    return MeetingStatus.CONFIRMED if agenda_published else MeetingStatus.TENTATIVE


def in_window(start: dt.datetime | None, window: tuple[dt.date, dt.date]) -> bool:
    return start is not None and window[0] <= start.date() <= window[1]


def watched(*texts: str | None) -> bool:
    """Does an agenda item read like something this project watches? (see WATCH_TERMS)"""
    return any(WATCH_TERMS.search(t) for t in texts if t)
