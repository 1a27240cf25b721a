"""Fetching the Census Gazetteer places file into the home folder (the one network step of the
gazetteer; ``warehouse`` only reads the file)."""

from __future__ import annotations

import urllib.request
from pathlib import Path

from feeds.rss import write_atomic
from warehouse.gazetteer import read_census_places


def fetch_places(url: str, dest: Path, *, user_agent: str, timeout: float = 120.0) -> int:
    """Download the places file (``.zip`` or ``.txt``) to ``dest``; returns the places read.

    The file is checked before it replaces the cached one, so a failed or wrong download leaves
    the previous file in place.

    Raises:
        OSError: the download failed (the message names the URL).
        ValueError: what was downloaded is not a Gazetteer places file.
    """
    request = urllib.request.Request(url, headers={"User-Agent": user_agent})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read()
    except OSError as exc:
        raise OSError(
            f"could not fetch {url}: {exc}. Check the network, or set census_places_url to a "
            "reachable copy of the Census Gazetteer places file."
        ) from exc
    places = read_census_places(data)
    if not places:
        raise ValueError(f"{url} holds no incorporated places")
    write_atomic(dest, data)
    return len(places)
