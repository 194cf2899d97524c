import json
from pathlib import Path

import pytest

from assistant.errors import UnsupportedLanguageError
from assistant.privacy import KINDS, PiiSpan, find_personal_data, redact
from evals import privacy as privacy_eval

GOLDEN = Path(__file__).resolve().parents[1] / "evals" / "golden" / "pii"


def found(text, language=None):
    return [(s.kind, s.text) for s in find_personal_data(text, language)]


# --------------------------------------------------------------------- per kind
@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Write to ana.lima+city@example.org today", "pt", ("EMAIL", "ana.lima+city@example.org")),
        ("Blocked from 81.2.69.160 again", "en", ("IP", "81.2.69.160")),
        ("IBAN GB29 NWBK 6016 1331 9268 19 please", "en", ("IBAN", "GB29 NWBK 6016 1331 9268 19")),
        (
            "compte FR76 3000 6000 0112 3456 7890 189 MERCI",
            "fr",
            ("IBAN", "FR76 3000 6000 0112 3456 7890 189"),
        ),
        ("card 4111-1111-1111-1111 charged", "en", ("CARD", "4111-1111-1111-1111")),
        ("téléphone 06 12 34 56 78", "fr", ("PHONE", "06 12 34 56 78")),
        ("móvil 612345678", "es", ("PHONE", "612345678")),
        ("telemóvel +351 912 345 678", "pt", ("PHONE", "+351 912 345 678")),
        ("celular (11) 98765-4321", "pt", ("PHONE", "(11) 98765-4321")),
        ("call 020 7946 0958", "en", ("PHONE", "020 7946 0958")),
        ("call (555) 123-4567", "en", ("PHONE", "(555) 123-4567")),
        ("هاتف 010 1234 5678", "ar", ("PHONE", "010 1234 5678")),
        ("جوال 055 987 6543", "ar", ("PHONE", "055 987 6543")),
        ("NIR 2 83 01 69 123 456 25", "fr", ("NATIONAL_ID", "2 83 01 69 123 456 25")),
        ("DNI 12345678Z", "es", ("NATIONAL_ID", "12345678Z")),
        ("NIE Z2468135X", "es", ("NATIONAL_ID", "Z2468135X")),
        ("o NIF 123456789", "pt", ("NATIONAL_ID", "123456789")),
        ("CPF 390.533.447-05", "pt", ("NATIONAL_ID", "390.533.447-05")),
        ("CPF 39053344705", "pt", ("NATIONAL_ID", "39053344705")),
        ("NI number QQ 12 34 56 A? no: AB123456C", "en", ("NATIONAL_ID", "AB123456C")),
        ("SSN 078-05-1120", "en", ("NATIONAL_ID", "078-05-1120")),
        ("الرقم القومي 28507152101238", "ar", ("NATIONAL_ID", "28507152101238")),
        ("784-1990-7654321-8 هوية", "ar", ("NATIONAL_ID", "784-1990-7654321-8")),
        ("CIN BK 345678 perdue", "fr", ("NATIONAL_ID", "BK 345678")),
        ("رقم البطاقة الوطنية AB123456", "ar", ("NATIONAL_ID", "AB123456")),
    ],
)
def test_each_kind_is_found(text, language, expected):
    assert expected in found(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("IBAN GB28 NWBK 6016 1331 9268 19", "en"),  # mod-97 fails
        ("card 4111 1111 1111 1112", "en"),  # Luhn fails
        ("NIR 1 85 05 78 006 084 92", "fr"),  # wrong key
        ("código 12345678A", "es"),  # wrong letter
        ("código 123456780", "pt"),  # wrong NIF check digit
        ("código 529.982.247-26", "pt"),  # wrong CPF check digits
        ("In 2024 we paid 1 250 000 euros, up 12 % since 2019.", "fr"),
        ("Le 14/07/2015 à 10:30, 3,50 € de l'heure.", "fr"),
        ("Costó 912.345.678 € en total", "es"),
        ("Ticket #0612345678 closed", "fr"),
        ("demande n° 06 12 34 56 78", "fr"),
        ("Número de pedido 912345678, gracias", "es"),
        ("Protocolo 912345678", "pt"),
        ("رقم الطلب ٩١٢٣٤٥٦٧٨", "ar"),
        ("Pothole on Baker Street again", "en"),
        ("Nid-de-poule rue des Lilas", "fr"),
        ("Bache en la calle Mayor", "es"),
        ("Buraco na Rua das Flores", "pt"),
        ("حفرة في شارع الحرية", "ar"),
        ("I am British and Mr President should act.", "en"),
        ("The Department for Work and Pensions lost my form.", "en"),
    ],
)
def test_negatives_find_nothing(text, language):
    assert find_personal_data(text, language) == []


def test_an_explicit_id_cue_keeps_a_mistyped_id():
    # A cue says the writer meant an identifier: masking a typo beats leaking it.
    assert found("DNI 12345678A", "es") == [("NATIONAL_ID", "12345678A")]


def test_phone_cue_next_to_the_number_wins_over_a_reference_cue():
    assert found("Ticket 4521, tel 06 12 34 56 78", "fr") == [("PHONE", "06 12 34 56 78")]
    assert found("demande 33, téléphone : 01 42 68 53 00", "fr") == [("PHONE", "01 42 68 53 00")]


# -------------------------------------------------------------- names, addresses
@pytest.mark.parametrize(
    "text, language, name",
    [
        ("My name is Sarah Collins and", "en", "Sarah Collins"),
        ("Je m'appelle Claire Dubois.", "fr", "Claire Dubois"),
        ("Mi nombre es José de la Fuente.", "es", "José de la Fuente"),
        ("Meu nome é Ana Paula Souza, moro", "pt", "Ana Paula Souza"),
        ("Chamo-me Tiago Mendes e", "pt", "Tiago Mendes"),
        ("Mme Nadia Benali signale", "fr", "Nadia Benali"),
        ("La Sra. Carmen Ortega denuncia", "es", "Carmen Ortega"),
        ("Kind regards,\nEmily Harrison", "en", "Emily Harrison"),
        ("Atenciosamente,\n  Rui Tavares", "pt", "Rui Tavares"),
        ("اسمي فاطمة الزهراء بنعلي ولم", "ar", "فاطمة الزهراء بنعلي"),
        ("الأستاذ محمود عبد الرحمن من", "ar", "محمود عبد الرحمن"),
        ("مع التحية،\nيوسف العلمي", "ar", "يوسف العلمي"),
        ("Ask Maria Santos about it", "pt", "Maria Santos"),
        # "SURNAME, Given", as forms and lists write a person
        ("Nom : LEBLANC-DURAND, Hélène\nAdresse :", "fr", "LEBLANC-DURAND, Hélène"),
        ("Apellidos y nombre: GARCÍA LÓPEZ, María José", "es", "GARCÍA LÓPEZ, María José"),
        ("Inscritos: SOUSA, Pedro; NUNES, Carla", "pt", "NUNES, Carla"),
    ],
)
def test_names(text, language, name):
    assert ("NAME", name) in found(text, language)


def test_a_word_in_capitals_before_a_name_is_no_surname():
    assert found("URGENT, Maria called about the bins", "en") == [("NAME", "Maria")]
    assert ("NAME", "Ana") in found("AVISO, Ana vem amanhã ao balcão", "pt")


def test_street_names_are_not_person_names():
    assert found("شارع محمد الخامس مغلق", "ar") == []
    assert found("The lights on Maria Street are out", "en") == []


@pytest.mark.parametrize(
    "text, language, address",
    [
        ("I live at 12 Baker Street now", "en", "12 Baker Street"),
        ("au 15 rue des Lilas, 75012 Paris et", "fr", "15 rue des Lilas, 75012 Paris"),
        ("en la calle Mayor 7 y", "es", "calle Mayor 7"),
        ("na Avenida da Liberdade, 120 começa", "pt", "Avenida da Liberdade, 120"),
        ("na Rua das Flores 45 e", "pt", "Rua das Flores 45"),
        ("في شارع الحرية رقم 12 منذ", "ar", "شارع الحرية رقم 12"),
        ("أسكن في 12 شارع النصر والماء", "ar", "12 شارع النصر"),
    ],
)
def test_addresses(text, language, address):
    assert ("ADDRESS", address) in found(text, language)


# ------------------------------------------------------------------- awkward text
def test_arabic_indic_and_persian_digits_and_rtl_marks():
    text = "جوال: ٠٥٠ ١٢٣ ٤٥٦٧ أو \u200f۰۶۶۱۲۳۴۵۶۷"
    spans = find_personal_data(text, "ar")
    assert [(s.kind, s.text) for s in spans] == [("PHONE", "٠٥٠ ١٢٣ ٤٥٦٧"), ("PHONE", "۰۶۶۱۲۳۴۵۶۷")]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_empty_emoji_and_accents():
    assert find_personal_data("") == []
    assert redact("") == ""
    assert find_personal_data("😡🛝 ça déborde, ñandú, ação!") == []
    text = "😡 écrivez à élodie@exemple.fr 🙏"
    assert redact(text, "fr") == "😡 écrivez à [EMAIL] 🙏"


def test_language_none_applies_every_region_and_bad_codes_raise():
    assert ("NATIONAL_ID", "12345678Z") in found("DNI 12345678Z")
    assert found("DNI 12345678Z", "pt-BR") == [("NATIONAL_ID", "12345678Z")]  # generic cue rule
    with pytest.raises(UnsupportedLanguageError, match="Use one of"):
        find_personal_data("x", "de")


def test_redact_replaces_each_span_with_its_kind():
    text = "My name is Sarah Collins, mail s.collins@example.com or call +44 20 7946 0958."
    assert redact(text, "en") == "My name is [NAME], mail [EMAIL] or call [PHONE]."


def test_spans_are_sorted_non_overlapping_and_match_text():
    for path in sorted(GOLDEN.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            text = json.loads(line)["text"]
            for language in (None, path.stem):
                spans = find_personal_data(text, language)
                assert all(isinstance(s, PiiSpan) and s.kind in KINDS for s in spans)
                assert all(text[s.start : s.end] == s.text for s in spans)
                assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


# ---------------------------------------------------------------------- golden set
def test_golden_files_are_valid():
    ids = set()
    for language in ("en", "fr", "es", "pt", "ar"):
        rows = [
            json.loads(line)
            for line in (GOLDEN / f"{language}.jsonl").read_text("utf-8").splitlines()
        ]
        assert len(rows) >= 40
        assert sum(1 for r in rows if not r["spans"]) >= 10  # hard negatives
        for row in rows:
            assert row["language"] == language and row["id"] not in ids
            ids.add(row["id"])
            for span in row["spans"]:
                assert 0 <= span["start"] < span["end"] <= len(row["text"])
                assert span["kind"] in KINDS
                assert (
                    row["text"][span["start"] : span["end"]].strip()
                    == row["text"][span["start"] : span["end"]]
                )
    assert len(privacy_eval.load_golden(GOLDEN)) == len(ids)


def test_shipped_golden_set_floor():
    # Measured 1.00 / 1.00 on the shipped set (written with the rules, so optimistic);
    # the floor catches regressions, not a claim of quality on unseen text.
    scores = privacy_eval.score(privacy_eval.load_golden(GOLDEN)).overall.scores()
    assert scores["exact_precision"] >= 0.95
    assert scores["exact_recall"] >= 0.95


# ------------------------------------------------------------------------ eval CLI
def write_golden(folder, rows):
    folder.mkdir()
    (folder / "xx.jsonl").write_text("\n".join(rows) + "\n", "utf-8")
    return folder


def test_cli_scores_a_tiny_set_computed_by_hand(tmp_path, capsys):
    text1 = "mail a@b.com, Mr Li Wei came"  # EMAIL found; NAME gold is "Li", predicted "Li Wei"
    text2 = "rue des Lilas"  # gold says ADDRESS (wrongly), detector finds nothing
    rows = [
        json.dumps(
            {
                "id": "1",
                "language": "en",
                "text": text1,
                "spans": [
                    {"start": 5, "end": 12, "kind": "EMAIL"},
                    {"start": 17, "end": 19, "kind": "NAME"},
                ],
            }
        ),
        json.dumps(
            {
                "id": "2",
                "language": "fr",
                "text": text2,
                "spans": [{"start": 0, "end": 13, "kind": "ADDRESS"}],
            }
        ),
    ]
    folder = write_golden(tmp_path / "g", rows)
    assert privacy_eval.main(["--golden", str(folder), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    overall = report["overall"]
    # predicted 2 (EMAIL exact, NAME overlapping), gold 3
    assert (overall["predicted"], overall["gold"]) == (2, 3)
    assert overall["exact_precision"] == pytest.approx(1 / 2)
    assert overall["exact_recall"] == pytest.approx(1 / 3)
    assert overall["exact_f1"] == pytest.approx(0.4)
    assert overall["lenient_precision"] == pytest.approx(1.0)
    assert overall["lenient_recall"] == pytest.approx(2 / 3)
    assert report["by_kind"]["ADDRESS"]["lenient_recall"] == 0.0
    assert report["by_language"]["fr"]["exact_precision"] == 1.0  # nothing predicted
    assert privacy_eval.main(["--golden", str(folder)]) == 0
    table = capsys.readouterr().out
    assert "| overall | 3 | 2 | 0.500 | 0.333 | 0.400 | 1.000 | 0.667 | 0.800 |" in table


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "1", "language": "en", "text": "x"}', "line 2: missing field 'spans'"),
        (
            '{"id": "1", "language": "en", "text": "x", "spans": [{"start": 0, "end": 9, "kind": "EMAIL"}]}',
            "line 2: field 'spans[0]' offsets 0..9",
        ),
        (
            '{"id": "1", "language": "en", "text": "x", "spans": [{"start": 0, "end": 1, "kind": "SECRET"}]}',
            "line 2: field 'spans[0]' needs a 'kind'",
        ),
        ('{"id": "1", "language": "de", "text": "x", "spans": []}', "line 2: field 'language'"),
        ("not json", "line 2: not valid JSON"),
    ],
)
def test_cli_malformed_line_exits_2_naming_file_line_and_field(tmp_path, capsys, line, message):
    good = json.dumps({"id": "0", "language": "en", "text": "ok", "spans": []})
    folder = write_golden(tmp_path / "g", [good, line])
    assert privacy_eval.main(["--golden", str(folder)]) == 2
    error = capsys.readouterr().err
    assert "xx.jsonl" in error and message in error


def test_cli_duplicate_ids_and_missing_folder(tmp_path, capsys):
    row = json.dumps({"id": "a", "language": "en", "text": "ok", "spans": []})
    assert privacy_eval.main(["--golden", str(write_golden(tmp_path / "g", [row, row]))]) == 2
    assert "line 2: field 'id' 'a' repeats" in capsys.readouterr().err
    assert privacy_eval.main(["--golden", str(tmp_path / "missing")]) == 2
    assert "no *.jsonl golden files" in capsys.readouterr().err


# ------------------------------------------------- titles, cues and form labels
@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Hablé con el Sr. Chen Wei y con la Dra. Okafor.", "es", "Okafor"),  # surname alone
        ("Contacte o Sr. Oliveira ou a Dra. Ikeda.", "pt", "Ikeda"),
        ("El señor Huamaní Ccori pidió una cita.", "es", "Huamaní Ccori"),  # lower-case title
        ("Demandez à Yannick, il connaît le dossier.", "fr", "Yannick"),  # verb + preposition
        ("Ayer hablé con Esperanza sobre la beca.", "es", "Esperanza"),
        ("Encaminhei para a Kátia e para o Anderson.", "pt", "Anderson"),  # article before a name
        ("Los papeles los firmó su marido Ángel.", "es", "Ángel"),  # also a word: kin cue
        ("mon fils kylian a perdu sa carte de cantine", "fr", "kylian"),  # lower case after kin
        ("Est-ce que « Dupont » tout seul compte ?", "fr", "Dupont"),  # French quotes
        ("Applicant: Nomvula Dlamini\nDate: 04/05/2024", "en", "Nomvula Dlamini"),
        ("Titular: JIMÉNEZ RUIZ, Andrés", "es", "JIMÉNEZ RUIZ, Andrés"),
        ("Requerente: Antônio Carlos da Silva", "pt", "Antônio Carlos da Silva"),
    ],
)
def test_names_after_titles_cues_and_labels(text, language, name):
    assert ("NAME", name) in found(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Mayor visited Victoria Station and the Royal Hospital yesterday.", "en"),
        ("Contact: the front desk, open 9 to 5", "en"),  # a role label with no name after it
        ("Please read Unit 4, Level 2 of the course before Friday.", "en"),  # course units
        ("The meeting is in Room 5, Block C of the town hall.", "en"),
        ("See article 12, section 4 of the 2018 Act, case 2023-0045.", "en"),
        ("Washington voted to expand the bus lanes in Jackson last year.", "en"),
        ("La réunion aura lieu à Saint-Étienne le 14 juillet.", "fr"),
        ("Conformément à l'article 1240 du Code civil, la commune est responsable.", "fr"),
        ("Parlez-en à votre conseiller avant le 3 mars.", "fr"),
        ("Hablé con el ayuntamiento y no me contestaron.", "es"),
        ("El artículo 14, apartado 2, de la Ley 39/2015 lo dice.", "es"),
        ("Fale com a prefeitura sobre o IPTU de 2024.", "pt"),
        ("Foi aprovada a Lei de Proteção de Dados Pessoais.", "pt"),
        ("O processo nº 0012345-67.2023.8.26.0100 está parado há meses.", "pt"),
        ("A Praça da Sé estava cheia ontem.", "pt"),
        ("Meet me at Gate 5, Terminal 2 of the airport.", "en"),
        ("Chapter 3, Unit 4 and Lesson 2 are due Monday.", "en"),
        ("Le lot 12 du marché public a été attribué.", "fr"),
        ("La casa 2 de la serie fue premiada.", "es"),
        ("O conjunto 5 de exercícios está no site.", "pt"),
    ],
)
def test_look_alikes_of_names_and_addresses_stay_unmasked(text, language):
    assert found(text, language) == []


def test_a_title_in_lower_case_is_not_a_name():
    assert ("NAME", "don") not in found("Mi vecino don Ramiro tira la basura.", "es")


# ------------------------------------------------------------- address chains
@pytest.mark.parametrize(
    "text, language, address",
    [
        (  # units written before the number, and a Canadian region and postcode after the town
            "The tenant at Apt 7, 19 Queen Street, Toronto, ON M5H 2M9 is new.",
            "en",
            "Apt 7, 19 Queen Street, Toronto, ON M5H 2M9",
        ),
        (
            "Send it to Room 5, Block C, 12 University Crescent.",
            "en",
            "Room 5, Block C, 12 University Crescent",
        ),
        ("noise from 3/14 Beach Rd, Bondi NSW 2026.", "en", "3/14 Beach Rd, Bondi NSW 2026"),
        ("at 12 Rowan Drive, Dublin 15, D15 X2Y3.", "en", "12 Rowan Drive, Dublin 15, D15 X2Y3"),
        (
            "Regards\nDmitri Ivanov\n14 Cedar Court\nLeeds LS8 2PQ",
            "en",
            "14 Cedar Court\nLeeds LS8 2PQ",
        ),
        (
            "Mon adresse : Rue Royale 45, boîte 3, 1000 Bruxelles",
            "fr",
            "Rue Royale 45, boîte 3, 1000 Bruxelles",
        ),
        (
            "Je vis au 1250, boulevard René-Lévesque Ouest, app. 12, Montréal (Québec) H3B 4W8.",
            "fr",
            "1250, boulevard René-Lévesque Ouest, app. 12, Montréal (Québec) H3B 4W8",
        ),
        ("Écrivez-moi à Case postale 240, 1211 Genève 2.", "fr", "Case postale 240, 1211 Genève 2"),
        (  # a street without a number before its unit
            "Le bureau se trouve avenue Mohammed V, immeuble 12, appartement 4, Rabat.",
            "fr",
            "avenue Mohammed V, immeuble 12, appartement 4, Rabat",
        ),
        (
            "Escríbame al Apartado Postal 15-230, 06000 Ciudad de México.",
            "es",
            "Apartado Postal 15-230, 06000 Ciudad de México",
        ),
        ("Mi casa está en Calle Real s/n, 29001 Málaga.", "es", "Calle Real s/n, 29001 Málaga"),
        (
            "Mi dirección es Calle 72 No. 10-34, Barranquilla.",
            "es",
            "Calle 72 No. 10-34, Barranquilla",
        ),
        (
            "Mi domicilio es Av. Corrientes 1234, piso 5, depto. B, C1043AAZ CABA.",
            "es",
            "Av. Corrientes 1234, piso 5, depto. B, C1043AAZ CABA",
        ),
        (
            "Rua Coronel Genuíno, 421 / 502 - Centro Histórico, Porto Alegre - RS",
            "pt",
            "Rua Coronel Genuíno, 421 / 502 - Centro Histórico, Porto Alegre - RS",
        ),
        (
            "Caixa Postal 123, Campinas - SP, 13010-970",
            "pt",
            "Caixa Postal 123, Campinas - SP, 13010-970",
        ),
        (
            "I'm in flat 2/1, 15 Hill Street, Glasgow G3 6RN.",
            "en",
            "flat 2/1, 15 Hill Street, Glasgow G3 6RN",
        ),
        (
            "We moved to Unit 5/22 Smith St, Fitzroy VIC 3065.",
            "en",
            "Unit 5/22 Smith St, Fitzroy VIC 3065",
        ),
        (  # a town before a bare postcode, and the street before it
            "Send it to Church Lane, Little Snoring NR21 0AB.",
            "en",
            "Church Lane, Little Snoring NR21 0AB",
        ),
        (
            "Rua Dr. José Bonifácio, 45, Centro, Niterói - RJ",
            "pt",
            "Rua Dr. José Bonifácio, 45, Centro, Niterói - RJ",
        ),
        (
            "Condomínio Solar, Bloco B, Apto 302, Goiânia",
            "pt",
            "Condomínio Solar, Bloco B, Apto 302, Goiânia",
        ),
        ("Villa 24, Cité Keur Gorgui, Dakar", "fr", "Villa 24, Cité Keur Gorgui, Dakar"),
        (
            "Lieu-dit La Grange, 24200 Sarlat-la-Canéda",
            "fr",
            "Lieu-dit La Grange, 24200 Sarlat-la-Canéda",
        ),
    ],
)
def test_address_chains(text, language, address):
    assert ("ADDRESS", address) in found(text, language)


def test_a_postcode_after_its_label_is_not_a_phone_number():
    text = "Endereço: Av. Sete de Setembro, 1200, ap. 801, Salvador/BA, CEP 40060-001"
    assert found(text, "pt") == [("ADDRESS", text[len("Endereço: ") :])]


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Mi abuelo Juan de Dios Quispe no puede caminar.", "es", "Juan de Dios Quispe"),
        ("Le dossier de Tran Van Nam est incomplet.", "fr", "Tran Van Nam"),
    ],
)
def test_a_common_word_between_name_words_stays_in_the_name(text, language, name):
    assert ("NAME", name) in found(text, language)


# ------------------------------------- the fifth version: forms, capitals, scripts, thanks
@pytest.mark.parametrize(
    "text, language, kind, value",
    [
        ("Street: 9 Mill Lane\nTown: Kettering\nPostcode: NN16 0AA", "en", "ADDRESS", "Kettering"),
        ("Ville : Trois-Rivières (Québec)", "fr", "ADDRESS", "Trois-Rivières (Québec)"),
        ("Localidad: Villanueva de la Serena", "es", "ADDRESS", "Villanueva de la Serena"),
        ("Cidade: Juiz de Fora", "pt", "ADDRESS", "Juiz de Fora"),
        ("المدينة: إربد", "ar", "ADDRESS", "إربد"),
        ("Postnom : KABONGO\nPrénom : Grâce", "fr", "NAME", "KABONGO"),
        ("Segundo apellido: Mamani", "es", "NAME", "Mamani"),
        ("Surname, given names: OKONKWO, Chidi Emeka", "en", "NAME", "OKONKWO, Chidi Emeka"),
        # an address field's unlabelled next line that holds the postcode
        ("Adresse : 14 rue Sainte-Catherine, bte 2\n4000 Liège\nTél. : 04 555 12 34", "fr",
         "ADDRESS", "14 rue Sainte-Catherine, bte 2\n4000 Liège"),
        ("Adresse : Bât. B, appt 12\n8 rue des Tanneurs\n67000 Strasbourg\nTél. : 03 88 55 10 20",
         "fr", "ADDRESS", "Bât. B, appt 12\n8 rue des Tanneurs\n67000 Strasbourg"),
        # capitals after a title or a verb of calling
        ("MERCI DE RAPPELER MME KONATÉ AVANT MIDI", "fr", "NAME", "KONATÉ"),
        ("POR FAVOR LLAMEN A ROSARIO GUTIÉRREZ HOY", "es", "NAME", "ROSARIO GUTIÉRREZ"),
        # Chinese or Korean script inside a message in one of our languages
        ("Her son signed the lease as 陈志明 last week.", "en", "NAME", "陈志明"),
        ("La señora firmó como 이서연 en el contrato.", "es", "NAME", "이서연"),
        # thanks and asking, with a preposition before the name; a colleague by role
        ("Gracias a Maite por el informe.", "es", "NAME", "Maite"),
        ("Merci à Yannick pour son aide.", "fr", "NAME", "Yannick"),
        ("At the farm gate, ask for Siobhan.", "en", "NAME", "Siobhan"),
        ("Mi jefa Lorena quiere publicar los datos.", "es", "NAME", "Lorena"),
    ],
)
def test_fifth_version_forms_capitals_scripts_and_thanks(text, language, kind, value):
    assert (kind, value) in found(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Estado: pendiente de revisión", "es"),  # a status, not a state
        ("State: draft", "en"),
        ("Address: 12 High Street\nThanks for your help", "en"),  # no number: not the address
        ("Gracias por Navidad y por todo.", "es"),
        ("Thanks for Monday's session.", "en"),
        ("BONJOUR LA MAIRIE, MERCI POUR VOTRE AIDE", "fr"),
    ],
)
def test_fifth_version_look_alikes_stay_unmasked(text, language):
    masked = found(text, language)
    assert all(kind != "NAME" for kind, _ in masked), masked
    assert ("ADDRESS", "12 High Street\nThanks for your help") not in masked
    if not text.startswith("Address"):
        assert masked == []


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Oi Vitória, a reunião continua de pé.", "pt", "Vitória"),  # a greeting, then a pause
        ("Dear Hope,\nthank you for the form.", "en", "Hope"),
        ("Hola Paz! Te escribo por la beca.", "es", "Paz"),
        ("Bonjour Rose, merci pour votre message.", "fr", "Rose"),
    ],
)
def test_a_word_name_after_a_greeting_and_a_pause(text, language, name):
    assert ("NAME", name) in found(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Hi Will you help me with the form?", "en"),  # no pause: "Will" is the verb
        ("Hello World is the first program we write.", "en"),
        ("Olá Mundo, este é um teste.", "pt"),
    ],
)
def test_a_greeting_before_a_word_without_a_pause_is_no_name(text, language):
    assert found(text, language) == []


# ------------------------------------- the sixth version: rural and numbered address parts
@pytest.mark.parametrize(
    "text, language, address",
    [
        ("Estou na Fazenda Santa Luzia, zona rural, Crateús - CE, 63700-000, sem luz.", "pt",
         "Fazenda Santa Luzia, zona rural, Crateús - CE, 63700-000"),
        ("Moro no Bairro do Alto, Rua 9, Lote 3, 2.º Dto., 2800-120 Almada.", "pt",
         "Bairro do Alto, Rua 9, Lote 3, 2.º Dto., 2800-120 Almada"),
        ("Visc al carrer de Balmes, 112, 4t 2a, 08008 Barcelona.", "es",
         "carrer de Balmes, 112, 4t 2a, 08008 Barcelona"),
        ("Entregar en caserío Goikoetxea, 20140 Andoain", "es",
         "caserío Goikoetxea, 20140 Andoain"),
        ("Urbanización El Pinar, bloque 2, portal 4, 1º B, 28220 Majadahonda", "es",
         "Urbanización El Pinar, bloque 2, portal 4, 1º B, 28220 Majadahonda"),
    ],
)
def test_sixth_version_rural_and_numbered_address_parts(text, language, address):
    assert ("ADDRESS", address) in found(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Tickets cost 25, 30 or 45 euros.", "en"),
        ("See items 4, 5 and 12 of the 2018 Act.", "en"),
        ("Os módulos 3, 4 e 7 são obrigatórios.", "pt"),
        ("La zona rural necesita más autobuses.", "es"),
    ],
)
def test_sixth_version_number_lists_are_no_addresses(text, language):
    assert found(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "kind", "value"),
    [
        ("Vivo en calle 50 núm. 301 x 61 y 63, cerca del mercado.", "es", "ADDRESS",
         "calle 50 núm. 301 x 61 y 63"),
        ("La casa está en Carrera 7 Sur # 12B-40 desde enero.", "es", "ADDRESS",
         "Carrera 7 Sur # 12B-40"),
        ("Moro no Quarteirão 4, Casa 17 desde 2019.", "pt", "ADDRESS", "Quarteirão 4, Casa 17"),
        ("Rappelez-moi au 438 555-0190 avant midi.", "fr", "PHONE", "438 555-0190"),
    ],
)
def test_numbered_streets_quarteiroes_and_quebec_phones(text, language, kind, value):
    assert (kind, value) in found(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mon numéro allocataire est le 5527193, merci de vérifier.", "fr"),
        ("O meu número de utente é 815 330 274 e ainda espero.", "pt"),
        ("La matrícula del contador 0077215-3 no coincide.", "es"),
        ("Número de reclamo 00457712/26 sin respuesta.", "es"),
    ],
)
def test_numbers_labelled_as_accounts_or_claims_are_no_phones(text, language):
    assert [kind for kind, _ in found(text, language) if kind == "PHONE"] == []


def test_an_international_prefix_keeps_a_phone_after_a_file_word():
    text = "يرجى تعديل الرقم في ملفي إلى +962 79 555 0142 في أقرب وقت."
    assert ("PHONE", "+962 79 555 0142") in found(text, "ar")


@pytest.mark.parametrize(
    ("text", "language", "kind", "value"),
    [
        # fields of a one-line form separated by "|"
        ("Apellidos: Quiroga Méndez | Nombre: Tomasa | Domicilio: Av. Colón 1180, Córdoba",
         "es", "NAME", "Quiroga Méndez"),
        ("Apellidos: Quiroga Méndez | Nombre: Tomasa | Domicilio: Av. Colón 1180, Córdoba",
         "es", "ADDRESS", "Av. Colón 1180, Córdoba"),
        ("Apellido y nombre: Sosa, Baltasar | Curso: 2º B", "es", "NAME", "Sosa, Baltasar"),
        ("Employé : Lefort, Aurélien | Bureau : 2.14 | Poste : 5120", "fr", "NAME",
         "Lefort, Aurélien"),
        ("Encarregado de educação: Pimentel, Rui\nAluno: Duarte Pimentel", "pt", "NAME",
         "Pimentel, Rui"),
        # a role label opening a sentence, the name ending with a full stop
        ("Please update the account. Tenant: Oisín Gallagher. Thanks.", "en", "NAME",
         "Oisín Gallagher"),
        # particles of Dutch, Catalan, Irish and Welsh names
        ("Le dossier est au nom de Pieter Van den Bossche, merci.", "fr", "NAME",
         "Pieter Van den Bossche"),
        ("Soy Jordi Puig i Ferrer y vivo en Girona.", "es", "NAME", "Jordi Puig i Ferrer"),
        ("Landlord: Siobhán Ó Briain", "en", "NAME", "Siobhán Ó Briain"),
        # "I, X, ..." as statements open
        ("«Yo, Eusebio Carranza, declaro que el perro no es mío.»", "es", "NAME",
         "Eusebio Carranza"),
        # the number before the street, as a sentence says it
        ("Hay una farola rota frente al número 41 de la calle Trafalgar.", "es", "ADDRESS",
         "número 41 de la calle Trafalgar"),
        ("A senhora mora no n.º 7 da Travessa do Carmo há anos.", "pt", "ADDRESS",
         "n.º 7 da Travessa do Carmo"),
    ],
)
def test_tenth_version_form_cells_role_sentences_particles_and_numbers_first(
    text, language, kind, value
):
    assert (kind, value) in found(text, language)


def test_an_address_that_ran_into_a_phone_keeps_its_own_part():
    text = "Contact : Gaëlle Morvan, 9 impasse des Tilleuls, 29000 Quimper, 06 12 48 77 30."
    spans = found(text, "fr")
    assert ("ADDRESS", "9 impasse des Tilleuls, 29000 Quimper") in spans
    assert ("PHONE", "06 12 48 77 30") in spans


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El número 3 de la lista de espera ya fue atendido.", "es"),
        ("Status: open | Agent: the front desk | Child: none", "en"),
        ("هاتف المنزل 022 345 678 لا يعمل.", "ar"),
    ],
)
def test_tenth_version_look_alikes(text, language):
    assert [kind for kind, _ in found(text, language) if kind in ("NAME", "ADDRESS")] == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("hola vivo en calle san bernardo 33 4º b y nadie contesta", "es",
         "calle san bernardo 33 4º b"),
        ("moro na travessa joão cândido 14 faz dois anos", "pt", "travessa joão cândido 14"),
        ("j'habite au 12 rue victor hugo 59000 lille depuis mai", "fr",
         "12 rue victor hugo 59000 lille"),
    ],
)
def test_eleventh_version_lower_case_addresses(text, language, value):
    assert ("ADDRESS", value) in found(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("la calle mayor tiene 3 baches enormes", "es"),
        ("en la avenida hay 2 semáforos rotos", "es"),
        ("a rua tem 4 buracos desde janeiro", "pt"),
        ("la rue est bloquée depuis 3 jours", "fr"),
        ("la calle termina el 15 de mayo", "es"),
    ],
)
def test_eleventh_version_sentences_about_streets_are_no_addresses(text, language):
    assert found(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a form's placeholder numbers, in any script
        ("CPF: 000.000.000-00 | Telefone: (00) 00000-0000", "pt"),
        ("الهاتف: ٠٠٠٠٠٠٠٠٠٠", "ar"),
        # field labels are no names
        ("Expiry: 09/27\nAmount: 45.00", "en"),
        ("Devis n° : D-2025-0318", "fr"),
        # places and bodies named after people, with qualifiers in between
        ("Is the Grace Hopper Community Centre open on Monday?", "en"),
        ("Mi hija estudia en el colegio público Rosalía Castro desde septiembre.", "es"),
        ("Sou professora na Escola Básica Padre Manuel Nóbrega.", "pt"),
    ],
)
def test_eleventh_version_placeholders_labels_and_named_places(text, language):
    assert [kind for kind, _ in found(text, language) if kind != "ADDRESS"] == []


def test_a_transcript_speaker_before_a_colon_stays_a_name():
    assert ("NAME", "Maria") in found("Maria: can you check my form?\nTom: sure", "en")


def test_a_title_before_a_name_stays_outside_it():
    assert ("NAME", "Musa") in found("my landlord Alhaji Musa has raised the rent again", "en")
