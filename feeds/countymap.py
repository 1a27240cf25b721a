"""The United States by county as SVG paths, from the TopoJSON of the npm package us-atlas
(Census counties projected to Albers USA, 975 x 610; ``./dev.sh setup`` fetches it into
``feeds/data``). No request at publish or view time: the shapes are drawn into the page."""

from __future__ import annotations

import functools
import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ATLAS = Path(__file__).parent / "data" / "counties-albers-10m.json"
WIDTH, HEIGHT = 975, 610


@dataclass(frozen=True)
class CountyShape:
    fips: str  # five digits: state and county
    name: str
    path: str  # SVG path data


@dataclass(frozen=True)
class Atlas:
    counties: tuple[CountyShape, ...]
    states: str  # one SVG path of every state's outline


class NoAtlas(FileNotFoundError):
    """The county shapes are not installed (``./dev.sh setup`` fetches them)."""


@functools.cache
def load_atlas(path: Path = ATLAS) -> Atlas:
    """The counties and state outlines of the us-atlas TopoJSON at ``path``."""
    if not path.is_file():
        raise NoAtlas(f"no county shapes at {path}: run ./dev.sh setup (npm package us-atlas)")
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = _arcs(topology)
    counties = tuple(
        CountyShape(str(g["id"]), g.get("properties", {}).get("name", ""), _path(g, arcs))
        for g in topology["objects"]["counties"]["geometries"]
        if g.get("type") in {"Polygon", "MultiPolygon"}
    )
    states = "".join(_path(g, arcs) for g in topology["objects"]["states"]["geometries"])
    return Atlas(counties, states)


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The arcs as points: delta-decoded and scaled by the topology's transform."""
    transform = topology.get("transform")
    out = []
    for arc in topology["arcs"]:
        if transform is None:
            out.append([(float(x), float(y)) for x, y, *_ in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> str:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    if not points:
        return ""
    rounded = [(round(x, 1), round(y, 1)) for x, y in points]
    kept = [rounded[0]] + [p for a, p in itertools.pairwise(rounded) if p != a]
    head, *rest = kept
    return (
        f"M{_num(head[0])},{_num(head[1])}"
        + "".join(f"L{_num(x)},{_num(y)}" for x, y in rest)
        + "Z"
    )


def _path(geometry: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> str:
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    return "".join(_ring(ring, arcs) for polygon in polygons for ring in polygon)


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
