"""The learned name and address tagger (issue #15): features, decoding, training, its place in the engine."""

from pathlib import Path

import pytest

from assistant.privacy import engine, tagger
from assistant.privacy.tagger import Token, bio, features, tokens
from scripts import train_pii_tagger

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fresh_engine():
    """Forget recent texts before and after, and put the shipped tagger back afterwards."""
    engine.remember_recent(0)
    yield
    tagger.use(tagger.Tagger())
    engine.remember_recent(engine.RECENT_TEXTS)


class ScriptedTagger:
    """Stands in for the CRF: gives the spans it was told to, whatever the text, and
    calls every other word "no name or address" with probability ``outside``."""

    def __init__(self, spans, outside=0.5):
        self._spans, self._outside = spans, outside

    def spans(self, text, language):
        return [
            (text.index(value), text.index(value) + len(value), kind, probability)
            for value, kind, probability in self._spans
            if value in text
        ]

    def analyse(self, text, language):
        toks = tokens(text)
        return tagger.Tagged(toks, self.spans(text, language), [self._outside] * len(toks))


def kinds(text, language):
    return [(f.kind, text[f.start : f.end]) for f in engine.find(text, language)]


# ------------------------------------------------------------------ tokens and labels
def test_tokens_keep_offsets_of_words_numbers_and_marks():
    text = "Rua 14 de Abril, nº 22 — d'Almeida"
    toks = tokens(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.text for t in toks] == ["Rua", "14", "de", "Abril", ",", "nº", "22", "—", "d'Almeida"]


def test_bio_labels_mark_the_first_word_of_a_span_b_and_the_rest_i():
    text = "Ask Ama Owusu at 3 Oak Lane."
    toks = tokens(text)
    labels = bio(toks, [(4, 13, "NAME"), (17, 27, "ADDRESS")])
    assert list(zip([t.text for t in toks], labels, strict=True)) == [
        ("Ask", "O"),
        ("Ama", "B-NAME"),
        ("Owusu", "I-NAME"),
        ("at", "O"),
        ("3", "B-ADDRESS"),
        ("Oak", "I-ADDRESS"),
        ("Lane", "I-ADDRESS"),
        (".", "O"),
    ]


def test_decoding_joins_runs_and_opens_a_span_on_a_stray_inside_label():
    toks = [Token(0, 3, "Ama"), Token(4, 9, "Owusu"), Token(10, 12, "at"), Token(13, 14, "3")]
    spans = list(
        tagger._decode(toks, ["B-NAME", "I-NAME", "O", "I-ADDRESS"], [0.9, 0.7, 0.99, 0.4])
    )
    assert spans == [(0, 9, "NAME", pytest.approx(0.8)), (13, 14, "ADDRESS", 0.4)]


def test_features_carry_the_gazetteer_the_common_words_and_the_layout():
    text = "Nom : Fatou Diallo\nla mairie"
    toks = tokens(text)
    feats = features(text, toks, "fr")
    fatou = feats[2]
    assert "after-label" in fatou and "lang=fr" in fatou
    assert any(f.startswith("fn=") and f != "fn=0" for f in fatou)  # a listed first name
    assert "line-start" in feats[4]  # "la" opens the second line
    assert "common" in feats[4]


# ------------------------------------------------------------------ the model file
def test_a_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="train_pii_tagger"):
        tagger.Tagger(tmp_path / "none.crfsuite")


def test_training_writes_a_model_that_tags(tmp_path):
    model = tmp_path / "small.crfsuite"
    count = train_pii_tagger.train(["pii"], model)
    assert count == 215 and model.stat().st_size > 10_000
    spans = tagger.Tagger(model).spans("Please call Maria Silva about the form.", "en")
    assert ("NAME", "Maria Silva") in [
        (k, "Please call Maria Silva about the form."[s:e]) for s, e, k, _ in spans
    ]


def test_the_training_script_never_reads_the_measuring_sets():
    assert not {"pii_fresh9", "pii_fresh10"} & set(train_pii_tagger.TRAINING_SETS)
    for name in train_pii_tagger.TRAINING_SETS:
        assert (ROOT / "evals" / "golden" / name).is_dir(), name


def test_hold_out_refuses_a_set_it_does_not_train_on(capsys):
    with pytest.raises(SystemExit):
        train_pii_tagger.main(["--hold-out", "pii_fresh10"])
    assert "--hold-out must be one of" in capsys.readouterr().err


# ------------------------------------------------------------------ in the engine
def test_the_shipped_tagger_finds_an_address_no_grammar_knows(fresh_engine):
    text = "A minha vizinha Nhlanhla Dube mora na Rua 14 de Abril n 22, Bairro Central, Maputo."
    address = ("ADDRESS", "Rua 14 de Abril n 22, Bairro Central, Maputo")
    tagger.use(None)
    assert address not in kinds(text, "pt")
    tagger.use(tagger.Tagger())
    assert address in kinds(text, "pt")
    assert ("NAME", "Nhlanhla Dube") in kinds(text, "pt")


def test_a_rule_span_wins_an_overlap_and_keeps_its_score(fresh_engine):
    text = "Our address is 1600 Pennsylvania Ave NW, Washington, DC 20500"
    tagger.use(ScriptedTagger([("1600 Pennsylvania Ave NW", "ADDRESS", 0.99)]))
    [found] = engine.find(text, "en")
    assert text[found.start : found.end] == "1600 Pennsylvania Ave NW, Washington, DC 20500"
    assert found.recognizer == "project-addresses-en"


def test_a_tagged_span_below_the_threshold_is_dropped(fresh_engine):
    text = "The parcel for Teuila Faleolo never came."
    tagger.use(ScriptedTagger([("Teuila Faleolo", "NAME", 0.59)]), threshold=0.6)
    assert kinds(text, "en") == []
    engine.remember_recent(0)
    tagger.use(ScriptedTagger([("Teuila Faleolo", "NAME", 0.61)]), threshold=0.6)
    [found] = engine.find(text, "en")
    assert text[found.start : found.end] == "Teuila Faleolo"
    assert found.rank == engine.TAGGER_RANK and found.score < 0.6  # below every rule's score


@pytest.mark.parametrize(
    ("text", "language", "value", "kind"),
    [
        ("Buraco na Rua das Flores", "pt", "Rua das Flores", "ADDRESS"),  # a street alone
        ("Please read Unit 4, Level 2 of the course.", "en", "Unit 4, Level 2", "ADDRESS"),
        ("Meet me at Gate 5, Terminal 2 of the airport.", "en", "Gate 5, Terminal 2", "ADDRESS"),
        ("Sou professora na Escola Básica Padre Manuel Nóbrega.", "pt", "Manuel Nóbrega", "NAME"),
        ("The Nelson Mandela Drive bridge is closed.", "en", "Nelson Mandela", "NAME"),
        ("عيد سعيد للجميع.", "ar", "عيد سعيد", "NAME"),
        ("أنا أم لطفلين، وأحتاج إلى مساعدة", "ar", "أم لطفلين", "NAME"),
        ("I'm Deaf and need captions.", "en", "Deaf", "NAME"),
    ],
)
def test_tagged_look_alikes_are_held_to_the_rules_conventions(
    fresh_engine, text, language, value, kind
):
    tagger.use(ScriptedTagger([(value, kind, 0.99)]))
    assert kinds(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "value", "kind"),
    [
        ("Ville : Lomé", "fr", "Lomé", "ADDRESS"),  # a form's field
        (
            "derrière le marché, quartier des pêcheurs",
            "fr",
            "derrière le marché, quartier des pêcheurs",
            "ADDRESS",
        ),
        ("Please ask Teuila Faleolo.", "en", "Teuila Faleolo", "NAME"),
        ("تواصلوا مع تشيديندو أوكافور بخصوص الطلب", "ar", "تشيديندو أوكافور", "NAME"),
    ],
)
def test_tagged_spans_that_fit_the_conventions_are_kept(fresh_engine, text, language, value, kind):
    tagger.use(ScriptedTagger([(value, kind, 0.99)]))
    assert (kind, value) in kinds(text, language)


def test_a_tagged_address_next_to_a_grammar_address_is_one_address(fresh_engine):
    text = "El señor Wiremu Tane no recibió la carta en su casa de Ruta 5 km 12, Luque."
    tagger.use(ScriptedTagger([("casa de Ruta 5", "ADDRESS", 0.9)]))
    assert ("ADDRESS", "casa de Ruta 5 km 12, Luque") in kinds(text, "es")


def test_the_shipped_model_knows_the_features_the_code_makes_today():
    # A renamed or new feature without retraining would be silently ignored by CRFsuite.
    import pycrfsuite

    model = pycrfsuite.Tagger()
    model.open(str(tagger.MODEL))

    def kinds_of(names):  # "-1:w=lilas" -> "-1:w": the kind of feature, not its value
        return {name.split("=")[0] for name in names}

    known = kinds_of(attribute for attribute, _label in model.info().state_features)
    text = "Nom : Fatou Diallo, 12 rue des Lilas, 75011 Paris. Merci !\nTel 06 12 34 56 78"
    made = kinds_of(f for token in features(text, tokens(text), "fr") for f in token)
    assert made <= known, sorted(made - known)


# ------------------------------------------------------------------ the veto on rule names
def test_a_rule_name_the_tagger_is_sure_is_none_is_dropped(fresh_engine):
    text = "Please call Amina Diallo about the form."
    tagger.use(ScriptedTagger([], outside=0.5))
    assert ("NAME", "Amina Diallo") in kinds(text, "en")
    engine.remember_recent(0)
    tagger.use(ScriptedTagger([], outside=0.99))
    assert kinds(text, "en") == []


def test_the_veto_spares_other_scripts_and_a_transcript_speaker(fresh_engine):
    tagger.use(ScriptedTagger([], outside=0.99))
    # the tagger says "no name" everywhere, yet the Chinese-script name stays
    assert ("NAME", "李梅") in kinds("Please call 李梅 (Li Mei) about the form.", "en")
    assert ("NAME", "Maria") in kinds("Maria: can you check my form?\nTom: sure", "en")


def test_the_shipped_tagger_vetoes_a_writer_on_a_reading_list(fresh_engine):
    text = "Read Pablo Neruda before the next session."
    tagger.use(None)
    assert ("NAME", "Pablo Neruda") in kinds(text, "en")  # the gazetteer's two names
    tagger.use(tagger.Tagger())
    engine.remember_recent(0)
    assert kinds(text, "en") == []
    assert ("NAME", "Amina Diallo") in kinds("Please call Amina Diallo about the form.", "en")


# ------------------------------------------------------------------ a sure address takes in its pieces
def test_a_sure_tagged_address_takes_in_the_rule_pieces_it_holds(fresh_engine):
    text = "الماء مقطوع عن عمارة 3 مدخل ب حي الوفاق عين النعجة الجزائر منذ أسبوع"
    whole = "عمارة 3 مدخل ب حي الوفاق عين النعجة الجزائر"
    tagger.use(ScriptedTagger([]))
    pieces = kinds(text, "ar")
    assert ("ADDRESS", whole) not in pieces and pieces  # the grammar finds a piece only
    engine.remember_recent(0)
    tagger.use(ScriptedTagger([(whole, "ADDRESS", 0.95)]))
    assert kinds(text, "ar") == [("ADDRESS", whole)]


def test_an_unsure_tagged_address_or_one_holding_a_phone_takes_in_nothing(fresh_engine):
    text = "الماء مقطوع عن عمارة 3 مدخل ب حي الوفاق عين النعجة الجزائر منذ أسبوع"
    whole = "عمارة 3 مدخل ب حي الوفاق عين النعجة الجزائر"
    tagger.use(ScriptedTagger([(whole, "ADDRESS", 0.7)]))
    assert ("ADDRESS", whole) not in kinds(text, "ar")
    engine.remember_recent(0)
    text = "Write to 12 Rowan Drive, Dublin 15, 087 214 6630 please"
    tagger.use(ScriptedTagger([("12 Rowan Drive, Dublin 15, 087 214 6630", "ADDRESS", 0.99)]))
    assert ("PHONE", "087 214 6630") in kinds(text, "en")


def test_a_sure_tagged_name_takes_in_the_first_name_the_finder_stopped_at(fresh_engine):
    text = "زوجتي نيروشا فرناندو من سريلانكا وتحتاج إلى موعد"
    tagger.use(ScriptedTagger([]))
    assert ("NAME", "نيروشا فرناندو") not in kinds(text, "ar")
    engine.remember_recent(0)
    tagger.use(ScriptedTagger([("نيروشا فرناندو", "NAME", 0.95)]))
    assert kinds(text, "ar") == [("NAME", "نيروشا فرناندو")]


def test_a_lower_case_word_no_list_knows_is_no_tagged_name(fresh_engine):
    text = "Mon fils est asthmatique et la fumée l'empêche de dormir."
    tagger.use(ScriptedTagger([("asthmatique", "NAME", 0.9)]))
    assert kinds(text, "fr") == []
    engine.remember_recent(0)
    text = "mon fils kylian est malade"
    tagger.use(ScriptedTagger([("kylian", "NAME", 0.9)]))
    assert ("NAME", "kylian") in kinds(text, "fr")
