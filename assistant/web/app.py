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

import html
import logging
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from assistant import languages
from assistant.errors import AssistantError
from assistant.rag.answer import Assistant, Checking
from assistant.rag.conversation import Conversation
from assistant.types import Answer
from assistant.web.identity import with_learner
from assistant.web.text import t

log = logging.getLogger(__name__)

AUTO = "auto"

EXAMPLES = [
    "What does data minimisation mean?",
    "Comment l'IA peut-elle trier les demandes des citoyens ?",
    "¿Qué principios de ética de la IA propone la UNESCO?",
    "Como verificar uma resposta de IA generativa?",
    "ما هي المخاطر الرئيسية للذكاء الاصطناعي على حقوق الإنسان؟",
]

CSS = """
.rtl-answer { direction: rtl; text-align: right; }
.citation-passage { opacity: 0.9; font-size: 0.92em; white-space: pre-wrap; }
.not-covered-badge { display: inline-block; padding: 0 0.5em; border-radius: 0.4em;
  background: #fde68a; color: #713f12; font-weight: 600; }
html[dir=rtl] .prose, html[dir=rtl] textarea, html[dir=rtl] input { text-align: right; }
html[dir=rtl] .wrap-inner input { padding-inline-end: 1.75em; }
"""

#: Runs in the browser when the interface language changes.
DIRECTION_JS = """(lang) => {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  return lang;
}"""


#: Markdown punctuation that would turn typed text into links, images or formatting.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def as_text(typed: str) -> str:
    """What a learner typed, for a chat bubble: shown as text, never as HTML or Markdown.

    HTML is escaped and Markdown punctuation backslash-escaped, so ``<img src=…>``
    or ``![](…)`` is displayed, not fetched.
    """
    return _MARKDOWN.sub(r"\\\1", html.escape(typed, quote=False))


def render_answer(answer: Answer, ui_language: str | None = None) -> str:
    """An answer and its sources as HTML for one chat bubble.

    A citation of a document that is not from the course carries a visible label
    (instructor material, local document) in the answer's language.
    """
    from assistant.types import COURSE, split_doc_id

    ui_language = ui_language or answer.language
    parts = []
    if answer.status == "not_covered":
        parts.append(
            f"<p><span class='not-covered-badge'>{html.escape(t('not_covered_badge', ui_language))}"
            "</span></p>"
        )
    parts.append(html.escape(answer.text).replace("\n", "<br>"))
    if answer.citations:
        heading = html.escape(languages.message("sources", answer.language))
        items = []
        for c in answer.citations:
            summary = html.escape(f"[{c.marker}] {c.title} — {c.section_title}")
            # Course citations look as they always did; anything else says where it is from.
            document = split_doc_id(c.document)[1] if c.source == COURSE else c.document
            if c.source != COURSE:
                key = "source_instructor" if c.source == "instructor" else "source_local"
                label = html.escape(languages.message(key, answer.language))
                summary += f" · <span class='citation-source'>{label}</span>"
            direction = languages.direction(c.language)
            passage = html.escape(c.passage or c.snippet)
            where = html.escape(f"{document}#{c.section}")
            items.append(
                f"<details><summary>{summary}</summary>"
                f"<div dir='{direction}' lang='{c.language}' class='citation-passage'>{passage}"
                f"</div><code>{where}</code></details>"
            )
        parts.append(f"<p><strong>{heading}</strong></p>" + "".join(items))
    content = "".join(parts)
    direction = languages.direction(answer.language)
    return f"<div dir='{direction}' lang='{answer.language}'>{content}</div>"


class Relabel:
    """Components whose text follows the interface language."""

    def __init__(self) -> None:
        self.components: list[Any] = []
        self.updaters: list[Callable[[str], Any]] = []

    def add(self, component: Any, **keys: str) -> Any:
        """Register ``component``; ``keys`` maps an attribute (label, value…) to a UI key."""
        import gradio as gr

        def update(language: str) -> Any:
            values: dict[str, Any] = {attr: t(key, language) for attr, key in keys.items()}
            return gr.update(**values)

        self.components.append(component)
        self.updaters.append(update)
        return component

    def add_custom(self, component: Any, update: Callable[[str], Any]) -> Any:
        """Register ``component`` with its own update function."""
        self.components.append(component)
        self.updaters.append(update)
        return component

    def updates(self, language: str) -> list[Any]:
        return [update(language) for update in self.updaters]


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
                chat = _build_chat(gr, assistant, store, relabel, answer_choices, ui_language)
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
                    build_instructor_tab(
                        InstructorPanel(auth, store, exercises, sandbox), relabel, ui_language
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


def _build_chat(
    gr: Any,
    assistant: Assistant,
    store: Any,
    relabel: Relabel,
    answer_choices: Callable[[str], list[tuple[str, str]]],
    ui_language: Any,
) -> dict[str, Any]:
    """The chat tab; returns the pieces the page-level handlers need."""
    memory = assistant.settings.memory_turns
    conversation = gr.State(lambda: Conversation(max_turns=memory))
    #: Per chat bubble index: the stored message id, the question and the answer text.
    turns = gr.State(dict)
    conversation_id = gr.State(None)
    last_feedback = gr.State(None)

    with gr.Row():
        answer_language = relabel.add_custom(
            gr.Dropdown(answer_choices("en"), value=AUTO, label=t("answer_language", "en"), scale=1),
            lambda lang: gr.update(choices=answer_choices(lang), label=t("answer_language", lang)),
        )
        tutor = relabel.add(
            gr.Checkbox(label=t("tutor_mode", "en"), value=False, scale=1, elem_id="tutor"),
            label="tutor_mode",
        )
    chatbot = relabel.add_custom(
        gr.Chatbot(label=t("conversation", "en"), height=480, elem_id="chat"),
        lambda lang: gr.update(label=t("conversation", lang), rtl=lang == "ar"),
    )
    with gr.Row():
        box = relabel.add(
            gr.Textbox(
                placeholder=t("question_placeholder", "en"), label=t("question", "en"), scale=5,
                elem_id="question", max_length=4000,
            ),
            label="question",
            placeholder="question_placeholder",
        )
        send = relabel.add(
            gr.Button(t("ask", "en"), variant="primary", scale=1, elem_id="ask"), value="ask"
        )
    with gr.Row():
        reveal = relabel.add(
            gr.Button(t("reveal", "en"), visible=False, elem_id="reveal"), value="reveal"
        )
        new_chat = relabel.add(gr.Button(t("new_chat", "en"), elem_id="new-chat"), value="new_chat")
    examples = gr.Examples(EXAMPLES, inputs=box, label=t("examples", "en"))
    relabel.add(examples.dataset, label="examples")
    with gr.Row():
        comment = relabel.add(
            gr.Textbox(label=t("feedback_comment", "en"), scale=4, elem_id="feedback-comment",
                       max_length=2000),
            label="feedback_comment",
        )
        send_comment = relabel.add(
            gr.Button(t("feedback_send", "en"), scale=1, elem_id="feedback-send"),
            value="feedback_send",
        )
    feedback_status = gr.Markdown(elem_id="feedback-status")
    feedback_md = gr.Markdown(elem_id="feedback-list")

    def feedback_list(learner_id: str | None, language: str) -> str:
        if store is None or not learner_id:
            return ""
        rows = store.learner_feedback(learner_id, limit=10)
        heading = f"#### {t('your_feedback', language)}"
        if not rows:
            return f"{heading}\n{t('no_feedback', language)}"
        lines = []
        for row in rows:
            icon = "👍" if row.rating > 0 else "👎"
            question = html.escape(row.question[:120])
            note = f" — <span dir='auto'>{html.escape(row.comment)}</span>" if row.comment else ""
            lines.append(f"- {icon} <span dir='auto'>{question}</span>{note}")
        return heading + "\n" + "\n".join(lines)

    def persist(
        conv: Conversation, conv_id: str | None, learner_id: str | None, question: str,
        answer: Answer,
    ) -> tuple[str | None, int | None]:
        if store is None:
            return conv_id, None
        try:
            if conv_id is None:
                conv_id = store.new_conversation(
                    answer.language, tutor_mode=conv.tutor, learner_id=learner_id
                )
            store.add_message(conv_id, "user", question, language=answer.language)
            message_id = store.add_message(
                conv_id, "assistant", answer.text, language=answer.language,
                covered=answer.covered, citations=[asdict(c) for c in answer.citations],
                model=answer.model, prompt_version=answer.prompt_version,
            )
            return conv_id, message_id
        except AssistantError as exc:  # storage trouble must not cost the learner the answer
            log.error("Could not store the conversation: %s", exc)
            return conv_id, None

    def respond(
        message: str, history: list[dict[str, Any]] | None, conv: Conversation,
        bubbles: dict[int, Any], conv_id: str | None, choice: str, tutor_on: bool,
        learner_id: str | None, ui_lang: str,
    ) -> Any:
        history = list(history or [])
        if not (message or "").strip():
            yield history, message, conv, bubbles, conv_id, gr.update()
            return
        conv.tutor = bool(tutor_on)
        history.append({"role": "user", "content": as_text(message)})
        history.append({"role": "assistant", "content": "…"})
        yield history, "", conv, bubbles, conv_id, gr.update(visible=False)
        streamed = ""
        answer: Answer | None = None
        try:
            for item in conv.stream(
                assistant, message, language=None if choice == AUTO else choice
            ):
                if isinstance(item, Answer):
                    answer = item
                elif isinstance(item, Checking):  # a model's draft is being verified
                    history[-1] = {"role": "assistant", "content": t("checking_sources", ui_lang)}
                    yield history, "", conv, bubbles, conv_id, gr.update()
                else:
                    streamed += item
                    history[-1] = {"role": "assistant", "content": html.escape(streamed)}
                    yield history, "", conv, bubbles, conv_id, gr.update()
        except Exception:  # the learner sees a friendly line and keeps the question
            log.exception("Unexpected error while answering")
            history[-1] = {"role": "assistant", "content": t("error_generic", ui_lang)}
            yield history, message, conv, bubbles, conv_id, gr.update()
            return
        assert answer is not None
        history[-1] = {"role": "assistant", "content": render_answer(answer, ui_lang)}
        conv_id, message_id = persist(conv, conv_id, learner_id, message, answer)
        bubbles = {**bubbles, len(history) - 1: (message_id, message, answer.text, answer.language)}
        keep = message if answer.status == "error" else ""  # nothing typed is lost
        yield history, keep, conv, bubbles, conv_id, gr.update(visible=answer.status == "hint")

    def on_reveal(
        history: list[dict[str, Any]] | None, conv: Conversation, bubbles: dict[int, Any],
        conv_id: str | None, learner_id: str | None, ui_lang: str,
    ) -> Any:
        history = list(history or [])
        question = conv.pending_hint
        answer = conv.reveal(assistant)
        if answer is None or question is None:
            return history, conv, bubbles, conv_id, gr.update(visible=False)
        history.append({"role": "assistant", "content": render_answer(answer, ui_lang)})
        conv_id, message_id = persist(conv, conv_id, learner_id, question, answer)
        bubbles = {**bubbles, len(history) - 1: (message_id, question, answer.text, answer.language)}
        return history, conv, bubbles, conv_id, gr.update(visible=False)

    def on_like(
        data: gr.LikeData, bubbles: dict[int, Any], conv_id: str | None, learner_id: str | None,
        ui_lang: str,
    ) -> Any:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        if store is None or index not in bubbles:
            return gr.update(), None, gr.update()
        message_id, question, answer_text, language = bubbles[index]
        try:
            feedback_id = store.add_feedback(
                1 if data.liked else -1, question=question, answer=answer_text,
                language=language, conversation_id=conv_id, message_id=message_id,
            )
        except AssistantError as exc:
            return html.escape(str(exc)), None, gr.update()
        return t("feedback_thanks", ui_lang), feedback_id, feedback_list(learner_id, ui_lang)

    # Gradio finds the event payload by the parameter's type; with postponed annotations
    # the name "gr.LikeData" cannot be resolved from this module, so give it the class.
    on_like.__annotations__["data"] = gr.LikeData

    def on_comment(
        text: str, feedback_id: int | None, learner_id: str | None, ui_lang: str
    ) -> Any:
        if not (text or "").strip():
            return gr.update(), text, gr.update()
        if store is None or feedback_id is None:
            return t("feedback_rate_first", ui_lang), text, gr.update()
        try:
            store.set_feedback_comment(feedback_id, text.strip())
        except AssistantError as exc:  # e.g. too long: keep the text so it can be shortened
            return html.escape(str(exc)), text, gr.update()
        return t("feedback_comment_saved", ui_lang), "", feedback_list(learner_id, ui_lang)

    def on_new_chat() -> Any:
        return [], Conversation(max_turns=memory), {}, None, gr.update(visible=False), None

    ask_inputs = [box, chatbot, conversation, turns, conversation_id, answer_language, tutor,
                  ui_language]
    ask_outputs = [chatbot, box, conversation, turns, conversation_id, reveal]
    send.click(with_learner(respond), ask_inputs, ask_outputs)
    box.submit(with_learner(respond), ask_inputs, ask_outputs)
    reveal.click(
        with_learner(on_reveal), [chatbot, conversation, turns, conversation_id, ui_language],
        [chatbot, conversation, turns, conversation_id, reveal],
    )
    chatbot.like(
        with_learner(on_like), [turns, conversation_id, ui_language],
        [feedback_status, last_feedback, feedback_md],
    )
    send_comment.click(
        with_learner(on_comment), [comment, last_feedback, ui_language],
        [feedback_status, comment, feedback_md],
    )
    new_chat.click(
        on_new_chat, None, [chatbot, conversation, turns, conversation_id, reveal, last_feedback]
    )
    return {"feedback_md": feedback_md, "feedback_list": feedback_list}


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
    return {"server_name": host, "server_port": port, "share": False, "css": CSS}


@dataclass
class Services:
    """What the web app serves, built once from the settings (see :func:`build_services`)."""

    assistant: Assistant
    course: Any
    store: Any
    sandbox: Any
    exercises: dict[str, Any]
    auth: Any


def build_services(settings: Any, progress: Any = None) -> Services:
    """Open (or build) the index, the course, the learner store, Civicly and the exercises."""
    from assistant.auth import InstructorAuth
    from assistant.course import Course
    from assistant.exercises.civicly_triage.sandbox import CivicSandbox
    from assistant.exercises.spec import load_all
    from assistant.privacy import redact
    from assistant.rag.answer import build_assistant
    from assistant.store import Store

    assistant, report = build_assistant(settings, progress=progress)
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
