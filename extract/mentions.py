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
from collections.abc import Iterator
from dataclasses import dataclass, replace

import us

from extract import model as learned


def _first_letters(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can start with, or None when any could (a class
    such as ``\\w`` first, a match that may be empty). Read from the regex parser's tree; a
    parser that changes shape gives None, and :func:`_led` leaves the pattern as written."""
    from re import _constants as sre  # the standard library's own regex parser
    from re import _parser

    def sequence(items: list, folded: bool) -> tuple[set[str] | None, bool]:
        letters: set[str] = set()
        for item in items:
            found, empty = one(item, folded)
            if found is None:
                return None, False
            letters |= found
            if not empty:
                return letters, False
        return letters, True

    def literal(code: int, folded: bool) -> set[str]:
        char = chr(code)
        return {char, char.lower(), char.upper()} if folded else {char}

    def one(item: tuple, folded: bool) -> tuple[set[str] | None, bool]:
        op, arg = item
        if op is sre.LITERAL:
            return literal(arg, folded), False
        if op is sre.IN:
            letters: set[str] = set()
            for kind, value in arg:
                if kind is sre.LITERAL:
                    letters |= literal(value, folded)
                elif kind is sre.RANGE and value[1] - value[0] <= 60:
                    for code in range(value[0], value[1] + 1):
                        letters |= literal(code, folded)
                else:
                    return None, False
            return letters, False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return set(), True  # zero-width: the next item consumes the first character
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = arg
            return sequence(sub.data, (folded or bool(add & re.I)) and not remove & re.I)
        if op is sre.BRANCH:
            letters, empty = set(), False
            for branch in arg[1]:
                found, may_be_empty = sequence(branch.data, folded)
                if found is None:
                    return None, False
                letters |= found
                empty = empty or may_be_empty
            return letters, empty
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _high, sub = arg
            found, may_be_empty = sequence(sub.data, folded)
            return found, found is not None and (low == 0 or may_be_empty)
        return None, False

    try:
        letters, empty = sequence(_parser.parse(pattern, re.I).data, True)
    except (AttributeError, TypeError, ValueError):
        return None
    return None if letters is None or empty else letters


def _led(pattern: str) -> str:
    """``pattern`` opened with a lookahead on the letters its matches can start with, when they
    are few: the regex engine then passes over a place where it cannot match at one glance
    instead of trying each alternative there. The same matches (the lookahead, compiled
    case-blind like the pattern, admits every first character the pattern does); the pattern
    as written when any character could come first."""
    letters = _first_letters(pattern)
    if not letters or len(letters) > 40:
        return pattern
    return f"(?=[{''.join(re.escape(c) for c in sorted(letters))}])(?:{pattern})"


# "ICE" the agency, not ice the substance (case-sensitive; an all-caps ICE RINK is not it).
_ICE = _led(
    # ("to provide more space for Ice detainees")
    # ("they would house ice detainees for a fee": lowercase, before its detainees only)
    r"(?:(?-i:\bIce)(?=\s+(?:detainees|detainers|agents|officers|custody)\b)|(?-i:\bice)(?=\s+detainees\b)|"
    r"(?-i:\bI\.C\.E(?:\.|\b))|(?-i:\bICE\b)(?!\s+(?i:rink|skating|arena|storage|machine|cream|hockey|maker|melt|"
    r"challenge|time|sheet|show|storm))"
    r"|(?:U\.?\s?S\.?\s+|united\s+states\s+)?immigr\w{4,8},?\s+(?:and|&)?\s*(?:customs?|customers)\s+"
    r"(?:and\s+)?enforcement|"
    r"(?-i:\bERO\b)|enforcement\s+"
    r"and\s+removal\s+operations|(?-i:\bHSI\b)|homeland\s+security\s+investigations?"
    r"|customs\s+and\s+immigrations?\s+enforcement"  # the name scrambled, as the press writes it
    r"|immigrations?\s+and\s+U\.?\s?S\.?\s+customs?\s+enforcement"
    r"|immigrations?\s+(?:and|&)\s+customs\s+service"  # and misnamed
    # the name cut short: "a contract with the U.S. Immigration and Customs."
    r"|U\.?\s?S\.?\s+immigrations?\s+(?:and|&)\s+customs\b(?!\s+(?:and\s+)?enforcement|\s+(?:laws?|duties|brokers?)))"
)
_DHS = _led(r"(?:(?-i:\bDHS\b)|(?:department\s+of\s+)?homeland\s+security)")
_INS = _led(
    r"(?:(?-i:\bINS\b)|immigration\s+and\s+naturali[sz]ation\s+service|"
    r"(?<!citizenship and )(?<!citizenship & )immigration\s+services)"
)
# An immigration authority, by name or as the press writes it ("federal immigration officials").
_IMMIGRATION = _led(
    # ("individuals detained by federal immigration law enforcement agencies")
    # ("United States immigration authorities")
    rf"(?:{_ICE}|{_DHS}|{_INS}|(?:federal|U\.?\s?S\.?|united\s+states)\s+immigration\s+(?:officials?|authorities|"
    # ("agreements with federal immigration enforcement agencies to hold people in their jails")
    r"agents?|agency|agencies|officers?|(?:law\s+)?enforcement\s+(?:agenc(?:y|ies)|authorities|officials)|"
    # ("is now a contractor for federal immigration enforcement, which is paying the facility")
    r"enforcement\b)|"
    r"\bthe\s+immigration\s+agency|"
    r"immigration\s+detention)"
)
# local officers trained by ICE to do its work: the 287(g) agreement (its officers enter ICE data)
_TRAINED_BY_ICE = r"\b(?:officers|deputies|jailers)\s+(?:\S+\s+){0,3}?trained\s+by\s+(?-i:ICE)\b"
# ICE's investigative directorate: its agreements with police are task forces, not 287(g)
_HSI = r"(?:(?-i:\bHSI\b)|homeland\s+security\s+investigations?)"
_USMS = _led(
    r"(?:(?-i:\bUSMS?\b)|\b(?:U\.?\s?S\.?|united\s+states)\s+marshal(?:s|'s|s'|’s)?"
    r"(?:\s+service)?|\bmarshal(?:s|'s|’s)?\s+service|"
    # misspelled with its country: "the U.S. Marshall Service"
    r"\b(?:U\.?\s?S\.?|united\s+states)\s+marshall(?:s|'s|’s)?\s+service|"
    # "the Marshals' contract"
    r"\bmarshal(?:s|'s|s'|’s|s’)?(?=\s+(?:contracts?|agreements?|IGAs?)\b)|"
    # "The Marshal's Office contacted Jerome County", not a fire or city marshal's office
    r"\b(?:the|U\.?\s?S\.?)\s+marshal(?:'s|’s)\s+office|"
    # "an existing contract with the Marshals that specifically includes ICE"
    r"(?<=\bwith\s)the\s+(?-i:Marshals)\b(?!\s+(?:office|of)\b)|"
    # "ICE pays the county $118 per bed and the marshals pay $123"
    r"\bthe\s+marshals(?=\s+(?:pay|pays|paid|reimburs\w*)\b)|"
    # "The jail will also charge the marshals about $29 per hour for inmate transport"
    r"(?:(?<=\bcharge\s)|(?<=\bbill\s)|(?<=\bbilled\s))the\s+marshals\b)"
)
_FEDERAL = rf"(?:{_IMMIGRATION}|{_USMS}|(?-i:\bCBP\b)|customs\s+and\s+border\s+protection)"
_ORR = (
    r"(?:office\s+of\s+refugee\s+(?:and\s+)?resettlement|(?-i:\bORR\b)|"
    r"refugee\s+(?:and\s+)?resettlement)"
)

# Holding people for a federal agency, as agendas and the press word it (whole words: "release"
# leases nothing, "current" rents nothing).
_HOLD = (
    # (a detainer is a request, no holding: "immigration detainers for undocumented immigrants";
    # jailers are people: "requests for Travis County jailers to deny the release of …")
    r"\b(?:hous\w*|hold\w*|held|jail(?!ers?\b)\w*|detain(?!ers?\b)\w*|detention|incarcerat\w*|rent\w*|leas\w*|safekeeping|"
    r"boarding|boarded|to\s+board|"
    r"custody|care|beds?|bed\s+spaces?|space)"
)
_PEOPLE = (
    r"(?:detainees|prisoners|inmates|aliens|immigrants|holds|people|individuals|persons|juveniles|"
    r"teenagers|teens)"
)
# "ICE detainees", "immigration detainees", "federal immigration detainees", "ICE prisoners"
_IMMIGRATION_DETAINEES = (
    # ("$83 per ICE detainee")
    # ("detainment agreement for Immigration and Naturalization Service inmates")
    # (one word may come between, not a preposition: "ICE about inmates" is no ICE inmate)
    rf"(?:{_ICE}|{_INS}|immigration|immigrant|undocumented|non-?citizen)(?:-related)?\s+"
    r"(?:\((?:ICE|INS)\)\s+|(?!(?:about|and|or|to|with|on|of|for|in|at|from|by|regarding|concerning)\s)\w+\s+)?"
    # (not "the ICE detainee locator": the search page)
    r"(?:detainees?|"
    r"prisoners?|inmates?)\b(?!\s+locator)|(?:detainees|prisoners|inmates)\s+(?:from|for|of)\s+(?-i:ICE)\b"
)
# "not reimbursed for the cost of housing undocumented inmates for those additional days": the
# cost of holds, no bed contract
_NOT_PAID = r"\b(?:not|n['’]t)\s+(?:be\s+)?(?:reimbursed|paid|compensated)\b"
# Keeping someone past release for ICE: a detainer, not a bed contract.
# A detainer by its own name in a jail's policy ("inmates can be held on detainers", "The county
# will honor a detainer if …"): a rule's trigger and the page screen's phrase alike
_DETAINER_NAMED = (
    r"(?:honou?r\w*|comply\w*\s+with)\s+(?:\S+\s+){0,3}?(?:an?|the|these|those|such|their|its)\s+"
    r"detainers?\b|\b(?:held|hold\w*|booked|jailed)\s+(?:\S+\s+){0,6}?on\s+(?:an?\s+)?detainers?\b|"
    r"\bdetainers\s+(?:are|were)\s+voluntary\b"
)
# Police intelligence that can reach ICE: a rule's trigger and the page screen's phrase alike
_POLICE_INTELLIGENCE = (
    r"\bgang\s+(?:databases?|registr(?:y|ies)|lists?)\b|\bcalgang\b|\bfusion\s+cent(?:er|re)s?\b"
)
# A hold asked or refused in a reporter's words: "never received a request from federal
# Immigration and Customs Enforcement (ICE) officials to detain an undocumented immigrant", "ICE
# officers would ask jails to hold prisoners for a few more days", "the jail had only held 15
# people on the ICE requests", "will only detain undocumented immigrants in the county jail in
# cases where a judge signs a warrant", "will only be detained in the county jail if a
# court-ordered warrant is provided"
_DETAINER_ASKED = (
    # ("state prison officials honor requests by ICE to temporarily hold individuals")
    r"\brequests?\s+(?:from|by)\s+(?:the\s+)?(?:federal\s+)?(?:U\.?\s?S\.?\s+)?(?:(?-i:ICE)|immigration\s+and\s+"
    r"customs\s+enforcement)(?:\s*\((?-i:ICE)\))?\s+(?:officials\s+|agents\s+|officers\s+)?to\s+"
    r"(?:temporarily\s+)?(?:detain|hold|keep)\b|"
    # ("county employees will ask ICE if it wants the jail to temporarily hold a person who doesn’t
    # have legal status so the detainee can be transferred to federal custody")
    r"\bwants?\s+(?:the\s+)?jails?\s+to\s+(?:temporarily\s+)?(?:hold|detain|keep)\s+(?:\S+\s+){0,12}?"
    r"transferred\s+(?:to|into)\s+(?:federal|ICE|immigration)\s+custody\b|"
    r"\bask\w*\s+(?:\S+\s+){0,2}?jails?\s+to\s+(?:hold|detain|keep)\s+(?:\S+\s+){0,2}?for\s+(?:a\s+)?"
    r"(?:few|several|couple|two|three)\s+(?:of\s+)?(?:more\s+|extra\s+)?days\b|"
    r"\b(?:held|hold\w*|detain\w*)\s+(?:\S+\s+){0,3}?on\s+(?:the\s+)?(?-i:ICE)\s+"
    r"(?:requests?|detainers?|holds?)\b|"
    # "would stop holding people in jail simply because immigration authorities ask"
    r"\b(?:hold|held|detain|keep|kept)\w*\s+(?:\S+\s+){0,6}?(?:simply\s+|only\s+|solely\s+|just\s+)?because\s+"
    r"(?:federal\s+)?(?:immigration\s+(?:authorities|officials|agents|officers)|(?-i:ICE))\s+(?:ask|request|want)"
    r"(?:s|ed)?\b|"
    r"\b(?:detain|hold|jail)\w*\s+(?:\S+\s+){0,8}?(?:unless|without|if|where|when|absent)\s+(?:\S+\s+){0,3}?"
    r"(?:judge\s+signs|court[- ]ordered\s+warrant|judicial\s+warrant|"
    r"warrant\s+(?:is\s+)?signed\s+by\s+a\s+(?:federal\s+)?judge)"
)
# held on a detainer, however written: "the cost to hold people on immigration detainees" (one is
# held on a detainer, never on a detainee)
_HELD_ON_DETAINER = (
    r"\b(?:hold|held|detain|kept|keep)\w*\s+(?:\S+\s+){0,3}?on\s+(?:an?\s+)?(?:federal\s+)?"
    r"immigration\s+(?:detainers?|detainees|holds?)\b"
)
_DETAINER_HOLD = (
    _DETAINER_ASKED + "|"
    # the hold by its name: "denied bail over an ICE hold", "kept in jail for 3 days on an ICE
    # hold"
    r"\b(?:on|over|under|by)\s+(?:an?\s+|the\s+)?(?-i:ICE)\s+holds?\b|" + _HELD_ON_DETAINER + "|"
    # held for ICE to collect: "unlawfully held for federal immigration agents to pick up later"
    r"\bheld\s+(?:\S+\s+){0,2}?for\s+(?:federal\s+)?(?:immigration\s+)?(?:agents|officials|authorities|(?-i:ICE))\s+"
    r"to\s+pick\s+(?:them\s+|him\s+|her\s+)?up\b|"
    # "the extension of their detention was made at the request from Immigration and Customer
    # Enforcement"
    r"\bextension\s+of\s+(?:their|his|her)\s+detention\s+(?:\S+\s+){0,3}?(?:at\s+the\s+)?requests?\b|"
    # a transfer to ICE on release: "inmate transfers to ICE", "the transfer of immigrants"
    r"\binmate\s+transfers?\b|\btransfers?\s+of\s+immigrants\b|"
    # "~1,500 immigrants transferred from state custody to ICE per year"
    r"\btransferred\s+from\s+(?:state|county|local|jail|prison)\s+custody\s+to\s+(?-i:ICE)\b|"
    # ("to hold prisoners at the county jail beyond their scheduled release")
    r"(?:hold|held|detain)\w*\s+(?:\S+\s+){0,6}(?:longer\s+than|past|beyond|after)\s+(?:\S+\s+){0,4}"
    r"(?:sentence|release)|"
    # "the pressure to hold arrested illegal immigrants for longer periods"
    r"(?:hold|detain)\w*\s+(?:\S+\s+){0,4}for\s+longer\s+periods\b|"
    # a call to ICE on release: "Lane County Sheriff's Office called ICE when people posted bail"
    r"\b(?:call|notif|alert|contact)\w*\s+(?-i:ICE)\s+when\s+(?:\S+\s+){0,4}?(?:posted\s+bail|(?:were|was|are|is)\s+"
    r"(?:released|booked)|bonded\s+out)|"
    # (the state law's words: "Bans holding individuals solely on immigration status")
    r"\bhold\w*\s+(?:\S+\s+){0,3}?solely\s+(?:on|based\s+on|because\s+of)\s+(?:their\s+)?immigration\s+"
    r"status|"
    # (not a count in the time: "130 in 48 hours at peak")
    r"(?<!\d\sin\s)\b48\s+hours|48[- ]hour\s+holds?|for\s+pick-?\s?up|detention\s+requests?|"
    # "is no longer holding undocumented immigrants at the request of the federal government
    # unless a judge has approved the move"
    r"\b(?:hold|held|detain)\w*\s+(?:\S+\s+){0,10}?(?:unless|without)\s+(?:a\s+)?(?:judge|court)\s+"
    r"(?:has\s+)?(?:approved|signed|ordered)\b|"
    # a longer hold: "will allow detainees to be held for ICE for up to 72 hours", "to give
    # Immigration and Customs Enforcement agents 72 hours to pick up inmates", "lengthening the
    # time it will hold previously arrested individuals for them to be picked up"
    # (not "a short-term holding facility that could house ICE detainees for up to 72 hours": an
    # ICE hold room's contract)
    r"\b(?:held|hold|detained)\s+for\s+(?-i:ICE)\s+for\s+up\s+to\s+(?:72|seventy-two)\s+hours\b|"
    r"\b72[- ]hour\s+holds?\b|\b(?:48|72|forty-eight|seventy-two)\s+hours,?\s+to\s+pick\s+up\b|"
    r"\bhold\w*\s+(?:\S+\s+){0,6}?(?:for\s+(?:them|him|her)\s+)?to\s+be\s+picked\s+up\b|"
    # "the county would still hold onto inmates for ICE based on a warrant issued without review by
    # a judge"
    # ("barring … officers from … detaining individuals based solely on civil immigration warrants
    # issued by ICE")
    r"\b(?:hold|held|detain|keep|kept)\w*\s+(?:\S+\s+){0,6}?based\s+(?:(?:only|solely|purely)\s+)?on\s+"
    r"(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:warrants?|detainers?|requests?)\b|"
    # "civil/administrative ICE warrants are not sufficient basis for arrest or detention"
    r"\b(?:civil|administrative)(?:/(?:civil|administrative))?\s+(?:(?-i:ICE)\s+|immigration\s+)?warrants?\s+"
    r"(?:\S+\s+){0,3}?(?:sufficient\s+)?(?:basis|grounds?)\s+for\s+(?:\S+\s+){0,2}?(?:detention|detaining|holding)\b|"
    # "Several hours past the time he normally would have been released, ICE agents arrived"
    r"\bpast\s+the\s+time\s+(?:\S+\s+){0,3}?(?:would\s+have\s+been|was\s+to\s+be)\s+released\b|"
    # "If ICE wishes a person remain in custody beyond the time he or she is scheduled for release"
    r"\b(?:remain|kept|keep)\w*\s+in\s+(?:\S+\s+)?custody\s+(?:beyond|past|after)\b|"
    # "the paperwork the jail needs to lawfully hold people not formally charged with a crime beyond
    # 72 hours"
    r"\b(?:hold|held|detain|keep|kept)\w*\s+(?:\S+\s+){0,8}?(?:beyond|past)\s+(?:24|48|72|twenty-four|"
    r"forty-eight|seventy-two)\s+hours\b|"
    # "to allow federal agents time to pick them up", "officers at the jail flag for ICE inmates"
    r"\bto\s+pick\s+(?:them|him|her|those|inmates)\s+up\b|\bflag\w*\s+(?:\S+\s+){0,3}?for\s+(?-i:ICE)\b|"
    # "an agreement … aimed at preventing the release from jail of undocumented immigrants"
    r"prevent\w*\s+(?:the\s+)?release\b|"
    # "requests to detain suspected illegal immigrants in jail for extra time"
    # ("requests from U.S. Immigration and Customs Enforcement to hold people in the county jail")
    r"requests?\s+(?:from\s+(?:the\s+)?(?:U\.?S\.?\s+)?immigration\s+and\s+customs\s+enforcement\s+|"
    r"(?:\S+\s+){0,3}?)to\s+(?:detain|hold|keep)\b|\bfor\s+extra\s+time\b|"
    # "ICE asks local authorities to hold certain inmates for up to two business days", "agreed to
    # hold undocumented inmates for up to two business days after the inmates were cleared"
    r"\bask(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?to\s+(?:detain|hold|keep)\s+(?:\S+\s+){0,3}?(?:for\s+up\s+to|until|"
    r"beyond|past|longer)\b|(?:hold|detain|keep)\w*\s+(?:\S+\s+){0,4}?for\s+up\s+to\s+(?:\S+\s+){1,2}?"
    r"(?:business\s+)?(?:days|hours)\s+(?:after|beyond|past|until)\b|"
    # "would not hold immigration detainees based only on the ICE detainers"
    r"based\s+(?:only|solely|purely)\s+on\s+(?:\S+\s+){0,3}detainers?\b|"
    # "will no longer hold inmates for Immigrations and Custom Enforcement without a judge’s order"
    # ("prohibits local jails from holding people for federal immigration officials unless a
    # warrant is signed by a judge")
    # ("to stop holding immigrants unless they were served warrants signed by a federal judge")
    r"\b(?:hold|detain|keep)\w*\s+(?:\S+\s+){0,8}?(?:without|unless)\s+(?:\S+\s+){0,4}?(?:judge['’]s\s+order|"
    r"judicial\s+(?:warrant|order)|court\s+order|warrants?\s+(?:is\s+|are\s+)?signed\s+by\s+a\s+(?:federal\s+)?"
    # ("ICE’s authority to detain someone without providing a warrant from a judge")
    r"judge|warrants?\s+from\s+a\s+(?:federal\s+)?judge)|"
    # "continue to cooperate with ICE and comply with judges’ orders to hold people for the agency"
    r"\b(?:judges?['’]?|court)\s+orders?\s+to\s+(?:hold|detain|keep)\b|"
    # "agrees to stop holding detainees for ICE unless they are charged with murder"
    r"\bhold\w*\s+(?:\S+\s+){0,3}?for\s+(?-i:ICE)\s+unless\s+(?:they|he|she|the\s+\S+)\s+(?:are|is|were|was)\s+"
    r"(?:\S+\s+)?(?:charged|convicted)\b|"
    # "won't hold jail inmates for Immigration and Customs Enforcement without a warrant"
    r"\b(?:hold|detain|keep)\w*\s+(?:\S+\s+){0,8}?without\s+a\s+warrant\b|"
    # "we have no way to communicate with ICE … or keep them in custody"
    r"\bkeep\s+(?:them|him|her)\s+in\s+custody\b"
)
# "a memorandum of understanding with an ICE task force": the 287(g) Task Force Model.
_ICE_TASK_FORCE = (
    r"(?-i:\bICE\b)(?:[-‐](?:led|run))?[,;]?\s+(?:\(.{0,60}?\)\s+)?(?:\S+\s+){0,2}task[\s-]?force"
    r"(?!\s+officers?\b)"
)
# The jail model's work as the press tells it: "allows jailers to screen inmates' immigration
# status", "ICE will pay to train the county jailers"
_287G_JAIL_WORK = (
    # ("trained personnel can determine their immigration status")
    r"(?:jailers|deputies|detention\s+officers|corrections?\s+officers|custody\s+(?:staff|specialists)|"
    r"jail\s+(?:officials|officers|staff)|trained\s+personnel)"
    r"\s+(?:\S+\s+){0,2}?(?:to\s+)?(?:screen|check|verify|determin|identify)\w*\s+(?:\S+\s+){0,3}?"
    r"immigration\s+status|(?-i:\bICE\b)\s+(?:\S+\s+){0,3}?train\w*\s+(?:the\s+)?(?:\S+\s+){0,2}?"
    r"(?:jailers|deputies|detention\s+officers|corrections?\s+officers)|"
    # "gave jailers the ability to begin deportation proceedings", "deputies in jails will be
    # trained to have ICE arrest powers"
    r"(?:jailers|deputies)\s+(?:\S+\s+){0,6}?(?:begin|initiate|start)\s+(?:deportation|removal)\s+"
    r"proceedings|(?:jailers|deputies|officers)\s+(?:\S+\s+){0,8}?(?-i:ICE)\s+arrest\s+"
    r"(?:powers|authority)"
)
# a 287(g) officer's check: "to verify whether an arrestee is in the country illegally"
_VERIFY_STATUS = (
    r"(?:verify|determine|check)\w*\s+whether\s+(?:an?\s+|the\s+)?"
    r"(?:arrestees?|inmates?|detainees?)"
)
# The statute that made 287(g), and the jail model's screening: "such an agreement with ICE
# under a clause of the Illegal Immigration Reform and Immigrant Responsibility Act of 1996", "an
# agreement … that covers screening for undocumented aliens", "trained local officers … identify
# inmates who may be in the country illegally"
_287G_STATUTE_AND_SCREENING = (
    r"illegal\s+immigration\s+reform\s+and\s+immigrant\s+responsibility\s+act|"
    r"screen\w*\s+(?:\S+\s+){0,3}?for\s+(?:undocumented|illegal)\s+(?:aliens|immigrants)|"
    # "approved a new agreement with … (ICE) for removal of detained illegal aliens", "to identify
    # and remove criminal aliens"
    r"removal\s+of\s+(?:detained\s+)?(?:illegal|criminal|undocumented)\s+(?:aliens|immigrants)|"
    # (not ICE's own: "ICE's comprehensive plan to identify and remove criminal aliens")
    r"(?<!plan\sto\s)(?<!strategy\sto\s)(?<!effort\sto\s)(?<!mission\sto\s)"
    r"identify\s+and\s+remove\s+(?:\S+\s+)?(?:illegal|criminal|undocumented)\s+(?:aliens|immigrants)|"
    # "they’ll no longer screen inmates for immigration status"
    r"screen\w*\s+(?:inmates|arrestees|detainees|people|individuals)\s+for\s+(?:their\s+)?immigration\s+"
    r"status|"
    # "a program … that helps screen and identify jail inmates for federal immigration
    # authorities", "allowing some of their officers to screen jail inmates and flag those in the
    # country illegally for deportation"
    r"screen\w*\s+(?:and\s+identify\s+)?(?:jail\s+)?(?:inmates|arrestees|detainees)\s+(?:for\s+(?:federal\s+)?"
    r"immigration\s+(?:authorities|officials)|and\s+flag)|"
    r"identify\s+(?:\S+\s+){0,3}?(?:inmates|arrestees|detainees)\s+(?:who\s+)?(?:may\s+be|are)\s+"
    r"(?:in\s+the\s+country\s+illegally|undocumented|(?:illegal|undocumented)\s+(?:aliens|immigrants))|"
    # "could access a database to verify whether an arrestee is in the country illegally"
    + _VERIFY_STATUS
    + r"\s+(?:is|are)\s+(?:in\s+the\s+country\s+illegally|undocumented)|"
    # a state's mandate: "would require each county with a population of 100,000 or more … to sign
    # an agreement with U.S. Immigration and Customs Enforcement", "require all county sheriffs
    # operating jails to enter into formal agreements with federal immigration authorities",
    # "require sheriff’s deputies … to help federal authorities with immigration enforcement"
    r"\brequir\w*\s+(?:each|every|all)\s+(?:\S+\s+){0,12}?\S*?\bto\s+(?:sign|enter)\s+(?:into\s+)?(?:an?\s+)?"
    r"(?:formal\s+|written\s+)?agreements?\s+with\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:(?-i:ICE)\b|immigration\s+and\s+"
    r"customs|federal\s+immigration)|"
    r"\brequir\w*\s+(?:\S+\s+){0,3}?(?:deputies|sheriffs|officers)\s+(?:\S+\s+){0,8}?to\s+(?:help|assist)\s+"
    r"(?:federal\s+)?(?:authorities|officials|agents)\s+(?:with|in)\s+immigration\s+enforcement|"
    # "43 law enforcement agencies in Texas have made partnerships with immigration officials"
    r"law\s+enforcement\s+agencies\s+(?:\S+\s+){0,4}?(?:have\s+)?(?:made|formed|signed|entered\s+into)\s+"
    r"(?:\S+\s+){0,2}?partnerships?\s+with\s+(?:federal\s+)?immigration\s+(?:officials|authorities|agents)"
)
# a warrant service officer's work, or a deputy's: "an agreement with … ICE to issue 48-hour ICE
# detainers", "training from ICE to issue administrative warrants", "a formal agreement with the
# Department of Homeland Security to assist ICE", "cooperate with the federal agency on
# immigration enforcement actions"
_287G_WSO_WORK = (
    # ("deputies will only have the authority to issue a detainer once they go through a training")
    r"\bto\s+issue\s+(?:\S+\s+){0,3}?(?:detainers?|holds?\b)|administrative\s+warrants?|training\s+from\s+(?-i:ICE)\b|"
    r"\bto\s+assist\s+(?-i:ICE)\b(?!\s+(?:by|with|in)\s+hous)|cooperat\w+\s+(?:\S+\s+){0,5}?on\s+"
    r"immigration\s+enforcement|"
    # "signed agreements with … (ICE), allowing certain immigration enforcement actions"
    r"\b(?:allow|authoriz|permit)\w*\s+(?:certain\s+|limited\s+)?immigration\s+enforcement\s+"
    r"(?:actions|functions|duties|powers)"
)
# deporting told as the local officers' work: "partnership agreements with federal immigration
# authorities to assist in deporting individuals", "an agreement with federal immigration
# enforcement to identify and deport removable aliens who have been arrested"
_DEPORTING_WORK = r"\bassist\w*\s+in\s+deporting\b|\bidentify\s+and\s+deport\b"
# who enforces immigration law, when it is not local officers under an agreement: "responsible
# for enforcing", "resources to enforce", ICE described ("the federal agency that enforces
# immigration law")
# the police as a party to an agreement with ICE, which no bed contract is (not a union: "labor
# representatives from the Police Officers Association")
_POLICE_AGENCY = r"\bpolice\b(?!\s+officers['’]?\s+association)"
_NOT_LOCAL_ENFORCERS = (
    r"(?<!responsible for )(?<!charged with )(?<!resources to )(?<!resources to help )"
    r"(?<!responsibility to )(?<!agency that )(?<!agency which )"
)
_287G_CONTEXT = (
    _DEPORTING_WORK
    + "|"
    + _287G_JAIL_WORK
    + "|"
    + _287G_STATUTE_AND_SCREENING
    + r"|287\s*[-(]?\s*[g9]|\b287\s+(?:agreements?|programs?|partnerships?|MOAs?)\b|deputiz|"
    r"warrant\s+service|enforcement\s+functions|interrogat|\bconduct\w*\s+immigration\s+enforcement\b|"
    # ("an agreement with ICE to perform federal immigration duties")
    r"\bperform\w*\s+(?:federal\s+)?immigration\s+duties\b|"
    # ("the federal agency delegates powers to local authorities")
    r"\bdelegat\w*\s+(?:\S+\s+){0,2}?(?:powers?|authorit(?:y|ies))\s+to\s+(?:local|state|county|sheriff)|"
    r"serv\w*\s+(?:\S+\s+){0,3}?warrants\s+(?:for|involving|on)\s+immigration\s+violations|"
    r"reserved\s+for\s+(?:federal\s+)?immigration\s+(?:officers|agents)|"
    + _NOT_LOCAL_ENFORCERS
    + r"(?:enforc|administer)\w*\s+"
    r"(?:federal\s+|civil\s+|certain\s+)*"
    r"immigration\s+law|"
    # ("a written agreement with ICE concerning the enforcement of federal immigration laws")
    r"(?:concerning|regarding)\s+the\s+enforcement\s+of\s+(?:federal\s+|civil\s+)*immigration\s+laws?|"
    # ("to enter into agreements with federal immigration authorities to assist with enforcement
    # of immigration laws")
    r"(?:assist|help)\w*\s+(?:with|in)\s+(?:the\s+)?enforcement\s+of\s+(?:federal\s+)?immigration\s+laws?|"
    # (not "immigration enforcement" alone: "how it handles immigration enforcement. The jail will
    # no longer hold detainees for ICE" is the bed contract)
    r"jail[\s-]+enforcement|"
    r"immigration\s+(?:\w+\s+)?warrants?|pursuit\s+of\s+immigrants|"
    r"functions\s+(?:of|as)\s+(?:an?\s+)?(?:ICE|immigration)\s+(?:officers?|agents?|employees)|"
    r"(?:serv|act)\w*\s+as\s+(?:an?\s+)?(?:(?:ICE|federal|immigration)\s+){1,2}(?:agents?|officers?)|"
    r"(?:serv|act)\w*\s+as\s+agents\s+of\s+(?:the\s+)?(?:federal\s+)?(?:ICE|immigration)|"
    + _287G_WSO_WORK
)
# a vendor's work for ICE: "contract to implement and maintain ICE's tactical communication
# infrastructure", or its architect's: "a $29.9 million contract with DHS to design warehouse
# detention centers for ICE"
_VENDOR_WORK = (
    r"\b(?:implement|maintain|install|upgrad|suppl|provid)\w*\s+(?:and\s+\w+\s+)?(?:(?-i:ICE)['’]s\s+)?"
    r"(?:\S+\s+){0,2}?(?:communications?|radios?|software|technology|IT|surveillance|network)\b|"
    r"\b(?:design|architect)\w*\s+(?:\S+\s+){0,2}?(?:warehouse|detention|processing|mega)\b"
)
# 287(g)'s models by their capitalized names, and its jail model by its initials with an
# agreement: "opt into the Task Force Model", "Task Force model — 6 deputies trained", "signed
# JEM MOA Dec 2, 2025"
# (and the jail model's officers in an agreement's words: "up to two (2) LEA personnel may be
# designated as Jail Enforcement Officers(JEO)")
_MODEL_NAMES = (
    r"(?-i:(?:Task\s+Force|Jail\s+Enforcement)\s+[Mm]odel|"
    r"Jail\s*Enforcement\s*Officers?\s*\(JEOs?\))"
)
_JEM_AGREEMENT = r"(?-i:\bJEM)\s+(?:MOA|MOU|agreement|model|program)\b"
# ICE added to the Marshals' jail contract: "the ICE rider", "Marshals-contract riders", "Rider to
# existing federal inmate contract"
_RIDER = (
    r"(?:(?-i:\bICE\b)|marshals?[-‐]?\s?contract)\s+riders?\b|"
    # "ICE agreement: Rider to existing federal inmate contract"
    r"\briders?\s+to\s+(?:an?\s+|the\s+|its\s+)?(?:existing\s+)?(?:federal|USMS|marshals?['’]?s?)\s+"
    r"(?:inmate\s+|prisoner\s+|detainee\s+)?(?:contract|agreement|IGA)\b"
)
# Task forces that are not immigration enforcement's
_OTHER_TASK_FORCES = r"fugitive|\bDEA\b|\bFBI\b|\bICAC\b|narcotic"
# The Marshals' work that is not detention: their fugitive task forces and warrant squads
_MARSHALS_OTHER_WORK = (
    r"fugitive\s+(?:task|apprehension|unit|investigat|warrant|squad)|task\s+force|"
    r"warrants?\s+(?:squad|unit)"
)
_FEDERAL_PRISONERS = (
    # ("federal immigration detainees" are ICE's)
    rf"(?:federal(?:ly)?|{_USMS})\s+(?:(?!immigration\b)\w+\s+){{0,2}}(?:prisoners|detainees|inmates)|"
    r"(?:prisoners|detainees|inmates)\s+(?:\w+\s+){0,2}(?:for|of)\s+the\s+"
    rf"(?:{_USMS}|federal\s+government)"
)
# a day rate per detainee, the agency unnamed: "We get $70 per day per detainee", "The bed day
# rate is $86 per detainee" (a rule's trigger and a word the screen lets through)
_PER_DETAINEE_RATE = (
    r"\$\s?\d+(?:\.\d+)?\s*(?:/\s*|\s+(?:per|a|an)\s+)(?:day|night)\s*,?\s+(?:per|for\s+each|a|an)\s+"
    r"detainee\b|\$\s?\d+(?:\.\d+)?\s+per\s+detainee\b"
)
# (whole words: "counties" has no ties, "impact" no pact, "Michigan" no IGA)
_AGREEMENT = (
    r"\b(?:contracts?|agreements?|(?<!task force )(?<!task-force )\bMOU\b|deals?|pacts?|"
    # ("has a good relationship with ICE agents" is a manner, not an agreement)
    r"partnership|(?<!good\s)(?<!great\s)(?<!strong\s)(?<!close\s)relationship|IGSA|IGA|arrangement|"
    # ("Torrance signaled a final extension with ICE")
    # ("Otero County approved a five-year extension with ICE/MTC")
    r"accords?|ties|letters?\s+of\s+intent|(?<=final\s)extensions?|(?<=an\s)extension|"
    r"(?<=-year\s)extensions?)"
)
# ICE's money for a police department's joint operations, by what the press calls it: "a
# reimbursement agreement between police and Immigration and Customs Enforcement" (the Treasury
# Forfeiture Fund MOU: a task force, not 287(g))
_REIMBURSEMENT_AGREEMENT = (
    r"\breimburs\w*\s+(?:agreements?|arrangements?|mechanisms?|MOUs?|memorand(?:um|a))\b"
)
_287G_FUNCTIONS = (
    r"(?:immigration|(?<!\S)\S{0,6}gra\w*)\s+(?:enforcement|\S+ment)\s+"
    # ("allow the law enforcement agency to perform certain types of immigration enforcement
    # actions", "to help U.S. Immigration and Customs Enforcement officials carry out federal
    # immigration enforcement actions")
    # (not ICE's own: "Federal officers can still carry out immigration enforcement actions")
    r"(?:functions|activities|duties)|perform\s+(?:certain\s+)?(?:types\s+of\s+)?immigration\s+enforcement\s+"
    r"actions|\bhelp\s+(?:\S+\s+){0,8}?carry\s+out\s+(?:federal\s+)?immigration\s+enforcement\s+actions|deputiz\w+|"
    + _287G_STATUTE_AND_SCREENING
    + "|"
    # the program by its section number cut short: "the federal 287 program"
    r"\b(?:federal|(?-i:ICE)['’]?s?)\s+287\s+program\b|"
    r"cross-?\s?train\w*|delegation\s+of\s+(?:\w+\s+)?authority|"
    # "an agreement with the sheriff’s office that trained deputies to screen inmates arrested
    # for crimes to see if they are also eligible for deportation"
    r"\btrain\w*\s+(?:\S+\s+){0,2}?(?:deputies|officers|jailers|staff)\s+to\s+screen\s+(?:\S+\s+){0,14}?"
    r"(?:deportation|immigration|removal)\b|"
    # "a federal program through which ICE delegates specific immigration functions to state and
    # local law enforcement"
    r"\bdelegat\w+\s+(?:\S+\s+){0,2}?immigration\s+(?:enforcement\s+)?(?:functions|authority|powers)|"
    # "a fast-growing ICE program that lets local officers act as deportation agents"
    r"(?:officers|deputies|police|jailers)\s+(?:to\s+)?act\s+as\s+(?:\S+\s+)?(?:deportation|immigration)\s+"
    r"(?:enforcement\s+)?(?:agents|officers)|"
    + _NOT_LOCAL_ENFORCERS
    + r"(?<!funds to )enforc\w*\s+"
    r"(?:federal\s+|civil\s+|certain\s+)*"
    # (not ICE's own work: "Enforcing federal immigration law in Chicago … will remain the province
    # of ICE")
    r"immigration\s+laws?(?!\s+(?:\S+\s+){0,10}?(?:remains?|is|are|was|will\s+remain)\s+(?:the\s+)?"
    r"(?:province|job|responsibility|purview|domain)\s+of\b)|interrogat\w+|prepare\s+charging\s+documents|"
    r"(?:cooperate|assist|participate)\s+(?:\w+\s+){0,4}in\s+immigration\s+enforcement|"
    # "allow selected local officers to conduct immigration enforcement at the jail"
    r"\bconduct\w*\s+immigration\s+enforcement\b|"
    # "the DPS officers will exercise limited immigration authority on ICE-led task forces"
    r"(?:exercise|perform)\w*\s+(?:\S+\s+){0,2}?immigration\s+(?:enforcement\s+)?(?:authority|powers?)|"
    r"serv\w*\s+(?:\S+\s+){0,3}(?:immigration|ICE|administrative)\s+(?:\w+\s+)?warrants?|"
    # "allows corrections officers to issue immigration warrants to people detained in the jail"
    r"(?:officers|deputies|staff|jailers)\s+to\s+issue\s+(?:administrative\s+)?immigration\s+warrants?|"
    # "personnel will be trained to access ICE software, verify an individual’s legal status, and
    # serve ICE detainers"
    r"\bserve\s+(?:ICE|immigration)\s+detainers|"
    r"serv\w*\s+warrants\s+and\s+detainers|"
    # "the power to serve and execute warrants of arrest for immigration violations", "to assist
    # the federal immigration enforcement agency with executing warrants authorized by …", "to ask
    # any person about their immigration status"
    r"warrants\s+of\s+arrest\s+for\s+immigration\s+violations|"
    # "allowed local officers to serve arrest warrants for immigration violations", "to serve
    # warrants involving immigration violations, an authority previously reserved for immigration
    # officers", "looking to be certified by I.C.E to serve these warrants"
    r"serv\w*\s+(?:\S+\s+){0,3}?warrants\s+(?:for|involving|on)\s+immigration\s+violations|"
    r"(?:authority|powers?)\s+(?:\S+\s+){0,2}?reserved\s+for\s+(?:federal\s+)?immigration\s+(?:officers|agents)|"
    rf"(?:trained|certified)\s+by\s+(?:{_ICE})\s+to\s+serve\b|"
    # "our jail staff working closer with ICE with the ability to serve the warrants"
    r"(?:jail\s+staff|deputies|officers|jailers)\s+(?:\S+\s+){0,8}?(?:ability|authority|power)\s+to\s+serve\s+"
    r"(?:the\s+)?(?:\S+\s+)?warrants\b|"
    # "an ICE program that would have local sheriff's officers trained and authorized to detain
    # suspected illegal immigrants"
    r"(?:officers|deputies|jailers)\s+(?:\S+\s+){0,2}?trained\s+and\s+authorized\s+to\s+(?:detain|arrest|"
    r"question|enforce)\b|"
    # "allows them to perform certain functions of immigration enforcement within their jails"
    r"perform\s+(?:\S+\s+){0,2}?functions\s+of\s+immigration\s+enforcement|"
    # "partnered with U.S. Immigration and Customs Enforcement to transfer to federal custody
    # people who have been arrested"
    r"partner\w*\s+with\s+(?:\S+\s+){0,6}?to\s+(?:transfer|identify|screen|question|deport)\w*\s+"
    r"(?:\S+\s+){0,3}?(?:federal\s+custody|people|individuals|inmates|arrestees|immigrants)|"
    # "They can arrest and transport individuals with outstanding immigration charges"
    r"arrest\w*\s+(?:and\s+transport\s+)?(?:individuals|people|persons)\s+(?:\S+\s+){0,2}?(?:with|on|for)\s+"
    r"(?:outstanding\s+)?immigration\s+(?:charges|warrants|violations)|execut\w+\s+(?:\S+\s+){0,2}?warrants\s+"
    r"(?:authorized|issued)\s+by\s+(?:U\.?\s?S\.?\s+)?immigr|assist\s+(?:the\s+)?federal\s+immigration\s+"
    r"enforcement\s+agency|\bask\s+(?:any\s+)?(?:person|persons|people|individuals?)\s+about\s+(?:their|his|her)\s+"
    r"immigration\s+status|"
    # "allows local officers to question people in custody about their immigration status"
    r"(?:question|interrogat|interview)\w*\s+(?:people|persons|individuals|inmates|arrestees|detainees)\s+"
    r"(?:\S+\s+){0,3}?about\s+(?:their|his|her)\s+immigration\s+status|"
    # "agreed to scour their jails … to spot migrants", "to scour the county's jails 24 hours a day"
    r"\bscour\w*\s+(?:their|its|the\s+county['’]s|the)\s+jails?\b|"
    # "will train 20 corrections officers and deputies to serve warrants and notify ICE"
    r"(?:train|certif|authoriz)\w*\s+(?:\S+\s+){0,6}?(?:officers|deputies|jailers)\s+(?:\S+\s+){0,2}?to\s+"
    r"serve\s+(?:\S+\s+){0,2}?warrants|"
    # (not "allow agents to arrest immigrants at jail": ICE's own arrests)
    r"(?<!agents\sto\s)(?:pursu\w+|arrest(?:s|ing)?(?!\s+(?:records|reports|data|histor))|apprehen\w+)\s+"
    r"(?:of\s+)?"
    r"(?:\S+\s+){0,2}immigrants|"
    r"same\s+(?:\w+\s+)?(?:authority|powers?)\s+as\s+(?:\S+\s+){0,6}(?:officers|agents)|"
    # "authorized to work with … ICE to enforce immigration functions", "proposed to have
    # investigators … “sworn in as ICE agents,”", "assist ICE with arrests tied to warrants"
    # ("an agreement with ICE to perform federal immigration duties")
    r"(?:enforce|perform|carry\s+out)\s+(?:federal\s+)?immigration\s+(?:functions|duties)|"
    # the MOA's words for the work: "Troopers will be able to take action against illegal aliens
    # and develop evidence in the case"
    r"\btak\w+\s+action\s+against\s+(?:illegal|undocumented|criminal|removable)\s+(?:aliens|immigrants)\b|"
    r"sworn\s+in\s+as\s+(?:\S+\s+)?(?:ICE|"
    r"immigration)\s+(?:agents|officers)|assist\s+(?-i:ICE)\s+with\s+arrests|"
    # "to investigate inmates booked on local crimes for suspected immigration violations", "to
    # investigate immigration statuses of people already booked", "to conduct immigration
    # investigations on inmates", "to detain and question immigrants wanted by ICE for suspected
    # immigration violations"
    r"(?:investigat|question)\w*\s+(?:\S+\s+){0,6}?for\s+suspected\s+immigration\s+violations|"
    # ("the power to investigate people’s immigration status"; not a ban: "prohibiting deputies
    # from investigating detainees' immigration status")
    r"(?<!\bfrom\s)investigat\w*\s+(?:the\s+|an?\s+)?(?:\S+['’]s?\s+)?immigration\s+status\w*|"
    # "is no longer checking the immigration status of detainees in misdemeanor arrests",
    # "question, detain and process suspected illegal aliens", "the identification of the illegal
    # alien 's who are arrested and booked" (an OCR'd application letter)
    # ("the resources to check the immigration status of a detainee who is incarcerated")
    r"check\w*\s+(?:on\s+)?(?:the\s+)?immigration\s+status\s+of\s+(?:detainees|inmates|arrestees|people|those|"
    r"an?\s+(?:detainee|inmate|arrestee)\s+who\s+is\s+(?:incarcerated|jailed|booked|held))|"
    # "still maintain agreements to perform some immigration functions"
    r"agreements?\s+to\s+perform\s+(?:some\s+|certain\s+)?immigration\s+functions|"
    r"(?:question|interrogat|process)\w*,?\s+(?:\S+\s+){0,3}?(?:suspected\s+)?(?:illegal|undocumented)\s+"
    r"(?:aliens|immigrants)|identification\s+of\s+(?:the\s+)?(?:illegal|undocumented|criminal)\s+aliens?|"
    # ("the procedure for conducting immigration investigations", an MOU's terms; not "making it
    # more difficult for agents to conduct immigration investigations": ICE's own)
    r"(?<!agents\sto\s)(?:conduct|perform)\w*\s+immigration\s+"
    r"investigations\b|"
    # "authorized to conduct some “immigration officer functions”"
    r"immigration\s+officer\s+(?:functions|duties|powers)|"
    # "ICE is paying for the deputies’ board and expenses associated with training"
    r"pa(?:y|ys|id|ying)\s+for\s+(?:the\s+)?(?:deputies|officers|jailers)['’]?\s+(?:\S+\s+){0,6}?training|"
    r"(?:functions|duties)\s+(?:of|as)\s+(?:an?\s+)?(?:federal\s+)?(?:ICE|immigration)\s+(?:officers?|agents?|"
    r"employees)|"
    r"(?:serv|act)\w*\s+as\s+(?:an?\s+)?(?:(?:ICE|federal|immigration)\s+){1,2}(?:agents?|officers?)|"
    r"(?:serv|act)\w*\s+as\s+agents\s+of\s+(?:the\s+)?(?:federal\s+)?(?:ICE|immigration)|"
    # "force local agencies to have trained ICE representatives on their staff to do the
    # government’s immigration work", "deputies wouldn’t be expected to take on the immigration
    # enforcement responsibility themselves"
    r"trained\s+(?-i:ICE)\s+(?:representatives|officers|agents)\s+on\s+(?:their|its|the)\s+staff|"
    r"\bdo\s+(?:the\s+)?(?:government['’]s|federal\s+government['’]s|(?-i:ICE)['’]s)\s+immigration\s+work|"
    r"take\s+on\s+(?:the\s+)?immigration\s+enforcement\s+(?:responsibilit\w+|duties|role|work)|"
    # "let corrections officers access ICE databases", "give their employees training and access
    # to federal databases of illegal immigrants"
    r"(?:officers|deputies|jailers|employees|staff)\s+(?:\S+\s+){0,3}?access\s+(?:to\s+)?(?:ICE|federal|"
    r"immigration)\s+(?:\S+\s+){0,5}?databases?\b|"
    # "the power to make arrests for suspected violations of federal immigration laws"
    r"arrests?\s+for\s+(?:suspected\s+)?violations\s+of\s+(?:federal\s+)?immigration\s+laws?|"
    # "now they will be able to make arrests on ICE charges"
    r"arrests?\s+on\s+(?:civil\s+)?(?:ICE|immigration)\s+(?:charges|violations|warrants|detainers)|"
    # "to establish ICE trained personnel in our local station"
    r"(?-i:\bICE)[- ]trained\s+(?:personnel|officers|deputies|jailers|staff)\b|"
    # "local officers who have trained with ICE are able to check fingerprints"
    r"(?:officers|deputies|jailers)\s+who\s+(?:have\s+)?(?:been\s+)?trained\s+(?:with|by)\s+(?-i:ICE)\b|"
    # "Sheriff Michael Poulin and one his deputies could become ICE agents"
    r"becom\w*\s+(?:de\s+facto\s+)?(?:ICE|immigration|federal\s+immigration)\s+(?:agents|officers)|"
    + _287G_JAIL_WORK
)
_W = r"(?:\S+\s+)"  # a word in a window, punctuation and all ("U.S.")
# police agencies entering agreements with ICE are deputized, they rent no beds: "mandating all
# local law enforcement agencies apply to enter agreements with … (ICE)"
_AGENCIES_ENTER = r"law\s+enforcement\s+agencies\s+(?:\S+\s+){0,4}?(?:apply|enter|sign)"
# a program joined, the 287(g) kind: "signed an agreement in 2016 with the US Department of
# Homeland Security to take part in this program"
_PROGRAM_JOINED = r"\bto\s+(?:take\s+part|participate)\s+in\s+(?:this|the|its|that)\s+program\b"


# ICE's own detention centers, run for it under service contracts, which no county contract runs:
# "ALIENS HOUSED BY ICE AT THE BUFFALO FEDERAL DETENTION FACILITY (BFDF)", "THE EL PASO SERVICE
# PROCESSING CENTER"
_ICE_OWN_CENTERS = (
    r"service\s+processing\s+cent(?:er|re)|federal\s+detention\s+facilit|\bSPC\b|(?-i:\bBFDF\b)"
)
# the armed forces' IGSA, a base's services bought from its town: "an Intergovernmental Support
# Agreement (“IGSA”) between the City of El Paso and the United States to provide public
# transportation services … to Fort Bliss"
_SUPPORT_AGREEMENT = r"inter-?\s?governmental\s+support\s+agreements?"


@dataclass(frozen=True)
class Rule:
    kind: str
    trigger: str
    context: str | None  # must also appear in the passage
    confidence: float
    also: str | None = None  # and this too
    unless: str | None = None  # and this must not
    rides: bool = False  # an ICE detention mention that may ride on a USMS agreement
    # words (lower case) one of which every match of the trigger contains: a page with none of
    # them skips the rule without running its pattern
    needs: tuple[str, ...] = ()


# a partnership with ICE that houses no one is the 287(g) kind: "found Miller’s partnership with
# U.S. Immigration and Customs Enforcement to be unlawful … and ordered him to stop operating
# under it" (a jail's is told by its detainees, beds or housing)
_ICE_PARTNERSHIP = (
    # ("only three Texas departments partnered with ICE in 2016", "agencies … that have agreed to
    # collaborate with federal Immigration and Customs Enforcement")
    # ("a bill that would prohibit municipalities from formally collaborating with ICE")
    # ("mandates that counties with jails formally work with U.S. Immigration and Customs
    # Enforcement")
    r"\b(?:partnership|partnered|(?<=agreed\sto\s)(?:collaborate|partner)|(?<=formally\s)(?:collaborat|cooperat|"
    r"partner|work)\w*)\s+with\s+(?:the\s+)?(?:federal\s+)?"
    r"(?:U\.?\s?S\.?\s+)?(?:(?-i:ICE)\b|immigration\s+and\s+customs)|"
    # ("announced a partnership between ALEA's Motor Carrier Safety Unit and ICE"; not "and ICE’s
    # Homeland Security Investigations division", a customs task force)
    r"\bpartnership\s+between\s+(?:\S+\s+){1,8}?and\s+(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:(?-i:ICE)\b"
    r"(?![’']s\s+(?:Homeland|HSI))|immigration\s+and\s+customs)|"
    # ("SB 8 (2025) - Mandates sheriffs in large counties to collaborate with ICE", "City Council
    # unanimously voted AGAINST ICE partnership proposal")
    r"\b(?:sheriffs?|police|law\s+enforcement|departments?|agencies)\s+(?:\S+\s+){0,5}?to\s+(?:collaborate|"
    r"partner)\s+with\s+(?:the\s+)?(?:federal\s+)?(?:(?-i:ICE)\b|immigration\s+and\s+customs)|"
    r"(?-i:\bICE)\s+partnership\b|"
    # ("… and the Florida Fish and Wildlife Conservation Commission, all signed collaboration
    # agreements with ICE")
    # (not the detainer kind: "a new collaboration agreement with ICE called Basic Ordering
    # Agreements (BOAs)")
    r"\b(?:collaboration|cooperation)\s+agreements?\s+with\s+(?:the\s+)?(?:U\.?\s?S\.?\s+)?"
    r"(?:(?-i:ICE)\b|immigration\s+and\s+customs)(?![^.]{0,40}(?:Basic\s+Ordering|(?-i:\bBOAs?\b)))"
)
# an agreement by its purpose: "Allowed local law enforcement to sign MOUs with DHS to enforce
# immigration law"
_AGREEMENT_TO_ENFORCE = (
    r"\b(?:MOUs?|MOAs?|memorand\w+|agreements?)\s+with\s+(?:the\s+)?(?:(?-i:DHS|ICE)\b|homeland\s+security|"
    r"immigration\s+and\s+customs)\s+(?:\S+\s+){0,4}?to\s+enforce\s+(?:federal\s+)?immigration\s+laws?\b"
)
_MODELS_TOGETHER = (
    r"(?-i:\b(?:Task\s+Force|TFM|JEM|Jail\s+Enforcement)\s*(?:\+|&)\s*WSO\b|"
    r"\bWSO\s*(?:\+|&)\s*(?:Task\s+Force|TFM|JEM|Jail\s+Enforcement)\b)"
)
_PARTNERSHIP_HOUSES = (
    r"\bdetainees|\bbeds?\b|\bhous\w*|per\s+diem|\bjail\s+space|\btask\s+force|\bdata\b|database|"
    r"\bshar\w+|\bcameras?\b|\bplates?\b"
)


def _refused(verbs: str, gap: int) -> str:
    """A pattern for ``verbs`` negated or forbidden up to ``gap`` words before: "officers may not
    question people about their immigration status", "prohibits police from enforcing …"."""
    return (
        r"(?:\bnot|\bnever|n['’]t|prohibit\w*|\bbar\w*|forbid\w*|\bban\w*)\s+"
        rf"(?:\S+\s+){{0,{gap}}}?{verbs}"
    )


# the Task Force Model by its initials with its agreement: both kinds
_TFM_AGREEMENT = r"(?-i:\bTFM\b)\s+(?:agreements?|MOAs?|programs?)\b"
# whom a housing agreement holds, not a detainer policy: "agreements with a federal immigration
# agency for temporarily housing persons who are the subject of immigration detainers"
_HOUSED_SUBJECT = (
    r"hous\w*\s+(?:\S+\s+){0,4}?(?:the\s+)?subjects?\s+(?:of|to)\s+(?:\S+\s+){0,2}?detainers\b"
)

# ICE's requests refused: "can ignore certain requests from federal immigration agents", "ordered
# his staff to deny requests by U.S. Immigration and Customs Enforcement agents to turn over
# immigrant inmates"
_REQUESTS_REFUSED = (
    r"(?:ignor|disregard|den(?:y|ies|ied|ying)\b|reject|refus|declin)\w*\s+(?:\S+\s+){0,2}?requests?\s+"
    r"(?:from|by)\s+(?:the\s+)?(?:U\.?S\.?\s+|united\s+states\s+|federal\s+)?(?:(?-i:ICE)\b|immigration)"
)

# no bed contract: a federal reimbursement program (SCAAP) described, or a detainer policy ("ordered
# his jail to honor all requests by … (ICE) agents to detain undocumented immigrants")
# a jail's word that it holds no one for ICE is about holds: "We don't hold people for ICE and we
# don't do work for ICE"
_NO_HOLD_FOR_ICE = (
    r"\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not|never)\s+hold\s+"
    r"(?:\S+\s+){0,2}?for\s+(?-i:ICE)\b"
)
_NOT_BEDS = (
    r"program\s+that\s+(?:reimburses|helps|pays)|honor\w*\s+(?:\S+\s+){0,5}requests?|"
    + _REQUESTS_REFUSED
    + "|"
    # ("SCAAP … is a federal grant program under the Department of Homeland Security that is
    # designed to reimburse local law enforcement agencies for the housing …")
    r"(?-i:\bSCAAP\b)|state\s+criminal\s+alien\s+assistance|"
    # ICE's own hold rooms: "the George H. Fallon Federal Building that houses ICE detainees"
    r"\bfederal\s+building\b|"
    # ICE let into the jail and at its inmates: "no ICE access to the jail or its immigrant inmates"
    r"\baccess\s+to\s+(?:the\s+|its\s+|their\s+)?jails?\s+(?:or|and)\s+(?:its|their)\b|"
    + _NO_HOLD_FOR_ICE
)

_DETENTION_WORDS = (
    r"(?<!international )\bagreement|\bcontract|per\s+diem|day\s+rate|\bbeds?\b|revenue|\bjail|"
    r"per\s+(?:day|detainee|inmate|person)|a\s+day|facilit|\bpay|reimburs|correctional|\bprisons?\b|"
    r"\binmates\b|\bdetainees\b|house|"
    # ("ICE … prisoners will soon be returning to the Jefferson County Justice Center")
    r"housing|held|hold|justice\s+center|detention\s+center|"
    # ("a proposed supplemental appropriation tied to … (ICE) detainee costs")
    r"detainee\s+costs?\b"
)

# whitespace within a paragraph: spaces and at most one line break
_ONE_LINE = r"(?:[ \t]+\n?|\n)[ \t]*"

# the federal government paying for a jail's federal inmates, the agency unnamed
_FEDERAL_PAY_FOR_INMATES = (
    r"federal\s+government\s+for\s+(?:hous|hold|board)\w*\s+(?:its\s+|their\s+|federal\s+)?"
    r"(?:inmates|prisoners)\b"
)

# the words of ICE's own contract awards: a task order, an area of responsibility ("SAN DIEGO
# AOR"), a contract detention facility ("HOUSTON CDF")
_FEDERAL_ORDER = (
    r"\btask\s+order\b|(?-i:\bAOR\b)|area\s+of\s+responsibility|(?-i:\bCDF\b)|"
    r"contract\s+detention\s+facilit"
)
# ICE's own centers (_ICE_OWN_CENTERS) and the Marshals' orders, which are not ICE's
_OWN_CENTER = _ICE_OWN_CENTERS + r"|(?-i:\b(?:PIDC|USMS)\b)|\bmarshals?\b"
# ICE's award text names its contract detention by the pair of services, with no agency and no
# order word: "BROWARD COUNTY, FL DETENTION AND TRANSPORTATION SERVICES", "DETENTION,
# TRANSPORTATION, AND MEDICAL SERVICES FOR DENVER (AURORA) CONTRACT DETENTION FACILITY"
_DETAINEE_BED_DAYS = r"\bdetainee\s+bed[- ]?days\b"
# a jail's beds by ICE's count ("a contractual capacity of only 19") and a jail's "federal detention
# contracts": one pattern for the rule and for the screen that lets its pages through
_CONTRACTUAL_BEDS = (
    r"\bcontractual\s+(?:capacity|ceiling|max(?:imum)?|limit)\b|"
    r"\bfederal\s+detention\s+contracts?\b"
)
_DETENTION_PAIR = (
    r"\bdetention,?\s+(?:and\s+)?transportation(?:,?\s+(?:and\s+)?medical)?\s+services\b"
)
# (not a juvenile hall's or a military camp's: "… AT THE CAMP EAST MONTANA TEMPORARY DETENTION
# CENTER")
_NOT_CONTRACT_DETENTION = _OWN_CENTER + r"|juvenile|\byouth\b|probation|\bcamp\b"

RULES: tuple[Rule, ...] = (
    # the section as codified, too: 8 U.S.C. § 1357(g)
    Rule(
        "287g",
        # (printed "287[ g]" too)
        r"\b287\s*[(\[]\s*[g9]\s*[)\]]|\b287\s*-?\s*g\b|section\s+287\s*\(?[g9]|\b1357\s*\(\s*g\s*\)",
        None,
        0.95,
        # ("Dodge County does not have a 287(g) agreement with ICE but … has had a contract to hold
        # federal detainees")
        # ("Though the department does not have a formal agreement with ICE, known as a 287(g)")
        unless=r"\b(?:does|do|did)\s+not\s+have\s+(?:a|an|any)\s+(?:formal\s+)?(?:287|agreement\s+with\s+"
        r"(?-i:ICE)\W+(?:\S+\s+){0,3}?287)",
    ),
    Rule(
        "287g",
        _ICE_PARTNERSHIP,
        None,
        0.75,
        unless=_PARTNERSHIP_HOUSES,
        needs=("partner", "collaborat", "cooperat", "formally work"),
    ),
    Rule("287g", _AGREEMENT_TO_ENFORCE, None, 0.75, needs=("enforce",)),
    # "Those deals allow state and local police to administer federal immigration laws"
    Rule(
        "287g",
        r"\b(?:police|officers|deputies|law\s+enforcement|troopers|agents)\s+(?:\S+\s+){0,2}?to\s+(?:administer|"
        r"enforce)\s+(?:federal\s+)?immigration\s+laws?\b",
        None,
        0.75,
        also=r"\b(?:allow|authoriz|let|permit|enabl)\w*|\bdeals?\b|agreements?|\b287",
        unless=_refused(r"(?:enforc|administer)", 6),
        needs=("immigration law",),
    ),
    # sheriffs that agreed to help ICE: "sheriffs from Garrett, Allegany and Washington counties
    # agreed to assist ICE"
    Rule(
        "287g",
        r"\b(?:sheriffs?|deputies|police|officers)\s+(?:\S+\s+){0,8}?agreed\s+to\s+(?:assist|help|work\s+with)\s+"
        r"(?-i:ICE)\b(?!\s+(?:by|with|in)\s+hous)",
        None,
        0.75,
        unless=_DETAINER_HOLD + r"|\bdetainees\b|\bbeds?\b",
        needs=("agreed",),
    ),
    # "to enter into agreements with federal immigration authorities to assist with enforcement
    # of immigration laws"
    Rule(
        "287g",
        rf"agreements?\s+with\s+(?:the\s+)?(?:(?:federal\s+)?immigration\s+(?:authorities|officials|agencies)|"
        rf"{_ICE})\s+to\s+(?:assist|help)\s+(?:with|in)\s+(?:the\s+)?(?:enforcement\s+of|enforcing)\s+"
        r"(?:federal\s+)?immigration\s+laws?",
        None,
        0.8,
        needs=("assist", "help"),
    ),
    # a statute's list of the agreements it means: "“IMMIGRATION ENFORCEMENT AGREEMENT” INCLUDES AN
    # AGREEMENT MADE IN ACCORDANCE WITH: … (II) 8 U.S.C. § 1357"
    Rule(
        "287g",
        r"\b8\s+U\.?\s?S\.?\s?C\.?\s*(?:§+|sec(?:tion|\.)?)?\s*1357\b(?!\s*\(\s*[a-fh-z]\s*\))",
        r"immigration\s+enforcement\s+agreements?|agreements?\s+(?:made\s+|entered\s+)?(?:in\s+accordance\s+"
        r"with|under|pursuant\s+to)",
        0.8,
        needs=("1357",),
    ),
    # what a 287(g) officer does, in a reporter's words: "agreed to help federal immigration agents
    # identify people to deport", "to help federal immigration officials find and arrest people in
    # the country without authorization", "the ability to interrogate people about their
    # citizenship status … and arrest those suspected of being in the country without
    # authorization", "The use of county attorney staff as ICE agents"
    Rule(
        "287g",
        r"\bhelp\w*\s+(?:federal\s+)?immigration\s+(?:agents|officials|officers|authorities)\s+(?:to\s+)?"
        r"(?:identify|find|locate|arrest)\s+(?:\S+\s+){0,3}?(?:people|immigrants|individuals)\s+"
        r"(?:to\s+deport|(?:who\s+are\s+)?in\s+the\s+country\s+without\s+authorization)|"
        r"\b(?:question|interrogate)\s+(?:\S+\s+){0,4}?(?:citizenship|immigration)\s+status\b"
        r"(?=[\s\S]{0,160}?\barrest)|"
        rf"\b(?:staff|officers|deputies|personnel|employees|investigators)\s+as\s+(?:{_ICE}|immigration)\s+"
        r"agents\b",
        None,
        0.75,
        # (not a policy against it: "officers may not question people about their immigration
        # status")
        unless=_refused(r"(?:question|interrogat|ask|inquir)", 3),
        needs=("help", "question", "interrogat", "agents"),
    ),
    Rule(
        "287g",
        r"warrant[- ]servic\w*\s+officers?|jail[\s-]+enforcement[\"”’']?\s+officers?|"
        r"warrant[- ]service[\"”’']?\s+(?:office\s+)?program|"
        # the model by its initials ("WSO program"), where the passage speaks of immigration
        r"(?-i:\bWSO)\s+(?:program|agreement|model|officers?|count(?:y|ies))\b|"
        # ("the 287(g) program with an operational-force model")
        r"(?:task|operational)[\s-]force[\"”’']?\s+model",
        # ("The warrant service office program allows local law enforcement to serve warrants to
        # undocumented residents in jails")
        _IMMIGRATION + "|287|immigration|undocumented",
        0.9,
    ),
    # its officers counted where deputies are: "27 deputies — 10 as warrant service officers and 17
    # as task force officers — have completed the necessary training"
    Rule(
        "287g",
        r"\bas\s+(?:designated\s+)?warrant[- ]service\s+officers\b",
        r"\bdeput|sheriff|\bjail",
        0.85,
        needs=("warrant",),
    ),
    # the jail model is 287(g)'s alone: "three South Carolina counties … that initially signed
    # agreements under the so-called “jail enforcement model”"
    Rule("287g", r"jail[\s-]+enforcement[\"”’']?\s+model", None, 0.85, needs=("model",)),
    # the model by its short name: "A jail model allows local authorities to process illegal
    # immigrants who are in their custody"
    Rule(
        "287g",
        r"\bjail\s+model\b",
        r"immigra|(?-i:\bICE\b)|287|\baliens?\b",
        0.75,
        needs=("model",),
    ),
    # local officers that act as immigration agents name the program by themselves: "sheriffs or
    # police chiefs have agreed to train some of their officers to act as immigration agents in the
    # streets", "a program that allows Galveston County deputies to act as immigration enforcement
    # agents"
    Rule(
        "287g",
        r"\b(?:officers|deputies|police|jailers|cops)\s+(?:\S+\s+){0,2}?act\s+as\s+(?:federal\s+)?"
        r"(?:deportation|immigration)\s+(?:enforcement\s+)?(?:agents|officers)\b",
        None,
        0.8,
        also=r"agree\w*|partnership|\bMOA\b|\bMOU\b|memorandum|program|contract|\bsign\w*|\btrain\w*|"
        r"\bvot(?:e|ed|es|ing)\b",
        unless=r"\b(?:not|never|n['’]t|refus\w*)\s+(?:\S+\s+){0,4}?act\s+as\b",
        needs=("act as",),
    ),
    # "the program that authorizes local officers to serve administrative warrants, known as the
    # “warrant service” model"
    # ("Douglas County Sheriff: Warrant service officer model, signed February 2025"; "Active
    # warrant service officer, pending task force model": two of 287(g)'s models)
    Rule(
        "287g",
        r"warrant[- ]service(?:\s+officers?)?[\"”’']?\s+model|"
        r"warrant[- ]service\s+officers?\W+(?:\S+\s+){0,3}?(?:task[\s-]force|jail[\s-]+enforcement)"
        r"\s+model",
        None,
        0.85,
        also=r"administrative\s+warrants?|sheriff|\bjails?\b|deput|task[\s-]force\s+model|jail[\s-]+enforcement",
        needs=("model",),
    ),
    Rule(
        "287g",
        _287G_FUNCTIONS,
        # ("the powers to detain, interrogate and initiate deportation proceedings against
        # suspected undocumented immigrants"; "the agreements enabled local law enforcement to
        # arrest nearly 25,000 immigrants")
        _IMMIGRATION
        + r"|287|immigration|deportation\s+proceedings|(?:illegal|undocumented)\s+aliens|"
        r"\bagreements?\s+(?:\S+\s+){0,2}?(?:allow|enabl|let|permit|authoriz)\w*\s+(?:local\s+)?"
        r"(?:law\s+enforcement|police|sheriffs?|deputies|officers)\b",
        0.8,
        # ("the Fort Myers City Council … voted to allow local police to act as federal
        # immigration agents")
        also=r"agreement|partnership|\bMOA\b|\bMOU\b|memorandum|program|\bdeals?\b|\bpacts?\b|contract|accords?|"
        r"arrangement|authori[tz]|\bICE\b|immigration\s+and\s+customs|immigration\s+status|\bvot(?:e|ed|es|ing)\b|"
        # "Deputies … will soon be able to serve and execute civil immigration warrants at the Al
        # Cannon Detention Center"
        r"\bdeputies\b|detention\s+center|"
        # "The policy also allowed local officers to serve arrest warrants for immigration …"
        r"\ballow\w*\s+(?:\S+\s+){0,3}?(?:officers|deputies|police)\s+to\b|"
        # "seeking to deputize their campus police specifically for immigration enforcement"
        # ("participate in deputizing staff for federal immigration law enforcement")
        r"\bdeputiz\w+\s+(?:their\s+|its\s+)?(?:\S+\s+)?(?:police|officers|staff|personnel|law\s+enforcement)\b|"
        # ("can’t afford to have any of her personnel deputized as immigration officers")
        r"\bdeputiz\w+\s+as\s+(?:federal\s+)?immigration\s+(?:officers|agents|officials)\b",
        # ("help ICE to locate and arrest immigrants": ICE's arrests)
        unless=r"\bnot\s+(?:to\s+)?(?:enforce|assist|participate|cooperate)|"
        # ("A State Police policy that restricts the agency’s ability to enforce federal immigration
        # law")
        r"\brestrict\w*\s+(?:\S+\s+){0,3}?(?:ability|authority|power)\s+to\s+enforce\b|"
        # ("Agency policy prevents troopers from asking a person about their immigration status and
        # from enforcing immigration laws")
        r"\bpolicy\s+prevents\s+(?:\S+\s+){0,12}?from\s+enforcing\s+(?:federal\s+)?immigration\s+laws?\b|"
        # ("prohibits city employees from using city funds and resources to assist … (ICE) in
        # enforcing federal immigration laws", "prohibits the use of County owned property,
        # resources, and personnel for civil immigration enforcement activities": a ban on helping)
        r"\b(?:prohibit|bar|forbid|ban|prevent|restrict)\w*\s+(?:\S+\s+){0,10}?(?:(?:resources|funds)\s+"
        r"(?:\S+\s+){0,2}?to\s+(?:assist|help|aid)\b|for\s+(?:civil\s+)?immigration\s+enforcement\b)|"
        r"\b(?:help|assist)\w*\s+(?-i:ICE)\s+to\s+(?:\S+\s+){0,3}?arrest|"
        # ("An ICE detainer gives the agency time to investigate the immigration status": ICE's)
        r"\b(?:the\s+agency|(?-i:ICE))\s+(?:\S+\s+){0,2}?time\s+to\s+investigate|"
        # ICE's own jail program: "the Criminal Alien Program (CAP) supports ICE Enforcement and
        # Removal Operations … through the arrest and removal of undocumented immigrants"
        r"criminal\s+alien\s+program(?!\s+\(?287)|"
        # ICE's own agents questioning inmates are ICE in the jail: "ICE agents are often permitted
        # to go through the jail to interview inmates about their immigration status"
        r"(?-i:\bICE)\s+(?:agents|officers)\s+(?:\S+\s+){0,10}?(?:interview|question)\w*\s+(?:people|persons|"
        r"individuals|inmates|arrestees|detainees)\b",
    ),
    Rule("287g", r"certain\s+\S+\s+\S+\s+functions", _IMMIGRATION + r"|immigra", 0.8),
    # the jail model's own title: "several Floyd County deputies have been trained as Designated
    # Immigration Officers"
    Rule(
        "287g",
        r"\bdesignated\s+immigration\s+officers?\b",
        None,
        0.8,
        also=r"deput|sheriff|\bjails?\b|train|officers",
        needs=("designated",),
    ),
    # an MOA's intent clause: "these delegated authorities will enable the VCSO to identify and
    # process for removal, under ICE supervision, aliens in VCSO jail/correctional facilities"
    Rule(
        "287g",
        r"delegated\s*authorit(?:y|ies)\s+(?:\S+\s+){0,3}?enable\s+(?:\S+\s+){1,4}?to\s+identify\s+and\s+process\b",
        r"immigra|aliens|(?-i:\bICE\b)",
        0.8,
        needs=("delegated",),
    ),
    # the Warrant Service Officer's work unnamed: "sheriffs’ deputies with special training can
    # process immigration “detainers” issued by federal authorities"
    Rule(
        "287g",
        r"(?:deputies|officers|jailers|personnel)\s+(?:\S+\s+){0,2}?(?:special\s+|specialized\s+)?"
        r"training\s+(?:can|may|will|would)\s+(?:\S+\s+){0,2}?(?:process|serve|execute)\s+(?:\S+\s+){0,2}?"
        r"[\"“]?(?:detainers|warrants)|\btrained\s+(?:deputies|officers|jailers)\s+(?:\S+\s+){0,3}?(?:process|"
        r"serve|execute)\s+(?:\S+\s+){0,2}?(?:detainers|warrants)",
        _IMMIGRATION + r"|immigra",
        0.75,
        needs=("train",),
    ),
    # the agreement as a state law names it: "before a sheriff “may enter into a written agreement”
    # with ICE “concerning the enforcement of federal immigration laws”"; the program by its
    # power: "the federal program, which empowers local authorities to initiate federal
    # immigration enforcement"
    Rule(
        "287g",
        r"(?:agreements?|MOAs?|MOUs?)[\"”’']?\s+(?:\S+\s+){0,6}?[\"“]?(?:concerning|regarding)\s+the\s+enforcement\s+of\s+"
        r"(?:federal\s+|civil\s+)*immigration\s+laws?|\bempower\w*\s+local\s+(?:authorities|police|officers|"
        r"law\s+enforcement|deputies)\s+to\s+(?:initiate|enforce|perform|carry\s+out)\s+(?:\S+\s+){0,2}?immigration",
        None,
        0.75,
        needs=("concerning", "regarding", "empower"),
    ),
    # the program's training by ICE: "select officers will also receive 40-hour training provided
    # by ICE", "Knudsen said ICE will cover the cost of training"
    Rule(
        "287g",
        r"(?:officers|deputies|troopers|jailers|agents)\s+(?:\S+\s+){0,4}?(?:receive|complete|undergo|attend)\w*\s+"
        r"(?:\S+\s+){0,3}?training\s+(?:provided\s+by|from)\s+(?-i:ICE)\b|(?-i:\bICE)\s+(?:will\s+|would\s+)?"
        r"(?:cover|pay)\w*\s+(?:for\s+)?the\s+costs?\s+of\s+(?:the\s+)?training\b",
        None,
        0.75,
        unless=_HSI + "|" + _OTHER_TASK_FORCES,
        needs=("training",),
    ),
    # a letter of intent to join: "he had signed a letter of ‘intent to participate with ICE’"
    Rule(
        "287g",
        r"intent\s+to\s+participate\s+(?:with|in)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:(?-i:ICE)\b|287)",
        None,
        0.8,
        needs=("intent",),
    ),
    # a sheriff's letter asking to join: "This program will allow us to enter into a Memorandum of
    # Understanding that will enable us to participate with ICE in identifying criminal illegal
    # aliens", its plan to "Train (10) Detention Deputies … who have passed a security background
    # acceptable to ICE"
    Rule(
        "287g",
        rf"(?:participat|partner|work)\w*\s+with\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})\s+(?:\(ICE\)\s+)?in\s+"
        r"identifying\s+(?:\S+\s+){0,2}?aliens\b",
        None,
        0.75,
        also=r"memorandum|\bMOU\b|\bMOA\b|delegation|287",
        needs=("identif",),
    ),
    Rule(
        "287g",
        r"background\s+(?:check\s+|investigation\s+)?acceptable\s+to\s+(?-i:ICE)\b",
        None,
        0.75,
        also=r"\btrain|deput|officers|troopers",
        needs=("acceptable",),
    ),
    # the Task Force Model by its agreement: "the first agency in Idaho to have this kind of task
    # force agreement with ICE"
    Rule(
        "287g",
        r"task[\s-]?force[\"”’']?\s+agreements?\s+with\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:(?-i:ICE)|"
        r"immigration\s+and\s+customs)",
        None,
        0.85,
        unless=_HSI + "|" + _OTHER_TASK_FORCES,
        needs=("task",),
    ),
    # the (g) dropped: "entered into a 287 agreement with ICE", "The 287 program trains local
    # officers as ICE agents", "287 training has now been reduced … at the Federal Law Enforcement
    # Training Center", "The newly-signed 287 agreements form consensual partnerships between the
    # federal government and local law enforcement agencies"
    Rule(
        "287g",
        r"\b287\s+(?:agreements?|programs?|partnerships?|MOAs?|training)\b",
        _IMMIGRATION + r"|immigra|law\s+enforcement|sheriff|police|deput|federal\s+government",
        0.85,
        needs=("287",),
    ),
    # police made part of deportation: "requiring the police department to partner with the
    # federal government to help deport illegal immigrants", "would have given officers a more
    # active role in deporting illegal immigrants"
    Rule(
        "287g",
        r"(?:partner\w*|cooperat\w*|work\w*)\s+with\s+(?:the\s+)?federal\s+(?:government|authorities|"
        r"officials)\s+to\s+(?:help\s+)?deport\b|"
        # "require the county sheriff departments … to collaborate with the federal government on
        # immigration enforcement"
        r"(?:partner\w*|cooperat\w*|collaborat\w*|work\w*)\s+with\s+(?:the\s+)?federal\s+(?:government|"
        r"authorities|officials)\s+on\s+immigration\s+enforcement\b|"
        # "their campus police will work together with Immigration and Customs Enforcement (ICE) to
        # assist the Department of Homeland Security (DHS) on removing illegal immigrants"
        rf"(?:partner\w*|cooperat\w*|work\w*)\s+(?:together\s+)?with\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})\s+"
        r"(?:\(ICE\)\s+)?(?:\S+\s+){0,10}?(?:remov|deport)\w*\s+(?:\S+\s+)?(?:immigrants|aliens|noncitizens)|\brole\s+in\s+deport\w*\s+(?:illegal|undocumented)\s+"
        r"immigrants|"
        # "agreements aimed at helping federal immigration authorities identify and deport"
        r"help\w*\s+(?:the\s+)?federal\s+immigration\s+(?:authorities|officials|agents)\s+(?:identify\s+and\s+)?deport",
        None,
        0.75,
        also=r"\bpolice\b|officers|deputies|sheriff",
        needs=("deport", "remov", "enforcement"),
    ),
    # the program unnamed: "a controversial immigration enforcement program in Collier County
    # … the federal government extended its agreement with the Sheriff's Office"
    Rule(
        "287g",
        # ("the sheriff having entered into an immigration law enforcement agreement")
        r"immigration\s+(?:law\s+)?(?:enforcement|policing)\s+(?:program|partnership|deal|agreement|pact|powers?|"
        r"authority)s?\b",
        None,
        0.75,
        also=r"agreement\s+(?:with|between)\s+(?:the\s+)?(?:\S+\s+){0,2}(?:sheriff|police)|\bMOA\b|deputi|"
        r"\bsheriff|\bpolice\b|corrections|\bjail|"
        # a state's: "Montana Attorney General Austin Knudsen today announced an immigration
        # enforcement agreement with … Department of Homeland Security"
        r"\btroopers\b|highway\s+patrol|state\s+police|attorney\s+general|"
        # "a program that trains state and local law enforcement to perform some immigration
        # enforcement tasks"
        r"train\w*\s+(?:state\s+and\s+local\s+|local\s+)?(?:law\s+enforcement|police|officers|deputies)",
        unless=r"detainees|\bbeds?\b|per\s+diem|hous\w+|\bdata\b|fingerprint|secure\s+communities",
    ),
    # "The contracts between Utah law enforcement agencies and the federal government generally
    # expand the powers of some local police and jail officers and allow them to … arrest people
    # they think are staying … without proper documents"
    Rule(
        "287g",
        r"(?:expand|grant|giv|confer|extend)\w*\s+(?:\S+\s+){0,3}?powers\s+of\s+(?:\S+\s+){0,4}?(?:police|"
        r"officers|deputies|jailers)\b",
        None,
        0.75,
        also=r"immigra|undocumented|deport|without\s+(?:proper\s+|legal\s+)?(?:documents|status|papers|"
        r"permission)",
        unless=r"detainees|\bbeds?\b|per\s+diem",
        needs=("powers",),
    ),
    # police given ICE's powers: "agreements with the federal government authorizing campus police
    # to question and detain undocumented immigrants", "Trained officers at university police
    # departments will have the authority to stop, interrogate, and arrest illegal aliens"
    Rule(
        "287g",
        r"authoriz\w*\s+(?:\S+\s+){0,2}?(?:police|officers|deputies)\s+to\s+(?:question|interrogate|stop|arrest)\b|"
        # "will authorize Montana Highway Patrol (MHP) troopers and Division of Criminal
        # Investigation (DCI) agents to arrest illegal aliens"
        r"authoriz\w*\s+(?:\S+\s+){0,12}?(?:troopers|agents|officers|deputies)\s+to\s+arrest\s+(?:illegal\s+|"
        r"undocumented\s+)?(?:aliens|immigrants)\b|"
        r"authority\s+to\s+(?:\S+\s+){0,3}?(?:interrogat|arrest|question)\w*,?\s+(?:\S+\s+){0,3}?(?:illegal\s+|"
        r"undocumented\s+)?(?:aliens|immigrants|noncitizens)\b",
        None,
        0.75,
        also=r"\bpolice\b|officers|deputies|sheriff|troopers",
        unless=r"\bnot\s+(?:to\s+)?(?:enforce|assist|participate|cooperate)|" + _OTHER_TASK_FORCES,
        needs=("authori",),
    ),
    # campus police and ICE: "at least 10 have signed deals with ICE: Florida A&M University, …"
    Rule(
        "287g",
        rf"(?:{_AGREEMENT}|\bdeals?\b)\s+(?:\S+\s+){{0,2}}?with\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})",
        None,
        0.75,
        also=r"\bcampus\b|\buniversit(?:y|ies)\b",
        unless=r"detainees|\bbeds?\b|\bjail|hous\w*\s+(?:\S+\s+){0,4}(?:inmates|prisoners)|" + _HSI,
    ),
    # "entered into agreements with federal authorities that will lead to … immigration
    # enforcement"
    Rule(
        "287g",
        rf"{_AGREEMENT}\s+(?:with|between)\s+(?:the\s+)?(?:\S+\s+){{0,3}}federal\s+(?:authorities|"
        r"officials|government|agencies)\s+(?:\S+\s+){0,8}immigration\s+(?:enforcement|authority|"
        r"powers|officers?)",
        None,
        0.75,
        unless=r"hous\w*\s+" + _W + r"{0,6}(?:detainees|prisoners|inmates)|\bbeds?\b|per\s+diem|"
        r"\bdata\b|database",
    ),
    # 287(g)'s models by their capitalized names or initials: "signed JEM MOA Dec 2, 2025",
    # "became the first in Tennessee to opt into the Task Force Model"; its training ("Selected
    # BCSO deputies received ICE training under the program"), and its agreements by their
    # purpose: "40 state and local agencies in Arkansas now have ICE cooperation agreements"
    Rule(
        "287g",
        r"(?-i:Warrant\s+Service\s+Officer)|"
        + _MODEL_NAMES
        + "|"
        + _JEM_AGREEMENT
        + r"|\b(?:receiv\w*|hours\s+of)\s+(?-i:ICE)\s+training\b",
        None,
        0.85,
    ),
    # (not a jail's: "calling for the county to terminate its ICE cooperation agreement. The jail
    # holds 113 ICE detainees")
    Rule(
        "287g",
        r"(?-i:\bICE)\s+cooperation\s+agreements?\b",
        None,
        0.75,
        unless=_PARTNERSHIP_HOUSES + r"|\bjails?\b|/day|per\s+day",
        needs=("cooperation",),
    ),
    Rule("task_force", r"(?-i:Task\s+Force\s+[Mm]odel)", None, 0.85, needs=("model",)),
    # the jail model by its initials alone where the passage speaks of jail or arrests: "781
    # detainees processed through in 2025; 203 arrested directly through JEM"
    Rule(
        "287g",
        r"(?-i:\bJEM\b)",
        r"\barrest|\bdetain|\bjails?\b|\bbook(?:ed|ing)\b",
        0.75,
        needs=("jem",),
    ),
    # the task force model's officers beside the jail model's in an agreement: "Up to six (6) LEA
    # personnel may be designated as Task ForceOfficers (TFO) and up to two (2) LEA personnel may be
    # designated as Jail Enforcement Officers(JEO)"
    Rule(
        "task_force",
        r"(?-i:Task\s*Force\s*Officers?\s*\(TFOs?\))",
        r"(?-i:\bJEOs?\b)|\b287|immigration",
        0.85,
        needs=("officer",),
    ),
    # "287(g) Task Force MOA: Signed March 24, 2025", "statewide 287(g) Task Force agreement"
    # ("May 2025: Wheeler County becomes first task force 287(g) in Nebraska")
    Rule(
        "task_force",
        r"\b287\s*\(\s*g\s*\)\s+(?-i:Task\s+Force)\b|\btask[- ]force\s+287\s*\(\s*g\s*\)",
        None,
        0.85,
        needs=("287",),
    ),
    # ICE choosing its partners: "four agencies that have been approved by ICE to enter agreements",
    # "According to ICE, the … Sheriff’s Office … have now signed agreements to participate in this
    # program"
    Rule(
        "287g",
        r"approved\s+by\s+(?-i:ICE)\s+to\s+enter\s+(?:into\s+)?agreements|(?:signed|entered)\s+(?:into\s+)?"
        r"agreements?\s+to\s+participate\s+in\s+(?:this|the|its)\s+program",
        _IMMIGRATION,
        0.75,
        also=r"sheriff|police|constable|law\s+enforcement",
        needs=("approved", "participate"),
    ),
    # "will receive training from ICE to issue administrative warrants for current jail inmates"
    Rule(
        "287g",
        rf"train\w*\s+(?:\S+\s+){{0,3}}?(?:from|by)\s+(?:{_ICE})\s+to\s+(?:issue|serve|execute)\b|"
        r"(?:issue|serve|execute)\w*\s+(?:\S+\s+){0,2}?administrative\s+warrants?|"
        # "The training educates deputies on how to issue a 48-hour ICE hold"
        r"(?:train|educat)\w*\s+(?:\S+\s+){0,3}?(?:deputies|officers|jailers)\s+(?:\S+\s+){0,2}?(?:to|how\s+to)\s+"
        r"issue\s+(?:\S+\s+){0,3}?(?:ICE|immigration)\s+(?:holds?|detainers?)",
        None,
        0.75,
        also=r"\bjail|inmates|deput|sheriff|officers",
        needs=("train", "administrative", "educat"),
    ),
    # the program as Texas law names it: "the federal delegation of authority program"
    Rule(
        "287g",
        r"delegation\s+of\s+(?:\w+\s+)?authority\s+program",
        None,
        0.8,
        needs=("delegation",),
    ),
    Rule(
        "287g",
        # ("the Memorandum of Agreement (MOA) between Fort Myers Police and ICE")
        rf"(?:memorandum\s+of\s+agreement|\bMOA\b)\s+{_W}{{0,5}}(?:with\s+(?:the\s+)?{_W}{{0,3}}|"
        rf"between\s+(?:the\s+)?{_W}{{0,5}})"
        rf"(?:{_IMMIGRATION})|(?:police|public\s+safety)\s+department['’]?s?\s+(?:contract|agreement)\s+"
        rf"(?:with|between)\s+(?:the\s+)?{_W}{{0,3}}(?:{_IMMIGRATION})|"
        # "rescind the agreement between the Fort Myers Police and ICE"
        rf"(?:contract|agreement)\s+between\s+(?:the\s+)?{_W}{{0,3}}police(?:\s+department)?\s+and\s+"
        rf"(?:the\s+)?(?:{_IMMIGRATION})",
        None,
        0.8,
        unless=_HSI
        + r"|hous\w*\s+"
        + _W
        + r"{0,6}(?:detainees|prisoners|inmates)|\bbeds?\b|per\s+diem|"
        + _REIMBURSEMENT_AGREEMENT,
    ),
    Rule(
        "287g",
        r"\bMOA\b|memorandum\s+of\s+agreement|memorandum\s+of\s+understanding\s+(?:\(MOU\)\s+)?with\s+"
        r"(?:U\.?S\.?\s+)?(?:(?-i:ICE)|immigration\s+and\s+customs)",
        r"(?-i:\bICE\b)|immigration\s+and\s+customs",
        0.75,
        # ("If the terms of the current MOA do not change, I would anticipate renewing the
        # agreement with ICE", the sheriff's)
        also=r"warrants?|detainers?|officers?|personnel|deput|enforcement|program|sheriff",
        # ("reimbursement to the county for joint operation expenses from the treasury forfeiture
        # fund": ICE paying for joint operations, a task force agreement)
        unless=r"hous\w*\s+(?:\S+\s+){0,6}(?:detainees|prisoners|inmates)|\bbeds?\b|per\s+diem|"
        r"interconnection|joint\s+operations?|forfeiture\s+fund",
    ),
    # a police agency's agreement with ICE: police do not rent jail beds, they are deputized
    # "Gwinnett County first entered into the U.S. Immigration and Customs Enforcement (ICE)
    # program in 2009"
    Rule(
        "287g",
        # "his interest in filling out an application to implement a federal Immigration and Customs
        # Enforcement program within the county jail"
        r"(?:entered|joined|enroll\w*|participat\w+|implement\w*)\s+(?:in\s+|into\s+)?(?:the\s+|a\s+)?"
        r"(?:federal\s+)?(?:U\.?S\.?\s+)?"
        r"(?:(?-i:ICE)|immigration\s+and\s+customs\s+enforcement)(?:\s*\(ICE\))?(?:['’]s)?\s+program",
        None,
        0.75,
        also=r"sheriff|\bcounty\b|deput|\bjail|police",
        unless=r"secure\s+communities|detention|detainees|\bbeds?\b|per\s+diem|\bdata\b|fingerprint",
        needs=("program",),
    ),
    # "78 law enforcement offices … have formally partnered with ICE through the program"
    Rule(
        "287g",
        rf"partner(?:ed|ing|s)?\s+with\s+(?:the\s+)?{_W}{{0,3}}(?:{_IMMIGRATION})",
        None,
        0.75,
        # ("his office's intent to partner with U.S. Immigration and Customs Enforcement": the
        # sheriff's)
        # ("a post-9/11 program that allows deputies and officers nationwide to partner with ICE")
        also=r"\bpolice\b|public\s+safety\s+department|law\s+enforcement\s+(?:offices?|agenc\w+|departments?)|"
        r"\bsheriff|\bdeputies\b",
        unless=_HSI
        + r"|task[\s-]?force|detention|detainees|\bjail\s+beds|\bbeds?\b|per\s+diem|\bdata\b|"
        r"database|fingerprint|secure\s+communities|basic\s+ordering|(?-i:\bBOAs?\b)",
        needs=("partner",),
    ),
    Rule(
        "287g",
        rf"{_AGREEMENT}\s+{_W}{{0,5}}(?:with|between)\s+(?:the\s+)?{_W}{{0,3}}(?:{_IMMIGRATION})",
        None,
        0.75,
        # ("a bill mandating all local law enforcement agencies apply to enter agreements with
        # federal Immigration and Customs Enforcement")
        # ("a bill banning official agreements between local law enforcement and U.S. Immigration
        # and Customs Enforcement")
        # ("bans cooperative agreements with federal immigration authorities")
        also=r"\bpolice\b|public\s+safety\s+department|\bcooperative\s+agreements?\s+with\b|"
        r"between\s+(?:state\s+and\s+)?local\s+law\s+enforcement|"
        + _PROGRAM_JOINED
        + "|"
        + _AGENCIES_ENTER
        + "|"
        + _287G_WSO_WORK
        + "|"
        + _DEPORTING_WORK,
        # ("Idaho State Police will begin transporting immigrants … under a new agreement with
        # ICE": the transport)
        # (nor a police jail's bed contract: "agreement with … ICE to hold federal immigration
        # detainees in the city’s police department facility")
        unless=_HSI
        + "|"
        + _REIMBURSEMENT_AGREEMENT
        + r"|task[\s-]?force|joint\s+operations?|\bPARS\b|database|\bdata\b|\baccess\b|fingerprint|"
        r"secure\s+communities|transport\w*|"
        r"(?:hous|hold)\w*\s+" + _W + r"{0,6}(?:detainees|prisoners|inmates)|\bbeds?\b|per\s+diem|"
        r"detainees\s+(?:at|in)\s+(?:the\s+)?" + _W + r"{0,4}(?:facility|jail)\b",
    ),
    # ICE's own count of its police partners: "ICE currently holds 135 agreements with various law
    # enforcement agencies across 21 states"
    Rule(
        "287g",
        rf"(?:{_ICE})\s+(?:\S+\s+){{0,3}}?(?:holds?|has|had|signed|inked)\s+(?:\S+\s+){{0,2}}?"
        r"(?:agreements|partnerships|MOAs)\s+with\s+(?:\S+\s+){0,3}?(?:law\s+enforcement\s+agencies|"
        r"police\s+departments|sheriff['’]?s['’]?\s+offices)\b",
        None,
        0.75,
        unless=r"transport\w*|\bbeds?\b|per\s+diem|\bdetainees\b|task[\s-]?force",
    ),
    # the agreement by its generic name: "legislation prohibiting specified government entities
    # from entering into an immigration enforcement agreement"
    Rule(
        "287g",
        r"\bimmigration\s+enforcement\s+agreements?\b",
        None,
        0.75,
        unless=r"task[\s-]?force|\bbeds?\b|detainees|\bhous\w*",
    ),
    # the MOA's own words: "The WCSO and ICE enter into this MOA in good faith"
    Rule(
        "287g",
        # ("ICE enter into this MO A in good faith": the OCR split it)
        rf"(?:{_ICE})\s+(?:\w+\s+){{0,3}}enter\s+into\s+(?:this|the)\s+(?:MO ?A|memorandum\s+of\s+"
        r"agreement)\b",
        None,
        0.8,
    ),
    # ("allows the Oakland Police Department to participate on ICE task forces": HSI's task forces)
    Rule("287g", _ICE_TASK_FORCE, None, 0.8, unless=r"task[\s-]?forces\b|" + _HSI),
    Rule("task_force", _ICE_TASK_FORCE, None, 0.8),
    # a police department's agreement with ICE for its officers' costs, and its MOU with ICE as
    # such: "has voided a reimbursement agreement between police and Immigration and Customs
    # Enforcement", "a Memorandum of Understanding between the Pasadena Police Department and
    # Immigration Customs Enforcement", "The “Memorandum of Understanding” between the Pasadena
    # Police Department and ICE" (287(g) agreements are MOAs, or name the program)
    Rule(
        "task_force",
        _REIMBURSEMENT_AGREEMENT,
        _ICE + "|" + _HSI,
        0.75,
        also=r"\bpolice\b|officers|overtime|joint\s+operations?|law\s+enforcement",
        unless=r"detainees|\bbeds?\b|\bjails?\b|287|border\s+protection|(?-i:\bCBP\b)",
        needs=("reimburs",),
    ),
    Rule(
        "task_force",
        rf"(?:memorandum\s+of\s+understanding|\bMOU\b)\W?\s+(?:\(MOU\)\s+)?between\s+(?:the\s+)?{_W}{{0,4}}?police\s+"
        rf"department\s+and\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})",
        None,
        0.75,
        unless=r"287|deputiz|immigration\s+enforcement\s+functions|detainees|\bbeds?\b|\bjails?\b",
        needs=("memorandum", "mou"),
    ),
    # ICE's money for the officers it works beside: "for the purpose of receiving reimbursable
    # costs incurred in providing resources to joint operations"
    Rule(
        "task_force",
        r"\bjoint\s+operations?\b",
        _ICE + "|" + _HSI,
        0.75,
        also=r"reimburs\w*|overtime",
        needs=("joint",),
    ),
    # an agreement with Homeland Security Investigations puts officers on its task force
    Rule(
        "task_force",
        # ("the new HSTF will be co-led by Homeland Security Investigations (HSI) and the FBI")
        rf"{_AGREEMENT}|\bmemorand(?:um|a)\b|task[\s-]?force|(?-i:\bHSTFs?\b)",
        _HSI,
        0.75,
        unless=r"287|warrant\s+service|jail[\s-]+enforcement|shar\w+|\bdata\b|database|hous\w*\s+"
        + _W
        + r"{0,6}(?:detainees|prisoners|inmates)|\bbeds?\b",
    ),
    Rule(
        "task_force",
        r"task[\s-]?force",
        _ICE,
        0.75,
        # ("joining the task force cracking down on undocumented residents")
        also=r"287|same\s+(?:\w+\s+)?(?:authority|powers?)|deputiz|immigration\s+(?:enforcement|laws?)|"
        r"undocumented|illegal\s+(?:aliens|immigrants)",
        unless=_OTHER_TASK_FORCES,
    ),
    # the cross-designation MOU's own words: "laws related to ICE jurisdiction required close
    # cooperation", "designated as Customs Officers (Excepted)"; and ICE's overtime money for a
    # police department: "accept overtime reimbursement funds from United States Immigration and
    # Customs Enforcement", "accept $18,510.07 from the U.S. Immigration and Customs Enforcement …
    # for the Police Department"
    Rule(
        "task_force",
        rf"laws\s+relat(?:ed|ing)\s+to\s+(?:{_ICE}|{_HSI})(?:['’]s)?\s+jurisdiction|"
        r"customs\s+officers?\s+\(excepted\)|title\s+19\s+task\s+force|"
        rf"overtime\s+(?:\S+\s+){{0,3}}?from\s+(?:the\s+)?(?:United\s+States\s+|U\.?S\.?\s+)?(?:{_ICE})|"
        rf"accept\w*\s+\$[\d,.]+\s+from\s+(?:the\s+)?(?:United\s+States\s+|U\.?S\.?\s+)?(?:{_ICE})",
        None,
        0.75,
        also=r"\bpolice\b|detective|officers|jurisdiction|excepted|task\s+force",
        unless=r"detainees|\bbeds?\b|\bjail|hous\w*\s+(?:\S+\s+){0,4}(?:inmates|prisoners)|287",
        needs=("jurisdiction", "excepted", "title", "overtime", "accept"),
    ),
    # "officers who participate in United States Department of Homeland Security at-large task force
    # operations"
    Rule(
        "task_force",
        rf"(?:{_DHS})\s+(?:\S+\s+){{0,2}}?task[\s-]?force\s+(?:operations|activities|officers)",
        None,
        0.75,
        unless=_OTHER_TASK_FORCES + r"|287",
        needs=("task",),
    ),
    # ICE reimbursing a police department's overtime on a joint operation
    Rule(
        "task_force",
        r"joint\s+operations?|task[\s-]?forces?",
        _ICE,
        0.75,
        also=r"reimburs\w*|overtime",
        unless=_OTHER_TASK_FORCES
        + r"|287|hous\w*\s+"
        + _W
        + r"{0,6}(?:detainees|prisoners|inmates)|\bbeds?\b",
        needs=("reimburs", "overtime"),
    ),
    Rule(
        "task_force",
        # ("the Warrant Service Officer and Task Force programs"); one of 287(g)'s models named
        # in a list: "three federally-defined 287(g) models: jail enforcement, task force, or
        # warrant service"
        # (not a model refused: "for the jail-based Warrant Service Officer model only — not the
        # task-force model")
        r"(?<!\bnot\sthe\s)(?<!\bnot\sa\s)(?<!\bnor\sthe\s)"
        r"task[\s-]?force[\"”’']?\s+(?:officers?\s+)?(?:model|partnership|agreement|programs?)|"
        # ("the 287(g) program with an operational-force model")
        r"operational[\s-]force\s+model|"
        # ("should expand to the task force or hybrid models")
        r"task[\s-]?force\s+(?:or|and)\s+(?:\w+\s+)?models\b|"
        # ("all three 287(g) models — jail screening, warrant service, AND street-level task force
        # enforcement")
        r"task[\s-]?force\s+enforcement\b|"
        r"(?:jail\s+enforcement|warrant\s+service),\s+(?:and\s+|or\s+)?task[\s-]?force,?\s+(?:and|or)\s+"
        r"(?:jail\s+enforcement|warrant\s+service)\b|(?:jail\s+enforcement|warrant\s+service),\s+"
        r"(?:jail\s+enforcement|warrant\s+service),?\s+(?:and|or)\s+task[\s-]?force\b",
        # (a count of agreements by model names the others: "28 Task Force Model partnerships,
        # seven Warrant Service Officer agreements and four Jail Enforcement Model agreements")
        _IMMIGRATION
        + r"|287|immigration|jail[\s-]+enforcement\s+model|warrant[- ]service\s+(?:officer|model)",
        0.85,
    ),
    # agreements to cooperate declared void: "Northern MN counties clarify how they cooperate with
    # ICE after AG opinion — Cass and Itasca among counties stating prior agreements are null and
    # void", "any prior agreement to work with ICE is null and void" (the sheriffs' 287(g)
    # agreements; not a jail's contract to house detainees)
    Rule(
        "287g",
        r"\bagreements?\s+(?:\S+\s+){0,4}?(?:are|is|were|was)\s+(?:now\s+)?null\s+and\s+void\b",
        rf"\b(?:cooperat|work|partner|collaborat)\w*\s+with\s+(?:{_ICE})",
        0.8,
        unless=r"\bdetainees\b|\bbeds?\b|per\s+diem|\bhous\w+",
        needs=("void",),
    ),
    # ICE joining a local task force: "execute a memorandum of understanding between the Lake
    # Superior Drug and Violent Crime Task Force and U.S. Immigration and Customs Enforcement"
    Rule(
        "task_force",
        rf"(?:\bMOU\b|memorandum\s+of\s+understanding)\s+(?:\S+\s+){{0,12}}?task\s+force\s+and\s+(?:the\s+)?"
        rf"(?:{_ICE})|task\s+force\s+(?:\S+\s+){{0,40}}?(?:\bMOU\b|memorandum\s+of\s+understanding)\s+with\s+"
        rf"(?:the\s+)?(?:{_ICE})",
        None,
        0.75,
        needs=("task",),
    ),
    # "allowed Oakland police officers to take part in task forces headed by federal officials"
    Rule(
        "task_force",
        r"(?:take\s+part|participat\w+|serv\w+)\s+(?:on|in)\s+(?:\S+\s+){0,3}?task[\s-]?forces?\b",
        _IMMIGRATION,
        0.75,
        also=r"\bpolice\b|officers|deputies|sheriff",
        unless=_OTHER_TASK_FORCES + r"|287|warrant\s+service",
        needs=("task",),
    ),
    Rule(
        "digsa",
        r"\bD-?IGSA\b|dedicated\s+(?:inter-?\s?governmental\s*service\s*agreement|IGSA)",
        None,
        0.9,
    ),
    Rule(
        "igsa",
        r"\bIGSAs?\b|inter-?\s?governmental\s*services?\s*(?:agreement|program|contract)",
        _IMMIGRATION + r"|\bmigrants?\b|immigra|undocumented",
        0.9,
    ),
    # the agreement by its name alone, the agency unnamed: "The new intergovernmental service
    # agreement modifies terms of a 2014 agreement and expires on March 31, 2025" (every labelled
    # passage that names one is about federal detention; not a city's services between its
    # neighbours)
    Rule(
        "igsa",
        r"\bIGSAs?\b|inter-?\s?governmental\s+service\s+agreements?",
        None,
        0.7,
        # (nor the Marshals' or the Bureau of Prisons' agreement by that name, "(IGA)", for
        # "federal inmates"; nor one county's juvenile beds for another: "an Intergovernmental
        # Service Agreement with Yolo County for juvenile hall detention beds")
        unless=r"\bfire\b|ambulance|dispatch|librar|\broads?\b|water|sewer|\bparks?\b|school|"
        r"transit|animal|911|emergency\s+(?:medical|management)|(?-i:\bBOP\b)|bureau\s+of\s+prisons|"
        r"\(IGA\)|federal\s+(?:inmates|prisoners)|juvenile|with\s+(?:the\s+)?(?:\w+\s+){1,2}(?:county|city)\b|"
        + _SUPPORT_AGREEMENT
        + "|"
        + _USMS,
        needs=("igsa", "service"),
    ),
    # a city or county that runs a detention facility for ICE: "Geo Group Inc., which runs the
    # facility on behalf of the city and U.S. Immigration and Customs Enforcement", "ICE is
    # required to secure a local public agency to operate a detention facility", "paid about
    # $35,000 a year to be a partner with ICE", "contracts with federal agencies or private
    # corporations for the purpose of housing noncitizens in detention"
    Rule(
        "igsa",
        rf"(?:runs?|operat\w*)\s+(?:the\s+)?(?:\S+\s+)?facility\s+on\s+behalf\s+of\s+(?:\S+\s+){{0,4}}?(?:{_ICE})|"
        r"(?:agency|government|partner|city|county)\s+to\s+(?:operate|run)\s+(?:a|the|its)\s+(?:\S+\s+)?detention\s+"
        r"(?:facility|center)|"
        rf"\$\s?\d[\d,.]*\s+(?:a|per)\s+(?:year|month)\s+to\s+be\s+(?:a|the)\s+partner\s+(?:with|of)\s+(?:{_ICE})|"
        r"contracts?\s+(?:\S+\s+){0,8}?for\s+the\s+purpose\s+of\s+(?:housing|detaining|holding)\s+(?:noncitizens|"
        r"non-citizens|immigrants|detainees)",
        _IMMIGRATION + r"|immigra|non-?citizens?|undocumented",
        0.75,
        needs=("behalf", "operate", "run", "partner", "purpose"),
    ),
    # ICE's network of jails: "seven counties in New York have joined the U.S. Department of
    # Homeland Security's immigration detention network", "more than 20 jails participated in ICE's
    # detention network"
    Rule(
        "igsa",
        r"\b(?:immigration\s+)?detention\s+network\b",
        _IMMIGRATION,
        0.75,
        also=r"\bjails?\b|count(?:y|ies)|\bjoin\w*|participat\w*",
        needs=("network",),
    ),
    # ICE keeping its detainees in a jail: "U.S. Immigration and Customs Enforcement agree to keep
    # detainees in the Etowah County Detention Center until June 30" (not a jail that "keeps
    # suspected undocumented immigrants in jail for deportation": a detainer)
    Rule(
        "igsa",
        rf"(?:{_ICE})\s+(?:\S+\s+){{0,3}}?(?:keep|keeps|kept|keeping)\s+(?:its\s+|their\s+|the\s+)?(?:\d+\s+)?"
        r"detainees\s+(?:in|at)\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:jail|detention\s+center|facility)\b",
        None,
        0.75,
        needs=("keep", "kept"),
    ),
    # ICE's detention standards, which bind the jails it rents: "aligning the Etowah County
    # Detention Center with the 2011 Performance-Based National Detention Standards, which
    # Entrekin has said are needed to keep ICE operations in the county"
    Rule(
        "igsa",
        r"(?:performance[-\s]based\s+)?national\s+detention\s+standards|(?-i:\bPBNDS\b)",
        _IMMIGRATION,
        0.75,
        # (a jail's, not a supplier's order "to comply with ICE 2011 PBNDS")
        also=r"\bjails?\b|detention\s+(?:center|facility)|\bcount(?:y|ies)\b",
        needs=("standards", "pbnds"),
    ),
    # the money for holding people: "could bring more inmates to the Burnet County Jail,
    # translating into more local funds to house detainees" (federal immigration officials named)
    Rule(
        "igsa",
        r"(?:funds?|funding|money|revenue|payments?|dollars)\s+(?:\S+\s+){0,2}?to\s+(?:house|hold|detain|jail)\s+"
        r"(?:\S+\s+){0,2}?(?:detainees|immigrants|migrants)\b",
        _IMMIGRATION,
        0.75,
        needs=("fund", "money", "revenue", "payment", "dollar"),
    ),
    # ICE inspects the jails that hold its detainees: "the county had successfully passed an
    # inspection conducted by Major Maury Meredith of ICE"
    Rule(
        "igsa",
        rf"\binspection\s+(?:(?:conducted|performed|done)\s+)?by\s+(?:\S+\s+){{0,4}}?(?:of\s+)?(?:the\s+)?(?:{_ICE})|"
        rf"\b(?:passed|failed)\s+(?:an?\s+|its\s+|the\s+)?(?:{_ICE})\s+inspections?\b|"
        # "ICE gave Moshannon a “superior” rating … in its March 2025 compliance inspection report"
        rf"(?:{_ICE})\s+gave\s+(?:\S+\s+){{0,3}}?an?\s+[“\"]?\w+[”\"]?\s+rating\b(?=[^.]*\binspection)",
        None,
        0.75,
        unless=_287G_CONTEXT + r"|detainers?\b|\bI-9\b|worksite|employ",
        needs=("inspection", "rating"),
    ),
    # the money from ICE itself: "they acted to avoid losing revenue from the Bureau of Immigration
    # and Customs Enforcement" (not 287(g)'s reimbursements, nor money for a detainer's hold)
    Rule(
        "igsa",
        rf"\b(?:revenue|payments?|dollars|per\s+diems?)\s+(?:\S+\s+){{0,3}}?from\s+(?:the\s+)?(?:bureau\s+of\s+)?(?:{_ICE})",
        None,
        0.75,
        unless=_287G_CONTEXT + r"|task[\s-]?force|detainers?\b|\bholds?\b|(?-i:\bSCAAP\b)|grant",
        needs=("revenue", "payment", "dollar", "diem"),
    ),
    # jail space offered, ICE named beside it: "offer space in the county jail, knowing that … ICE
    # would need beds"
    Rule(
        "igsa",
        r"\boffer\w*\s+(?:jail\s+|bed\s+)?(?:space|beds)\s+(?:\S+\s+){0,3}?(?:jail|detention)",
        _ICE,
        0.75,
        unless=_287G_CONTEXT + r"|detainers?\b",
        needs=("offer",),
    ),
    # a county's jail and ICE in plain words: "will no longer detain people in U.S. Immigration and
    # Customs Enforcement (ICE) custody in the Pulaski County Jail", "ICE agency contracts with
    # Pulaski County to use part of the 240-bed facility to house people", "one of three jails that
    # ICE has contracts with", a jail that "houses … individuals who are arrested by ICE", "The
    # Mahoning County jail is holding about 95 inmates arrested by ICE"
    Rule(
        "igsa",
        rf"\b(?:detain|hold|house|held|housed)\w*\s+(?:\S+\s+){{0,2}}?in\s+(?:the\s+)?(?:{_ICE})"
        r"(?:\s*\((?-i:ICE)\))?\s+custody\s+(?:in|at)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:jail|detention|"
        r"correctional|facility)|"
        rf"(?:{_ICE})\s+(?:agency\s+)?contracts\s+with\s+(?:\S+\s+){{0,3}}?(?:county|city|parish)\s+to\s+"
        r"(?:use|house|hold|detain)\b|"
        rf"\b(?:jails?|facilit\w+|detention\s+cent\w+)\s+(?:that|which)\s+(?:{_ICE})\s+(?:has|had|holds?)\s+"
        r"(?:an?\s+)?(?:contracts?|agreements?)\s+with\b|"
        r"\b(?:jail|facility|center|prison)\b[^.;]{0,120}?\b(?:houses|holds|housed|held|holding|housing)\s+"
        r"(?:\S+\s+){0,10}?"
        r"(?:individuals|people|persons|inmates|detainees|immigrants)\s+(?:who\s+(?:are|were|have\s+been)\s+)?"
        rf"(?:arrested|detained|apprehended|picked\s+up)\s+by\s+(?:the\s+)?(?:{_ICE})|"
        rf"\b(?:inmates|individuals|people|persons)\s+being\s+(?:detained|held)\s+by\s+(?:the\s+)?(?:{_ICE})",
        r"\bjail|detention\s+cent|facility|correctional|\bprison",
        0.75,
        unless=_287G_CONTEXT + r"|detainers?\b",
        needs=("custody", "contract", "agreement", "hous", "hold", "held", "being"),
    ),
    # a facility's ICE detention told by its course: "→ ICE pulled out; 2019 ICE detention resumed
    # and continues"
    Rule(
        "igsa",
        r"(?-i:\bICE)\s+detention\s+(?:resum|restart|return|ceas|stopp|end)\w*",
        None,
        0.75,
        needs=("detention",),
    ),
    # ICE's own name for its jail contracts: "The official termination date of the IGSA will be
    # May 23, 2018"
    # (not where the passage speaks of federal inmates, the Marshals or the Bureau of Prisons: their
    # agreements are called IGSAs too)
    # "Two people in ICE custody have died this year at the Indiana prison, which currently holds
    # more than 500 immigrants"
    Rule(
        "igsa",
        r"\b(?:jail|prison|facility)\b,?\s+(?:which|that)\s+(?:currently\s+|now\s+)?(?:holds|houses|held|housed)\s+"
        r"(?:more\s+than\s+|about\s+|nearly\s+|over\s+|some\s+)?[\d,]+\s+(?:immigrants|migrants|noncitizens)\b",
        _IMMIGRATION,
        0.75,
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD,
        needs=("which", "that"),
    ),
    Rule(
        "igsa",
        r"(?-i:\bIGSAs?\b)",
        None,
        0.8,
        unless=_FEDERAL_PRISONERS
        + r"|(?-i:\bBOP\b)|bureau\s+of\s+prisons|marshal|(?-i:\bUSMS\b)|"
        + _SUPPORT_AGREEMENT,
        needs=("igsa",),
    ),
    Rule(
        "igsa",
        # ("CNMI DOC–DHS intergovernmental detention agreement takes effect")
        r"inter-?\s?governmental\s+(?:detention\s+)?agreement|\bIGA\b|(?:detention\s+)?bed\s+(?:space|contract)s?|"
        # "They decided not to threaten to sever the jail contract" (with ICE)
        r"(?:detention|jail)\s+contracts?|"
        # "continue negotiations with Homeland Security and ICE to provide detention services"
        r"provid\w*\s+(?:\S+\s+){0,2}detention\s+services|"
        # "the updated Immigration Customs and Enforcement Temporary Detention Services Agreement"
        r"detention\s+services\s+(?:agreement|contract)s?\b|"
        # "THE IMMIGRATION AND CUSTOMS ENFORCEMENT CONTRACT FOR DETAINEE SERVICES"
        r"(?:contracts?|agreements?)\s+for\s+(?:detainee|detention)\s+services\b|"
        # ("Lost ~$6.5M/year in ICE bed fees")
        # the jails ICE uses: "ICE does not release a complete list of the detention facilities
        # that it uses"
        r"\b(?:jails?|detention\s+(?:facilit(?:y|ies)|centers?))\s+(?:that|which)\s+(?:it|(?-i:ICE)|the\s+agency)\s+"
        r"(?:uses|used|rents|contracts\s+with)\b|"
        # a state's ban: "New Jersey is the fourth state to ban immigration detention"
        r"\b(?:ban|bar|outlaw|prohibit|end)\w*\s+(?:civil\s+)?immigration\s+detention\b|"
        # ICE's detainees given notice to leave: "ICE will have 120 days to move the 670 detainees"
        r"(?-i:\bICE)\s+(?:will\s+|would\s+)?ha(?:s|ve|d)\s+(?:\S+\s+){0,2}?\d+\s+days\s+to\s+(?:move|transfer|"
        r"remove|relocate)\b|"
        r"(?:jail|detention|detainment)\s+beds|(?-i:\bICE)[-‐]\w+\s+beds|(?-i:\bICE)\s+bed\s+(?:fees|revenue|payments)\b|"
        # "down to three Nevada contracts for detention facilities"
        r"(?:contracts?|agreements?)\s+for\s+(?:\S+\s+)?(?:detention|jail)\s+(?:facilit\w+|centers?|space|"
        r"beds)|"
        # "Natrona County just went to (a prolonged hold contract)", "prolonged federal holding
        # contracts", "the North Lake Correctional Facility in Baldwin, which reopened as a
        # detention center"
        # ICE taking its detainees away: "ICE has moved all of its detainees out of the county jail"
        r"(?:mov|remov|pull)\w*\s+(?:all\s+)?(?:of\s+)?(?:its|their)\s+(?:\S+\s+)?(?:detainees|inmates)\s+"
        r"(?:out\s+of|from)\s+(?:the\s+)?(?:\S+\s+){0,3}?jail|"
        rf"(?:{_ICE})\s+(?:\w+\s+)?(?:removed|pulled|moved)\s+(?:all\s+)?(?:\S+\s+){{0,2}}?(?:inmates|detainees)\b|"
        # "boarding ICE prisoners", "ICE began boarding its detainees in the Scott County Jail"
        r"\bboard(?:s|ed|ing)?\s+(?:its\s+|their\s+)?(?:ICE\s+|immigration\s+|federal\s+)?(?:prisoners|detainees)\b|"
        r"\bhold(?:ing)?\s+contracts?\b|re-?open\w*\s+as\s+(?:an?\s+)?(?:immigration\s+|ICE\s+)?detention\s+"
        r"(?:center|facility)|"
        # "New Hampshire’s only Immigration and Customs Enforcement-contracted facility"
        r"(?:(?-i:\bICE)|immigration\s+and\s+customs\s+enforcement)[-‐]contracted\s+(?:\S+\s+)?(?:facilit|"
        r"jails?|detention)|"
        # "Rockingham County Jail could soon serve as a detention site for individuals in … ICE
        # custody"
        r"serv\w*\s+as\s+an?\s+(?:\S+\s+)?detention\s+(?:site|facility|center)\s+for\s+(?:\S+\s+){0,6}?"
        rf"(?:{_IMMIGRATION})|"
        # "canceling a five-year contract with the county for managing the Folkston ICE
        # Processing Center" ("ICE plans to continue to use the Adelanto ICE Processing Center")
        r"(?:manag|operat|run|use\b|using)\w*\s+(?:the\s+)?(?:\S+\s+){0,3}(?-i:ICE)\s+processing\s+"
        r"(?:center|facility)|"
        rf"(?:{_ICE})['’]s\s+use\s+of\s+(?:\S+\s+){{0,4}}(?:beds|jail|facility|detention)|"
        # "the jail space of sheriffs rented by ICE"
        r"(?:jail|detention)\s+(?:space|beds?)\s+(?:\S+\s+){0,3}?rented\s+by\b|"
        rf"(?:{_ICE})\s+to\s+use\s+(?:\S+\s+){{0,4}}(?:beds|cells|jail\s+space)|"
        # beds asked for: "declined an ICE request to designate 60 beds for transit detainees"
        r"\b(?:designat|reserv|dedicat|set\s+aside)\w*\s+(?:\S+\s+){0,3}?beds\s+for\s+(?:\S+\s+){0,2}?detainees\b|"
        # a jail that contracts with ICE, or not: "reaffirmed county jail does not contract with
        # ICE"
        r"\bjails?\s+(?:\S+\s+){0,3}?contract(?:s|ed)?\s+with\s+(?-i:ICE)\b|"
        # money at a day rate from ICE: "earned approximately $728,000 in 2025 from ICE at the
        # $90/day rate"
        rf"(?:earn|receiv|collect|bill|paid|made)\w*\s+(?:\S+\s+){{0,6}}?from\s+(?:{_ICE})\s+at\s+(?:the\s+|a\s+)?"
        r"(?:daily\s+)?(?:rate\s+of\s+)?\$\s?\d+(?:\.\d+)?\s*(?:/|\s+per\s+|\s+an?\s+)\s*(?:day|night|detainee)\b|"
        # "ICE rate: $125 per inmate per day"
        r"(?-i:\bICE)\s+(?:per[- ]diem\s+|daily\s+|bed\s+|detention\s+)?rate\s*:?\s*"
        r"(?:of\s+)?\$\s?\d|"
        # a jail's bills: "six years of monthly ICE invoices", "invoiced ICE ~$3.7M since Oct 2022";
        # its count: "120.5 average daily ICE detainee population"
        r"(?-i:\bICE)\s+(?:invoices?|billings?)\b|\binvoic(?:ed|es|ing)\s+(?-i:ICE)\b|"
        # ("last month his bill to ICE was just shy of $1 million", "billed ICE")
        r"\b(?:his|her|its|their|monthly|the\s+jail['’]s|the\s+county['’]s)\s+bills?\s+to\s+(?-i:ICE)\b|"
        r"\bbill(?:ed|ing)\s+(?-i:ICE)\b|"
        # a jail's census by whose prisoners they are: "19 were U.S. Marshals inmates and 396 were
        # from ICE"
        r"\b\d[\d,]*\s+(?:(?:inmates|detainees|prisoners)\s+)?(?:were|are)\s+(?:from|for)\s+(?-i:ICE)\b|"
        # beds a detention facility adds for ICE: "the county-operated detention facility … will
        # “enhance the agency’s ability …” by adding up to 500 additional beds"
        r"detention\s+facilit(?:y|ies)\b[^.;]{0,160}?\b(?:add|adding|provid\w*)\s+(?:up\s+to\s+)?"
        r"(?:about\s+)?\d[\d,]*\s+(?:additional\s+|more\s+)?beds\b|"
        # ("Hagåtña ICE average daily population (2026): ~15")
        r"(?-i:\bICE)\s+(?:average\s+daily\s+|detainee\s+)population\b|"
        # beds counted for ICE: "Lexington County's 12 ICE beds are “churning” constantly"
        r"\b\d[\d,]*\s+(?-i:ICE)\s+beds\b|"
        # ("CoreCivic expands ICE beds at Tallahatchie (+252 beds)")
        r"\b(?:expand|add|cut|reduc)\w*\s+(?:\S+\s+)?(?-i:ICE)\s+beds\b|"
        # "April 2006: Opened with ICE and USMS contracts", "The sheriff explicitly framed ICE
        # contracting as a budget rescue"
        r"(?-i:\bICE)\s+(?:and|&|/)\s+(?:(?-i:USMS)|U\.?\s?S\.?\s+Marshals?(?:\s+Service)?)\s+"
        r"(?:contracts?|agreements?|IGAs?)\b|(?-i:\bICE)\s+contracting\b|"
        # "At least 16 people remained in ICE custody at the Lincoln County Jail"
        r"(?-i:\bICE)\s+custody\s+(?:at|in)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:jail|detention\s+center|"
        r"correctional\s+(?:center|facility))\b|"
        # "Contract: WV DCR bed-rental to ICE at $90/detainee/day", "ICE capacity: Up to 150
        # detainees at a time"
        # ("the WV bed-rental model pushed ICE detention into the Northern Panhandle")
        r"\bbed[- ]rentals?\s+(?:(?:model|program|system|business)\s+(?:\S+\s+){0,2}?|"
        r"to\s+(?:the\s+)?)(?-i:ICE)\b|"
        r"(?-i:\bICE)\s+(?:bed\s+)?capacity\b(?=\W+(?:\S+\s+){0,5}?\d[\d,]*\s+(?:\w+\s+)?(?:detainees|beds)\b)|"
        # "252 designated for ICE", "averaging 20-25 ICE boarders"
        r"\b\d[\d,]*\s+(?:beds\s+)?(?:designated|reserved|set\s+aside|allocated|dedicated)\s+for\s+(?-i:ICE)\b|"
        r"(?-i:\bICE)\s+boarders\b|"
        # "is working with ICE to make available up to 1,000 beds at Miami Correctional Facility"
        r"(?-i:\bICE)\s+to\s+make\s+available\s+(?:up\s+to\s+)?(?:about\s+)?\d[\d,]*\s+beds\b|"
        # "Nearly 900 facilities around the country provide beds for the INS", "as INS transfers
        # boosted its detainee population from 40 to 386"
        r"\bprovid\w*\s+(?:\S+\s+)?beds\s+(?:for|to)\s+(?:the\s+)?(?-i:ICE|INS)\b|"
        r"(?-i:\b(?:ICE|INS))\s+transfers\s+(?:\S+\s+){0,3}?(?:its|the|their)\s+detainee\s+population\b|"
        # a prison turned over to ICE, or the call to end it: "a state prison that converted to ICE
        # detention in 2019", "called for an end to ICE detention at the facility"
        r"\b(?:convert|repurpos|transform)\w*\s+(?:\S+\s+){0,3}?(?:in)?to\s+(?:an?\s+)?(?-i:ICE)\s+"
        r"(?:detention|use)\b|\bend\s+(?:to\s+)?(?-i:ICE)\s+detention\s+(?:at|in)\b|"
        # a state prison's agreement: "Two-year IDOC–DHS agreement"
        r"\b(?-i:I?DOC|DOCR?|DCR)\s*[–—/-]\s*(?-i:DHS|ICE)\s+(?:agreement|contract)\b|"
        # "From zero ICE beds to 784"
        r"\bfrom\s+(?:zero|no|\d[\d,]*)\s+(?-i:ICE)\s+beds\s+to\s+\d|"
        # "since ICE began detaining people at Stewart in 2006", "it is in talks with ICE to reopen
        # Rivers"
        r"(?-i:\bICE)\s+(?:began|started|stopped|resumed)\s+(?:detaining|holding|housing)\s+(?:\S+\s+){0,2}?"
        r"(?:at|in)\s+(?-i:[A-Z])|\b(?:talks|negotiations)\s+with\s+(?-i:ICE)\s+to\s+(?:re)?open\b|"
        # ("reopened specifically for ICE detention")
        r"\b(?:re)?open\w*\s+(?:\S+\s+){0,2}?for\s+(?:an?\s+)?(?-i:ICE)\s+detention\b|"
        # "ICE is planning a contract extension for the Elizabeth detention center", "ICE
        # announces 15-year GEO Group contract", "a law banning … entering contracts for
        # immigration detention"
        r"\b(?:contract|agreement)\s+(?:extension|renewal)\s+for\s+(?:the\s+)?(?:\S+\s+){0,3}?"
        r"(?:detention\s+(?:center|facility)|jail|processing\s+center)\b|"
        r"(?-i:\bGEO(?:\s+Group)?|\bCore\s?Civic)\s+contracts?\b|"
        # "Annual contract value: $142M+ from ICE"
        r"\bcontract\s+value\b[^.;\n]{0,30}?\bfrom\s+(?-i:ICE)\b|"
        # "ICE and CoreCivic finalized a sole-source / no-bid direct contract"
        r"(?-i:\bICE)\s+and\s+(?-i:GEO(?:\s+Group)?|Core\s?Civic)\s+(?:finaliz|sign|award|negotiat|reach|enter)\w*\s+"
        r"(?:\S+\s+){0,6}?contract\b|"
        # "a 2-year contract with MTC", "a direct short-term contract extension with CoreCivic"
        r"\b(?:contract|agreement)s?\s+(?:extensions?\s+)?with\s+(?:the\s+)?(?-i:GEO\b|Core\s?Civic\b|MTC\b|"
        r"LaSalle\b|Management\s+(?:&|and)\s+Training\b)|"
        r"\b(?:contracts?|agreements?)\s+for\s+(?:civil\s+)?immigration\s+detention\b|"
        # a jail's count: "Average daily ICE population: ~50 since Trump inauguration"
        # ("steady ICE populations far below jail bed counts"); a jail's pay from ICE by the day:
        # "Counties that financed jail expansions on projected ICE per-diems"
        r"(?-i:\bICE)\s+(?:detainee\s+)?(?:populations?|occupancy)\b(?=\W+(?:\S+\s+){0,4}?(?:~?\d|jails?\b))|"
        r"(?-i:\bICE)\s+per[-\s]diems?\b|"
        # "the county has expanded the prison to accommodate the ICE population", "want … (ICE) to
        # guarantee it will fill 600 beds at the county prison"
        r"\baccommodat\w*\s+(?:the\s+)?(?:growing\s+)?(?-i:ICE)\s+(?:detainee\s+)?population\b|"
        # "one of the units with a high percentage of inmates brought in by U.S. Immigrations and
        # Customs Enforcement"
        r"\b(?:inmates|detainees|prisoners)\s+brought\s+in\s+by\b|"
        r"\bfill\s+(?:up\s+)?\d[\d,]*\s+(?:\S+\s+)?beds\b|"
        # "to never lease a state facility to ICE"
        r"(?:leas|rent)\w*\s+(?:an?\s+|the\s+|its\s+)?(?:\S+\s+){0,2}?(?:facilit(?:y|ies)|buildings?|prisons?|"
        r"jails?)\s+to\s+(?:the\s+)?(?-i:ICE)\b|"
        # "Florida built and operates the facility under a state/DHS agreement"
        r"\b(?:operat|run|manag|controll?)\w*\s+(?:the\s+)?(?:facility|center|jail|prison)\s+under\s+(?:an?\s+|the\s+)?"
        r"(?:\w+/)?(?-i:DHS|ICE)\s+(?:agreement|contract)\b|"
        # a jail or prison ICE holds people in: "a new ICE-use facility", "ICE/DOC use of Hiland
        # Mountain (women's prison)" (not "ICE use of force"), "the same jail used for ICE"
        r"\b(?:jail|prison|facility)\s+used\s+(?:by|for)\s+(?-i:ICE)\b|"
        r"(?-i:\bICE)(?:/\w+)?[- ]use\s+(?:facilit(?:y|ies)|of\s+(?:the\s+)?(?-i:[A-Z])\w*"
        r"(?:\s+\w+){0,3}\s+(?:\(\w*'?s?\s*)?(?:prison|jail|correctional|detention)\b)",
        _IMMIGRATION,
        0.85,
        # (not Congress's count: "the “bed quota” implemented by Congress for the DHS, which is
        # currently set at 34,000 detention beds")
        # (nor Congress's quota or ICE's own count: "an arbitrary quota created by Congress in 2009
        # which … requires Immigration and Customs Enforcement (ICE) to maintain a minimum of
        # 34,000 detention beds", "the 33,400 detention beds ICE maintained on an average day")
        unless=r"\bbed\s+(?:quota|mandate)\b|\bquota\b[^.;]{0,160}\bdetention\s+beds\b|"
        r"\bdetention\s+beds\s+(?-i:ICE)\s+maintain\w*",
    ),
    # ICE riding on the Marshals' agreement holds its detainees there too: "ICE is listed as an
    # authorized committing agency"
    Rule(
        "igsa",
        r"(?-i:\bICE\b)\s+(?:is\s+|was\s+)?(?:listed\s+|named\s+|added\s+)?as\s+an?\s+(?:authorized\s+)?"
        r"(?:committing|user|using)\s+agency",
        None,
        0.75,
        needs=("agency",),
    ),
    # a day rate per detainee, the agency unnamed (detainees are ICE's word; the Marshals' and the
    # Bureau's are prisoners or inmates): "We get $70 per day per detainee", "The bed day rate is
    # $86 per detainee"
    Rule(
        "igsa",
        _PER_DETAINEE_RATE,
        None,
        0.7,
        unless=r"marshal|(?-i:\bUSMS\b)|\bfederal\s+detainees?\b|bureau\s+of\s+prisons|(?-i:\bBOP\b)|"
        r"juvenile|\byouth|border\s+patrol|(?-i:\bCBP\b)|\bstate\s+(?:inmates|prisoners)",
        needs=("detainee",),
    ),
    # a day rate per immigration detainee: "Rate: $88/day per federal immigration detainee"
    Rule(
        "igsa",
        r"\$\s?\d+(?:\.\d+)?\s*(?:/\s*|\s+(?:per|a|an)\s+)(?:day|night)\s+(?:per|for\s+each|a|an)\s+"
        r"(?:federal\s+)?(?:immigration|(?-i:ICE))\s+detainees?\b",
        None,
        0.8,
        needs=("detainee",),
    ),
    # "ICE has had a contract with the Suffolk County Sheriff's Office since 2003"
    Rule(
        "igsa",
        rf"(?:{_ICE})\s+(?:\w+\s+){{1,3}}contracts?\s+with\s+(?:the\s+)?(?:\S+\s+){{0,4}}sheriff",
        None,
        0.75,
        unless=_287G_CONTEXT
        + "|"
        + _DETAINER_HOLD
        + r"|transport\w*|\bdata\b|database|fingerprint|task\s+force|\bMOA\b|"
        r"memorandum\s+of\s+agreement",
        needs=("sheriff",),
    ),
    # a company or a town running an immigration detention center does it under a contract:
    # "CoreCivic, which has run an immigration detention center in Elizabeth", "reaching an
    # agreement with the facility's owner to reestablish the federal immigration processing and
    # detention center", "a new contract … to open Delaney Hall … as a detention facility for
    # Immigration and Customs Enforcement (ICE)", "the Delaney Hall detention facility for
    # immigrants facing deportation"
    Rule(
        "igsa",
        r"\b(?:run|runs|ran|running|operat\w*|open\w*|reopen\w*|re-?establish\w*|manag\w*)\s+(?:\S+\s+){0,5}?"
        r"immigration\s+(?:processing\s+(?:and\s+detention\s+)?|detention\s+)(?:center|facility)|"
        rf"(?:detention|processing)\s+(?:center|facility|site)\s+for\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})|"
        # ("Leavenworth is positioned as a Midwest regional hub for ICE detention")
        rf"\bhub\s+for\s+(?:{_ICE})\s+detention\b|"
        r"detention\s+(?:center|facility)\s+(?:(?:in|near)\s+(?:\S+\s+){1,2}?)?for\s+(?:\S+\s+)?(?:immigrants|"
        r"migrants|noncitizens|people|individuals)\s+(?:facing|awaiting|slated\s+for)\s+(?:deportation|removal)|"
        # "the federal Immigration and Customs Enforcement lockup", "a federal Immigration and
        # Customs Enforcement detention facility", "the U.S. Immigration and Customs Enforcement
        # contract facility", "expand its 400-bed immigration detention facility" (with its
        # operator or its contract beside it)
        # ("sheriff's lease for "temporary ICE detainment facility"")
        rf"(?:{_ICE})\s+(?:contract(?:ed)?\s+|detention\s+|processing\s+)?(?:detention\s+|detainment\s+)?(?:facilit(?:y|ies)|"
        # ("Rhode Island's only ICE detention site", "the de facto ICE-holding hub")
        r"centers?|lockup|(?<=detention\s)sites?|(?<=-holding\s)hub)\b|"
        # ("ICE detention resumed at Wyatt in 2019")
        r"(?-i:\bICE)\s+detention\s+(?:resumed|restarted)\b|"
        # ("The federal government did not pursue ICE beds at the DC Jail")
        r"(?-i:\bICE)\s+beds\s+at\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:jail|detention\s+center|"
        r"correctional\s+(?:center|facility))\b|immigra\w+\s+detention\s+(?:facilit(?:y|ies)|centers?|lockups?)|"
        # "operated by … The GEO Group under contract with federal immigration enforcement"
        r"under\s+contract\s+with\s+(?:the\s+)?(?:federal\s+)?immigration\s+(?:enforcement|authorities|officials)|"
        # "The Otero County facility is operated by Utah-based Management & Training Corporation on
        # behalf of ICE", "contractual arrangements at the Otero County Processing Center", "the
        # Otero County migrant detention center", "tripartite agreements with private prisons and
        # federal agencies"
        rf"(?:operated|run|managed)\s+by\s+(?:\S+\s+){{0,6}}?on\s+behalf\s+of\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})|"
        # ("Moshannon Valley Processing Center, for example, operates through two agreements that
        # Clearfield County has with the federal government and a private prison company")
        r"(?-i:\b[A-Z]\w+\s+(?:County|Valley|Service)\s+Processing\s+Center)|"
        # ("hunger strikes … at GEO-run immigrant detention facilities in Newark")
        r"\b(?:im)?migrant\s+detention\s+(?:centers?|facilit(?:y|ies))|"
        r"\btri-?partite\s+agreements?|"
        # "hosts seven ICE-funded private detention facilities", "a 50% tax on gross receipts from
        # ICE/federal contracts for detention"
        r"(?-i:\bICE)-(?:funded|contracted)\s+(?:\S+\s+){0,2}?(?:detention\s+)?(?:facilit(?:y|ies)|centers?)\b|"
        r"(?-i:\bICE)(?:/\w+)?\s+contracts?\s+(?:for|to)\s+(?:immigration\s+)?detention\b",
        None,
        0.75,
        also=r"\bcontract|agreement|private|company|firm|operator|contractor|(?-i:GEO|Core\s?Civic)|"
        # ("Berks County has faced an ICE detention facility before, and … that center ultimately
        # closed")
        # (a size: "the proposed 1,400 bed Immigration Detention Center")
        r"\bjail|sheriff|\bexpan\w*|annex|\bbeds\b|\d[- ]bed\b|\bprisons?\b|\bshut\s+down|"
        r"\bcorrectional\s+(?:facilit|center|complex)|"
        r"\bclos(?:e|ed|ing|ure)\b|\bcorporation\b|"
        # a place that runs as one ("deaths … at Moshannon since it began operating as an ICE
        # detention facility in 2021")
        r"\boperat\w*\s+as\s+an?\s+(?:(?-i:ICE)|immigra\w+)\b|"
        # a place made into one ("the conversion of the McCook Work Ethic Camp into an ICE
        # detention center"; a warehouse ICE buys is its own)
        r"\bconver(?:sion|t\w*)\s+(?:of\s+)?(?:(?!warehouse)\S+\s+){0,6}?into\b|"
        # a county's ("Only remaining county ICE detention site in MA", "Karnes County ICE
        # Facility")
        r"\bcounty\s+(?-i:ICE)\s+(?:detention|facilit(?:y|ies))\b",
        # (not "transport detainees to ICE facilities in Atlanta"; nor a tip closed: "a warehouse
        # … suspected as a stealth ICE detention site … No ICE connection found")
        unless=_287G_CONTEXT
        + "|"
        + _DETAINER_HOLD
        + r"|transport\w*|\bno\s+(?-i:ICE)\s+(?:connection|link|involvement|tie)s?\b",
        needs=(
            "immigra",
            "ice",
            "deport",
            "removal",
            "migrant",
            "tripartite",
            "tri-partite",
            "processing center",
        ),
    ),
    # "if the county government hadn't allowed ICE to incarcerate immigrants there", "if the
    # ICE weighing an operator's proposal: "If Immigration and Customs Enforcement (ICE) accepts
    # the independent environmental impact study, they have 30 days to submit the next volume of
    # proposal" (CoreCivic's, for a detention center)
    Rule(
        "igsa",
        rf"(?:{_ICE})(?:\s+\((?-i:ICE)\))?\s+accept\w*\s+(?:\S+\s+){{0,4}}?(?:study|proposals?|bids?|offers?)\b",
        None,
        0.75,
        also=r"(?-i:Core\s?Civic|GEO\b)|private\s+prison|detention\s+(?:center|facility)",
        needs=("accept",),
    ),
    # federal government chooses to contract directly with CoreCivic at its Estancia and Milan
    # sites"
    Rule(
        "igsa",
        rf"(?:allow|let|permit)\w*\s+(?:{_ICE})\s+to\s+(?:incarcerate|detain|house|hold|jail|lock\s+up)\s+"
        r"(?:\S+\s+){0,2}?(?:immigrants|migrants|detainees|people|noncitizens)\b|"
        # (OCR mending splits "CoreCivic" in two: "Core Civic")
        # ("renewing its contract with the GEO Group operating the Moshannon Valley …")
        # ("terminating its contract with the local Immigration Centers of America (ICA) facility")
        # ("ICE is directly contracting with the company that owns Mesa Verde, the GEO Group")
        r"contract\w*\s+(?:directly\s+|modifications?\s+|amendments?\s+)?with\s+(?:the\s+)?(?:local\s+)?"
        r"(?:(?:company|firm|operator)\s+that\s+(?:owns|runs|operates)\s+(?:\S+\s+){1,4}?(?:the\s+)?)?"
        r"(?-i:Core\s?Civic|GEO\s+Group|"
        r"Management\s+(?:&|and)\s+Training\s+Corporation|LaSalle\s+Corrections|Immigration\s+Centers\s+of\s+America|"
        r"Corrections\s+Corporation\s+of\s+America)|"
        # a county between ICE and the operator: "acts as a middleman between ICE and GEO Group",
        # "passing money between ICE and a private prison contractor", "ICE’s and GEO Group’s
        # contract with the county", "several other GEO facilities have support services contracts"
        rf"\bbetween\s+(?:the\s+)?(?:{_ICE})\s+and\s+(?:the\s+)?(?:(?-i:Core\s?Civic|GEO\b|Management\s+(?:&|and)\s+"
        r"Training|LaSalle|Immigration\s+Centers\s+of\s+America)|(?:an?\s+)?private\s+(?:prison\s+)?(?:contractor|"
        r"operator|company|firm))|(?-i:\bICE)['’]s\s+and\s+(?-i:GEO|Core\s?Civic)|"
        r"(?-i:\bGEO|Core\s?Civic)\s+facilities\s+(?:\S+\s+){0,3}?contracts?\b|"
        # "a plan that would allow them to team up with the U.S. Immigration and Customs Enforcement
        # (ICE) to detain undocumented immigrants from other areas"
        rf"\b(?:team\w*\s+up|partner\w*)\s+with\s+(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:{_ICE})(?:\s*\((?-i:ICE)\))?\s+to\s+"
        r"(?:detain|house|hold|jail|incarcerate)\s+(?:\S+\s+){0,2}?(?:immigrants|migrants|detainees|noncitizens)\b|"
        # "ICE … has since signed a contract worth $113 million to renovate the building for 500 to
        # 1,500 detainees", "won the $133 million contract to renovate a warehouse into an
        # immigration detention center" (not one for a "detention center" alone: a county's jail)
        r"\b(?:signed|awarded|won)\s+(?:an?|the)\s+(?:\$\s?[\d.,]+\s*(?:million|billion)?\s+)?contract\s+"
        r"(?:worth\s+\$\s?[\d.,]+\s*(?:million|billion)?\s+)?to\s+(?:renovate|"
        r"build|operate|run|convert)\s+(?:\S+\s+){0,6}?(?:detainees|(?:immigra\w+|(?-i:ICE))\s+detention)\b|"
        # a place run by a detention company: "arrived in ICE custody … at a Pennsylvania facility
        # run by the GEO Group", "died in centers run by longtime ICE detention partners CoreCivic
        # and the GEO Group", "the current model in which jails and facilities run by private
        # prison companies house detainees"; ICE's contractor changed: "ICE has since replaced
        # Acquisition Logistics with another contractor"
        r"\b(?:facilit(?:y|ies)|centers?|prisons?|jails?|camps?)\s+(?:\S+\s+)?(?:run|operated|managed)\s+by\s+"
        r"(?:\S+\s+){0,4}?(?:(?-i:Core\s?Civic|GEO\b|Management\s+(?:&|and)\s+Training|LaSalle|Immigration\s+"
        r"Centers\s+of\s+America)|private\s+(?:prison\s+|detention\s+)?(?:companies|company|contractors?|"
        r"operators?|firms?|corporations?))|"
        rf"(?:{_ICE})\s+(?:has\s+|had\s+)?(?:since\s+)?replac\w+\s+(?:\S+\s+){{1,4}}?with\s+"
        r"(?:another|a\s+new|a\s+different)\s+(?:contractor|operator|company|vendor)\b|"
        # a county jail ICE holds people in: "ICE placed Rayo in the Phelps County jail", "Detained
        # by Immigration and Customs Enforcement, he was on his fourth day of isolation in a
        # Missouri jail"
        rf"(?:{_ICE})\s+(?:placed|put|booked|lodged)\s+(?:\S+\s+){{1,3}}?in(?:to)?\s+(?:an?|the)\s+"
        r"(?:\S+\s+){0,3}?(?:jail|county\s+(?:prison|detention|correctional))\b|"
        rf"\b(?:detained|held|jailed)\s+by\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})\W+(?:\S+\s+){{0,8}}?in\s+(?:an?|the)\s+"
        r"(?:\S+\s+){0,3}?jail\b|"
        # the operator paid to hold them: "the federal government is paying private corporations to
        # detain Chinchilla-Roque", the standards a contract sets: "compliant 'with ICE’s detention
        # standards and contract requirements'", the county jails rented: "DHS is moving swiftly to
        # utilize EXISTING detention space with our state and county partners"
        r"\bpay\w*\s+(?:\S+\s+){0,2}?private\s+(?:prison\s+)?(?:corporations?|compan(?:y|ies)|contractors?|"
        r"operators?|firms?)\s+to\s+(?:detain|house|hold|jail|incarcerate|lock\s+up)\b|"
        rf"(?:{_ICE})['’]s\s+(?:national\s+)?detention\s+standards\b|"
        r"\b(?:detention|jail)\s+(?:space|beds?|capacity)\s+(?:with|from|at|in)\s+(?:\S+\s+){0,2}?(?:state|county|"
        r"local)\s+(?:and\s+(?:county|local)\s+)?(?:partners|jails|governments|facilities)\b|"
        # "a prison … started holding immigrants in civil detention"
        r"(?:hold|hous|detain)\w*\s+(?:\S+\s+){0,2}?(?:immigrants|migrants|noncitizens)\s+in\s+civil\s+"
        r"(?:immigration\s+)?detention|"
        # "ICE published a request for information on “turn-key detention services”"
        r"requests?\s+for\s+(?:information|proposals?)\s+(?:on|for)\s+[“\"]?(?:\S+\s+){0,3}?detention\s+"
        r"(?:services|facilit\w+|beds|space)",
        # (an operator's own acronym beside its name: "Immigration Centers of America (ICA)")
        _IMMIGRATION + r"|federal\s+government|\bmigrants?\b|immigrants|detention|(?-i:\(ICA\))",
        0.75,
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD,
        needs=(
            "allow",
            "let",
            "permit",
            "contract",
            "between",
            "civil",
            "request",
            "team",
            "partner",
            "private",
            "standards",
            "space",
            "capacity",
            "beds",
            "run",
            "operated",
            "managed",
            "replac",
            "placed",
            "put",
            "booked",
            "lodged",
            "detained",
            "held",
            "jailed",
        ),
    ),
    # "it had been awarded a 15-year, fixed-price contract by ICE to provide support services for
    # the Delaney Hall Facility"
    Rule(
        "igsa",
        r"(?:awarded|granted)\s+(?:\S+\s+){0,6}?(?:contract|agreement)\s+(?:\S+\s+){0,2}?by\s+(?:the\s+)?"
        rf"(?:U\.?S\.?\s+)?(?:{_ICE})|"
        # "The contract, signed by ICE on Monday, April 15, extends …", "a new operating contract
        # for the beds from ICE"
        rf"(?:contract|agreement)s?,?\s+signed\s+by\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})|"
        rf"(?:contract|agreement)s?\s+for\s+(?:the\s+)?(?:\S+\s+)?beds\s+from\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})",
        None,
        0.75,
        also=r"facilit|detention|detain|\bbeds?\b|\bhous|\bhold|processing\s+center|\bjail|\bannex",
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD + r"|transport\w*|\bdata\b|database",
        needs=("awarded", "granted", "signed", "beds"),
    ),
    # a state's prison beds for ICE: "a new partnership with the state of Nebraska to create new
    # ICE detention space — by up to 280 beds", "ICE is partnering with the Indiana Department of
    # Corrections and these beds will be available at the Miami Correctional Center"
    Rule(
        "igsa",
        rf"(?:{_ICE})\s+detention\s+(?:bed\s+)?(?:space|beds?|capacity)|"
        # "to increase detention capacity for Immigration and Customs Enforcement (ICE) by up to 416
        # beds"
        rf"detention\s+(?:bed\s+)?(?:space|capacity)\s+for\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})|"
        rf"(?:{_ICE})\s+(?:\S+\s+){{0,2}}?partner\w*\s+with\s+(?:the\s+)?(?:\S+\s+){{0,2}}?(?:department|bureau|"
        r"division)\s+of\s+corrections?",
        None,
        0.75,
        also=r"partnership|expan\w*|creat\w*|contract|agreement|\bbeds?\b|\bhous|\bhold",
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD + r"|transport\w*",
    ),
    # ICE's oversight of the facilities it contracts: "ICE fails to consistently include its quality
    # assurance surveillance plan (QASP) in facility contracts", "inspects its contracted
    # facilities", "ICE imposed financial penalties on only two occasions, despite documenting
    # thousands of instances of the facilities' failures", "provided waivers to vendors that
    # maintain detention facilities", "more than 200 detention facilities"
    Rule(
        "igsa",
        r"\bfacility\s+contracts?\b|\bcontracted\s+(?:detention\s+)?facilit\w+|"
        r"(?:penalt\w+|waivers?)\s+(?:\S+\s+){0,12}?(?:facilit\w+|vendors|contractors)\b|"
        r"(?:\d+|more\s+than\s+\d+)\s+(?:immigration\s+)?detention\s+facilities",
        _ICE,
        0.75,
        unless=_287G_CONTEXT
        + "|"
        + _DETAINER_HOLD
        + r"|legal\s+(?:services|aid|representation)|\battorneys?\b|transport\w*",
        needs=("facilit", "penalt", "waiver", "detention"),
    ),
    # "The number of inmates coming to the jail from the federal Immigration and Customs
    # Enforcement agency is down 6 percent", "68 of the 993 inmates now housed at the Polk County
    # Jail are detainees of DHS or ICE"
    Rule(
        "igsa",
        r"(?:inmates|prisoners|detainees)\s+(?:(?:coming|sent|brought|arriving|referred)\s+(?:\S+\s+){0,4}?)?"
        rf"from\s+(?:the\s+)?(?:federal\s+)?(?:{_IMMIGRATION})(?!\W+(?:\S+\s+)?(?:custody|holds?|detainers?)\b)|"
        rf"\bdetainees\s+of\s+(?:(?:the\s+)?{_DHS}\s+(?:or|and)\s+)?(?:the\s+)?(?:{_ICE})",
        None,
        0.75,
        also=r"\bjail|detention|correctional|facilit|\bhous|\bheld\b|\bhold",
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD,
        needs=("from", "detainees"),
    ),
    # "Prince Edward County supervisors are negotiating with ICE to take it over" (the contract)
    Rule(
        "igsa",
        rf"negotiat\w+\s+with\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})",
        None,
        0.75,
        also=r"\bcontract|detention|\bbeds?\b|\bjail|detainees",
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD + r"|\bdata\b|database|transport\w*",
        needs=("negotiat",),
    ),
    # a rate for people held in immigration custody: "The DOC will receive $223.70 per day for each
    # individual in federal immigration custody, under the terms of the contract"
    Rule(
        "igsa",
        r"\bin\s+(?:federal\s+)?immigration\s+custody\b",
        None,
        0.75,
        also=r"per\s+(?:day|diem)|\ba\s+day\b|\bcontract|reimburs|\bpaid\b|\bpays?\b",
        unless=_DETAINER_HOLD + r"|transferr\w*|released?\s+to",
        needs=("custody",),
    ),
    # "continue to collect millions from ICE", "the county receives about $3 million to $4 million
    # per month from ICE, and they turn around and give that money to Geo Group, which runs
    # Moshannon Valley Processing Center"
    Rule(
        "igsa",
        # (not a message: "received only one call from ICE at 11:39 a.m.")
        rf"(?:collect|receiv)\w*\s+(?!(?:\S+\s+){{0,3}}?(?:calls?|phone|messages?|emails?|letters?|"
        rf"notices?|notifications?|requests?|tips?|word)\s+from\b)(?:\S+\s+){{0,8}}?from\s+(?:the\s+)?"
        rf"(?:{_IMMIGRATION})",
        None,
        0.75,
        also=_DETENTION_WORDS + r"|processing\s+center|detention\s+(?:center|facility)",
        # ("receives $77 from ICE per day to keep inmates on immigration holds": the holds)
        unless=_287G_CONTEXT
        + "|"
        + _DETAINER_HOLD
        + r"|\bdata\b|fingerprint|immigration\s+holds?|\bdetainers?\b",
        needs=("collect", "receiv"),
    ),
    # "collects $65 daily per immigrant it houses after detention by ICE", "$65 a day for taking in
    # immigrants detained by ICE": a day's rate for each person held is a bed contract's
    Rule(
        "igsa",
        r"\$\s?\d[\d,.]*\s+(?:a\s+day|daily|per\s+day|per\s+diem)\s+(?:(?:per|for\s+each|each|an?)\s+"
        r"(?:immigrant|detainee|inmate|prisoner|person)\b|for\s+(?:taking\s+in|housing|holding|jailing|"
        r"detaining|boarding)\s+(?:\S+\s+){0,2}?(?:immigrants|detainees|inmates|prisoners|people)\b)",
        _IMMIGRATION,
        0.75,
        also=_DETENTION_WORDS,
        unless=_DETAINER_HOLD,
        needs=("$",),
    ),
    # the federal government paying for its detainees: "the federal government would pay Freeborn
    # County $77 per day per detainee housed", "the county receives federal payments for housing
    # detainees", "the county's contract with the federal government to keep these detainees"
    # ("detainees" is ICE's word; the Marshals' are prisoners)
    Rule(
        "igsa",
        r"(?:contract|agreement|deal|arrangement)s?\s+with\s+(?:the\s+)?federal\s+government\s+to\s+"
        r"(?:keep|house|hold|detain|jail)\s+(?:\S+\s+){0,2}detainees\b|federal\s+(?:payments?|dollars|"
        r"money|funds|revenue|reimbursements?)\s+(?:for|to)\s+(?:house|housing|hold|holding|detain\w*|"
        r"keep\w*)\s+(?:\S+\s+){0,2}detainees\b|"
        # "The federal government pays well for every detainee that we hold"
        r"federal\s+government\s+pays?\s+(?:\S+\s+){0,2}?for\s+(?:every|each)\s+detainee\b|"
        # "sheriff departments under contract with the federal government for detention of said
        # illegal immigrants"
        r"(?:contract|agreement)s?\s+with\s+(?:the\s+)?federal\s+government\s+for\s+(?:the\s+)?"
        r"detention\s+of\s+(?:\S+\s+){0,3}?(?:detainees|immigrants|migrants|aliens|noncitizens)\b|"
        # "Under such contracts, the federal government pays counties to house detainees"
        r"federal\s+government\s+pays?\s+(?:\S+\s+){0,3}?to\s+(?:house|hold|detain|jail|keep)\s+"
        r"(?:\S+\s+){0,2}?detainees\b|"
        r"\$\s?\d[\d,.]*\s+(?:a\s+day|daily|per\s+day)\s+"
        r"(?:per|for\s+each|each|a)\s+detainee\b",
        r"federal\s+(?:government|payments?|dollars|money|funds|revenue|reimbursements?)|\bthe\s+feds\b",
        0.7,
        unless=_DETAINER_HOLD + r"|federal\s+(?:prisoners|inmates)|marshals?\b|\bUSMS\b|juvenile",
        needs=("detainee", "detention"),
    ),
    # ICE's award text for a detention operator: "NEW TASK ORDER … FOR HOUSING ICE ALIENS AT THE
    # DELANEY HALL CONTRACT DETENTION FACILITY", "DETENTION SERVICES FOR ALIENS HOUSED AT THE
    # CENTRAL ARIZONA FLORENCE CORRECTIONAL COMPLEX", "TO HOUSE AND SAFEGUARD ILLEGAL ALIENS"
    # (not the program that pays for jailing them, nor a 287(g) officer's work on them)
    Rule(
        "igsa",
        # ("THE HOUSING, TRANSPORTATION AND MEDICAL FOR ICE ALIENS", "EMERGENCY DETENTION AND
        # RELATED SERVICES FOR ALIENS IN IMMIGRATION AND CUSTOMS ENFORCEMENT CUSTODY")
        r"\b(?:hous(?:e|es|ed|ing)|safeguard\w*|detention\s+(?:and\s+related\s+)?services)"
        r"(?:,?\s+(?:and\s+)?\w+){0,3}?\s+(?:for\s+)?"
        r"(?:(?-i:ICE)\s+|criminal\s+|illegal\s+|removable\s+)?aliens\b|\baliens\s+housed\b",
        None,
        0.75,
        unless=_287G_CONTEXT
        + "|"
        + _DETAINER_HOLD
        + r"|\bSCAAP\b|criminal\s+alien\s+assistance|"
        + _ICE_OWN_CENTERS,
        needs=("aliens",),
    ),
    # a detention agreement by what it does, in a statute's or a reporter's words: "agreements that
    # support civil immigration detention", "an agreement … To detain or house individuals who
    # are in the custody of a federal immigration authority"
    Rule(
        "igsa",
        # ("agreements that facilitate the detention of individuals solely for federal civil
        # immigration violations", "how New Mexico public entities may participate in federal civil
        # immigration detention")
        r"(?:agreements?|contracts?)\s+(?:that|which|to)\s+(?:support|facilitate|allow|permit)\w*\s+"
        r"(?:(?:\S+\s+){0,2}?(?:civil\s+)?immigration\s+detention\b|(?:the\s+)?detention\s+of\s+(?:\S+\s+){0,4}?"
        r"(?:for|on)\s+(?:\S+\s+){0,2}?(?:civil\s+)?immigration\s+violations)|"
        r"(?:detain|house|hold)\s+(?:or\s+(?:detain|house|hold)\s+)?(?:individuals|people|persons|noncitizens)\s+"
        r"(?:who\s+are\s+)?in\s+(?:the\s+)?custody\s+of\s+(?:a|the)\s+federal\s+immigration\s+"
        r"(?:authorit\w+|agenc\w+)|"
        r"participat\w+\s+in\s+(?:federal\s+)?civil\s+immigration\s+detention\b",
        None,
        0.75,
        needs=("detention", "custody"),
    ),
    # and a detention operator's award at a facility named for the agency: "DETENTION AND
    # TRANSPORTATION SERVICES AT ADELANTO ICE PROCESSING CENTER", "DETENTION SERVICES AT THE MESA
    # VERDE AND GOLDEN STATE ICE DETENTION FACILITY"
    Rule(
        "igsa",
        r"\bdetention\s+(?:and\s+\w+\s+)?services\s+(?:\S+\s+){0,2}?at\s+(?:the\s+|an?\s+)?(?:\S+\s+){0,6}?"
        r"(?-i:ICE)\s+(?:immigration\s+)?(?:processing|detention)\s+(?:center|facility)\b",
        None,
        0.75,
        unless=_ICE_OWN_CENTERS,
        needs=("detention",),
    ),
    # the agency's jail program by its name: "budgeted $638,750 in revenues from the INS program",
    # "the INS program has averaged 90 to 100 detainees per month" (not ICE's 287(g) or detainer
    # programs)
    Rule(
        "igsa",
        r"\b(?-i:INS|ICE)\s+(?:detention\s+|housing\s+|jail\s+)?program\b",
        r"\bdetainees\b|\brevenues?\b|\bbeds?\b|per\s+(?:day|diem|detainee)|\bhous(?:e|ing)\b",
        0.75,
        unless=_287G_CONTEXT
        + r"|\bdetainers?\b|secure\s+communities|task\s+force|warrant\s+service",
        needs=("program",),
    ),
    # a facility's operator and its county courting the agency for detainees: "began to court
    # today’s most lucrative detention market: Immigration and Customs Enforcement"
    Rule(
        "igsa",
        # (not across a blank line: "personally courted DHS\n\nICE property backdoor — …", two
        # paragraphs)
        rf"\b(?:court(?:ed|ing)|to\s+court){_ONE_LINE}(?:\S+{_ONE_LINE}){{0,6}}?(?:{_ICE})",
        r"\bprisons?\b|\bjails?\b|\bbeds\b|detention|\binmates\b|\bdetainees\b",
        0.7,
        unless=_287G_CONTEXT,
        needs=("court",),
    ),
    # "struck a deal to house detainees who … are awaiting deportation", "agreements to house
    # individuals in immigration detention facilities", "contracts to hold ICE and other federal
    # detainees", "ICE … agreed to an extension until June 30 to house detainees"
    Rule(
        "igsa",
        r"(?:deal|contract|agreement|extension)s?\s+(?:\S+\s+){0,4}?to\s+[\"“]?(?:house|hold|detain|keep)\s+"
        r"(?:\S+\s+){0,4}(?:detainees|immigrants|aliens|individuals|people|persons|someone|anyone)\b",
        # ("any agreement to “house or detain individuals for civil immigration violations”", "any
        # contract to hold or detain someone for federal immigration violations")
        _IMMIGRATION + r"|(?:civil|federal)\s+(?:civil\s+)?immigration\s+violations",
        0.75,
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD,
        needs=("house", "hold", "detain"),
    ),
    # "ICE tapped the town as a pass-through to funnel $290 million to a private jail company to
    # operate the center": a city or county as ICE's go-between with a detention operator
    Rule(
        "igsa",
        r"\bpass[- ]?through\b",
        _ICE,
        0.7,
        also=r"\bjail|detention|\bcenter\b|facilit|\bprisons?\b|detainees",
        needs=("pass",),
    ),
    # "the state's prisons were explicitly authorized to hold people detained by ICE", "which
    # charged the agency more than $7 million … for housing its detainees"
    Rule(
        "igsa",
        # ("would stop the Howard County Department of Corrections from accepting individuals
        # detained by federal immigration law enforcement agencies"; "to house people detained on
        # immigration matters")
        rf"(?:hold|hous|jail|detain|keep|accept)\w*\s+(?:\S+\s+){{0,2}}(?:people|persons|individuals|immigrants|those)\s+"
        rf"(?:detained|arrested|apprehended|picked\s+up)\s+by\s+(?:{_IMMIGRATION})|(?:charg|bill|invoic)\w*\s+"
        rf"(?:the\s+agency|(?:{_IMMIGRATION}))\s+(?:\S+\s+){{0,8}}?for\s+(?:housing|holding|detaining|jailing)\s+"
        r"(?:its\s+|their\s+)?(?:\S+\s+){0,2}?(?:detainees|inmates|prisoners)|"
        r"(?:hold|hous|jail)\w*\s+(?:\S+\s+){0,2}?(?:people|persons|individuals|immigrants)\s+(?:detained|held)\s+"
        r"(?:on|for)\s+(?:civil\s+)?immigration\s+(?:matters|charges|violations|grounds)",
        _IMMIGRATION + r"|\bjails?\b",
        0.75,
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD + r"|\bdetainers?\b",
        needs=("hold", "hous", "jail", "detain", "keep", "accept", "charg", "bill", "invoic"),
    ),
    # the money a jail makes holding people for ICE: "what happens if the ICE revenue goes away?",
    # "about $3.1 million tied to immigration detention"
    Rule(
        "igsa",
        # ("what would happen if ICE-related revenue disappeared")
        rf"(?:{_ICE})(?:[-‐]related)?\s+(?:detention\s+|housing\s+|boarding\s+|detainee\s+)?(?:revenue|income|money|"
        r"payments?|dollars)\b|(?:revenue|income|money|\$\s?[\d.,]+\s+(?:million|thousand)?)\s+(?:\S+\s+){0,2}?"
        r"(?:tied\s+to|from|for)\s+(?:\S+\s+){0,2}?immigration\s+detention\b|immigration\s+detention\s+revenue",
        None,
        0.75,
        unless=_287G_CONTEXT + r"|task\s+force|reimburs\w+\s+(?:\S+\s+){0,3}(?:salar|overtime)",
        needs=("revenue", "income", "money", "payment", "dollars", "$"),
    ),
    # "the facility is back on ICE's active roster"
    Rule(
        "igsa",
        rf"(?:on|to|from|off)\s+(?:{_ICE})['’]s\s+(?:\S+\s+)?(?:roster|list)\b",
        None,
        0.75,
        also=r"facilit|\bjail|detention|correctional|detainees",
        unless=_287G_CONTEXT,
        needs=("roster", "list"),
    ),
    # "the agency uses an average of 123 beds per night in Pike County", "ICE has requested 10
    # beds to temporarily house inmates", "ICE reached out to Sheriff Dan Springer about using 10
    # beds at the facility"
    Rule(
        "igsa",
        rf"(?:{_ICE}|the\s+agency)\s+(?:\w+\s+){{0,2}}(?:uses?|used|utiliz\w*|rents?|rented|pays?\s+for|"
        r"requested|requests)\s+(?:\S+\s+){0,5}?beds\b|"
        rf"(?:{_ICE})\s+(?:\S+\s+){{1,6}}?about\s+using\s+(?:\S+\s+){{0,2}}?beds\b",
        _IMMIGRATION,
        0.75,
        needs=("beds",),
    ),
    # a jail's daily count of the agency's detainees: "ICE reported … that Weber County Jail
    # averaged 62 detainees per day"
    Rule(
        "igsa",
        r"averag\w*\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+)?\d[\d,]*\s+(?:\w+\s+)?detainees\s+"
        r"(?:per|a|each)\s+day\b",
        _ICE,
        0.75,
        also=r"\bjail|facilit|detention\s+center|correctional",
        needs=("detainees",),
    ),
    # "the recent proposal from Immigration and Customs Enforcement, or ICE, to use space in the
    # Gallatin County Detention Center"
    Rule(
        "igsa",
        rf"(?:{_ICE})(?:\s*\((?-i:ICE)\))?,?(?:\s+or\s+(?-i:ICE),)?\s+(?:\S+\s+){{0,2}}?to\s+(?:use|rent|lease)\s+"
        r"(?:\S+\s+){0,2}?(?:space|beds)\s+(?:in|at)\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:jail|detention\s+"
        r"(?:center|facility)|correctional\s+(?:center|facility))",
        None,
        0.75,
        unless=_287G_CONTEXT,
        needs=("space", "beds"),
    ),
    # "the agreement that allows U.S. Immigration and Customs Enforcement, or ICE, to house
    # detainees at the Erie County Prison", "an ordinance to remove ICE from the county prison
    # contract", "would stop the housing of detainees held solely on civil immigration grounds"
    Rule(
        "igsa",
        rf"(?:{_ICE})(?:\s*\((?-i:ICE)\))?,?(?:\s+or\s+(?-i:ICE),)?\s+to\s+(?:house|hold|keep)\s+"
        r"(?:\S+\s+){0,3}?(?:detainees|immigrants|people|individuals|prisoners|inmates)\s+(?:\S+\s+){0,2}?"
        r"(?:at|in)\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:jail|prison|detention\s+(?:center|facility)|correctional)|"
        rf"(?:{_ICE})\s+(?:from|out\s+of)\s+(?:the\s+)?(?:\S+\s+){{0,2}}?(?:prison|jail)\s+contract|"
        r"hous\w*\s+(?:of\s+)?(?:\S+\s+){0,2}?(?:detainees|individuals|people|persons|immigrants)\s+"
        r"(?:held|detained)\s+(?:solely\s+|only\s+|purely\s+)?(?:on|for)\s+civil\s+immigration\b",
        None,
        0.75,
        # (not a detainer: "will ignore requests from … ICE to hold people in the county jail
        # unless such a request comes with a warrant")
        unless=_287G_CONTEXT + r"|\bdetainers?\b|\brequests?\b|\bwarrants?\b|\b(?:48|72)\s+hours|"
        r"\bbeyond\b|\bpast\s+(?:their|the)",
        needs=("house", "hous", "hold", "keep", "contract"),
    ),
    # "a U.S. agency is asking Carbon County for some space in its correctional facility to
    # temporarily house people who have been detained"
    Rule(
        "igsa",
        r"space\s+(?:\S+\s+){0,5}?(?:jail|correctional\s+facility|detention\s+(?:center|facility))\s+"
        r"(?:\S+\s+){0,2}?to\s+(?:\S+\s+){0,2}?(?:house|hold)\s+(?:people|detainees|individuals|immigrants)",
        r"immigra",
        0.7,
        needs=("space",),
    ),
    # "the proposal to expand the jail for Immigration and Customs Enforcement", "the sheriff's
    # office can bill ICE for $85 for each day of detainment"
    Rule(
        "igsa",
        r"(?:expan|build|construct)\w*\s+(?:\S+\s+){0,3}?(?:jail|detention\s+(?:center|facility)|"
        rf"facility)\s+for\s+(?:the\s+)?(?:{_IMMIGRATION})|(?:bill|charg|invoic)\w*\s+(?:the\s+)?"
        rf"(?:{_IMMIGRATION})\s+(?:\S+\s+){{0,4}}(?:per|each|a)\s+day",
        None,
        0.75,
        unless=_287G_CONTEXT,
        needs=("expan", "build", "construct", "bill", "charg", "invoic"),
    ),
    # "allowing the facility to reopen as a U.S. Immigration and Customs Enforcement (ICE) Center"
    Rule(
        "igsa",
        rf"(?:re)?open\w*\s+as\s+(?:an?\s+)?(?:U\.?\s?S\.?\s+)?(?:{_ICE})(?:\s*\((?-i:ICE)\))?\s+"
        r"(?:detention\s+|processing\s+)?(?:center|facility)\b",
        None,
        0.75,
        unless=_287G_CONTEXT,
        needs=("open",),
    ),
    # ICE's detainees in a named jail, coming or going: "Regional ICE spokesman Khaalid Walls
    # confirmed the agency no longer uses Albany County Jail", "ICE still uses the Rensselaer County
    # Jail to hold detainees", "Since April, ICE sent one detainee", "The facility has handled
    # people detained by U.S. Immigration and Customs Enforcement", "among the few in the Midwest
    # that take in federal inmates, including people picked up by … (ICE) officials", "two jails
    # where ICE detains people", "would not be accepting any more detainees" (ICE named beside it)
    Rule(
        "igsa",
        rf"(?:{_ICE}|the\s+agency)\s+(?:no\s+longer\s+|still\s+|also\s+)?(?:uses?|used)\s+(?:the\s+)?"
        r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:jail|detention\s+(?:center|facility)|correctional\s+(?:center|facility))\b|"
        # ("ICE allegedly transferred detainees from other infected facilities to the Morrow jail")
        rf"(?:{_ICE})\s+(?:\w+ly\s+)?(?:sent|sends|brought|brings|transferred)\s+(?:\S+\s+){{0,2}}?detainees?\b|"
        # "(ICE) transferred all remaining individuals in its custody out of the Glades County
        # Detention Center"
        rf"(?:{_ICE})(?:\s*\((?-i:ICE)\))?\s+transferred\s+(?:\S+\s+){{0,8}}?out\s+of\s+(?:the\s+)?(?:\S+\s+){{0,4}}?"
        r"(?:jail|detention\s+(?:center|facility))\b|"
        rf"handl\w*\s+(?:people|individuals|persons|those)\s+(?:detained|arrested)\s+by\s+(?:the\s+)?(?:{_ICE})|"
        r"\btak(?:e|es|ing)\s+in\s+(?:\S+\s+){0,2}?(?:inmates|detainees|prisoners)\b|"
        rf"(?:jails?|facilit\w+|detention\s+cent\w+)\s+where\s+(?:{_ICE})\s+(?:detains|holds|houses|keeps)\b|"
        r"(?:not|n['’]t)\s+(?:be\s+)?accept\w*\s+(?:any\s+)?(?:more\s+|new\s+)(?:ICE\s+)?detainees\b",
        _IMMIGRATION,
        0.75,
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD,
        needs=(
            "use",
            "sent",
            "send",
            "brought",
            "bring",
            "transferred",
            "handl",
            "take",
            "taking",
            "where",
            "accept",
        ),
    ),
    # "ICE uses roughly 200 local jails and prisons to house some 38,000 people"
    Rule(
        "igsa",
        rf"(?:{_ICE})\s+(?:\w+\s+){{0,2}}(?:uses?|used|using|rel(?:y|ies|ied)\s+on)\s+(?:\S+\s+){{0,5}}"
        r"(?:jails|prisons|detention\s+facilities|facilities)\s+to\s+(?:house|hold|detain)|"
        # "Immigration and Customs Enforcement is contracting with or operating 147 public and
        # private detention facilities"
        rf"(?:{_ICE})\s+(?:is\s+|was\s+|has\s+been\s+)?contract\w*\s+with\s+(?:\S+\s+){{0,6}}?"
        r"(?:jails|prisons|detention\s+(?:facilities|centers))\b",
        None,
        0.75,
        needs=("use", "using", "rel", "contract"),
    ),
    # "ICE used to have a detention facility … at the Utah County Jail"
    Rule(
        "igsa",
        rf"(?:{_ICE})\s+(?:\S+\s+){{0,6}}detention\s+(?:facility|center|space)\s+(?:\S+\s+){{0,6}}"
        r"(?:at|in)\s+(?:the\s+)?(?:\S+\s+){1,3}(?:jail|correctional\s+facility)",
        None,
        0.75,
        also=_DETENTION_WORDS,
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD,
    ),
    Rule(
        "igsa",
        # ("Kenosha and Dodge counties don't contract directly with ICE", "Berks County does not
        # have a formal agreement to cooperate with federal immigration officials")
        rf"(?<!n't\s)(?<!n’t\s)(?<!not\s)(?<!never\s)(?<!not\shave\sa\sformal\s)(?<!not\shave\sa\s)"
        rf"(?<!not\shave\san\s)(?<!not\shave\sany\s){_AGREEMENT}\s*{_W}{{0,5}}(?:with|between|among)\s+"
        rf"(?:the\s+)?{_W}{{0,5}}(?:{_IMMIGRATION})|(?:{_ICE}|{_INS})(?:['’]s)?\s+[\"“]?"
        # "ICE “detention and transportation contracts come with much more scrutiny"
        # (not "ICE’s contractor")
        r"(?:(?:detention|jail|bed)\s+(?:and\s+transport\w*\s+)?)?(?:contracts?|agreements?)\b|"
        rf"(?:{_ICE})\s+(?:\w+\s+){{1,3}}(?:contracts?|agreements?)\s+(?:\S+\s+){{0,8}}(?:detainees|beds|jails?|"
        rf"facilit|house\s+of\s+correction)|(?:{_ICE})\)?\s+(?:\w+\s+){{0,2}}(?:signed|renewed|ended|terminated|cancell?ed)\s+"
        r"(?:\w+\s+){0,3}contracts?\b|(?:paid|reimbursed)\s+(?:for\s+)?by\s+(?:the\s+)?"
        # (not "the costs … in complying with the ICE detainer shall be reimbursed")
        rf"(?:{_IMMIGRATION})|(?:federal\s+)?"
        rf"(?:{_IMMIGRATION})\s+(?!detainers?\b){_W}{{0,6}}(?:pays?|paid|reimburs\w*)|(?:{_ICE})\s+{_W}{{0,12}}"
        r"(?:its|their|the|his|her)\s+contracts?\b",
        None,
        0.8,
        # an agreement with ICE that deputizes is the 287(g) agreement, unless it also houses
        unless=_287G_CONTEXT
        + "|"
        + _DETAINER_HOLD
        + "|"
        + _NOT_BEDS
        + r"|memorandum\s+of\s+(?:agreement|understanding)\s+(?:\(MOU\)\s+)?with\s+(?:U\.?S\.?\s+)?"
        r"(?:(?-i:ICE)|immigration)(?!\s+\S+\s+\S+\s+\S*\s*(?:to|for)\s+(?:the\s+)?hous)|"
        r"memorandum\s+of\s+agreement|\bMOA\b|"
        + _POLICE_AGENCY
        + r"|public\s+safety\s+department|office\s+space|"
        # ("ICE hasn’t paid the EMS in Stewart County for responding to the detention centers’
        # calls": an ambulance service's bill)
        r"\bEMS\b|ambulances?\b|"
        # a building sold or leased to ICE for its own facility: "Warehouse owners in Hanover
        # County, Virginia terminated their deal with ICE" (not the verb: "contracts where ICE pays
        # to warehouse people")
        # ("ICE paid $70 million last month for a vast warehouse facility")
        r"\bwarehouses\b|\bwarehouse\s+(?:owners?|propert|buildings?|sites?|purchases?|sales?|conversions?|"
        r"facilit(?:y|ies))|"
        # an agreement to cooperate, not to house: "any prior agreement to work with ICE is null and
        # void", "an immigration enforcement agreement with … the Department of Homeland Security"
        r"\bagreements?\s+to\s+(?:work|cooperate|partner|collaborate)\s+with\b|"
        r"immigration\s+(?:law\s+)?enforcement\s+(?:agreements?|partnerships?|programs?|deals?)\b|"
        + _PROGRAM_JOINED
        + "|"
        + rf"^(?![\s\S]*(?:{_PARTNERSHIP_HOUSES}))[\s\S]*?{_ICE_PARTNERSHIP}|"
        # ("ICE contracts with a private company … for inspections")
        r"\bfor\s+inspections\b|"
        r"between\s+(?:state\s+and\s+)?local\s+law\s+enforcement\s+and|"
        + _HSI
        + "|"
        + _AGENCIES_ENTER
        + "|"
        # ICE paying for transport: "authorize Etowah County to transport … (ICE) detainees", "The
        # agreement would allow ICE to request the transportation of detainees to … Alligator
        # Alcatraz"
        # (a heading's words are not the bullet's under it: "The Transport Contract\n- Signed ICE
        # contract at $110/night")
        r"transport\w*\s+(?:(?![-•–]\s)\S+\s+){0,4}(?:ICE|immigration)|"
        r"(?:request|require|provide)\s+(?:the\s+)?"
        r"transportation\s+of\s+(?:\S+\s+){0,2}?detainees|"
        # data sharing, not "financial data" about a bed contract
        r"task\s+force|joint\s+operations?|forfeiture\s+fund|"
        # (not beds: "granting the federal agency access to up to 96 beds")
        r"\baccess\b(?!\s+to\s+(?:up\s+to\s+)?(?:\S+\s+){0,2}?beds\b)|database|"
        r"\bdata[- ]?sharing|(?:arrest|booking|release|inmate|"
        r"biometric|fingerprint|personal|plate)\s+data|shar\w+\s+(?:\w+\s+){0,3}data|interconnection|"
        r"fingerprint|"
        r"secure\s+communities|\bPARS\b|legal\s+(?:services|aid|representation|defen[cs]e|counsel)|"
        r"basic\s+ordering|(?-i:\bBOAs?\b)|" + _VENDOR_WORK + "|"
        # (a vendor's service to ICE's flights: "132 ICE flights …; Healey named Signature Aviation
        # and demanded it cut ties with ICE")
        r"(?-i:\bICE)\s+(?:charter\s+)?flights\b|deportation\s+flights?\b|\baviation\b|"
        # (nor a vendor's contracts to move people: "in ICE contracts, primarily for transporting
        # immigrant children and families")
        r"\bcontracts?,?\s+(?:\S+\s+){0,2}?for\s+transporting\b|"
        # ("sent four deputies to be trained … ICE paid for the training": the 287(g) agreement's)
        r"deputies\s+(?:\S+\s+){0,3}trained|pa(?:id|ys?|ying)\s+for\s+(?:the\s+)?(?:\S+\s+){0,6}?training|"
        # (not the state's Attorney General ruling on the records of an ICE contract)
        # (nor "According to the attorneys, … ICE only reimburses at $85 per day": sources)
        r"(?<!city )(?<!county )(?<!district )(?<!according to the )attorneys?\b(?!\s+general)"
        # (not "an attorney representing the company said … the contract between ICE and
        # CoreCivic would be renewed")
        r"(?!\s+(?:representing|for)\s+the\s+(?:company|operator|contractor|county|city)\b)",
    ),
    # "enables local jurisdictions to serve as holding facilities for detainees", "Adams County
    # Correctional Center started housing detainees in June" (an ICE spokesman said)
    Rule(
        "igsa",
        r"serv\w*\s+as\s+(?:\S+\s+)?holding\s+facilit\w+\s+for\s+(?:\S+\s+)?detainees|"
        r"(?:start|began|begin|resum)\w*\s+(?:housing|holding)\s+(?:\S+\s+)?detainees",
        None,
        0.75,
        unless=_287G_CONTEXT
        + "|"
        + _DETAINER_HOLD
        + "|"
        + _FEDERAL_PRISONERS
        + r"|marshal|\bUSMS\b",
        needs=("holding", "housing"),
    ),
    # "typically houses around 100 individuals going through federal immigration court processes"
    Rule(
        "igsa",
        r"hous\w*\s+(?:\S+\s+){0,4}?(?:individuals|people|persons|men|women)\s+(?:\S+\s+){0,4}?(?:federal\s+)?"
        r"immigration\s+(?:court|proceedings|cases|hearings)",
        None,
        0.75,
        unless=_DETAINER_HOLD,
    ),
    Rule(
        "igsa",
        rf"hous\w*\s+{_W}{{0,8}}(?:{_IMMIGRATION_DETAINEES})",
        None,
        0.8,
        unless=_NOT_PAID,
        rides=True,
    ),
    Rule(
        "igsa",
        rf"{_HOLD}\s+{_W}{{0,8}}(?:{_IMMIGRATION_DETAINEES}|undocumented\s+immigrants)|"
        rf"(?:{_IMMIGRATION_DETAINEES})",
        None,
        0.8,
        also=_DETENTION_WORDS,
        # ("to board and transport immigration detainees" does both)
        unless=r"\btransfer\w*\s+of\b|\btransfer\w*\s+(?:\S+\s+){0,4}(?:to|into)\s+(?:the\s+)?(?:federal\s+)?"
        r"immigration\s+(?:authorities|officials|agents)|(?:reimbursement|assistance)\s+program|\bSCAAP\b|"
        + _NOT_BEDS
        + r"|(?<!and\s)transport\w*\s+"
        + _W
        + "{0,3}(?:ICE|immigration)|"
        # an airport's service to ICE's flights: "banning flights of immigration detainees
        # chartered by Immigration and Customs Enforcement"
        + r"\bflights?\s+(?:\S+\s+){0,3}?(?:immigrants?|immigration)\s+detainees|"
        + _287G_CONTEXT
        + "|"
        + _DETAINER_HOLD
        + "|"
        + _NOT_PAID
        # (nor "bond hearings for ICE detainees have been effectively eliminated": the courts;
        # nor ICE's own centers: "DETENTION SUPPORT SERVICES FOR ICE DETAINEES AT THE BUFFALO
        # FEDERAL DETENTION FACILITY")
        + r"|\bbond\s+hearings?\b|\bhabeas\b|"
        + _ICE_OWN_CENTERS,
        rides=True,
    ),
    Rule(
        "igsa",
        # ("hold criminal aliens for ICE" is the detainer's idiom, not a bed contract's)
        # ("holding detainees on behalf of Immigrations and Customs Enforcement")
        rf"{_HOLD}\s+(?:\w+\s+){{0,8}}(?!aliens\b|holds\b)(?:{_PEOPLE}|beds|custodies)\s+(?:\w+\s+){{0,4}}"
        rf"(?:for|from|to|on\s+behalf\s+of)\s+"
        rf"(?:the\s+)?(?:federal\s+)?(?:{_IMMIGRATION})|(?:{_PEOPLE})\s+(?:\w+\s+){{0,2}}(?:housed|held|boarded)\s+"
        rf"(?:\w+\s+){{0,4}}(?:for|from)\s+(?:the\s+)?(?:{_IMMIGRATION})|(?:rent|leas)\w*\s+"
        rf"(?:the\s+agency\s+|them\s+)?(?:\w+\s+){{0,4}}(?:beds|cells)|"
        # (not a rule's length: "ICE quietly expanded max hold from 12 to 72 hours")
        # (a quotation opened on the way: "ICE “is only renting one of the jail’s wings”")
        rf"(?:{_IMMIGRATION})\s+(?:[“\"]?\w+\s+){{0,5}}(?<!\bmax\s)(?<!\bmaximum\s)(?:to\s+)?(?:house|housing|hold|"
        r"holding|rent|renting)\s+"
        # (not "ICE are mandated by the state to hold a forum")
        r"(?!(?:an?|the|its|their)\s+(?:\S+\s+)?(?:forums?|meetings?|hearings?|press|conferences?|events?|"
        r"sessions?|workshops?)\b)"
        # (nor ICE's own room: "ICE hold facility, avg daily pop ~12"; nor money held: "DHS
        # collectively hold nearly $10 million in Clearview contracts")
        r"(?!(?:facilit\w*|rooms?|cells?|areas?|sites?)\b)(?!(?:\S+\s+)?\$\s?\d)|"
        rf"(?:{_ICE})\s+detention\s+(?:program|contract|agreement)|"
        # a jail run for ICE: "Berks operated from 2001–2021 as an ICE family detention center"
        rf"\boperat\w+\s+(?:\S+\s+){{0,4}}?as\s+(?:an?\s+)?(?:{_ICE})\s+(?:family\s+)?detention\s+"
        r"(?:center|facility)\b|"
        # the practice by its place: "fact-finding hearing on ICE detention in state prisons"
        rf"(?:{_ICE}|immigration)\s+detention\s+in\s+(?:the\s+)?(?:state|county|local)\s+(?:prisons?|jails?)\b|"
        # "entering into, renewing or extending immigration detention agreements" ("criticized ICE
        # tactics while maintaining state detention agreement")
        r"(?:immigration|state|county)\s+detention\s+(?:contracts?|agreements?)\b|"
        # ("$3.9M/month from ICE = a county likely dependent on detention revenue")
        rf"\$\s?\d[\d,.]*\s*(?:[MK]\b|million|thousand)?\s*(?:/|a\s+|per\s+)(?:month|year)\s+(?:\S+\s+){{0,3}}?"
        rf"from\s+(?:the\s+)?(?:{_IMMIGRATION})|"
        # "The county collects $117 a day per detainee from ICE"
        rf"\$\s?\d[\d,.]*\s+(?:a|per)\s+(?:day|diem)\s+(?:\S+\s+){{0,3}}from\s+(?:the\s+)?(?:{_IMMIGRATION})|"
        # "men awaiting deportation by … INS authorities were transferred to Carroll County"
        r"(?:awaiting|facing)\s+deportation\s+(?:\S+\s+){0,8}(?:transferred|sent|brought)\s+to\s+(?:the\s+)?"
        r"(?:\S+\s+){0,3}(?:county|jail|detention)|"
        # "ICE … will no longer send detainees to the York County Prison"
        r"(?:send|sending|sent)\s+(?:\w+\s+){0,2}(?:detainees|inmates|prisoners|immigrants)\s+to\s+"
        r"(?:the\s+)?(?:\S+\s+){0,3}(?:jail|prison|detention|correctional)|"
        # (not "ICE access to jail databases": access, no beds)
        rf"(?:{_IMMIGRATION})\s+(?:(?!access\b)\w+\s+){{0,3}}to\s+jail\s+|"
        rf"(?:{_IMMIGRATION})\s+(?:\w+\s+){{0,2}}for\s+jail\s+(?:housing|beds|space)|"
        # "ICE still detains people in local jails like Charleston County and York County Detention
        # Centers"
        rf"(?:{_IMMIGRATION})\s+(?:\w+\s+){{0,3}}detain\w*\s+(?:\S+\s+){{0,3}}(?:in|at)\s+(?:the\s+)?"
        r"(?:local|county|city|area)\s+jails?\b|"
        # "ICE had cut the number of detainees held in Goshen"
        rf"(?:{_IMMIGRATION})\s+(?:\S+\s+){{0,8}}(?:detainees|immigrants)\s+(?:held|housed|boarded)\s+"
        r"(?:in|at)\b|"
        # "Most detainees held by ICE at the McHenry County Jail previously resided in Illinois"
        rf"(?:detainees|immigrants)\s+(?:held|housed|boarded)\s+by\s+(?:{_IMMIGRATION})\s+(?:in|at)\s+(?:the\s+)?"
        r"(?:\S+\s+){0,3}?(?:jail|detention|facility|correctional|center)\b|"
        # "the agreement to house its detainees in the city jail", "the federal agency that has
        # contracted with the county since 2008 to board detainees"
        rf"{_AGREEMENT}\s+to\s+(?:house|hold|detain|jail)\s+(?:its|their)\s+(?:\w+\s+)?(?:{_PEOPLE})|"
        # "The ICE/Freeholders contract provides the county with $10 million over 10 years to house
        # the prisoners"
        rf"{_AGREEMENT}\s+provides\s+(?:\S+\s+){{0,10}}?to\s+(?:house|hold|detain|jail)\s+(?:the|its|their)\s+"
        rf"(?:\w+\s+)?(?:{_PEOPLE})|"
        # ("one of two jails in Ohio contracted by U.S. Immigration and Customs Enforcement, or ICE,
        # to admit people")
        r"\bcontracted\s+(?:\S+\s+){0,9}?to\s+(?:house|hold|board|detain|jail|admit)\s+(?:\S+\s+){0,2}?"
        rf"(?:{_PEOPLE})\b|"
        # "Out of 228 beds that ICE has access to at Tri-County"
        rf"\bbeds\s+(?:that|which)\s+(?:the\s+)?(?:{_IMMIGRATION})\s+(?:\S+\s+){{0,2}}?(?:has|have|had|uses?|"
        r"used|rents?|rented|pays?|paid)\b",
        # ("rent an additional 120 detention beds at the Theo Lacy Facility to immigration
        # officials")
        _IMMIGRATION + r"|immigration\s+(?:officials|authorities|agents)",
        0.8,
        also=_DETENTION_WORDS,
        # holding people for ICE where detainers are the subject is the detainer; so is what holding
        # them costs the county ("has spent more than $3.8 million … holding people in the jail for
        # ICE"): a bed contract pays; so is a jail that hands people over to ICE ("detained people
        # to hand them over to ICE")
        unless=r"transport\w*|hold\s+requests?|\bdetainers?\b|\b(?:spent|spend\w*)\s+(?:\S+\s+){0,10}?"
        r"(?:holding|detaining)\b|\b(?:hand|turn)(?:s|ed|ing)?\s+(?:\S+\s+){0,2}?over\s+to\b|"
        + _NO_HOLD_FOR_ICE
        # ("Local ICE hold laws will still affect when a jail may hold someone for ICE")
        + r"|(?-i:\bICE)\s+hold\s+(?:laws?|polic(?:y|ies)|ordinances?)\b|"
        # (nor a building the agency bought for its own use: "Immigration and Customs Enforcement
        # purchased an East Side warehouse to hold up to 1,500 people")
        r"\b(?:purchas\w*|bought|acquir\w*)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,3}?(?:warehouse|building|"
        r"propert(?:y|ies)|site)\b|" + _287G_CONTEXT + "|" + _DETAINER_HOLD,
        rides=True,
    ),
    # "ICE … has provided the Yuba County Jail … 60 days' notice and will terminate the $8.7
    # million-a-year contract"
    Rule(
        "igsa",
        r"\b(?:terminat|end|cancel|renew|extend)\w*\s+(?:its|their|the|that)\s+(?:\S+\s+){0,3}?contract\b|"
        # "the agency had received the city’s 90-day contract termination notice", "consider TCDF
        # for contract termination", "depopulation by ICE after contract expiration"
        r"\bcontract\s+(?:termination\s+notice|termination|expiration)\b|"
        # "informed the Yuba County Sheriff’s Office this week that the contract will end within 60
        # days"
        r"\bcontract\s+(?:will|would|is\s+(?:set|going)\s+to)\s+(?:end|expire|terminate)\s+(?:with)?in\s+\d+\s+days\b",
        _IMMIGRATION,
        0.75,
        # (a detention facility by its initials: "TCDF", "OCDF")
        also=r"\bjail|detention|detainees|\bbeds?\b|\d+-day\s+(?:\S+\s+){0,2}?notice|(?-i:\b[A-Z]{1,4}DF\b)|"
        r"\bsheriff['’]?s?\s+(?:office|department)\b",
        unless=_287G_CONTEXT
        + "|"
        + _DETAINER_HOLD
        + "|"
        + _VENDOR_WORK
        + "|"
        + _POLICE_AGENCY
        + r"|task\s+force|\bdata\b|database",
        needs=("contract",),
    ),
    # the agency's standards in a jail it rents: "ICE Personnel also conduct mandated reviews of the
    # jail facility to ensure it is being complaint with applicable ICE Federal Detention Standards"
    Rule(
        "igsa",
        r"\b(?-i:ICE)\s+(?:\S+\s+){0,2}?detention\s+standards\b",
        None,
        0.75,
        also=r"\bjails?\b",
        unless=_ICE_OWN_CENTERS,
        needs=("standards",),
    ),
    # people held in removal proceedings: "the county facility houses families going through asylum
    # proceedings"; shelters and resettlement house asylum seekers too, a jail or facility does not
    Rule(
        "igsa",
        rf"{_HOLD}\s+(?:\S+\s+){{0,6}}?(?:seeking\s+asylum|asylum[- ]seek\w+|(?:in|going\s+through|"
        r"awaiting|facing)\s+(?:their\s+)?(?:asylum|immigration|deportation|removal)\s+(?:proceedings|"
        r"hearings|cases))",
        None,
        0.75,
        also=r"\bjail|detention|facilit|correctional|\bprisons?\b|residential\s+center|federal\s+government",
        unless=r"shelter|resettle|hotel|sponsor|legal\s+(?:services|aid|representation)|"
        + _287G_CONTEXT
        + "|"
        + _DETAINER_HOLD,
        needs=("asylum", "proceedings", "hearings", "cases"),
    ),
    # detention words of their own: "leasing space to INS for its detainees", "house the ICE
    # Family Residential Program", "children who are taken … by ICE are detained"
    Rule(
        "igsa",
        rf"(?:rent|leas)\w*\s+(?:jail\s+|bed\s+|detention\s+)?space\s+to\s+(?:the\s+)?"
        rf"(?:{_IMMIGRATION})|(?:hous\w*|hold)\s+(?:the\s+)?(?:{_ICE})\s+(?:\(ICE\)\s+)?"
        r"(?:\w+\s+){0,2}(?:program|center|detainees|families)|"
        r"(?:taken|arrested|apprehended|picked\s+up|brought\s+in)\s+(?:\S+\s+){0,4}by\s+"
        rf"(?:{_IMMIGRATION})\s+(?:\(ICE\)\s+)?(?:are|were|is|was)\s+(?:being\s+)?"
        r"(?:detained|held|housed)",
        None,
        0.8,
        unless=r"transport\w*|hold\s+requests?|\bdetainers?\b|"
        + _287G_CONTEXT
        + "|"
        + _DETAINER_HOLD,
        rides=True,
    ),
    # "the federal government has contracted with Orange County to house detainees while they
    # await deportation hearings"
    Rule(
        "igsa",
        # "an existing contract with the federal government or any federal agency to detain adult
        # noncitizens for purposes of civil immigration custody"
        r"contract\w*\s+(?:\S+\s+){0,8}?to\s+(?:house|hold|detain)\s+(?:\w+\s+){0,2}(?:detainees|"
        r"immigrants|aliens|individuals|people|non-?citizens)|(?:rent|leas)\w*\s+(?:\S+\s+){0,3}space\s+to\s+(?:the\s+)?federal\s+"
        r"government",
        r"deport\w*|immigra\w*|\bmigrants?\b",
        0.75,
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD + r"|federal\s+(?:prisoners|inmates|detainees)",
        rides=True,
    ),
    # ICE in or out of a county's detention center: "ICE is pulling out of the county's detention
    # center", "ICE will discontinue use of the Etowah County Detention Center", "pushes to get
    # ICE out of county jails"
    Rule(
        "igsa",
        rf"(?:{_ICE})\s+(?:\S+\s+){{0,4}}(?:pull\w*\s+out\s+of|discontinu\w*\s+(?:the\s+)?use\s+of|"
        r"leav\w*|abandon\w*|out\s+of|use\s+of)\s+(?:the\s+)?(?:\S+\s+){0,4}(?:detention\s+(?:center|"
        r"facility)|jails?\b|prisons?\b|correctional\s+(?:center|facility))",
        None,
        0.75,
        # ("locks ICE out of the jail": its access, not a contract)
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD + r"|\bdetainers?\b|\baccess\b|interview|"
        r"\block\w*\s+(?-i:ICE)\s+out\b",
        rides=True,
    ),
    # the detainees taken out of a jail when its contract ends
    Rule(
        "igsa",
        r"pull\w*\s+(?:\S+\s+){0,4}detainees\s+out\b|"
        r"(?:remov|relocat)\w*\s+(?:of\s+)?(?:\S+\s+){0,6}detainees\s+(?:out\s+of|from)\s+(?:the\s+)?"
        r"(?:\S+\s+){0,4}(?:jail|house\s+of\s+correction|detention\s+(?:center|facility)|"
        r"correctional|prison|(?-i:[A-Z]{3,6})\b)",
        _IMMIGRATION + r"|federal\s+(?:authorities|officials)",
        0.75,
    ),
    Rule(
        "igsa",
        rf"{_HOLD}\s+{_W}{{0,4}}(?:{_PEOPLE})\s+for\s+federal\s+(?:authorities|officials|agents)",
        r"deport",
        0.75,
        also=_DETENTION_WORDS,
    ),
    # a daily rate the federal government pays for held immigrants: "the reimbursement rate from
    # the federal government is $93 per day and immigrants are often held for up to 30 days"
    Rule(
        "igsa",
        r"(?:rate|payment|reimbursement)\s+(?:\S+\s+){0,3}?from\s+the\s+federal\s+government\s+(?:is|was|of)\s+"
        r"\$\s?\d[\d.,]*\s+(?:a|per)\s+day\b",
        r"\bimmigrants?\b|\bdetainees\b|immigration",
        0.7,
        unless=_DETAINER_HOLD + r"|federal\s+(?:prisoners|inmates)|marshals?\b|\bUSMS\b",
        needs=("federal government",),
    ),
    # a contract's guaranteed beds, its agency named: "ICE reduced the number of guaranteed beds
    # from 714 to 505", "the ICE contract has included guaranteed minimums since reopening"
    Rule(
        "federal_detention",
        r"\bguaranteed\s+(?:bed\s+)?minimums?\b|\bguaranteed\s+(?:minimum\s+(?:number\s+of\s+)?)?beds\b",
        _FEDERAL,
        0.75,
        needs=("guaranteed",),
    ),
    # an IGA paying for federal detainees: the Marshals', or ICE's when the passage names it
    Rule(
        "federal_detention",
        r"\bIGAs?\b|inter-?\s?governmental\s+(?:service\s+)?agreements?",
        None,
        0.75,
        # the Bureau of Prisons' agreements house its (sentenced) inmates
        also=r"federal\s+(?:\w+\s+)?(?:detainees?|prisoners?|inmates?)|(?-i:\bBOP\b)|bureau\s+of\s+prisons",
        rides=True,
    ),
    Rule(
        "igsa",
        # ("the U.S. government's detention center for immigrant women and children")
        # (not "detainers for undocumented immigrants")
        # ("the fifth and final facility in the region that holds immigrants")
        # (a word of its own: not "tens of thousands of immigrants")
        rf"\b(?:hous\w*|holds?|detain(?!ers?\b)\w*|incarcerat\w*)\s+{_W}{{0,6}}(?:im)?migrants\b|"
        # "Geauga County is fighting to keep secret its contract to jail immigrants"
        r"(?:contract|agreement|deal)s?\s+to\s+jail\s+(?:\S+\s+){0,2}?(?:im)?migrants\b|"
        r"detention\s+(?:center|facility)\s+for\s+immigrant\s+(?:women|men|families|children|mothers|fathers)\b",
        # ("signed contracts to house migrants detained by ICE")
        r"detention\s+(?:facility|center)|\bjails?\b|correctional|illegally|deport|removal|"
        r"(?:contracts?|agreements?)\s+to\s+(?:house|hold|detain)\b",
        0.75,
        # (nor "The number of detained immigrants the crew serves has grown": an ambulance crew's)
        unless=r"\bEMS\b|ambulances?\b|emergency\s+(?:services|responders)|\bcrews?\b|"
        r"legal\s+(?:services|aid)|defen[cs]e|attorney|lawyer|counsel|representation|"
        r"transitional|shelter|refugee|resettle|criminals\s+who\s+are|"
        # ("the new protocol will allow jail operators to comply with federal detainer requests …
        # the local agencies will hold immigrants who have been arrested")
        r"detainer\s+requests?|"
        # ICE kept out of the jail, or let in: "barring … agents from accessing secure areas of its
        # jail in order to detain illegal immigrants"
        r"from\s+(?:accessing|entering)\s+(?:\S+\s+){0,6}?jails?\b|"
        # ("the jail will not hold immigrants with detainers once they are discharged")
        r"(?:immigrants|people|inmates|individuals)\s+(?:with|on|subject\s+to)\s+(?:\S+\s+)?detainers?\b|"
        # holds as a noun, a detainer's: "Those holds can also apply to immigrants who overstay"
        r"\b(?:those|these|such|the|immigration)\s+holds\s+(?:can|could|may|will|would|also|apply)\b|"
        + _287G_CONTEXT
        + "|"
        + _DETAINER_HOLD
        # a federal reimbursement program (SCAAP), or a detainer policy: "ordered his jail to honor
        # all requests by … (ICE) agents to detain undocumented immigrants"
        + "|"
        + _NOT_BEDS,
    ),
    # ICE's detainees in a county's jail: "the undocumented immigrants detained by U.S. Immigration
    # and Customs Enforcement (ICE) at the county jail"; ICE's rate: "Since 2008, jail officials
    # have sought to handle immigration violators … The federal government pays $60 a day for
    # jails to house them"
    Rule(
        "igsa",
        rf"(?:immigrants|people|individuals|detainees)\s+detained\s+by\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})\s+"
        r"(?:\(ICE\)\s+)?(?:at|in)\s+(?:the\s+)?(?:\S+\s+){0,3}?jails?\b|"
        r"federal\s+government\s+pays\s+\$[\d.]+\s+(?:a|per)\s+day\s+(?:\S+\s+){0,4}?(?:to\s+)?(?:house|hold|board)\b",
        r"immigra|(?-i:\bICE\b)",
        0.75,
        unless=_287G_CONTEXT + "|" + _DETAINER_HOLD,
        needs=("detained by", "pays"),
    ),
    # federal inmates as revenue: "federal inmates bring in $85 to $87 a day", "federal inmate board
    # revenue for the current year"
    Rule(
        "federal_detention",
        r"federal\s+(?:inmates|prisoners|detainees)\s+(?:\S+\s+){0,3}?(?:bring\s+in|pay|paid|earn\w*|"
        r"generat\w*)\s+(?:\S+\s+){0,2}?\$|federal\s+(?:inmate|prisoner|detainee)\s+(?:board(?:ing)?|"
        r"housing)\s+(?:revenue|fees?|income|payments?)",
        None,
        0.75,
        rides=True,
        needs=("federal",),
    ),
    # the Office of Refugee Resettlement's secure placements in a county's juvenile detention
    # facility ("negotiations with the Office of Refugee Resettlement (ORR) regarding … the
    # secured placement of youths at the Yolo County Juvenile Detention Facility"); its shelters
    # and foster care are no detention
    Rule(
        "other_federal_detention",
        _ORR,
        None,
        0.75,
        also=r"juvenile\s+(?:detention|hall)|secured?\s+placement|detained\s+minors|detention\s+facilit|"
        r"bed\s+space|\bdetain\w*|(?:federally\s+)?placed\s+minors|"
        # a juvenile center's ORR contract: "22 residents placed by the Office of Refugee
        # Resettlement (ORR) at the facility", "Its grant from the federal Office of Refugee
        # Resettlement … of the facility’s annual operating expenses", "The contract is set up with
        # the Department of Health and Human Services", "When the ORR contract expired"
        # ("The Board approved the most recent ORR grant award of $2,973,724")
        r"(?:residents|children|minors|youths?)\s+placed\s+by|\bfacility['’]s\b|(?-i:ORR)\s+(?:contract|grant)|"
        r"\bcontract\s+is\s+(?:set\s+up\s+)?with\s+the\s+department\s+of\s+health",
        unless=r"shelter|foster|resettlement\s+agenc|resettle\s+in\b",
        needs=("refugee", "orr"),
    ),
    # a youth detention center holding unaccompanied children for the federal program: "re-upped a
    # contract to hold unaccompanied alien children (UAC)" (shelters and foster care are not it)
    Rule(
        "other_federal_detention",
        r"(?:hold|detain|house|housing|holding)\w*\s+(?:up\s+to\s+\d+\s+)?unaccompanied\s+(?:alien\s+|immigrant\s+|"
        r"migrant\s+)?(?:children|minors)|(?:hold|detain|house|housing|holding)\w*\s+(?:up\s+to\s+\d+\s+)?"
        r"(?-i:UACs?)\b",
        None,
        0.75,
        also=r"detention|juvenile|secure",
        unless=r"shelter|foster|" + _IMMIGRATION,
        needs=("unaccompanied", "uac"),
    ),
    # the end of a bed contract: "giving federal authorities 45 days to transfer the 23 remaining
    # detainees" (detainees, not the Marshals' prisoners)
    Rule(
        "igsa",
        r"\b(?:federal|immigration)\s+(?:authorities|officials|agents|government)\s+(?:\S+\s+){0,2}?\d+\s+"
        r"days\s+to\s+(?:remove|transfer|move|relocate)\s+(?:\S+\s+){0,5}?detainees\b",
        None,
        0.75,
        needs=("days",),
    ),
    # "house federal detainees": the Marshals' agreement, or ICE's when the passage names it
    Rule(
        "federal_detention",
        # ("its number of dedicated beds for federal detainees")
        # ("placing federal detainees from the CNMI in Guam", "handling of federal detainees")
        rf"(?:hous\w*|hold|holding|safekeeping|care|custody|detain\w*|jail\w*|monitor\w*|beds?|plac\w+|"
        rf"handl\w+)\W+{_W}{{0,8}}"
        # ("housing federal immigration detainees" are ICE's: the bed contract's own rules)
        r"\S{0,4}?federal(?:ly)?\s+(?:(?!immigration\b)\w+\s+){0,2}(?:prisoners|detainees|inmates)",
        None,
        0.8,
        rides=True,
    ),
    # a jail's federal contract and its daily rate, the agency unnamed: "The federal contract will
    # pay $38 per day for inmates"
    Rule(
        "federal_detention",
        r"\bfederal\s+(?:inmate\s+|prisoner\s+)?contract\s+(?:\S+\s+){0,2}?(?:pays?|paid)\s+\$\s?\d[\d.,]*\s+"
        r"(?:a|per)\s+day\b",
        r"\binmates?\b|\bprisoners?\b|\bdetainees?\b|\bjails?\b",
        0.7,
        needs=("contract",),
    ),
    # the Marshals' pay for the jail's guards: "the agency will pay $39 per day for every deputy
    # jailer that has to escort a federal inmate", "an increased pay rate for deputies
    # transporting federal inmates"
    Rule(
        "federal_detention",
        r"\b(?:pay|pays|paid|rate)\b\s+(?:\S+\s+){0,12}?(?:escort|transport|guard)\w*\s+(?:an?\s+|the\s+)?"
        r"federal\s+(?:inmates?|prisoners?|detainees?)\b",
        r"\bdeput(?:y|ies)|\bjailers?\b|\bofficers?\b",
        0.7,
        rides=True,
        needs=("federal",),
    ),
    # ICE leaning on local jails: "ICE has turned to local jurisdictions to help detain
    # undocumented individuals pending deportation"
    Rule(
        "igsa",
        rf"(?:{_ICE})\s+(?:\(ICE\)\s+)?(?:has\s+|have\s+|had\s+)?(?:turn(?:s|ed)?|rel(?:y|ies|ied)|depend(?:s|ed)?)\s+"
        r"(?:on|to|upon)\s+(?:local|county|state)\s+(?:jurisdictions|jails|governments|counties|sheriffs)\s+"
        r"(?:\S+\s+){0,3}?to\s+(?:help\s+)?(?:detain|house|hold|jail)\b",
        None,
        0.75,
        needs=("turn", "rel", "depend"),
    ),
    # "federal law enforcement agencies rely on local sheriff and police departments to house
    # detainees awaiting a hearing"
    Rule(
        "federal_detention",
        r"federal\s+(?:law\s+enforcement\s+)?agencies\s+(?:\S+\s+){0,8}?to\s+(?:house|hold|detain)\s+"
        r"(?:\S+\s+)?(?:detainees|prisoners|inmates)",
        None,
        0.75,
        rides=True,
        needs=("agencies",),
    ),
    # federal inmates told the other way round: "the number of federal inmates it is charged with
    # jailing", "$70 per day for every federal inmate housed at the jail", "the shortage of
    # federal inmates", "prisons … full of federal inmates with immigration violations"
    Rule(
        "federal_detention",
        # (not a definition: "Federal detainees are generally individuals housed in jails"; nor
        # "federal immigration detainees", ICE's)
        r"federal\s+(?:(?!immigration\b)\w+\s+){0,2}?(?:prisoners?|detainees?|inmates?)\s+(?!(?:are|is)\s+(?:\w+ly\s+)?(?:individuals|"
        r"people|persons|those)\b)(?:\S+\s+){0,5}?(?:jail|hous|held|detain|board)\w*|(?:shortage|number|decline|influx|loss|full)\s+of\s+federal\s+(?:inmates|prisoners|"
        r"detainees)\b",
        None,
        0.75,
        rides=True,
        needs=("federal",),
    ),
    # "the federal population making up about 9 percent of the island’s prison system"
    Rule(
        "federal_detention",
        r"federal\s+(?:inmate\s+|prisoner\s+|detainee\s+)?population",
        r"\bprisons?\b|\bjails?\b|correction|detention",
        0.75,
        rides=True,
        needs=("population",),
    ),
    # "pre -trail inmates under the custody of the USM or Federal Bureau of Prisons"
    Rule(
        "federal_detention",
        r"(?:inmates|prisoners|detainees)\s+(?:\S+\s+){0,3}?custody\s+of\s+(?:the\s+)?(?:U\.?\s?S\.?\s+)?"
        r"(?:(?-i:USMS?)\b|marshals?\b|(?:federal\s+)?bureau\s+of\s+prisons)",
        None,
        0.75,
        needs=("custody",),
    ),
    # a county's contract with the Marshals is for its jail: "Kramer sought to end the contract
    # with the U.S. Marshals Service"
    Rule(
        "usms_iga",
        rf"(?:contracts?|agreements?)\s+with\s+(?:the\s+)?{_USMS}|"
        # "a March 2024 U.S. Marshals contract"
        r"\b(?:U\.?\s?S\.?|united\s+states)\s+marshal(?:s|'s|s'|’s|s’)?\s+(?:service\s+)?"
        r"(?:contracts?|agreements?|IGAs?)\b|"
        # "Opened with ICE and USMS contracts"
        r"(?-i:\bUSMS)\s+(?:contracts?|agreements?|IGAs?)\b|"
        # a jail's bill to the Marshals: "Revenue: $2.6 million billed to USMS since January 2025"
        rf"\b(?:billed|invoiced)\s+(?:to\s+)?(?:the\s+)?{_USMS}",
        None,
        0.7,
        unless=_MARSHALS_OTHER_WORK
        + r"|witness|court\s*house|court\s+security|seiz|forfeit|asset|police\s+services|overtime",
        needs=("marshal", "usms"),
    ),
    # the Marshals and a daily rate: "U.S. Marshal Service Per diem (2009): $82.00", "submit a
    # request for a rate adjustment to the USMS", "signaling a willingness to negotiate a higher
    # reimbursement rate"
    Rule(
        "usms_iga",
        _USMS,
        r"per\s+diem|jail[- ]day\s+rate|prisoner[- ]days?|\brate\s+(?:adjustment|increase)|"
        # ("This new rate matches the highest that the U.S. Marshals Service pays to any county")
        r"\breimbursement\s+rates?\b|\b(?:new|daily)\s+rate\b(?:\S*\s+){0,10}?pays\s+(?:to\s+)?(?:any|the|a|each)\s+"
        r"(?:\S+\s+)?(?:county|counties|jails?|sheriffs?)\b",
        0.75,
        unless=_MARSHALS_OTHER_WORK + r"|witness\s+security",
        needs=("diem", "jail", "prisoner", "rate"),
    ),
    # "ICE has been allowed to piggyback the Marshals' contract"
    Rule(
        "usms_iga",
        r"piggy-?\s?back\w*\s+(?:on(?:to)?\s+|off\s+(?:of\s+)?)?(?:the\s+)?(?:\S+\s+){0,3}?"
        r"marshal\w*['’]?\s+(?:\w+\s+){0,2}(?:contracts?|agreements?|IGAs?)",
        None,
        0.8,
        needs=("piggy",),
    ),
    # ICE checked off on the Marshals' contract, the "ICE rider", is both agreements: "Kankakee
    # County also carried an ICE rider", "sheriffs quietly keep ICE detention alive through
    # Marshals-contract riders"
    *(Rule(kind, _RIDER, None, 0.75, needs=("rider",)) for kind in ("usms_iga", "igsa")),
    Rule(
        "usms_iga",
        r"\bIGAs?\b|\bIGSAs?\b|inter-?\s?governmental\s+(?:service\s+)?agreements?",
        _USMS,
        0.85,
        unless=_MARSHALS_OTHER_WORK,
    ),
    Rule(
        "usms_iga",
        _USMS,
        r"\bjails?\b|\bbeds?\b|inmates?\b|prisoners|detainees|detention\s+(?:center|facility|services)|boarders|"
        # "amend the U.S. Marshals Prison Operations contract to reflect the exclusion of … (ICE)
        # detention"
        r"detained|hold(?:s|ing)?\s+people|prison(?:er)?\s+operations|(?:(?-i:\bICE\b)\)?|immigration)\s+detention\b|"
        # "ICE rider on Marshals contract allows county to earn revenue"
        r"(?-i:\bICE\b)\s+riders?\b|"
        # ICE riding on the Marshals' agreement: "votes 3-1 to remove ICE from the USMS contract"
        r"(?-i:\bICE\b)\s+(?:from|off|under)\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+)?(?:contract|agreement|IGA)\b",
        0.75,
        # ("$53 a day per inmate from the U.S. Marshals Service", "The money received from the
        # U.S. Marshals Service goes directly to jail operations")
        also=r"contract\w*|agreement|arrangement|\bIGA|revenue|\brent|per\s+(?:day|diem)|\ba\s+day\b|housing|\bhouse|"
        # ("the U.S. Marshals Service would begin pulling its inmates Oct. 1")
        r"money\s+(?:\S+\s+)?from|pull\w*\s+(?:all\s+)?(?:of\s+)?(?:its|their)\s+(?:inmates|prisoners)\b",
        unless=_MARSHALS_OTHER_WORK + r"|arrest\w*",
    ),
    Rule(
        "usms_iga",
        rf"(?:{_HOLD})\s+of\s+"
        rf"(?:{_FEDERAL_PRISONERS})|{_FEDERAL_PRISONERS}|prisoner\s+housing|jail\s+days?|"
        rf"{_AGREEMENT}\s+(?:\w+\s+){{0,5}}(?:with|between)\s+(?:the\s+)?{_W}{{0,3}}"
        rf"{_USMS}|{_USMS}\s+(?:\w+\s+){{0,2}}(?:reimburs\w*|pays|paid)|(?:{_HOLD})\s+"
        r"(?:\w+\s+){0,3}(?:prisoners|detainees|inmates)|"
        # "will continue to house individuals who are in Marshal Service custody"
        rf"(?:{_HOLD})\s+(?:\S+\s+){{0,4}}?(?:in|under)\s+(?:the\s+)?{_USMS}\s+custody|"
        # "in negotiations with the Marshal Service to remove ICE from that contract"
        rf"{_USMS}\s+(?:\S+\s+){{0,3}}?to\s+(?:remove|add)\s+(?-i:ICE)\s+(?:from|to)\s+(?:that|the|its|their)\s+"
        r"(?:\S+\s+)?(?:contract|agreement|IGA)\b",
        _USMS,
        0.85,
        # ("In addition to ICE, Sherburne County also has a contract with the U.S. Marshals")
        also=r"hous|detain|detention|inmates?|prisoners?|detainees?|beds?\b|\bjail|custody|per\s+day"
        r"|per\s+diem|(?-i:\bICE\b)|immigration\s+and\s+customs|\bto\s+hold\b",
        unless=_MARSHALS_OTHER_WORK,
    ),
    # the agreement by its acronym, the agency unnamed, for federal inmates: the Marshals' ("the
    # IGSA has a reimbursement rate of $88 a day for federal inmates"; ICE's IGSA holds detainees)
    Rule(
        "usms_iga",
        r"\bIGS?As?\b",
        _FEDERAL_PRISONERS,
        0.7,
        unless=_IMMIGRATION + r"|(?-i:\bBOP\b)|bureau\s+of\s+prisons|" + _MARSHALS_OTHER_WORK,
        needs=("federal",),
    ),
    # the federal partner unnamed, its prisoners called inmates (ICE's are detainees): "CCNO has
    # contracted in recent years with the federal agency to house each inmate at $90 per day"
    Rule(
        "usms_iga",
        r"contract\w*\s+(?:\S+\s+){0,4}?with\s+(?:the\s+)?federal\s+(?:agency|government)\s+to\s+"
        r"(?:house|hold|jail|board)\s+(?:each\s+|federal\s+)?(?:inmates?|prisoners?)\b|"
        # "The fee of $65 per inmate, per day the jail receives from the federal government for
        # housing its inmates"
        r"\bfrom\s+the\s+" + _FEDERAL_PAY_FOR_INMATES,
        None,
        0.7,
        unless=_IMMIGRATION + r"|detainees|juvenile",
        needs=("federal",),
    ),
    Rule(
        "other_federal_detention",
        rf"(?:{_HOLD}|detention)\s+(?:\w+\s+){{0,10}}(?:{_PEOPLE}|children|minors|youth)",
        _ORR,
        0.75,
        also=r"detention|custody|\bhouse",
    ),
    # "ending its decade-old contract with the federal government to house troubled immigrant
    # children": unaccompanied children are the Office of Refugee Resettlement's, not ICE's
    Rule(
        "other_federal_detention",
        r"(?:contract|agreement)s?\s+(?:\S+\s+){0,6}?to\s+(?:house|hold|detain|care\s+for)\s+(?:\S+\s+){0,2}?"
        r"(?:immigrant|migrant|unaccompanied|undocumented)\s+(?:children|minors|teens|teenagers|youths?)\b",
        r"federal",
        0.75,
        unless=_ICE + "|" + _INS,
        needs=("children", "minors", "teen", "youth"),
    ),
    # "The Federal Bureau of Prisons (BOP) and the Department of Homeland Security (DHS) also
    # house detainees at the correctional facility"
    Rule(
        "other_federal_detention",
        r"(?:(?-i:\bBOP\b)|bureau\s+of\s+prisons)(?:\s*\(BOP\))?\s+(?:\S+\s+){0,8}?"
        r"(?:hous|hold|held|detain|pa(?:y|id)|board)\w*\s+(?:\w+\s+){0,3}(?:detainees|inmates|prisoners)|"
        # "$76 per day for housing Federal Bureau of Prisons inmates"
        # ("It holds a mix of ICE detainees, Federal Bureau of Prisons inmates")
        r"(?:hous|hold|board|detain)\w*\s+(?:\S+\s+){0,6}?(?:federal\s+)?(?:(?-i:\bBOP\b)|bureau\s+of\s+prisons)"
        r"(?:\s*\(BOP\))?\s+(?:inmates|prisoners|detainees)\b|"
        # "local jails that rely on BOP or USMS beds"
        r"(?:(?-i:\bBOP\b)|bureau\s+of\s+prisons)(?:\s*\(BOP\))?\s+(?:(?:or|and)\s+\S+\s+)?(?:beds|"
        r"bed\s+space|contracts?|IGAs?|IGSAs?)\b|"
        # "it has agreements with the Bureau of Prisons and Findlay Municipal Court", "ICE has
        # entered into inter-agency agreements with BOP"
        r"(?:contracts?|agreements?|IGAs?)\s+with\s+(?:the\s+)?(?:federal\s+)?(?:(?-i:\bBOP\b)|bureau\s+of\s+prisons)|"
        # ("transferred about 1,000 detainees to Victorville’s prisons under a Bureau of Prisons
        # agreement")
        r"(?:(?-i:\bBOP\b)|bureau\s+of\s+prisons)\s+(?:agreements?|contracts?)\b|"
        # "ICE is taking over more than 1,600 beds from the U.S. Bureau of Prisons"
        r"\bbeds\s+(?:from|at|in)\s+(?:the\s+)?(?:U\.?S\.?\s+|federal\s+)?(?:(?-i:\bBOP\b)|bureau\s+of\s+prisons)",
        None,
        0.75,
        needs=("bop", "prisons"),
    ),
    # the Border Patrol's prisoners in a county jail: "receives $20 per day, per inmate, for housing
    # prisoners for the Border Patrol", "houses an average of 20 Border Patrol prisoners daily"
    # (before 2003 the Border Patrol was the INS's, and its agreements were the INS's)
    Rule(
        "other_federal_detention",
        # ("a contract to detain people in the county jail on behalf of Border Patrol")
        r"(?:hous|hold|held|board|detain|jail)\w*\s+(?:\w+\s+){0,3}(?:prisoners|inmates|detainees|people|"
        r"persons|individuals|migrants)\s+(?:\S+\s+){0,4}?(?:for|on\s+behalf\s+of)\s+"
        r"(?:the\s+)?(?:U\.?S\.?\s+)?(?:border\s+patrol|customs\s+and\s+border\s+protection|(?-i:CBP))|"
        r"(?:border\s+patrol|(?-i:CBP))\s+(?:prisoners|inmates|detainees)\b|"
        # "allows ICE and Border Patrol to hold detainees there"
        r"(?:border\s+patrol|(?-i:CBP))\s+to\s+(?:hold|house|detain|jail)\s+(?:\S+\s+)?(?:detainees|prisoners|"
        r"inmates|people)\b|"
        # "federal inmates from the Border Patrol are up 27 percent"
        r"(?:prisoners|inmates|detainees)\s+(?:\S+\s+){0,2}?from\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:border\s+patrol|"
        r"(?-i:CBP)\b)|"
        # "agreements with U.S. Border Patrol that allow the jails to be paid for holding the
        # agency's detainees", "Border Patrol reimburses the jail just shy of $100 per day"
        r"(?:agreements?|contracts?|MOUs?|memorand(?:um|a)\s+of\s+understanding)\s+(?:\S+\s+){0,3}?with\s+"
        r"(?:the\s+)?(?:U\.?S\.?\s+|united\s+states\s+)?(?:border\s+patrol|customs\s+and\s+border\s+"
        r"protection|(?-i:CBP)\b)(?=(?:\W+\w+){0,14}?\W+(?:jails?|hold\w*|"
        r"detain\w*|detention|hous\w*|held)\b)|(?:border\s+patrol|(?-i:CBP))\s+(?:\S+\s+){0,2}?"
        r"(?:reimburs\w*|pays?|paid)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:jail|county|facility|detention)|"
        # "the county signed a new CBP contract at $115/day per detainee"
        r"(?:border\s+patrol|(?-i:CBP))\s+(?:detention\s+|housing\s+)?(?:contracts?|agreements?|MOUs?)\b"
        r"(?=[^.;]{0,80}?(?:per\s+(?:day|diem|detainee)|/day|detainees?|jails?|\bhold|detain|hous))",
        None,
        0.75,
        unless=r"(?-i:\bINS\b)|naturali[sz]ation",
        needs=("border", "cbp"),
    ),
    # the Bureau of Indian Affairs' prisoners in a county jail: "the county receives … $60 a day per
    # inmate from the BIA"
    Rule(
        "other_federal_detention",
        r"bureau\s+of\s+indian\s+affairs|(?-i:\bBIA\b)",
        r"\bjails?\b|inmates?\b|prisoners?\b|detainees|detention|\bhold\b",
        0.75,
        also=r"contract\w*|agreement|per\s+(?:day|diem)|\ba\s+day\b|\bdaily\b|\bhous\w*|\bhold\b|"
        r"\bincarcerat\w*|\bcount\b",
        # (not the Board of Immigration Appeals, also "BIA")
        unless=r"board\s+of\s+immigration\s+appeals|immigration\s+(?:judge|court)|\bappeal",
        needs=("indian", "bia"),
    ),
    # "a staging area for federal suspects detained at the northern border by U.S. Border Patrol"
    Rule(
        "other_federal_detention",
        r"(?:suspects|people|persons|individuals|migrants|prisoners|detainees)\s+(?:\S+\s+){0,6}?(?:detained|"
        r"arrested|apprehended)\s+(?:\S+\s+){0,5}?by\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:border\s+patrol|(?-i:CBP)\b)",
        None,
        0.75,
        also=r"\bjail|correctional|staging|\bhous\w*|\bhold",
        unless=r"(?-i:\bINS\b)|naturali[sz]ation",
        needs=("border", "cbp"),
    ),
    Rule(
        "other_federal_detention",
        rf"(?:rent|leas)\w*\s+(?:{_ICE})\s+(?:\w+\s+){{0,6}}(?:space|square\s+feet|office)",
        None,
        0.75,
    ),
    # a county's or city's office space for ICE: "renting office space used by U.S. Immigration and
    # Customs Enforcement (ICE) from the county", "granting ICE free office space at the LEAF
    # center", "unpaid rent for an Allentown office space owned by the county"
    Rule(
        "other_federal_detention",
        rf"office\s+space\s+(?:\S+\s+){{0,4}}?(?:to|for|used\s+by)\s+(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:{_ICE})|"
        rf"(?:grant|giv|offer|provid|extend)\w*\s+(?:{_ICE})\s+(?:\S+\s+){{0,2}}office\s+space|"
        r"\brent\s+for\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}office\s+space",
        _ICE,
        0.75,
        # (not ICE leasing private offices from a landlord: the town is no party)
        also=r"owned\s+by\s+the\s+(?:county|city)|from\s+the\s+(?:county|city)|"
        r"(?:county|city)[- ]owned|\bfree\s+office|\b(?:council|commission|board)\b|"
        r"\blease\s+agreement\s+with",
        needs=("office",),
    ),
    Rule(
        "detainer",
        r"\bI-?\s?247\s?[ADNX]?\b|(?<!housing of )(?<!house )\b(?:immigration|(?-i:ICE))\s+"
        r"(?:detainers?|holds?\b(?!\s+(?:facilit\w*|rooms?|cells?|areas?|sites?)\b))|detainer\s+(?:requests?|policy|policies|ordinance)|"
        r"civil\s+(?:immigration\s+)?detainers?|(?-i:ICE)\s+[\"“]?courtesy\s+holds?|"
        # "stop detaining inmates for federal immigration checks"
        r"detain\w*\s+(?:\S+\s+){0,3}?(?:inmates|people|prisoners|arrestees)\s+for\s+(?:federal\s+)?"
        r"immigration\s+(?:checks?|holds?|screening)|"
        # "will no longer recognize orders issued by federal authorities to keep people believed to
        # be in the country illegally in the county jail"
        # "will continue to ignore requests to hold inmates just so federal officials can
        # investigate whether the inmates are in the country legally"
        r"requests?\s+to\s+(?:hold|detain|keep)\s+(?:inmates|people|prisoners|individuals)\s+(?:\S+\s+){0,2}?(?:so|"
        r"until|for)\s+(?:that\s+)?federal\s+(?:officials|authorities|agents)\b|"
        r"(?:orders|requests)\s+(?:issued\s+)?(?:by|from)\s+(?:the\s+)?federal\s+(?:immigration\s+)?"
        r"(?:authorities|officials|agents|government)\s+to\s+(?:keep|hold|detain)\b|"
        # a pledge to honor them: "to fully cooperate with any lawful requests from federal
        # authorities, including Immigration Customs Enforcement (ICE)"
        r"\bcooperate\s+with\s+(?:any\s+|all\s+)?(?:lawful\s+)?requests\s+from\s+(?:the\s+)?federal\s+"
        r"(?:immigration\s+)?(?:authorities|officials|agencies|government)\b[^.;]{0,60}?(?-i:ICE)\b",
        None,
        0.85,
        unless=_HOUSED_SUBJECT,
    ),
    # immigrants held past their time in local custody: "Detaining immigrants in state or local
    # custody creates additional costs …, and the unnecessary and prolonged detention of
    # immigrants costs local budgets millions"
    Rule(
        "detainer",
        r"\b(?:unnecessary\s+and\s+)?prolonged\s+detention\s+of\s+(?:immigrants|noncitizens|aliens)\b",
        r"\blocal\s+(?:custody|jails?|budgets?|law\s+enforcement)",
        0.75,
        needs=("prolonged",),
    ),
    Rule(
        "detainer",
        # ("ICE agents sent the jail a detainee hold")
        # ('That federal agency subsequently put "holds" on a third of them')
        r"\bdetainers?\b|plac\w+\s+(?:a\s+)?[\"“'‘]?holds?\b|\bput\s+[\"“]?holds?[\"”]?\s+on\b|\bhold\s+requests?\b|\bdetainee\s+holds?\b|"
        # "will once again honor requests from ICE … to detain people", "would no longer comply
        # with requests from ICE", "cooperate with requests by … ICE … to hold, detain", "610
        # requests for notification of inmate release dates"
        # ("would change Travis County policy to honor all ICE detentions")
        r"honor\w*\s+(?:\S+\s+){0,5}requests?\b|\bhonou?r\w*\s+(?:all\s+)?(?-i:ICE)\s+detentions\b|"
        r"(?:comply|cooperat)\w*\s+(?:\S+\s+){0,2}?with\s+(?:(?-i:ICE)\s+"
        r"(?:\S+\s+)?requests?|(?:\S+\s+){0,2}?requests?\s+(?:by|from|of)\s+(?:the\s+)?(?:U\.?S\.?\s+|united\s+states\s+)?"
        r"(?:(?-i:ICE)|immigration))|requests?\s+for\s+notification\s+of\s+(?:\S+\s+){0,2}?releas\w*|"
        # "request that state and local authorities notify their federal counterparts before the
        # individual is released"
        r"notif\w*\s+(?:\S+\s+){0,6}?(?:before|prior\s+to)\s+(?:\S+\s+){0,4}?releas\w*|"
        # the detainer's form name: "shall not honor any IDNAs from (ICE)" (Immigration Detainer —
        # Notice of Action)
        r"(?-i:\bIDNAs?\b)|immigration\s+detainer\s*[-—–]+\s*notice\s+of\s+action|"
        + _REQUESTS_REFUSED,
        # ("would no longer honor detainers without a judge's order")
        _IMMIGRATION
        + r"|immigra|deport|\bI-?\s?2(?:00|03|47)\b|without\s+a\s+judge['’]s\s+(?:order|warrant)|"
        # "the jail has to honor those existing detainers, but no more will be recognized"
        r"\bhonou?r\w*\s+(?:\S+\s+){0,3}?detainers\b",
        0.8,
        unless=r"interstate\s+agreement\s+on\s+detainers|detainer\s+void|" + _HOUSED_SUBJECT,
    ),
    Rule(
        "detainer",
        _DETAINER_ASKED,
        _IMMIGRATION + r"|immigra|undocumented",
        0.8,
        unless=_HOUSED_SUBJECT,
        needs=("request", "ask", "held", "hold", "detain", "jail"),
    ),
    # ICE told of a booking: "Already notifies ICE voluntarily when undocumented people are booked"
    Rule(
        "detainer",
        r"\bnotif\w*\s+(?-i:ICE)\s+(?:\S+\s+){0,2}?when\s+(?:\S+\s+){0,4}?(?:booked|arrested|jailed)\b",
        None,
        0.75,
        needs=("notif",),
    ),
    # ICE's time to come for someone: "The federal agency has three business days to take a
    # suspected illegal immigrant into custody after an arrest has been made"
    Rule(
        "detainer",
        r"\b(?:\d+|one|two|three|four|five)\s+(?:business\s+|working\s+)?(?:days|hours)\s+to\s+take\s+"
        r"(?:\S+\s+){0,4}?into\s+(?:federal\s+)?custody",
        _IMMIGRATION + r"|immigra",
        0.75,
        needs=("custody",),
    ),
    # a jail's or a police order's terms: "No person shall be held solely on the basis of their
    # immigration status", "seeking advance notice of the scheduled release date of a particular
    # in-custody inmate/alien", "the subject of an ICE civil warrant"
    Rule(
        "detainer",
        r"(?:held|hold|detain(?:ed)?)\s+(?:\S+\s+){0,2}solely\s+(?:on\s+the\s+basis\s+of|because\s+of|based\s+"
        r"on|for|on)\s+(?:\S+\s+){0,3}?immigration\s+(?:status|violations?|laws?)|advance\s+notice\s+of\s+"
        r"(?:\S+\s+){0,3}releas\w*|(?-i:\bICE\b)\s+civil\s+warrants?|"
        # "will no longer hold foreign-born persons in jail based solely on formal requests from
        # federal immigration officials", "will no longer detain foreign-born people booked in the
        # county jail just because the U.S. Immigration and Customs Enforcement requests them to",
        # "will no longer be held in county lockups for the sole purpose of deportation"
        # ("people will no longer be kept jailed based solely on requests by federal immigration
        # authorities")
        r"(?:held|hold|detain\w*|kept|keep|jailed)\s+(?:\S+\s+){0,6}?(?:based\s+)?(?:solely|only)\s+(?:on|because\s+of)\s+"
        r"(?:\S+\s+){0,2}?(?:requests?|detainers?)\s+(?:from|by|of)\s+(?:\S+\s+){0,2}?(?:immigration|ICE|"
        r"federal)|"
        # "refusing to keep inmates in jail only at the request of federal immigration authorities",
        # "we will not hold and have not held anyone for the benefit of ICE"
        r"(?:held|hold|detain\w*|kept|keep|jailed)\s+(?:\S+\s+){0,6}?(?:solely|only)\s+at\s+the\s+(?:request|behest)\s+"
        r"of\s+(?:the\s+)?(?:federal\s+)?(?:immigration|(?-i:ICE))|"
        r"\bhold\w*\s+(?:\S+\s+){0,6}?for\s+the\s+benefit\s+of\s+(?-i:ICE)\b|(?:held|hold|detain\w*|keep\w*|kept)\s+(?:\S+\s+){0,10}?(?:just|simply|only|solely)\s+because\s+"
        r"(?:\S+\s+){0,6}?(?:requests?|suspect\w*)\b|"
        # "will no longer detain people whom the U.S. Immigration and Customs Enforcement bureau
        # suspects are in the United States illegally"
        r"(?:held|hold|detain\w*|keep\w*)\s+(?:people|persons|individuals|inmates|immigrants|anyone)\s+(?:whom|who|"
        r"that)\s+(?:\S+\s+){0,7}?suspects?\s+(?:\S+\s+){0,5}?(?:illegally|undocumented|deportable)\b|(?:held|hold|detain\w*)\s+(?:\S+\s+){0,5}?for\s+the\s+sole\s+purposes?\s+"
        r"of\s+(?:deportation|immigration\s+enforcement)",
        _IMMIGRATION + r"|immigra|deport|\bI-?\s?2(?:00|03|47)\b|foreign[- ]born",
        0.75,
        unless=r"\b287|warrant\s+service",
        needs=(
            "solely",
            "advance",
            "civil",
            "sole",
            "only",
            "just",
            "simply",
            "suspect",
            "benefit",
        ),
    ),
    # "prohibits local law enforcement from transferring individuals for federal immigration
    # authorities"
    Rule(
        "detainer",
        r"transfer\w*\s+(?:\S+\s+){0,3}?(?:individuals|people|persons|inmates)\s+(?:to|for)\s+(?:federal\s+)?"
        r"immigration\s+(?:authorities|officials|agents)",
        None,
        0.75,
        needs=("transfer",),
    ),
    # a non-cooperation resolution: "The resolution would not allow county resources to go toward
    # enforcing immigration policies"
    Rule(
        "detainer",
        r"(?:not\s+allow|prohibit\w*|bar\w*|restrict\w*|forbid\w*)\s+(?:the\s+use\s+of\s+)?(?:county|city|local)\s+"
        r"resources\s+(?:(?:to\s+(?:go\s+|be\s+used\s+)?)?(?:to(?:ward)?|for)|from)\s+(?:(?:enforc|assist|aid|help)\w*\s+"
        # ("executive order barring city resources for immigration enforcement", "a bill that
        # restricts city resources from assisting ICE operations", "executive order … barring city
        # resources from ICE cooperation")
        # ("prohibit the use of City resources to assist in the enforcement of federal immigration
        # laws")
        r"(?:\S+\s+){0,5}?(?:immigration\b|(?-i:ICE)\b)|(?:federal\s+|civil\s+)?immigration\s+enforcement\b|"
        r"(?:(?-i:ICE)|immigration)\s+(?:cooperation|enforcement|assistance)\b)|"
        # "have sanctuary laws restricting state and local police from cooperating with ICE"
        r"\bsanctuary\s+(?:laws?|polic(?:y|ies)|ordinances?)\s+(?:\S+\s+){0,2}?(?:restrict|limit|prohibit|bar|forbid)\w*\s+"
        r"(?:\S+\s+){0,6}?from\s+(?:cooperat|assist|work)\w*\s+with\s+(?:(?-i:ICE)\b|(?:federal\s+)?immigration)",
        None,
        0.75,
        needs=("resources", "sanctuary"),
    ),
    # a non-cooperation ordinance: "ordinance restricting the use of County resources to assist or
    # cooperate with immigration authorities"
    Rule(
        "detainer",
        # ("an ordinance restricting the use of city resources to cooperate with ICE"; "the
        # ordinance would codify our existing non-cooperation policy with ICE")
        r"ordinance\s+(?:restricting|prohibiting|limiting|barring)\s+(?:\S+\s+){0,6}?(?:assist|cooperat)\w*\s+"
        r"(?:or\s+\S+\s+)?with\s+(?:(?:federal\s+)?immigration\s+(?:authorities|enforcement|officials)|"
        rf"(?:{_ICE})\b)|\bnon-?\s?cooperation\s+(?:polic(?:y|ies)|ordinance|resolution)\s+with\s+(?:{_ICE})\b",
        None,
        0.75,
        needs=("ordinance", "cooperation"),
    ),
    # a prison's inmates handed over at parole: "24 inmates paroled directly to ICE custody for
    # deportation"
    Rule(
        "detainer",
        r"\bparol\w*\s+(?:directly\s+)?to\s+(?:(?-i:ICE)|immigration)\s+custody\b",
        None,
        0.8,
        needs=("parol",),
    ),
    # "transfer inmates who are illegal aliens … to ICE custody for removal purposes upon their
    # release from criminal custody"
    Rule(
        "detainer",
        r"transfer\w*\s+(?:\S+\s+){0,12}?to\s+(?:(?-i:ICE)|immigration)\s+custody\s+(?:\S+\s+){0,6}?upon\s+"
        r"(?:their\s+|his\s+|her\s+)?release",
        None,
        0.75,
        needs=("custody",),
    ),
    # holding someone for ICE's pickup; holding detainees under a bed contract is an IGSA
    Rule(
        "detainer",
        # (not "the county jail's detainment agreement for Immigration and Naturalization Service
        # inmates": a bed contract)
        # (a detainee is no hold: "$83 per day for each federal immigration detainee it houses for
        # U.S. Immigration and Customs Enforcement")
        # (not "to make its Rock Springs jail a holding facility for ICE": a bed contract's)
        r"(?:hold|detain)(?!ment\s+agreements?\b)(?!ees?\b)(?!ing\s+(?:facilit\w*|centers?|cells?|rooms?)\b)\w*\s+"
        r"(?:\w+\s+){0,6}for\s+(?:referral\s+to\s+)?(?:the\s+)?"
        r"(?:U\.?\s?S\.?\s+)?"
        # (not "to house or detain individuals for federal immigration purposes": a bed contract)
        r"(?:federal\s+)?(?:ICE|immigration|deportation)(?!\s+purposes)|"
        r"(?:keeps?|holds?)\s+(?:\w+\s+){0,5}in\s+(?:jail|custody)\s+(?:\w+\s+){0,2}for\s+"
        r"(?:deportation|ICE|immigration)|"
        # "detain people solely on a request by ICE", "At the request of ICE, the Sheriff's Office
        # routinely detains"
        # ("not obligated to detain people at the behest of ICE")
        # ("unlawfully imprisoning dozens of individuals solely at ICE's request")
        r"(?:detain|hold|keep|imprison|jail)\w*\s+(?:\S+\s+){0,4}(?:solely\s+)?(?:on|at|upon)\s+(?-i:ICE)['’]s\s+"
        r"(?:request|behest)|"
        r"(?:detain|hold|keep)\w*\s+(?:\S+\s+){0,4}(?:on|at|upon)\s+(?:a|the)\s+(?:request|behest)\s+(?:of|by|from)\s+"
        r"(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:ICE|immigration)|at\s+the\s+request\s+of\s+(?:\S+\s+){0,6}?"
        r"(?:ICE|immigration\s+and\s+customs\s+enforcement|immigration\s+(?:officials|authorities))\W+"
        r"(?:\S+\s+){0,5}(?:detain|hold|held|keep|kept)\w*|"
        # "held in the jail until ICE officers arrive"
        # ("we will keep them until ICE arrives with their removal orders")
        # ("the person would be held until an ICE officer arrived")
        r"(?:held|hold\w*|kept|keep\w*|detain\w*)\s+(?:\S+\s+){0,4}until\s+(?:the\s+|an?\s+)?(?:ICE|immigration|federal)\s+"
        r"(?:officers?|agents?|officials|can|arrive|picks?)",
        _IMMIGRATION + r"|immigra|deport",
        0.8,
        # (nor the Marshals' agreement: "the U.S. Marshals Service holds people on
        # immigration-related charges in the county until ICE agents transport them")
        # ("ICE has paid McFarland about $35,000 a year, and in return, McFarland has contracted
        # Geo Group Inc. … to detain immigrants for ICE")
        # ("may enter into or renew any contract to hold or detain someone for federal immigration
        # violations": the bed contract)
        unless=r"intergovernmental|\bIGSAs?\b|per\s+diem|\bbeds?\b|detainees|revenue|\bcontracted\b|"
        rf"{_USMS}\s+(?:\S+\s+){{0,2}}?holds?\b|(?:contract|agreement)s?\s+with\s+(?:the\s+)?{_USMS}|"
        r"(?:contract|agreement)s?\s+to\s+(?:house|hold|detain)\b|"
        # (a warrant service officer's hold is 287(g)'s: "in a WSO county … the jail can serve that
        # warrant and hold you for ICE")
        r"(?-i:\bWSO\b)|warrant[- ]service\s+officer",
    ),
    Rule(
        "detainer",
        # (not "notify ICE that the contract is now void": the end of a bed contract)
        r"notification\s+requests?|notify\s+(?:the\s+)?(?:ICE|(?:U\.?\s?S\.?\s+|united\s+states\s+)?"
        r"immigration\s+and\s+customs\s+enforcement(?:\s+\(ICE\))?)"
        # (nor "Notify Immigration and Customs Enforcement (ICE) that the City, per the terms of the
        # existing agreement, will be reducing the ICE detainees": the contract's terms)
        r"(?!(?:\s+\(ICE\))?\s+that\s+(?:the|its|their)\s+(?:\S+\s+)?(?:contract|agreement)|"
        r"(?:\s+\(ICE\))?\s+that\s+(?:\S+\s+){0,6}?"
        r"terms\s+of\s+(?:the|its|their)\s+(?:\S+\s+)?(?:contract|agreement))|"
        # a hold only on a judge's warrant: "can only cooperate in arresting someone based on a
        # federal request if ICE has a judicial warrant", "fulfilling those requests unless
        # immigration officials have a signed judicial warrant"
        r"requests?\s+(?:\S+\s+){0,8}?(?:unless|if|without)\s+(?:\S+\s+){0,4}?(?:signed\s+)?"
        r"(?:judicial|court)\s+(?:warrant|order)|"
        r"release\s+notification|"
        # a jail's practice named as an agenda item: "Motion for Moratorium on ICE Notification"
        # (not "its ICE notification procedures" for referrals of minors: the data)
        r"(?-i:\bICE\s+Notifications?)\b|"
        # "ICE must be notified, pursuant to state law", "ICE is still notified whenever a
        # non-citizen is booked", "the jailers may call federal immigration enforcement",
        # "telling agents when suspects will be released"
        # (passive: not "ICE notified him")
        r"(?-i:\bICE\b)\s+(?:must|is|was|will|shall|would)\s+(?:still\s+|also\s+|always\s+)?(?:be\s+)?"
        r"notified\b|"
        r"\bcall\w*\s+(?:federal\s+)?immigration\s+(?:enforcement|authorities|officials|agents)\b|"
        # "we call ICE every time we learn that an inmate of interest to them is being released"
        r"\bcall\w*\s+(?-i:ICE)\s+(?:\S+\s+){0,14}?(?:releas\w*|booked)\b|"
        # "the reporting and tracking of any Metro resources used to provide assistance to the
        # United States Immigration and Customs Enforcement"
        rf"resources\s+used\s+to\s+(?:provide\s+)?assist\w*\s+(?:to\s+)?(?:the\s+)?(?:United\s+States\s+)?(?:{_ICE})|"
        # a state's non-cooperation law: "prevents … law enforcement from using resources for
        # civil immigration enforcement", "prevents the transfer of undocumented immigrants to
        # federal custody", "we will return them to the custody of ICE"
        # ("refrain from using town funds to enforce federal immigration law")
        r"(?:us(?:e|es|ing)|spend\w*)\s+(?:\S+\s+){0,2}?(?:resources|funds)\s+(?:\S+\s+){0,2}?(?:for|on|to\s+(?:assist|aid))\s+"
        r"(?:civil\s+|federal\s+)?immigration\s+enforcement|(?:us(?:e|es|ing)|spend\w*)\s+(?:\S+\s+){0,2}?"
        r"(?:resources|funds)\s+to\s+enforce\s+(?:federal\s+|civil\s+)*immigration\s+laws?\b|transfer\s+of\s+(?:\S+\s+){0,2}?(?:immigrants|"
        r"inmates|individuals|people)\s+to\s+(?:federal|ICE|immigration)\s+custody|return\w*\s+(?:them|him|"
        r"her|that\s+person)\s+to\s+(?:the\s+)?custody\s+of\s+(?:ICE|immigration)|"
        # "would not turn people over to ICE without a warrant", "until they can be handed over to
        # ICE"; a sheriff's refusal to help ("will not assist U.S. Immigration and Customs
        # Enforcement", "asking the county to stop cooperating with … ICE")
        rf"\b(?:turn|hand)\w*\s+(?:\S+\s+){{0,3}}?over\s+to\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE}|federal\s+"
        r"immigration|immigration\s+(?:authorities|officials|agents))"
        # (on release, or without a warrant: not "had turned 55 people over to ICE under the
        # program")
        r"(?=(?:\W+\w+){0,10}?\W+(?:without|upon|releas\w*|warrants?|judge|detainers?)\b)|"
        # ("do not fully comply with the Immigration and Customs Enforcement (ICE) agency")
        rf"(?:\bnot|n['’]t|\bstop|\bend|\bcease|\blimit|\brefus\w*\s+to|\bdeclin\w*\s+to)\s+(?:\w+\s+)?(?:cooperat\w*|assist\w*|compl(?:y|ies|ied|ying)\b|"
        # ("to end any cooperation with agents from the Immigration and Customs Enforcement
        # division", "is to not collude with ICE")
        # ("Explicit refusal to work with ICE")
        rf"collaborat\w*|collud\w*|help\w*|work)\s+(?:with\s+)?(?:(?:agents|officers|officials)\s+(?:from|of)\s+)?"
        rf"(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE})"
        # (not "say they won’t help ICE carry out raids or make arrests": ICE's own arrests)
        r"(?!\s+(?:to\s+)?(?:carry\s+out|conduct|make|with)\s+(?:\S+\s+)?(?:raids?|arrests?|sweeps?|operations?)\b)|"
        # a state's: "Keep Washington Working Act (2019, SB 5497) — prohibits local ICE cooperation"
        r"(?:prohibit|\bbar|\bban|limit|restrict|forbid)\w*\s+(?:\S+\s+)?(?:(?-i:ICE)|immigration)\s+cooperation\b|"
        # a non-cooperation ordinance: "bars county law enforcement … from assisting ICE",
        # "prohibit county employees from cooperating with federal immigration authorities",
        # "forbidding Allegheny County Police to work in cooperation with … (ICE)", "an ordinance
        # that limits cooperation with ICE" (not "ran on restricting the sheriff's department's
        # cooperation with …": a campaign)
        r"(?:forbid\w*|forbad\w*|prohibit\w*|\bbar(?:s|red|ring)?|\bban(?:s|ned|ning)?|prevent\w*|"
        # ("block the Philadelphia Police Department from working with ICE agents")
        r"\bblock(?:s|ed|ing)?)\s+"
        # ("County employees are barred from voluntarily assisting or facilitating civil immigration
        # enforcement")
        # ("SB 2057 — sweeping prohibitions on cooperating with ICE")
        r"(?:\S+\s+){0,12}?(?:(?:from|on)\s+(?:\w+ly\s+)?(?:assisting|cooperating|helping|working)(?:\s+or\s+\w+ing)?|"
        r"to\s+(?:assist|cooperate|work\s+in\s+cooperation))\s+(?:with\s+|in\s+)?(?:the\s+)?(?:U\.?S\.?\s+)?"
        rf"(?:{_ICE}|federal\s+immigration|(?:civil\s+)?immigration\s+(?:authorities|officials|agents|enforcement))"
        # (not the one program barred: "prohibits local agencies from assisting Immigration and
        # Customs Enforcement (ICE) through the 287(g) program")
        r"(?!\s*(?:\(ICE\)\s*)?through\s+(?:the\s+|its\s+)?287)|"
        # ("voted 11-3 … to restrict county employees from cooperating with federal immigration
        # authorities"; not "restricting Metro's ability to use license plate readers to assist with
        # immigration enforcement": the readers' data)
        # ("a bill to restrict local authorities from carrying out federal immigration enforcement")
        r"\brestrict\w*\s+(?:\S+\s+){0,4}?from\s+carrying\s+out\s+(?:federal\s+)?(?:civil\s+)?immigration\s+"
        r"enforcement\b|"
        r"\brestrict\w*\s+(?:\S+\s+){0,6}?from\s+(?:\w+ly\s+)?(?:assisting|cooperating|helping|working)\s+with\s+"
        rf"(?:the\s+)?(?:U\.?S\.?\s+)?(?:{_ICE}|federal\s+immigration|(?:civil\s+)?immigration\s+(?:authorities|"
        r"officials|agents|enforcement))|"
        # ("City considering resolution limiting immigration enforcement cooperation")
        r"\b(?:limit|restrict|reduc|curtail)\w*\s+(?:(?:local|federal|civil)\s+)?immigration\s+(?:enforcement\s+)?"
        r"cooperation\b|"
        # ("restricts Baltimore Police cooperation with federal immigration enforcement")
        # ("limits law enforcement’s cooperation with ICE")
        r"\b(?:limit|restrict)\w*\s+(?:(?-i:[A-Z])\w*\s+|law\s+enforcement['’]s?\s+){0,3}cooperation\s+with\s+"
        r"(?:the\s+)?"
        rf"(?:U\.?S\.?\s+)?(?:{_ICE}|federal\s+immigration|immigration\s+(?:authorities|officials))|"
        # "officers are already severely limited in interacting and cooperating with ICE agents",
        # "an ordinance limiting how the city works with federal immigration officials"
        r"\b(?:limit|restrict)\w*\s+(?:in\s+(?:\w+ing\s+(?:and|or)\s+)?(?:cooperat|work|assist|interact)\w*|"
        r"how\s+(?:\S+\s+){0,3}?(?:works?|cooperates?|interacts?))\s+with\s+(?:the\s+)?"
        rf"(?:U\.?S\.?\s+)?(?:{_ICE}|federal\s+immigration|immigration\s+(?:authorities|officials|agents))|"
        # "for adopting a policy that significantly reduces her office's cooperation with federal
        # immigration officials"
        r"\b(?:policy|ordinance|order|resolution)\s+(?:that\s+|which\s+)?(?:\w+ly\s+)?(?:limit|restrict|reduc|"
        r"curtail)\w*\s+(?:\S+\s+){0,3}?cooperation\s+with\s+(?:the\s+)?"
        rf"(?:U\.?S\.?\s+)?(?:{_ICE}|federal\s+immigration|immigration\s+(?:authorities|officials))|"
        # "declaring an official policy of non-cooperation between county government and United
        # States immigration authorities"
        r"\b(?:policy|order)\s+of\s+non-?cooperation\s+(?:\S+\s+){0,6}?(?:with|and)\s+(?:the\s+)?"
        r"(?:U\.?S\.?\s+|united\s+states\s+)?"
        rf"(?:{_ICE}|federal\s+immigration|immigration\s+(?:authorities|officials))|"
        # an ordinance's bars: "arrest, detain, or continue to detain a person based on an
        # administrative warrant …", "No agent or agency shall participate in civil immigration
        # enforcement operations", "transfer any person into ICE custody for the sole purpose of
        # civil immigration enforcement"
        r"\bdetain\w*\s+(?:\S+\s+){0,14}?(?:based\s+(?:up)?on|on\s+the\s+basis\s+of)\s+(?:an?\s+|any\s+)?"
        r"(?:administrative\s+warrants?|(?:civil\s+)?immigration\s+detainers?|civil\s+immigration)|"
        # "helping ICE round up undocumented immigrants based on an administrative warrant"
        r"\b(?:help|assist)\w*\s+(?-i:ICE)\s+(?:\S+\s+){0,6}?(?:based\s+(?:up)?on|on\s+the\s+basis\s+of)\s+"
        r"(?:an?\s+|any\s+)?administrative\s+warrants?|"
        r"\bno\s+(?:\S+\s+){1,4}?shall\s+(?:\S+\s+){0,2}?(?:participate|assist|cooperate)\w*\s+(?:in|with)\s+"
        r"(?:\S+\s+){0,2}?immigration\s+enforcement|"
        r"transfer\w*\s+(?:\S+\s+){0,3}?(?:to|into)\s+(?:ICE|immigration)\s+custody\s+for\s+the\s+(?:sole\s+)?"
        r"purpose\s+of\s+(?:civil\s+)?immigration|"
        # "would not allow the county to transfer anyone from the jail into ICE's custody without a
        # judicial warrant"
        r"transfer\w*\s+(?:\S+\s+){0,6}?(?:to|into)\s+(?:the\s+)?(?:ICE|immigration)(?:['’]s)?\s+custody"
        r"(?=(?:\W+\w+){0,10}?\W+(?:without|unless|absent|warrants?|judge|detainers?)\b)|"
        r"(?:tell|notify|inform|alert)\w*\s+(?:the\s+)?agents\s+when\s+(?:\S+\s+){0,4}?releas\w*|"
        # "tell federal officials when they have someone without legal status in their jail"
        rf"(?:tell|notify|inform|alert)\w*\s+(?:the\s+)?(?:federal|immigration|{_ICE})\s+(?:officials|authorities|"
        r"agents)?\s*(?:when|if|before|about|whenever)\b"
        # (not "can tell federal authorities if personnel pull over or otherwise interact with an
        # undocumented person": an encounter reported, no one held; nor "telling ICE agents when a
        # probationer’s next scheduled appointment was": the data)
        r"(?!(?:\s+\S+){0,6}?\s+(?:pull\w*\s+over|stops?|stopped|interact\w*|encounter\w*|appointments?|"
        r"check-?ins?)\b)"
        # ("informed ICE officials when new arrests were made" is the arrest data, not a hold)
        # "requested notification from the Sheriff's Office of the impending release"
        r"(?!\s+(?:new\s+)?arrests?\b)|notif\w*\s+(?:\S+\s+){0,8}"
        r"(?:about|of)\s+(?:the\s+|their\s+)?(?:\S+\s+){0,3}release|notifications?\s+(?:\S+\s+){0,2}"
        # ("were released from prison, straight to ICE custody")
        r"to\s+(?-i:ICE)\b|releas\w+\s+(?:\S+\s+){0,2}(?:(?:straight|directly)\s+)?(?:to|into)\s+(?:the\s+)?"
        r"(?:custody\s+of\s+)?(?:ICE|I\.C\.E\.|immigration)|"
        # "communicating with ICE regarding individuals' incarceration status or release dates"
        r"(?:communicat|respond|inform|tell|notify)\w*\s+(?:\S+\s+){0,4}(?:ICE|immigration)\s+(?:\S+\s+){0,3}"
        r"(?:regarding|about|of|on)\s+(?:\S+\s+){0,5}?release\s+dates?|"
        # "our ability to communicate with ICE regarding the impending release of individuals of
        # interest"
        r"(?:communicat|inform|tell|notify)\w*\s+(?:\S+\s+){0,2}(?-i:ICE)\s+(?:regarding|about|of|on)\s+"
        r"(?:the\s+)?(?:impending|upcoming|pending|scheduled)\s+release\b|"
        # "notifications of when unauthorized immigrants … are set to be released from jail custody"
        r"notif\w*\s+(?:of\s+)?(?:when|before)\s+(?:\S+\s+){0,12}?(?:to\s+be\s+)?releas\w*|"
        # "the practice of transferring local immigrant inmates to federal immigration authorities"
        r"\btransfer\w*\s+(?:\S+\s+){0,4}(?:to|into)\s+(?:the\s+)?(?:federal\s+)?immigration\s+"
        r"(?:authorities|officials|agents)\b|"
        # "the number of transfers of individuals from Orange County Sheriff’s Department (OCSD) to
        # Immigration & Customs Enforcement (ICE) custody", "presents data on ICE transfers"
        r"\btransfers?\s+of\s+(?:\S+\s+){0,8}?(?:to|into)\s+(?:\S+\s+){0,5}?\(?(?:ICE|immigration)\)?\s+custody\b|"
        # (not ICE moving its own detainees: "the surge in out-of-state ICE transfers")
        r"(?<!out-of-state\s)(?<!long-distance\s)(?<!interstate\s)(?-i:\bICE)\s+transfers\b|"
        # the requests themselves: "jails across the country are refusing to grant ICE requests
        # automatically", "to hold inmates solely based on an ICE request" (not "ICE requests bed
        # space from us": the verb)
        r"(?:grant|honou?r|accept|comply\s+with|follow|based\s+on|an?|these|those|such)\s+(?:\S+\s+)?"
        r"(?-i:ICE)\s+requests?\b(?!\s+(?:bed|beds|space|that|to|for|from|the|a|an)\b)|"
        # ICE's list of the jurisdictions that decline detainers: "has made available for public
        # release the non-Federal jurisdictions that have gone at least de facto “sanctuary.”"
        r"\bnon-?federal\s+jurisdictions\b|"
        # "the sheriff’s office follows ICE’s detainment protocol"
        r"(?-i:\bICE)['’]s\s+(?:detainment|detainer|hold)\s+(?:protocol|process|procedures?|policy)\b|"
        # "mistakenly included Franklin County on a list of non-cooperating counties"
        r"\bnon-?cooperat\w+\s+(?:counties|jurisdictions|cities|sheriffs?)\b|"
        # "Kootenai County Jail appeared on a list as ‘non-cooperative.’"
        r"\b(?:list|report)\s+(?:\S+\s+){0,3}?as\s+[‘'“\"]?non-?(?:cooperative|compliant|complainant)\b|"
        # "contact I.C.E. and see if they would want to put a detention order on the individual"
        r"\b(?:put|place|lodg|issu)\w*\s+(?:an?\s+)?detention\s+orders?\s+on\b|"
        # "supplied times that ICE could pick up a migrant" (a bed contract beside it stays one)
        r"\btimes?\s+(?:that\s+|when\s+)?(?-i:ICE)\s+(?:could|can|would|may|might)\s+pick\s+(?:\S+\s+){0,2}?up\b|"
        # "if deputies arrest someone and then learn they are wanted by ICE, they can detain that
        # person and notify the federal agency"
        r"\bwanted\s+by\s+(?-i:ICE)\b(?=(?:\W+\w+){0,10}?\W+(?:detain|hold|held|custody)\w*)|"
        # "required jailing these immigrants for at least three hours … to give ICE time to lock up
        # the individual"
        r"\bgiv\w*\s+(?-i:ICE)\s+(?:\S+\s+)?time\s+to\s+(?:pick|take|lock|arrest|come|get|assume)\b|"
        + _DETAINER_HOLD,
        # ("Non-citizens suspected of living in the U.S. illegally won't be held … past their
        # scheduled release dates, despite federal requests")
        # ("absent of a court order or arrest warrant signed by a judicial official any person …
        # will not be held beyond the normal timetable for release")
        _IMMIGRATION
        + r"|immigra|deport|\bmigrants?\b|non-?citizens?|undocumented|federal\s+detainers?|"
        # ("to detain suspects who are living in this country illegally for up to 48 hours")
        r"\bin\s+(?:this|the)\s+country\s+illegally\b|"
        r"signed\s+by\s+a\s+(?:federal\s+)?(?:judge|judicial\s+offic\w+|magistrate)",
        0.8,
        # the 287(g) officer's duties: "will train 20 corrections officers and deputies to serve
        # warrants and notify Immigration and Customs Enforcement … of detainees"
        unless=r"\bto\s+serve\s+(?:\S+\s+){0,2}?warrants\s+and\s+notify\b",
    ),
    # a prison's hand-over on release: "a program that transfers undocumented prisoners who have
    # served their time, directly into Immigration and Customs Enforcement (ICE)" (a 287(g)
    # agreement's pipeline is that agreement's)
    Rule(
        "detainer",
        r"\btransfers?\s+(?:\S+\s+){0,8}?(?:directly|straight)\s+(?:in)?to\s+(?:the\s+)?(?:custody\s+of\s+)?"
        rf"(?:{_ICE})",
        None,
        0.75,
        unless=r"\b287",
        needs=("transfer",),
    ),
    # the jail's call told in the passive: "We would contact someone when we had a suspect booked
    # into the jail … Then ICE was contacted and what they did with it was up to them" (not "ICE
    # was contacted for comment")
    Rule(
        "detainer",
        rf"(?:{_ICE})\s+(?:was|is|were|would\s+be|will\s+be|gets?|got)\s+(?:\w+ly\s+)?(?:contacted|notified|"
        r"called|alerted)\b",
        None,
        0.75,
        also=r"\bjails?\b|\bbook(?:ed|ing)\b|\binmates?\b|\barrest\w*",
        unless=r"\bfor\s+comment|\bdid\s+not\s+(?:immediately\s+)?respond|\bdeclined\s+to\s+comment",
        needs=("contacted", "notified", "called", "alerted"),
    ),
    # releases told to ICE: "a history of communication with ICE about releases"
    Rule(
        "detainer",
        rf"\bcommunicat\w*\s+with\s+(?:{_ICE})\s+(?:about|regarding|on|of)\s+(?:\S+\s+){{0,2}}?releases?\b",
        None,
        0.75,
        needs=("communicat",),
    ),
    # the hand-over told from ICE's side: "ICE has continued to take custody of inmates from county
    # jails in transfers that the County Board of Supervisors says violate county policy"
    Rule(
        "detainer",
        rf"(?:{_ICE})\s+(?:\S+\s+){{0,4}}?(?:take|takes|took|taken|taking)\s+(?:\S+\s+)?custody\s+of\s+"
        r"(?:\S+\s+){0,3}?(?:inmates|prisoners|people|detainees|individuals|arrestees)\s+(?:\S+\s+){0,2}?"
        r"(?:from|in|at)\s+(?:the\s+|local\s+|county\s+|its\s+|their\s+)*jails?\b",
        None,
        0.75,
        needs=("custody",),
    ),
    Rule(
        "data_sharing",
        # ("when the jurisdiction submits an Immigration Alien Query (IAQ) to the agency")
        # ("ITS P.A.R.S CONTRACT")
        # (and its short and later names: "S-Comm", "the Priority Enforcement Program (“Pep-Comm”)")
        r"\bPARS\b|\bP\.A\.R\.S\b|preliminary\s+arraignment\s+reporting\s+system|secure\s+communities|"
        r"\bS-Comm\b|\bPEP-Comm\b|priority\s+enforcement\s+program|"
        r"immigration\s+alien\s+quer(?:y|ies)|(?-i:\bIAQs?\b)",
        None,
        0.85,
    ),
    # immigration records put where every police query meets them: "Since 2002, ICE has included
    # immigration warrants in the database" (NCIC, the FBI's warrant file), "enters deportation
    # orders as 'immigration violators' into NCIC"
    Rule(
        "data_sharing",
        r"(?:immigration\s+(?:warrants|violators?|records)|deportation\s+orders)[\"”']?\s+(?:\S+\s+){0,6}?"
        r"(?:in|into)\s+(?:the\s+)?(?:NCIC\b|national\s+crime\s+information\s+center|(?:\S+\s+)?database)",
        _IMMIGRATION,
        0.8,
    ),
    # information passed to them, told in the passive: "No information about an individual shall be
    # shared with federal immigration authorities unless necessary to an ongoing investigation"
    # (not "released": people are released to ICE, "information requests received, individuals
    # released to ICE")
    Rule(
        "data_sharing",
        # ("The information in this questionnaire is eventually turned over to ICE")
        r"\b(?:information|data|records)\s+(?:\S+\s+){0,6}?(?:shared|provided|disclosed|given|"
        r"furnished|turned\s+over|handed\s+over|passed\s+on)\s+(?:\S+\s+){0,2}?(?:with|to)\s+(?:the\s+)?"
        r"(?:federal\s+)?(?:(?-i:ICE)\b|(?:immigration|deportation)\s+(?:authorities|officials|agents|"
        r"agenc(?:y|ies)|officers)\b)",
        None,
        0.8,
    ),
    # ICE's requests for records: "all ICE information requests go through the Records Access
    # Officer for review"
    Rule(
        "data_sharing",
        r"(?-i:\bICE)\s+(?:information|records?|data)\s+requests?\b",
        None,
        0.75,
        needs=("request",),
    ),
    # a sheriff's bar: "prohibiting deputies from … honoring most ICE detainer requests, or
    # sharing information with ICE", a bill's: "Prohibits sharing personal info with ICE", a
    # chief's order: "letting MPD share information from traffic stops with federal immigration
    # agencies"
    Rule(
        "data_sharing",
        # ("to either sell or share data to ICE", "sharing information directly to ICE")
        # ("sharing information with United States Immigration and Customs, or ICE")
        # ("sharing information or otherwise cooperating with the U.S. Bureau of Immigration and
        # Customs Enforcement (ICE)")
        r"\bshar\w*\s+(?:\S+\s+)?(?:information|info|data)\s+(?:(?:from|on|about)\s+(?:\S+\s+){0,3}?)?"
        rf"(?:or\s+(?:otherwise\s+)?\w+ing\s+)?(?:directly\s+)?(?:with|to)\s+(?:the\s+)?(?:[\w.]+\s+){{0,5}}?(?:[\w.]+,\s+or\s+)?(?:{_IMMIGRATION})|"
        # (in the passive: "concerns that the data is being shared with federal immigration
        # authorities")
        rf"\b(?:information|info|data)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
        rf"(?:being\s+)?shared\s+with\s+(?:the\s+)?(?:{_IMMIGRATION})",
        None,
        0.75,
        # (not what the 287(g) Task Force Model lets officers do: "enforce immigration authority
        # during routine police duties … and share information directly with ICE")
        unless=r"task\s+force\s+model|(?-i:\bTFM\b)",
        needs=("info", "data"),
    ),
    # a state's bar on sanctuary limits (8 U.S.C. § 1373's words): "Prevents local entities from
    # restricting communication with federal immigration agencies"; the right it gives:
    # "federal law protects their right to communicate with immigration officials"
    Rule(
        "data_sharing",
        r"(?:restrict|limit|prohibit|bar)\w*\s+(?:\S+\s+){0,3}?communications?\s+(?:\S+\s+){0,3}?with\s+"
        rf"(?:the\s+)?(?:{_IMMIGRATION})|\b(?:right|freedom|ability)\s+to\s+communicate\s+with\s+(?:the\s+)?"
        rf"(?:(?:{_IMMIGRATION})|immigration\s+(?:officials|authorities|agents|officers))"
        # (not "our ability to communicate with ICE regarding the impending release")
        r"(?!\s+(?:\S+\s+){0,3}?(?:regarding|about|on)\s+(?:\S+\s+){0,3}?releas)",
        None,
        0.75,
        needs=("communicat",),
    ),
    # an ordinance's bar: "Providing federal authorities with non-public information about any
    # person for immigration purposes"
    Rule(
        "data_sharing",
        r"provid\w*\s+(?:federal|immigration)\s+(?:authorities|officials|agents|agencies)\s+with\s+"
        r"(?:\S+\s+){0,2}?information\b",
        r"immigra",
        0.75,
        needs=("information",),
    ),
    Rule(
        "data_sharing",
        # ("prohibits the DOC from holding people for ICE or sharing detainee information")
        r"(?:shar\w+|access\w*(?:\s+to)?|provid\w*|transmit\w*|forward\w*)\s+(?:\S+\s+){0,5}?(?:(?:booking|"
        r"arrest|jail|inmate|detainee|criminal\s+history|release)\s+(?:information\s+|records\s+|management\s+)?"
        r"(?:data|database|information|records|system)|fingerprints)|data[- ]sharing|"
        # ("prohibits info sharing with federal immigration authorities")
        r"\binfo\s+sharing\b|"
        r"fingerprint\s+(?:data|database|information|records|sharing)|"
        r"(?:feed\w*|shar\w+|upload\w*|enter\w*)\s+(?:\w+\s+){0,3}(?:information|data|records)\s+"
        r"into\s+(?:\w+\s+){0,3}(?:databases?|systems?)|"
        # "update information about the immigration status of people into a federal system"
        r"updat\w*\s+(?:information|data|records)\s+(?:\S+\s+){0,8}?into\s+(?:an?\s+|the\s+)?(?:federal\s+)?"
        r"(?:databases?|systems?)|"
        # ("barring state agencies from releasing Coloradans’ personal information")
        r"(?:shar|transmi|disclos|releas)\w*\s+(?:of\s+)?(?:\S+\s+){0,2}personal\s+(?:information|data)|"
        # "prohibits local law enforcement from sharing certain information about people", "the
        # sharing of citizenship statuses with immigration authorities" (8 U.S.C. § 1373)
        # ("the sharing of non-public information about immigrant Washingtonians with ICE/CBP")
        r"shar\w*\s+(?:of\s+)?(?:certain\s+|non-?public\s+|personal\s+)?information\s+(?:about|on)\s+(?:immigrant\s+)?"
        r"(?:people|individuals|inmates|residents|persons|\w+ians)\b|"
        # "emailed a federal immigration officer about a man booked into the county jail", "faxing
        # that in daily reports to ICE", "stopped forwarding information to ICE"
        r"(?:e-?mail|call|notif|contact|alert)\w*\s+(?:an?\s+|the\s+)?(?:federal\s+immigration|(?-i:ICE))\s+"
        r"(?:officer|agent|official)s?\s+about\s+(?:\S+\s+){0,4}?(?:booked|arrested|in\s+custody)\b|"
        # (not an operator's bid: "emailed plans to ICE on June 21, 2025")
        r"\b(?:fax|forward|e-?mail|transmit)\w*(?!\s+(?:\S+\s+){0,2}?(?:plans|proposals?|bids?|offers?|designs?)\b)"
        r"\s+(?:\S+\s+){0,5}?to\s+(?-i:ICE)\b|"
        r"\b(?:send|sends|sent|sending)\s+(?:\S+\s+){0,4}?(?:information|data|reports?|lists?|rosters?|records|"
        r"names)\s+to\s+(?-i:ICE)\b|"
        # "barred from telling ICE agents when a probationer’s next scheduled appointment was"
        rf"(?:tell|inform|notify)\w*\s+(?:the\s+)?(?:{_ICE})\s+(?:agents\s+|officers\s+|officials\s+)?(?:when|where|"
        r"about)\s+(?:\S+\s+){0,4}?(?:appointments?|check-?ins?|court\s+dates?)\b|"
        # ("Deputies will not inquire about citizenship or report suspected undocumented people")
        r"\breport\w*\s+(?:suspected\s+)?undocumented\s+(?:people|persons|immigrants|individuals|residents)\b|"
        # ("sharing information about a detainee's citizenship or immigration status")
        r"shar\w*\s+(?:of\s+)?(?:\S+\s+){0,6}?(?:citizenship|"
        r"immigration)[\s-]+status\w*|\b1373\b|"
        # and the data shielded from it: "Shields immigration status data from collection and
        # sharing with federal authorities"
        r"(?:citizenship|immigration)[\s-]+status\s+(?:data|information|info)\s+from\s+(?:\S+\s+){0,2}?"
        r"shar\w*|"
        # the words of 8 U.S.C. § 1373: "sending to or receiving from ICE information regarding the
        # citizenship or immigration status … of any individual"
        r"\bsend\w*\s+to\s+or\s+(?:request\w*\s+or\s+)?receiv\w*\s+from\s+(?:\S+\s+){0,8}?information\s+"
        r"regarding\s+(?:the\s+)?(?:citizenship|immigration)\s+|"
        # "often alerting those authorities to undocumented migrants in their custody"
        r"alert\w*\s+(?:\S+\s+){0,3}?(?:to|about|of)\s+(?:\S+\s+){0,2}?(?:undocumented|immigrants|migrants|"
        r"noncitizens|inmates)\s+(?:\S+\s+){0,2}?in\s+(?:their|its|the)\s+custody|"
        # bookings reported: "anyone booked into the Dane County Jail who isn't a U.S. citizen is
        # reported to federal immigration officials", "315 … bookings at the jail were reported
        # to … ICE"
        r"(?:booked|bookings?|arrest(?:ed|s))\s+(?:\S+\s+){0,12}?reported\s+to\s+(?:the\s+)?(?:U\.?S\.?\s+)?"
        r"(?:(?-i:ICE)\b|immigration\s+and\s+customs|federal\s+immigration|immigration\s+(?:officials|"
        r"authorities|agents))|"
        # "providing agents with an inmate’s personal information"
        r"provid\w*\s+(?:\S+\s+){0,2}?with\s+(?:\S+\s+){0,2}?personal\s+(?:information|data)|"
        # "Inmates in most jails are processed through a federal system designed to check their
        # immigration status"
        r"\bfederal\s+(?:system|database)\s+(?:\S+\s+){0,3}?(?:check|verify|screen|determine)\w*\s+(?:\S+\s+){0,2}?"
        r"immigration\s+status\b|"
        # the booking check: "If a suspect is arrested on another charge, Immigrations and Customs
        # Enforcement on ICE will check on the name in their database"
        rf"(?:{_ICE})\s+(?:\S+\s+){{0,4}}?check\w*\s+(?:\S+\s+){{0,4}}?(?:in|against)\s+(?:their|its|the|a)\s+"
        r"(?:\S+\s+)?databases?\b|"
        # "provide any individual’s personal information to a Federal immigration officer"
        r"provid\w*\s+(?:any\s+|an?\s+|the\s+)?(?:\S+['’]s\s+)personal\s+(?:information|data)\s+to\b|"
        # license plate readers: "ICE accessed this local database of plate scans", "gives law
        # enforcement, including federal agencies, access to data"
        r"(?:license[- ]?\s?plate|\bplate)[- ](?:readers?|scans?|recognition|data)|\bALPRs?\b|"
        # ("did not directly access Lynnwood’s data")
        r"access\w*\s+(?:to\s+)?(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w’']+\s+)?(?:data|databases?)\b|"
        # "stop immigration officers from accessing any of the county’s databases", "to provide
        # county database access"
        r"access\w*\s+(?:to\s+)?any\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:\S+\s+)?databases?\b|"
        r"\b(?:county|city|state)\s+database\s+access\b|"
        # "lost access to the California Law Enforcement Telecommunications System (CLETS)", "cut
        # off deportation agents from access to the state’s law enforcement network"
        r"access\w*\s+(?:to\s+)?(?:the\s+)?(?:\S+\s+){0,4}?(?:law\s+enforcement\s+(?:network|"
        r"telecommunications\s+system)|(?-i:CLETS)\b)|"
        # motor vehicle records: "information-sharing between ICE and state departments of motor
        # vehicles", "290 million queries of DMV data", "driver license information"
        # ("prohibiting state DMV officials from providing any of its data")
        # ("drivers' license databases", "access to DMV files", "driver’s licenses databases")
        # ("has shared private driver data—names, addresses …—with ICE", "revoke ICE/CBP access to
        # driver and vehicle data")
        r"\bdriver\s+(?:and\s+vehicle\s+)?(?:data|records)\b|"
        # ("cooperates with ICE on detainer requests, facility sharing, and data exchange")
        r"information[- ]sharing|(?:data|information)[- ]exchange\b|"
        r"(?:drivers?(?:['’]s?)?\s+licen[sc]es?|\bDMVs?(?:['’]s?)?|"
        r"motor\s+vehicles?(?:\s+\(DMV\))?|vehicle\s+registration)\s+(?:\S+\s+){0,6}?"
        r"(?:data|information|records|databases?|files|photos|photographs|images)\b|"
        # "the Vermont DMV is working with U.S. Immigration and Customs Enforcement"
        r"(?:\bDMVs?|department\s+of\s+motor\s+vehicles|motor\s+vehicles?\s+(?:department|agenc\w+))\s+"
        r"(?:\S+\s+){0,2}?(?:work|cooperat|partner|shar|collaborat)\w*\s+(?:\S+\s+){0,2}?with\b|"
        # face searches of license photos: "facial recognition software to scan … databases",
        # "opened up their photo databases to Immigration and Customs Enforcement", "the DMV
        # “facial recognition photo repository”"
        r"(?:facial|face)[- ]recognition\s+(?:\S+\s+){0,2}?(?:searches|search|software|technology|"
        r"quer\w+|scans?|photo|requests?|information)|"
        r"\bphoto(?:graph)?(?:ic)?\s+(?:databases?|repositor\w+)|"
        # "information provided to driver’s license agencies is not made available to … DHS"
        r"(?:information|data|records)\s+(?:\S+\s+){0,3}?(?:driver(?:['’]s)?\s+licen[sc]e|\bDMVs?\b|"
        r"motor\s+vehicles?)\b",
        _IMMIGRATION
        + r"|civil\s+immigration|immigration\s+(?:enforcement|laws?|investigations?|agenc\w+|"
        r"authorities|officials|agents|status)|deportation\s+(?:agents|officers)|"
        # "Federal immigration and border officials have been blocked from New York’s DMV database",
        # "CBP previously accessed DMV records"
        r"immigration\s+and\s+(?:border|customs)\b|(?-i:\bCBP\b)|border\s+patrol|"
        # "plate data was accessed in more than 260 immigration-related searches"
        r"immigration[- ]related\s+(?:searches|queries|lookups|requests)",
        0.8,
        # "joined 287(g) to have access to ICE databases", "The 287(g) agreements … commonly give
        # jail employees access to federal databases": the 287(g) officers' own access
        unless=r"joined\s+(?:the\s+)?287|\b287\s*\(?[g9]\)?\s+(?:agreements?|program)\b(?:\S*\s+){0,8}?"
        r"(?:give|gives|allow|allows|let|lets)\b|\bdeputiz\w+\s+(?:\S+\s+){0,8}?(?:giving|give|with)\s+(?:them\s+)?"
        r"access|"
        + _VERIFY_STATUS
        + "|"
        + _TRAINED_BY_ICE
        # nor one federal agency's records opened to another: "The Department of Homeland Security
        # and Centers for Medicare and Medicaid Services implemented a data-sharing agreement"
        + r"|centers\s+for\s+medicare|internal\s+revenue\s+service|"
        r"social\s+security\s+administration",
    ),
    # data about people told to the federal side, where the passage says whom it is about
    # (immigrants, noncitizens) even when it names no immigration agency
    Rule(
        "data_sharing",
        # "departments tell … (ICE) information about
        # those particular people", "provide details about those immigrants to … DHS", "sharing
        # some data with federal authorities about immigrants", "provide the federal government
        # with records of previous inmates", "provided retroactive information on the immigration
        # status of certain inmates", "provide names of incarcerated individuals to … ICE"
        r"(?:tell|provid|shar|send|sent|giv|gave|report|disclos|transmit|forward|hand)\w*\s+"
        r"(?:\S+\s+){0,6}?(?:information|data|details|records|names)\s+(?:\S+\s+){0,3}?(?:about|on|of|"
        r"regarding)\s+(?:\S+\s+){0,5}?(?:immigrants|inmates|people|individuals|persons|noncitizens|"
        r"non-citizens|detainees|arrestees)\b|"
        # "would ban law enforcement officials from disclosing information about a person's
        # immigration status"
        # ("calls for state agencies not to request information about a person’s immigration")
        r"(?:disclos|shar|report|releas|transmit|request)\w*\s+(?:\S+\s+){0,2}?(?:information|data|records)\s+"
        r"(?:about|on|regarding)\s+(?:the\s+|a\s+person['’]s\s+|their\s+|an?\s+individual['’]s\s+)?"
        r"(?:immigration|citizenship)\s+status|"
        # "prohibits city employees from disclosing residents' immigration status"
        r"disclos\w*\s+(?:\S+\s+)?(?:immigration|citizenship)\s+status",
        _IMMIGRATION + r"|immigra|undocumented|non-?citizens?|without\s+legal\s+status",
        0.75,
        also=_IMMIGRATION + r"|\bfederal\b|homeland|(?:immigration|citizenship)\s+status",
    ),
    # referring or reporting people to immigration authorities: "the Probation Department's practice
    # of referring juveniles suspected of being undocumented to federal immigration authorities",
    # "its ICE notification procedures … the number of ICE referrals", "its current policy of
    # reporting undocumented juveniles to Immigration and Customs Enforcement"
    Rule(
        "data_sharing",
        r"(?:(?-i:ICE)|immigration)\s+referrals?\b|(?:referr|report)\w*(?!\s+to\s+as\b)\s+(?:of\s+)?"
        r"(?:\S+\s+){0,6}?(?:juveniles|youths?|minors|children|inmates|arrestees|people|individuals|"
        r"immigrants|students|cases)\s+(?:\S+\s+){0,5}?to\s+(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:federal\s+)?"
        r"(?:immigration|(?-i:ICE)\b)|referred\s+to\s+(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:(?-i:ICE)\b|"
        r"immigration\s+and\s+customs)|"
        # the other way round: "the number of youth it reports to ICE"
        r"(?:juveniles|youths?|minors|children|inmates|arrestees|immigrants|students)\s+(?:it|they|we|he|she)\s+"
        r"(?:reports?|refers?|reported|referred)\s+to\s+(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:federal\s+)?(?:immigration|"
        r"(?-i:ICE)\b)",
        # (or bare: "the city’s policy on when to report youth to immigration")
        _IMMIGRATION + r"|\b(?:report|refer)\w*\s+(?:\S+\s+){0,4}?to\s+immigration\b"
        r"(?!\s+(?:court|judges?|hearings?|lawyers?|attorneys?|services|status))",
        0.75,
        unless=r"\b287|deputiz|warrant\s+service|\bdetainers?\b(?!\s+on\s+juveniles)|release\s+dates?",
        needs=("referr", "report"),
    ),
    # ICE's databases, unless 287(g) officers use them: that is the 287(g) agreement's work
    # ("local officers to be trained by ICE to take on immigration-related duties — … entering data
    # into ICE databases")
    Rule(
        "data_sharing",
        r"(?-i:\bICE\b)\s+(?:data\s?bank|databases?|records\s+system)",
        None,
        0.8,
        unless=r"\b287|deputiz|warrant\s+service|jail[\s-]+enforcement|" + _TRAINED_BY_ICE,
    ),
    # "provided information and unredacted case files to ICE agents"
    Rule(
        "data_sharing",
        # "prohibited the jail from sending a list of inmates to agencies such as ICE", "continue to
        # share information with U.S. Immigration and Customs Enforcement"
        rf"(?:provid|gave|giv|turn|hand|disclos|send|sent)\w*\s+(?:\S+\s+){{0,5}}?(?:information|records|"
        rf"case\s+files|files|data|addresses|photos|lists?|rosters?)\s+(?:\S+\s+){{0,3}}?"
        rf"(?<!pertaining )(?<!relating )(?<!related )(?<!according )to\s+"
        rf"(?:the\s+|agencies\s+such\s+as\s+)?(?:homeland\s+security\s+)?(?:{_ICE}|federal\s+immigration)|"
        # "directs the Elkhart County Jail to send ICE a weekly list of inmates"
        rf"\bsend\w*\s+(?:{_ICE})\s+(?:an?\s+)?(?:\S+\s+)?(?:list|roster)s?\s+of\s+(?:inmates|prisoners|"
        r"arrestees|detainees|people)\b|"
        # "40 inmates had information submitted to ICE"
        rf"(?:information|data|records)\s+(?:\S+\s+){{0,2}}?(?:submitted|sent|provided|forwarded|shared)\s+"
        rf"(?:to|with)\s+(?:the\s+)?(?:{_ICE})|"
        # "Fusion center participants routinely give ICE sensitive data"
        rf"\bgiv\w*\s+(?:{_ICE})\s+(?:\S+\s+){{0,2}}?(?:data|information|records)\b|"
        # "has the most contracts with ICE to share data"
        rf"(?:{_ICE})\s+to\s+share\s+(?:\S+\s+)?(?:data|information|records)\b|"
        # "restrictions on the information that local and state police can share with federal
        # immigration agents"
        r"(?:information|data|records)\s+(?:that\s+|which\s+)?(?:\S+\s+){0,5}?(?:can|may|could|to)\s+"
        rf"share\s+with\s+(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:{_ICE}|federal\s+immigration|"
        r"immigration\s+(?:authorities|officials|agents))|"
        rf"shar\w+\s+(?:\S+\s+){{0,3}}?(?:information|data|records)\s+with\s+"
        rf"(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:{_ICE}|federal\s+immigration|immigration\s+(?:authorities|officials|"
        r"agents))",
        None,
        0.75,
        unless=r"release\s+dates?|notif\w*|\bdetainers?\b|\b287|deputiz",
        needs=("information", "records", "files", "data", "addresses", "photos", "list", "roster"),
    ),
    # a state's records open to ICE: "we do not share any of that information with the federal
    # government", "that information could be shared by an officer with ICE", "personal information
    # … can be accessed by ICE without a warrant", "ICE is among those that can access this
    # “incredibly secretive system”", "where ICE used JNET to identify people for arrest", "access
    # to this database, including ICE", "Federal immigration enforcement agencies have access to
    # personal information", "to seek access to information contained in Commonwealth-run
    # databases", "troopers contacting ICE after such an encounter", "allow ICE to access JNET"
    Rule(
        "data_sharing",
        r"(?:shar|provid|giv|disclos)\w*\s+(?:\S+\s+){0,4}?(?:information|data|records)\s+with\s+(?:the\s+)?"
        r"federal\s+(?:government|authorities|officials|agents)\b|"
        r"(?:information|data|records|photos)\s+(?:\S+\s+){0,3}?(?:be|been|is|are|was|were)\s+shared\s+"
        rf"(?:by\s+(?:\S+\s+){{1,3}}?)?with\s+(?:the\s+)?(?:{_ICE}|federal\s+immigration)|"
        rf"(?:accessed|searched|queried)\s+by\s+(?:the\s+)?(?:U\.?\s?S\.?\s+)?(?:{_ICE}|federal\s+immigration\s+"
        r"(?:authorities|officials|agents|agencies))|"
        r"(?-i:\bICE\b)\s+(?:\S+\s+){0,6}?(?:can|could|may|to)\s+access\s+(?:this\s+|the\s+|its\s+|their\s+|a\s+)?"
        r"(?:\S+\s+){0,3}?(?:systems?|databases?|data)\b|"
        # "a bill that would prevent ICE from using state databases", "prevents U.S. Immigration and
        # Customs Enforcement agents and other federal agencies from gathering data"
        rf"(?:{_ICE})\s+(?:\S+\s+){{0,5}}?from\s+(?:us|gather|collect|obtain|access)\w*\s+(?:\S+\s+){{0,2}}?"
        r"(?:databases?|data|information|records)\b|"
        r"(?-i:\bICE\b)\s+(?:has\s+|had\s+)?used\s+(?:\S+\s+){1,3}?to\s+[“\"]?(?:identify|search|locate|find|track|"
        r"look\s+up)\b|"
        r"access\w*\s+(?:to\s+)?(?:\S+\s+){0,4}?(?:databases?|systems?|data|records),?\s+including\s+(?:\S+\s+){0,2}?"
        r"(?-i:ICE)\b|"
        rf"(?:{_IMMIGRATION})\s+(?:\S+\s+){{0,3}}?(?:have|has|had|get|gets|gain\w*)\s+(?:\S+\s+){{0,2}}?access\s+to\s+"
        r"(?:\S+\s+){0,4}?(?:information|data|records|databases?|systems?|photos)\b|"
        r"access\s+to\s+(?:\S+\s+){0,2}?(?:information|data|records)\s+(?:\S+\s+){0,3}?(?:databases?|systems?)\b|"
        rf"(?:tell|notify|contact|call|alert)\w*\s+(?:the\s+)?(?:{_ICE}|federal\s+(?:immigration\s+)?(?:authorities|"
        r"officials|agents))\s+(?:\S+\s+){0,3}?(?:if|when|after|whenever)\s+(?:\S+\s+){0,8}?(?:pull\w*\s+over|"
        r"stops?|stopped|interact\w*|encounter\w*)\b",
        _IMMIGRATION + r"|immigra|undocumented",
        0.75,
        also=r"information|\bdata\b|records|databases?|photos|systems?|encounter|interact|stop",
        unless=r"\b287|deputiz|warrant\s+service|\bjails?\b|facilit|courthouse|building|premises|custody",
        needs=(
            "shar",
            "provid",
            "giv",
            "disclos",
            "accessed",
            "searched",
            "queried",
            "access",
            "use",
            "using",
            "gather",
            "collect",
            "obtain",
            "tell",
            "notif",
            "contact",
            "call",
            "alert",
        ),
    ),
    # the police telling ICE of arrests: "removed a policy that had detailed instances where
    # police could inform ICE about arrests", "could contact ICE if someone was an undocumented
    # immigrant" (a jail's call on a booking or a release is the detainer's)
    Rule(
        "data_sharing",
        rf"(?:tell|notify|inform|contact|call|alert)\w*\s+(?:the\s+)?(?:{_ICE})\s+(?:(?:\S+\s+){{0,2}}?about\s+"
        r"(?:\S+\s+){0,2}?arrests\b|(?:if|when|whenever)\s+(?:someone|a\s+person|anyone|an\s+individual|"
        r"a\s+suspect)\s+(?:is|was|were)\s+(?:an?\s+)?undocumented\b)|"
        # a database open to ICE: "requires people in detention facilities to be entered into a
        # database ICE can access", "restricts ICE access to confidential criminal justice
        # information"
        r"\bdatabases?\s+(?:that\s+|which\s+)?(?-i:ICE)\s+(?:can|could|may)\s+(?:also\s+)?access\b|"
        # "~1.4 million immigration-authority queries of state-run databases"
        r"\b(?:immigration|(?-i:ICE))[- ](?:authority\s+|agency\s+)?quer(?:y|ies)\s+of\s+"
        r"(?:\S+\s+){0,2}?(?:databases?|systems?|records)\b|"
        r"\b(?:restrict|limit|block|den(?:y|ies|ied|ying)|cut|end)\w*\s+(?-i:ICE)(?:['’]s)?\s+access\s+to\s+"
        r"(?:\S+\s+){0,5}?"
        r"(?:information|data|records|databases?|systems?)\b",
        None,
        0.75,
        unless=r"\b287|deputiz|warrant\s+service|\bdetainers?\b|releas\w*|\bbooked\b",
        needs=("tell", "notif", "inform", "contact", "call", "alert", "database", "access", "quer"),
    ),
    # § 1373's words: "information regarding the immigration or citizenship status" of individuals;
    # a jail's booking check: "run an immigration check and notify ICE that the person is in
    # custody"
    Rule(
        "data_sharing",
        r"information\s+regarding\s+the\s+(?:immigration|citizenship)\s+(?:or\s+(?:immigration|citizenship)\s+)?"
        r"status|\brun\w*\s+(?:an?\s+)?immigration\s+(?:status\s+)?checks?\b|notify\w*\s+(?-i:ICE)\s+that\s+"
        r"(?:the\s+|a\s+)?(?:person|individual|inmate|suspect|arrestee)\s+is\s+in\s+custody",
        None,
        0.75,
        unless=r"\b287|deputiz|warrant\s+service",
        needs=("information", "run", "notif"),
    ),
    # a system by its initials: "to allow ICE to access JNET only if the agency has a criminal
    # warrant" (not a prison's: "allow ICE to access DOC facilities")
    Rule(
        "data_sharing",
        r"(?:allow|let|permit)\w*\s+(?-i:ICE)\s+to\s+access\s+(?-i:[A-Z]{3,}\b)(?!\s+(?:facilit|jails?\b|"
        r"buildings?\b|offices?\b|premises|propert|prisons?\b))",
        None,
        0.75,
        needs=("allow", "let", "permit"),
    ),
    # "the fingerprint-based biometric records sharing capabilities", "a federal program that
    # uses fingerprint analysis to identify illegal immigrants in county jails"
    Rule(
        "data_sharing",
        # ("through a new, automated fingerprint-based process that will help identify criminal
        # aliens"; "IDENT and IAFIS interoperability", "Interoperability will create a virtual ICE
        # presence at every local jail")
        r"(?:fingerprint|biometric)s?(?:[- ]based)?\s+(?:\w+\s+){0,2}(?:sharing|analysis|checks?|"
        r"matching|process)|(?-i:\b(?:IDENT|IAFIS)\b)\s+(?:\S+\s+){0,3}?interoperab\w+|"
        r"\binteroperab\w+\s+(?:\S+\s+){0,6}?(?-i:ICE)\s+presence\b|"
        # "fingerprints are automatically transmitted to a state database to which all …
        # agencies, including ICE, have access"
        # "booked into jail and fingerprinted, that information is sent to both the FBI and the
        # Department of Homeland Security to be checked against their databases"
        r"(?:fingerprint|biometric)\w*,?\s+(?:\S+\s+){0,3}?(?:transmitted|sent|shared|forwarded|submitted|"
        r"run\s+through)\s+"
        r"(?:\S+\s+){0,6}?(?:databases?|systems?|(?-i:FBI|DHS|ICE)\b|(?:department\s+of\s+)?homeland\s+security)|"
        # "It automatically checks the digital fingerprints of anyone processed at the jail against
        # immigration databases"
        # ("to better check fingerprints of criminal suspects against national law enforcement and
        # immigrant databases", "check fingerprints against DHS' Automated Biometric Identification
        # System")
        r"\bcheck\w*\s+(?:the\s+)?(?:digital\s+)?fingerprints\s+(?:\S+\s+){0,8}?against\s+(?:\S+\s+){0,5}?"
        r"(?:databases?|system)\b",
        _IMMIGRATION
        + r"|illegal\s+immigrants|immigration\s+(?:status|records?|violat\w+|databases?)|"
        r"(?:criminal|illegal|deportable)\s+aliens|immigrant\s+databases?",
        0.75,
    ),
    # police intelligence reaching ICE: "federal immigration agencies searched the Chicago Police
    # Department's gang database at least 32,000 times", "funnel their gang database entries to
    # ICE", "Fusion centers enable ICE to coopt local police databases"
    Rule(
        "data_sharing",
        _POLICE_INTELLIGENCE,
        _IMMIGRATION + r"|immigra|deport",
        0.75,
        needs=("gang", "fusion"),
    ),
    # searches of a police database made for immigration: "conducted searches of Lynnwood’s database
    # in early July and listed “immigration” as the reason"
    Rule(
        "data_sharing",
        r"\bsearch\w*\s+(?:of|on|in)\s+(?:\S+\s+){0,3}?(?:database|data|cameras?|system)\b(?:\S*\s+){0,12}?"
        r"(?:listed|gave|cited|giving|citing|listing)\s+[“\"]?immigration[”\"]?\s+as\s+(?:the\s+|their\s+)?reason",
        None,
        0.75,
        needs=("search",),
    ),
    # license plate readers' data reaching immigration agents (Flock, Vigilant, a police LPR)
    Rule(
        "data_sharing",
        r"(?:automated\s+)?license[- ]plate\s+(?:readers?|scanners?|recognition|data|database|"
        r"cameras?|information)|(?-i:\bA?LPRs?\b)|(?-i:Flock|FLOCK)\s+(?:Safety|cameras?)|"
        # a plate looked up for the agents: "performed Flock plate lookups for ICE/HSI agents"
        r"\bplate\s+(?:lookups?|look-ups?|checks?|searches|queries)\b|"
        # ("immigration related searches on the license plates that our department scans", "how the
        # vehicle-location data is accessed")
        r"(?:searches|lookups|queries|scans)\s+(?:on|of)\s+(?:the\s+)?license[- ]plates\b|"
        r"\bvehicle[- ]location\s+(?:data|system|service|records)\b|"
        # (not "maintain records related to ICE access as public records": the jail's)
        r"(?-i:\bICE\b)\s+(?:\S+\s+){0,8}access\s+(?!as\b)(?:to\s+)?(?:\S+\s+){0,5}(?:data|databases?|records)\b",
        # ("a nationwide license plate recognition system … is being ousted from communities across
        # the country — forcing local officials to reckon with mounting fears of federal
        # surveillance")
        _IMMIGRATION + r"|immigration\s+enforcement|federal\s+surveillance|deportation",
        0.8,
        # (a 287(g) officer's own access: "allows ICE to deputize some of the jail officers …,
        # giving them access to federal databases")
        unless=r"\bdeputiz\w*|\b287",
    ),
    # the plate-reader vendor by name, dropped over federal access: "voted to terminate its
    # contract with Flock after … thousands of outside searches of area camera data on behalf of
    # federal agencies", "voted to dump Flock, over concerns that their data could be accessed and
    # shared with federal immigration agencies"
    Rule(
        "data_sharing",
        # (in capitals too: "concerns with FLOCK technology")
        # (and Vigilant's, the other reader vendor: "concerns over the potential for Vigilant … to
        # either sell or share data to ICE"; not the adjective opening a sentence)
        r"(?-i:\b(?:Flock|FLOCK)\b|(?<![.!?]\s)(?<!^)\bVigilant\b)",
        # ("paused the Flock system … following a study … about immigration-related data access")
        r"federal\s+(?:immigration\s+)?agencies|immigra\w+\s+agenc|deportation|"
        r"immigration[- ]related\s+(?:data\s+access|searches|queries|lookups|requests)|"
        + _IMMIGRATION,
        0.75,
        also=r"\bdata\b|searches|cameras|contracts?\b",
        needs=("flock", "vigilant"),
    ),
    # "the police department has handed over documents that include the names, addresses and
    # country of origin of those targeted by the U.S. Department of Homeland Security, Immigration
    # and Customs Enforcement and Customs and Border Protection"
    Rule(
        "data_sharing",
        r"(?:handed|turned)\s+over\s+(?:\S+\s+){0,3}?(?:documents|records|reports|information|data|files|"
        r"names|addresses)\b|"
        # "have repeatedly asked the Chicago Police Department for the arrest records of
        # immigrants", "those three federal agencies obtained the arrest reports"
        r"(?:ask\w*|request\w*|sought|seek\w*|obtain\w*)\s+(?:\S+\s+){0,6}?(?:the\s+)?(?:arrest|booking|police|"
        r"criminal)\s+(?:records|reports|histories)\b",
        _IMMIGRATION + r"|federal\s+agencies",
        0.75,
        # (not "turned over his reports to the commissioners")
        unless=r"\bcustody\b|\bdetainers?\b|\b287|\bover\s+(?:\S+\s+){0,3}?to\s+the\s+(?:commissioners|board|"
        r"council|court|committee|supervisors|county|city)\b",
        needs=("over", "ask", "request", "sought", "seek", "obtain"),
    ),
    # ICE's screening of a jail's bookings: "Minnehaha County also participates in what is called
    # the Criminal Alien Program" (the 287(g) program's jail model went by the name too)
    # (not the 287(g) jail model by that name: "to begin the 287(g) Criminal Alien Program"; the
    # program listed beside 287(g) is ICE's own: "includes the 287(g) program, the Criminal Alien
    # program, and the Secure Communities program")
    Rule(
        "jail_access",
        r"criminal\s+alien\s+program",
        None,
        0.75,
        unless=r"\b287\s*\(?[g9]\)?\s+criminal\s+alien|criminal\s+alien\s+program\s+\(?287",
        needs=("alien",),
    ),
    # the request to hold told plainly: "If ICE determines that an individual may be deportable, it
    # requests that the local law enforcement agency detain him or her for transfer to ICE"; the
    # hold on a detainer however written ("hold people on immigration detainees")
    Rule(
        "detainer",
        r"\brequests?\s+that\s+(?:\S+\s+){0,5}?(?:detain|hold|keep)\s+(?:\S+\s+){0,4}?(?:for\s+(?:transfer|"
        r"pick-?\s?up)|until)\b",
        _IMMIGRATION,
        0.8,
        needs=("request",),
    ),
    Rule("detainer", _HELD_ON_DETAINER, None, 0.8, needs=("immigration",)),
    # fingerprints or arrests run against ICE's records: "automatically checked against immigration
    # databases"
    Rule(
        "data_sharing",
        r"\b(?:checked|run|compared|matched|screened)\s+(?:automatically\s+)?against\s+(?:\S+\s+)?"
        r"(?:immigration|(?-i:ICE|DHS))\s+(?:databases?|records|data|files)\b",
        None,
        0.8,
        needs=("against",),
    ),
    # the 2015 name of ICE's detainer: "A PEP Custody Request is one way that immigration status
    # may come to prosecutors' attention"
    Rule("detainer", r"\bPEP\s+custody\s+requests?\b", None, 0.85, needs=("custody",)),
    # ICE's own desk in the jail: "ICE has an officer with a permanent desk in the jail"
    Rule(
        "jail_access",
        r"\b(?:desk|office)\s+(?:in|inside|at)\s+(?:the\s+)?(?:county\s+)?jails?\b",
        _ICE,
        0.75,
        needs=("desk", "office"),
    ),
    # holds asked on people: "DHS may ask for holds on as many people as they can get"
    Rule(
        "detainer",
        r"\b(?:ask|request)\w*\s+(?:for\s+)?(?:\S+\s+)?holds?\s+on\s+(?:\S+\s+){0,3}?(?:people|persons|"
        r"individuals|inmates|immigrants|arrestees)\b",
        _IMMIGRATION,
        0.8,
        needs=("hold",),
    ),
    # a release date where ICE is named is what it asks to be told ("If ICE asks you for someone's
    # release date, do you intend to comply?", "a courtesy notice to ICE regarding release
    # dates"); among information handed over it is data shared ("providing ICE non-publically
    # available information regarding release dates, home addresses")
    Rule(
        "detainer",
        r"\brelease\s+dates?\b",
        _ICE,
        0.75,
        unless=r"\binformation\b|\bshar(?:e|es|ed|ing)\b|\bpublish\w*|\bdatabases?\b",
        needs=("release",),
    ),
    # a task force ICE works in, named by its work: "Do you ever collaborate with ICE in any other
    # projects or investigations? E.g., gang task force"
    Rule(
        "task_force",
        r"\b(?:gang|joint|drug|narcotics|trafficking)\s+task\s+forces?\b",
        _ICE,
        0.75,
        needs=("task",),
    ),
    # "Are individuals asked for place of birth during booking? … Is ICE given access to this
    # information?"
    Rule(
        "data_sharing",
        r"\baccess\s+to\s+(?:this|that|such|the|their|its)\s+information\b",
        _ICE,
        0.75,
        needs=("information",),
    ),
    # ICE in the jail: "Ask if individual has been interviewed by any ICE agents", "ICE is allowed
    # to come into the jail to do what they need to do"
    Rule(
        "jail_access",
        r"\binterview\w*\s+by\s+(?:any\s+|an?\s+)?(?:(?-i:ICE)|immigration)\s+(?:agents?|officers?|officials)\b|"
        r"(?-i:\bICE)\s+(?:\S+\s+){0,3}?(?:coming|come|comes)\s+(?:in)?to\s+(?:the\s+)?(?:county\s+)?jails?\b",
        None,
        0.8,
    ),
    # answering ICE: "personnel shall not spend time or resources responding to ICE inquiries or
    # communicating with ICE" (about a release date or custody status it is the notification, a
    # detainer's: "responding to ICE inquiries … regarding a person's custody status or release
    # date")
    Rule(
        "data_sharing",
        r"\brespond\w*\s+to\s+(?:(?-i:ICE)|immigration)\s+(?:inquir\w+|requests?\s+for\s+information|"
        r"information\s+requests?)\b",
        None,
        0.8,
        unless=r"\brelease\s+dates?\b|\bcustody\s+status\b|\bdetainers?\b|\bhold\s+requests?\b",
        needs=("respond",),
    ),
    # ICE's list of jails that limit its holds: "lists the county as a "Limited Cooperation
    # Institution" for ICE's ability to move and house noncitizens from the county jail"
    Rule(
        "detainer",
        r"limited\s+cooperation\s+(?:institutions?|jurisdictions?|facilit\w+)",
        _ICE,
        0.75,
        needs=("limited",),
    ),
    # Chicago's: "eliminated “carve-outs” in the Welcoming City ordinance that had allowed Chicago
    # police officers to cooperate with Immigration and Customs Enforcement" (not its reporting
    # duty alone)
    Rule(
        "detainer",
        r"welcoming\s+city\s+ordinance",
        None,
        0.75,
        also=r"cooperat\w*|(?-i:\bICE\b)|immigration\s+(?:agents|authorities|officials)",
        needs=("welcoming",),
    ),
    # the detainer by its own name in a jail's policy: "inmates can be held on detainers", "The
    # county will honor a detainer if …", "booked into our jail system solely on a detainer",
    # "Because detainers are voluntary" (not the Interstate Agreement on Detainers, nor a
    # probation or parole detainer)
    Rule(
        "detainer",
        _DETAINER_NAMED,
        None,
        0.75,
        unless=r"interstate|agreement\s+on\s+detainers|(?-i:\bIAD\b)|probation|parole|"
        r"(?:state|county|court|warrants?)\s+(?:and\s+)?detainers?",
        needs=("detainer",),
    ),
    # a hold refused, in the words of ICE's declined-detainer reports: "immigrants that local jails
    # supposedly released from custody despite requests from federal agents"
    Rule(
        "detainer",
        r"\breleased\s+(?:\S+\s+){0,4}?despite\s+(?:\S+\s+){0,3}?(?:requests?|detainers?|holds?)\b",
        r"immigra|(?-i:\bICE\b)|federal\s+agents|undocumented|\baliens?\b",
        0.75,
        needs=("despite",),
    ),
    # the District of Columbia's: "D.C.’s Sanctuary Values Amendment Act, which bars police from
    # transferring individuals to federal immigration authorities"
    Rule(
        "detainer", r"sanctuary\s+values\s+(?:amendment\s+)?act\b", None, 0.75, needs=("sanctuary",)
    ),
    # a state's detainer law: "The Connecticut Trust Act, which prohibits law enforcement from
    # honoring certain immigration detainers", "extending the Trust Act’s protections"
    Rule(
        "detainer",
        r"(?-i:\b(?:Trust|TRUST)\s+Act\b)",
        None,
        0.75,
        unless=r"\b287",
        needs=("trust",),
    ),
    # "coordinating a telephone or video interview between federal immigration authorities and an
    # individual in jail"
    Rule(
        "jail_access",
        # ("individuals who are to be interviewed via telephone or video with a federal immigration
        # authority")
        r"interview\w*\s+(?:\S+\s+){0,4}?(?:between|by|with)\s+(?:the\s+|an?\s+)?(?:federal\s+immigration\s+"
        rf"(?:authorit(?:y|ies)|officials?|agents?)|{_ICE})|"
        # "ICE agents can’t interview detainees held on noncriminal matters unless …" (federal
        # agents alone may be the FBI's)
        r"(?:immigration|(?-i:ICE))\s+agents\s+(?:\S+\s+){0,2}?interview\s+(?:detainees|inmates|prisoners)|"
        # "ICE agents from Indianapolis used to visit the Elkhart County Jail once or twice a month"
        r"(?:immigration|(?-i:ICE))\s+(?:agents|officers)\s+(?:\S+\s+){0,4}?visit\w*\s+(?:the\s+)?"
        r"(?:\S+\s+){0,3}?jails?\b",
        None,
        0.75,
        also=r"\bjail|custod|inmate|detention|detainees",
        needs=("interview", "visit"),
    ),
    # a state law's ban by what it stops: "Prohibits state/local jurisdictions from facilitating
    # immigration detention by private entities"
    Rule(
        "igsa",
        r"facilitat\w*\s+(?:\S+\s+){0,2}?immigration\s+detention\b",
        None,
        0.75,
        needs=("facilitat",),
    ),
    # a state law's ban: "entering into agreements to house or detain individuals for federal
    # immigration purposes"
    Rule(
        "igsa",
        r"(?:hous|detain|hold)\w*\s+(?:\S+\s+){0,3}?(?:individuals|people|persons|noncitizens|immigrants)\s+"
        r"for\s+(?:federal\s+)?(?:civil\s+)?immigration\s+(?:purposes|detention|proceedings)",
        None,
        0.75,
        also=r"agreements?|contracts?",
        needs=("purposes", "detention", "proceedings"),
    ),
    # "Allowing ICE to interview an individual." (not "to allow ICE to access JNET only if the
    # agency has a criminal warrant": a state's database); "allows ICE to perform its duties
    # inside the county jail"
    Rule(
        "jail_access",
        # (not "allows ICE to enter into agreements with state and local law enforcement agencies")
        rf"allow\w*\s+(?:{_ICE})\s+(?:agents\s+|officers\s+|personnel\s+)?to\s+(?:interview|question|enter(?!\s+into\b)|"
        r"access(?!\s+(?-i:[A-Z]{3,})\b|\s+(?:\S+\s+){0,3}?(?:databases?|data|records|systems?|information)\b)|"
        r"(?:perform|do|carry\s+out)\s+(?:its|their|his|her)\s+(?:duties|work|jobs?)\s+(?:\S+\s+){0,2}?(?:inside|in|at)\s+"
        r"(?:the\s+|our\s+|its\s+)?(?:\S+\s+){0,2}?jails?\b)",
        None,
        0.75,
        needs=("allow",),
    ),
    # a desk for ICE in the jail: "Sheriff Greg Hamilton’s decision to give the Immigration and
    # Customs Enforcement agency a desk in the county jail", "to offer a desk to ICE"
    Rule(
        "jail_access",
        rf"(?:giv|offer|provid|grant)\w*\s+(?:(?:the\s+)?(?:{_ICE})\s+(?:agency\s+|agents\s+|officers\s+)?)?(?:an?\s+)?"
        rf"(?:desk|workspace|work\s+space)\s+(?:in|at|inside|to\s+(?:the\s+)?(?:{_ICE}))",
        _ICE,
        0.75,
        needs=("desk", "workspace", "work space"),
    ),
    # ICE's work inside the jail, allowed or barred: "won’t let ICE conduct immigration status
    # investigations at the jail", "prohibited ICE from conducting investigations into civil
    # violations of immigration law in the jail", "prohibits agents from entering certain parts
    # of the jail", "locks ICE out of the jail"
    Rule(
        "jail_access",
        r"(?-i:ICE)\s+(?:agents\s+|officers\s+)?(?:to\s+|from\s+)?conduct\w*\s+(?:\S+\s+){0,8}?(?:investigations?|"
        r"interviews?)\s+(?:\S+\s+){0,8}?(?:in|at|inside)\s+(?:the\s+)?(?:county\s+)?jails?\b|"
        # ("Federal immigration agents barred from entering non-public areas of correctional
        # facilities")
        r"(?:agents|officers)\s+(?:(?:are|were|be)\s+)?(?:(?:barred|banned|prohibited)\s+)?from\s+entering\s+"
        r"(?:\S+\s+){0,4}?(?:jails?|detention\s+(?:center|facility)|correctional\s+(?:facilit\w+|centers?))\b|"
        r"\block\w*\s+(?-i:ICE)\s+out\s+of\s+(?:the\s+)?(?:\S+\s+)?jails?\b",
        _IMMIGRATION + r"|immigra",
        0.75,
        needs=("conduct", "entering", "lock"),
    ),
    # "provided jail access to federal agents"
    Rule(
        "jail_access",
        r"(?:provid|grant|giv|allow|offer)\w*\s+(?:\S+\s+)?jail\s+access\s+to\s+(?:the\s+)?(?:federal|ICE|"
        r"immigration)",
        None,
        0.75,
        needs=("jail access",),
    ),
    # "permit ICE agents use of agency facilities for investigative interviews"
    Rule(
        "jail_access",
        rf"(?:permit|allow|let|grant)\w*\s+(?:{_ICE})\s+(?:agents\s+|officers\s+|personnel\s+)?(?:the\s+)?use\s+of\s+"
        r"(?:\S+\s+){0,2}?(?:facilit\w+|offices?|rooms?|space)",
        None,
        0.75,
        needs=("use",),
    ),
    # ICE officers inside the jail: "remove an ICE agent from the jail", "prohibit ICE officers from
    # being stationed inside the jail", "ICE officers working inside of the jail"
    Rule(
        "jail_access",
        rf"(?:{_ICE})\s+(?:officers?|agents?|personnel)\s+(?:\S+\s+){{0,3}}?(?:stationed|working|work|based|"
        r"embedded|posted|assigned)\s+(?:\S+\s+){0,2}?(?:inside|in|at)\s+(?:\S+\s+){0,3}?(?:jail|detention\s+"
        rf"(?:center|facility)|correctional)|remov\w*\s+(?:\S+\s+){{0,3}}?(?:{_ICE})\s+(?:officers?|agents?)\s+"
        r"from\s+(?:\S+\s+){0,3}?jail|"
        # "ICE agents, who regularly check whether people in custody are in the country legally"
        rf"(?:{_ICE})\s+(?:officers?|agents?)\W+(?:who\s+)?(?:\S+\s+){{0,2}}?(?:check|screen|interview|question)"
        r"\w*\s+(?:\S+\s+){0,4}?(?:people|inmates|detainees|arrestees|those|prisoners)\s+in\s+(?:custody|"
        r"(?:the\s+)?jail)\b|"
        # an officer of ICE's own in a sheriff's department: "his department has one full-time
        # immigration and customs enforcement officer to handle criminals who are undocumented"
        r"\b(?:department|office|jail|agency)\s+(?:has|had|have)\s+(?:an?\s+|one\s+|two\s+|three\s+)?"
        rf"(?:full-?\s?time\s+|part-?\s?time\s+|dedicated\s+)?(?:{_ICE})\s+(?:officers?|agents?)\b",
        None,
        0.75,
        needs=("officer", "agent", "personnel"),
    ),
    Rule(
        "jail_access",
        # (not "sheriff’s offices in Wisconsin to provide names of incarcerated individuals"; nor
        # "confidential legal calls and attorney access to all current and future detainees")
        r"(?:(?<!attorney\s)(?<!lawyer\s)(?<!counsel\s)(?<!legal\s)access\s+to|(?<!sheriff's\s)(?<!sheriff’s\s)\boffices?\s+(?:space\s+)?(?:in|at|inside))\s+"
        r"(?:\S+\s+){0,6}"
        r"(?:jails?|detention\s+(?:centers?|facility|facilities)|correctional\s+facilit\w+|inmates|detainees|"
        r"prisoners|booking\s+area|individuals|(?:jail|inmate|captive)\s+population|"
        r"(?:a\s+)?persons?\s+(?:being\s+)?(?:detained|in\s+custody)|"
        r"population\s+of)"
        r"(?!\s+(?:data|database|information|records|system))|(?:agents|officers|officials)\s+"
        # ("allows immigration agents to work inside his jails")
        r"(?:\w+\s+){0,2}(?:inside|into|in)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|our\s+)?(?:county\s+)?jails?|"
        # "it doesn't prevent agents from coming to the jail every other day"
        r"(?:agents|officers)\s+(?:\S+\s+){0,2}?(?:coming|come|comes)\s+(?:in)?to\s+(?:the\s+)?(?:county\s+)?"
        r"jails?\b|"
        # "the placement of an ICE Officer in the City's custody facility"
        r"(?:placement|presence|station\w*)\s+of\s+(?:an?\s+)?(?:\S+\s+){0,2}(?:officers?|agents?)\s+"
        r"(?:in|at|inside)\s+(?:the\s+)?(?:\S+\s+){0,3}(?:jails?\b|custody\s+facilit|detention\s+facilit)|"
        # (not the 2008 "ICE ACCESS" program, 287(g)'s umbrella)
        r"(?-i:\bICE\s+[Aa]ccess\b)"
        r"|immigration\s+and\s+customs\s+enforcement(?:['’]s)?\s+(?:\(ICE\)\s+)?access\b|"
        r"presence\s+(?:at|in|inside)\s+(?:the\s+)?(?:\w+\s+){0,2}jails?\b|"
        # "We do allow ICE in the jail", "will allow immigration agents back into his detention
        # facilities"
        # "grants the agency access to its records and facility"
        # ("granting a federal immigration authority access to an area of a state or local
        # facility")
        r"access\s+to\s+(?:an?\s+area\s+of\s+)?(?:its|the|their|an?)\s+(?:records\s+and\s+)?(?:\S+\s+){0,4}?"
        r"facilit(?:y|ies)\b|"
        r"(?:allow|let|permit)\w*\s+(?:(?-i:\bICE\b)|immigration)\s+(?:agents?\s+|officers?\s+)?(?:back\s+)?"
        r"(?:in|into|inside)\s+(?:the\s+|our\s+|its\s+|his\s+|her\s+|their\s+)?(?:county\s+)?"
        r"(?:jails?\b|detention\s+(?:facilit|center))|"
        # areas of the jail opened or closed to agents: "barring Immigration and Customs Enforcement
        # agents from accessing secure areas of its jail", "grant ICE clearance to “identified
        # areas” of the jail", "bars ICE from non-public areas in the County jail", "banned ICE
        # from entering the Montgomery County jail"
        r"(?:access\w*|clearance\s+to)\s+(?:\S+\s+){0,3}?areas?[\"”’']?\s+(?:of|in|within)\s+(?:the\s+|its\s+|their\s+)?"
        r"(?:\S+\s+){0,2}?jails?\b|(?:bar|ban|prohibit|block|keep|exclud)\w*\s+(?-i:ICE)\s+(?:agents\s+|officers\s+)?"
        r"from\s+(?:entering\s+)?(?:\S+\s+){0,6}?jails?\b",
        _ICE
        + r"|immigration|\baliens\b|deportation\s+(?:agents?|officers?|agenc(?:y|ies)|officials)\b",
        0.8,
        # access to the jail's data or fingerprints is data sharing; beds ICE has access to are
        # rented
        # ("deny ICE access to all the department’s databases")
        # (not "permitted access to the facility where ICE records are maintained": the facility)
        # (but "access to inmates and their information" is to the people first)
        unless=r"access\s+to\s+(?!(?:inmates|individuals|detainees|prisoners|persons|people)\b)"
        r"(?:(?!facilit)\S+\s+){0,4}(?:data|databases?|records|fingerprints?|"
        r"information)\b"
        r"(?!\s+and\s+(?:its\s+|the\s+)?(?:facilit|jail))|"
        r"\bbeds\s+(?:that|which)\s+(?:\S+\s+){1,4}?access\b|"
        # nor the jail's vans: "ICE will also have access to transportation services"
        r"access\s+to\s+(?:the\s+\S+['’]s\s+)?transport\w*\s+(?:services|resources|vehicles|vans)|"
        # nor its own office leased: "gives ICE access to publicly owned property through a private
        # intermediary"
        r"access\s+to\s+(?:\S+\s+){0,3}?propert(?:y|ies)\b|"
        # nor lawmakers' oversight visits: "ICE denied multiple members of Congress access to
        # immigration detention facilities across the country"
        r"\b(?:members?\s+of\s+Congress|congress(?:wo)?m[ae]n|lawmakers|legislators)\s+(?:\S+\s+){0,2}?"
        r"access\s+to\b",
    ),
    # immigration agents stationed at a jail, checking its inmates: "the INS stationed two agents
    # at the city jail", "checking all inmates at the Anaheim jail for U.S. citizenship"
    Rule(
        "jail_access",
        # ("ICE … now handles by assigning agents to the jails", "there are immigration officials
        # already assigned to the booking jails")
        r"(?:station|assign)\w*\s+(?:\S+\s+){0,5}?(?:agents?|officers?)\s+(?:\S+\s+){0,2}?(?:at|in|inside|to)\s+"
        r"(?:the\s+)?(?:\S+\s+){0,5}?jails?\b|(?:agents?|officers?|officials)\s+(?:already\s+)?"
        r"(?:stationed|assigned)\s+(?:at|in|inside|to)\s+"
        r"(?:the\s+)?(?:\S+\s+){0,5}?jails?\b|"
        # "how closely their agency should work with U.S. Immigration and Customs Enforcement in
        # county jails"
        r"\bwork\w*\s+(?:\S+\s+){0,2}?with\s+(?:(?-i:ICE)|(?:U\.?S\.?\s+)?immigration\s+and\s+customs\s+"
        r"enforcement)\s+(?:in|inside)\s+(?:the\s+|its\s+|their\s+)?(?:county\s+)?jails?\b|(?:check\w*|screen\w*)\s+(?:all\s+)?(?:inmates|arrestees|"
        r"prisoners)\s+(?:at|in)\s+(?:the\s+)?(?:\S+\s+){0,3}jails?\b",
        _ICE + r"|immigration|\baliens\b|(?-i:\bINS\b)",
        0.8,
        unless=r"\b287|deputiz|warrant\s+service",
    ),
    # California's TRUTH Act forums: ICE's access to people in the county's custody ("Conduct
    # public forum in accordance with Government Code section 7283.1(d)")
    Rule(
        "jail_access",
        r"\bTRUTH\s+Act\b|transparent\s+review\s+of\s+unjust\s+transfers|\b7283\.1\b",
        # ("The TRUTH Act Forum will take place during the Board of Supervisors meeting")
        _ICE + r"|immigration|(?-i:\bTRUTH\s+Act)\s+(?:community\s+)?(?-i:[Ff]orums?)\b",
        0.8,
        needs=("truth", "transparent", "7283"),
    ),
    # ICE interviewing people in the jail; interviewing is also a 287(g) officer's task
    Rule(
        "jail_access",
        r"question(?:ed|ing)\s+by\s+(?:(?-i:ICE)|immigration)\s+(?:agents|officers|officials)\s+(?:in|at|inside)\s+"
        r"(?:\S+\s+){0,2}(?:jails?|juvenile\s+halls?|detention\s+(?:centers?|facilit\w+))|"
        r"interview\w*\s+(?:\S+\s+){0,6}(?:jails?|inmates|detainees|prisoners|individuals|(?:county\s+)?facilities|"
        r"(?:a\s+)?persons?\s+(?:being\s+)?(?:detained|in\s+custody))",
        _ICE + r"|immigration|\baliens\b",
        0.8,
        unless=r"\b287|deputiz|warrant\s+service|charging\s+documents",
    ),
    # ICE let into a jail or kept out: "allowed federal deportation officers to enter the jail it
    # operates", "let U.S. Immigration and Customs Enforcement officers enter their facility",
    # "ICE attempted to re-enter the facility …, but they were denied entry", "not allowing ICE
    # agents access to our custody facilities"
    Rule(
        "jail_access",
        r"(?:allow|let|permit|admit)\w*\s+(?:\S+\s+){0,5}?(?:officers|agents|officials)\s+(?:\S+\s+){0,2}?(?:to\s+)?"
        r"(?:enter|into|access|come\s+(?:in)?to\s+the\s+jail|operate\s+inside)\b|"
        # "letting agents make arrests at the jail", "The immigration agency is allowed to make
        # arrests at the facility", "allow agents to arrest immigrants at jail upon release"
        r"(?:allow|let|permit)\w*\s+(?:\S+\s+){0,3}?(?:to\s+)?(?:make\s+)?arrests?\s+(?:\S+\s+){0,2}?at\s+"
        r"(?:the\s+)?(?:county\s+)?(?:jails?|facility)\b|"
        # "More than 450 people were arrested by ICE at the Benton County Jail"
        r"arrested\s+by\s+(?-i:ICE)\s+(?:agents\s+)?(?:at|in|inside)\s+(?:the\s+)?(?:\S+\s+){0,3}?jails?\b|"
        # "maintain an office and ICE computers for its continued use" (in the jail)
        r"(?-i:\bICE\b)\s+computers\b|\b(?:re-?)?enter\s+(?:the|their|our|its)\s+(?:jails?|facility|facilities)\b|"
        r"\bdenied\s+entry\b|\baccess\s+to\s+(?:our|its|the|their)\s+(?:custody\s+facilities|jails?)\b",
        _IMMIGRATION + r"|deportation\s+officers",
        0.75,
        also=r"\bjails?\b|facilit|custody|inmates|\boffice\b|\binside\b",
        unless=r"\b287|deputiz|warrant\s+service|database",
        needs=("enter", "entry", "access", "come", "operate", "computers", "arrest"),
    ),
    Rule(
        "transport",
        # ("transporting immigrants who have completed criminal sentences directly to federal
        # immigration facilities")
        r"transport\w*\s+(?:\S+\s+){0,10}?to\s+(?:federal\s+)?(?:ICE|immigration)\s+(?:detention\s+)?"
        r"facilit|"
        r"transport\w*\s+(?:\w+\s+){0,4}(?:to|for|on\s+behalf\s+of)\s+(?:federal\s+)?(?:ICE|immigration)|"
        # "Dodge deputies transport detainees to and from the Broadview ICE Processing Center"
        r"transport\w*\s+(?:\S+\s+){0,4}?(?:to|from)\s+(?:and\s+from\s+)?(?:the\s+)?(?:\S+\s+){0,2}?"
        r"(?-i:ICE)\s+(?:processing|detention)\s+(?:center|facility)|"
        # "could void ICE transport agreements"
        r"(?-i:\bICE)\s+transport(?:ation)?\s+(?:agreements?|contracts?|deals?)\b|"
        # "transportation of people to U.S. Immigration and Customs Enforcement facilities"
        r"transport\w*\s+(?:of\s+)?(?:\S+\s+){0,3}?to\s+(?:the\s+)?(?:U\.?S\.?\s+)?immigration\s+and\s+customs\s+"
        r"enforcement\s+(?:\(ICE\)\s+)?(?:detention\s+|processing\s+)?(?:facilit|cent)|transport\w*\s+(?:\w+\s+){0,3}"
        r"(?:undocumented|immigration|immigrant|ICE|federal)\s+(?:\w+\s+)?(?:detainees|immigrants|"
        r"prisoners|people)|guard\s*/\s*transport\w*\s+services|transportation\s+(?:services|fees?)|"
        # ("ICE may also pay cities for related services such as detainee transportation"; not a
        # USMS form's "To Be Used if Prisoner Transportation is being provided")
        r"detainee\s+transportation\b|"
        # a jail's runs for ICE: "assist with local trips (mental health and /or jail trips) and ICE
        # trips"
        r"(?-i:\bICE)\s+trips\b|"
        # "$68 per day per detainee for lodging and transport"
        r"(?:lodging|housing|board)\s+and\s+transport(?:ation)?\b|"
        r"transportation\s+to\s+and\s+from|(?<!n't\s)(?<!n’t\s)(?<!not\s)(?:include|add\w*|provid\w*)\s+"
        r"transportation|"
        # "$29 per hour for transporting prisoners"
        r"(?:per\s+hour|hourly|an\s+hour)\s+(?:\S+\s+){0,2}?(?:for\s+)?transport\w*|"
        r"(?:drive|bus|take)\s+(?:\w+\s+){1,8}to\s+(?:other\s+|federal\s+)?detention\s+(?:centers?|facilit\w+)|"
        # ("agreements with ICE over the detention and transport of illegal alien detainees")
        r"(?:hold|hous\w*|detain(?!ers?\b)\w*|detention)\s+and\s+transport\w*\s+(?:of\s+)?(?:\w+\s+){0,2}"
        r"(?:inmates|detainees|immigrants|prisoners|people|those)\b|"
        # "to transport Immigration and Customs Enforcement (ICE) detainees between the jail and …"
        rf"transport\w*\s+(?:the\s+)?(?:{_IMMIGRATION})(?:\s*\((?:ICE|INS)\))?\s+(?:detainees|prisoners)|"
        # "deputies transporting detained immigrants to and from the Broadview ICE Processing
        # Center", "The federal government reimburses us for transportation"
        r"transport\w*\s+(?:detained|undocumented)\s+(?:immigrants|migrants|people)|"
        # "to transport individuals detained by federal immigration authorities"
        r"transport\w*\s+(?:individuals|people|persons)\s+detained\s+by\s+(?:federal\s+)?immigration\b|"
        # "helping transport immigrants to a facility in Mississippi", "his deputies have driven a
        # “couple hundred” illegal immigrants to Hancock County Jail"
        r"transport\w*\s+(?:illegal\s+)?immigrants\b|(?:driv(?:e|en|ing)|drove|bus(?:es|ed|ing)?|took|taken)\s+"
        r"(?:\S+\s+){0,6}?(?:immigrants|detainees)\s+to\s+(?:\S+\s+){0,4}?(?:jail|detention\s+(?:centers?|"
        r"facilit\w+)|processing)\b|"
        r"transport\w*\s+(?:individuals|people|persons)\s+(?:\S+\s+){0,2}?(?:with|on|for)\s+(?:outstanding\s+)?"
        r"immigration\s+(?:charges|warrants)|"
        r"(?:reimburs|pa(?:y|ys|id))\w*\s+(?:\S+\s+){0,3}for\s+(?:the\s+)?transport\w*|"
        # "They need agencies to transport prisoners from jail to court hearings and back" (ICE
        # named beside it)
        r"transport\w*\s+(?:federal\s+)?(?:prisoners|detainees)\s+(?:from\s+(?:\S+\s+){0,2}?)?to\s+(?:and\s+from\s+)?"
        r"(?:\S+\s+){0,2}?(?:court|hearings?)\b|"
        r"(?:request|require|provide)\s+(?:the\s+)?transportation\s+of\s+(?:\S+\s+){0,2}?(?:detainees|"
        r"inmates|immigrants|prisoners)|"
        # a mileage rate or transport costs in a detention contract: "Plus $1.10/mile for
        # transport", "an ICE contract that pays $110 per detainee per night and covers transport
        # costs", ICE "detention and transportation contracts"
        r"(?:per|a|/)\s*mile\s+(?:\S+\s+){0,3}?for\s+(?:\S+\s+){0,2}?transport\w*|"
        r"(?:cover|pay)\w*\s+(?:for\s+)?(?:the\s+)?transport\w*\s+costs|"
        r"(?:detention|housing)\s+and\s+transport\w*\s+(?:contracts?|agreements?)|"
        # "pays up to $100/day per ICE detainee plus transport and hospital-guard reimbursement"
        r"\$\s?\d[\d.]*\s*(?:/|\s+(?:a|per)\s+)day\b[^.;]{0,40}?\bplus\s+transport\w*\b|"
        # "paying $117/day for each inmate, plus mileage and officer transport time"
        r"\bmileage\s+and\s+(?:\S+\s+)?transport\w*\s+(?:time|hours|costs?)",
        _IMMIGRATION + "|" + _USMS + "|immigra|federal",
        0.8,
    ),
    # (and in ICE's award text: "DETENTION AND TRANSPORTATION SERVICES FOR HOUSING CRIMINAL ALIENS")
    Rule("transport", r"transport(?:ation)?\s+services", _ICE + r"|\baliens\b", 0.75),
    # ICE's own award text, which names no agency: "THIS TASK ORDER PROVIDES DETENTION AND
    # TRANSPORTATION AT THE TORRANCE COUNTY DETENTION FACILITY", "DETENTION SERVICES FOR SAN
    # DIEGO AOR AT OTAY MESA", "… SERVICES AT HOUSTON CDF" (not ICE's own centers: "AT THE EL
    # PASO SERVICE PROCESSING CENTER", "AT THE BUFFALO FEDERAL DETENTION FACILITY"; nor a
    # Marshals order: "to provide Detention services under the provisions of the USMS Agreement")
    Rule(
        "igsa",
        r"\bdetention\s+(?:and\s+transportation\s+)?services?\b|\bdetention\s+and\s+transportation\b",
        _FEDERAL_ORDER,
        0.75,
        unless=_OWN_CENTER,
    ),
    Rule(
        "transport",
        r"\bdetention\s+and\s+transportation\b",
        _FEDERAL_ORDER,
        0.75,
        unless=_OWN_CENTER,
    ),
    *(
        Rule(
            kind,
            _DETENTION_PAIR,
            None,
            0.75,
            unless=_NOT_CONTRACT_DETENTION,
            needs=("transportation",),
        )
        for kind in ("igsa", "transport")
    ),
    # an officer marking people for deportation: "NYPD officer found to have violated sanctuary
    # laws by accepting DHS request to flag deportation targets"
    Rule(
        "data_sharing",
        r"\bflag(?:s|ged|ging)?\s+(?:\S+\s+){0,2}?(?:deportation\s+targets|(?:undocumented\s+)?immigrants|"
        r"noncitizens)\b",
        _ICE + r"|(?-i:\bDHS\b)|homeland\s+security|immigration",
        0.75,
        needs=("flag",),
    ),
    # a contractor of ICE's that holds people: "ICE contractor MVM Inc. detained Valentina Galvis
    # and her infant son at the Sonesta O'Hare hotel"
    Rule(
        "igsa",
        rf"(?:{_ICE})\s+contractors?\s+(?:\S+\s+){{0,3}}?(?:detain|held|hold|hous)\w*\b",
        None,
        0.75,
        needs=("contractor",),
    ),
    # a state's request for federal money for its immigration detention: "Florida officials
    # concealed a $608 million federal funding request for an immigration detention facility"
    Rule(
        "igsa",
        r"federal\s+(?:funding|reimbursement|money)\s+(?:request\s+)?for\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
        r"(?:state\s+)?immigration\s+detention\s+(?:facilit|center|camp)",
        None,
        0.75,
        needs=("federal",),
    ),
    # land offered for detention: "offered the Trump administration 1,402 acres in Starr County,
    # 35 miles west of McAllen, for mass deportation facilities"
    Rule(
        "igsa",
        r"\boffer\w*\s+(?:\S+\s+){0,16}?for\s+(?:mass\s+)?(?:deportation|immigration\s+detention)\s+"
        r"(?:facilit\w*|centers?|camps?)\b",
        None,
        0.75,
        needs=("offer",),
    ),
    # a vendor's contracts to move people: "MVM has secured over $1.3 billion in ICE contracts,
    # primarily for transporting immigrant children and families"
    Rule(
        "transport",
        r"\bcontracts?,?\s+(?:\S+\s+){0,2}?for\s+transporting\s+(?:\S+\s+){0,3}?(?:immigrants?|detainees|"
        r"migrants|children|families|noncitizens|aliens)\b",
        _ICE,
        0.75,
        needs=("transporting",),
    ),
    # a vendor under ICE contract named in a transfer: "died … during transport from the Lowndes
    # County Jail to Stewart Detention Center by TransCor, a CoreCivic subsidiary contracted by ICE"
    Rule(
        "transport",
        rf"\b(?:subsidiary|company|contractor|vendor|firm)\s+(?:that\s+is\s+)?contracted\s+by\s+(?:{_ICE})",
        None,
        0.75,
        also=r"\btransport\w*|\btransfer\w*|\bvans?\b|\bbus(?:es)?\b",
        needs=("contracted",),
    ),
    # ("DETAINEE BED DAYS AT THE ROBERT A. DEYTON DETENTION FACILITY")
    Rule("igsa", _DETAINEE_BED_DAYS, None, 0.75, unless=_OWN_CENTER, needs=("bed",)),
    # a jail's beds by ICE's count: "Tulsa County Jail in Oklahoma, held 174 people in a space with
    # a contractual capacity of only 19", "a jail that has long relied on federal detention
    # contracts"
    # (not the nation's total: "ICE’s contractual capacity nationally was 62,913")
    Rule(
        "igsa",
        _CONTRACTUAL_BEDS,
        None,
        0.75,
        also=r"\bcount(?:y|ies)\b|\bjails?\b|\bsheriff",
        unless=_OWN_CENTER + r"|\bnational(?:ly)?\b|\bnationwide\b",
        needs=("contract",),
    ),
    # "Sweetwater deputies will pick up ICE detainees in Teton County and bring them to Rock …"
    Rule(
        "transport",
        rf"(?:deputies|officers|jailers|staff)\s+(?:will\s+|would\s+)?pick\s+up\s+(?:{_ICE})\s+detainees\s+"
        r"(?:\S+\s+){0,5}?(?:and\s+)?(?:bring|take|drive|transport)\w*\b",
        None,
        0.75,
        needs=("pick up",),
    ),
    # a local airport serving ICE's charter flights: "Charter companies working on ICE’s behalf
    # regularly use Boeing Field to fly immigrants", "Ground service operators at King County
    # International Airport will not serve Immigration and Customs Enforcement (ICE) flights",
    # "the use of county property for regular deportation flights"
    Rule(
        "transport",
        r"deportation\s+flights?|(?-i:\bICE\s+Air\b)|(?:charter(?:ed)?|immigration)\s+(?:flights?|planes?)|"
        r"flights\s+(?:\S+\s+){0,2}?(?:immigrants?|immigration)\s+detainees|\bfly\s+immigrants\b|"
        rf"(?:{_ICE})\s+(?:\(ICE\)\s+)?flights\b|\bflights\s+(?:to\s+remove|deporting)\b|"
        # ("stop servicing flights chartered by ICE")
        rf"\bflights?\s+chartered\s+by\s+(?:{_ICE})|"
        # "had closed the region’s largest charter airport to Immigration and Customs Enforcement"
        rf"\bairports?\s+to\s+(?:{_ICE})",
        _IMMIGRATION + r"|immigra|deport",
        0.75,
        # ("Healey named Signature Aviation and demanded it cut ties with ICE")
        also=r"airports?\b|\bfield\b|air\s+terminal|hangar|airfield|county\s+property|aviation\b",
        needs=("flight", "plane", "fly", "ice air", "airport"),
    ),
    # the models named together by their short names: "signed Feb 27, 2026 (Task Force + WSO)"
    Rule("287g", _MODELS_TOGETHER, None, 0.75, needs=("wso",)),
    Rule(
        "task_force",
        _MODELS_TOGETHER,
        None,
        0.75,
        also=r"(?-i:\bTask\s+Force\b|\bTFM\b)",
        needs=("wso",),
    ),
    # the Task Force Model by its initials beside the others: "Atascosa (TFM); Austin (WSO)",
    # "directing State Police and Corrections into TFM/JEM" (a 287(g) model too)
    Rule("task_force", r"(?-i:\bTFM\b)", r"\b287|(?-i:\bJEM\b|\bWSO\b)", 0.75, needs=("tfm",)),
    Rule("287g", r"(?-i:\bTFM\b)", r"(?-i:\bJEM\b|\bWSO\b)", 0.75, needs=("tfm",)),
    # and by its initials with its agreement: "The KBI’s involvement under the TFM agreement"
    Rule("task_force", _TFM_AGREEMENT, None, 0.75, needs=("tfm",)),
    Rule("287g", _TFM_AGREEMENT, None, 0.75, needs=("tfm",)),
    # local officers made ICE's by its training or its work: "would designate 10 county cops to
    # train with US Immigration and Customs Enforcement agents", "ICE will train the Nassau cops
    # for one year", "allowing local officers to do the job of ICE agents", "the detectives could
    # run the names of people arrested … through federal databases to determine if they had
    # potential immigration violations"
    Rule(
        "287g",
        rf"\b(?:cops|officers|deputies|detectives|jailers)\s+to\s+train\s+with\s+(?:\S+\s+){{0,2}}?(?:{_ICE})\s+"
        r"agents\b|(?-i:\bICE)\s+will\s+train\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:cops|officers|deputies|"
        r"detectives|jailers)\b|(?:officers|deputies|cops|police)\s+(?:\S+\s+){0,3}?to\s+do\s+the\s+(?:job|"
        r"work)\s+of\s+(?-i:ICE)\s+agents\b|\b(?:run|check)\w*\s+(?:the\s+)?names\s+(?:\S+\s+){0,8}?"
        r"through\s+(?:federal|(?-i:ICE)|immigration)\s+databases?\b",
        _IMMIGRATION + r"|immigration\s+violations",
        0.75,
        needs=("train", "job", "work", "names"),
    ),
    # the Marshals' rate by their word for the people held: "The county receives $73 per day for
    # federal prisoners compared to $40 for local inmates"
    Rule(
        "usms_iga",
        r"\$\s?\d[\d.,]*\s+(?:a|per)\s+day\s+(?:\S+\s+){0,2}?for\s+(?:each\s+)?federal\s+(?:prisoners?|inmates?)\b",
        None,
        0.75,
        needs=("federal",),
    ),
    # "expand the number of partnership contracts with local law enforcement agencies" (the agency
    # named beside it)
    Rule(
        "287g",
        r"partnership\s+(?:contracts|agreements)\s+with\s+(?:local\s+|state\s+and\s+local\s+)?(?:law\s+"
        r"enforcement|police)",
        _IMMIGRATION,
        0.75,
        needs=("partnership",),
    ),
    # "ICE is seeking agreements to make local police officers 'force multipliers' for federal
    # immigration enforcement"
    Rule(
        "287g",
        r"force[- ]multipliers?\b",
        _IMMIGRATION + r"|immigration\s+enforcement",
        0.75,
        also=r"agreements?|officers|deputies|police|sheriffs?|287",
        needs=("multiplier",),
    ),
    # an hourly rate to transport a detainee, the agency unnamed: "compensated $25 per hour for
    # transport costs if a detainee needs to go to the doctor" (detainees are ICE's word)
    Rule(
        "transport",
        r"(?:per\s+hour|hourly|an\s+hour)\s+(?:\S+\s+){0,2}?(?:for\s+)?transport\w*",
        r"\bdetainees?\b",
        0.7,
        needs=("transport",),
    ),
    Rule(
        "task_force",
        r"(?:joint|multi-?agency)\s+(?:\w+\s+){0,3}task\s+force|task\s+force\s+officers?|"
        r"(?-i:HSI)\s+task\s+force",
        _ICE,
        0.8,
    ),
    # a Homeland Security task force ("an Agreement with the Department of Homeland Security
    # Organized Crime Drug Enforcement Task Force"), ICE paying police overtime for its operations
    # ("the Yakima ICE office wishes to utilize these funds … reimbursing overtime for those
    # officers participating in the operation")
    Rule(
        "task_force",
        r"(?:department\s+of\s+)?homeland\s+security\s+(?!investigations?\b)(?:\S+\s+){0,5}?task\s+force|"
        r"reimburs\w*\s+(?:\S+\s+){0,2}?overtime\b",
        _ICE + "|" + _DHS,
        0.75,
        unless=r"\b287|deputiz|warrant\s+service|emergency\s+management|\bFEMA\b",
        needs=("task", "overtime"),
    ),
    # the rate clause of ICE's IGSA form ("The detainee day rate is $61.00")
    Rule("igsa", r"detainee[- ]day\s+rate", None, 0.75),
    # a place's contract that ICE renews or ends: "ICE signaled intent to renew/extend Tacoma’s
    # contract through 2025", "ICE signaled plans to extend or replace NWDC’s contract"
    Rule(
        "igsa",
        rf"(?:{_ICE})\s+(?:\S+\s+){{0,4}}?(?:renew|extend|replac|terminat|cancel|end)\w*(?:/\w+)?\s+"
        r"(?:or\s+\w+\s+)?(?-i:[A-Z])[\w-]*['’]s\s+(?:\S+\s+)?contracts?\b",
        None,
        0.75,
        unless=_287G_CONTEXT,
        needs=("contract",),
    ),
    # the private operators' own contracts where the passage is about ICE: "CoreCivic seeking
    # contract renewal; NM legislature mulled banning private ICE detention", "CoreCivic … and
    # Target Hospitality Corp. … announced a 5-year lease agreement … to resume ICE detention"
    # (not a title: "Joined GEO July 2017 as EVP Contract Compliance")
    Rule(
        "igsa",
        # (past a company's abbreviation: "Target Hospitality Corp. (which owns …) announced")
        r"(?:\bCore\s?Civic|\bGEO\s+Group|Management\s+(?:&|and)\s+Training\s+Corp\w*)\b"
        r"(?:[^.;]|(?<=Corp)\.|(?<=Inc)\.|(?<=Co)\.){0,160}?"
        r"\b(?:contracts?|agreements?|lease)\b(?!\s+compliance)|"
        r"\b(?:contracts?|agreements?|lease)\b[^.;]{0,60}?(?:\bCore\s?Civic|\bGEO\s+Group)\b",
        _ICE + r"|immigra",
        0.75,
        needs=("corecivic", "core civic", "geo group", "training corp"),
    ),
    # ICE's Basic Ordering Agreements pay jails for holding people on detainers
    # ("The Basic Ordering Agreement is aimed at detaining people … who are in jail … for up to 48
    # hours past their scheduled release": the hold names the agreement's purpose)
    Rule(
        "detainer",
        r"basic\s+ordering\s+agreements?|(?-i:\bBOAs?\b)",
        # ("sheriffs in eight additional counties signed BOAs: De Soto, Flagler, …")
        _ICE + "|" + _DETAINER_HOLD + r"|\bsheriffs?\b",
        0.8,
    ),
    # ("State Criminal Alien Assistant Program", as a paper misnamed it)
    Rule("scaap", r"\bSCAAP\b|state\s+criminal\s+alien\s+assistan(?:ce|t)\s+program", None, 0.9),
    # the program's administrator with its subject: "provide the BJA detailed lists of suspected
    # undocumented criminal aliens"
    Rule(
        "scaap",
        r"(?-i:\bBJA\b)|bureau\s+of\s+justice\s+assistance",
        r"(?:undocumented|illegal)\s+criminal\s+aliens|criminal\s+aliens?\s+(?:\S+\s+){0,3}(?:incarcerat|"
        r"jail|detain|held|custody)",
        0.75,
    ),
    # the program as its grant reports describe it, unnamed
    Rule(
        "scaap",
        r"(?:incarcerat|hous|jail)\w*\s+(?:of\s+)?(?:\S+\s+){0,2}(?:(?:undocumented|illegal)\s+criminal\s+"
        r"(?:aliens|immigrants|individuals)|criminals\s+who\s+are\s+(?:illegal|undocumented)\s+"
        r"(?:immigrants|aliens))|"
        # "wants the federal government to reimburse Arizona border counties for housing inmates in
        # county jails who are in the country illegally"
        r"\breimburs\w*\s+(?:\S+\s+){0,5}?for\s+(?:housing|jailing|incarcerating|holding)\s+(?:inmates|prisoners)\s+"
        r"(?:\S+\s+){0,6}?who\s+are\s+in\s+the\s+(?:country|U\.?S\.?|United\s+States)\s+illegally\b",
        None,
        0.8,
        also=r"reimburs|\baward|\bgrant|application",
    ),
    # "a federal reimbursement program that covers some costs of incarcerating undocumented
    # immigrants", "a program to recoup incarceration expenses associated with prisoners charged
    # with immigration violations"
    Rule(
        "scaap",
        # ("a program that helps local governments with the cost of jailing deportable inmates", "a
        # program that reimburses state and local prisons for housing illegal immigrants convicted")
        r"program\s+(?:that|to|which)\s+(?:\S+\s+){0,8}?(?:(?:costs?|expenses)\s+(?:\S+\s+){0,3}?"
        r"(?:incarcerat|jail)\w*|(?:incarceration|jail)\s+(?:costs?|expenses))|program\s+that\s+(?:pays|"
        r"reimburses)\s+(?:\S+\s+){0,5}?for\s+(?:incarcerat\w*|housing\s+(?:\S+\s+)?(?:immigrants|aliens)\s+"
        r"convicted)",
        r"undocumented|immigra|\baliens?\b|deportable",
        0.75,
        also=r"federal|reimburs|recoup|\bpays\b|grant|award|funds?\b",
        unless=_287G_CONTEXT + r"|\bbeds?\b|per\s+diem|detainees",
        needs=("incarcerat", "jail", "housing"),
    ),
)

KINDS = tuple(dict.fromkeys(r.kind for r in RULES if r.kind != "federal_detention"))
DETENTION_KINDS = {"igsa", "digsa", "usms_iga"}
CONTRACT_KINDS = DETENTION_KINDS | {"287g", "data_sharing", "task_force"}


def _compile(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern, re.I) if pattern else None


def _compile_trigger(pattern: str) -> re.Pattern[str]:
    """A rule's trigger, led by the lookahead on its first letters (:func:`_led`): the same
    matches, a third less time on long pages."""
    return re.compile(_led(pattern), re.I)


_COMPILED = [
    (
        rule,
        _compile_trigger(rule.trigger),
        _compile(rule.context),
        _compile(rule.also),
        _compile(rule.unless),
    )
    for rule in RULES
]
_ORR_RE = re.compile(_ORR, re.I)
_ICE_RE = re.compile(_IMMIGRATION, re.I)
_ICE_NAME_RE = re.compile(rf"{_ICE}|{_INS}|{_DHS}", re.I)
_BEFORE_2003 = re.compile(r"\b(?:19\d\d|200[0-2])\b")
_UNACCOMPANIED = re.compile(
    r"\bunaccompanied\s+(?:\S+\s+)?(?:children|minors|teens|teenagers|youths?)\b|(?-i:\bUACs?\b)",
    re.I,
)
_CBP_RE = re.compile(r"(?-i:\bCBP\b)|customs\s+and\s+border\s+protection|border\s+patrol", re.I)
_USMS_RE = re.compile(_USMS, re.I)
_USMS_AGREEMENT = re.compile(
    # "the U.S. Marshals Service allows ICE … on some of our intergovernmental agreements"
    rf"{_USMS}\s+(?:\S+\s+){{0,12}}(?:inter-?\s?governmental\s+(?:services?\s+)?agreements?|IGAs?\b)|"
    rf"{_AGREEMENT}\W+{_W}{{0,6}}(?:with|between)\s+{_W}{{0,6}}{_USMS}|{_USMS}\s+"
    r"(?:\w+\s+){0,3}(?:reimburs\w*|pays?|paid)|"
    + _USMS
    + r"\s+(?:IGAs?|IGSAs?|agreements?|contracts?)\b|"
    # an index or agenda line "U.S. Marshals Service … Per diem (2007): $55"
    + _USMS
    + r"\s+(?:\S+\s+){0,3}per\s+diem|"
    # "requested that the U.S. Marshals Service renegotiate its agreement"
    + _USMS
    + r"\s+(?:\S+\s+){0,3}(?:its|their|the)\s+(?:\w+\s+)?(?:agreement|contract)|"
    # "housing immigrant detainees in Marshals-funded jails"
    + r"\bmarshals?[-\s](?:funded|contracted)\b|"
    # "gave the U.S. Marshals Service a deadline … to resolve the shortfall in its reimbursement
    # rate for housing immigrant detainees": the Marshals pay
    + _USMS
    + r"[^.;]{0,160}?\breimbursement\s+rate",
    re.I,
)
_ICE_AGREEMENT = re.compile(
    rf"{_AGREEMENT}\s+(?:\w+\s+){{0,5}}(?:with|between)\s+(?:the\s+)?(?:\w+\s+){{0,3}}"
    # ("voted unanimously to end ICE detention contract; replaced with U.S. Marshals contract")
    rf"(?:{_IMMIGRATION})|(?-i:\bICE\b)\s+(?:detention\s+|detainee\s+|housing\s+|bed\s+)?contract|"
    # the agency's own jail agreements beside the Marshals': "USMS IGAs are a parallel channel to
    # ICE IGSAs"
    r"(?-i:\bICE)(?:['’]s)?\s+(?-i:IGSAs?)\b|"
    # "ICE pays the county $118 per bed and the marshals pay $123": each pays on its own
    r"(?-i:\bICE\b)\s+(?:pays|paid|reimburses)\s+(?:the\s+)?(?:county|city|state|jail|sheriff)",
    re.I,
)
_RIDES_ON = re.compile(
    # ("the 2026 and 2011 contracts marked ICE as an “other authorized agency”", "the ICE rider")
    r"piggyback\w*|authorized\s+(?:agency\s+)?user|other\s+authorized\s+agenc|(?-i:ICE)\s+rider\b|"
    r"\brid(?:e|es|ing)\s+on\b|negotiated\s+through|"
    # "The contract is with the US Marshal service, the ICE is an addendum to that"
    r"\baddend(?:um|a)\b|"
    # "ICE detainees are held under the USMS arrangement with GDOC rather than a standalone ICE
    # IGSA"
    r"\brather\s+than\s+(?:an?\s+)?(?:standalone|separate|direct)\s+(?:\S+\s+)?"
    r"(?:IGSA|agreement|contract)|"
    # "The agreement with ICE is part of a contract with the U.S. Marshals Service"
    r"\bpart\s+of\s+(?:a|the|its)\s+(?:\S+\s+){0,2}(?:contract|agreement|IGA)\s+with\s+the\s+"
    r"(?:U\.?\s?S\.?\s+)?marshals|"
    r"add\w*\s+(?:ICE|immigration\s+"
    r"and\s+customs\s+enforcement)\s+(?:\(ICE\)\s+)?as|"
    # "The agreement with ICE will fall under the jail's existing contract with the US Marshals"
    r"\bfall\w*\s+under\s+(?:\S+\s+){0,3}?(?:contract|agreement|IGA)\s+with\s+the\s+(?:U\.?\s?S\.?\s+)?"
    r"marshal|\bfall\w*\s+under\s+the\s+(?:U\.?\s?S\.?\s+)?marshals?['’]?s?\s+(?:contract|agreement|IGA)",
    re.I,
)
# "either USMS or ICE", "the U.S. Marshals Service and, controversially, Immigration and
# Customs Enforcement": both agencies as parties side by side, each with its own agreement
_SIDE_BY_SIDE = re.compile(
    rf"{_USMS}(?:\s*\([^)]{{1,12}}\))?(?:,|,?\s+(?:and|or|&))\W+(?:\w+\W+){{0,2}}?(?:the\s+)?"
    rf"(?:U\.?\s?S\.?\s+)?(?:bureau\s+of\s+)?(?:{_ICE}|{_INS})|(?:{_ICE}|{_INS})(?:\s*\([^)]{{1,12}}\))?"
    rf"(?:,|,?\s+(?:and|or|&))\W+(?:\w+\W+){{0,2}}?(?:the\s+)?(?:{_USMS}|marshals\b)|"
    # "through contracts with either the U.S. Marshals Service, which allows for the detention of
    # any federal prisoner, or with ICE directly"
    rf"\beither\s+(?:with\s+)?(?:the\s+)?{_USMS}[^.;]{{0,100}}?,?\s+or\s+(?:with\s+)?(?:the\s+)?"
    rf"(?:U\.?\s?S\.?\s+)?(?:{_ICE}|{_INS})|\beither\s+(?:with\s+)?(?:the\s+)?(?:U\.?\s?S\.?\s+)?"
    rf"(?:{_ICE}|{_INS})[^.;]{{0,100}}?,?\s+or\s+(?:with\s+)?(?:the\s+)?{_USMS}",
    re.I,
)

_USMS_AND_BOP = re.compile(
    rf"{_USMS},?\s+(?:and|or|&)\s+(?:the\s+)?(?:federal\s+)?bureau\s+of\s+prisons|(?:federal\s+)?"
    rf"bureau\s+of\s+prisons(?:\s*\(BOP\))?,?\s+(?:and|or|&)\s+(?:the\s+)?{_USMS}",
    re.I,
)

# The federal agencies a passage can name, for the counterparty and for the kind of a
# "federal detainees" contract.
AGENCIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        (
            "ICE",
            _ICE
            + r"|department\s+of\s+homeland\s+security['’]s\s+immigration\s+and\s+customs"
            # (not "federal immigration agencies": the press's plural names no one agency)
            + r"|(?:federal|U\.?\s?S\.?)\s+immigration\s+(?:officials|authorities|agents|agency|"
            + r"law\s+enforcement\s+agenc(?:y|ies)|enforcement\s+(?:agency|authorities|officials))"
            + r"|\bthe\s+immigration\s+agency|federal\s+immigration\s+custody",
        ),
        ("USMS", _USMS),
        ("CBP", r"(?-i:\bCBP\b)|customs\s+and\s+border\s+protection|border\s+patrol"),
        ("INS", _INS + r"|department\s+of\s+justice,?\s+immigration"),
        # (not "the new “Homeland Security Task Force” (HSTF) network", which HSI leads)
        ("DHS", _DHS + r"(?![”\"’']?\s+task\s+forces?)"),
        ("BOP", r"(?-i:\bBOP\b)|bureau\s+of\s+prisons"),
    )
)


_STATE_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(state.name) for state in us.states.STATES)
    + r")(?:['’]s|\s+State)?\s+(?:the\s+)?$|\bstate\s+$",
    re.I,
)


def agencies_named(text: str) -> list[tuple[int, int, str]]:
    """(start, end, agency) of every federal agency the text names, in order; "Homeland
    Security Investigations" is ICE, not DHS."""
    spans: list[tuple[int, int, str]] = []
    for name, pattern in AGENCIES:
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e, _ in spans):
                continue
            # "the Immigration and Naturalization Service (now known as ICE)": a later name
            if re.search(
                r"\bnow\s+(?:known\s+as\s+|called\s+)?(?:the\s+)?$",
                text[max(0, match.start() - 20) : match.start()],
                re.I,
            ):
                continue
            # "Indiana's Department of Homeland Security", "the New York State Department of
            # Homeland Security": a state's department, no federal agency
            before = text[max(0, match.start() - 30) : match.start()]
            if name == "DHS" and _STATE_BEFORE.search(before):
                continue
            # "an anti-ICE stack": an adjective, no party
            if re.search(r"\banti-$", before, re.I):
                continue
            spans.append((match.start(), match.end(), name))
    return sorted(spans)


def nearest_agency(text: str, start: int, end: int) -> str | None:
    """The agency named closest to ``text[start:end]`` (inside it counts as closest)."""
    best = None
    for lo, hi, name in agencies_named(text):
        distance = 0 if lo < end and hi > start else min(abs(lo - end), abs(start - hi))
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best else None


_DETENTION_BY_AGENCY = {
    "USMS": "usms_iga",
    "BOP": "other_federal_detention",
    "CBP": "other_federal_detention",
    None: "usms_iga",
}


# The cheap page screen: the names every rule needs, as a trigger or as its context. A page it
# misses cannot fire. Most pages of a packet have none of them, so the screen is built for the
# page that fails it: one case-sensitive pass for the acronyms (ICE, DHS, INS, USMS, …, a
# letter before them rules them out: "NOTICE"), substring tests of the lower-cased page for the
# words, and a regular expression only where a word needs its neighbours ("secure
# communities", "federal … detainees"). Together they pass every page the names would (and
# "ICE rink" too), some twenty times faster than one alternation of them.
_SCREEN_ACRONYMS = re.compile(
    r"(?:ICE|DHS|INS|USMS?|CBP|ORR|PARS|BOP|BIA|BOAs?|ERO|HSI|SCAAP|IGSAs?|UACs?|WSO|TFM|JEM|JEOs?)\b|I\.C\.E(?:\.|\b)"
)
_SCREEN_WORDS = (
    # the Bureau of Indian Affairs' prisoners, the kind its own rule reads
    "indian affairs",
    "immigr",
    "homeland",
    "naturaliz",
    "naturalis",
    "marshal",
    "refugee",
    "migrant",
    "undocumented",
    "deport",
    "asylum",
    "igsa",
    "scaap",
    # the private detention operators by name ("contract directly with CoreCivic")
    "corecivic",
    "geo group",
)
# a word that passes the page only with its neighbours
_SCREEN_PHRASES = (
    ("alien", re.compile(r"\baliens\b|(?:criminal|illegal)\s+alien", re.I)),
    # the agency in lowercase before its detainees: "they would house ice detainees for a fee"
    ("ice detainees", re.compile(r"\bice\s+detainees\b")),
    ("border", re.compile(r"border\s+(?:protection|patrol)", re.I)),
    ("sanctuary", re.compile(r"sanctuary\s+values", re.I)),
    # (plate readers feared as "federal surveillance")
    ("surveillance", re.compile(r"federal\s+surveillance", re.I)),
    ("welcoming", re.compile(r"welcoming\s+city\s+ordinance", re.I)),
    ("gang", re.compile(_POLICE_INTELLIGENCE, re.I)),
    ("fusion", re.compile(_POLICE_INTELLIGENCE, re.I)),
    ("illegally", re.compile(r"\bin\s+(?:this|the)\s+country\s+illegally\b", re.I)),
    # ("interrogate people about their citizenship status … and arrest")
    (
        "citizenship",
        re.compile(r"(?:question|interrogate)\s+(?:\S+\s+){0,4}?citizenship\s+status", re.I),
    ),
    ("communities", re.compile(r"secure\s+communities", re.I)),
    # ICE's facilities by their names: "Moshannon Valley Processing Center", "Port Isabel Service
    # Processing Center"
    ("processing", re.compile(r"(?-i:[A-Z]\w+\s+(?:Service\s+)?Processing\s+Center)")),
    ("arraignment", re.compile(r"preliminary\s+arraignment", re.I)),
    # 287(g)'s models by their names: "opt into the Task Force Model", "signed JEM MOA"
    ("model", re.compile(_MODEL_NAMES)),
    ("jem", re.compile(_JEM_AGREEMENT, re.I)),
    # a day rate per detainee: "We get $70 per day per detainee"
    (
        "detainee",
        re.compile(_PER_DETAINEE_RATE, re.I),
    ),
    ("287", re.compile(r"\b287")),
    ("1357", re.compile(r"\b1357\s*\(")),
    ("delegation", re.compile(r"delegation\s+of\s+(?:\w+\s+)?authority\s+program", re.I)),
    ("warrant", re.compile(r"warrant[- ]service", re.I)),
    ("enforcement", re.compile(r"jail[\s-]+enforcement\s+model|enforcement\s+and\s+removal", re.I)),
    (
        "federal",
        re.compile(
            # ("despite federal requests to keep holding them")
            r"federal\s+(?:\w+\s+){0,2}(?:prisoners?|detainees?|inmates?|authorities|officials|agencies|"
            # ("will no longer provide the federal government with records of previous inmates")
            r"requests?|population)|federal\s+(?:inmate\s+|prisoner\s+)?contract|"
            r"federal\s+government\s+with\s+(?:\S+\s+)?(?:records|information|"
            r"data|names|details)|"
            # ("has contracted … with the federal agency to house each inmate")
            r"federal\s+(?:agency|government)\s+to\s+(?:house|hold|jail|board)\b|"
            # ("the jail receives from the federal government for housing its inmates")
            + _FEDERAL_PAY_FOR_INMATES,
            re.I,
        ),
    ),
    # "the federal government would pay … $77 per day per detainee"
    (
        "detainee",
        re.compile(
            r"federal\s+(?:government|payments?|dollars|money|funds|revenue)\b[^.]{0,120}\bdetainee|"
            r"\bdetainees?\b[^.]{0,120}federal\s+government",
            re.I,
        ),
    ),
    # ("would no longer honor detainers without a judge's order")
    (
        "detaine",
        re.compile(
            # ("First comprehensive detainer policies passed in the U.S.")
            r"detainer\s+(?:requests?|polic(?:y|ies))\b|detainee[- ]day\s+rate|"
            r"honor\w*\s+(?:\S+\s+){0,2}?detainers\b|"
            r"\bissue\s+(?:an?\s+)?detainers?\b|\bfederal\s+detainers?\b|" + _DETAINER_NAMED,
            re.I,
        ),
    ),
    ("prisons", re.compile(r"bureau\s+of\s+prisons", re.I)),
    ("contract", re.compile(_CONTRACTUAL_BEDS, re.I)),
    # the agency written as a word: "more space for Ice detainees"
    ("ice detainee", re.compile(r"\bIce\s+detainees?\b")),
    ("ordering", re.compile(r"basic\s+ordering\s+agreement", re.I)),
    # a hold policy by its condition: "absent of a court order or arrest warrant signed by a
    # judicial official … will not be held beyond the normal timetable for release"
    (
        "signed",
        re.compile(r"signed\s+by\s+a\s+(?:federal\s+)?(?:judge|judicial\s+offic|magistrate)", re.I),
    ),
    # ("CoreCivic" as the OCR mending leaves it: "Core Civic")
    ("civic", re.compile(r"\bCore\s?Civic\b")),
    (
        "powers",
        re.compile(r"powers\s+of\s+(?:\S+\s+){0,4}?(?:police|officers|deputies|jailers)", re.I),
    ),
    ("trust", re.compile(r"\b(?:Trust|TRUST)\s+Act\b")),
    # California's forum on ICE's access, named alone: "The TRUTH Act Forum will take place"
    ("truth", re.compile(r"\bTRUTH\s+Act\s+(?:community\s+)?[Ff]orum")),
    (
        "unaccompanied",
        re.compile(
            r"unaccompanied\s+(?:alien\s+|immigrant\s+|migrant\s+)?(?:children|minors)", re.I
        ),
    ),
    # "compensated $25 per hour for transport costs if a detainee needs to go to the doctor"
    (
        "transport",
        re.compile(r"(?:per\s+hour|hourly|an\s+hour)\s+(?:\S+\s+){0,2}?(?:for\s+)?transport", re.I),
    ),
    # "enables local jurisdictions to serve as holding facilities for detainees"
    ("holding", re.compile(r"holding\s+facilit\w+\s+for\s+(?:\S+\s+)?detainees", re.I)),
    # the agreement by its name: "The new intergovernmental service agreement … expires on …"
    ("service", re.compile(r"inter-?\s?governmental\s+service\s+agreement", re.I)),
    # ICE's own award text, which names no agency: "TASK ORDER FOR DETENTION SERVICES", "DETENTION
    # SERVICES FOR SAN DIEGO AOR"
    (
        "detention",
        re.compile(
            r"detention\s+(?:and\s+transportation|services?)\b[^.]{0,80}?(?:\btask\s+order\b|"
            r"(?-i:\bAOR\b|\bCDF\b)|contract\s+detention\s+facilit)|"
            r"(?:\btask\s+order\b|(?-i:\bAOR\b))[^.]{0,80}?detention\s+"
            r"(?:and\s+transportation|services?)\b",
            re.I,
        ),
    ),
    ("transportation", re.compile(_DETENTION_PAIR, re.I)),
    ("bed", re.compile(_DETAINEE_BED_DAYS, re.I)),
    # Secure Communities by its later and short names
    ("priority", re.compile(r"priority\s+enforcement\s+program", re.I)),
    ("comm", re.compile(r"\b(?:S|PEP)-Comm\b", re.I)),
)
_SCREEN_FORMS = re.compile(r"\bI-?\s?(?:247|200|203)", re.I)


class _Screen:
    """``SCREEN.search(text)``: whether a page names anything a rule needs."""

    def search(self, text: str) -> bool:
        for match in _SCREEN_ACRONYMS.finditer(text):
            if match.start() == 0 or not text[match.start() - 1].isalpha():
                return True
        lower = text.lower()
        if any(word in lower for word in _SCREEN_WORDS):
            return True
        if any(word in lower and phrase.search(text) for word, phrase in _SCREEN_PHRASES):
            return True
        return _SCREEN_FORMS.search(text) is not None


SCREEN = _Screen()

_MAX_QUOTE = 700
_SHORT_PAGE = 2500


@dataclass
class Mention:
    kind: str
    confidence: float
    quote: str
    start: int  # offsets of the passage in the page text
    end: int
    page: int | None = None
    trigger: str = ""  # the words that fired, as they stand in the quote

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
    elif lo > 0 and (first := _SENTENCE.search(before)):
        lo += first.end()
    # a passage that names its agreement by "The agreement …" takes the sentence before, which
    # tells what is done with it: "Orange County commissioners will meet Tuesday to discuss an
    # agreement between … ICE and the Orange County Jail.\n\nThe agreement allows …"
    if lo > 0 and _ANAPHORA.match(text, lo):
        back = text[max(0, lo - _MAX_QUOTE // 2) : lo].rstrip()
        bounds = [m.end() for m in _BREAK.finditer(back)]
        bounds += [m.end() for m in _SENTENCE.finditer(back)]
        if bounds:
            lo = max(0, lo - _MAX_QUOTE // 2) + max(bounds)
        elif lo <= _MAX_QUOTE // 2:
            lo = 0
    after = text[end:hi]
    stop = _BREAK.search(after)
    if stop:
        hi = end + stop.start()
    elif hi < len(text):
        sentence = list(_SENTENCE.finditer(after))
        hi = end + (sentence[-1].end() if sentence else len(after))
    return lo, hi


_ANAPHORA = re.compile(
    r"(?:The|This|That|Such)\s+(?:new\s+|proposed\s+|same\s+)?(?:agreement|contract|MOA|MOU|IGSA|"
    r"memorandum|pact|deal)\b"
)
_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:item\s+)?\(?[0-9]{1,3}[.)]\s|\s*[A-Z][.)]\s)", re.I)
# a sentence ends at a stop, not after "U.S." or "No." ("… HOMELAND SECURITY U.S. IMMIGRATION")
_SENTENCE = re.compile(
    r"(?<!U\.S)(?<!\bU\.N)(?<!\bNo)(?<!\bCo)(?<!\bInc)(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!\bDr)"
    r"[.;:]\s+(?=[A-Z(])"
)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def find_mentions(text: str, page: int | None = None, *, model: bool = True) -> list[Mention]:
    """Every collaboration mention in one page of text, at most one per kind and passage. The
    text is a page as :mod:`extract.text` reads it, OCR noise already mended (:func:`normalize`).
    With ``model``, where no rule fires on the page, the paragraphs that name a federal agency
    (every paragraph of a short page) are put to the learned fallback (:mod:`extract.model`)."""
    if not SCREEN.search(text):
        return []
    mentions = _rule_mentions(text, page)
    if model and not mentions:
        return _model_mentions(text, page)
    return mentions


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _BREAK.finditer(text):
        if text[start : match.start()].strip():
            yield start, match.start()
        start = match.end()
    if text[start:].strip():
        yield start, len(text)


_RIDER_RE = re.compile(_RIDER, re.I)
_MARSHALS_OTHER_WORK_RE = re.compile(_MARSHALS_OTHER_WORK, re.I)


def _model_mentions(text: str, page: int | None) -> list[Mention]:
    """The learned fallback's mentions on a page where no rule fired: one per paragraph that
    names a federal agency, or any paragraph of a short page (an agenda item or a summary is
    one context, as for the rules), that the model is sure of. Its quote is the paragraph, its
    trigger the agency's name or the word that weighs most for the kind. (On a page the rules
    did recognize, the other paragraphs are most often the same item's other clauses: "(2)
    Directing The City Administrator To Immediately Terminate The Agreement With ICE".)"""
    judge = learned.shipped()
    if judge is None:
        return []
    found = []
    short = len(text) <= _SHORT_PAGE
    for lo, hi in _paragraphs(text):
        quote = text[lo:hi]
        named = agencies_named(quote)
        # ("approve ICE RINK maintenance contract": an ICE that is no agency is a near miss)
        if not named and (not short or _NOT_THE_AGENCY.search(quote)):
            continue
        verdict = judge.judge(quote, None if named else learned.MIN_ABOUT_UNNAMED)
        if verdict is None:
            continue
        kind, _probability = verdict
        if kind == "usms_iga" and _MARSHALS_OTHER_WORK_RE.search(quote):
            continue  # a Marshals task force, not their jail agreement
        if (
            kind == "task_force"
            and _OTHER_TASK_FORCES_RE.search(quote)
            and not _ICE_OR_HSI_RE.search(quote)
        ):
            continue  # the Marshals' fugitive task force, the DEA's or the FBI's: not ICE's
        if _AGENTS_KEPT_OUT_RE.search(quote) and not _JAIL_WORDS_RE.search(quote):
            continue  # ICE's own arrests kept from a place (an ICE-free zone), no local agreement
        if (
            _ICE_OWN_OFFICE_RE.search(quote)
            and not _JAIL_WORDS_RE.search(quote)
            # (but "ICE leases office space and provides about $1.3 million in annual revenue to
            # the county": the rent is part of a county's agreement)
            and not _REVENUE_RE.search(quote)
        ):
            continue  # ICE's own office or processing center, no local agreement
        span = named[0][:2] if named else judge.evidence(quote, kind)
        if span is None:
            continue
        start, end = span
        found.append(
            Mention(kind, _MODEL_CONFIDENCE, _clean(quote), lo, hi, page, _clean(quote[start:end]))
        )
    return found


_NOT_THE_AGENCY = re.compile(r"\bice\b", re.I)
# "bans federal immigration agents from arresting people around local courthouses without a
# warrant"
_AGENTS_KEPT_OUT_RE = re.compile(
    r"\b(?:ban|bar|prohibit|block|forbid|keep)\w*\s+(?:\S+\s+){0,4}?(?:agents|officers|officials|"
    r"(?-i:ICE))\s+from\s+(?:arresting|entering|using|conducting|making\s+arrests|staging|operating)\b",
    re.I,
)
# ICE's own premises (an office, a processing center) zoned, leased or moved: no local agreement
# ("ICE … is seeking the City Council's approval to open a processing facility in North
# Lubbock", "the GSA's lease for office space")
_ICE_OWN_OFFICE_RE = re.compile(
    r"\b(?:open|move|relocat|build|leas|rent|zon)\w*\s+(?:\S+\s+){0,4}?(?:processing\s+(?:facility|center|"
    r"location)|(?:field\s+)?offices?(?:\s+space)?|headquarters)\b",
    re.I,
)
_REVENUE_RE = re.compile(r"\brevenue|\bper\s+diem|\bto\s+the\s+county\b", re.I)
# (but ICE kept out of the jail is the jail's access policy)
_JAIL_WORDS_RE = re.compile(r"\bjails?\b|detention|custody|inmates|booking", re.I)
_OTHER_TASK_FORCES_RE = re.compile(_OTHER_TASK_FORCES, re.I)
_ICE_OR_HSI_RE = re.compile(rf"{_ICE}|{_HSI}", re.I)

# below every rule's: a reader can tell the model's mentions from the rules'
_MODEL_CONFIDENCE = 0.6


def _holds(
    rule: Rule,
    context: re.Pattern[str] | None,
    also: re.Pattern[str] | None,
    unless: re.Pattern[str] | None,
    quote: str,
    text: str,
) -> bool:
    """Whether a rule whose trigger matched in ``quote`` (a passage of the page ``text``) fires:
    its context and its ``also`` are there, its ``unless`` is not."""
    # a short page (an agenda item, a one-paragraph summary) is one context
    if (
        context is not None
        and not context.search(quote)
        and (len(text) > _SHORT_PAGE or not context.search(text))
    ):
        return False
    if also is not None and not also.search(quote):
        return False
    if unless is not None and (
        unless.search(quote) or (len(text) <= _SHORT_PAGE and unless.search(text))
    ):
        return False
    # a refugee resettlement shelter, not immigration detention
    return not (
        rule.kind in DETENTION_KINDS and _ORR_RE.search(quote) and not _ICE_RE.search(quote)
    )


def _rule_mentions(text: str, page: int | None) -> list[Mention]:
    found: dict[tuple[str, int], Mention] = {}
    riding: set[tuple[str, int]] = set()
    lower = text.lower()
    for rule, trigger, context, also, unless in _COMPILED:
        if rule.needs and not any(word in lower for word in rule.needs):
            continue
        covered = 0  # end of this rule's last mention: a match inside it is the same passage
        seen: set[tuple[int, int]] = set()
        # a passage's words decide whether the rule holds there: a page that repeats a paragraph
        # (a packet with the same item on every page) asks once per wording
        holds: dict[str, bool] = {}
        for match in trigger.finditer(text):
            if match.start() < covered:
                continue
            if _PARAGRAPH_END.search(match.group(0)):
                continue  # a sentence ended a paragraph: the words after it are another passage
            lo, hi = passage(text, match.start(), match.end())
            if (lo, hi) in seen:
                continue
            seen.add((lo, hi))
            quote = text[lo:hi]
            if quote not in holds:
                holds[quote] = _holds(rule, context, also, unless, quote, text)
            if not holds[quote]:
                continue
            key = (rule.kind, lo)
            if key in found and found[key].confidence >= rule.confidence:
                if not rule.rides:
                    riding.discard(key)
                continue
            kind = rule.kind
            if kind == "federal_detention":
                agency = nearest_agency(quote, match.start() - lo, match.end() - lo)
                if agency is None and len(text) <= _SHORT_PAGE:
                    agency = nearest_agency(text, match.start(), match.end())
                kind = _DETENTION_BY_AGENCY.get(agency, "igsa")
                key = (kind, lo)
                if key in found and found[key].confidence >= rule.confidence:
                    continue
            found[key] = Mention(
                kind, rule.confidence, _clean(quote), lo, hi, page, _clean(match.group(0))
            )
            covered = hi
            if rule.rides:
                riding.add(key)
            else:
                riding.discard(key)
    mentions = sorted(found.values(), key=lambda m: (m.start, m.kind))
    out: list[Mention] = []
    # a short page is one context: "the IGA" in its last sentence is the Marshals' agreement
    # its first sentence names
    usms_page = len(text) <= _SHORT_PAGE and _USMS_AGREEMENT.search(text)
    for mention in mentions:
        if (
            mention.kind == "igsa"
            and (usms_page or _USMS_AGREEMENT.search(mention.quote))
            # (the ICE rider is both, whatever else the passage names)
            and not _RIDER_RE.match(mention.trigger)
        ):
            # ICE detainees held under the Marshals' agreement ride on it: a USMS IGA
            # unless the passage also names an agreement with ICE itself.
            # "The agreement with ICE will piggyback onto a contract … with the U.S. Marshals"
            named_ice = _ICE_AGREEMENT.search(mention.quote) and not _RIDES_ON.search(mention.quote)
            if (mention.kind, mention.start) in riding or not named_ice:
                mention.kind = "usms_iga"
        if any(m.kind == mention.kind and m.quote == mention.quote for m in out):
            continue
        if (
            mention.kind == "usms_iga"
            and _ICE_AGREEMENT.search(mention.quote)
            and not _USMS_RE.search(mention.quote)
        ):
            continue  # its own words name an agreement with ICE; the Marshals only beside it
        out.append(mention)
    for mention in list(out):
        other = {"usms_iga": "igsa", "igsa": "usms_iga"}.get(mention.kind)
        if (
            other
            and _SIDE_BY_SIDE.search(mention.quote)
            and not _RIDES_ON.search(mention.quote)
            and not any(m.kind == other and m.start == mention.start for m in out)
        ):
            out.append(replace(mention, kind=other))
    # "The memorandum of understanding between the Vermont Department of Corrections, U.S. Customs
    # and Border Protection and U.S. Border Patrol … for holding federal immigration detainees":
    # where the Border Patrol is the only agency named, its detention is not ICE's
    for mention in out:
        if (
            mention.kind == "igsa"
            and _CBP_RE.search(mention.quote)
            and not _ICE_NAME_RE.search(mention.quote)
            # (before 2003 the Border Patrol was the INS's: "since 1994, when the agreement was
            # with U.S. Border Patrol")
            and not _BEFORE_2003.search(mention.quote)
        ):
            mention.kind = "other_federal_detention"
    # "its decade-old contract with federal immigration authorities to house unaccompanied migrant
    # teenagers": unaccompanied children are the Office of Refugee Resettlement's, and the
    # authority is not ICE unless the passage names it
    out = [
        m
        for m in out
        if not (
            m.kind == "igsa"
            and _UNACCOMPANIED.search(m.quote)
            and not _ICE_NAME_RE.search(m.quote)
            and any(o.kind == "other_federal_detention" and o.quote == m.quote for o in out)
        )
    ]
    # "the U.S. Marshals Service and the Bureau of Prisons": the Bureau's inmates too
    for mention in list(out):
        if (
            mention.kind == "usms_iga"
            and _USMS_AND_BOP.search(mention.quote)
            and not any(
                m.kind == "other_federal_detention" and m.start == mention.start for m in out
            )
        ):
            out.append(replace(mention, kind="other_federal_detention"))
    # the TRUTH Act described ("requires jurisdictions housing federal immigration detainees hold at
    # least one public meeting a year") names no contract of the county's
    out = [
        m
        for m in out
        if not (
            m.kind in DETENTION_KINDS
            and _TRUTH_ACT.search(m.quote)
            and not _CONTRACT_WORDS.search(m.quote)
        )
    ]
    # a university's police have no jail: beside its 287(g) agreement, "detain undocumented
    # immigrants" or "deals with ICE" is no bed contract ("at least 10 have signed deals with ICE:
    # Florida A&M University, …")
    out = [
        m
        for m in out
        if not (
            m.kind == "igsa"
            and _CAMPUS.search(m.quote)
            and not _BED_WORDS.search(m.quote)
            and any(o.kind == "287g" and o.start == m.start for o in out)
        )
    ]
    # a 287(g) agreement's own database access is no separate data sharing: "access to federal
    # databases of illegal immigrants" beside the 287(g) partnership
    out = [
        m
        for m in out
        if not (
            m.kind == "data_sharing"
            and _FEDERAL_DATABASES.match(m.trigger)
            and any(o.kind == "287g" and o.start == m.start for o in out)
        )
    ]
    # A dedicated IGSA is also matched as an IGSA: keep the specific kind.
    specific = {(m.start, m.end) for m in out if m.kind == "digsa"}
    return [m for m in out if not (m.kind == "igsa" and (m.start, m.end) in specific)]


_FEDERAL_DATABASES = re.compile(
    r"access\w*\s+(?:to\s+)?(?:the\s+)?(?:ICE|federal|immigration)\b", re.I
)
# "… deals with undocumented workers.\n\nICE spokesman …": a trigger that runs over the end of a
# paragraph joins two passages (a blank line inside a sentence, as OCR leaves them, does not end it)
_PARAGRAPH_END = re.compile(r"[.!?][\"”’')]*[ \t]*\n\s*\n")
_TRUTH_ACT = re.compile(r"\bTRUTH\s+Act\b|transparent\s+review\s+of\s+unjust", re.I)
_CONTRACT_WORDS = re.compile(
    r"\bcontracts?\b|\bagreements?\b|\bIGS?As?\b|per\s+diem|\bbeds?\b", re.I
)
_CAMPUS = re.compile(r"\bcampus\b|\buniversit(?:y|ies)\b", re.I)
_BED_WORDS = re.compile(
    r"\bbeds?\b|\bjails?\b|detention\s+(?:center|facility)|\bhous\w+|per\s+diem", re.I
)


# OCR and PDF text noise that hides words from the patterns: ligatures, a zero for an O inside
# a word ("M0A", "0f"), words glued where a line ended ("JusticeUnited"), words hyphenated
# across lines.
_TRANSLATE = str.maketrans(
    {"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl"}
    | dict.fromkeys("\u2010\u2011\u2012\u2013\u00ad", "-")
)
_TRANSLATED = re.compile("[ﬁﬂﬀﬃﬄ\u2010\u2011\u2012\u2013\u00ad]")
# Each pattern opens with the character it mends, so that the engine skips ahead to it: text is
# normalized as it is read, on every page of a packet. (A zero at the start of a word: "\b0" is
# a zero not preceded by a word character.)
_ZERO_UPPER = re.compile(r"0(?:(?<=[A-Z]0)(?=[A-Z])|(?<!\w0)(?=[A-Z]{2}))")
_ZERO_LOWER = re.compile(r"0(?:(?<=[a-z]0)(?=[a-z])|(?<!\w0)(?=[fnr]\b))")
_FI = re.compile(r"[?�](?<=[a-z][?�])(?=[a-z])")
_GLUED = re.compile(r"[A-Z](?<=[a-z]{3}[A-Z])(?=[a-z]{2})")
# a word broken at a line end, the line end kept ("interven-\ntion") or lost to a space in a
# text layer ("The resolution termi- nates an agreement"); not a suspended hyphen ("city- and
# county-owned")
_HYPHEN = re.compile(r"-(?<=[a-z]-)(?:\n\s*|[ \t](?!(?:and|or|nor|to|through|but|as)\b))(?=[a-z])")
# a form's blank lines read into the words: "subsistence of federal_ prisoners", "Ocilla, _GA"
_UNDERSCORE = re.compile(r"(?<=[A-Za-z])_+(?=\s)|(?<=\s)_+(?=[A-Za-z])")


def normalize(text: str) -> str:
    """The text with OCR noise mended; offsets change only where a hyphenated line end is
    joined or glued words are split."""
    if _TRANSLATED.search(text):
        text = text.translate(_TRANSLATE)
    text = _ZERO_UPPER.sub("O", text)
    text = _ZERO_LOWER.sub("o", text)
    text = _FI.sub("fi", text)
    text = _HYPHEN.sub("", text)
    if "_" in text:
        text = _UNDERSCORE.sub(lambda m: " " * len(m[0]), text)
    return _GLUED.sub(r" \g<0>", text)
