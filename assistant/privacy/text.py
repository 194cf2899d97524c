"""Text pieces shared by the detector's recognizers: normalisation, checksums, word shapes.

All matching runs on a copy of the text in which Arabic-Indic and Persian
digits become ASCII digits and bidirectional marks become spaces. That copy
has the same length, so offsets found in it are valid in the original text.
The checksums make structured identifiers precise: IBAN mod-97, Luhn for
cards, the French NIR key, the Spanish DNI/NIE letter, the Portuguese NIF and
Brazilian CPF check digits.
"""

from __future__ import annotations

import re

_SAME_LENGTH = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Eastern Arabic-Persian digits
        **{c: " " for c in "\u00a0\u2007\u2009\u202f\u200e\u200f\u061c"},
        **{chr(c): " " for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
    }
)


def normalise(text: str) -> str:
    """``text`` with ASCII digits and plain spaces, the same length as ``text``."""
    return text.translate(_SAME_LENGTH)


def ascii_digits(text: str) -> str:
    """The digits of ``text`` as ASCII, Arabic-Indic and Persian digits included."""
    return "".join(c for c in normalise(text) if c.isdigit())


# -------------------------------------------------------------------- checksums
def digits(value: str) -> str:
    """Only the digits of ``value``."""
    return "".join(c for c in value if c.isdigit())


def luhn(number: str) -> bool:
    """The Luhn check of a string of digits (cards, Emirati and other ids)."""
    total = 0
    for position, char in enumerate(reversed(number)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


#: Maestro and other debit cards can have 12 digits; only these prefixes may.
_SHORT_CARD_PREFIXES = ("50", "56", "57", "58", "6")


def card_ok(value: str) -> bool:
    """12 to 19 digits that pass Luhn (12 only for Maestro-style prefixes)."""
    number = digits(value)
    if len(number) == 12 and not number.startswith(_SHORT_CARD_PREFIXES):
        return False
    return 12 <= len(number) <= 19 and len(set(number)) > 1 and luhn(number)


def iban_ok(value: str) -> bool:
    """ISO 13616 mod-97 check, spaces allowed."""
    compact = value.replace(" ", "")
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def nir_ok(value: str) -> bool:
    """French social security number (NIR) with its two-digit key."""
    compact = value.replace(" ", "").upper()
    body = compact[:13].replace("2A", "19").replace("2B", "18")
    return body.isdigit() and 97 - int(body) % 97 == int(compact[13:])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(value: str) -> bool:
    """Spanish DNI or NIE control letter."""
    compact = re.sub(r"[ .\-]", "", value).upper()
    number = str("XYZ".index(compact[0])) + compact[1:-1] if compact[0] in "XYZ" else compact[:-1]
    return _DNI_LETTERS[int(number) % 23] == compact[-1]


def nif_ok(value: str) -> bool:
    """Portuguese NIF check digit."""
    number = digits(value)
    rest = 11 - sum(int(d) * (9 - i) for i, d in enumerate(number[:8])) % 11
    return len(number) == 9 and (0 if rest >= 10 else rest) == int(number[8])


def cpf_ok(value: str) -> bool:
    """Brazilian CPF check digits."""
    values = [int(d) for d in digits(value)]
    if len(values) != 11 or len(set(values)) == 1:
        return False
    for size in (9, 10):
        check = sum(d * (size + 1 - i) for i, d in enumerate(values[:size])) * 10 % 11 % 10
        if check != values[size]:
            return False
    return True


def saudi_id_ok(value: str) -> bool:
    """Saudi national id (1…) or iqama (2…): ten digits with a Luhn check digit."""
    number = digits(value)
    return len(number) == 10 and number[0] in "12" and luhn(number)


def phone_ok(value: str) -> bool:
    """8 to 15 digits: the range of real phone numbers with their prefixes."""
    return 8 <= len(digits(value)) <= 15


def loose_phone_ok(value: str) -> bool:
    """6 to 15 digits (a local number without its area code, with a phone cue)."""
    return 6 <= len(digits(value)) <= 15


# ----------------------------------------------------------------- word pieces
UP = "A-ZÀ-ÖØ-Þ"
LO = "a-zß-öø-ÿ"
#: A capitalised word (O'Brien, Jean-Luc, McDonald) or an all-capitals one.
CAP = rf"(?:[{UP}](?:[{LO}]+|['’][{UP}][{LO}]+)(?:[{UP}][{LO}]+)?(?:-[{UP}][{LO}]+)*|[{UP}]{{2,}}(?![{LO}]))"
#: Particles inside a name: "José de la Fuente", "Sophie Van den Broeck", "Núria Soler i Roig",
#: "Pádraig Ó Dálaigh", "Emrys ap Dafydd".
PARTICLE = r"(?:de la|de los|de las|del|de|da|das|do|dos|van|von|der|den|ter|ten|du|des|bin|ben|ibn|el|al|y|e|i|ap|Ó|Ní|Nic)"
NAME = rf"{CAP}(?:(?:[ ]{PARTICLE})?[ ]{CAP}){{0,2}}"
AR = r"[\u0621-\u0652\u0671-\u06D3]+"
AR_WORDS = rf"{AR}(?:[ ]{AR}){{0,2}}"
B = r"(?<![\w])"  # start of a word, also before non-ASCII letters
E = r"(?![\w])"
NUM_START = r"(?<![\w+])(?<!\d[ .\-])"  # not inside a longer run of digit groups
NUM_END = r"(?![ .\-]?\d)"
