"""Automatic checks of the impact-assessment exercise, registered in the shared registry.

Each check takes the learner's submission, where ``answers`` maps question ids
to answers (as :func:`~.scoring.score` accepts them), and returns a
:class:`~assistant.exercises.checks.CheckResult` with the numbers behind it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.exercises.checks import CheckResult, register, result
from assistant.exercises.impact_assessment.scoring import (
    LEVEL_NAMES,
    AssessmentError,
    load_questionnaire,
    score,
)
from assistant.exercises.text import phrase


def _answers(submission: Mapping[str, Any]) -> Mapping[str, Any]:
    answers = submission.get("answers") or {}
    return answers if isinstance(answers, Mapping) else {}


@register("aia_all_answered")
def all_answered(submission: Mapping[str, Any]) -> CheckResult:
    """Every visible question has a valid answer."""
    try:
        assessment = score(load_questionnaire(), _answers(submission), require_all=False)
    except AssessmentError as error:
        return _unscorable("aia_all_answered", error)
    missing = list(assessment.unanswered)
    message = (
        phrase("aia_unanswered", n=len(missing), questions=missing)
        if missing
        else phrase("aia_all_answered")
    )
    return result("aia_all_answered", not missing, [message], {"unanswered": missing})


def _unscorable(name: str, error: AssessmentError) -> CheckResult:
    if not error.phrases:  # a broken questionnaire: the author's problem, in English
        return CheckResult(name, False, str(error), {"problems": error.problems})
    problems = [p.to_json() for p in error.phrases]
    return result(
        name, False, [phrase("aia_cannot_score", problems=problems)], {"problems": error.problems}
    )


def _scored(name: str, submission: Mapping[str, Any]) -> Any:
    try:
        return score(load_questionnaire(), _answers(submission))
    except AssessmentError as error:
        return _unscorable(name, error)


@register("aia_level_at_least")
def level_at_least(submission: Mapping[str, Any], *, level: int) -> CheckResult:
    """The assessment reaches at least impact level ``level`` (1–4)."""
    scored = _scored("aia_level_at_least", submission)
    if isinstance(scored, CheckResult):
        return scored
    passed = scored.level >= level
    message = phrase("aia_level", level=scored.level_name, minimum=LEVEL_NAMES[level - 1])
    values = {"level": scored.level, "final_pct": scored.final_pct, "minimum": level}
    return result("aia_level_at_least", passed, [message], values)


@register("aia_mitigation_at_least")
def mitigation_at_least(submission: Mapping[str, Any], *, percent: float) -> CheckResult:
    """The mitigation score reaches ``percent`` % of its maximum."""
    scored = _scored("aia_mitigation_at_least", submission)
    if isinstance(scored, CheckResult):
        return scored
    passed = scored.mitigation_pct >= percent
    message = phrase("aia_mitigation", percent=scored.mitigation_pct, minimum=percent)
    values = {"mitigation_pct": scored.mitigation_pct, "minimum": percent}
    return result("aia_mitigation_at_least", passed, [message], values)
