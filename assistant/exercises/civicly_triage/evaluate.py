"""Evaluations: the evaluator contract on any labelled text data, and the full audit.

``evaluate_files`` trains on one file and tests on another with any column
names, comparing our router with two baselines trained on the same split in
the same run: TF-IDF (word 1-2 grams) + logistic regression, and
embeddings-only logistic regression (every training row embedded, the
configured embedder). Language filters (``train_languages`` /
``test_languages``) make it a transfer test: train in one language, test in
others; the results are broken down per language with each language's
support in the training data. The router classifies the test rows together,
so the rows of a language the training data lacks are centred by their own
mean (:mod:`.language_centering`); ``single_macro_f1`` is the router's score
when each row is classified alone, as the app does. ``audit`` runs every audit metric of a trained
Civicly model on labelled records.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant import languages as language_tools
from assistant.errors import ConfigError
from assistant.exercises.civicly_triage import audit as metrics
from assistant.exercises.civicly_triage.embedding_cache import EmbeddingCache
from assistant.exercises.civicly_triage.features import Featurizer
from assistant.exercises.civicly_triage.language_centering import reference_means
from assistant.exercises.civicly_triage.records import FeedbackRecord, read_rows
from assistant.exercises.civicly_triage.router import Router, Routing
from assistant.exercises.civicly_triage.service import CivicModel
from assistant.rag.embeddings import Embedder

#: (text, label, language) of one labelled row.
Item = tuple[str, str, str]


def _labelled(path: Path, text: str, label: str, language: str | None) -> tuple[list[Item], int]:
    """Rows with text and label; the language is the column's value, else detected."""
    rows = read_rows(path)
    if not rows:
        raise ConfigError(f"{path}: no rows.")
    columns = set().union(*rows)
    for name in [text, label] + ([language] if language else []):
        if name not in columns:
            raise ConfigError(
                f"{path}: no column {name!r}; columns are {', '.join(sorted(columns))}."
            )
    items, skipped = [], 0
    for row in rows:
        t, y = str(row.get(text) or "").strip(), str(row.get(label) or "").strip()
        if not t or not y:
            skipped += 1
            continue
        code = str(row.get(language) or "").strip().lower() if language else ""
        items.append((t, y, code or language_tools.detect(t)))
    if not items:
        raise ConfigError(f"{path}: no row has both {text!r} and {label!r}.")
    return items, skipped


def _keep(items: list[Item], wanted: Collection[str] | None, path: Path, role: str) -> list[Item]:
    if not wanted:
        return items
    kept = [item for item in items if item[2] in wanted]
    if not kept:
        present = ", ".join(f"{code} ({n})" for code, n in Counter(i[2] for i in items).items())
        raise ConfigError(
            f"{path}: no {role} row in {', '.join(sorted(wanted))}; its languages are {present}."
        )
    return kept


def parse_languages(value: str | None) -> list[str] | None:
    """'en, es' -> ['en', 'es']; empty or None -> None (every language)."""
    codes = [code.strip().lower() for code in (value or "").split(",") if code.strip()]
    return codes or None


def baseline_predict(
    train_texts: Sequence[str], train_labels: Sequence[str], test_texts: Sequence[str]
) -> list[str]:
    """TF-IDF (word unigrams and bigrams) + logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    model = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
    model.fit(vectorizer.fit_transform(train_texts), train_labels)
    return [str(p) for p in model.predict(vectorizer.transform(test_texts))]


def embedding_baseline_predict(
    train_vectors: np.ndarray, train_labels: Sequence[str], test_vectors: np.ndarray
) -> list[str]:
    """Embeddings of every training row + logistic regression (same settings as TF-IDF's)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
    model.fit(train_vectors, train_labels)
    return [str(p) for p in model.predict(test_vectors)]


def _scores(
    truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> dict[str, float]:
    return {
        "accuracy": round(metrics.accuracy(truth, predicted), 4),
        "macro_f1": round(metrics.macro_f1(truth, predicted, labels), 4),
    }


def evaluate_files(
    train_path: Path,
    test_path: Path,
    *,
    text_column: str,
    label_column: str,
    embedder: Embedder,
    language_column: str | None = None,
    train_languages: Collection[str] | None = None,
    test_languages: Collection[str] | None = None,
    cache: EmbeddingCache | None = None,
    embed_per_class: int | None = None,
) -> dict[str, Any]:
    """Train on A, test on B; our router against the TF-IDF and embeddings-only baselines.

    ``train_languages`` / ``test_languages`` keep only rows in those languages
    (the ``language_column``, or the detected language when there is none).
    """
    train_all, train_skipped = _labelled(train_path, text_column, label_column, language_column)
    test_all, test_skipped = _labelled(test_path, text_column, label_column, language_column)
    train_items = _keep(train_all, train_languages, train_path, "training")
    test_items = _keep(test_all, test_languages, test_path, "test")
    texts = [t for t, _, _ in train_items]
    labels = [y for _, y, _ in train_items]
    codes = [code for _, _, code in train_items]
    featurizer = Featurizer(embedder)
    vectors, embedded = featurizer.embed_sample(texts, labels, embed_per_class, cache=cache)
    features = featurizer.fit_transform(texts, vectors)
    records = [FeedbackRecord(f"train-{i}", t, y) for i, (t, y, _) in enumerate(train_items)]
    reference = reference_means(featurizer, cache)
    router = Router(featurizer).fit(records, vectors, features, embedded, codes, reference)
    test_texts = [t for t, _, _ in test_items]
    truth = [y for _, y, _ in test_items]
    test_codes = [code for _, _, code in test_items]
    test_vectors = featurizer.embed(test_texts, cache=cache)
    test_features = featurizer.transform(test_texts, test_vectors)
    probabilities = router.predict_proba(test_features, test_codes)
    predicted = [router.classes[i] for i in np.argmax(probabilities, axis=1)]
    one_by_one = router.predict_proba(test_features, test_codes, pooled=False)
    routes = [router.route(row, code) for row, code in zip(one_by_one, test_codes, strict=True)]
    single = [route.predicted for route in routes]
    baseline = baseline_predict(texts, labels, test_texts)
    every_vector = vectors if embedded.all() else featurizer.embed(texts, cache=cache)
    semantic = embedding_baseline_predict(every_vector, labels, test_vectors)
    label_set = sorted(set(truth))
    ours, alone, tfidf, embeddings = (
        _scores(truth, p, label_set) for p in (predicted, single, baseline, semantic)
    )
    support = metrics.language_support(Counter(codes), router.min_share)
    known = set(labels)
    unseen = Counter(y for y in truth if y not in known)
    result: dict[str, Any] = {
        "n": len(test_items),
        **ours,
        "single_macro_f1": alone["macro_f1"],
        "review": _review(truth, routes),
        "baseline_accuracy": tfidf["accuracy"],
        "baseline_macro_f1": tfidf["macro_f1"],
        "embedding_baseline_accuracy": embeddings["accuracy"],
        "embedding_baseline_macro_f1": embeddings["macro_f1"],
        "per_language": {},
        "train_n": len(train_items),
        # Test labels no training row has: no model can get those rows right.
        "unseen_labels": dict(sorted(unseen.items())),
        "train_languages": {code: row["n"] for code, row in support.items()},
        "filters": {
            "train_languages": sorted(train_languages or []),
            "test_languages": sorted(test_languages or []),
        },
        "language_source": "column" if language_column else "detected",
        "skipped_rows": {"train": train_skipped, "test": test_skipped},
        "embedder": embedder.id,
        "router": {
            "embedded_rows": int(embedded.sum()),
            "min_share": router.min_share,
            "scarce_ngram_weight": router.scarce_ngram_weight,
            "review_threshold": router.review_threshold,
            "scarce_review_threshold": router.scarce_review_threshold,
            "centering": _centering_info(router),
        },
    }
    groups: dict[str, list[int]] = defaultdict(list)
    for i, code in enumerate(test_codes):
        groups[code or "(unknown)"].append(i)
    for code, idx in sorted(groups.items()):
        t = [truth[i] for i in idx]
        labels_here = sorted(set(t))
        trained = support.get(code, {"n": 0, "share": 0.0, "scarce": True})
        result["per_language"][code] = {
            "n": len(idx),
            **_scores(t, [predicted[i] for i in idx], labels_here),
            "single_macro_f1": _scores(t, [single[i] for i in idx], labels_here)["macro_f1"],
            "review": _review(t, [routes[i] for i in idx]),
            "baseline_macro_f1": _scores(t, [baseline[i] for i in idx], labels_here)["macro_f1"],
            "embedding_baseline_macro_f1": _scores(t, [semantic[i] for i in idx], labels_here)[
                "macro_f1"
            ],
            "train_n": trained["n"],
            "train_share": trained["share"],
            "scarce": trained["scarce"],
        }
    return result


def _review(truth: Sequence[str], routes: Sequence[Routing]) -> dict[str, Any]:
    """What human review catches, classifying one by one as the app does.

    ``auto_routed_share``: messages sent straight to a department (the rest go
    to NEEDS_REVIEW); ``auto_routed_accuracy``: how many of those were right
    (None when none were); ``accuracy``: of every message, before review.
    """
    right = [t == r.predicted for t, r in zip(truth, routes, strict=True)]
    auto = [ok for ok, r in zip(right, routes, strict=True) if not r.needs_review]
    return {
        "auto_routed_share": round(len(auto) / len(routes), 4) if routes else 0.0,
        "auto_routed_accuracy": round(sum(auto) / len(auto), 4) if auto else None,
        "accuracy": round(sum(right) / len(routes), 4) if routes else 0.0,
    }


def _centering_info(router: Router) -> dict[str, Any] | None:
    """The semantic head's language centring settings (None when it has none)."""
    centering = getattr(router.semantic, "centering", None)
    if centering is None:
        return None
    return {
        "strength": centering.strength,
        "prior_rows": centering.prior_rows,
        "reference_languages": sorted(centering.priors),
    }


def audit(
    model: CivicModel, records: Sequence[FeedbackRecord], top_k: int | None = None
) -> dict[str, Any]:
    """Every audit metric of ``model`` on labelled records."""
    labelled = [r for r in records if r.service_code]
    if not labelled:
        raise ConfigError("The audit needs records with a department (service_code).")
    results = model.classify_many([r.description for r in labelled])
    truth = [r.service_code for r in labelled]
    predicted = [routing.predicted for routing, _ in results]
    labels = sorted(set(truth))
    scores = [u.score for _, u in results]
    urgent = [r.urgent for r in labelled]
    k = top_k or max(1, sum(urgent))
    by_language = metrics.fairness_table(
        truth,
        predicted,
        [r.language or language_tools.detect(r.description) for r in labelled],
        labels,
    )
    return {
        "n": len(labelled),
        "model_version": model.version,
        "accuracy": round(metrics.accuracy(truth, predicted), 4),
        "macro_f1": round(metrics.macro_f1(truth, predicted, labels), 4),
        "needs_review_rate": round(sum(r.needs_review for r, _ in results) / len(results), 4),
        "confusion": metrics.confusion(truth, predicted),
        "by_language": by_language,
        "language_support": metrics.support_table(
            model.language_support(), by_language["groups"], model.router.min_share
        ),
        "by_district": metrics.fairness_table(
            truth, predicted, [r.district for r in labelled], labels
        ),
        "calibration": metrics.calibration(
            [r.probability for r, _ in results],
            [t == p for t, p in zip(truth, predicted, strict=True)],
        ),
        "urgency": {
            "k": k,
            "urgent_cases": sum(urgent),
            "recall_at_k": round(metrics.urgent_recall_at_k(scores, urgent, k), 4),
        },
    }
