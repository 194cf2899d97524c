"""Postal-address grammars: street types, number order, units, PO boxes and postcodes.

Each language writes an address its own way, and the grammar follows it:

* English: number first, then the street name and its type ("12 Baker
  Street", "742 Evergreen Tce", "5th Avenue"), then a unit, town, state and
  ZIP or a UK postcode;
* French: number (with bis/ter) then type then name ("15 rue des Lilas,
  75012 Paris"); Belgian number-after form too ("Rue de la Loi 16");
* Spanish and Portuguese: type, name, then number ("Calle Mayor 7, 3º B",
  "Rua das Flores, 45, 2.º Esq.", "Carrera 7 # 32-16"), then unit and
  postcode (28002, 1200-195, 01310-100);
* Arabic: street word (شارع، زنقة، درب، نهج) with the number before or after,
  building, flat and floor words, PO boxes;
* in any language: units ("Apt. 4", "Suite 210", "appartement 12"), PO boxes
  ("Case postale", "Apartado Postal 15-230", "ص.ب"), and street names that end
  in a type ("Koskikatu 25", "Hauptstraße 5");
* chains (:func:`chain`): a found part grows over the parts it touches —
  units written before the number ("Unit 4, 17 ..."), a street without a
  number before its unit, towns with a district number, region codes and the
  postcodes of the UK, Canada, Ireland, Argentina and the numeric ones, the
  next line of a written address, Brazilian "- Bairro, Cidade - UF", and the
  Arabic district, building, floor, landmark and rural parts. Landmark
  addresses ("خلف مسجد النور، حي الملقا، الرياض") carry no number and count
  only with two more parts; "Unit 4" or "Level 2" alone is a course unit;
* runs of parts (:mod:`assistant.privacy.address_parts`): addresses written as a
  list of plot, block, house, district and town parts with no street number
  ("Quadra 12, Conjunto B, Casa 5, Ceilândia Norte, Brasília - DF", "مبنى ٤٥،
  شارع ٨٧٠، منطقة ٥٦، الدوحة") join the chains.

The trade-off stays as before: a street named without a number or unit
("pothole on Mill Lane", "Bache en la calle Mayor") is the location the city
needs, not personal data, and is not flagged.
"""

from __future__ import annotations

import re

from assistant.privacy.address_parts import part_runs
from assistant.privacy.rules import AR_CITIES, AR_STOP, AR_STREET, Rule, rule
from assistant.privacy.text import AR, AR_WORDS, CAP, B, E

_W = r"[A-Za-zÀ-ÖØ-öø-ÿ'’\-]+"  # any word, lower or upper case
#: Words of a sentence, never the first word of a street's name ("la avenida hay 2 baches",
#: "a rua tem 4 buracos", "3 rue barrées"): verbs, pronouns, prepositions of place.
_SENTENCE_WORDS = (
    r"que|tiene|tienen|hay|con|sin|es|está|son|por|para|desde|hasta|muy|más|ya|no|se|lo|le|"
    r"me|te|nos|su|sus|mi|mis|tu|un|una|y|o|pero|como|cuando|donde|cada|este|esta|ese|esa|"
    r"aquí|allí|en|al|tem|têm|há|com|sem|é|são|até|muito|mais|já|não|os|um|uma|e|ou|mas|"
    r"quando|onde|aqui|ali|qui|avec|sans|sont|pour|par|depuis|très|plus|déjà|ne|pas|"
    r"une|et|mais|comme|quand|où|chaque|ce|cette|ici|là|il|elle|a|à|au|aux|on|vers|près|dans|chez|"
    r"frente|cerca|junto|perto|entre|sobre|hace|faz|fait|numéro|número|nº|n|el|la|las|los|na|"
    r"no|nas|nos|zona|termina|acaba|começa|empieza|fica|queda"
)
_NOT_SENTENCE = rf"(?!(?:{_SENTENCE_WORDS})(?![\w'’\-]))"
_EN_TYPE = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Place|Pl|Court|Ct|Crescent|"
    r"Cres|Grove|Gardens|Gdns|Terrace|Tce|Terr|Square|Sq|Row|Boulevard|Blvd|Walk|Hill|Mews|"
    r"Parkway|Pkwy|Circle|Cir|Highway|Hwy|Trail|Trl|Loop|Ridge|Heights|Path|Parade|Rise|View|"
    r"Wharf|Vale|Wynd|Causeway|Embankment|Alley|Plaza|Pike|Crossing|Point|Fields|Meadows|"
    r"Glen|Gate|Quay|Chase|Croft|Approach|Green|Park|Broadway|Expressway|Expy|Freeway|Fwy|"
    r"Junction|Manor|Station Road|Court Road)"
)
_EN_UNIT = r"(?:Apt|Apartment|Flat|Unit|Suite|Ste|Room|Rm|Floor|Fl|Building|Bldg|Block|Lot|#)"
_US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR"
).split()
_UK_POSTCODE = r"(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ ]?\d[A-Z]{2}"
_TITLE = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’][A-Za-zÀ-ÿ]+)?"
_CITY = rf"(?!(?:Col|Av|Avda|Urb|Int|Dpto|Depto|Apto|Bl|Qd|Jr|Tv|Trav)\.){_TITLE}(?:[ \-](?:(?:sur|sous|en|le|la|les|de|del|do|da|dos|das|upon|on)[ \-])?{_TITLE}){{0,3}}"
_FR_TYPE = (
    r"(?:rue|avenue|av\.?|bd|boulevard|bld|place|pl\.|chemin|ch\.|allée|impasse|imp\.|quai|route|"
    r"rte|cours|square|passage|résidence|lotissement|cité|hameau|voie|sentier|faubourg|fg|"
    r"promenade|rond-point|parvis|esplanade|villa|clos|domaine|montée|ruelle|traverse|venelle|"
    r"chaussée|galerie|mail|avenue du|boulevard du)"
)
_FR_LINK = r"(?:de la|de l['’]|du|des|de|d['’]|la|le|les|l['’]|aux|au|à|et|sur|sous|en)"
#: Abbreviated titles inside a street's name: "Rua Dr. José Bonifácio", "rue du Gén. Leclerc".
_STREET_TITLE = (
    r"(?:(?:Dr|Dra|Prof|Profa|Eng|Gen|Gén|Gal|Cel|Cap|Ten|Mal|Alm|Pe|Padre|Sto|Sta|Sr|Sra|Pres|"
    r"Des|Min|Gov|Cde|Mgr|Mal|St|Ste)\.[ ])"
)
_FR_STREET = rf"(?:{_FR_LINK}[ ]?)?{_STREET_TITLE}?{_NOT_SENTENCE}{_W}(?:[ \-](?:{_FR_LINK}[ \-]?)?{CAP}){{0,4}}"
_ES_TYPE = (
    r"(?:calle|c/|avenida|avda\.?|av\.?|paseo|pº|plaza|pza\.?|camino|carretera|ctra\.?|ronda|"
    r"travesía|glorieta|bulevar|callejón|pasaje|urbanización|urb\.|colonia|col\.|calzada|"
    r"rambla|carrera|cra\.?|diagonal|transversal|jirón|jr\.|carrer|rúa)"
)
_PT_TYPE = (
    r"(?:rua|r\.|avenida|av\.?|travessa|tv\.|trav\.|largo|praça|praca|estrada|alameda|rodovia|"
    r"rod\.|calçada|beco|viela|ladeira|caminho|passeio|quadra|qd\.|setor|servidão)"
)
_IB_LINK = r"(?:de la|de los|de las|del|de|da|do|das|dos|la|el|los|las|y|e)"
_IB_STREET = rf"(?:{_IB_LINK}[ ])?{_STREET_TITLE}?{_NOT_SENTENCE}{_W}(?:[ ](?:{_IB_LINK}[ ])?(?:{CAP}|\d{{1,2}}[ ]de[ ]{CAP})){{0,4}}"
_IB_NUMBER = (
    r",?[ ](?:(?:[Nn][º°o]\.?[ ]?|[Nn]úmero[ ]|[Nn]um\.[ ]?|#[ ]?)?\d{1,5}[A-Za-z]?(?:-\d{1,4})?"
    r"|[Ss]/[Nn](?![\w]))"
)
_IB_UNIT = (
    r"(?i:[ ]?/[ ]?\d{1,4}(?![\d/])|,?[ ](?:\d{1,2}\.?[º°ª][ ]?(?:andar|piso|izq(?:uierda|da)?\.?|dcha\.?|derecha|centro|"
    r"esquerdo|esq\.?|direito|dto\.?|dt\.?|frente|[A-H](?![\w]))?|(?:piso|puerta|portal|escalera|esc\.|bloque|"
    r"depto\.?|dpto\.?|departamento|apto\.?|apartamento|ap\.|interior|int\.|bloco|bl\.|casa|andar|conj\.|"
    r"sala|loja|lote|conjunto)[ ]?[A-Z0-9]{1,4}|bajo(?:[ ][A-Z])?|r/c(?:[ ]?(?:esq|dto)\.?)?|"
    r"(?:esq|dto)\.|s/n)){0,3}"
)
_IB_POSTCODE = (
    rf"(?:,?[ ](?:-[ ])?(?:C\.?P\.?[ ]?|CEP[ ]?)?(?:\d{{4}}-\d{{3}}|\d{{5}}-?\d{{3}}|\d{{5}})"
    rf"(?:[ ,]+{_CITY})?)?"
)
#: Lower-case addresses as typed on a phone ("calle san bernardo 33 4º b", "5 rue victor hugo
#: 59000 lille"): a street type, lower-case words that are no sentence words, a number.
_LOW = r"[a-zß-öø-ÿ]"
_LOWER_STREET_TYPE = (
    r"(?:calle|c/|cl|cll|avenida|avda\.?|av\.|paseo|camino|carretera|ronda|travesía|callejón|"
    r"pasaje|rúa|carrer|rua|travessa|estrada|alameda|largo|praça|rue|avenue|boulevard|bd|"
    r"chemin|allée|impasse|route|quai)"
)
_LOWER_NAME = rf"(?:{_NOT_SENTENCE}{_LOW}[{_LOW[1:-1]}'’\-]*)"
_LOWER_TAIL = (
    rf"(?:,?[ ](?:\d{{1,2}}[º°ª]?(?:[ ]?[a-h])?|(?:app|apt|appt|piso|apto|dpto|depto|puerta|bloco|"
    rf"andar|casa|esc)\.?[ ]?[0-9a-z]{{1,4}}){E}){{0,2}}"
    rf"(?:(?:,?[ ]{_LOWER_NAME})?,?[ ](?:\d{{4,5}}(?:-\d{{3}})?|[a-z]\d[a-z][ ]?\d[a-z]\d)(?:[ ]{_LOWER_NAME})?)?"
)
_AR_UNIT = (
    r"(?:شقة|الشقة|عمارة|العمارة|بناية|البناية|مبنى|منزل|المنزل|الطابق|طابق|فيلا|الفيلا|بلوك|مربع)"
)
_PO_BOX = (
    r"(?:P\.?[ ]?O\.?[ ]?Box|Post Office Box|Private Bag|PMB|Bo[îi]te [Pp]ostale|B\.P\.|BP|"
    r"Case [Pp]ostale|Postfach|Apartado(?: de [Cc]orreos| [Pp]ostal)?|Apdo\.|Caixa Postal|"
    r"C\.?[ ]?P\.?|Casilla(?: de [Cc]orreos?| [Pp]ostal)?|"
    r"ص\.[ ]?ب\.?|صندوق بريد|ص ب)"
)
_LOWER_STOP = set(
    """on the in at of and near to my a an for with from by is was are were our your their his
    her its this that these those there here every each all some any no not but or so as into
    onto over under along across past around behind between outside inside down up off same
    old new big main""".split()
)


_LOWER_TYPES = set(
    "street st road rd avenue ave lane ln drive boulevard blvd terrace crescent highway parkway".split()
)


def _en_street_ok(value: str) -> bool:
    """Lower-case words name a street only in an all-lower-case address with a clear type."""
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", value)
    lowers = [w for w in words if w[0].islower() and w not in {"st", "nd", "rd", "th"}]
    if not lowers:
        return True
    if any(w[0].isupper() for w in words):
        return False
    return not any(w in _LOWER_STOP for w in words) and any(w in _LOWER_TYPES for w in words)


def _ar_street_ok(value: str) -> bool:
    return not any(word in AR_STOP for word in re.findall(AR, value))




# One rule a line reads better than the formatter's split of long regexes.
# fmt: off
ADDRESS_RULES: tuple[Rule, ...] = (
    # English: number, name, type, then unit, town, state and ZIP, or a UK postcode
    # (also in Arabic messages, which often carry a Latin-script address)
    rule("ADDRESS", 4, "en ar", rf"(?<![\w.,])\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,4}}[A-Za-z]?)?,?[ ](?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ ])?(?:{_W}[ ]){{0,3}}(?:{_W}|\d{{1,3}}(?:st|nd|rd|th))[ ](?i:{_EN_TYPE})\.?(?![\w])(?:,?[ ](?:N|S|E|W|NE|NW|SE|SW)\.?(?![\w]))?(?:,?[ ]{_EN_UNIT}\.?[ ]?#?[A-Z0-9]{{1,5}}(?![\w]))?(?:,[ ]{_CITY})?(?:,?[ ](?:(?:{'|'.join(_US_STATES)})[ ]\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE})(?![\w]))?", check=_en_street_ok),
    rule("ADDRESS", 4, "en", rf"{B}(?:Apt|Apartment|Flat|Suite|Ste)\.?[ ]?#?\d{{1,5}}[A-Za-z]?{E}"),
    rule("ADDRESS", 4, "en", rf"(?<![A-Za-z0-9]){_UK_POSTCODE}(?![A-Za-z0-9])"),
    rule("ADDRESS", 4, "en", rf"{CAP}(?:[ ]{CAP})?,[ ](?:{'|'.join(_US_STATES)})[ ]\d{{5}}(?:-\d{{4}})?{E}"),
    # French: number, type, name; Belgian and Swiss number after; units, CEDEX
    rule("ADDRESS", 4, "fr en ar", rf"(?<![\w.,])\d{{1,4}}(?:[ ]?(?:bis|ter|quater|[A-D])(?![\w]))?,?[ ](?i:{_FR_TYPE})[ ]{_FR_STREET}(?:,?[ ]\d{{5}}(?:[ ]{_CITY})?(?:[ ]CEDEX(?:[ ]\d{{1,2}})?)?)?"),
    rule("ADDRESS", 4, "fr", rf"{B}(?i:{_FR_TYPE})[ ]{_FR_STREET},?[ ]\d{{1,4}}(?:[ ]?(?:bis|ter|[A-D]))?{E}(?:,?[ ]\d{{4,5}}(?:[ ]{_CITY})?)?"),
    rule("ADDRESS", 4, "fr", rf"{B}(?i:appartement|appart\.?|appt\.?|apt\.?|app\.|bâtiment|bât\.?|escalier|esc\.|logement|porte|boîte|bte|immeuble|imm\.|villa)[ ]?(?:n[°º]\.?[ ]?)?[A-Z0-9]{{1,4}}{E}"),
    rule("ADDRESS", 4, "fr", rf"{B}\d{{1,2}}(?:e|ème|er|è)[ ]étage{E}"),
    rule("ADDRESS", 4, "fr", rf"{B}(?i:résidence|lotissement|hameau|domaine|cité)[ ](?:(?:les|le|la|des|du|de la)[ ])?{CAP}(?:[ ]{CAP}){{0,2}}(?:,?[ ](?:bâtiment|bât\.?|escalier|entrée)[ ][A-Z0-9]{{1,3}}{E})?"),
    rule("ADDRESS", 4, "fr es", rf"(?<![\w,.])(?:0[1-9]|[1-8]\d|9[0-8])\d{{3}}[ ]{_CITY}(?:[ ]CEDEX)?", numeric=True),
    # Spanish and Portuguese: type, name, number, unit, postcode
    rule("ADDRESS", 4, "es", rf"{B}(?i:{_ES_TYPE})[ ]?{_IB_STREET}{_IB_NUMBER}{E}{_IB_UNIT}(?:,[ ]{_CITY})?{_IB_POSTCODE}"),
    rule("ADDRESS", 4, "pt", rf"{B}(?i:{_PT_TYPE})[ ]{_IB_STREET}{_IB_NUMBER}{E}{_IB_UNIT}(?:[ ]-[ ]{_CITY})?(?:,[ ]{_CITY}(?:[ ]?[-/][ ]?[A-Z]{{2}})?)?{_IB_POSTCODE}"),
    # Numbered streets of Latin America: "Calle 10 Sur # 43A-25", "calle 60 num. 512 x 47 y 49",
    # "calle 9 n.º 1247 e/ 56 y 57", "calle 23 no. 1052 entre 10 y 12"
    rule("ADDRESS", 4, "es", rf"{B}(?i:calle|carrera|cra\.?|cl\.|avenida|av\.?|diagonal|transversal)[ ]\d{{1,3}}[A-Za-z]?(?:[ ](?i:bis|sur|norte|este|oeste))?[ ]?(?:#|[Nn][º°o]\.?|[Nn]\.[ ]?º|(?i:num\.?|núm\.?|número))[ ]?\d{{1,5}}[A-Za-z]?(?:-\d{{1,3}}[A-Za-z]?)?(?:[ ](?:x|e/|entre)[ ]\d{{1,3}}[A-Za-z]?(?:[ ][ye][ ]\d{{1,3}}[A-Za-z]?)?)?{E}"),
    rule("ADDRESS", 4, "es pt fr", rf"{B}{_LOWER_STREET_TYPE}[ ](?:(?:de|del|da|do|dos|das|de la|du|des|la|le)[ ])?{_LOWER_NAME}(?:[ ](?:(?:de|del|da|do|dos|das|de la|du|des)[ ])?{_LOWER_NAME}){{0,3}},?[ ]\d{{1,5}}[a-z]?{E}{_LOWER_TAIL}"),
    rule("ADDRESS", 4, "fr", rf"(?<![\w.,])\d{{1,4}}(?:[ ]?(?:bis|ter))?,?[ ](?:rue|avenue|bd|boulevard|chemin|allée|impasse|route|quai|place)[ ](?:(?:de la|du|des|de|la|le|les)[ ])?{_LOWER_NAME}(?:[ ](?:(?:de la|du|des|de)[ ])?{_LOWER_NAME}){{0,3}}{E}{_LOWER_TAIL}"),
    # The number first, as a sentence says it: "el número 27 de la calle Goya", "do n.º 14 da
    # Rua do Bonjardim"
    rule("ADDRESS", 4, "es pt", rf"{B}(?i:n[úu]mero|n\.?[º°]\.?|num\.)[ ]?\d{{1,5}}[A-Za-z]?[ ](?i:de la|del|de|da|do)[ ](?i:{_ES_TYPE}|{_PT_TYPE})[ ]{_IB_STREET}"),
    rule("ADDRESS", 4, "es pt", rf"{B}(?i:piso|puerta|apto\.?|apartamento|dpto\.?|depto\.?|bloco|andar)[ ]\d{{1,3}}[A-Za-z]?{E}"),
    # Mozambique and Angola: "Casa n.º 45, Quarteirão 12", "Quarteirão 8, Casa 41"
    rule("ADDRESS", 4, "pt", rf"{B}(?i:(?:casa[ ](?:n\.?[º°][ ]?)?\d{{1,4}}[A-Za-z]?,[ ]?)?quarteir[ãa]o[ ](?:n\.?[º°][ ]?)?\d{{1,4}}[A-Za-z]?(?:,[ ]?casa[ ](?:n\.?[º°][ ]?)?\d{{1,4}}[A-Za-z]?)?){E}"),
    rule("ADDRESS", 4, "pt", rf"(?<![\w,.-])\d{{4}}-\d{{3}}[ ]{_CITY}"),
    rule("ADDRESS", 4, "pt es", r"(?<![\w,.-])\d{5}-\d{3}(?![\w-])"),
    rule("ADDRESS", 4, "*", rf"(?i:c[óo]digo postal|code postal|postcode|post code|zip(?: code)?|CEP|C\.P\.|الرمز البريدي)[ ]?:?[ ]?(?P<v>(?:\d{{4}}-\d{{3}}|\d{{5}}-?\d{{3}}|\d{{4,5}}|{_UK_POSTCODE}){E}(?:[ ]{_CITY}|[ ]?[،,]?[ ](?:{AR_CITIES})(?![\u0621-\u064A]))?)"),
    # Arabic: street word with the number before or after; flats, buildings, floors
    rule("ADDRESS", 4, "ar", rf"{AR_STREET}[ ](?:\d{{1,3}}[ ])?{AR}(?:[ ]{AR}){{0,3}}?[ ]?[،,]?[ ]?(?:رقم|عمارة|منزل)[ ]?\d{{1,4}}(?!\d)"),
    rule("ADDRESS", 4, "ar", rf"(?<![\d.,])(?P<v>\d{{1,4}}[ ]?[،,]?[ ]?{AR_STREET}[ ]{AR_WORDS})", arabic=3),
    rule("ADDRESS", 4, "ar", rf"{AR_STREET}[ ]{AR}(?:[ ]{AR}){{0,2}}[ ]?[،,]?[ ]?\d{{1,4}}(?![\d/:.])", check=_ar_street_ok),
    rule("ADDRESS", 4, "ar", rf"{AR_STREET}[ ]\d{{1,4}}(?:[ ]?[،,]?[ ]?(?:رقم)[ ]?\d{{1,4}})?(?!\d)"),
    rule("ADDRESS", 4, "ar", rf"{_AR_UNIT}[ ]?(?:رقم[ ]?)?\d{{1,4}}(?!\d)"),
    # Any language: PO boxes; street names that end in their type; house numbers
    rule("ADDRESS", 4, "*", rf"(?<![\w]){_PO_BOX}[ ]?:?[ ]?\d{{1,6}}(?:-\d{{1,4}})?(?![\d\-])(?:,[ ]{_CITY}(?:,[ ](?:{'|'.join(_US_STATES)}|[A-Z]{{2}})[ ]\d{{5}}(?:-\d{{4}})?|[ ]\d{{4,5}})?|[ ]?[،,][ ]?{AR}(?:[ ]{AR})?)?"),
    rule("ADDRESS", 4, "*", rf"{B}{CAP}(?:katu|tie|kuja|polku|gatan|vägen|gata|vej|gade|straße|strasse|str\.|weg|laan|straat|plein|gasse|platz|ulica|utca|allee|veien|vegen)[ ]\d{{1,4}}[A-Za-z]?{E}"),
)
# fmt: on


# ------------------------------------------------------------------ chains
# An address is written as a chain of parts: "عمارة النور، شقة 3، حي الرياض، تونس",
# "BP 245, 97400 Saint-Denis", "3/14 Beach Rd, Bondi NSW 2026". The rules above find
# the parts that carry a number; the parts below carry none and are not addresses on
# their own ("حي السلام" is a topic), but they belong to an address they touch.
_AR_ORDINAL = r"(?:الأول|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الأرضي|الارضي|\d{1,2})"
#: Landmark addresses ("خلف مسجد النور", "بجوار مدرسة الأمل"): a position word, then a place.
_AR_LANDMARK = (
    r"(?<![\u0621-\u064A])(?:خلف|وراء|بجوار|جوار|بجانب|جانب|مقابل|قبالة|قرب|بالقرب من|أمام|امام|جنب|عند)[ ]"
    r"(?:ال)?(?:مسجد|جامع|مدرسة|صيدلية|بنك|مصرف|مستشفى|مستوصف|مركز|محطة|سوق|مخبز|فرن|فندق|مطعم|مقهى|"
    r"حديقة|كنيسة|بريد|مكتب|مخفر|قسم|بلدية|سينما|ملعب|دوار|مول|سوبرماركت|صيدلة|بقالة|ثانوية|"
    r"إعدادية|روضة|كلية|جامعة)"
    rf"[ ]{AR}(?:[ ]{AR})?"
)
#: Numbered parts of Gulf, Iraqi and Sudanese addresses: "قطعة ٤", "محلة ٩٠٣", "زقاق ١٤",
#: "دار ٧", "منزل ٣٥", "بيت رقم ٦٦", "مربع ١١" (\d takes Arabic-Indic digits too).
_AR_NUMBERED = (
    r"(?<![\u0621-\u064A])(?:قطعة|القطعة|مربع|المربع|منزل|المنزل|بيت|البيت|دار|الدار|محلة|"
    r"المحلة|زقاق|الزقاق|جادة|الجادة|بلوك|وحدة|مبنى|المبنى|فيلا|شقة|الشقة)[ ](?:رقم[ ])?\d{1,5}"
    r"(?![\d\w])"
)
_AR_PART = (
    rf"(?<![\u0621-\u064A])(?:(?:حي|الحي|ضاحية|منطقة|مخطط|تجزئة|إقامة|اقامة|دوار|الدوار|جماعة|"
    rf"إقليم|اقليم|عمالة|محافظة|ولاية|قرية|بلدة|جبل|مخيم|مدينة)[ ]{AR}(?:[ ]{AR})?|وسط البلد|وسط المدينة|{_AR_LANDMARK}"
    rf"|(?:الرمز البريدي|ص\.?[ ]?ب\.?|صندوق بريد)[ ]?:?[ ]?\d{{3,6}}"
    rf"|{AR}(?=[ ]?[،,][ ]?(?:{AR_CITIES})(?![\u0621-\u064A]))"
    rf"|(?:{AR_STREET}|جادة)[ ]{AR}(?:[ ]{AR}){{0,2}}"
    rf"|(?:عمارة|العمارة|بناية|البناية|برج|مبنى|فيلا|مجمع)[ ]{AR}(?:[ ]{AR})?"
    rf"|(?:الطابق|طابق|الدور)[ ]{_AR_ORDINAL}|(?:عدد|رقم)[ ]?\d{{1,4}}|{_AR_NUMBERED}"
    rf"|(?:{AR_CITIES})(?:[ ]\d{{4,5}})?(?![\u0621-\u064A])|\d{{5}})"
)
_CA_POSTCODE = r"[A-Z]\d[A-Z][ ]?\d[A-Z]\d"
_AR_POSTCODE = r"[A-HJ-NP-Z]\d{4}(?:[A-Z]{3})?"  # Argentina: C1043AAZ, or the older C1043
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ]?[0-9AC-FHKNPRTV-Y]{4}"  # Ireland: D15 X2Y3
_POSTCODE = rf"(?:\d{{4,5}}(?:-\d{{3,4}})?|{_UK_POSTCODE}|{_CA_POSTCODE}|{_AR_POSTCODE}|{_EIRCODE})"
#: Units that name a place only inside an address: "Unit 4", "Level 3", "Room 5" alone are
#: as often a course unit or a meeting room, so they never start an address themselves.
_WEAK_UNIT = (
    r"(?:(?i:unit|flat|apt|apartment|suite|ste|room|rm|level|floor|block|building|bldg|"
    r"appartement|app|appt|bâtiment|bât|boîte|bte|immeuble|imm|escalier|esc|étage|porte|"
    r"piso|puerta|depto|dpto|departamento|apto|apartamento|int|interior|bloque|bloco|casa|"
    r"sala|loja|andar|lote|lot|villa|conj|conjunto|portal|escalera|planta)\.?[ ]?(?:n[°º]\.?[ ]?|#[ ]?)?"
    r"(?:\d{1,5}[A-Za-z]?(?:/\d{1,4})?|[A-Z])(?![\w/])"
    r"|\d{1,2}(?:st|nd|rd|th|e|ème|er|º|°|ª|\.º)[ ](?i:floor|étage|piso|andar)(?![\w])"
    r"|\d{1,2}[º°ª][ ]?[A-Z](?![\w])"
    # "1.º Esq.", "3º izq.", "2.º Dto." and the Catalan floor and door "3r 1a", "4t 2a"
    r"|\d{1,2}\.?[º°ª][ ]?(?i:esq|dto|dta|dir|izq|izda|dcha|drcha|frente|fte|centro)(?:\.|(?![\w]))"
    r"|\d{1,2}(?:r|n|t|è|º)[ ]\d{1,2}[ªa](?![\w]))"
)
#: Numbered places of a public building (a gate, a counter, a platform) and of a course (a
#: module, a unit, a lesson): nobody's address.
_VENUE = (
    r"(?i:gate|terminal|platform|counter|desk|window|hall|wing|guichet|quai|aile|"
    r"ventanilla|andén|mostrador|módulo|balcão|guiché|portão|plataforma|ala|"
    r"module|modulo|unidad|unidade|unité|lesson|leçon|lección|lição|chapter|chapitre|"
    r"capítulo|week|semaine|semana|tema|topic|session|sesión|sessão|séance)\.?[ ](?:\d{1,4}|[A-Z])(?![\w/])"
)
_ONE_UNIT = rf"(?:{_WEAK_UNIT}|{_VENUE})"
#: Units only, maybe with the verb the tagger ran on into ("Módulo 3, Unidad 2 vimos").
_WEAK_UNITS_ONLY = re.compile(rf"{_ONE_UNIT}(?:[ ]*[,;]?[ ]*{_ONE_UNIT})*(?:[ ][^\W\d_A-ZÀ-Þ]+)?")


def weak_units_only(value: str) -> bool:
    """``value`` is only units or venue numbers ("Unit 4, Level 2", "Gate 5, Terminal 2")."""
    return _WEAK_UNITS_ONLY.fullmatch(value.strip(" ,;")) is not None


_LATIN_PART = (
    rf"(?:(?i:{_FR_TYPE}|{_ES_TYPE}|{_PT_TYPE}|barrio|bairro)[ ](?:{_IB_LINK}[ ])?{CAP}(?:[ ](?:{_IB_LINK}[ ])?{CAP}){{0,2}}"
    rf"|{_WEAK_UNIT}"
    rf"|[A-Z]{{2,4}}(?:,?[ ]{_POSTCODE})?(?![\w])"
    rf"|(?:(?:\d{{4,5}}(?:-\d{{3}})?|{_AR_POSTCODE})[ ])?{_CITY}(?:[ ]\d{{1,2}}(?![\w\-]))?(?:[ ]\({_CITY}\))?(?:[ ]?[-,/]?[ ]?[A-Z]{{2,3}}(?![\w]))?"
    rf"(?:,?[ ]{_POSTCODE})?(?![\w])"
    rf"|(?:C\.?P\.?[ ]?|CEP[ ]?)?{_POSTCODE}(?![\w\-])(?:[ ][A-Z]{{3,5}}(?![\w]))?)"
)
#: A postal district after a town: "Dublin 15", "Genève 2" (then a comma or the end).
_DISTRICT = re.compile(r"[ ]\d{1,2}(?=[,.;\n]|$)")
#: A region code and postcode after a town, joined by a space: "Bondi NSW 2026", "ON M5H 2M9".
_REGION_POSTCODE = re.compile(rf",?[ ][A-Z]{{2,3}}[ ]{_POSTCODE}(?![\w])")
#: Parts written before a number-first address: "Unit 4, ", "Room 5, Block C, ", and a street
#: without a number before its unit: "avenue Mohammed V, immeuble 12".
#: Named estates and buildings, which carry no number of their own.
_ESTATE = (
    r"(?:condom[íi]nio|conjunto|residencial|edif[íi]cio|quinta|urbanizaci[óo]n|urb\.|"
    r"r[ée]sidence|lotissement|cit[ée]|lieu-dit|hameau|quartier|estate|court|house|cottage|"
    # rural places: "Sítio Boa Esperança", "caserío Urkizu", "lugar de Vilanova"
    r"s[íi]tio|fazenda|ch[áa]cara|caser[íi]o|lugar|aldeia|povoado|comunidad|comunidade|finca|"
    r"hacienda|parcela|vereda|corregimiento|bairro|barrio)"
)
_LATIN_BEFORE = re.compile(
    # a street numbered rather than named, a bare house number, a rural zone: "Rua 7, ",
    # "Calle 60, ", "54, " (as in "carrer de Verdi, 54, 3r 1a, 08012 Barcelona"), "zona rural, "
    rf"(?:(?i:{_FR_TYPE}|{_ES_TYPE}|{_PT_TYPE}|carrer|via|viale|corso|piazza)[ ]\d{{1,4}}[A-Za-z]?"
    rf"(?:[ ](?i:norte|sul|sur|leste|oeste|este|nord|est|ouest))?,[ ]?"
    rf"|\d{{1,5}}[A-Za-z]?,[ ]?|(?i:zona rural|zona urbana|área rural|medio rural),[ ]?"
    rf"|(?:{_WEAK_UNIT}|(?i:{_FR_TYPE}|{_ES_TYPE}|{_PT_TYPE}|{_ESTATE}|carrer|via|viale|corso|piazza)[ ](?:{_IB_LINK}[ ]|{_FR_LINK}[ ]?)?"
    rf"{CAP}(?:[ ](?:{_IB_LINK}[ ])?(?:{CAP}|[IVX]{{1,4}})){{0,3}}"
    rf"|{CAP}(?:[ ]{CAP}){{0,2}}[ ](?:{_EN_TYPE})),[ ]?"
    rf"|{_WEAK_UNIT}[ ]|(?i:villa|unit|flat|apt|apartment|suite|lot|lote)[ ])$"
)
#: A town before a bare postcode: "Little Snoring NR21 0AB", "Leeds, LS6 2QP", with a
#: Brazilian state: "Quixadá - CE, 63900-000".
_TOWN_BEFORE = re.compile(rf"{_CITY}(?:[ ]?[-/][ ]?[A-Z]{{2}})?,?[ ]$")  # "Quixadá - CE, 63900-000"
_SEPARATOR = r"(?:[ ]?[،,][ ]?|[ ]-[ ]|[ ])"
_AR_ANCHOR = re.compile(
    rf"(?<![\u0621-\u064A])(?:{_AR_LANDMARK}|(?:دوار|جماعة|بناية|عمارة|برج|فيلا)[ ]{AR}(?:[ ]{AR})?)"
    rf"|{_AR_NUMBERED}"
)
_JOINS = re.compile(r"[ ]?[،,;][ ]?|[ ]-[ ]|[ ]")
_AR_AFTER = re.compile(rf"{_SEPARATOR}{_AR_PART}")
_AR_BEFORE = re.compile(rf"{_AR_PART}{_SEPARATOR}$")
_LATIN_AFTER = re.compile(
    rf"(?:[ ]?,[ ]?|[ ]-[ ])(?:{_LATIN_PART})"
    # the next line of a written address: a town with its postcode, or the postcode
    rf"|[ ]*\n[ ]*(?:{_CITY},?[ ])?{_POSTCODE}(?![\w\-])"
)
#: Capitalised words that start the next sentence or a sign-off, not a town.
_NOT_TOWN = set(
    """Thanks Thank Please Regards Best Kind Merci Cordialement Bonjour Gracias Saludos Un
    Obrigado Obrigada Atenciosamente Hi Hello Dear The This It We I My Our Tel Phone Email
    Cumprimentos Atentamente Por Para Mon Ma Mi Meu Minha""".split()
)


def _ar_part_ok(value: str) -> bool:
    words = re.findall(AR, value)
    return len(words) < 2 or not any(word in AR_STOP for word in words[1:])


def _grow(text: str, start: int, end: int) -> tuple[int, int, int]:
    """``(start, end)`` grown over the parts it touches, and how many parts it took."""
    arabic = bool(re.search(AR, text[start:end]))
    parts = 0
    if not arabic and text[end - 1 : end].isalpha() and (district := _DISTRICT.match(text, end)):
        end = district.end()
    for _ in range(6):
        pattern = _AR_AFTER if arabic else _LATIN_AFTER
        match = pattern.match(text, end)
        if match is None or not (_ar_part_ok(match.group()) if arabic else _town_ok(match.group())):
            break
        end, parts = match.end(), parts + 1
    if not arabic and (region := _REGION_POSTCODE.match(text, end)):
        end, parts = region.end(), parts + 1
    if not arabic and re.fullmatch(_POSTCODE, text[start:end]):
        town = _TOWN_BEFORE.search(text[max(0, start - 40) : start])
        if town and _town_ok(town.group()):
            start, parts = start - len(town.group()), parts + 1
    for _ in range(4):
        pattern = _AR_BEFORE if arabic else _LATIN_BEFORE
        before = pattern.search(text[max(0, start - 50) : start])
        if before is None or arabic and not _ar_part_ok(before.group()):
            break
        start -= len(before.group())
        while text[start] == " ":
            start += 1
        parts += 1
    return start, end, parts


def chain(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each address span grown over the parts it touches (district, building, town, postcode).

    Arabic landmark addresses ("خلف مسجد النور، حي الملقا، الرياض") and Moroccan rural
    ones ("دوار ...، جماعة ...") carry no number: they count when at least two more
    parts follow or precede them, never alone ("الإنارة أمام مسجد النور معطلة").
    """
    pieces = [_grow(text, start, end)[:2] for start, end in spans]
    pieces += [_grow(text, start, end)[:2] for start, end in part_runs(text)]
    for match in _AR_ANCHOR.finditer(text):
        start, end, parts = _grow(text, *match.span())
        if parts >= 2:
            pieces.append((start, end))
    grown: list[tuple[int, int]] = []
    for start, end in sorted(pieces):
        if grown and (start <= grown[-1][1] or _JOINS.fullmatch(text, grown[-1][1], start)):
            grown[-1] = (grown[-1][0], max(end, grown[-1][1]))
        else:
            grown.append((start, end))
    return grown


def _town_ok(value: str) -> bool:
    words = re.findall(r"[^\W\d_]+", value)
    return not words or words[0] not in _NOT_TOWN
