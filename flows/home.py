"""The layout of the icewatch home folder (``ICEWATCH_HOME``, default ``./var``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Home:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / "icewatch.duckdb"

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def runs(self) -> Path:
        return self.root / "runs"

    @property
    def public(self) -> Path:
        return self.root / "public"

    @property
    def http_cache(self) -> Path:
        return self.root / "cache" / "http"

    @property
    def robots_cache(self) -> Path:
        """Each site's robots.txt answer, kept for a day (live runs only)."""
        return self.root / "cache" / "robots"

    @property
    def places_file(self) -> Path:
        """The Census Gazetteer places file, once `icewatch jurisdictions fetch-places` has
        fetched it."""
        return self.root / "gazetteer" / "places.txt"

    def run_dir(self, run_id: str) -> Path:
        return self.runs / run_id
