"""Configuration: every setting declared once with its name, default and help.

Values come from, in rising order of precedence: the defaults below, ``icewatch.toml``
(the file named by ``ICEWATCH_CONFIG``, else ``./icewatch.toml``), and ``ICEWATCH_<NAME>``
environment variables (empty ones count as unset). pydantic-settings reads and validates
them (:func:`settings_model` is the table below as a ``BaseSettings`` model); what this
module adds is where each value came from, which ``icewatch config`` prints.

Keyword watches are ``[[watch]]`` tables of the same file (:mod:`extract.watch`).
"""

from __future__ import annotations

import functools
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, TypeAdapter, ValidationError, create_model
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    InitSettingsSource,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from extract.watch import Watch, WatchError, parse_watches


class ConfigError(Exception):
    """The configuration cannot be used; the message says which setting and why."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return f"ICEWATCH_{self.name.upper()}"

    @property
    def type(self) -> Any:
        """The value's type, from the default's: a list is read from a comma-separated
        string too ("120,90,60,30")."""
        kind = type(self.default)
        if kind is list:
            item = type(self.default[0]) if self.default else str
            return Annotated[list[item], NoDecode, BeforeValidator(_comma_list)]  # type: ignore[valid-type]
        return kind

    def coerce(self, value: Any, origin: str) -> Any:
        try:
            return _adapter(self.name).validate_python(value)
        except ValidationError as exc:
            raise _type_error(self, value, origin) from exc


def _comma_list(value: Any) -> Any:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def _type_error(setting: Setting, value: Any, origin: str) -> ConfigError:
    kind = type(setting.default).__name__
    return ConfigError(
        f"setting {setting.name!r} from {origin} must be of type {kind}, got {value!r}"
    )


SETTINGS: tuple[Setting, ...] = (
    Setting("home", "./var", "Folder holding the warehouse, documents, run records and feeds."),
    Setting(
        "sources",
        "",
        "Sources registry (TOML). Empty: the registry shipped in spiders/sources.toml.",
    ),
    Setting(
        "jurisdictions_file",
        "",
        "Jurisdictions added to the gazetteer (TSV: jurisdiction_id, name, kind, state, "
        "parent_id), such as the demo's invented places. Empty: none.",
    ),
    Setting(
        "user_agent",
        "icewatch/0.1 (+https://github.com/icewatch/icewatch; monitoring public records)",
        "User-Agent sent with every request: name the project and a contact URL.",
    ),
    Setting(
        "census_places_url",
        "https://www2.census.gov/geo/docs/maps-data/data/gazetteer/2024_Gazetteer/"
        "2024_Gaz_place_national.zip",
        "Census Gazetteer places file fetched by `icewatch jurisdictions fetch-places`.",
    ),
    Setting(
        "broken_after_runs",
        3,
        "Runs in a row a source must fail to raise a source.broken alert (maintainers' feed).",
    ),
    Setting(
        "stale_after_days",
        45,
        "Days an agenda source may go without a new document before a source.stale alert "
        "(ICE's lists have their own cadence: 21 days for 287(g), 75 for detention statistics).",
    ),
    Setting(
        "population_jump",
        0.5,
        "Share of a facility's average daily population by which it must change (and by at "
        "least 25 people) to raise a facility.population alert.",
    ),
    Setting(
        "run_wait",
        0.0,
        "Seconds a run waits for another run on the same home folder before giving up (0: "
        "exit at once with a message, what cron wants).",
    ),
    Setting(
        "schedule_ice",
        "0 * * * *",
        "Cron schedule of the ICE list runs under `icewatch schedule` (default: hourly).",
    ),
    Setting(
        "schedule_agendas",
        "15 */6 * * *",
        "Cron schedule of the agenda runs under `icewatch schedule` (default: every 6 hours).",
    ),
    Setting("download_timeout", 60, "Seconds before a request is abandoned."),
    Setting("download_delay", 1.0, "Minimum seconds between requests to the same site."),
    Setting(
        "crawl_processes",
        2,
        "Crawl processes; the sources are shared among them and crawled together inside each.",
    ),
    Setting(
        "retries",
        1,
        "Further tries of a step that failed for a reason that may pass: a source that timed "
        "out, was refused or answered 429/5xx, a busy warehouse, a failed publication.",
    ),
    Setting(
        "retry_backoff",
        30.0,
        "Seconds before the first retry; each further retry waits twice as long.",
    ),
    Setting(
        "work_pool",
        "",
        "Prefect work pool whose workers crawl and read the agenda sources (see `icewatch "
        "deploy`); empty: everything runs in this process. Every host needs the same home "
        "folder on shared storage.",
    ),
    Setting(
        "crawls_per_host",
        1,
        "Sources crawled at the same time on one host (e.g. Legistar); each keeps its own "
        "per-host limit and delay, so more multiplies the load on that host.",
    ),
    Setting("robotstxt_obey", True, "Respect robots.txt."),
    Setting("agenda_past_days", 30, "Agenda crawls read meetings from this many days ago…"),
    Setting("agenda_future_days", 120, "…to this many days ahead."),
    Setting(
        "expiry_horizons",
        [120, 90, 60, 30],
        "Days before a contract's expiry at which a contract.expiring alert is raised.",
    ),
    Setting("chromium_path", "/usr/bin/chromium", "Chromium used for JavaScript portals."),
    Setting(
        "extract_timeout",
        300.0,
        "Seconds one document may take to be read; past it, it is reported unreadable.",
    ),
    Setting(
        "extract_memory_mb",
        2048,
        "Memory (MB) of a worker reading one document; a document that needs more is "
        "reported unreadable.",
    ),
    Setting("db_wait", 30.0, "Seconds to wait for a busy warehouse before giving up."),
    Setting("feed_max_items", 200, "Items per published feed, newest first."),
    Setting(
        "public_base_url",
        "http://localhost:8000/",
        "Address where the public folder is served; feeds link to themselves under it.",
    ),
    Setting("log_level", "INFO", "Log level of the command line and the crawls."),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}


class _Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ICEWATCH_", extra="forbid", env_ignore_empty=True, validate_default=False
    )


class _Environment(EnvSettingsSource):
    """``ICEWATCH_<NAME>`` variables of the given environment (os.environ by default)."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        self.environ = environ
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        # names as pydantic-settings matches them (not case-sensitive); empty ones are unset
        return {name.lower(): value for name, value in self.environ.items() if value != ""}


@functools.cache
def settings_model() -> type[_Settings]:
    """The settings as a pydantic-settings model: a field per setting, its default, type and
    help."""
    fields: dict[str, Any] = {
        s.name: (s.type, Field(s.default, description=s.help)) for s in SETTINGS
    }
    return create_model("IcewatchSettings", __base__=_Settings, **fields)


@functools.cache
def _adapter(name: str) -> TypeAdapter[Any]:
    return TypeAdapter(_BY_NAME[name].type)


@dataclass(frozen=True)
class Config:
    values: dict[str, Any]
    origins: dict[str, str]
    watches: tuple[Watch, ...] = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def home_path(self) -> Path:
        return Path(self.values["home"]).expanduser().resolve()

    def with_overrides(self, origin: str, **overrides: Any) -> Config:
        values, origins = dict(self.values), dict(self.origins)
        for name, value in overrides.items():
            if value is None:
                continue
            if name not in _BY_NAME:
                raise ConfigError(f"unknown setting {name!r}")
            values[name] = _BY_NAME[name].coerce(value, origin)
            origins[name] = origin
        return Config(values, origins, self.watches)

    def with_watches(self, watches: tuple[Watch, ...]) -> Config:
        return Config(self.values, self.origins, watches)


def config_file(environ: dict[str, str] | None = None) -> Path | None:
    environ = os.environ if environ is None else environ
    named = environ.get("ICEWATCH_CONFIG")
    if named:
        path = Path(named)
        if not path.is_file():
            raise ConfigError(f"ICEWATCH_CONFIG names {named}, which is not a file")
        return path
    local = Path("icewatch.toml")
    return local if local.is_file() else None


def load_config(environ: Mapping[str, str] | None = None) -> Config:
    """Resolve every setting from defaults, ``icewatch.toml`` and the environment."""
    environ = dict(os.environ if environ is None else environ)
    path = config_file(environ)
    table: dict[str, Any] = {}
    watches: tuple[Watch, ...] = ()
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
        # the settings under [icewatch] or at the top; [[watch]] or [[icewatch.watch]] beside
        table = dict(data.get("icewatch", data))
        nested = table.pop("watch", []) if "icewatch" in data else []
        table.pop("watch", None)
        watches = read_watches([*_as_list(data.get("watch", [])), *_as_list(nested)], path)
        unknown = sorted(set(table) - set(_BY_NAME))
        if unknown:
            known = ", ".join(sorted(_BY_NAME))
            raise ConfigError(f"{path}: unknown setting {unknown[0]!r} (known: {known})")
    model = settings_model()
    env = _Environment(model, environ)
    from_env = env()
    origins = dict.fromkeys(_BY_NAME, "default")
    origins.update(dict.fromkeys(table, str(path)))
    origins.update({name: f"env {_BY_NAME[name].env}" for name in from_env})

    class Sources(model):  # type: ignore[misc, valid-type]
        @classmethod
        def settings_customise_sources(
            cls, settings_cls: type[BaseSettings], **_: PydanticBaseSettingsSource
        ) -> tuple[PydanticBaseSettingsSource, ...]:
            # the environment over the file over the defaults
            return (env, InitSettingsSource(settings_cls, init_kwargs=table))

    try:
        values = Sources().model_dump()
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0])
        raise _type_error(_BY_NAME[name], error.get("input"), origins[name]) from None
    return Config(values, origins, watches)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def read_watches(tables: Any, origin: Path | str) -> tuple[Watch, ...]:
    """The ``[[watch]]`` tables of a configuration file. Raises :class:`ConfigError`."""
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ConfigError(
            f'{origin}: write each watch as a [[watch]] table (name = "…", terms = […])'
        )
    try:
        return parse_watches(tables)
    except WatchError as exc:
        raise ConfigError(f"{origin}: [[watch]]: {exc}") from None


def example_toml() -> str:
    """The documented ``icewatch.toml``: every setting, commented out at its default."""
    lines = [
        "# icewatch configuration. Every setting is shown at its default;",
        "# uncomment to change it. ICEWATCH_<NAME> environment variables override this file.",
        "[icewatch]",
    ]
    for setting in SETTINGS:
        lines.append(f"# {setting.help}")
        lines.append(f"# {setting.name} = {_toml_value(setting.default)}")
    lines += [
        "",
        "# Keyword watches (any number): each match is a watch.match alert in",
        "# feeds/watch/<name>.xml. Terms: phrases, AND, NOT, a * for any ending.",
        "# [[watch]]",
        '# name = "Jail expansion"',
        '# terms = [\'jail AND expansion NOT "work release"\', "new jail"]',
        '# states = ["TX"]                        # optional',
        '# jurisdictions = ["Harris County, TX"]  # optional',
        '# kinds = ["agenda"]                     # optional: agenda, or alert kinds',
    ]
    return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)
