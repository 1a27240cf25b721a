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

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from extract.dates import written_date
from extract.mentions import AGENCIES, Mention, agencies_named

_MONTHY = r"[A-Z][a-z]{2,8}\.?"
_DATE = (
    rf"(?:{_MONTHY}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # June 30, 2030
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?{_MONTHY},?\s+\d{{4}}"  # 30 June 2030
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_DATE_RE = re.compile(_DATE)
DATE_PATTERN = _DATE  # a date as documents write it, for the other readers
_NO_YEAR = re.compile(rf"\b({_MONTHY}\s+\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})")

# Agreement numbers in use: a cue and a token with a digit ("IGA No. 12-94-0006", "Agreement
# 5154"), or a form that needs no cue: ICE's "70CDCR18DIG000012", "ERDIGSA-15-0007",
# "HSCEDM-13-D-00008", the Marshals' "97-02-0015", the legacy administrative centers' IGSAs
# ("ACD-4-H-1002": Dallas, fiscal 2004; "ACB-3-H-0007": Burlington).
_NUMBER_CUED = re.compile(
    r"\b(?:agreement|contract|IGSA|IGA|MOA|MOU|order|file)\s*(?:no\.?|number|num\.?|#)\s*:?\s*"
    r"((?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,}[A-Z0-9])\b",
    re.I,
)
_NUMBER_FORMS = re.compile(
    # (a district's legacy IGSA in brackets after its name: "ICE contract: IGSA (HEL-9413)")
    r"\b((?<=IGSA\s\()[A-Z]{3}-\d{4}(?=\))|70CDCR\d{2}[A-Z]{3}\d{6}|[A-Z]{2,8}IGSA-\d{2}-\d{4}|HSCE[A-Z]{2}-\d{2}-[A-Z]-\d{5}|AC[A-Z]-\d-[A-Z]-\d{4}|"
    r"\d{2}-\d{2}-\d{4}(?=\s*\(?(?:IGA|IGSA|USMS))|(?:(?<=Agreement\s)|(?<=Agreement\sNumber\s)|"
    r"(?<=Agreement\sNo\.\s)|(?<=IGA\s)|(?<=IGA\sNo\.\s)|(?<=IGA\)\sNo\.\s))\d{2}-\d{2}-(?!19|20)\d{4})\b"
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
} | {
    "thirty": 30,
    "thirty-six": 36,
    "forty": 40,
    "forty-eight": 48,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
}
_NUMWORD = "|".join(sorted((w for w in _WORDS if len(w) > 2), key=len, reverse=True))
# (a share is no count: "jails held about 10 percent of all detainees")
_COUNT = (
    rf"\b(\d{{1,3}}(?:,\d{{3}})*|{_NUMWORD}|an?)\b(?:\s*\((\d{{1,3}})\))?"
    r"(?!\s*(?:%|percent\b|per\s+cent\b))"
)
# a month as dates abbreviate it ("Feb", "Sept."): its first three letters
_MONTH_LEAD = "|".join(name[:3] for name in calendar.month_name[1:])
_TERM = re.compile(
    rf"\b(?:period|term)\s+of\s+{_COUNT}\s*[- ]?\s*(year|month|day)s?|"
    # "In effect for 20 years as of August 28, 2006"
    rf"\b(?:in\s+effect|valid)\s+for\s+{_COUNT}\s*[- ]?\s*(year|month|day)s?",
    re.I,
)
_TERM_ADJ = re.compile(
    rf"\b{_COUNT}\s*[- ](year|month)\s+(?:term|agreement|contract|extension|renewal)", re.I
)
_START = re.compile(
    rf"\b(?:(?:commencing|beginning|starting|effecti\s?ve(?:\s+da\s?te)?|from|took\s+effect|went\s+into\s+"
    rf"effect|became\s+effective)(?:\s+on|\s+as\s+of)?(?:\s+the)?|"
    rf"(?:period|term)(?:\s+of)?(?:\s+from)?|"
    # an award's period of performance: "CONTRACT POP: 07/01/24 - 06/30/25"
    rf"(?-i:POP)|"
    rf"(?:began|begins|started|starts|launched)\s+(?:\w+\s+){{0,6}}?on|(?:years|months)\s+as\s+of|"
    # "The USMS awarded the … Jail IGA number 83-92-0082 on November 01, 1992"
    rf"awarded\s+(?:\S+\s+){{0,12}}?on|"
    # "Under an IGSA that began July 1, 2025"
    rf"(?:agreements?|contracts?|MOA|MOU|IGS?A)\s+(?:that|which)\s+(?:began|started|took\s+effect)|"
    # "287(g) JEM agreement since June 8, 2020", "a contract in place since July 1, 2019"
    rf"(?:agreements?|contracts?|MOA|MOU|IGS?A)\s+(?:(?:in\s+(?:place|effect)|active)\s+)?since|"
    # "The contract is dated March 1, 1996."
    rf"(?:contract|agreement|MOA|MOU|IGS?A)\s+(?:is|was)\s+dated|"
    # a record's field: "Model: JEM Signed: June 16, 2025"
    rf"signed(?=\s*:)|"
    # a term's range after its name: "Two-year IDOC–DHS agreement, October 1, 2025 – September 30,
    # 2027"
    rf"(?:agreement|contract|MOA|MOU|IGS?A)\s*[,(](?=\s*{_DATE}\s*[-–—]\s*{_DATE})|"
    # a timeline's line: "May 1, 2026: A sole-source / no-bid direct contract between ICE and
    # CoreCivic took effect", "April 20, 2011: CNMI DOC–DHS intergovernmental detention agreement
    # takes effect"
    rf"(?<![^\n])(?={_DATE}:\s+[^.;\n]{{0,200}}?\b(?:t(?:ook|akes)\s+effect|went\s+into\s+effect|became\s+effective)\b))"
    rf"\s*:?\s*(?:[A-Z][a-z]+day,\s+)?"
    rf"({_DATE})",
    re.I,
)
_STATED = re.compile(
    rf"\b(?:through|thru|until|till|(?:to|will)\s+end(?:\s+on)?|to|ending(?:\s+on)?|ends(?:\s+on)?|"
    # ("the contract ended Jan 31, 2019")
    rf"(?<=contract\s)ended(?:\s+on)?|expir\w*(?:\s+on)?"
    rf"(?:\s+date)?(?:\s+(?:of|is))?|terminat(?:es|ing)?(?:\s+on)?|end\s+date(?:\s+of)?|"
    # "the performance period for the … IGSA … coming to an end on April 30, 2022"
    rf"(?:com(?:e|es|ing)|draw(?:s|ing)?)\s+to\s+an\s+end\s+on|"
    # a range after a dated start: "for the period of October 1, 2025 - September 30, 2026"
    rf"(?<=\d{{4}})\s*[-–—]|"
    # (and after one with a two-digit year: "POP: 07/01/24 - 06/30/25")
    rf"(?<=\d/\d\d)\s*[-–—]|"
    # a timeline's line: "Jan 31, 2019: County contract ends"
    rf"(?<![^\n])(?={_DATE}:\s+[^.;\n]{{0,40}}?\b(?:contract|agreement|IGS?A|MOU|MOA)\s+(?:ends|ended|"
    rf"expires|expired)\b)|"
    # "The official termination date of the IGSA will be May 23, 2018"
    rf"termination\s+date\s+(?:of\s+(?:\S+\s+){{0,4}}?)?(?:will\s+be|is|was)|"
    # "announced yesterday that on May 23, 2018, she will terminate the … Agreement": the date is
    # told before the verb (the lookahead checks the verb follows)
    rf"\bon(?=\s+{_DATE},?\s+(?:\S+\s+){{0,3}}?(?:will|would|shall)\s+(?:\S+\s+)?(?:terminate|end|"
    rf"cancel)\b))\s*:?\s*"
    rf"({_DATE})",
    re.I,
)
_PREVIOUS = re.compile(r"\b(?:previous|prior|former|old|original)\s+$", re.I)
_AUTO = re.compile(
    r"\b(?:automatically\s+)?renew\w*\s+(?:automatically\s+)?(?:annually|each\s+year|every\s+year|"
    r"yearly|for\s+(?:successive|additional)\s+(?:one|1|twelve|12)[- ]?(?:\(1\)\s*)?(?:year|month)"
    r"\w*(?:\s+(?:terms?|periods?))?)",
    re.I,
)
_OPEN = re.compile(
    # "until either party", as OCR gives it too ("1U1til either", "until either. party",
    # "remain i1 effect until eith.er patiy terminates")
    r"remain\s+\S{2}\s+effect\s+\S{0,3}til\W{1,4}(?:ei\W?th\W?er\W{1,4}\w{4,6}\b|terminated|"
    r"it\s+is\s+terminated)|"
    # "until it is terminated by either party", "Until MOU is terminated or suspended"
    r"in\s+effect\s+indefinitely|until\s+[\"“]?(?:(?:(?:it|(?:the\s+)?(?:MOU|MOA|agreement|contract))\s+"
    r"is\s+)?terminated|either\s+party\s+terminates)|"
    r"no\s+(?:fixed\s+)?(?:expiration|end|termination)\s+date|indefinite\s+(?:term|period|duration)|"
    # "does not have an expiration date"
    r"(?:does|do|did)\s+not\s+have\s+an?\s+(?:fixed\s+)?(?:expiration|end|termination)\s+date|"
    # "could now continue indefinitely", "end only if they are terminated by either the county"
    r"continue\s+indefinitely|only\s+if\s+(?:\S+\s+){0,3}terminated\s+by\s+either|"
    # "The duration is indefinite", "It remains in force unless explicitly terminated"
    r"\b(?:duration|term)\s+is\s+indefinite|"
    r"remains?\s+in\s+(?:force|effect)\s+unless\s+(?:\w+ly\s+)?terminated|"
    r"upon\s+\d+[- ]days?['’]?\s+(?:\(\d+\)\s+)?(?:advance\s+)?(?:written\s+)?notice",
    re.I,
)
# a change that ends it: "changed its policy by not obeying immigration detainers" (an ending,
# not an amendment)
_BY_ENDING = r"\s+(?:by|to)\s+(?:not|no\s+longer|stop\w*|end\w*|refus\w*)\b"
_MONEY = r"\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
# "up to 75 federal detainees a day", "about 200 immigration detainees at any given time",
# "up to five of the jail's 100 beds": the contracted number, not the facility's.
# "up to 225 United States Immigration and Customs Enforcement (ICE) detainees"
_ICE_NAME = (
    r"(?:(?:U\.?S\.?|United\s+States)\s+)?Immigration\s+and\s+Customs\s+Enforcement(?:\s+\(ICE\))?"
)
_BEDS_UP_TO = re.compile(
    rf"\b(?:up\s+to|about|approximately|maximum\s+of|estimated\s+total\s+of|(?:(?:cannot|can\s+not|may\s+not|no)\s+(?:\w+\s+)?"
    # ("up to 30 of the juvenile center's 58 beds")
    rf"more\s+than|not\s+more\s+than))\s+{_COUNT}\s+(?:of\s+(?:the\s+)?(?:\S+\s+){{1,3}}?"
    # ("housing up to 200 immigration-related detainees")
    # ("to house up to 250 ICE and U.S. Marshals detainees")
    rf"(?:\d+\s+)?)?(?:{_ICE_NAME}\s+)?(?:[\w.-]+\s+){{0,4}}(?:beds|bed\s+spaces|spaces|cells|people|detainees|inmates|prisoners|"
    rf"immigrants|individuals|persons|youths?|juveniles|teenagers|minors|children|(?:wo)?men|(?:fe)?males|UACs?|"
    rf"adults)"
    rf"\b(?:\s+(?:\w+\s+){{0,3}}(?:a\s+day|per\s+day|each\s+day|at\s+(?:a|any\s+given|one)\s+time|"
    rf"in\s+the\s+\w+(?:\s+\w+)?\s+(?:jail|facility|center)))?",
    re.I,
)
# the share set aside for ICE, ahead of the jail's size: "expanded the jail to 500 beds, with 400
# reserved for ICE detainees", "a guaranteed minimum average daily population of 21 ICE detainees"
_BEDS_RESERVED = re.compile(
    rf"\b{_COUNT}\s+(?:beds\s+)?(?:reserved|set\s+aside|allocated|dedicated|designated)\s+for\s+(?:\S+\s+){{0,2}}?"
    r"(?:ICE|immigration|federal)\b|"
    rf"\bguaranteed\s+minimum\s+(?:average\s+daily\s+population\s+|number\s+)?(?:of\s+)?{_COUNT}\s+"
    r"(?:\S+\s+){0,2}?(?:detainees|beds|inmates|prisoners)\b",
    re.I,
)
_BEDS = re.compile(
    # "will guarantee 300 of the 750 jail beds to ICE detainees", "designates 20 of the Ozark
    # County Jail’s 24 prisoner beds for federal detainees": the contract's share
    rf"\b{_COUNT}\s+of\s+(?:the|its|their)\s+(?:\S+\s+){{0,3}}?{_COUNT}\s+(?:\w+\s+){{0,2}}beds\b"
    # "beds for federal detainees from 15 to 30": the new number
    rf"|\bbeds\s+(?:\S+\s+){{0,4}}?from\s+\d[\d,]*\s+to\s+{_COUNT}"
    rf"|\b{_COUNT}\s+(?:\w+\s+){{0,2}}(?:beds|bed\s+spaces)\b"
    # "sought ~221 new county-jail ICE detention beds"
    rf"|\b{_COUNT}\s+(?:(?:new|additional|county[-‐]jail|jail|ICE|immigration|detention|federal)\s+){{3,4}}beds\b"
    rf"|\b{_COUNT}[- ]bed\s+(?:contract\s+)?(?:guarantee|minimum|cap|limit|maximum)\b"
    # "(150-bed ICE capacity, 336+ detainees processed by October 2025)": ICE's share
    rf"|\b{_COUNT}[- ]bed\s+ICE\s+capacity\b"
    # "contract allows ~900 detainees"
    rf"|\bcontract\s+allows\s+(?:up\s+to\s+|about\s+|~\s?)?{_COUNT}\s+(?:detainees|inmates|prisoners|beds)"
    rf"|\b(?:space|room)\s+(?:set\s+aside\s+|reserved\s+)?for\s+{_COUNT}\s+(?:\S+\s+){{0,5}}?"
    rf"(?:inmates|detainees|prisoners)"
    rf"|\b{_COUNT}\s+(?:federal\s+|ICE\s+|immigration\s+)?(?:prisoners|detainees)\s+"
    rf"(?:in\s+\w+\s+custody\s+)?(?:each|per)\s+day"
    # "From zero ICE beds to 784"
    rf"|\bfrom\s+(?:zero|no|\d[\d,]*)\s+(?:\w+\s+)?beds\s+to\s+{_COUNT}\b"
    # "to boost the capacity in county jails from 838 to 958 beds": the new number
    rf"|\bfrom\s+\d[\d,]*\s+to\s+{_COUNT}\s+(?:dedicated\s+|contracted\s+|guaranteed\s+)?beds\b"
    # "reducing the ICE detainees to a maximum capacity of 128"
    rf"|\b(?:detainees|beds|inmates|prisoners)\s+to\s+(?:a\s+)?maximum\s+(?:capacity\s+)?of\s+{_COUNT}"
    # ICE's count of a jail's beds: "a contractual capacity of only 19", "a contractual ceiling of
    # just 5 detainees"
    rf"|\bcontractual\s+(?:capacity|ceiling|max(?:imum)?)\s+of\s+(?:only\s+|just\s+)?{_COUNT}"
    # "limits extended detentions to two inmates at a time"
    rf"|\blimit\w*\s+(?:\S+\s+){{0,3}}?to\s+{_COUNT}\s+(?:inmates|detainees|prisoners|individuals|people)\s+"
    rf"at\s+(?:a|any\s+one|one)\s+time"
    # "began holding ICE detainees at up to 25 at a time"
    rf"|\b(?:inmates|detainees|prisoners)\s+(?:at\s+)?up\s+to\s+{_COUNT}\s+at\s+(?:a|any\s+(?:one|given)|one)\s+time"
    # "receives $158.13 per day for 150 detainees housed"
    rf"|\b(?:per|a)\s+day\s+for\s+(?:the\s+first\s+)?{_COUNT}\s+(?:\w+\s+)?(?:detainees|inmates|prisoners|beds)",
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


def _count(word: str, digits: str | None) -> int | None:
    if digits:
        return int(digits)
    if word.isdigit():
        return int(word)
    return _WORDS.get(word.lower())


def _first(pattern: re.Pattern[str], text: str) -> dt.date | None:
    for match in pattern.finditer(text):
        day = written_date(match.group(1))
        if day:
            return day
    return None


_FROM_EVENT = re.compile(
    r"\s*,?\s*(?:commencing|beginning|starting|running|effective)\s+(?:on|upon|from|with|after)\s+"
    r"(?:the\s+)?(?:date\s+of\s+)?(?!(?:the\s+)?(?:date\s+of\s+)?(?:execution|signature|signing|"
    r"approval|award)\b)(?!" + _DATE + r")",
    re.I,
)


def term_facts(
    text: str, reference: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None, dt.date | None, str | None]:
    """(start, end, expiry, basis) of the term a passage states. ``reference`` (the date of
    the meeting or document) anchors auto-renewal dates."""
    start = _first(_START, text)
    end = None
    for match in _STATED.finditer(text):
        if _PREVIOUS.search(text, max(0, match.start() - 20), match.start()):
            continue  # "from the previous expiration date of Oct. 31, 2025, through …"
        day = written_date(match.group(1))
        if day and (start is None or day > start):
            end = day
            break
    if end is not None:
        return start, end, end, "stated"
    term = _TERM.search(text) or _TERM_ADJ.search(text)
    # "for a period of fifteen (15) years commencing on the date of completion of all projects":
    # the term runs from an event the text does not date, so no end can be computed
    if term and _FROM_EVENT.match(text, term.end()):
        term = None
    if term and start:
        # the (count word, digits, unit) of whichever alternative matched
        groups = term.groups()
        word, digits, unit = next(
            groups[i : i + 3] for i in range(0, len(groups), 3) if groups[i + 2] is not None
        )
        count = _count(word, digits)
        unit = unit.lower()
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
            day = written_date(f"{on.group(1)}, {anchor.year}")
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


# Action words, as agendas ("Approve the renewal of…") and the press ("voted to end its
# contract with ICE") put them. Order matters only for ties at one position.
# a rate settled, not talks: "renegotiated up from $66 to $120/inmate"
_SETTLED_RATE = r"(?:up|down|upward|downward)?\s*(?:from\s+\$\s?[\d.]+\s+)?to\s+\$\s?\d"
# talks kept up, not an agreement continued: "voted 4-1 to continue talks with U.S. Immigration
# and Customs Enforcement"
_TALKS = r"(?:the\s+)?(?:talks|negotiations|discussions)\b"

_ACTIONS = (
    (
        "terminate",
        # ("ordered the two county sheriff's offices to rip up their 287(g) agreements")
        r"terminat\w*|mark(?:s|ed|ing)?\s+the\s+end\s+of|\brip(?:s|ped|ping)?\s+up\b|\bt(?:ear|ears|earing|ore)\s+up\b|"
        # a contract run out unrenewed, its detainees gone: "a detention contract with the U.S.
        # Department of Homeland Security expired late last month and a new deal could not be
        # reached", "Existing ICE inmates were relocated", "after losing the ability to house
        # immigration detainees"
        r"\b(?:deal|agreement|contract)\s+could\s+not\s+be\s+reached\b|"
        # a revival voted down: "narrowly rejected an effort to revive the city’s jail contract"
        r"\breject\w*\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:effort|attempt|bid|proposal|motion)\s+to\s+(?:revive|restore|"
        r"reinstate|renew|continue|extend)\b|"
        # a renewal left unsigned: "he would not execute a Memorandum of Understanding between the
        # Pasadena Police Department and Immigration Customs Enforcement which is up for renewal"
        r"\b(?:would|will)\s+not\s+(?:be\s+)?\W?execut\w*\W?\s+(?:an?\s+|the\s+|this\s+)?(?:\S+\s+){0,3}?(?:agreement|"
        r"contract|MOU|memorandum)\b|"
        r"\b(?:detainees|inmates)\s+were\s+(?:all\s+)?(?:relocated|moved\s+out|transferred\s+out)\b|"
        r"\blos(?:ing|t|es)\s+the\s+ability\s+to\s+(?:house|hold|detain|keep)\b|"
        # "Columbus OH passed 287(g) ban + detention moratorium in April 2026"
        r"\b(?:pass|adopt|enact)(?:ed|s|es|ing)?\s+(?:an?\s+|the\s+|its\s+)?(?:\S+\s+){0,2}?ban\b|"
        # "the legislature passed the Immigrant Safety Act (HB 9), signed by Governor Lujan
        # Grisham, banning local ICE detention contracts"
        r"\b(?:pass|enact)(?:ed|es)\s+(?:an?\s+|the\s+)(?:[^.;,]+,\s+){1,2}?(?:banning|barring|prohibiting)\b|"
        # "In January 2026 Maine enacted a law barring state and local agencies from entering 287(g)
        # agreements"
        r"\b(?:pass|enact|adopt)(?:ed|s|es)\s+(?:an?\s+|the\s+)(?:\S+\s+){0,2}?(?:law|bill|ordinance|measure|"
        r"statute)\s+(?:that\s+)?(?:bann?\w*|barr?\w*|prohibit\w*)\s+(?:\S+\s+){0,5}?from\s+(?:entering|"
        r"signing|joining|contracting)\b|"
        # an order that bars: "responded late Friday with a new executive order meant to continue
        # barring deportation flights from using the airport"
        r"\border\s+(?:\S+\s+){0,4}?(?:barring|banning|prohibiting)\s+(?:\S+\s+){0,3}?(?:flights|agents|"
        r"officers|contracts?|agreements?|cooperation)\b|"
        # "New Jersey: Three new sanctuary laws, 287(g) ban codified"
        r"\bban\s+(?:was\s+|is\s+|now\s+)?(?:codified|enacted|signed\s+into\s+law)\b|"
        # "Some states are banning their police departments from entering into specific agreements
        # with … ICE"
        # (not the banned: "Colorado jails and prisons are now banned from signing new agreements")
        r"\b(?:(?:are|is)\s+(?:now\s+)?banning|(?:have|has)\s+(?:now\s+)?banned)\s+(?:\S+\s+){0,4}?from\s+"
        r"(?:entering|signing|joining|participating|contracting)\b|"
        # "Banned new 287(g) agreements (EO 650, January 2026)"
        # (not a bill's or a ban's: "a bill banning official agreements", "a ban covering county
        # contracts")
        # ("City Council banned ICE detention centers in city limits")
        r"\bbanned\s+(?:new\s+|all\s+|any\s+|future\s+)?(?:\S+\s+){0,2}?"
        r"(?:agreements?|contracts?|287\s?\(g\)|(?:detention\s+)?(?:centers|facilities))|"
        # "voted 4 to 0 to suspend its contract with Immigration and Customs Enforcement for 90
        # days", "an “orderly and lawful wind-down” of its ICE contract", "return the remaining
        # immigrant detainees … to ICE custody within seven days"
        r"suspen(?:d|ds|ded|ding|sion)\b|wind[- ]?down\b|winding\s+down\b|"
        # "paused the Flock system in November 2025", "shut off outside access to the city’s data"
        # "Some states have already restricted access. Illinois, … and New York have blocked ICE"
        r"\b(?:have|has|had)\s+(?:already\s+|now\s+)?(?:blocked|restricted)\s+(?:(?-i:ICE)\b|(?:its\s+|their\s+)?"
        r"access\b)|"
        r"\bpaused\s+(?:the\s+|its\s+|their\s+)?(?:entire\s+)?(?:\S+\s+)?(?:system|program|contract|"
        r"agreement|cameras|partnership)\b|"
        # "Woodburn, Oregon turned off its Flock cameras"
        r"\bturn(?:ed|s|ing)?\s+off\s+(?:the\s+|its\s+|their\s+)(?:\S+\s+)?(?:system|cameras|program|access)\b|\bshut\s+off\s+(?:\S+\s+){0,2}?access\b|"
        # an airport's service refused: "Ground service operators at King County International
        # Airport will not serve Immigration and Customs Enforcement (ICE) flights", "they will not
        # contract with Swift Air for immigration flights", "had closed the region’s largest charter
        # airport to Immigration and Customs Enforcement"
        r"\b(?:will|would)\s+not\s+(?:be\s+)?(?:serv(?:e|ice|icing)|fuel\w*|contract\s+with)\b|"
        r"\bclos(?:ed|es|ing)\s+(?:\S+\s+){0,5}?(?:airports?|airfield|field|jails?|facility)\s+to\s+"
        r"(?:(?-i:ICE)\b|immigration)|"
        # "has ordered the Chicago Police Department to deny ICE access to all the department’s
        # databases"
        r"\b(?:deny|denies|denied|denying|revok\w*|block\w*)\s+(?-i:ICE)\s+access\b|"
        r"return\w*\s+(?:the\s+)?(?:remaining|all|any)\s+(?:\S+\s+){0,2}?(?:detainees|inmates|prisoners)\b|(?:not|never)\s+(?:to\s+)?(?:be\s+)?renew\w*|"
        # "Prince William County’s Jail Board failed Wednesday to renew its cooperation agreement"
        r"\bfail(?:s|ed)\s+(?:\S+\s+)?to\s+renew\w*|"
        # "A 90-day agreement … will not extend beyond the end of August"
        r"(?:will|would)\s+not\s+(?:be\s+)?extend\w*\s+(?:beyond|past)\b|won['’]t\s+renew|declin\w*\s+to\s+"
        r"renew|(?:not|n['’]t|never)\s+(?:to\s+)?seek\s+(?:a\s+|its\s+)?renewal|"
        # (not a penalty: "civil penalties, withdrawal of state funding")
        r"withdr[ae]w\w*\b(?!\s+of\s+(?:\S+\s+){0,2}?(?:funding|funds|grants?|money|dollars)\b)|"
        # "the Department of Homeland Security will not extend its contract with Glades"
        r"(?:not|never)\s+(?:to\s+)?(?:be\s+)?extend\w*\s+(?:its|their|the)\s+(?:\S+\s+)?(?:contract|agreement|"
        r"IGSA)\b|"
        # "notified ICE on Friday that it would not take any more new ICE detainees", "let ICE
        # know they would not be accepting any more detainees"
        r"(?:not|n['’]t)\s+(?:be\s+)?(?:take|taking|accept\w*)\s+(?:any\s+)?(?:more|new)\b|"
        # "Polk County has long complied with all ICE’s requests … That practice ended"
        r"\b(?:that|the|this)\s+practice\s+(?:ended|stopped|ceased)\b|"
        # "when California laws changed in regard to immigration holds, the county stopped this
        # practice"
        r"\bstopp(?:ed|ing)\s+(?:that|the|this)\s+practice\b|"
        # "Albany Sheriff Craig Apple has since pulled his application"
        r"\bpull(?:s|ed|ing)?\s+(?:his|her|its|their|the)\s+application\b|"
        # "the office will decline voluntary immigration detention requests", "agreed to decline all
        # ICE hold requests"
        r"(?:will|agree\w*\s+to)\s+decline\s+(?:\S+\s+){0,4}?(?:requests?|detainers?)\b|"
        # "the decision not to honor Federal detainers"
        r"\bdecision\s+not\s+to\s+(?:honou?r|hold|accept|renew|continue|extend)\b|"
        # (not "Former IGSA (ended 2019), 287(g) history": the aside closes before the program)
        r"rescind\w*|cancel\w*|end(?:s|ed|ing)?\s+(?:(?!\S*\)[,;.])\S+\s+){0,4}(?:agreement|"
        r"contract|participation|partnership|program|relationship|ties|deal|MOA|IGSA|287|holds?|detainers?|"
        r"detention|"
        r"compliance|practice|cooperation)|\bto\s+end\b|"
        r"\bwill\s+(?:\w+ly\s+)?end\b|(?:com(?:e|es|ing)|draw(?:s|ing)?)\s+to\s+an\s+end\b(?!\s+on\s+(?:\w+\s+)?\d)|cut(?:s|ting)?\s+(?:\w+\s+)?ties|sever(?:s|ed|ing)?\b|dropp\w+\s+out|opt(?:s|ed|ing)?\s+out|"
        # the verb hyphenated: "both voted unanimously to opt-out of the Secure Communities program"
        r"\bto\s+opt-out\s+of\b|\bopt(?:ed|ing)-out\s+of\b|"
        # a contractor replaced: "ICE has since replaced Acquisition Logistics with another
        # contractor"
        r"\breplac(?:ed|es|ing)\s+(?:\S+\s+){1,4}?with\s+(?:another|a\s+new|a\s+different)\s+(?:contractor|"
        r"operator|company|vendor|provider)\b|"
        # "his decision to stop the program", "voted unanimously to halt discussions with CoreCivic"
        r"\bstop(?:s|ped|ping)?\s+(?:the|its|their|his|her)\s+(?:\S+\s+)?(?:program|agreement|contract|"
        r"partnership|participation)\b|\bhalt(?:s|ed|ing)?\s+(?:all\s+|further\s+)?(?:discussions|talks|"
        r"negotiations)\b|"
        # "Harris County … dropped the program earlier this year"
        r"\bdropp(?:ed|ing)\s+(?:the|its|their)\s+(?:\S+\s+){0,3}?(?:program|agreement|contract|partnership|"
        r"participation|MOA|IGSA|287)|"
        # "is not going to be honoring those requests of detaining individuals from ICE", "no more
        # will be recognized"
        # (a standing "will not honor an ICE detainer unless …" is a policy, no act)
        r"(?:not|n['’]t)\s+going\s+to\s+(?:be\s+)?(?:honou?r|recogniz)\w*\s+(?:\S+\s+){0,3}?"
        r"(?:requests?|detainers?|holds?|orders)\b|\bno\s+more\s+(?:will\s+be\s+)?(?:honou?r|recogniz)\w*|"
        # ("has stopped — for now, at least — allowing federal Border Patrol and immigration
        # agents to look at data")
        r"stop(?:s|ped|ping)?\s+(?:[—–]\s*[^—–.]{1,40}?\s*[—–]\s*)?(?:\w+\s+){0,2}(?:hold|hous|keep|accept|allow|rent|detain|work|shar|contract|honor|forward|"
        # ("agreed to comply with Constantine’s order and stop servicing flights chartered by ICE")
        r"obey|follow|comply|complie|cooperat|collaborat|assist|operat|servic)\w*|"
        # a court's order: "has temporarily blocked Pinal County Attorney Brad Miller from
        # implementing his office’s 287(g) Task Force Model agreement"
        r"\bblock(?:s|ed|ing)?\s+(?:\S+\s+){0,6}?from\s+(?:implementing|enforcing|operating|carrying\s+out)\b|"
        # ("ICE has moved all of its detainees out of the county jail", "ICE removed all 50
        # inmates")
        # (not a share of them: "removed roughly 20 federal detainees from the Hagåtña facility")
        r"(?:remov|relocat|mov)\w*\s+(?!(?:roughly|about|around|approximately|some|several|a\s+few|"
        r"nearly|almost)\s)(?:of\s+)?(?:\S+\s+){0,6}detainees\s+(?:out\s+of|from)\b|"
        r"\b(?:removed|pulled)\s+all\s+(?:\S+\s+){0,2}?(?:inmates|detainees)\b|"
        # "ICE detainees were pulled in January 2026 amid the statewide pullback"
        r"\b(?:detainees|inmates|boarders)\s+(?:were|was|have\s+been|had\s+been)\s+(?:all\s+)?(?:pulled|withdrawn)\b|"
        # "refused to entertain a motion to renew its 287(g) agreement"
        r"refus\w+\s+(?:\S+\s+){0,4}?(?:motion|request|proposal)\s+to\s+(?:renew|extend|continue)\b|"
        r"exit\w*|pull\w*\s+(?:\S+\s+){0,4}?out\b|cease\w*|discontinu\w*|phas\w+\s+out|prohibit(?:s|ed|ing)?\b|"
        r"\bno\s+longer\s+(?:an?\s+)?(?:approved|authorized|certified|permitted|allowed)\b|cut\w*\s+(?:its|their|the)\s+(?:\S+\s+){0,2}contracts?|cut\w*\s+out\s+(?:\w+\s+)?on\b|no\s+longer\s+(?:will\s+|would\s+)?(?:\w+ly\s+)?(?:have|hous|hold|detain|be|accept|honor|recogniz|provide|share|rent|participate|partner|send|uses?\b|"
        r"take\s+part|take\s+in|admit|screen|place|comply|cooperate|contract)|los(?:e|es|t|ing)\s+access|"
        # "has cut off deportation agents from access to the state’s law enforcement network"
        r"\bcut(?:s|ting)?\s+off\s+(?:\S+\s+){0,3}?from\b|"
        # a system put out of places, not a person out of office: "A nationwide license plate
        # recognition system … is being ousted from communities across the country"
        r"\bousted\s+from\s+(?!office\b)(?:\S+\s+){0,2}?(?:communities|cities|towns|count(?:y|ies)|jails?)\b|"
        # "leading the state to cut off database access to at least three federal agencies", "have
        # been blocked from New York’s DMV database"
        r"\bcut(?:s|ting)?\s+off\s+(?:\S+\s+){0,2}?access\b|\b(?:been|were|was|are|is)\s+blocked\s+from\b|"
        # "he was blocking any local law enforcement agencies in New Jersey from having 287(g)
        # agreements"
        # ("has temporarily blocked federal agencies with an immigration enforcement component from
        # looking at the data")
        r"\bblock(?:s|ed|ing)?\s+(?:\S+\s+){0,8}?from\s+(?:having|entering|signing|renewing|participating|"
        r"looking\s+at|accessing|viewing|searching|querying)\b|"
        r"void\w*|nullif\w*|eliminat\w*\b(?!\s+(?:the\s+)?(?:possibility|option|chance|choice)\b)(?!\s+(?:the\s+)?(?:exemptions|exceptions|loopholes|carve-?outs)\b)|forb[ia]d\w*|\blast\s+(?:funds|payments?|check|award)\s+from\b|"
        r"get(?:ting)?\s+rid\s+of|\bunwind(?:s|ing)?\b|"
        # "voted to dump Flock, over concerns that their data could be … shared"
        r"\b(?:vot\w+|decid\w+|mov\w+|agreed)\s+to\s+(?:dump|ditch|scrap|drop|block)\b|"
        # ("the City Council voted to bar PD use of 287(g)")
        r"\bvot(?:ed|es|ing)\s+to\s+bar\b|"
        # a provision struck: "voted to remove “Section 7” from police policy, which had detailed
        # instances where Arlington police could inform ICE about arrests"
        r"\b(?:vot\w+|decid\w+|mov\w+|agreed)\s+(?:\S+\s+){0,2}?to\s+(?:remove|strike|delete)\s+(?:\S+\s+){0,6}?"
        r"from\s+(?:\S+\s+){0,2}?(?:polic(?:y|ies)|ordinance|code|manual|rules)\b|\b(?:detainees|inmates|prisoners)\s+to\s+leave\b|(?:reject\w*|(?:(?<=will\s)|(?<=can\s))ignore)\s+(?:\S+\s+){0,3}(?:requests?|detainers?|holds?|contracts?|extensions?|renewals?)\b|"
        # "has ordered his staff to deny requests by U.S. Immigration and Customs Enforcement"
        r"\b(?:order|direct|instruct)\w*\s+(?:\S+\s+){0,3}?to\s+(?:deny|ignore|reject|decline)\s+(?:\S+\s+){0,3}?"
        r"(?:requests?|detainers?|holds?)\b|"
        # "detainer requests for inmates will be rejected unless …", "effective immediately members
        # of the Wayne County Sheriff’s Office shall not honor any IDNAs"
        r"\b(?:requests?|detainers?|holds?)\s+(?:\S+\s+){0,3}?(?:will|shall)\s+be\s+(?:rejected|denied|declined|ignored)\b|"
        # ("Effective immediately, all inmates currently being held solely on an immigration
        # detainer will be released from custody")
        r"\beffective\s+immediately,?\s+(?:\S+\s+){0,12}?(?:(?:shall|will)\s+(?:not|no\s+longer)\s+(?:honou?r|hold|"
        r"accept|comply)|(?:shall|will)\s+be\s+released)\b|"
        # (a standing rule is no act: "will not detain people solely on the basis of their
        # immigration status without a court order")
        r"(?:allow|let)\w*\s+(?:\S+\s+){0,3}(?:to\s+)?(?:expire|lapse)|(?:(?:will|would)\s+not|won['’]t)\s+(?:be\s+)?"
        r"(?:accept|hous|hold|held|keep|kept|detain)\w*(?!\s+(?:\S+\s+){0,4}?(?:solely|unless|absent)\b)|"
        # "Frederick County’s 18-year partnership with ICE ended", "Gwinnett had left the 287(g)
        # program"
        # (not "any existing contract must be terminated by Jan. 1": a requirement)
        r"(?:agreement|contract|partnership|participation|relationship|MOA|IGSA|deal)\s+"
        r"(?:(?!(?:must|shall|may|should|could|would|might)\b)\S+\s+){0,4}?(?:ended|terminated)\b|\b(?:left|leav(?:e|es|ing))\s+(?:the\s+)?(?:\S+\s+){0,3}?"
        r"(?:program|agreement|partnership)\b|"
        # "denied Adelanto’s recent request to reenter an agreement", "is abandoning its role as an
        # intermediary in a deal"
        r"(?:denied|denies|deny|refused|refuses|turned\s+down)\s+(?:\S+\s+){0,4}?requests?\s+to\s+"
        r"(?:re-?enter|renew|extend|continue|remain|stay)\b|abandon\w*\s+(?:its|the|their)\s+(?:\S+\s+){0,3}?"
        r"(?:role|agreement|contract|deal|partnership|participation|program)\b|"
        # "giving federal authorities 45 days to transfer the 23 remaining detainees", "it is no
        # longer the county’s best interest to continue housing ICE detainees"
        r"\b\d+\s+days\s+to\s+(?=(?:remove|transfer|move|relocate)\b)|no\s+longer\s+(?:in\s+)?(?:the\s+)?"
        r"(?:\S+\s+){0,2}?best\s+interest\s+to\s+continue\b|"
        r"barr\w+\s+(?:future\s+)?participation|"
        # "changed its policy by not obeying immigration detainers without a warrant"
        r"\b(?:chang|revis|updat)\w*\s+(?:its|their|his|her|the)\s+(?:\S+\s+)?polic(?:y|ies)"
        + _BY_ENDING
        + r"|"
        # a ban on the contracts signed: "signed legislation on Friday immediately banning all
        # state and local governments from renewing existing contracts", "signed legislation
        # blocking public and private prisons from signing or renewing contracts"
        # (not a standing ban: "are now banned from signing new agreements", "Senate Bill 29 took
        # effect, barring California municipalities from entering into contracts")
        r"(?<!are\s)(?<!now\s)(?<!is\s)(?<!been\s)(?<!effect,\s)\b(?:bann|barr|block|prohibit)\w*\s+(?:\S+\s+){0,6}?"
        r"from\s+(?:signing|renewing|entering|extending)\b(?=\s+(?:or\s+\S+\s+)?(?:into\s+)?(?:\S+\s+){0,3}?"
        r"(?:contracts?|agreements?|IGSAs?|MOUs?)\b)|block(?:s|ed|ing)?\s+(?:\S+\s+){0,2}?access\b|\d+-day\s+(?:contract\s+)?(?:termination\s+)?notice|notice\s+(?:of\s+termination|to\s+"
        r"(?:end|terminate|have))",
    ),
    (
        "renew",
        # (not a call made again: "US Senator Martin Heinrich renews call for closure of TCDF")
        r"renew(?:al|s|ed|ing)?\b(?!\s+(?:(?:his|her|their|its|a|the)\s+)?(?:calls?|demands?|pleas?|appeals?|"
        r"push|requests?|criticism|opposition)\b)|re-?\s?upp?(?:ed|ing|s)?\b|"
        # "ICE has reinstated its intergovernmental service agreement with Glades County"
        r"reinstat(?:e|es|ed|ing)\b(?=\s+(?:its|their|the|an?)\s+(?:\S+\s+){0,3}?(?:agreement|contract|IGSA|MOU|MOA))|"
        # "will resume housing detained immigrants in Glades County Detention Center"
        r"resum(?:e|es|ed|ing)\s+(?:housing|holding|detaining|jailing)\b|"
        # (not "ICE attempted to re-enter the facility": a building)
        r"re-?enter(?:s|ed|ing)?\s+(?!(?:the|a|their|our|its)\s+(?:\S+\s+)?(?:facility|jail|building|country|"
        r"premises|room|courthouse)\b)(?:into\s+)?|"
        # "has rejoined the Section 287 (G) program"
        r"re-?join(?:s|ed|ing)?\b|"
        # "voted to continue participating in the SCAAP grant", "voted Tuesday to continue the
        # county’s working relationship with … ICE"
        # (not "voted 4-1 to continue talks with U.S. Immigration and Customs Enforcement": talk)
        r"\bvot(?:e|es|ed|ing)\s+(?:\S+\s+){0,2}?to\s+continue\b(?!\s+" + _TALKS + r")|"
        # a replacement: "signed last week mirrors a previous agreement", "replaces the prior MOU"
        r"mirror(?:s|ed|ing)?\s+(?:a|the)\s+(?:previous|prior)\s+(?:agreement|contract|MOU|MOA)|"
        r"replac(?:e|es|ed|ing)\s+(?:a|the|its)\s+(?:previous|prior|existing|current|expir\w+)\s+"
        r"(?:agreement|contract|MOU|MOA|IGS?A)",
    ),
    # "that jail will continue to hold ICE detainees at least through June 30"
    (
        "extend",
        # (not "for an extended period of time"; but a contract's "EXTEND THE PERIOD OF
        # PERFORMANCE" is its term lengthened)
        # (nor a police stop: "not to treat the former as grounds for detention or extended stops")
        # (nor officers made "extensions of ICE")
        r"extend\w*\b(?!\s+(?:\S+\s+)?periods?\b(?!\s+of\s+performance\b))(?!\s+(?:traffic\s+)?stops?\b)|extension(?!s\s+of\b)(?!\s+of\s+(?:their|his|her)\s+(?:detention|stay|custody)\b)|"
        r"continu\w+\s+to\s+(?:hold|house|detain)\s+"
        r"(?:\S+\s+){0,5}?(?:through|until)\b|"
        # "We’re happy to see U.S. Immigration and Customs Enforcement agree to keep detainees in
        # the Etowah County Detention Center until June 30"
        r"\bagree\w*\s+to\s+keep\s+(?:\S+\s+){0,7}?(?:through|until)\b|"
        # "the 432-bed annex … will remain open for at least another year"
        r"\bremain\s+open\s+(?:for\s+)?(?:at\s+least\s+)?(?:another|an\s+additional|one\s+more)\s+(?:year|"
        r"\d+\s+months|six\s+months)",
    ),
    (
        "amend",
        # an ordinance's exceptions removed: "plan to eliminate exemptions in the Welcoming City
        # Ordinance that had allowed police to cooperate"
        r"\beliminat\w*\s+(?:the\s+)?(?:exemptions|exceptions|loopholes|carve-?outs)\b|"
        # (not "has even expanded its cooperation with ICE": no agreement changed)
        # (not "included an addendum relating to the detention of illegal immigrants for ICE", "the
        # ICE is an addendum to that": what the agreement holds)
        # a hold lengthened: "the county’s prison board voted to increase the time inmates can be
        # held on detainers from four to 24 hours" (not a new contract's term: "Cobb County’s new
        # contract … increases the time illegal immigrants can be held")
        r"\bto\s+(?:increase|lengthen|shorten|reduce)\s+the\s+(?:time|hours|length\s+of\s+time)\s+(?:\S+\s+){0,4}?"
        r"(?:held|hold|holding|detain\w*|kept)\b|"
        # a rate raised: "Sheriff Richard Jones is hiking the daily rate to hold U.S. Immigration
        # and Customs Enforcement (ICE) detainees"
        r"\b(?:hik|rais|increas|bump)(?:e|es|ed|ing|s)?\s+(?:the\s+|its\s+|their\s+)?"
        r"(?:daily|per[- ]diem|bed[- ]day|per[- ]day|detainee)\s+rates?\b|"
        # beds resized: "ICE reduced the number of guaranteed beds from 714 to 505"
        r"\b(?:reduc|increas|lower|rais)(?:e|es|ed|ing)\s+the\s+number\s+of\s+(?:guaranteed\s+|contracted\s+)?"
        r"beds\b|"
        # a cap changed: "voted Dec. 6 to reduce the maximum number of ICE detainees at the jail",
        # "ICE reduces the maximum allowed capacity of Torrance by almost 30%"
        r"\b(?:reduc|increas|lower|rais|cut)(?:e|es|ed|ing|s)?\s+the\s+(?:maximum\s+(?:allowed\s+|allowable\s+)?"
        r"(?:capacity|number\s+of\s+(?:(?-i:ICE)|immigration|federal)\s+(?:detainees|inmates|prisoners))|"
        r"number\s+of\s+(?-i:ICE)\s+(?:detainees|beds))\b|"
        # "will be reducing the ICE detainees to a maximum capacity of 128"
        r"\b(?:reduc|increas|lower|rais)(?:e|es|ed|ing)\s+the\s+(?:\S+\s+)?(?:detainees|beds|inmates)\s+to\s+"
        r"(?:a\s+)?maximum\s+(?:capacity\s+)?of\s+\d|"
        # ICE taken off the Marshals' agreement: "votes 3-1 to remove ICE from the USMS contract"
        r"\bremov(?:e|es|ed|ing)\s+(?-i:ICE)\s+from\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+)?(?:contract|agreement|IGA)\b|"
        # (not a court's paper: "voluntary departure via stipulated amended judgments")
        r"amend\w*\b(?!\s+(?:\S+\s+)?(?:judgments?|complaints?|petitions?|indictments?|charges?|pleadings?)\b)"
        # (nor a bill amended: "House lawmakers amended an unrelated bill to include mandatory
        # 287(g) language", a discussion)
        r"(?!\s+(?:an?\s+|the\s+|its\s+)?(?:\S+\s+)?(?:bill|legislation)\b)|modif\w*\b(?!\s+issues\s+a\s+new\b)|revis(?:e|es|ed|ing|ions?)\b|(?<!\bis\san\s)(?<!\bincluded\san\s)"
        r"(?<!\bincludes\san\s)(?<!\bhas\san\s)(?<!\bhad\san\s)addendum|"
        # (nor "barriers to expanding immigration enforcement in rural areas": no agreement)
        # (nor the adjective: "not just a version that would allow immigration work in the jail, but
        # an expanded version")
        r"expand(?:s|ed|ing|ion)?\b(?!\s+(?:(?:its|their|the)\s+)?(?:cooperation|collaboration|ties)\b)"
        r"(?!\s+(?:version|model|form|variant)\b)"
        # (nor "Part of East Tennessee's expanding network of 287(g) agencies")
        r"(?<!['’]s\sexpanding)(?<!\ban\sexpanding)(?<!\bthe\sexpanding)"
        r"(?!\s+immigration\s+enforcement\b)|"
        # "voted Tuesday to add 120 beds to rent", "voted to upgrade its “beds for feds” contract"
        r"\badd(?:s|ed|ing)?\s+(?:\S+\s+)?\d[\d,]*\s+(?:more\s+|additional\s+)?beds\b|"
        r"\bupgrad(?:e|es|ed|ing)\b(?=\s+(?:its|the|their)\b)|"
        r"will\s+go\s+from\s+\$|rate\s+(?:increase|change)|"
        # a rate settled: "The per diem was renegotiated up from $66 to $120/inmate"
        rf"\brenegotiated\s+{_SETTLED_RATE}|"
        # a day rate raised: "Rate: $70/day per ICE detainee (increased to $90/day from August
        # 2025)"
        r"\b(?:increas|rais|lower|reduc)(?:e|es|ed|ing)\s+(?:from\s+\$\s?[\d.]+\s+)?to\s+\$\s?\d[\d.]*\s*"
        r"(?:/|\s+(?:per|a|an)\s+)\s*(?:day|night|detainee|inmate|bed)\b|"
        # a new limit in place of the old: "for up to 72 hours, instead of the previous length of
        # 48 hours", "rather than the previous limit of 48 hours"
        r"(?:instead\s+of|rather\s+than)\s+the\s+(?:previous|prior|former)\b|"
        # ("changed his office's participation in the federal 287g immigration program to felony
        # arrests")
        # ("altered their procedures over the last three years and limited the circumstances under
        # which youth could be referred to Immigration and Customs Enforcement")
        # (not "said it won’t alter its current procedures")
        r"(?<!won['’]t\s)(?<!\bnot\s)(?<!\bnever\s)"
        # (not a change that ends it: "changed its policy by not obeying immigration detainers")
        r"(?:chang|alter)(?:e|es|ed|ing|s)?\s+(?:\S+\s+){0,3}(?:way|policy|policies|practices?|protocols?|participation|"
        r"procedures)(?!" + _BY_ENDING + r")|"
        r"\blimit(?:s|ed|ing)?\s+the\s+circumstances\b|"
        r"increas\w+\s+the\s+(?:per\s+diem|daily|rate)|under\s+(?:the\s+)?new\s+terms\b|"
        # "The office will receive an increase starting in November — $105 an inmate"
        # ("secured a 50% increase in the federal reimbursement rate")
        r"(?:receiv\w*|get|gets|got|secur(?:ed|es|ing)|won|obtain\w*)\s+an?\s+(?:\S+\s+)?increase\b|"
        # "has agreed to raise the amount it pays the Daviess County Detention Center", "agreed to
        # renegotiate the contract early", "the new terms include an increased pay rate"
        r"\b(?:rais|increas|hik)(?:e|es|ed|ing)\s+the\s+amount\s+(?:\S+\s+){0,3}?(?:pays|paid|receives|received|"
        r"gets|charges)\b|\bagreed\s+to\s+renegotiate\b|"
        r"\bincreased\s+(?:pay\s+|daily\s+|per[- ]diem\s+|reimbursement\s+)rates?\b|"
        # "a new per diem rate of $105.00 has been negotiated", "the updated … Detention Services
        # Agreement", "adds a requirement that ICE only lodge detainees who …"
        r"\bnew\s+(?:per\s+diem|daily|jail[- ]day|bed[- ]day|detainee[- ]day)\s+rates?\b|"
        # a narrowed contract: "was a clarification to the county’s contract with ICE", "the
        # county’s updated policy to only hold U.S. Immigration and Customs Enforcement detainees
        # convicted of a violent crime", "would allow the county’s detention center to only house
        # … detainees convicted of violent crimes"
        r"\bclarification\s+(?:to|of)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:contract|agreement|policy)\b|"
        r"\bupdated\s+(?:\S+\s+)?policy\b|\bpolicy\s+clarification\b|"
        r"\bonly\s+(?:accept|house|hold|take|apply)\w*\s+(?:\S+\s+){0,8}?(?:detainees|offenders|inmates)\s+"
        r"(?:\S+\s+){0,3}?(?:convicted|charged)\b|\bonly\s+appl(?:y|ies)\s+to\s+the\s+most\s+serious\b|"
        r"updat(?:e|es|ed|ing)\s+(?:\S+\s+){0,8}?(?:agreement|contract|statement\s+of\s+work|"
        r"scope\s+of\s+work|MOU|MOA|IGS?A)\b|"
        r"add(?:s|ed|ing)?\s+an?\s+(?:new\s+)?(?:requirement|provision|clause|rider|condition)\b|"
        # "had to approve the changes in their contract"
        r"\bchanges?\s+(?:in|to)\s+(?:the\s+|their\s+|its\s+)?(?:\S+\s+)?(?:contract|agreement|MOU|MOA|IGS?A)\b|"
        # "approved a plan to rent more immigration detainee beds"
        r"\b(?:rent|add|lease)\w*\s+(?:\S+\s+){0,2}?(?:more|additional|extra)\s+(?:\S+\s+){0,3}?beds\b|"
        # "increased its number of dedicated beds for federal detainees from 15 to 30"
        r"\bincreas\w+\s+(?:its|the|their)\s+(?:number\s+of\s+)?(?:\S+\s+){0,2}?beds\b|"
        # "voted 3-2 in favor of doubling the capacity of the U.S. government's detention center"
        # (not a comparison: "operating at 1,010 detainees — more than double its contractual
        # capacity")
        r"(?<!—\smore\sthan\s)(?<!–\smore\sthan\s)"
        r"\b(?:doubl|tripl)(?:e|es|ed|ing)\s+(?:the\s+|its\s+)?(?:\S+\s+)?(?:capacity|beds|size|number\s+of\s+beds)\b",
    ),
    (
        "approve",
        r"approv\w*|authoriz\w*|execut(?:e|es|ed|ing|ion)\b|enter\w*\s+(?:into|an?\s)|"
        r"enter\w*\s+in\s+an?\s+(?:\S+\s+){0,2}(?:partnership|agreement|contract|deal)|ratif\w*|accept(?!abl)\w*|"
        # "was awarded", "award the contract"; not the noun ("This … Program award, in the amount")
        r"award(?:ed|ing)\b|awards?(?=\s+(?:the|a|an|its|\$|contracts?|grants?)\b)|"
        # (not a recruit's pay: "offering $50,000 sign-on bonuses")
        r"sign(?:s|ed|ing)?\b(?!-on\b)|(?<!has )(?<!have )(?<!had )\bcontracted\s+with\b|"
        # "county officials are looking to codify that decision"
        r"\bcodif(?:y|ies|ied|ying)\b|"
        # "CoreCivic … secured nearly $300 million in new ICE contracts"
        # (not another vendor's: "the jail has since secured a new medical provider contract")
        r"\bsecur(?:ed|es|ing)\s+(?:\S+\s+){0,4}?(?:new\s+)?(?:(?-i:ICE)|federal|immigration|detention)\s+"
        r"(?:detention\s+)?(?:contracts?|agreements?)\b|"
        # "Sweetwater County is inking a deal with federal immigration enforcement officers"
        r"\bink(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:deal|agreement|contract|pact)\b|"
        # "Several Republican states … have pushed through laws to force their police … to"
        r"\bpush(?:ed|es|ing)?\s+through\s+(?:\S+\s+){0,2}?(?:laws?|bills?|legislation|measures?|ordinances?)\b|"
        # "looking to land ICE contracts", "Natrona County just went to (a prolonged hold contract)"
        r"\blan(?:d|ds|ded|ding)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:contracts?|agreements?|deals?)\b|"
        r"\b(?:went|moved|switched)\s+to\s+\(?(?:an?|the)\s+(?:new\s+)?(?:\S+\s+){0,3}?(?:contract|agreement)\b|"
        # an agreement made public: "announced a 5-year lease agreement in March 2025 to resume
        # ICE detention at Dilley", "announced a new partnership with the state of Indiana"
        r"\bannounc\w*\s+(?:an?|the|its)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|contract|deal|lease|"
        r"partnerships?)\b|"
        # the means of the news: "to firm up its relationship with Immigration and Customs
        # Enforcement through a new three-year contract", "to reactivate Delaney Hall – this time
        # via a direct 15-year contract with ICE"
        r"\b(?:via|through)\s+a\s+(?:new|direct)\s+(?:[\w-]+\s+){0,2}?(?:contract|agreement|deal)\b|"
        # "The recent decision by the county’s jail board stipulates guards will call federal
        # authorities"
        r"\bdecision\s+by\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:board|council|commission|court|supervisors|"
        r"commissioners)\s+(?:\S+\s+)?(?:stipulates|requires|allows|directs)\b|"
        # "secured funding from U.S. Immigration and Customs Enforcement totaling $1.1 million"
        r"\bsecur(?:ed|es|ing)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:contracts?|agreements?|deals?|funding)\b|"
        # "officials announced that CoreCivic would begin a 5-year-contract with ICE"
        r"\bbegin\s+an?\s+(?:new\s+)?(?:\S+[- ])?contract\b|"
        # "The Indiana Department of Correction has also started an agreement with federal
        # immigration enforcement"
        r"\bstart(?:ed|s)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:agreement|contract|partnership)\s+with\b|"
        # "An agreement has been reached between Immigration Customs Enforcement, Clearfield county,
        # and the GEO Group"
        r"(?:agreement|deal|accord)\s+(?:has|have|had)\s+been\s+reached\b|"
        # "The Concordia Parish Sheriff’s Office made agreements with ICE to house detainees"
        r"\bmade\s+(?:an?\s+)?(?:agreements?|deals?|contracts?)\s+with\b|"
        # "In an agreement worked out with the U.S. Marshals Service Prisoners Operations Division,
        # the jail would be paid $75 per day"
        r"\b(?:agreement|deal|contract)\s+worked\s+out\s+(?:with|between)\b|"
        r"str(?:uck|ike|ikes)\s+(?:a\s+)?(?:new\s+)?(?:deal|agreement|"
        r"contract)|reach(?:es|ed|ing)?\s+(?:an?\s+)?(?:\w+\s+)?(?:accord|agreement|deal)\b|\breached\s+(?:\w+\s+)?(?:accords|agreements|deals)\b|"
        # (not "to enact immigration warrants": the work)
        # (not a negative reaffirmed: "reaffirmed county jail does not contract with ICE")
        r"enact\w*(?!\s+(?:\S+\s+)?warrants)|reaffirm\w*\b(?!\s+(?:\S+\s+){0,4}?(?:does|do|did|will|would|is|are|was|were)\s+not\b)(?!\s+(?:\w+\s+)?non-)"
        # (nor a word of support: "Nebraska reaffirmed its commitment to the contract")
        r"(?!\s+(?:its|their|the\s+\w+['’]s)\s+commitment\b)|"
        # a status line's date: "Wyoming Highway Patrol: 287(g) Task Force Model announced July
        # 2025"
        r"\b(?:model|agreements?|MOAs?|MOUs?|partnerships?)\s+announced\s+(?:in\s+|on\s+)?"
        rf"(?-i:(?:{_MONTH_LEAD})[a-z]*)\.?\s+(?:\d{{1,2}},?\s+)?\d{{4}}\b|"
        # "ICE set up contracts in 2026 to hold immigrants at the Federal Detention Center"
        r"\bset(?:s|ting)?\s+up\s+(?:new\s+|an?\s+)?(?:contracts?|agreements?)\b|"
        r"formaliz\w*|cleared\s+(?:the\s+)?(?:\S+\s+){0,4}?to\s+(?:hold|house|detain)\b|(?:agreed|(?<=,\s)agreeing)\s+(?:(?:yesterday|today|unanimously|\w+day)\s+)?to(?!\s+(?:delay|postpone|table|defer|wait|study|review|consider|prepare|draft|write|send|hold|"
        r"schedule|continue|discuss|talk|listen|hear|meet)\b)"
        # (nor a lawsuit's price: "agreed to pay $14 million to settle a 2012 class action lawsuit")
        r"(?!\s+pay\s+(?:\S+\s+){0,4}?(?:to\s+settle|in\s+(?:damages|settlement))\b)|"
        r"finaliz(?:e|es|ed|ing|ation)\b(?!\s+(?:\S+\s+){0,2}?(?:documentation|paperwork|details)\b)|"
        r"adopt(?!ers?\b)\w*|"
        # (not "joined federal prosecutors from several other regions … in characterizing")
        r"joined(?!\s+(?:\S+\s+){0,3}?(?:prosecutors|officials|colleagues|protesters|residents|advocates|"
        r"members|lawmakers|attorneys|him|her|them|us|forces|calls?)\b)|"
        # ("ordering the state agencies under his control to join ICE’s 287(g) program")
        r"join\s+(?:the|an?|(?-i:ICE)['’]s)\b|apply\s+for|"
        # ("Sheriff Michael (Mike) Chapman of Loudoun County … enrolled his office in ICE's 287(g)
        # program")
        # (not a tally: "Some counties, including Horry, have also enrolled in the Secure
        # Communities program")
        r"(?<!have\salso\s)(?<!have\s)\benroll(?:s|ed)\s+(?:\S+\s+){0,3}?in(?:to)?\s+(?:\S+\s+){0,3}?"
        r"(?:program|model|partnership)\b|"
        # ("Jackson County Sheriff's Office enters 287(g) agreements with ICE")
        r"enter(?:ed|s)\s+(?:\S+\s+){0,3}(?:agreements?|pacts?|contracts?|deals?)|grant(?:ed|ing)\b|ink(?:s|ed)\b|"
        # "Douglas County Sheriff’s Office opted into what’s known as a “warrant service officer”
        # agreement"
        r"\bopt(?:s|ed|ing)?\s+in(?:to)?\b|"
        # ICE's award text: "TO ESTABLISH A NEW TASK ORDER FOR HOUSING OF ICE DETAINEES", "THIS IS A
        # NEW TASK ORDER TO OBLIGATE FUNDING"
        r"\bnew\s+task\s+orders?\b|"
        # "the Wells Police Department became the first local agency in Maine to contract with U.S.
        # Immigration and Customs Enforcement"
        r"\bbec(?:ame|omes)\s+the\s+(?:first|second|third|latest|last|\w+th)\s+(?:\S+\s+){0,4}?to\s+(?:contract|"
        r"sign|join|enter|partner)\b|"
        # "KVG LLC won the $133 million contract"
        r"\bwon\s+(?:an?|the)\s+(?:\S+\s+){0,3}?(?:contract|agreement)\b|"
        # "ICE has opened a new immigration detention center inside the Louisiana State
        # Penitentiary"
        r"\bopen(?:ed|s)\s+(?:a\s+)?new\s+(?:\S+\s+){0,2}?(?:detention|processing)\s+(?:center|facility)|"
        # "the McCook Work Ethic Camp … will be repurposed into a detention facility to hold
        # immigration detainees"
        r"\b(?:repurpos|convert)\w*\s+(?:\S+\s+){0,2}?into\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:detention|"
        r"immigration|(?-i:ICE))\b|"
        # "have now partnered with ICE", "are joining a program that empowers local law enforcement"
        r"\b(?:have|has)\s+(?:now\s+|\w+ly\s+)?partnered\s+with\b|\bjoining(?=\s+(?:a|the)\s+(?:\S+\s+)?program\b)|"
        # a ban lifted, an opening ordered: "has quietly rolled back its policy barring Immigration
        # and Customs Enforcement agents from accessing secure areas of its jail", "correctional
        # officers have been instructed to grant ICE clearance", "Elrich will now give ICE agents
        # access"
        r"\broll(?:ed|s|ing)?\s+back\s+(?:its|the|their|a)\s+(?:\S+\s+){0,2}?(?:policy|ban|order|rules?|"
        r"restrictions?)\s+(?:barring|banning|prohibiting|restricting|limiting|that\s+(?:barred|banned|"
        r"prohibited))\b|\b(?:instructed|directed|ordered)\s+to\s+(?:grant|give|allow|permit|let)\b|"
        r"\bwill\s+now\s+(?:give|grant|allow|let|permit)\b|"
        # ("The Douglas County Sheriff’s Office is now part of “The Task Force Model”")
        r"\b(?:is|are)\s+now\s+(?:a\s+)?part\s+of\b|"
        # ("The Walton and Santa Rosa County jails are joining 15 other counties in Florida in a new
        # partnership with the federal government")
        r"\bjoining(?=\s+(?:\S+\s+){1,6}?in\s+(?:a|the)\s+(?:new\s+)?(?:\S+\s+)?(?:program|partnership|agreement)\b)|"
        r"announc\w+\s+(?:on\s+(?:\S+\s+){1,3}?)?(?:an?\s+|the\s+)?(?:\S+\s+){0,3}(?:agreements?|contracts?|deals?|"
        r"partnerships?)|"
        # ("The legislature this week passed the “Dignity Not Detention Act,”", "House Bill 16 …
        # officially passed the Maryland General Assembly", "passed the House of Delegates")
        # ("In a 7 to 0 vote, Fort Myers City Council passed the Memorandum of Agreement (MOA)")
        # ("Columbus passed measures blocking 287(g) agreements")
        r"pass(?:ed|es)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:ordinance|resolution|law|bill|measure|"
        # (not "passed the contract on to the board"; "passed an ordinance on April 8, 2026" is)
        r"memorandum|agreement|contract|MOA|MOU)s?\b(?!\s+along\b)(?!\s+on\b(?!\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|"
        r"Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)))|"
        # a bill by its number: "Tennessee House and Senate passed HB2219 requiring all 95 county
        # sheriffs to enter a 287(g) agreement"
        r"\bpass(?:ed|es)\s+(?:[HS]\.?\s?B\.?|[HS]\.?\s?F\.?|AB|LD)\s?\d+\b|"
        r"pass(?:ed|es)\s+the\s+[“\"](?:\w+\s+){0,4}act\b|"
        r"\bpassed\s+the\s+(?:\w+\s+)?(?:house|senate|general\s+assembly|legislature)\b|"
        # minutes: "a roll-call vote recorded “Yes” … and the resolution passed", "Motion carried"
        r"\b(?:resolution|motion|ordinance)\s+(?:was\s+)?(?:passed|carried|adopted)\b|"
        # "voted 5-to-0 to allot $1,012,500 for this interagency partnership"
        # ("voted 11-3 with one abstention to restrict county employees from cooperating")
        # ("Resolution vote: 22-11 (party-line) to restrict the jail to holding only ICE detainees")
        r"vot\w+:?\s+(?:\S+\s+){0,5}?to\s+(?:allot|allocat|appropriat|fund|budget|spend|require|direct|"
        r"order|mandate|add|creat|hire|allow|permit|restrict|limit)\w*"
        # (not staff sent to prepare: "voted 4 to 3 to direct staff to place an ordinance … on a
        # future agenda")
        r"(?!\s+staff\s+to\s+(?:place|bring|draft|prepare|return|study|research|explore|report)\b)|"
        # ("voted unanimously to pass Bill 286")
        r"vot\w+\s+(?:\S+\s+){0,3}?to\s+pass\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:ordinance|resolution|bill|"
        r"measure|law|legislation)\b|"
        # a policy issued: "has released a written directive regarding … ICE detainers"
        # ("County Executive Pat Ryan: Issued executive order prohibiting county employees from
        # sharing immigration status")
        # ("issued the second executive order of his administration")
        r"\b(?:releas|issu)(?:ed|es|ing)\s+(?:(?:a|an|the|its)\s+)?(?:new\s+|revised\s+|updated\s+|first\s+|second\s+|"
        r"third\s+)?(?:written\s+)?"
        # (not an order that only urges: "issued an executive order Thursday urging local law
        # enforcement agencies, too, to join")
        # ("Governor Youngkin issued EO 47 directing State Police and Corrections into TFM/JEM")
        r"(?:directive|policy|general\s+order|memorandum|memo|executive\s+order|(?-i:EO)\s?\d+)"
        r"(?!\s+(?:\S+\s+){0,2}?(?:urg|encourag|call|ask|request)\w*)\b|"
        # guidance that orders, not an opinion ("AG Tong issues guidance: state employees generally
        # not required to disclose"): "quietly issued guidance this week barring state agencies"
        r"\bissu(?:ed|es|ing)\s+guidance\s+(?:\S+\s+){0,3}?(?:barring|prohibiting|banning|directing|"
        r"requiring|ordering)\b|"
        # "The directive issued Wednesday prevents … agents … from gathering data"
        r"\b(?:directive|guidance|executive\s+order)\s+(?:was\s+)?issued\s+(?:on\s+)?(?:\w+day|last\s+week|"
        r"this\s+week|yesterday|today)\b",
    ),
    (
        "discuss",
        # pressure put on a sheriff: "a letter Abbott addressed to her, threatening to take away
        # $1.8 million in state criminal justice grant money unless Hernandez agrees to fully
        # cooperate"
        r"\bthreat(?:en|ens|ened|ening)\s+to\s+(?:take\s+away|withhold|cut|pull|strip|revoke)\b|"
        # a call made again: "US Senator Martin Heinrich renews call for closure of TCDF"
        r"\b(?:renew|reiterat|repeat)\w*\s+(?:(?:his|her|their|its|a|the)\s+)?calls?\s+(?:for|to)\b|"
        # "attorney’s office advises against contract"; an agency's request for beds: "ICE has
        # requested 10 beds to temporarily house inmates"
        r"\badvis(?:es|ed|ing)\s+(?:the\s+(?:city|county|board|council|sheriff)\s+)?against\b|"
        r"\bha(?:s|d)\s+requested\s+(?:\S+\s+){0,3}?(?:beds|space)\b|"
        # land or a jail offered: "Texas Land Commissioner Dawn Buckingham offered the Trump
        # administration 1,402 acres in Starr County"
        r"\boffer(?:ed|s|ing)\s+(?:\S+\s+){0,6}?(?:acres|land|sites?|propert(?:y|ies)|jails?|"
        r"facilit(?:y|ies)|beds|space|buildings?)\b|"
        # a rate still sought: "plans to seek an increase in the rate it receives for housing
        # Immigration and Custom Enforcement detainees", "submitted a cost analysis … to propose a
        # day rate for housing Immigration and Customs Enforcement detainees"
        r"\bseek\w*\s+(?:an?\s+)?(?:\S+\s+)?(?:increase|raise|hike)\b|"
        r"\bpropos\w*\s+(?:an?\s+|the\s+)?(?:new\s+|higher\s+)?(?:day|daily|per[-\s]diem|bed)\s+rate\b|"
        # a bill's demand, a plan's first talk: "sheriffs would be required to honor ICE
        # detainers", "Top White House officials recently met to brainstorm the expansion of a
        # post-9/11 program"
        r"\bwould\s+(?:also\s+)?be\s+required\s+to\b|\bbrainstorm\w*|"
        # a county's application, an item set aside: "commissioners had applied to host up to 150
        # adult male ICE detainees", "Commissioners tabled the ICE contract indefinitely"
        r"\bappl(?:y|ies|ied|ying)\s+to\s+(?:host|house|hold|detain|rent)\b|\btabl(?:ed|ing)\b|"
        # a bill amended, "would not rule out a 287(g) agreement"
        r"\bamend\w*\s+(?:an?\s+|the\s+|its\s+)?(?:\S+\s+)?(?:bill|legislation)\b|"
        r"\b(?:would|will|did|does|do)\s+not\s+rule\s+out\b|"
        # an approach: "Federal officials have contacted Albany County Sheriff Craig Apple about the
        # availability of space", "received an inquiry last month from federal immigration
        # officials", "The … application … is still pending"
        r"\bcontacted\s+(?:\S+\s+){0,5}?about\b|\breceived\s+an?\s+inquiry\b|"
        r"\b(?:is|remains|was)\s+(?:still\s+)?pending\b|"
        # ("was listed as pending for 287(g) in 2025", "… motion to dismiss … Case pending")
        r"\bas\s+pending\b|\b(?:case|suit|lawsuit|matter|appeal)\s+(?:is\s+|remains\s+)?(?:still\s+)?pending\b|"
        # ("The more contentious topic was the MOU between Nye County and ICE")
        # (not "As discussed in UWCHR's report": a reference)
        r"(?<!\bas\s)discuss\w*|\btopics?\s+(?:was|were|is|of\s+(?:discussion|debate))\b|"
        # "shared concerns about a contract between the Kent County Sheriff’s Office and … ICE",
        # "to try to convince commissioners that the county is not obligated to detain people"
        # ("Council members had concerns over the potential for Vigilant … to … share data to ICE")
        r"\b(?:shar\w*|rais\w*|voic\w*|express\w*|had)\s+(?:\S+\s+)?concerns\s+(?:about|over|regarding|with)\b|"
        # "Brown tried to reassure the council that Richmond’s contract with Vigilant doesn’t allow
        # for sharing information directly to ICE", "A resolution is moving forward that would
        # increase the amount of money the county receives"
        r"\breassur\w+\s+(?:the\s+)?(?:council|board|commissioners|supervisors|commission|committee|"
        r"aldermen|legislators)\b|\b(?:resolution|proposal|plan|ordinance|measure)\s+(?:is|was)\s+moving\s+"
        r"forward\b|"
        # a bill introduced, a bill heard: "nearly identical bills to ban private immigration
        # detention facilities were introduced in Colorado, New Mexico and New York", "New Mexico
        # legislators began hearings today on legislation to prohibit local governments from
        # contracting"
        r"\b(?:bills?|measures?|legislation|proposals?)\s+(?:\S+\s+){0,8}?(?:was|were|has\s+been|have\s+been)\s+"
        r"introduced\b|\b(?:began|begin|begins|held|holds?|holding)\s+(?:\S+\s+){0,2}?hearings?\s+(?:\w+\s+)?on\b|"
        # an ordinance set for a later meeting: "voted 4 to 3 to direct staff to place an ordinance
        # restricting the use of city resources to cooperate with ICE on a future agenda"
        r"\bplace\s+(?:\S+\s+){0,14}?on\s+(?:a|the)\s+(?:future|upcoming|next|later)\s+(?:\S+\s+)?agenda\b|"
        # a bill by what it aims at: "A New Mexico measure targets local government agreements to
        # detain immigrants for ICE"
        r"\b(?:measure|bill|proposal)\s+(?:that\s+|which\s+)?targets?\b|"
        # (and told in the passive: "Concerns were also raised about the legal implications of the
        # county's agreements with ICE")
        r"\bconcerns\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:raised|voiced|expressed)\b|"
        # ("There are concerns that the data is being shared with federal immigration authorities")
        r"\bthere\s+(?:are|were|have\s+been|remain)\s+(?:\S+\s+)?concerns\b|"
        # ("Activists say their concerns stem from a memorandum of understanding (MOU) between the
        # Pasadena Police Department and US Immigration and Customs Enforcement")
        r"\bconcerns\s+(?:stem|stemmed|arise|arose)\s+from\b|"
        # ("We worry that using 287 (g) agreements to enable National Guard units to enforce
        # immigration laws creates enormous risk")
        r"\bworr(?:y|ies|ied)\s+(?:that|about)\b|"
        # talks kept up, a plan moved on, a bill on its way, a campaign's aim: "voted 4-1 to
        # continue talks with U.S. Immigration and Customs Enforcement", "moved ahead with a plan to
        # give certain local law enforcement authorities the power", "The text that’s headed to
        # Gov. Greg Abbott’s desk", "a hunger strike aimed at ending the agreement"
        r"\bcontinu\w*\s+" + _TALKS + r"|"
        # an end threatened on a condition: "The Linn County Jail may stop housing federal inmates
        # for the U.S. Marshals Service if the two organizations can’t come to an agreement"
        r"\b(?:may|might|could)\s+(?:stop|end|cease|terminate|cancel)\w*\s+(?:\S+\s+){0,10}?if\b|"
        r"\bmov(?:ed|es|ing)\s+ahead\s+with\s+(?:a|the)\s+(?:\S+\s+)?(?:plan|proposal|talks)\b|"
        r"\bheaded\s+to\s+(?:\S+\s+){0,3}?desk\b|"
        r"\baimed\s+at\s+(?:ending|terminating|cancel+ing|stopping|closing)\b|"
        # "now there is another attempt to keep Immigration and Customs Enforcement (ICE) from
        # operating deportation flights"
        r"\b(?:an?|another|the|its|their|his|her)\s+(?:\S+\s+)?attempts?\s+to\b|"
        # a decision defended, an application pending, a campaign under way: "stood by his decision
        # to participate in … 287(g) program", "Sheriff Jenkins’s application to deputize six of
        # his officers", "The campaigns to close Bergen County Jail, Hudson County Jail, and Essex
        # County Jail's ICE agreements"
        r"\bst(?:ood|ands?)\s+by\s+(?:his|her|its|their|the)\s+(?:\S+\s+)?decision\b|"
        r"\bapplication\s+to\s+(?:join|deputize|participate|enter|become|house|host|hold)\b|"
        r"\bcampaigns?\s+to\s+(?:close|end|cancel|terminate|stop|sever)\b|"
        # what one ought not do is asked, not done: "THE CITY MUST NOT RENEW ITS P.A.R.S CONTRACT"
        r"\b(?:must|should)\s+not\s+(?:renew|extend|continue|sign)\b|"
        # (a persuasion that worked is the act it won: "convinced their decision makers to opt out
        # of Secure Communities")
        r"\b(?:convinc|persuad)\w+\b(?<!convinced)(?<!persuaded)|"
        r"\b(?:convinced|persuaded)\b(?!\s+(?:\S+\s+){0,5}?to\s+(?:opt\s+out|end|terminate|cancel|drop|"
        r"withdraw|exit|sever|stop|pull\s+out)\b)|"
        # a request put to officials: "We are asking law enforcement and/or elected officials to
        # honor only detainer requests", "The ACLU is asking the county to stop cooperating"
        r"\b(?:is|are|was|were)\s+asking\s+(?:\S+\s+){1,8}?to\b|"
        # "gave the U.S. Marshals Service a deadline by letter Friday … to resolve the shortfall":
        # a demand
        r"\b(?:gave|gives?|giving|set(?:s|ting)?)\s+(?:\S+\s+){0,5}?an?\s+deadline\b|"
        # "headed toward a legal showdown over whether the sheriffs can keep people in their jails"
        r"\b(?:over|about)\s+whether\b|"
        # "is working on a separate agreement toward housing ICE detainees", "is working out an
        # agreement with the U.S. Marshals Service"
        r"\bworking\s+(?:on|out|toward)\s+(?:an?|the)\s+(?:\S+\s+){0,2}?(?:agreement|contract|deal|MOU|MOA)s?\b|"
        # "Douglas County is working to update a deal with State Probation and the U.S. Marshall
        # Service"
        r"\bworking\s+to\s+(?:update|renegotiate|negotiate|revise|rework)\b|"
        # "he’s pursuing the provision that would let his jail hold ICE detainees"
        r"\bpursu(?:e|es|ed|ing)\s+(?:an?|the|its|his|her|their)\s+(?!(?:\S+\s+)?(?:immigrants|suspects|"
        r"criminals|fugitives)\b)|"
        # (not "presented the AG investigators with their federal credential badges": a handing)
        r"(?<!at )present(?:s|ed|ing|ations?)?\b"
        r"(?!\s+(?:\S+\s+){1,4}?with\s+(?:their|his|her|the|an?)\b)"
        # (nor "if ICE presents a judicial warrant": a document shown)
        r"(?!\s+(?:an?|the|its|their|his|her)\s+(?:\S+\s+){0,2}?(?:warrants?|orders?|identification|"
        r"credentials?|badges?)\b)|"
        r"update\s+(?:on|from|regarding|about)|"
        # "is planning on placing federal detainees", "proposed to have investigators … sworn
        # in", "for a series of meetings with Guam's leaders about"
        r"\b(?:is|are)\s+planning\s+(?:on|to)\b|"
        r"\bpropos(?:e|es|ed)\s+to\b(?!\s+the\s+(?:board|council))|"
        # a facility still only proposed: "A proposed 3,000-bed ICE detention campus on a 30-acre
        # county-controlled site", "Bradford County, FL — 3,000-bed "detention campus" proposal"
        r"\bproposed\s+(?:[\d,]+[-‐]bed\s+)?(?:\S+\s+){0,2}?(?:(?-i:ICE)|immigration)\s+(?:detention|"
        r"detainment|holding|processing)\s+(?:campus|center|facility|site|complex)\b|"
        r"\b[\d,]+[-‐]bed\s+(?:\S+\s+){0,3}?proposal\b|"
        r"\bmeetings?\s+(?:with\s+(?:\S+\s+){0,4}?)?(?:about|regarding|concerning)\b|"
        r"\b(?:revenue|budget|status|jail)\s+updates?\b|"
        # "requests that the City Auditor conduct an independent compliance audit"
        r"(?:conduct|perform|request)\w*\s+(?:an?\s+)?(?:\w+\s+){0,2}audits?\b|"
        # "asked the city attorney to look into how Adelanto could rescind …"; a lawsuit over a
        # vote ("filed suit …, saying a vote … to renew the … contract … may have been illegal")
        r"\blook(?:s|ed|ing)?\s+into\b|\bfiled\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:suit|lawsuit|complaint)\b|"
        # "The lawsuit – the first of its kind in New York State – argues that … 287(g) agreement
        # … is unlawful", "has vowed to fight a proposal by New York Governor Kathy Hochul to
        # ban", "Voice Support for Governor's Proposed Ban on 287(g) Agreements"
        r"\b(?:lawsuit|suit|complaint)\s+(?:[^.;]{0,80}?\s)?(?:argues|alleges|contends|claims)\s+that\b|"
        r"\bvow(?:s|ed)?\s+to\s+(?:fight|oppose|block|challenge)\b|\bvoic\w+\s+support\s+for\b|"
        r"\bproposed\s+ban\b|"
        # (not "would get sued because of the unlawful holds": a fear)
        r"(?<!\bget\s)(?<!\bbe\s)\bsued\b|"
        # a bill on its way: "the Senate Budget and Appropriations Committee approved a bill"
        # "An Idaho House … committee voted Thursday to approve a bill", "The Idaho House voted
        # 41–27 on Friday to pass a measure"
        # ("The California legislature has passed a bill that seeks to halt the disclosure")
        r"(?:\bcommittee|\blegislature|(?-i:\bAssembly|\bSenate|\bHouse))\s+(?:\S+\s+){0,5}?"
        # ("aldermen on the City Council’s new committee on immigrant rights advanced the mayor’s
        # proposal")
        r"(?:approv|pass|advanc)\w*\s+(?:a|the|its)\s+(?:\S+\s+){0,2}?(?:bill|measure|proposal|ordinance)\b|"
        # a bill still to pass: "If SB 2329 passes (effective July 1, 2026), it creates financial
        # incentives for 287(g) participation"
        r"\bif\s+(?:the\s+)?(?:bill|measure|(?-i:[HS]\.?B\.?|LB)\s*\d+)\s+(?:passes|is\s+(?:passed|signed|enacted))\b|"
        # "If signed into law, House Bill 1100 would prohibit", "the Judiciary Committee recommended
        # on Monday that the Legislature pass a bill"
        # ("If signed, state budget would block ICE from entering into any new or expanded
        # detention contracts")
        r"\bif\s+signed\b|\bcommittee\s+(?:\S+\s+){0,2}?recommended\b|"
        # "Monday nights meeting is to address our budget as it pertains to ICE"
        r"\bmeeting\s+(?:is|was|will\s+be)\s+to\s+(?:address|discuss|consider|review)\b|"
        # "the City has agreed to listen to details on the federal 287 program"
        r"\bagreed\s+to\s+(?:listen|hear|meet)\b|"
        # "three county sheriff's offices in the state have to decide whether they will seek to
        # renew"
        r"\b(?:have|has|need|needs)\s+to\s+decide\s+whether\b|"
        # ("lawmakers advanced a package of immigrant-protection bills"; not "lawmakers passed a
        # bill", which may be the law)
        r"\b(?:lawmakers|legislators)\s+(?:\S+\s+){0,3}?advanc\w*\s+(?:a|the|its)\s+(?:\S+\s+){0,2}?"
        r"(?:bills?|measures?|package|proposals?)\b|"
        # ("Colorado's HB 26-1276 … cleared the legislature on May 11, 2026 … and headed to Gov.
        # Polis"; not "the bill that cleared the legislature Apr 22–23", its history)
        r"(?<!that\s)(?<!which\s)\bcleared\s+(?:the\s+|both\s+)?(?:\S+\s+)?(?-i:[Ll]egislature|Senate|House|Assembly|chambers)\b|"
        # ("The Tennessee House (71-25) and Senate passed legislation requiring every sheriff")
        r"(?-i:\bSenate|\bLegislature)\s+(?:\S+\s+){0,2}?(?:approv|pass)\w*\s+legislation\b|"
        # one chamber's vote: "House passed 134-21 on March 25, 2026 — bans warrantless ICE
        # arrests", "South Carolina House passes H.4764 (forced 287(g) collaboration)" (not "House
        # and Senate passed HB2219": both chambers, the law passed)
        # ("PROTECT Act (passed House March 2026): Limits cooperation")
        r"(?<=\()passed\s+(?:the\s+)?(?-i:House|Senate|Assembly)\b(?!\s+and\b)|"
        # ("Senate passed a stronger PROTECT Act 37-3 (May 7)")
        r"(?<!\band\s)(?-i:\bSenate|\bHouse)\s+(?:approv|pass)\w*\s+(?:(?:\S+\s+){0,4}?\d+\s?[-–]\s?\d+\b|"
        r"(?-i:[HS]\.?\s?B?\.?\s?\d{1,5})\b)|"
        # (not "ahead of a report by the University of Washington Center for Human Rights
        # revealing …": when, not what)
        # (nor a standing duty: "The DOC must submit an annual report to the Mayor and Council")
        r"(?<!ahead\sof\s)(?<!must\ssubmit\s)(?<!shall\ssubmit\s)(?<!to\ssubmit\s)(?<!submit\san\s)"
        r"(?:the|a|an|this|annual|staff|"
        # (not "The ACLU report states that sheriffs … have signed": what it says happened; not
        # "obtained the arrest reports")
        r"status|quarterly)\s+(?!(?:arrest|police|booking|incident|crime|news|media|press)\s)(?:\w+\s+)?"
        r"reports?\b(?!\s+(?:states?|says|shows?|found|finds|notes?)\b)|"
        r"reports?\s+(?:on|from|regarding|of)\b|"
        # (not "a letter … reviewed by the Daily Press")
        r"(?<!\bwe\s)review\w*\b(?!\s+by\s+(?:the\s+)?(?:[A-Z]\S*\s+){0,3}(?-i:Press|Times|News|Post|Journal|Media|"
        r"Herald|Tribune|Gazette|Record|Register|Sun|Observer|Chronicle|Bee|Star|Reporter)\b)"
        # (nor the press's own finding: "a first-of-its-kind review by Spotlight PA has found")
        r"(?!\s+(?:by\s+(?:\S+\s+){1,4}?)?(?:has\s+|have\s+)?(?:found|finds|shows?|showed)\b)"
        r"(?!\s+(?:the\s+|their\s+)?(?:immigration|citizenship)\s+status)(?!\s+(?:\S+\s+){0,2}?(?:individuals|inmates|people|persons|arrestees|bookings?)\b)(?!\s+(?:is|was)\s+complet)|"
        # (not "considers ICE detainers to be non-binding requests": a view)
        # (not "Consideration for the County Judge to execute the 287(g) agreement": an agenda
        # item that asks for the act)
        # (nor an officer's task: "execute arrest warrants …, consider evidence, prepare charging
        # documents")
        r"consider(?:s|ed|ing|ations?)?\b(?!\s+(?:\S+\s+){0,4}?to\s+be\b)(?!\s+evidence\b)"
        r"(?!\s+for\s+(?:the\s+)?(?:\S+\s+){0,4}?to\s+(?:execute|approve|sign|enter|authorize)\b)|reconsider\w*|re-?examin\w*|revisit\w*|re-?evaluat\w*|nearing|"
        r"near\s+an?\s+agreement|"
        # a candidate's stand or a call to think again: "came out in favor of … entering into … a
        # 287 (g) agreement", "should rethink expanding the role of deputies", "very different
        # opinions about how closely their agency should work with … ICE"
        r"\bcame\s+out\s+(?:in\s+favor\s+of|against)\b|\brethink\w*|"
        r"\b(?:different|differing|opposing)\s+(?:opinions|views)\s+(?:about|on)\b|"
        r"(?:public\s+)?hearing\s+(?:on|regarding)|(?:community\s+)?forum\s+(?:on|regarding|about)\b|"
        # "Conduct public forum in accordance with Government Code section 7283.1(d)"
        r"(?:conduct|hold|convene|schedul)\w*\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:forum|workshop)\b|"
        # "asked the board and staff to provide comprehensive information about the … contract"
        r"ask\w*\s+(?:\S+\s+){0,6}?to\s+(?:provide|present|prepare)\s+(?:\S+\s+){0,3}?(?:information|"
        r"reports?|accounting|data|update)\b|informational|fac(?:e|es|ing)\s+an?\s+(?:\S+\s+){0,2}?decision|"
        # a locality's application: "hereby request authorization from the U.S. Department of
        # Homeland Security to participate in the 287(g) Delegation of Authority Program"
        r"request\w*\s+authori[sz]ation\s+from\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:department|DHS|ICE|"
        r"immigration|federal)\b|"
        # (not "while ICE assesses whether to deport them": the agency's own case)
        r"whether\s+to(?!\s+(?:deport|remove|charge|prosecute|release|arrest)\b)|"
        r"in\s+talks|talk(?:s|ed|ing)?\s+(?:with|to)\b|"
        # "will have to get approval from the Aurora City Council in order to expand"
        r"\b(?:(?:ha(?:ve|s|d)|need\w*)\s+to|must)\s+(?:get|obtain|seek|win|secure|receive)\s+(?:\S+\s+)?approval\b|"
        # "defended his decision to apply for the 287g program … to the … Board of Supervisors"
        r"\bdefend(?:s|ed|ing)?\s+(?:his|her|their|its|the)\s+(?:decision|plan|proposal|choice|request|"
        r"application)\b|"
        # "The commissioners will vote Thursday on an alteration to the county’s existing contract"
        r"\bwill\s+vote\b|"
        # "Sheriff Scott Jones Monday gave details of who had been held for ICE", "The Board of
        # Supervisors forum held Monday"
        r"\bgave\s+(?:the\s+\S+\s+)?(?:details|an?\s+update|a\s+report|a\s+presentation)\b|"
        # ("The TRUTH Act Forum will take place during the Board of Supervisors meeting")
        r"\b(?:forum|hearing|workshop)\s+(?:(?:was|will\s+be)\s+)?held\b|"
        r"\b(?:forum|hearing|workshop)\s+will\s+take\s+place\b|"
        # "The bill introduced Tuesday could unwind contractual arrangements", "sending the
        # legislation to the governor’s desk"
        # ("The bill, CB-51, was introduced by County Council Vice Chair Liz Walsh")
        r"\b(?:bill|legislation|measure)(?:,\s+[^,]{1,20},)?\s+(?:was\s+)?introduced\b|"
        r"\bto\s+the\s+governor['’]s\s+desk\b|"
        # "there has been an ongoing conversation for several months about the long-standing
        # contract", "Maryland state and county leaders are taking steps to prohibit local jails"
        r"\bongoing\s+conversations?\b|\btaking\s+steps\s+to\b|"
        # "sheriff’s offices with pending 287(g) applications"
        r"\bpending\s+(?:287\s*\(?g\)?\s+)?applications?\b|"
        # "Officials in Calhoun County, Mich., submitted a proposal in October 2017 to build a
        # 300-bed facility that would hold ICE detainees"
        r"\bsubmit(?:s|ted|ting)?\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:\S+\s+)?proposals?\b|"
        # "Active warrant service officer, pending task force model"
        r"\bpending\s+(?:task[\s-]force|jail[\s-]enforcement|warrant[\s-]service(?:\s+officer)?)\s+model\b|"
        # a step under way: "Lyon County: Finalizing 287(g) documentation as of mid-2025"
        r"\bfinalizing\s+(?:\S+\s+){0,2}?(?:documentation|paperwork|details)\b|"
        # "Deweese brought the issue before the court saying housing ICE detainees …"
        r"\bbr(?:ought|ing|ings|inging)\s+(?:the|this|an?)\s+(?:issue|matter|item|proposal|idea)\s+(?:before|to)\s+"
        r"the\b|"
        # ("introduced the Local Cops, Local Crimes Act on January 30, 2026")
        r"\bintroduc(?:ed|es|ing)\s+(?:a|the)\s+(?:\S+\s+)?(?:bill|legislation|measure)\b|"
        r"\bintroduc(?:ed|es|ing)\s+the\s+(?:\S+\s+){1,5}?(?-i:Act)\b|"
        # "file the first New York State lawsuit challenging a 287(g) agreement"
        r"\bfil(?:e|es|ed|ing)\s+(?:\S+\s+){0,6}?(?:law)?suits?\s+challenging\b|"
        # a suit by its party or its heading: "sanctuary/TRUST Act suit against CT, Gov. Lamont",
        # "Nassau 287(g) suit: … NYCLU appealed May 26, 2026"
        # (not "Court of Appeals"; nor "filed lawsuits against sheriffs", a suit not over the
        # agreement)
        r"\b(?:law)?suits?\s+(?:\S+\s+){0,14}?challenging\b|(?-i:\bappeal(?:ed|s|ing))\b(?!\s+to\b)|"
        # "Three attempts in the 2026 legislative session to mandate 287(g) participation"
        r"\battempts?\s+(?:\S+\s+){0,6}?to\s+(?:mandate|require|force|pass)\b|"
        # "One state senator … is sponsoring a bill that would prohibit municipalities from …"
        r"\bsponsor(?:s|ed|ing)\s+(?:a|the)\s+(?:\S+\s+)?(?:bill|legislation|measure|ordinance)\b|"
        # "Six co-sponsors put forth an ordinance that would codify …"
        # ("Councilman Jim Wertz authored an ordinance to remove ICE from the county prison
        # contract")
        r"\b(?:put\s+forth|author(?:ed|s))\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:ordinance|bill|"
        r"resolution|measure|legislation|proposal|motion)s?\b|"
        # a counsel's advice and a vote awaited: "the county solicitor recommended that county
        # counsel refuse a proposed supplemental appropriation", "there to speak or witness the
        # decision on Ordinance 27"
        r"\brecommended\s+that\s+(?:\S+\s+){0,3}?(?:council|counsel|board|commission|legislature|"
        r"commissioners|supervisors)\s+(?:\S+\s+)?(?:refuse|reject|deny|decline|vote\s+(?:no|against))\b|"
        r"\b(?:witness\w*|await\w*)\s+(?:the\s+)?(?:decision|vote)\s+on\b|"
        # "is potentially interested in creating a detention center"
        r"\binterested\s+in\s+(?:creating|opening|building|hosting|locating|housing|establishing|"
        r"joining|signing|participating)\b|dialogue\s+(?:on|about|regarding)|"
        r"debate\s+(?:about|over|on)\s+(?:its|the|their|a|an)\s+(?:\S+\s+){0,3}?(?:contract|agreement|MOU|MOA|"
        r"IGS?A|partnership|relationship)s?\b|draft(?:s|ing)\s+(?:a|an|the)\s+(?:\S+\s+){0,2}"
        rf"(?:memorandum|agreement|contract|MOU|MOA)\b|intention\s+to|"
        # "GEO's formal proposal surfaced via ACLU-NC litigation"
        r"\b(?:formal|written|unsolicited)\s+proposals?\b|"
        # "ICE is planning a contract extension for the Elizabeth detention center"
        r"\b(?:is|are|was|were)\s+planning\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:extension|renewal|expansion)\b|"
        rf"(?<!\bas\s)\boppos(?:e|es|ed|ing|ition)\b|(?:re)?negotiat\w*\b(?!\s+through)(?!\s+{_SETTLED_RATE})|(?:compet(?:e|es|ing)|vying)\s+for\s+(?:\S+\s+){{0,2}}?(?:contracts?|agreements?|business)\b|(?:override\s+)?vote\s+(?:is\s+)?pending\b|(?<!request\s)seeking(?!\s+(?:new\s+)?(?:populations?|customers|clients|tenants)\b)(?!\s+(?:documents|records|information|abortion|reproductive|medical|care|asylum|help|treatment|refuge|shelter|employment|work)\b)|waiting(?!\s+for\s+(?:their\s+|his\s+|her\s+)?(?:deportation|removal|trial|sentencing|transfer|hearings?|court))|delay\w*\s+(?:a\s+)?vote|postpon\w*|warn\w*|"
        r"should\s+(?:\S+\s+){1,8}go\s+forward|urg(?:e|es|ed|ing)\b|encourag(?:e|es|ed|ing)\b|call(?:s|ed|ing)?\s+(?:up)?on\b|"
        # "residents filled the … Fiscal Court meeting … to speak out about the county’s contract"
        r"\bsp(?:eak\w*|oke)\s+out\b|"
        # "raised $750K+ for impacted families, lobbying for statewide 287(g) ban"
        r"\blobb(?:y|ies|ied|ying)\s+(?:\S+\s+)?(?:for|against)\b|"
        # procurement under way: "ICE published a request for information on “turn-key detention
        # services”", "ICE has initiated a procurement process", "ICE is evaluating options",
        # "ICE is either trying to contract directly with GEO Group" (not "the department did
        # respond to a Request for Information": an answer given)
        # ("ICE publishes sole-source procurement notice for 2-year contract with MTC")
        # "the state legislature is moving to give all local police immigration enforcement
        # authority"
        r"\b(?:is|are)\s+moving\s+to\b|"
        # pressure on others to act: "Sheriff Gualtieri pressured all Tampa Bay police chiefs to
        # sign 287(g) agreements"
        r"\bpressur(?:es|ed|ing)\s+(?:\S+\s+){0,6}?(?:to|into)\s+(?:sign|join|enter|adopt|end|terminate|"
        r"renew|cancel|drop)\w*\b|"
        # ("DHS posted a formal GSA contract solicitation", "DHS posted a proposed contract on a …
        # (GSA) website")
        r"\b(?:publish|issu|releas|post)\w*\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,3}?(?:procurement\s+notice|"
        r"solicitation|proposed\s+contract)s?\b|"
        r"\b(?:publish|issu|releas|post)\w*\s+(?:an?\s+|the\s+)?requests?\s+for\s+(?:information|proposals?|"
        r"qualifications)\b|"
        r"\b(?:initiat|launch|start)\w*\s+(?:an?\s+|the\s+)?procurement\b|\bevaluat\w*\s+(?:its\s+|the\s+|all\s+)?options\b|"
        r"\btry(?:ing|ies|ied)?\s+to\s+(?:contract|buy|purchase|acquire|negotiate|secure)\b|"
        # "dozens testified for or against the county jail’s contract"
        r"\btestif(?:y|ies|ied|ying)\s+(?:\S+\s+){0,3}?(?:for|against|about|on|in\s+favor\s+of)\b|"
        r"(?:called|calling)\s+for\b|\bdemand(?:ed|ing)\b|"
        # "Governor Kathy Hochul proposes legislation to ban local 287(g) agreements"
        r"\bpropos(?:e|es|ed|ing)\s+(?:a\s+|new\s+)?(?:legislation|bill|law|ordinance|measure)\b|"
        # ("if they want to take an individual into federal custody" is a condition)
        # (nor "to notify them that the agency wants to take custody of an individual": what a
        # detainer says)
        r"(?<!if they )(?<!if we )(?<!if you )(?<!if it )(?<!if they would )"
        r"\bwants?\s+(?:\S+\s+){0,4}to\b"
        # (nor "if ICE … wants to pick them up that’s their business": the pick-up)
        # (nor "whether the individual is someone ICE wants to deport": whom ICE seeks)
        r"(?!\s+take\s+(?:\S+\s+){0,2}?(?:into\s+)?(?:federal\s+)?custody\b)(?!\s+pick\s+(?:\S+\s+){0,2}?up\b)"
        r"(?!\s+(?:deport|detain|arrest|remove)\b)|"
        # "The organization recommends that law enforcement agencies decline to effectuate any ICE
        # detainer request" (not a staff report's "staff recommends": the item's own ask)
        r"(?<!staff )\brecommends\s+that\b|"
        r"(?:expected|scheduled|slated|poised|set)\s+(?:\S+\s+){0,2}?to\s+(?:vote|decide|take\s+up|ask|"
        r"request|seek|consider)|ask\w*\s+(?:\S+\s+){0,6}for\s+(?:some\s+|his\s+|her\s+|their\s+|its\s+)?"
        r"(?:participation|permission|approval|"
        r"authori[sz]ation|space|beds|bed\s+space)|"
        # "his plan to house federal immigration detainees at the county jail"
        r"(?:\b(?:his|her|their|its|the|a)|\w['’]s?)\s+(?:\w+\s+)?plans?\s+to\b|"
        # "County law enforcement outlined plans to participate in the federal 287(g) … model"
        r"outlin\w+\s+(?:\S+\s+){0,2}(?:plans?|proposal|terms)\b|"
        r"express\w*\s+(?:\w+\s+)?interest|propos(?:e|es|ed|ing)\s+to\b|"
        # a letter asking to join, and its answer: "I am writing to request participation in the
        # Delegation of Authority Program", "our agency requests the training of one … officer",
        # "would like to participate in", "I look forward to your speedy endorsement of this
        # request", "are in receipt of your request", "forwarded your request to the Field Office
        # Director", "to conduct a preliminary assessment"
        # ("SC Department of Public Safety … requests to participate in 287(g)")
        r"\brequest\w*\s+(?:the\s+)?(?:participation|training)\s+(?:in|of)\b|\brequest\w*\s+to\s+(?:participate|join)\b|"
        r"\bwould\s+like\s+to\s+(?:participate|join|partner|enter)\b|"
        r"\blook\w*\s+forward\s+to\s+(?:your|the)\s+(?:\S+\s+)?(?:endorsement|approval)\b|"
        r"\b(?:in\s+receipt\s+of|forwarded|reviewing)\s+(?:your|the|their|his|her|its)\s+(?:\S+\s+)?request\b|"
        r"\bpreliminary\s+assessment\b|"
        # a deal near, a call to refuse it: "is in the final stages of making a deal to house ICE
        # detainees", "tell them NO to using the Jerome jail as an immigration detention center"
        r"\bfinal\s+stages?\s+of\b|\b(?:tell|told)\s+(?:them|him|her|the\s+\w+)\s+no\s+to\b|\bsay\s+no\s+to\b|"
        # a body's recommendation, a vote still to come: "A D.C. Council committee is recommending
        # the city’s police department end cooperation", "If the county board agrees to adopt the
        # program, Sheriff Michael Poulin … could become ICE agents"
        r"\b(?:committee|panel|commission|task\s+force)\s+(?:is\s+|was\s+)?recommending\b|"
        r"\bif\s+(?:the\s+)?(?:\S+\s+)?(?:board|council|commission|commissioners|supervisors|legislature)\s+"
        r"(?:agrees?|votes?|approves?|decides?)\s+to\b|"
        # a decision talked of, an agency's ask: "a statement addressing the county’s decision to
        # enter into the contract with ICE", "strongly objects to the … Board of Supervisors’ recent
        # decision to enter into a contract", "to protest the county's agreement to allow ICE to
        # detain", "ICE is requesting “accelerated ramp-up”"
        r"\b(?:address\w*|objects?\s+to|objected\s+to|protest(?:s|ed|ing)?|criticiz\w*|(?<!\bthe\s)(?<!\blegal\s)question\w*)\s+"
        r"(?:\S+\s+){0,8}?(?:decision|agreement|contract|deal|plan)\b|"
        # (the federal agency's ask, not a department's to its board: "The Department is requesting
        # the addition of nine … Custody Specialists")
        r"(?:(?-i:\bICE)|\benforcement|\bagency|\bmarshals?(?:\s+service)?)\s+(?:is|are)\s+requesting\b|"
        # a council's wish, not its act: "Council voted, 17-0, for a nonbinding resolution to end an
        # agreement with U.S. Immigration and Customs Enforcement"
        r"\bnon-?binding\s+resolution\b|"
        # "I would anticipate renewing the agreement with ICE"
        r"\banticipat\w*\s+(?:renewing|extending|signing|entering|ending|terminating|joining)\b|"
        # talks under way: "his office has been in communication with officials from U. S.
        # Immigration and Customs Enforcement", "we've already met with ICE officials"
        r"\bin\s+communication\s+with\b|\b(?:have|has|had|['’]ve|already)\s+met\s+with\b|"
        # the letter's plan: "This program will allow us to enter into a Memorandum of
        # Understanding", "Train (10) Detention Deputies assigned to central processing"
        r"\b(?:will|would)\s+(?:allow|enable|permit)\s+us\s+to\s+(?:enter|participate|join|partner)\b|"
        r"^\W*train\s+(?:\(?\d+\)?|[a-z]+)\s+(?:\(\d+\)\s+)?(?:\S+\s+){0,2}?(?:deputies|officers|troopers|"
        r"jailers|personnel)\b|"
        # "Council members expressed specific concerns about potential data access by ICE"
        # ("Vice Mayor Justin Wilson expressed surprise")
        r"(?:express|rais|voic)(?:ed|es|ing)\s+(?:\w+\s+){0,2}(?:concerns?|surprise|frustration|dismay|"
        r"disappointment|opposition|reservations)\b|"
        # "city council members cited financial issues and the facility’s current agreement … as
        # problematic", "Lewis clarified … Magistrate Billy Parrish pointed out the jail costs"
        r"\bcited\s+(?:\S+\s+){0,14}?as\s+(?:problematic|a\s+concern|concerning|a\s+reason)\b|\bpointed\s+out\b|"
        # "Opponents of 287(g) agreements … announced they’ll once again fight to pass legislation",
        # "the board has been slow to commit to taking steps", "the county has not yet been told
        # whether it qualifies", "have to decide whether they will seek to renew"
        r"\bfight\s+to\s+(?:pass|ban|end|stop|block|keep)\b|\bslow\s+to\s+(?:commit|act|move|approve|decide)\b|"
        r"\bwhether\s+(?:it|they|the\s+\w+)\s+qualif\w+|\b(?:has|have|had)\s+to\s+decide\b|"
        # "Sen. Charles Perry … is looking to change the discretionary nature of these requests",
        # "county officials are looking to codify that decision"
        r"\b(?:is|are|was|were)\s+looking\s+to\b|"
        # a campaign's promise: "Hernandez campaigned saying she would evaluate … detainer requests"
        r"\bcampaign(?:ed|ing)\s+(?:on|saying|promising|that)\b|"
        # "A proposed expansion … appears unlikely without a commitment from … (ICE)"
        r"\b(?:appears?|seems?|looks?)\s+unlikely\b|"
        # "State officials are working with the Trump administration to secure detention
        # contracts", "is working with ICE to make available up to 1,000 beds"
        r"\bworking\s+with\s+(?:\S+\s+){0,6}?to\s+(?:secure|negotiate|finalize|develop|reach|make\s+available)\b|"
        # an opinion or a question put, no act: "The County should only honor legal warrants, not
        # voluntary ICE detainer requests", "believes the sheriff should end all participation",
        # "Will Kent County police cooperate with U.S. Immigration and Customs Enforcement …?"
        r"\bshould\s+(?:only\s+|not\s+|no\s+longer\s+|also\s+)?(?:honou?r|end|terminate|cancel|stop|renew|sign|join|"
        r"reject|refuse|adopt|be\s+(?:implemented|ended|terminated|cancell?ed|renewed|expanded|limited))\b|"
        r"(?:^|(?<=[.!?]\s)|(?<=[“\"]))(?-i:Will|Would|Should|Could|Can|Do|Does)\s+[^.?!]{10,250}\?|"
        # "the county’s Department of Corrections is exploring entering into an agreement", "was
        # unable to provide a recommendation … regarding needed funding", "In the proposed
        # agreement, … ICE would have a minimum of 30 beds"
        r"\bexplor(?:e|es|ed|ing)\b|\b(?:unable|failed)\s+to\s+(?:provide|make|reach|agree)\b|"
        r"\b(?:in|under)\s+(?:the|some\s+of\s+(?:the|these))\s+proposed\s+(?:\S+\s+)?(?:agreement|contract|MOU|"
        r"MOA|IGS?A|deal|requirements?|rules?|legislation|bills?|law|ordinance|polic(?:y|ies))\b|"
        # a bill filed: "State grant program to fund 287(g) participation, filed by Sen. Michael
        # McLendon"
        r"\b(?:filed|introduced|sponsored)\s+by\s+(?:Sen\.|Senator|Rep\.|Representative|Assembly\w*|Del\.)|"
        # "is proposed a resolution to the county board that would ban …"
        r"\bpropos(?:ed|es|ing)\s+(?:a|an)\s+(?:\S+\s+)?(?:resolution|ordinance|bill|measure)\b|"
        # "introduce SB 2278 / HB 7436 to cancel the Wyatt ICE contract", "being asked to amend"
        r"\b(?:a|the)\s+proposal\s+(?:for|as)\b|"
        # "… consent decree … should be dissolved, the Louisiana Attorney General’s Office said in a
        # federal court motion"
        r"\bshould\s+be\s+(?:dissolved|phased\s+out|lifted|vacated)\b|\bpropos(?:es|ed|ing)\s+(?:a|an)\s+(?:\S+\s+)?(?:contract|agreement|"
        r"partnership|deal)\b|\bintroduc(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:bills?|legislation|measures?|"
        r"(?-i:[SH]\.?B\.?|[SH]|A)\s?\d+)\b|\bbeing\s+asked\s+to\b|"
        # "said they would be open to easing out of the controversial practice"
        r"\bopen\s+to\s+\w+ing\b|\bdeadlock\w*|\bfor\s+a\s+briefing\b|\bup\s+for\s+renewal\b|"
        # "must decide before July 1 whether it will renew the county’s ICE agreement"
        r"\bwhether\s+(?:it|they|the\s+\w+)\s+(?:will|would|should)\b|"
        # "directed the California State Auditor to examine … detention centers that contract …"
        r"\bdirect\w*\s+(?:\S+\s+){0,5}?to\s+(?:examine|review|study|evaluate|audit|investigate)\b|\bhe(?:ard|ars?|aring)\s+(?:\S+\s+)?testimony\b|"
        # "has received requests by Immigration and Customs Enforcement (ICE)", "ICE has reached out
        # to the Sheriff’s Office", "is moving forward on a proposal that could more than double"
        r"\bha(?:s|ve|d)\s+received\s+(?:\S+\s+)?requests?\b|\breach(?:es|ed|ing)?\s+out\s+to\b|"
        r"\bmov(?:e|es|ed|ing)\s+forward\s+(?:on|with)\s+(?:a|the)\s+(?:\S+\s+)?(?:proposal|plan)\b|"
        # "the county has also pushed back on the increased numbers … of ICE detainees"
        r"push(?:es|ed|ing)?\s+back\s+(?:on|against)\b|"
        # "a memorandum … asking that any contract or rider … address several concerns"
        # "will be asked to speak before the legislature", "has been criticized for his interest in
        # filling out an application", "admonished the Sheriff's Office for entering into …"
        # "Responding to follow-up questions from Assemblyman Chris Brooks"
        # (not evidence's: "is NOT in the provided heatmap signals, suggesting the heatmap may
        # undercount")
        # (not the noun: "This is the answer to the question")
        r"(?:respond\w*\s+to|(?<!\bthe\s)answer\w*)\s+(?:\S+\s+){0,2}questions?\b|\bsuggest(?:s|ed|ing)?\b"
        r"(?!\s+(?:that\s+)?(?:the|an?|its|their)\s+(?:\S+\s+){0,2}?(?:may|might|could|is|are|was|were)\b)|"
        r"\bpending\s+(?:\S+\s+){0,3}?(?:agreement|contract|MOU|MOA|deal|proposal)s?\b|\basked\s+to\s+(?:speak|appear|present|testify|explain)\b|(?:has|have|had)\s+been\s+"
        r"criticiz\w+|\badmonish\w*|\bask(?:s|ed|ing)?\s+that\b|\bask(?:s|ed|ing)?\s+(?:a|the|several|some)\s+(?:\S+\s+)?questions?\b|"
        # a notice soliciting input: "This notice is to request comment on the proposed guideline"
        r"request\w*\s+(?:public\s+)?comments?\s+on\b|"
        # "will demand full reimbursement for housing ICE detainees"
        r"(?:will|to)\s+demand\b|\bdemand(?:s|ed)\s+(?:that|full|higher|a\s+higher|more)\b|"
        # an offer or a contract only talked of: "The U.S. Marshal’s Office has offered $65",
        # "Talk … of a possible contract between Jerome County and ICE"
        r"ha(?:s|ve|d)\s+(?:\w+ly\s+)?offered\b|\b(?<!made\s)(?:possible|potential)(?!\s+by\b)\s+(?:\S+\s+){0,3}(?:contracts?|agreements?|"
        r"deals?|pacts?)\b|"
        # a draft in hand: "has received a 33-page contract from ICE"
        # (not "had received the city’s 90-day contract termination notice": the end)
        r"ha(?:s|ve|d)\s+received\s+(?:an?|the)\s+(?:\S+\s+){0,4}(?:contract|agreement|proposal|draft)"
        r"(?!\s+(?:termination|cancell?ation)\b)|"
        # a vote put off: "was pushed back Thursday", "the resolution … was tabled"
        r"\b(?:was|were|been|is|be)\s+(?:\S+\s+)?(?:pushed\s+back|tabled|put\s+off)\b|"
        # an application waits on ICE: "have applied to join a federal program", "sent an official
        # request to the Director … to initiate the Sheriff's Office's participation"
        r"appl(?:y|ies|ied|ying)\s+to\s+(?:join|participate|team\s+up|enter|be\s+part)|"
        # "have applied to the federal government for the authority to enforce …", "applied for a
        # partnership with ICE", "have also inquired about joining Secure Communities"
        # ("has applied for an addendum to its U.S. Immigration and Customs Enforcement agreement")
        # ("I am applying for the detention center portion of the 287 (g) program")
        r"appl(?:y|ies|ied|ying)\s+(?:\S+\s+){0,4}?for\s+(?:the\s+|an?\s+)?(?:\S+\s+){0,5}?(?:authority|"
        r"partnership|program|agreement|participation|287|addendum|amendment|modification)|\binquir(?:e|es|ed|ing)\s+about\s+(?:join|"
        r"participat|enter)|"
        # "applied this month to U.S. Immigration and Customs Enforcement to have the power to …"
        # (an application asks for something: not "appears to apply to the ICE contracts", "These
        # standards apply to ICE-operated detention centers": what a rule covers)
        r"appl(?:y|ies|ied|ying)\s+(?:\S+\s+){0,2}?to\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:(?-i:ICE)\b|immigration\s+and\s+"
        r"customs)(?=\S*\s+(?:\S+\s+){0,3}?(?:for|to)\b)|"
        r"(?:sent|sends|send|submit\w*|filed|files)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+)(?:\S+\s+)?"
        r"(?:request|application|letter\s+of\s+intent)\b|"
        # a briefing: "plans to brief county lawmakers next week about the details of a contract"
        r"\bbrief(?:s|ed|ing)?\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:lawmakers|legislators|legislature|"
        r"commissioners|supervisors|council|board|committee|aldermen|members)\b|\bproposal\s+to\b|"
        r"\bunder\s+(?:the\s+)?(?:\S+\s+){0,2}proposal\b|\bhop(?:e|es|ed|ing)\s+to\b|"
        # a bill pending: "Senate Bill 8, filed by …, would require sheriffs … to request"
        # ("Counter-bills would strengthen ICE cooperation")
        # ("Safe Communities Act (S.1681): Would ban all 287(g)")
        # ("LB 881 (Sens. Guereca and Juarez): Would require advance public notice")
        r"(?:\bbills?|legislation|\b[SH]\.?\s?B\.?\s?(?:No\.\s?)?\d+|\b[SA]-?\d{3,5}|\b[SH]\.\d{3,5}|"
        r"\b(?-i:LB|HF|SF)\s?\d{2,5})\b"
        r"[):]{0,2},?\s+(?:\S+\s+){0,20}?would"
        r"(?=\s+\*?(?:require|mandate|force|bar|ban|prohibit|prevent|establish|allow|permit|let|expand|"
        r"repeal|limit|restrict|end|strengthen|weaken|codify)\b)|"
        # a proposal's duty told without its name: "It would compel sheriffs to honor ICE
        # requests", "The law would also call for law enforcement to comply with immigration
        # detainer requests", a bill's bullet "Would: Require all Kentucky State Police posts to
        # enter 287(g) Task Force Model agreements"
        # ("Goes further: Would require BOTH Kentucky State Police AND all local law enforcement")
        r"(?:^\W*(?:[\w ]{1,25}:\s+)?|\b(?:it|law|act|proposal)\s+)would:?\s+(?:also\s+)?"
        r"(?=\*?(?:require|compel|mandate|force|call\s+for)\b)|"
        # ("Would create state process for local agencies to join 287(g)", "Would void all 14
        # current 287(g) agreements"; not "announced it would end the ICE contract")
        r"^\W*(?:[\w ]{1,25}:\s+)?would:?\s+(?:also\s+)?(?=\*?(?:create|establish|void|"
        r"ban|bar|prohibit|allow|permit|end|repeal|expand|limit|restrict)\b)|"
        # and a bill's bullet by its number: "SB 509: Prohibits sharing personal info with ICE"
        r"^\W*[SH]\.?\s?B\.?\s?\d+\s*:\s+(?=(?:prohibits|requires|bans|bars|mandates|allows)\b)|"
        # one chamber's vote on a bill: "the Connecticut House of Representatives voted to expand
        # the TRUST Act"
        r"(?-i:\bHouse|\bSenate|\bAssembly)\b(?:\s+of\s+(?-i:Representatives|Delegates))?\s+(?:\S+\s+){0,3}?"
        r"vot\w+\s+(?:\S+\s+){0,3}?to\s+(?:expand|pass|approve|amend|repeal|strengthen|weaken|extend)\b|"
        # "The bill banning 287(g) agreements, passed by the Maryland General Assembly Thursday, is
        # set to take effect immediately after Moore signs it", "announced they’ll once again fight
        # to pass legislation to ban the agreements"
        r"\b(?:bill|measure|legislation)\b[^.;]{0,60}?\bpassed\s+by\s+the\s+(?:\S+\s+){0,2}?(?-i:General\s+"
        r"Assembly|Legislature|Senate|House)|\b(?:fight|push|work)\w*\s+to\s+pass\b|"
        # one chamber's approval: "A bill requiring Indiana jails to notify ICE … has been approved
        # by the Indiana House"
        r"\b(?:bill|measure)\b[^.;]{0,160}?\b(?:approved|passed)\s+by\s+the\s+(?:\S+\s+)?"
        r"(?-i:House|Senate)\b(?!\s+and\b)|"
        # "is being used to push mandatory 287(g) legislation at the state level"
        # ("Sheriff Slaughter is pushing for a direct ICE contract at $150/day")
        r"\bpush(?:es|ed|ing)?\s+(?:for\s+)?(?:\S+\s+){0,3}?(?:legislation|bills?|measures?|ordinances?|"
        r"contracts?|agreements?|deals?|IGSAs?|MOUs?|MOAs?)\b",
    ),
)
_ACTION_RES = [(name, re.compile(rf"\b(?:{pattern})", re.I)) for name, pattern in _ACTIONS]
_SPECIFIC = ("terminate", "renew", "extend", "amend")

# A verb in a clause of the agreement ("may terminate upon notice", "until terminated"), an
# option ("with the option to renew") or a condition ("if … could terminate") is no action.
_CLAUSE_BEFORE = re.compile(
    r"(?:\bmay|\bshall|\buntil|\bunless|\boption\s+to|\bright\s+to|\bparty|\bparties|\bmust|\bto\s+be|"
    # ("would be ending their contract": a hedge or a decision told, which the action weighs)
    r"(?<!will )(?<!would )\bbe|\bcannot\s+be|\bwithout|\bagrees\s+to|"
    # a noun in a clause: "from the date of acceptance of this agreement"
    r"\bdate\s+of)\s+(?:\S+\s+){0,1}$",
    re.I,
)
_SUBORDINATE = re.compile(
    # ("Before the contract was terminated, it was the second largest")
    r"\bbefore\s+(?:the|its|their|this|that|an?)\s+(?:\S+\s+){0,2}$|"
    # ("Even though the jail has stopped obeying the detainer requests, jail officials still …")
    # (not the adverb: "Albany Sheriff Craig Apple has since pulled his application"; but "It has
    # since 2009 contracted with …" tells the start)
    # (not "an agreement with ICE until 2021, when the federal agency ended the contract": the act)
    r"\b(?:(?<!\buntil\s\d{4},\s)when|after|because|once)\s+(?:\S+\s+){0,3}$|"
    # ("states go from zero … to double digits within months once the first agreements are signed")
    r"\bonce\s+(?:the|its|their|an?)\s+(?:\S+\s+){0,3}$|"
    # (the conjunction has a subject; "The agreement — since rescinded according to Coverley —" is
    # the adverb, the act told)
    r"\b(?<!has\s)(?<!have\s)(?<!had\s)since\s+(?:\S+\s+){1,3}$|"
    # ("Since approving the contract with the Marshals Service in August, the board has been slow
    # to commit", "Since signing its partnership agreement with federal authorities, the number")
    # (not the adverb: "The agreement — since rescinded according to Coverley —")
    r"(?<!has\s)(?<!have\s)(?<!had\s)(?<![—–-]\s)\bsince\s+$|"
    # a concession is background to the clause it opens onto: "Though Sacramento County in June
    # dropped its contract to house federal immigration detainees …, Sheriff Scott Jones … gave
    # details"
    r"\b(?:(?:even\s+)?though|although)\s+(?:[^\s,]+\s+){0,6}$|\b(?:has|have|had)\s+since\s+(?:\S+\s+){1,3}$|"
    # ("A year after the San Mateo County Sheriff’s Office ended its relationship with … ICE")
    # (not across a comma: "The day after he was sworn in, Garry McFadden withdrew")
    r"\b(?:years?|months?|weeks?|days?)\s+after\s+(?:[^\s,]+\s+){0,6}$|\bat\s+the\s+time\s+(?:\S+\s+){0,4}$|"
    # what an earlier event brought: "an audit that led to its contract being terminated"
    r"\b(?:that|which)\s+(?:had\s+)?led\s+to\s+(?:\S+\s+){0,2}$|"
    # while another acts: "asks local law enforcement to continue detaining a person as they
    # consider taking the individual into custody"
    r"\bas\s+(?:they|he|she|it|we)\s+$|"
    # the subject's past, told in a relative clause: "Sheriff Matt Clifford, who had loudly opposed
    # *mandatory* 287(g) legislation …, announced … his office will sign"
    r"\b(?:who|which)\s+had\s+(?:\w+ly\s+)?$",
    re.I,
)
_CLAUSE_AFTER = re.compile(
    r"^\S*\s+(?:\S+\s+){0,3}(?:(?<!based )(?<!immediately )upon|by\s+either|in\s+writing|"
    r"at\s+any\s+time|for\s+convenience)",
    re.I,
)
_HEDGE_BEFORE = re.compile(
    r"(?:\bif\b|\bcould\b|\bwould\b|\bmight\b|\blikely\b|(?<!made\s)\bpossibl\w*\b(?!\s+action)|"
    # ("has passed a proposal allowing city police to extend an agreement": the proposal carried)
    r"(?<!passed\sa\s)(?<!passed\sthe\s)(?<!approved\sa\s)(?<!approved\sthe\s)(?<!adopted\sa\s)"
    r"(?<!adopted\sthe\s)\bpropos\w*|"
    # ("reversed course amid legal threats … and signed an agreement": threats made, not a hedge)
    r"(?<!amid\s)(?<!legal\s)(?<!despite\s)\bthreat\w*|"
    # (not a view: "Secure Communities was widely considered to be optional")
    # ("a hunger strike aimed at ending the agreement"; not "a move aimed at bolstering …, the
    # Highway Patrol has entered into")
    r"\baim(?:s|ed|ing)?\s+at(?=\s+$)|\baims?(?:\s+to)?(?=\s+$)|\bwarn\w*|\bseek\w*|\bconsider\w*\b(?!\s+(?:\S+\s+){0,2}?to\s+be\b)(?!\s+and\s+(?:(?:possible\s+|take\s+|any\s+)?(?:action|act\b|approv|adopt)|$))"
    r"(?!\s+for\s+(?:the\s+)?(?:\S+\s+){0,4}?to\s+$)|"
    # ("Documents showed the county's intent to certify a final extension"; not a "Notice of
    # Intent to Terminate", the notice given)
    r"\bdelay\w*|\bpostpon\w*|\bplanned\s+to\s+send|\bplan(?:s|ning)?\s+to\b|\bcommitted\s+to\b|(?<!\bof\s)\bintent(?:ion)?\s+to\b|"
    # a means urged: "DHS can and should prevent further abuse … by permanently terminating"
    r"\b(?:can|should|must)\b(?:\s+and\s+\w+)?(?=\s+(?:\S+\s+){1,12}?by\s+(?:\w+ly\s+)?$)|"
    # "Campus police departments … are moving to strike a deal with the federal government"
    r"\b(?:is|are)\s+moving\s+to\b|"
    # an end expected, not made: "an agreement … should lead to the termination of the county
    # contract"
    r"\b(?:should|would|could|will|may|might)\s+lead\s+to\b|"
    # "Yolo County supervisors appear ready to terminate a decade-old contract"
    r"\bappears?\s+(?:ready|poised|set|likely)\s+to\b|"
    # ("the county needed to end the contract"; not "the county, which needed revenue, approved")
    r"\blooking\s+to\b|\bneed(?:s|ed)?(?=\s+(?:to\s+)?$)|"
    r"\bin\s+talks|"
    # "UPDATE ON THE … CONTRACT … AND OPTIONS FOR EXPEDITED PHASE OUT"
    r"\boptions?\s+for\b|"
    r"\bclose\s+to|\bgoal|\bask\w*|\bpush\w*(?:\s+to)?|\bcall\w*\s+(?:for|on)|\bcalls?\s+to|\burg\w+|"
    # "requests that the board give 30 days’ notice to terminate the arrangement"
    # (not "documents via public record requests that indicate Douglas County initially did sign")
    r"(?<!records\s)(?<!record\s)\brequests?\s+that\b|"
    # ("Strategy centers on pressuring county commissioners … to cancel ICE contracts")
    r"\bcampaign\w*|\btry\w*\s+to|\btrying\s+to|\bdemand\w*|\bcalled\s+upon\b|"
    # (the verb, not the cause: "Under political pressure from Gov. Ron DeSantis, the … Council
    # … voted to allow")
    r"\bpressur(?:es|ed|ing)\b(?=\s+(?!from\b)(?:\S+\s+){1,14}?to\s)|"
    # "chose to write a 10-page letter to Mayorkas first, hoping to persuade him to end the program"
    r"\bhop(?:e|es|ed|ing)\s+to\b|\bpersuad\w*(?<!persuaded)|\bconvinc\w*(?<!convinced)|"
    # an idea put forward: "One of his suggestions was to re-enter the ICE contract"
    r"\bsuggestions?\b|"
    r"\bdebat\w*|\b(?:expected|scheduled|slated|poised)\s+to|\bexpects?\s+to|\bset\s+(?:\S+\s+){0,2}?to\s+(?:ask|vote|"
    r"decide|consider)|\bintend\w*|\bintention|"
    r"\b(?:remains?|remained)\s+silent|\bundecided|\bpledg\w*|\bpromis\w*|\bvow\w*|\bexpress\w*\s+(?:\w+\s+)?interest|"
    # an exhortation: "The time has come for Rensselaer County to … end its 287(g) agreement"
    r"\btime\s+has\s+come|"
    # a decision left to a body: "it’s up to the Metro Council to approve a new contract"
    r"\b(?:it['’]s|it\s+is)\s+(?:now\s+)?up\s+to|"
    # a council's ask of the legislature: "Request for State Action – Enact Immigration and
    # Customs Enforcement Response Legislation"
    r"\brequest\s+for\s+(?:state|federal)\s+action\b|"
    # protesters' words: "holding signs reading “Respectfully request Crow Wing County join
    # Jackson, Cass & Itasca Counties to nullify the 287g”"
    r"\bsigns?\s+(?:that\s+)?read(?:s|ing)?\b|\brespectfully\s+request\w*|"
    # counsel's advice: "issued a legal opinion advising Gallatin County against signing"
    r"\b(?:advis|recommend|counsel)\w*\s+(?:\S+\s+){0,3}?against\b|"
    # a deadline, not the act: "Harris County has until December 1, 2026 to sign a 287(g)
    # agreement"
    r"\bha(?:s|ve|d)\s+until\b)"
    # (a list's head: "2026 bill package … would: ban 287(g) agreements statewide, …")
    r":?\s+(?:\S+\s+){0,30}$",
    re.I,
)
# a decision told after talk: "I have decided to cease our involvement"
_DECIDED_TO = re.compile(
    r"\b(?:I|we|he|she|they)\s+(?:have\s+|has\s+|had\s+)?(?:decided|chosen|elected|opted)\s+to\s+$",
    re.I,
)
# a promise kept: "has followed through on his promise to end"
_KEPT = re.compile(
    r"(?:follow\w*\s+through|deliver\w*|(?:made|make|makes|making)\s+good)\s+on\s+(?:\S+\s+){0,2}$|"
    r"\b(?:kept|keeps|keeping|fulfill\w*|honou?r(?:ed|s|ing))\s+(?:\S+\s+){0,2}$",
    re.I,
)
# History: "was approved in 2019", "signed … in 2003", "has had a contract since".
# a month and year (or a year) that closes an aside or a clause: "(signed May 2025, …", " 2019)"
_MONTH_YEAR_CLOSED = rf"(?:(?:{_MONTH_LEAD})[a-z]*\.?\s+)?(?:19|20)\d\d\b(?=\s*[),;])"
_HISTORY_AFTER = re.compile(
    r"^\S*\s+(?:\S+\s+){0,8}?(?:in|since)\s+(?:[\w-]+\s+){0,3}?(?:19|20)\d\d\b|"
    # done by a year: "Maryland had banned ICE detention contracts in key counties (Howard, PG) by
    # 2021" in a 2025 report (not a resolution's number: "by Resolution 2021-45")
    r"^\S*\s+(?:\S+\s+){0,8}?by\s+(?:the\s+end\s+of\s+|(?:early|mid|late)[-\s]+)?(?:19|20)\d\d\b(?!-)|"
    # "inked a June 2007 memorandum of agreement"
    r"^\S*\s+(?:an?|the|its)\s+(?:\w+\s+)?(?:19|20)\d\d\s+(?:memorandum|agreement|contract|MOA|MOU|deal)|"
    # "under an IGSA with the Concordia Parish Sheriff's Office (signed 2019)"
    # (not a year naming what was acted on: "Vote to Further Ratify 2009 Agreement")
    r"^\s+(?:19|20)\d\d\b(?=\s*(?:[).;]|,(?!\s*\d)|$))|"
    # a law's signing dated in an aside: "enacted HB 511 and SB 62 (signed May 2025, effective …)"
    r"^\S*\s+(?:\S+\s+){0,8}?\((?:signed|approved|passed|enacted|adopted)\s+"
    + _MONTH_YEAR_CLOSED
    + "|"
    # "signed a 287(g) … agreement on May 22, 2025", "Signed March 26, 2025", "to approve ICE
    # contract (Feb 26, 2025)"
    # ("IGSA approved by Clearfield County Commissioners Sept 28, 2021")
    r"^(?:\S*\s+(?:\S+\s+){0,8}?(?:on\s+|\(|by\s+(?:the\s+)?(?:(?-i:[A-Z])\S*\s+){1,5})|\s+)"
    rf"(?:{_MONTH_LEAD})[a-z]*\.?\s+"
    r"\d{1,2},?\s+(?:19|20)\d\d\b|"
    # a month and year right after the verb: "Warrant service officer model, signed February 2025"
    # (not one that opens a list or closes an aside: "(approved May 2025).", "renewed September
    # 2024, running through 2029")
    rf"^\s+(?:{_MONTH_LEAD})[a-z]*\.?\s+(?:19|20)\d\d\b(?!\s*[,;)])",
    re.I,
)
# "initially signed agreements under the so-called “jail enforcement model” more than a decade
# ago" (not "a year ago": an act last year is the news)
_AGO_AFTER = re.compile(
    r"\s+(?:[^.;]+?\s+)?(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?(?:a\s+decade|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years|decades)|decades)\s+ago\b",
    re.I,
)
_HISTORY_BEFORE = re.compile(
    # "The previous policy stated Clarion County would not hold immigration detainees"
    r"\b(?:previous|prior|former|old)\s+(?:policy|agreement|contract|practice|rule)\s+(?:\S+\s+){0,8}$|"
    r"\b(?:first|was|were|had\s+been|originally|previously|formerly|earlier)\s+$|\bpreviously\s+(?:said|"
    r"announced|stated|decided|agreed)\s+(?:\S+\s+){0,4}$|\b(?:who|that|which)\s+"
    # ("a county that had formally exited it"; but "a Northern California jail, which has
    # reportedly cancelled its profitable contract" is the news)
    r"(?:(?:have|has|had)\s+(?!(?:reportedly|just|recently)\s)(?:\w+ly\s+)?)?$|\bin\s+(?:\w+\s+)?(?:19|20)\d\d\b,?\s+"
    r"(?:\S+\s+){0,10}$",
    re.I,
)
# A named county bound to end its contract: "McHenry County will have to cancel its contract", "a
# ruling means that McHenry and Kankakee counties must stop housing federal immigration
# detainees" (not a law's rule for every agency: "all agencies must end their agreements")
_NAMED_MUST = re.compile(
    # (not "THE CITY MUST NOT RENEW": an article is no name)
    r"\b(?-i:(?!(?:THE|The|THIS|This|EACH|Each|EVERY|Every|OUR|Our|ITS|Its)\b)[A-Z][\w'’-]+)\s+"
    r"(?:and\s+(?-i:[A-Z][\w'’-]+)\s+)?(?:county|counties|city|parish)\s+"
    r"(?:must|(?:will\s+)?(?:have|has)\s+to|needs?\s+to)\s+(?:now\s+)?$",
    re.I,
)
# "financial deals with ICE calling for them to hold people": the agreement's terms
_TERMS_OF = re.compile(
    r"\b(?:deals?|agreements?|contracts?|MOUs?|MOAs?|IGS?As?)\s+(?:with\s+(?:\S+\s+){1,4}?)?$", re.I
)
_GROUP_NAME = re.compile(
    r"\b(?-i:Coalition|Campaign|Committee|Alliance|Movement|Network|Project|Initiative)\s+to\s+$"
)
_CLAUSE_CLOSED = re.compile(
    r"\b(?:ICE|detainees|jails?|inmates|immigrants|people|individuals|authorities|agents|officials|"
    r"custody),\s+$"
)
# "was signed by then-Seneca County Commissioners Timothy Rook and Kenneth Estep": long past
_BY_THEN = re.compile(r"\s+(?:\S+\s+){0,2}?by\s+(?:the\s+)?then[-‐–]\w", re.I)
_BY_BODY = re.compile(
    # (not "signed by then-Seneca County Commissioners": a board of years past)
    r"\s+(?:\w+\s+)?by\s+(?:the\s+)?(?!then[-‐–])(?:\S+\s+){0,4}(?:board|council|commission|commissioners|"
    r"supervisors|commissioners\s+court|freeholders|legislature|voters)\b",
    re.I,
)
# A noun or adjective, not a verb: "contingent on your Board's approval", "the approved
# capacity", "extended the deadline to negotiate".
_NOT_ACTING = re.compile(
    r"(?:contingent\s+(?:up)?on|subject\s+to|pending)\s+(?:\S+\s+){0,3}$|"
    # "requiring all 159 county sheriffs in Georgia to apply for 287(g)"
    r"(?:requir\w+|mandat\w+|obligat\w+|compel\w*)\s+(?:\S+\s+){0,7}$|"
    # what a law keeps from being done: "restrict entering into 287(g) agreements"
    r"\b(?:restrict(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?)\s+$|"
    # ("marked ICE as an “other authorized agency”", "The newly approved agreement stipulates")
    r"\b(?:the|total|an?|its|other|newly)\s+$|\b(?:is|are|was|were|be|been|did|does|do|will|would)\s+not\s+(?:yet\s+)?$|"
    r"(?:didn['’]t|doesn['’]t|hasn['’]t|has\s+not|"
    # ("these counties had not signed 287(g) agreements")
    r"haven['’]t|have\s+not|hadn['’]t|had\s+not|never)\s+(?:been\s+)?$|"
    # "didn't secure commission approval for the initiative"
    r"(?:didn['’]t|did\s+not|failed\s+to|without)\s+(?:secur|get|obtain|seek|receiv)\w*\s+(?:\S+\s+){0,2}$|"
    # "has no plans to end an arrangement"
    # ("there are no ongoing discussions about re-entering an agreement with ICE")
    r"\bno\s+(?:\w+\s+)?(?:plans?|intention|intent|desire|discussions?|talks|negotiations?)\s+"
    r"(?:to\s+|about\s+|of\s+|on\s+)?$|"
    # (the talks themselves: "there are no ongoing discussions"; "No discussion during the meeting
    # addressed substantive changes")
    r"(?:^|(?<=[.;:!?]\s))no\s+$|"
    r"(?:(?<=\bare\s)|(?<=\bis\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))no\s+(?:\w+\s+)?$|"
    # "the authority has decided against accepting detainers"
    r"\b(?:decided\s+against|refus\w+\s+to|refrain\w*\s+from)\s+$|"
    # "sheriffs in large counties must now request and sign written agreements with ICE"
    r"\bmust\s+(?:now\s+|also\s+|first\s+)?(?:\S+\s+and\s+)?$|"
    # "Before the second Trump administration, none had signed"
    r"\bnone\s+(?:of\s+(?:\S+\s+){1,2})?(?:had\s+|have\s+|has\s+|ever\s+)+$|"
    # "decided to hold detainees for ICE rather than rejoin the full 287(g) program"
    r"\b(?:rather\s+than|instead\s+of)\s+$|"
    # a law's effect: "Both will now have to end their contracts", "It will ensure the end of …"
    # (what a law forbids is _FORBIDDEN's)
    r"\bwill\s+(?:now\s+)?have\s+(?:to\s+)?$|\b(?:ensure|guarantee)\s+(?:the\s+)?$",
    re.I,
)
# what a law forbids, however many words before the verb: "making it illegal for any law
# enforcement agency … to sign contracts", "prevents state and local governments from entering
# into or renewing any contracts"
_FORBIDDEN = re.compile(
    r"\b(?:illegal|unlawful)\s+for\s+(?:[^.;:\s]+\s+){1,20}?to\s+$|"
    # "moved to ban state and county governments from entering or renewing agreements"
    # ("restricts law enforcement agencies in Illinois from entering into 287 agreements")
    r"\b(?:prevent|prohibit|bar|ban|block|restrict)\w*\s+(?:[^.;:\s]+\s+){0,12}from\s+(?:[^.;:\s]+\s+){0,5}$|"
    # a list of what it forbids: "DC Code § 24-211.07 prohibits: providing ICE space …; granting"
    r"\b(?:prohibit|forbid|ban|bar)s\s*:\s+[^.]*$|"
    # what it requires: "It mandates that all state-supported law enforcement agencies apply for"
    r"\b(?:requir|mandat)(?:es|ed|ing|e)\s+that\s+(?:[^.;:\s]+\s+){0,10}?$|"
    # what it will do: "the law signed by Illinois Gov. J.B. Pritzker in August that is set to end"
    r"\b(?:law|statute|legislation)\s+(?:[^;:\s]+\s+){0,12}?(?:that|which)\s+(?:is\s+set\s+to|"
    r"will|would)\s+(?:also\s+)?$",
    re.I,
)
# a statute's own formulas: "SECTION 2. AND BE IT FURTHER ENACTED", "… with an existing
# immigration enforcement agreement shall exercise the termination provision", "the provisions
# may not be construed to authorize or prohibit", "Section 287(g) of the Immigration and
# Nationality Act (codified as 8 U.S.C. § 1357(g)) authorizes"
_STATUTE_WORDING = re.compile(
    r"\bbe\s+it\s+(?:further\s+)?$|\b(?:shall|must)\s+(?:\d+\s+)?exercise\s+(?:\S+\s+){0,3}$|"
    r"\bconstrued\s+(?:to|as)\s+(?:\S+\s+){0,3}$|\(codified\s+(?:as|at|in)\s+[^()]*(?:\([^()]*\)[^()]*)*\)\s*$",
    re.I,
)
_LAW_SUBJECT = re.compile(
    # ("One bill prohibits …. The other bill prohibits …")
    r"^\W*(?:the|this|that|its|one|another)\s+(?:other\s+|second\s+)?(?:new\s+|proposed\s+|state\s+)?"
    r"(?:bill|law|act|measure|legislation|statute|"
    # ("House Bill 19-1124, … allows … but prohibits")
    r"ordinance)\b|^\W*(?:(?:house|senate|assembly)\s+bill|[HS]\.?B\.?)\s*\d|"
    # a place's own law: "Chicago’s “hospitable city” ordinance, in accordance with the Illinois
    # Trust Act of 2017, prohibits"
    # ("New Haven's 2020 sanctuary executive order — reaffirmed by Mayor Elicker — prohibits")
    r"^\W*(?-i:[A-Z]\w*\s+)?\w+['’]s\s+(?:[“\"][^”\"]{1,40}[”\"]\s+)?(?:\w+\s+){0,2}?"
    r"(?:ordinance|law|statute|executive\s+order)\b|"
    # a named act: "Keep Washington Working Act (2019, SB 5497) — prohibits local ICE cooperation"
    r"^\W*(?-i:(?:[A-Z][\w'’-]*\s+){1,6}Act)\b|"
    # a code section: "DC Code § 24-211.07 (Sanctuary Values Act framework) prohibits"
    r"^\W*(?:\S+\s+){0,3}?(?:Code\s+(?:§+|sec(?:tion|\.)\s)|§+)\s*\d[\d.\-]*",
    re.I,
)
_LAW_CLAUSE = re.compile(
    # (an initial's stop is no sentence's: "U.S. Immigration")
    r"\b(?:law|bill|statute|act|mandate)\s+(?:that|which)\s+\w+s\b(?:[^.;]|(?<=\b[A-Z])\.)*,\s+$",
    re.I,
)
_QUANTIFIED = re.compile(
    r"\b(?:multiple|several|many|various|numerous|subsequent|prior|previous|future|any)\s+$",
    re.I,
)
_NOT_ACTING_AFTER = re.compile(
    # "it had executed NO contracts with DHS, ICE, or U.S. Marshals"
    r"^\s+no\s+(?:\S+\s+)?(?:contracts?|agreements?|MOUs?|MOAs?)\b|"
    # "requested the board's approval to continue negotiations with ICE": the talks go on
    r"^\s+(?:\S+\s+){0,4}?to\s+(?:continue\s+|begin\s+|open\s+|start\s+)?negotiat|"
    r"^\s+(?:\S+\s+){0,2}deadline|^\s+and\s+(?:possible\s+|take\s+|any\s+)?(?:action|act\b|approv|adopt)|"
    r"^\s+that\b(?!\s+(?:contract|agreement|MOA|MOU|IGS?A|deal|arrangement|pact|service|program|"
    r"partnership|relationship)s?\b)",
    re.I,
)
# What an agreement does is its content, not an action: "The agreement … authorized the police
# department to act on ICE's behalf".
_DESCRIBES = re.compile(
    r"^\W*(?:the|this|that|its)\s+(?:\w+\s+)?(?:agreement|contract|MOA|MOU|IGA|IGSA)\b|"
    # "A policy adopted Aug. 13 by the DCJ Advisory Board instructs division staff …"
    r"^\W*(?:an?|the|this|its)\s+(?:new\s+|revised\s+)?(?:policy|law|statute)\s+(?=\w+ed\b)",
    re.I,
)
_DAY_AFTER = re.compile(
    r"\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last\s+(?:week|night|month)|"
    r"this\s+(?:week|month))\b",
    re.I,
)
_ANNOUNCED = re.compile(
    r"\b(?:announc\w*|decid\w*|confirm\w*|notif\w*|told)\s+(?:\S+\s+){0,3}(?:that\s+)?"
    r"(?:\S+\s+){0,5}$|"
    # "notified the Yuba County Sheriff ’s Office this week that it would stop"
    r"\b(?:notif\w*|told|informed|saying|said)\s+(?:\S+\s+){0,8}?(?:that\s+)?"
    r"(?:\S+\s+){0,5}$",
    re.I,
)
# Notice given is the termination itself, whatever the reasons before it say ("because the
# legislature intended to end contracts …, the Court has notified ICE of our intention to
# terminate the contract").
_NOTICE = re.compile(
    # ("the jail informed U.S. Immigration and Customs Enforcement of its plan to end its contract")
    r"(?<!may )(?<!shall )(?<!must )(?<!will )"
    r"(?:notif(?:y|ies|ied)|inform(?:s|ed)?|gave|gives|sent|issued)\s+(?:\S+\s+){0,6}?"
    r"(?:of\s+)?(?:its|our|their|the|an?)\s+(?:intent(?:ion)?|decision|plans?)\s+to\s+"
    r"(?:terminate|end|cancel|"
    r"withdraw|exit)|notif\w+\s+(?:\S+\s+){0,6}?that\s+(?:\S+\s+){0,4}?(?:intends?\s+to|plans?\s+to|"
    # ("notified ICE on March 19, 2020 that it will be terminating the contract")
    r"decided\s+to|will(?:\s+be)?)\s+(?:terminat\w*|end(?:ing)?\b|cancel\w*)",
    re.I,
)
# a law named just before its signing: "Immigrant Safety Act (HB9) was signed", "HB 9, signed by"
_LAW_BEFORE = re.compile(
    r"(?:\b(?-i:Act|Bill|HB\s?\d+|SB\s?\d+)|\blaw)\b(?:\s*\([^)]{1,20}\))?,?\s+(?:was\s+|were\s+)?$",
    re.I,
)
_BANS = re.compile(
    r"\b(?:bans|banning|prohibits|prohibiting|bars|barring|outlaws)\s+(?:\S+\s+){0,4}?(?:contracts?|"
    r"agreements?|287\(g\))",
    re.I,
)
_ORDERS_END = re.compile(
    r"\s+(?:\S+\s+){0,3}?(?:requiring|that\s+requires|which\s+requires|forcing|ordering|directing)\s+"
    # ("signed Executive Directive 1, directing the Commonwealth’s law enforcement agencies to
    # terminate any and all Section 287(g) agreements")
    r"(?:\S+\s+){0,6}?to\s+(?:cancel|end|terminate|exit|sever|withdraw\s+from)\b",
    re.I,
)
# an order or law signed whose clause bans the cooperation: "signed into law “The Promoting
# Community Trust Executive Order,” which both prohibited … and largely banned ICE from entering
# the … jail" (not one that bans limiting it: "prohibits … from limiting cooperation with ICE")
_ORDER_BANS = re.compile(
    r"\s+(?:\S+\s+){0,12}?(?:order|law|ordinance|directive|policy)\W{0,3}\s+(?:which|that)\s+"
    r"(?:both\s+|also\s+)?(?:\S+\s+){0,12}?(?:(?:largely\s+|effectively\s+)?(?:prohibit(?:s|ed)|"
    r"bann?(?:s|ed)|barr?(?:s|ed)|rescind(?:s|ed)|end(?:s|ed)))\s+(?!(?:\S+\s+){0,8}?(?:limit|"
    r"restrict|refus|declin|sanctuary))(?:\S+\s+){0,8}?(?:ICE\b|immigration\s+(?:agents|officers|"
    r"authorities|detainers)|287\(g\)|(?:contracts?|agreements?)\s+with)",
    re.I,
)
# Where a clause of fact begins: what follows "because", "after" or "following" happened.
_ON_AGENDA = re.compile(
    r"\b(?:appear\w*|placed|put|listed|is|are)\s+on\s+(?:the\s+)?(?:\S+\s+){0,3}agenda\b", re.I
)
# "voted to continue the county’s working relationship with ICE, approving a new 10-year contract"
_PREDECESSOR = re.compile(
    r"\b(?:previous|prior|old|last)\s+(?:contract|agreement)\W+(?:which\s+|that\s+)?(?:had\s+)?"
    r"(?:expired|ended|ran\s+out|lapsed)\b",
    re.I,
)
_CONTINUE = re.compile(
    r"\bcontinu\w+\s+(?:\S+\s+){0,6}?(?:relationship|agreement|contract|partnership|arrangement)\b|"
    # "has inked a new agreement with U.S. immigration authorities, allowing them to continue using
    # the state's prisons"
    # "approved a new contract with federal officials to continue housing immigrant detainees"
    r"\bnew\s+(?:agreement|contract|MOU|MOA)\b(?:\S*\s+){0,8}?(?:allow\w*\s+(?:\S+\s+){0,3})?to\s+"
    r"continue\b",
    re.I,
)
_AGENDA_ITEM = re.compile(
    r"\b(?:ISSUE\s+STATEMENT|RECOMMENDED\s+ACTION|ACTION\s+REQUESTED|REQUESTED\s+ACTION|"
    r"RECOMMENDATION)\s*:|\bstaff\s+recommends\b",
    re.I,
)
_PENDING_IF = re.compile(
    r"\s+(?:the|this|a|that)\s+(?:proposal|contract|agreement|deal|MOU|MOA)\s+(?:is|was|were|gets)\s+approved|"
    # a ruling awaited: "if the preliminary injunction were granted, the contract … would be
    # renewed"
    r"\s+(?:the|a)\s+(?:\S+\s+)?(?:injunction|motion|stay|appeal|lawsuit)\s+(?:is|was|were|gets)\s+"
    r"(?:granted|approved|won|upheld|denied|lifted)",
    re.I,
)
_THEN = re.compile(r"\b(?:and\s+)?then\s+(?:\w+\s+)?$", re.I)
# (and what a discussion led to: "were discussed …, leading to a 5-0 vote … to discontinue")
_CAUSE = re.compile(
    r"\b(?:but|because|after|since|whereas|following|leading\s+to|led\s+to|resulting\s+in)\b", re.I
)
# A report to the board with no act of its own: "told Hall County Commissioners April 8 that"
_BRIEFED = re.compile(
    r"\b(?:told|informed|briefed|updated)\s+(?:the\s+)?(?:\S+\s+){0,3}(?:commissioners|supervisors|"
    r"board|council|committee|commission|court)\b|"
    # "announced the change to the local fiscal court"
    # (not a standing duty: "must submit an annual report to the Mayor and Council")
    r"(?<!annual\s)(?<!quarterly\s)\b(?:announc|report|present|explain)\w*\s+(?:\S+\s+){0,3}?to\s+the\s+"
    r"(?:\S+\s+){0,2}?(?:fiscal\s+court|"
    r"commissioners|supervisors|board|council|committee|commission)\b|"
    # "The standing room only crowd showed up because of an item on the meeting’s agenda: the
    # county’s contract with the U.S. Marshals Service"
    r"\bitem\s+on\s+(?:the\s+)?(?:\S+\s+)?agenda\s*:|"
    # a meeting's agenda listing the item: "April 7, 2026: BOCC agenda: FDEP site access agreement
    # AND sheriff's lease for "temporary ICE detainment facility""
    r"\b(?:BOCC|board|council|commission|court|meeting)['’]?s?\s+agenda\s*:|"
    # an agenda title: "3:00 PM - TRUTH Act ICE Access Community Forum"
    r"\b(?:community|public)\s+forum\b",
    re.I,
)
# a statute's definition: '"Warrant service officer model" means an agreement … authorizing'
_DEFINITION = re.compile(
    r"[\"”]\s+means\s+(?:an?|the|any)\b|"
    # what a thing is: "An immigration detainer is a form in which Immigration and Customs
    # Enforcement (ICE) requests that local law enforcement hold someone …"
    r"^\W*(?:an?|the)\s+(?:\w+\s+){0,2}?(?:detainer|hold|agreement|contract|BOA|MOA|MOU)\s+is\s+an?\s+"
    r"(?:\w+\s+){0,2}?(?:form|request|document|tool)\s+(?:in\s+which|that|which|by\s+which|for)\b",
    re.I,
)
_DECLINED = re.compile(
    r"\bdeclin\w*\s+to\s+(?:sign|approve|join|accept)|"
    # "Commissioners, who struck down a proposal to end the contract in a 3-2 vote": nothing changes
    r"\b(?:struck|strikes?)\s+down\s+(?:a|the)\s+(?:proposal|motion|resolution)|\bvoted\s+down\s+(?:a|the)\s+"
    r"(?:proposal|motion|resolution)|\b(?:rejected|defeated)\s+(?:a|the)\s+(?:proposal|motion|resolution|bill|measure)\s+"
    r"(?:to|that\s+would)\b|"
    # "the Indiana General Assembly attempted to approve legislation that would have allowed …"
    r"\battempted\s+to\s+(?:approve|pass|enact|adopt)\s+(?:\S+\s+){0,3}?(?:legislation|bills?|measures?)\s+"
    r"(?:that|which)\s+would\s+have\b",
    re.I,
)
_REPORT = re.compile(
    # (not "compares the received data")
    r"\b(?<!the\s)(?:accept|receive|hear)\w*\s+(?:\S+\s+){0,6}(?:report|data|update|presentation)|"
    r"informational\s+only|\(information\s+only\)|"
    # an agenda title: "Update on IGSA Agreement and ICE Detention", "Public Hearing to Provide the
    # 2025 Annual Submission of Data Pertaining to Immigration and Customs Enforcement (ICE) Access"
    r"^\W*update\s+on\b|^\W*public\s+hearing\s+to\s+(?:provide|receive|present)\b|"
    # a report's recommendations to those who decide: "To Florida’s State and Local Governments
    # Terminate 287(g) agreements due to their harmful effects"
    r"^\W*to\s+(?:the\s+)?(?:\S+\s+){0,6}?(?:governments?|congress|legislatures?|officials|agencies|"
    r"authorities|sheriffs|administration)\s+(?-i:[A-Z])",
    re.I,
)
# an act forbidden or an offer refused: "Ordered Helena PD not to sign a 287(g) agreement",
# "have publicly declined to adopt 287(g)"
_REFUSED_BEFORE = re.compile(
    r"\b(?:not|never|(?:declin|refus|reject)(?:e|es|ed|ing)(?:\s+\S+)?)\s+to\s+$", re.I
)
_LAW_PASSED_BEFORE = re.compile(
    r"\b(?:pass(?:es|ed)?|adopt\w*|enact\w*)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:ordinance|bill|law|"
    r"measure|legislation)s?\b[^.;]{0,30}?,?\s+(?:\w+ly\s+)?$",
    re.I,
)
_ORDINANCE_TITLE = re.compile(r"^\W*(?:an\s+)?ordinance\s+(?:relating|related)\s+to\b", re.I)
_CONTRACT_TEXT = re.compile(
    r"\b(?:is|are)\s+(?:hereby\s+)?entered\s+into|this\s+(?:MOA|agreement|memorandum)\s+"
    r"(?:sets\s+forth|is\s+entered|becomes\s+effective)|parties\s+(?:hereby\s+)?agree",
    re.I,
)


# "approved the ordinance amending Section 13.80.080 of the Code": a law amended, no agreement
_CODE_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}(?:section|chapter|title|code)\b", re.I)
_ABLE_BEFORE = re.compile(
    # ("they can't enter into jail enforcement agreements with ICE")
    r"\bcan(?:not|['’]t)?\s+(?:\S+\s+){0,3}$|\b(?:allow|enable|permit)s?\s+(?:\S+\s+){1,3}to\s+(?:\S+\s+){0,3}$|"
    # "only county commissioners – not sheriffs – have the power to execute contracts with ICE"
    # ("county leaders have the ability to renew or end them")
    r"\b(?:power|authority|ability)\s+to\s+(?:\S+\s+or\s+)?$",
    re.I,
)
# ("As of August 1, 2017, ICE has entered into 60 agreements", "As of mid-2025, at least four
# North Dakota law enforcement agencies have signed")
_AS_OF = re.compile(
    r"^\W*as\s+of\s+(?:\w+\.?\s+\d{1,2},?\s+|(?:mid|early|late)[-\s]|(?:the\s+)?(?:end|start)\s+of\s+)?"
    r"\d{4}\b",
    re.I,
)


_DATED = re.compile(
    r"\b(?:19|20)\d\d\b|\bago\b|\blast\s+(?:year|decade)|\bpreviously\b|\boriginally\b|\bearlier\b|"
    r"\bonce\b|\bwhen\b",
    re.I,
)


def _history_after(after: str, reference: dt.date | None, *, aside: bool = False) -> bool:
    """ "signed … in 2009" in a 2014 article: a year (or month and year) after the verb that is
    before the document's year. Without the document's date a year alone is no history. In an
    ``aside`` (the verb opens a parenthesis) a month and year right after it date it too."""
    match = _HISTORY_AFTER.search(after) or (_ASIDE_DATE.search(after) if aside else None)
    if match is None or reference is None:
        return False
    # "not to renew the contract, that since 2013 has housed …": the contract's history
    if re.search(r"\b(?:that|which|who)\b", match.group(0), re.I):
        return False
    # a term's date is no date of the act: "approved the renewal effective on July 1, 2025"
    if re.search(
        r"\b(?:effective|retroactive\w*|through|until|expir\w*|end\w*)\b", match.group(0), re.I
    ):
        return False
    # a day named is history more than a year before the document ("signed on May 22, 2025" in
    # an April 2026 entry is the news, "Signed March 26, 2025" is not)
    day = _DATE_RE.search(match.group(0))
    if day and (when := written_date(day.group(0))) is not None:
        return (reference - when).days > 365
    # a season or a month and year right after the verb: history when its last day is more than a
    # year back ("had already canceled its agreement in fall 2025" in a May 2026 entry is the news;
    # "signed February 2025" in a June 2026 entry is history, "signed June 2025" is not)
    if not aside and (when := _season_or_month(match.group(0))) is not None:
        return (reference - _month_end(*when)).days > 365
    return int(re.findall(r"(?:19|20)\d\d", match.group(0))[-1]) < reference.year


_SEASON = re.compile(r"\b(spring|summer|fall|autumn|winter)\s+(?:of\s+)?((?:19|20)\d\d)\b", re.I)
_SEASON_ENDS = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11, "winter": 12}
_MONTH_YEAR_ONLY = re.compile(rf"\s+({_MONTH_LEAD})[a-z]*\.?\s+((?:19|20)\d\d)", re.I)


def _season_or_month(words: str) -> tuple[int, int] | None:
    """(year, month) of a season named in ``words`` (its last month), or of the month and year
    that are all of them."""
    if season := _SEASON.search(words):
        return int(season[2]), _SEASON_ENDS[season[1].lower()]
    if month := _MONTH_YEAR_ONLY.fullmatch(words):
        return int(month[2]), _month_number(month[1])
    return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


_ASIDE_DATE = re.compile(r"^\s+" + _MONTH_YEAR_CLOSED)
_MONTH_AFTER = re.compile(
    r"^\S*\s+(?:\S+\s+){0,8}?in\s+(January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b(?![\s,]+\d)",
    re.I,
)


def _month_past(verb: str, after: str, reference: dt.date | None) -> bool:
    """ "The county stopped following these detainer requests in April" in a January story: a
    past verb and a month later in the year than the story's is last year's act, history."""
    match = _MONTH_AFTER.search(after)
    if match is None or reference is None or not re.match(r"\w+ed\b", verb, re.I):
        return False
    return _MONTHS.index(match.group(1).capitalize()) + 1 > reference.month


def _no_act(name: str, match: re.Match[str], before: str, after: str) -> bool:
    """Wordings where an action word names no act: a noun after a quantifier ("with multiple
    modifications") is caught before this; here a gerund after a preposition ("a lawsuit … for
    entering into"), a participle after the agreement ("the Agreement entered into between"),
    a trend ("are increasingly signing contracts"), a capacity ("will accept up to 16 INS
    detainees") and a law's history ("the Immigration and Nationality Act, as amended")."""
    word = match[0].lower()
    # the sentence further back than ``before``: a rank or a kept policy is told there
    wide = match.string[max(0, match.start() - 120) : match.start()]
    # a term of the agreement: "running through September 29, 2026 with three renewal options"
    if word.startswith("renewal") and re.match(r"\s+options?\b", after, re.I):
        return True
    # a condition, not an act: "except as required by state or federal law … or as authorized by
    # the governor"
    if re.fullmatch(r"(?:authoriz|approv)ed", word) and re.search(r"\bas\s+$", before, re.I):
        return True
    # a first told as the cause of something else: "called on lawmakers to prohibit 287(g)
    # agreements after the Camden Police Department became the first … to enter one"
    if word.startswith("bec") and re.search(
        r"\b(?:after|when|since|because)\s+(?:\S+\s+){0,6}$", before, re.I
    ):
        return True
    # what such agreements are: "These agreements are signed between a law enforcement agency and
    # ICE and allow …"
    if word == "signed" and re.search(r"\b(?:these|such|the)\s+agreements\s+are\s+$", before, re.I):
        return True
    # a standing law: "have similar state laws in place to prohibit 287(g) agreements"
    if name == "terminate" and re.search(r"\bin\s+place\s+to\s+$", before, re.I):
        return True
    # a code amended, not the agreement: "aims to amend Title 11 of the Delaware Code"
    if (
        word == "amend"
        and before.endswith("to ")
        and re.match(
            r"\s+(?:(?-i:Title|Section|Chapter|Article)\s+\d|§|(?:the\s+)?(?:\S+\s+){0,3}?(?-i:Code)\b)",
            after,
        )
    ):
        return True
    # an act denied: "it does not automatically terminate existing 287(g) agreements"
    if name != "discuss" and re.search(
        r"\b(?:does|do|did|will|would)\s+(?:also\s+)?not\s+(?:\w+ly\s+)?$", before, re.I
    ):
        return True
    # what came before the news: "on the heels of Essex County announcing it would end its
    # contract with ICE, lawmakers are advancing a bill"
    if re.search(r"\bon\s+the\s+heels\s+of\s+(?:\S+\s+){0,8}$", wide, re.I):
        return True
    # the background of a concession: "Despite several states enacting laws to prevent driver’s
    # license data from being accessed by ICE …, the agency continues to have … access"
    if re.search(r"\bdespite\s+(?:\S+\s+){0,3}$", before, re.I):
        return True
    # a report that is the news's source, not one put before a board: "The report notably does
    # not include Philadelphia", "according to … a report from the city's Office of Inspector
    # General", "Today we released a report showing" (but "Receive a report from the Sheriff's
    # Office", "2. Status report on …", "a monthly report to the Legislature")
    if (
        name == "discuss"
        and re.search(r"\breports?\b", word)
        and not re.search(
            r"(?:\b(?:receiv|hear|present|accept|submit|deliver|request|ask|direct|requir|provid|giv|"
            r"prepar|review)\w*\s+(?:\S+\s+){0,3}|^\W*(?:\d+\.|[a-z]\.|\w*\s*:)?\s*)$",
            before,
            re.I,
        )
        and not re.match(
            r"(?:\s+\S+){0,8}?\s+to\s+(?:the\s+)?(?:\S+\s+)?(?:board|council|committee|commission|"
            r"legislat\w*|supervisors|commissioners|court)\b",
            after,
            re.I,
        )
    ):
        return True
    # a court's hearing: "detainees, including those “awaiting a hearing on their immigration
    # status or deportation”"
    if word.startswith("hearing") and re.search(
        r"\bawait\w*\s+(?:an?\s+|their\s+|his\s+|her\s+)?$", before, re.I
    ):
        return True
    # ("by voting to require …" is the act itself; "a key mechanism for expanding detention
    # capacity" is a purpose, "hold public hearings before approving" a law's precondition)
    if (
        name in {"approve", "amend"}
        and word.split()[0].endswith("ing")
        and not word.startswith("vot")
        and _PREPOSITION.search(before)
    ):
        return True
    if name == "approve" and word.startswith("enter") and _AGREEMENT_BEFORE.search(before):
        return True
    # a rank, not the act: "was the first Tennessee law enforcement agency to enter a 287(g)
    # agreement with ICE", "SLED was among the first statewide agencies nationally to adopt TFM"
    # (not "became the first in Tennessee to opt into the Task Force Model")
    if re.search(
        r"\b(?:was|were|is|are)\s+(?:among\s+)?(?:the\s+)?(?:first|only)\s+(?:\S+\s+){0,6}?to\s+$",
        wide,
        re.I,
    ):
        return True
    # the rank carried on: "Putnam County was the first in Tennessee to sign a 287(g) agreement …,
    # and the first to adopt the Task Force Model"
    if re.search(
        r"\band\s+the\s+(?:first|only)\s+(?:\S+\s+){0,6}?to\s+$", before, re.I
    ) and re.search(
        r"\b(?:was|were|is|are)\s+(?:among\s+)?(?:the\s+)?(?:first|only)\b",
        match.string[max(0, match.start() - 250) : match.start()],
        re.I,
    ):
        return True
    # a tally, not the act: "Nationally, ICE has signed 1,645 Memorandums of Agreement" (not "In
    # January, U.S. Immigration and Customs Enforcement signed 17 agreements with Florida sheriffs")
    if (
        word == "signed"
        and re.search(r"\bha(?:s|ve)\s+(?:\w+\s+)?$", before, re.I)
        and re.match(
            r"\s+(?:more\s+than\s+|over\s+|nearly\s+)?\d[\d,]*\s+(?:\S+\s+){0,2}?(?:agreements|memorand\w*|"
            r"MOAs|MOUs|contracts)\b",
            after,
            re.I,
        )
    ):
        return True
    # a critic's words: "criticized the agreements as being signed without offering the public a
    # chance to comment"
    if re.search(r"\bas\s+(?:being|having\s+been)\s+$", before, re.I):
        return True
    # a law's requirement: "must make a reasonable attempt to execute a 287(g) agreement"
    if re.search(r"\battempts?\s+to\s+$", before, re.I):
        return True
    # what else was cancelled: "With 13 warehouse purchases canceled and 11 now under review"
    if re.match(r"cancell?ed$", word) and re.search(
        r"\b(?:purchases?|sales?|plans?|projects?|meetings?|hearings?|flights?|events?|votes?)\s+$",
        before,
        re.I,
    ):
        return True
    # a policy kept, its terms no act: "has maintained a longstanding policy (from 2011 Cacho v.
    # Gusman settlement) prohibiting deputies from … honoring most ICE detainer requests"
    if re.match(r"prohibit|bann|barr|forbid", word) and re.search(
        r"\b(?:maintain\w*|kept|keeps|longstanding|long-standing|existing)\s+(?:\S+\s+){0,3}?"
        r"(?:policy|law|ordinance|order|rule|practice)\b[^;]{0,60}$",
        wide,
        re.I,
    ):
        return True
    # what a law or order says, told in the present: "The executive order forbids county
    # employees from sharing information with ICE officials", "The order prohibits all county
    # employees from sharing information"
    if re.match(r"(?:prohibit|forbid|ban|bar)s$", word, re.I) and re.search(
        r"\b(?:the|this|that|its|his|her|their)\s+(?:\S+\s+){0,2}?(?:order|ordinance|law|policy|act|bill|"
        r"resolution|statute|measure|directive|rule|amendment)\s+(?:also\s+)?$",
        before,
        re.I,
    ):
        return True
    # an adjective: "ICE is "checked off" on that same contract as an additional authorized
    # agency"
    if word == "authorized" and re.match(
        r"\s+(?:agenc|users?\b|personnel\b|officers?\b|representatives?\b|signator|capacity\b)",
        after,
        re.I,
    ):
        return True
    # "The deputizations follow a memorandum of agreement signed with DHS in September 2025":
    # which agreement, not its signing
    if (
        word == "signed"
        # ("not a warrant signed by a judge")
        and (
            _AGREEMENT_BEFORE.search(before)
            or re.search(
                r"\b(?:warrants?|orders?|documents?|forms?|letters?)\s+(?:is\s+|was\s+|are\s+)?$",
                before,
                re.I,
            )
        )
        # ("absent of a court order or arrest warrant signed by a judicial official")
        and re.search(r"\b(?:an?|the|its|their)\s+(?:\S+\s+){0,5}$", before, re.I)
        and re.match(r"\s+(?:with|by|in|on|between)\b", after)
    ):
        return True
    # "According to the contract it signed with Caroline County, U.S. Immigration and Customs
    # Enforcement is requesting …": a relative clause naming the agreement
    if (
        word == "signed"
        and re.search(
            r"\b(?:the|its|their|an?)\s+(?:agreements?|contracts?|deals?|MOA|MOU|IGS?A)\s+(?:that\s+|which\s+)?"
            r"(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?$",
            before,
            re.I,
        )
        and re.match(r"\s+(?:with|by|in|on|between|last|earlier)\b", after)
    ):
        return True
    # "a Memorandum of Agreement authorizing the participation of …": what it does; "an
    # Intergovernmental Agreements (IGA) executed by the Sheriff and the U.S. Marshals Service":
    # which one it is
    if word.startswith(("authoriz", "executed")) and _AGREEMENT_BEFORE.search(
        re.sub(r"\s*\([^()]{1,12}\)\s*$", " ", before)
    ):
        return True
    # what a program does: "The warrant service model authorizes them to serve …", "the Task
    # Force Model (TFM)—authorizes state and local officers to arrest"
    if re.fullmatch(r"authoriz\w*s", word) and re.search(
        r"\b(?:model|program|programme)(?:\s*\([^()]{1,12}\))?(?:\s*[—–]\s*|\s+)(?:also\s+)?$",
        before,
        re.I,
    ):
        return True
    # the noun: "In a troubling sign, ICE eliminated …"
    if word == "sign" and re.search(r"\b(?:an?|another)\s+(?:\w+\s+)?$", before, re.I):
        return True
    # the adjective: "the rapidly expanding Section 287(g) program"
    if word == "expanding" and re.search(
        r"\b(?:the|an?|its|their|this)\s+(?:\w+ly\s+|ever[- ])?$", before, re.I
    ):
        return True
    if _TREND.search(before) or _MANY_ACTORS.search(before):
        return True
    if name == "approve" and _REFUSED_BEFORE.search(before):
        return True
    # an ask turned down: "rules in favor of the county, … rejecting the petition to void it"
    if re.search(
        r"\b(?:reject|den(?:y|ies|ied|ying)|dismiss|overrul|turn\w*\s+down)\w*\s+(?:\S+\s+){0,3}?"
        r"(?:petitions?|motions?|requests?|bids?|efforts?|attempts?|proposals?|calls?)\s+to\s+$",
        before,
        re.I,
    ):
        return True
    # a habit told as history: "Dearborn had renewed contracts with ICE annually for more than 10
    # years"
    if re.search(r"\bhad\s+(?:\w+ly\s+)?$", before, re.I) and re.match(
        r"(?:\s+\S+){0,6}?\s+(?:annually|every\s+year|each\s+year|year\s+after\s+year)\b",
        after,
        re.I,
    ):
        return True
    # a bill's own present verb: "This emergency bill prohibits" (not "a bill considered by the
    # Senate State Affairs Committee")
    if re.fullmatch(r"[a-z]+s", word.split()[0]) and re.search(
        r"\b(?:this|the)\s+(?:\w+\s+)?bill\s+(?:also\s+)?$", before, re.I
    ):
        return True
    if (
        _STATUTE_WORDING.search(before)
        or (word.startswith("codif") and re.match(r"\s+(?:as|at|in)\b", after))
        # "Immediately upon enactment of the bill"
        or (
            word == "enactment"
            and re.match(r"\s+of\s+(?:the|this)\s+(?:bill|act|law)\b", after, re.I)
        )
        # a warrant served, no agreement signed: "trained only to screen for and execute detainers
        # and administrative warrants"
        or (
            word.startswith("execut")
            and re.match(r"\s+(?:\S+\s+)?(?:detainers?|warrants?|searches|arrests?)\b", after, re.I)
        )
        # what the agreements do: "“287(g) agreements,” with state and local governments
        # authorizing state or local personnel"
        or (
            word.startswith("authoriz")
            and re.search(r"\bagreements?\W*\s+with\s+(?:\S+\s+){0,5}$", before, re.I)
        )
    ):
        return True
    # a condition reported, not an agreement blocked: "blocked attorney/notary access"
    if word.startswith("block") and re.match(r"\s+(?:\S+\s+){0,2}?access\b", after, re.I):
        return True
    # an event that ended, not an agreement: "a March 30, 2026 “No Kings” rally in Macon ended
    # early over 287(g) tensions"
    if word.startswith("end") and re.search(
        r"\b(?:rally|protest|march|vigil|meeting|hearing|session|event)\s+(?:\S+\s+){0,3}$",
        before,
        re.I,
    ):
        return True
    # a count: "the number of Georgia jurisdictions applying for 287(g) agreements has surged"
    if re.search(r"\bnumber\s+of\s+(?:\S+\s+){0,4}$", before, re.I):
        return True
    # an approval done without or taken away: "can sign 287(g) agreements without county
    # commissioner approval", "The removal of county commissioner approval"
    if word == "approval" and re.search(
        r"\b(?:without|removal\s+of|remov\w+|eliminat\w+|bypass\w*)\s+(?:\S+\s+){0,3}$",
        before,
        re.I,
    ):
        return True
    # growth, not an agreement amended: "the state has expanded to 12 law enforcement agencies with
    # 287(g) agreements", "County jails (IGSA agreements — expanding rapidly)"
    if word.startswith("expand") and (
        re.match(
            rf"\s+(?:from\s+\S+\s+)?to\s+(?:\d+|{_NUMWORD})\s+(?:\S+\s+){{0,3}}?(?:agencies|sites|"
            r"counties|jails|facilities|agreements|partners|departments)\b",
            after,
            re.I,
        )
        # "managed to expand the number of jurisdictions that have agreed to …"
        or re.match(r"\s+the\s+(?:number|ranks|roster|list)\s+of\b", after, re.I)
        or re.match(
            r"\s*(?:(?:rapidly|quickly|dramatically|sharply|steadily|fast)\s*)?[)\].,;:—–]", after
        )
    ):
        return True
    # a count that grew, not an agreement amended: "Detention sites expanded from 2 (Geauga,
    # Seneca) to 6", "jail expanded to 500 beds", "287(g) Highway Patrol troopers expanding from 17
    # to 41"
    if (
        word.startswith("expand")
        and re.search(
            r"\b(?:sites|facilities|agreements|agencies|counties|jails?|facility|partners|troopers|officers|"
            r"deputies)\s+$",
            before,
            re.I,
        )
        and re.match(r"\s+(?:from|to)\s+\d", after)
    ):
        return True
    # an agenda's heading, the items under it still to come: "Consent Agenda For Approval: 1)
    # Draft Minutes …"
    if word == "approval" and re.search(r"\bfor\s+$", before, re.I) and after.startswith(":"):
        return True
    # what a rule forbids: "in “full compliance” with a California policy prohibiting local law
    # enforcement from using resources for immigration enforcement"
    if (
        name == "terminate"
        and word.startswith("prohibiting")
        and re.search(r"\b(?:policy|law|statute|ordinance|rule|order)\s+$", before, re.I)
    ):
        return True
    # none did: "no Alaska law enforcement agencies appear to have entered formal 287(g)
    # agreements"
    if name == "approve" and re.search(
        r"\bno\s+(?:\S+\s+){1,5}?(?:appears?|seems?)\s+to\s+have\s+$", wide, re.I
    ):
        return True
    # the federal layoff law, not a warning: "no WARN notice filed"
    if word == "warn" and match[0].isupper() and re.match(r"\s+(?:Act|notices?)\b", after):
        return True
    # a standing prohibition: "are prohibited from entering into or renewing an immigration
    # detention agreement"
    if (
        name == "terminate"
        and word.startswith("prohibited")
        and re.search(r"\b(?:is|are)\s+$", before, re.I)
    ):
        return True
    # a facility entered, not an agreement: "to screen individuals entering a correctional
    # facility"
    if (
        name == "approve"
        and word.startswith("entering")
        and re.match(
            r"\s*(?:\S+\s+){0,1}?(?:facility|facilities|jail|building|country|prison)\b",
            after,
            re.I,
        )
    ):
        return True
    # a law's doing, not the county's: "the state law expressly prohibits a similar arrangement"
    # ("HB19-1124 prohibits …", "The act prohibits a probation officer …"; not "TRUST Act suit
    # against CT": a suit over the law)
    # (nor "The TRUTH Act Forum will take place": the law's forum, named by it)
    # (nor what a signing enacts: "the governor signed legislation blocking public and private
    # prisons from signing or renewing contracts")
    if (
        not re.match(r"(?:law)?suits?\b|(?:forum|hearing|workshop)\b", word)
        and not re.search(
            r"\bsign(?:ed|s)\s+(?:the\s+|a\s+|new\s+)?(?:legislation|law|bill|measure)\s+$",
            before,
            re.I,
        )
        and re.search(
            r"\b(?:law|statute|legislation|ordinance|code|(?-i:Act)|(?-i:[Tt]he\s+act)|(?-i:[HS]\.?B\.?)\s?\d+(?:-\d+)?|"
            # ("federal law does prohibit", "Chapter 19 of the 2021 special session prohibits")
            r"chapter\s+\d+\s+of\s+(?:the\s+)?\d{4}\s+(?:\S+\s+)?session(?:\s+further)?)"
            # ("DC Code § 24-211.07 prohibits")
            r"(?:\s+(?:§+|sec(?:tion)?\.?)\s*\d[\w.:-]*(?:\([a-z0-9]+\))*)?"
            # ("Illinois' TRUST Act (2017) prohibits")
            r"[”\"’']?(?:\s+\([^()]{1,30}\))?\s+(?:\w+ly\s+|also\s+|(?:does|do|did)\s+(?:not\s+)?)?$",
            before,
            re.I,
        )
    ):
        return True
    # "added a mandate to the … Appropriations bill to prohibit ICE from continuing any detention
    # contracts": what a bill is to do
    if name == "terminate" and re.search(
        r"\b(?:bill|legislation|law|mandate)\s+to\s+$", before, re.I
    ):
        return True
    # "came with signs and candles": placards, not a signing
    if word == "signs" and re.search(r"\b(?:with|carr\w+|hold\w*|held|wav\w+)\s+$", before, re.I):
        return True
    # "Under legislation signed by Gov. Sarah Huckabee Sanders", "Governor Hochul signs the FY27
    # state budget": a state law's signing
    if word.startswith("sign") and (
        re.search(r"\b(?:legislation|law|bill|act|order|statute|budget)\s+$", before, re.I)
        or re.match(r"\s+(?:the|a|its)\s+(?:\S+\s+){0,3}?budget\b", after, re.I)
    ):
        return True
    # "Section 287(g) of the Immigration and Nationality Act—added by the Illegal Immigration Reform
    # and Immigrant Responsibility Act of 1996 (IIRIRA)—authorizes DHS to enter written memoranda":
    # what a statute allows
    if word.startswith("authoriz") and re.search(
        r"\b(?:Act|[Ss]ection|statute|law)\b(?:\s+of\s+\d{4})?(?:\s+\([^()]{1,20}\))?\W*$", before
    ):
        return True
    # "Gov. J.B. Pritzker signed the Illinois Way Forward Act (SB 667)": the same (but a mandate
    # of the agreements signed is their approval: "Gov. Lee signed HB2219 into law ~May 10, 2026
    # — the first statewide 287(g) mandate")
    # (and legislation signed, whoever signs it: "Apr 13, 2026: Mills signed legislation clarifying
    # that Maine county jails have authority to refuse to hold …"; not one that bans them)
    if (
        word.startswith("sign")
        and (
            re.search(r"\b(?:Gov\.|Governor|President)\s+(?:[A-Z]\S*\s+){0,3}$", before)
            or re.match(r"\s+legislation\b", after)
        )
        and re.match(
            r"\s+(?:\S+\s+){0,5}?(?:Act|[Bb]ill|law|legislation|[Oo]rder|measure|statute)\b", after
        )
        and not re.match(r"[^.;]{0,160}?\bmandat\w*", after, re.I)
        and not re.match(
            r"\s+legislation\s+(?:\S+\s+){0,2}?(?:bann|barr|prohibit|end)\w*", after, re.I
        )
    ):
        return True
    # a jail's practice, not an acceptance: "the jail accepts only people with criminal charges"
    if word.startswith("accept") and re.match(r"\s+only\b", after, re.I):
        return True
    # a court's: "granted a preliminary injunction allowing …", "if the preliminary injunction were
    # granted"; what an agreement gives: "the immigration enforcement authority granted under this
    # MOU"
    if word.startswith("grant") and (
        re.match(r"\s+(?:under|pursuant\s+to)\s+(?:this|the|that|such|its)\b", after, re.I)
        or re.match(
            r"\s+(?:a|an|the)\s+(?:\S+\s+)?(?:injunction|restraining\s+order|stay|motion|waiver)\b",
            after,
            re.I,
        )
        or re.search(
            r"\b(?:injunction|order|stay|motion)\s+(?:is|was|were|be|been|is\s+not)\s+$",
            before,
            re.I,
        )
    ):
        return True
    # "As the Sheriff said prior to the current extension in May of 2019": a time told
    if re.search(
        r"\b(?:prior\s+to|before|since|after|during)\s+(?:the\s+)?(?:current|last|previous|latest|"
        r"most\s+recent)\s+$",
        before,
        re.I,
    ):
        return True
    # "issued by a single administrative ICE officer, without any due process or review": none held
    if name == "discuss" and re.search(r"\bwithout\s+(?:\S+\s+){0,4}$", before, re.I):
        return True
    # a project's review, not the agreement's: "federal environmental review is not required"; nor
    # a law's name: "The Transparent Review of Unjust Transfers and Holds (TRUTH) Act"
    # (nor an automatic step: "their fingerprints are automatically sent to an FBI database, which
    # triggers review by Immigration and Customs Enforcement")
    if word.startswith("review") and re.search(
        r"\b(?:environmental|NEPA|transparent|triggers?|triggered|prompts?)\s+$", before, re.I
    ):
        return True
    # "unless immigration officials have a signed judicial warrant": the word an adjective; a
    # judge's signature on a hold is no agreement signed ("the ICE requests signed by a judge",
    # "unless a judge signs the request")
    if word.startswith("signed") and re.search(r"\b(?:a|an|the)\s+$", before, re.I):
        return True
    # ("regardless of whether a judge has approved the move")
    if word.startswith(("sign", "approv")) and (
        re.match(r"\s+by\s+(?:a|the)\s+(?:federal\s+)?(?:judge|magistrate|court)\b", after, re.I)
        or re.search(r"\b(?:judge|magistrate)\s+(?:has\s+|had\s+)?$", before, re.I)
    ):
        return True
    # a measure that did not pass: "the Maryland legislature failed to pass a 287(g) ban"; an end
    # that never came: "an active IGSA with Orange that was never terminated"
    if re.search(r"\bfail(?:s|ed)?\s+to\s+$", before, re.I) or (
        word.startswith("terminat") and re.search(r"\b(?:never|not)\s+(?:been\s+)?$", before, re.I)
    ):
        return True
    # the adjective, not the act: "pitching Cibola as ready for renewed use", "renewed calls to end"
    if word.startswith("renewed") and re.match(
        r"\s+(?:use|interest|attention|calls?|push|focus|scrutiny|concerns?|efforts?|pressure|debate|"
        r"criticism|activity|demands?|protests?|opposition)\b",
        after,
        re.I,
    ):
        return True
    # a condition, not an act: "regardless of whether the local sheriff has signed a 287(g) deal"
    if re.search(r"\bwhether\s+(?:\S+\s+){0,4}?(?:has|have|had)\s+$", before, re.I):
        return True
    # the agreements described by the era that made them: "as it reviews contracts signed under
    # Noem", "The other, signed under the newly resumed Task Force Model program" (not a sheriff
    # who "signed under AG threat of suspension")
    if (
        word == "signed"
        and re.match(r"\s+under\b", after, re.I)
        and re.search(
            r"\b(?:contracts|agreements|deals|MOAs|MOUs|other|ones)\s*,?\s+$", before, re.I
        )
    ):
        return True
    # ("Marshals assist ICE with fugitive operations and detainer execution")
    if word.startswith("execution") and re.search(
        r"\b(?:detainers?|warrants?|arrests?|orders?|searche?s?)\s+$", before, re.I
    ):
        return True
    # "staff chosen to execute immigration warrants": a duty, not an agreement executed; nor
    # work under one ("executing existing USMS contract")
    if word.startswith("execut") and re.match(
        r"\s+(?:(?:\S+\s+){0,2}(?:warrants?|arrests?|searches|orders?)\b|(?:an?\s+|the\s+|its\s+)?existing\b)",
        after,
        re.I,
    ):
        return True
    # a word of a bill's name: "the No Illegal Captivity and Extensions (NICE) Act"
    if match[0][:1].isupper() and re.match(
        r"\w*(?:\s+(?-i:[A-Z])\w*){0,4}\s+(?:\((?-i:[A-Z]{2,})\)\s+)?(?-i:Act)\b", after
    ):
        return True
    # an aside on a standing order: "New Haven's 2020 sanctuary executive order — reaffirmed by
    # Mayor Elicker — prohibits …"
    if word.startswith("reaffirm") and re.search(r"[—–,(]\s*$", before):
        return True
    # an argument accepted, no agreement: "The 11th Circuit majority accepted this framing"
    if word.startswith("accept") and re.match(
        r"\s+(?:this|that|the|its|their)\s+(?:framing|argument|position|view|reasoning|claim)s?\b",
        after,
        re.I,
    ):
        return True
    # a question before a court: "without ruling on the 287(g) authorization question"
    if word.startswith("authoriz") and re.match(r"\s+(?:question|issue)s?\b", after, re.I):
        return True
    # what a mandate makes others do: "state laws … that force counties to maintain ICE
    # detention agreements"
    # (not "forcing Elder to stop holding immigrants": a court's order, the act)
    if re.search(
        r"\bthat\s+(?:forc|requir|compel|mandat)\w*\s+(?:\S+\s+){0,3}?to\s+$", before, re.I
    ):
        return True
    # a general practice told in the present: "agencies sign a voluntary agreement with ICE"
    if _PLURAL_ACTORS.search(before) and word.split()[0] in {"sign", "enter", "execute", "join"}:
        return True
    # a trend in the making: "More local police agencies in Pennsylvania are signing agreements"
    # (not "Mobile and Baldwin Sheriffs are joining a program": named ones, capitalized, act)
    if re.search(
        r"\b(?-i:agencies|counties|cities|sheriffs|departments|jurisdictions)\s+(?:in\s+\S+(?:\s+\S+)?\s+)?"
        r"are\s+$",
        before,
        re.I,
    ) and re.match(r"(?:signing|entering|joining)\b", word):
        return True
    # a standing practice, not an act: "the USMS executes contracts known as … (IGAs) with state
    # and local governments to rent jail space"
    # "ICE has entered into such contracts with certain local governments in California"
    generic = _GENERIC_PARTIES.match(after)
    if generic and (
        re.fullmatch(r"(?:execut|enter|sign|award)es|(?:enter|sign|award)s", word.split()[0])
        or generic["vague"]
    ):
        return True
    if word.startswith("accept") and _PEOPLE_AFTER.match(after):
        return True
    # "designate certain officers as Customs Officers authorized to enforce …": who they are
    if word.startswith("authori") and _STAFF_BEFORE.search(before):
        return True
    # "due to the cancellation of a contract with the Immigration and Customs Enforcement
    # Agency": a cause told, not the item's act
    # (not the participle: "The agreement — since rescinded according to Coverley —")
    if (
        name == "terminate"
        and re.search(
            r"\b(?:due\s+to|because\s+of|following|result\s+of|(?<!has\s)(?<!have\s)(?<!had\s)since)\s+"
            r"(?:the\s+|its\s+|a\s+)?$",
            before,
            re.I,
        )
        and not (word.endswith("ed") and re.search(r"\bsince\s+$", before, re.I))
    ):
        return True
    # a statute's summary in a list: "Prohibits local government entities from entering into
    # agreements …", where an agenda item would say "Terminate"
    if re.fullmatch(r"\W*", before) and re.match(
        r"(?:prohibits|bans|bars|prevents|requires)\b", word
    ):
        return True
    # "until “either party terminates or suspends” it": the same clause as the termination
    if word.startswith("suspen") and re.search(r"\bterminat\w*\s+(?:or|and)\s+$", before, re.I):
        return True
    # the Constitution's: "to avoid Fourth Amendment liability risks"
    if name == "amend" and re.search(
        r"\b(?:first|second|fourth|fifth|sixth|eighth|tenth|fourteenth|\d+(?:st|nd|rd|th))\s+$",
        before,
        re.I,
    ):
        return True
    # "the contract approval will allow ICE to begin renting the facility": what it will do
    if word == "approval" and re.match(r"\s+(?:will|would|could)\s", after):
        return True
    # "The move to expand the Clay County Jail": a building grows, not the agreement
    if word.startswith("expand") and re.match(
        r"\s+(?:the\s+)?(?:[A-Z]\S*\s+){0,3}(?:jail|facility|detention\s+center|justice\s+center)\b",
        after,
        re.I,
    ):
        return True
    # "the updated agreement will permit …" describes it; only "approve the updated agreement" acts
    if word.startswith("updat") and not _APPROVES_BEFORE.search(before):
        return True
    # "Resolution to Amend the Fiscal Year 2019 Council Approved Budget and Accept … the SCAAP
    # Payment": the budget is amended, the payment accepted
    # ("Approve Budget Amendment No. 14BA-023 to accept $18,510.07 from the U.S. Immigration and
    # Customs Enforcement": the city's budget)
    # ("The request for a land use amendment for property on C.R. 7": the zoning, not a contract)
    return name == "amend" and (
        re.search(r"\b(?:as|budget|land\s+use|zoning|map)\s+$", before, re.I) is not None
        or _BUDGET_AFTER.match(after) is not None
    )


_APPROVES_BEFORE = re.compile(
    r"(?:approv|authoriz|execut|adopt|ratif|accept|sign)\w*\W+(?:\S+\s+){0,3}$", re.I
)
# ("followed the law in signing the 287(g) agreement": how, not an act)
# ("for failing to comply with the state’s open meetings law in regard to approving contracts")
_PREPOSITION = re.compile(
    r"\b(?:for|by|in|before|(?:in\s+)?regard\s+to|with\s+respect\s+to)\s+$", re.I
)
_BUDGET_AFTER = re.compile(r"\s+(?:the\s+)?(?:\S+\s+){0,5}?budget\b", re.I)
_AGREEMENT_BEFORE = re.compile(r"\b(?:agreements?|MOA|MOU|contracts?|IGS?A)\s+$", re.I)
_GENERIC_PARTIES = re.compile(
    r"\s+(?:\S+\s+){0,10}?with\s+(?:approximately\s+|about\s+|over\s+|more\s+than\s+)?(?:[\d,]+\s+)?"
    r"(?P<vague>(?:certain|some|several|various|numerous|many)\s+)?(?:state\s+(?:and|or)\s+local|local|"
    r"county)\s+"
    r"(?:governments|agencies|jurisdictions|law\s+enforcement\s+agencies)\b",
    re.I,
)
_PLURAL_ACTORS = re.compile(
    r"\b(?:agencies|counties|cities|jurisdictions|localities|departments|sheriffs|governments)\s+$",
    re.I,
)
# a trend, not an act: "Many counties have terminated the 287(g) program"
_MANY_ACTORS = re.compile(
    # ("About half of Pennsylvania counties no longer hold individuals in local jails")
    # ("by late February 2026, 19 of 72 Wisconsin counties had joined 287(g)")
    r"\b(?:many|several|some|numerous|other|most|(?:about\s+|nearly\s+|more\s+than\s+)?half\s+of|\d+\s+of\s+"
    r"(?:the\s+|its\s+)?\d+)\s+"
    r"(?:\S+\s+)?(?:counties|agencies|cities|jurisdictions|sheriffs|localities|departments)\s+"
    r"(?:have\s+|had\s+)?$",
    re.I,
)
_TREND = re.compile(
    # ("multiple county jails rapidly expanding ICE contracts")
    r"\b(?:increasingly|routinely|often|typically|generally|usually|rapidly|steadily)\s+$|"
    # what is done in general: "In most jurisdictions, the Sheriff signs the 287(g) Memorandum"
    r"\bin\s+(?:most|many|some)\s+(?:jurisdictions|counties|states|cases|places),\s+(?:\S+\s+){0,3}$",
    re.I,
)
_STAFF_BEFORE = re.compile(
    # ("provide the judge authorized to grant or deny the individual's release on bail notice")
    # ("customs officers are authorized to enforce the full range of federal offenses")
    r"\b(?:officers|deputies|personnel|agents|staff|employees|officials|individuals|persons|"
    r"judge)[\"”’]?\s+(?:(?:are|is|were|was|be|being)\s+)?$",
    re.I,
)
# ("The jail accepts two kinds of federal prisoners": whom it takes in)
_PEOPLE_AFTER = re.compile(r"\s+(?:\S+\s+){0,4}(?:detainees|inmates|prisoners|immigrants)", re.I)


# the verbs of a law's clauses, and where such a clause opens: the passage's start, a semicolon,
# a colon or a dash after a bill's name
_LAW_CLAUSE_VERB = re.compile(
    r"(?:prohibit|ban|bar|block|prevent|forbid|limit|restrict|require|mandate|create)s", re.I
)
_CLAUSE_OPENS = re.compile(r"(?:^|[;:]|\s[-–—])\s*$")
# (not an order's or an enacted bill's clauses, the order being the act)
_ORDER_LEAD = re.compile(r"\border\b|\benacted\b|\bsigned\b", re.I)


_RULE_ALLOWS = re.compile(
    r"\b(?:policy|ordinance|resolution|measure|law|rule)\s+(?:that|which)\s+(?:will\s+|would\s+)?"
    r"(?:(?:allow|permit|enable)s?\s+(?:\S+\s+){1,3}to|"
    # "passed an ordinance that says the county can ignore certain requests"
    r"says\s+(?:\S+\s+){1,3}can)\s+(?:\S+\s+){0,3}$",
    re.I,
)


def _verbs(text: str, reference: dt.date | None = None) -> list[tuple[int, str, re.Match[str]]]:
    """The action words of a passage that act: not clauses, options or history."""
    hits = []
    for name, pattern in _ACTION_RES:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]
            after = text[match.start() : match.end() + 60]
            clause = _CLAUSE_BEFORE.search(before) or _CLAUSE_AFTER.search(after[len(match[0]) :])
            # "McHenry County will have to cancel its contract": a named county bound to end it
            bound_to_end = name == "terminate" and _NAMED_MUST.search(before) is not None
            # ("its commissioners must decide whether to continue housing inmates": a decision due)
            if clause and not (
                (
                    name == "terminate"
                    and re.match(r"not|never|won", match[0], re.I)
                    # (not what one ought not do: "THE CITY MUST NOT RENEW ITS P.A.R.S CONTRACT")
                    and not re.search(r"\b(?:must|should)\s+$", before, re.I)
                )
                # "Sheriff Marlin Gusman agrees to stop holding detainees for ICE": a party's
                # undertaking to end a practice is the end, not a clause of an agreement
                or (
                    name == "terminate"
                    and re.match(r"stop|cease|end\b", match[0], re.I)
                    and re.search(r"\bagrees\s+to\s+$", before, re.I)
                )
                or (
                    name == "discuss"
                    and re.search(
                        r"\bmust\s+(?:decide|consider|determine|choose)\s+$", before, re.I
                    )
                )
                # a discussion to come: "this is something that would have to be seriously
                # discussed", "it might be worth considering" (not "may be discussed": a clause)
                or (name == "discuss" and re.match(r"(?:to\s+)?be\b", clause[0], re.I))
                or bound_to_end
            ):
                continue
            if _SUBORDINATE.search(text, max(0, match.start() - 80), match.start()) and not (
                # the loss a county faces is its news: "faces a possible $1.6-million financial hit
                # after losing the ability to house undocumented immigrants"
                name == "terminate"
                and re.match(r"los(?:ing|t|es)\s+the\s+ability\b", match[0], re.I)
            ):
                continue  # "… lost when ICE ended its contract with Santa Ana"
            # "S-Comm has been terminated in name only; it will continue to operate": no end
            if name == "terminate" and re.match(
                r"\s+in\s+name\s+only\b", text[match.end() :], re.I
            ):
                continue
            if match[0][:1].isupper() and _GROUP_NAME.search(before):
                continue  # "The Coalition to Cancel the ICE contract issued a statement": a name
            if before.endswith("-") or (
                _ABLE_BEFORE.search(before)
                # "approved an immigration policy that will allow local authorities to stop
                # honoring …": what the policy allows is what it does
                and not (name == "terminate" and _RULE_ALLOWS.search(text, 0, match.start()))
            ):
                continue  # "council-approved", "ICE can train and authorize", "allows ICE to …"
            if name != "discuss" and _AS_OF.search(_sentence_before(text, match.start())):
                continue  # "As of August 1, 2017, ICE has entered into 60 agreements": a tally
            if name == "discuss" and re.search(r"according\s+to\s+(?:\S+\s+){0,2}$", before, re.I):
                # "…, according to the report", "according to data reviewed by 404 Media": a
                # source, not a report on the agenda
                continue
            if (
                name == "discuss"
                and match[0].lower().startswith("calling")
                and _TERMS_OF.search(before)
            ):
                continue  # "financial deals with ICE calling for them to hold people": the terms

            if _QUANTIFIED.search(before) or _no_act(name, match, before, text[match.end() :]):
                continue
            # a law's clause told with no subject, the law's own verb: "AB 32 (2019) - Prohibits
            # private immigration detention facilities", "…; bans immigration detention centers;
            # prohibits local cooperation with ICE" (not "Authorizes the County Manager to …"; nor
            # an order's clauses, the order being the act: "Executive Order 650 (January 29,
            # 2026): Prohibits state from entering new 287(g) agreements")
            if _LAW_CLAUSE_VERB.fullmatch(match[0].split()[0]):
                lead = _sentence_before(text, match.start())
                if _CLAUSE_OPENS.search(lead) and not _ORDER_LEAD.search(lead):
                    continue
            # a law's own verb in the present: "The bill also bars public bodies … and ends 287(g)
            # agreements", "The new law will go into effect in May, and prohibits public bodies"
            if re.fullmatch(r"[a-z]+s", match[0].split()[0]) and _LAW_SUBJECT.search(
                _sentence_before(text, match.start())
            ):
                continue
            # what a law does, told after it: "a new state law that requires large counties to
            # partner with U.S. Immigration and Customs Enforcement, formalizing cooperation"
            if re.fullmatch(r"[a-z]+ing", match[0]) and (
                _LAW_CLAUSE.search(_sentence_before(text, match.start()))
                # what a policy says, named after it: "which have policies prohibiting nearly all
                # cooperation with ICE"
                or re.search(r"\bpolic(?:y|ies)\s+$", before, re.I)
            ):
                continue
            if _FORBIDDEN.search(text, max(0, match.start() - 150), match.start()) and not (
                # past the clause: "which will ban local jails … from housing detainees for ICE,
                # passed the House of Delegates"
                _CLAUSE_CLOSED.search(text, max(0, match.start() - 40), match.start())
            ):
                continue  # "making it illegal for any law enforcement agency … to sign contracts"
            # (a longer look back: "SB8 requires every county sheriff’s office to apply for")
            not_acting = _NOT_ACTING.search(text, max(0, match.start() - 80), match.start())
            # (a deadline given is the ending under way: "ICE will have 120 days to move the 670
            # detainees")
            if bound_to_end or re.match(r"\d+\s+days\s+to\b", match[0]):
                not_acting = None
            if not_acting and (
                match[0].lower().startswith(("approv", "authoriz"))
                or "not" in not_acting[0]
                # "required to … enter into", "no plans to end"
                or not_acting[0]
                .lower()
                .startswith(
                    (
                        "requir",
                        "mandat",
                        "obligat",
                        "compel",
                        "no ",
                        "decided against",
                        "must",
                        "none",
                        "refus",
                        "refrain",
                        "prevent",
                        "prohibit",
                        "bar",
                        "ban",
                        "restrict",
                        "block",
                        "will",
                        "ensure",
                        "guarantee",
                        "rather",
                        "instead",
                    )
                )
                # "illegal immigrants subject to ICE review": a condition, no review under way
                or (name == "discuss" and not_acting[0].lower().startswith("subject"))
            ):
                continue
            # ("adds a requirement that ICE only lodge …": what the requirement says)
            # ("Delvin has suggested that …": what a discussion is about)
            if (
                _NOT_ACTING_AFTER.search(after[len(match[0]) :])
                and not (name == "amend" and match[0].lower().startswith("add"))
                # "it agreed to a 30-day extension to negotiate a new one": the extension is the act
                and not (
                    name == "extend"
                    and re.match(r"\s+to\s+(?:re)?negotiat", after[len(match[0]) :])
                )
                and not (name == "discuss" and re.match(r"\s+that\b", after[len(match[0]) :]))
                # "has passed an ordinance that limits cooperation with ICE": the law's clause
                and not (
                    name == "approve"
                    and re.search(
                        r"\b(?:ordinance|resolution|bill|measure|policy|law|motion)s?$",
                        match[0],
                        re.I,
                    )
                )
            ):
                continue
            history = _HISTORY_BEFORE.search(before)
            # "In June 2020, Prince William County terminated …" in a January 2021 story: the lead
            # dates the news, no history
            if history and _dated_lead_recent(history[0], reference):
                history = None
            # "a 1,500-bed regional facility that entered into an agreement with ICE in May 2025" in
            # a September 2025 story: the relative clause tells the news, and dates it
            if (
                history
                and re.match(r"(?:who|that|which)\b", history[0], re.I)
                and (
                    dated := re.search(
                        r"\bin\s+(?:\w+\s+)?(?:19|20)\d\d\b", after[len(match[0]) : 100]
                    )
                )
                and _dated_lead_recent(dated[0], reference)
            ):
                history = None
            # a relative clause on this year's news: "a policy change last week that ended ICE
            # “courtesy holds”", "In April, the Minnehaha County Sheriff’s Office was one of two
            # counties that enrolled in the 287(g) program" (the month with no year)
            if (
                history
                and re.match(r"(?:who|that|which)\b", history[0], re.I)
                and (
                    re.search(
                        r"\b(?:(?:last|this)\s+(?:week|month)|yesterday)\s+$",
                        before[: history.start()],
                        re.I,
                    )
                    or _MONTH_NO_YEAR_LEAD.match(_sentence_before(text, match.start()))
                )
            ):
                history = None
            # "was approved by the Lake County Board of Commissioners": the news itself
            if (
                history
                and re.match(r"(?:was|were)\s", history[0], re.I)
                and _BY_BODY.match(after[len(match[0]) :])
            ):
                history = None
            # "it was pulling all of the detainees out", "the agreement … was renewed": the news as
            # it happened; a passive is history when its sentence dates it ("was signed in June
            # 2020", "was extended for a year in 2019")
            if (
                history
                and re.match(r"(?:was|were)\s", history[0], re.I)
                and (
                    match[0].split()[0].lower().endswith("ing")
                    or not _DATED.search(
                        _sentence_before(text, match.start()) + _sentence_after(text, match.start())
                    )
                    # dated days before the story: "The agreements were signed on December 11,
                    # 2025" in a December 20 story
                    or _recent_date(_sentence_after(text, match.start()), reference)
                )
            ):
                history = None
            # "The GEO Group announced that it had been awarded a … contract": the news told
            if (
                history
                and history[0].lower().startswith("had")
                and re.search(
                    r"\b(?:announc|confirm|report|sa[iy])\w*\s+(?:that\s+)?(?:it|they|he|she)\s+$",
                    before[: history.start()],
                    re.I,
                )
            ):
                history = None
            # (a verb opening an aside is dated by it: "(signed May 2025, effective Jan 1, 2026)")
            aside = before.endswith("(")
            if name != "discuss" and (
                history
                or _history_after(text[match.end() : match.end() + 100], reference, aside=aside)
                or _month_past(match[0], after[len(match[0]) :], reference)
                or _AGO_AFTER.match(text, match.end(), match.end() + 120)
                # "was signed by then-Seneca County Commissioners Timothy Rook and Kenneth Estep"
                or _BY_THEN.match(text, match.end())
                or _past_administration(text, match.start(), reference)
            ):
                continue
            hits.append((match.start(), name, match))
    hits.sort(key=lambda h: (h[0], [n for n, _ in _ACTIONS].index(h[1])))
    return hits


# a sentence ends at a stop, not after "U.S." or "No." ("by the U.S. Immigration and Customs …")
_STOP = re.compile(
    # (nor after a title or an initial: "Gov. J.B. Pritzker")
    r"(?<!U\.S)(?<!\bU\.N)(?<!\bNo)(?<!\bCo)(?<!\bInc)(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bGov)"
    r"(?<!\bSen)(?<!\bRep)(?<!\b[A-Z])"
    r"[.;!?][\"”’]?\s+(?=[A-Z\"“])|"
    # (and a stop a page lost its space after: "to house immigration detainees.Existing ICE
    # inmates were relocated")
    r"(?<=[a-z]{3})[.!?](?=[A-Z][a-z]{2,}\s)"
)


def _sentence_after(text: str, start: int) -> str:
    """The text of the sentence from ``start`` on (at most 300 characters)."""
    after = text[start : start + 300]
    stop = _STOP.search(after)
    return after[: stop.start() + 1] if stop else after


def _sentence_before(text: str, start: int) -> str:
    """The text of the sentence before ``start`` (at most 400 characters): empty when
    ``start`` opens a sentence."""
    lo = max(0, start - 400)
    before = text[lo:start]
    # one character past ``start``: a stop right before it sees the capital that follows
    ends = [m.end() for m in _STOP.finditer(text[lo : start + 1]) if m.end() <= len(before)]
    return before[ends[-1] :] if ends else before


_DATED_LEAD = re.compile(
    # ("In late February 2025, Gov. Kelly Ayotte encouraged …")
    r"^in\s+(?:(?:early|mid|late)[-\s]+)?(?:(January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?((?:19|20)\d\d)\b",
    re.I,
)


def _dated_lead(sentence: str) -> tuple[dt.date, bool] | None:
    """The first day of the month (or year) a lead "In June 2020, …" ("In 2021, …") names, and
    whether it names a month."""
    match = _DATED_LEAD.match(sentence.lstrip(" \t\n\"“'‘"))
    if match is None:
        return None
    month = _MONTHS.index(match.group(1).capitalize()) + 1 if match.group(1) else 1
    return dt.date(int(match.group(2)), month, 1), match.group(1) is not None


def _dated_lead_recent(lead: str, reference: dt.date | None) -> bool:
    """ "In June 2020, …" (or "In 2021, …") names a month within the year before ``reference``
    (or ``reference``'s own year or the year before it)."""
    dated = _dated_lead(lead)
    if dated is None or reference is None:
        return False
    day, monthly = dated
    return 0 <= (reference - day).days <= 365 if monthly else 0 <= reference.year - day.year <= 1


def _recent_date(sentence: str, reference: dt.date | None) -> bool:
    """The sentence's first written date falls in the year before ``reference``."""
    match = _DATE_RE.search(sentence)
    day = written_date(match.group(0)) if match and reference else None
    return day is not None and reference is not None and 0 <= (reference - day).days <= 365


# a timeline's line dated before the document: "2025: CoreCivic secured new ICE contract",
# "2025-01 to 2025-06: Multiple New York sheriffs … sign 287(g) agreements", "Feb 2025: Jailer Jeff
# Tindall signs 287(g) MOA", "Jan 31, 2019: County contract ends; ICE announces a direct …"
# ("2025-XX-XX: CT legislature expands Trust Act exceptions": the day unknown)
_TIMELINE_YEAR = re.compile(
    r"\W*(?:(?:19|20)\d\d(?:-\d\d)?\s+to\s+)?((?:19|20)\d\d)(?:-\d\d)?(?:-XX){0,2}\s*:"
)
_TIMELINE_MONTH = re.compile(rf"\W*({_MONTH_LEAD})[a-z]*\.?\s+((?:19|20)\d\d)\s*:")
_TIMELINE_DAY = re.compile(rf"\W*({_DATE})\s*:")


def _long_before(text: str, start: int, reference: dt.date | None) -> bool:
    """The sentence dates the verb at ``start`` more than a year before ``reference`` (the
    meeting or document date): "On June 15, 2010, the Board approved …" in a 2016 report."""
    if reference is None:
        return False
    sentence = _sentence_before(text, start)
    # a dated lead: "In September 2021, Clearfield County commissioners voted to enter into …" in
    # a 2026 story
    dated = _dated_lead(sentence)
    if dated is not None and dated[1] and (reference - dated[0]).days > 365:
        return True
    # a year alone two years back or more: "In 2023, the Leavenworth County Commission voted …"
    # in a 2025 story
    if dated is not None and not dated[1] and reference.year - dated[0].year >= 2:
        return True
    # a timeline's line: a year before the document's, a month or a day more than a year back
    # (not "October 2025: ACLU of Nevada sued LVMPD" in a June 2026 entry)
    line = text[text.rfind("\n", 0, start) + 1 : start]
    year = _TIMELINE_YEAR.match(line)
    if year is not None and int(year.group(1)) < reference.year:
        return True
    month = _TIMELINE_MONTH.match(line)
    if month is not None:
        first = dt.date(int(month.group(2)), _month_number(month.group(1)), 1)
        if (reference - first).days > 365:
            return True
    lead = _TIMELINE_DAY.match(line)
    if lead and (day := written_date(lead.group(1))) is not None and (reference - day).days > 365:
        return True
    dates = [written_date(m.group(0)) for m in _DATE_RE.finditer(sentence)]
    return any(day is not None and (reference - day).days > 365 for day in dates)


def _own_words(text: str, at: int) -> bool:
    """Whether the action word at ``at`` is the agreement's own making ("This agreement is
    entered into by …"), not a verb later in its clause ("This MOA sets forth the terms …
    personnel will be nominated, trained, and approved by ICE")."""
    match = _CONTRACT_TEXT.search(text)
    return match is not None and match.start() <= at <= match.end()


_CONFIRMS = re.compile(r"\b(?:confirm|show|reveal)s?\s+that\b", re.I)
_LEAD_CLAUSE = re.compile(
    # (or a concession: "Despite overwhelming opposition expressed during public comment preceding
    # the vote, the council agreed to approve Fort Myers Police Department participation")
    # (or what came before it: "After listening to concerns from our community and considering the
    # actions taken by the new administration, I have decided to cease our involvement")
    r"\W*(?:(?:hoping|seeking|looking|wanting|trying|aiming)\s+to|despite|in\s+spite\s+of|after)\b",
    re.I,
)


# an act of an administration long gone, told years after it ended: "During the George W. Bush
# administration, Maricopa County … entered into a Task Force model 287(g) agreement", "the Obama
# administration terminated its 287(g) agreement", "President Joe Biden rescinded"
_ADMINISTRATION_ENDED = {
    "Clinton": dt.date(2001, 1, 20),
    "Bush": dt.date(2009, 1, 20),
    "Obama": dt.date(2017, 1, 20),
    "Biden": dt.date(2025, 1, 20),
}
_ADMINISTRATION = re.compile(
    r"\b(Clinton|Bush|Obama|Biden)(?:[-‐–]era\b|(?:['’]s)?\s+(?i:administration)\b)|"
    r"\bPresident\s+(?:[A-Z][\w.]*\s+){0,2}?(Clinton|Bush|Obama|Biden)\b"
)


def _past_administration(text: str, at: int, reference: dt.date | None) -> bool:
    """The sentence before ``at`` names an administration that ended more than a year before
    ``reference``: the act is its history."""
    if reference is None:
        return False
    return any(
        (reference - _ADMINISTRATION_ENDED[m[1] or m[2]]).days > 365
        for m in _ADMINISTRATION.finditer(text, _sentence_start(text, at), at)
    )


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins."""
    return at - len(_sentence_before(text, at))


_TURN = re.compile(
    r"\s*(?:However|But|Yet|Nevertheless|"
    # a reversal told by its delay: "A few days after entering into the agreement, the Camden
    # Police Department announced it had withdrawn"
    r"(?:(?:a|just|only)\s+)?(?:few|couple\s+of|two|three|several)\s+(?:days|weeks|months)\s+"
    r"(?:after|later)\b)",
    re.I,
)


# a request put to others ("call for", "urge", "ask", "demand"): what it asks is not yet done
_ASKED_FOR = re.compile(r"call|urg|ask|demand|request|push|press", re.I)


def _action(text: str, reference: dt.date | None = None) -> str | None:
    """The action the passage takes, from its governing verb: the first action word that acts
    ("Approve…", "voted to terminate…", "has renewed…"), made specific when what it acts on
    follows ("approve the renewal of" → renew). A hedged verb ("could terminate", "will likely
    approve", "delaying a vote on a plan to end") is a discussion; a declined proposal, a
    clause of the agreement ("may terminate upon notice"), an option and history ("was
    approved in 2019") are no action. The text of an agreement itself ("is entered into") is
    its approval."""
    if _DECLINED.search(text) or _DEFINITION.search(text):
        return None
    if _NOTICE.search(text):
        return "terminate"
    if _REPORT.search(text[:200]):
        return "discuss"
    verbs = _verbs(text, reference)
    hits = [h for h in verbs if not _long_before(text, h[0], reference)]
    if (
        hits
        and hits[0][1] == "approve"
        and _DESCRIBES.match(text)
        and hits[0][0] < len(_sentence_after(text, 0))
        # the agreement's own words: "This agreement is entered into by City of Yakima"
        and not _own_words(text, hits[0][0])
    ):
        # "The contract, signed by ICE on Monday, April 15, extends what was …": the clause names
        # the agreement, the verb after it acts (not "This MOU outlines the reimbursement
        # guidelines … This action is to formalize a long-standing agreement": another sentence)
        sentence = len(_sentence_after(text, 0))
        # (nor the enacting words after it: "The Agreement …, having been approved by the City
        # Attorney, is hereby approved")
        acting = [
            h
            for h in hits[1:]
            if (h[1] in _SPECIFIC and h[0] < sentence)
            or (
                re.search(r"\b(?:is|are)\s+hereby\s+$", text[max(0, h[0] - 20) : h[0]], re.I)
                and not _STOP.search(text[: h[0]])
            )
        ]
        # (but the clause is the news when it names the day: "The contract, approved Tuesday night
        # by the County Commission, is in addition to an earlier pact")
        if acting:
            hits = acting
        elif not _DAY_AFTER.match(text, hits[0][2].end()):
            return None
    if not hits:
        if _CONTRACT_TEXT.search(text):
            return "approve"
        # a briefing with no act at all in it; one that tells of an act long past is history
        return "discuss" if not verbs and _BRIEFED.search(text) else None
    # a purpose (or a concession) told before the act: "Hoping to keep federal dollars flowing …,
    # the board of commissioners agreed yesterday to build a … jail annex"
    lead = 0  # where the clause that acts begins, past a leading purpose or concession
    if hits[0][1] == "discuss" and _LEAD_CLAUSE.match(text, _sentence_start(text, hits[0][0])):
        comma = text.find(",", hits[0][0])
        sentence_end = hits[0][0] + len(_sentence_after(text, hits[0][0]))
        acting = [h for h in hits[1:] if h[1] != "discuss" and comma < h[0] < sentence_end]
        if comma > 0 and acting:
            hits, lead = acting, comma + 1
        # a concession with nothing done after it: "Despite this opposition, the IGSA remains
        # active" (the opposition is not the news)
        elif (
            comma > 0
            and "," not in text[(lead_start := _sentence_start(text, hits[0][0])) : hits[0][0]]
            and re.match(r"\W*(?:despite|in\s+spite\s+of)\b", text[lead_start:], re.I)
        ):
            hits = [h for h in hits if h[0] > comma]
            if not hits:
                return None
    # a report that confirms an act tells the act: "A report from the Acadiana Advocate confirms
    # that the Lafayette Parish Sheriff’s Office has formally signed agreements with …"
    if hits[0][1] == "discuss" and re.match(r"(?:an?|the)\s+report\b", hits[0][2][0], re.I):
        told = _CONFIRMS.search(_sentence_after(text, hits[0][0]))
        acting = [
            h
            for h in hits[1:]
            if told
            and h[1] != "discuss"
            and h[0] > hits[0][0] + told.end()
            and h[0] < hits[0][0] + 200
        ]
        if acting:
            hits = acting
    # a reversal told after: "ended its ICE detention arrangement at the end of 2023 … However,
    # under political pressure …, the county has moved to revive ICE detention"
    turned = [
        h
        for h in hits[1:]
        if h[1] not in ("discuss", hits[0][1])
        and _TURN.match(_sentence_before(text, h[0]))
        # (in a later sentence than the first act: "But it will lose access …, after the city
        # decided not to renew the contract" is one act)
        and hits[0][0] < h[0] - len(_sentence_before(text, h[0]))
    ]
    if turned:
        hits = turned
    start, name, match = hits[0]
    # a law signed that bans the agreements ends them: "New Mexico's Immigrant Safety Act (HB9) was
    # signed by Gov. Lujan Grisham on Feb 5, 2026 … It bans local ICE detention contracts" (a
    # mandate signed is their approval)
    if (
        name == "approve"
        and _LAW_BEFORE.search(text, max(0, start - 60), start)
        and _BANS.search(text, start)
    ):
        return "terminate"
    # a bill signed that bans them: "Meyer’s signing of House Bill 182 — which bars the partnerships
    # known as 287(g) agreements"
    if (
        name == "approve"
        and re.match(r"sign", match[0], re.I)
        and re.match(
            r"\s+of\s+(?-i:(?:House|Senate|Assembly)\s+Bill|[HS]\.?B\.?)\s*\d+\W+which\s+(?:bars|bans|prohibits|"
            r"outlaws)\b",
            text[match.end() :],
        )
    ):
        return "terminate"
    # a law passed that orders them ended: "Democratic lawmakers passed a bill requiring sheriffs to
    # cancel ICE contracts by September"
    if (
        name == "approve"
        and re.match(r"pass|enact|adopt|sign", match[0], re.I)
        and _ORDERS_END.match(text, match.end())
    ):
        return "terminate"
    if (
        name == "approve"
        and re.match(r"sign|issu|enact|adopt", match[0], re.I)
        and _ORDER_BANS.match(text, match.end(), start + len(_sentence_after(text, start)))
    ):
        return "terminate"
    # "A resolution ratifying a new pact with ICE appeared on the agenda for Tuesday’s meeting"
    if name == "approve" and _ON_AGENDA.search(text):
        return "discuss"
    # minutes: "the board considered a resolution authorizing … the resolution passed": the vote's
    # outcome is the act, whatever hedged the item before it
    if name in {"approve", "discuss"} and any(
        later == "approve" and re.match(r"(?:resolution|motion|ordinance)\b", word[0], re.I)
        for _later_start, later, word in hits[1:]
    ):
        return "approve"
    if name == "discuss":
        # "had been trying to reach a new deal …, but the agency … will no longer send
        # detainees": talks first, then the decision that ended them
        for later_start, later, word in hits[1:]:
            sentence = _sentence_before(text, later_start)
            clause = re.split(_CAUSE, sentence)
            # "After listening to concerns … and considering the actions …, I have decided to
            # cease our involvement": the decision the talk led to
            settled = (
                later == "terminate"
                and re.match(r"no\s+longer|not|never|won|pull|withdr", word[0], re.I)
            ) or (later != "discuss" and _DECIDED_TO.search(sentence))
            # "is considering legal action … following its decision to cancel the contract"
            if (settled or (later != "discuss" and len(clause) > 1)) and not _HEDGE_BEFORE.search(
                clause[-1]
            ):
                return later
    # "He stopped his contract …, and then re-upped it again in March": the last act is the news
    for later_start, later, _word in hits[1:]:
        if later != name and later != "discuss" and _THEN.search(text, 0, later_start):
            start, name, match = later_start, later, _word
    decided = name == "terminate" and re.match(r"not|never|won", match[0], re.I)
    # a hedge on the consequence is not one on the cause: "employees could be cut … after …
    # ICE is pulling out"
    opens = max(lead, start - len(_sentence_before(text, start)))
    before = re.split(_CAUSE, text[opens:start])[-1]
    hedge = _HEDGE_BEFORE.search(before)
    # an end asked for is not one decided: "to call for the ICE contract not to be renewed"
    if decided and hedge and re.match(r"not\s+to\b", match[0], re.I) and _ASKED_FOR.match(hedge[0]):
        decided = None
    # "announced that Harris County would terminate": a decision told, not a hedge
    if (
        hedge
        and hedge[0].lower().startswith("would")
        and _ANNOUNCED.search(before[: hedge.start()])
        # (but what a proposal would do is still proposed: "Sturken said that the “ordinance would
        # codify our existing non-cooperation policy with ICE”")
        and not re.search(
            r"\b(?:ordinance|bill|measure|proposal|resolution|legislation|amendment)\s+$",
            before[: hedge.start()],
            re.I,
        )
    ):
        hedge = None
    # a promise kept is the act: "has followed through on his promise to end the county's
    # participation"
    if (
        hedge
        and re.match(r"promis|pledg|vow", hedge[0], re.I)
        and _KEPT.search(before[: hedge.start()])
    ):
        hedge = None
    # a debate ended by the vote: "After heated debate in May, the county board voted 15-8 to
    # continue the contract"
    if (
        hedge
        and hedge[0].lower().startswith("debat")
        # ("ended a weeks-long debate Monday by voting 2-1 to require")
        and re.search(
            r"\bafter\s+(?:\w+\s+){0,2}debat|\bended\s+(?:a|the|its)\s+(?:\S+\s+){0,2}?debate\b",
            _sentence_before(text, start),
            re.I,
        )
    ):
        hedge = None
    # an agenda item's own proposal is the act it asks for: "ISSUE STATEMENT: … The proposed
    # updated Statement of Work adds a requirement …"
    if hedge and hedge[0].lower().startswith("propos") and _AGENDA_ITEM.search(text):
        hedge = None
    # "had been trying to reach a new deal …, but the agency has informed the prison it will no
    # longer send detainees": the hedged talks, then the settled end
    if hedge and name != "discuss":
        for later_start, later, word in hits[1:]:
            if (
                later == "terminate"
                and re.match(r"no\s+longer|not|never|won", word[0], re.I)
                and len(re.split(_CAUSE, _sentence_before(text, later_start))) > 1
            ):
                return later
    # what a failed bill "would also have phased out" is no act at all
    if hedge and re.search(r"\bwould\s+(?:also\s+)?have\s+$", before, re.I):
        return None
    # a gerund made hypothetical after it: "said terminating the government contract there would
    # deal a severe financial blow"; so is a noun ("a quick contract renewal (or short-term ICE
    # rental of bed space) could occur")
    if (
        name != "discuss"
        and (
            (
                match[0].split()[0].lower().endswith("ing")
                # (not what the deal may bring, told in its own clause: "Sweetwater County is
                # inking a deal with federal immigration enforcement officers that could see …")
                and re.match(
                    r"\s+(?:\S+\s+){0,6}?(?<!that\s)(?<!which\s)(?<!who\s)(?:would|could|might)\b",
                    text[match.end() :],
                    re.I,
                )
            )
            or (
                re.fullmatch(r"(?:renewal|extension|termination|cancell?ation)", match[0], re.I)
                and re.match(
                    r"\s+(?:\S+\s+){0,8}?(?:would|could|might|may)\s+(?:\S+\s+)?(?:occur|happen|come)\b",
                    text[match.end() :],
                    re.I,
                )
            )
        )
    ):
        return "discuss"
    if name != "discuss" and not decided and hedge:
        # a condition describes ("if the recommended action is not approved, the application
        # will be withdrawn"); a hedge on a pending act is a discussion, and so is a proposal
        # waiting on its approval ("if the proposal is approved by federal officials")
        if re.match(r"if\b", hedge[0], re.I) and not _PENDING_IF.match(before, hedge.start() + 2):
            return None
        # a deadline set by a law is no step yet: "has until December 1, 2026 to sign"
        if re.match(r"ha(?:s|ve|d)\s+until\b", hedge[0], re.I):
            return None
        return "discuss"
    # an ordinance's title states what it prohibits; the item adopts it: "AN ORDINANCE relating
    # to information sharing …; prohibiting City provision of nonpublicly available personal
    # information"
    if (
        name == "terminate"
        and match[0].lower().startswith("prohibit")
        and _ORDINANCE_TITLE.match(text)
    ):
        return "approve"
    # a law passed that bars: "voted unanimously to pass Bill 286, formally barring city police …
    # from gathering or sharing residents' immigration status, blocking ICE access …"
    if (
        name == "terminate"
        and re.match(r"barr|prohibit|bann|block|restrict|limit", match[0], re.I)
        and _LAW_PASSED_BEFORE.search(text, 0, start)
    ):
        return "approve"
    if name == "approve":
        reach = match.end() + 70
        # a notice reaches to what it gives notice of: "Authorize the County Manager to provide
        # notice no later than December 1, 2025, to amend the U.S. Marshals … contract"
        if re.match(
            r"\s+(?:\S+\s+){0,6}?to\s+(?:provide|give|send|issue)\s+(?:\S+\s+)?notice\b",
            text[match.end() :],
            re.I,
        ):
            reach += 40
        # (within its sentence: "All 67 sheriffs signed 287(g). AG threatened sheriffs who showed
        # restraint with suspension")
        sentence_end = start + len(_sentence_after(text, start))
        for later_start, later, word in hits[1:]:
            # a rate change reaches further: "authorized the submission of a new application to
            # the U.S. Marshal's Service requesting a rate increase"
            rate = later == "amend" and word[0].lower().startswith("rate")
            if later_start >= reach + (40 if rate else 0) or later_start >= sentence_end:
                break
            if later == "approve" or (later == "discuss" and word[0].lower().startswith("call")):
                # "authorize … to execute a … amendment", "approve a resolution that calls on the
                # city manager … to end"
                reach = word.end() + 60
            # "approve the renewal of" → renew; "signed deals … to expand a program" stays
            elif (
                later in _SPECIFIC
                and not word[0].lower().startswith("expand")
                # "AUTHORIZING THE EXECUTION OF AN AMENDED AND RESTATED … AGREEMENT": a new text
                and not re.match(r"\s+and\s+restated\b", text[word.end() :], re.I)
                and not _CODE_AFTER.match(text, word.end())
                # "passed House Bill 23, which would prohibit …": what the bill would do
                and not re.search(
                    r"\b(?:which|that)\s+(?:would|will)\s+(?:also\s+)?$", text[:later_start], re.I
                )
            ):
                name, match = later, word
                break
    # "approved the contract with the Immigration and Customs Enforcement … a $10 increase from the
    # previous contract, which expired in January": its successor
    if name == "approve" and _PREDECESSOR.search(text):
        return "renew"
    if (
        name == "approve"
        and (m := _CONTINUE.search(text))
        and (re.match(r"approv", match[0], re.I) or m[0].lower().startswith("new"))
    ):
        return "renew"
    if name == "amend":
        # "a contract modification extending the agreement", "Amendment No. 1 to extend the
        # term": what the amendment does is extend
        for later_start, later, _ in hits:
            if later == "extend" and match.start() < later_start <= match.end() + 80:
                return "extend"
    return name


def _money(value: str) -> Decimal:
    return Decimal(value.replace(",", ""))


def contract_number(text: str) -> str | None:
    """The agreement's number: a form of ICE's or the Marshals' if the text has one (the clean
    instance of a number OCR may have garbled elsewhere), else a number after a cue."""
    if match := _NUMBER_FORMS.search(text):
        return match.group(1)
    match = _NUMBER_CUED.search(text)
    return match.group(1).upper() if match else None


# A cost table row: days, rate, total ("1,500 PDs $55.00 $82,500.00"), checked by arithmetic.
_RATE_ROW = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d{2,7})\s*(?:PDs?|(?:prisoner|jail|detainee|man)?[- ]?days?)?\s*"
    rf"{_MONEY}\s+{_MONEY}"
)
_DAYS_WORD = re.compile(r"per\s*diem|\bdays?\b|\bPDs?\b|jail[- ]day", re.I)


# The Marshals' form USM-241 as OCR reads it: rate, annual payment and prisoner days in any
# order, without dollar signs ("55.00 200,750.00PER DIEMPDs3,650"): three numbers close together
# of which one is a count of days, one a rate in dollars and cents, and one their product.
_FORM_NUMBER = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{1,7}(?:\.\d{2})?)(?![\d,]*\d)"
)


def _table_rate(text: str) -> Decimal | None:
    if not _DAYS_WORD.search(text):
        return None
    for match in _RATE_ROW.finditer(text):
        days, rate, total = (_money(g) for g in match.groups())
        if rate and days * rate == total:
            return rate
    numbers = [(m.start(), m.group(1)) for m in _FORM_NUMBER.finditer(text)][:2000]
    for i, (at, rate_text) in enumerate(numbers):
        if "." not in rate_text or not 10 <= (rate := _money(rate_text)) < 1000:
            continue
        near = [
            (_money(t), t, pos)
            for pos, t in numbers[max(0, i - 3) : i + 4]
            if pos != at and abs(pos - at) <= 80
        ]
        for days, days_text, pos in near:
            # the count is of days: "PDs3,650", "18,250 prisoner days" (not a table's quantity)
            if (
                "." in days_text
                or days < 10
                or not _DAYS_WORD.search(text[max(0, pos - 12) : pos + len(days_text) + 16])
            ):
                continue
            if any(total == days * rate and "." in t for total, t, _ in near):
                return rate
    # OCR garbled the count ("69.600 5 PDs $86.91 $5,996,790"): under a per diem column, the
    # one amount in cents a day's rate could be, when it is the only one
    if _PER_DIEM_COLUMN.search(text):
        rates = {
            value
            for m in _MONEY_ANY.finditer(text)
            if re.fullmatch(r"[\d,]+\.\d{2}", m.group(1))
            and 10 <= (value := _money(m.group(1))) < 1000
            and not _OTHER_RATE.search(text[max(0, m.start() - 30) : m.start()])
            and not _PER_HOUR.match(text, m.end())
        }
        if len(rates) == 1:
            return rates.pop()
    return None


_PER_DIEM_COLUMN = re.compile(r"\bPER\s+DIEM\b|\bPDs\b")
_PER_HOUR = re.compile(r"\s*(?:per|an|/)\s*(?:hour|hr|mile)", re.I)


# Money in a passage. A daily rate is a per diem when it is per person ("$63 per inmate, per
# day", "$80 per space"), or the rate a contract pays; the amount is the contract's value or
# revenue: a figure with a cue ("in the amount of", "received", "($68,685)") or else the first
# figure that is neither a daily rate, a range, a bound, a budget line nor a settlement.
_MONEY_ANY = re.compile(
    r"\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}\.\d{3}(?=\D|$)(?!\.\d)|\d+(?:\.\d{1,2})?)"
    # ("raised $750K+", "$38.3B")
    r"(\s*(?:million|billion|thousand|[MBK])\b)?",
    re.I,
)
_PER_PERSON = re.compile(
    r"^\s*(?:per|/|an?|for\s+each)[\s-]*(?:(?:detainee|inmate|prisoner|person|individual|bed|space|"
    r"man|federal\s+\w+|ICE\s+\w+)s?\b[-,]?\s*(?:(?:per|/|a)\s*)?)(?:day|diem|night)?",
    re.I,
)
_PER_OFFICER = re.compile(
    r"^\s*(?:per|/|an?|for\s+each)\s*(?:officer|deputy|agent|trooper|MOA|agreement|agency|quarter)s?\b",
    re.I,
)
# ("can bill ICE for $85 for each day of detainment")
# ("reimbursed at $100 dollars per day")
_PER_DAY = re.compile(
    r"^\s*(?:dollars?\s+)?(?:(?:per|/|a|each|for\s+each)\s*(?:day|diem|night)|daily)\b", re.I
)
_RATE_BEFORE = re.compile(
    r"(?:per[- ]diem|(?:detainee|jail|bed|daily|federal)[- ](?:day\s+)?rates?|day\s+rate|daily\s+"
    r"(?:rate|reimbursement)|\brate)[^$.;]{0,40}$",
    re.I,
)
_INCREASE_BEFORE = re.compile(r"\bincrease\b[^$.;]{0,30}$", re.I)
# the state's rate for its own prisoners beside the federal one is not the contract's: "the
# piddling state rate of less than $25 a prisoner", "the state pays low to house state inmates
# -- $24.39 per day per inmate"
_STATE_RATE = re.compile(r"\bstate\s+(?:rate|inmates?|prisoners?|pays)\b[^$.;]{0,30}$", re.I)
# rates that are not the daily rate per person: "Guard Hour Rate: $ 14.50", "hourly rate"
_OTHER_RATE_WORD = r"(?:hour(?:ly)?|mileage|guard)"
_OTHER_RATE = re.compile(rf"{_OTHER_RATE_WORD}\s+(?:hour\s+)?rates?\W{{0,4}}$", re.I)
# "accept the $80 federal final rate offer", "$62.87 daily rate"
_RATE_AFTER = re.compile(
    rf"^\s*(?!(?:\S+\s+){{0,2}}{_OTHER_RATE_WORD}\b)(?:\w+\s+){{0,3}}?(?:per[- ]diem\s+)?rate\b",
    re.I,
)
_FROM_TO = re.compile(r"^\s*(?:\S+\s+){0,8}?to\s+\$", re.I)
_AMOUNT_CUE = re.compile(
    r"(?:not\s+to\s+exceed|in\s+the\s+amount\s+of|amount\s+of|total\s+of|up\s+to|revenue\s+(?:to\s+"
    r"\S+\s+\S+\s+)?of|estimated\s+(?:annual\s+)?(?:revenue|amount|value)\s+of|value\s+of|sum\s+of|"
    # ("was recently awarded a $113 million contract by ICE")
    r"receiv\w+|accept\w+|collect\s+|generat\w+\s+(?:about\s+)?|cost\s+of|award\w*\s+of|awarded\s+an?|\()\s*"
    r"(?:about|approximately|nearly|roughly)?\s*$",
    re.I,
)
_NOT_AMOUNT = re.compile(
    r"(?:more\s+than|over|at\s+least|between|exceed\w*\s+\S+\s+\S+\s+\S+\s+by|by\s+roughly|"
    r"shortfall\s+of|settled\s+\S+\s+\S+\s+for|budgeted|cost\s+(?:to|of)\s+(?:house|housing)\s+(?:\S+\s+){1,3}?"
    # ("State claims average savings of $34,000/year per deported inmate")
    r"\S+\s+(?:is\s+)?(?:about\s+)?|backfill\s+costs\s+of|increase\s+of|fee\s+(?:\S+\s+){0,3}|savings\s+of)\s*"
    r"(?:about|approximately|nearly|roughly)?\s*$",
    re.I,
)


def _money_value(match: re.Match[str]) -> Decimal:
    digits = match.group(1)
    if re.fullmatch(r"\d{1,3}\.\d{3}", digits):
        digits = digits.replace(".", ",")  # OCR read a thousands comma as a point
    value = _money(digits)
    scale = (match.group(2) or "").strip().lower()
    if scale in {"million", "m"}:
        value *= 1_000_000
    elif scale in {"billion", "b"}:
        value *= 1_000_000_000
    elif scale in {"thousand", "k"}:
        value *= 1_000
    return value


_COST_BEFORE = re.compile(
    # ("it costs about $100 per day on average to hold someone")
    r"\bcosts?\s+(?:(?:\S+\s+){0,8}?(?:is|are|was|of|at)\s+)?(?:approximately\s+|about\s+|roughly\s+|"
    r"nearly\s+)?$",
    re.I,
)


def _per_diem(text: str) -> Decimal | None:
    """The per-person daily rate, the newest when a rate changes ("from $68 … to $105")."""
    best: tuple[int, Decimal] | None = None
    for match in _MONEY_ANY.finditer(text):
        after = text[match.end() : match.end() + 40]
        before = text[max(0, match.start() - 60) : match.start()]
        if _FROM_TO.match(after) and ("rate" in before.lower() or _PER_DAY.search(after[-20:])):
            continue  # the old rate of a change
        value = _money_value(match)
        if match.group(2) or _STATE_RATE.search(before):
            continue
        # the rate replaced, and a step it will reach: "Instead of $180 a night per detainee, the
        # Department of Corrections will now receive $185. That rate will increase incrementally
        # to $208.22 by August 2029"
        if re.search(r"\binstead\s+of\s+$", before, re.I) or (
            re.search(r"\bincrease\w*\s+(?:\w+\s+){0,2}to\s+$", before, re.I)
            and re.match(r"\s+by\s+(?:\w+\s+)?\d", after)
        ):
            continue
        if value < 1000 and re.search(
            r"\bnow\s+(?:receives?|gets?|pays?|be\s+paid|earns?)\s+$", before, re.I
        ):
            if best is None or best[0] > 1:
                best = (1, value)
            continue
        per_person = _PER_PERSON.match(after)
        if per_person and (per_person.group(0).strip().lower() not in {"a", "an", "per", "/"}):
            # the new rate of an increase: "will receive an increase starting in November —
            # $105 an inmate"
            rank = -1 if _INCREASE_BEFORE.search(before) else 0
        elif value < 1000 and (
            (_RATE_BEFORE.search(before) and not _OTHER_RATE.search(before))
            or _RATE_AFTER.match(after)
        ):
            rank = 1
        elif (
            (
                _PER_DAY.match(after)
                # "$77 from Immigration and Customs Enforcement per day"
                or re.match(
                    r"\s+from\s+(?:\S+\s+){1,5}?(?:per|a)\s+day\b",
                    text[match.end() : match.end() + 80],
                )
            )
            and value < 1000
        ):
            # a cost of holding someone is not what is paid: "the total cost to hold someone in
            # county jail is approximately $220 per day, which exceeds the $175 per diem contract"
            rank = 3 if _COST_BEFORE.search(before) else 2
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, value)
    if best is not None:
        return best[1]
    return _table_rate(text)


def _amount(text: str, per_diem: Decimal | None, *, loose: bool) -> Decimal | None:
    cued, first = None, None
    for match in _MONEY_ANY.finditer(text):
        before = text[max(0, match.start() - 50) : match.start()]
        after = text[match.end() : match.end() + 40]
        if _PER_PERSON.match(after) or (_PER_DAY.match(after) and not match.group(2)):
            continue  # a rate
        if _PER_OFFICER.match(after):
            continue  # a program's pay: "quarterly apprehension bonuses ($500-$1,000/officer)"
        if re.match(r"^\s*(?:-|–|to)\s*\$", after) or _FROM_TO.match(after):
            continue  # a range, or a changed rate
        if re.match(r"^\s*more\b", after):
            continue  # an increment: "$2.6 million more for the county"
        if re.search(r"\$\s?[\d.,]+\s*(?:million|billion|[MB])?\s*(?:-|–|to)\s*$", before):
            continue  # a range's upper end: "could distribute $1.4-$2 billion"
        if re.match(
            r"^\s+(?:(?:\S+\s+){0,2}?(?:industry|economy|sector|market|budget|deficit|bonus\w*|salar\w*)|"
            # ("ICE's use of the $7.5 billion Flock ALPR network")
            r"(?:(?!and\b)\S+\s+){0,3}?(?:network|company|firm))\b",
            after,
            re.I,
        ):
            continue  # a size: "the state's $5.1 billion dairy industry", "of its $14M budget"
        if _NOT_AMOUNT.search(before) or _RATE_BEFORE.search(before):
            continue
        value = _money_value(match)
        if per_diem is not None and value == per_diem:
            continue
        cue = _AMOUNT_CUE.search(before)
        # "(" cues a figure in parentheses ("($68,685)"), not one that opens a list
        if cue and cue[0].strip().startswith("(") and not re.match(r"\s*\)", after):
            cue = None
        if cue:
            cued = cued if cued is not None else value
        first = first if first is not None else value
    return cued if cued is not None else (first if loose else None)


def rates(text: str, *, loose: bool = False) -> tuple[Decimal | None, Decimal | None, int | None]:
    """(per-diem rate, amount, beds) a text states. ``loose``: the text is one passage about
    the contract, so a figure without a cue is its amount."""
    per_diem = _per_diem(text)
    amount = _amount(text, per_diem, loose=loose)
    beds = None
    if match := _beds_match(text):
        groups = [g for g in match.groups()]
        pairs = list(zip(groups[::2], groups[1::2], strict=True))
        word, digits = next((w, d) for w, d in pairs if w)
        beds = _count(word.replace(",", ""), digits)
    return per_diem, amount, beds


def _beds_match(text: str) -> re.Match[str] | None:
    """The first statement of contracted beds, "up to" ones first; an old number only when
    no other is stated ("Previously about ten ICE detainees could be held each day. Under new
    terms up to 50"); never the building's size ("California's largest immigration detention
    center with 2,560 beds")."""
    matches = [
        m
        for pattern in (_BEDS_RESERVED, _BEDS_UP_TO, _BEDS)
        for m in pattern.finditer(text)
        if not _BUILDING_WITH.search(text[max(0, m.start() - 100) : m.start()])
    ]
    current = [
        m for m in matches if not _FORMERLY.search(text[max(0, m.start() - 200) : m.start()])
    ]
    # the contract's number before the building's: "can hold up to 1,064 people overall — is
    # only contracted to hold a maximum of 250 ICE detainees per day"
    contracted = [
        m
        for m in current
        if _CONTRACTED.search(text[max(0, m.start() - 40) : m.start()])
        or m[0].lower().startswith("contractual")
    ]
    # ICE's share before the jail's size: "190 beds | WSO (untrained) | 22-year IGSA, ~150 ICE
    # beds"
    named = [m for m in current if re.search(r"(?-i:\bICE\b)", m[0])]
    return (contracted or named or current or matches or [None])[0]


# ("the largest ICE detention complex in California, with 2,690 beds", "the largest ICE
# detention facility in the northeastern United States, with a maximum capacity of 1,876-1,900
# beds"), or its population ("averaging 2,154 detainees per day")
_BUILDING_WITH = re.compile(
    r"(?:\b(?:centers?|facilit(?:y|ies)|prisons?|jails?|complex|annex)\b"
    # ("three proposed new detention facilities with combined capacity of ~4,300 beds")
    # ("the Northwest ICE Processing Center in Tacoma (1,575 beds, GEO Group)")
    r"(?:\s+in\s+[A-Za-z ]{1,30}?)?(?:,?\s+with\s+|\s+\()"
    r"(?:(?:an?\s+)?(?:(?:maximum|total|rated|combined)\s+)?capacity\s+of\s+)?|"
    # ("the Harrison County Jail itself has 213 beds")
    r"\b(?:jail|facility|center|prison)\s+itself\s+(?:has|holds)\s+|"
    r"\baverag(?:e|es|ed|ing)\s+)"
    r"(?:about\s+|nearly\s+|over\s+|~\s?)?(?:\d[\d,]*\s?[-–]\s?)?$",
    re.I,
)


_CONTRACTED = re.compile(r"\b(?:contract\w*|guarantee\w*)\b(?:\s+\S+){0,4}\s+$", re.I)


# a sentence that tells the old state: from its start to the figure, "previously", "formerly"
_FORMERLY = re.compile(r"(?:^|[.;!?]\s)[^.;!?]*\b(?:previously|formerly)\b[^.;!?]*$", re.I)


# The agencies that can be party to each kind of agreement: ICE detainees housed under the
# Marshals' agreement make a USMS contract, and its counterparty is the Marshals.
_PARTIES = {
    "usms_iga": {"USMS"},
    "igsa": {"ICE", "DHS", "INS", "CBP"},
    "digsa": {"ICE", "DHS"},
    "287g": {"ICE", "DHS", "INS"},
}


def counterparty_of(mention: Mention) -> str | None:
    """The federal agency the passage names as the other party: of the agencies that can be
    party to the mention's kind, the one named nearest its trigger words; else the nearest
    agency named at all; None when the passage names none."""
    if mention.kind == "scaap":
        return None  # a grant the Justice Department pays, whatever agency the text names
    text = mention.quote
    at = text.find(mention.trigger) if mention.trigger else -1
    start, end = (at, at + len(mention.trigger)) if at >= 0 else (0, 0)
    named = agencies_named(text)
    allowed = _PARTIES.get(mention.kind)
    candidates = [n for n in named if allowed is None or n[2] in allowed] or named
    if not candidates:
        return None

    def distance(span: tuple[int, int, str]) -> int:
        lo, hi, _ = span
        return 0 if lo < end and hi > start else min(abs(lo - end), abs(start - hi))

    lo, hi, name = min(candidates, key=distance)
    if name == "DHS" and any(
        n == "ICE" and (_one_party(text, (lo, hi), (s, e)) or _SPEAKS.match(text, hi))
        for s, e, n in named
    ):
        # "the Department of Homeland Security and ICE", "DHS's ICE division" (not "a contract
        # with the Department of Homeland Security to house, for profit, ICE detainees": its party)
        return "ICE"
    return name


# the Department speaking of ICE's partners: "DHS celebrated a 641 percent increase in 287(g)
# partnerships, claiming … are now working with ICE"
_SPEAKS = re.compile(
    r"\s+(?:\([^()]{1,12}\)\s+)?(?:said|says|announced|celebrated|touted|claimed|boasted|reported)\b",
    re.I,
)


def _one_party(text: str, dhs: tuple[int, int], ice: tuple[int, int]) -> bool:
    """Whether the Department's name and ICE's name one party: only a connective stands between
    them ("DHS's ICE", "ICE/Department of Homeland Security", "the Department of Homeland Security
    and ICE"), the two names' abbreviations aside."""
    between = text[dhs[1] : ice[0]] if ice[0] >= dhs[1] else text[ice[1] : dhs[0]]
    between = _ABBREVIATED.sub("", _DHS_NAME.sub("", between))
    return _CONNECTIVE.fullmatch(between) is not None


_DHS_NAME = dict(AGENCIES)["DHS"]
_ABBREVIATED = re.compile(r"\(\s*[\"“]?(?:ICE|DHS)[\"”]?\s*\)")
_CONNECTIVE = re.compile(
    r"[\s,;:()\-–—/\"“”'’]*(?:(?:and|&|or|its|through\s+its|via|s)[\s,;:()\-–—/\"“”'’]*)*"
    r"(?:U\.?\s?S\.?\s+|United\s+States\s+)?(?:the\s+)?",
    re.I,
)


_MONTHS = tuple(calendar.month_name[1:])
# a month as the press abbreviates it too ("Aug. 31", "Sept. 15"); :func:`_month_number` reads it
# a sentence led by a month with no year: "In April, the Minnehaha County Sheriff’s Office …"
_MONTH_NO_YEAR_LEAD = re.compile(rf"\W*in\s+(?:{'|'.join(_MONTHS)}),", re.I)
_MONTH_NAME = rf"(?:{'|'.join(_MONTHS)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
# a weekday before a yearless date: "will expire Tuesday, June 30"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_YEARLESS_EFFECTIVE = re.compile(
    # ("allows the agreement to end June 30" in a June story: the next June 30)
    # ("the eight ICE detainees … must be removed “no later than May 18.”")
    # ("ordered him to stop operating under it by Jan. 28")
    rf"\b(?:effective|starting|beginning|as\s+of|(?:to|will)\s+end|no\s+later\s+than|"
    rf"(?:stop|cease)\w*\s+(?:\S+\s+){{0,4}}?by)\s+(?:on\s+)?"
    rf"{_WEEKDAY}({_MONTH_NAME})\s+"
    r"(\d{1,2})\b(?!\s*,?\s*\d{4})",
    re.I,
)


_END_OF_MONTH = re.compile(
    rf"\b(?:beyond|past|through|until|at|by)\s+the\s+end\s+of\s+({'|'.join(_MONTHS)})(?:,?\s+(\d{{4}}))?\b",
    re.I,
)


def _month_number(name: str) -> int:
    """1 to 12 for a month's name or its abbreviation ("Sept.")."""
    return [m[:3] for m in _MONTHS].index(name[:3].capitalize()) + 1


def _end_of_month(text: str, reference: dt.date | None) -> dt.date | None:
    """ "beyond the end of August" (in a July story): the last day of the next such month."""
    match = _END_OF_MONTH.search(text)
    if match is None:
        return None
    month = _month_number(match[1])
    if match[2]:
        year = int(match[2])
    elif reference is not None:
        year = reference.year + (month < reference.month)
    else:
        return None
    return _month_end(year, month)


# "Farmville’s contract with ICE and ICA Farmville ends on March 29" in a February story
_YEARLESS_END = re.compile(
    rf"\b(?:ends|ending|expires?|expiring)\s+(?:on\s+)?{_WEEKDAY}({_MONTH_NAME})\s+(\d{{1,2}})\b"
    r"(?!\s*,?\s*\d{4})",
    re.I,
)


def _yearless_effective(
    text: str, reference: dt.date, pattern: re.Pattern[str] = _YEARLESS_EFFECTIVE
) -> dt.date | None:
    """The first "effective <month> <day>" (or what ``pattern`` finds) without a year, as the
    next such day on or after the story's date."""
    match = pattern.search(text)
    if match is None:
        return None
    month = _month_number(match[1])
    for year in (reference.year, reference.year + 1):
        try:
            day = dt.date(year, month, int(match[2]))
        except ValueError:
            return None
        if day >= reference:
            return day
    return None


def contract_facts(mention: Mention, reference: dt.date | None = None) -> ContractFacts:
    """The facts a mention's passage states about its contract."""
    text = mention.quote
    action = _action(text, reference)
    counterparty = counterparty_of(mention)
    start, end, expiry, basis = term_facts(text, reference)
    if action == "terminate" and start is None and end is None and reference is not None:
        # "will no longer take in new … detainees effective September 1" in an August story: the
        # next September 1
        start = _yearless_effective(text, reference)
    if action == "terminate" and start is None and end is None:
        # "will not extend beyond the end of August": the month's last day
        end = _end_of_month(text, reference)
        if end is not None:
            expiry, basis = end, "stated"
    if (
        end is None
        and reference is not None
        and (day := _yearless_effective(text, reference, _YEARLESS_END))
    ):
        end, expiry, basis = day, day, "stated"
    # "The contract isn't up until the end of September 2026", whatever the action: the month's
    # last day, when its year is given
    until = _END_OF_MONTH.search(text)
    if end is None and until and until[2] and until[0].lower().startswith(("until", "through")):
        end = _end_of_month(text, None)
        expiry, basis = end, "stated"
    if action == "terminate" and start is not None and end is None:
        # "terminating the agreement …, effective December 31": the day it ends
        start, end, expiry, basis = None, start, start, "stated"
    per_diem, amount, beds = rates(text, loose=True)
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
