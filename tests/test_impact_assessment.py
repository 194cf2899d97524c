"""Impact assessment of Civicly: scoring computed by hand, conditions, thresholds, export."""

import json

import pytest

from assistant.errors import ConfigError
from assistant.exercises.impact_assessment import checks as aia_checks
from assistant.exercises.impact_assessment.export import from_json, to_dict, to_json, to_markdown
from assistant.exercises.impact_assessment.scoring import (
    AssessmentError,
    load_questionnaire,
    parse_questionnaire,
    score,
)
from assistant.exercises.spec import CHECKS
from assistant.languages import CODES

# Maxima of the packaged questionnaire (points of the best option; multi-choice: all options):
# risk: public_facing 1 + people 2 + vulnerable 3 + rights 3 + health 3 + economic 3
#       + reversibility 4 + personal 2 + sensitive 3 + sources (1+1+2+2) 6 + historical_bias 3
#       + automation 4 + explainability 2 + learns 2 = 41
# mitigation: consultation (1+1+1+2) 5 + data_checks 2 + group_testing 2 + update_review 2
#       + human_review 3 + override 2 + training 1 + notice 2 + record 1 + recourse 2
#       + monitoring 2 + audit 2 = 26

LOWEST = {
    "scope_public_facing": "no",
    "scope_people_affected": "under_1000",
    "scope_vulnerable_groups": False,
    "impact_rights": "none",
    "impact_health_safety": "none",
    "impact_economic": "none",
    "impact_reversibility": "easily",
    "data_personal": "no",
    "data_sources": [],
    "data_historical_bias": "no",
    "system_automation": "informs",
    "system_explainability": "full",
    "system_learns": "no",
    "mit_consultation": [],
    "mit_data_checks": "no",
    "mit_group_testing": "no",
    "mit_human_review": "none",
    "mit_override": "no",
    "mit_training": "no",
    "mit_notice": "no",
    "mit_record": "no",
    "mit_recourse": "no",
    "mit_monitoring": "no",
    "mit_audit": "none",
}

CIVICLY = {
    "scope_public_facing": "no",  # 0
    "scope_people_affected": "over_100000",  # 2
    "scope_vulnerable_groups": "yes",  # 3
    "impact_rights": "moderate",  # 2
    "impact_health_safety": "moderate",  # 2
    "impact_economic": "low",  # 1
    "impact_reversibility": "with_effort",  # 2
    "data_personal": True,  # 2
    "data_sensitive": "yes",  # 3 (shown because data_personal is yes)
    "data_sources": ["residents", "own_records"],  # 1 + 1
    "data_historical_bias": "yes",  # 3
    "system_automation": "ranks",  # 2
    "system_explainability": "partial",  # 1
    "system_learns": "no",  # 0 (hides mit_update_review)
    "mit_consultation": ["legal", "data_protection", "frontline_staff", "residents"],  # 5
    "mit_data_checks": "yes",  # 2
    "mit_group_testing": "yes",  # 2
    "mit_human_review": "high_impact",  # 2
    "mit_override": "yes",  # 2
    "mit_training": "yes",  # 1
    "mit_notice": "yes",  # 2
    "mit_record": "yes",  # 1
    "mit_recourse": "yes",  # 2
    "mit_monitoring": "yes",  # 2
    "mit_audit": "internal",  # 1
}


@pytest.fixture(scope="module")
def questionnaire():
    return load_questionnaire()


def test_questionnaire_has_sections_conditions_and_five_languages(questionnaire):
    assert 20 <= len(questionnaire.questions) <= 30
    assert {q.section for q in questionnaire.questions} == {"risk", "mitigation"}
    assert {q.kind for q in questionnaire.questions} == {"yes_no", "single_choice", "multi_choice"}
    assert sum(q.max_points for q in questionnaire.questions if q.section == "risk") == 41
    assert sum(q.max_points for q in questionnaire.questions if q.section == "mitigation") == 26
    assert {q.id for q in questionnaire.questions if q.when} == {"data_sensitive", "mit_update_review"}
    for q in questionnaire.questions:
        assert len({q.text.get(code) for code in CODES}) == 5, q.id


def test_lowest_answers_score_zero_and_hide_conditional_questions(questionnaire):
    a = score(questionnaire, LOWEST)
    # data_personal = no hides data_sensitive: max risk 41 - 3 = 38.
    # system_learns = no hides mit_update_review: max mitigation 26 - 2 = 24.
    assert (a.raw_risk, a.max_risk, a.mitigation, a.max_mitigation) == (0, 38, 0, 24)
    assert (a.final_score, a.final_pct, a.level, a.level_name) == (0, 0, 1, "I")
    assert not a.deduction_applied


def test_civicly_answers_by_hand(questionnaire):
    a = score(questionnaire, CIVICLY)
    # risk = 0+2+3+2+2+1+2+2+3+2+3+2+1+0 = 25 of 41 -> 60.98 %
    assert (a.raw_risk, a.max_risk) == (25, 41)
    assert a.risk_pct == pytest.approx(100 * 25 / 41)
    # mitigation = 5+2+2+2+2+1+2+1+2+2+1 = 22 of 24 -> 91.67 % >= 80 %: deduct 15 % of 25 = 3.75
    assert (a.mitigation, a.max_mitigation) == (22, 24)
    assert a.mitigation_pct == pytest.approx(100 * 22 / 24)
    assert a.deduction_applied and a.deduction == pytest.approx(3.75)
    # final = 25 - 3.75 = 21.25; 21.25 / 41 = 51.83 % -> above 50, at most 75: level III
    assert a.final_score == pytest.approx(21.25)
    assert a.final_pct == pytest.approx(100 * 21.25 / 41)
    assert (a.level, a.level_name) == (3, "III")
    assert a.rule.level_thresholds_pct == (25.0, 50.0, 75.0)


def test_weak_mitigation_keeps_the_raw_score(questionnaire):
    answers = {**CIVICLY, "mit_consultation": [], "mit_data_checks": "no", "mit_group_testing": "no"}
    answers |= {"mit_notice": "no", "mit_record": "no", "mit_recourse": "no"}
    a = score(questionnaire, answers)
    # mitigation = 22 - 5 - 2 - 2 - 2 - 1 - 2 = 8 of 24 = 33.3 % < 80 %: no deduction
    assert (a.mitigation, a.deduction_applied, a.deduction) == (8, False, 0)
    # final = raw = 25; 25 / 41 = 60.98 % -> level III
    assert (a.final_score, a.level_name) == (25, "III")


def test_conditions_change_the_maxima(questionnaire):
    answers = {**CIVICLY, "data_personal": "no", "system_learns": "yes", "mit_update_review": "no"}
    a = score(questionnaire, answers)
    # data_personal no: -2 points and data_sensitive hidden (-3 points, -3 from max);
    # system_learns yes: +2 points and mit_update_review shown (+2 to max mitigation).
    # risk = 25 - 2 - 3 + 2 = 22 of 41 - 3 = 38; mitigation = 22 of 24 + 2 = 26 -> 84.6 % >= 80
    assert (a.raw_risk, a.max_risk, a.mitigation, a.max_mitigation) == (22, 38, 22, 26)
    # final = 22 * 0.85 = 18.7; 18.7 / 38 = 49.2 % -> level II (the deduction lowered it from III)
    assert a.final_score == pytest.approx(18.7)
    assert a.level_name == "II"
    hidden = next(i for i in a.items if i.question == "data_sensitive")
    assert (hidden.visible, hidden.points, hidden.max_points, hidden.answer) == (False, 0, 0, ())


def test_an_answer_to_a_hidden_question_counts_nothing(questionnaire):
    a = score(questionnaire, {**LOWEST, "data_sensitive": "yes", "mit_update_review": "yes"})
    assert (a.raw_risk, a.max_risk, a.mitigation, a.max_mitigation) == (0, 38, 0, 24)


def tiny(max_risk_points=4, mitigation_points=5):
    """One risk question worth 0..max points and one mitigation question worth 0..5."""
    label = {code: "x" for code in CODES}
    options = lambda n: [{"value": f"p{i}", "points": i, "label": label} for i in range(n + 1)]  # noqa: E731
    raw = {
        "id": "tiny",
        "version": "1",
        "record": {"tool": "T", **{k: label for k in ("owner", "purpose", "decision_use", "data", "human_oversight")}},
        "areas": {"a": label},
        "questions": [
            {"id": "r", "area": "a", "section": "risk", "kind": "single_choice", "text": label, "options": options(max_risk_points)},
            {"id": "m", "area": "a", "section": "mitigation", "kind": "single_choice", "text": label, "options": options(mitigation_points)},
        ],
    }  # fmt: skip
    return parse_questionnaire(raw, "tiny.yaml")


@pytest.mark.parametrize(
    ("points", "level"),
    [(0, "I"), (1, "I"), (2, "II"), (3, "III"), (4, "IV")],  # 25 %, 50 %, 75 % take the lower level
)
def test_levels_exactly_at_thresholds(points, level):
    a = score(tiny(), {"r": f"p{points}", "m": "p0"})
    assert a.final_pct == 25 * points and a.level_name == level


def test_deduction_starts_exactly_at_80_percent_mitigation():
    q = tiny(max_risk_points=17)
    # mitigation 4 of 5 = 80 %: deduct 15 %; raw 10 -> final 8.5; 8.5 / 17 = exactly 50 % -> II
    at = score(q, {"r": "p10", "m": "p4"})
    assert at.deduction_applied and at.final_score == 8.5 and at.final_pct == 50.0
    assert at.level_name == "II"
    # mitigation 3 of 5 = 60 %: no deduction; 10 / 17 = 58.8 % -> III
    below = score(q, {"r": "p10", "m": "p3"})
    assert not below.deduction_applied and below.level_name == "III"
    # raw 5 with deduction: 4.25 / 17 = exactly 25 % -> I
    assert score(q, {"r": "p5", "m": "p5"}).level_name == "I"


def test_validation_names_each_question(questionnaire):
    answers = {**CIVICLY, "favourite_colour": "blue", "impact_rights": "catastrophic"}
    answers["system_automation"] = ["ranks", "decides"]
    del answers["mit_audit"]
    with pytest.raises(AssessmentError) as caught:
        score(questionnaire, answers)
    problems = "\n".join(caught.value.problems)
    assert "favourite_colour: unknown question" in problems
    assert "impact_rights: invalid option 'catastrophic' (choose from none, low, moderate, high)" in problems
    assert "system_automation: choose exactly one option" in problems
    assert "mit_audit: missing answer (required)" in problems


def test_partial_scoring_lists_unanswered_questions(questionnaire):
    a = score(questionnaire, {"data_personal": "yes"}, require_all=False)
    assert "data_sensitive" in a.unanswered and "data_personal" not in a.unanswered
    assert "mit_update_review" not in a.unanswered  # hidden: system_learns is unanswered


def test_broken_questionnaire_names_the_field():
    raw = {"id": "x", "version": "1", "record": {}, "areas": {}, "questions": [{"id": "q", "kind": "slider"}]}
    with pytest.raises(AssessmentError) as caught:
        parse_questionnaire(raw, "q.yaml")
    problems = "\n".join(caught.value.problems)
    assert "q.yaml: questions[0].kind: 'slider' is not one of yes_no, single_choice, multi_choice" in problems
    assert "q.yaml: record.owner: missing" in problems


def test_checks_are_registered_and_run(questionnaire):
    assert CHECKS["aia_level_at_least"] is aia_checks.level_at_least
    assert CHECKS["aia_all_answered"]({"answers": CIVICLY}).passed
    partial = CHECKS["aia_all_answered"]({"answers": {"data_personal": "no"}})
    assert not partial.passed and "scope_public_facing" in partial.values["unanswered"]
    assert CHECKS["aia_level_at_least"]({"answers": CIVICLY}, level=3).passed
    assert not CHECKS["aia_level_at_least"]({"answers": LOWEST}, level=2).passed
    assert CHECKS["aia_mitigation_at_least"]({"answers": CIVICLY}, percent=80).passed
    assert not CHECKS["aia_mitigation_at_least"]({"answers": {}}, percent=80).passed


@pytest.mark.parametrize("language", ["en", "ar"])
def test_markdown_record_shows_level_and_scores(questionnaire, language):
    text = to_markdown(score(questionnaire, CIVICLY), language)
    for number in ("25 / 41", "60.98 %", "22 / 24", "91.67 %", "3.75", "21.25 / 41", "51.83 %"):
        assert number in text, number
    assert ": III**" in text and "Civicly" in text
    if language == "ar":
        assert text.startswith('<div dir="rtl" lang="ar">')
        assert "مستوى الأثر" in text and "سجل الشفافية الخوارزمية" in text
        assert "المخاطر" in text and "الإشراف البشري" in text
    else:
        assert "# Algorithmic transparency record: Civicly" in text
        assert "## Human oversight" in text and "I ≤ 25 %, II ≤ 50 %, III ≤ 75 %" in text


def test_markdown_in_every_language(questionnaire):
    a = score(questionnaire, CIVICLY)
    headings = {to_markdown(a, code).split("\n", 3)[2 if code == "ar" else 0] for code in CODES}
    assert len(headings) == 5


def test_json_round_trips(questionnaire):
    a = score(questionnaire, {**CIVICLY, "system_learns": "yes", "mit_update_review": "no"})
    text = to_json(a)
    assert from_json(text) == a
    data = json.loads(text)
    assert data["record"]["tool"] == "Civicly" and set(data["record"]["owner"]) == set(CODES)
    assert data["assessment"]["level_name"] == a.level_name
    assert to_json(from_json(text)) == text
    assert to_dict(a)["assessment"]["items"][0]["question"] == "scope_public_facing"
    with pytest.raises(ConfigError, match="Not an impact assessment record"):
        from_json("{}")
