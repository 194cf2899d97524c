import json

import pytest

from assistant.cli import main
from evals.metrics import hit_at, ndcg_at, pessimistic, reciprocal_rank
from evals.retrieval import GoldenFileError, evaluate, load_golden
from evals.retrieval import main as retrieval_main


@pytest.fixture
def fake_env(monkeypatch, corpus):
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "fake")
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(corpus))
    return corpus


def test_cli_ingest_search_ask_json(fake_env, capsys):
    assert main(["ingest", str(fake_env), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["added"]) == 6

    assert main(["search", "data minimisation retention", "--k", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert len(result["hits"]) == 2 and result["language"] == "en"
    assert result["hits"][0]["document"].startswith("course:en/")

    assert main(["ask", "¿Qué es la minimización de datos?", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert set(answer) >= {"text", "language", "covered", "citations", "model", "prompt_version"}
    assert answer["language"] == "es" and answer["covered"]
    assert set(answer["citations"][0]) >= {"document", "section", "snippet"}


def test_cli_ask_builds_the_index_on_first_use(fake_env, capsys):
    assert main(["ask", "What is data minimisation?"]) == 0
    out = capsys.readouterr().out
    assert "Here is what the course says" in out and "[1]" in out


def test_cli_errors_are_one_line_with_exit_code_2(fake_env, tmp_path, capsys):
    assert main(["ingest", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: Nothing to ingest")


def test_cli_bad_setting(monkeypatch, capsys):
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "nope")
    assert main(["search", "hello"]) == 2
    assert "Unknown embedder" in capsys.readouterr().err


# -- metrics on hand-computed cases ---------------------------------------


def test_metrics_hand_computed():
    ranked = ["a", "b", "c", "b", "d"]
    relevant = {"b", "d"}
    assert hit_at(ranked, relevant, 1) == 0.0
    assert hit_at(ranked, relevant, 2) == 1.0
    assert reciprocal_rank(ranked, relevant, 10) == 0.5
    assert reciprocal_rank(ranked, relevant, 1) == 0.0
    # relevant docs first seen at ranks 2 and 5: (1/log2(3) + 1/log2(6)) / (1 + 1/log2(3))
    expected = (1 / 1.5849625 + 1 / 2.5849625) / (1 + 1 / 1.5849625)
    assert ndcg_at(ranked, relevant, 10) == pytest.approx(expected, rel=1e-6)
    assert ndcg_at(["x"], {"a"}, 10) == 0.0


def test_ties_count_against():
    items = [("x", 0.9), ("rel", 0.9), ("y", 0.9), ("z", 0.5)]
    ranked = pessimistic(items, {"rel"})
    assert ranked == ["x", "y", "rel", "z"]
    assert reciprocal_rank(ranked, {"rel"}, 10) == pytest.approx(1 / 3)
    assert hit_at(ranked, {"rel"}, 2) == 0.0
    # no tie: the order is kept
    assert pessimistic([("rel", 0.95), ("x", 0.9)], {"rel"}) == ["rel", "x"]


# -- the retrieval evaluator ------------------------------------------------

GOLDEN = [
    {
        "id": "q1",
        "question": "What does data minimisation mean?",
        "lang": "en",
        "relevant": ["en/data-minimisation"],
        "sections": ["what-it-means"],
    },
    {
        "id": "q2",
        "question": "¿Cuánto tiempo se guarda cada registro?",
        "lang": "es",
        "relevant": ["es/minimizacion"],
    },
    {"id": "q3", "question": "chocolate", "lang": "en", "relevant": ["en/not-in-corpus"]},
]


def write_golden(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    return path


def test_evaluator_contract(fake_env, tmp_path, capsys, monkeypatch):
    golden = write_golden(tmp_path / "golden.jsonl", GOLDEN)
    out = tmp_path / "out" / "results.json"
    app_data = tmp_path / "data"
    assert (
        retrieval_main(
            ["--corpus", str(fake_env), "--golden", str(golden), "--k", "5", "--json", str(out)]
        )
        == 0
    )
    results = json.loads(out.read_text("utf-8"))
    assert results["overall"]["n"] == 3
    assert set(results["per_language"]) == {"en", "es"}
    es = results["per_language"]["es"]
    assert set(es) >= {"n", "hit@1", "hit@5", "mrr", "ndcg@10"}
    assert results["overall"]["hit@5"] == pytest.approx(2 / 3, abs=1e-3)
    assert results["overall"]["section_hit@5"] == 1.0
    assert "hit@5" in capsys.readouterr().out
    assert not app_data.exists()  # the app's index is untouched


def test_evaluate_leaves_no_state(fake_env, tmp_path):
    import tempfile
    from pathlib import Path

    before = set(Path(tempfile.gettempdir()).glob("eval-retrieval-*"))
    golden = load_golden(write_golden(tmp_path / "g.jsonl", GOLDEN[:1]))
    evaluate(fake_env, golden, k=3, embedder_spec="fake")
    assert set(Path(tempfile.gettempdir()).glob("eval-retrieval-*")) == before


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        ('{"id": "q9", "lang": "en", "relevant": ["a"]}', "missing field 'question'"),
        ('{"id": "q9", "question": "x", "lang": "de", "relevant": ["a"]}', "field 'lang'"),
        ('{"id": "q9", "question": "x", "lang": "en", "relevant": []}', "field 'relevant'"),
        ('{"id": "q1", "question": "x", "lang": "en", "relevant": ["a"]}', "duplicate id"),
    ],
)
def test_malformed_golden_lines_name_line_and_field(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(GOLDEN[0]) + "\n" + line + "\n", "utf-8")
    with pytest.raises(GoldenFileError, match=message):
        load_golden(path)


def test_evaluator_cli_reports_bad_input(tmp_path, capsys):
    assert (
        retrieval_main(["--corpus", str(tmp_path), "--golden", str(tmp_path / "none.jsonl")]) == 2
    )
    assert "no such golden file" in capsys.readouterr().err
