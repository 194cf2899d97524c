"""A step's submission: the learner's inputs, and what the app adds so that checks can run.

The inputs come from a fixed pool of components (:data:`MAX_INPUTS` slots,
one component per kind each, shown per step in the spec's order);
:func:`collect_answer` turns the pool's values into the answer by input id
and lists what to fix first (required, length, range, a JSON file).

Checks are pure functions of a submission (:mod:`assistant.exercises.checks`);
some need data besides the learner's inputs: the configured generator and the
course passages (``llm_*``), the Civicly sandbox's queue and audit
(``civicly_*``). :class:`CheckContext` supplies what this app can and, for a
check it cannot feed, gives a *reason* (a UI text key) instead of letting the
check fail on missing data, so the learner reads "this check cannot run here"
rather than a misleading "not yet".

Civicly data is the asking learner's own: every Civicly read takes the
``owner`` (the learner id from the server-side session), so a check sees that
learner's queue (the shared held-out sample plus their own, masked, messages
and overrides) and the audit of the model they use (their private one if
they trained one); ``None`` (no session) sees the shared sample and model.

Trade-offs: the Civicly audit is computed once per model (it classifies the
whole held-out history) and reused until that model changes; the queue is
read fresh each time because learners add messages to it. The
``civicly_mitigation_compared`` check needs before/after audits that the
sandbox does not produce, so it is reported as unavailable.

This module also renders the *materials* a step refers to (the labelled
sample messages of redact-before-store, what the detector flags, the stored
redaction, the passages a prompt-lab reply may cite), since the learner
cannot do those steps without seeing them.
"""

from __future__ import annotations

import html
import json
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.exercises.checks import CHECKS
from assistant.exercises.text import Phrase, to_json
from assistant.privacy import find_personal_data, redact
from assistant.web.text import t, tn

log = logging.getLogger(__name__)

#: Checks that need before/after audit reports the sandbox cannot produce.
NEEDS_BEFORE_AFTER = {"civicly_mitigation_compared"}
#: Which sandbox data each Civicly check reads.
CIVICLY_NEEDS: dict[str, tuple[str, ...]] = {
    "civicly_batch_classified": ("queue",),
    "civicly_failure_modes": ("queue", "errors"),
    "civicly_urgent_recall_at_k": ("queue",),
    "civicly_fairness_table": ("audit",),
    "civicly_disparity_flagged": ("audit",),
    "civicly_review_threshold": (),
}
#: Most course passages given to the grounding check (and shown to the learner).
MAX_SOURCES = 4

Search = Callable[[str], Sequence[str]]


def outcome(
    name: str, passed: bool | None, message: str = "", *, reason: str | None = None,
    detail: str = "", values: Mapping[str, Any] | None = None,
    phrases: Sequence[Phrase] = (),
) -> dict[str, Any]:
    """One check's result as stored with the learner's progress (plain JSON).

    ``passed`` is None when the check could not run here; ``reason`` is then
    the UI text key saying why (``detail`` fills its ``{error}``). ``message``
    is English; ``phrases`` (``[{"key": ..., "params": ...}]``) let the view
    show it in the learner's language, now and when the step is reopened.
    """
    return {
        "name": name, "passed": passed, "message": message, "reason": reason,
        "detail": detail, "values": dict(values or {}), "phrases": to_json(phrases),
    }


class CheckContext:
    """Supplies the data the checks need: generator settings, course passages, Civicly."""

    def __init__(
        self, settings: Any = None, sandbox: Any = None, search: Search | None = None
    ) -> None:
        self.settings = settings
        self.sandbox = sandbox
        self.search = search
        self._truth: dict[str, Any] | None = None
        self._lock = threading.Lock()

    # -- data per check family ------------------------------------------------------

    def data_for(
        self, name: str, submission: Mapping[str, Any], owner: str | None = None
    ) -> tuple[dict[str, Any], str | None]:
        """Extra submission data for check ``name`` (``owner``'s Civicly data), or a reason key."""
        if name not in CHECKS:
            return {}, "ex_check_crashed"
        if name.startswith("llm_"):
            data: dict[str, Any] = {}
            if self.settings is not None:
                data["configured_llm"] = self.settings.llm
                data["llm_base_url"] = self.settings.llm_base_url
            if name == "llm_reply_grounded":
                if self.search is None:
                    return {}, "ex_needs_sources"
                data["sources"] = self.sources(submission)
            return data, None
        if name.startswith("civicly_"):
            if name in NEEDS_BEFORE_AFTER:
                return {}, "ex_needs_before_after"
            if self.sandbox is None:
                return {}, "ex_needs_sandbox"
            data = {}
            needs = CIVICLY_NEEDS.get(name, ("queue", "errors", "audit"))
            if "queue" in needs or "errors" in needs:
                queue, errors = self.queue(owner)
                data["queue"] = queue
                if "errors" in needs:
                    data["errors"] = errors
            if "audit" in needs:
                data["audit"] = self.audit(owner)
            return data, None
        return {}, None

    def sources(self, submission: Mapping[str, Any]) -> list[str]:
        """Course passages for the learner's prompt (else their reply), numbered from 1."""
        query = str(submission.get("prompt") or submission.get("reply") or "").strip()
        if not query or self.search is None:
            return []
        try:
            return list(self.search(query))[:MAX_SOURCES]
        except AssistantError as exc:
            log.warning("No sources for the prompt-lab check: %s", exc)
            return []

    def queue(self, owner: str | None) -> tuple[list[dict[str, Any]], list[str]]:
        """``owner``'s ranked queue with the true urgency, and the ids the model got wrong."""
        truth = self._history()
        items, errors = [], []
        for item in self.sandbox.queue(owner):
            record = truth.get(item.request_id)
            entry = {"request_id": item.request_id, "score": float(item.score)}
            if record is not None:
                entry["urgent"] = bool(record.urgent)
                if record.service_code and record.service_code != item.department:
                    errors.append(item.request_id)
            items.append(entry)
        return items, errors

    def audit(self, owner: str | None) -> dict[str, Any]:
        """The audit of ``owner``'s model on the held-out history (computed once per model)."""
        return self.sandbox.audit(owner)

    def _history(self) -> dict[str, Any]:
        if self._truth is None:
            self._truth = {r.service_request_id: r for r in self.sandbox.holdout()}
        return self._truth


def run_checks(
    step: Any, submission: Mapping[str, Any], context: CheckContext, owner: str | None = None
) -> list[dict[str, Any]]:
    """Run every check of ``step`` on ``owner``'s data; one that cannot run here is reported."""
    results = []
    for spec in step.checks:
        extra, reason = context.data_for(spec.name, submission, owner)
        if reason is not None:
            results.append(outcome(spec.name, None, reason=reason, detail=""))
            continue
        try:
            result = CHECKS[spec.name]({**submission, **extra}, **dict(spec.params))
        except Exception as exc:  # a broken check must not cost the learner their work
            log.exception("Check %s failed", spec.name)
            results.append(outcome(spec.name, None, reason="ex_check_crashed", detail=str(exc)))
            continue
        results.append(outcome(result.name, bool(result.passed), result.message,
                               values=result.values, phrases=result.phrases))
    return results


# -- the learner's inputs ---------------------------------------------------------------


#: Inputs a step may have; each slot holds one component per kind (the shipped specs use 3).
MAX_INPUTS = 4
POOL_KINDS = ("text", "number", "choice", "multi", "file")
POOL_SIZE = MAX_INPUTS * len(POOL_KINDS)


def pool_kind(item: Any) -> str:
    """The pool component kind of an input: ``multi`` for a choice of several."""
    return "multi" if item.kind == "choice" and item.multiple else item.kind


def layout(step: Any) -> dict[int, Any]:
    """Pool position -> the step's input shown there; inputs keep the spec's order."""
    if len(step.inputs) > MAX_INPUTS:
        log.error("Step %s has more than %d inputs; the rest are hidden", step.id, MAX_INPUTS)
    return {
        slot * len(POOL_KINDS) + POOL_KINDS.index(pool_kind(item)): item
        for slot, item in enumerate(step.inputs[:MAX_INPUTS])
    }


def slot_updates(step: Any, language: str, answer: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Keyword arguments for ``gr.update`` of every pool component, in pool order."""
    positions = layout(step)
    updates: list[dict[str, Any]] = []
    for position in range(POOL_SIZE):
        kind = POOL_KINDS[position % len(POOL_KINDS)]
        item = positions.get(position)
        if item is None:
            updates.append({"visible": False, "value": [] if kind == "multi" else None})
            continue
        label = item.label.get(language) + ("" if item.required else f" ({t('ex_optional', language)})")
        update: dict[str, Any] = {"visible": True, "label": label}
        saved = answer.get(item.id)
        if kind in ("choice", "multi"):
            update["choices"] = [(o.label.get(language), o.value) for o in item.options]
            update["value"] = list(saved or []) if kind == "multi" else saved
        elif kind == "file":
            update["value"] = None
            update["file_types"] = list(item.extensions) or None
        elif kind == "number":
            update["value"] = saved
            update["minimum"], update["maximum"] = item.minimum, item.maximum
        else:
            update["value"] = saved or ""
            update["max_length"] = item.max_length
            update["rtl"] = language == "ar"
        updates.append(update)
    return updates


def _read_json_file(path: str, item: Any) -> Any:
    file = Path(path)
    if item.extensions and file.suffix.lower() not in {e.lower() for e in item.extensions}:
        raise ValueError("extension")
    if item.max_bytes and file.stat().st_size > item.max_bytes:
        raise ValueError("size")
    data = json.loads(file.read_text("utf-8-sig"))
    if not isinstance(data, dict):
        raise ValueError("not an object")
    return data


def collect_answer(
    step: Any, values: Sequence[Any], saved: Mapping[str, Any], language: str
) -> tuple[dict[str, Any], list[str]]:
    """The learner's answer by input id from the pool's values, and what to fix first."""
    answer: dict[str, Any] = {}
    problems: list[str] = []
    for position, item in layout(step).items():
        raw = values[position] if position < len(values) else None
        label = item.label.get(language)
        kind = pool_kind(item)
        if kind == "text":
            text = str(raw or "").strip()
            if not text:
                if item.required:
                    problems.append(t("ex_required", language, label=label))
            elif item.min_length and len(text) < item.min_length:
                problems.append(tn("ex_too_short", item.min_length, language, label=label))
            elif item.max_length and len(text) > item.max_length:
                problems.append(tn("ex_too_long", item.max_length, language, label=label))
            answer[item.id] = text
        elif kind == "number":
            if raw is None or raw == "":
                if item.required:
                    problems.append(t("ex_required", language, label=label))
                continue
            number = float(raw)
            low = item.minimum if item.minimum is not None else float("-inf")
            high = item.maximum if item.maximum is not None else float("inf")
            if not low <= number <= high:
                problems.append(t("ex_out_of_range", language, label=label, minimum=item.minimum,
                                  maximum=item.maximum))
            answer[item.id] = int(number) if number.is_integer() else number
        elif kind in ("choice", "multi"):
            chosen = list(raw or []) if kind == "multi" else raw
            if not chosen and item.required:
                problems.append(t("ex_required", language, label=label))
            answer[item.id] = chosen
        else:  # file: a JSON object; without a new upload the saved one stays
            path = raw.get("path") if isinstance(raw, dict) else raw
            if path:
                try:
                    answer[item.id] = _read_json_file(str(path), item)
                except (OSError, UnicodeDecodeError, json.JSONDecodeError):
                    problems.append(t("ex_bad_json", language, label=label))
                except ValueError:
                    problems.append(t("ex_bad_file", language, label=label,
                                      extensions="/".join(item.extensions) or "JSON",
                                      kilobytes=(item.max_bytes or 0) // 1000))
            elif item.id in saved:
                answer[item.id] = saved[item.id]
            elif item.required:
                problems.append(t("ex_required", language, label=label))
    return answer, problems


def keep_values(slots: list[dict[str, Any]], values: Sequence[Any]) -> list[dict[str, Any]]:
    """Keep what the learner typed in the visible inputs (files stay uploaded)."""
    kept = []
    for position, slot in enumerate(slots):
        kind = POOL_KINDS[position % len(POOL_KINDS)]
        if slot.get("visible") and kind != "file" and position < len(values):
            slot = {**slot, "value": values[position]}
        elif kind == "file":
            slot = {key: value for key, value in slot.items() if key != "value"}
        kept.append(slot)
    return kept



# -- materials --------------------------------------------------------------------------


def _samples() -> list[Any]:
    from assistant.exercises.redact_before_store.checks import load_samples

    return load_samples()


def _quote(text: str) -> str:
    return f"<span dir='auto'>{html.escape(text)}</span>"


def materials_markdown(
    exercise_id: str, step_id: str, submission: Mapping[str, Any], context: CheckContext,
    language: str,
) -> str:
    """What the learner needs to see to do the step (Markdown; empty when nothing)."""
    lines: list[str] = []
    if exercise_id == "redact-before-store" and step_id in ("spot-by-hand", "measure-detector", "fix-and-mask"):
        for number, case in enumerate(_samples(), 1):
            lines.append(f"{number}. {_quote(case.text)}")
            if step_id == "measure-detector":
                found = find_personal_data(case.text, case.language)
                kinds = ", ".join(
                    f"{s.kind} {_quote(case.text[s.start:s.end])}" for s in found
                ) or "—"
                lines.append(f"   - *{t('ex_flagged', language)}*: {kinds}")
            elif step_id == "fix-and-mask":
                stored = redact(case.text, case.language)
                lines.append(f"   - *{t('ex_stored_as', language)}*: {_quote(stored)}")
    elif exercise_id == "prompt-lab" and step_id == "draft":
        sources = context.sources(submission)
        if sources:
            lines.append(f"**{t('ex_sources', language)}**")
            lines += [f"[{n}] {_quote(text[:600])}" for n, text in enumerate(sources, 1)]
    elif exercise_id in ("civicly-triage", "bias-audit") and context.sandbox is not None:
        lines.append(t("ex_sandbox_data", language))
    if not lines:
        return ""
    return f"#### {t('ex_materials', language)}\n\n" + "\n".join(lines)
