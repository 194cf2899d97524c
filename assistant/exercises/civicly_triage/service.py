"""Train, save, load and use the Civicly model (router + urgency) as one bundle.

A bundle is versioned by the hash of its training data and saved under
``<data dir>/civicly/models/<data hash>/``; ``latest`` names the one in use.
The embedder is not pickled: the bundle records its id and is re-attached to
the configured embedder on load (a different embedder is a clear error).

Training embeds every record; with an :class:`~.embedding_cache.EmbeddingCache`
(``<data dir>/civicly/``, what the CLI and the app pass) only texts never
embedded before cost time; so does the reference pool of the router's
language centring (500 built-in records, :mod:`.language_centering`). The
bundle also records how many training
records each language had, which the router's language gate, the audit and
the tab's warning read.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from assistant import languages
from assistant.errors import ConfigError, IndexMismatchError
from assistant.exercises.civicly_triage.embedding_cache import EmbeddingCache, Progress
from assistant.exercises.civicly_triage.features import Featurizer
from assistant.exercises.civicly_triage.language_centering import reference_means
from assistant.exercises.civicly_triage.records import FeedbackRecord, data_hash
from assistant.exercises.civicly_triage.router import Router, Routing, RoutingExplanation
from assistant.exercises.civicly_triage.urgency import UrgencyAssessment, UrgencyModel, combine
from assistant.rag.embeddings import Embedder

BUILTIN_DATA = Path(__file__).parent / "data" / "historical.csv"


@dataclass(frozen=True)
class Classification:
    """Everything the UI and CLI show for one message."""

    text: str
    language: str
    routing: Routing
    urgency: UrgencyAssessment
    explanation: RoutingExplanation | None = None
    elapsed_ms: float = 0.0


@dataclass
class CivicModel:
    """Router and urgency model trained together on one data set."""

    featurizer: Featurizer
    router: Router
    urgency: UrgencyModel
    version: str
    trained_on: int
    embedder_id: str
    meta: dict[str, Any] = field(default_factory=dict)

    def classify(self, text: str, *, explain: bool = False) -> Classification:
        """Department, urgency and (optionally) the explanation for one message."""
        started = time.perf_counter()
        text = (text or "").strip()
        if not text:
            raise ConfigError.from_key("civicly_empty_text")
        language = languages.detect(text)
        vector = self.featurizer.embed([text])
        features = self.featurizer.transform([text], vector)
        probabilities = self.router.predict_proba(features, [language])
        routing = self.router.route(probabilities[0], language)
        urgency = combine(float(self.urgency.probability(features)[0]), text)
        explanation = (
            self.router.explain(vector[0], features, routing.predicted) if explain else None
        )
        return Classification(
            text=text,
            language=language,
            routing=routing,
            urgency=urgency,
            explanation=explanation,
            elapsed_ms=(time.perf_counter() - started) * 1000,
        )

    def classify_many(self, texts: Sequence[str]) -> list[tuple[Routing, UrgencyAssessment]]:
        """Batch classification (embeddings computed in batches)."""
        codes = [languages.detect(text) for text in texts]
        vectors = self.featurizer.embed(texts)
        features = self.featurizer.transform(texts, vectors)
        probabilities = self.router.predict_proba(features, codes)
        urgent = self.urgency.probability(features)
        return [
            (self.router.route(probabilities[i], codes[i]), combine(float(urgent[i]), text))
            for i, text in enumerate(texts)
        ]

    def language_support(self) -> dict[str, dict[str, Any]]:
        """Training records per language: ``{code: {"n", "share", "scarce"}}``, largest first."""
        from assistant.exercises.civicly_triage.audit import language_support

        support = getattr(self.router, "support", None) or {}
        return language_support(support, self.router.min_share)


def train(
    records: Sequence[FeedbackRecord],
    embedder: Embedder,
    *,
    review_threshold: float = 0.5,
    embed_per_class: int | None = None,
    cache: EmbeddingCache | None = None,
    progress: Progress | None = None,
) -> CivicModel:
    """Fit router and urgency model on historical records.

    Every record is embedded unless ``embed_per_class`` caps how many per
    department (see :mod:`~assistant.exercises.civicly_triage.features`);
    ``cache`` keeps the vectors on disk for the next training, and
    ``progress(done, total)`` is called as records are embedded. A record
    without a ``language`` gets the detected one.
    """
    if len(records) < 10:
        raise ConfigError.from_key("civicly_too_few_records", count=len(records))
    started = time.perf_counter()
    texts = [r.description for r in records]
    featurizer = Featurizer(embedder)
    labels = [r.service_code for r in records]
    codes = [r.language or languages.detect(r.description) for r in records]
    vectors, embedded = featurizer.embed_sample(
        texts, labels, embed_per_class, cache=cache, progress=progress
    )
    reference = reference_means(featurizer, cache)
    embedded_at = time.perf_counter()
    features = featurizer.fit_transform(texts, vectors)
    router = Router(featurizer, review_threshold=review_threshold).fit(
        records, vectors, features, embedded, codes, reference
    )
    with_priority = [i for i, r in enumerate(records) if r.priority]
    urgency = UrgencyModel()
    if with_priority:
        urgent = np.array([records[i].urgent for i in with_priority], dtype=int)
        urgency.fit(features[with_priority], urgent)
    else:
        urgency.model = 0.0
    return CivicModel(
        featurizer=featurizer,
        router=router,
        urgency=urgency,
        version=data_hash(list(records)),
        trained_on=len(records),
        embedder_id=embedder.id,
        meta={
            "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "train_seconds": round(time.perf_counter() - started, 2),
            "embed_seconds": round(embedded_at - started, 2),
            "departments": router.classes,
            "embedded_rows": int(embedded.sum()),
            "languages": dict(sorted(router.support.items())),
        },
    )


def models_dir(data_dir: Path) -> Path:
    """Where trained bundles live."""
    return Path(data_dir) / "civicly" / "models"


def save(model: CivicModel, data_dir: Path) -> Path:
    """Save a bundle under its data hash and mark it as the latest."""
    import joblib

    folder = models_dir(data_dir) / model.version
    folder.mkdir(parents=True, exist_ok=True)
    embedder = model.featurizer.embedder
    model.featurizer.embedder = None  # type: ignore[assignment]
    try:
        joblib.dump(model, folder / "model.joblib")
    finally:
        model.featurizer.embedder = embedder
    info = {
        "version": model.version,
        "trained_on": model.trained_on,
        "embedder": model.embedder_id,
        **model.meta,
    }
    (folder / "meta.json").write_text(json.dumps(info, indent=2), "utf-8")
    (models_dir(data_dir) / "latest").write_text(model.version, "utf-8")
    return folder


def load(data_dir: Path, embedder: Embedder, version: str | None = None) -> CivicModel:
    """Load a saved bundle (the latest by default) and attach the embedder."""
    import joblib

    root = models_dir(data_dir)
    if version is None:
        latest = root / "latest"
        if not latest.exists():
            raise ConfigError(
                "No Civicly model trained yet: run `assistant civicly train` "
                "(built-in data) or `assistant civicly train --data FILE`."
            )
        version = latest.read_text("utf-8").strip()
    path = root / version / "model.joblib"
    if not path.exists():
        raise ConfigError(f"No Civicly model {version!r} in {root}; train one first.")
    model: CivicModel = joblib.load(path)
    if model.embedder_id != embedder.id:
        raise IndexMismatchError(
            f"Civicly model {version} was trained with embedder {model.embedder_id!r}, "
            f"but ASSISTANT_EMBEDDER gives {embedder.id!r}. Retrain: `assistant civicly train`."
        )
    model.featurizer.embedder = embedder
    return model
