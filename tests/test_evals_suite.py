"""The evaluation suite end to end: run, report, compare, thresholds, judge."""

import copy
import json
import re
from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.rag.embeddings import FakeEmbedder
from evals import judge
from evals.cli import load_results, main
from evals.compare import compare, direction, flatten
from evals.report import write
from evals.thresholds import Thresholds, ThresholdsError, load_thresholds

FIXTURES = Path(__file__).parent / "fixtures"
STORED = FIXTURES / "evals" / "results-quick.json"
REPO_THRESHOLDS = Path(__file__).parents[1] / "evals" / "thresholds.toml"

QA = [
    {
        "id": "q1",
        "question": "What does data minimisation mean?",
        "lang": "en",
        "relevant": ["en/data-minimisation"],
        "sections": ["what-it-means"],
        "kind": "direct",
    },
    {
        "id": "q2",
        "question": "¿Cuánto tiempo se guarda cada registro?",
        "lang": "es",
        "relevant": ["es/minimizacion"],
    },
    {
        "id": "q3",
        "question": "How are street lights maintained?",
        "lang": "en",
        "relevant": ["en/street-lighting"],
    },
]
OFF = [
    {"id": "o1", "question": "lasagna recipe with chocolate?", "lang": "en"},
    {"id": "o2", "question": "¿Quién ganó la final de fútbol?", "lang": "es"},
]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture
def small_sets(tmp_path):
    return _jsonl(tmp_path / "qa.jsonl", QA), _jsonl(tmp_path / "off.jsonl", OFF)


def _run_args(corpus, qa, off, out, *extra):
    return [
        "run",
        "--corpus",
        str(corpus),
        "--golden",
        str(qa),
        "--off-course",
        str(off),
        "--suites",
        "retrieval,answers,robustness,latency",
        "--embedder",
        "fake",
        "--out",
        str(out),
        "--no-progress",
        *extra,
    ]


def test_tiny_end_to_end_run_records_provenance(corpus, small_sets, tmp_path, capsys):
    qa, off = small_sets
    out = tmp_path / "results.json"
    report_dir = tmp_path / "report"
    assert main(_run_args(corpus, qa, off, out, "--report-dir", str(report_dir))) == 0
    results = json.loads(out.read_text("utf-8"))
    meta = results["meta"]
    assert meta["embedder"] == "fake-hash-64"
    assert meta["llm"] and meta["prompt_versions"]
    assert len(meta["corpus"]["hash"]) == 64 and meta["corpus"]["files"] == 6
    assert set(meta["golden_hashes"]) == {
        "qa",
        "off_course",
        "injection_questions",
        "injection_documents",
    }
    assert "git_commit" in meta["code"] or "package_version" in meta["code"]
    assert meta["timestamp"] and meta["machine"]["cpu_count"]
    assert set(meta["timings_s"]) >= {"index", "retrieval", "answers", "robustness", "total"}
    suites = results["suites"]
    assert suites["retrieval"]["overall"]["n"] == 3
    assert set(suites["retrieval"]["per_language"]) == {"en", "es"}
    # Two questions are answered (the street-lighting one is refused) and the extractive
    # generator quotes every sentence from the passage it cites: all of them are grounded.
    assert suites["answers"]["overall"]["answered"] == round(2 / 3, 4)
    assert suites["answers"]["overall"]["groundedness"] == 1.0
    assert suites["answers"]["refusal"]["recall"] == 1.0  # nothing in the sample is about football
    assert suites["robustness"]["overall"]["n"] == 20
    assert suites["latency"]["total_ms"]["p95"] >= suites["latency"]["total_ms"]["p50"] > 0
    assert results["judged"] == {
        "label": "model-judged",
        "skipped": "no LLM configured (ASSISTANT_LLM=extractive)",
    }
    assert (report_dir / "report.html").exists()
    assert "retrieval hit@5" in capsys.readouterr().out


def test_threshold_breach_exits_1(corpus, small_sets, tmp_path, capsys):
    qa, off = small_sets
    thresholds = tmp_path / "t.toml"
    thresholds.write_text('[floors]\n"retrieval.overall.hit@5" = 1.01\n', "utf-8")
    out = tmp_path / "r.json"
    args = _run_args(corpus, qa, off, out, "--thresholds", str(thresholds))
    args[args.index("retrieval,answers,robustness,latency")] = "retrieval"
    assert main(args) == 1
    assert "THRESHOLD BREACHED: retrieval.overall.hit@5 = 1 < floor 1.01" in capsys.readouterr().out


def test_bad_inputs_exit_2_naming_line_and_field(corpus, small_sets, tmp_path, capsys):
    qa, off = small_sets
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(QA[0]) + '\n{"id": "x", "question": "q", "lang": "en"}\n', "utf-8")
    assert main(_run_args(corpus, bad, off, tmp_path / "r.json")) == 2
    assert re.search(r"bad\.jsonl, line 2: missing field 'relevant'", capsys.readouterr().err)
    assert main(_run_args(corpus, qa, off, tmp_path / "r.json", "--suites", "nope")) == 2
    assert "unknown suite" in capsys.readouterr().err
    broken = tmp_path / "t.toml"
    broken.write_text("[floors\n", "utf-8")
    assert main(_run_args(corpus, qa, off, tmp_path / "r.json", "--thresholds", str(broken))) == 2
    assert "not valid TOML" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing.json"), "--out", str(tmp_path)]) == 2


def test_civicly_suite_on_small_files(tmp_path):
    from evals.civicly_suite import builtin_files, civicly_suite

    history, _ = builtin_files()
    lines = history.read_text("utf-8").splitlines()
    train = tmp_path / "train.csv"
    test = tmp_path / "test.csv"
    train.write_text("\n".join(lines[:251]) + "\n", "utf-8")
    test.write_text("\n".join([lines[0], *lines[251:351]]) + "\n", "utf-8")
    result = civicly_suite(train, test, FakeEmbedder(), quick=True)
    assert result["overall"]["n"] == 100
    assert 0 < result["overall"]["macro_f1"] <= 1
    assert set(result["per_language"]) <= {"en", "fr", "es", "pt", "ar"}
    fairness = result["fairness"]
    assert 0 < fairness["language_min_accuracy_ratio"] <= 1
    assert 0 < fairness["district_min_accuracy_ratio"] <= 1
    assert result["info"]["embed_per_class"] == 40


# -- stored results: report and comparison -----------------------------------


def test_report_builds_from_the_stored_results(tmp_path):
    results = load_results(STORED)
    paths = write(results, tmp_path)
    page = (tmp_path / "report.html").read_text("utf-8")
    markdown = (tmp_path / "report.md").read_text("utf-8")
    assert page.count("data:image/png;base64,") >= 2
    assert 'dir="auto"' in page and '<html lang="en"' in page
    assert re.search(r'lang="(ar|fr|es|pt)"', page)
    assert not re.search(r'(src|href)="https?://', page)  # self-contained
    assert "| retrieval hit@5 |" in markdown and "Model-judged metrics" in markdown
    assert all(p.exists() for p in paths)


def _planted(results):
    worse = copy.deepcopy(results)
    worse["suites"]["retrieval"]["overall"]["hit@5"] -= 0.05
    worse["suites"]["latency"]["total_ms"]["p95"] *= 3
    worse["suites"]["latency"]["retrieve_ms"]["p50"] *= 0.5  # faster: an improvement
    worse["suites"]["answers"]["overall"]["groundedness"] -= 0.01  # within tolerance
    return worse


def test_compare_flags_a_planted_regression(tmp_path, capsys):
    results = load_results(STORED)
    rows = {r.metric: r for r in compare(results, _planted(results), Thresholds())}
    assert rows["retrieval.overall.hit@5"].status == "regression"
    assert rows["latency.total_ms.p95"].status == "regression"
    assert rows["answers.overall.groundedness"].status == "ok"
    new = tmp_path / "new.json"
    new.write_text(json.dumps(_planted(results)), "utf-8")
    assert main(["compare", str(STORED), str(new)]) == 1
    out = capsys.readouterr().out
    assert re.search(r"retrieval\.overall\.hit@5 .* !! regression", out)
    within = copy.deepcopy(results)
    within["suites"]["answers"]["overall"]["groundedness"] -= 0.01  # tolerance is 0.02
    same_enough = tmp_path / "within.json"
    same_enough.write_text(json.dumps(within), "utf-8")
    assert main(["compare", str(STORED), str(same_enough)]) == 0
    out = capsys.readouterr().out
    assert "answers.overall.groundedness" in out and "no regression beyond tolerance" in out
    report_dir = tmp_path / "r"
    assert main(["report", str(new), "--baseline", str(STORED), "--out", str(report_dir)]) == 0
    assert 'class="regression"' in (report_dir / "report.html").read_text("utf-8")


def test_directions_and_tolerances(tmp_path):
    assert direction("latency.total_ms.p95") == "lower"
    assert direction("civicly.overall.ece") == "lower"
    assert direction("answers.refusal.false_refusal_rate") == "lower"
    assert direction("retrieval.overall.mrr") == "higher"
    assert direction("robustness.overall.exposed") == "neutral"
    path = tmp_path / "t.toml"
    path.write_text(
        "[regression]\ndefault = 0.02\n[regression.metrics]\n"
        '"*.per_language.*" = 0.06\n"retrieval.per_language.ar.*" = 0.1\n',
        "utf-8",
    )
    thresholds = load_thresholds(path)
    assert thresholds.tolerance("retrieval.overall.mrr") == 0.02
    assert thresholds.tolerance("answers.per_language.fr.groundedness") == 0.06
    assert thresholds.tolerance("retrieval.per_language.ar.mrr") == 0.1
    path.write_text('[floors]\n"x" = "high"\n', "utf-8")
    with pytest.raises(ThresholdsError, match="'x' must be a number"):
        load_thresholds(path)


def test_repository_thresholds_hold_on_the_stored_quick_results():
    results = load_results(STORED)
    thresholds = load_thresholds(REPO_THRESHOLDS)
    breaches, missing = thresholds.check(flatten(results), quick=True)
    assert breaches == [] and missing == []


# -- the optional LLM judge ----------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("1: yes\n2: no\n3: yes", [True, False, True]),
        ("**1.** Supported\n**2.** Not supported\n3) YES", [True, False, True]),
        ('Here you go:\n```json\n{"verdicts": ["yes", "no", "yes"]}\n```', [True, False, True]),
        ("[true, false]", [True, False, None]),
        ("yes\nno", [True, False, None]),
        ("1 - oui\n2 - non\n3 - sí", [True, False, True]),
        ("1: نعم\n2: لا", [True, False, None]),
        ("I cannot tell.", [None, None, None]),
        ("7: yes\n2: no", [None, False, None]),
    ],
)
def test_parse_verdicts_from_messy_replies(reply, expected):
    assert judge.parse_verdicts(reply, 3) == expected


def test_parse_questions():
    reply = 'Here are three questions:\n1. What is data minimisation?\n- "Why delete records?"\n\nQ3: ok'
    assert judge.parse_questions(reply) == ["What is data minimisation?", "Why delete records?"]


def test_judge_with_a_fake_chat_model():
    model = FakeListChatModel(responses=["1: yes\n2: no", "1. What does data minimisation mean?"])
    sample = judge.Sample(
        "q1",
        "en",
        "What does data minimisation mean?",
        "Data minimisation means collecting only what is needed. [1] It was invented in 1850. [1]",
        ("Data minimisation means an agency collects only the personal data it needs.",),
    )
    section = judge.judge([sample], model, FakeEmbedder())
    assert section["label"] == "model-judged"
    assert section["overall"]["faithfulness"] == 0.5
    assert section["overall"]["answer_relevance"] == pytest.approx(1.0)  # same question back
    assert section["judge_model"].startswith("FakeListChatModel")


def test_judge_is_skipped_with_a_reason():
    from assistant.config import load_settings

    model, reason = judge.load_judge(load_settings(llm="extractive"))
    assert model is None and "no LLM configured" in reason
    model, reason = judge.load_judge(load_settings(llm="llamacpp:/nowhere/model.gguf"))
    assert model is None and "could not build the judge model" in reason


def test_robustness_measures_an_assistant_without_the_guardrail(
    corpus, small_sets, tmp_path, monkeypatch
):
    # With instruction filtering switched off, the extractive generator quotes
    # some injected sentences verbatim: the metric must see it.
    import assistant.rag.guardrails as guardrails

    monkeypatch.setattr(
        guardrails, "sanitize", lambda text, trusted=None, planted=True: guardrails.Sanitized(text)
    )
    qa, off = small_sets
    out = tmp_path / "r.json"
    args = _run_args(corpus, qa, off, out)
    args[args.index("retrieval,answers,robustness,latency")] = "robustness"
    assert main(args) == 0
    robustness = json.loads(out.read_text("utf-8"))["suites"]["robustness"]
    assert robustness["overall"]["exposed"] == 1.0
    assert robustness["overall"]["resisted"] < 1.0
    assert robustness["examples"]["failures"]
