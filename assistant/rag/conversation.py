"""Per-conversation state: bounded memory of recent turns and the tutor switch.

A :class:`Conversation` is plain data (cheap to copy, safe in a Gradio
``State``); the assistant is passed to each call rather than stored, so one
loaded model serves every conversation. Memory is bounded by
``ASSISTANT_MEMORY_TURNS``: older turns are forgotten, so a long session
neither grows without limit nor drags stale topics into new questions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from assistant.rag.answer import Assistant, Checking
from assistant.types import Answer, Turn

#: Replies worth remembering as context for follow-ups.
_REMEMBERED = ("answered", "hint", "not_covered")


@dataclass
class Conversation:
    """What one learner's chat remembers between questions."""

    max_turns: int = 6
    tutor: bool = False
    turns: list[Turn] = field(default_factory=list)
    #: The question last answered with a hint, which :meth:`reveal` answers fully.
    pending_hint: str | None = None

    def remember(self, question: str, answer: Answer) -> None:
        """Record a finished exchange; forget the oldest beyond ``max_turns``."""
        if answer.status not in _REMEMBERED:
            return  # errors and invalid input leave the context as it was
        self.turns.append(Turn(question, answer.text, answer.language))
        del self.turns[: max(0, len(self.turns) - self.max_turns)]
        self.pending_hint = question if answer.status == "hint" else None

    def ask(
        self,
        assistant: Assistant,
        question: str,
        *,
        language: str | None = None,
        modules: Sequence[str] | None = None,
    ) -> Answer:
        """Ask with this conversation's memory and tutor setting, then remember."""
        answer = assistant.ask(
            question, language=language, modules=modules, history=self.turns, tutor=self.tutor
        )
        self.remember(question, answer)
        return answer

    def stream(
        self,
        assistant: Assistant,
        question: str,
        *,
        language: str | None = None,
        modules: Sequence[str] | None = None,
        tutor: bool | None = None,
    ) -> Iterator[str | Checking | Answer]:
        """Like :meth:`ask`, streaming as :meth:`Assistant.stream` does (checked text only).

        The answer is remembered when it arrives, after its text pieces.
        """
        for item in assistant.stream(
            question,
            language=language,
            modules=modules,
            history=self.turns,
            tutor=self.tutor if tutor is None else tutor,
        ):
            if isinstance(item, Answer):
                self.remember(question, item)
            yield item

    def reveal(self, assistant: Assistant, *, language: str | None = None) -> Answer | None:
        """The full answer to the question last answered with a hint (None if there is none)."""
        if self.pending_hint is None:
            return None
        question = self.pending_hint
        answer = assistant.ask(question, language=language, history=self.turns[:-1], tutor=False)
        self.remember(question, answer)
        return answer
