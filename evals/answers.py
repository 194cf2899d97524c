"""Scores of one answer: language match, citation validity, groundedness; refusal.

Pure functions over :class:`~assistant.types.Answer` objects, so each is
checked on hand-made answers in the tests. Definitions:

* **language match** — the answer body (intro line, notes and markers
  removed) is detected as the question's language. An empty body or a
  detector that is unsure counts as a mismatch (ties count against).
  Scored on covered answers only: a refusal is a fixed localized message.
* **citation validity** — of the markers written in the text, the share
  that point at a citation the answer returned. A covered answer without
  any marker scores 0: an uncited answer cannot be checked.
* **groundedness** — see :mod:`evals.grounding`.
* **refusal** — refused means ``Answer.covered is False``. Off-course
  questions are the positives (they should be refused), on-course golden
  questions the negatives; precision, recall and F1 of "refused".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant import languages
from assistant.types import Answer
from evals.grounding import (
    Passage,
    SupportTest,
    Verdict,
    answer_body,
    markers_in,
    strip_markers,
)
from evals.metrics import precision_recall


def body_of(answer: Answer) -> str:
    """The answer text that makes claims: no intro line, no notes."""
    return answer_body(answer.text, answer.language, answer.notes)


def detected_language(answer: Answer) -> str | None:
    """Language of the answer body, or None when empty or unsure."""
    text = strip_markers(body_of(answer))
    code, confidence = languages.detect_with_confidence(text)
    if code is None or confidence < languages.MIN_CONFIDENCE:
        return None
    return code


def language_match(answer: Answer, question_language: str) -> bool:
    """True when the answer body is detected as the question's language."""
    return detected_language(answer) == question_language


def citation_validity(answer: Answer) -> float:
    """Share of markers in the text that point at a returned citation (0 if none)."""
    markers = markers_in(body_of(answer))
    if not markers:
        return 0.0
    returned = {c.marker for c in answer.citations}
    return sum(m in returned for m in markers) / len(markers)


def grade(answer: Answer, test: SupportTest) -> list[Verdict]:
    """One support verdict per sentence of the answer body."""
    passages = [Passage(c.marker, c.language, c.passage or c.snippet) for c in answer.citations]
    return test.grade(body_of(answer), passages, answer.language)


def groundedness(verdicts: Sequence[Verdict]) -> float:
    """Share of supported sentences (0.0 for an answer with none)."""
    return sum(v.supported for v in verdicts) / len(verdicts) if verdicts else 0.0


def score_answer(answer: Answer, question_language: str, test: SupportTest) -> dict[str, Any]:
    """Every per-answer score; quality scores are None for a refused answer."""
    row: dict[str, Any] = {"covered": answer.covered}
    if not answer.covered:
        row.update(language_match=None, citation_validity=None, groundedness=None, verdicts=[])
        return row
    verdicts = grade(answer, test)
    row.update(
        detected=detected_language(answer),
        language_match=language_match(answer, question_language),
        citation_validity=citation_validity(answer),
        groundedness=groundedness(verdicts),
        verdicts=verdicts,
    )
    return row


def refusal_scores(
    refused_off_course: Sequence[bool], refused_on_course: Sequence[bool]
) -> dict[str, float]:
    """Precision, recall and F1 of refusing, plus the false-refusal rate on the course."""
    predicted = list(refused_off_course) + list(refused_on_course)
    actual = [True] * len(refused_off_course) + [False] * len(refused_on_course)
    scores = precision_recall(predicted, actual)
    scores["false_refusal_rate"] = (
        sum(refused_on_course) / len(refused_on_course) if refused_on_course else 0.0
    )
    return {name: round(value, 4) for name, value in scores.items()}
