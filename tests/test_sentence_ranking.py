"""Candidates are ranked by their whole passage and by their best sentence (#14)."""

from assistant.rag.embeddings import FakeEmbedder
from assistant.rag.ingest import ingest
from assistant.rag.retrieve import Retriever

LONG = """# Harbour district notes

The ferry timetable changes twice a year and is posted at the quay.
Fishing boats unload before dawn, and the market opens at seven.
Parking near the pier is limited to two hours on weekdays.
The old customs house now holds a small museum of maps.
Volunteers repaint the lighthouse every spring with white lime.
Street food stalls close at midnight in the summer months.
"""

DECOYS = {
    "spring-fair": "# Spring fair\n\nThe spring fair comes every year to the square.\n",
    "harbour-walks": "# Harbour walks\n\nGuided walks leave the harbour gate every Sunday.\n",
    "painting-class": "# Painting class\n\nThe community centre runs a painting class for adults.\n",
}

QUESTION = "Who repaints the lighthouse with white lime every spring?"


class CountingEmbedder(FakeEmbedder):
    def __init__(self):
        super().__init__(64)
        self.id = "fake-hash-64"
        self.documents = 0

    def embed_documents(self, texts):
        self.documents += len(texts)
        return super().embed_documents(texts)


def _corpus(root):
    folder = root / "en"
    folder.mkdir(parents=True)
    (folder / "harbour.md").write_text(LONG, "utf-8")
    for name, text in DECOYS.items():
        (folder / f"{name}.md").write_text(text, "utf-8")
    return root


def _ranking(settings, embedder, weight):
    tuned = settings.model_copy(update={"sentence_weight": weight, "lexical_weight": 0.0})
    hits = Retriever(tuned, embedder).search(QUESTION, 4, language="en").hits
    return [h.chunk.doc_id for h in hits]


def test_the_passage_holding_the_answer_sentence_moves_up(fake_settings, tmp_path):
    embedder = CountingEmbedder()
    ingest(fake_settings, embedder, _corpus(tmp_path / "harbour"))
    whole = _ranking(fake_settings, embedder, 0.0)
    with_sentences = _ranking(fake_settings, embedder, 1.0)
    # The long passage is diluted by its other sentences; its best sentence is the answer.
    assert whole.index("local:en/harbour") > 0
    assert with_sentences[0] == "local:en/harbour"
    assert sorted(whole) == sorted(with_sentences)  # the same candidates, re-ranked


def test_a_question_embeds_no_sentence(fake_settings, tmp_path):
    embedder = CountingEmbedder()
    ingest(fake_settings, embedder, _corpus(tmp_path / "harbour"))
    retriever = Retriever(fake_settings, embedder)
    before = embedder.documents
    retriever.search(QUESTION, 4, language="en")
    assert embedder.documents == before  # the ingest cached them; questions only read


def test_without_the_cache_passages_keep_their_whole_ranking(fake_settings, tmp_path):
    settings = fake_settings.model_copy(update={"embed_cache_entries": 0})
    embedder = CountingEmbedder()
    ingest(settings, embedder, _corpus(tmp_path / "harbour"))
    before = embedder.documents
    assert _ranking(settings, embedder, 1.0) == _ranking(settings, embedder, 0.0)
    assert embedder.documents == before  # nothing embedded at question time either


def test_a_later_ingest_caches_the_sentences_of_unchanged_documents(fake_settings, tmp_path):
    corpus = _corpus(tmp_path / "harbour")
    older = fake_settings.model_copy(update={"sentence_weight": 0.0})  # as a version before
    embedder = CountingEmbedder()
    ingest(older, embedder, corpus)
    before = embedder.documents
    report = ingest(fake_settings, embedder, corpus)
    assert sorted(report.unchanged) == sorted(f"local:en/{n}" for n in ["harbour", *DECOYS])
    assert report.texts_computed == embedder.documents - before > 0  # only their sentences
    assert _ranking(fake_settings, embedder, 1.0)[0] == "local:en/harbour"
    again = ingest(fake_settings, embedder, corpus)
    assert again.texts_computed == 0
