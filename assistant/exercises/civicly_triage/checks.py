"""The ``civicly_*`` checks of the civicly-triage and bias-audit exercises.

Pure functions of the submission: the learner's inputs plus what the app adds
from the Civicly sandbox (keys below, all plain JSON). Nothing here trains or
runs a model, so each check can be verified by hand.

* ``queue``: the ranked queue the learner reviewed, most urgent first; items
  are mappings with ``request_id`` and, for recall, ``score`` and ``urgent``
  (the true label);
* ``errors``: request ids the model got wrong (audit against the history);
* ``tried_thresholds``: the review thresholds the learner tried in the sandbox;
* ``audit``: an audit report as :func:`~assistant.exercises.civicly_triage.evaluate.audit`
  returns it (``by_language`` / ``by_district`` fairness tables);
* ``before`` and ``after``: two audit reports, before and after a mitigation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from assistant import languages
from assistant.exercises.checks import CheckResult, register, result
from assistant.exercises.civicly_triage.audit import urgent_recall_at_k
from assistant.exercises.text import Phrase, language_tag, phrase

#: Request ids as the sandbox shows them: CIV-000123, NEW-0001.
REQUEST_ID = re.compile(r"\b[A-Z]{2,5}-\d{3,8}\b")
#: A learner's ratio may differ from the table by rounding.
RATIO_TOLERANCE = 0.01
_GROUP_TABLES = {"language": "by_language", "district": "by_district"}


def _ids(text: Any) -> list[str]:
    return list(dict.fromkeys(REQUEST_ID.findall(str(text or "").upper())))


def _queue_ids(submission: Mapping[str, Any]) -> list[str]:
    return [str(item.get("request_id", "")) for item in submission.get("queue") or ()]


@register("civicly_batch_classified")
def batch_classified(submission: Mapping[str, Any], *, min_items: int) -> CheckResult:
    """The learner judged the first ``min_items`` messages: agreements plus listed disagreements cover them.

    ``agreed`` is how many of the first ``min_items`` they routed and ranked as
    the model did; each other one must be listed by request id. With a
    ``queue``, listed ids must be among its first ``min_items``.
    """
    agreed = submission.get("agreed")
    listed = _ids(submission.get("disagreements"))
    queue = _queue_ids(submission)
    problems: list[Phrase] = []
    if (
        isinstance(agreed, bool)
        or not isinstance(agreed, int | float)
        or not 0 <= agreed <= min_items
    ):
        problems.append(phrase("civicly_give_agreed", min_items=min_items))
        agreed = 0
    if queue and len(queue) < min_items:
        problems.append(phrase("civicly_queue_short", n=len(queue), min_items=min_items))
    missing = max(0, min_items - int(agreed) - len(listed))
    if missing:
        problems.append(phrase("civicly_list_disagreements", n=missing))
    outside = [i for i in listed if queue and i not in queue[:min_items]]
    if outside:
        problems.append(phrase("civicly_outside_batch", min_items=min_items, ids=outside))
    message = problems or [phrase("civicly_batch_ok", agreed=int(agreed), listed=len(listed))]
    values = {"agreed": int(agreed), "disagreements": listed, "outside_batch": outside}
    return result("civicly_batch_classified", not problems, message, values)


@register("civicly_failure_modes")
def failure_modes(
    submission: Mapping[str, Any], *, min_cases: int = 3, input: str = "failure_modes"
) -> CheckResult:
    """At least ``min_cases`` failure modes (non-empty lines) each give a request id as evidence.

    Ids must be in the ``queue`` when one is given; ``errors`` (ids the model
    got wrong) tells how many pieces of evidence are confirmed model errors.
    """
    lines = [
        line for line in re.split(r"\n+|;\s*", str(submission.get(input) or "")) if line.strip()
    ]
    known = set(_queue_ids(submission))
    with_evidence, evidence, unknown = 0, set(), set()
    for line in lines:
        ids = set(_ids(line))
        good = {i for i in ids if not known or i in known}
        unknown |= ids - good
        evidence |= good
        with_evidence += bool(good)
    errors = {str(e) for e in submission.get("errors") or ()}
    confirmed = sorted(evidence & errors)
    passed = with_evidence >= min_cases and len(evidence) >= min_cases
    message = [
        phrase(
            "civicly_failure_modes", modes=with_evidence, ids=len(evidence), min_cases=min_cases
        )
    ]
    if errors:
        message.append(phrase("civicly_confirmed_errors", n=len(confirmed)))
    if unknown:
        message.append(phrase("civicly_unknown_ids", n=len(unknown), ids=sorted(unknown)))
    values = {
        "modes_with_evidence": with_evidence,
        "evidence": sorted(evidence),
        "confirmed_errors": confirmed,
        "unknown_ids": sorted(unknown),
    }
    return result("civicly_failure_modes", passed, message, values)


@register("civicly_review_threshold")
def review_threshold(
    submission: Mapping[str, Any], *, minimum: float, maximum: float, min_tried: int = 3
) -> CheckResult:
    """The chosen threshold lies in [minimum, maximum] and, when the app reports them, ``min_tried`` values were tried."""
    value = submission.get("review_threshold")
    problems: list[Phrase] = []
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not minimum <= value <= maximum
    ):
        problems.append(phrase("civicly_threshold_range", minimum=minimum, maximum=maximum))
    tried = sorted({round(float(t), 4) for t in submission.get("tried_thresholds") or ()})
    if "tried_thresholds" in submission and len(tried) < min_tried:
        problems.append(phrase("civicly_threshold_tried", n=min_tried, tried=len(tried)))
    message = problems or [phrase("civicly_threshold_ok", threshold=value)]
    return result(
        "civicly_review_threshold", not problems, message, {"threshold": value, "tried": tried}
    )


@register("civicly_urgent_recall_at_k")
def recall_at_k(submission: Mapping[str, Any], *, k: int, minimum: float) -> CheckResult:
    """Share of truly urgent messages of the ``queue`` ranked in its top ``k`` reaches ``minimum``."""
    queue = list(submission.get("queue") or ())
    if not queue:
        return result("civicly_urgent_recall_at_k", False, [phrase("civicly_no_queue")])
    scores = [float(item.get("score", 0.0)) for item in queue]
    urgent = [bool(item.get("urgent")) for item in queue]
    recall = round(urgent_recall_at_k(scores, urgent, k), 4)
    message = phrase("civicly_recall", recall=recall, n=sum(urgent), k=k, minimum=minimum)
    return result(
        "civicly_urgent_recall_at_k",
        recall >= minimum,
        [message],
        {"recall_at_k": recall, "urgent": sum(urgent), "k": k},
    )


def _rows(
    report: Mapping[str, Any], groups: Sequence[str]
) -> dict[tuple[str, str], Mapping[str, Any]]:
    rows = {}
    for group in groups:
        table = report.get(_GROUP_TABLES.get(group, f"by_{group}")) or {}
        for name, row in (table.get("groups") or {}).items():
            rows[(group, str(name))] = row
    return rows


def _names(group: str, name: str) -> set[str]:
    names = {name}
    if group == "language" and name in languages.LANGUAGES:
        names |= {languages.LANGUAGES[name].english_name, languages.LANGUAGES[name].native_name}
    return names


def _named(text: str, group: str, name: str) -> bool:
    folded = text.casefold()
    return any(
        re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", folded) for n in _names(group, name)
    )


@register("civicly_fairness_table")
def fairness_table(submission: Mapping[str, Any], *, groups: Sequence[str]) -> CheckResult:
    """The learner's lowest disparity ratio and its group match the audit's fairness tables."""
    rows = _rows(submission.get("audit") or {}, groups)
    if not rows:
        return result("civicly_fairness_table", False, [phrase("civicly_no_audit")])
    (group, name), row = min(rows.items(), key=lambda item: item[1]["accuracy_ratio"])
    ratio = float(row["accuracy_ratio"])
    given = submission.get("lowest_ratio")
    problems: list[Phrase] = []
    if isinstance(given, bool) or not isinstance(given, int | float):
        problems.append(phrase("civicly_give_ratio"))
    elif abs(float(given) - ratio) > RATIO_TOLERANCE:
        problems.append(phrase("civicly_wrong_ratio", given=given))
    if not _named(str(submission.get("lowest_group") or ""), group, name):
        problems.append(phrase("civicly_name_group"))
    message = problems or [_lowest(group, name, ratio, row.get("n"))]
    values = {"lowest_ratio": ratio, "group": group, "name": name, "n": row.get("n")}
    return result("civicly_fairness_table", not problems, message, values)


def _lowest(group: str, name: str, ratio: float, count: Any) -> Phrase:
    if group == "language":
        return phrase("civicly_lowest_language", ratio=ratio, language=language_tag(name), count=count)
    if group == "district":
        return phrase("civicly_lowest_district", ratio=ratio, district=name, count=count)
    return phrase("civicly_lowest_group", ratio=ratio, group=group, name=name, count=count)


def _shown(group: str, name: str) -> Any:
    """A group as the learner reads it: a language by its name, any other group by its value."""
    return language_tag(name) if group == "language" else name


@register("civicly_disparity_flagged")
def disparity_flagged(
    submission: Mapping[str, Any], *, threshold: float = 0.8, input: str = "explanation"
) -> CheckResult:
    """Every group whose accuracy ratio is below ``threshold`` is named in the learner's explanation."""
    rows = _rows(submission.get("audit") or {}, list(_GROUP_TABLES))
    if not rows:
        return result("civicly_disparity_flagged", False, [phrase("civicly_no_audit")])
    flagged = sorted(key for key, row in rows.items() if row["accuracy_ratio"] < threshold)
    text = str(submission.get(input) or "")
    unnamed = [(g, n) for g, n in flagged if not _named(text, g, n)]
    missing = [f"{g} {n}" for g, n in unnamed]
    message = (
        phrase("civicly_all_discussed", n=len(flagged), threshold=threshold)
        if not missing
        else phrase(
            "civicly_not_discussed", groups=[_shown(g, n) for g, n in unnamed], threshold=threshold
        )
    )
    values = {"flagged": [f"{g} {n}" for g, n in flagged], "missing": missing}
    return result("civicly_disparity_flagged", not missing, [message], values)


@register("civicly_mitigation_compared")
def mitigation_compared(
    submission: Mapping[str, Any], *, metric: str = "macro_f1", same_holdout: bool = True
) -> CheckResult:
    """A mitigation was chosen and audited before and after, on the same held-out set.

    "Same held-out set" compares the reports' ``holdout`` fingerprint when both
    have one, else their number of messages ``n``.
    """
    before, after = submission.get("before") or {}, submission.get("after") or {}
    problems: list[Phrase] = []
    if not submission.get("mitigation"):
        problems.append(phrase("civicly_choose_mitigation"))
    if metric not in before or metric not in after:
        problems.append(phrase("civicly_audit_both", metric=metric))
    if same_holdout and before and after:
        key = "holdout" if "holdout" in before and "holdout" in after else "n"
        if before.get(key) != after.get(key):
            problems.append(phrase("civicly_same_holdout"))
    if problems:
        return result("civicly_mitigation_compared", False, problems)
    delta = round(float(after[metric]) - float(before[metric]), 4)
    ratios = [r.get("by_language", {}).get("min_accuracy_ratio") for r in (before, after)]
    message = phrase(
        "civicly_compared", metric=metric, before=before[metric], after=after[metric], delta=delta
    )
    values = {
        "metric": metric,
        "before": before[metric],
        "after": after[metric],
        "delta": delta,
        "min_language_ratio": ratios,
    }
    return result("civicly_mitigation_compared", True, [message], values)
