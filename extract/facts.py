"""Contract facts from a mention's passage: action, counterparty, number, term, expiry with its
basis, amount, per-diem rate and bed count.

Dates are found by shape (a capitalised word and numbers, or digits with slashes) and read by
``dateparser``; a candidate it cannot read is no date. The expiry's basis says how it was
known:

- ``stated``: "through June 30, 2030", "expires December 31, 2026", "from … to …";
- ``computed``: start plus term, "for a period of five (5) years commencing July 1, 2025"
  (ends June 30, 2030);
- ``auto_renewal``: "renews annually on August 31": the next such day after the document's
  date;
- ``open_ended``: "until either party terminates … upon 90 days' notice" (287(g) MOAs since
  2020), "in effect indefinitely": no expiry date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import asdict, dataclass
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from extract.mentions import Mention

_MONTHY = r"[A-Z][a-z]{2,8}\.?"
_DATE = (
    rf"(?:{_MONTHY}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # June 30, 2030
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?{_MONTHY},?\s+\d{{4}}"  # 30 June 2030
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_DATE_RE = re.compile(_DATE)
_NO_YEAR = re.compile(rf"\b({_MONTHY}\s+\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})")

_ACTIONS = (
    (
        "terminate",
        r"terminat\w*|not\s+(?:to\s+)?renew|declin\w*\s+to\s+renew|withdraw\w*|rescind\w*|"
        r"end(?:ing)?\s+(?:the|its|our)\s+(?:participation|agreement|contract)|cancel\w*",
    ),
    ("renew", r"renew(?:al|s|ed|ing)?\b(?!\s+annually)"),
    ("extend", r"extend\w*|extension"),
    ("amend", r"amend\w*|modif\w*|revis\w+"),
    (
        "approve",
        r"approv\w*|authoriz\w*|execut\w*|enter\w*\s+into|ratif\w*|accept\w*|award\w*|sign\w*",
    ),
    ("discuss", r"discuss\w*|present\w*|update|report|review|consider\w*|hearing"),
)
_ACTION_RES = [(name, re.compile(rf"\b(?:{pattern})", re.I)) for name, pattern in _ACTIONS]

_COUNTERPARTIES = (
    (
        "ICE",
        r"(?-i:\bICE\b)|immigration\s+(?:and|&)\s+customs\s+enforcement|(?-i:\bERO\b)|"
        r"(?-i:\bHSI\b)",
    ),
    ("USMS", r"(?-i:\bUSMS\b)|\b(?:U\.?\s?S\.?|united\s+states)\s+marshal"),
    ("CBP", r"(?-i:\bCBP\b)|customs\s+and\s+border\s+protection|border\s+patrol"),
    ("DHS", r"(?-i:\bDHS\b)|homeland\s+security"),
    ("BOP", r"(?-i:\bBOP\b)|bureau\s+of\s+prisons"),
)
_COUNTERPARTY_RES = [(name, re.compile(p, re.I)) for name, p in _COUNTERPARTIES]

_NUMBER = re.compile(
    r"(?:agreement|contract|IGSA|IGA|MOA|order)\s*(?:no\.?|number|num\.?|#)\s*:?\s*"
    r"([A-Z0-9][A-Z0-9-]{3,}[A-Z0-9])"
    r"|\b([A-Z]{2,}IGSA-\d{2}-\d{4}|\d{2}-\d{2}-\d{4}(?=\s*\(?(?:IGA|IGSA)))",
    re.I,
)

_WORDS = {
    w: n
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": 30, "thirty-six": 36, "sixty": 60, "a": 1, "an": 1}
_NUMWORD = "|".join(sorted((w for w in _WORDS if len(w) > 2), key=len, reverse=True))
_COUNT = rf"\b(\d{{1,3}}(?:,\d{{3}})*|{_NUMWORD}|an?)\b(?:\s*\((\d{{1,3}})\))?"
_TERM = re.compile(rf"\b(?:period|term)\s+of\s+{_COUNT}\s*[- ]?\s*(year|month|day)s?", re.I)
_TERM_ADJ = re.compile(
    rf"\b{_COUNT}\s*[- ](year|month)\s+(?:term|agreement|contract|extension|renewal)", re.I
)
_START = re.compile(
    rf"\b(?:commencing|beginning|starting|effective|from)(?:\s+on|\s+as\s+of)?(?:\s+the)?\s*:?\s*"
    rf"({_DATE})",
    re.I,
)
_STATED = re.compile(
    rf"\b(?:through|thru|until|till|to|ending(?:\s+on)?|ends(?:\s+on)?|expir\w*(?:\s+on)?"
    rf"(?:\s+date)?(?:\s+(?:of|is))?|terminat\w*\s+on|end\s+date(?:\s+of)?)\s*:?\s*({_DATE})",
    re.I,
)
_AUTO = re.compile(
    r"\b(?:automatically\s+)?renew\w*\s+(?:automatically\s+)?(?:annually|each\s+year|every\s+year|"
    r"yearly|for\s+(?:successive|additional)\s+(?:one|1|twelve|12)[- ]?(?:\(1\)\s*)?(?:year|month)"
    r"\w*(?:\s+(?:terms?|periods?))?)",
    re.I,
)
_OPEN = re.compile(
    r"remain\s+in\s+effect\s+until\s+(?:either\s+party|terminated|it\s+is\s+terminated)|"
    r"in\s+effect\s+indefinitely|until\s+(?:terminated|either\s+party\s+terminates)|"
    r"no\s+(?:fixed\s+)?(?:expiration|end|termination)\s+date|indefinite\s+(?:term|period|duration)|"
    r"upon\s+\d+[- ]days?['’]?\s+(?:\(\d+\)\s+)?(?:advance\s+)?(?:written\s+)?notice",
    re.I,
)
_MONEY = r"\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
_PER_DIEM = re.compile(
    rf"{_MONEY}\s*(?:per|/|a)\s*(?:(?:detainee|inmate|prisoner|jail|man|bed|mandays?)[- ])?"
    rf"(?:day|diem|night)\b"
    rf"|(?:per[- ]diem|(?:detainee|jail|bed|daily)[- ]day\s+rate|day\s+rate|daily\s+rate)"
    rf"(?:\s+rate)?(?:\s+(?:of|is|will\s+be|shall\s+be|at))?\s*:?\s*{_MONEY}",
    re.I,
)
_AMOUNT = re.compile(
    rf"(?:not\s+to\s+exceed|in\s+the\s+amount\s+of|amount\s+of|total\s+of|up\s+to|revenue\s+of|"
    rf"estimated\s+(?:annual\s+)?(?:revenue|amount|value)\s+of|value\s+of|sum\s+of)\s*{_MONEY}"
    rf"(\s*(?:million|M)\b)?",
    re.I,
)
_BEDS = re.compile(
    rf"\b{_COUNT}\s+(?:\w+\s+){{0,2}}(?:beds|bed\s+spaces)\b"
    rf"|\b{_COUNT}\s+(?:federal\s+|ICE\s+|immigration\s+)?(?:prisoners|detainees)\s+"
    rf"(?:in\s+\w+\s+custody\s+)?(?:each|per)\s+day",
    re.I,
)


@dataclass
class ContractFacts:
    kind: str
    action: str | None
    counterparty: str | None
    contract_number: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    expiry_date: dt.date | None
    expiry_basis: str | None  # stated | computed | auto_renewal | open_ended
    amount: Decimal | None
    per_diem: Decimal | None
    beds: int | None

    def as_json(self) -> dict[str, object]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, dt.date):
                out[key] = value.isoformat()
            elif isinstance(value, Decimal):
                out[key] = float(value)
        return out


@functools.lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date | None:
    """One date written out ("June 30, 2030", "6/30/2030", "30th day of June, 2030")."""
    import dateparser

    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text).replace("day of ", "")
    parsed = dateparser.parse(
        cleaned,
        languages=["en"],
        settings={"DATE_ORDER": "MDY", "STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed is None or not 1900 <= parsed.year <= 2100:
        return None
    return parsed.date()


def _count(word: str, digits: str | None) -> int | None:
    if digits:
        return int(digits)
    if word.isdigit():
        return int(word)
    return _WORDS.get(word.lower())


def _first(pattern: re.Pattern[str], text: str) -> dt.date | None:
    for match in pattern.finditer(text):
        day = parse_date(match.group(1))
        if day:
            return day
    return None


def term_facts(
    text: str, reference: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None, dt.date | None, str | None]:
    """(start, end, expiry, basis) of the term a passage states. ``reference`` (the date of
    the meeting or document) anchors auto-renewal dates."""
    start = _first(_START, text)
    end = None
    for match in _STATED.finditer(text):
        day = parse_date(match.group(1))
        if day and (start is None or day > start):
            end = day
            break
    if end is not None:
        return start, end, end, "stated"
    term = _TERM.search(text) or _TERM_ADJ.search(text)
    if term and start:
        count = _count(term.group(1), term.group(2))
        unit = term.group(3).lower()
        if count:
            delta = {
                "year": relativedelta(years=count),
                "month": relativedelta(months=count),
                "day": relativedelta(days=count),
            }[unit]
            end = start + delta - dt.timedelta(days=1)
            return start, end, end, "computed"
    auto = _AUTO.search(text)
    if auto:
        anchor = reference or dt.date.today()
        on = _NO_YEAR.search(text[auto.end() : auto.end() + 40])
        day = None
        if on:
            day = parse_date(f"{on.group(1)}, {anchor.year}")
        elif start:
            day = start.replace(year=anchor.year)
        if day:
            while day <= anchor:
                day = day.replace(year=day.year + 1)
            return start, None, day, "auto_renewal"
        return start, None, None, "auto_renewal"
    if _OPEN.search(text):
        return start, None, None, "open_ended"
    return start, None, None, None


_SPECIFIC = ("terminate", "renew", "extend", "amend")


_ACTION_SPAN = 120  # agenda items open with their verb: "Approve…", "Resolution terminating…"
_CONTRACT_TEXT = re.compile(
    r"\b(?:is|are)\s+(?:hereby\s+)?entered\s+into|this\s+(?:MOA|agreement|memorandum)\s+"
    r"(?:sets\s+forth|is\s+entered|becomes\s+effective)|parties\s+(?:hereby\s+)?agree",
    re.I,
)


def _action(text: str) -> str | None:
    """The action verb that opens the passage ("Approve", "Authorize", "Terminate"…), made
    specific when what it acts on follows ("approve the renewal of" → renew). Verbs deeper in
    the passage are boilerplate ("may terminate upon notice") and do not count; the text of an
    agreement itself ("is entered into") is its approval."""
    head = text[:_ACTION_SPAN]
    found = [(m.start(), name, m) for name, p in _ACTION_RES for m in [p.search(head)] if m]
    if not found:
        return "approve" if _CONTRACT_TEXT.search(text) else None
    _, name, match = min(found, key=lambda f: f[0])
    if name in {"approve", "discuss"}:
        window = text[match.end() : match.end() + 60]
        for specific in _SPECIFIC:
            pattern = dict(_ACTION_RES)[specific]
            hit = pattern.search(window)
            if hit and not re.match(r"\s*(?:upon|notice)", window[hit.end() :]):
                return specific
    return name


def _money(value: str) -> Decimal:
    return Decimal(value.replace(",", ""))


def contract_number(text: str) -> str | None:
    match = _NUMBER.search(text)
    return (match.group(1) or match.group(2)) if match else None


# A cost table row: days, rate, total ("1,500 PDs $55.00 $82,500.00"), checked by arithmetic.
_RATE_ROW = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d{2,7})\s*(?:PDs?|(?:prisoner|jail|detainee|man)?[- ]?days?)?\s*"
    rf"{_MONEY}\s+{_MONEY}"
)
_DAYS_WORD = re.compile(r"per\s*diem|\bdays?\b|\bPDs?\b|jail[- ]day", re.I)


def _table_rate(text: str) -> Decimal | None:
    if not _DAYS_WORD.search(text):
        return None
    for match in _RATE_ROW.finditer(text):
        days, rate, total = (_money(g) for g in match.groups())
        if rate and days * rate == total:
            return rate
    return None


def rates(text: str) -> tuple[Decimal | None, Decimal | None, int | None]:
    """(per-diem rate, amount, beds) a text states."""
    per_diem = amount = beds = None
    if match := _PER_DIEM.search(text):
        per_diem = _money(match.group(1) or match.group(2))
    else:
        per_diem = _table_rate(text)
    if match := _AMOUNT.search(text):
        amount = _money(match.group(1))
        if match.group(2):
            amount *= 1_000_000
        if per_diem is not None and amount == per_diem:
            amount = None
    if match := _BEDS.search(text):
        groups = match.groups()
        word, digits = (groups[0], groups[1]) if groups[0] else (groups[2], groups[3])
        beds = _count(word.replace(",", ""), digits)
    return per_diem, amount, beds


def contract_facts(mention: Mention, reference: dt.date | None = None) -> ContractFacts:
    """The facts a mention's passage states about its contract."""
    text = mention.quote
    action = _action(text)
    if action is None and mention.kind in {"287g", "igsa", "digsa", "usms_iga"}:
        action = "discuss"
    counterparty = next((name for name, p in _COUNTERPARTY_RES if p.search(text)), None)
    if counterparty == "DHS":
        counterparty = "ICE"  # the DHS component that signs local agreements
    if counterparty is None and mention.kind in {"287g", "igsa", "digsa"}:
        counterparty = "ICE"
    elif counterparty is None and mention.kind == "usms_iga":
        counterparty = "USMS"
    start, end, expiry, basis = term_facts(text, reference)
    per_diem, amount, beds = rates(text)
    return ContractFacts(
        kind=mention.kind,
        action=action,
        counterparty=counterparty,
        contract_number=contract_number(text),
        start_date=start,
        end_date=end,
        expiry_date=expiry,
        expiry_basis=basis,
        amount=amount,
        per_diem=per_diem,
        beds=beds,
    )
