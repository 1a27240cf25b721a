"""The public site next to the feeds: the national county map (``index.html``), a page per
jurisdiction with anything (``places/``), the upcoming votes (``upcoming.html``), a page per
state (``states/``) and the small index the search box reads (``search.json``). Plain files
from Jinja2 templates, written only when they change; no request leaves the page."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from feeds.countymap import HEIGHT, WIDTH, NoAtlas, load_atlas
from feeds.publish import jurisdiction_slug, templates
from feeds.rss import write_atomic

# What colours a county, most pressing first: a vote or an expiry is a moment to act.
STATUSES = ("expiring", "pending", "jail", "287g")
LABELS = {
    "expiring": "contract expiring soon",
    "pending": "287(g) agreement pending",
    "jail": "jail holding people for ICE or the Marshals",
    "287g": "287(g) agreement",
}
TIMELINE_MAX = 300  # events on a place's page; the feed and `icewatch history` have the rest


def county_status(row: dict[str, Any]) -> str | None:
    """The most pressing of a county's statuses (:data:`STATUSES`), None when it has none."""
    found = {
        "expiring": row.get("expiry") is not None,
        "pending": bool(row.get("pending")),
        "jail": bool(row.get("jails")),
        "287g": bool(row.get("models")),
    }
    return next((s for s in STATUSES if found[s]), None)


def place_page(jurisdiction_id: str) -> str:
    return f"places/{jurisdiction_slug(jurisdiction_id)}.html"


def _day(value: Any) -> str:
    return value.date().isoformat() if isinstance(value, dt.datetime) else str(value or "")


def write_site(
    rows: dict[str, list[dict[str, Any]]],
    meetings: Sequence[dict[str, Any]],
    feed_keys: set[str],
    public: Path,
    *,
    today: dt.date,
    horizon_days: int = 90,
) -> list[str]:
    """Write the site into ``public`` from :func:`warehouse.site.site_rows` and the meetings
    ahead (each with ``what``: its collaboration items in words); returns the files
    rewritten or removed (relative paths)."""
    pages: dict[str, bytes] = {}
    places = {p["jurisdiction_id"]: p for p in rows["places"]}
    county_of = {j: p["county_id"] for j, p in places.items()}

    def under(jurisdiction_id: str | None) -> list[str]:
        """The pages a record shows on: its place's and its county's."""
        if not jurisdiction_id or jurisdiction_id not in places:
            return []
        county = county_of.get(jurisdiction_id)
        return [jurisdiction_id] + ([county] if county and county != jurisdiction_id else [])

    by_place: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for kind in ("timeline", "facilities", "contracts", "votes"):
        for row in rows[kind]:
            for target in under(row.get("jurisdiction_id")):
                by_place[target][kind].append(row)
    for row in rows["agreements"]:
        targets = set(under(row["jurisdiction_id"])) | set(under(row["county_id"]))
        for target in targets:
            by_place[target]["agreements"].append(row)
    ahead = []
    for m in meetings:
        shown = {
            **m,
            "day": _day(m["start_at"]),
            "page": place_page(m["jurisdiction_id"]) if m["jurisdiction_id"] in places else None,
        }
        ahead.append(shown)
        for target in under(m["jurisdiction_id"]):
            by_place[target]["meetings"].append(shown)

    env = templates()
    for jurisdiction_id, place in places.items():
        found = by_place[jurisdiction_id]
        slug = jurisdiction_slug(jurisdiction_id)
        county = places.get(county_of.get(jurisdiction_id) or "")
        timeline = found["timeline"]
        pages[place_page(jurisdiction_id)] = _render(
            env,
            "place.html.j2",
            root="../",
            place=place,
            slug=slug,
            county={**county, "page": f"{jurisdiction_slug(county['jurisdiction_id'])}.html"}
            if county
            else None,
            feed=f"jurisdiction/{slug}" if f"jurisdiction/{slug}" in feed_keys else None,
            votes=found["votes"],
            meetings=found["meetings"],
            agreements=found["agreements"],
            facilities=[
                {**f, "population": _population(f["average_daily_population"])}
                for f in found["facilities"]
            ],
            contracts=found["contracts"],
            timeline=timeline[:TIMELINE_MAX],
            more=max(0, len(timeline) - TIMELINE_MAX),
        )

    counties = []
    for row in rows["counties"]:
        status = county_status(row)
        if status is None:
            continue
        page = place_page(row["jurisdiction_id"]) if row["jurisdiction_id"] in places else None
        counties.append({**row, "status": status, "label": LABELS[status], "page": page})
    counties.sort(key=lambda c: (STATUSES.index(c["status"]), c["state"], c["name"]))
    counts = {s: sum(1 for c in counties if c["status"] == s) for s in STATUSES}
    try:
        atlas, problem = load_atlas(), None
    except NoAtlas as exc:
        atlas, problem = None, str(exc)
    by_state: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for jurisdiction_id, place in places.items():
        found = by_place[jurisdiction_id]
        slug = jurisdiction_slug(jurisdiction_id)
        by_state[place["state"] or "US"].append(
            {
                "name": place["name"],
                "page": place_page(jurisdiction_id),
                "feed": f"jurisdiction/{slug}" if f"jurisdiction/{slug}" in feed_keys else None,
                **{k: len(found[k]) for k in ("agreements", "facilities", "contracts", "meetings")},
            }
        )
    pages["index.html"] = _render(
        env,
        "map.html.j2",
        root="",
        today=today.isoformat(),
        horizon=horizon_days,
        upcoming=len(ahead),
        statuses=STATUSES,
        labels={**LABELS, "expiring": f"contract expiring within {horizon_days} days"},
        counts=counts,
        counties=counties,
        unmapped=[
            {**p, "page": place_page(j)}
            for j, p in places.items()
            if p["kind"] == "county" and not p["fips"]
        ],
        by_fips={c["fips"]: c for c in counties},
        atlas=atlas,
        atlas_problem=problem,
        width=WIDTH,
        height=HEIGHT,
        states=sorted((s, len(p)) for s, p in by_state.items()),
    )
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in ahead:
        grouped[m["state"] or ""].append(m)
    pages["upcoming.html"] = _render(
        env, "upcoming.html.j2", root="", by_state=sorted(grouped.items())
    )
    for state, listed in by_state.items():
        key = f"state/{state.lower()}"
        pages[f"states/{state.lower()}.html"] = _render(
            env,
            "state.html.j2",
            root="../",
            state=state,
            feed=key if key in feed_keys else None,
            places=listed,
        )
    search = [[p["name"], p["state"], place_page(j)] for j, p in places.items()]
    pages["search.json"] = json.dumps(search, ensure_ascii=False, separators=(",", ":")).encode()
    written = [
        name for name, body in pages.items() if write_atomic(public / name, body, durable=False)
    ]
    # A place or state with nothing left loses its page: a stale page would still show it.
    for folder in ("places", "states"):
        for path in (public / folder).glob("*.html"):
            if f"{folder}/{path.name}" not in pages:
                path.unlink()
                written.append(f"{folder}/{path.name} (removed)")
    return written


def _render(env: Any, template: str, **values: Any) -> bytes:
    return env.get_template(template).render(**values).encode("utf-8")


def _population(value: Any) -> str:
    return f"{value:,.0f}" if isinstance(value, int | float) else ""
