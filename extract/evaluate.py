"""Score the extractor on labelled real text: passages (the ``dev.jsonl`` schema) and whole
documents (the contracts corpus's ``LABELS.jsonl``).

A passage is read exactly as an agenda item is in a run: one page of text through
:func:`extract.document.extract_text`. Its kinds are the kinds of its mentions; its fields
come from the first contract the passage speaks of (or, for kinds that are not contracts,
from the first mention's passage).

Figures (each over the cases where it is defined, with the count beside it):

- per kind and overall (micro): precision, recall, F1 of the kinds a passage is labelled with;
- ``near_miss_quiet``: share of the passages labelled not ICE-related where nothing fired
  (the acceptance "near misses fire ≤ 5 %" is 1 minus this);
- ``action``: accuracy on ICE-related passages whose label names an action;
  ``action_all`` the same including passages labelled with no action (narrative);
- ``counterparty``: accuracy on ICE-related passages whose label names one;
  ``counterparty_all`` including the ones that name none (the extractor must say none);
- ``end_date`` exact where the label states one; ``basis`` where it states one;
- ``per_diem``, ``beds``, ``amount``, ``start_date``, ``contract_number`` where stated.

Field figures are taken on every labelled case, detected or not: a missed passage counts
as a wrong field.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extract.document import ContractFinding, Extraction, extract_file, extract_text
from extract.facts import ContractFacts, contract_facts
from extract.mentions import agencies_named
from extract.text import text_document

FIELDS = (
    "action",
    "counterparty",
    "contract_number",
    "start_date",
    "end_date",
    "end_basis",
    "per_diem",
    "beds",
    "amount",
)


@dataclass
class Prediction:
    kinds: list[str]
    fields: dict[str, object]


@dataclass
class Score:
    """Counts for one figure."""

    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(miss)

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Report:
    name: str
    cases: int = 0
    kinds: dict[str, KindScore] = field(default_factory=dict)
    figures: dict[str, Score] = field(default_factory=dict)
    kind_misses: list[str] = field(default_factory=list)

    @property
    def overall(self) -> KindScore:
        total = KindScore()
        for score in self.kinds.values():
            total.tp, total.fp, total.fn = (
                total.tp + score.tp,
                total.fp + score.fp,
                total.fn + score.fn,
            )
        return total

    def figure(self, name: str) -> float | None:
        if name in {"precision", "recall", "f1"}:
            return getattr(self.overall, name)
        return self.figures[name].value if name in self.figures else None

    def as_json(self) -> dict[str, object]:
        overall = self.overall
        return {
            "name": self.name,
            "cases": self.cases,
            "overall": _kind_json(overall),
            "kinds": {k: _kind_json(s) for k, s in sorted(self.kinds.items())},
            "figures": {
                k: {"value": s.value, "right": s.right, "total": s.total}
                for k, s in self.figures.items()
            },
        }

    def text(self, *, misses: bool = True) -> str:
        lines = [f"{self.name}: {self.cases} case(s)"]
        lines.append(f"  {'kind':26} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
        for kind, score in sorted(self.kinds.items(), key=lambda kv: -kv[1].support):
            lines.append(_kind_line(kind, score))
        lines.append(_kind_line("overall (micro)", self.overall))
        for name, score in self.figures.items():
            value = "   n/a" if score.value is None else f"{score.value:6.3f}"
            lines.append(f"  {name:26} {value}  ({score.right}/{score.total})")
        if misses:
            if self.kind_misses:
                lines.append("  kind misses:")
                lines.extend(f"    {m}" for m in self.kind_misses)
            for name, score in self.figures.items():
                if score.misses:
                    lines.append(f"  {name} misses:")
                    lines.extend(f"    {m}" for m in score.misses)
        return "\n".join(lines)


def _kind_json(score: KindScore) -> dict[str, object]:
    return {
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
        "support": score.support,
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
    }


def _kind_line(kind: str, score: KindScore) -> str:
    return (
        f"  {kind:26} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} {score.support:4}"
    )


def main_kind(result: Extraction) -> str:
    """The kind a document is about: the contract kind it mentions most (the first on a tie),
    or its first mention's kind when it names no contract."""
    counts: dict[str, int] = {}
    for mention in result.mentions:
        counts[mention.kind] = counts.get(mention.kind, 0) + 1
    contracts = [c.facts.kind for c in result.contracts] or [result.mentions[0].kind]
    return max(contracts, key=lambda kind: counts.get(kind, 0))


def primary_facts(
    result: Extraction, reference: dt.date | None, kind: str | None = None
) -> ContractFacts | None:
    """The facts of the first contract a text speaks of (of ``kind`` when given); for a text
    whose kinds are not contracts (SCAAP, detainers), those of its first mention."""
    contracts = [c for c in result.contracts if kind is None or c.facts.kind == kind]
    if contracts:
        # of two agreements in one passage ("US Marshal and ICE inmates"), the one whose
        # agency the passage names first
        return min(contracts, key=lambda c: (_order(result, c.quote), _named_at(c))).facts
    if result.mentions:
        return contract_facts(result.mentions[0], reference)
    return None


def _named_at(contract: ContractFinding) -> int:
    party = contract.facts.counterparty
    return next((s for s, _, name in agencies_named(contract.quote) if name == party), 1 << 30)


def _order(result: Extraction, quote: str) -> int:
    return next((i for i, m in enumerate(result.mentions) if m.quote == quote), len(quote))


def predict_passage(
    text: str, reference: dt.date | None = None, *, model: bool = True
) -> Prediction:
    result = extract_text(
        text_document("passage", text, kind="passage"), reference=reference, model=model
    )
    return _prediction(result, reference)


def _prediction(
    result: Extraction, reference: dt.date | None, kind: str | None = None
) -> Prediction:
    kinds = sorted({m.kind for m in result.mentions})
    facts = primary_facts(result, reference, kind)
    values: dict[str, object] = dict.fromkeys(FIELDS)
    if facts is not None:
        values.update(
            action=facts.action,
            counterparty=facts.counterparty,
            contract_number=facts.contract_number,
            start_date=facts.start_date.isoformat() if facts.start_date else None,
            end_date=facts.expiry_date.isoformat() if facts.expiry_date else None,
            end_basis=facts.expiry_basis,
            per_diem=float(facts.per_diem) if facts.per_diem is not None else None,
            beds=facts.beds,
            amount=float(facts.amount) if facts.amount is not None else None,
        )
    return Prediction(kinds, values)


def _same(got: object, want: object) -> bool:
    if isinstance(want, int | float) and isinstance(got, int | float):
        return math.isclose(float(got), float(want), abs_tol=0.005)
    if isinstance(want, str) and isinstance(got, str):
        return got.strip().upper() == want.strip().upper()
    return got == want


def score(name: str, cases: Iterable[tuple[str, dict, Prediction]]) -> Report:
    """Score predictions against labels. ``cases``: (id, label, prediction)."""
    report = Report(name)
    figure_names = (
        "near_miss_quiet",
        "detected",
        "action",
        "action_all",
        "counterparty",
        "counterparty_all",
        "end_date",
        "basis",
        "per_diem",
        "beds",
        "amount",
        "start_date",
        "contract_number",
    )
    report.figures = {n: Score() for n in figure_names}
    figs = report.figures
    for case_id, label, got in cases:
        report.cases += 1
        want_kinds = set(label.get("kinds") or ([label["kind"]] if label.get("kind") else []))
        related = bool(label.get("ice_related", bool(want_kinds)))
        got_kinds = set(got.kinds)
        for kind in want_kinds | got_kinds:
            score_ = report.kinds.setdefault(kind, KindScore())
            if kind in want_kinds and kind in got_kinds:
                score_.tp += 1
            elif kind in got_kinds:
                score_.fp += 1
            else:
                score_.fn += 1
        if want_kinds != got_kinds:
            report.kind_misses.append(
                f"{case_id}: want {sorted(want_kinds)} got {sorted(got_kinds)}"
                f"{'' if got_kinds else ' — ' + _short(label.get('text'))}"
            )
        if not related:
            figs["near_miss_quiet"].add(not got_kinds, f"{case_id}: fired {sorted(got_kinds)}")
            # a near miss that fires is counted above; its fields are not the subject
            continue
        figs["detected"].add(bool(got_kinds), f"{case_id}: nothing fired")
        for figure, key in (
            ("action", "action"),
            ("counterparty", "counterparty"),
            ("end_date", "end_date"),
            ("basis", "end_basis"),
            ("per_diem", "per_diem"),
            ("beds", "beds"),
            ("amount", "amount"),
            ("start_date", "start_date"),
            ("contract_number", "contract_number"),
        ):
            want, have = label.get(key), got.fields.get(key)
            miss = f"{case_id}: want {want!r} got {have!r}"
            if figure in {"action", "counterparty"}:
                figs[f"{figure}_all"].add(_same(have, want), miss)
            if want is not None:
                figs[figure].add(_same(have, want), miss)
    return report


def _short(text: object, width: int = 110) -> str:
    if not isinstance(text, str):
        return ""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _date(value: object) -> dt.date | None:
    """A passage's date as the reference of its yearless dates; one known to the month only
    ("2020-06") is read as the month's first day."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10] if len(value) >= 10 else value[:7] + "-01")
        except ValueError:
            return None
    return None


def read_labels(path: Path) -> list[dict]:
    """The labelled lines of a JSONL file; a line that is not JSON is an error naming it."""
    labels = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            labels.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not a JSON object ({exc.msg})") from None
    return labels


def evaluate_passages(
    path: Path, labels: list[dict] | None = None, *, model: bool = True
) -> Report:
    """Score a file of labelled passages (``text`` and the dev.jsonl labels)."""
    labels = read_labels(path) if labels is None else labels
    for number, label in enumerate(labels, 1):
        if "text" not in label:
            raise ValueError(f"{path}: line {number} has no 'text'")
    return score(
        path.name,
        (
            (
                str(label.get("id", n)),
                label,
                predict_passage(label["text"], _date(label.get("date")), model=model),
            )
            for n, label in enumerate(labels, 1)
        ),
    )


def evaluate_documents(
    path: Path, labels: list[dict] | None = None, *, ocr: bool = True, model: bool = True
) -> Report:
    """Score a file of labelled documents (``local_path`` relative to the file's folder)."""
    labels = read_labels(path) if labels is None else labels
    folder = path.parent

    def cases() -> Iterable[tuple[str, dict, Prediction]]:
        for label in labels:
            document = folder / label["local_path"]
            captured = _captured(document)
            if captured is not None:
                text, reference = captured
                result = extract_text(
                    text_document(document.name, text), reference=reference, model=model
                )
            else:
                result = extract_file(document, ocr=ocr, model=model)
            label = {**label, "ice_related": True, "counterparty": _partner(label)}
            # a document is scored by what it is (its main contract), not by every kind its
            # clauses mention (a 287(g) MOA speaks of detainers and transport)
            kind = main_kind(result) if result.mentions else None
            prediction = _prediction(result, None, kind)
            prediction.kinds = [kind] if kind else []
            yield label["local_path"], label, prediction

    return score(path.name, cases())


# A labelled set's text copy of a document opens with how it was captured ("SOURCE_URL:",
# "TITLE:", "DOCUMENT_DATE:", "CAPTURE:", …) and a "-----" line. The document is its title
# and what follows the line, of that date; the rest is the set's bookkeeping.
_CAPTURE = re.compile(r"\ASOURCE_URL:.*?^-{3,}[ \t]*\n", re.S | re.M)
_CAPTURE_TITLE = re.compile(r"^TITLE:[ \t]*(.*)$", re.M)
_CAPTURE_DATE = re.compile(r"^DOCUMENT_DATE:\s*(\d{4}-\d{2}-\d{2})", re.M)


def _captured(document: Path) -> tuple[str, dt.date | None] | None:
    """(the document's title and text, its date) of a captured text copy; None for any other
    file."""
    if document.suffix.lower() != ".txt":
        return None
    text = document.read_text(encoding="utf-8", errors="replace")
    header = _CAPTURE.match(text)
    if header is None:
        return None
    title = _CAPTURE_TITLE.search(header.group(0))
    date = _CAPTURE_DATE.search(header.group(0))
    body = text[header.end() :]
    return (
        f"{title.group(1)}\n{body}" if title else body,
        dt.date.fromisoformat(date.group(1)) if date else None,
    )


def _partner(label: dict) -> str | None:
    """The federal party of a labelled document, from its ``parties``."""
    for party in label.get("parties") or []:
        for name, words in (
            ("ICE", "immigration and customs"),
            ("USMS", "marshal"),
            ("INS", "immigration and naturalization"),
            ("BOP", "bureau of prisons"),
        ):
            if words in party.lower():
                return name
    return label.get("counterparty")


def evaluate(path: Path, *, ocr: bool = True, model: bool = True) -> Report:
    """Score a labelled file of either kind, told apart by its first line. ``model``: with the
    learned fallback (:mod:`extract.model`) as well as the rules."""
    labels = read_labels(path)
    if labels and "local_path" in labels[0]:
        return evaluate_documents(path, labels, ocr=ocr, model=model)
    return evaluate_passages(path, labels, model=model)
