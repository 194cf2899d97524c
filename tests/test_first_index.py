"""A first index built while the app serves (issue #13): answers wait, nothing is lost."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

from assistant.rag.build import build_assistant
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.library import Library
from assistant.store import Store
from assistant.web.chat import ChatHandlers


class GatedEmbedder(FakeEmbedder):
    """The fake embedder, holding every passage batch until the test opens the gate."""

    def __init__(self, fail: bool = False) -> None:
        super().__init__()
        self.gate, self.fail = threading.Event(), fail

    def embed_documents(self, texts):
        if not self.gate.wait(timeout=60):
            raise TimeoutError("the test never opened the gate")
        if self.fail:
            raise RuntimeError("the embedding server went away")
        return super().embed_documents(texts)


QUESTION = "Qu'est-ce que la minimisation des données ?"


def test_the_app_side_comes_back_at_once_and_answers_once_the_index_is_built(fake_settings):
    embedder = GatedEmbedder()
    assistant, report = build_assistant(fake_settings, embedder=embedder, in_background=True)
    first = assistant.retriever.first_index
    assert report is None and first is not None and first.building
    # While it is built: a plain "not ready yet", in the question's language.
    waiting = assistant.ask(QUESTION)
    assert waiting.status == "not_ready" and not waiting.covered and waiting.language == "fr"
    assert "indexation" in waiting.text and not waiting.citations
    embedder.gate.set()
    assert first.wait(timeout=60) and not first.building and first.error is None
    assert first.total > 0 and first.done == first.total  # every passage it had to embed
    answer = assistant.ask(QUESTION)
    assert answer.status == "answered" and answer.citations
    chunks = assistant.retriever.stores.catalog.chunk_count()
    # The next start finds the index and builds nothing (no duplicate).
    again, _ = build_assistant(fake_settings, embedder=FakeEmbedder(), in_background=True)
    assert again.retriever.first_index is None
    assert again.retriever.stores.catalog.chunk_count() == chunks


def test_a_failed_first_index_is_said_plainly_and_in_the_learners_language(fake_settings):
    embedder = GatedEmbedder(fail=True)
    assistant, _ = build_assistant(fake_settings, embedder=embedder, in_background=True)
    embedder.gate.set()
    first = assistant.retriever.first_index
    assert first.wait(timeout=60) and isinstance(first.error, RuntimeError)
    answer = assistant.ask("ما هو تقليل البيانات؟")
    assert answer.status == "not_ready" and answer.language == "ar" and "المدرّب" in answer.text


def test_in_the_chat_a_not_ready_answer_keeps_the_question_and_stores_nothing(
    fake_settings, monkeypatch
):
    embedder = GatedEmbedder()
    assistant, _ = build_assistant(fake_settings, embedder=embedder, in_background=True)
    chat = ChatHandlers(assistant, Store("sqlite://"))
    stored = []
    monkeypatch.setattr(chat, "persist", lambda *exchange: stored.append(exchange))
    try:
        updates = list(chat.respond(QUESTION, [], chat.new_conversation(), {}, None, "auto",
                                    False, "ana", "fr"))
        history, box, _, bubbles, conv_id, _ = updates[-1]
        assert box == QUESTION and conv_id is None and bubbles == {}  # nothing typed is lost
        assert "indexation" in history[-1]["content"]
        assert stored == []
    finally:
        embedder.gate.set()
        assistant.retriever.first_index.wait(timeout=60)


def test_instructor_changes_wait_for_the_first_index(fake_settings, tmp_path):
    embedder = GatedEmbedder()
    assistant, _ = build_assistant(fake_settings, embedder=embedder, in_background=True)
    retriever = assistant.retriever
    library = Library(fake_settings, retriever.embedder, retriever.stores,
                      first_index=retriever.first_index)
    upload = tmp_path / "notes.md"
    upload.write_text("# Notes\n\nOpen data portals publish datasets under open licences.\n")
    done = []
    worker = threading.Thread(target=lambda: done.append(library.add([upload])))
    worker.start()
    worker.join(timeout=1.0)
    assert worker.is_alive() and not done  # no ingest beside the first one
    embedder.gate.set()
    worker.join(timeout=60)
    assert done and done[0][0].status != "failed"
    assert any(entry.title for entry in library.documents())


def test_readyz_says_why_it_is_not_ready_until_it_is():
    from fastapi.testclient import TestClient

    from assistant.config import load_settings
    from assistant.web.app import build_demo
    from assistant.web.server import build_server

    settings = load_settings(embedder="fake")
    state = {"waiting": "indexing the course: 3 of 10 passages embedded"}
    stub = SimpleNamespace(settings=settings, generator=SimpleNamespace(id="extractive"))
    app = build_server(build_demo(stub), settings, ready=lambda: state["waiting"])
    with TestClient(app) as client:
        response = client.get("/readyz")
        assert response.status_code == 503 and "3 of 10" in response.text
        assert client.get("/healthz").status_code == 200  # alive all along
        state["waiting"] = None
        assert client.get("/readyz").status_code == 200


@pytest.mark.parametrize("in_background", [False, True])
def test_an_existing_index_never_starts_a_first_index(fake_settings, in_background):
    build_assistant(fake_settings, embedder=FakeEmbedder())
    assistant, report = build_assistant(fake_settings, embedder=FakeEmbedder(),
                                        in_background=in_background)
    assert assistant.retriever.first_index is None and report is None
