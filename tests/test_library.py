"""The instructor's library: uploads, per-file reports, replace, delete, publish, scope.

Everything runs on the deterministic fake embedder over the small sample
corpus; documents are real PDF and DOCX files made by the tests.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from assistant.rag.answer import Assistant
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.generate import ExtractiveGenerator
from assistant.rag.index import Stores
from assistant.rag.ingest import ingest
from assistant.rag.library import Library, safe_name
from assistant.rag.retrieve import Retriever, scoped, sources_scope
from assistant.store import DEFAULT_MATERIAL, SCHEMA_VERSION, Store, schema_info
from assistant.store.core import InvalidRecordError
from assistant.types import Answer
from assistant.web.chat import render_answer
from tests.material_files import make_corrupt_pdf, make_docx, make_pdf

PDF_TEXT = "The zorblat permit needs three quartermaster signatures before any purchase."
DOCX_TEXT = "Wimbleton audits check every vendor invoice against the flumox register."
QUESTION = "How many quartermaster signatures does the zorblat permit need?"


@pytest.fixture
def setup(fake_settings, corpus):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    stores = Stores(fake_settings, embedder)
    return Library(fake_settings, embedder, stores), Retriever(fake_settings, embedder, stores)


@pytest.fixture
def files(tmp_path):
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    return {
        "pdf": make_pdf(uploads / "Zorblat permits.pdf", "Zorblat permits", [PDF_TEXT]),
        "docx": make_docx(uploads / "wimbleton audit.docx", "Wimbleton audits", [DOCX_TEXT]),
        "bad": make_corrupt_pdf(uploads / "broken.pdf"),
        "exe": _write(uploads / "tool.exe", b"MZ\x90\x00"),
    }


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def _instructor_hits(retriever, question=QUESTION):
    return [h for h in retriever.search(question, 8).hits if h.source == "instructor"]


def test_safe_names_keep_letters_and_drop_everything_else():
    assert safe_name("Zorblat permits.PDF") == "Zorblat-permits.pdf"
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\x\\note.md") == "note.md"
    assert safe_name("دليل المعلم.docx") == "دليل-المعلم.docx"
    assert safe_name(".hidden.txt") == "hidden.txt"
    assert safe_name("<script>.html") == "script.html"
    assert safe_name("....md") == "document.md"
    assert safe_name("a\u202eb.txt") == "a-b.txt"  # no right-to-left override in names


def test_upload_reports_each_file_and_one_failure_never_stops_the_rest(setup, files,
                                                                        fake_settings):
    library, _ = setup
    progress: list[float] = []
    reports = library.add([files["bad"], files["pdf"], files["exe"], files["docx"]],
                          progress=lambda fraction, _text: progress.append(fraction))
    by_name = {r.name: r for r in reports}
    assert [r.status for r in reports] == ["failed", "added", "failed", "added"]
    assert "PDF" in by_name["broken.pdf"].reason or "pdf" in by_name["broken.pdf"].reason.lower()
    assert "unsupported" in by_name["tool.exe"].reason
    assert by_name["broken.pdf"].doc_id == ""  # no document was made
    assert by_name["Zorblat permits.pdf"].doc_id == "instructor:Zorblat-permits"
    assert by_name["wimbleton audit.docx"].chunks >= 1
    assert progress == sorted(progress) and progress[-1] == 1.0
    root = fake_settings.data_dir / "instructor"
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) == [
        "Zorblat-permits/Zorblat-permits.pdf", "wimbleton-audit/wimbleton-audit.docx",
    ]
    entries = {e.doc_id: e for e in library.documents()}
    assert set(entries) == {"instructor:Zorblat-permits", "instructor:wimbleton-audit"}
    entry = entries["instructor:Zorblat-permits"]
    assert (entry.language, entry.source, entry.published, entry.uploaded) == (
        "en", "instructor", False, True)
    assert entry.updated and entry.chunks >= 1
    assert PDF_TEXT[:30] in library.preview(entry.doc_id)[0].text


def test_new_material_is_hidden_until_published_and_unpublish_hides_it(setup, files):
    library, retriever = setup
    library.add([files["pdf"]])
    assert _instructor_hits(retriever) == []
    # Hidden from the lexical side too (the BM25 index holds its chunks).
    lexical = retriever.stores.lexical
    retriever.refresh()
    assert any(cid.startswith("instructor:") for cid, _ in lexical.search(QUESTION, "en", 50))
    # Hidden documents and a source scope together (one Chroma ``$and`` filter).
    assert not [h for h in retriever.search(QUESTION, 8, sources={"course", "instructor"}).hits
                if h.source == "instructor"]
    assert library.publish("instructor:Zorblat-permits", True)
    hits = _instructor_hits(retriever)
    assert hits and PDF_TEXT[:30] in hits[0].chunk.text
    assert library.publish("instructor:Zorblat-permits", False)
    assert _instructor_hits(retriever) == []
    assert not library.publish("course:en/data-minimisation", False)  # not instructor material
    assert not library.publish("instructor:nothing", True)


def test_a_published_passage_is_cited_as_instructor_material(setup, files, fake_settings):
    library, retriever = setup
    library.add([files["pdf"]])
    library.publish("instructor:Zorblat-permits", True)
    assistant = Assistant(fake_settings, retriever, ExtractiveGenerator(retriever.embedder),
                          screen=False)
    answer = assistant.ask(QUESTION)
    cited = [c for c in answer.citations if c.source == "instructor"]
    assert cited and cited[0].document == "instructor:Zorblat-permits"
    html = render_answer(Answer(answer.text, "en", True, answer.citations))
    assert "instructor material" in html


def test_cohort_scope_course_only_leaves_instructor_material_out(setup, files):
    library, retriever = setup
    library.add([files["pdf"]])
    library.publish("instructor:Zorblat-permits", True)
    assert _instructor_hits(retriever)
    with sources_scope({"course"}):
        assert _instructor_hits(retriever) == []
    assert retriever.search(QUESTION, 8, sources={"course"}).hits
    assert not [h for h in retriever.search(QUESTION, 8, sources={"course"}).hits
                if h.source != "course"]

    def lazy():  # a generator searching at each step, like an answer stream
        yield len(_instructor_hits(retriever))
        yield len(_instructor_hits(retriever))

    assert list(scoped(lazy(), {"course"})) == [0, 0]
    assert list(scoped(lazy(), None))[0] > 0


def test_replace_changes_only_that_documents_chunks_and_keeps_visibility(setup, files, tmp_path):
    library, retriever = setup
    library.add([files["pdf"], files["docx"]])
    library.publish("instructor:Zorblat-permits", True)
    catalog = retriever.stores.catalog
    others = {c.chunk_id for c in catalog.chunks() if c.doc_id != "instructor:Zorblat-permits"}
    vectors_before = retriever.stores.vectors.all_ids()
    new = make_docx(tmp_path / "revised.docx", "Zorblat permits",
                    ["The zorblat permit now needs five quartermaster signatures."])
    report = library.replace("instructor:Zorblat-permits", new)
    assert (report.status, report.doc_id) == ("updated", "instructor:Zorblat-permits")
    after = catalog.chunks()
    assert {c.chunk_id for c in after if c.doc_id != "instructor:Zorblat-permits"} == others
    replaced = [c for c in after if c.doc_id == "instructor:Zorblat-permits"]
    assert replaced and all("five" in c.text for c in replaced)
    vectors_after = retriever.stores.vectors.all_ids()
    assert others <= vectors_after and {c.chunk_id for c in replaced} <= vectors_after
    assert not (vectors_before - others) & vectors_after  # the old version's vectors went
    folder = library.root / "Zorblat-permits"
    assert [p.name for p in folder.iterdir()] == ["Zorblat-permits.docx"]
    assert "five" in _instructor_hits(retriever)[0].chunk.text  # still published


def test_a_failed_replace_keeps_the_previous_version(setup, files):
    library, retriever = setup
    library.add([files["pdf"]])
    before = retriever.stores.catalog.document_chunks("instructor:Zorblat-permits")
    report = library.replace("instructor:Zorblat-permits", files["bad"])
    assert report.status == "failed" and report.reason
    assert retriever.stores.catalog.document_chunks("instructor:Zorblat-permits") == before
    folder = library.root / "Zorblat-permits"
    assert sorted(p.name for p in folder.iterdir()) == ["Zorblat-permits.pdf"]
    assert library.replace("course:en/data-minimisation", files["pdf"]).status == "failed"


def test_delete_removes_chunks_vectors_and_the_file(setup, files):
    library, retriever = setup
    library.add([files["pdf"], files["docx"]])
    ids = {c.chunk_id for c in retriever.stores.catalog.document_chunks(
        "instructor:Zorblat-permits")}
    assert library.delete("instructor:Zorblat-permits")
    assert not ids & retriever.stores.vectors.all_ids()
    assert [e.doc_id for e in library.documents()] == ["instructor:wimbleton-audit"]
    assert not (library.root / "Zorblat-permits").exists()
    assert not library.delete("course:en/data-minimisation")
    assert "course:en/data-minimisation" in retriever.stores.catalog.documents()


def test_uploads_never_replace_a_course_module(setup, tmp_path, fake_settings):
    library, retriever = setup
    course = retriever.stores.catalog.document_chunks("course:en/data-minimisation")
    clash = tmp_path / "data-minimisation.md"
    clash.write_text("# Data minimisation\n\nKeep every record forever.\n", "utf-8")
    (report,) = library.add([clash])
    assert report.doc_id == "instructor:data-minimisation" and report.status == "added"
    assert retriever.stores.catalog.document_chunks("course:en/data-minimisation") == course
    # A document ingested on the server under the same id is not taken over.
    served = tmp_path / "served"
    served.mkdir()
    (served / "wimbleton-audit.md").write_text("# Served\n\nFrom the server.\n", "utf-8")
    ingest(fake_settings, library.embedder, served, source="instructor")
    (refused,) = library.add([tmp_path / "served" / "wimbleton-audit.md"])
    assert refused.status == "failed" and "assistant ingest" in refused.reason
    entry = {e.doc_id: e for e in library.documents()}["instructor:wimbleton-audit"]
    assert entry.published and not entry.uploaded  # command-line material stays visible


def test_language_module_and_size_limit(setup, files, fake_settings, tmp_path):
    library, _ = setup
    (report,) = library.add([files["docx"]], language="fr", module="04-data-governance")
    record = library.stores.catalog.documents()[report.doc_id]
    assert (record.language, record.module) == ("fr", "04-data-governance")
    big = _write(tmp_path / "big.txt", b"word " * int(fake_settings.max_upload_mb * 220_000))
    (refused,) = library.add([big])
    assert refused.status == "failed" and "MB" in refused.reason
    assert "ASSISTANT_MAX_UPLOAD_MB" in refused.reason
    with pytest.raises(Exception, match="Unknown language"):
        library.add([files["pdf"]], language="xx")


# -- the cohort setting --------------------------------------------------------


def test_cohort_material_setting_decides_a_learners_sources():
    store = Store("sqlite://")
    cohort = store.create_cohort("Rabat")
    assert cohort.material == DEFAULT_MATERIAL == "course+instructor"
    assert store.learner_material("ana") == DEFAULT_MATERIAL  # in no cohort
    assert store.learner_material(None) == DEFAULT_MATERIAL
    store.join_cohort(cohort.join_code, "ana", "Ana")
    assert store.set_cohort_material(cohort.id, "course").material == "course"
    assert store.learner_material("ana") == "course"
    assert store.cohort(cohort.id).material == "course"
    with pytest.raises(InvalidRecordError):
        store.set_cohort_material(cohort.id, "everything")


def test_a_version_3_database_gains_the_cohort_setting(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    store = Store(url)
    cohort = store.create_cohort("Before")
    with store.engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE cohorts DROP COLUMN material"))
        conn.execute(sa.text("DROP TABLE alembic_version"))  # as a release before Alembic left it
        conn.execute(schema_info.update().values(value="3"))
    store.close()
    upgraded = Store(url)
    assert upgraded.cohort(cohort.id).material == DEFAULT_MATERIAL
    with upgraded.engine.connect() as conn:
        assert conn.execute(sa.select(schema_info.c.value)).scalar() == str(SCHEMA_VERSION)
