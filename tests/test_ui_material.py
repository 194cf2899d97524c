"""The instructor's course-material handlers without a browser: the session gate, the
upload's progress and report, the class setting reaching a learner's answer."""

from __future__ import annotations

import inspect

import pytest

from assistant.auth import InstructorAuth, hash_password
from assistant.rag.answer import Assistant
from assistant.rag.conversation import Conversation
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.generate import ExtractiveGenerator
from assistant.rag.index import Stores
from assistant.rag.ingest import ingest
from assistant.rag.library import Library
from assistant.rag.retrieve import Retriever
from assistant.store import Store
from assistant.web import material as material_module
from assistant.web.chat import ChatHandlers
from assistant.web.instructor import InstructorPanel
from assistant.web.material import MaterialPanel
from tests.material_files import make_corrupt_pdf, make_docx, make_pdf
from tests.test_library import PDF_TEXT, QUESTION

PASSWORD = "correct horse battery staple"
SID = "1" * 32


@pytest.fixture
def world(fake_settings, corpus):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    stores = Stores(fake_settings, embedder)
    store = Store("sqlite://")
    auth = InstructorAuth(hash_password(PASSWORD, n=2**10), grants=store)
    auth.login(PASSWORD, session=SID)
    panel = MaterialPanel(InstructorPanel(auth, store, {}), Library(fake_settings, embedder, stores),
                          store)
    retriever = Retriever(fake_settings, embedder, stores)
    assistant = Assistant(fake_settings, retriever, ExtractiveGenerator(embedder), screen=False)
    return panel, store, assistant


def _args(method):
    names = list(inspect.signature(method).parameters)[2:-1]
    values = {"paths": [], "doc_id": "instructor:x", "path": None, "material": "course",
              "cohort_id": 1, "doc_language": "auto", "module": ""}
    return [values.get(name, 1) for name in names] + ["en"]


def test_every_material_handler_refuses_without_an_instructor_session(world, tmp_path):
    panel, store, _ = world
    store.create_cohort("Real class")
    pdf = make_pdf(tmp_path / "secret.pdf", "Secret", [PDF_TEXT])
    assert panel.guarded_handlers() == [
        "delete", "library_view", "material_of", "preview", "publish", "replace",
        "set_material", "unpublish", "upload",
    ]
    for name in panel.guarded_handlers():
        method = getattr(panel, name)
        args = _args(getattr(MaterialPanel, name))
        if name == "upload":
            args[0] = [str(pdf)]
        for session in (None, "", "5" * 32, "' OR 1=1 --"):
            result = method(session, *args)
            if inspect.isgenerator(result):
                result = list(result)
                assert len(result) == 1
                result = result[0]
            parts = result if isinstance(result, tuple) else (result,)
            assert "log in" in parts[0], (name, session)
            assert all(part is None for part in parts[1:]), (name, parts)
    assert panel.library.documents() == []  # nothing was uploaded
    assert store.cohort(1).material == "course+instructor"


def test_upload_reports_progress_then_each_file(world, tmp_path, monkeypatch):
    panel, _, _ = world
    monkeypatch.setattr(material_module, "POLL_SECONDS", 0.05)
    good = make_docx(tmp_path / "guide.docx", "Guide", ["A short guide to the flumox register."])
    bad = make_corrupt_pdf(tmp_path / "broken.pdf")
    steps = list(panel.upload(SID, [str(bad), str(good)], "auto", "", "en"))
    assert len(steps) >= 2
    assert any("⏳" in step[0] for step in steps[:-1])
    message, table, choices = steps[-1]
    assert "broken.pdf" in message and "guide.docx" in message
    assert "Indexed: 1. Failed: 1." in message and "not published yet" in message
    assert [row[-1] for row in table["data"]] == ["instructor:guide"]
    assert "Not published" in table["data"][0][6]
    assert choices == [("Guide — instructor:guide", "instructor:guide")]
    assert "flumox" in panel.preview(SID, "instructor:guide", "en")


def test_publish_and_the_class_setting_reach_the_learners_answer(world, tmp_path, monkeypatch):
    panel, store, assistant = world
    monkeypatch.setattr(material_module, "POLL_SECONDS", 0.05)
    pdf = make_pdf(tmp_path / "zorblat.pdf", "Zorblat permits", [PDF_TEXT])
    list(panel.upload(SID, [str(pdf)], "en", "", "en"))
    chat = ChatHandlers(assistant, store)

    def cited(learner):
        history, *_ = list(chat.respond(QUESTION, [], Conversation(), {}, None, "auto", False,
                                        learner, "en"))[-1]
        return "instructor material" in history[-1]["content"]

    assert not cited("ana")  # not published yet
    message, table, _ = panel.publish(SID, "instructor:zorblat", "en")
    assert "✅" in message and "Published" in table["data"][0][6]
    assert cited("ana")
    cohort = store.create_cohort("Course only")
    store.join_cohort(cohort.join_code, "ana", "Ana")
    assert "✅" in panel.set_material(SID, cohort.id, "course", "en")
    assert panel.material_of(SID, cohort.id, "en") == ("", "course")
    assert not cited("ana")  # her class uses the course only
    assert cited("bruno")  # in no class: course and published material
    panel.unpublish(SID, "instructor:zorblat", "en")
    assert not cited("bruno")
    message, table, _ = panel.delete(SID, "instructor:zorblat", "en")
    assert "✅" in message and table["data"] == []


def test_an_upload_too_large_is_reported_in_the_interface_language(world, tmp_path, monkeypatch):
    panel, _, _ = world
    monkeypatch.setattr(material_module, "POLL_SECONDS", 0.05)
    limit = panel.library.settings.max_upload_mb
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * int(limit * 220_000))
    size = big.stat().st_size / 1_048_576
    english = list(panel.upload(SID, [str(big)], "auto", "", "en"))[-1][0]
    assert f"{size:.1f} MB, more than the {limit:g} MB limit (ASSISTANT_MAX_UPLOAD_MB)" in english
    french = list(panel.upload(SID, [str(big)], "auto", "", "fr"))[-1][0]
    assert f"{size:.1f} Mo, au-delà de la limite de {limit:g} Mo" in french
    arabic = list(panel.upload(SID, [str(big)], "auto", "", "ar"))[-1][0]
    assert f"أكثر من الحد البالغ {limit:g} ميغابايت" in arabic
    unsupported = tmp_path / "notes.exe"
    unsupported.write_bytes(b"MZ")
    french = list(panel.upload(SID, [str(unsupported)], "auto", "", "fr"))[-1][0]
    assert "type de fichier non pris en charge" in french
