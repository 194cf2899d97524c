"""End to end with the real default embedder (e5+use) on the small sample corpus."""

import pytest

from assistant.config import load_settings
from assistant.rag.build import build_assistant

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def real_assistant(tmp_path_factory, default_embedder):
    from tests.conftest import SAMPLE_CORPUS

    data = tmp_path_factory.mktemp("data")
    settings = load_settings(data_dir=data, corpus_dir=SAMPLE_CORPUS)
    assistant, report = build_assistant(settings, embedder=default_embedder)
    assert report is not None and not report.errors
    return assistant


def test_the_default_ranks_with_both_models_covers_with_e5_cosines_and_screens_with_both(real_assistant):
    from assistant.rag.embeddings import E5SmallQ4, UseM3

    retriever = real_assistant.retriever
    assert [type(p) for p in retriever.embedder.parts] == [E5SmallQ4, UseM3]
    assert retriever.reference.id == E5SmallQ4.id
    # the coverage model of e5+use itself: e5's cosines, a domain score on the whole vector
    model = retriever.coverage_model
    assert model is not None and model.embedder == retriever.embedder.id
    assert model.domain.weights.shape == (5, retriever.embedder.dim)
    on = retriever.search("What does data minimisation mean?", 3)
    off = retriever.search("Give me a recipe for chocolate cake", 3)
    assert on.coverage is not None and off.coverage is not None
    assert on.coverage > off.coverage
    screen = real_assistant.screen
    assert screen is not None and screen.classifier is not None
    # e5+use has a screen classifier of its own, on the whole vector retrieval computes
    assert screen.classifier.embedder == retriever.embedder.id
    assert screen.classifier.weights.shape[1] == retriever.embedder.dim
    vector = retriever.embedder.embed_query("I want to end my life tonight")
    assert screen.classifier.verdict(vector).category == "distress"


@pytest.mark.parametrize(
    ("question", "language", "document"),
    [
        ("What does data minimisation mean?", "en", "course:en/data-minimisation"),
        ("¿Qué significa minimizar los datos personales?", "es", "course:es/minimizacion"),
        ("ما معنى تقليل البيانات الشخصية؟", "ar", "course:ar/minimisation"),
        ("Que signifie la minimisation des données ?", "fr", "course:fr/minimisation"),
    ],
)
def test_answers_in_the_learners_language_with_citations(
    real_assistant, question, language, document
):
    answer = real_assistant.ask(question)
    assert answer.language == language
    assert answer.covered
    assert answer.citations[0].document == document


def test_cross_lingual_question_finds_english_passage(real_assistant):
    result = real_assistant.retriever.search(
        "¿Quién revisa las predicciones con poca confianza?", 3, doc_languages=["en"]
    )
    assert result.hits[0].chunk.doc_id == "course:en/street-lighting"
    assert result.hits[0].chunk.section_id == "human-review"


@pytest.mark.parametrize(
    "question",
    [
        "What is the best recipe for chocolate cake?",
        "Qui a gagné la coupe du monde de football 2022 ?",
    ],
)
def test_off_course_questions_are_declined(real_assistant, question):
    answer = real_assistant.ask(question)
    assert not answer.covered and not answer.citations
