"""The Civicly sandbox session behind the UI tab: model, queue, overrides, audit.

Holds one trained model (loaded, or trained from the built-in history on
first use), a ranked queue of incoming messages, the override log and the
latest audit. Every method returns plain data that the tab renders; nothing
here imports Gradio.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.exercises.civicly_triage import audit as audit_tools
from assistant.exercises.civicly_triage.evaluate import audit
from assistant.exercises.civicly_triage.records import FeedbackRecord, load_records
from assistant.exercises.civicly_triage.service import (
    BUILTIN_DATA,
    CivicModel,
    Classification,
    load,
    save,
    train,
)
from assistant.rag.embeddings import Embedder

QUEUE_SAMPLE = 30


@dataclass
class QueueItem:
    """One message waiting in the ranked queue."""

    request_id: str
    text: str
    department: str
    probability: float
    level: str
    score: float
    district: str = ""


class CivicSandbox:
    """State of the Civicly exercise for one app."""

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self.folder = Path(settings.data_dir) / "civicly"
        self.overrides = audit_tools.OverrideLog(self.folder / "overrides.jsonl")
        self._model: CivicModel | None = None
        self._new: list[QueueItem] = []  # messages typed in this session
        self._sample: list[QueueItem] = []  # held-out history, classified once per model
        self._history: list[FeedbackRecord] | None = None
        self._audit: tuple[CivicModel, dict[str, Any]] | None = None
        self._lock = threading.Lock()

    @property
    def model(self) -> CivicModel:
        """The model in use: the latest saved one, else trained on the built-in history."""
        with self._lock:
            if self._model is None:
                try:
                    self._model = load(self.settings.data_dir, self.embedder)
                except ConfigError:
                    records, _ = load_records(BUILTIN_DATA)
                    self._model = train(records, self.embedder)
                    save(self._model, self.settings.data_dir)
            return self._model

    def train_on(
        self, path: Path, mapping: dict[str, str] | None = None
    ) -> tuple[CivicModel, list[Any]]:
        """Train on the user's own data file; returns the model and the rejected rows."""
        records, errors = load_records(path, mapping)
        if not records:
            raise ConfigError(f"No valid record in {Path(path).name}; first problem: {errors[0]}.")
        model = train(records, self.embedder)
        save(model, self.settings.data_dir)
        with self._lock:
            self._model = model
            self._sample = []  # re-classified by the new model on the next queue()
        return model, errors

    def classify(self, text: str, district: str = "") -> Classification:
        """Classify a message with explanation and add it to the queue."""
        result = self.model.classify(text, explain=True)
        with self._lock:
            self._new.append(
                QueueItem(
                    request_id=f"NEW-{len(self._new) + 1:04d}",
                    text=result.text,
                    department=result.routing.department,
                    probability=result.routing.probability,
                    level=result.urgency.level,
                    score=result.urgency.score,
                    district=district,
                )
            )
        return result

    def queue(self) -> list[QueueItem]:
        """Ranked queue: new messages plus a sample of held-out history, most urgent first."""
        if not self._sample:
            records = self.holdout()[:QUEUE_SAMPLE]
            results = self.model.classify_many([r.description for r in records])
            sample = [
                QueueItem(
                    record.service_request_id,
                    record.description,
                    routing.department,
                    routing.probability,
                    urgency.level,
                    urgency.score,
                    record.district,
                )
                for record, (routing, urgency) in zip(records, results, strict=True)
            ]
            with self._lock:
                self._sample = sample
        return sorted(self._new + self._sample, key=lambda item: -item.score)

    def override(
        self, request_id: str, department: str, level: str, reason: str
    ) -> audit_tools.Override:
        """Record a human decision that differs from the model's."""
        item = next((i for i in self._new + self._sample if i.request_id == request_id), None)
        if item is None:
            raise ConfigError(f"No request {request_id!r} in the queue; pick one from the table.")
        entry = self.overrides.record(
            audit_tools.Override(
                request_id, item.text, item.department, department, item.level, level, reason
            )
        )
        item.department, item.level = department, level
        return entry

    def audit(self, plots_dir: Path | None = None) -> dict[str, Any]:
        """Audit the model on the held-out history (once per model); save plots when asked."""
        model = self.model
        with self._lock:
            cached = self._audit if self._audit and self._audit[0] is model else None
        if cached is None:
            cached = (model, audit(model, self.holdout()))
            with self._lock:
                self._audit = cached
        report = dict(cached[1])  # a copy: plots belong to one caller
        if plots_dir is not None:
            plots_dir.mkdir(parents=True, exist_ok=True)
            report["plots"] = {
                "confusion": str(
                    audit_tools.plot_confusion(report["confusion"], plots_dir / "confusion.png")
                ),
                "reliability": str(
                    audit_tools.plot_reliability(
                        report["calibration"], plots_dir / "reliability.png"
                    )
                ),
            }
        return report

    def departments(self) -> list[str]:
        """Department codes the model knows."""
        return list(self.model.router.classes)

    def holdout(self) -> list[FeedbackRecord]:
        """The built-in held-out history, read once."""
        if self._history is None:
            self._history, _ = load_records(BUILTIN_DATA.with_name("holdout.csv"))
        return self._history
