"""The run's clock: today (``ICEWATCH_TODAY`` replays another day), now, run ids."""

from __future__ import annotations

import datetime as dt
import os
import secrets

# The crawl's notion of today (ISO date), for replaying agendas recorded on another day.
TODAY_ENV = "ICEWATCH_TODAY"


def today() -> dt.date:
    """Today, or the day ``ICEWATCH_TODAY`` says (replays recorded on another day)."""
    value = os.environ.get(TODAY_ENV)
    return dt.date.fromisoformat(value) if value else dt.date.today()


def now() -> dt.datetime:
    """This instant, or this time of day on the day ``ICEWATCH_TODAY`` says."""
    clock = dt.datetime.now(dt.UTC)
    value = os.environ.get(TODAY_ENV)
    return dt.datetime.combine(dt.date.fromisoformat(value), clock.timetz()) if value else clock


def new_run_id(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"
