"""Keyword watches: the terms as a user writes them, on real agenda passages; the
``[[watch]]`` configuration; and a watch added after the data is loaded, which finds its
matches at the next ``icewatch publish`` without any document to read."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import duckdb
import feedparser
import pytest

from extract.watch import Watch, WatchError, parse_term, parse_watches
from flows.config import ConfigError, example_toml, load_config
from tests.conftest import ROOT
from tests.test_cli import icewatch
from warehouse.db import open_warehouse
from warehouse.queries import extracted_documents

REAL = {
    row["id"]: row["text"]
    for row in map(json.loads, (ROOT / "tests/fixtures/extraction_real.jsonl").open())
}


def matching(term: str) -> set[str]:
    watch = Watch("w", (parse_term(term),))
    return {key for key, text in REAL.items() if watch.find(text)}


def test_phrases_and_across_real_passages() -> None:
    found = matching("sheriff's office AND 287(g)")
    # the straight apostrophe of the term finds the curly one of the news text
    assert {"denton-tx-2026-approved", "teller-co-2019-jem"} <= found
    # (any case: "ICE's 287(G) program")
    assert all("287(g)" in REAL[k].lower() for k in found)
    assert "denton-tx-2026-previous" not in found  # the Sheriff's Office, but no 287(g)


def test_not_excludes_and_the_wildcard_takes_endings() -> None:
    every = matching("detainee*")
    kept = matching('detainee* NOT "Border Protection"')
    # Fresno's CBP memorandum houses "Federal detainees": the NOT takes it out, nothing else
    assert "fresno-ca-20-0563-title" in every and "fresno-ca-20-0563-title" not in kept
    assert every - kept == {k for k in every if "Border Protection" in REAL[k]}
    assert "yuba-ca-2018-cap" in kept  # "detainees"
    assert not matching("detainee") - every


def test_the_quote_shows_the_words_that_matched() -> None:
    watch = Watch("w", (parse_term("per diem AND bed*"),))
    text = REAL["routefifty-2020-igsas"]
    match = watch.find(text)
    assert match is not None and match.term == "per diem AND bed*"
    assert "per diem" in match.quote.lower() and "bed" in match.quote.lower()
    assert len(match.quote) <= 420
    # a phrase split by a line break or a hyphen is the same phrase
    assert Watch("w", (parse_term("license plate reader*"),)).find(
        "approve the purchase of license-plate\nreaders from Flock Safety"
    )


@pytest.mark.parametrize(
    ("term", "says"),
    [
        ("NOT jail", "names nothing to look for"),
        ("jail AND", "AND with nothing after it"),
        ("jail NOT", "NOT with nothing after it"),
        ("   ", "names nothing to look for"),
    ],
)
def test_a_term_that_cannot_work_says_why(term: str, says: str) -> None:
    with pytest.raises(WatchError, match=says):
        parse_term(term)


def test_watches_in_the_configuration(tmp_path: Path) -> None:
    config = tmp_path / "icewatch.toml"
    config.write_text(
        "[icewatch]\nfeed_max_items = 50\n\n"
        '[[watch]]\nname = "Flock cameras"\nterms = ["Flock", "license plate reader*"]\n'
        'states = ["tx", "GA"]\n\n'
        '[[watch]]\nname = "Jail expansion"\nterms = "jail AND expansion NOT \\"work release\\""\n'
        'kinds = ["agenda"]\n'
    )
    loaded = load_config({"ICEWATCH_CONFIG": str(config)})
    assert loaded.feed_max_items == 50
    flock, jail = loaded.watches
    assert flock.slug == "flock-cameras" and flock.states == ("TX", "GA")
    assert [t.text for t in flock.terms] == ["Flock", "license plate reader*"]
    assert jail.terms[0].none_of == ("work release",) and jail.reads_agendas()
    assert not jail.reads_alert("287g.signed")
    # a changed term is a changed watch (it reads everything again); a new name is a new one
    assert flock.fingerprint != Watch(flock.name, flock.terms[:1], flock.states).fingerprint


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ('[[watch]]\nterms = ["x"]\n', "needs a name"),
        ('[[watch]]\nname = "A"\n', "needs terms"),
        ('[[watch]]\nname = "A"\nterms = ["x"]\ncolour = "red"\n', "unknown key 'colour'"),
        ('[[watch]]\nname = "A"\nterms = ["x"]\nstates = ["Texas"]\n', "two-letter"),
        ('[[watch]]\nname = "A"\nterms = ["x AND"]\n', "watch 'A': the term 'x AND'"),
        ('[[watch]]\nname = "A b"\nterms = ["x"]\n[[watch]]\nname = "a-B"\nterms = ["y"]\n', "two"),
        ('watch = "jail"\n', "as a [[watch]] table"),
    ],
)
def test_a_watch_that_cannot_work_names_the_file(tmp_path: Path, body: str, says: str) -> None:
    config = tmp_path / "icewatch.toml"
    config.write_text(body)
    with pytest.raises(ConfigError, match=re.escape(says)) as error:
        load_config({"ICEWATCH_CONFIG": str(config)})
    assert str(config) in str(error.value)


def test_the_documented_example_watch_works(tmp_path: Path) -> None:
    # the example in `icewatch config --toml` (and the shipped icewatch.toml), uncommented
    example = example_toml().split("# [[watch]]", 1)[1]
    config = tmp_path / "icewatch.toml"
    config.write_text("[[watch]]" + re.sub(r"(?m)^# ", "", example))
    (watch,) = load_config({"ICEWATCH_CONFIG": str(config)}).watches
    assert watch.name == "Jail expansion" and watch.kinds == ("agenda",)
    assert watch.find("plans for a new jail annex") and not watch.find(
        "jail expansion for work release"
    )


def test_parse_watches_keeps_the_order_written() -> None:
    tables = [{"name": n, "terms": ["x"]} for n in ("b", "a", "c")]
    assert [w.name for w in parse_watches(tables)] == ["b", "a", "c"]


def test_a_document_read_before_pages_were_kept_is_read_again(tmp_path: Path) -> None:
    with open_warehouse(tmp_path / "w.duckdb") as con:
        con.execute(
            "INSERT INTO document_extractions (sha256, extractor, pages_stored, error) VALUES "
            "('old', '2', NULL, NULL), ('new', '2', TRUE, NULL), ('broken', '2', NULL, 'x')"
        )
        assert extracted_documents(con, "2") == {"new", "broken"}


def _feed(public: Path, slug: str) -> feedparser.FeedParserDict:
    parsed = feedparser.parse((public / "feeds" / "watch" / f"{slug}.xml").read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    return parsed


@pytest.mark.slow
def test_a_watch_added_later_finds_its_matches_without_reading_documents(tmp_path: Path) -> None:
    done = icewatch("run", "--demo", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    home = tmp_path / "var"
    public = home / "public"
    # the demo's own watches: the jail's food contract is kept out by "NOT food"
    jail = _feed(public, "jail-contracts")
    assert jail.entries and not any("food services" in e.description for e in jail.entries)
    # Nothing to read any more: the documents are gone.
    shutil.rmtree(home / "documents")
    (tmp_path / "icewatch.toml").write_text(
        '[[watch]]\nname = "Federal prisoners"\nterms = ["federal prisoner*", "detainee* NOT '
        'Pinecrest"]\n\n[[watch]]\nname = "Marshals in Alabama"\nterms = ["Marshals Service"]\n'
        'states = ["AL"]\n\n[[watch]]\nname = "Marshals in Florida"\n'
        'terms = ["Marshals Service"]\njurisdictions = ["Gulfview County, FL"]\n\n'
        '[[watch]]\nname = "Neighbors"\nterms = ["county\'s immigrant neighbor*"]\n'
    )
    published = icewatch("publish", cwd=tmp_path)
    assert published.returncode == 0, published.stderr[-3000:]
    assert "new keyword watch match(es)" in published.stdout
    prisoners = _feed(public, "federal-prisoners")
    texts = [e.title + " " + e.description for e in prisoners.entries]
    # Pinecrest's page 1 names "federal prisoners"; Gulfview's agenda "ICE detainees"; the
    # extension on Pinecrest's page 2 has detainees and Pinecrest: the NOT takes it out
    assert any("Pinecrest" in t and "federal prisoners" in t for t in texts)
    assert any("Gulfview" in t and "detainees" in t for t in texts)
    pinecrest = [e.title for e in prisoners.entries if "Pinecrest" in e.title]
    assert pinecrest == [
        "Federal prisoners: Pinecrest County Commission on 2026-12-01, page 1 of the agenda"
    ]
    assert all("Evidence: “" in e.description for e in prisoners.entries)
    alabama = _feed(public, "marshals-in-alabama")
    assert alabama.entries and all(", AL.</p>" in e.description for e in alabama.entries)
    assert not _feed(public, "marshals-in-florida").entries  # an empty feed, to subscribe to
    # the straight apostrophe of the term finds the curly one of Pinecrest's agenda
    (neighbors,) = _feed(public, "neighbors").entries
    assert "county’s immigrant neighbors" in neighbors.description
    # the demo's watches are not in this configuration: their feeds are gone
    assert not (public / "feeds" / "watch" / "jail-contracts.xml").exists()
    opml = (public / "feeds.opml").read_text()
    assert "feeds/watch/federal-prisoners.xml" in opml
    # Publishing again finds nothing new and rewrites nothing.
    again = icewatch("publish", cwd=tmp_path)
    assert again.returncode == 0 and "new keyword watch" not in again.stdout
    assert "(0 rewritten)" in again.stdout
    with duckdb.connect(str(home / "icewatch.duckdb"), read_only=True) as con:
        by_watch = dict(
            con.execute(
                "SELECT json_extract_string(data, '$.watch'), count(*) FROM alerts "
                "WHERE kind = 'watch.match' GROUP BY 1"
            ).fetchall()
        )
    assert by_watch["Federal prisoners"] == len(prisoners.entries)
    assert by_watch["Marshals in Alabama"] == len(alabama.entries)
