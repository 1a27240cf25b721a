"""The monitor flow under ``prefect_test_harness`` over a replay of four portals, one of which
answers 500: the stage flows and their tasks, the retry of the failing source, a Failed flow
run that still loaded the others, and the run's summary in the ``runs`` table."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import duckdb
import pytest

from tests.test_agenda_crawl import SOURCES, TODAY, first_replay


@pytest.mark.slow
def test_monitor_flow_reports_a_failing_source_and_keeps_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.testing.utilities import prefect_test_harness

    from flows.config import load_config
    from flows.stages import monitor

    bench = Path(__file__).resolve().parents[1] / "bench" / "direct.py"
    run_direct = runpy.run_path(str(bench))["run_direct"]

    home = tmp_path / "var"
    monkeypatch.setenv("ICEWATCH_HOME", str(home))
    monkeypatch.setenv("ICEWATCH_TODAY", TODAY.isoformat())
    monkeypatch.setenv("ICEWATCH_RETRIES", "2")
    replay = first_replay(tmp_path / "replay")
    config = load_config()
    with prefect_test_harness(server_startup_timeout=120):
        state = monitor(config, SOURCES, replay, "replay", return_state=True)
        with get_client(sync_client=True) as client:
            flow_runs = client.read_flow_runs()
            flows = {f.id: f.name for f in client.read_flows()}
            tasks = [t.name for t in client.read_task_runs()]
    summary = state.result(raise_on_failure=False)

    # The flow run ends Failed, honestly, with the whole summary as its result.
    assert state.is_failed()
    assert "sacramento-council" in state.message and "HTTP 500" in state.message
    assert summary.sources_failed == ["sacramento-council"]
    assert sorted(summary.sources_ok) == sorted(SOURCES[:3])
    assert summary.sources_retried == ["sacramento-council"]
    assert summary.meetings == 5 and summary.alerts_new > 0 and summary.feeds > 0

    # Each stage is a flow of its own, in order, under the monitor.
    by_name = {flows[r.flow_id]: r for r in flow_runs}
    assert set(by_name) == {
        "icewatch-monitor",
        "icewatch-crawl-agendas",
        "icewatch-extract",
        "icewatch-load",
        "icewatch-publish",
    }
    top = by_name["icewatch-monitor"]
    stages = sorted(
        (r for r in flow_runs if r.parent_task_run_id), key=lambda r: r.expected_start_time
    )
    assert [flows[r.flow_id] for r in stages] == [
        "icewatch-crawl-agendas",
        "icewatch-extract",
        "icewatch-load",
        "icewatch-publish",
    ]
    assert all(r.state.is_completed() for r in stages) and top.state.is_failed()
    # The failing source was crawled twice more, alone, each after a longer wait.
    crawls = sorted(t for t in tasks if t.startswith("crawl "))
    assert len([t for t in crawls if "retry" not in t]) == 2
    assert [t for t in crawls if "retry" in t] == [
        "crawl agendas-1-retry1 (1 sources)",
        "crawl agendas-1-retry2 (1 sources)",
    ]
    assert {"parse ICE files", "read agenda documents", "load", "publish", "record the run"} <= {
        t.rsplit("-", 1)[0] for t in tasks
    }

    # The runs table holds the summary, the loaded run is kept and feeds are published.
    with duckdb.connect(str(home / "icewatch.duckdb"), read_only=True) as con:
        status, ok, failed, alerts, stored = con.execute(
            "SELECT status, sources_ok, sources_failed, alerts_new, summary FROM runs"
        ).fetchone()
        meetings = con.execute("SELECT count(*) FROM meetings").fetchone()[0]
    stored = json.loads(stored)
    assert (status, ok, failed, alerts) == ("partial", 3, 1, summary.alerts_new)
    assert stored["run"]["sources_retried"] == ["sacramento-council"]
    assert stored["run"]["feeds"] == summary.feeds
    assert stored["run"]["seconds"] > 0
    assert meetings == 5
    assert (home / "public" / "feeds" / "kind" / "agenda.item.xml").exists()

    # Without Prefect, the same stages give the same outcome in a fresh home folder.
    monkeypatch.setenv("ICEWATCH_HOME", str(tmp_path / "direct"))
    direct = run_direct(load_config(), SOURCES, replay, "replay")
    for name in ("sources_ok", "sources_failed", "sources_retried", "meetings", "agenda_items"):
        assert getattr(direct, name) == getattr(summary, name), name
    assert (direct.alerts_new, direct.feeds) == (summary.alerts_new, summary.feeds)
