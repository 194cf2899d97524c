"""The Presidio side of the detector: an offline NLP engine and the recognizers of each language.

Imported only when the detector is first used (:mod:`.engine` builds it):
Presidio and spaCy take seconds to import and load.

* :class:`OfflineSpacyNlpEngine` names only installed pipelines and never
  downloads one (Presidio's stock engine fetches ``en_core_web_lg`` when a
  model is missing). A language without an installed pipeline gets a blank
  spaCy tokenizer. Presidio's pass only tokenizes (the "lemmas" its context
  enhancer compares are lower-cased tokens, so context words are listed in
  their inflected forms); tok2vec and NER, most of the cost, run afterwards
  on the sentences that hold a capitalised word no list explains
  (:meth:`OfflineSpacyNlpEngine.persons`).
* Presidio's own recognizers find e-mail addresses, IBANs, cards, IP
  addresses and phone numbers (validated by ``phonenumbers`` for the regions
  of each language); the project's rules, address grammars, gazetteer names
  and filtered spaCy persons are :class:`ProjectRecognizer` instances.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

# tldextract (Presidio's e-mail recognizer) fetches the public-suffix list on first
# use unless told otherwise; an empty URL list makes it use its bundled snapshot.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import spacy  # noqa: E402
import tldextract  # noqa: E402
from presidio_analyzer import (  # noqa: E402
    AnalysisExplanation,
    EntityRecognizer,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import (  # noqa: E402
    NerModelConfiguration,
    NlpArtifacts,
    SpacyNlpEngine,
)
from presidio_analyzer.predefined_recognizers import (  # noqa: E402
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    PhoneRecognizer,
)
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

# Whatever the environment said when tldextract was first imported, use the snapshot.
tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

#: Presidio entity name -> the project's kind.
TO_KIND = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP",
    "PERSON": "NAME",
    "ADDRESS": "ADDRESS",
    "NATIONAL_ID": "NATIONAL_ID",
}
FROM_KIND = {kind: entity for entity, kind in TO_KIND.items()}
#: How much a rule's rank is worth as a Presidio score.
SCORE_OF_RANK = {10: 1.0, 9: 1.0, 8: 0.95, 7: 0.9, 6: 0.85, 5: 0.8, 4: 0.75, 3: 0.7, 2: 0.6, 1: 0.5}
#: Phone regions Presidio's phonenumbers-based recognizer validates, per language: the
#: countries that speak it (national formats of a region not listed are missed: "98 412 637"
#: in Tunisia, "9234 5871" in Oman). The engine drops what looks like a case number.
PHONE_REGIONS = {
    "en": tuple(
        """GB US IE CA AU NZ IN PK BD LK NG GH KE UG TZ ZA ZM BW JM TT BB GY SG MY PH HK FJ
        MT""".split()
    ),
    "fr": tuple(
        """FR BE MA CH LU MC CA SN CI CM ML BF NE TD GA CG CD RW BI DJ KM MG MU BJ TG GN HT LB
        TN DZ RE GP MQ GF NC PF YT""".split()
    ),
    "es": tuple("ES MX AR CO PE CL VE EC GT HN SV NI CR PA DO PR BO PY UY CU GQ US".split()),
    "pt": tuple("PT BR AO MZ CV GW ST TL MO".split()),
    "ar": tuple("MA EG SA AE JO LB SY IQ KW BH QA OM YE PS TN DZ LY SD MR SO DJ".split()),
}
_NER_LABELS_TO_IGNORE = (
    "NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE DATE TIME PERCENT MONEY "
    "QUANTITY ORDINAL CARDINAL MISC"
).split()

#: Sentences whose spaCy persons are remembered (by SHA-256, never the text): answers
#: quote the same course sentences again and again, and NER is most of a scan's cost.
NER_CACHE_SIZE = 8192

#: (start, end, rank, kind) finder over normalised text and Presidio's NLP artifacts.
#: A finder gives (start, end, rank, kind) spans, or (start, end, rank, kind, score) when
#: it has its own probability (the learned tagger's); otherwise the rank sets the score.
Finder = Callable[[str, NlpArtifacts], Sequence[tuple[Any, ...]]]


class OfflineSpacyNlpEngine(SpacyNlpEngine):
    """spaCy pipelines named explicitly; a blank tokenizer where none is installed."""

    def __init__(self, models: dict[str, str | None]) -> None:
        self._seen: OrderedDict[bytes, tuple[tuple[int, int], ...]] = OrderedDict()
        self._seen_lock = threading.Lock()
        super().__init__(
            models=[
                {"lang_code": code, "model_name": name or f"blank:{code}"}
                for code, name in models.items()
            ],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON"},
                labels_to_ignore=_NER_LABELS_TO_IGNORE,
            ),
        )

    def load(self) -> None:
        """Load each pipeline (never download); keep only what NER needs."""
        self.pipelines: dict[str, Language] = {}
        for model in self.models:
            code, name = model["lang_code"], model["model_name"]
            if name.startswith("blank:"):
                self.pipelines[code] = spacy.blank(code)
            else:
                self.pipelines[code] = spacy.load(name, enable=["tok2vec", "ner"])
        self.nlp = self.pipelines  # type: ignore[assignment]  # Presidio's own attribute

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Tokenize only: NER runs later, on the sentences that need it (:meth:`persons`)."""
        if not self.nlp:
            raise ValueError("NLP engine is not loaded. Consider calling .load()")
        return self._doc_to_nlp_artifact(self.pipelines[language].make_doc(text), language)

    def has_ner(self, language: str) -> bool:
        """Whether ``language`` has an NER pipeline (not a blank tokenizer)."""
        return bool(self.nlp) and "ner" in self.pipelines[language].pipe_names

    def persons(
        self, text: str, language: str, windows: Sequence[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Person spans spaCy finds in the ``windows`` of ``text`` (offsets in ``text``)."""
        if not windows or not self.has_ner(language):
            return []
        keys = [_key(language, text[start:end]) for start, end in windows]
        with self._seen_lock:
            known = {k: self._seen[k] for k in keys if k in self._seen}
            for key in known:
                self._seen.move_to_end(key)
        todo = {
            k: text[start:end]
            for k, (start, end) in zip(keys, windows, strict=True)
            if k not in known
        }
        for key, doc in zip(todo, self.pipelines[language].pipe(todo.values()), strict=True):
            known[key] = tuple(
                (ent.start_char, ent.end_char)
                for ent in doc.ents
                if ent.label_ in ("PERSON", "PER")
            )
        with self._seen_lock:
            for key in todo:
                self._seen[key] = known[key]
            while len(self._seen) > NER_CACHE_SIZE:
                self._seen.popitem(last=False)
        return [
            (start + a, start + b)
            for (start, _end), key in zip(windows, keys, strict=True)
            for a, b in known[key]
        ]

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        entities = self._get_entities(doc)
        entities, scores = self._get_updated_entities(entities, self._get_scores_for_entities(doc))
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[token.lower_ for token in doc],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


def _key(language: str, sentence: str) -> bytes:
    return hashlib.sha256(f"{language}\0{sentence}".encode("utf-8", "surrogatepass")).digest()


class ProjectRecognizer(EntityRecognizer):
    """One of the project's finders (rules, addresses, names) as a Presidio recognizer."""

    def __init__(self, name: str, language: str, kinds: Sequence[str], finder: Finder) -> None:
        self._finder, self._label = finder, name
        super().__init__(
            supported_entities=[FROM_KIND[k] for k in kinds],
            name=name,
            supported_language=language,
        )

    def load(self) -> None:
        """Nothing to load: the lists load lazily on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts
    ) -> list[RecognizerResult]:
        """Run the finder and wrap each span as a scored result that remembers its rank."""
        results = []
        for start, end, rank, kind, *own in self._finder(text, nlp_artifacts):
            entity = FROM_KIND[kind]
            if entities and entity not in entities:
                continue
            score = float(own[0]) if own else SCORE_OF_RANK[rank]
            explanation = AnalysisExplanation(
                recognizer=self._label,
                original_score=score,
                textual_explanation=f"{self._label}: {kind} (rank {rank})",
            )
            results.append(
                RecognizerResult(
                    entity,
                    start,
                    end,
                    score,
                    explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self._label,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        "rank": rank,
                    },
                )
            )
        return results


class RegionalPhoneRecognizer(PhoneRecognizer):
    """Presidio's phone recognizer, run on the text's digit runs instead of the whole text.

    Presidio scans the whole text once per region with ``phonenumbers``' matcher; with the
    dozens of regions a language is spoken in, that scan was most of the detector's time.
    Here one regular expression finds the runs of digits (with the separators a phone
    number uses) and the matcher reads only those, region by region (an international
    number once), skipping runs of fewer than 7 or more than 15 digits: the same numbers,
    validated the same way.
    """

    _RUN = re.compile(r"(?<![\w+])\+?\(?\d[\d \t().\-\u00a0]{5,}\d(?!\w)")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Phone numbers of the supported regions among the text's digit runs."""
        import phonenumbers

        results: list[RecognizerResult] = []
        for run in self._RUN.finditer(text):
            digits = sum(ch.isdigit() for ch in run.group())
            if not 7 <= digits <= 15:
                continue  # too short for a phone; longer than E.164: an IBAN, a card, an id
            # an international number reads the same from any region
            regions = (
                self.supported_regions[:1] if run.group()[0] == "+" else self.supported_regions
            )
            for region in regions:
                for match in phonenumbers.PhoneNumberMatcher(
                    run.group(), region, leniency=self.leniency if self.leniency is not None else 1
                ):
                    start, end = run.start() + match.start, run.start() + match.end
                    if text[start] == "(" and ")" not in text[start:end]:
                        start += 1  # "(0612345678)": the bracket is not the number's
                    results.append(
                        RecognizerResult(
                            entity_type=self.supported_entities[0],
                            start=start,
                            end=end,
                            score=self.SCORE,
                            analysis_explanation=self._get_analysis_explanation(region),
                            recognition_metadata={
                                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            },
                        )
                    )
        return EntityRecognizer.remove_duplicates(results)


def presidio_recognizers(language: str) -> list[EntityRecognizer]:
    """Presidio's own recognizers for the kinds it covers, set up for ``language``."""
    return [
        EmailRecognizer(supported_language=language),
        IbanRecognizer(supported_language=language),
        CreditCardRecognizer(supported_language=language),
        IpRecognizer(supported_language=language),
        RegionalPhoneRecognizer(
            supported_language=language,
            supported_regions=PHONE_REGIONS[language],
            context=[
                "phone",
                "telephone",
                "tel",
                "mobile",
                "cell",
                "call",
                "téléphone",
                "portable",
                "teléfono",
                "móvil",
                "telefone",
                "telemóvel",
                "celular",
                "هاتف",
                "جوال",
            ],
        ),
    ]
