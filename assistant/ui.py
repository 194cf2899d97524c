"""The Gradio web app: ``build_demo(assistant) -> gr.Blocks``.

The page loads nothing from other hosts: Gradio's default theme serves its
fonts from the app itself, analytics are off (``apply_offline_environment``)
and we add no external assets. Arabic answers are laid out right-to-left.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from assistant import languages
from assistant.answer import Assistant
from assistant.errors import AssistantError
from assistant.types import Answer

log = logging.getLogger(__name__)

AUTO = "auto"

EXAMPLES = [
    "What does data minimisation mean?",
    "¿Qué principios de ética de la IA propone la UNESCO?",
    "Comment l'IA peut-elle trier les demandes des citoyens ?",
    "ما هي المخاطر الرئيسية للذكاء الاصطناعي على حقوق الإنسان؟",
    "Como verificar uma resposta de IA generativa?",
]

CSS = """
.rtl-answer { direction: rtl; text-align: right; }
.citation-snippet { opacity: 0.85; font-size: 0.92em; }
"""


def render_answer(answer: Answer) -> str:
    """An answer and its sources as Markdown/HTML for one chat bubble."""
    body = html.escape(answer.text).replace("\n", "<br>")
    parts = [body]
    if answer.citations:
        heading = html.escape(languages.message("sources", answer.language))
        items = []
        for c in answer.citations:
            summary = html.escape(f"[{c.marker}] {c.title} — {c.section_title}")
            where = html.escape(f"{c.document}#{c.section}")
            direction = languages.direction(c.language)
            snippet = html.escape(c.snippet)
            items.append(
                f"<details><summary>{summary}</summary>"
                f"<div dir='{direction}' class='citation-snippet'>{snippet}"
                f"<br><code>{where}</code></div></details>"
            )
        parts.append(f"<p><strong>{heading}</strong></p>" + "".join(items))
    content = "".join(parts)
    if languages.direction(answer.language) == "rtl":
        return f"<div dir='rtl' class='rtl-answer'>{content}</div>"
    return content


def build_demo(
    assistant: Assistant, *, sandbox: Any = None, title: str = "Course assistant"
) -> Any:
    """Build the app around an :class:`Assistant` (nothing is launched).

    ``sandbox`` (a :class:`~assistant.exercises.civicly.sandbox.CivicSandbox`)
    adds the Civicly exercise tab.
    """
    import gradio as gr

    language_choices = [("Auto-detect", AUTO)] + [
        (lang.native_name, code) for code, lang in languages.LANGUAGES.items()
    ]

    def respond(message: str, history: list[dict[str, Any]], language: str) -> tuple[Any, str]:
        history = list(history or [])
        if not (message or "").strip():
            return history, message
        history.append({"role": "user", "content": message})
        try:
            answer = assistant.ask(message, language=None if language == AUTO else language)
            reply = render_answer(answer)
        except AssistantError as exc:
            log.warning("Question failed: %s", exc)
            reply = html.escape(str(exc))
        except Exception:  # the learner sees a friendly line; the log keeps the trace
            log.exception("Unexpected error while answering")
            code = language if language != AUTO else languages.DEFAULT_LANGUAGE
            reply = languages.message("error", code)
        history.append({"role": "assistant", "content": reply})
        return history, ""

    with gr.Blocks(title=title, analytics_enabled=False) as demo:
        gr.Markdown(
            f"## {title}\nAsk about the course in English, Français, Español, "
            "Português or العربية. Answers quote the course and cite their sources."
        )
        with gr.Tab("Ask the course"):
            with gr.Row():
                language = gr.Dropdown(
                    language_choices, value=AUTO, label="Answer language", scale=1
                )
            chatbot = gr.Chatbot(label="Conversation", height=520, elem_id="chat")
            with gr.Row():
                box = gr.Textbox(
                    placeholder="Type your question and press Enter",
                    label="Your question",
                    scale=5,
                    elem_id="question",
                )
                send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
            gr.Examples(EXAMPLES, inputs=box, label="Try an example")
            send.click(respond, [box, chatbot, language], [chatbot, box])
            box.submit(respond, [box, chatbot, language], [chatbot, box])
        if sandbox is not None:
            from assistant.exercises.civicly.tab import build_tab

            with gr.Tab("Civicly sandbox", elem_id="civicly-tab"):
                build_tab(sandbox)
    return demo


def launch_options(host: str, port: int) -> dict[str, Any]:
    """Arguments for ``demo.launch``: local only, never a public share link."""
    return {"server_name": host, "server_port": port, "share": False, "css": CSS}
