import pytest

from assistant.errors import ConfigError
from assistant.rag.answer import Assistant
from assistant.rag.build import build_assistant
from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.generate import ExtractiveGenerator, split_sentences
from assistant.rag.index import Stores
from assistant.rag.ingest import ingest
from assistant.rag.retrieve import Retriever


@pytest.fixture
def retriever(fake_settings, corpus):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    return Retriever(fake_settings, embedder)


@pytest.fixture
def assistant(fake_settings, retriever):
    return Assistant(fake_settings, retriever, ExtractiveGenerator(retriever.embedder))


def test_search_finds_the_right_section(retriever):
    result = retriever.search("What is data minimisation?", 3)
    assert result.query_language == "en"
    assert result.hits[0].chunk.doc_id == "course:en/data-minimisation"
    assert result.hits[0].chunk.section_id == "what-it-means"
    assert result.covered
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)


def test_language_and_module_filters(retriever):
    only_es = retriever.search("data minimisation", 5, doc_languages=["es"])
    assert only_es.hits and {h.chunk.language for h in only_es.hits} == {"es"}
    only_lighting = retriever.search("minimisation", 5, modules=["street-lighting"])
    assert {h.chunk.module for h in only_lighting.hits} == {"street-lighting"}
    with pytest.raises(ConfigError):
        retriever.search("x", 5, doc_languages=["de"])


def test_lexical_evidence_only_counts_in_the_query_language(retriever):
    # "minimización" is a Spanish word: BM25 may only score Spanish passages.
    result = retriever.search("minimización", 10, language="es")
    lexical = [h for h in result.hits if h.lexical_rank is not None]
    assert lexical and all(h.chunk.language == "es" for h in lexical)
    english = retriever.search("minimización", 10, language="en")
    assert all(h.lexical_rank is None for h in english.hits)


def test_language_bonus_prefers_the_learners_language(fake_settings, corpus):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    # Whole passages only, so that the bonus is the one difference between the rankings.
    plain_ranking = {"lexical_weight": 0.0, "sentence_weight": 0.0}
    no_bonus = fake_settings.model_copy(update={"language_bonus": 0.0, **plain_ranking})
    bonus = fake_settings.model_copy(update={"language_bonus": 3.0, **plain_ranking})
    query = "data minimisation minimización"
    plain = Retriever(no_bonus, embedder).search(query, 10, language="es")
    preferred = Retriever(bonus, embedder).search(query, 10, language="es")
    # Without the bonus an English passage is the closest; with it, a Spanish one wins.
    assert plain.hits[0].chunk.language == "en"
    winner = preferred.hits[0]
    assert winner.chunk.language == "es"
    ranked = [(h.chunk.doc_id, h.chunk.section_id) for h in plain.hits]
    before = ranked.index((winner.chunk.doc_id, winner.chunk.section_id))
    assert before > 0  # the same passage, lower without the bonus
    assert winner.score == pytest.approx(plain.hits[before].score + 3.0)
    assert [h.relevance for h in plain.hits] == sorted(
        [h.relevance for h in plain.hits], reverse=True
    )


def test_uncovered_question_is_flagged(retriever):
    result = retriever.search("chocolate cake recipe with strawberries", 3)
    assert not result.covered
    assert result.top_relevance < result.threshold


def test_empty_question_is_rejected(retriever):
    with pytest.raises(ConfigError, match="Empty question"):
        retriever.search("   ")


def test_lexical_index_is_loaded_from_disk_not_rebuilt(fake_settings, corpus, monkeypatch):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    from assistant.rag import lexical

    def forbidden(*args, **kwargs):
        raise AssertionError("the lexical index was rebuilt")

    monkeypatch.setattr(lexical.LexicalIndex, "build", forbidden)
    retriever = Retriever(fake_settings, embedder)
    for _ in range(3):
        retriever.search("retention schedule", 3)
    assert retriever.stores.lexical.generation == retriever.stores.catalog.generation


def test_retriever_sees_a_later_ingest(fake_settings, corpus):
    embedder = FakeEmbedder()
    ingest(fake_settings, embedder, corpus)
    retriever = Retriever(fake_settings, embedder)
    (corpus / "en" / "parks.md").write_text(
        "# Parks\n\nPlayground inspections happen monthly.\n", "utf-8"
    )
    ingest(fake_settings, embedder, corpus)
    assert retriever.search("playground inspections", 1).hits[0].chunk.doc_id == "course:en/parks"


def test_answer_quotes_passages_and_cites_them(assistant):
    answer = assistant.ask("What does data minimisation mean?")
    assert answer.covered and answer.language == "en"
    assert answer.citations
    assert answer.citations[0].document == "course:en/data-minimisation"
    assert answer.model == "extractive"
    passages = " ".join(
        h.chunk.text for h in assistant.retriever.search("data minimisation", 10).hits
    )
    body = answer.text.split("\n\n", 1)[1]
    for marker in range(1, 10):
        body = body.replace(f" [{marker}]", "|")
    for sentence in filter(None, (s.strip() for s in body.split("|"))):
        assert sentence in passages  # never invented text
    for citation in answer.citations:
        assert f"[{citation.marker}]" in answer.text


def test_answer_in_the_learners_language(assistant):
    answer = assistant.ask("¿Qué es la minimización de datos personales?")
    assert answer.language == "es"
    assert answer.text.startswith("Esto es lo que dice el curso")
    assert {c.language for c in answer.citations} == {"es"}


def test_forced_language_and_other_language_note(assistant):
    answer = assistant.ask("How are streetlight complaints routed?", language="fr")
    assert answer.language == "fr"
    assert answer.text.startswith("Voici ce que dit le cours")
    assert answer.citations and answer.citations[0].language == "en"
    assert any("autre langue" in note for note in answer.notes)


def test_not_covered_answer_names_closest_modules(assistant):
    answer = assistant.ask("chocolate cake recipe with strawberries")
    assert not answer.covered and not answer.citations
    assert answer.text.startswith("The course does not cover this question")
    assert "- Data minimisation in public services" in answer.text


@pytest.mark.parametrize(("question", "expected"), [("", "Please type"), ("x" * 2001, "too long")])
def test_bad_questions_get_a_friendly_answer(assistant, question, expected):
    answer = assistant.ask(question)
    assert expected in answer.text and not answer.covered


def test_arabic_question_gets_arabic_answer(assistant):
    answer = assistant.ask("ما معنى تقليل البيانات الشخصية؟")
    assert answer.language == "ar"
    assert answer.text.startswith("إليك ما يقوله المقرر")


def test_split_sentences_removes_markup():
    text = (
        "- **Term**: a definition that is long enough.\n1. Another item that is long enough here."
    )
    assert split_sentences(text) == [
        "Term: a definition that is long enough.",
        "Another item that is long enough here.",
    ]


def test_build_assistant_indexes_corpus_on_first_run_only(fake_settings):
    assistant, report = build_assistant(fake_settings, embedder=FakeEmbedder())
    assert report is not None and len(report.added) == 6
    again, second = build_assistant(fake_settings, embedder=FakeEmbedder())
    assert second is None
    assert (
        again.retriever.chunk_count == Stores(fake_settings, FakeEmbedder()).catalog.chunk_count()
    )
