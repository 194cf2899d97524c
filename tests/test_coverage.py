"""The calibrated coverage decision (#14): features, the artefact, the fallback, the fit."""

from __future__ import annotations

import json
import logging
import math

import numpy as np
import pytest

from assistant.config import load_settings
from assistant.errors import ConfigError
from assistant.rag import coverage, retrieve
from assistant.rag.coverage import (
    FEATURES,
    MODEL_FEATURES,
    CoverageModel,
    Domain,
    feature_vector,
    load_coverage_model,
)
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.ingest import ingest
from assistant.rag.retrieve import Retriever


def test_features_by_hand():
    f = dict(zip(FEATURES, feature_vector([0.9, 0.8, 0.7], [0.8], 0.5, 3, "fr"), strict=True))
    assert f["top"] == 0.9 and f["second"] == 0.8
    assert f["mean5"] == pytest.approx(0.8)
    assert f["spread"] == pytest.approx(np.std([0.9, 0.8, 0.7]))
    assert f["top_same"] == 0.8 and f["lexical"] == 0.5
    assert f["words"] == pytest.approx(math.log1p(3))
    assert f["lang_fr"] == 1.0 and f["lang_en"] == 0.0
    assert f["top_x_fr"] == 0.9 and f["top_x_ar"] == 0.0
    empty = dict(zip(FEATURES, feature_vector([], [], 0.0, 0, "en"), strict=True))
    assert empty["top"] == 0.0 and empty["top_same"] == 0.0


VECTOR = np.array([1.0, 0.0])


def _model(thresholds=None, domain_weight=0.0, dim=2, domain=None, embedder="fake"):
    n = len(MODEL_FEATURES)
    coef = np.zeros(n)
    coef[0] = 10.0  # the best cosine ...
    coef[-1] = 1.0  # ... and the domain score
    domain = domain or Domain(np.array([domain_weight] + [0.0] * (dim - 1)), np.array(0.0))
    return CoverageModel(
        embedder, domain, np.zeros(n), np.ones(n),
        ((coef, -8.0, -1.0, 0.0),), thresholds or {"en": 0.5, "fr": 0.9}, {},
    )


def test_a_softmax_domain_scores_the_course_class_log_odds():
    weights = np.array([[2.0, 0.0], [0.0, 1.0], [0.0, -1.0]])  # course, off-course, harmful
    domain = Domain(weights, np.array([0.0, 0.5, 0.0]))
    v = np.array([0.3, 0.4])
    logits = weights @ v + np.array([0.0, 0.5, 0.0])
    p = np.exp(logits) / np.exp(logits).sum()
    assert domain.score(v) == pytest.approx(math.log(p[0] / (1 - p[0])))
    # a question nearer the course direction scores higher
    assert domain.score(np.array([1.0, 0.0])) > domain.score(np.array([0.0, 1.0]))
    # the artefact keeps the rows; one row is a linear score
    again = Domain.from_json(json.loads(json.dumps(domain.to_json())))
    assert again.score(v) == pytest.approx(domain.score(v))
    linear = Domain.from_json(Domain(np.array([0.5, 0.0]), np.array(0.25)).to_json())
    assert linear.score(v) == pytest.approx(0.4)


def test_probability_and_per_language_threshold_by_hand():
    model = _model(domain_weight=0.5)
    x = feature_vector([0.9], [0.9], 0.0, 1, "en")
    assert model.domain_score(VECTOR) == 0.5
    expected = 1 / (1 + math.exp(-1.0 * (10 * 0.9 + 0.5 - 8.0)))  # Platt: 1 / (1 + exp(a*d + b))
    assert model.probability(x, VECTOR) == pytest.approx(expected)
    assert model.decide(x, VECTOR, "en") == (True, pytest.approx(expected))
    assert model.decide(x, VECTOR, "fr")[0] is False  # the same evidence is not enough in French
    assert model.threshold("ar") == 0.5  # no entry: the default


def test_artefact_round_trip_and_wrong_features(tmp_path):
    path = tmp_path / "coverage.json"
    path.write_text(json.dumps({"version": 1, "models": {"fake": _model().to_json()}}), "utf-8")
    loaded = load_coverage_model("fake", path)
    x = feature_vector([0.8, 0.1], [0.8], 0.2, 2, "fr")
    assert loaded is not None
    assert loaded.probability(x, VECTOR) == pytest.approx(_model().probability(x, VECTOR))
    data = _model().to_json()
    data["features"] = ["top"]
    with pytest.raises(ConfigError, match="refit"):
        CoverageModel.from_json("fake", data)


def test_an_embedder_without_a_model_falls_back_to_its_threshold(fake_settings, corpus, caplog):
    caplog.set_level(logging.INFO)
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    retriever = Retriever(fake_settings, embedder)
    assert retriever.coverage_model is None
    assert "falls back to its cosine threshold" in caplog.text
    result = retriever.search("What is data minimisation?")
    assert result.coverage is None and result.covered == (result.top_relevance >= 0.35)


def test_a_fitted_model_decides_and_an_explicit_threshold_wins(
    fake_settings, corpus, monkeypatch, tmp_path
):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    monkeypatch.setattr(retrieve, "load_coverage_model",
                        lambda _id, fallback=None: _model({"default": 0.999}, dim=64))
    strict = Retriever(fake_settings, embedder)
    result = strict.search("What is data minimisation?")
    assert result.coverage is not None and result.covered is False
    assert len(strict.coverage_features("What is data minimisation?")) == len(FEATURES)
    explicit = load_settings(data_dir=fake_settings.data_dir, embedder="fake", min_relevance=0.0)
    assert Retriever(explicit, embedder).coverage_model is None
    asked = load_settings(data_dir=fake_settings.data_dir, embedder="fake", coverage="threshold")
    assert Retriever(asked, embedder).coverage_model is None


def test_bad_coverage_setting_says_what_is_allowed():
    with pytest.raises(ConfigError, match="calibrated' or 'threshold"):
        load_settings(coverage="magic")


def test_fit_writes_an_artefact_that_reproduces_sklearn(tmp_path):
    from evals.fit import Example, fit_coverage, write_artefact

    rng = np.random.default_rng(0)
    examples, rows, vectors = [], [], []
    for i in range(200):
        lang = ("en", "fr")[i % 2]
        covered = i % 4 < 2
        top = (0.88 if covered else 0.82) + (0.02 if lang == "fr" else 0.0) + rng.normal(0, 0.02)
        rows.append(feature_vector([top, top - 0.05], [top], 0.5 if covered else 0.1, 4, lang))
        vectors.append([1.0 if covered else 0.0, rng.normal()])
        examples.append(Example(f"q{i}", lang, "covered" if covered else "refuse", f"g{i // 2}"))
    model = fit_coverage(np.stack(rows), np.array(vectors), examples, "fake")
    assert set(model.thresholds) == {"en", "fr"}
    assert model.info["cross_validated"]["en"]["refusal_recall"] > 0.8
    path = tmp_path / "c.json"
    write_artefact(path, "fake", model.to_json())
    write_artefact(path, "other", model.to_json())
    assert set(json.loads(path.read_text("utf-8"))["models"]) == {"fake", "other"}
    loaded = coverage.load_coverage_model("fake", path)
    assert loaded is not None
    v = np.array(vectors[0])
    assert loaded.probability(rows[0], v) == pytest.approx(model.probability(rows[0], v), abs=1e-6)


# -- a concatenation: ranked by all its parts, decided by its first ----------------------------


class _Shifted(FakeEmbedder):
    """Another fake model, with its own id and vectors (a second part of a concatenation)."""

    def __init__(self) -> None:
        super().__init__(32)
        self.id = "fake-shifted"

    def embed_documents(self, texts):
        return super().embed_documents([f"{t} civic" for t in texts])

    def embed_query(self, text):
        return super().embed_query(f"{text} civic")


def test_a_concatenation_ranks_with_both_parts_and_decides_with_the_first(
    fake_settings, corpus, monkeypatch
):
    from assistant.rag.embeddings import Concatenated, reference_part, reference_vector

    first = FakeEmbedder()
    both = Concatenated([first, _Shifted()])
    ingest(fake_settings, both, corpus)
    seen = []
    monkeypatch.setattr(
        retrieve, "load_coverage_model",
        lambda embedder_id, fallback=None: seen.append((embedder_id, fallback))
        or _model({"default": 0.5}, dim=64),
    )
    retriever = Retriever(fake_settings, both)
    # its own model first, else the first part's
    assert reference_part(both) is first and seen == [(both.id, first.id)]
    assert retriever.threshold == 0.35  # and its measured threshold
    question = "What is data minimisation?"
    vector = both.embed_query(question)
    head = reference_vector(both, vector)
    assert head.shape == (first.dim,) and np.allclose(head, first.embed_query(question), atol=1e-6)
    assert reference_vector(first, head) is head  # one embedder is its own reference

    result = retriever.search(question, k=8)
    # Each hit's relevance is the first part's cosine, not the concatenation's mean.
    chunks = [h.chunk for h in result.hits]
    expected = first.embed_documents([c.embedding_text() for c in chunks]) @ head
    assert np.allclose([h.relevance for h in result.hits], expected, atol=1e-5)
    assert result.top_relevance == pytest.approx(max(expected), abs=1e-5)
    # The coverage model read the first part's vector (its domain weight sits on column 0).
    assert result.coverage is not None


@pytest.mark.parametrize(("what", "whole"), [("coverage", False), ("screen", True)])
def test_fitting_for_a_concatenation(monkeypatch, tmp_path, what, whole):
    """``python -m evals.fit`` with e5+use fits the coverage model on e5 (what e5+use's
    coverage decision reads) and the screen on the whole vector (its own classifier)."""
    import evals.workspace
    from assistant.rag import embeddings
    from evals import fit

    first = FakeEmbedder()
    both = embeddings.Concatenated([first, _Shifted()])
    monkeypatch.setattr(embeddings, "make_embedder", lambda spec, *a, **k: both)
    given = []

    class Stop(Exception):
        pass

    def fake_workspace(corpus, *, embedder=None, **_kwargs):
        given.append(embedder)
        raise Stop

    monkeypatch.setattr(evals.workspace, "open_workspace", fake_workspace)
    with pytest.raises(Stop):
        fit.run(what, tmp_path, "e5+use")
    assert given == [both if whole else first]


def test_coverage_thresholds_keep_false_refusals_inside_the_budget():
    from evals.fit import _budget_threshold

    rng = np.random.default_rng(1)
    covered = np.r_[np.ones(400, bool), np.zeros(1600, bool)]
    p_covered = np.where(covered, rng.beta(6, 2, 2000), rng.beta(1, 8, 2000))
    for budget in (0.01, 0.02, 0.05):
        t = _budget_threshold(p_covered, covered, budget)
        assert (p_covered[covered] < t).mean() <= budget
        # one step higher would refuse more must-refuse questions but break the budget
        assert t == 0.95 or (p_covered[covered] < t + 0.01).mean() > budget
    # a looser budget never refuses fewer must-refuse questions
    recalls = [(p_covered[~covered] < _budget_threshold(p_covered, covered, b)).mean()
               for b in (0.01, 0.02, 0.05)]
    assert recalls == sorted(recalls)


@pytest.mark.parametrize("value", ["0", "0.5", "-0.1"])
def test_fit_rejects_a_false_refusal_budget_outside_zero_to_a_half(value, capsys):
    from evals import fit

    with pytest.raises(SystemExit) as stop:
        fit.main(["coverage", "--max-false-refusals", value])
    assert stop.value.code == 2
    assert "--max-false-refusals must be between 0 and 0.5" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "0.5", "-0.1"])
def test_fit_rejects_a_screen_budget_outside_zero_to_a_half(value, capsys):
    from evals import fit

    with pytest.raises(SystemExit) as stop:
        fit.main(["screen", "--max-blocked", value])
    assert stop.value.code == 2
    assert "--max-blocked must be between 0 and 0.5" in capsys.readouterr().err


def _screen_examples(n: int = 600) -> tuple[np.ndarray, list]:
    """Blobs: course and sensitive questions (sensitive ones nearer distress), off-course, flags."""
    from evals.fit import Example

    centres = {"course": (0, 0), "sensitive": (0.8, 0.4), "off_course": (0, -2.0),
               "distress": (1.5, 0), "harmful": (-1.5, 0), "manipulation": (0, 2.0)}
    rng = np.random.default_rng(1)
    examples, vectors = [], []
    for i in range(n):
        label = list(centres)[i % len(centres)]
        vectors.append([centres[label][0] + rng.normal(0, 1.0), centres[label][1] + rng.normal()])
        examples.append(Example(f"q{i}", "en", label, f"g{i}"))
    return np.array(vectors), examples


def test_the_screen_budget_caps_what_the_flagged_classes_block_together():
    from evals.fit import PROTECTED, fit_screen

    x, examples = _screen_examples()
    strict, strict_info = fit_screen(x, examples, "fake", max_blocked=0.02)
    loose, loose_info = fit_screen(x, examples, "fake", max_blocked=0.10)
    assert loose.thresholds["distress"] < strict.thresholds["distress"]
    assert loose_info["max_blocked"] == 0.10 and strict_info["max_blocked"] == 0.02
    assert strict_info["protected"] == list(PROTECTED)
    caught = [info["cross_validated"]["en"]["distress_caught"] for info in (strict_info, loose_info)]
    assert caught[1] > caught[0]
    # the three classes together, not each alone, stay inside the budget (out of fold)
    cv = strict_info["cross_validated"]["en"]
    protected_blocked = (cv["blocked"] + cv["sensitive_blocked"]) / 2  # equal class sizes
    assert 0 < protected_blocked <= 0.02 + 1e-9
    assert {"off_course_flagged", "harmful_caught", "manipulation_caught"} <= set(cv)


def test_the_screen_keeps_its_fine_classes_and_still_lets_them_through():
    from evals.fit import FINE_CLASSES, fit_screen

    x, examples = _screen_examples()
    screen, _ = fit_screen(x, examples, "fake")
    assert screen.classes[: len(FINE_CLASSES)] == FINE_CLASSES
    assert not screen.verdict(np.array([0.0, -2.0])).flagged  # an off-course request
    assert screen.verdict(np.array([-4.0, 0.0])).category == "harmful"


def test_the_screen_fit_names_what_its_examples_lack():
    from evals.fit import Example, fit_screen

    examples = [Example(f"q{i}", "en", ("course", "distress")[i % 2], f"g{i}") for i in range(40)]
    with pytest.raises(ValueError, match="harmful, manipulation"):
        fit_screen(np.zeros((40, 2)), examples, "fake")


def test_a_domain_fitted_on_the_whole_vector_reads_the_whole_vector(
    fake_settings, corpus, monkeypatch
):
    """e5+use's own coverage model reads e5's cosines, and its domain score the whole vector."""
    from assistant.rag.embeddings import Concatenated

    first = FakeEmbedder()
    both = Concatenated([first, _Shifted()])
    ingest(fake_settings, both, corpus)
    domain = Domain(np.r_[np.zeros(first.dim), np.ones(both.dim - first.dim)], np.array(0.0))
    monkeypatch.setattr(
        retrieve, "load_coverage_model",
        lambda embedder_id, fallback=None: _model({"default": 0.5}, domain=domain,
                                                  embedder=embedder_id),
    )
    read = []
    original = CoverageModel.decide
    monkeypatch.setattr(CoverageModel, "decide",
                        lambda self, f, v, lang: read.append(v) or original(self, f, v, lang))
    question = "What is data minimisation?"
    Retriever(fake_settings, both).search(question, k=8)
    assert len(read) == 1 and read[0].shape == (both.dim,)
    assert np.allclose(read[0], both.embed_query(question), atol=1e-6)


def test_the_domain_score_learns_each_kind_to_refuse_apart():
    from evals.fit import _domain

    rng = np.random.default_rng(3)
    centres = {"course": (0, 0), "off_course": (3, 0), "distress": (-3, 0), "harmful": (0, 3)}
    kinds = np.array([list(centres)[i % 4] for i in range(400)])
    x = np.array([np.add(centres[k], rng.normal(0, 0.7, 2)) for k in kinds])
    score, oof = _domain(x, kinds, [f"g{i}" for i in range(400)])
    assert score.weights.shape == (4, 2)
    # course questions score above every kind to refuse, out of fold too
    course = kinds == "course"
    assert oof[course].mean() > 0 > oof[~course].mean()
    assert min(oof[course].mean() - oof[kinds == k].mean() for k in centres if k != "course") > 2
    with pytest.raises(ValueError, match="course questions"):
        _domain(x[~course], kinds[~course], [f"g{i}" for i in range(300)])


def test_a_concatenation_without_its_own_model_uses_its_reference_parts(tmp_path):
    path = tmp_path / "coverage.json"
    entry = _model().to_json()
    path.write_text(json.dumps({"version": 1, "models": {"fake": entry}}), "utf-8")
    assert load_coverage_model("fake+other", path, fallback="fake").embedder == "fake"
    path.write_text(json.dumps({"version": 1, "models": {"fake": entry, "fake+other": entry}}),
                    "utf-8")
    coverage.read_artefact.cache_clear()
    assert load_coverage_model("fake+other", path, fallback="fake").embedder == "fake+other"
    assert load_coverage_model("neither", path, fallback="nor") is None
