"""The guided-exercise runner without a browser: inputs, checks, saving, resuming, debrief."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.exercises.spec import load_all
from assistant.store import Store
from assistant.web.exercise_data import (
    POOL_KINDS,
    POOL_SIZE,
    CheckContext,
    collect_answer,
    layout,
    outcome,
    run_checks,
)
from assistant.web.exercises import ExerciseRunner, render_checks

ROOT = Path(__file__).resolve().parents[1]
SPANS = "1, Grace Adeyemi, name\n1, 07700 900461, phone\n2, martine.dubois@exemple.fr, email"


@pytest.fixture(scope="module")
def exercises():
    return load_all()


@pytest.fixture
def store():
    return Store.from_settings(load_settings())


@pytest.fixture
def runner(exercises, store):
    return ExerciseRunner(exercises, store, CheckContext(load_settings()))


def values(step, **by_id):
    """Pool values with ``by_id`` placed where the runner shows each input."""
    pool = [None] * POOL_SIZE
    for position, item in layout(step).items():
        if item.id in by_id:
            pool[position] = by_id[item.id]
    return pool


def test_inputs_keep_the_order_of_the_spec(exercises):
    step = exercises["redact-before-store"].step("measure-detector")
    placed = sorted(layout(step).items())
    assert [item.id for _, item in placed] == ["precision", "recall", "weakest_language"]
    assert [POOL_KINDS[p % len(POOL_KINDS)] for p, _ in placed] == ["number", "number", "text"]


def test_answers_are_validated_in_the_interface_language(exercises):
    step = exercises["redact-before-store"].step("measure-detector")
    answer, problems = collect_answer(step, values(step, precision=1.5, recall=1.0), {}, "fr")
    assert answer["recall"] == 1 and isinstance(answer["recall"], int)
    assert any("entre 0 et 1" in p for p in problems)
    assert any("obligatoire" in p for p in problems)  # weakest_language is missing
    short = exercises["redact-before-store"].step("spot-by-hand")
    _, problems = collect_answer(short, values(short, spans="too short"), {}, "en")
    assert problems == [f"{short.inputs[0].label.en}: at least 40 characters"]


def test_file_input_is_read_as_json(exercises, tmp_path):
    step = exercises["impact-assessment"].step("answer")
    good = tmp_path / "answers.json"
    good.write_text(json.dumps({"q1": "yes"}), "utf-8")
    answer, problems = collect_answer(step, values(step, answers=str(good)), {}, "en")
    assert answer == {"answers": {"q1": "yes"}} and problems == []
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", "utf-8")
    assert "not a JSON object" in collect_answer(step, values(step, answers=str(broken)), {}, "en")[1][0]
    wrong = tmp_path / "answers.txt"
    wrong.write_text("{}", "utf-8")
    assert ".json file" in collect_answer(step, values(step, answers=str(wrong)), {}, "en")[1][0]
    kept, problems = collect_answer(step, values(step), {"answers": {"q1": "no"}}, "en")
    assert kept == {"answers": {"q1": "no"}} and problems == []  # no new upload: the saved file stays


def test_check_saves_the_step_and_the_learner_resumes(runner, store, exercises):
    step = exercises["redact-before-store"].step("spot-by-hand")
    view = runner.check("redact-before-store", "spot-by-hand", "L1", "en", values(step, spans=SPANS))
    assert "Step complete" in view.status and "✅ `pii_spans_found`" in view.checks
    saved = store.exercise_progress("L1", "redact-before-store")["spot-by-hand"]
    assert saved.status == "done" and saved.answer == {"spans": SPANS}
    assert saved.checks[0]["passed"] is True
    # Later (a new page): back to the exercise saved last, at its first open step.
    again = ExerciseRunner(exercises, store, CheckContext()).view(None, None, "L1", "ar")
    assert again.exercise_id == "redact-before-store" and again.step_id == "measure-detector"
    assert again.step_choices[0][0].startswith("✅ 1.") and "dir='rtl'" in again.step_text
    first = runner.view("redact-before-store", "spot-by-hand", "L1", "en")
    text_slot = next(p for p, i in layout(step).items() if i.id == "spans")
    assert first.slots[text_slot]["value"] == SPANS and "pii_spans_found" in first.checks


def test_failing_check_is_saved_as_started(runner, store, exercises):
    step = exercises["redact-before-store"].step("measure-detector")
    view = runner.check(
        "redact-before-store", "measure-detector", "L2", "en",
        values(step, precision=0.1, recall=0.1, weakest_language="English"),
    )
    assert "❌ `pii_precision_recall`" in view.checks and "not passed yet" in view.status
    assert store.exercise_progress("L2", "redact-before-store")["measure-detector"].status == "started"


def test_problems_stop_the_check_and_keep_the_typing(runner, store, exercises):
    step = exercises["redact-before-store"].step("spot-by-hand")
    view = runner.check("redact-before-store", "spot-by-hand", "L3", "en", values(step, spans="short"))
    assert "Please complete these first" in view.status
    assert "short" in [slot.get("value") for slot in view.slots]
    assert store.exercise_progress("L3", "redact-before-store") == {}


def test_checks_the_app_cannot_feed_say_so(exercises):
    context = CheckContext()  # no sandbox, no course search
    mitigate = exercises["bias-audit"].step("mitigate")
    results = run_checks(mitigate, {"mitigation": "relabel"}, context)
    assert results[0]["passed"] is None and results[0]["reason"] == "ex_needs_before_after"
    baseline = exercises["bias-audit"].step("baseline")
    assert run_checks(baseline, {}, context)[0]["reason"] == "ex_needs_sandbox"
    draft = exercises["prompt-lab"].step("draft")
    reasons = [r["reason"] for r in run_checks(draft, {"reply": "Hello", "language": "en"}, context)]
    assert reasons[0] == "ex_needs_sources" and reasons[1:] == [None, None, None]
    rendered = render_checks(run_checks(mitigate, {}, context), "en")
    assert "⚠️" in rendered and "cannot run in the app" in rendered and "before and after" in rendered


def test_grounding_check_gets_course_passages(exercises):
    passages = ["Data minimisation means collecting only the personal data a service needs."]
    context = CheckContext(load_settings(), search=lambda query: passages)
    draft = exercises["prompt-lab"].step("draft")
    reply = "Dear resident, we only collect the personal data the service needs [1]. Regards"
    results = run_checks(draft, {"prompt": "minimisation", "reply": reply, "language": "en"}, context)
    assert results[0]["name"] == "llm_reply_grounded" and results[0]["passed"] is True


def test_crashing_check_is_reported_not_raised(exercises, monkeypatch):
    from assistant.exercises import checks

    def broken(submission, **params):
        raise RuntimeError("boom")

    monkeypatch.setitem(checks.CHECKS, "min_words", broken)
    step = exercises["bias-audit"].step("compare-and-decide")
    result = run_checks(step, {"recommendation": "x"}, CheckContext())[0]
    assert result["passed"] is None and "boom" in result["detail"]
    assert "boom" in render_checks([result], "fr") and "ne peut pas" in render_checks([result], "fr")


def test_rendered_messages_are_escaped():
    html = render_checks([outcome("min_words", False, "<script>x</script>")], "ar")
    assert "<script>" not in html and "dir='rtl'" in html


def test_check_messages_are_shown_in_the_learners_language(runner, store, exercises):
    step = exercises["redact-before-store"].step("measure-detector")
    answer = values(step, precision=1.0, recall=0.5, weakest_language="English")
    french = runner.check("redact-before-store", "measure-detector", "L6", "fr", answer)
    assert "❌ `pii_precision_recall`" in french.checks
    assert "<span lang='fr'>Précision mesurée : 1.00 ; rappel : 0.84." in french.checks
    assert "la langue dont le rappel est le plus faible est le français" in french.checks
    assert "Measured precision" not in french.checks
    saved = store.exercise_progress("L6", "redact-before-store")["measure-detector"].checks[0]
    assert saved["message"].startswith("Measured precision 1.00, recall 0.84.")  # English kept
    assert saved["phrases"][0] == {"key": "pii_measured",
                                   "params": {"precision": 1.0, "recall": 0.84}}
    # Reopened later in Arabic: the saved result is shown in Arabic.
    arabic = runner.view("redact-before-store", "measure-detector", "L6", "ar")
    assert "<span lang='ar'>الدقة المقيسة 1.00، والاستدعاء 0.84." in arabic.checks
    assert "راجع إجابتك: اللغة ذات الاستدعاء الأدنى هي الفرنسية." in arabic.checks
    assert "dir='rtl'" in arabic.checks


def test_outcomes_saved_before_translation_show_their_english_message(runner, store):
    old = {"name": "pii_spans_found", "passed": False, "message": "You found 2 of 19 labelled items."}
    store.save_step("L7", "redact-before-store", "spot-by-hand", "started", {}, [old])
    view = runner.view("redact-before-store", "spot-by-hand", "L7", "fr")
    assert "<span dir='ltr' lang='en'>You found 2 of 19 labelled items.</span>" in view.checks
    unknown = {**old, "phrases": [{"key": "since_removed", "params": {}}]}
    broken = {**old, "phrases": [{"key": "min_words", "params": {"input": "x"}}]}  # no n
    for item in (unknown, broken):
        assert "lang='en'>You found 2 of 19" in render_checks([item], "ar")


def test_hints_are_revealed_one_at_a_time(runner):
    text, shown = runner.hints("redact-before-store", "spot-by-hand", 0, "en")
    assert shown == 1 and "Hint 1 of 2" in text and "Hint 2" not in text
    text, shown = runner.hints("redact-before-store", "spot-by-hand", shown, "en")
    assert shown == 2 and "Hint 2 of 2" in text
    assert runner.hints("redact-before-store", "spot-by-hand", shown, "en")[1] == 2


def test_debrief_with_course_links_when_all_steps_are_done(exercises, store):
    from assistant.course import Course

    runner = ExerciseRunner(exercises, store, CheckContext(), Course(ROOT / "corpus" / "modules"))
    spec = exercises["impact-assessment"]
    assert runner.view(spec.id, None, "L4", "en").debrief == ""
    for step in spec.steps:
        store.save_step("L4", spec.id, step.id, "done", {})
    view = runner.view(spec.id, None, "L4", "en")
    assert "Debrief" in view.debrief and view.debrief.count("📖") == len(spec.links)
    assert "08-governance-risk" not in view.debrief  # module titles, not ids
    assert "5 of 5 steps done" in view.header


def test_joining_a_class_marks_its_exercises(runner, store):
    assert "No cohort has the join code" in runner.join("ZZZZZZ", "Amina", "L5", "en")
    assert "join code" in runner.join("", "Amina", "L5", "en")
    cohort = store.create_cohort("Rabat")
    store.launch_exercise(cohort.id, "prompt-lab")
    assert "You joined **Rabat**" in runner.join(cohort.join_code.lower(), "Amina", "L5", "en")
    view = runner.view(None, None, "L5", "en")
    assert view.exercise_id == "prompt-lab"  # what the instructor opened comes first
    assert ("📌 " + runner.exercises["prompt-lab"].text("title", "en") + " (assigned to your class)",
            "prompt-lab") in view.choices
    assert "Rabat" in view.cohorts
    step = runner.exercises["prompt-lab"].step("check-setup")
    runner.check("prompt-lab", "check-setup", "L5", "en", values(step, backend="offline"))
    saved = store.exercise_progress("L5", "prompt-lab")["check-setup"]
    assert saved.status == "done" and saved.cohort_id == cohort.id


def test_civicly_checks_get_the_sandbox_queue_and_one_audit(exercises):
    from types import SimpleNamespace

    report = {"by_language": {"groups": {"en": {"accuracy_ratio": 1.0, "n": 40},
                                         "ar": {"accuracy_ratio": 0.7, "n": 20}}}}

    class Sandbox:
        model = object()
        audits = 0

        def queue(self, owner):
            assert owner == "L1"  # the asking learner's own queue
            return [SimpleNamespace(request_id="NEW-0001", score=0.9, department="roads")]

        def audit(self, owner):
            Sandbox.audits += 1
            return report

        def holdout(self):
            return []

    context = CheckContext(sandbox=Sandbox())
    baseline = exercises["bias-audit"].step("baseline")
    for _ in range(2):
        result = run_checks(
            baseline, {"lowest_ratio": 0.7, "lowest_group": "Arabic"}, context, "L1"
        )[0]
        assert result["passed"] is True, result
    assert Sandbox.audits == 2  # asked each time; the sandbox computes it once per model
    queue, errors = context.queue("L1")
    assert queue == [{"request_id": "NEW-0001", "score": 0.9}] and errors == []  # no truth for new


def test_opening_the_page_in_the_drawn_language_keeps_the_resumed_step(runner, store, exercises):
    # The page sets its language once it opens; when it is the one the tab is drawn in, the
    # late event must not redraw the tab (it would put the first step back over the one the
    # learner resumed). A real change of language redraws the step the learner is on.
    from types import SimpleNamespace

    import gradio as gr

    from assistant.web.exercises import build_exercises_tab
    from assistant.web.relabel import Relabel

    with gr.Blocks() as demo:
        ui_language = gr.Dropdown(["en", "fr", "ar"], value="en")
        build_exercises_tab(runner, Relabel(), ui_language)
    (relabel_step,) = [fn.fn for fn in demo.fns.values() if fn.name == "relabel_step"]
    request = SimpleNamespace(session={}, cookies={}, headers={}, username=None)
    kept = relabel_step(request, "redact-before-store", "measure-detector", "en", "en")
    assert kept[-1] == "en" and all(update == gr.skip() for update in kept[:-1])
    redrawn = relabel_step(request, "redact-before-store", "measure-detector", "en", "ar")
    assert redrawn[-1] == "ar"
    assert redrawn[2]["value"] == "measure-detector" and "dir='rtl'" in redrawn[3]
