"""The course tab: modules with objectives and sections, quizzes, progress.

Quizzes use a fixed number of radio groups (:data:`MAX_QUESTIONS`), shown or
hidden per module, so the page never re-renders its layout. Scoring, the
explanations and the "read again" links come from
:meth:`~assistant.course.Course.grade`; attempts are saved in the store under
the learner's browser id.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from assistant.error_text import describe
from assistant.errors import AssistantError
from assistant.web.identity import with_learner
from assistant.web.text import t, tn, wrap

log = logging.getLogger(__name__)

MAX_QUESTIONS = 12


def module_header(module: Any, language: str) -> str:
    """Title, duration, objectives (and a note when shown in English instead)."""
    parts = [f"### {module.title}"]
    if module.fallback:
        parts.append(f"*{t('english_fallback', language)}*")
    if module.minutes:
        parts.append(f"*{tn('minutes', module.minutes, language)}*")
    if module.objectives:
        objectives = "\n".join(f"- {objective}" for objective in module.objectives)
        parts.append(f"**{t('objectives', language)}**\n\n{objectives}")
    return wrap("\n\n".join(parts), module.language)


def section_markdown(module: Any, section_id: str | None) -> str:
    """The text of one section (the first when ``section_id`` is unknown)."""
    if not module.sections:
        return ""
    section = next((s for s in module.sections if s.id == section_id), module.sections[0])
    return wrap(f"#### {section.title}\n\n{section.markdown}", module.language)


def render_result(result: Any, quiz: Any, language: str) -> str:
    """Score, then per question: right or wrong, the explanation and the section to reread."""
    lines = [f"### {t('score', language, score=result.score, total=result.total)}"]
    for number, (item, question) in enumerate(zip(result.items, quiz.questions, strict=True), 1):
        right = question.options[item.correct]
        if item.is_correct:
            verdict = f"✅ {t('correct', language)}"
        elif item.unanswered:
            verdict = f"⬜ {t('unanswered', language, answer=right)}"
        else:
            verdict = f"❌ {t('incorrect', language, answer=right)}"
        lines.append(f"**{number}.** {html.escape(item.question)}  \n{verdict}  \n"
                     f"{html.escape(item.explanation)}")
        if not item.is_correct and item.section_title:
            lines.append(f"📖 {t('read_section', language, section=item.section_title)}")
    return wrap("\n\n".join(lines), quiz.language)


def render_progress(progress: dict[str, Any], titles: dict[str, str], language: str) -> str:
    """The learner's best score per module."""
    heading = f"#### {t('progress', language)}"
    if not progress:
        return f"{heading}\n{t('progress_empty', language)}"
    rows = [
        "- " + tn(
            "progress_row", best.attempts, language, module=titles.get(module, module),
            score=best.score, total=best.total,
        )
        for module, best in sorted(progress.items())
    ]
    return wrap(heading + "\n" + "\n".join(rows), language)


def build_course_tab(course: Any, store: Any, relabel: Any, ui_language: Any) -> None:
    """Build the tab inside the current Blocks context."""
    import gradio as gr

    def module_choices(language: str) -> list[tuple[str, str]]:
        return [(m.title, m.id) for m in course.modules(language)]

    first = course.modules("en")[0]
    with gr.Row():
        module_dd = relabel.add(
            gr.Dropdown(module_choices("en"), value=first.id, label=t("module", "en"),
                        elem_id="module", scale=2),
            label="module",
        )
        section_dd = relabel.add(
            gr.Dropdown([(s.title, s.id) for s in first.sections], value=first.sections[0].id,
                        label=t("section", "en"), elem_id="section", scale=2),
            label="section",
        )
    header = gr.Markdown(module_header(first, "en"), elem_id="module-header")
    body = gr.Markdown(section_markdown(first, None), elem_id="section-text")
    quiz_title = relabel.add(gr.Markdown(f"### {t('quiz', 'en')}"), value="quiz")
    first_quiz = course.quiz(first.id, "en")
    first_questions = list(first_quiz.questions) if first_quiz else []
    radios = [
        gr.Radio(
            choices=[(o, n) for n, o in enumerate(q.options)], label=f"{i + 1}. {q.question}",
            elem_id=f"quiz-q{i}",
        )
        if (q := first_questions[i] if i < len(first_questions) else None)
        else gr.Radio(choices=[], label="", visible=False, elem_id=f"quiz-q{i}")
        for i in range(MAX_QUESTIONS)
    ]
    submit = relabel.add(
        gr.Button(t("submit_quiz", "en"), variant="primary", elem_id="quiz-submit"),
        value="submit_quiz",
    )
    result_md = gr.Markdown(elem_id="quiz-result")
    progress_md = gr.Markdown(elem_id="progress")
    del quiz_title

    def quiz_updates(module_id: str, language: str) -> list[Any]:
        quiz = course.quiz(module_id, language)
        questions = list(quiz.questions) if quiz else []
        updates = []
        for i in range(MAX_QUESTIONS):
            if i < len(questions):
                q = questions[i]
                updates.append(gr.update(
                    choices=[(option, n) for n, option in enumerate(q.options)], value=None,
                    label=f"{i + 1}. {q.question}", visible=True, rtl=language == "ar",
                ))
            else:
                updates.append(gr.update(choices=[], value=None, visible=False))
        note = "" if questions else t("no_quiz", language)
        return [*updates, note]

    def progress_text(learner_id: str | None, language: str) -> str:
        if store is None or not learner_id:
            return ""
        titles = {m.id: m.title for m in course.modules(language)}
        return render_progress(store.progress(learner_id), titles, language)

    def show_module(module_id: str, language: str, learner_id: str | None) -> list[Any]:
        module = course.module(module_id, language)
        return [
            gr.update(choices=module_choices(language), value=module.id),
            gr.update(choices=[(s.title, s.id) for s in module.sections], value=module.sections[0].id),
            module_header(module, language),
            section_markdown(module, None),
            *quiz_updates(module.id, language),
            progress_text(learner_id, language),
        ]

    def show_section(module_id: str, section_id: str, language: str) -> str:
        return section_markdown(course.module(module_id, language), section_id)

    def on_submit(module_id: str, language: str, learner_id: str | None, *choices: Any) -> Any:
        quiz = course.quiz(module_id, language)
        if quiz is None:
            return t("no_quiz", language), gr.update()
        answers = {q.id: choices[i] for i, q in enumerate(quiz.questions[:MAX_QUESTIONS])}
        try:
            result = course.grade(quiz, answers)
        except AssistantError as exc:
            return html.escape(describe(exc, language)), gr.update()
        if store is not None and learner_id:
            try:
                store.add_quiz_attempt(
                    learner_id, module_id, quiz.language, result.score, result.total, answers
                )
            except AssistantError as exc:
                log.error("Could not store the quiz attempt: %s", exc)
        return render_result(result, quiz, language), progress_text(learner_id, language)

    def show_if_changed(
        module_id: str, language: str, shown: list[str], learner_id: str | None
    ) -> list[Any]:
        # Gradio sends a dropdown's value again when the focus leaves it, and the page sets its
        # language once it opens: when neither the module nor the language changed, the quiz
        # must stay as it is, or the answers chosen so far would be wiped.
        if [module_id, language] == list(shown):
            kept = [gr.skip() for _ in module_outputs[:-1]]
            return [*kept, progress_text(learner_id, language), shown]
        return [*show_module(module_id, language, learner_id), [module_id, language]]

    shown = gr.State([first.id, "en"])
    module_outputs = [module_dd, section_dd, header, body, *radios, result_md, progress_md]
    for event in (module_dd.input, ui_language.change):
        event(with_learner(show_if_changed), [module_dd, ui_language, shown],
              [*module_outputs, shown])
    section_dd.input(show_section, [module_dd, section_dd, ui_language], body)
    submit.click(with_learner(on_submit), [module_dd, ui_language, *radios],
                 [result_md, progress_md])
