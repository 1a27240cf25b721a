"""Regenerate ``warehouse/data/census_places.tsv.gz``, the Census places icewatch ships, from
the Census Bureau's own code files (public domain; see ``warehouse/data/SOURCES.md``):

- the 2020 place-by-county file: every incorporated place (census-designated places and
  fictitious entries left out) with its state, FIPS code and all the counties it lies in;
- the FIPS place codes file (2010 vintage): the county subdivisions with a government, the
  towns of New England and New York and the townships of Pennsylvania, New Jersey and the
  Midwest, with their counties' FIPS codes (looked up by name in the Census 2020 county list).

    .venv/bin/python scripts/make_places.py [CENSUS_DIR]

CENSUS_DIR holds ``national_place_by_county2020.txt[.gz]`` and ``national_places.txt[.gz]``
(default: ``../shared/corpus/gazetteer``). The output has one row per place:
``kind, state, geoid, name, lsad, counties`` (kind ``place`` or ``subdivision``; a place's
geoid is state + place FIPS, a subdivision's its first county's FIPS + its own code; counties
as FIPS codes separated by commas), in the order of the Census files.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from warehouse.gazetteer import SHIPPED_PLACES, Gazetteer, split_place_name  # noqa: E402

COLUMNS = ["kind", "state", "geoid", "name", "lsad", "counties"]


def _read(folder: Path, stem: str, encoding: str) -> list[dict[str, str]]:
    for name in (f"{stem}.gz", stem):
        path = folder / name
        if path.exists():
            data = path.read_bytes()
            text = (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).decode(encoding)
            lines = [line for line in text.splitlines() if line.strip()]
            return list(csv.DictReader(lines, delimiter="|"))
    sys.exit(f"no {stem}(.gz) in {folder}")


def places_2020(folder: Path) -> list[dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for row in _read(folder, "national_place_by_county2020.txt", "utf-8-sig"):
        if row["FUNCSTAT"] in {"S", "F"}:  # census-designated, fictitious: no government
            continue
        geoid = row["STATEFP"] + row["PLACEFP"]
        county = row["STATEFP"] + row["COUNTYFP"]
        if geoid in rows:
            rows[geoid]["counties"] += f",{county}"
            continue
        name, lsad = split_place_name(row["PLACENAME"])
        rows[geoid] = {
            "kind": "place",
            "state": row["STATE"],
            "geoid": geoid,
            "name": name,
            "lsad": lsad or "",
            "counties": county,
        }
    return list(rows.values())


def subdivisions_2010(folder: Path) -> list[dict[str, str]]:
    counties = Gazetteer.counties_only()
    out = []
    for row in _read(folder, "national_places.txt", "latin-1"):
        if row["TYPE"] != "County Subdivision" or row["FUNCSTAT"] != "A":
            continue
        fips = []
        for county in row["COUNTY"].split(","):
            hit = counties.find("county", county.strip(), row["STATE"])
            if hit is not None and hit[1] == 100.0 and hit[0].fips:
                fips.append(hit[0].fips)
        if not fips:
            continue
        name, lsad = split_place_name(row["PLACENAME"])
        out.append(
            {
                "kind": "subdivision",
                "state": row["STATE"],
                "geoid": fips[0] + row["PLACEFP"],
                "name": name,
                "lsad": lsad or "",
                "counties": ",".join(fips),
            }
        )
    return out


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/corpus/gazetteer"
    rows = places_2020(folder) + subdivisions_2010(folder)
    text = io.StringIO()
    writer = csv.DictWriter(text, COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    out = ROOT / "warehouse" / "data" / SHIPPED_PLACES
    out.write_bytes(gzip.compress(text.getvalue().encode("utf-8"), mtime=0))
    kinds = {k: sum(1 for r in rows if r["kind"] == k) for k in ("place", "subdivision")}
    print(f"{out}: {kinds['place']} places, {kinds['subdivision']} county subdivisions")


if __name__ == "__main__":
    main()
