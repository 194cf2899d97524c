"""Department router: calibrated linear classifiers over multilingual features.

Trained on historical records (their ``service_code``). Two classifiers are
fitted on the same rows, each a logistic regression calibrated with
scikit-learn's ``CalibratedClassifierCV``:

* the **full** model reads the embedding block and the character n-grams;
* the **semantic** model reads the multilingual embedding block alone.

The n-grams make the full model strong on the languages the history holds
(held-out history macro-F1 0.946 against 0.930 for the embedding alone) and
weak on a language it barely has: they do not carry across languages, and
from a few records of a language they learn noise. So the router gates them
by the message language's share of the training history: a language at or
above ``min_share`` (5 %) gets the full model; a scarcer one, seen or not,
gets an even mix of the full and the semantic model's probabilities
(``scarce_ngram_weight`` = 0.5).

Why this gate (``benchmarks/results/civicly_transfer.md`` has the numbers):
trained on English alone and tested on the other four languages, the full
model scored 0.749 macro-F1 on the held-out history, the embeddings-only
baseline 0.773, the semantic model 0.790 and the even mix 0.788; on en+es ->
fr/pt/ar 0.816, 0.825, 0.835 and 0.844; on the fresh phrasings 0.672, 0.678,
0.674 and 0.689. The mix was the only choice at or above the baseline on all
three. Weights of 0.25 and 0.75 and a ramp from 0.5 at no records to 1.0 at
``min_share`` were no better on histories holding 30 or 100 Arabic or
Portuguese records, and dropping a scarce language's n-grams from training
helped with 30 Arabic records and hurt with 100 — within the noise of test
sets of 180-225 messages, so the simpler step stayed.

Below ``review_threshold`` the routing is ``NEEDS_REVIEW`` and a person
decides; a message in a scarce language needs ``scarce_review_threshold``
(0.6): trained on English, the routings of other languages kept at 0.5 were
84-90 % right (95 % in the history's own languages), at 0.6 90-93 %, with
44-55 % of the messages still routed without review. Explanations are the
nearest historical cases (embedding cosine) and the character n-grams that
pushed most towards the chosen department.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.errors import ConfigError
from assistant.exercises.civicly_triage.features import Featurizer
from assistant.exercises.civicly_triage.records import FeedbackRecord

NEEDS_REVIEW = "NEEDS_REVIEW"
#: A language under this share of the training history is "scarce": its n-grams are
#: down-weighted, the tab warns, the audit flags it (see the module docstring).
MIN_LANGUAGE_SHARE = 0.05
#: The full model's share of the probabilities for a message in a scarce language.
SCARCE_NGRAM_WEIGHT = 0.5
#: Confidence a scarce-language routing needs before it skips human review.
SCARCE_REVIEW_THRESHOLD = 0.6


@dataclass(frozen=True)
class Routing:
    """Where a message goes, how sure the model is, and the runners-up."""

    department: str
    predicted: str
    probability: float
    needs_review: bool
    ranking: tuple[tuple[str, float], ...]
    language: str = ""
    #: The language's share of the training history (1.0 when unknown).
    language_share: float = 1.0
    #: True when the history barely covers the language (under ``min_language_share``).
    scarce_language: bool = False
    min_language_share: float = 0.0
    #: The confidence this routing needed to skip review (higher in a scarce language).
    review_threshold: float = 0.5


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

    # Class-level defaults: a model pickled before the language gate loads as "no gate".
    min_share: float = 0.0
    scarce_ngram_weight: float = 1.0
    scarce_review_threshold: float = 0.5
    semantic: Any = None

    def __init__(
        self,
        featurizer: Featurizer,
        review_threshold: float = 0.5,
        c: float = 4.0,
        *,
        min_share: float = MIN_LANGUAGE_SHARE,
        scarce_ngram_weight: float = SCARCE_NGRAM_WEIGHT,
        scarce_review_threshold: float = SCARCE_REVIEW_THRESHOLD,
    ):
        self.featurizer = featurizer
        self.review_threshold = review_threshold
        self.c = c
        self.min_share = min_share
        self.scarce_ngram_weight = scarce_ngram_weight
        self.scarce_review_threshold = max(scarce_review_threshold, review_threshold)
        self.model: Any = None
        self.semantic: Any = None
        self.classes: list[str] = []
        #: Training records per language code (detected when the data had no language).
        self.support: dict[str, int] = {}
        self._vectors = np.zeros((0, 0), dtype=np.float32)
        self._cases: list[tuple[str, str, str]] = []

    def fit(
        self,
        records: Sequence[FeedbackRecord],
        vectors: np.ndarray,
        features: Any,
        embedded: np.ndarray | None = None,
        languages: Sequence[str] | None = None,
    ) -> Router:
        """Train on records with precomputed embeddings and features.

        ``embedded`` marks the rows that have a real embedding (the others are
        zero); only those train the semantic model and can be shown as nearest
        historical cases. ``languages`` gives each record's language (default:
        the records' own ``language`` field).
        """
        from sklearn.calibration import CalibratedClassifierCV

        self.__dict__.pop("_coefficient_cache", None)  # new model, new coefficients

        labels = [r.service_code for r in records]
        counts = Counter(labels)
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
        self.model = CalibratedClassifierCV(self._linear(), method="sigmoid", cv=3)
        self.model.fit(features, labels)
        self.classes = [str(c) for c in self.model.classes_]
        keep = np.ones(len(records), dtype=bool) if embedded is None else np.asarray(embedded)
        rows = np.flatnonzero(keep)
        kept_labels = [labels[i] for i in rows]
        self.semantic = None
        kept_counts = Counter(kept_labels)
        if set(kept_counts) == set(counts) and min(kept_counts.values()) >= 3:
            self.semantic = CalibratedClassifierCV(self._linear(), method="sigmoid", cv=3)
            self.semantic.fit(self._embedding_block(features, vectors.shape[1])[rows], kept_labels)
        codes = [r.language for r in records] if languages is None else list(languages)
        self.support = dict(Counter(code or "" for code in codes))
        self._vectors = vectors[keep].astype(np.float32)
        self._cases = [
            (r.service_request_id, r.service_code, r.description)
            for r, kept in zip(records, keep, strict=True)
            if kept
        ]
        return self

    @staticmethod
    def _embedding_block(features: Any, dim: int) -> np.ndarray:
        """The embedding columns of the features (scaled as the full model sees them)."""
        return np.asarray(features.tocsr()[:, :dim].toarray())

    def _linear(self) -> Any:
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=self.c, max_iter=3000, class_weight="balanced")

    # -- languages ----------------------------------------------------------------------

    def language_share(self, language: str) -> float:
        """Share of the training history in ``language`` (1.0 for a model without the count)."""
        support = getattr(self, "support", None)  # models pickled before the count existed
        if not support:
            return 1.0
        return support.get(language, 0) / sum(support.values())

    def is_scarce(self, language: str) -> bool:
        """Whether the history barely covers ``language`` (under ``min_share``)."""
        return self.language_share(language) < self.min_share

    def ngram_weight(self, language: str) -> float:
        """How much of the full (n-gram) model a message in ``language`` gets.

        1.0 at or above ``min_share`` of the history, ``scarce_ngram_weight``
        under it (a flat step: see the module docstring for why not a ramp).
        """
        if self.semantic is None or not self.is_scarce(language):
            return 1.0
        return self.scarce_ngram_weight

    # -- prediction ---------------------------------------------------------------------

    def predict_proba(self, features: Any, languages: Sequence[str] | None = None) -> np.ndarray:
        """Calibrated probabilities, columns in ``self.classes`` order.

        With ``languages`` (one code per row), rows in a scarce language mix
        in the semantic model as :meth:`ngram_weight` says; without, every
        row gets the full model.
        """
        full = np.asarray(self.model.predict_proba(features))
        if languages is None or self.semantic is None:
            return full
        weights = np.array([self.ngram_weight(code) for code in languages])
        if (weights >= 1.0).all():
            return full
        block = self._embedding_block(features, self._vectors.shape[1])
        semantic = np.asarray(self.semantic.predict_proba(block))
        return weights[:, None] * full + (1.0 - weights[:, None]) * semantic

    def route(self, probabilities: np.ndarray, language: str = "") -> Routing:
        """Turn one row of probabilities into a routing decision for a message in ``language``."""
        order = np.argsort(-probabilities)
        best = self.classes[order[0]]
        probability = float(probabilities[order[0]])
        scarce = bool(language) and self.is_scarce(language)
        threshold = self.scarce_review_threshold if scarce else self.review_threshold
        needs_review = probability < threshold
        return Routing(
            department=NEEDS_REVIEW if needs_review else best,
            predicted=best,
            probability=probability,
            needs_review=needs_review,
            ranking=tuple((self.classes[i], float(probabilities[i])) for i in order[:3]),
            language=language,
            language_share=round(self.language_share(language), 4) if language else 1.0,
            scarce_language=scarce,
            min_language_share=self.min_share,
            review_threshold=threshold,
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
