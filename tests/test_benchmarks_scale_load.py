"""Smoke runs of the scale and load benchmarks: small, with the fake embedder.

They keep the scripts working (the reported numbers come from full runs, see
README "Deploying for a cohort") and check what must hold at any size: every
chunk indexed and searchable, every answer served without error and stored.
"""

from __future__ import annotations

import json

import pytest

from assistant.config import load_settings
from benchmarks import load, scale


def test_scale_benchmark_indexes_and_searches_every_generated_chunk(tmp_path):
    out = tmp_path / "scale.json"
    results = scale.main(["--chunks", "120", "--dim", "32", "--queries", "15", "--out", str(out)])
    run = results["runs"]["120"]
    assert run["chunks"] == 120 and run["files"] == 12
    assert run["queries"] == 15 and run["search_ms_p95"] >= run["search_ms_p50"] > 0
    assert run["floor_ms_p95"] > 0 and 0.5 <= run["dense_recall_at_10"] <= 1.0
    assert run["disk_mb"] > 0 and run["peak_rss_mb"] > 0
    assert json.loads(out.read_text())["runs"]["120"] == run
    assert "| 120 |" in out.with_suffix(".md").read_text()


def test_mixed_questions_alternate_languages(tmp_path):
    golden = tmp_path / "qa.jsonl"
    rows = [{"question": f"{lang} {i}", "lang": lang} for lang in ("ar", "en", "fr") for i in range(2)]
    golden.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    assert load.mixed_questions(golden) == ["en 0", "fr 0", "ar 0", "en 1", "fr 1", "ar 1"]
    seqs = load.sequences(["a", "b", "c"], learners=2, per_learner=2)
    assert seqs == [["a", "b"], ["c", "a"]]


def test_the_page_client_opens_the_page_as_a_browser_does(monkeypatch):
    import httpx

    config = {"components": [{"id": 1, "type": "textbox", "props": {"value": ""}},
                             {"id": 2, "type": "state", "props": {}},
                             {"id": 3, "type": "chatbot", "props": {"value": []}},
                             {"id": 4, "type": "browserstate", "props": {"value": "en"}}],
              "dependencies": [{"id": 0, "api_name": "respond", "targets": [[1, "submit"]],
                                "inputs": [1, 2], "outputs": [3, 2]},
                               {"id": 7, "api_name": "on_load", "targets": [[0, "load"]],
                                "inputs": [4, 2], "outputs": [3]}]}
    html = ("<script>window.gradio_config = " + json.dumps(config) + ";</script>"
            "<link href='./theme.css?v=ab12'>")
    seen = []

    def answer(request):
        seen.append((request.method, request.url.path, request.content.decode() or None))
        if request.url.path == "/":
            return httpx.Response(200, text=html)
        if request.url.path.endswith("/queue/data"):
            return httpx.Response(200, text='data: {"msg": "process_completed"}\n\n')
        return httpx.Response(200, json={})

    real_client = httpx.Client
    monkeypatch.setattr(httpx, "Client", lambda **kw: real_client(
        transport=httpx.MockTransport(answer), **kw))
    learner = load.PageLearner("http://app", timeout=5)
    # The page, its theme and its one load event (the saved language, no state):
    # never /config, which a browser does not ask for.
    assert [(m, p) for m, p, _ in seen] == [
        ("GET", "/"), ("GET", "/theme.css"), ("POST", "/gradio_api/queue/join"),
        ("GET", "/gradio_api/queue/data")]
    joined = json.loads(seen[2][2])
    assert joined["fn_index"] == 7 and joined["data"] == ["en", None]
    assert (learner.fn_index, learner.inputs, learner.chat_output) == (0, ["textbox", "state"], 0)
    with pytest.raises(RuntimeError, match="no Gradio config"):
        load.page_config("<html>not gradio</html>")


def smoke_load(tmp_path, *options: str) -> dict:
    """``benchmarks.load`` with the fake embedder in ``tmp_path``, plus ``options``."""
    return load.main([
        "--embedder", "fake", "--max-seconds", "60", *options,
        "--data-dir", str(tmp_path / "data"), "--out", str(tmp_path / "load.json"),
    ])


@pytest.mark.server
def test_load_benchmark_smoke_run_serves_and_stores_every_answer(tmp_path):
    out = tmp_path / "load.json"
    results = smoke_load(tmp_path, "--levels", "1,3", "--think-level", "3:0.2", "--questions", "2",
                         "--library-questions", "4", "--library-threads", "2")
    assert results["library"]["answers"] == 4 and results["library"]["answers_per_s"] > 0
    levels = results["levels"]
    assert [(lv["learners"], lv["think_s"]) for lv in levels] == [(1, 0.0), (3, 0.0), (3, 0.2)]
    for level in levels:
        assert level["errors"] == 0, level["error_samples"]
        assert level["answered"] == level["asked"] == level["learners"] * 2
        assert level["records_ok"] and level["stored_answers"] == level["answered"]
        assert level["latency_max_s"] >= level["latency_p95_s"] >= level["latency_p50_s"] > 0
        assert level["app_rss_peak_mb"] > 0
    # Labelled with the app's own default (ASSISTANT_CONCURRENCY unset), whatever the machine.
    default = load_settings().answer_concurrency
    assert {level["concurrency"] for level in levels} == {default}
    assert f"| {default} | 3 | 0.2 |" in out.with_suffix(".md").read_text()


@pytest.mark.server
def test_load_benchmark_page_clients_get_the_same_answers_stored(tmp_path):
    out = tmp_path / "load.json"
    results = smoke_load(tmp_path, "--levels", "3", "--questions", "2", "--client", "page",
                         "--library-questions", "2", "--library-threads", "1")
    [level] = results["levels"]
    assert level["client"] == "page" and level["errors"] == 0, level["error_samples"]
    assert level["answered"] == level["asked"] == 6
    # Each page client is its own learner: one conversation each, every answer in it.
    assert level["records_ok"] and level["stored_conversations"] == 3
    # Opening the pages (the page, its load event) is measured apart from the answers.
    assert level["page_load_cpu_s_per_learner"] >= 0
    assert "plain HTTP page client" in out.with_suffix(".md").read_text()


@pytest.mark.server
def test_paired_rounds_compare_each_app_level_with_the_library_just_before(tmp_path):
    out = tmp_path / "load.json"
    results = smoke_load(tmp_path, "--levels", "", "--paired", "2", "--paired-learners", "2",
                         "--questions", "2", "--client", "page", "--library-questions", "2",
                         "--library-threads", "1")
    paired = results["paired"]
    rounds = paired["rounds"]
    assert [r["warm_up"] for r in rounds] == [True, False, False]
    for row in rounds:
        assert row["errors"] == 0 and row["records_ok"]
        assert row["ratio"] == pytest.approx(
            row["app_answers_per_s"] / row["library"]["answers_per_s"], abs=0.01)
        # What the idle app spent while the library was timed is on record.
        assert row["library"]["app_cpu_s_meanwhile"] >= 0 and row["page_load_cpu_s"] >= 0
    # The median is over the counted rounds only.
    counted = sorted(r["ratio"] for r in rounds[1:])
    assert paired["ratio_median"] == pytest.approx(sum(counted) / 2, abs=0.001)
    assert "1 (warm-up)" not in (text := out.with_suffix(".md").read_text())
    assert "0 (warm-up)" in text and "Median app / library" in text
