"""A new platform's spider and test, written from the templates in ``spiders/templates``
(``icewatch spiders new NAME``): the starting point ``docs/adding-a-platform.md`` describes."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

TEMPLATES = Path(__file__).parent / "templates"
PROJECT = Path(__file__).resolve().parents[1]
_NAME = re.compile(r"[a-z][a-z0-9_]{1,39}")


class ScaffoldError(ValueError):
    """The name is taken or not a platform name; nothing was written."""


@dataclass
class Scaffold:
    spider: Path
    test: Path
    fixture_dir: Path


def new_platform(
    name: str,
    *,
    url: str,
    jurisdiction: str = "ocd-division/country:us",
    body: str = "",
    root: Path = PROJECT,
    taken: set[str] | None = None,
) -> Scaffold:
    """Write ``spiders/spiders/NAME.py`` and ``tests/test_platform_NAME.py`` under ``root``,
    and make the folder its saved page goes in (``tests/fixtures/agendas/real/NAME/``).
    ``taken``: the platform names in use (default: the spiders under ``root``)."""
    if not _NAME.fullmatch(name) or keyword.iskeyword(name):
        raise ScaffoldError(
            f"{name!r} is not a platform name: lowercase letters, digits and _, 2 to 40 "
            "characters, starting with a letter (e.g. townhall_meetings)"
        )
    spider = root / "spiders" / "spiders" / f"{name}.py"
    test = root / "tests" / f"test_platform_{name}.py"
    if taken is None:
        taken = {p.stem for p in spider.parent.glob("*.py")}
    for path in (spider, test):
        if name in taken or path.exists():
            raise ScaffoldError(f"platform {name!r} exists already ({spider}); pick another name")
    values = {
        "name": name,
        "class_name": "".join(part.title() for part in name.split("_")) + "Spider",
        "title": name.replace("_", " ").title(),
        "example_url": url,
        "jurisdiction": jurisdiction,
        "body": body,
    }
    fixture_dir = root / "tests" / "fixtures" / "agendas" / "real" / name
    for template, path in (("spider.py.tmpl", spider), ("test_spider.py.tmpl", test)):
        text = Template((TEMPLATES / template).read_text(encoding="utf-8")).substitute(values)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    fixture_dir.mkdir(parents=True, exist_ok=True)
    return Scaffold(spider, test, fixture_dir)
