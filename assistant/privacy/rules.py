"""The project's own rules: regional formats, checksums and cues, in five languages.

Each rule is a regular expression with a kind (EMAIL, PHONE, ...), a rank that
settles overlaps (checksummed beats shape beats cue), the languages it serves
("*": every one) and optional checks. :mod:`assistant.privacy.engine` plugs
them into Presidio as recognizers; this module knows nothing of Presidio.

* shapes with a checksum where one exists (see :mod:`.text`), which makes those
  kinds precise;
* shapes with context: a phone-shaped number right after "ticket", "demande",
  "pedido" or "رقم الطلب" is a service reference and is kept; one next to
  "tel", "teléfono" or "هاتف" is a phone (a short local number such as
  "467 3395" only counts with such a cue); amounts and percentages are skipped;
* cues for names ("je m'appelle", "Sra.", "Dra.", "señor", "اسمي", sign-offs,
  "Name:" form fields, and role labels such as "Applicant:", "Titular:",
  "مقدم الطلب:" when the value is shaped like a name); the gazetteer of
  :mod:`.names` does the rest (a short list of Arabic
  first names still guides the Arabic trimmer here).

Addresses have their own grammar module (:mod:`.addresses`), built from the
same :func:`rule` helper.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.privacy import cues
from assistant.privacy.text import (
    AR,
    NAME,
    NUM_END,
    NUM_START,
    PARTICLE,
    B,
    E,
    card_ok,
    cpf_ok,
    dni_ok,
    iban_ok,
    loose_phone_ok,
    nif_ok,
    nir_ok,
    phone_ok,
    saudi_id_ok,
)

# Words that follow a name cue but are not names (titles, nationalities, fillers).
NOT_NAMES = set(
    """The A An This That OK Ok Mayor President Minister Director Manager Council Team
    British English American Canadian Irish Scottish Welsh French Spanish Portuguese
    Brazilian Moroccan Egyptian Muslim Christian Catholic Jewish Maire Président
    Présidente Directeur Directrice Ministre Préfet Conseil Equipe Équipe Alcalde
    Alcaldesa Presidente Director Directora Ministro Ministra Ayuntamiento Equipo
    Prefeito Prefeita Câmara Equipa Serviço Servicio Service Mairie Dear Cher Chère
    Estimado Estimada Caro Cara Sir Madam Madame Monsieur Señor Senhor Senhora Mr Mrs
    Ms Miss Dr Prof Mme Mlle Sr Sra Srta Don Doña Dona Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche""".split()
)
STREET_WORDS = set(
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
AR_FIRST = set(_FIRST_NAMES["ar"].split())
# Arabic words a name never runs into: prepositions, pronouns, titles, common verbs.
AR_STOP = set(
    """في من إلى الى على عن منذ مع قرب أمام بجانب عند حيث التي الذي الذين هو هي هم
    أنا نحن لم لا ما قد تم كان كانت رقم حي مدينة الحي المدينة الوزير الرئيس المدير
    العمدة الوالي المحافظ العامل رئيس مدير وزير السيد السيدة الآن اليوم أيضا جدا""".split()
)
AR_JOINERS = {"عبد", "ابن", "بن", "أبو", "ابو", "بنت"}


def _arabic_name_end(text: str, start: int, end: int, mode: int) -> int | None:
    """Trim an Arabic word run to the part that reads as a name (None: not a name).

    Arabic has no capitals, so after the first word only words shaped like
    family names are kept: ``al-`` forms, ``ben``/``bou`` forms, listed given
    names (a father's name), and the word after ``abd``/``ibn``/``abu``.
    ``mode`` 2 also requires a listed first word, mode 4 a listed first word and
    a second word; mode 3 (a street) accepts the street word and the next freely.
    """
    words = [(m.start() + start, m.end() + start) for m in re.finditer(AR, text[start:end])]
    free = 2 if mode == 3 else 1
    if len(words) < free or any(text[a:b] in AR_STOP for a, b in words[:free]):
        return None
    if mode in (2, 4) and text[words[0][0] : words[0][1]] not in AR_FIRST:
        return None
    last = words[free - 1][1]
    previous = text[words[free - 1][0] : last]
    for w_start, w_end in words[free:]:
        word = text[w_start:w_end]
        shaped = word.startswith(("ال", "بن", "بو")) or word in AR_FIRST
        if word in AR_STOP or not (shaped or previous in AR_JOINERS or word in AR_JOINERS):
            break
        last, previous = w_end, word
    if previous in AR_JOINERS or (mode == 4 and last == words[0][1]):
        return None
    return last


# ------------------------------------------------------------------------ rules
@dataclass(frozen=True)
class Rule:
    """One regular expression and what a match of it means."""

    kind: str
    rank: int  # higher wins an overlap (checksummed beats shape beats cue)
    langs: str  # "*" or space-separated language codes
    pattern: re.Pattern[str]
    check: Callable[[str], bool] | None = None
    numeric: bool = False  # subject to reference/phone/id cues and money context
    cue: str = ""  # the nearest cue before the match must be this one ("phone")
    arabic: int = (
        0  # trim Arabic words (see _arabic_name_end): 1 name, 2 or 4 listed name, 3 street
    )


def rule(kind: str, rank: int, langs: str, pattern: str, **options: object) -> Rule:
    """A :class:`Rule` with its pattern compiled."""
    return Rule(kind, rank, langs, re.compile(pattern), **options)  # type: ignore[arg-type]


_FR_PHONE = rf"{NUM_START}0[1-9](?:[ .\-]?\d{{2}}){{4}}{NUM_END}"
_ELEVEN = rf"{NUM_START}0[1-9](?:[ \-]?\d){{9}}{NUM_END}"  # UK and Egypt: 11 digits
_ID_CUE = (
    r"(?i:id(?:entity)?[ ](?:card[ ])?(?:number|no\.?)|identity card|passport|"
    r"num[ée]ro d['’]identit[ée]|carte (?:nationale|d['’]identit[ée])|passeport|"
    r"n[úu]mero de identifica(?:ci[óo]n|[çc][ãa]o)|documento de identidad|pasaporte|"
    r"passaporte|cart[ãa]o de cidad[ãa]o|contribuinte|national insurance|social security|"
    r"s[ée]curit[ée] sociale)|(?-i:RG|CIN|CNIE|DNI|NIE|NIF|NIR|CPF|SSN|NINO)|"
    r"رقم الهوية|الهوية|البطاقة الوطنية|بطاقة التعريف|جواز السفر|القومي|الإقامة|إقامة|"
    r"السجل المدني|رقم البطاقة"
)
#: Where a form field starts and ends: a line of its own, or a cell of a line whose
#: fields are separated by "|" ("Apellidos: Fernández Díaz | Domicilio: c/ Sierpes 48").
_FIELD_START = r"(?m:(?:^|(?<=\|))[ \t]*"
_FIELD_END = r"(?=[ \t]*(?:$|\|)))"
#: A role label ("Owner:", "Enfant :") may also open a sentence: its value must look like a name.
_ROLE_START = r"(?m:(?:^|(?<=\|)|(?<=[.!?][ ]))[ \t]*"
#: Form labels whose value, up to the end of the line or cell, is a person's name or an address.
_NAME_FIELD = (
    r"(?i:(?:surname|last name|family name)(?:,[ ]?(?:given names?|first names?))?|full name|"
    r"name|first names?|given names?|middle names?|second name|nom complet|nom de famille|"
    r"nom d['’]usage|nom de naissance|postnom|(?:nom,[ ]?)?prénoms?|nom|nombre completo|"
    r"(?:primer|segundo)[ ]apellido|apellido (?:paterno|materno)|(?:apellidos?(?:,[ ]?|[ ]y[ ]))?nombres?|"
    r"apellidos?|nome completo|(?:apelido,[ ]?)?nome|sobrenome|apelido)|الاسم الكامل|الاسم|اسم العائلة|الاسم العائلي|الاسم الأول|الاسم الشخصي|اللقب|النسب|اسم الأب|اسم الأم|اسم الام"
)
#: Form labels of a person's role: the value is a name only when it is shaped like one
#: (capitalised words, "SURNAME, Given"), since "Contact: the front desk" is no name.
_ROLE_FIELD = (
    r"(?i:applicant(?: name)?|tenant|landlord|owner|contact(?: person| name)?|sender|student|"
    r"pupil|patient|parent|guardian|claimant|complainant|resident|signed|signature|"
    r"nom et pr[ée]nom|pr[ée]nom et nom|demandeu(?:r|se)|locataire|propri[ée]taire|"
    r"exp[ée]diteur|[ée]l[èe]ve|sign[ée]|nombre y apellidos|solicitante|titular|inquilin[oa]|"
    r"propietari[oa]|remitente|alumn[oa]|paciente|firma(?:do)?|nome e apelido|requerente|"
    r"interessad[oa]|propriet[áa]ri[oa]|remetente|alun[oa]|assinatura|assinado|respons[áa]vel|"
    r"employee|staff member|agent|minor|child|emplead[oa]|funcionari[oa]|menor|tutor(?:a|[ ]legal)?|"
    r"padre/madre(?:/tutor)?|employ[ée]e?|agente?|mineur|enfant|funcion[áa]ri[oa]|"
    r"encarregad[oa] de educa[çc][ãa]o|crian[çc]a)"
    r"|مقدم الطلب|مقدمة الطلب|المرسل|اسم المرسل|الاسم الثلاثي|الاسم الرباعي|اسم الطالب|"
    r"اسم الطالبة|اسم المريض|اسم ولي الأمر|ولي الأمر|صاحب الطلب|المشتكي|الشاكي|المستأجر|التوقيع"
)
_ADDRESS_FIELD = (
    r"(?i:(?:home |postal |street |current |new )?address(?: line \d)?|line \d|"
    r"adresse(?: postale)?|compl[ée]ment d['’]adresse|direcci[óo]n(?: postal)?|domicilio|"
    r"morada|endere[çc]o|post ?code|zip(?: code)?|code postal|c[óo]digo postal|cep|"
    r"cp(?: ?/ ?ville)?|town(?:/city)?|city(?:[ ]?/[ ]?(?:town|province|state|region)(?:[ ]?/[ ]?postal code)?)?|"
    r"county|province|suburb|post town|ville|commune|localit[ée]|ciudad|localidad|"
    r"municipio|poblaci[óo]n|provincia|colonia|cidade|localidade|concelho|munic[íi]pio|"
    r"freguesia|bairro|barrio|distrito|uf)|العنوان|عنوان السكن|الرمز البريدي|المدينة|"
    r"البلدة|القرية|الحي|المنطقة|المحافظة|الولاية|الإمارة"
)
STREET_NAME = rf"(?:(?:{PARTICLE}|la|le|les|las|los|l['’]|d['’])[ ]?)?{NAME}"
AR_STREET = r"(?:شارع|زنقة|درب|طريق|ممر|نهج)"
#: Towns of the Arabic-speaking course countries, for address chains and postcode labels.
AR_CITIES = (
    "الرياض|جدة|مكة المكرمة|مكة|المدينة المنورة|الدمام|الخبر|الطائف|تبوك|أبها|بريدة|حائل|"
    "القاهرة|الجيزة|الإسكندرية|الاسكندرية|المنصورة|طنطا|أسوان|الأقصر|بورسعيد|السويس|"
    "الدار البيضاء|الرباط|فاس|مراكش|طنجة|أكادير|مكناس|وجدة|تطوان|القنيطرة|سلا|"
    "تونس|صفاقس|سوسة|بنزرت|قابس|الجزائر|وهران|قسنطينة|عنابة|عمان|عمّان|إربد|الزرقاء|"
    "بيروت|طرابلس|صيدا|دمشق|حلب|حمص|بغداد|البصرة|الموصل|أربيل|الكويت|الدوحة|المنامة|"
    "مسقط|دبي|أبوظبي|أبو ظبي|الشارقة|العين|عجمان|الخرطوم|صنعاء|عدن|نواكشوط|بنغازي|"
    "القدس|رام الله|غزة|نابلس|الخليل"
)

# One rule a line reads better than the formatter's split of long regexes.
# fmt: off
RULES: tuple[Rule, ...] = (
    rule("EMAIL", 10, "*", r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}(?![\w\-])"),
    rule("IBAN", 9, "*", r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}", check=iban_ok),
    rule("CARD", 7, "*", rf"{NUM_START}[2-6]\d{{3}}(?:[ \-]?\d){{8,15}}{NUM_END}", check=card_ok),
    rule("IP", 7, "*", r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d]|\.\d)"),
    rule("PHONE", 5, "*", rf"(?<![\w+])(?:\+|00)[1-9]\d{{0,2}}(?:[ .\-]?\(?\d{{1,5}}\)?){{1,6}}{NUM_END}(?:,?[ ]?(?i:ext\.?|extension|x|poste|ramal|extensión|ext)[ ]?\d{{1,5}}(?!\d))?", check=phone_ok, numeric=True),
    rule("NATIONAL_ID", 6, "*", rf"(?:{_ID_CUE})\s*(?:(?i:is|est|es|é|number|num[ée]ro|n[º°]\.?|هو|رقم)\s*)?[:#]?\s*(?P<v>(?:[A-Z]{{1,3}}[ \-]?)?\d[\dA-Z./\-]{{3,18}}(?<![./\-])){E}"),
    # A short local number ("467 3395", "(37) 788-063") only next to a phone cue
    rule("PHONE", 5, "*", rf"{NUM_START}(?:\(\d{{1,4}}\)[ ]?)?\d{{2,4}}(?:[ .\-]?\d{{2,4}}){{1,4}}(?:[ ]?(?:x|ext\.?)[ ]?\d{{1,5}})?{NUM_END}", check=loose_phone_ok, numeric=True, cue="phone"),
    # English: UK and US
    rule("PHONE", 5, "en ar", _ELEVEN, numeric=True),
    # North America ("(212) 555-0147", "212-555-0147"; Québec "514 555-0132"): the last four
    # digits after a dash or dot
    rule("PHONE", 5, "en fr", rf"{NUM_START}(?:\(\d{{3}}\)[ ]?|\d{{3}}[ .\-])\d{{3}}[.\-]\d{{4}}{NUM_END}", numeric=True),
    rule("NATIONAL_ID", 8, "en", r"(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D](?![A-Za-z0-9])"),
    rule("NATIONAL_ID", 8, "en", r"(?<![\d\-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d\-])", numeric=True),
    # French, and the same ten-digit shape in Morocco
    rule("PHONE", 5, "fr ar", _FR_PHONE, numeric=True),
    rule("NATIONAL_ID", 8, "fr", rf"{NUM_START}[12][ ]?\d{{2}}[ ]?(?:0[1-9]|1[0-2]|[2-9]\d)[ ]?(?:\d{{2}}|2[AB])[ ]?\d{{3}}[ ]?\d{{3}}[ ]?\d{{2}}{NUM_END}", check=nir_ok),
    # Spanish
    rule("PHONE", 5, "es", rf"{NUM_START}[6789]\d{{2}}(?:(?:[ .\-]?\d{{3}}){{2}}|(?:[ .\-]\d{{2}}){{3}}){NUM_END}", numeric=True),
    rule("NATIONAL_ID", 8, "es", r"(?<!\w)(?:\d{8}|[XYZ][ \-]?\d{7})[ \-]?[A-Z](?!\w)", check=dni_ok),
    rule("NATIONAL_ID", 8, "es", r"(?<![\w.])(?:\d{1,2}\.\d{3}\.\d{3}|[XYZ]-\d{7}|\d{2}[ ]\d{3}[ ]\d{3})[ \-]?[A-Z](?!\w)", check=dni_ok),
    # Portuguese and Brazilian
    rule("PHONE", 5, "pt", rf"{NUM_START}[29]\d{{2}}[ .\-]?\d{{3}}[ .\-]?\d{{3}}{NUM_END}", numeric=True),
    rule("PHONE", 5, "pt", rf"(?<![\w)])(?:\(\d{{2}}\)[ ]?|\d{{2}}[ ])9?\d{{4}}-\d{{4}}{NUM_END}", numeric=True),
    rule("NATIONAL_ID", 4, "pt", rf"{NUM_START}[1235689]\d{{8}}{NUM_END}", check=nif_ok, numeric=True),
    rule("NATIONAL_ID", 8, "pt", r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)", check=cpf_ok),
    rule("NATIONAL_ID", 8, "pt", rf"{NUM_START}\d{{11}}{NUM_END}", check=cpf_ok, numeric=True),
    # Arabic-speaking countries: Gulf mobiles, Egyptian and Emirati ids
    rule("PHONE", 5, "ar", rf"{NUM_START}05\d[ \-]?\d{{3}}[ \-]?\d{{4}}{NUM_END}", numeric=True),
    rule("NATIONAL_ID", 8, "ar", r"(?<!\d)[23]\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)\d{5}(?!\d)", numeric=True),
    rule("NATIONAL_ID", 8, "ar", r"(?<!\d)784[ \-]?(?:19|20)\d{2}[ \-]?\d{7}[ \-]?\d(?!\d)"),
    rule("NATIONAL_ID", 8, "ar", rf"{NUM_START}[12]\d{{9}}{NUM_END}", check=saudi_id_ok, numeric=True),
    # Identity numbers written with spaces or letters, after an identity cue: Moroccan CIN,
    # US SSN and Portuguese NIF in groups of three
    rule("NATIONAL_ID", 6, "*", r"(?<![A-Za-z0-9\-])[A-Z]{1,2}[ ]?\d{5,6}(?![\w\-])", cue="id"),
    rule("NATIONAL_ID", 6, "*", rf"{NUM_START}(?!000|666|9)\d{{3}}[ ]\d{{2}}[ ]\d{{4}}{NUM_END}", cue="id"),
    rule("NATIONAL_ID", 6, "*", rf"{NUM_START}[1235689]\d{{2}}[ .]\d{{3}}[ .]\d{{3}}{NUM_END}", check=nif_ok, cue="id"),
    # Forms: "Name: ..." and "Address: ..." fields, the value up to the end of the line
    rule("NAME", 3, "*", rf"{_FIELD_START}(?:{_NAME_FIELD})[ \t]*[:：][ \t]*(?P<v>[^\W\d_][^\n:;@|]{{1,58}}[^\W\d_.]){_FIELD_END}"),
    rule("NAME", 3, "*", rf"{_ROLE_START}(?:{_ROLE_FIELD})[ \t]*[:：][ \t]*(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Sr|Sra|Dona|Don)\.?[ ])?(?P<v>{NAME}(?:,[ ]{NAME})?)[ \t]*(?:$|[,;(|]|\.(?:[ ]|$)))"),
    # "in the name of" and "I, ..., declare": a name shaped like one after either
    rule("NAME", 3, "*", rf"(?i:\b(?:in the name of|on behalf of|au nom de|a nombre de|en nombre de|em nome de|no nome de))[ ]+(?:(?:l['’]|el|la|del|do|da|o|a)[ ]?)?(?:[^\W\d_]+[ ]){{0,2}}?(?P<v>{NAME})(?=[ ]?[,.;:)»”\n]|$)"),
    rule("NAME", 3, "*", rf"(?:^|(?<=[«“\"(\n]))[ ]?(?:I|Je|Moi|Yo|Eu),[ ](?:soussign[ée]e?[ ])?(?P<v>{NAME}),"),
    # ... and up to two unlabelled next lines that each hold a number (street, postcode):
    # "Adresse : Avenue Louise 231, bte 5" then "1050 Ixelles"
    rule("ADDRESS", 4, "*", rf"{_FIELD_START}(?:{_ADDRESS_FIELD})[ \t]*[:：][ \t]*(?P<v>[^\n:;@|]{{3,100}}[^\s.,;:|](?:[ \t]*\n[ \t]*(?=[^\n:：;@|]{{0,60}}\d)[^\n:：;@|]{{2,60}}[^\s.,;:：|]){{0,2}}){_FIELD_END}"),
    # Names: cues, honorifics, sign-offs, listed first names
    # A name in Chinese or Korean script inside a message in one of our languages ("signed as
    # 张丽华", "firmó como 김민준"): two to four characters, which here is almost always a name
    rule("NAME", 2, "*", r"(?<![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])(?:[\u4e00-\u9fff]{2,4}|[\uac00-\ud7af]{2,4})(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"),
    # A surname in capitals after a title in capitals ("APPELEZ MME FOFANA AU ..."): one word,
    # since the next capitalised word may be the sentence's
    rule("NAME", 3, "*", rf"{B}(?:MR|MRS|MS|DR|MME|MLLE|SR|SRA|SRTA|DON|DOÑA|DONA|SENHOR|SENHORA|MONSIEUR|MADAME|SEÑOR|SEÑORA)\.?[ ]+(?P<v>[A-ZÀ-Þ][A-ZÀ-Þ'’\-]{{1,30}})(?=[ ,.;:!?)]|$)"),
    rule("NAME", 3, "en", rf"(?i:\b(?:my name is|my surname is|i am|i'm|this is|name:))[ ]+(?P<v>{NAME})"),
    rule("NAME", 3, "fr", rf"(?i:\b(?:je m['’]appelle|je suis|mon nom est|mon nom de famille est|nom ?:))[ ]+(?P<v>{NAME})"),
    rule("NAME", 3, "es", rf"(?i:\b(?:me llamo|mi nombre es|me apellido|mi apellido es|soy))[ ]+(?P<v>{NAME})"),
    rule("NAME", 3, "pt", rf"(?i:\b(?:meu nome é|me chamo|chamo-me|o meu apelido é|meu sobrenome é|sou o|sou a|sou))[ ]+(?P<v>{NAME})"),
    rule("NAME", 3, "*", rf"{B}(?i:monsieur|madame|mademoiselle|señor|señora|señorita|senhor|senhora|senhorita|doña|doctor|doctora|docteur|doutor|doutora)[ ]+(?P<v>{NAME})"),
    rule("NAME", 3, "*", rf"{B}(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Drª|Prof|Profa|Profª|Prof\.ª|M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Sr|Sra|Srta|Sr\.ª|D\.|Dª|Don|Doña|Dona|Señor|Señora|Senhor|Senhora|Doctor|Doctora|Docteur|Doutor|Doutora|Professor|Professora|Professeur|Profesor|Profesora|Maître|Pr|Ing|Lic|Lcdo|Lcda|Sgt|Capt|Cllr|Rev)\.?[ ]+(?P<v>{NAME})"),
    rule("NAME", 3, "*", rf"(?i:\b(?:(?:kind |best |warm )?regards|best wishes|sincerely|yours (?:sincerely|faithfully)|(?:many )?thanks|thank you|(?:bien )?cordialement|salutations|bien à vous|merci|atentamente|(?:un )?saludos?|gracias|abrazos|atenciosamente|cumprimentos|obrigad[oa]|abraços))[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?P<v>{NAME})"),
)
# fmt: on


# ------------------------------------------------------------------ arbitration
_REF_CUE = re.compile(
    r"#|\bn[°ºo]\s?\.?\s?º?(?=\s*\d)|\b(?:request|ticket|case|complaint|reference|ref|application|"
    r"order|invoice|file|claim|dossier|demande|réclamation|référence|affaire|solicitud|"
    r"expediente|pedido|reclamación|referencia|protocolo|processo|reclamação|encomenda|"
    r"fatura|factura|allocataire|utente|matr[íi]cula|reclamo|contrat|contrato|contract|"
    r"compteur|contador|medidor|adhérent|s[óo]cio|benefici[áa]rio|étranger)\b|"
    r"الطلب|طلب|الملف|ملف|شكوى|الشكوى|تذكرة|استمارة|مرجع"
)
_PHONE_CUE = re.compile(
    r"\b(?:tel|tél|phone|telephone|téléphone|mobile|cell|call|text|ring|whatsapp|portable|"
    r"r?appel\w*|joindre|teléfono|telefono|móvil|movil|llam\w*|telefone|telemóvel|telemovel|"
    r"celular|ligue\w*|liga\w*|reach|contact\w*|gsm|fixe|tlf|tlm|whats\w*|zap|fone|"
    r"(?:my|our|his|her|your) (?:\w+ )?number|mon numéro|mi número|meu número|número dele|"
    r"número dela)\b|رقمي|رقم هاتفي|"
    r"هاتف|جوال|موبايل|اتصل|الاتصال|للتواصل|تواصل|واتساب|المحمول"
)
_ID_CUE_RE = re.compile(_ID_CUE)
_MONEY_AFTER = re.compile(
    r"\s?(?:[€$£%٪]|(?i:eur|euros?|usd|dollars?|reais|dh|dhs|mad|dirhams?|pounds?)\b|درهم|جنيه|ريال|دولار)"
)
_MONEY_BEFORE = re.compile(r"(?:[€$£]|R\$|(?i:eur|usd|mad|gbp))\s?$")
#: A postcode label right before a number: "CEP 40060-001" is no phone number.
_POSTCODE_BEFORE = re.compile(
    r"(?:\b(?:CEP|C\.P\.|CP|(?i:code postal|c[óo]digo postal|postcode|post code|zip(?: code)?))"
    r"|الرمز البريدي)[ \t]*:?[ \t]*$"
)
_STREET_BEFORE = re.compile(
    rf"(?i:\b(?:{'|'.join(w.lower() for w in STREET_WORDS)})\s+$)|{AR_STREET}\s+$"
)


def nearest_cue(text: str, start: int) -> str:
    """Which cue sits closest before ``start``: 'ref', 'phone', 'id' or ''."""
    return _nearest(text, start)[0]


def _nearest(text: str, start: int) -> tuple[str, int]:
    """The closest cue before ``start`` and how many characters lie between it and ``start``."""
    window = text[max(0, start - 40) : start]
    best, best_end = "", -1
    for name, pattern in (("ref", _REF_CUE), ("phone", _PHONE_CUE), ("id", _ID_CUE_RE)):
        for match in pattern.finditer(window if name == "id" else window.lower()):
            if match.end() > best_end:
                best, best_end = name, match.end()
    return best, len(window) - best_end if best else len(window)


#: A reference or id word this close before a phone-shaped number labels it ("dossier n° 06
#: 12 48 93 07"); further away it is the sentence's topic ("il demande qu'on le rappelle au
#: 06 …", "la demande de Mathis Girard (07 …)").
_LABEL_GAP = 14


def keep_number(text: str, start: int, end: int, kind: str) -> bool:
    """False for a number that is money, or that a reference (or, for ids, phone) cue precedes."""
    if _MONEY_AFTER.match(text, end) or _MONEY_BEFORE.search(text[max(0, start - 5) : start]):
        return False
    cue, gap = _nearest(text, start)
    if _POSTCODE_BEFORE.search(text[max(0, start - 16) : start]):
        return False
    if kind == "PHONE":
        # an international prefix makes a phone whatever word comes before ("... ملفي إلى +971")
        return text[start] == "+" or cue not in ("ref", "id") or gap > _LABEL_GAP
    return cue not in ("ref", "phone")


def keep_name(text: str, start: int, end: int) -> bool:
    """False for a name candidate that is a title, a street word or follows one."""
    words = re.findall(r"[^\W\d_]+", text[start:end])
    if not words or words[0] in NOT_NAMES or any(w in STREET_WORDS for w in words):
        return False
    if len(words) == 1 and words[0].casefold() in cues.COURTESY:
        return False  # "Salam, je suis …": a greeting of another language, not a name
    return not _STREET_BEFORE.search(text[max(0, start - 20) : start])


_ABBREVIATION = re.compile(
    r"(?i:\b(?:st|rd|ave?|dr|ln|blvd|sq|ct|pl|cres|tce|terr|gdns|pkwy|hwy|cir|trl|bd|esq|dto|"
    r"dt|apt|appt|bât|av|avda|pza|ctra|urb|col|jr|tv|trav|rod|qd|n|no|nº)\.)$"
)


def candidates(
    text: str, codes: tuple[str, ...], rules: tuple[Rule, ...] = ()
) -> list[tuple[int, int, int, str]]:
    """(start, end, rank, kind) of every rule of ``codes`` (and of "*") that matches ``text``."""
    found = []
    for one in rules or RULES:
        if one.langs != "*" and not any(code in one.langs.split() for code in codes):
            continue
        for match in one.pattern.finditer(text):
            group = "v" if "v" in one.pattern.groupindex else 0
            start, end = match.span(group)
            if one.arabic:
                trimmed = _arabic_name_end(text, start, end, one.arabic)
                if trimmed is None:
                    continue
                end = trimmed
            value = text[start:end]
            if one.kind == "IBAN":
                end = _longest_valid_iban(text, start, end)
                if end < 0:
                    continue
            elif one.check is not None and not one.check(value):
                continue
            short_card = (
                one.kind == "CARD" and len(value) - value.count(" ") - value.count("-") < 14
            )
            if (one.numeric or short_card) and not keep_number(text, start, end, one.kind):
                continue
            if one.cue and nearest_cue(text, start) != one.cue:
                continue
            if one.kind == "NAME" and not keep_name(text, start, end):
                continue
            if one.kind == "ADDRESS" and text[end - 1] == "." and not _ABBREVIATION.search(value):
                end -= 1  # "Road." ends the sentence; "St." keeps its abbreviation dot
            found.append((start, end, one.rank, one.kind))
    return found


def _longest_valid_iban(text: str, start: int, end: int) -> int:
    """The IBAN regex may swallow a following capitalised word; back off until it checks."""
    for cut in range(end, start + 14, -1):
        if text[cut - 1] != " " and iban_ok(text[start:cut]):
            return cut
    return -1
