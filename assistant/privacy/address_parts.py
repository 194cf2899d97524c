"""Addresses recognised by their parts: comma-separated runs of plot, block, house and district parts.

Much of the world writes an address as a list of parts rather than "number + street":
"Quadra 12, Conjunto B, Casa 5, Ceilândia Norte, Brasília - DF", "Mz. 14 Lt. 7, Col.
Ejidal, Ecatepec", "Stand No. 4471, Chilenje South, Lusaka", "Hay Mohammadi, bloc 7,
n° 33, Casablanca", "House 4, Close B, 3rd Avenue, Gwarinpa Estate, Abuja". No single
part is personal data ("casa 5", "bloc 7" or "Col. Centro" alone), but a run of them is.

The text is cut at commas and at " - " within each line; each piece is read as a part:

* **numbered** — a part word with a number or letter: house, plot, stand, block, lot,
  quadra, manzana, casa, bloc, îlot, n°, km, sector, phase, a numbered street ("Rua 7",
  "rue 255", "Street 9"), and units and floors;
* **area** — a district, estate or rural-place word with a name: bairro, barrio,
  colonia, zona, quartier, hay, derb, douar, setor, vereda, sítio, aldeia, "… Estate";
* **street** — a street type with a name and no number ("Rua Amílcar Cabral");
* **place** — a capitalised town, a state or province code, or a postcode.

A run counts as an address when it holds a numbered part and at least two parts in
all, one of them not a unit, or two area or street parts and a place: units alone
("Sala 3, puerta 12, planta 2") stay a room, not an address, and a district and its
town alone ("Centro, Belo Horizonte") stay a location. The first piece may start with
other words ("I live at Quadra 12"), the last may end with them ("Lusaka and …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.privacy.rules import AR_CITIES, AR_STOP
from assistant.privacy.text import AR, LO, UP

#: A word of a part's name: capitalised, in capitals, or a number ("Liberté 6", "Rue 12").
_WORD = rf"(?:[{UP}][{LO}'’\-]+(?:-[{UP}][{LO}]+)*|[{UP}]{{2,}}(?![{LO}])|\d{{1,5}}[A-Za-z]?)"
_LINK = (
    r"(?i:de la|de los|de las|del|de|da|do|das|dos|la|el|les|le|du|des|of|al|el|ben|bin|ibn|e|y)"
)
_NAME = rf"{_WORD}(?:[ \-](?:{_LINK}[ ])?{_WORD}){{0,4}}"
_NUMBER = (
    r"(?i:n[°º]\.?[ ]?|n\.[ ]?º[ ]?|no\.?[ ]|nr\.?[ ]|#[ ]?)?"
    r"(?:\d{1,5}(?:[-/.]\d{1,4})?(?:-?[A-Za-z])?|[A-Z]{1,2}-?\d{1,4}|[A-Z](?![\w]))"
)
_NUMBERED_WORD = (
    r"(?i:house|plot|stand|block|blk|close|lot|lote|lt|phase|sector|sec|tower|door|flat|apt|"
    r"apartment|unit|suite|building|bldg|street|st|road|rd|lane|avenue|villa|maison|bloc|îlot|"
    r"ilot|immeuble|imm|porte|rue|quadra|qd|qda|quarteirão|quarteirao|conjunto|conj|casa|bloco|"
    r"bl|beco|rua|travessa|manzana|mz|mza|calle|carrera|cra|bloque|km|kilometre|kilometer|"
    r"kilómetro|quilómetro|quilômetro|zona|n[°º]|no|nr|número|numero|ap|apto|dpto|depto|piso|"
    r"andar|sala|loja|chambre|appartement|app|appt|apartamento|departamento|int|interior|"
    r"entrada|escalera|esc|portal|pasaje|avenida|av|vía|via|estrada|rodovia|route|rte|chemin|"
    r"cell|village|plot|parcela|parcelle|solar|chácara|smt|cuadra|etapa|bloc|secteur|lotissement|"
    r"nave|armazém|armazem|local|hab|habitación|croft|site|rr|box|unidad|oficina|bureau)"
)
#: One or more numbered parts in one piece: "Mz. 14 Lt. 7", "Stand No. 4471", "casa n.º 45".
_NUMBERED = (
    rf"(?:{_NUMBERED_WORD}\.?[ ]?{_NUMBER}|(?i:n[°º]\.?|n\.[ ]?º|no\.|nr\.|núm\.|número|#)[ ]?\d{{1,5}}[A-Za-z]?)"
    rf"(?:[ ]{_NUMBERED_WORD}\.?[ ]?{_NUMBER})*"
    # Yucatán cross streets: "Calle 60 No. 491-A x 55 y 57"
    rf"(?:[ ](?:x|por)[ ]\d{{1,3}}(?:[ ](?:y|e)[ ]\d{{1,3}})?)?"
)
#: Ordinal floors and doors: "2nd floor", "3.º andar", "4e étage", "piso 5".
_FLOOR = (
    r"\d{1,2}(?:st|nd|rd|th|e|ème|er|º|°|ª|\.º)[ ]?(?i:floor|étage|etage|piso|andar)"
    r"|\d{1,2}\.?[º°ª][ ]?(?i:esq|dto|dta|dir|izq|izda|dcha|frente|fte|[A-H])\.?"
    r"|(?i:r/c|rdc|bajo|rez-de-chauss[ée]e)(?:[ ]?(?i:esq|dto|dta|dir|izq|dcha)\.?)?"
)
_AREA_WORD = (
    r"(?i:bairro|barrio|colonia|col|fracc|fraccionamiento|zona|quartier|qrt|hay|derb|douar|"
    r"setor|sector|secteur|urb|urbanización|urbanizacion|urbanização|urbanizacao|residencial|"
    r"résidence|residence|comunidade|comunidad|vereda|sítio|sitio|fazenda|aldeia|suco|roça|"
    r"loteamento|povoado|caserío|caserio|parroquia|cantón|canton|commune|province|distrito|"
    r"district|municipio|município|cité|lotissement|asentamiento|ejido|condomínio|condominio|"
    r"jardim|vila|villa|morro|favela|centralidade|medina|médina|kebele|ward|county|co|región|"
    r"region|região|departamento|dept|estado|provincia|localidad|localidade|pueblo|aldea|"
    r"lieu-dit|hameau|quinta|finca|hacienda|corregimiento|comuna|aa\.?[ ]?hh|urbanisation|"
    r"camp|campamento|carré|carre|îlot|ilot|zone|quarter|area|township|estate|phase|"
    r"residencia|edificio|edifício|immeuble|bâtiment|bat|torre|tower|block|bloque|bloco|"
    r"conjunto|barangay|brgy|purok|subdivision|subd|lugar|freguesia|cortijo|polígono|poligono|"
    r"zona industrial|zone artisanale|zone industrielle|industrial estate|parque industrial)"
)
_AREA = (
    rf"{_AREA_WORD}\.?[ ](?:(?:de|del|da|do|dos|das|la|el|of|d['’])[ ]?)?{_NAME}"
    rf"|{_NAME}[ ](?i:estate|homes|gardens|village|heights|mansions|towers|residency|enclave|"
    rf"layout|colony|nagar|extension|compound|court|park|apartments|residences|hills|cottage|"
    rf"farm|house|lodge|rectory|barn|mill|manor|hall|grange)"
)
_STREET_WORD = (
    r"(?i:rua|r|avenida|av|avda|travessa|tv|largo|praça|pça|estrada|alameda|rodovia|calle|c/|"
    r"paseo|plaza|camino|carretera|ctra|pasaje|jirón|jr|rue|avenue|boulevard|bd|bvar|bulevar|"
    r"chemin|route|allée|impasse|street|road|lane|kale|carrer|via|viale|nahj|zankat|zenkat|"
    r"derb|beco|viela|ladeira|callejón|calzada|diagonal|transversal)"
)
_EN_TYPE = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Place|Pl|Court|Ct|Crescent|"
    r"Grove|Gardens|Terrace|Square|Row|Boulevard|Blvd|Walk|Hill|Mews|Parkway|Highway|Hwy|"
    r"Green|Park|Rise|View|Vale|Parade|Drive|Circle|Quay|Wharf|Crossing|Heights)"
)
#: A street with its number before ("14 Gloucester Road", "3 rue de la Gare", "3rd Avenue")
#: or after it ("Av. Los Incas 455"), or without one ("Rua Amílcar Cabral").
_STREET = (
    rf"(?:\d{{1,5}}[A-Za-z]?(?:[ ](?i:bis|ter))?,?[ ])?(?:{_STREET_WORD}\.?[ ]"
    rf"(?:(?i:de|del|da|do|dos|das|de la|la|el|du|des|of)[ ])?{_NAME}"
    rf"|{_NAME}[ ](?i:{_EN_TYPE})\.?(?:[ ](?:North|South|East|West|N|S|E|W))?)"
    rf"|\d{{1,3}}(?:st|nd|rd|th)[ ](?i:{_EN_TYPE})"
)
_POSTCODE = (
    r"(?:C\.?P\.?:?[ ]?|CEP:?[ ]?|L-|B-|CH-|F-|P-)?"
    r"(?:\d{4,5}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|"
    r"[A-HJ-NP-Z]\d{4}[A-Z]{3})"
)
_TOWN = rf"(?:{_POSTCODE}[ ])?{_NAME}(?:[ ]{_POSTCODE})?(?:[ ]\([{UP}][\w. ]+\))?"
_STATE = rf"[{UP}]{{2,3}}|[{UP}][{LO}]{{1,4}}\.(?:[ ][{UP}][{LO}]{{1,4}}\.)?"
#: Capitalised words that start a sentence, a greeting or a sign-off, never a town.
_NOT_PLACE = set(
    """Thanks Thank Please Regards Best Kind Merci Cordialement Bonjour Gracias Saludos
    Obrigado Obrigada Atenciosamente Hi Hello Dear The This It We I My Our Tel Phone Email
    Cumprimentos Atentamente Por Para Mon Ma Mi Meu Minha Yes No Oui Non Sí Sim But Mais
    Pero Mas And Et Also However Then Tomorrow Today Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Ministry
    Minister Ministère Ministerio Ministério Department Departamento Département University
    Université Universidad Universidade Hospital Hôpital School École Escuela Escola Council
    Conseil Office Bureau Agency Agence Agencia Bank Banque Banco Court Tribunal Module
    Unit Section Article Chapter Lesson Chapitre Capítulo Artículo Artigo""".split()
)
_KINDS = (
    (
        "numbered",
        re.compile(rf"(?:{_NUMBERED})(?:[ ](?:{_FLOOR}))?|{_FLOOR}|\d{{1,5}}[A-Za-z]?|(?i:s/n)"),
    ),
    ("area", re.compile(_AREA)),
    ("street", re.compile(_STREET)),
    ("postcode", re.compile(rf"{_POSTCODE}(?:[ ]{_NAME})?")),
    ("place", re.compile(rf"{_TOWN}|{_STATE}")),
    # "28 Kingsway", "23 The Paddocks": a house number and a name without a street type
    ("house", re.compile(rf"\d{{1,5}}[A-Za-z]?[ ](?:The[ ])?{_NAME}")),
)
# Arabic: numbered parts ("مبنى ٤٥", "الرقم ٤٤", "عمارة ب", "بيت رقم ٤١٢"), areas ("حي
# الروضة", "مجمع الواحة", "درب الشرفاء"), streets ("شارع حمد الكبير", "٧ نهج الياسمين"),
# towns of the course countries with a postcode, and other short names as fillers.
_AR_NUMBER = r"(?:رقم[ ])?(?:\d{1,5}(?:[-/]\d{1,4})?|[\u0621-\u064A](?![\u0621-\u064A]))"
_AR_NUMBERED_WORD = (
    r"(?:ال)?(?:مبنى|رقم|غرفة|محل|بيت|منزل|عمارة|فيلا|شقة|قطعة|مربع|بلوك|جادة|زقاق|دار|"
    r"محلة|حارة|طابق|دور|مجمع|وحدة|عدد|منطقة|شارع|طريق|سكة|بناية|برج|مكتب|كيلو|كلم)"
)
_AR_AREA_WORD = (
    r"(?:ال)?(?:حي|منطقة|مجمع|درب|قرية|دوار|جماعة|إقليم|اقليم|محافظة|ولاية|مدينة|ضاحية|"
    r"تجزئة|إقامة|اقامة|مخيم|سوق|سكن|مزرعة|بلدة|مخطط|حارة|محلة|قضاء|ناحية|مركز|عمالة|"
    r"دائرة|بلدية|عزبة|كفر|نجع|واحة|الحي الجامعي|المدينة الجامعية)"
)
_AR_NAME = rf"(?:{AR}|\d{{1,5}})(?:[ ](?:{AR}|\d{{1,5}})){{0,4}}"
_AR_KINDS = (
    (
        "numbered",
        re.compile(
            rf"(?:\d{{1,5}}[ ])?(?:شارع|نهج|زنقة|طريق)[ ]{_AR_NAME}(?<=\d)"
            rf"|(?:\d{{1,5}}[ ])(?:شارع|نهج|زنقة|طريق)[ ]{_AR_NAME}"
            rf"|{_AR_NUMBERED_WORD}[ ]{_AR_NUMBER}(?:[ ]{_AR_NUMBERED_WORD}[ ]{_AR_NUMBER})*"
            rf"|(?:ص\.?[ ]?ب\.?|صندوق بريد)[ ]?:?[ ]?\d{{2,6}}"
        ),
    ),
    ("area", re.compile(rf"{_AR_AREA_WORD}[ ]{_AR_NAME}")),
    ("street", re.compile(rf"(?:شارع|نهج|زنقة|طريق|جادة|ممر)[ ]{_AR_NAME}")),
    (
        "place",
        re.compile(
            rf"(?:{AR_CITIES})(?:[ ]\d{{4,6}}(?:[ ]?-[ ]?\d{{4}})?)?|\d{{4,6}}[ ](?:{AR_CITIES})|\d{{4,6}}"
        ),
    ),
    ("filler", re.compile(rf"{AR}(?:[ ]{AR}){{0,2}}(?:[ ]\d{{1,6}})?")),
)
#: An Arabic run may end at any word ("الرياض ١٢٣٤٥ منذ سنة"), but not on a filler.
_AR_TAIL = re.compile(r"(?=[.!?؟؛:)\]»\"”]|[ ]|$)")

#: Units and floors: a run of these alone is a room, not an address.
_UNIT = re.compile(
    rf"(?:(?i:flat|apt|apartment|unit|suite|door|porte|building|bldg|tower|piso|andar|sala|loja|chambre|"
    rf"appartement|app|appt|apartamento|departamento|dpto|depto|int|interior|entrada|"
    rf"escalera|esc|portal|ap|apto|n[°º]|no|nr|número|numero)\.?[ ]?{_NUMBER}[ ]?)+|{_FLOOR}"
)
#: A postcode inside a place piece; a year ("London 2024") is none.
_HAS_POSTCODE = re.compile(rf"(?<![\w-])(?!(?:19|20)\d\d(?![\d-]))(?:{_POSTCODE})(?![\w-])")
_BARE = re.compile(r"\d{1,5}[A-Za-z]?|(?i:s/n)")
_CUT = re.compile(r"[ ]*[,،][ ]*|[ ]+[-–][ ]+")
_ALL = ("numbered", "area", "street", "postcode", "place", "house", "filler")
_TAIL = re.compile(r"(?=[.!?;:)\]»\"”]|[ ]+[a-zß-ÿ]|[ ]*$)")


def _arabic(piece: str) -> bool:
    return re.search(AR, piece) is not None


def _kind(piece: str, *, allow: tuple[str, ...]) -> str | None:
    if _arabic(piece):
        for name, pattern in _AR_KINDS:
            if name in allow and pattern.fullmatch(piece):
                words = re.findall(AR, piece)
                if name == "filler" and any(word in AR_STOP for word in words):
                    return None
                return name
        return None
    for name, pattern in _KINDS:
        if name in allow and pattern.fullmatch(piece):
            if name in ("place", "area", "street") and piece.split()[0] in _NOT_PLACE:
                return None
            if name == "numbered" and _UNIT.fullmatch(piece):
                return "unit"
            if name == "street" and re.search(r"\d", piece):
                return "numbered"
            if name == "place" and _HAS_POSTCODE.search(piece):
                return "postcode"
            return name
    return None


def _head(piece: str) -> tuple[int, str] | None:
    """The longest tail of the run's first piece that is a part ("I live at Quadra 12")."""
    for match in re.finditer(r"(?:^|(?<=[ (:«\"“]))[^ ]", piece):
        rest = piece[match.start() :]
        kind = _kind(rest, allow=("numbered", "area", "street", "house"))
        # a bare house number continues a street ("Rua X, 45"), it never starts a run
        if kind is not None and not _BARE.fullmatch(rest):
            return match.start(), kind
    return None


def _tail(piece: str) -> tuple[int, str] | None:
    """The longest head of the run's last piece that is a part ("Lusaka and …")."""
    stops = _AR_TAIL if _arabic(piece) else _TAIL
    for end in sorted({m.start() for m in stops.finditer(piece)}, reverse=True):
        # an Arabic run may stop at any word, but only a town or a part ends it mid-sentence
        allow = _ALL[:-1] if piece[end : end + 1] == " " else _ALL
        if end and (kind := _kind(piece[:end], allow=allow)):
            return end, kind
    return None


def _pieces(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    for cut in _CUT.finditer(line):
        yield start, cut.start()
        start = cut.end()
    yield start, len(line)


def _accept(kinds: list[str]) -> bool:
    numbered = kinds.count("numbered")
    named = kinds.count("area") + kinds.count("street")
    places = kinds.count("place") + kinds.count("postcode")
    if numbered and (numbered + named + places + kinds.count("unit")) >= 2 and (named or places):
        return True
    if "postcode" in kinds and (named or "house" in kinds or "unit" in kinds):
        return True  # "28 Kingsway, Hove BN3 2WF", "Lugar de Outeiro, 5470-380 Montalegre"
    return named >= 2 and places >= 1 or named >= 1 and numbered >= 1


def part_runs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every run of address parts that makes an address."""
    found = []
    offset = 0
    for line in text.split("\n"):
        pieces = [(offset + s, offset + e) for s, e in _pieces(line)]
        i = 0
        while i < len(pieces):
            run = _run(text, pieces, i)
            if run is None:
                i += 1
                continue
            start, end, kinds, used = run
            if _accept(kinds):
                # a full stop ends the sentence, unless it ends an abbreviation ("Yuc.")
                if text[end - 1] == "." and re.search(r"[^\W\d_]{4,}\.$", text[start:end]):
                    end -= 1
                found.append((start, end))
                i += used
            else:
                i += 1
        offset += len(line) + 1
    return found


def _run(
    text: str, pieces: list[tuple[int, int]], i: int
) -> tuple[int, int, list[str], int] | None:
    """The run of parts that starts with piece ``i``, or None when that piece is none."""
    first = text[pieces[i][0] : pieces[i][1]]
    head = _head(first)
    if head is None:
        return None
    start = pieces[i][0] + head[0]
    kinds, end, j = [head[1]], pieces[i][1], i + 1
    while j < len(pieces):
        s, e = pieces[j]
        piece = text[s:e]
        kind = _kind(piece, allow=_ALL)
        if kind is not None:
            kinds.append(kind)
            end, j = e, j + 1
            continue
        last = _tail(piece)
        if last is not None:
            kinds.append(last[1])
            end, j = s + last[0], j + 1
        break
    return start, end, kinds, j - i
