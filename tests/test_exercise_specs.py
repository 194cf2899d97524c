"""Exercise specifications: the shipped specs load and link to the course; broken ones say where."""

import copy
from pathlib import Path

import pytest
import yaml

from assistant.errors import ConfigError
from assistant.exercises import checks
from assistant.exercises.spec import (
    CHECKS,
    ExerciseSpecError,
    Text,
    check_links,
    load_all,
    load_exercise,
)
from assistant.languages import CODES

ROOT = Path(__file__).resolve().parents[1]
MODULES = ROOT / "corpus" / "modules"
SHIPPED = {"civicly-triage", "redact-before-store", "impact-assessment", "bias-audit", "prompt-lab"}


def five(word):
    return {code: f"{word} ({code})" for code in CODES}


def minimal_spec(exercise_id="bias-audit"):
    step = {
        "title": five("Title"),
        "instructions": five("Do this"),
        "inputs": [{"id": "note", "kind": "text", "label": five("Note"), "min_length": 5}],
        "checks": [{"name": "min_words", "params": {"input": "note", "words": 3}}],
        "hints": [five("Hint")],
    }
    return {
        "id": exercise_id,
        "version": "1.0",
        "modules": ["08-governance-risk"],
        "estimated_minutes": 10,
        "title": five("Exercise"),
        "summary": five("Summary"),
        "steps": [{**copy.deepcopy(step), "id": f"step-{i}"} for i in range(3)],
        "debrief": {
            "text": five("Debrief"),
            "links": [{"module": "08-governance-risk", "section": "impact-levels"}],
        },
    }


def write(root, data, folder="bias-audit"):
    path = root / folder / "exercise.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return path


def problems_of(path):
    with pytest.raises(ExerciseSpecError) as caught:
        load_exercise(path)
    assert isinstance(caught.value, ConfigError)
    return caught.value.problems


# --- the shipped exercises ---------------------------------------------------------


def test_every_shipped_spec_loads_with_three_to_five_steps():
    exercises = load_all()
    assert set(exercises) == SHIPPED
    for exercise in exercises.values():
        assert 3 <= len(exercise.steps) <= 5, exercise.id
        assert exercise.estimated_minutes > 0 and exercise.links


@pytest.mark.parametrize("exercise_id", sorted(SHIPPED))
def test_shipped_links_point_at_existing_sections_in_every_language(exercise_id):
    assert check_links(load_all()[exercise_id], MODULES) == []


def test_shipped_texts_are_distinct_translations():
    for exercise in load_all().values():
        for step in exercise.steps:
            values = [step.instructions.get(code) for code in CODES]
            assert len(set(values)) == 5, (exercise.id, step.id)
            assert any("\u0600" <= ch <= "\u06ff" for ch in step.instructions.ar)


def test_impact_assessment_folder_is_linked_to_its_spec_id():
    from assistant.exercises.impact_assessment import EXERCISE_ID

    exercise = load_all()[EXERCISE_ID]
    assert exercise.path.parent.name == "impact_assessment"


def test_every_check_a_shipped_spec_names_is_registered():
    checks.import_builtin_checks()
    assert {"aia_all_answered", "aia_level_at_least", "min_words"} <= set(CHECKS)
    named = {c.name for e in load_all().values() for s in e.steps for c in s.checks}
    assert named <= set(CHECKS), "every check a shipped spec names runs"


def test_min_words_check():
    result = CHECKS["min_words"]({"note": "one two three"}, input="note", words=3)
    assert result.passed and result.values["words"] == 3
    assert not CHECKS["min_words"]({}, input="note", words=1).passed


def test_localized_text_accessor_falls_back_to_english():
    exercise = load_all()["civicly-triage"]
    assert exercise.text("title", "fr") == exercise.title.fr
    assert exercise.text("title", "pt-BR") == exercise.title.pt
    assert exercise.text("title", "de") == exercise.title.en
    assert exercise.text("steps.route-batch.hints.1", "ar") == exercise.steps[0].hints[1].ar
    assert exercise.text("debrief", "es") == exercise.debrief.es
    with pytest.raises(ConfigError, match="no text"):
        exercise.text("steps.route-batch.hints.9", "en")
    with pytest.raises(ConfigError, match="no step"):
        exercise.text("steps.nope.title", "en")
    assert Text("English", "", "es", "pt", "ar").get("fr") == "English"


# --- broken specs ---------------------------------------------------------------------


def test_minimal_spec_in_tmp_path_loads(tmp_path):
    exercise = load_exercise(write(tmp_path, minimal_spec()))
    assert exercise.id == "bias-audit" and [s.id for s in exercise.steps][-1] == "step-2"
    assert exercise.steps[0].checks[0].params["words"] == 3
    assert check_links(exercise, MODULES) == []


def test_missing_language_names_file_and_field(tmp_path):
    data = minimal_spec()
    del data["steps"][2]["instructions"]["ar"]
    problems = problems_of(write(tmp_path, data))
    assert len(problems) == 1
    assert problems[0].endswith(
        "bias-audit/exercise.yaml: steps[2].instructions.ar: missing (every text needs en, fr, es, pt, ar)"
    )


def test_unknown_check_is_named(tmp_path):
    data = minimal_spec()
    data["steps"][1]["checks"].append({"name": "guess_the_answer"})
    (problem,) = problems_of(write(tmp_path, data))
    assert "exercise.yaml: steps[1].checks[1].name: unknown check 'guess_the_answer'" in problem


def test_bad_step_id_type_is_named(tmp_path):
    data = minimal_spec()
    data["steps"][0]["id"] = 3
    (problem,) = problems_of(write(tmp_path, data))
    assert "exercise.yaml: steps[0].id: 3 is not an id" in problem


def test_several_problems_are_reported_together(tmp_path):
    data = minimal_spec()
    data["steps"][1]["id"] = "step-0"  # duplicate
    data["steps"][0]["inputs"][0]["kind"] = "video"
    data["steps"][0]["checks"][0]["params"] = {"input": "note"}  # `words` missing
    data["estimated_minutes"] = "soon"
    data["summary"]["de"] = "Zusammenfassung"
    del data["debrief"]["links"]
    text = "\n".join(problems_of(write(tmp_path, data)))
    assert "steps[1].id: duplicate step id 'step-0'" in text
    assert "steps[0].inputs[0].kind: 'video' is not one of text, choice, number, file" in text
    assert "steps[0].checks[0].params: do not fit check 'min_words'" in text
    assert "estimated_minutes: expected a whole number" in text
    assert "summary.de: unknown language" in text
    assert "debrief.links: missing" in text


def test_choice_input_needs_options_and_unknown_fields_are_refused(tmp_path):
    data = minimal_spec()
    data["steps"][0]["inputs"] = [{"id": "pick", "kind": "choice", "label": five("Pick")}]
    data["steps"][0]["checks"] = []
    data["steps"][0]["tips"] = ["typo for hints"]
    text = "\n".join(problems_of(write(tmp_path, data)))
    assert "steps[0].inputs[0].options: expected a list of at least 2 item(s)" in text
    assert "steps[0].tips: unknown field" in text


def test_id_must_match_folder_and_yaml_errors_name_the_file(tmp_path):
    (problem,) = problems_of(write(tmp_path, minimal_spec("prompt-lab")))
    assert "id: 'prompt-lab' does not match its folder 'bias-audit'" in problem
    bad = tmp_path / "broken" / "exercise.yaml"
    bad.parent.mkdir()
    bad.write_text("id: [unclosed", "utf-8")
    (problem,) = problems_of(bad)
    assert "broken/exercise.yaml: cannot be read as YAML" in problem


def test_underscore_folder_is_accepted_for_hyphenated_id(tmp_path):
    path = write(tmp_path, minimal_spec("bias-audit"), folder="bias_audit")
    assert load_exercise(path).id == "bias-audit"


def test_load_all_collects_problems_from_every_file(tmp_path):
    write(tmp_path, minimal_spec())
    broken = minimal_spec("prompt-lab")
    del broken["title"]["fr"]
    write(tmp_path, broken, folder="prompt-lab")
    with pytest.raises(ExerciseSpecError) as caught:
        load_all(tmp_path)
    assert caught.value.problems == [
        f"{tmp_path / 'prompt-lab' / 'exercise.yaml'}: title.fr: missing (every text needs en, fr, es, pt, ar)"
    ]


def test_check_links_reports_missing_sections_and_modules(tmp_path):
    data = minimal_spec()
    data["modules"].append("99-nowhere")
    data["debrief"]["links"].append({"module": "08-governance-risk", "section": "no-such-section"})
    exercise = load_exercise(write(tmp_path, data))
    problems = check_links(exercise, MODULES)
    assert len(problems) == 10  # each bad link, in each of the five languages
    assert any("modules[1]: no module file" in p and "/ar/99-nowhere.md" in p for p in problems)
    assert any("debrief.links[1]:" in p and "{#no-such-section}" in p for p in problems)
