"""Dates as the sources write them: a spreadsheet cell (a date, a timestamp, "7/14/2025",
"05/082025" typed with a slash missing) or a date written out in a document ("June 30, 2030",
"the 30th day of June, 2030"). The one date reader of the extractors; month before day, as
American records write them."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

_NULL = {"", "#na", "#n/a", "n/a", "na", "nan", "none", "-", "—"}
_FORMATS = ("%m/%d/%Y", "%Y-%m-%d", "%m/%d/%y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")
# Typed by hand with a slash missing: "05/082025", "7/72025".
_SQUEEZED = re.compile(r"^(\d{1,2})/(\d{1,2})(\d{4})$")


@functools.lru_cache(maxsize=4096)
def written_date(text: str, *, strict: bool = True) -> dt.date | None:
    """One date written out ("June 30, 2030", "6/30/2030", "30th day of June, 2030"); with
    ``strict`` False, a date missing its day ("May 2025") is the first of the month. Years
    outside 1900–2100 are no date."""
    import dateparser  # a tenth of a second to import: only when a date is written out

    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text).replace("day of ", "")
    parsed = dateparser.parse(
        cleaned,
        languages=["en"],
        settings={"DATE_ORDER": "MDY", "STRICT_PARSING": strict, "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed is None or not 1900 <= parsed.year <= 2100:
        return None
    return parsed.date()


def cell_date(value: Any, *, written: bool = True) -> dt.date | None:
    """A spreadsheet or CSV cell as a date: a date or timestamp as it is, a date in one of the
    usual numeric forms, one typed with a slash missing, and (``written``) one written out in
    words; None for an empty or "N/A" cell and for what is no date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = " ".join(str(value if value is not None else "").replace("\u00a0", " ").split())
    if text.lower() in _NULL:
        return None
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(text[:19], fmt).date()
        except ValueError:
            continue
    squeezed = _SQUEEZED.match(text)
    if squeezed:
        month, day, year = (int(g) for g in squeezed.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return written_date(text, strict=False) if written else None
