"""The built-in demo (``spiders/demo``): its days, its settings, the days a home has not
replayed yet."""

from __future__ import annotations

import datetime as dt
import logging
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from flows.config import Config, read_watches
from flows.home import Home
from warehouse.db import open_warehouse
from warehouse.queries import last_checked_day

logger = logging.getLogger("icewatch")


def demo_dir() -> Path:
    """The built-in demo of made-up data (``icewatch run --demo``); its root is the replay
    folder of the demo's current day."""
    return Path(str(resources.files("spiders") / "demo"))


@dataclass(frozen=True)
class DemoDay:
    today: dt.date
    replay_dir: Path


def _demo_spec() -> dict[str, Any]:
    return tomllib.loads((demo_dir() / "demo.toml").read_text(encoding="utf-8"))


def demo_days() -> list[DemoDay]:
    """The days the demo replays, in order (``spiders/demo/demo.toml``)."""
    root = demo_dir()
    return [
        DemoDay(dt.date.fromisoformat(d["today"]), root / d["replay"]) for d in _demo_spec()["days"]
    ]


def demo_config(config: Config) -> Config:
    """``config`` with the demo's settings: its registry, its invented places, its quicker
    broken-source threshold, and its keyword watches beside the user's
    (``spiders/demo/demo.toml``)."""
    root = demo_dir()
    spec = _demo_spec()
    settings = spec["settings"]
    for name in ("sources", "jurisdictions_file"):
        settings[name] = str(root / settings[name])
    origin = "the demo (spiders/demo/demo.toml)"
    watches = read_watches(spec.get("watch", []), origin)
    mine = {w.name for w in watches}
    watches += tuple(w for w in config.watches if w.name not in mine)
    return config.with_overrides(origin, **settings).with_watches(watches)


def demo_days_to_run(home: Home, config: Config) -> list[DemoDay]:
    """The demo's days this home has not replayed yet, and always its current (last) day:
    a second ``run --demo`` runs that day again, which changes nothing."""
    days = demo_days()
    done = None
    if home.db.exists():
        with open_warehouse(home.db, read_only=True, wait=config.db_wait) as con:
            done = last_checked_day(con)
    return [d for d in days[:-1] if done is None or d.today > done] + days[-1:]
