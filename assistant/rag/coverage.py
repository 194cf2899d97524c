"""Does the course cover this question? A calibrated decision over retrieval features.

One cosine threshold for every language did not work: multilingual embedders
give questions in French, Spanish or Arabic higher cosines to *everything* than
English questions, so off-topic and harmful prompts in those languages passed
the English-tuned threshold about twice as often. The decision here is a
logistic regression over a few retrieval features, calibrated (Platt scaling,
cross-validated) and given a probability threshold per language:

* ``top``, ``second``, ``mean5``, ``spread`` — the best cosine, the runner-up,
  the mean of the best five and the spread of the candidates' cosines (a
  question that matches one passage stands out from the rest);
* ``top_same`` — the best cosine among passages in the question's language;
* ``lexical`` — the share of the question's content words (stemmed, stop words
  removed) found in the best passage, and ``words``, how many there are;
* the question's language, alone and times ``top`` (each language gets its own
  offset and slope);
* ``domain`` — a score of the question's embedding, fitted on questions
  about the course against off-topic and harmful ones: the log-odds of the
  course class of a softmax over course questions, off-topic requests,
  distress, harmful and manipulative prompts (several kinds to refuse, which one
  linear direction separates less well).

A concatenation (``e5+use``) reads the cosines of its reference part (e5) and,
when the artefact has an entry of its own, the domain score on its whole
vector; without one it uses its reference part's model. Raw cosines of small
  multilingual embedders are all high (0.8 for "how do I renew my passport?");
  a learned direction separates "about AI in government" from "about anything
  else" far better (out of fold: refusal recall 0.91 → 0.97 at 2–3 % false
  refusals). It is fitted for the built-in course: a deployment that adds whole
  new subjects should refit (``python -m evals.fit coverage --corpus …`` with
  questions about them) or choose ``ASSISTANT_COVERAGE=threshold``.

The fitted model is a small JSON artefact (``calibration/coverage.v1.json``)
keyed by the embedder id, written by ``python -m evals.fit coverage`` with the
data it saw and its cross-validated numbers. An embedder without an entry falls
back to its measured cosine threshold, with a log line.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ConfigError

log = logging.getLogger(__name__)

ARTEFACT = "coverage.v1.json"
LANGUAGES = ("en", "fr", "es", "pt", "ar")
BASE_FEATURES = ("top", "second", "mean5", "spread", "top_same", "lexical", "words")
#: The retrieval columns, in order (what :func:`feature_vector` returns).
FEATURES = (
    *BASE_FEATURES,
    *(f"lang_{code}" for code in LANGUAGES),
    *(f"top_x_{code}" for code in LANGUAGES),
)
#: Every column of the model: the retrieval columns, then the embedding's domain score.
MODEL_FEATURES = (*FEATURES, "domain")


def feature_vector(
    cosines: Sequence[float],
    same_language_cosines: Sequence[float],
    lexical_share: float,
    content_words: int,
    language: str,
) -> np.ndarray:
    """The model's columns (:data:`FEATURES`) for one question's retrieval."""
    ranked = sorted(cosines, reverse=True) or [0.0]
    top = ranked[0]
    second = ranked[1] if len(ranked) > 1 else top
    values = [
        top,
        second,
        float(np.mean(ranked[:5])),
        float(np.std(ranked)) if len(ranked) > 1 else 0.0,
        max(same_language_cosines, default=top),
        lexical_share,
        math.log1p(content_words),
    ]
    values += [1.0 if language == code else 0.0 for code in LANGUAGES]
    values += [top if language == code else 0.0 for code in LANGUAGES]
    return np.asarray(values, dtype=np.float64)


@dataclass(frozen=True)
class Domain:
    """The learned "is this about the course's subject?" score of a question's embedding.

    One row of weights is a linear score; several are a softmax over the course class
    (first) and the kinds of questions to refuse, scored as the course class's log-odds.
    """

    weights: np.ndarray  # (classes, dim), or (dim,) for a linear score
    bias: np.ndarray  # (classes,), or a scalar

    def score(self, vector: np.ndarray) -> float:
        """The domain score of one query embedding."""
        logits = np.atleast_2d(self.weights) @ np.asarray(vector, dtype=np.float64)
        logits = logits + np.atleast_1d(self.bias)
        if len(logits) == 1:
            return float(logits[0])
        rest = logits[1:]
        top = float(rest.max())
        return float(logits[0] - top - math.log(float(np.exp(rest - top).sum())))

    def to_json(self) -> dict[str, Any]:
        """The artefact's ``domain`` entry."""
        return {
            "weights": np.round(self.weights, 7).tolist(),
            "bias": np.round(self.bias, 7).tolist() if np.ndim(self.bias) else round(float(self.bias), 7),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Domain:
        """Read the artefact's ``domain`` entry."""
        return cls(
            np.asarray(data["weights"], dtype=np.float64), np.asarray(data["bias"], dtype=np.float64)
        )


@dataclass(frozen=True)
class CoverageModel:
    """The calibrated coverage decision.

    Adds the domain score, standardises, averages the calibrated folds and
    compares with the language's threshold.
    """

    embedder: str
    domain: Domain
    mean: np.ndarray
    scale: np.ndarray
    folds: tuple[tuple[np.ndarray, float, float, float], ...]  # (coef, intercept, a, b)
    thresholds: dict[str, float]
    info: dict[str, Any]

    def domain_score(self, vector: np.ndarray) -> float:
        """The learned "is this about the course's subject?" score of a query embedding."""
        return self.domain.score(vector)

    def columns(self, features: np.ndarray, vector: np.ndarray) -> np.ndarray:
        """The model's input: retrieval features and the domain score."""
        return np.append(features, self.domain_score(vector))

    def probability(self, features: np.ndarray, vector: np.ndarray) -> float:
        """Calibrated probability that the course covers the question."""
        return self.probability_of(self.columns(features, vector))

    def probability_of(self, columns: np.ndarray) -> float:
        """Like :meth:`probability`, from the model's columns (:data:`MODEL_FEATURES`)."""
        z = (columns - self.mean) / self.scale
        probs = []
        for coef, intercept, a, b in self.folds:
            decision = float(coef @ z + intercept)
            probs.append(1.0 / (1.0 + math.exp(min(700.0, a * decision + b))))
        return float(np.mean(probs))

    def threshold(self, language: str) -> float:
        """The probability from which a question in ``language`` counts as covered."""
        return self.thresholds.get(language, self.thresholds.get("default", 0.5))

    def decide(
        self, features: np.ndarray, vector: np.ndarray, language: str
    ) -> tuple[bool, float]:
        """``(covered, probability)`` for a question's retrieval features and embedding."""
        p = self.probability(features, vector)
        return p >= self.threshold(language), p

    def to_json(self) -> dict[str, Any]:
        """The artefact entry for this model."""
        return {
            "features": list(MODEL_FEATURES),
            "domain": self.domain.to_json(),
            "mean": np.round(self.mean, 8).tolist(),
            "scale": np.round(self.scale, 8).tolist(),
            "folds": [
                {"coef": np.round(c, 8).tolist(), "intercept": round(i, 8), "a": round(a, 8),
                 "b": round(b, 8)}
                for c, i, a, b in self.folds
            ],
            "thresholds": {k: round(v, 4) for k, v in self.thresholds.items()},
            "info": self.info,
        }

    @classmethod
    def from_json(cls, embedder: str, data: dict[str, Any]) -> CoverageModel:
        """Read one artefact entry; refuse one written for other features."""
        if list(data.get("features", [])) != list(MODEL_FEATURES):
            raise ConfigError(
                f"The coverage model for {embedder} was fitted on other features; refit it with "
                "`python -m evals.fit coverage` or set ASSISTANT_COVERAGE=threshold."
            )
        return cls(
            embedder,
            Domain.from_json(data["domain"]),
            np.asarray(data["mean"], dtype=np.float64),
            np.asarray(data["scale"], dtype=np.float64),
            tuple(
                (np.asarray(f["coef"], dtype=np.float64), float(f["intercept"]), float(f["a"]),
                 float(f["b"]))
                for f in data["folds"]
            ),
            {k: float(v) for k, v in data["thresholds"].items()},
            dict(data.get("info", {})),
        )


def calibration_dir() -> Path:
    """Where the shipped artefacts live (inside the package, so they travel in the wheel)."""
    return Path(str(resources.files("assistant.rag") / "calibration"))


@cache
def read_artefact(path: Path) -> dict[str, Any]:
    """A fitted-decision JSON file (``{}`` when missing; read once per process)."""
    try:
        return dict(json.loads(path.read_text("utf-8")))
    except FileNotFoundError:
        return {}
    except ValueError as exc:
        raise ConfigError(f"{path} is not valid JSON ({exc}); restore it from the release.") from exc


def load_coverage_model(
    embedder_id: str, path: Path | None = None, fallback: str | None = None
) -> CoverageModel | None:
    """The model fitted for ``embedder_id`` (else for ``fallback``), or None and a log line."""
    path = path or calibration_dir() / ARTEFACT
    models = read_artefact(path).get("models", {})
    if embedder_id not in models and fallback in models:
        embedder_id = str(fallback)
    entry = models.get(embedder_id)
    if entry is None:
        log.info(
            "No calibrated coverage model for embedder %s: 'not covered' falls back to its "
            "cosine threshold", embedder_id,
        )
        return None
    return CoverageModel.from_json(embedder_id, entry)
