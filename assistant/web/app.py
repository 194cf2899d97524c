"""The Gradio web app: ``build_demo(assistant, ...) -> gr.Blocks``.

Four tabs: the chat (streaming, citations that open the cited passage,
ratings with comments, tutor mode), the course (modules, sections, quizzes,
progress — :mod:`assistant.web.course`), the exercises (Civicly and the guided
exercises) and the About page (what answers, what is stored, limits).

Every label comes from :mod:`assistant.web.text`; changing the interface
language relabels every registered component and flips the page to
right-to-left for Arabic. The learner is a random id issued by the server in
a signed HttpOnly session cookie (:mod:`assistant.web.identity`, set up by
:mod:`assistant.web.server`); handlers read it from the request, never from a
component. Conversations, ratings and quiz results go to the
:class:`~assistant.store.Store`, masked by the privacy redactor when enabled.
The page loads nothing from other hosts: Gradio serves its own assets,
analytics are off (``apply_offline_environment``) and we add no external
assets.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from assistant import languages
from assistant.rag.answer import Assistant
from assistant.web import accessibility
from assistant.web.chat import AUTO, build_chat_tab
from assistant.web.identity import with_learner
from assistant.web.relabel import Relabel
from assistant.web.text import t

log = logging.getLogger(__name__)

CSS = """
.rtl-answer { direction: rtl; text-align: right; }
.citation-passage { opacity: 0.9; font-size: 0.92em; white-space: pre-wrap; }
.not-covered-badge { display: inline-block; padding: 0 0.5em; border-radius: 0.4em;
  background: #fde68a; color: #713f12; font-weight: 600; }
html[dir=rtl] .prose, html[dir=rtl] textarea, html[dir=rtl] input { text-align: right; }
html[dir=rtl] .wrap-inner input { padding-inline-end: 1.75em; }
""" + accessibility.CSS
#: Added to the page's <head>: repairs to Gradio's markup for screen readers (accessibility.py).
HEAD = accessibility.HEAD

#: Runs in the browser when the interface language changes.
DIRECTION_JS = """(lang) => {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  return lang;
}"""


def build_demo(
    assistant: Assistant,
    *,
    course: Any = None,
    store: Any = None,
    sandbox: Any = None,
    exercises: dict[str, Any] | None = None,
    title: str | None = None,
    auth: Any = None,
) -> Any:
    """Build the app (nothing is launched).

    ``course`` (:class:`~assistant.course.Course`) adds the course tab,
    ``store`` (:class:`~assistant.store.Store`) persists conversations, ratings
    and quiz results, ``sandbox`` (Civicly) and ``exercises`` (loaded specs)
    fill the exercises tab. ``auth``
    (:class:`~assistant.auth.InstructorAuth`) adds the Instructor tab (with a
    store); without a configured password the tab says how to turn it on.
    """
    import gradio as gr

    from assistant.web.about import about_markdown
    from assistant.web.course import build_course_tab

    relabel = Relabel()
    lang_choices = [(lang.native_name, code) for code, lang in languages.LANGUAGES.items()]

    def answer_choices(language: str) -> list[tuple[str, str]]:
        return [(t("auto_detect", language), AUTO)] + lang_choices

    with gr.Blocks(title=title or t("title", "en"), analytics_enabled=False) as demo:
        # Only the interface language is kept in the browser: it is not a secret and
        # not an identity. Who the learner is comes from the session (identity.py).
        saved_language = gr.BrowserState("en", storage_key="agora-ui-language")
        with gr.Row():
            header = relabel.add_custom(
                gr.Markdown(f"## {t('title', 'en')}\n{t('subtitle', 'en')}"),
                lambda lang: gr.update(value=f"## {t('title', lang)}\n{t('subtitle', lang)}"),
            )
            ui_language = relabel.add(
                gr.Dropdown(
                    lang_choices, value="en", label=t("ui_language", "en"), scale=0,
                    min_width=180, elem_id="ui-language",
                ),
                label="ui_language",
            )
        del header

        with gr.Tabs():
            with relabel.add(gr.Tab(t("tab_chat", "en"), elem_id="tab-chat"), label="tab_chat"):
                chat = build_chat_tab(assistant, store, relabel, answer_choices, ui_language)
            if course is not None:
                with relabel.add(
                    gr.Tab(t("tab_course", "en"), elem_id="tab-course"), label="tab_course"
                ):
                    build_course_tab(course, store, relabel, ui_language)
            runner = None
            if sandbox is not None or exercises:
                with relabel.add(
                    gr.Tab(t("tab_exercises", "en"), elem_id="tab-exercises"),
                    label="tab_exercises",
                ) as exercises_tab:
                    runner = _build_exercises(
                        gr, relabel, sandbox, exercises or {}, assistant, store, course, ui_language,
                    )
                if runner is not None:
                    exercises_tab.select(runner["refresh"], runner["inputs"], runner["outputs"])
            if auth is not None and store is not None:
                from assistant.web.instructor import InstructorPanel, build_instructor_tab

                with relabel.add(
                    gr.Tab(t("tab_instructor", "en"), elem_id="tab-instructor"),
                    label="tab_instructor",
                ):
                    panel = InstructorPanel(auth, store, exercises, sandbox)
                    build_instructor_tab(
                        panel, relabel, ui_language, _material_panel(assistant, panel, store)
                    )
            with relabel.add(gr.Tab(t("tab_about", "en"), elem_id="tab-about"), label="tab_about"):
                relabel.add_custom(
                    gr.Markdown(about_markdown(assistant, course, store, "en"), elem_id="about"),
                    lambda lang: gr.update(value=about_markdown(assistant, course, store, lang)),
                )

        def on_language(language: str) -> list[Any]:
            language = languages.normalize(language) if languages.is_supported(language) else "en"
            return [language, *relabel.updates(language)]

        ui_language.change(
            on_language, [ui_language], [saved_language, *relabel.components]
        ).then(None, [ui_language], None, js=DIRECTION_JS).then(
            with_learner(chat["feedback_list"]), [ui_language], chat["feedback_md"]
        )

        def on_load(learner_id: str | None, requested: str | None) -> list[Any]:
            # Runs when the page opens; the learner id comes from the session cookie.
            language = languages.normalize(requested or "en") if languages.is_supported(requested) else "en"
            return [language, chat["feedback_list"](learner_id, language)]

        # ?lang=ar in the address wins over the language saved in this browser.
        demo.load(
            with_learner(on_load), [saved_language], [ui_language, chat["feedback_md"]],
            js="(saved) => [new URLSearchParams(window.location.search)"
            ".get('lang') || saved || 'en']",
        )
    return demo


def _material_panel(assistant: Assistant, panel: Any, store: Any) -> Any:
    """The instructor's course-material section, over the assistant's own index."""
    from assistant.rag.library import Library
    from assistant.web.material import MaterialPanel

    retriever = assistant.retriever
    library = Library(assistant.settings, retriever.embedder, retriever.stores,
                      first_index=retriever.first_index)
    return MaterialPanel(panel, library, store)


def _build_exercises(
    gr: Any, relabel: Relabel, sandbox: Any, exercises: dict[str, Any], assistant: Assistant,
    store: Any, course: Any, ui_language: Any,
) -> dict[str, Any] | None:
    """The exercises tab: the guided-exercise runner, then the Civicly sandbox."""
    relabel.add(gr.Markdown(t("exercises_intro", "en")), value="exercises_intro")
    runner = None
    if exercises:
        from assistant.web.exercise_data import CheckContext
        from assistant.web.exercises import ExerciseRunner, build_exercises_tab

        def search(query: str) -> list[str]:
            return [hit.chunk.text for hit in assistant.retriever.search(query).hits]

        context = CheckContext(assistant.settings, sandbox, search)
        runner = build_exercises_tab(
            ExerciseRunner(exercises, store, context, course), relabel, ui_language
        )
    if sandbox is not None:
        from assistant.web.civicly import build_tab

        with gr.Accordion("Civicly", open=not exercises, elem_id="civicly-tab"):
            build_tab(sandbox, relabel, ui_language)
    return runner


def launch_options(host: str, port: int) -> dict[str, Any]:
    """Arguments for ``demo.launch`` (tests and previews): local only, never a share link.

    The served app does not use this: :func:`assistant.web.server.create_server`
    mounts the Blocks in the ASGI app that issues sessions and adds headers.
    """
    return {"server_name": host, "server_port": port, "share": False, "css": CSS, "head": HEAD}


@dataclass
class Services:
    """What the web app serves, built once from the settings (see :func:`build_services`)."""

    assistant: Assistant
    course: Any
    store: Any
    sandbox: Any
    exercises: dict[str, Any]
    auth: Any


def build_services(settings: Any, progress: Any = None, in_background: bool = False) -> Services:
    """Open (or build) the index, the course, the learner store, Civicly and the exercises.

    ``in_background``: a first index is built on a thread while the app serves
    (answers say so until it is done), as ``python app.py`` does.
    """
    from assistant.auth import InstructorAuth
    from assistant.course import Course
    from assistant.exercises.civicly_triage.sandbox import CivicSandbox
    from assistant.exercises.spec import load_all
    from assistant.privacy import redact
    from assistant.rag.build import build_assistant
    from assistant.rag.ingest import no_progress
    from assistant.store import Store

    assistant, report = build_assistant(settings, progress=progress or no_progress,
                                        in_background=in_background)
    if report is not None:
        log.info("Indexed the course: %s", report.summary())
    store = Store.from_settings(settings, redactor=redact if settings.redact_personal_data else None)
    purged = store.purge_expired()
    purged["instructor_sessions"] = store.purge_instructor_sessions()
    if any(purged.values()):
        log.info("Retention: deleted %s", purged)
    return Services(
        assistant=assistant,
        course=Course.from_settings(settings),
        store=store,
        sandbox=CivicSandbox(settings, assistant.retriever.embedder),
        exercises=load_all(),
        auth=InstructorAuth.from_settings(settings, grants=store),
    )


def create_app(settings: Any, services: Services | None = None) -> Any:
    """The learner app for ``settings`` as ``gr.Blocks`` (nothing is launched)."""
    services = services or build_services(settings)
    return build_demo(
        services.assistant,
        course=services.course,
        store=services.store,
        sandbox=services.sandbox,
        exercises=services.exercises,
        auth=services.auth,
    )
