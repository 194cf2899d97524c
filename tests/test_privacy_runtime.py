"""What the detector costs a running app: no PyTorch loaded for it, spaCy once per sentence.

The import tests use a fresh interpreter each: what is imported is the point, so the
test suite's own imports must not be in the way.
"""

from __future__ import annotations

import json
import subprocess
import sys

from assistant.privacy import engine
from assistant.privacy import recognizers as presidio_side

SCRIPT = """
import json, sys
from assistant.config import apply_offline_environment
apply_offline_environment()
from assistant.privacy import redact

masked = redact("My name is Maria Lopez, call me on 06 12 34 56 78.", language="en")
report = {"masked": masked, "torch_after_detector": "torch" in sys.modules,
          "spacy_loaded": "spacy" in sys.modules}
import thinc.compat
report["thinc_uses_torch"] = bool(thinc.compat.has_torch)
import torch  # an embedder that needs it (sentence-transformers) still gets it
from transformers.utils import is_torch_available
report["torch_later"] = bool(torch.tensor([1.0]).sum() == 1.0) and is_torch_available()
print(json.dumps(report))
"""

WITH_TORCH_FIRST = """
import json, sys
import torch
from assistant.config import apply_offline_environment
apply_offline_environment()
from assistant.privacy import redact
masked = redact("My name is Maria Lopez.", language="en")
import thinc.compat
print(json.dumps({"masked": masked, "thinc_uses_torch": bool(thinc.compat.has_torch)}))
"""


def run(script: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_detector_loads_without_pytorch_and_pytorch_still_loads_after():
    report = run(SCRIPT)
    assert report["masked"] == "My name is [NAME], call me on [PHONE]."
    assert report["spacy_loaded"] and not report["torch_after_detector"]
    assert not report["thinc_uses_torch"]
    assert report["torch_later"]


def test_a_process_that_already_has_pytorch_keeps_it_for_spacy():
    report = run(WITH_TORCH_FIRST)
    assert report["masked"] == "My name is [NAME]."
    assert report["thinc_uses_torch"]


def test_spacy_reads_a_sentence_once_and_the_cache_keeps_no_text(monkeypatch):
    nlp = engine.detector().nlp_engine
    pipeline = nlp.pipelines["en"]
    read: list[str] = []
    real_pipe = pipeline.pipe

    def counting_pipe(texts, *args, **kwargs):
        texts = list(texts)
        read.extend(texts)
        return real_pipe(texts, *args, **kwargs)

    monkeypatch.setattr(pipeline, "pipe", counting_pipe)
    sentence = "Yesterday Barack Obama met Angela Merkel in Berlin to talk about permits."
    first = nlp.persons(sentence, "en", [(0, len(sentence))])
    assert [sentence[a:b] for a, b in first] == ["Barack Obama", "Angela Merkel"]
    assert read == [sentence]
    # The same sentence inside another message: the same persons, at its offsets, and
    # spaCy is not asked again; a new sentence is.
    message = f"Note. {sentence} Nothing else."
    start = message.index(sentence)
    windows = [(0, 5), (start, start + len(sentence))]
    again = nlp.persons(message, "en", windows)
    assert again == [(start + a, start + b) for a, b in first]
    assert read == [sentence, "Note."]
    # Only hashes are kept, never the sentences.
    assert all(isinstance(k, bytes) and len(k) == 32 for k in nlp._seen)
    assert not any("Obama" in str(v) for v in nlp._seen.values())


def test_the_same_text_is_analysed_once_and_only_a_keyed_hash_is_kept(monkeypatch):
    from assistant.privacy import find_personal_data, redact

    monkeypatch.setattr(engine, "_recent", engine._Recent(8))
    analysed: list[str | None] = []
    real = engine._analyse
    monkeypatch.setattr(engine, "_analyse", lambda t, lang: analysed.append(lang) or real(t, lang))
    text = "Please write to Jane Whitaker at jane.whitaker@example.org about ward 7."
    first = redact(text, "en")
    assert "[EMAIL]" in first and "Whitaker" not in first
    assert redact(text, "en") == first and analysed == ["en"]
    spans = find_personal_data(text, "en")
    assert "jane.whitaker@example.org" in [s.text for s in spans] and analysed == ["en"]
    # Another language's rules, or another text, are analysed on their own.
    redact(text, "fr")
    redact(text + " ", "en")
    assert analysed == ["en", "fr", "en"]
    # Nothing of the texts stays: keyed hashes and offsets, kinds, scores.
    kept = engine._recent._spans
    assert len(kept) == 3 and all(isinstance(k, bytes) and len(k) == 20 for k in kept)
    assert not any(word in repr(kept) for word in ("Whitaker", "jane", "example.org"))
    # The key is random per process: the same text gives another digest elsewhere.
    assert engine._Recent(8).digest(text, "en") != engine._recent.digest(text, "en")


def test_the_memory_of_recent_texts_is_bounded_and_can_be_switched_off(monkeypatch):
    monkeypatch.setattr(engine, "_recent", engine._Recent(2))
    analysed: list[str] = []
    real = engine._analyse
    monkeypatch.setattr(engine, "_analyse", lambda t, lang: analysed.append(t) or real(t, lang))
    texts = [f"Ward {n}: call Ama Mensah on +233 24 123 4567." for n in range(3)]
    for text in texts + texts[:1]:  # the first was pushed out by the third
        engine.find(text, "en")
    assert len(engine._recent._spans) == 2 and analysed == texts + texts[:1]
    engine.remember_recent(0)
    engine.find(texts[2], "en")
    engine.find(texts[2], "en")
    assert analysed[-2:] == [texts[2], texts[2]] and not engine._recent._spans


def test_the_sentence_cache_is_bounded(monkeypatch):
    nlp = engine.detector().nlp_engine
    monkeypatch.setattr(presidio_side, "NER_CACHE_SIZE", 3)
    for n in range(6):
        sentence = f"Councillor Ama Mensah visited ward {n} on Tuesday."
        nlp.persons(sentence, "en", [(0, len(sentence))])
    assert len(nlp._seen) == 3


def test_masking_new_words_does_not_grow_spacys_memory():
    """spaCy keeps every new token for good unless it is processed in a memory zone."""
    import random
    import string
    from concurrent.futures import ThreadPoolExecutor

    from assistant.privacy import redact

    sample = "Write to Maria Lopez at maria.lopez@example.org or call +33 6 12 34 56 78."
    masked = redact(sample, "en")
    pipelines = engine.detector().nlp_engine.pipelines
    before = {code: len(nlp.vocab.strings) for code, nlp in pipelines.items()}
    rng = random.Random(11)
    texts = [
        "Notes: " + " ".join("".join(rng.choices(string.ascii_lowercase, k=9)) for _ in range(12))
        for _ in range(60)
    ]
    # Several threads at once, as the app's answer slots mask: same results, nothing kept.
    with ThreadPoolExecutor(4) as pool:
        out = list(
            pool.map(
                lambda t: (redact(t, rng.choice(["en", "fr", "es"])), redact(sample, "en")), texts
            )
        )
    assert all(plain.startswith("Notes: ") and again == masked for plain, again in out)
    assert {code: len(nlp.vocab.strings) for code, nlp in pipelines.items()} == before
    assert "[EMAIL]" in masked and "[PHONE]" in masked and "Maria Lopez" not in masked
