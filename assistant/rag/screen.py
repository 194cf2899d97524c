"""The question screen: distress, harmful and manipulative questions, before retrieval.

Three layers, cheapest first; the first that speaks decides:

1. **Rules** (:mod:`assistant.rag.screen_rules`): explicit phrases in the five
   languages, read on the guardrails' detection view (disguises removed,
   accents folded). High precision, no model.
2. **An embedding classifier**: a linear softmax over the question's
   embedding (the one retrieval computes anyway, so it costs a matrix-vector
   product), fitted offline by ``python -m evals.fit screen`` and stored as a
   small versioned artefact (``calibration/screen.v1.json``) keyed by the
   embedder id. A concatenation without an entry of its own reads its first
   part's (:func:`screen_embedder_id`); an embedder with neither runs on rules
   alone (logged once).
3. **An LLM moderation step**, only when a chat model is configured: the
   ``moderation`` prompt asks for one label; a failure there never blocks a
   question (the offline layers already ran).

A verdict is one of :data:`CATEGORIES`: ``distress`` gets a kind, localized
message that points to help (operator-configurable resources, generic and
number-free by default); ``harmful`` and ``manipulation`` get a polite
refusal. The decision is logged and flagged (``Answer.flags``), never the
question's text.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from assistant import languages
from assistant.errors import ConfigError
from assistant.rag import prompts, screen_rules
from assistant.rag.coverage import calibration_dir, read_artefact
from assistant.rag.guardrails import detection_view

log = logging.getLogger(__name__)

#: What the screen can find; anything else is "fine" (the empty category).
CATEGORIES = ("distress", "harmful", "manipulation")
#: Version of the classifier artefact format this code reads.
ARTEFACT = "screen.v1.json"


@dataclass(frozen=True)
class Verdict:
    """The screen's decision on one question: ``category`` is "" when it may go on."""

    category: str = ""
    source: str = ""  # "rules" | "classifier" | "llm"
    score: float = 0.0

    @property
    def flagged(self) -> bool:
        """True when the question must not be answered from the course."""
        return bool(self.category)


def rule_verdict(question: str) -> Verdict:
    """The rules' verdict (distress first: a person in crisis is never just "refused")."""
    view = detection_view(question)
    for category in ("distress", "manipulation", "harmful"):
        if screen_rules.matches(category, view):
            return Verdict(category, "rules", 1.0)
    return Verdict()


@dataclass(frozen=True)
class LinearScreen:
    """A softmax over an embedding: ``classes[i]`` scores ``weights[i] @ v + bias[i]``.

    ``thresholds`` holds, per flagged class, the probability from which it wins;
    they were chosen by cross-validation to keep genuine questions unblocked.
    """

    embedder: str
    classes: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    thresholds: dict[str, float]

    def probabilities(self, vector: np.ndarray) -> dict[str, float]:
        """Class probabilities for one embedding."""
        logits = self.weights @ np.asarray(vector, dtype=np.float64) + self.bias
        logits -= logits.max()
        p = np.exp(logits)
        p /= p.sum()
        return {c: float(x) for c, x in zip(self.classes, p, strict=True)}

    def verdict(self, vector: np.ndarray) -> Verdict:
        """Distress when it clears its threshold, else the most probable flagged class, else fine.

        Distress goes first, as in the rules: "how many pills would it take"
        also reads as a harmful request, and a person in crisis must never be
        just refused.
        """
        probs = self.probabilities(vector)
        flagged = [
            (probs[c], c) for c in CATEGORIES if c in probs and probs[c] >= self.thresholds.get(c, 1.1)
        ]
        if not flagged:
            return Verdict()
        distress = [item for item in flagged if item[1] == "distress"]
        score, category = max(distress or flagged)
        return Verdict(category, "classifier", score)

    def to_json(self) -> dict[str, Any]:
        """The artefact entry for this model."""
        return {
            "classes": list(self.classes),
            "weights": np.round(self.weights, 6).tolist(),
            "bias": np.round(self.bias, 6).tolist(),
            "thresholds": self.thresholds,
        }

    @classmethod
    def from_json(cls, embedder: str, data: dict[str, Any]) -> LinearScreen:
        """Read one artefact entry."""
        return cls(
            embedder,
            tuple(data["classes"]),
            np.asarray(data["weights"], dtype=np.float64),
            np.asarray(data["bias"], dtype=np.float64),
            {k: float(v) for k, v in data["thresholds"].items()},
        )


def screen_embedder_id(embedder: Any, path: Path | None = None) -> str:
    """The id of the vectors the screen's classifier reads for ``embedder``.

    Its own when a classifier was fitted on it: ``e5+use`` since 2026-12-07, whose two
    parts together catch distress and harmful requests the e5 part alone misses
    (``benchmarks/results/trust_independent6.md``); otherwise its reference part's
    (:func:`~assistant.rag.embeddings.reference_part`), as the coverage decision does.
    """
    from assistant.rag.embeddings import reference_part

    models = read_artefact(path or calibration_dir() / ARTEFACT).get("models", {})
    return str(embedder.id) if embedder.id in models else str(reference_part(embedder).id)


def load_linear_screen(embedder_id: str, path: Path | None = None) -> LinearScreen | None:
    """The classifier fitted for ``embedder_id``, or None (logged) when there is none."""
    path = path or calibration_dir() / ARTEFACT
    entry = read_artefact(path).get("models", {}).get(embedder_id)
    if entry is None:
        log.info("No screen classifier for embedder %s: the question screen uses its rules only",
                 embedder_id)
        return None
    return LinearScreen.from_json(embedder_id, entry)


_LABEL = re.compile(r"\b(ok|safe|distress|harmful|manipulation|manipulative|jailbreak)\b", re.I)
_LABELS = {"manipulative": "manipulation", "jailbreak": "manipulation", "safe": "ok"}


def parse_moderation(reply: str) -> str:
    """A moderation reply as a category ("" for fine or unreadable): tolerant of decoration."""
    match = _LABEL.search(reply or "")
    if not match:
        return ""
    label = match.group(1).lower()
    label = _LABELS.get(label, label)
    return label if label in CATEGORIES else ""


class QuestionScreen:
    """Rules, then the embedding classifier, then (when configured) an LLM moderation step."""

    def __init__(
        self,
        classifier: LinearScreen | None = None,
        chat_model: Any = None,
        *,
        version: str | None = None,
    ) -> None:
        self.classifier = classifier
        self.chat_model = chat_model
        self.version = version or prompts.DEFAULT_VERSIONS.get("moderation", "moderation.v1")

    @property
    def needs_vector(self) -> bool:
        """True when :meth:`check` uses the question's embedding."""
        return self.classifier is not None

    def check(self, question: str, language: str, vector: np.ndarray | None = None) -> Verdict:
        """The verdict on ``question`` (``vector`` is its query embedding, when known)."""
        verdict = rule_verdict(question)
        if not verdict.flagged and self.classifier is not None and vector is not None:
            verdict = self.classifier.verdict(vector)
        if not verdict.flagged and self.chat_model is not None:
            verdict = self._moderate(question, language)
        if verdict.flagged:
            log.info("Question screened: %s (by %s, %.2f)", verdict.category, verdict.source,
                     verdict.score)
        return verdict

    def _moderate(self, question: str, language: str) -> Verdict:
        prompt = prompts.render(
            "moderation", version=self.version, language=language, question=prompts.fence(question)
        )
        try:
            reply = self.chat_model.invoke(prompt.messages())
        except Exception as exc:  # a moderation failure must not block a learner
            log.warning("LLM moderation failed, keeping the offline verdict: %s", type(exc).__name__)
            return Verdict()
        content = getattr(reply, "content", reply)
        category = parse_moderation(content if isinstance(content, str) else str(content))
        return Verdict(category, "llm", 1.0) if category else Verdict()


def build_screen(
    settings: Any, embedder_id: str, chat_model: Any = None
) -> QuestionScreen | None:
    """The screen the settings ask for (None when ``ASSISTANT_SCREEN=false``)."""
    if not getattr(settings, "screen", True):
        return None
    return QuestionScreen(load_linear_screen(embedder_id), chat_model)


def help_resources(settings: Any, language: str) -> str:
    """Where a person in distress can find help, in ``language``.

    ``ASSISTANT_HELP_RESOURCES_FILE`` (JSON: ``{"en": "...", "fr": "...", "default":
    "..."}``) wins, then ``ASSISTANT_HELP_RESOURCES`` (one text for every language),
    then a generic text that names no number (numbers differ by country and
    change; an operator who knows theirs should configure them).
    """
    path = getattr(settings, "help_resources_file", None)
    if path:
        table = _resources_file(Path(path))
        text = table.get(language) or table.get("default")
        if text:
            return str(text)
    configured = getattr(settings, "help_resources", None)
    if configured:
        return str(configured)
    return languages.message("help_resources_default", language)


@cache
def _resources_file(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"ASSISTANT_HELP_RESOURCES_FILE {path} cannot be read ({exc}). It must be JSON such "
            'as {"en": "Call 112 in an emergency…", "fr": "…", "default": "…"}.'
        ) from exc
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ConfigError(
            f"ASSISTANT_HELP_RESOURCES_FILE {path} must map language codes (and 'default') to text."
        )
    return {str(k).lower(): v for k, v in data.items()}


#: How a screened question is answered: the message key and the Answer status.
REPLIES: dict[str, tuple[str, str]] = {
    "distress": ("screen_distress", "support"),
    "harmful": ("screen_harmful", "declined"),
    "manipulation": ("screen_manipulation", "declined"),
}


def reply_text(verdict: Verdict, language: str, settings: Any) -> str:
    """The localized reply to a screened question."""
    key, _ = REPLIES[verdict.category]
    text = languages.message(key, language)
    if verdict.category == "distress":
        text = f"{text}\n\n{help_resources(settings, language)}"
    return text

