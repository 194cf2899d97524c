"""Civicly across languages: the embedding cache, the language gate, its warning and audit.

Everything runs on the deterministic fake embedder (hashed bag of words) and a
tiny synthetic history, so each number can be reasoned about by hand.
"""

import csv
import json

import numpy as np
import pytest

from assistant.cli import main
from assistant.errors import ConfigError
from assistant.exercises.civicly_triage import audit as metrics
from assistant.exercises.civicly_triage.embedding_cache import EmbeddingCache, text_key
from assistant.exercises.civicly_triage.evaluate import audit, evaluate_files, parse_languages
from assistant.exercises.civicly_triage.language_centering import (
    LanguageCentering,
    reference_texts,
)
from assistant.exercises.civicly_triage.records import FeedbackRecord
from assistant.exercises.civicly_triage.router import NEEDS_REVIEW, Routing
from assistant.exercises.civicly_triage.service import Classification, train
from assistant.exercises.civicly_triage.urgency import combine
from assistant.rag.embeddings import FakeEmbedder

STREETS = ["Main", "Oak", "Cedar", "Pine", "Elm", "Lake", "Hill", "Park", "Bay", "Mill"]
#: Department -> per-language templates. English is the bulk of the history; Arabic is scarce.
WORDING = {
    "roads": {
        "en": "deep pothole on {s} street damaging cars",
        "fr": "nid de poule profond rue {s}",
        "ar": "حفرة عميقة في شارع {s}",
    },
    "water": {
        "en": "water pipe leaking on {s} road all night",
        "fr": "fuite d'eau rue {s} toute la nuit",
        "ar": "تسرب مياه في شارع {s} طوال الليل",
    },
    "lighting": {
        "en": "street lamp broken on {s} avenue, dark at night",
        "fr": "lampadaire en panne avenue {s}",
        "ar": "عمود إنارة معطل في شارع {s}",
    },
}


def history(per_language: dict[str, int]) -> list[FeedbackRecord]:
    """``per_language[code]`` records per department in that language."""
    records = []
    for department, wording in WORDING.items():
        for code, n in per_language.items():
            for i in range(n):
                text = wording[code].format(s=STREETS[i % len(STREETS)])
                records.append(FeedbackRecord(f"{department}-{code}-{i}", text, department, code))
    return records


class CountingEmbedder(FakeEmbedder):
    """The fake embedder, counting the texts it really embeds."""

    def __init__(self, dim: int = 64):
        super().__init__(dim)
        self.embedded: list[str] = []

    def embed_documents(self, texts):
        self.embedded.extend(texts)
        return super().embed_documents(texts)


# -- the embedding cache -------------------------------------------------------------------


def test_cache_embeds_each_text_once_and_survives_a_new_instance(tmp_path):
    embedder = CountingEmbedder()
    calls = []
    cache = EmbeddingCache(tmp_path)
    first = cache.embed(
        embedder, ["a b", "c d", "a b"], batch=2, progress=lambda *p: calls.append(p)
    )
    assert embedder.embedded == ["a b", "c d"]  # the duplicate is embedded once
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    again = EmbeddingCache(tmp_path).embed(embedder, ["c d", "a b", "e f"])
    assert embedder.embedded == ["a b", "c d", "e f"]  # only the new text
    assert np.array_equal(again[:2], first[[1, 0]])
    assert np.allclose(again, embedder.embed_documents(["c d", "a b", "e f"]))
    assert cache.embed(embedder, []).shape == (0, embedder.dim)


def test_cache_is_keyed_by_embedder_and_ignores_rows_of_the_wrong_size(tmp_path):
    cache = EmbeddingCache(tmp_path)
    small, large = CountingEmbedder(16), CountingEmbedder(32)
    assert small.id != large.id
    cache.embed(small, ["same text"])
    cache.embed(large, ["same text"])
    assert large.embedded == ["same text"]  # another embedder id never reuses a vector
    # A row of the wrong length (a changed model that kept its id) is embedded again.
    cache.store(small.id, [text_key("other")], np.ones((1, 8), dtype=np.float32))
    vector = cache.embed(small, ["other"])
    assert vector.shape == (1, 16) and small.embedded[-1] == "other"


def test_training_twice_with_a_warm_cache_embeds_nothing(tmp_path):
    embedder = CountingEmbedder()
    cache = EmbeddingCache(tmp_path)
    records = history({"en": 6, "fr": 6})
    model = train(records, embedder, cache=cache)
    pool = {text for texts in reference_texts().values() for text in texts}
    assert len(embedder.embedded) == len({r.description for r in records} | pool)
    assert model.meta["embedded_rows"] == len(records)  # every row, not a sample
    embedder.embedded.clear()
    again = train(records, embedder, cache=cache)
    assert embedder.embedded == []
    text = "fuite d'eau rue Oak"
    assert again.classify(text).routing.ranking == model.classify(text).routing.ranking


# -- language centring ---------------------------------------------------------------------


def test_language_centring_by_hand():
    # Training: en [1,0] and [3,0], fr [2,2]; reference pool means en [0,0], fr [0,2], pt [1,1].
    vectors = np.array([[1.0, 0.0], [3.0, 0.0], [2.0, 2.0]])
    reference = {"en": np.zeros(2), "fr": np.array([0.0, 2.0]), "pt": np.array([1.0, 1.0])}
    centering = LanguageCentering(strength=0.5, prior_rows=2).fit(
        vectors, ["en", "en", "fr"], reference
    )
    assert np.allclose(centering.overall, [2, 2 / 3])
    # Prior = training mean + pool mean - the training languages' pool mean ([0, 2/3]).
    assert np.allclose(centering.priors["en"], [2, 0])
    assert np.allclose(centering.priors["pt"], [3, 1])
    assert np.allclose(centering.means["en"], [2, 0])  # ([4,0] + 2 * [2,0]) / 4
    assert np.allclose(centering.means["fr"], [2, 2])  # ([2,2] + 2 * [2,2]) / 3
    assert np.allclose(centering.transform(vectors[:1], ["en"]), [[0, 0]])
    pt = np.array([[3.0, 3.0], [5.0, 1.0]])
    # Together: ([8,4] + 2 * [3,1]) / 4 = [3.5, 1.5]; each alone: ([3,3] + 2 * [3,1]) / 3.
    assert np.allclose(centering.transform(pt, ["pt", "pt"]), pt - 0.5 * np.array([3.5, 1.5]))
    alone = centering.transform(pt, ["pt", "pt"], pooled=False)
    assert np.allclose(alone[0], [3, 3] - 0.5 * np.array([3, 5 / 3]))
    # A language outside the pool has the training mean as its prior.
    assert np.allclose(centering.prior("sw"), [2, 2 / 3])
    assert centering.transform(np.zeros((0, 2)), []).shape == (0, 2)
    with pytest.raises(ValueError, match="2 vectors but 1 language codes"):
        centering.transform(pt, ["pt"])
    blind = LanguageCentering(prior_rows=2).fit(vectors, ["en", "en", "fr"])
    assert blind.priors == {} and np.allclose(blind.prior("pt"), [2, 2 / 3])


def test_a_centred_head_transfers_where_the_plain_one_is_thrown_by_the_language_offset():
    from assistant.exercises.civicly_triage.router import SemanticHead

    # Three departments; the test language sits at a constant offset that leans towards "0".
    rng = np.random.default_rng(0)
    centres = 2.0 * np.eye(3, 6)
    offset = np.array([2.0, 0, 0, 1.0, 0, 0])
    labels = [str(i % 3) for i in range(60)]
    train_rows = np.array([centres[int(y)] + rng.normal(0, 0.5, 6) for y in labels])
    test_rows = np.array([centres[int(y)] + offset + rng.normal(0, 0.5, 6) for y in labels])
    reference = {"en": np.zeros(6), "pt": offset}
    plain = SemanticHead(c=4.0, scale=1.0).fit(train_rows, labels)
    centred = SemanticHead(c=4.0, scale=1.0).fit(train_rows, labels, ["en"] * 60, reference)

    def accuracy(head, **kwargs):
        predicted = head.classes_[head.predict_proba(test_rows, **kwargs).argmax(axis=1)]
        return float(np.mean(predicted == np.array(labels)))

    assert plain.centering is None and accuracy(plain) < 0.75
    assert accuracy(centred, languages=["pt"] * 60) > 0.85
    assert accuracy(centred, languages=["pt"] * 60, pooled=False) > 0.85  # the prior alone
    assert accuracy(plain, languages=["pt"] * 60) == accuracy(plain)  # nothing to centre


# -- the language gate ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gated():
    """English 8 per department, French 6, Arabic 1: Arabic is 3 of 45 records (6.7 %)."""
    return train(history({"en": 8, "fr": 6, "ar": 1}), FakeEmbedder())


def test_support_and_shares_come_from_the_training_languages(gated):
    router = gated.router
    assert router.support == {"en": 24, "fr": 18, "ar": 3}
    assert router.language_share("en") == pytest.approx(24 / 45)
    assert router.language_share("ar") == pytest.approx(3 / 45)
    assert router.language_share("pt") == 0.0
    support = gated.language_support()
    assert list(support) == ["en", "fr", "ar"]  # largest first
    assert support["ar"] == {"n": 3, "share": round(3 / 45, 4), "scarce": False}


def test_ngram_weight_is_a_step_at_the_minimum_share(gated):
    router = gated.router
    assert router.min_share == 0.05 and router.scarce_ngram_weight == 0.5
    assert router.ngram_weight("en") == 1.0  # 53 % of the history
    assert router.ngram_weight("ar") == 1.0  # 6.7 %: covered
    assert router.ngram_weight("pt") == 0.0  # no record at all: the semantic head alone
    router.min_share = 0.2
    try:
        assert router.is_scarce("ar") and not router.is_scarce("fr")  # 6.7 % and 40 %
        assert router.ngram_weight("ar") == 0.5 and router.ngram_weight("fr") == 1.0
    finally:
        router.min_share = 0.05


def test_a_scarce_language_mixes_the_semantic_model_in(gated):
    router, featurizer = gated.router, gated.featurizer
    texts = ["حفرة عميقة في شارع Oak", "deep pothole on Oak street damaging cars"]
    features = featurizer.transform(texts)
    full = router.model.predict_proba(features)
    vectors = featurizer.embed(texts)
    semantic = router.semantic.predict_proba(vectors * featurizer.embedding_weight, ["ar", "en"])
    router.min_share = 0.2  # makes Arabic (6.7 %) scarce; English stays covered
    try:
        w = router.ngram_weight("ar")
        mixed = router.predict_proba(features, ["ar", "en"])
        assert np.allclose(mixed[0], w * full[0] + (1 - w) * semantic[0], atol=1e-6)
        assert np.allclose(mixed[1], full[1])  # a covered language: the full model alone
        assert np.allclose(router.predict_proba(features), full)  # no languages: no gate
        assert np.allclose(mixed.sum(axis=1), 1.0)
    finally:
        router.min_share = 0.05


def test_a_language_without_records_is_routed_by_the_centred_semantic_head_alone(gated):
    import copy

    from assistant.exercises.civicly_triage.evaluate import embedding_baseline_predict

    router, featurizer = gated.router, gated.featurizer
    texts = [
        "buraco enorme na rua Oak",
        "vazamento de agua na rua Pine",
        "poste de luz apagado na rua Elm",
        "bache profundo en la calle Main",
    ]
    codes = ["pt", "pt", "pt", "es"]
    features = featurizer.transform(texts)
    probabilities = router.predict_proba(features, codes)
    vectors = featurizer.embed(texts)
    semantic = router.semantic.predict_proba(vectors * featurizer.embedding_weight, codes)
    assert np.allclose(probabilities, semantic)  # no n-gram model in the mix
    assert router.semantic.centering is not None
    # Without its centring the head is the embeddings-only baseline's classifier.
    plain = copy.deepcopy(router)
    del plain.semantic.__dict__["centering"]  # as a head pickled before centring loads
    records = history({"en": 8, "fr": 6, "ar": 1})
    baseline = embedding_baseline_predict(
        featurizer.embed([r.description for r in records]),
        [r.service_code for r in records],
        vectors,
    )
    uncentred = plain.predict_proba(features, codes)
    assert [plain.classes[i] for i in uncentred.argmax(axis=1)] == baseline
    assert not np.allclose(uncentred, probabilities)  # the centring changes the head


def test_unseen_languages_are_centred_by_their_batch_or_each_message_alone(gated):
    router, featurizer = gated.router, gated.featurizer
    texts = ["buraco enorme na rua Oak", "vazamento de agua na rua Pine", "fuite d'eau rue Oak"]
    codes = ["pt", "pt", "fr"]
    features = featurizer.transform(texts)
    together = router.predict_proba(features, codes)
    alone = np.vstack([router.predict_proba(features[i], [codes[i]]) for i in range(3)])
    assert np.allclose(router.predict_proba(features, codes, pooled=False), alone)
    assert not np.allclose(together[:2], alone[:2])  # pt rows share one mean in a batch
    assert np.allclose(together[2], alone[2])  # fr has training rows: its mean is fixed


def test_training_centres_the_semantic_head_with_the_reference_pool(gated):
    from assistant.exercises.civicly_triage.language_centering import (
        REFERENCE_PER_LANGUAGE,
        reference_texts,
    )

    pool = reference_texts()
    assert sorted(pool) == ["ar", "en", "es", "fr", "pt"]
    assert all(len(texts) == REFERENCE_PER_LANGUAGE for texts in pool.values())
    assert pool == reference_texts()  # a seeded sample
    centering = gated.router.semantic.centering
    assert sorted(centering.priors) == ["ar", "en", "es", "fr", "pt"]
    assert sorted(centering.means) == ["ar", "en", "fr"]  # the training languages
    assert centering.strength == 0.5 and centering.prior_rows == 20


def test_the_semantic_heads_temperature_keeps_the_ranking():
    from sklearn.linear_model import LogisticRegression

    from assistant.exercises.civicly_triage.router import SemanticHead

    rng = np.random.default_rng(0)
    centres = np.eye(4, 8)
    labels = [str(i % 4) for i in range(60)]
    vectors = np.array([centres[int(y)] + rng.normal(0, 0.6, 8) for y in labels])
    head = SemanticHead(c=4.0, scale=2.0).fit(vectors * 2.0, labels)
    plain = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced").fit(vectors, labels)
    probabilities = head.predict_proba(vectors * 2.0)
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    assert head.temperature != 1.0
    assert np.array_equal(
        np.argsort(-probabilities, axis=1), np.argsort(-plain.predict_proba(vectors), axis=1)
    )
    binary = ["a" if y < "2" else "b" for y in labels[:30]]
    two = SemanticHead(c=4.0, scale=1.0).fit(vectors[:30], binary)
    assert two.predict_proba(vectors[:5]).shape == (5, 2)


def test_a_scarce_language_needs_more_confidence_to_skip_review(gated):
    router = gated.router
    probabilities = np.array([0.55, 0.30, 0.15])
    covered = router.route(probabilities, "en")
    assert not covered.needs_review and covered.department == router.classes[0]
    assert not covered.scarce_language and covered.review_threshold == 0.5
    unseen = router.route(probabilities, "pt")  # no Portuguese record at all
    assert unseen.scarce_language and unseen.language_share == 0.0
    assert unseen.needs_review and unseen.department == NEEDS_REVIEW
    assert unseen.predicted == router.classes[0]
    assert unseen.review_threshold == router.scarce_review_threshold > 0.55
    assert not router.route(np.array([0.9, 0.05, 0.05]), "pt").needs_review


def test_classify_reports_the_language_and_its_share(gated):
    result = gated.classify("lâmpada apagada na rua Oak há uma semana")
    assert result.language == "pt" and result.routing.language == "pt"
    assert result.routing.scarce_language and result.routing.language_share == 0.0
    english = gated.classify("deep pothole on Main street damaging cars")
    assert english.routing.language == "en" and not english.routing.scarce_language
    assert english.routing.predicted == "roads"


def test_a_model_pickled_before_the_gate_still_routes(gated):
    import copy

    old = copy.deepcopy(gated.router)
    for name in (
        "semantic",
        "support",
        "min_share",
        "scarce_ngram_weight",
        "scarce_review_threshold",
    ):
        old.__dict__.pop(name, None)
    features = gated.featurizer.transform(["fuite d'eau rue Oak"])
    assert np.allclose(old.predict_proba(features, ["ar"]), old.model.predict_proba(features))
    assert old.ngram_weight("ar") == 1.0 and old.language_share("ar") == 1.0
    assert not old.route(np.array([0.4, 0.35, 0.25]), "ar").scarce_language


def test_training_detects_the_language_of_records_without_one():
    records = [
        FeedbackRecord(r.service_request_id, r.description, r.service_code)
        for r in history({"en": 5, "fr": 5})
    ]
    model = train(records, FakeEmbedder())
    assert model.router.support == {"en": 15, "fr": 15}
    assert model.meta["languages"] == {"en": 15, "fr": 15}


# -- audit -----------------------------------------------------------------------------------


def test_language_support_and_support_table_by_hand():
    support = metrics.language_support({"en": 90, "fr": 8, "ar": 2}, 0.05)
    assert support == {
        "en": {"n": 90, "share": 0.9, "scarce": False},
        "fr": {"n": 8, "share": 0.08, "scarce": False},
        "ar": {"n": 2, "share": 0.02, "scarce": True},
    }
    groups = {
        "en": {"n": 10, "accuracy": 0.9, "macro_f1": 0.88},
        "pt": {"n": 4, "accuracy": 0.5, "macro_f1": 0.4},
    }
    table = metrics.support_table(support, groups, 0.05)
    assert table["scarce"] == ["ar", "pt"]  # pt is only in the test data: share 0
    assert table["languages"]["pt"] == {
        "train_n": 0,
        "train_share": 0.0,
        "test_n": 4,
        "accuracy": 0.5,
        "macro_f1": 0.4,
        "scarce": True,
    }
    assert table["languages"]["fr"]["accuracy"] is None  # not tested
    assert metrics.language_support({}, 0.05) == {}


def test_audit_puts_training_support_beside_test_accuracy(gated):
    test = history({"en": 2, "ar": 2}) + [
        FeedbackRecord("pt-1", "buraco enorme na rua Oak", "roads", "pt"),
        FeedbackRecord("pt-2", "vazamento de agua na rua Pine", "water", "pt"),
    ]
    report = audit(gated, test)
    support = report["language_support"]
    assert support["min_share"] == gated.router.min_share
    assert support["scarce"] == ["pt"]
    assert support["languages"]["en"]["train_n"] == 24 and support["languages"]["en"]["test_n"] == 6
    assert (
        support["languages"]["fr"]["test_n"] == 0 and support["languages"]["fr"]["accuracy"] is None
    )
    assert (
        support["languages"]["pt"]["accuracy"] == report["by_language"]["groups"]["pt"]["accuracy"]
    )


# -- the tab's warning -------------------------------------------------------------------------


def classification(scarce: bool, language: str = "ar") -> Classification:
    routing = Routing(
        department=NEEDS_REVIEW if scarce else "roads",
        predicted="roads",
        probability=0.55,
        needs_review=scarce,
        ranking=(("roads", 0.55), ("water", 0.3), ("lighting", 0.15)),
        language=language,
        language_share=0.012 if scarce else 0.3,
        scarce_language=scarce,
        min_language_share=0.05,
        review_threshold=0.6 if scarce else 0.5,
    )
    return Classification("حفرة في شارع Oak", language, routing, combine(0.1, "حفرة"))


def test_the_tab_warns_on_a_language_the_history_barely_covers():
    from assistant.web.civicly import render_classification

    english = render_classification(classification(True), "en")
    first = english.split("\n\n")[0]
    assert first.startswith("⚠ **Few training records are in العربية (ar)**")
    assert "(1.2% of the history, under 5%)" in first and "Below 60% confidence" in first
    assert "human review" in english and "needs human review" in english
    french = render_classification(classification(True), "fr")
    assert "Peu d'enregistrements d'entraînement sont en العربية (ar)" in french
    arabic = render_classification(classification(True), "ar")
    assert (
        arabic.startswith("<div dir='rtl'>") and "سجلات التدريب بلغة العربية (ar) قليلة" in arabic
    )
    assert "⚠" not in render_classification(classification(False), "en")


def test_the_tab_warns_and_asks_for_review_on_a_real_unseen_language_message(gated):
    from assistant.web.civicly import render_classification

    # No Portuguese record in the history: share 0, routed by the semantic head alone,
    # which is unsure here (p 0.59 on the fake embedder) and under the 60 % it needs.
    unsure = gated.classify("buraco na rua Main")
    routing = unsure.routing
    assert routing.scarce_language and routing.language_share == 0.0
    assert routing.review_threshold == gated.router.scarce_review_threshold == 0.6
    assert 0.5 < routing.probability < 0.6  # would skip review in a covered language
    assert routing.needs_review and routing.department == NEEDS_REVIEW
    shown = render_classification(unsure, "en")
    assert shown.startswith("⚠ **Few training records are in Português (pt)**")
    assert "(0.0% of the history, under 5%)" in shown and "needs human review" in shown
    sure = gated.classify("lâmpada apagada na rua Oak há uma semana")  # p 0.96
    assert sure.routing.department == "lighting" and not sure.routing.needs_review
    assert render_classification(sure, "en").startswith("⚠ **Few training records")
    english = gated.classify("deep pothole on Main street damaging cars")
    assert "⚠" not in render_classification(english, "en")


def test_the_audit_table_shows_each_languages_share_of_the_history(gated):
    from assistant.web.civicly import render_audit

    report = audit(
        gated, history({"en": 2}) + [FeedbackRecord("p", "buraco na rua Oak", "roads", "pt")]
    )
    text = render_audit(report, "en")
    assert "| share of history |" in text
    assert "| English (en) |" in text and f"| {24 / 45:.1%} |" in text
    pt_row = next(line for line in text.splitlines() if "(pt)" in line)
    assert pt_row.endswith("| 0.0% ⚠ |")
    assert "under 5% of the training history" in text
    assert "| part de l'historique |" in render_audit(report, "fr")


# -- the evaluator and its CLI flags ---------------------------------------------------------


def write_history(path, records, language_column=True):
    with path.open("w", newline="", encoding="utf-8") as handle:
        fields = ["text", "dept"] + (["lang"] if language_column else [])
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for r in records:
            row = {"text": r.description, "dept": r.service_code}
            if language_column:
                row["lang"] = r.language
            writer.writerow(row)
    return path


def english_to_french_and_arabic(tmp_path):
    """``evaluate_files`` trained on 8 English records per department, tested on fr and ar."""
    data = write_history(tmp_path / "h.csv", history({"en": 8, "fr": 4, "ar": 4}))
    return evaluate_files(
        data,
        data,
        text_column="text",
        label_column="dept",
        language_column="lang",
        embedder=FakeEmbedder(),
        train_languages=["en"],
        test_languages=["fr", "ar"],
        cache=EmbeddingCache(tmp_path / "cache"),
    )


def test_evaluate_filters_languages_and_reports_both_baselines(tmp_path):
    result = english_to_french_and_arabic(tmp_path)
    assert result["train_n"] == 24 and result["n"] == 24
    assert result["train_languages"] == {"en": 24}
    assert result["filters"] == {"train_languages": ["en"], "test_languages": ["ar", "fr"]}
    assert set(result["per_language"]) == {"fr", "ar"}
    for row in result["per_language"].values():
        assert row["train_n"] == 0 and row["train_share"] == 0.0 and row["scarce"]
        assert {"macro_f1", "baseline_macro_f1", "embedding_baseline_macro_f1"} <= set(row)
    assert 0.0 <= result["embedding_baseline_macro_f1"] <= 1.0
    assert 0.0 <= result["single_macro_f1"] <= 1.0
    assert all("single_macro_f1" in row for row in result["per_language"].values())
    assert result["router"]["embedded_rows"] == 24
    assert result["router"]["centering"] == {
        "strength": 0.5,
        "prior_rows": 20.0,
        "reference_languages": ["ar", "en", "es", "fr", "pt"],
    }


def test_evaluate_reports_what_review_catches_one_by_one(tmp_path):
    result = english_to_french_and_arabic(tmp_path)
    assert result["router"]["review_threshold"] == 0.5
    assert result["router"]["scarce_review_threshold"] == 0.6
    review = result["review"]
    assert 0.0 <= review["auto_routed_share"] <= 1.0
    # The overall numbers are the per-language ones weighted by their sizes.
    per = result["per_language"]
    n = sum(row["n"] for row in per.values())
    assert review["accuracy"] == pytest.approx(
        sum(row["review"]["accuracy"] * row["n"] for row in per.values()) / n, abs=1e-3
    )
    shares = [row["review"]["auto_routed_share"] for row in per.values()]
    assert review["auto_routed_share"] == pytest.approx(
        sum(s * row["n"] for s, row in zip(shares, per.values(), strict=True)) / n, abs=1e-3
    )
    for row in per.values():
        auto = row["review"]["auto_routed_accuracy"]
        assert auto is None if row["review"]["auto_routed_share"] == 0 else 0.0 <= auto <= 1.0


def test_review_counts_only_messages_sent_straight_to_a_department():
    from assistant.exercises.civicly_triage.evaluate import _review

    def routing(predicted, needs_review):
        return Routing(
            department=NEEDS_REVIEW if needs_review else predicted,
            predicted=predicted,
            probability=0.4 if needs_review else 0.9,
            needs_review=needs_review,
            ranking=((predicted, 0.9),),
            language="fr",
        )

    truth = ["roads", "water", "roads", "water"]
    routes = [
        routing("roads", False),  # right, routed
        routing("roads", False),  # wrong, routed
        routing("roads", True),  # right, but a person checks it
        routing("roads", True),  # wrong, caught by review
    ]
    assert _review(truth, routes) == {
        "auto_routed_share": 0.5,
        "auto_routed_accuracy": 0.5,
        "accuracy": 0.5,
    }
    assert _review(truth[:1], routes[2:3]) == {
        "auto_routed_share": 0.0,
        "auto_routed_accuracy": None,
        "accuracy": 1.0,
    }
    assert _review([], []) == {
        "auto_routed_share": 0.0,
        "auto_routed_accuracy": None,
        "accuracy": 0.0,
    }


def test_evaluate_detects_languages_without_a_column(tmp_path):
    data = write_history(tmp_path / "h.csv", history({"en": 4, "fr": 4}), language_column=False)
    result = evaluate_files(
        data,
        data,
        text_column="text",
        label_column="dept",
        embedder=FakeEmbedder(),
        test_languages=["fr"],
    )
    assert result["language_source"] == "detected"
    assert set(result["per_language"]) == {"fr"} and result["n"] == 12
    with pytest.raises(ConfigError, match="no training row in pt; its languages are"):
        evaluate_files(
            data,
            data,
            text_column="text",
            label_column="dept",
            embedder=FakeEmbedder(),
            train_languages=["pt"],
        )


def test_parse_languages():
    assert parse_languages(" EN, es ,,") == ["en", "es"]
    assert parse_languages("") is None and parse_languages(None) is None


def test_cli_evaluate_language_flags(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "fake")
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    data = write_history(tmp_path / "h.csv", history({"en": 8, "fr": 4, "ar": 4}))
    out = tmp_path / "eval.json"
    args = ["civicly", "evaluate", "--train", str(data), "--test", str(data)]
    args += ["--text-column", "text", "--label-column", "dept", "--language-column", "lang"]
    code = main(args + ["--train-languages", "en", "--test-languages", "fr,ar", "--json", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "router" in printed and "TF-IDF" in printed and "embed-LR" in printed
    assert "⚠ scarce" in printed and "trained on 24 rows (en 24)" in printed
    result = json.loads(out.read_text("utf-8"))
    assert set(result["per_language"]) == {"fr", "ar"}
    assert (tmp_path / "data" / "civicly" / "embeddings.sqlite3").exists()  # the cache
    assert main(args + ["--train-languages", "pt"]) == 2
    assert "no training row in pt" in capsys.readouterr().err


def test_cli_evaluate_warns_when_test_labels_are_missing_from_training(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "fake")
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    records = history({"en": 6})
    # A split by row parity that left every "lighting" record in the test file.
    train = write_history(tmp_path / "a.csv", [r for r in records if r.service_code != "lighting"])
    test = write_history(tmp_path / "b.csv", records)
    args = ["civicly", "evaluate", "--train", str(train), "--test", str(test)]
    args += ["--text-column", "text", "--label-column", "dept", "--language-column", "lang"]
    out = tmp_path / "eval.json"
    assert main(args + ["--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "⚠ 6 of 18 test rows have a label no training row has (lighting)" in printed
    assert "Check --label-column" in printed
    assert json.loads(out.read_text("utf-8"))["unseen_labels"] == {"lighting": 6}
    assert main(["civicly", "evaluate", "--train", str(test), "--test", str(test)] + args[6:]) == 0
    assert "label no training row has" not in capsys.readouterr().out


def test_cli_train_reports_scarce_languages(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ASSISTANT_EMBEDDER", "fake")
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "history.csv"
    records = history({"en": 20, "ar": 1})
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["description", "service_code", "language"])
        writer.writeheader()
        writer.writerows(
            {"description": r.description, "service_code": r.service_code, "language": r.language}
            for r in records
        )
    assert main(["civicly", "train", "--data", str(path)]) == 0
    captured = capsys.readouterr()
    assert "languages under 5% of the history: ar" in captured.out
    assert "texts embedded (or cached)" in captured.err
    assert main(["civicly", "classify", "حفرة عميقة في شارع Oak"]) == 0
    assert "language:   ar is 4.8% of the training history" in capsys.readouterr().out


# -- the eval suite --------------------------------------------------------------------------


def test_transfer_suite_trains_on_en_es_and_tests_on_the_others(tmp_path):
    from evals.civicly_suite import builtin_files, civicly_transfer_suite

    history_path, holdout_path = builtin_files()
    head = history_path.read_text("utf-8").splitlines()[:401]  # 400 records, five languages
    train = tmp_path / "train.csv"
    train.write_text("\n".join(head) + "\n", "utf-8")
    result = civicly_transfer_suite(
        train, holdout_path, FakeEmbedder(), quick=True, cache=EmbeddingCache(tmp_path)
    )
    assert set(result["info"]["train_languages"]) == {"en", "es"}
    assert set(result["per_language"]) == {"fr", "pt", "ar"}
    overall = result["overall"]
    assert overall["n"] == sum(row["n"] for row in result["per_language"].values())
    assert overall["margin_over_embeddings"] == pytest.approx(
        overall["macro_f1"] - overall["embedding_baseline_macro_f1"], abs=1e-4
    )
    assert result["info"]["per_group"] == 40
    assert result["info"]["router"]["embedded_rows"] == result["info"]["train_records"]
