"""`icewatch sources detect` and `sources add`: the platform of a portal from its address or from
a real saved page, and the registry line, checked before it is written."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from spiders.detect import detect, from_url
from spiders.sources import default_registry, known_platforms, load_sources
from tests.conftest import corpus_path

SAVED = Path(__file__).parent / "fixtures" / "agendas"
NEUTRAL = "https://www.example.gov/government/meetings"  # an address that names nothing


@pytest.mark.parametrize(
    ("url", "platform", "start"),
    [
        ("https://cook-county.legistar.com/Calendar.aspx", "legistar", "https://cook-county.legistar.com"),
        ("https://webapi.legistar.com/v1/phila/events", "legistar", "https://phila.legistar.com"),
        ("https://lawa.granicus.com/ViewPublisher.php?view_id=4", "granicus",
         "https://lawa.granicus.com/ViewPublisher.php?view_id=4"),
        ("https://atlantacityga.iqm2.com/Citizens/Default.aspx", "iqm2",
         "https://atlantacityga.iqm2.com/Citizens/Calendar.aspx"),
        ("https://lacity.primegov.com/public/portal", "primegov", "https://lacity.primegov.com"),
        ("https://donaanaconm.portal.civicclerk.com/", "civicclerk",
         "https://donaanaconm.portal.civicclerk.com"),
        ("https://go.boarddocs.com/oh/columbus/Board.nsf/Public#", "boarddocs",
         "https://go.boarddocs.com/oh/columbus/Board.nsf/Public"),
        ("https://go.boarddocs.com/oh/cmsd/Board.nsf/XML-ActiveMeetings", "boarddocs",
         "https://go.boarddocs.com/oh/cmsd/Board.nsf/XML-ActiveMeetings"),
        ("https://dinuba.novusagenda.com/agendapublic/meetingsgeneral.aspx", "novusagenda",
         "https://dinuba.novusagenda.com/agendapublic"),
        ("https://dallascounty.civicweb.net/Portal/MeetingSchedule.aspx", "civicweb",
         "https://dallascounty.civicweb.net/Portal/MeetingSchedule.aspx"),
        ("https://pub-chulavista.escribemeetings.com/?Year=2026", "escribe",
         "https://pub-chulavista.escribemeetings.com/"),
        ("https://meetings.municode.com/PublishPage?cid=CLOVIS&ppid=5157d66d&p=1", "municode",
         "https://meetings.municode.com/PublishPage?cid=CLOVIS&ppid=5157d66d&p=1"),
        ("https://onbase.akronohio.gov/OnBaseAgendaOnline/Meetings/ViewMeeting?id=262", "onbase",
         "https://onbase.akronohio.gov/OnBaseAgendaOnline/Meetings/Search"),
        ("https://www.nashcountync.gov/AgendaCenter/Search/?term=", "civicplus",
         "https://www.nashcountync.gov/AgendaCenter"),
        ("https://chicityclerkelms.chicago.gov/Meetings/", "chicago_elms",
         "https://chicityclerkelms.chicago.gov/Meetings"),
    ],
)  # fmt: skip
def test_the_address_names_the_platform(url: str, platform: str, start: str) -> None:
    found = from_url(url)
    assert found is not None and (found.platform, found.url) == (platform, start)
    assert platform in known_platforms()


def test_vendor_sites_name_no_platform() -> None:
    for url in ("https://www.civicplus.com/", "https://analytics.civicplus.com/x", NEUTRAL):
        assert from_url(url) is None


@pytest.mark.corpus
def test_a_plain_city_calendar_names_no_platform() -> None:
    # a city's own events calendar (Chula Vista's, beside its eScribe portal) names none
    calendar = corpus_path("agendas", "escribe/sandie_citychula_calendar.html")
    assert detect(NEUTRAL, calendar.read_text(encoding="utf-8", errors="replace")) is None


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("relative", "platform"),
    [
        ("granicus/il_metra_board.html", "granicus"),
        ("granicus/san_diego_city_publicsafety_com_archived.html", "granicus"),
        ("iqm2/atl_city_council.html", "iqm2"),
        ("iqm2/cc_police_safety.html", "iqm2"),
        ("civicplus/civplus_alameda_water.html", "civicplus"),
        ("civicplus/civplus_agenda_search_results_page.html", "civicplus"),
        ("civicplus/lascruc_anthony_city_cat3_2026.html", "civicplus"),
        ("novusagenda/fre_dinuba_city_council.html", "novusagenda"),
        ("municode/clovis_city_council.html", "municode"),
        ("onbase/akr_city_council.html", "onbase"),
        ("legistar_web/chicago_events.html", "legistar"),
        ("legistar_web/nyc_events.html", "legistar"),
        # saved API answers: the field names give the platform away
        ("legistar_api/event.json", "legistar"),
        ("primegov/atl_clayton_co_boc_meetings.json", "primegov"),
        ("primegov/la_city_government.html", "primegov"),
        ("civicclerk/forestpark_city_council.json", "civicclerk"),
        ("civicclerk/lascruc_dona_ana_county_other_agencies.json", "civicclerk"),
        ("escribe/sandie_citychula.json", "escribe"),
        ("civicweb/oma_sarpy_boc.json", "civicweb"),
        ("civicweb/daltx_ccc_links.json", "civicweb"),
        ("boarddocs/colum_boe_meetings.json", "boarddocs"),
        ("boarddocs/akr_public_schools.xml", "boarddocs"),
    ],
)
def test_a_saved_page_names_its_platform_when_the_address_does_not(
    relative: str, platform: str
) -> None:
    html = corpus_path("agendas", relative).read_text(encoding="utf-8", errors="replace")
    found = detect(NEUTRAL, html)
    assert found is not None and found.platform == platform, (relative, found)


REAL = Path(__file__).parent / "fixtures" / "agendas" / "real"  # copied from the corpus
REAL_PAGES = sorted(
    str(p.relative_to(REAL)) for p in REAL.rglob("*.*") if p.name != "colum_boe_agenda.html"
)


@pytest.mark.parametrize("relative", REAL_PAGES)
def test_a_real_page_of_the_fixtures_names_its_platform(relative: str) -> None:
    platform = relative.split("/")[0].split("_")[0]  # legistar_api, legistar_web: legistar
    html = (REAL / relative).read_text(encoding="utf-8", errors="replace")
    found = detect(NEUTRAL, html)
    assert found is not None and found.platform == platform, (relative, found)


@pytest.mark.parametrize(
    ("name", "platform"),
    [
        ("granicus_lawa_odd_even.html", "granicus"),
        ("granicus_tulsa_listing_row.html", "granicus"),
        ("granicus_lausd_client_table.html", "granicus"),
        ("municode_clovis_planning.html", "municode"),
        ("onbase_akron_committees.html", "onbase"),
        ("chicago_elms_meetings.json", "chicago_elms"),
        ("boarddocs_cmsd_xml_feed.xml", "boarddocs"),
    ],
)
def test_unseen_saved_pages_name_their_platform(name: str, platform: str) -> None:
    html = (SAVED / name).read_text(encoding="utf-8", errors="replace")
    found = detect(NEUTRAL, html)
    assert found is not None and found.platform == platform


def test_a_city_page_that_links_to_its_portal_starts_at_the_portal() -> None:
    html = (SAVED / "granicus_lausd_client_table.html").read_text(encoding="utf-8")
    found = detect("https://www.laschoolboard.org/meetings", html)
    assert found is not None and found.url.startswith("https://lausd.granicus.com")


def test_detect_prints_a_registry_line_with_its_provenance() -> None:
    result = CliRunner().invoke(
        app,
        [
            "sources",
            "detect",
            "https://dallascounty.civicweb.net/Portal/MeetingSchedule.aspx",
            "--jurisdiction",
            "Dallas County, TX",
            "--body",
            "Dallas County Commissioners Court",
        ],
    )
    assert result.exit_code == 0, result.output
    entry = tomllib.loads(result.stdout)["source"][0]
    assert entry["platform"] == "civicweb"
    assert entry["jurisdiction"] == "ocd-division/country:us/state:tx/county:dallas"
    assert entry["source_of_url"] == "https://dallascounty.civicweb.net/Portal/MeetingSchedule.aspx"
    assert entry["id"] == "dallas-county-commissioners-court" and entry["checked"]


def test_detect_says_what_to_do_when_no_platform_is_recognized(tmp_path: Path) -> None:
    page = tmp_path / "calendar.html"
    page.write_text("<html><title>City Calendar</title><body>Events</body></html>")
    result = CliRunner().invoke(app, ["sources", "detect", NEUTRAL, "--html", str(page)])
    assert result.exit_code == 1
    assert "no supported agenda platform recognized" in result.output


def test_add_appends_a_checked_line_and_refuses_a_bad_one(tmp_path: Path) -> None:
    registry = tmp_path / "sources.toml"
    shutil.copy(default_registry(), registry)
    before = len(load_sources(registry))
    args = ["sources", "add", "--registry", str(registry)]
    added = CliRunner().invoke(
        app,
        [
            *args,
            "https://dinuba.novusagenda.com/agendapublic",
            "--jurisdiction",
            "Dinuba, CA",
            "--body",
            "Dinuba City Council",
        ],
    )
    assert added.exit_code == 0, added.output
    sources = load_sources(registry)
    assert len(sources) == before + 1
    assert (sources[-1].platform, sources[-1].jurisdiction) == (
        "novusagenda",
        "ocd-division/country:us/state:ca/place:dinuba",
    )
    text = registry.read_text()
    again = CliRunner().invoke(  # the same id again: refused, the file untouched
        app,
        [
            *args,
            "https://dinuba.novusagenda.com/agendapublic",
            "--jurisdiction",
            "Dinuba, CA",
            "--body",
            "Dinuba City Council",
        ],
    )
    assert again.exit_code == 1 and "used twice" in again.output
    assert registry.read_text() == text


# --- the registry itself ----------------------------------------------------------------


def test_the_registry_reaches_the_counties_and_says_where_each_url_came_from() -> None:
    sources = load_sources()
    agenda = [s for s in sources if s.kind == "agenda"]
    assert len(agenda) >= 400
    assert all(s.source_of_url and s.checked for s in agenda), [
        s.id for s in agenda if not (s.source_of_url and s.checked)
    ][:5]
    from spiders.sources import state_of

    states = [state_of(s.jurisdiction) for s in agenda]
    assert states == sorted(states)  # one file, sorted by state: reviewable
    by_id = {s.id: s for s in sources}
    # portals that moved
    assert by_id["chicago-council"].platform == "chicago_elms"
    assert by_id["san-antonio-council"].url == "https://sanantonio.primegov.com"
    assert by_id["long-beach-council"].platform == "primegov"
    assert by_id["dona-ana-county-bocc"].url == "https://donaanaconm.portal.civicclerk.com"
    assert by_id["anthony-nm-trustees"].url.startswith("https://www.cityofanthonynm.gov/")
    assert by_id["nash-county-commissioners"].url == "https://www.nashcountync.gov/AgendaCenter"
    # every generated URL is one the spiders' own detection recognizes
    for s in agenda:
        found = from_url(s.url)
        assert found is not None and found.platform in {s.platform, "legistar"}, s.id


def test_list_filters_by_state_and_counts(tmp_path: Path) -> None:
    runner = CliRunner()
    texas = runner.invoke(app, ["sources", "list", "--state", "tx"])
    assert texas.exit_code == 0
    lines = texas.output.splitlines()
    assert len(lines) >= 40 and all("/state:tx" in line for line in lines)
    counted = runner.invoke(app, ["sources", "list", "--counts"])
    assert "by platform:" in counted.output and "by state:" in counted.output
    assert "civicplus" in counted.output and "  TX " in counted.output
    platforms = runner.invoke(app, ["sources", "list", "--platforms"]).output.split()
    assert {"novusagenda", "civicweb", "escribe", "municode", "onbase", "chicago_elms"} <= set(
        platforms
    )


def test_coverage_counts_bodies_in_counties_with_an_ice_jail(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ICEWATCH_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    empty = runner.invoke(app, ["sources", "coverage"])
    assert empty.exit_code == 1 and "icewatch run" in empty.output
    workbook = Path(__file__).parent / "fixtures" / "FY26_detentionStats_04092026_trimmed.xlsx"
    loaded = runner.invoke(app, ["detention", "load", str(workbook)])
    assert loaded.exit_code == 0, loaded.output
    result = runner.invoke(app, ["sources", "coverage", "--missing"])
    assert result.exit_code == 0, result.output
    assert "counties with a 287(g) agreement or an ICE-used jail" in result.output
    assert "with an ICE-used jail" in result.output and "missing: ocd-division" in result.output
