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

    def run_dir(self, run_id: str) -> Path:
        return self.runs / run_id
