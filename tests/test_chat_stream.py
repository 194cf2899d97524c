"""How an answer reaches the page: a placeholder at once, then as few updates as the
answer needs (every update re-sends the whole chat), never a part that was not checked."""

from __future__ import annotations

import pytest

from assistant.rag.answer import Assistant
from assistant.rag.conversation import Conversation
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.generate import ExtractiveGenerator
from assistant.rag.index import Stores
from assistant.rag.ingest import ingest
from assistant.rag.retrieve import Retriever
from assistant.store import Store
from assistant.web import chat as chat_module
from assistant.web.chat import ChatHandlers, render_answer

QUESTION = "What does data minimisation mean?"


@pytest.fixture
def chat(fake_settings, corpus):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    retriever = Retriever(fake_settings, embedder, Stores(fake_settings, embedder))
    assistant = Assistant(fake_settings, retriever, ExtractiveGenerator(embedder), screen=False)
    return ChatHandlers(assistant, Store("sqlite://"))


def _updates(chat: ChatHandlers) -> list[tuple]:
    """Each update as the page would receive it (the history list is reused between them)."""
    conv = Conversation()
    return [
        ([dict(m) for m in history], *rest)
        for history, *rest in chat.respond(QUESTION, [], conv, {}, None, "auto", False, "ana", "en")
    ]


def test_an_answer_that_is_ready_at_once_is_sent_in_one_update_after_the_placeholder(chat):
    updates = _updates(chat)
    assert len(updates) == 2
    placeholder, final = updates[0][0], updates[-1][0]
    assert placeholder[-1]["content"] == "…" and placeholder[0]["content"] == QUESTION
    answer = chat.assistant.ask(QUESTION)
    assert answer.covered and final[-1]["content"] == render_answer(answer, "en")
    conv_id = updates[-1][4]
    assert updates[0][1] == "" and conv_id  # the box is emptied as the question goes up
    # ... and the answer leaves it alone: a next question typed meanwhile is kept.
    assert updates[-1][1] == {"__type__": "update"}
    stored = chat.store.history(conv_id)
    assert [m.role for m in stored] == ["user", "assistant"] and stored[1].text == answer.text


def test_pieces_that_come_slowly_are_shown_as_they_come(chat, monkeypatch):
    monkeypatch.setattr(chat_module, "STREAM_EVERY_S", -1.0)  # every piece at once
    updates = _updates(chat)
    answer = chat.assistant.ask(QUESTION)
    partial = [u[0][-1]["content"] for u in updates[1:-1]]
    assert len(partial) >= 2, "the answer has several sentences, each shown as it comes"
    assert all(b.startswith(a) for a, b in zip(partial, partial[1:], strict=False))
    assert partial[-1] == answer.text  # plain text (escaped), then the rendered answer
    assert all(u[1] == {"__type__": "update"} for u in updates[1:])  # the box untouched
    assert updates[-1][0][-1]["content"] == render_answer(answer, "en")
