"""Extraction: text by page, mentions, contract facts — on the labelled evaluation sets, the
real agenda and contract documents of the shared corpus, and broken files."""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extract import model as extract_model
from extract import text as text_module
from extract.dates import written_date
from extract.document import extract_file, extract_text
from extract.evaluate import Report, evaluate_documents, evaluate_passages
from extract.facts import contract_facts
from extract.mentions import KINDS, find_mentions
from extract.text import DocumentError, html_text, read_document, text_document
from tests.conftest import corpus_path, make_pdf

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(os.environ.get("ICEWATCH_CORPUS", Path(__file__).parents[2] / "shared" / "corpus"))
AGENDA_PDFS = CORPUS / "agendas" / "pdf"
CONTRACTS = CORPUS / "contracts"

# Thresholds. Alerts are read by people: a false positive costs a reader a glance, a miss can
# cost a vote nobody knew was coming, and a wrong expiry date sends organizers to the wrong
# meeting. The sets are small (75 passages), so one error moves a figure by 1-4 points; the
# thresholds leave room for two or three errors per figure, no more.
MIN_PRECISION = 0.93
MIN_RECALL = 0.93
MIN_DATE_ACCURACY = 0.9


def _cases(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text().splitlines() if line]


def evaluate(cases: list[dict]) -> dict[str, float]:
    tp = fp = fn = dates_right = dates = 0
    for case in cases:
        mentions = find_mentions(case["text"])
        got, want = {m.kind for m in mentions}, set(case["kinds"])
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        if case["expiry"] or case["basis"]:
            dates += 1
            mention = next((m for m in mentions if m.kind in want), None)
            reference = dt.date.fromisoformat(case["reference"])
            facts = contract_facts(mention, reference) if mention else None
            expiry = facts.expiry_date.isoformat() if facts and facts.expiry_date else None
            basis = facts.expiry_basis if facts else None
            dates_right += (expiry, basis) == (case["expiry"], case["basis"])
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "date_accuracy": dates_right / dates if dates else 1.0,
        "cases": len(cases),
    }


@pytest.mark.parametrize("name", ["extraction_eval.jsonl", "extraction_heldout.jsonl"])
def test_labelled_passages_meet_the_thresholds(name: str) -> None:
    # Written beside the rules: a regression check of the patterns, not a figure.
    figures = evaluate(_cases(name))
    print(f"\n{name}: {figures}")
    assert figures["precision"] >= MIN_PRECISION, figures
    assert figures["recall"] >= MIN_RECALL, figures
    assert figures["date_accuracy"] >= MIN_DATE_ACCURACY, figures


def test_the_labelled_sets_cover_every_kind_and_near_misses() -> None:
    written = _cases("extraction_eval.jsonl") + _cases("extraction_heldout.jsonl")
    real = _cases("extraction_real.jsonl")
    assert {k for c in written + real for k in c["kinds"]} == set(KINDS)
    assert sum(1 for c in written if not c["kinds"]) >= 20
    assert sum(1 for c in real if not c["ice_related"]) >= 20
    assert {c["basis"] for c in written} >= {"stated", "computed", "auto_renewal", "open_ended"}
    assert all(c["source"].startswith("http") for c in real)


# Real text: the scorer on labelled real passages and documents ------------------------------

# Real passages from public agendas, staff reports, codes and news (tests/fixtures/SOURCES.md).
# The extractor was tuned on them after their first run, so these thresholds guard against
# regressions; the figures that measure it are on sets it was not tuned on (closing notes).
REAL_THRESHOLDS = {
    "f1": 0.92,
    # the newest sets' first-run action misses stay in (how news words a decision varies most);
    # 0.875 since the 168th set, whose acts on "the program" name it only a sentence before
    "action": 0.87,
    "counterparty": 0.85,
    "per_diem": 0.9,  # of 54
    # of 21: six passages ("the agreement, which expires Aug. 31", "notifying the agency that
    # they plan to end their contract", "let the facility’s federal contract expire Sept. 15")
    # never name the agency or the program, so nothing is detected and no date is read
    "end_date": 0.7,
}


def _assert_figures(report: Report, thresholds: dict[str, float], *, near_miss_fire: float) -> None:
    print("\n" + report.text())
    for name, minimum in thresholds.items():
        value = report.figure(name)
        assert value is not None and value >= minimum, (name, value, minimum)
    quiet = report.figures["near_miss_quiet"]
    assert quiet.total == 0 or 1 - quiet.value <= near_miss_fire, quiet


def test_real_passages_meet_the_thresholds() -> None:
    # the rules alone: the learned fallback was trained on this set, so it would flatter it
    report = evaluate_passages(FIXTURES / "extraction_real.jsonl", model=False)
    assert report.cases == 7500
    _assert_figures(report, REAL_THRESHOLDS, near_miss_fire=0.05)


def test_real_passages_never_tuned_on_stay_above_a_floor() -> None:
    # Measured once after the last change to the rules: F1 0.737, no near miss fired. A floor
    # against regressions, not a target: rules are tuned on extraction_real.jsonl only.
    report = evaluate_passages(FIXTURES / "extraction_real_holdout.jsonl")
    _assert_figures(report, {"f1": 0.7, "counterparty": 0.6}, near_miss_fire=0.0)


def test_every_kind_and_field_is_scored_with_its_misses(tmp_path: Path) -> None:
    labels = tmp_path / "two.jsonl"
    lines = [
        json.loads(line)
        for line in (FIXTURES / "extraction_real.jsonl").read_text().splitlines()
        if '"fresno-ca-20-0563-title"' in line or '"elkriver-mn-2005-icearena-nearmiss"' in line
    ]
    lines[0]["end_date"] = "2026-06-22"  # a wrong label: the scorer must count a miss
    labels.write_text("\n".join(json.dumps(line) for line in lines))
    report = evaluate_passages(labels)
    assert report.kinds["other_federal_detention"].tp == 1
    assert report.figures["near_miss_quiet"].value == 1.0
    assert report.figures["end_date"].misses == [
        "fresno-ca-20-0563-title: want '2026-06-22' got '2026-06-21'"
    ]
    assert report.figures["start_date"].value == 1.0
    assert report.as_json()["overall"]["f1"] == 1.0


def test_extract_eval_command_prints_the_figures(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from flows.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["extract", "eval", str(FIXTURES / "extraction_real.jsonl")])
    assert result.exit_code == 0, result.output
    assert "overall (micro)" in result.output and "near_miss_quiet" in result.output
    as_json = runner.invoke(
        app, ["extract", "eval", "--json", str(FIXTURES / "extraction_real.jsonl")]
    )
    assert json.loads(as_json.output)["cases"] == 7500
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": 1, "text": "x"}\nnot json\n')
    failed = runner.invoke(app, ["extract", "eval", str(broken)])
    # main() prints a UsageError in one line and exits 2
    assert type(failed.exception).__name__ == "UsageError"
    assert f"{broken}:2: not a JSON object" in str(failed.exception)
    # the short form still reads one document
    item = tmp_path / "item.txt"
    item.write_text("Approve the renewal of the IGSA with ICE through June 30, 2030.")
    one = runner.invoke(app, ["extract", str(item)])
    assert one.exit_code == 0 and '"expiry_basis": "stated"' in one.output


# The development set (152 real passages) and the labelled contracts of the shared corpus. The
# rules were developed on these: the thresholds hold the figures reached, with little room.
DEV_THRESHOLDS = {
    "f1": 0.9,
    "action": 0.85,
    "counterparty": 0.88,
    "per_diem": 0.9,
    "beds": 0.9,
    "amount": 0.9,
}


@pytest.mark.corpus
def test_dev_passages_hold_their_figures() -> None:
    report = evaluate_passages(corpus_path("extract", "dev.jsonl"))
    _assert_figures(report, DEV_THRESHOLDS, near_miss_fire=0.0)
    for kind in ("igsa", "287g", "usms_iga", "data_sharing", "transport", "detainer"):
        assert report.kinds[kind].f1 >= 0.85, (kind, report.kinds[kind])


@pytest.mark.corpus
@pytest.mark.slow
def test_labelled_contracts_hold_their_figures() -> None:
    report = evaluate_documents(corpus_path("contracts", "LABELS.jsonl"))
    _assert_figures(
        report,
        {
            "f1": 0.95,
            "action": 0.95,
            "counterparty": 0.95,
            "basis": 0.95,
            "per_diem": 0.95,
            "start_date": 0.8,
        },
        near_miss_fire=0.0,
    )


def test_facts_of_a_renewal_item() -> None:
    text = (
        "14. Approve the renewal of the Intergovernmental Service Agreement with U.S. "
        "Immigration and Customs Enforcement for the housing of up to 150 beds through "
        "June 30, 2030 at a rate of $105 per detainee day, in the amount of $5,748,750."
    )
    (mention,) = find_mentions(text, page=3)
    facts = contract_facts(mention)
    assert (mention.kind, mention.page) == ("igsa", 3)
    assert facts.as_json() == {
        "kind": "igsa",
        "action": "renew",
        "counterparty": "ICE",
        "contract_number": None,
        "start_date": None,
        "end_date": "2030-06-30",
        "expiry_date": "2030-06-30",
        "expiry_basis": "stated",
        "amount": 5748750.0,
        "per_diem": 105.0,
        "beds": 150,
    }


DEMO_AGENDA = (
    Path(__file__).parents[1]
    / "spiders/demo/bodies/pinecrest-al.granicus.com-AgendaViewer.php-view_id-2-event_id-1162.pdf"
)


def test_an_agenda_with_several_agreements_keeps_each_ones_facts() -> None:
    """The demo's agenda (written by scripts/make_demo.py): item 3 terminates a USMS agreement,
    item 4 amends an IGSA with ICE whose text is a scan on page 2. The agenda is not the
    agreement, the termination's date is its end, and the IGSA's rate and term stay the
    IGSA's."""
    result = extract_file(DEMO_AGENDA)
    assert result.pages_ocr == 1
    by_kind = {c.facts.kind: c for c in result.contracts}
    assert set(by_kind) == {"usms_iga", "igsa"}
    usms, igsa = by_kind["usms_iga"].facts, by_kind["igsa"].facts
    assert (usms.action, usms.counterparty, usms.start_date, usms.end_date) == (
        "terminate",
        "USMS",
        None,
        dt.date(2026, 12, 31),
    )
    assert usms.per_diem is None  # the $89.00 is the IGSA's, on its own page
    # "Amendment No. 2" whose text extends the term: an extension
    assert (igsa.action, igsa.counterparty, igsa.expiry_date, igsa.per_diem) == (
        "extend",
        "ICE",
        dt.date(2027, 3, 31),
        89,
    )
    assert by_kind["igsa"].page == 2 and "extend the agreement" in by_kind["igsa"].quote
    # item 4 names ICE's agreement: the Marshals named in item 3 do not make it theirs
    item4 = [m for m in result.mentions if m.quote.startswith("4. Amendment")]
    assert [m.kind for m in item4] == ["igsa"]


def test_auto_renewal_dates_follow_the_reference_day() -> None:
    (mention,) = find_mentions("The IGSA with ICE renews annually on August 31.")
    assert contract_facts(mention, dt.date(2026, 8, 30)).expiry_date == dt.date(2026, 8, 31)
    assert contract_facts(mention, dt.date(2026, 9, 1)).expiry_date == dt.date(2027, 8, 31)


def test_dates_are_read_by_the_date_library() -> None:
    assert written_date("June 30, 2030") == dt.date(2030, 6, 30)
    assert written_date("30th day of June, 2030") == dt.date(2030, 6, 30)
    assert written_date("6/30/2030") == dt.date(2030, 6, 30)
    assert written_date("Smith 12, 2030") is None  # a capitalised word is not a month


def test_html_agenda_items_go_through_the_same_path(tmp_path: Path) -> None:
    page = tmp_path / "item.html"
    page.write_text(
        "<html><body><h1>Item 7</h1><p>Approve the <b>287(g)</b> Memorandum of Agreement"
        "<br>with ICE.</p><script>var ice = 1;</script></body></html>"
    )
    doc = read_document(page)
    assert doc.kind == "html" and doc.pages[0].screened
    assert (
        html_text(page.read_text())
        == "Item 7\nApprove the 287(g) Memorandum of Agreement\nwith ICE."
    )
    assert [m.kind for m in extract_file(page).mentions] == ["287g"]


# Real documents ------------------------------------------------------------------------------


@pytest.mark.corpus
def test_corpus_agendas_without_collaboration_screen_out_cheaply() -> None:
    for path in sorted(AGENDA_PDFS.glob("*.pdf")):
        result = extract_file(path, ocr=False)
        assert result.mentions == [], path.name
        assert result.pages_screened == 0, path.name
        assert result.page_count >= 1


@pytest.mark.corpus
def test_the_page_without_a_text_layer_is_read_by_ocr() -> None:
    path = AGENDA_PDFS / "right_minutes_file_a.pdf"
    if text_module.tesseract() is None:
        pytest.fail("tesseract is not installed: ./dev.sh setup installs it")
    doc = read_document(path)
    (page,) = doc.pages
    assert page.method == "ocr"
    assert "Board of Directors - Regular Board Meeting" in page.text
    assert "September 26, 2024" in page.text


def test_a_text_layer_of_glyph_codes_is_read_by_ocr() -> None:
    # A real 287(g) MOA page whose fonts have no Unicode map: its text layer covers the page
    # but reads "\x0b\x0c\x04…"; the term clause is only found by OCR.
    if text_module.tesseract() is None:
        pytest.fail("tesseract is not installed: ./dev.sh setup installs it")
    path = FIXTURES / "contracts/moa/noble_county_in_wso_moa_2025_page6.pdf"
    (page,) = read_document(path).pages
    assert page.method == "ocr"
    assert "becomes effective upon signature of both parties" in page.text
    (contract,) = [c for c in extract_file(path).contracts if c.facts.kind == "287g"]
    assert contract.facts.expiry_basis == "open_ended"
    assert "effect until" in (contract.term_quote or contract.quote)


def test_without_tesseract_the_page_is_reported_as_needing_ocr(monkeypatch) -> None:
    # Stands in for a machine without Tesseract: the lookup finds no binary. The demo's
    # agenda: a typed page, then a scan.
    monkeypatch.setattr(text_module, "tesseract", lambda: None)
    doc = read_document(DEMO_AGENDA)
    assert doc.needs_ocr == [2]
    (warning,) = doc.warnings
    assert "need OCR" in warning and "apt-get install tesseract-ocr" in warning


def _scan_with_typed_line(path: Path, *, typed: str, picture_text: str) -> Path:
    """A page covered by one image (a scan, its words drawn in it) with a typed text layer."""
    from PIL import Image, ImageDraw, ImageFont

    pdf = pdfium.PdfDocument(make_pdf(typed))
    page = pdf[0]
    picture = Image.new("L", (1275, 1650), 255)
    font = ImageFont.load_default(size=36)
    ImageDraw.Draw(picture).multiline_text((100, 150), picture_text, fill=0, font=font, spacing=20)
    image = pdfium.PdfImage.new(pdf)
    image.set_bitmap(pdfium.PdfBitmap.from_pil(picture))
    image.set_matrix(pdfium.PdfMatrix().scale(612, 792))
    page.insert_obj(image)
    page.gen_content()
    pdf.save(str(path))
    return path


def test_a_scan_with_a_thin_typed_layer_is_read_by_ocr(tmp_path: Path) -> None:
    # The typed layer is a signature line: 40 characters, 1 % of the page. The page is a scan.
    path = _scan_with_typed_line(
        tmp_path / "signed.pdf",
        typed="Signature: ____________  Date: ________",
        picture_text="Approve the renewal of the Intergovernmental\nService Agreement with "
        "U.S. Immigration and\nCustoms Enforcement through June 30, 2030.",
    )
    assert read_document(path, ocr=False).needs_ocr == [1]
    if text_module.tesseract() is None:
        pytest.fail("tesseract is not installed: ./dev.sh setup installs it")
    result = extract_file(path)
    assert result.pages_ocr == 1
    (contract,) = result.contracts
    assert (contract.facts.kind, contract.facts.action) == ("igsa", "renew")
    assert contract.facts.expiry_date == dt.date(2030, 6, 30)


def test_a_scan_with_an_ocr_text_layer_keeps_its_layer(tmp_path: Path) -> None:
    words = "This Memorandum of Agreement is entered into by ICE and the Sheriff."
    path = _scan_with_typed_line(
        tmp_path / "ocrd.pdf", typed="\n".join([words] * 50), picture_text=words
    )
    doc = read_document(path, ocr=False)
    assert doc.needs_ocr == [] and doc.pages[0].method == "pdfium"
    assert words in doc.pages[0].text


def _labels() -> list[dict]:
    path = CONTRACTS / "LABELS.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


@pytest.mark.corpus
@pytest.mark.slow
def test_real_287g_moas_are_open_ended_agreements_with_ice() -> None:
    moas = [label for label in _labels() if label["kind"] == "287g"]
    assert len(moas) == 20
    right = started = 0
    for label in moas:
        result = extract_file(CONTRACTS / label["local_path"])
        assert "287g" in {m.kind for m in result.mentions}, label["local_path"]
        contracts = [c for c in result.contracts if c.facts.kind == "287g"]
        assert len(contracts) == 1, (label["local_path"], contracts)
        facts = contracts[0].facts
        assert facts.counterparty == "ICE"
        right += (facts.action, facts.expiry_basis) == (label["action"], label["end_basis"])
        if label["start_date"]:
            # "effective upon signature of both parties": the later signature date, or the
            # date an addendum says the MOA was effective on
            started += str(facts.start_date) == label["start_date"]
    # the term clause as OCR spells it too: "will remain in effect 1U1til either party"
    assert right == 20, right
    assert started == 8, started


def test_real_detention_contracts_give_kind_and_per_diem() -> None:
    """The labelled IGSA and USMS IGA excerpts of the corpus, copied into tests/fixtures."""
    folder = FIXTURES / "contracts"
    labelled = [
        label
        for label in map(json.loads, (folder / "LABELS_igsa.jsonl").read_text().splitlines())
        if label["kind"] in {"igsa", "usms_iga"} and not label["local_path"].startswith("igsa/nijc")
    ]
    kinds_right = per_diems = per_diems_right = 0
    for label in labelled:
        result = extract_file(folder / label["local_path"])
        kinds_right += label["kind"] in {c.facts.kind for c in result.contracts}
        if label["per_diem"] is not None:
            per_diems += 1
            found = {float(c.facts.per_diem) for c in result.contracts if c.facts.per_diem}
            per_diems_right += label["per_diem"] in found
    assert kinds_right == len(labelled)
    # In prose ("The detainee day rate is $60.00") and in cost tables checked by arithmetic
    # ("1,500 PDs $55.00 $82,500.00").
    assert (per_diems, per_diems_right) == (4, 4)


def test_captured_contract_copies_are_scored_as_the_documents_they_copy() -> None:
    """A labelled set's text copy opens with its capture notes (SOURCE_URL, TITLE,
    DOCUMENT_DATE, …, "-----"): the scorer reads the title and the text after the line as the
    document, of that date. Short excerpts whose body reads like an agreement are agreements
    (their action comes from what they are), and "HOMELAND SECURITY U.S. IMMIGRATION AND
    CUSTOMS ENFORCEMENT" is not cut at "U.S."."""
    report = evaluate_documents(FIXTURES / "contracts" / "LABELS_igsa.jsonl")
    assert report.cases == 15
    assert report.overall.f1 == 1.0
    # "extended until 12/14/2018" is stated; "In effect for 20 years as of August 28, 2006"
    # starts then and ends 2026-08-27
    assert report.figures["end_date"].total == 2
    for figure in ("action", "counterparty", "per_diem", "basis", "end_date", "start_date"):
        assert report.figures[figure].value == 1.0, (figure, report.figures[figure].misses)


def test_an_agreement_quoted_as_a_passage_is_read_by_its_verbs() -> None:
    """The purpose clause of Morgan County's ICE IGSA (a real FOIA copy, in the real fixture)
    is an agreement when it is the document, so its action is the agreement's (approve); quoted
    as a passage, as agendas and reports quote it, it acts on nothing, and "the Immigration and
    Nationality Act, as amended" amends no agreement."""
    from extract.document import extract_text
    from extract.evaluate import predict_passage

    line = next(
        json.loads(row)
        for row in (FIXTURES / "extraction_real.jsonl").read_text().splitlines()
        if '"b15-morgan-igsa-purpose"' in row
    )
    passage = predict_passage(line["text"])
    assert passage.kinds == ["igsa"]
    assert passage.fields["action"] is None
    assert passage.fields["counterparty"] == "ICE"
    document = extract_text(text_document("igsa.txt", line["text"]))
    assert [c.facts.action for c in document.contracts] == ["approve"]


def test_a_term_running_from_an_undated_event_gives_no_expiry() -> None:
    """Butler County KS's USMS agreement (NIJC's summary of the FOIA copy, in the fixtures)
    took effect on 4/24/2001 and runs "for a period of fifteen (15) years commencing on the
    date of completion of all project(s) listed in Schedule B": the start is read, the beds
    too ("forty (40) federal prisoners … each day"), but no expiry is computed from a date the
    text never gives."""
    from extract.document import extract_text
    from extract.evaluate import _captured

    path = FIXTURES / "contracts" / "igsa" / "nijc_detention_index_butler-county-ks.txt"
    captured = _captured(path)
    assert captured is not None
    text, _ = captured
    result = extract_text(text_document(path.name, text))
    usms = [c.facts for c in result.contracts if c.facts.kind == "usms_iga"]
    assert usms and usms[0].start_date == dt.date(2001, 4, 24)
    assert usms[0].beds == 40
    assert all(c.facts.expiry_date is None for c in result.contracts)


def test_trigger_lookaheads_keep_every_match_of_the_rules_as_written() -> None:
    """Each rule's trigger is compiled behind a lookahead on the letters it can start with (a
    speed-up); on the real passages of the fixture every trigger finds exactly the matches of
    the pattern as written, and nearly every trigger gets a lookahead."""
    import re

    from extract.mentions import _COMPILED

    texts = [
        json.loads(row)["text"]
        for row in (FIXTURES / "extraction_real.jsonl").read_text().splitlines()[::3]
    ]
    with_lookahead = 0
    for rule, trigger, *_ in _COMPILED:
        as_written = re.compile(rule.trigger, re.I)
        with_lookahead += trigger.pattern != rule.trigger
        for text in texts:
            assert [m.span() for m in trigger.finditer(text)] == [
                m.span() for m in as_written.finditer(text)
            ], (rule.trigger[:60], text[:80])
    assert with_lookahead >= 0.9 * len(_COMPILED)


def _real(passage_id: str) -> dict:
    return next(
        json.loads(row)
        for row in (FIXTURES / "extraction_real.jsonl").read_text().splitlines()
        if f'"{passage_id}"' in row
    )


def test_a_short_page_lends_its_one_agency_to_a_contract_whose_paragraph_names_none() -> None:
    """NIJC's index entry for Contra Costa County's Marshals agreement (real, in the fixture)
    names the agency as a heading, the rate and the term in paragraphs of their own: the
    agreement is the Marshals', open-ended, at $82."""
    from extract.evaluate import predict_passage

    passage = predict_passage(_real("b46-nijc-contra-costa")["text"])
    assert passage.kinds == ["usms_iga"]
    assert passage.fields["counterparty"] == "USMS"
    assert passage.fields["end_basis"] == "open_ended"
    assert passage.fields["per_diem"] == 82.0


def test_a_term_in_effect_for_years_as_of_a_date_computes_its_expiry() -> None:
    """Pinal County's IGSA "In effect for 20 years as of August 28, 2006" ends the day before
    the twentieth anniversary."""
    from extract.evaluate import predict_passage

    passage = predict_passage(_real("b46-nijc-pinal")["text"])
    assert passage.fields["start_date"] == "2006-08-28"
    assert passage.fields["end_date"] == "2026-08-27"
    assert passage.fields["end_basis"] == "computed"


@pytest.mark.parametrize(
    ("passage_id", "end", "basis"),
    [
        ("b50-philly-2011-expires", "2011-08-31", "stated"),  # "which expires Aug. 31."
        ("b207-in-motion-failed", "2020-06-30", "stated"),  # "will expire Tuesday, June 30"
        ("b213-wp-not-up-until", "2026-09-30", "stated"),  # "until the end of September 2026"
        ("b52-lake-duration", None, "open_ended"),  # "The duration is indefinite"
        ("b143-tigard-life-of-agreement", None, "open_ended"),  # "remains in force unless …"
    ],
)
def test_expiry_wordings_of_real_passages(passage_id: str, end: str | None, basis: str) -> None:
    """The expiry as real passages word it: an abbreviated month without a year, a weekday
    before the date (the passage dated to its month only: its first day is the reference),
    a month's end with its year, an indefinite duration. The passages name no agency of their
    own, so each is read as the quote of a mention of its labelled kind."""
    from extract.evaluate import _date
    from extract.facts import contract_facts
    from extract.mentions import Mention

    label = _real(passage_id)
    text = label["text"]
    facts = contract_facts(
        Mention(label["kinds"][0], 0.9, text, 0, len(text), 1, text[:10]), _date(label["date"])
    )
    assert (str(facts.end_date) if facts.end_date else None, facts.expiry_basis) == (end, basis)


def test_action_words_are_whole_words_and_the_last_act_is_the_news() -> None:
    """ "significant" signs nothing (NORCOR's revenue figures); "He stopped his contract …, and
    then re-upped it again in March" renews (Butler County OH, 2025)."""
    from extract.evaluate import predict_passage

    revenue = _real("b39-norcor-ice-and-marshals-revenue")
    assert predict_passage(revenue["text"]).fields["action"] is None
    butler = _real("b37-butler-re-upped")
    reference = dt.date.fromisoformat(butler["date"])
    assert predict_passage(butler["text"], reference).fields["action"] == "renew"


def test_the_screen_loses_nothing_the_rules_would_find(monkeypatch) -> None:
    """The page screen only saves time: over every real passage (the fixture sets), what the
    rules find with the screen is what they find with it switched off. "NOTICE", "OFFICE" and
    "POLICE SERVICE" in capitals do not pass it."""
    from extract import mentions

    texts = [
        json.loads(row)["text"]
        for name in ("extraction_real.jsonl", "extraction_real_holdout.jsonl")
        for row in (FIXTURES / name).read_text().splitlines()
    ]
    # (the rules: for the learned fallback the screen is also what keeps it off pages that name
    # nothing of the subject)
    screened = [{m.kind for m in mentions.find_mentions(t, model=False)} for t in texts]

    class Open:
        def search(self, text: str) -> bool:
            return True

    monkeypatch.setattr(mentions, "SCREEN", Open())
    unscreened = [{m.kind for m in mentions.find_mentions(t, model=False)} for t in texts]
    assert screened == unscreened
    monkeypatch.undo()
    assert (
        mentions.SCREEN.search("PUBLIC NOTICE: OFFICE HOURS OF THE POLICE SERVICE DIVISION")
        is False
    )
    assert mentions.SCREEN.search("housed I.C.E. detainees") and mentions.SCREEN.search("I-247X")


def test_the_shipped_model_is_what_training_on_the_real_set_gives(tmp_path: Path) -> None:
    """extract/model.json is reproducible: `icewatch extract train` on the real passages writes
    the same bytes (the model learned from them and nothing else)."""
    from typer.testing import CliRunner

    from flows.cli import app

    out = tmp_path / "model.json"
    done = CliRunner().invoke(
        app, ["extract", "train", str(FIXTURES / "extraction_real.jsonl"), "--out", str(out)]
    )
    assert done.exit_code == 0, done.output
    assert "trained on 7500 passage(s)" in done.output
    assert out.read_bytes() == (Path(extract_model.__file__).with_name("model.json")).read_bytes()


def test_the_model_names_what_no_rule_recognizes_and_keeps_the_evidence() -> None:
    """A real passage of the never-tuned holdout that no rule recognizes: the model reads it
    as ICE renting jail beds, quoting the paragraph and the agency it names."""
    text = next(
        c["text"]
        for c in _cases("extraction_real_holdout.jsonl")
        if c["id"] == "jails-2025-capacity"
    )
    assert find_mentions(text, model=False) == []
    (mention,) = find_mentions(text)
    assert (mention.kind, mention.confidence, mention.trigger) == ("igsa", 0.6, "ICE")
    assert mention.quote == text and text[mention.start : mention.end] == text


def test_the_model_waits_for_the_rules_and_judges_unnamed_paragraphs_on_short_pages() -> None:
    """On a page the rules recognized, the model adds nothing (the Oakland item's second clause,
    "Terminate The Agreement With ICE", is the same item). A paragraph naming no federal agency
    is its to judge on a short page (an agenda item, a summary: one context), where the word
    that weighs most is the trigger; among the paragraphs of a long page it is not. Nor is a
    paragraph longer than what it learned from."""
    oakland = next(
        c["text"]
        for c in _cases("extraction_real.jsonl")
        if c["id"] == "oakland-ca-2017-rescind-tfo"
    )
    assert {m.kind for m in find_mentions(oakland)} == {"task_force"}
    real = {c["id"]: c for c in _cases("extraction_real.jsonl")}
    # "California has barred local governments from signing new contacts … for immigration
    # detention": no agency named, no rule fires
    unnamed = real["b59-orange-barred-new"]["text"]
    assert find_mentions(unnamed, model=False) == []
    (mention,) = find_mentions(unnamed)
    assert (mention.kind, mention.confidence, mention.quote) == ("igsa", 0.6, unnamed)
    assert mention.trigger in unnamed.split()
    # the same paragraph among real near misses that neither the rules nor the model recognize on
    # their own (the model's misfires on single near misses are the near-miss figure's), on a page
    # of 2,500+ characters
    quiet = [
        c["text"]
        for c in real.values()
        if not c["ice_related"] and not find_mentions(c["text"], model=False)
    ]
    quiet = [text for text in quiet if not find_mentions(text)]
    long_page = "\n\n".join([unnamed, *quiet])
    assert len(long_page) > 2500 and find_mentions(long_page, model=False) == []
    assert find_mentions(long_page) == []
    # the same words at more than the length of a passage it learned from
    assert extract_model.shipped().judge((unnamed + "\n") * 20) is None


def test_the_model_fires_on_no_near_miss_it_was_not_trained_on() -> None:
    """The shared corpus's dev.jsonl near misses (ICE rinks, county-to-county jail beds, other
    federal agreements) and the holdout's: the model stays quiet on every one."""
    near = [c["text"] for c in _cases("extraction_real_holdout.jsonl") if not c["ice_related"]]
    dev = CORPUS / "extract" / "dev.jsonl"
    if dev.exists() or os.environ.get("CI") == "true":
        near += [
            json.loads(row)["text"]
            for row in corpus_path("extract", "dev.jsonl").read_text().splitlines()
            if not json.loads(row)["ice_related"]
        ]
    assert len(near) >= 3
    assert [t for t in near if find_mentions(t) != find_mentions(t, model=False)] == []


# Broken files ----------------------------------------------------------------------------------


def _pdf(path: Path, pages: int = 2) -> Path:
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(612, 792)
    pdf.save(str(path))
    return path


def test_malformed_pdf_is_a_document_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    with pytest.raises(DocumentError, match=r"bad\.pdf: not a readable PDF .* download it again"):
        read_document(bad)


def test_truncated_pdf_is_a_document_error(tmp_path: Path) -> None:
    whole = _pdf(tmp_path / "whole.pdf", pages=3).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(DocumentError, match=r"cut\.pdf: not a readable PDF"):
        read_document(cut)


def test_encrypted_pdf_is_a_document_error(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(_pdf(tmp_path / "open.pdf")))
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as out:
        writer.write(out)
    with pytest.raises(DocumentError, match=r"locked\.pdf: the PDF is encrypted with a password"):
        read_document(locked)


def test_huge_pdfs_are_refused_with_the_limit_named(tmp_path: Path) -> None:
    many = _pdf(tmp_path / "many.pdf", pages=4)
    with pytest.raises(DocumentError, match=r"4 pages is more than the 3-page limit"):
        read_document(many, max_pages=3)
    sparse = tmp_path / "sparse.pdf"
    with sparse.open("wb") as out:  # a sparse file: no disk space used
        out.write(b"%PDF-1.7\n")
        out.truncate(text_module.MAX_BYTES + 1)
    with pytest.raises(DocumentError, match=r"MB is more than the 512 MB limit"):
        read_document(sparse)


def test_binary_that_is_not_a_pdf_is_a_document_error(tmp_path: Path) -> None:
    blob = tmp_path / "blob.bin"
    blob.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(DocumentError, match="neither a PDF nor text"):
        read_document(blob)


def test_an_empty_file_is_a_document_error(tmp_path: Path) -> None:
    # a failed download leaves a 0-byte file; it must not pass for a document with no mentions
    empty = tmp_path / "moa.pdf"
    empty.write_bytes(b"")
    with pytest.raises(DocumentError, match=r"moa\.pdf: the file is empty \(0 bytes\)"):
        read_document(empty)


@pytest.mark.parametrize(
    "clause",
    [
        # OCR'd 287(g) MOAs of 2019-2025 (github:appelson/Tracking_287g), as their text reads
        "This MOA becomes effective upon signature of both parties and will remain in effect "
        "until either\n\nparty terminates or suspends the MOA.",  # Venice PD, FL
        "This MOA becomes effective upon signature of both patiies and will remain in effect "
        "until eith.er \npatiy terminates or suspends the MOA.",  # Miami-Dade Sheriff, FL
        "This I \\10/\\ becomes effective upon signature of both parties and will remain i1 "
        "effect until either \nparty. upon 90-day written notice b the other party.",  # Okeechobee
        # and not OCR'd, the Texas Attorney General's 2025 Task Force Model MOA
        "This MOA will be in effect from the date of signing until it is terminated by either "
        "party. Either \nparty, upon written notice to the other party, may terminate the MOA.",
    ],
)
def test_ocr_noise_in_an_moa_term_clause_still_reads_open_ended(clause: str) -> None:
    doc = text_module.DocumentText(
        name="moa.pdf",
        kind="pdf",
        pages=[
            text_module.Page(
                1,
                "MEMORANDUM OF AGREEMENT\n\n" + "Section 287(g) of the "
                "Immigration and Nationality Act authorizes ICE to enter into this MOA. " * 20,
                "ocr",
                True,
            ),
            text_module.Page(
                2, "VII. EFFECTIVE DATE AND TERMINATION OF THIS MOA\n\n" + clause, "ocr", True
            ),
        ],
        page_count=2,
    )
    (contract,) = [c for c in extract_text(doc).contracts if c.facts.kind == "287g"]
    assert contract.facts.expiry_basis == "open_ended"
    assert contract.term_page == 2


# The cover page of two Marshals' IGAs (form USM-241) as their OCR'd copies read: Irwin County
# GA's of 2007 (prisonlegalnews.org) and Tazewell County IL's of 2006 (wixlib.com).
_IRWIN_FORM = (
    ".Multi-Agency Detention Services 1. Agreement Number 20u07-0058 2. Effective Date July 25, "
    "2007 4. Issuing Federal Agency United States Marshals Service Witness Security & Prisoner "
    "Operations Division Washington, DC 20530-1000 9, This agreement Is for the housing, "
    "safekeeping, and subsistence of federal_ prisoners, in accordance with content set forth · "
    "herein. 12. To Be Used if Prisoner Transportation is being provided, 10. 11. 18,250 $45.00 "
    "13. Guard Hour Rate: $ 14.50 MIieage shall be reimbursed by the Federal Governmer-,t at the "
    "GSA Federal Travel Regulatlon MIieage Rate. Agreement Number 20-07-0058 Authority"
)
_TAZEWELL_FORM = (
    "This agreement is for the housing,safekeeping, and subsistence offederal prisoners, in "
    "accordancewith the contents set forth herein.10.9.UNITESTIMATEDUSMSPRISONERDAYSUNIT PRICEAMOU "
    "'TRATEESTIMATEDANNUALPAYMENT 55.00 200,750.00PER DIEMPDs3,650!2.11.ESTIMATEDGUARDHOURSGHs500"
)


def test_a_marshals_form_gives_its_day_rate_not_its_guard_hour_rate() -> None:
    from extract.facts import rates

    # rate, annual payment and prisoner days, no dollar signs: 55.00 x 3,650 = 200,750.00
    assert rates(_TAZEWELL_FORM)[0] == Decimal("55.00")
    # "Guard Hour Rate: $ 14.50" is not the daily rate per prisoner
    assert rates(_IRWIN_FORM)[0] != Decimal("14.50")
    # a table's quantity times a unit price is no day rate
    assert rates("Item Qty 12 Unit 45.50 Total 546.00, delivery in 30 days")[0] is None


def test_the_clean_instance_of_a_garbled_agreement_number_wins() -> None:
    result = extract_text(text_document("irwin.txt", _IRWIN_FORM))
    assert [c.facts.contract_number for c in result.contracts] == ["20-07-0058"]
