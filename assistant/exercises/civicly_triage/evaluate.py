"""Evaluations: the evaluator contract on any labelled text data, and the full audit.

``evaluate_files`` trains on one file and tests on another with any column
names, comparing our router with a TF-IDF (word 1-2 grams) + logistic
regression baseline on the same split. ``audit`` runs every audit metric of a
trained Civicly model on labelled records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ConfigError
from assistant.exercises.civicly_triage import audit as metrics
from assistant.exercises.civicly_triage.features import Featurizer
from assistant.exercises.civicly_triage.records import FeedbackRecord, read_rows
from assistant.exercises.civicly_triage.router import Router
from assistant.exercises.civicly_triage.service import CivicModel
from assistant.rag.embeddings import Embedder


def _labelled(
    path: Path, text: str, label: str, language: str | None
) -> tuple[list[tuple[str, str, str]], int]:
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
        items.append((t, y, str(row.get(language) or "").strip() if language else ""))
    if not items:
        raise ConfigError(f"{path}: no row has both {text!r} and {label!r}.")
    return items, skipped


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


def evaluate_files(
    train_path: Path,
    test_path: Path,
    *,
    text_column: str,
    label_column: str,
    embedder: Embedder,
    language_column: str | None = None,
) -> dict[str, Any]:
    """Train on A, test on B; our router against the TF-IDF baseline."""
    train_items, train_skipped = _labelled(train_path, text_column, label_column, language_column)
    test_items, test_skipped = _labelled(test_path, text_column, label_column, language_column)
    texts = [t for t, _, _ in train_items]
    labels = [y for _, y, _ in train_items]
    featurizer = Featurizer(embedder)
    vectors, embedded = featurizer.embed_sample(texts, labels)
    features = featurizer.fit_transform(texts, vectors)
    records = [FeedbackRecord(f"train-{i}", t, y) for i, (t, y, _) in enumerate(train_items)]
    router = Router(featurizer).fit(records, vectors, features, embedded)
    test_texts = [t for t, _, _ in test_items]
    truth = [y for _, y, _ in test_items]
    probabilities = router.predict_proba(featurizer.transform(test_texts))
    predicted = [router.classes[i] for i in np.argmax(probabilities, axis=1)]
    baseline = baseline_predict(texts, labels, test_texts)
    label_set = sorted(set(truth))
    result: dict[str, Any] = {
        "n": len(test_items),
        "accuracy": round(metrics.accuracy(truth, predicted), 4),
        "macro_f1": round(metrics.macro_f1(truth, predicted, label_set), 4),
        "baseline_accuracy": round(metrics.accuracy(truth, baseline), 4),
        "baseline_macro_f1": round(metrics.macro_f1(truth, baseline, label_set), 4),
        "per_language": {},
        "train_n": len(train_items),
        "skipped_rows": {"train": train_skipped, "test": test_skipped},
        "embedder": embedder.id,
    }
    if language_column:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, (_, _, lang) in enumerate(test_items):
            groups[lang or "(unknown)"].append(i)
        for lang, idx in sorted(groups.items()):
            t = [truth[i] for i in idx]
            result["per_language"][lang] = {
                "n": len(idx),
                "accuracy": round(metrics.accuracy(t, [predicted[i] for i in idx]), 4),
                "macro_f1": round(
                    metrics.macro_f1(t, [predicted[i] for i in idx], sorted(set(t))), 4
                ),
                "baseline_macro_f1": round(
                    metrics.macro_f1(t, [baseline[i] for i in idx], sorted(set(t))), 4
                ),
            }
    return result


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
    return {
        "n": len(labelled),
        "model_version": model.version,
        "accuracy": round(metrics.accuracy(truth, predicted), 4),
        "macro_f1": round(metrics.macro_f1(truth, predicted, labels), 4),
        "needs_review_rate": round(sum(r.needs_review for r, _ in results) / len(results), 4),
        "confusion": metrics.confusion(truth, predicted),
        "by_language": metrics.fairness_table(
            truth, predicted, [r.language for r in labelled], labels
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
