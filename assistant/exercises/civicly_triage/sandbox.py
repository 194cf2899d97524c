"""The Civicly sandbox behind the UI tab: one shared model, one workspace per learner.

Ownership. One app serves many learners at once, so the sandbox keeps two
kinds of state apart:

* **shared, read-only for learners** — the shared model (loaded from
  ``<data dir>/civicly/models/latest``, or trained from the built-in history
  on first use), the built-in held-out history, the sample of it shown at the
  bottom of every queue, and the audit of the shared model. Only
  :meth:`CivicSandbox.train_on` with ``shared=True`` (an instructor action;
  the caller checks the instructor session) or the operator's CLI replace it.
* **per owner** — keyed by the learner id from the server-side session
  (:func:`assistant.web.identity.learner_of`): the messages the learner typed,
  their overrides of the shared sample, and optionally a *private* model
  trained on their own upload that only they use afterwards.

Every method takes the owner first. A read without an owner (``None``: no
session) sees the shared state only; a write without one raises
:class:`NoSessionError` and stores nothing.

Personal data. What a learner types is a citizen message, often with a name,
a phone number or an address. It is classified as typed, but only the masked
text (:func:`assistant.privacy.redact`, told the detected language; the phone
and id formats of every course country still apply, because a message in one
language often carries another country's phone format) is
kept — in memory as on disk — and shown in the queue. The override log
(``overrides.jsonl``, shared by all owners) records the owner id and masked
text and reason. Unlike the learner store, masking here is not switchable
(``ASSISTANT_REDACT_PERSONAL_DATA``): the queue is teaching material and loses
nothing by it.

Clean-up and trade-offs. Workspaces live only in memory (a restart empties
them), in least-recently-used order, bounded three ways: at most
``max_owners`` workspaces (the least recently used is dropped), a workspace
idle for ``idle_seconds`` is dropped with its private model, and at most
``max_private_models`` private models (each holds a featurizer and the
embedded training cases, a few MB): a new one evicts the least recently used
owner's model, and that owner falls back to the shared model and keeps their
messages. Private models are never written to disk, so they can never replace
the shared saved model. Expiry is checked on every call (no background
thread), with an injectable clock so tests can move time.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import AssistantError, ConfigError
from assistant.exercises.civicly_triage import audit as audit_tools
from assistant.exercises.civicly_triage.embedding_cache import EmbeddingCache
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
from assistant.privacy import redact
from assistant.rag.embeddings import Embedder

log = logging.getLogger(__name__)

QUEUE_SAMPLE = 30
#: Default bounds of the per-owner state (see the module docstring).
MAX_OWNERS = 500
MAX_PRIVATE_MODELS = 4
IDLE_SECONDS = 2 * 3600.0
MAX_MESSAGES = 100


class NoSessionError(AssistantError):
    """A write to the sandbox without a learner session: nothing is stored."""

    def __init__(self) -> None:
        super().__init__(
            "Your session was not recognised, so nothing was saved. Reload the page and try again."
        )


@dataclass
class QueueItem:
    """One message waiting in the ranked queue (its text masked when a learner typed it)."""

    request_id: str
    text: str
    department: str
    probability: float
    level: str
    score: float
    district: str = ""


@dataclass
class _Trained:
    """A model with what it computed on the held-out history, cached and dropped with it."""

    model: CivicModel
    sample: list[QueueItem] | None = None
    report: dict[str, Any] | None = None


@dataclass
class _Workspace:
    """One owner's state: typed messages (masked), overrides of the sample, a private model."""

    used: float
    messages: list[QueueItem] = field(default_factory=list)
    count: int = 0  # messages ever typed: ids are never reused after the oldest are dropped
    sample_overrides: dict[str, tuple[str, str]] = field(default_factory=dict)
    private: _Trained | None = None


def _require(owner: str | None) -> str:
    if not owner:
        raise NoSessionError()
    return owner


class CivicSandbox:
    """State of the Civicly exercise for one app: a shared model and per-owner workspaces."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        *,
        max_owners: int = MAX_OWNERS,
        max_private_models: int = MAX_PRIVATE_MODELS,
        idle_seconds: float = IDLE_SECONDS,
        max_messages: int = MAX_MESSAGES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.folder = Path(settings.data_dir) / "civicly"
        self.overrides = audit_tools.OverrideLog(self.folder / "overrides.jsonl")
        # Shared by the shared model and learners' uploads: the same texts are embedded once.
        self.cache = EmbeddingCache(self.folder)
        self.max_owners = max_owners
        self.max_private_models = max_private_models
        self.idle_seconds = idle_seconds
        self.max_messages = max_messages
        self._clock = clock
        self._shared: _Trained | None = None
        self._workspaces: OrderedDict[str, _Workspace] = OrderedDict()  # least recent first
        self._history: list[FeedbackRecord] | None = None
        self._lock = threading.RLock()

    # -- models -------------------------------------------------------------------------

    @property
    def model(self) -> CivicModel:
        """The shared model: the latest saved one, else trained on the built-in history."""
        return self._shared_trained().model

    def _shared_trained(self) -> _Trained:
        with self._lock:
            if self._shared is None:
                try:
                    model = load(self.settings.data_dir, self.embedder)
                except ConfigError:
                    records, _ = load_records(BUILTIN_DATA)
                    model = train(records, self.embedder, cache=self.cache)
                    save(model, self.settings.data_dir)
                self._shared = _Trained(model)
            return self._shared

    def _trained_for(self, owner: str | None) -> _Trained:
        with self._lock:
            workspace = self._workspace(owner)
            if workspace is not None and workspace.private is not None:
                return workspace.private
        return self._shared_trained()

    def model_for(self, owner: str | None) -> CivicModel:
        """The model ``owner`` uses: their private one if they trained one, else the shared one."""
        return self._trained_for(owner).model

    def has_private_model(self, owner: str | None) -> bool:
        """Whether ``owner`` currently uses a model of their own."""
        with self._lock:
            workspace = self._workspace(owner)
            return workspace is not None and workspace.private is not None

    def train_on(
        self,
        owner: str | None,
        path: Path,
        mapping: dict[str, str] | None = None,
        *,
        shared: bool,
    ) -> tuple[CivicModel, list[Any]]:
        """Train on an uploaded data file; returns the model and the rejected rows.

        ``shared=False`` (the learner tab): the model is ``owner``'s alone, in
        memory, used by nobody else and evicted as the module docstring says.
        ``shared=True`` (instructor only; the caller checks the instructor
        session): the model is saved and replaces the shared one for everybody
        who has no private model.
        """
        owner = _require(owner)
        records, errors = load_records(path, mapping)
        if not records:
            raise ConfigError.from_key(
                "civicly_no_valid_record", name=Path(path).name, problem=str(errors[0])
            )
        model = train(records, self.embedder, cache=self.cache)
        if shared:
            save(model, self.settings.data_dir)
            with self._lock:
                self._shared = _Trained(model)
            log.info("Civicly shared model replaced by version %s", model.version)
            return model, errors
        with self._lock:
            self._owned(owner).private = _Trained(model)
            self._evict_private_models()
        return model, errors

    # -- the queue ------------------------------------------------------------------------

    def classify(self, owner: str | None, text: str, district: str = "") -> Classification:
        """Classify a message (raw text) with explanation; add it, masked, to ``owner``'s queue."""
        owner = _require(owner)
        result = self.model_for(owner).classify(text, explain=True)
        masked = redact(result.text, result.language)
        where = redact(district.strip(), result.language)
        with self._lock:
            workspace = self._owned(owner)
            workspace.count += 1
            workspace.messages.append(
                QueueItem(
                    request_id=f"NEW-{workspace.count:04d}",
                    text=masked,
                    department=result.routing.department,
                    probability=result.routing.probability,
                    level=result.urgency.level,
                    score=result.urgency.score,
                    district=where,
                )
            )
            excess = len(workspace.messages) - self.max_messages
            if excess > 0:
                del workspace.messages[:excess]  # the oldest go first
        return result

    def queue(self, owner: str | None) -> list[QueueItem]:
        """Ranked queue: ``owner``'s messages plus the held-out sample, most urgent first.

        The sample is classified by the model ``owner`` uses and shows their own
        overrides; the items are copies, so a caller cannot change what others see.
        """
        sample = self._sample(self._trained_for(owner))
        with self._lock:
            workspace = self._workspace(owner)
            mine = list(workspace.messages) if workspace else []
            changed = dict(workspace.sample_overrides) if workspace else {}
        items = [dataclasses.replace(item) for item in mine]
        for item in sample:
            department, level = changed.get(item.request_id, (item.department, item.level))
            items.append(dataclasses.replace(item, department=department, level=level))
        return sorted(items, key=lambda item: -item.score)

    def _sample(self, trained: _Trained) -> list[QueueItem]:
        """The held-out sample as classified by ``trained`` (once per model)."""
        if trained.sample is None:
            records = self.holdout()[:QUEUE_SAMPLE]
            results = trained.model.classify_many([r.description for r in records])
            trained.sample = [
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
        return trained.sample

    def override(
        self, owner: str | None, request_id: str, department: str, level: str, reason: str
    ) -> audit_tools.Override:
        """Record a human decision on an item of ``owner``'s own queue (masked, with the owner)."""
        owner = _require(owner)
        item = next((i for i in self.queue(owner) if i.request_id == request_id), None)
        if item is None:
            raise ConfigError.from_key("civicly_request_unknown", request_id=request_id)
        entry = self.overrides.record(
            audit_tools.Override(
                request_id,
                redact(item.text),
                item.department,
                department,
                item.level,
                level,
                redact(reason),
                reviewer=owner,
            )
        )
        with self._lock:
            workspace = self._owned(owner)
            own = next((i for i in workspace.messages if i.request_id == request_id), None)
            if own is not None:
                own.department, own.level = department, level
            else:
                workspace.sample_overrides[request_id] = (department, level)
        return entry

    # -- audit and reference data -----------------------------------------------------------

    def audit(self, owner: str | None, plots_dir: Path | None = None) -> dict[str, Any]:
        """Audit the model ``owner`` uses on the held-out history (once per model); plots on request."""
        trained = self._trained_for(owner)
        if trained.report is None:
            trained.report = audit(trained.model, self.holdout())
        report = dict(trained.report)  # a copy: plots belong to one caller
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

    def departments(self, owner: str | None = None) -> list[str]:
        """Department codes the model ``owner`` uses knows."""
        return list(self.model_for(owner).router.classes)

    def holdout(self) -> list[FeedbackRecord]:
        """The built-in held-out history, read once."""
        if self._history is None:
            self._history, _ = load_records(BUILTIN_DATA.with_name("holdout.csv"))
        return self._history

    def forget(self, owner: str | None) -> None:
        """Drop ``owner``'s workspace now (messages, overrides of the sample, private model)."""
        with self._lock:
            self._workspaces.pop(owner or "", None)

    # -- workspaces -------------------------------------------------------------------------

    def _workspace(self, owner: str | None) -> _Workspace | None:
        """``owner``'s workspace if they have one, marked as just used; call with the lock held."""
        now = self._clock()
        self._expire(now)
        if not owner:
            return None
        workspace = self._workspaces.get(owner)
        if workspace is not None:
            workspace.used = now
            self._workspaces.move_to_end(owner)
        return workspace

    def _owned(self, owner: str) -> _Workspace:
        """``owner``'s workspace, created when missing; call with the lock held."""
        workspace = self._workspace(owner)
        if workspace is None:
            workspace = self._workspaces[owner] = _Workspace(used=self._clock())
            while len(self._workspaces) > self.max_owners:
                self._workspaces.popitem(last=False)  # the least recently used
        return workspace

    def _expire(self, now: float) -> None:
        while self._workspaces:
            oldest = next(iter(self._workspaces.values()))
            if now - oldest.used <= self.idle_seconds:
                return
            self._workspaces.popitem(last=False)

    def _evict_private_models(self) -> None:
        with_models = [w for w in self._workspaces.values() if w.private is not None]
        for workspace in with_models[: max(0, len(with_models) - self.max_private_models)]:
            workspace.private = None
