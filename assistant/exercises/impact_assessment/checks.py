"""Automatic checks of the impact-assessment exercise, registered in the shared registry.

Each check takes the learner's submission, where ``answers`` maps question ids
to answers (as :func:`~.scoring.score` accepts them), and returns a
:class:`~assistant.exercises.checks.CheckResult` with the numbers behind it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.exercises.checks import CheckResult, register
from assistant.exercises.impact_assessment.scoring import (
    LEVEL_NAMES,
    AssessmentError,
    load_questionnaire,
    score,
)


def _answers(submission: Mapping[str, Any]) -> Mapping[str, Any]:
    answers = submission.get("answers") or {}
    return answers if isinstance(answers, Mapping) else {}


@register("aia_all_answered")
def all_answered(submission: Mapping[str, Any]) -> CheckResult:
    """Every visible question has a valid answer."""
    try:
        assessment = score(load_questionnaire(), _answers(submission), require_all=False)
    except AssessmentError as error:
        return CheckResult("aia_all_answered", False, str(error), {"problems": error.problems})
    missing = list(assessment.unanswered)
    message = "All questions answered." if not missing else f"Unanswered: {', '.join(missing)}."
    return CheckResult("aia_all_answered", not missing, message, {"unanswered": missing})


def _scored(name: str, submission: Mapping[str, Any]) -> Any:
    try:
        return score(load_questionnaire(), _answers(submission))
    except AssessmentError as error:
        return CheckResult(name, False, str(error), {"problems": error.problems})


@register("aia_level_at_least")
def level_at_least(submission: Mapping[str, Any], *, level: int) -> CheckResult:
    """The assessment reaches at least impact level ``level`` (1–4)."""
    result = _scored("aia_level_at_least", submission)
    if isinstance(result, CheckResult):
        return result
    passed = result.level >= level
    message = f"Impact level {result.level_name} (expected at least {LEVEL_NAMES[level - 1]})."
    values = {"level": result.level, "final_pct": result.final_pct, "minimum": level}
    return CheckResult("aia_level_at_least", passed, message, values)


@register("aia_mitigation_at_least")
def mitigation_at_least(submission: Mapping[str, Any], *, percent: float) -> CheckResult:
    """The mitigation score reaches ``percent`` % of its maximum."""
    result = _scored("aia_mitigation_at_least", submission)
    if isinstance(result, CheckResult):
        return result
    passed = result.mitigation_pct >= percent
    message = f"Mitigation {result.mitigation_pct:.1f} % (expected at least {percent} %)."
    values = {"mitigation_pct": result.mitigation_pct, "minimum": percent}
    return CheckResult("aia_mitigation_at_least", passed, message, values)
