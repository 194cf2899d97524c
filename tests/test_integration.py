"""End to end with the real default embedder on the small sample corpus."""

import pytest

from assistant.config import load_settings
from assistant.rag.build import build_assistant

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def real_assistant(tmp_path_factory, e5_embedder):
    from tests.conftest import SAMPLE_CORPUS

    data = tmp_path_factory.mktemp("data")
    settings = load_settings(data_dir=data, corpus_dir=SAMPLE_CORPUS, embedder="e5-small-q4")
    assistant, report = build_assistant(settings, embedder=e5_embedder)
    assert report is not None and not report.errors
    return assistant


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
