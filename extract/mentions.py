"""Mentions of local collaboration with immigration enforcement, classified by kind.

The kinds follow the organizers' checklist: 287(g) agreements, detention bed contracts (ICE
IGSAs, dedicated IGSAs, U.S. Marshals IGAs), detainers and notification requests, data
sharing, ICE access to jails, transport to ICE, joint task forces and SCAAP.

Each kind has *trigger* patterns and, where a trigger alone is ambiguous (an
"intergovernmental service agreement" between two counties, a fire marshal), a *context*
that must appear in the same passage: the federal counterparty. Passages about refugee
resettlement shelters or immigration legal-services grants carry no trigger of their own,
and a passage naming the Office of Refugee Resettlement without ICE fires no detention kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "ICE" the agency, not ice the substance (case-sensitive; an all-caps ICE RINK is not it).
_ICE = (
    r"(?:(?-i:\bICE\b)(?!\s+(?i:rink|skating|arena|storage|machine|cream|hockey|maker|melt))"
    r"|immigration\s+(?:and|&)\s+customs\s+enforcement|(?-i:\bERO\b)|enforcement\s+and\s+removal"
    r"\s+operations|(?-i:\bHSI\b)|homeland\s+security\s+investigations)"
)
_DHS = r"(?:(?-i:\bDHS\b)|(?:department\s+of\s+)?homeland\s+security)"
_USMS = r"(?:(?-i:\bUSMS\b)|\b(?:U\.?\s?S\.?|united\s+states)\s+marshal(?:s|'s|s')?(?:\s+service)?)"
_FEDERAL = rf"(?:{_ICE}|{_DHS}|{_USMS}|(?-i:\bCBP\b)|customs\s+and\s+border\s+protection)"
_ORR = r"(?:office\s+of\s+refugee\s+resettlement|(?-i:\bORR\b)|refugee\s+resettlement)"


@dataclass(frozen=True)
class Rule:
    kind: str
    trigger: str
    context: str | None  # must also appear in the passage
    confidence: float
    also: str | None = None  # and this too


RULES: tuple[Rule, ...] = (
    Rule("287g", r"\b287\s*\(\s*g\s*\)|\b287g\b|section\s+287\s*\(?g", None, 0.95),
    Rule("287g", r"warrant\s+service\s+officer|jail\s+enforcement\s+model", _ICE + "|287", 0.9),
    Rule("287g", r"task\s+force\s+model", _ICE + "|287", 0.85),
    Rule(
        "digsa",
        r"\bD-?IGSA\b|dedicated\s+(?:inter-?\s?governmental\s*service\s*agreement|IGSA)",
        None,
        0.9,
    ),
    Rule("igsa", r"\bIGSA\b|inter-?\s?governmental\s*service\s*agreement", _ICE + "|" + _DHS, 0.9),
    Rule(
        "igsa",
        r"inter-?\s?governmental\s+agreement|\bIGA\b|(?:detention\s+)?bed\s+space|jail\s+beds",
        _ICE + "|" + _DHS,
        0.85,
    ),
    Rule(
        "igsa",
        r"(?:house|housing|detention|detain|beds?\s+for|care\s+of)\s+(?:of\s+)?(?:ICE\s+)?"
        r"(?:detainees|aliens|immigration\s+detainees|non-?citizens)",
        _ICE + "|" + _DHS,
        0.8,
        # a contract, not (say) a training topic in a 287(g) MOA
        also=r"(?<!international )\bagreement|\bcontract|per\s+diem|day\s+rate|\bbeds?\b|"
        r"revenue|\bjail\b",
    ),
    Rule(
        "usms_iga",
        r"\bIGA\b|inter-?\s?governmental\s+(?:service\s+)?agreement|(?:housing|detention|care)"
        r"\s+of\s+federal\s+(?:prisoners|detainees)|federal\s+(?:prisoners|detainees)|"
        r"prisoner\s+housing|jail\s+days?",
        _USMS,
        0.85,
    ),
    Rule(
        "detainer",
        r"\bI-?\s?247\s?[ADNX]?\b|(?:immigration|ICE)\s+(?:detainers?|holds?)|detainer\s+"
        r"(?:requests?|policy|policies|ordinance)|civil\s+(?:immigration\s+)?detainers?",
        None,
        0.85,
    ),
    Rule("detainer", r"notification\s+requests?|notify\s+ICE|release\s+notification", _ICE, 0.8),
    Rule(
        "data_sharing",
        r"\bPARS\b|preliminary\s+arraignment\s+reporting\s+system|secure\s+communities",
        None,
        0.85,
    ),
    Rule(
        "data_sharing",
        r"(?:shar\w+|access\s+to|provide\w*|transmit\w*)\s+(?:\w+\s+){0,4}(?:booking|arrest|jail|"
        r"inmate|criminal\s+history|release)\s+(?:data|database|information|records|system)|"
        r"data[- ]sharing",
        _ICE + "|" + _DHS,
        0.8,
    ),
    Rule(
        "jail_access",
        r"(?:access\s+to|office\s+space\s+(?:in|at)|interview\w*)\s+(?:\w+\s+){0,3}"
        r"(?:jail|detention\s+(?:center|facility)|inmates|detainees|prisoners|booking\s+area)"
        r"(?!\s+(?:data|database|information|records|system))",
        _ICE,
        0.8,
    ),
    Rule(
        "transport",
        r"transport\w*\s+(?:\w+\s+){0,4}(?:to|for)\s+(?:ICE|immigration)|transfer\w*\s+"
        r"(?:\w+\s+){0,3}(?:to|into)\s+(?:ICE|immigration)\s+custody",
        None,
        0.8,
    ),
    Rule(
        "task_force",
        r"(?:joint|multi-?agency)\s+(?:\w+\s+){0,3}task\s+force|task\s+force\s+officers?|"
        r"(?-i:HSI)\s+task\s+force",
        _ICE,
        0.8,
    ),
    Rule("scaap", r"\bSCAAP\b|state\s+criminal\s+alien\s+assistance\s+program", None, 0.9),
)

KINDS = tuple(dict.fromkeys(rule.kind for rule in RULES))
DETENTION_KINDS = {"igsa", "digsa", "usms_iga"}
CONTRACT_KINDS = DETENTION_KINDS | {"287g", "data_sharing", "task_force"}

_COMPILED = [
    (
        rule,
        re.compile(rule.trigger, re.I),
        re.compile(rule.context, re.I) if rule.context else None,
        re.compile(rule.also, re.I) if rule.also else None,
    )
    for rule in RULES
]
_ORR_RE = re.compile(_ORR, re.I)
_ICE_RE = re.compile(_ICE, re.I)

# The cheap page screen: every trigger in one expression. A page it misses cannot fire.
SCREEN = re.compile("|".join(f"(?:{rule.trigger})" for rule in RULES), re.I)

_MAX_QUOTE = 700


@dataclass
class Mention:
    kind: str
    confidence: float
    quote: str
    start: int  # offsets of the passage in the page text
    end: int
    page: int | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "confidence": self.confidence,
            "page": self.page,
            "quote": self.quote,
        }


def passage(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (agenda item, clause) around ``text[start:end]``: bounded by blank lines
    or a new numbered item, at most about ``_MAX_QUOTE`` characters around the match."""
    lo = max(0, start - _MAX_QUOTE // 2)
    hi = min(len(text), end + _MAX_QUOTE // 2)
    before = text[lo:start]
    breaks = [m.end() for m in _BREAK.finditer(before)]
    if breaks:
        lo += breaks[-1]
    elif lo > 0:
        sentence = [m.end() for m in _SENTENCE.finditer(before)]
        lo += sentence[0] if sentence else 0
    after = text[end:hi]
    stop = _BREAK.search(after)
    if stop:
        hi = end + stop.start()
    elif hi < len(text):
        sentence = list(_SENTENCE.finditer(after))
        hi = end + (sentence[-1].end() if sentence else len(after))
    return lo, hi


_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:item\s+)?\(?[0-9]{1,3}[.)]\s|\s*[A-Z][.)]\s)", re.I)
_SENTENCE = re.compile(r"[.;:]\s+(?=[A-Z(])")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def find_mentions(text: str, page: int | None = None) -> list[Mention]:
    """Every collaboration mention in one page of text, at most one per kind and passage."""
    found: dict[tuple[str, int], Mention] = {}
    if not SCREEN.search(text):
        return []
    for rule, trigger, context, also in _COMPILED:
        for match in trigger.finditer(text):
            lo, hi = passage(text, match.start(), match.end())
            quote = text[lo:hi]
            if context is not None and not context.search(quote):
                continue
            if also is not None and not also.search(quote):
                continue
            if rule.kind in DETENTION_KINDS and _ORR_RE.search(quote) and not _ICE_RE.search(quote):
                continue  # a refugee resettlement shelter, not immigration detention
            key = (rule.kind, lo)
            if key in found and found[key].confidence >= rule.confidence:
                continue
            found[key] = Mention(rule.kind, rule.confidence, _clean(quote), lo, hi, page)
    mentions = sorted(found.values(), key=lambda m: (m.start, m.kind))
    # An IGSA passage that names the Marshals but not ICE is a USMS agreement.
    out = []
    for mention in mentions:
        usms = mention.kind == "igsa" and not _ICE_RE.search(mention.quote)
        if usms and re.search(_USMS, mention.quote, re.I):
            mention.kind = "usms_iga"
        if any(m.kind == mention.kind and m.quote == mention.quote for m in out):
            continue
        out.append(mention)
    # A dedicated IGSA is also matched as an IGSA: keep the specific kind.
    specific = {(m.start, m.end) for m in out if m.kind == "digsa"}
    return [m for m in out if not (m.kind == "igsa" and (m.start, m.end) in specific)]
