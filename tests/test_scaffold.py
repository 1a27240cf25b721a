"""``icewatch spiders new``: a platform's spider and test from the template, in a copy of the
spiders package, carried through the guide's steps on a real saved page."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app

ROOT = Path(__file__).resolve().parents[1]
# A real Municode publish page (tests/fixtures/SOURCES.md), read as if a new platform served it.
PAGE = ROOT / "tests" / "fixtures" / "agendas" / "municode_clovis_planning.html"
URL = "https://meetings.municode.com/PublishPage?cid=CLOVISCA&ppid=1&p=1"


def generated_test(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        check=False,
        timeout=300,
    )


def test_a_new_platform_runs_red_then_green_on_a_saved_page(tmp_path: Path) -> None:
    shutil.copytree(
        ROOT / "spiders", tmp_path / "spiders", ignore=shutil.ignore_patterns("demo", "__pycache__")
    )
    args = ["spiders", "new", "townhall", "--url", URL, "--root", str(tmp_path)]
    args += ["--jurisdiction", "ocd-division/country:us/state:ca/place:clovis"]
    made = CliRunner().invoke(app, args)
    assert made.exit_code == 0, made.output
    spider = tmp_path / "spiders" / "spiders" / "townhall.py"
    test = tmp_path / "tests" / "test_platform_townhall.py"
    assert f"wrote {spider}" in made.output and "--url 'https://" in made.output
    # Without the saved page the generated test fails and says what to save where.
    red = generated_test(tmp_path)
    assert red.returncode == 1, red.stdout[-2000:]
    assert "save the portal's meeting list as" in red.stdout
    # With a real page saved in its slot, the template reads its meetings as they are.
    shutil.copy(
        PAGE, tmp_path / "tests" / "fixtures" / "agendas" / "real" / "townhall" / "listing.html"
    )
    green = generated_test(tmp_path)
    assert green.returncode == 0, green.stdout[-3000:]
    assert test.exists() and "1 passed" in green.stdout


def test_a_new_platform_with_a_taken_or_bad_name_writes_nothing(tmp_path: Path) -> None:
    for name, why in (("legistar", "exists already"), ("Town-Hall", "not a platform name")):
        done = CliRunner().invoke(app, ["spiders", "new", name, "--url", URL])
        assert done.exit_code != 0 and isinstance(done.exception, Exception)
        assert why in str(done.exception)
    assert not (ROOT / "tests" / "test_platform_legistar.py").exists()


@pytest.mark.parametrize("template", ["spider.py.tmpl", "test_spider.py.tmpl"])
def test_templates_are_lint_clean_once_filled(tmp_path: Path, template: str) -> None:
    from spiders.scaffold import new_platform

    made = new_platform("lintcheck", url=URL, root=tmp_path, taken=set())
    path = made.spider if template.startswith("spider") else made.test
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert lint.returncode == 0, lint.stdout
