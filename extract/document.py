"""One document's extraction: mentions by page, and its contracts with their evidence.

A contract's facts come first from the passages that mention it. A document that *is* the
contract (an MOA, an IGSA attached to an agenda) states its term in a clause of its own
("This MOA … will remain in effect until either party … provides notice of termination"),
often without naming ICE; such clauses are looked for on the pages of its mentions and the
two pages after each, and fill what the passages left open.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field, fields
from pathlib import Path

from extract.dates import written_date
from extract.facts import (
    _PARTIES,
    DATE_PATTERN,
    ContractFacts,
    contract_facts,
    contract_number,
    rates,
    term_facts,
)
from extract.limits import guarded
from extract.mentions import _SHORT_PAGE, CONTRACT_KINDS, Mention, agencies_named, find_mentions
from extract.text import DocumentText, read_document

_NEAR_PAGES = 2
_AGREEMENT_WORDS = re.compile(
    r"\b(?:agreement|MOA|MOU|IGSA|IGA|contract|term|expir\w*|renew\w*|terminat\w*)\b", re.I
)
# In an agreement's own text, the sentence of its term names it even where OCR garbled the
# name ("This I \\10/\\ becomes effective upon signature … will remain i1 effect until either")
_OWN_TERM = re.compile(r"\bbecomes\s+effective|\bremain\s+\S{2}\s+effect\b", re.I)
# a blank line ends a sentence unless the next line goes on in lower case: OCR puts blank lines
# inside sentences ("will remain in effect until either\n\nparty terminates")
_SENTENCE_SPLIT = re.compile(r"(?<=[.;])\s+(?=[A-Z(])|\n\s*\n(?!\s*[a-z])")


@dataclass
class ContractFinding:
    """A contract as one document states it, with the passage that shows it."""

    facts: ContractFacts
    page: int | None
    quote: str
    term_page: int | None = None  # where the term clause was found, when not in the quote
    term_quote: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            **self.facts.as_json(),
            "page": self.page,
            "quote": self.quote,
            "term_page": self.term_page,
            "term_quote": self.term_quote,
        }


@dataclass
class Extraction:
    name: str
    kind: str
    page_count: int
    pages_screened: int
    pages_ocr: int
    needs_ocr: list[int]
    mentions: list[Mention]
    contracts: list[ContractFinding]
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # every page's text as read, (page, text), for keyword watches to search later
    texts: list[tuple[int, str]] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        return {
            "name": self.name,
            "kind": self.kind,
            "pages": self.page_count,
            "pages_screened": self.pages_screened,
            "pages_ocr": self.pages_ocr,
            "needs_ocr": self.needs_ocr,
            "mentions": len(self.mentions),
            "contracts": len(self.contracts),
            "warnings": self.warnings,
            "seconds": round(self.seconds, 3),
        }


@guarded("PDF, HTML or text document")
def extract_file(
    path: str | Path,
    *,
    name: str | None = None,
    reference: dt.date | None = None,
    ocr: bool = True,
    model: bool = True,
) -> Extraction:
    """Read and extract one file. Raises :class:`extract.text.DocumentError` when the file
    cannot be read at all. ``model``: let the learned fallback judge what no rule recognizes."""
    started = time.monotonic()
    doc = read_document(path, name=name, ocr=ocr)
    result = extract_text(doc, reference=reference, model=model)
    result.seconds = time.monotonic() - started
    return result


def extract_text(
    doc: DocumentText, *, reference: dt.date | None = None, model: bool = True
) -> Extraction:
    mentions = [
        m for page in doc.screened for m in find_mentions(page.text, page.number, model=model)
    ]
    return Extraction(
        name=doc.name,
        kind=doc.kind,
        page_count=doc.page_count,
        pages_screened=len(doc.screened),
        pages_ocr=sum(1 for p in doc.pages if p.method == "ocr"),
        needs_ocr=doc.needs_ocr,
        mentions=mentions,
        contracts=contracts_of(doc, mentions, reference),
        warnings=list(doc.warnings),
        texts=[(p.number, p.text) for p in doc.pages if p.text.strip()],
    )


def contracts_of(
    doc: DocumentText, mentions: list[Mention], reference: dt.date | None = None
) -> list[ContractFinding]:
    """One finding per (kind, number) the document's mentions speak of."""
    kinds = {m.kind for m in mentions}
    groups: dict[tuple[str, str | None], list[tuple[Mention, ContractFacts]]] = {}
    for mention in mentions:
        if mention.kind not in CONTRACT_KINDS:
            continue
        if mention.kind == "task_force" and "287g" in kinds:
            continue  # a 287(g) Task Force Model MOA: the task force is the 287(g) agreement
        facts = contract_facts(mention, reference)
        groups.setdefault((facts.kind, facts.contract_number), []).append((mention, facts))
    # A group without a number joins the numbered group of the same kind.
    for key in [k for k in groups if k[1] is None]:
        numbered = [k for k in groups if k[0] == key[0] and k[1] is not None]
        if len(numbered) == 1:
            groups[numbered[0]].extend(groups.pop(key))
    whole = is_contract_document(doc)
    findings = []
    for members in groups.values():
        best_mention, _ = max(members, key=lambda mf: (_known(mf[1]), mf[0].confidence))
        merged = _merge([facts for _, facts in members])
        if whole:
            # The agreement itself: verbs in its clauses ("may terminate", "extends to") are
            # not actions; its opening says whether it is new or an amendment or renewal.
            merged.action = _document_action(doc)
        finding = ContractFinding(merged, best_mention.page, best_mention.quote)
        # a page that speaks only of another agreement lends this one nothing
        others = {m.page for m in mentions if m.page} - {
            m.page for m in mentions if m.kind == merged.kind
        }
        _fill_from_nearby_pages(doc, finding, {m.page for m, _ in members}, reference, others)
        findings.append(finding)
    return findings


_CONTRACT_HEADER = re.compile(
    r"memorandum\s+of\s+(?:agreement|understanding)|inter-?\s?governmental\s*(?:service\s*)?"
    r"agreement|agreement\s+(?:number|no\.)|this\s+(?:agreement|MOA)\s+is\s+entered",
    re.I,
)


_CONTRACT_BODY = re.compile(
    r"\bagreement\s+number\b|\barticle\s+I\b|\bthe\s+purpose\s+of\s+this\s+(?:inter|agreement|MOA|"
    r"IGS?A)|\bthis\s+(?:inter-?\s?governmental\s+service\s+)?(?:agreement|MOA|IGSA|IGA)\s+(?:is\s+"
    r"(?:entered|for)|shall|sets\s+forth)",
    re.I,
)


_AGENDA_OPENING = re.compile(
    r"^\W*(?:item\s+\S+\s+)?(?:approv|authoriz|adopt|consider|discuss|accept|resolution|motion|"
    r"request|recommend|receive|ratif|execut|enter|terminat|renew|extend|amend)",
    re.I,
)


_AGENDA_LINES = re.compile(
    r"^\s*(?:item\s+)?\d{1,2}[.)]\s+\S|\b(?:agenda|call\s+to\s+order|regular\s+meeting|special\s+"
    r"meeting|work\s+session)\b",
    re.I | re.M,
)


def is_contract_document(doc: DocumentText) -> bool:
    """The document is an agreement itself (an MOA, an IGSA), not an agenda item that names
    one: its first lines are the agreement's title, it does not open with the verb of an
    agenda item, and it is longer than an item. Its term clause may then sit on any page."""
    if not doc.pages or doc.kind == "passage":
        return False  # a passage quoted from an agreement is read by its verbs, as a passage
    text = doc.pages[0].text
    lines = [line for line in text.splitlines() if line.strip()][:8]
    opening = "\n".join(lines)[:800]
    if _AGENDA_OPENING.search(opening):
        return False
    # an excerpt of an agreement is short, but its body reads like one
    long_enough = doc.page_count > 1 or len(text) > 1500 or _CONTRACT_BODY.search(text) is not None
    header = _CONTRACT_HEADER.search(opening)
    # an agenda whose numbered items come before the agreement's name only names it
    return (
        long_enough and header is not None and not _AGENDA_LINES.search(opening[: header.start()])
    )


def _document_action(doc: DocumentText) -> str:
    opening = "\n".join(p.text for p in doc.pages[:1])[:2000]
    if re.search(r"\b(?:amendment|modification)\s+(?:no\.?|number|#|\d)", opening, re.I):
        return "amend"
    if re.search(r"\brenewal\b", opening, re.I):
        return "renew"
    return "approve"


def _known(facts: ContractFacts) -> int:
    return sum(1 for f in fields(facts) if getattr(facts, f.name) is not None)


def _merge(all_facts: list[ContractFacts]) -> ContractFacts:
    """Field by field, the first passage that states it; the action of the first passage
    that names one other than "discuss"."""
    merged = ContractFacts(**{f.name: getattr(all_facts[0], f.name) for f in fields(all_facts[0])})
    for facts in all_facts[1:]:
        for f in fields(facts):
            if getattr(merged, f.name) is None:
                setattr(merged, f.name, getattr(facts, f.name))
    if merged.action == "discuss":
        merged.action = next(
            (f.action for f in all_facts if f.action not in {None, "discuss"}), "discuss"
        )
    if merged.action == "amend":  # an amendment whose text extends the term is an extension
        merged.action = next(
            (f.action for f in all_facts if f.action in {"extend", "renew"}), "amend"
        )
    if merged.expiry_basis is None or merged.expiry_basis == "auto_renewal":
        dated = next((f for f in all_facts if f.expiry_basis in {"stated", "computed"}), None)
        if dated is not None:
            merged.expiry_date, merged.expiry_basis = dated.expiry_date, dated.expiry_basis
    return merged


def _cleaner_number(have: str | None, page: str | None) -> str | None:
    """The number the finding has, or the page's instance of it where OCR garbled the finding's
    ("20U07-0058" in the form's box, "20-07-0058" in its footer): same length, nearly every
    character the same."""
    if have is None or page is None:
        return have or page
    if len(have) == len(page) and have != page:
        same = sum(a == b for a, b in zip(have.upper(), page.upper(), strict=True))
        if same >= len(have) - 1 and sum(c.isalpha() for c in page) < sum(
            c.isalpha() for c in have
        ):
            return page
    return have


def _party_on_page(text: str, finding: ContractFinding) -> str | None:
    """The agency a short page (an agenda item, an index entry) names as the party to a
    finding whose own paragraph names none: its heading or another paragraph of the item."""
    if len(text) > _SHORT_PAGE:
        return None
    allowed = _PARTIES.get(finding.facts.kind)
    named = [name for _, _, name in agencies_named(text) if allowed is None or name in allowed]
    return named[0] if len(set(named)) == 1 else None


def _fill_from_nearby_pages(
    doc: DocumentText,
    finding: ContractFinding,
    pages: set[int | None],
    reference: dt.date | None,
    others: set[int] = frozenset(),  # type: ignore[assignment]
) -> None:
    facts = finding.facts
    whole = is_contract_document(doc)
    if whole:
        numbers = list(range(1, len(doc.pages) + 1))
    else:
        numbers = sorted(
            {
                n
                for p in pages
                if p
                for n in range(p - 1, p + _NEAR_PAGES + 1)
                if 1 <= n <= len(doc.pages) and n not in others
            }
        )
    for number in numbers:
        text = doc.pages[number - 1].text
        if facts.expiry_basis is None:
            for sentence in _SENTENCE_SPLIT.split(text):
                if not (
                    _AGREEMENT_WORDS.search(sentence) or (whole and _OWN_TERM.search(sentence))
                ):
                    continue
                start, end, expiry, basis = term_facts(sentence, reference)
                if basis is not None:
                    facts.expiry_basis, facts.expiry_date = basis, expiry
                    facts.start_date = facts.start_date or start
                    facts.end_date = facts.end_date or end
                    finding.term_page = number
                    finding.term_quote = re.sub(r"\s+", " ", sentence).strip()[:700]
                    break
        per_diem, amount, beds = rates(text)
        facts.per_diem = facts.per_diem if facts.per_diem is not None else per_diem
        facts.amount = facts.amount if facts.amount is not None else amount
        facts.beds = facts.beds if facts.beds is not None else beds
        facts.contract_number = _cleaner_number(facts.contract_number, contract_number(text))
    allowed = _PARTIES.get(facts.kind)
    if finding.page and (
        facts.counterparty is None or (allowed and facts.counterparty not in allowed)
    ):
        facts.counterparty = (
            _party_on_page(doc.pages[finding.page - 1].text, finding) or facts.counterparty
        )
    if facts.start_date is None and whole:
        facts.start_date = _signed_start(doc, reference)


# "… Memorandum of Agreement that was effective on March 11, 2020" (an addendum naming its MOA)
_WAS_EFFECTIVE = re.compile(rf"\bwas\s+effective\s+(?:on|as\s+of)\s+({DATE_PATTERN})", re.I)
_UPON_SIGNATURE = re.compile(
    r"effective\s+upon\s+(?:the\s+)?(?:date\s+of\s+)?(?:final\s+)?sign", re.I
)
# a date on the signature page; "Revised 02/12/2025" in a form's footer is the form's date
_SPACED_COMMA = re.compile(r"(\d)\s+,")
_SIGNED_ON = re.compile(rf"(?<![Rr]evised )(?<![Rr]ev\. )(?<![Rr]ev )\b({DATE_PATTERN})")


def _signed_start(doc: DocumentText, reference: dt.date | None) -> dt.date | None:
    """The start of an agreement that "becomes effective upon signature of both parties":
    the date an addendum says it was effective on, else the later of the dates on the
    signature page (the page of the effective-date clause and the two after it)."""
    texts = [_SPACED_COMMA.sub(r"\1,", page.text) for page in doc.pages]  # "March 11 , 2020"
    for text in texts:
        if match := _WAS_EFFECTIVE.search(text):
            return written_date(match.group(1))
    for index, text in enumerate(texts):
        if not _UPON_SIGNATURE.search(text):
            continue
        days = [
            day
            for later in texts[index : index + 3]
            for match in _SIGNED_ON.finditer(later)
            if (day := written_date(match.group(1))) is not None
            and (reference is None or day <= reference)
        ]
        return max(days) if days else None
    return None
