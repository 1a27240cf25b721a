"""``icewatch extract``: mentions and contract facts in documents, and the extractor's score."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import click
import typer
from typer.core import TyperGroup

from flows.commands.common import (
    UsageError,
    echo_jsonl,
    isolated,
)


class _DocumentGroup(TyperGroup):
    """``icewatch extract FILE`` stays a short way to say ``icewatch extract file FILE``."""

    def resolve_command(self, ctx: click.Context, args: list[str]):  # type: ignore[override]
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["file", *args]
        return super().resolve_command(ctx, args)


app = typer.Typer(
    cls=_DocumentGroup,
    help="Collaboration mentions and contract facts in documents, and the extractor's score.",
    no_args_is_help=True,
)


@app.command("file")
def extract_cmd(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A PDF, HTML or text document.")
    ],
    reference: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Date of the meeting or document (YYYY-MM-DD), for auto-renewal dates "
            "(default: today).",
        ),
    ] = None,
    ocr: Annotated[
        bool, typer.Option("--ocr/--no-ocr", help="Read pages without a text layer by OCR.")
    ] = True,
) -> None:
    """Print a document's collaboration mentions and contract facts as JSON lines.

    Each line has a "type": "mention" (kind, confidence, page, quote) or "contract" (kind,
    action, counterparty, number, term, expiry with its basis, amount, per diem, beds, the
    quote and page it came from). A summary goes to stderr. Exit 1 when the file cannot be
    read (damaged, encrypted, too large): the message says why.
    """
    import datetime as dt

    from extract.document import extract_file

    try:
        day = dt.date.fromisoformat(reference) if reference else None
    except ValueError:
        raise typer.BadParameter(f"{reference!r} is not YYYY-MM-DD", param_hint="--date") from None
    result = isolated(file, extract_file, file, reference=day, ocr=ocr)
    echo_jsonl({"type": "mention", **m.as_json()} for m in result.mentions)
    echo_jsonl({"type": "contract", **c.as_json()} for c in result.contracts)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(
        f"{result.name}: {result.page_count} page(s), {result.pages_screened} screened, "
        f"{result.pages_ocr} by OCR, {len(result.mentions)} mention(s), "
        f"{len(result.contracts)} contract(s) in {result.seconds:.2f}s",
        err=True,
    )


# the project's checkout: the real passages and the shipped model's place
_ROOT = Path(__file__).resolve().parents[2]


@app.command("train")
def extract_train(
    labels: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            help="Labelled passages in the dev.jsonl schema ('text', 'ice_related', 'kinds').",
        ),
    ] = _ROOT / "tests" / "fixtures" / "extraction_real.jsonl",
    out: Annotated[
        Path, typer.Option("--out", help="Where to write the model (JSON).", dir_okay=False)
    ] = _ROOT / "extract" / "model.json",
) -> None:
    """Train the learned fallback on labelled real passages.

    A logistic regression over words and word pairs, per kind and for "about ICE or federal
    detention" at all; deterministic (the same set gives the same file). The shipped model was
    trained on tests/fixtures/extraction_real.jsonl."""
    from extract.evaluate import read_labels
    from extract.model import train

    try:
        passages = read_labels(labels)
        model = train(passages)
    except (ValueError, KeyError) as exc:
        raise UsageError(f"{exc}; see `icewatch extract train --help` for the schema") from None
    out.write_text(model.to_json())
    typer.echo(f"{out}: trained on {len(passages)} passage(s) of {labels}")


@app.command("eval")
def extract_eval(
    labels: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            help="Labelled JSON lines: passages with 'text' (the dev.jsonl schema) or documents "
            "with 'local_path' relative to the file (the contracts LABELS.jsonl schema).",
        ),
    ],
    misses: Annotated[bool, typer.Option("--misses/--no-misses", help="List the misses.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    ocr: Annotated[
        bool, typer.Option("--ocr/--no-ocr", help="Read document pages without text by OCR.")
    ] = True,
    model: Annotated[
        bool,
        typer.Option(
            "--model/--no-model",
            help="Let the learned fallback judge the paragraphs no rule recognizes "
            "(--no-model: the rules alone). It was trained on "
            "tests/fixtures/extraction_real.jsonl, so score that set with --no-model.",
        ),
    ] = True,
) -> None:
    """Score the extractor on a labelled set of real text.

    Prints precision, recall and F1 per kind and overall, the share of near misses that
    fire, and the accuracy of action, counterparty, expiry date, basis, per diem, beds,
    amount, start date and contract number, each over the cases whose label states it, with
    the misses listed."""
    from extract.evaluate import evaluate

    try:
        report = evaluate(labels, ocr=ocr, model=model)
    except (ValueError, KeyError) as exc:
        raise UsageError(f"{exc}; see `icewatch extract eval --help` for the schema") from None
    if as_json:
        typer.echo(json.dumps(report.as_json(), indent=2))
    else:
        typer.echo(report.text(misses=misses))
