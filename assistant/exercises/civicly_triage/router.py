"""Department router: a calibrated linear classifier over multilingual features.

Trained on historical records (their ``service_code``). Probabilities come
from scikit-learn's ``CalibratedClassifierCV`` around a logistic regression;
below ``review_threshold`` the routing is ``NEEDS_REVIEW`` and a person
decides. Explanations are the nearest historical cases (embedding cosine)
and the character n-grams that pushed most towards the chosen department.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.errors import ConfigError
from assistant.exercises.civicly_triage.features import Featurizer
from assistant.exercises.civicly_triage.records import FeedbackRecord

NEEDS_REVIEW = "NEEDS_REVIEW"


@dataclass(frozen=True)
class Routing:
    """Where a message goes, how sure the model is, and the runners-up."""

    department: str
    predicted: str
    probability: float
    needs_review: bool
    ranking: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class SimilarCase:
    """A historical record close in meaning to the message."""

    service_request_id: str
    department: str
    similarity: float
    description: str


@dataclass(frozen=True)
class RoutingExplanation:
    """Why the router chose a department."""

    similar_cases: tuple[SimilarCase, ...]
    terms_for: tuple[tuple[str, float], ...]
    terms_against: tuple[tuple[str, float], ...]


class Router:
    """Learns department labels from historical feedback."""

    def __init__(self, featurizer: Featurizer, review_threshold: float = 0.5, c: float = 4.0):
        self.featurizer = featurizer
        self.review_threshold = review_threshold
        self.c = c
        self.model: Any = None
        self.classes: list[str] = []
        self._vectors = np.zeros((0, 0), dtype=np.float32)
        self._cases: list[tuple[str, str, str]] = []

    def fit(
        self,
        records: Sequence[FeedbackRecord],
        vectors: np.ndarray,
        features: Any,
        embedded: np.ndarray | None = None,
    ) -> Router:
        """Train on records with precomputed embeddings and features.

        ``embedded`` marks the rows that have a real embedding (the others are
        zero); only those can be shown as nearest historical cases.
        """
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.linear_model import LogisticRegression

        self.__dict__.pop("_coefficient_cache", None)  # new model, new coefficients

        labels = [r.service_code for r in records]
        counts = {label: labels.count(label) for label in set(labels)}
        if "" in counts:
            raise ConfigError("Every training record needs a department (service_code).")
        if len(counts) < 2:
            raise ConfigError("Training needs at least two departments.")
        rare = sorted(label for label, n in counts.items() if n < 3)
        if rare:
            raise ConfigError(
                f"Departments with fewer than 3 examples cannot be learned: {', '.join(rare)}. "
                "Add examples or merge them into another department."
            )
        base = LogisticRegression(C=self.c, max_iter=3000, class_weight="balanced")
        self.model = CalibratedClassifierCV(base, method="sigmoid", cv=3).fit(features, labels)
        self.classes = [str(c) for c in self.model.classes_]
        keep = np.ones(len(records), dtype=bool) if embedded is None else embedded
        self._vectors = vectors[keep].astype(np.float32)
        self._cases = [
            (r.service_request_id, r.service_code, r.description)
            for r, kept in zip(records, keep, strict=True)
            if kept
        ]
        return self

    def predict_proba(self, features: Any) -> np.ndarray:
        """Calibrated probabilities, columns in ``self.classes`` order."""
        return np.asarray(self.model.predict_proba(features))

    def route(self, probabilities: np.ndarray) -> Routing:
        """Turn one row of probabilities into a routing decision."""
        order = np.argsort(-probabilities)
        best = self.classes[order[0]]
        probability = float(probabilities[order[0]])
        needs_review = probability < self.review_threshold
        return Routing(
            department=NEEDS_REVIEW if needs_review else best,
            predicted=best,
            probability=probability,
            needs_review=needs_review,
            ranking=tuple((self.classes[i], float(probabilities[i])) for i in order[:3]),
        )

    def _coefficients(self, department: str) -> np.ndarray:
        """Mean coefficients of ``department`` over the calibration folds (computed once)."""
        cache: dict[str, np.ndarray] = self.__dict__.setdefault("_coefficient_cache", {})
        if department not in cache:
            index = self.classes.index(department)
            cache[department] = np.mean(
                [
                    c.estimator.coef_[index if c.estimator.coef_.shape[0] > 1 else 0]
                    for c in self.model.calibrated_classifiers_
                ],
                axis=0,
            )
        return cache[department]

    def explain(
        self, vector: np.ndarray, features: Any, department: str, k: int = 3
    ) -> RoutingExplanation:
        """Nearest historical cases and the n-grams for / against ``department``."""
        similarity = self._vectors @ vector
        nearest = np.argsort(-similarity)[:k]
        cases = tuple(
            SimilarCase(
                self._cases[i][0], self._cases[i][1], float(similarity[i]), self._cases[i][2]
            )
            for i in nearest
        )
        coefficients = self._coefficients(department)
        dim = self._vectors.shape[1]
        row = features.tocsr()[0]
        # Character n-grams overlap ("gas", " gas", "ga"): add up contributions of
        # the same stripped n-gram, skip very short ones, and keep an n-gram only
        # if no better-ranked one already contains it.
        totals: dict[str, float] = {}
        names = self.featurizer.term_names()
        for column, value in zip(row.indices, row.data, strict=True):
            if column >= dim:
                term = str(names[column - dim]).strip()
                if len(term) >= 3:
                    totals[term] = totals.get(term, 0.0) + float(value * coefficients[column])
        ranked = sorted(totals.items(), key=lambda item: -item[1])
        terms_for = _distinct([(t, w) for t, w in ranked if w > 0], 6)
        terms_against = _distinct([(t, w) for t, w in reversed(ranked) if w < 0], 4)
        return RoutingExplanation(cases, terms_for, terms_against)


def _distinct(terms: list[tuple[str, float]], limit: int) -> tuple[tuple[str, float], ...]:
    """Best terms first, dropping any contained in (or containing) one already kept."""
    kept: list[tuple[str, float]] = []
    for term, weight in terms:
        if any(term in other or other in term for other, _ in kept):
            continue
        kept.append((term, round(weight, 4)))
        if len(kept) == limit:
            break
    return tuple(kept)
