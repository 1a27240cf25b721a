"""Which agenda platform serves a URL or a saved page, and the registry line that reads it.

A portal is known first by its address (``*.legistar.com``, ``*.granicus.com``,
``go.boarddocs.com/<st>/<client>``, ``meetings.municode.com``, an ``/AgendaCenter`` path, …),
then by what the page holds: the markup each platform's own templates write (``radGridMeetings``,
``tr.meeting-row``, ``catAgendaRow``, a ``generator`` meta tag), and last by the links a city's
own page makes to a portal (a "Meetings" page that embeds Granicus, links to Legistar). The
start URL is normalized to the one the platform's spider begins with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit


@dataclass
class Detection:
    platform: str
    url: str  # the normalized start URL
    evidence: str  # what gave the platform away
    tenant: str | None = None  # the client id of hosted platforms
    options: dict[str, Any] = field(default_factory=dict)
    javascript: bool = False


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _query(url: str) -> dict[str, str]:
    return {k.lower(): v[0] for k, v in parse_qs(urlsplit(url).query).items()}


_VENDORS = {"civicplus", "granicus", "legistar", "primegov", "civicclerk", "novusagenda", "iqm2"}


def from_url(url: str) -> Detection | None:
    """The platform an address belongs to, or None when the address alone does not say."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    host, path = (parts.hostname or "").lower(), parts.path
    scheme = parts.scheme if parts.scheme in {"http", "https"} else "https"
    root = f"{scheme}://{parts.netloc}"
    first = host.split(".")[0]
    if first == "www" and host.count(".") == 2 and host.split(".")[1] in _VENDORS:
        return None  # the vendor's own site ("Powered by CivicPlus"), not a client's portal
    if host.endswith(".legistar.com") and first not in {"webapi", "www"}:
        return Detection("legistar", f"https://{host}", "host *.legistar.com", tenant=first)
    if host == "webapi.legistar.com":
        client = path.strip("/").split("/")[1] if path.count("/") >= 2 else None
        return Detection(
            "legistar", f"https://{client}.legistar.com", "Legistar Web API path", tenant=client
        )
    if host.endswith(".granicus.com"):
        view = _query(url).get("view_id")
        if view:
            start, what = f"https://{host}/ViewPublisher.php?view_id={view}", "host *.granicus.com"
        else:  # each body has its own view: the portal's front page lists them
            start, what = (
                f"https://{host}/",
                "host *.granicus.com; add the body's ViewPublisher.php?view_id=N",
            )
        return Detection("granicus", start, what, tenant=first)
    if host.endswith(".iqm2.com"):
        return Detection(
            "iqm2", f"https://{host}/Citizens/Calendar.aspx", "host *.iqm2.com", tenant=first
        )
    if host.endswith(".primegov.com"):
        return Detection("primegov", f"https://{host}", "host *.primegov.com", tenant=first)
    if host.endswith(".civicclerk.com"):
        return Detection(
            "civicclerk", f"https://{first}.portal.civicclerk.com", "host *.civicclerk.com",
            tenant=first,
        )  # fmt: skip
    if host == "go.boarddocs.com":
        segments = [s for s in path.split("/") if s]
        if len(segments) >= 2:
            state, client = segments[0].lower(), segments[1].lower()
            feed = any(s.lower().startswith("xml-") for s in segments)
            tail = "XML-ActiveMeetings" if feed else "Public"
            return Detection(
                "boarddocs",
                f"https://go.boarddocs.com/{state}/{client}/Board.nsf/{tail}",
                "host go.boarddocs.com",
                tenant=f"{state}/{client}",
                javascript=not feed,
            )
    if host.endswith(".novusagenda.com"):
        return Detection(
            "novusagenda", f"https://{host}/agendapublic", "host *.novusagenda.com", tenant=first
        )
    if host.endswith(".civicweb.net"):
        return Detection(
            "civicweb", f"https://{host}/Portal/MeetingSchedule.aspx", "host *.civicweb.net",
            tenant=first,
        )  # fmt: skip
    if host.endswith(".escribemeetings.com"):
        return Detection(
            "escribe", f"https://{host}/", "host *.escribemeetings.com",
            tenant=first.removeprefix("pub-"),
        )  # fmt: skip
    if host == "meetings.municode.com":
        query = _query(url)
        if query.get("cid"):
            start = f"https://meetings.municode.com/PublishPage?cid={query['cid']}"
            if query.get("ppid"):
                start += f"&ppid={query['ppid']}&p=1"
            return Detection("municode", start, "host meetings.municode.com", tenant=query["cid"])
    if host.endswith("chicityclerkelms.chicago.gov"):
        return Detection(
            "chicago_elms", "https://chicityclerkelms.chicago.gov/Meetings", "host eLMS"
        )
    lowered = path.lower()
    if "/onbaseagendaonline" in lowered or (
        host.endswith(".hylandcloud.com") and "agendaonline" in lowered
    ):
        base = path[: lowered.index("/meetings")] if "/meetings" in lowered else path.rstrip("/")
        search = url if "/meetings/search" in lowered else f"{root}{base}/Meetings/Search"
        return Detection("onbase", search, "OnBase Agenda Online path", tenant=host)
    if "/agendacenter" in lowered:
        return Detection("civicplus", f"{root}/AgendaCenter", "path /AgendaCenter", tenant=host)
    if host.endswith(".civicplus.com") and re.match(r"^[a-z]{2}-[a-z0-9-]+$", first):
        # client sites are <state>-<name>.civicplus.com; others are the vendor's own
        return Detection("civicplus", f"{root}/AgendaCenter", "host *.civicplus.com", tenant=first)
    return None


# What a platform's own templates write into the page, and the field names of its API's
# answers (a saved JSON or XML answer names the platform even when its address is lost).
_MARKUP: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("legistar", re.compile(r'"(?:EventId|EventBodyName|EventAgendaFile|MatterId|MatterFile)"'),
     "Legistar Web API answer"),
    ("primegov", re.compile(r'"(?:meetingTemplateId|compileOutputType|templateName)"'),
     "PrimeGov portal API answer"),
    ("civicclerk",
     re.compile(r'"@odata\.context"\s*:\s*"[^"]*civicclerk|"(?:agendaId|publishedFiles)"'),
     "CivicClerk events API answer"),
    ("escribe", re.compile(r'"(?:MeetingDocumentLink|FormattedStart)"'), "eScribe calendar answer"),
    ("chicago_elms", re.compile(r'"(?:bodyAbbreviation|attachmentType)"'), "Chicago eLMS answer"),
    ("civicweb", re.compile(r'"(?:ExternalCalendar|AgendaCover|PublicReleaseDelayDateString)"'),
     "CivicWeb meeting service answer"),
    ("boarddocs", re.compile(r'"numberdate"|<meetings>\s*<meeting\s+bodyid='),
     "BoardDocs meetings answer"),
    ("novusagenda", re.compile(r"radGridMeetings|<title>\s*NovusAGENDA", re.I), "NovusAGENDA grid"),
    ("legistar", re.compile(r"Legistar|rgMasterTable[^>]*>.*?Calendar\.aspx", re.I | re.S),
     "Legistar calendar"),
    ("onbase", re.compile(r"meeting-row[^>]*data-meeting-id|OnBaseAgendaOnline", re.I),
     "OnBase meeting rows"),
    ("municode", re.compile(r"div-table-col[^\"']*\bmeeting\b|meetings\.municode\.com/d/f", re.I),
     "Municode publish table"),
    ("civicplus", re.compile(r"catAgendaRow|/AgendaCenter/ViewFile/|CivicPlus", re.I),
     "CivicPlus AgendaCenter"),
    ("iqm2", re.compile(r"Detail_Meeting\.aspx|\bMeetingRow\b|\bIQM2\b", re.I), "IQM2 calendar"),
    ("granicus", re.compile(r"ViewPublisher\.php|AgendaViewer\.php|listingTable", re.I),
     "Granicus ViewPublisher"),
    ("boarddocs", re.compile(r"current_committee_id|BD-GetMeetingsList", re.I), "BoardDocs page"),
    ("escribe", re.compile(r"escribemeetings|MeetingsCalendarView\.aspx", re.I),
     "eScribe calendar"),
    ("civicweb", re.compile(r"MeetingsService\.svc|civicweb", re.I), "CivicWeb portal"),
    ("primegov", re.compile(r"primegov", re.I), "PrimeGov portal"),
    ("civicclerk", re.compile(r"civicclerk", re.I), "CivicClerk portal"),
)  # fmt: skip
_GENERATOR = re.compile(r"<meta[^>]+name=[\"']generator[\"'][^>]+content=[\"']([^\"']+)", re.I)
_HREF = re.compile(r"""(?:href|src)\s*=\s*["']([^"'#]+)["']""", re.I)


def from_page(url: str, html: str) -> Detection | None:
    """The platform of a page whose address does not say: the portal a city page links to
    (an address that names a platform), else the platform whose markup the page holds."""
    linked: dict[str, tuple[int, Detection]] = {}
    for href in _HREF.findall(html):
        found = from_url(urljoin(url, href.strip()))
        if found is not None and _host(found.url) != _host(url):
            count, first = linked.get(found.platform, (0, found))
            linked[found.platform] = (count + 1, first)
    generator = _GENERATOR.search(html)
    for platform, pattern, what in _MARKUP:
        if pattern.search(html) or (generator and pattern.search(generator.group(1))):
            if platform in linked:  # the page names its portal: start there
                found = linked[platform][1]
                return Detection(
                    found.platform, found.url, f"{what}, linked", found.tenant, found.options,
                    found.javascript,
                )  # fmt: skip
            # the page is the portal itself (a custom domain) or its API's answer
            again = from_url(url)
            start = again.url if again else url
            if platform == "civicplus" and not again:
                parts = urlsplit(url)
                start = f"{parts.scheme}://{parts.netloc}/AgendaCenter"
            return Detection(platform, start, what, tenant=_host(url))
    if linked:
        platform, (_, found) = max(linked.items(), key=lambda kv: kv[1][0])
        return Detection(
            found.platform, found.url, f"links to {found.evidence.removeprefix('host ')}",
            found.tenant, found.options, found.javascript,
        )  # fmt: skip
    return None


def detect(url: str, html: str | None = None) -> Detection | None:
    """The platform of ``url`` (and of ``html``, the page saved from it, when given)."""
    return from_url(url) or (from_page(url, html) if html else None)


# ---------------------------------------------------------------- the registry line


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def page_title(html: str | None) -> str | None:
    found = _TITLE.search(html or "")
    title = " ".join(found.group(1).split()) if found else ""
    return title or None


def registry_entry(
    detection: Detection,
    *,
    source_url: str,
    jurisdiction: str | None,
    body: str | None,
    checked: str,
) -> str:
    """A ``[[source]]`` table for ``spiders/sources.toml``, with its provenance."""
    slug_from = body or detection.tenant or _host(detection.url)
    slug = re.sub(r"[^a-z0-9]+", "-", slug_from.lower()).strip("-")[:40] or "source"
    lines = [
        "[[source]]",
        f'id = "{slug}"',
        'kind = "agenda"',
        f'platform = "{detection.platform}"',
        f'jurisdiction = "{jurisdiction or "TODO: ocd-division/country:us/state:xx/…"}"',
        f"body = {_toml_string(body or 'TODO: the body (board, council, court)')}",
        f"url = {_toml_string(detection.url)}",
    ]
    if detection.javascript:
        lines.append("javascript = true")
    if detection.options:
        inner = ", ".join(f"{k} = {_toml_string(str(v))}" for k, v in detection.options.items())
        lines.append(f"options = {{ {inner} }}")
    lines += [f"source_of_url = {_toml_string(source_url)}", f'checked = "{checked}"']
    return "\n".join(lines) + "\n"


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_COUNTY = re.compile(r"\b([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}) (County|Parish)\b")
_CITY = re.compile(r"\b(?:City|Town|Village) of ([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})")
_STATE_ZIP = re.compile(r",\s*([A-Z]{2})\.?\s+\d{5}\b")


def guess_jurisdiction(gazetteer: Any, *texts: str | None) -> Any | None:
    """The county or city a portal's title and page name, in the state its address gives
    (``…, TX 75202``); None unless exactly that is found in the gazetteer."""
    text = " ".join(t for t in texts if t)
    states = _STATE_ZIP.findall(text)
    if not states:
        return None
    state = max(set(states), key=states.count)
    for pattern, kind in ((_COUNTY, "county"), (_CITY, "place")):
        for match in pattern.finditer(text):
            name = match.group(1) if kind == "place" else f"{match.group(1)} {match.group(2)}"
            hit = gazetteer.find(kind, name, state)
            if hit is not None and hit[1] >= 95:
                return hit[0]
    return None
