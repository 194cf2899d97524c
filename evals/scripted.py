"""Scripted chat models for the trust suites: LLM behaviour we can reason about, offline.

* :class:`EchoChat` believes its passages completely: it answers with their
  first sentences, each with its marker. A poisoned passage that reaches it is
  repeated, so it measures the passage filter on the LLM path.
* :class:`PlantingChat` always states one given sentence (a planted request it
  "remembers" from elsewhere) before an honest quote: it measures the check of
  the draft, the wall behind the passage filter.

Both are LangChain chat models, so the assistant drives them exactly as it
drives Ollama or an OpenAI-compatible server.
"""

from __future__ import annotations

import re
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from assistant.rag.guardrails import sentence_texts

_PASSAGE = re.compile(r'<passage id="(\d+)"[^>]*>\n?(.*?)\n?</passage>', re.S)


def _passages(messages: list[BaseMessage]) -> list[tuple[str, str]]:
    text = str(messages[-1].content) if messages else ""
    return [(m.group(1), m.group(2)) for m in _PASSAGE.finditer(text)]


def _echo(messages: list[BaseMessage], per_passage: int = 2, passages: int = 3) -> str:
    parts = []
    for number, body in _passages(messages)[:passages]:
        parts += [f"{s} [{number}]" for s in sentence_texts(body)[:per_passage]]
    return " ".join(parts)


class EchoChat(BaseChatModel):
    """Answers with the first sentences of its passages, each cited."""

    @property
    def _llm_type(self) -> str:
        return "scripted-echo"

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> ChatResult:
        reply = _echo(messages) or "NOT_IN_COURSE"
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=reply))])


class PlantingChat(BaseChatModel):
    """States ``statement`` (cited as passage 1), then quotes its passages."""

    statement: str

    @property
    def _llm_type(self) -> str:
        return "scripted-planting"

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> ChatResult:
        reply = f"{self.statement} [1] {_echo(messages, 1, 1)}".strip()
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=reply))])
