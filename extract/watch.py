"""Keyword watches: a user's own terms ("Flock cameras", "jail expansion") looked for in agenda
text and alerts.

A watch has one or more *terms*; a text matches the watch when it matches any of them. A term
is one or more phrases joined by ``AND``, with phrases it must not contain after ``NOT``::

    license plate reader*
    jail AND expansion NOT "work release"
    "Flock Safety" AND camera* NOT renewal

- ``AND`` and ``NOT`` are operators only in capitals; other words make up the phrase between
  them. A phrase may be quoted ("…"); quotes are needed only around a capitalised AND or NOT.
- Matching ignores case; the words of a phrase may be split by spaces, line breaks, hyphens
  or slashes ("license-plate reader"); a word ending in ``*`` matches any ending ("camera*":
  camera, cameras). Curly and straight apostrophes are the same.
- A text is one agenda item (title and text), one page of a document, or one alert: ``AND``
  asks that every phrase be in that text, ``NOT`` that none of its phrases be.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

# Where a watch looks: "agenda" (agenda items and the pages of their documents) and alerts of
# the kinds or families named ("287g", "facility.added").
AGENDA = "agenda"
QUOTE_CHARS = 400
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_SEPARATOR = r"[\s\-\u2010-\u2015/]+"


class WatchError(ValueError):
    """A watch as written cannot be used; the message says what to write instead."""


@dataclass(frozen=True)
class Term:
    """Phrases that must all be in a text (``AND``), and phrases that must not (``NOT``)."""

    text: str
    all_of: tuple[str, ...]
    none_of: tuple[str, ...] = ()

    @cached_property
    def _patterns(self) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
        return tuple(map(phrase_pattern, self.all_of)), tuple(map(phrase_pattern, self.none_of))

    def find(self, text: str) -> list[tuple[int, int]] | None:
        """The first place of each ``AND`` phrase in ``text``, or None when one is missing or
        a ``NOT`` phrase is there."""
        wanted, unwanted = self._patterns
        spans = []
        for pattern in wanted:
            found = pattern.search(text)
            if found is None:
                return None
            spans.append(found.span())
        if any(p.search(text) for p in unwanted):
            return None
        return spans

    @property
    def clues(self) -> tuple[str, ...]:
        """A lower-case piece of text each ``AND`` phrase's matches all contain: the longest
        run of letters and digits in the phrase (not across an apostrophe, which may be curly
        or straight in the text), to find candidates before the exact match."""
        return tuple(max(re.findall(r"\w+", phrase), key=len).lower() for phrase in self.all_of)


def parse_term(text: str) -> Term:
    """A term as written in a watch (see the module's help). Raises :class:`WatchError`."""
    groups: list[tuple[str, list[str]]] = [("AND", [])]
    for quoted, bare in _TOKEN.findall(text):
        if bare in {"AND", "NOT"}:
            groups.append((bare, []))
        else:
            groups[-1][1].append(quoted or bare)
    all_of, none_of = [], []
    for index, (operator, words) in enumerate(groups):
        phrase = " ".join(_words(" ".join(words)))
        if phrase:
            (none_of if operator == "NOT" else all_of).append(phrase)
        elif index > 0:
            raise WatchError(f"the term {text!r} has an {operator} with nothing after it")
    if not all_of:
        raise WatchError(f"the term {text!r} names nothing to look for (NOT only excludes)")
    return Term(text, tuple(all_of), tuple(none_of))


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(_SEPARATOR, phrase.strip()) if re.search(r"\w", w)]


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The regular expression of a phrase: its words in order, between word boundaries."""
    parts = []
    for word in _words(phrase):
        wild = word.endswith("*")
        body = re.sub("['\u2019]", "['\u2019]", re.escape(word.rstrip("*")))
        parts.append(body + (r"\w*" if wild else ""))
    return re.compile(r"(?<!\w)" + _SEPARATOR.join(parts) + r"(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Watch:
    """A user's watch: its name, its terms, and where it looks (empty: everywhere)."""

    name: str
    terms: tuple[Term, ...]
    states: tuple[str, ...] = ()
    jurisdictions: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        return watch_slug(self.name)

    @property
    def described(self) -> str:
        """Its terms as a reader sees them: “Flock” or “license plate reader*”."""
        return " or ".join(f"“{t.text}”" for t in self.terms)

    @property
    def fingerprint(self) -> str:
        """Changes when what the watch matches changes (a changed watch reads everything again)."""
        text = repr(
            (
                [t.text for t in self.terms],
                sorted(self.states),
                sorted(self.jurisdictions),
                sorted(self.kinds),
            )
        )
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def reads_agendas(self) -> bool:
        return not self.kinds or AGENDA in self.kinds

    def reads_alert(self, kind: str) -> bool:
        if not self.kinds:
            return True
        return any(kind == k or kind.startswith(k.rstrip(".") + ".") for k in self.kinds)

    def find(self, text: str) -> Match | None:
        """The first term that ``text`` matches, with the passage that shows it."""
        for term in self.terms:
            spans = term.find(text)
            if spans is not None:
                return Match(term.text, quote_of(text, spans))
        return None


@dataclass(frozen=True)
class Match:
    term: str
    quote: str


def quote_of(text: str, spans: list[tuple[int, int]], size: int = QUOTE_CHARS) -> str:
    """The passage around the matched phrases, about ``size`` characters, cut at words; the
    phrases close together are quoted together, else the first one."""
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    if end - start > size:
        start, end = spans[0]
    room = max(0, size - (end - start)) // 2
    left, right = max(0, start - room), min(len(text), end + room)
    if left > 0:
        cut = text.find(" ", left, start)
        left = cut + 1 if cut >= 0 else left
    if right < len(text):
        cut = text.rfind(" ", end, right)
        right = cut if cut >= 0 else right
    passage = " ".join(text[left:right].split())
    return ("… " if left > 0 else "") + passage + (" …" if right < len(text) else "")


def watch_slug(name: str) -> str:
    """A file name for a watch's feed: "Flock cameras" → "flock-cameras"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if ascii_name != name or not slug:
        slug = (slug + "-" if slug else "") + hashlib.sha256(name.encode()).hexdigest()[:6]
    return slug


def parse_watch(table: dict[str, object]) -> Watch:
    """A ``[[watch]]`` table of the configuration. Raises :class:`WatchError`."""
    allowed = {"name", "terms", "states", "jurisdictions", "kinds"}
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise WatchError(f"unknown key {unknown[0]!r} (a watch has {', '.join(sorted(allowed))})")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise WatchError('a watch needs a name, e.g. name = "Flock cameras"')
    terms = table.get("terms")
    if isinstance(terms, str):
        terms = [terms]
    if not isinstance(terms, list) or not terms or not all(isinstance(t, str) for t in terms):
        raise WatchError(f'watch {name!r} needs terms, e.g. terms = ["Flock", "license plate"]')

    def strings(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise WatchError(f"watch {name!r}: {key} is a list of strings")
        return tuple(v.strip() for v in value if v.strip())

    states = tuple(s.upper() for s in strings("states"))
    bad = [s for s in states if not re.fullmatch(r"[A-Z]{2}", s)]
    if bad:
        raise WatchError(f"watch {name!r}: states are two-letter codes, not {bad[0]!r}")
    try:
        parsed = tuple(parse_term(t) for t in terms)
    except WatchError as exc:
        raise WatchError(f"watch {name!r}: {exc}") from None
    return Watch(name.strip(), parsed, states, strings("jurisdictions"), strings("kinds"))


def parse_watches(tables: list[dict[str, object]]) -> tuple[Watch, ...]:
    """Every ``[[watch]]`` of the configuration; two watches may not share a feed."""
    watches = tuple(parse_watch(t) for t in tables)
    seen: dict[str, str] = {}
    for watch in watches:
        other = seen.setdefault(watch.slug, watch.name)
        if other != watch.name or sum(w.name == watch.name for w in watches) > 1:
            raise WatchError(f"two watches named {watch.name!r} (or {other!r}): names must differ")
    return watches
