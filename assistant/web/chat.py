"""The "Ask the course" tab: streaming answers, citations, ratings, tutor mode.

:func:`build_chat_tab` lays out the components and wires them to a
:class:`ChatHandlers`, whose methods are the event handlers (plain methods,
so tests call them directly). Every handler that stores or reads the
learner's records takes ``learner_id`` from the server session
(:func:`assistant.web.identity.with_learner`), never from a component.

What the learner typed is shown as text (:func:`as_text`); an answer is
rendered with its sources by :func:`render_answer`. A language model's draft
is checked before any of it is shown (:class:`~assistant.rag.answer.Checking`
marks the wait); storage trouble never costs the learner the answer; an
answer that failed keeps the question in the box.
"""

from __future__ import annotations

import html
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any

from assistant import languages
from assistant.error_text import describe
from assistant.errors import AssistantError
from assistant.rag.answer import Assistant, Checking
from assistant.rag.conversation import Conversation
from assistant.rag.retrieve import scoped, sources_scope
from assistant.types import Answer
from assistant.web.concurrency import answer_events
from assistant.web.identity import with_learner
from assistant.web.material import learner_sources
from assistant.web.relabel import Relabel
from assistant.web.text import t

log = logging.getLogger(__name__)

#: How long pieces of an answer are gathered before the page is updated, in seconds.
#: Every update re-sends the chat to the browser (Gradio diffs, encodes and streams
#: it), so pieces that come in a burst (a checked answer cut into sentences) go out
#: with the answer, as one update, and a slow stream is shown in batches.
STREAM_EVERY_S = 0.1

#: The answer-language choice that means "detect from the question".
AUTO = "auto"

EXAMPLES = [
    "What does data minimisation mean?",
    "Comment l'IA peut-elle trier les demandes des citoyens ?",
    "¿Qué principios de ética de la IA propone la UNESCO?",
    "Como verificar uma resposta de IA generativa?",
    "ما هي المخاطر الرئيسية للذكاء الاصطناعي على حقوق الإنسان؟",
]
#: The language of each example, in order (the page marks each button with it).
EXAMPLE_LANGUAGES = ["en", "fr", "es", "pt", "ar"]

#: Per chat bubble index: the stored message id, the question, the answer text, its language.
Bubbles = dict[int, tuple[int | None, str, str, str]]
History = list[dict[str, Any]]


#: Markdown punctuation that would turn typed text into links, images or formatting.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def as_text(typed: str) -> str:
    """What a learner typed, for a chat bubble: shown as text, never as HTML or Markdown.

    HTML is escaped and Markdown punctuation backslash-escaped, so ``<img src=…>``
    or ``![](…)`` is displayed, not fetched.
    """
    return _MARKDOWN.sub(r"\\\1", html.escape(typed, quote=False))


#: Course markdown a passage may hold: bold text, and a heading's leading hashes.
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)


def passage_html(text: str) -> str:
    """A cited passage as HTML on one line: escaped, bold kept, line breaks as ``<br>``.

    A blank line inside the chat bubble's HTML would hand the rest of the
    passage to the chat's Markdown renderer: course markup would show raw in
    one paragraph and rendered in the next, and an uploaded document's
    Markdown (links, images) would be rendered.
    """
    escaped = _HEADING.sub("", html.escape(text.strip()))
    return _BOLD.sub(r"<strong>\1</strong>", escaped).replace("\n", "<br>")


def render_answer(answer: Answer, ui_language: str | None = None) -> str:
    """An answer and its sources as HTML for one chat bubble.

    A citation of a document that is not from the course carries a visible label
    (instructor material, local document) in the answer's language.
    """
    from assistant.types import COURSE, split_doc_id

    ui_language = ui_language or answer.language
    parts = []
    if answer.status == "not_covered":
        # The badge is in the interface language, which may not be the answer's.
        parts.append(
            f"<p><span class='not-covered-badge' lang='{ui_language}' "
            f"dir='{languages.direction(ui_language)}'>"
            f"{html.escape(t('not_covered_badge', ui_language))}</span></p>"
        )
    parts.append(html.escape(answer.text).replace("\n", "<br>"))
    if answer.citations:
        heading = html.escape(languages.message("sources", answer.language))
        items = []
        for c in answer.citations:
            direction = languages.direction(c.language)
            # Titles are in the cited document's language (an English source in an Arabic
            # answer): marked so that a screen reader switches voice and bidi stays right.
            summary = (
                f"[{c.marker}] <bdi lang='{c.language}' dir='{direction}'>"
                f"{html.escape(f'{c.title} — {c.section_title}')}</bdi>"
            )
            # Course citations look as they always did; anything else says where it is from.
            document = split_doc_id(c.document)[1] if c.source == COURSE else c.document
            if c.source != COURSE:
                key = "source_instructor" if c.source == "instructor" else "source_local"
                label = html.escape(languages.message(key, answer.language))
                summary += f" · <span class='citation-source'>{label}</span>"
            passage = passage_html(c.passage or c.snippet)
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


class ChatHandlers:
    """The chat tab's event handlers for one app (shared by all sessions; state comes in)."""

    def __init__(self, assistant: Assistant, store: Any) -> None:
        self.assistant = assistant
        self.store = store
        self.memory = assistant.settings.memory_turns

    def new_conversation(self) -> Conversation:
        return Conversation(max_turns=self.memory)

    def feedback_list(self, learner_id: str | None, language: str) -> str:
        """The learner's ten latest ratings, as Markdown (empty without a store or session)."""
        if self.store is None or not learner_id:
            return ""
        rows = self.store.learner_feedback(learner_id, limit=10)
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
        self, conv: Conversation, conv_id: str | None, learner_id: str | None, question: str,
        answer: Answer,
    ) -> tuple[str | None, int | None]:
        """Store the exchange; the conversation id and the answer's message id."""
        if self.store is None:
            return conv_id, None
        try:
            if conv_id is None:
                conv_id = self.store.new_conversation(
                    answer.language, tutor_mode=conv.tutor, learner_id=learner_id
                )
            self.store.add_message(conv_id, "user", question, language=answer.language)
            message_id = self.store.add_message(
                conv_id, "assistant", answer.text, language=answer.language,
                covered=answer.covered, citations=[asdict(c) for c in answer.citations],
                model=answer.model, prompt_version=answer.prompt_version,
            )
            return conv_id, message_id
        except AssistantError as exc:  # storage trouble must not cost the learner the answer
            log.error("Could not store the conversation: %s", exc)
            return conv_id, None

    def respond(
        self, message: str, history: History | None, conv: Conversation, bubbles: Bubbles,
        conv_id: str | None, choice: str, tutor_on: bool, learner_id: str | None, ui_lang: str,
    ) -> Iterator[tuple[Any, ...]]:
        """Answer ``message``, streaming; yields (history, box, conv, bubbles, conv_id, reveal)."""
        import gradio as gr

        history = list(history or [])
        if not (message or "").strip():
            yield history, message, conv, bubbles, conv_id, gr.update()
            return
        conv.tutor = bool(tutor_on)
        history.append({"role": "user", "content": as_text(message)})
        history.append({"role": "assistant", "content": "…"})
        yield history, "", conv, bubbles, conv_id, gr.update(visible=False)
        streamed = ""
        waiting_since: float | None = None  # when the oldest piece not shown yet came
        answer: Answer | None = None
        try:
            # The learner's class decides which material the answer may come from.
            for item in scoped(
                conv.stream(self.assistant, message, language=None if choice == AUTO else choice),
                learner_sources(self.store, learner_id),
            ):
                if isinstance(item, Answer):
                    answer = item
                elif isinstance(item, Checking):  # a model's draft is being verified
                    history[-1] = {"role": "assistant", "content": t("checking_sources", ui_lang)}
                    yield history, gr.skip(), conv, bubbles, conv_id, gr.update()
                else:
                    streamed += item
                    now = time.monotonic()
                    waiting_since = now if waiting_since is None else waiting_since
                    if now - waiting_since < STREAM_EVERY_S:
                        continue  # sent with a later piece or with the answer
                    waiting_since = None
                    history[-1] = {"role": "assistant", "content": html.escape(streamed)}
                    yield history, gr.skip(), conv, bubbles, conv_id, gr.update()
        except Exception:  # the learner sees a friendly line and keeps the question
            log.exception("Unexpected error while answering")
            history[-1] = {"role": "assistant", "content": t("error_generic", ui_lang)}
            yield history, message, conv, bubbles, conv_id, gr.update()
            return
        assert answer is not None
        history[-1] = {"role": "assistant", "content": render_answer(answer, ui_lang)}
        if answer.status == "not_ready":  # nothing to keep: the question comes back to the box
            yield history, message, conv, bubbles, conv_id, gr.update(visible=False)
            return
        conv_id, message_id = self.persist(conv, conv_id, learner_id, message, answer)
        bubbles = {**bubbles, len(history) - 1: (message_id, message, answer.text, answer.language)}
        # The box was emptied when the question went up; what the learner has typed
        # since (the next question, while this answer was on its way) stays. A failed
        # question comes back to the box.
        keep = message if answer.status == "error" else gr.skip()
        yield history, keep, conv, bubbles, conv_id, gr.update(visible=answer.status == "hint")

    def reveal(
        self, history: History | None, conv: Conversation, bubbles: Bubbles,
        conv_id: str | None, learner_id: str | None, ui_lang: str,
    ) -> tuple[Any, ...]:
        """Tutor mode: show the full answer after the hint."""
        import gradio as gr

        history = list(history or [])
        question = conv.pending_hint
        with sources_scope(learner_sources(self.store, learner_id)):
            answer = conv.reveal(self.assistant)
        if answer is None or question is None:
            return history, conv, bubbles, conv_id, gr.update(visible=False)
        history.append({"role": "assistant", "content": render_answer(answer, ui_lang)})
        conv_id, message_id = self.persist(conv, conv_id, learner_id, question, answer)
        bubbles = {**bubbles, len(history) - 1: (message_id, question, answer.text, answer.language)}
        return history, conv, bubbles, conv_id, gr.update(visible=False)

    def like(
        self, data: Any, bubbles: Bubbles, conv_id: str | None, learner_id: str | None,
        ui_lang: str,
    ) -> tuple[Any, ...]:
        """A 👍/👎 on a bubble (``data`` is Gradio's LikeData): status, feedback id, list."""
        import gradio as gr

        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        if self.store is None or index not in bubbles:
            return gr.update(), None, gr.update()
        message_id, question, answer_text, language = bubbles[index]
        try:
            feedback_id = self.store.add_feedback(
                1 if data.liked else -1, question=question, answer=answer_text,
                language=language, conversation_id=conv_id, message_id=message_id,
            )
        except AssistantError as exc:
            return html.escape(describe(exc, ui_lang)), None, gr.update()
        return t("feedback_thanks", ui_lang), feedback_id, self.feedback_list(learner_id, ui_lang)

    def comment(
        self, text: str, feedback_id: int | None, learner_id: str | None, ui_lang: str
    ) -> tuple[Any, ...]:
        """Attach a comment to the last rating: status, the box (kept on failure), list."""
        import gradio as gr

        if not (text or "").strip():
            return gr.update(), text, gr.update()
        if self.store is None or feedback_id is None:
            return t("feedback_rate_first", ui_lang), text, gr.update()
        try:
            self.store.set_feedback_comment(feedback_id, text.strip())
        except AssistantError as exc:  # e.g. too long: keep the text so it can be shortened
            return html.escape(describe(exc, ui_lang)), text, gr.update()
        return t("feedback_comment_saved", ui_lang), "", self.feedback_list(learner_id, ui_lang)

    def new_chat(self) -> tuple[Any, ...]:
        import gradio as gr

        return [], self.new_conversation(), {}, None, gr.update(visible=False), None


def build_chat_tab(
    assistant: Assistant,
    store: Any,
    relabel: Relabel,
    answer_choices: Callable[[str], list[tuple[str, str]]],
    ui_language: Any,
) -> dict[str, Any]:
    """Lay out the chat tab in the current Blocks; returns what the page-level handlers need."""
    import gradio as gr

    chat = ChatHandlers(assistant, store)
    memory = chat.memory
    # Plain defaults, not factories: Gradio deep-copies them for each session on its
    # first event, whereas a factory adds an event that every page load must run.
    conversation = gr.State(Conversation(max_turns=memory))
    turns = gr.State({})  # Bubbles
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
        # No "share" button: it has no accessible name and would post the chat to a hub.
        gr.Chatbot(label=t("conversation", "en"), height=480, elem_id="chat", buttons=["copy_all"]),
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
    examples = gr.Examples(EXAMPLES, inputs=box, label=t("examples", "en"), elem_id="examples")
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

    like = with_learner(chat.like)
    # Gradio finds the event payload by the parameter's type annotation.
    like.__annotations__["data"] = gr.LikeData
    ask_inputs = [box, chatbot, conversation, turns, conversation_id, answer_language, tutor,
                  ui_language]
    ask_outputs = [chatbot, box, conversation, turns, conversation_id, reveal]
    # Answers share one concurrency group; nothing else waits behind them (concurrency.py).
    answering = answer_events(assistant.settings)
    send.click(with_learner(chat.respond), ask_inputs, ask_outputs, **answering)
    box.submit(with_learner(chat.respond), ask_inputs, ask_outputs, **answering)
    reveal.click(
        with_learner(chat.reveal), [chatbot, conversation, turns, conversation_id, ui_language],
        [chatbot, conversation, turns, conversation_id, reveal], **answering,
    )
    chatbot.like(like, [turns, conversation_id, ui_language],
                 [feedback_status, last_feedback, feedback_md])
    send_comment.click(
        with_learner(chat.comment), [comment, last_feedback, ui_language],
        [feedback_status, comment, feedback_md],
    )
    new_chat.click(
        chat.new_chat, None, [chatbot, conversation, turns, conversation_id, reveal, last_feedback]
    )
    return {"feedback_md": feedback_md, "feedback_list": chat.feedback_list}
