"""Department router: calibrated linear classifiers over multilingual features.

Trained on historical records (their ``service_code``). Two models are
fitted on the same rows:

* the **full** model, a logistic regression over the embedding block and the
  character n-grams, calibrated with scikit-learn's ``CalibratedClassifierCV``
  (sigmoid, three folds);
* the **semantic** head (:class:`SemanticHead`): the embeddings-only
  classifier of the evaluator's baseline — the same logistic regression on
  the unit-length embeddings of every embedded row — fitted after half of
  each language's mean embedding is subtracted (:mod:`.language_centering`),
  its confidence calibrated by a single temperature, which never changes the
  top department.

The n-grams make the full model strong on the languages the history holds
(held-out history macro-F1 0.946 against 0.917 for the embeddings alone) and
weak on a language it barely has: they do not carry across languages, and
from a few records of a language they learn noise. So the router gates them
by the message language's share of the training history:

* at or above ``min_share`` (5 %): the full model;
* under it, with records: an even mix of the full model's and the semantic
  head's probabilities (``scarce_ngram_weight`` = 0.5);
* no training record at all: the semantic head alone.

Language centring. Until it, the semantic head was the baseline's classifier
itself, so a language without records was routed exactly as the
embeddings-only baseline — never worse, never better. Removing part of the
language direction from the embeddings lets it do better: on the 12 transfer
cases of ``benchmarks/results/civicly_transfer.md`` (train in one language
or two, test in the others) the router is at or above the baseline in every
case, +0.034 macro-F1 on average (trained on Arabic +0.06 to +0.09, the
public-style short messages 0.746 -> 0.866). Those numbers classify each test
set together, so an unseen language is centred by its own messages' mean;
one message at a time (the app) it is centred by a prior from a reference
pool instead, which gains less: +0.020 on average, at or above the baseline
in all 12 (``single_macro_f1``; short messages 0.805). The full model is not
centred: the history's own languages route as before (held-out history
0.946); with 30 Arabic records in training (a scarce language, the even
mix) the held-out Arabic moved 0.711 -> 0.705, one message of 105.
Measured on the same 12 cases and not adopted (differences from the plain
baseline, worst / mean): the head with ``C`` 16 -0.023 / +0.004, ``C`` 1
-0.094 / -0.039, without class weights -0.194 / -0.070; messages embedded in
e5's "query:" role instead of "passage:" -0.062 / -0.004 (centred -0.041 /
+0.023).

Why the gate is as it is (measured before the centring, with the
uncentred head; ``benchmarks/results/civicly_transfer.md``): the earlier gate gave a
language without records the even mix too, and its semantic head was a
per-class sigmoid calibration (three-fold ensemble) of a classifier on the
embedding block as the full model sees it (scaled by 2, so less
regularised). Trained in one language and tested on the others, it ranged
from +0.048 to -0.046 macro-F1 against the baseline and was below it in 6 of
12 cases (fresh pt -0.046, short messages -0.037, fresh es -0.025, fresh fr
-0.019, history pt -0.013, history es -0.008). Nine cases — history
trained on each language and on en+es, fresh phrasings trained on en, fr
and es — compared heads for
a language without records, as macro-F1 minus the baseline's (worst case /
mean): the full model -0.057 / -0.024; the earlier mix -0.025 / +0.003; the
earlier semantic head alone -0.027 / +0.004; the baseline's classifier with
per-class sigmoid calibration -0.015 / +0.007 (the calibration reorders
classes), or with the scaled block -0.021 / +0.004; mixes of 0.25 and 0.5 of
the full model with the baseline's classifier -0.017 / +0.004 and -0.032 /
-0.005. None was at or above the baseline on all nine; their gains and
losses (up to 0.05 either way on test sets of 280-540 messages) look like
noise, and with no record of a language its n-grams have nothing to say. So
the simplest rule that never falls below the baseline is to be it: margin
0.000 in all 12 cases, including fresh pt and ar and the short messages,
which did not inform the choice (measured afterwards, every other head was
below the baseline on at least one of those three too). The price: trained
on Arabic alone, the earlier mix was +0.048 (history) and +0.042 (fresh)
above the baseline; the router now gives that up. The even mix for a
language under 5 % with some records was chosen with the earlier head
(histories holding 30 or 100 Arabic or Portuguese records; weights 0.25 and
0.75, a ramp, and dropping the scarce language's n-grams were no better) and
is kept: with the new head, on the held-out history's Arabic with 30 Arabic
records in training (1.0 %, 105 messages) it is +0.024 over the baseline
(the earlier mix -0.010, a ramp from 0 to 1 at ``min_share`` +0.010), and
on its Portuguese with 100 records (3.1 %, 60 messages) +0.040 (both +0.040).

Below ``review_threshold`` the routing is ``NEEDS_REVIEW`` and a person
decides; a message in a scarce language needs ``scarce_review_threshold``
(0.6): trained on English, the routings of other languages kept at 0.5 were
84-90 % right (95 % in the history's own languages), at 0.6 90-93 %, with
44-55 % of the messages still routed without review (measured with the
earlier head). Explanations are the nearest historical cases (embedding
cosine) and the character n-grams that pushed most towards the chosen
department.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.errors import ConfigError
from assistant.exercises.civicly_triage.features import Featurizer
from assistant.exercises.civicly_triage.language_centering import LanguageCentering
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


class SemanticHead:
    """The embeddings-only model on language-centred embeddings, calibrated by one temperature.

    The evaluator's embeddings-only baseline (logistic regression, ``C`` and
    class weights alike, on the unit-length embeddings of every embedded row),
    fitted on embeddings from which part of each language's mean has been
    subtracted (:mod:`.language_centering`) when the rows' languages are
    given; without them it is exactly that baseline. A single temperature,
    fitted on three-fold cross-validated logits, makes its confidence usable
    for the review threshold without changing which department ranks first (a
    per-class sigmoid calibration can reorder them). ``predict_proba`` takes
    the embedding block as the features hold it (scaled by ``scale``).
    """

    #: Class-level default: a head pickled before centering loads as "not centred".
    centering: LanguageCentering | None = None

    def __init__(self, c: float, scale: float) -> None:
        self.c = c
        self.scale = scale
        self.temperature = 1.0
        self.model: Any = None
        self.classes_: np.ndarray = np.array([])
        self.centering = None

    def _linear(self) -> Any:
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=self.c, max_iter=3000, class_weight="balanced")

    def fit(
        self,
        block: np.ndarray,
        labels: Sequence[str],
        languages: Sequence[str] | None = None,
        reference: Mapping[str, np.ndarray] | None = None,
    ) -> SemanticHead:
        """Fit on the embedding block of the training rows, then the temperature.

        With ``languages`` (one code per row) the embeddings are centred per
        language first, with ``reference`` (language -> mean embedding of a
        reference pool) giving the priors of languages outside the training data.
        """
        from scipy.optimize import minimize_scalar
        from scipy.special import log_softmax
        from sklearn.model_selection import cross_val_predict

        vectors = self._unscaled(block)
        self.centering = None
        if languages is not None:
            self.centering = LanguageCentering().fit(vectors, languages, reference)
            vectors = self.centering.transform(vectors, languages)
        self.model = self._linear().fit(vectors, labels)
        self.classes_ = self.model.classes_
        held_out = _logits(
            cross_val_predict(self._linear(), vectors, labels, cv=3, method="decision_function")
        )
        truth = np.searchsorted(self.classes_, labels)
        rows = np.arange(len(truth))

        def loss(t: float) -> float:
            return float(-log_softmax(held_out / t, axis=1)[rows, truth].mean())

        self.temperature = float(minimize_scalar(loss, bounds=(0.05, 20.0), method="bounded").x)
        return self

    def predict_proba(
        self, block: Any, languages: Sequence[str] | None = None, *, pooled: bool = True
    ) -> np.ndarray:
        """Probabilities, columns in ``classes_`` order.

        A centred head needs each row's language: without ``languages`` every
        row counts as one unknown language. ``pooled`` (the default) estimates
        the mean of a language the training data lacks from all its rows here;
        ``pooled=False`` from each row alone, as classifying one message does.
        """
        from scipy.special import softmax

        vectors = self._unscaled(block)
        if self.centering is not None:
            codes = [""] * len(vectors) if languages is None else list(languages)
            vectors = self.centering.transform(vectors, codes, pooled=pooled)
        scores = _logits(self.model.decision_function(vectors))
        return np.asarray(softmax(scores / self.temperature, axis=1))

    def _unscaled(self, block: Any) -> np.ndarray:
        """The embeddings as the embedder gave them (float32, unit length).

        The baseline reads them so; scikit-learn fits float32 input in float32,
        so float64 would give a slightly different model.
        """
        return (np.asarray(block) / self.scale).astype(np.float32)


def _logits(scores: np.ndarray) -> np.ndarray:
    """Per-class logits from a decision function (a binary one gives a single column)."""
    scores = np.asarray(scores, dtype=float)
    if scores.ndim == 1:
        return np.column_stack([np.zeros_like(scores), scores])
    return scores


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
        reference: Mapping[str, np.ndarray] | None = None,
    ) -> Router:
        """Train on records with precomputed embeddings and features.

        ``embedded`` marks the rows that have a real embedding (the others are
        zero); only those train the semantic model and can be shown as nearest
        historical cases. ``languages`` gives each record's language (default:
        the records' own ``language`` field). ``reference`` (language -> mean
        embedding of a reference pool, :func:`.language_centering.reference_means`)
        gives the semantic head's centring its priors for languages the records lack.
        """
        from sklearn.calibration import CalibratedClassifierCV

        self.__dict__.pop("_coefficient_cache", None)  # new model, new coefficients

        labels = [r.service_code for r in records]
        counts = Counter(labels)
        if "" in counts:
            raise ConfigError.from_key("civicly_no_department")
        if len(counts) < 2:
            raise ConfigError.from_key("civicly_one_department")
        rare = sorted(label for label, n in counts.items() if n < 3)
        if rare:
            raise ConfigError.from_key("civicly_rare_departments", departments=", ".join(rare))
        self.model = CalibratedClassifierCV(self._linear(), method="sigmoid", cv=3)
        self.model.fit(features, labels)
        self.classes = [str(c) for c in self.model.classes_]
        keep = np.ones(len(records), dtype=bool) if embedded is None else np.asarray(embedded)
        rows = np.flatnonzero(keep)
        kept_labels = [labels[i] for i in rows]
        codes = [r.language for r in records] if languages is None else list(languages)
        self.semantic = None
        kept_counts = Counter(kept_labels)
        if set(kept_counts) == set(counts) and min(kept_counts.values()) >= 3:
            self.semantic = SemanticHead(self.c, self.featurizer.embedding_weight).fit(
                self._embedding_block(features, vectors.shape[1])[rows],
                kept_labels,
                [codes[i] or "" for i in rows],
                reference,
            )
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
        under it, and 0.0 for a language with no training record at all: there
        the semantic head alone decides (see the module docstring).
        """
        if self.semantic is None or not self.is_scarce(language):
            return 1.0
        if self.language_share(language) == 0.0:
            return 0.0
        return self.scarce_ngram_weight

    # -- prediction ---------------------------------------------------------------------

    def predict_proba(
        self, features: Any, languages: Sequence[str] | None = None, *, pooled: bool = True
    ) -> np.ndarray:
        """Calibrated probabilities, columns in ``self.classes`` order.

        With ``languages`` (one code per row), rows in a scarce language mix
        in the semantic model as :meth:`ngram_weight` says; without, every
        row gets the full model. The rows of a language without training
        records are centred together (``pooled``), or each alone
        (``pooled=False``, what classifying them one by one gives); see
        :mod:`.language_centering`.
        """
        full = np.asarray(self.model.predict_proba(features))
        if languages is None or self.semantic is None:
            return full
        weights = np.array([self.ngram_weight(code) for code in languages])
        if (weights >= 1.0).all():
            return full
        block = self._embedding_block(features, self._vectors.shape[1])
        codes = [code or "" for code in languages]
        semantic = np.asarray(self.semantic.predict_proba(block, codes, pooled=pooled))
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
