"""Property-based tests of every parser entry point: whatever the input, a result or the
project's own error naming the file, never another exception, in bounded time. A bounded
number of examples here; ``bench/fuzz.py`` runs a thousand and more under a run's limits."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spiders.parse import parse_saved
from tests.fuzzing import PLATFORM_URLS, Case, cases, outcome_of, parse_case, seeds

FORMATS = sorted(seeds())
SETTINGS = settings(
    max_examples=6,
    # ms: a hang fails the test. The slowest case is linear, not a hang: 20,000 lines each
    # naming an ICE agreement (1.5 MB of text) take 31 s here, 2,000 lines 3.2 s; a run allows
    # a document 300 s (flows.isolation.Limits)
    deadline=60_000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


@pytest.mark.parametrize("fmt", FORMATS)
@SETTINGS
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_malformed_inputs_are_parsed_or_refused_cleanly(fmt: str, seed: int) -> None:
    rng = random.Random(seed)
    case = next(c for c in cases(rng, 200) if c.format == fmt)
    outcome = outcome_of(lambda: parse_case(case))
    assert outcome in {"parsed", "refused"}, outcome


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=20), inner),
    max_leaves=40,
)


@pytest.mark.parametrize(
    "platform", ["legistar", "primegov", "civicclerk", "escribe", "civicweb", "chicago_elms"]
)
@SETTINGS
@given(data=JSON)
def test_platform_answers_of_any_shape(platform: str, data: object) -> None:
    """A JSON answer of any shape is read or reported as the source's failure, naming what."""
    outcome = outcome_of(
        lambda: parse_case(Case(f"json-{platform}", "answer.json", json.dumps(data).encode()))
    )
    assert outcome in {"parsed", "refused"}, outcome


def test_deep_and_long_json_is_refused_by_the_limits() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    (failure,) = parse_saved("primegov", deep, PLATFORM_URLS["primegov"]).failures
    assert "the PrimeGov meeting list is not JSON" in failure
    nested = json.dumps(json.loads("[" * 80 + "]" * 80)).encode()
    (failure,) = parse_saved("civicclerk", nested, PLATFORM_URLS["civicclerk"]).failures
    assert "JSON nested deeper than 64 levels" in failure
    long = json.dumps([[1] * 1000] * 300).encode()
    (failure,) = parse_saved("primegov", long, PLATFORM_URLS["primegov"]).failures
    assert "JSON holding more than 200,000 values" in failure
    # Legistar falls back to its web calendar when the API answers nonsense.
    fallback = parse_saved("legistar", deep, PLATFORM_URLS["legistar"])
    assert [r["callback"] for r in fallback.requests] == ["parse_calendar"]


def test_bombs_are_refused_unread() -> None:
    """A sheet claiming a million rows, a gzip that expands past its limit, a zip whose
    members expand a thousand times: refused by the limits, named."""
    import gzip
    import io
    import zipfile

    from extract.detention import parse_uwchr_list
    from extract.errors import InputError
    from extract.ice287g import parse_287g
    from tests.fuzzing import _odd_workbook

    class FarCell(random.Random):
        def randrange(self, *args: int) -> int:
            return 1  # the "million rows" shape

    with pytest.raises(InputError, match="more than 200,000 rows"):
        parse_287g(_odd_workbook(FarCell(), "xlsx-287g"), name="far.xlsx")
    bomb = gzip.compress(b"0" * (1100 * 2**20))
    with pytest.raises(InputError, match=r"gzip content .* more than the 1,024 MB limit"):
        parse_uwchr_list(bomb, name="bomb.csv.gz")
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" * (300 * 2**20))
    with pytest.raises(InputError, match="expand to 300 MB"):
        parse_287g(packed.getvalue(), name="zipbomb.xlsx")
