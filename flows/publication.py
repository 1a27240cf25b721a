"""The keyword watches' new matches, then the feeds, the OPML, the calendars of votes and the
site (map, places, upcoming votes, states), from the warehouse."""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any

from feeds.calendar import Meeting as CalendarMeeting
from feeds.calendar import write_calendars
from feeds.publish import Published, alerts_from_rows, build_feeds
from feeds.publish import publish as publish_feeds
from feeds.site import write_site
from flows.clock import now, today
from flows.config import Config
from flows.home import Home
from spiders.agenda import zone_for
from warehouse.db import open_warehouse, transaction
from warehouse.extraction import KIND_NAMES
from warehouse.queries import calendar_meetings, feed_alerts
from warehouse.site import meetings_ahead, site_rows
from warehouse.watch import match_watches

logger = logging.getLogger("icewatch")


def publish(home: Home, config: Config, *, watches_first: bool = True) -> Published:
    """Every feed (all, per kind, state, jurisdiction, expiring soon, keyword watch), the OPML,
    the calendars and the site; first (unless the caller did) the keyword watches' reading."""
    day = today()
    matches = read_watches(home, config) if watches_first else 0
    with open_warehouse(home.db, read_only=True, wait=config.db_wait) as con:
        rows = feed_alerts(con, max_items=config.feed_max_items)
        # the calendars keep the last month's votes beside the coming ones
        meetings = calendar_meetings(con, day - dt.timedelta(days=CALENDAR_PAST_DAYS))
        site = site_rows(con, today=day, horizon_days=SITE_HORIZON_DAYS)
        ahead = [
            {**m, "what": ", ".join(KIND_NAMES.get(k, k) for k in m["kinds"])}
            for m in meetings_ahead(con, day)
        ]
    watches = {w.name: (w.slug, w.described) for w in config.watches}
    feeds = build_feeds(
        alerts_from_rows(rows), max_items=config.feed_max_items, today=day, watches=watches
    )
    result = publish_feeds(feeds, home.public, base_url=config.public_base_url, alerts=len(rows))
    pages = write_site(
        site, ahead, {f.key for f in feeds}, home.public, today=day, horizon_days=SITE_HORIZON_DAYS
    )
    if pages:
        logger.info("site pages rewritten: %d (%s)", len(pages), ", ".join(pages[:5]))
    result.index_changed = result.index_changed or "index.html" in pages
    result.watch_matches = matches
    stamp = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)
    calendars = write_calendars([_calendar_meeting(m) for m in meetings], home.public, stamp)
    if calendars:
        logger.info("calendars rewritten: %s", ", ".join(calendars[:5]))
    logger.info(
        "published %d feed(s) in %s: %d rewritten, index %s",
        result.feeds,
        home.public,
        len(result.rewritten),
        "rewritten" if result.index_changed else "unchanged",
    )
    return result


def read_watches(home: Home, config: Config) -> int:
    """Each keyword watch reads what it has not read yet; its new matches become alerts (one
    short write: the pages' text is already in the warehouse, no document is opened). The
    count of new matches. A failure is logged, not raised: the feeds go out all the same, and
    the next publication reads what this one could not."""
    if not config.watches:
        return 0
    started = time.monotonic()
    try:
        with open_warehouse(home.db, wait=config.db_wait) as con, transaction(con):
            results = match_watches(con, config.watches, today=today(), now=now())
    except Exception as exc:
        logger.error(
            "keyword watches not read (%s: %s); the feeds are published without their new "
            "matches, which the next publication (`icewatch publish`) finds",
            type(exc).__name__,
            exc,
        )
        return 0
    for r in results:
        logger.info(
            "watch %r: %d new match(es) in %d text(s) read (%s)",
            r.name,
            r.new,
            r.texts,
            "new or changed: everything" if r.everything else "what was loaded since",
        )
    logger.info("watches read in %.1fs", time.monotonic() - started)
    return sum(r.new for r in results)


CALENDAR_PAST_DAYS = 30
# The map colours counties with a contract expiring this many days ahead.
SITE_HORIZON_DAYS = 90


def _calendar_meeting(row: dict[str, Any]) -> CalendarMeeting:
    """A meeting row in its body's time zone; local midnight is a day without a time."""
    zone = zone_for(None, row["jurisdiction_id"] or "")
    start = row["start_at"].astimezone(zone)
    place = f"{row['place']}, {row['state']}" if row["place"] and row["state"] else row["place"]
    return CalendarMeeting(
        meeting_id=row["meeting_id"],
        start=start,
        time_known=start.time() != dt.time(0),
        body=row["body"] or row["title"] or "",
        title=row["title"] or "",
        location=row["location"],
        place=place,
        state=row["state"],
        jurisdiction_id=row["jurisdiction_id"],
        url=row["url"],
        what=", ".join(KIND_NAMES.get(k, k) for k in row["kinds"]),
        items=row["items"],
    )
