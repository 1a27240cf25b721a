"""What a hostile portal or file can make icewatch do: no reads of local files or internal
addresses, by link or by redirect."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spiders.urlpolicy import url_refusal
from tests.conftest import make_pdf
from tests.test_agenda_crawl import COOK, EVENTS, WINDOW
from tests.test_replay_crawl import crawl_registered, write_replay


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("file:///etc/passwd", "file scheme"),
        ("data:text/plain;base64,aGk=", "data scheme"),
        ("ftp://127.0.0.1/x", "ftp scheme"),
        ("javascript:alert(1)", "javascript scheme"),
        ("//no-scheme.example/x.pdf", "no scheme"),
        ("http://127.0.0.1/a.pdf", "127.0.0.1 is a loopback address"),
        ("http://127.1/a.pdf", "127.0.0.1 is a loopback address"),
        ("http://2130706433/a.pdf", "127.0.0.1 is a loopback address"),
        ("http://0x7f000001/a.pdf", "127.0.0.1 is a loopback address"),
        ("http://[::1]/b.pdf", "::1 is a loopback address"),
        ("http://[::ffff:10.0.0.1]/b.pdf", "10.0.0.1 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
        ("http://10.0.0.1/c.pdf", "10.0.0.1 is a private address"),
        ("http://192.168.1.1/", "192.168.1.1 is a private address"),
        ("http://100.64.0.1/", "100.64.0.1 is not a public address"),
        ("http://0.0.0.0/", "0.0.0.0 is a "),
        ("http://localhost:8000/", "localhost is a local name"),
        ("http://printer.local/", "printer.local is a local name"),
    ],
)
def test_url_policy_refuses(url: str, why: str) -> None:
    refusal = url_refusal(url)
    assert refusal is not None and why in refusal


@pytest.mark.parametrize(
    "url",
    [
        "https://www.ice.gov/doclib/about/287g/participatingAgencies05182026am.xlsx",
        "http://8.8.8.8/x.pdf",
        "https://cook-county.legistar1.com/att/igsa.pdf",
    ],
)
def test_url_policy_allows_public_http(url: str) -> None:
    assert url_refusal(url) is None


HOSTILE = [
    "file:///etc/passwd",
    "data:application/pdf;base64,JVBERi0xLjQK",
    "ftp://127.0.0.1/agreement.pdf",
    "http://127.0.0.1:9/a.pdf",
    "http://[::1]/b.pdf",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/c.pdf",
    "http://2130706433/d.pdf",
    "not a url at all",
]


@pytest.mark.slow
def test_a_portal_cannot_make_the_crawl_read_local_files_or_addresses(tmp_path: Path) -> None:
    """A Legistar item whose attachments are hostile links, and one whose link redirects to a
    private address: nothing of them is fetched or stored, each refusal is named, and the
    item's honest attachment is stored; the source is not failed for it."""
    from spiders.spiders.legistar import LegistarSpider

    spider = LegistarSpider(source=COOK)
    spider.window = WINDOW
    attachments = [
        {"MatterAttachmentName": f"link {n}", "MatterAttachmentHyperlink": url}
        for n, url in enumerate(
            [*HOSTILE, "https://cook-county.legistar1.com/att/redirect.pdf", GOOD]
        )
    ]
    item = {
        "EventItemId": 9001,
        "EventItemAgendaNumber": "26-0412",
        "EventItemTitle": "Intergovernmental service agreement with U.S. Immigration and "
        "Customs Enforcement for detention bed space",
        "EventItemMatterAttachments": attachments,
    }
    api = "https://webapi.legistar.com/v1/cook-county"
    items = f"{api}/events/501/eventitems?AgendaNote=1&MinutesNote=0&Attachments=1"
    replay = write_replay(
        tmp_path / "replay",
        [
            {"url": spider.events_url(), "content": json.dumps(EVENTS[:1])},
            {"url": items, "content": json.dumps([item])},
            {"url": EVENTS[0]["EventAgendaFile"], "status": 404, "content": "gone"},
            {
                "url": "https://cook-county.legistar1.com/att/redirect.pdf",
                "status": 302,
                "headers": {"Location": "http://10.0.0.1/internal.pdf"},
            },
            {
                "url": GOOD,
                "content": make_pdf("IGSA"),
                "headers": {"Content-Type": "application/pdf"},
            },
        ],
    )
    result, _ = crawl_registered(tmp_path, replay, "cook-county-board", DOWNLOAD_DELAY=0)
    stored = [d["url"] for d in result.documents]
    assert stored == [GOOD]
    assert len(list((tmp_path / "documents").rglob("*.*"))) == 1
    refused = "\n".join(result.refused)
    for url in HOSTILE:
        assert url[:40] in refused, url
    assert "refused http://10.0.0.1/internal.pdf: 10.0.0.1 is a private address" in refused
    # The agenda PDF's 404 is the only failure: refusals fail nothing.
    assert result.failures == [f"cook-county-board: HTTP 404 ({EVENTS[0]['EventAgendaFile']})"]


GOOD = "https://cook-county.legistar1.com/att/igsa.pdf"
