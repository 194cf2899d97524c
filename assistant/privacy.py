"""Find and mask personal data in learner text, in English, French, Spanish, Portuguese and Arabic.

This module owns one job: given a message, return the spans that look like
personal data (e-mail, phone, national id, IBAN, card, IP address, person
name, postal address) and mask them. The learner-record store and the log
filter call :func:`redact`; the "redact before you store" exercise measures
:func:`find_personal_data` against a golden set (``python -m evals.privacy``).

Why rules and not a model: Microsoft Presidio and similar tools find names
and addresses with spaCy NER pipelines, and no such pipeline for Spanish,
Portuguese or Arabic is packaged for this offline install. So the detector
is rule-based, in three layers:

* shapes with a checksum where one exists (IBAN mod-97, Luhn for cards, the
  French NIR key, Spanish DNI/NIE letter, Portuguese NIF and Brazilian CPF
  check digits), which makes those kinds precise;
* shapes with context: a phone-shaped number right after "ticket", "demande",
  "pedido" or "رقم الطلب" is a service reference and is kept; one next to
  "tel", "teléfono" or "هاتف" is a phone; amounts and percentages are skipped;
* cues for names and addresses ("je m'appelle", "Sra.", "اسمي", sign-offs,
  house number + street word), plus a short list of common first names that
  only fires when a capitalised surname follows.

The trade-off: structured identifiers are found reliably, but a name with no
cue and no listed first name is missed, and unusual address layouts are
missed. Street names without a house number are deliberately not flagged:
"pothole on Mill Lane" is the location the city needs, not personal data.

All matching runs on a copy of the text in which Arabic-Indic and Persian
digits become ASCII digits and bidirectional marks become spaces. That copy
has the same length, so offsets are valid in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant import languages

KINDS: tuple[str, ...] = ("EMAIL", "PHONE", "NATIONAL_ID", "IBAN", "CARD", "IP", "NAME", "ADDRESS")


@dataclass(frozen=True)
class PiiSpan:
    """One piece of personal data: ``text == original[start:end]``."""

    start: int
    end: int
    kind: str
    text: str


# ---------------------------------------------------------------- normalisation
_SAME_LENGTH = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Eastern Arabic-Persian digits
        **{c: " " for c in "\u00a0\u2007\u2009\u202f\u200e\u200f\u061c"},
        **{chr(c): " " for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
    }
)


def _normalise(text: str) -> str:
    return text.translate(_SAME_LENGTH)


def ascii_digits(text: str) -> str:
    """The digits of ``text`` as ASCII, Arabic-Indic and Persian digits included."""
    return "".join(c for c in _normalise(text) if c.isdigit())


# -------------------------------------------------------------------- checksums
def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _card_ok(value: str) -> bool:
    digits = _digits(value)
    return 13 <= len(digits) <= 19 and len(set(digits)) > 1 and _luhn(digits)


def _iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _nir_ok(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    body = compact[:13].replace("2A", "19").replace("2B", "18")
    return body.isdigit() and 97 - int(body) % 97 == int(compact[13:])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni_ok(value: str) -> bool:
    compact = re.sub(r"[ \-]", "", value).upper()
    number = str("XYZ".index(compact[0])) + compact[1:-1] if compact[0] in "XYZ" else compact[:-1]
    return _DNI_LETTERS[int(number) % 23] == compact[-1]


def _nif_ok(value: str) -> bool:
    digits = _digits(value)
    rest = 11 - sum(int(d) * (9 - i) for i, d in enumerate(digits[:8])) % 11
    return len(digits) == 9 and (0 if rest >= 10 else rest) == int(digits[8])


def _cpf_ok(value: str) -> bool:
    digits = [int(d) for d in _digits(value)]
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for size in (9, 10):
        check = sum(d * (size + 1 - i) for i, d in enumerate(digits[:size])) * 10 % 11 % 10
        if check != digits[size]:
            return False
    return True


def _phone_ok(value: str) -> bool:
    return 8 <= len(_digits(value)) <= 15


# ----------------------------------------------------------------- word pieces
_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
_CAP = rf"(?:[{_UP}](?:[{_LO}]+|['’][{_UP}][{_LO}]+)(?:-[{_UP}][{_LO}]+)*|[{_UP}]{{2,}}(?![{_LO}]))"
_PARTICLE = r"(?:de la|de los|de las|del|de|da|das|do|dos|van|von|der|du|des|bin|ben|ibn|el|al|y)"
_NAME = rf"{_CAP}(?:(?:[ ]{_PARTICLE})?[ ]{_CAP}){{0,2}}"
_AR = r"[\u0621-\u0652\u0671-\u06D3]+"
_AR_WORDS = rf"{_AR}(?:[ ]{_AR}){{0,2}}"
_B = r"(?<![\w])"  # start of a word, also before non-ASCII letters
_E = r"(?![\w])"
_NUM_START = r"(?<![\w+])(?<!\d[ .\-])"  # not inside a longer run of digit groups
_NUM_END = r"(?![ .\-]?\d)"

# Words that follow a name cue but are not names (titles, nationalities, fillers).
_NOT_NAMES = set(
    """The A An This That OK Ok Mayor President Minister Director Manager Council Team
    British English American Canadian Irish Scottish Welsh French Spanish Portuguese
    Brazilian Moroccan Egyptian Muslim Christian Catholic Jewish Maire Président
    Présidente Directeur Directrice Ministre Préfet Conseil Equipe Équipe Alcalde
    Alcaldesa Presidente Director Directora Ministro Ministra Ayuntamiento Equipo
    Prefeito Prefeita Câmara Equipa Serviço Servicio Service Mairie Dear Cher Chère
    Estimado Estimada Caro Cara Sir Madam Madame Monsieur Señor Senhor Senhora Mr Mrs
    Ms Miss Dr Prof Mme Mlle Sr Sra Srta Don Doña Dona""".split()
)
_STREET_WORDS = set(
    """Street St Road Rd Avenue Ave Lane Drive Close Way Place Court Crescent Grove
    Gardens Terrace Square Park Bridge Rue Avenue Boulevard Chemin Allée Quai Route
    Calle Avenida Paseo Plaza Camino Rua Travessa Largo Praça Estrada Alameda Jardim""".split()
)
_FIRST_NAMES = {
    "en": """James John Robert Michael David William Richard Thomas Daniel Matthew
        Andrew Paul George Steven Kevin Brian Edward Peter Samuel Oliver Mary Patricia
        Jennifer Linda Elizabeth Sarah Emily Emma Olivia Sophie Hannah Jessica Laura
        Rachel Amy Rebecca Grace Charlotte Lucy Megan Chloe""",
    "fr": """Marie Jean Pierre Michel Philippe Alain Nicolas Julien Camille Léa Manon
        Chloé Nathalie Isabelle Sylvie Catherine Françoise Claire Anne Christine Valérie
        Céline Julie Émilie Marc Laurent Olivier Sébastien Antoine François Éric
        Patrick Stéphane Christophe Frédéric Vincent Mathieu Luc Hugo Louis Agnès""",
    "es": """José Antonio Manuel Francisco Juan Javier Carlos Jesús Alejandro Miguel
        Rafael Pedro Pablo Sergio Fernando Jorge Luis Alberto Álvaro Diego Adrián María
        Carmen Ana Isabel Cristina Marta Lucía Elena Pilar Rosa Paula Raquel Sara
        Beatriz Teresa Andrea Silvia Nuria Dolores Mercedes""",
    "pt": """João António Antônio Francisco José Manuel Pedro Tiago Rui Miguel Luís
        Paulo Carlos Ricardo Bruno Diogo Gonçalo Rodrigo Lucas Gabriel Mateus Rafael
        Maria Ana Joana Inês Beatriz Mariana Catarina Sofia Marta Rita Sara Leonor
        Fernanda Juliana Camila Larissa Patrícia Helena Francisca Luísa""",
    "ar": """Mohamed Mohammed Ahmed Youssef Karim Omar Hassan Mustapha Khalid Rachid
        Fatima Khadija Amina Samira Leila Salma Zineb Meryem Yasmine Nour محمد أحمد
        محمود مصطفى علي حسن حسين عمر يوسف إبراهيم خالد كريم سعيد رشيد ياسين مراد
        طارق سامي وليد هشام نبيل عادل فهد جمال فاطمة خديجة عائشة مريم زينب سعاد
        ليلى نادية أمينة سلمى هدى نور سارة منى رانيا إيمان حنان سميرة""",
}
_AR_FIRST = set(_FIRST_NAMES["ar"].split())
# Arabic words a name never runs into: prepositions, pronouns, titles, common verbs.
_AR_STOP = set(
    """في من إلى الى على عن منذ مع قرب أمام بجانب عند حيث التي الذي الذين هو هي هم
    أنا نحن لم لا ما قد تم كان كانت رقم حي مدينة الحي المدينة الوزير الرئيس المدير
    العمدة الوالي المحافظ العامل رئيس مدير وزير السيد السيدة الآن اليوم أيضا جدا""".split()
)
_AR_JOINERS = {"عبد", "ابن", "بن", "أبو", "ابو", "بنت"}


def _arabic_name_end(text: str, start: int, end: int, mode: int) -> int | None:
    """Trim an Arabic word run to the part that reads as a name (None: not a name).

    Arabic has no capitals, so after the first word only words shaped like
    family names are kept: ``al-`` forms, ``ben``/``bou`` forms, listed given
    names (a father's name), and the word after ``abd``/``ibn``/``abu``.
    ``mode`` 2 also requires a listed first word, mode 4 a listed first word and
    a second word; mode 3 (a street) accepts the street word and the next freely.
    """
    words = [(m.start() + start, m.end() + start) for m in re.finditer(_AR, text[start:end])]
    free = 2 if mode == 3 else 1
    if len(words) < free or any(text[a:b] in _AR_STOP for a, b in words[:free]):
        return None
    if mode in (2, 4) and text[words[0][0] : words[0][1]] not in _AR_FIRST:
        return None
    last = words[free - 1][1]
    previous = text[words[free - 1][0] : last]
    for w_start, w_end in words[free:]:
        word = text[w_start:w_end]
        shaped = word.startswith(("ال", "بن", "بو")) or word in _AR_FIRST
        if word in _AR_STOP or not (shaped or previous in _AR_JOINERS or word in _AR_JOINERS):
            break
        last, previous = w_end, word
    if previous in _AR_JOINERS or (mode == 4 and last == words[0][1]):
        return None
    return last


# ------------------------------------------------------------------------ rules
@dataclass(frozen=True)
class _Rule:
    kind: str
    rank: int  # higher wins an overlap (checksummed beats shape beats cue)
    langs: str  # "*" or space-separated language codes
    pattern: re.Pattern[str]
    check: Callable[[str], bool] | None = None
    numeric: bool = False  # subject to reference/phone/id cues and money context
    arabic: int = (
        0  # trim Arabic words (see _arabic_name_end): 1 name, 2 or 4 listed name, 3 street
    )


def _rule(kind: str, rank: int, langs: str, pattern: str, **options: object) -> _Rule:
    return _Rule(kind, rank, langs, re.compile(pattern), **options)  # type: ignore[arg-type]


_FR_PHONE = rf"{_NUM_START}0[1-9](?:[ .\-]?\d{{2}}){{4}}{_NUM_END}"
_ELEVEN = rf"{_NUM_START}0[1-9](?:[ \-]?\d){{9}}{_NUM_END}"  # UK and Egypt: 11 digits
_ID_CUE = (
    r"(?i:id(?:entity)?[ ](?:card[ ])?(?:number|no\.?)|identity card|passport|"
    r"num[ée]ro d['’]identit[ée]|carte (?:nationale|d['’]identit[ée])|passeport|"
    r"n[úu]mero de identifica(?:ci[óo]n|[çc][ãa]o)|documento de identidad|pasaporte|"
    r"passaporte|cart[ãa]o de cidad[ãa]o|contribuinte|national insurance|social security|"
    r"s[ée]curit[ée] sociale)|(?-i:RG|CIN|CNIE|DNI|NIE|NIF|NIR|CPF|SSN|NINO)|"
    r"رقم الهوية|الهوية|البطاقة الوطنية|بطاقة التعريف|جواز السفر|القومي"
)
_STREET_NAME = rf"(?:(?:{_PARTICLE}|la|le|les|las|los|l['’]|d['’])[ ]?)?{_NAME}"
_AR_STREET = r"(?:شارع|زنقة|درب|طريق|ممر|نهج)"

# One rule a line reads better than the formatter's split of long regexes.
# fmt: off
_RULES: tuple[_Rule, ...] = (
    _rule("EMAIL", 10, "*", r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}(?![\w\-])"),
    _rule("IBAN", 9, "*", r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}", check=_iban_ok),
    _rule("CARD", 7, "*", rf"{_NUM_START}[2-6]\d{{3}}(?:[ \-]?\d){{9,15}}{_NUM_END}", check=_card_ok),
    _rule("IP", 7, "*", r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d]|\.\d)"),
    _rule("PHONE", 5, "*", rf"(?<![\w+])(?:\+|00)[1-9]\d{{0,2}}(?:[ .\-]?\(?\d{{1,5}}\)?){{1,6}}{_NUM_END}", check=_phone_ok, numeric=True),
    _rule("NATIONAL_ID", 6, "*", rf"(?:{_ID_CUE})\s*(?:(?i:is|est|es|é|number|num[ée]ro|n[º°]\.?|هو|رقم)\s*)?[:#]?\s*(?P<v>(?:[A-Z]{{1,3}}[ \-]?)?\d[\dA-Z./\-]{{3,18}}(?<![./\-])){_E}"),
    # English: UK and US
    _rule("PHONE", 5, "en ar", _ELEVEN, numeric=True),
    _rule("PHONE", 5, "en", rf"{_NUM_START}(?:\(\d{{3}}\)[ ]?|\d{{3}}[.\-])\d{{3}}[.\-]\d{{4}}{_NUM_END}", numeric=True),
    _rule("NATIONAL_ID", 8, "en", r"(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D](?![A-Za-z0-9])"),
    _rule("NATIONAL_ID", 8, "en", r"(?<![\d\-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d\-])", numeric=True),
    # French, and the same ten-digit shape in Morocco
    _rule("PHONE", 5, "fr ar", _FR_PHONE, numeric=True),
    _rule("NATIONAL_ID", 8, "fr", rf"{_NUM_START}[12][ ]?\d{{2}}[ ]?(?:0[1-9]|1[0-2]|[2-9]\d)[ ]?(?:\d{{2}}|2[AB])[ ]?\d{{3}}[ ]?\d{{3}}[ ]?\d{{2}}{_NUM_END}", check=_nir_ok),
    # Spanish
    _rule("PHONE", 5, "es", rf"{_NUM_START}[6789]\d{{2}}(?:(?:[ .\-]?\d{{3}}){{2}}|(?:[ .\-]\d{{2}}){{3}}){_NUM_END}", numeric=True),
    _rule("NATIONAL_ID", 8, "es", r"(?<!\w)(?:\d{8}|[XYZ][ \-]?\d{7})[ \-]?[A-Z](?!\w)", check=_dni_ok),
    # Portuguese and Brazilian
    _rule("PHONE", 5, "pt", rf"{_NUM_START}[29]\d{{2}}[ .\-]?\d{{3}}[ .\-]?\d{{3}}{_NUM_END}", numeric=True),
    _rule("PHONE", 5, "pt", rf"(?<![\w)])(?:\(\d{{2}}\)[ ]?|\d{{2}}[ ])9?\d{{4}}-\d{{4}}{_NUM_END}", numeric=True),
    _rule("NATIONAL_ID", 4, "pt", rf"{_NUM_START}[1235689]\d{{8}}{_NUM_END}", check=_nif_ok, numeric=True),
    _rule("NATIONAL_ID", 8, "pt", r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)", check=_cpf_ok),
    _rule("NATIONAL_ID", 8, "pt", rf"{_NUM_START}\d{{11}}{_NUM_END}", check=_cpf_ok, numeric=True),
    # Arabic-speaking countries: Gulf mobiles, Egyptian and Emirati ids
    _rule("PHONE", 5, "ar", rf"{_NUM_START}05\d[ \-]?\d{{3}}[ \-]?\d{{4}}{_NUM_END}", numeric=True),
    _rule("NATIONAL_ID", 8, "ar", r"(?<!\d)[23]\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)\d{5}(?!\d)", numeric=True),
    _rule("NATIONAL_ID", 8, "ar", r"(?<!\d)784[ \-]?(?:19|20)\d{2}[ \-]?\d{7}[ \-]?\d(?!\d)"),
    # Names: cues, honorifics, sign-offs, listed first names
    _rule("NAME", 3, "en", rf"(?i:\b(?:my name is|my surname is|i am|i'm|this is|name:))[ ]+(?P<v>{_NAME})"),
    _rule("NAME", 3, "fr", rf"(?i:\b(?:je m['’]appelle|je suis|mon nom est|mon nom de famille est|nom ?:))[ ]+(?P<v>{_NAME})"),
    _rule("NAME", 3, "es", rf"(?i:\b(?:me llamo|mi nombre es|me apellido|mi apellido es|soy))[ ]+(?P<v>{_NAME})"),
    _rule("NAME", 3, "pt", rf"(?i:\b(?:meu nome é|me chamo|chamo-me|o meu apelido é|meu sobrenome é|sou o|sou a|sou))[ ]+(?P<v>{_NAME})"),
    _rule("NAME", 3, "*", rf"{_B}(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Sr|Sra|Srta|D\.|Dª|Don|Doña|Dona|Señor|Señora|Senhor|Senhora)\.?[ ]+(?P<v>{_NAME})"),
    _rule("NAME", 3, "*", rf"(?i:\b(?:(?:kind |best |warm )?regards|best wishes|sincerely|yours (?:sincerely|faithfully)|(?:many )?thanks|thank you|(?:bien )?cordialement|salutations|bien à vous|merci|atentamente|(?:un )?saludos?|gracias|abrazos|atenciosamente|cumprimentos|obrigad[oa]|abraços))[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?P<v>{_NAME})"),
    _rule("NAME", 3, "ar", rf"(?:اسمي|السيدة|السيد|الأستاذة|الأستاذ|الدكتورة|الدكتور|د\.|مع (?:خالص )?التحية|مع تحياتي|وشكرا|شكرا)[ ]?[،:,]?\s*(?P<v>{_AR_WORDS})", arabic=1),
    _rule("NAME", 3, "ar", rf"(?<![\w])(?:أنا)[ ]+(?P<v>{_AR_WORDS})", arabic=2),
    # Addresses: a house number is required
    _rule("ADDRESS", 4, "en", rf"(?<![\w.,])\d{{1,4}}[A-Za-z]?,?[ ](?:{_CAP}[ ]){{1,3}}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Close|Way|Place|Court|Crescent|Grove|Gardens|Terrace|Square|Row|Boulevard|Walk|Hill|Mews)\b(?:,?[ ][A-Z]{{1,2}}\d[A-Z\d]?[ ]?\d[A-Z]{{2}}\b)?"),
    _rule("ADDRESS", 4, "fr", rf"(?<![\w.,])\d{{1,4}}(?:[ ]?(?:bis|ter))?,?[ ](?i:rue|avenue|av\.|bd|boulevard|place|chemin|allée|impasse|quai|route|cours|square|passage|résidence)[ ]{_STREET_NAME}(?:,?[ ]\d{{5}}(?:[ ]{_CAP}(?:[ \-]{_CAP})*)?)?"),
    _rule("ADDRESS", 4, "es", rf"{_B}(?i:calle|c/|avenida|avda\.|av\.|paseo|plaza|camino|carretera|ronda|travesía|glorieta)[ ]?{_STREET_NAME},?[ ](?:n[º°o]\.?[ ]?)?\d{{1,4}}[A-Za-z]?{_E}(?:,?[ ]\d{{5}}(?:[ ]{_CAP}(?:[ \-]{_CAP})*)?)?"),
    _rule("ADDRESS", 4, "pt", rf"{_B}(?i:rua|r\.|avenida|av\.|travessa|largo|praça|praca|estrada|alameda|rodovia|calçada|beco)[ ]{_STREET_NAME},?[ ](?:n[º°o]\.?[ ]?)?\d{{1,5}}[A-Za-z]?{_E}(?:,?[ ](?:\d{{4}}-\d{{3}}|\d{{5}}-?\d{{3}})(?:[ ]{_CAP}(?:[ \-]{_CAP})*)?)?"),
    _rule("ADDRESS", 4, "ar", rf"{_AR_STREET}[ ](?:\d{{1,3}}[ ])?{_AR}(?:[ ]{_AR}){{0,3}}?[ ]?[،,]?[ ]?(?:رقم|عمارة|منزل)[ ]?\d{{1,4}}(?!\d)"),
    _rule("ADDRESS", 4, "ar", rf"(?<![\d.,])(?P<v>\d{{1,4}}[ ]?[،,]?[ ]?{_AR_STREET}[ ]{_AR_WORDS})", arabic=3),
)
# fmt: on


def _first_name_rule(language: str) -> _Rule:
    names = "|".join(sorted(_FIRST_NAMES[language].split(), key=len, reverse=True))
    if language == "ar":  # Arabic script names are handled by the Arabic trimmer
        latin = "|".join(n for n in _FIRST_NAMES["ar"].split() if n.isascii())
        return _rule("NAME", 2, "ar", rf"{_B}(?P<v>(?:{latin})(?:[ ]{_CAP}){{1,2}}){_E}")
    return _rule(
        "NAME", 2, language, rf"{_B}(?P<v>(?:{names})(?:(?:[ ]{_PARTICLE})?[ ]{_CAP}){{1,2}}){_E}"
    )


_RULES += tuple(_first_name_rule(code) for code in _FIRST_NAMES)
_RULES += (
    _rule("NAME", 2, "ar", rf"{_B}(?P<v>(?:{'|'.join(_AR_FIRST)})[ ]{_AR_WORDS})", arabic=4),
)

# ------------------------------------------------------------------ arbitration
_REF_CUE = re.compile(
    r"#|\bn[°ºo]\s?\.?\s?º?(?=\s*\d)|\b(?:request|ticket|case|complaint|reference|ref|application|"
    r"order|invoice|file|claim|dossier|demande|réclamation|référence|affaire|solicitud|"
    r"expediente|pedido|reclamación|referencia|protocolo|processo|reclamação|encomenda|"
    r"fatura|factura)\b|الطلب|طلب|الملف|ملف|شكوى|الشكوى|تذكرة|استمارة|مرجع"
)
_PHONE_CUE = re.compile(
    r"\b(?:tel|tél|phone|telephone|téléphone|mobile|cell|call|text|ring|whatsapp|portable|"
    r"appel\w*|joindre|teléfono|telefono|móvil|movil|llam\w*|telefone|telemóvel|telemovel|"
    r"celular|ligue\w*|liga\w*)\b|هاتف|جوال|موبايل|اتصل|الاتصال|للتواصل|تواصل"
)
_ID_CUE_RE = re.compile(_ID_CUE)
_MONEY_AFTER = re.compile(
    r"\s?(?:[€$£%٪]|(?i:eur|euros?|usd|dollars?|reais|dh|dhs|mad|dirhams?|pounds?)\b|درهم|جنيه|ريال|دولار)"
)
_MONEY_BEFORE = re.compile(r"(?:[€$£]|R\$|(?i:eur|usd|mad|gbp))\s?$")
_STREET_BEFORE = re.compile(
    rf"(?i:\b(?:{'|'.join(w.lower() for w in _STREET_WORDS)})\s+$)|{_AR_STREET}\s+$"
)


def _nearest_cue(text: str, start: int) -> str:
    """Which cue sits closest before ``start``: 'ref', 'phone', 'id' or ''."""
    window = text[max(0, start - 40) : start]
    best, best_end = "", -1
    for name, pattern in (("ref", _REF_CUE), ("phone", _PHONE_CUE), ("id", _ID_CUE_RE)):
        for match in pattern.finditer(window if name == "id" else window.lower()):
            if match.end() > best_end:
                best, best_end = name, match.end()
    return best


def _keep_number(text: str, start: int, end: int, kind: str) -> bool:
    if _MONEY_AFTER.match(text, end) or _MONEY_BEFORE.search(text[max(0, start - 5) : start]):
        return False
    cue = _nearest_cue(text, start)
    if kind == "PHONE":
        return cue not in ("ref", "id")
    return cue not in ("ref", "phone")


def _keep_name(text: str, start: int, end: int) -> bool:
    words = re.findall(r"[^\W\d_]+", text[start:end])
    if not words or words[0] in _NOT_NAMES or any(w in _STREET_WORDS for w in words):
        return False
    return not _STREET_BEFORE.search(text[max(0, start - 20) : start])


def _candidates(text: str, codes: tuple[str, ...]) -> list[tuple[int, int, int, str]]:
    found = []
    for rule in _RULES:
        if rule.langs != "*" and not any(code in rule.langs.split() for code in codes):
            continue
        for match in rule.pattern.finditer(text):
            group = "v" if "v" in rule.pattern.groupindex else 0
            start, end = match.span(group)
            if rule.arabic:
                trimmed = _arabic_name_end(text, start, end, rule.arabic)
                if trimmed is None:
                    continue
                end = trimmed
            value = text[start:end]
            if rule.kind == "IBAN":
                end = _longest_valid_iban(text, start, end)
                if end < 0:
                    continue
            elif rule.check is not None and not rule.check(value):
                continue
            if rule.numeric and not _keep_number(text, start, end, rule.kind):
                continue
            if rule.kind == "NAME" and not _keep_name(text, start, end):
                continue
            found.append((start, end, rule.rank, rule.kind))
    return found


def _longest_valid_iban(text: str, start: int, end: int) -> int:
    """The IBAN regex may swallow a following capitalised word; back off until it checks."""
    for cut in range(end, start + 14, -1):
        if text[cut - 1] != " " and _iban_ok(text[start:cut]):
            return cut
    return -1


# ------------------------------------------------------------------- public API
def find_personal_data(text: str, language: str | None = None) -> list[PiiSpan]:
    """Personal-data spans in ``text``, sorted and non-overlapping.

    ``language`` is one of the five course codes (``"pt-BR"`` is accepted) and
    selects that region's formats; ``None`` applies every language's rules.
    On overlap the more specific kind wins (checksummed ids over phones over
    addresses over names), then the longer span.
    """
    codes = languages.CODES if language is None else (languages.normalize(language),)
    if not text:
        return []
    normalised = _normalise(text)
    chosen: list[tuple[int, int, int, str]] = []
    for start, end, rank, kind in sorted(
        _candidates(normalised, codes), key=lambda c: (-c[2], c[0] - c[1], c[0])
    ):
        if all(end <= s or start >= e for s, e, _, _ in chosen):
            chosen.append((start, end, rank, kind))
    return [PiiSpan(s, e, k, text[s:e]) for s, e, _, k in sorted(chosen)]


def redact(text: str, language: str | None = None) -> str:
    """``text`` with each personal-data span replaced by its kind, e.g. ``[EMAIL]``."""
    pieces, position = [], 0
    for span in find_personal_data(text, language):
        pieces += [text[position : span.start], f"[{span.kind}]"]
        position = span.end
    return "".join(pieces) + text[position:]
