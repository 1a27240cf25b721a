"""The walls between the stages, read from the source: what each package may import.

- ``spiders/`` fetches and yields items and files: it imports nothing of ours outside itself.
- ``extract/`` parses stored files: nothing of ours outside itself.
- ``feeds/`` writes what it is given: it never reads the warehouse (no ``warehouse``, no DuckDB).
- SQL lives in ``warehouse/``: no other package imports DuckDB.
- ``warehouse/`` stores what ``extract/`` parsed: it may import ``extract`` (its records), never
  ``spiders``, ``feeds`` or ``flows``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = {"spiders", "extract", "warehouse", "feeds", "flows"}

# package → the packages of ours (and DuckDB) it may import
ALLOWED: dict[str, set[str]] = {
    "spiders": {"spiders"},
    "extract": {"extract"},
    "feeds": {"feeds"},
    "warehouse": {"warehouse", "extract", "duckdb"},
    "flows": OURS - {"duckdb"},
}


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, top-level module) of every import in a file, at any depth (function-level
    imports count: they load the module into the process all the same)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name.split(".")[0]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
    return found


def breaches(package: str, root: Path = ROOT) -> list[str]:
    watched = OURS | {"duckdb"}
    out = []
    for path in sorted((root / package).rglob("*.py")):
        for line, module in imports(path):
            if module in watched and module not in ALLOWED[package]:
                out.append(f"{path.relative_to(root)}:{line} imports {module}")
    return out


def sql_calls(package: str, root: Path = ROOT) -> list[str]:
    """Calls of ``.execute``/``.sql`` (a DuckDB connection's) in a package."""
    out = []
    for path in sorted((root / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"execute", "executemany", "sql"}
            ):
                out.append(f"{path.relative_to(root)}:{node.lineno} .{node.func.attr}()")
    return out


@pytest.mark.parametrize("package", sorted(OURS - {"warehouse"}))
def test_sql_lives_in_the_warehouse(package: str) -> None:
    assert sql_calls(package) == []


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_only_what_its_wall_allows(package: str) -> None:
    assert breaches(package) == []


def test_the_wall_check_sees_a_function_level_import(tmp_path: Path) -> None:
    # The breach this test was written against: a spider parsing with an extractor.
    spider = tmp_path / "spiders" / "spiders" / "detention.py"
    spider.parent.mkdir(parents=True)
    spider.write_text(
        "import scrapy\n\n\ndef parse(response):\n"
        "    from extract.detention import parse_facility_list_page\n"
        "    return parse_facility_list_page(response.body, response.url)\n"
    )
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "publish.py").write_text("import duckdb\nfrom warehouse import db\n")
    assert breaches("spiders", tmp_path) == ["spiders/spiders/detention.py:5 imports extract"]
    assert breaches("feeds", tmp_path) == [
        "feeds/publish.py:1 imports duckdb",
        "feeds/publish.py:2 imports warehouse",
    ]
