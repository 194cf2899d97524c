"""The guided-exercise runner of the Exercises tab.

A learner picks an exercise, optionally joins their class with a join code,
and works through the steps: instructions, the inputs the spec asks for,
hints revealed one at a time, and "check my work", which runs the step's
registered checks (:mod:`assistant.exercises.checks`) with the data the app
can add (:mod:`assistant.web.exercise_data`). Every check is saved with the
answer through :meth:`~assistant.store.Store.save_step`, so a learner who
comes back (same browser) resumes at their first unfinished step with their
answers filled in; the debrief and its course links appear when all steps
are done.

Choices made here:

* Inputs come from a fixed pool (:data:`MAX_INPUTS` slots, one component per kind each),
  shown, hidden and relabelled per step, as the course tab does for quiz
  radios, so the page never re-renders its layout.
* The logic lives in :class:`ExerciseRunner`, which returns plain data
  (:class:`View`, ``gr.update``-style dicts) and is tested without a browser;
  :func:`build_exercises_tab` only wires components to it.
* A step is *done* when no check that ran failed; a check the app cannot feed
  is shown as "cannot run here" and does not block the learner.
* A ``file`` input must be a JSON object (the impact-assessment answers); it
  is parsed and stored with the answer, so later steps' checks can read it.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.error_text import describe
from assistant.errors import AssistantError
from assistant.exercises.text import from_json, render
from assistant.web.exercise_data import (
    MAX_INPUTS,
    POOL_KINDS,
    CheckContext,
    collect_answer,
    keep_values,
    materials_markdown,
    pool_kind,
    run_checks,
    slot_updates,
)
from assistant.web.identity import with_learner
from assistant.web.text import t, tn, wrap

log = logging.getLogger(__name__)

def render_checks(outcomes: Sequence[Mapping[str, Any]], language: str) -> str:
    """Each check: passed, not yet, or cannot run here, with its message (Markdown)."""
    if not outcomes:
        return ""
    lines = [f"#### {t('ex_checks_heading', language)}"]
    for item in outcomes:
        name = f"`{html.escape(str(item.get('name', '')))}`"
        if item.get("passed") is None:
            reason = t(str(item.get("reason") or "ex_check_crashed"), language,
                       error=html.escape(str(item.get("detail") or "")))
            lines.append(f"- ⚠️ {name} — {t('ex_check_unavailable', language, reason=reason)}")
        else:
            icon = "✅" if item["passed"] else "❌"
            lines.append(f"- {icon} {name} — {check_message(item, language)}")
    return wrap("\n".join(lines), language)


def check_message(item: Mapping[str, Any], language: str) -> str:
    """A check's message in ``language`` (HTML), or its stored English one.

    Outcomes saved before messages were translated have no ``phrases``; one
    whose phrases no longer render (a key since removed, a value missing) is
    shown as saved, in English, marked as such for screen readers.
    """
    phrases = from_json(item.get("phrases"))
    if phrases is not None:
        try:
            shown = render(phrases, language)
        except (KeyError, IndexError, TypeError, ValueError):
            log.warning("Check %s: stored message does not render", item.get("name"))
        else:
            return f"<span lang='{language}'>{html.escape(shown)}</span>"
    message = html.escape(str(item.get("message") or ""))
    return f"<span dir='ltr' lang='en'>{message}</span>"


@dataclass
class View:
    """Everything the runner shows for one step; ``slots`` are ``gr.update`` arguments."""

    exercise_id: str
    choices: list[tuple[str, str]]
    header: str
    step_id: str
    step_choices: list[tuple[str, str]]
    step_text: str
    materials: str
    slots: list[dict[str, Any]]
    hints: str = ""
    status: str = ""
    checks: str = ""
    debrief: str = ""
    cohorts: str = ""
    done: list[str] = field(default_factory=list)


class ExerciseRunner:
    """The runner's logic: what to show, checking and saving a step, joining a class."""

    def __init__(
        self, exercises: Mapping[str, Any], store: Any = None, context: CheckContext | None = None,
        course: Any = None,
    ) -> None:
        self.exercises = dict(exercises)
        self.store = store
        self.context = context or CheckContext()
        self.course = course

    # -- reading ------------------------------------------------------------------------

    def saved(self, learner_id: str | None, exercise_id: str) -> dict[str, Any]:
        """The learner's saved steps of the exercise by step id (empty without a store)."""
        if self.store is None or not learner_id:
            return {}
        try:
            return dict(self.store.exercise_progress(learner_id, exercise_id))
        except AssistantError as exc:
            log.error("Could not read exercise progress: %s", exc)
            return {}

    def _cohorts(self, learner_id: str | None) -> list[Any]:
        if self.store is None or not learner_id:
            return []
        return list(self.store.learner_cohorts(learner_id))

    def assigned(self, learner_id: str | None) -> dict[str, int]:
        """Exercise id -> the learner's cohort that has it open (latest joined first)."""
        found: dict[str, int] = {}
        for cohort in self._cohorts(learner_id):
            for launch in self.store.launched_exercises(cohort.id):
                found.setdefault(launch.exercise_id, cohort.id)
        return found

    def choices(self, learner_id: str | None, language: str) -> list[tuple[str, str]]:
        """Exercise titles in ``language``, the ones assigned to the learner's class marked 📌."""
        assigned = self.assigned(learner_id)
        return [
            (
                f"📌 {spec.text('title', language)} ({t('ex_assigned', language)})"
                if exercise_id in assigned else spec.text("title", language),
                exercise_id,
            )
            for exercise_id, spec in self.exercises.items()
        ]

    def exercise(self, exercise_id: str | None, learner_id: str | None) -> Any:
        """The exercise ``exercise_id``; unknown or None: where the learner left off.

        That is the exercise they saved a step of last, else one their class has
        open, else the first.
        """
        if exercise_id in self.exercises:
            return self.exercises[exercise_id]
        latest: dict[str, Any] = {}
        for known in self.exercises:
            for progress in self.saved(learner_id, known).values():
                if known not in latest or progress.updated_at > latest[known]:
                    latest[known] = progress.updated_at
        if latest:
            return self.exercises[max(latest, key=lambda known: latest[known])]
        assigned = self.assigned(learner_id)
        first = next((e for e in assigned if e in self.exercises), next(iter(self.exercises)))
        return self.exercises[first]

    # -- rendering ------------------------------------------------------------------------

    def view(
        self, exercise_id: str | None, step_id: str | None, learner_id: str | None, language: str,
        *, checks: Sequence[Mapping[str, Any]] | None = None, status: str = "",
    ) -> View:
        """The page for one step; without ``step_id`` the learner resumes at their first open step."""
        exercise = self.exercise(exercise_id, learner_id)
        saved = self.saved(learner_id, exercise.id)
        done = [s.id for s in exercise.steps if s.id in saved and saved[s.id].status == "done"]
        ids = [s.id for s in exercise.steps]
        if step_id not in ids:
            step_id = next((i for i in ids if i not in done), ids[-1])
        step = exercise.step(step_id)
        number = ids.index(step.id) + 1
        progress = saved.get(step.id)
        answer = dict(progress.answer) if progress else {}
        if checks is None:
            checks = list(progress.checks) if progress else []
        if not status and any(pool_kind(i) == "file" and i.id in answer for i in step.inputs):
            status = t("ex_saved_file", language)
        parts = [f"### {exercise.text('title', language)}", exercise.text("summary", language),
                 f"*{tn('minutes', exercise.estimated_minutes, language)}* · "
                 f"{tn('ex_progress', len(ids), language, done=len(done))}"]
        step_text = (
            f"#### {t('ex_step_heading', language, number=number, total=len(ids), title=exercise.text(f'steps.{step.id}.title', language))}"
            f"\n\n{exercise.text(f'steps.{step.id}.instructions', language)}"
        )
        submission = {**self._earlier(exercise, saved, step.id), **answer}
        return View(
            exercise_id=exercise.id,
            choices=self.choices(learner_id, language),
            header=wrap("\n\n".join(parts), language),
            step_id=step.id,
            step_choices=[
                (f"{'✅ ' if s.id in done else ''}{n}. {exercise.text(f'steps.{s.id}.title', language)}", s.id)
                for n, s in enumerate(exercise.steps, 1)
            ],
            step_text=wrap(step_text, language),
            materials=wrap(text, language) if (text := materials_markdown(
                exercise.id, step.id, submission, self.context, language)) else "",
            slots=slot_updates(step, language, answer),
            status=wrap(status, language) if status else "",
            checks=render_checks(checks, language),
            debrief=self.debrief(exercise, language) if len(done) == len(ids) else "",
            cohorts=self.cohort_text(learner_id, language),
            done=done,
        )

    @staticmethod
    def _earlier(exercise: Any, saved: Mapping[str, Any], step_id: str) -> dict[str, Any]:
        """Answers of the other saved steps: later checks read earlier inputs (e.g. the AIA answers)."""
        merged: dict[str, Any] = {}
        for step in exercise.steps:
            if step.id != step_id and step.id in saved:
                merged.update(saved[step.id].answer)
        return merged

    def hints(self, exercise_id: str, step_id: str, shown: int, language: str) -> tuple[str, int]:
        """The step's first ``shown + 1`` hints (Markdown) and the new count."""
        exercise = self.exercise(exercise_id, None)
        hints = exercise.step(step_id).hints
        if not hints:
            return wrap(t("ex_no_hints", language), language), 0
        shown = min(shown + 1, len(hints))
        lines = [
            f"💡 **{t('ex_hint_heading', language, number=n, total=len(hints))}** — {text.get(language)}"
            for n, text in enumerate(hints[:shown], 1)
        ]
        return wrap("\n\n".join(lines), language), shown

    def debrief(self, exercise: Any, language: str) -> str:
        """The debrief text and the course sections to read again."""
        lines = [f"### 🎓 {t('ex_debrief', language)}", exercise.text("debrief", language),
                 f"**{t('ex_read_again', language)}**"]
        for link in exercise.links:
            module_title, section_title = link.module, link.section
            if self.course is not None:
                try:
                    module = self.course.module(link.module, language)
                    module_title = module.title
                    section_title = next(
                        (s.title for s in module.sections if s.id == link.section), link.section
                    )
                except AssistantError:
                    pass
            lines.append(f"- 📖 {html.escape(module_title)} — {html.escape(section_title)}")
        return wrap("\n\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]), language)

    def cohort_text(self, learner_id: str | None, language: str) -> str:
        """The learner's classes, or a note that they work at their own pace."""
        cohorts = self._cohorts(learner_id)
        if not cohorts:
            return wrap(t("ex_self_paced", language), language) if self.store is not None else ""
        names = ", ".join(f"**{html.escape(c.name)}**" for c in cohorts)
        return wrap(t("ex_your_cohorts", language, cohorts=names), language)

    # -- actions --------------------------------------------------------------------------

    def check(
        self, exercise_id: str, step_id: str, learner_id: str | None, language: str,
        values: Sequence[Any],
    ) -> View:
        """Validate, run the step's checks, save the step; the view shows the results."""
        exercise = self.exercise(exercise_id, learner_id)
        step = exercise.step(step_id)
        saved = self.saved(learner_id, exercise.id)
        previous = saved[step.id].answer if step.id in saved else {}
        answer, problems = collect_answer(step, values, previous, language)
        if problems:
            view = self.view(exercise.id, step.id, learner_id, language)
            view.slots = keep_values(view.slots, values)
            message = f"**{t('ex_fix_first', language)}**\n\n" + "\n".join(f"- {p}" for p in problems)
            view.status = wrap(message, language)
            return view
        submission = {**self._earlier(exercise, saved, step.id), **answer}
        outcomes = run_checks(step, submission, self.context, learner_id)
        passed = all(item["passed"] is not False for item in outcomes)
        status = t("ex_step_done" if passed else "ex_step_saved", language)
        if self.store is not None and learner_id:
            try:
                self.store.save_step(
                    learner_id, exercise.id, step.id, "done" if passed else "started", answer,
                    outcomes, cohort_id=self.assigned(learner_id).get(exercise.id),
                )
            except AssistantError as exc:
                status = t("ex_not_saved", language, error=html.escape(describe(exc, language)))
        view = self.view(exercise.id, step.id, learner_id, language, checks=outcomes, status=status)
        view.slots = keep_values(view.slots, values)
        return view

    def join(self, code: str, name: str, learner_id: str | None, language: str) -> str:
        """Join the class with ``code`` under ``name``; the message to show."""
        if self.store is None:
            return ""
        if not learner_id:
            return wrap(f"⚠️ {t('session_missing', language)}", language)
        if not (code or "").strip() or not (name or "").strip():
            return wrap(t("ex_join_missing", language), language)
        try:
            cohort = self.store.join_cohort(code, learner_id, name.strip())
        except AssistantError as exc:
            return wrap(f"⚠️ {html.escape(describe(exc, language))}", language)
        return wrap(t("ex_joined", language, cohort=f"**{html.escape(cohort.name)}**"), language)


def build_exercises_tab(runner: ExerciseRunner, relabel: Any, ui_language: Any) -> dict[str, Any]:
    """Build the runner in the current Blocks context; returns the page-level refresh hook."""
    import gradio as gr

    with gr.Accordion(t("ex_cohort_heading", "en"), open=False, elem_id="exercise-cohort") as box:
        with gr.Row():
            code = relabel.add(gr.Textbox(label=t("ex_join_code", "en"), elem_id="join-code",
                                          max_length=32, scale=1), label="ex_join_code")
            name = relabel.add(gr.Textbox(label=t("ex_display_name", "en"), elem_id="join-name",
                                          max_length=40, scale=2), label="ex_display_name")
            join = relabel.add(gr.Button(t("ex_join", "en"), elem_id="join-button", scale=0,
                                         min_width=120), value="ex_join")
        join_status = gr.Markdown(elem_id="join-status")
    relabel.add(box, label="ex_cohort_heading")
    cohorts_md = gr.Markdown(elem_id="exercise-cohorts")
    first = runner.view(None, None, None, "en")
    picker = relabel.add(gr.Dropdown(first.choices, value=first.exercise_id, label=t("ex_pick", "en"),
                                     elem_id="exercise-pick"), label="ex_pick")
    header = gr.Markdown(first.header, elem_id="exercise-header")
    with gr.Row():
        step_dd = relabel.add(gr.Dropdown(first.step_choices, value=first.step_id,
                                          label=t("ex_step", "en"), elem_id="exercise-step", scale=3),
                              label="ex_step")
        prev = relabel.add(gr.Button(t("ex_prev", "en"), elem_id="exercise-prev", scale=1),
                           value="ex_prev")
        nxt = relabel.add(gr.Button(t("ex_next", "en"), elem_id="exercise-next", scale=1),
                          value="ex_next")
    step_md = gr.Markdown(first.step_text, elem_id="exercise-step-text")
    materials = gr.Markdown(first.materials, elem_id="exercise-materials")
    pool: list[Any] = []
    for slot in range(MAX_INPUTS):
        for kind in POOL_KINDS:
            elem_id = f"ex-input-{slot}-{kind}"
            if kind == "text":
                pool.append(gr.Textbox(lines=4, visible=False, elem_id=elem_id))
            elif kind == "number":
                pool.append(gr.Number(visible=False, elem_id=elem_id))
            elif kind == "choice":
                pool.append(gr.Radio(choices=[], visible=False, elem_id=elem_id))
            elif kind == "multi":
                pool.append(gr.CheckboxGroup(choices=[], visible=False, elem_id=elem_id))
            else:
                pool.append(gr.File(type="filepath", visible=False, elem_id=elem_id))
    with gr.Row():
        hint = relabel.add(gr.Button(t("ex_hint", "en"), elem_id="exercise-hint"), value="ex_hint")
        check = relabel.add(gr.Button(t("ex_check", "en"), variant="primary", elem_id="exercise-check"),
                            value="ex_check")
    hints_md = gr.Markdown(elem_id="exercise-hints")
    shown = gr.State(0)
    status_md = gr.Markdown(elem_id="exercise-status")
    checks_md = gr.Markdown(elem_id="exercise-checks")
    debrief_md = gr.Markdown(elem_id="exercise-debrief")

    outputs = [picker, header, step_dd, step_md, materials, *pool, hints_md, shown, status_md,
               checks_md, debrief_md, cohorts_md]

    def render(view: View, keep_hints: bool = False) -> list[Any]:
        hints = [gr.update(), gr.update()] if keep_hints else ["", 0]  # a new step hides the hints
        return [
            gr.update(choices=view.choices, value=view.exercise_id), view.header,
            gr.update(choices=view.step_choices, value=view.step_id), view.step_text, view.materials,
            *[gr.update(**slot) for slot in view.slots], *hints, view.status, view.checks,
            view.debrief, view.cohorts,
        ]

    def show(exercise_id: str | None, step_id: str | None, learner_id: str | None, language: str) -> list[Any]:
        return render(runner.view(exercise_id, step_id, learner_id, language))

    def pick(exercise_id: str, learner_id: str | None, language: str) -> list[Any]:
        return show(exercise_id, None, learner_id, language)

    def move(offset: int) -> Any:
        def handler(exercise_id: str, step_id: str, learner_id: str | None, language: str) -> list[Any]:
            ids = [s.id for s in runner.exercise(exercise_id, learner_id).steps]
            index = ids.index(step_id) if step_id in ids else 0
            return show(exercise_id, ids[max(0, min(len(ids) - 1, index + offset))], learner_id, language)

        return handler

    def on_check(exercise_id: str, step_id: str, learner_id: str | None, language: str, *values: Any) -> list[Any]:
        view = runner.check(exercise_id, step_id, learner_id, language, values)
        return render(view, keep_hints=True)

    def on_hint(exercise_id: str, step_id: str, count: int, language: str) -> tuple[str, int]:
        return runner.hints(exercise_id, step_id, count or 0, language)

    def on_join(code_text: str, display: str, exercise_id: str, step_id: str, learner_id: str | None,
                language: str) -> list[Any]:
        message = runner.join(code_text, display, learner_id, language)
        return [message, *show(exercise_id, step_id, learner_id, language)]

    where = [picker, step_dd, ui_language]
    picker.input(with_learner(pick), [picker, ui_language], outputs)
    step_dd.input(with_learner(show), where, outputs)
    prev.click(with_learner(move(-1)), where, outputs)
    nxt.click(with_learner(move(1)), where, outputs)
    drawn_in = gr.State("en")

    def relabel_step(
        exercise_id: str | None, step_id: str | None, drawn: str, learner_id: str | None,
        language: str,
    ) -> list[Any]:
        # The page sets its language once it opens, usually to the one the tab is drawn in;
        # redrawing then could land after the learner resumed a step and put the first back.
        if language == drawn:
            return [*(gr.skip() for _ in outputs), drawn]
        return [*show(exercise_id, step_id, learner_id, language), language]

    ui_language.change(with_learner(relabel_step), [picker, step_dd, drawn_in, ui_language],
                       [*outputs, drawn_in])
    hint.click(on_hint, [picker, step_dd, shown, ui_language], [hints_md, shown])
    check.click(with_learner(on_check), [*where, *pool], outputs)
    join.click(with_learner(on_join), [code, name, picker, step_dd, ui_language],
               [join_status, *outputs])
    visited = gr.State(False)

    def resume(exercise_id: str, seen: bool, learner_id: str | None, language: str) -> list[Any]:
        # The first time the tab opens, go back to where the learner left off.
        return [*show(exercise_id if seen else None, None, learner_id, language), True]

    return {"refresh": with_learner(resume), "inputs": [picker, visited, ui_language],
            "outputs": [*outputs, visited]}
