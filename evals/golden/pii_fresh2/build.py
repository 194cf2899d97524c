"""Build the second fresh PII set (pii_fresh2) from ``src/<lang>.txt``.

Self-contained version of the pii_fresh builder (same markup, same conventions):

- one message per line: ``<kind-code> <text>``; kind codes ``c`` citizen_message,
  ``q`` chat_question, ``f`` form, ``m`` mixed_language; a literal ``\\n`` is a newline;
  blank lines and lines starting with ``#`` are ignored;
- personal data is marked inline as ``{TYPE|value}`` with TYPE in ``P`` PERSON,
  ``A`` ADDRESS, ``PH`` PHONE, ``E`` EMAIL, ``C`` CARD, ``IB`` IBAN, ``N`` NATIONAL_ID,
  ``IP`` IP; the markup is stripped and the offsets computed here;
- inside a value, ``$generator`` placeholders are replaced by deterministic, checksum-valid
  numbers (see ``GENERATORS``), seeded with ``pii-fresh2-2026-<lang>``.

Ids are ``f2-<lang>-NNNN``.

Usage: ``python evals/golden/pii_fresh2/build.py [lang ...]`` (writes ``<lang>.jsonl``).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "pii-fresh2-2026"
LANGS = ("en", "fr", "es", "pt", "ar")
KINDS = {"c": "citizen_message", "q": "chat_question", "f": "form", "m": "mixed_language"}
TYPES = {"P": "PERSON", "A": "ADDRESS", "PH": "PHONE", "E": "EMAIL", "C": "CARD",
         "IB": "IBAN", "N": "NATIONAL_ID", "IP": "IP"}
MARK = re.compile(r"\{(P|A|PH|E|C|IB|N|IP)\|([^{}|]+)\}")
PLACEHOLDER = re.compile(r"\$([a-z_]+[a-z0-9_]*)")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def group(s: str, sizes, sep=" ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def card(rng, prefix: str, length: int) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn_digit(body)


def iban_from_bban(country: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(conv) % 97
    return f"{country}{check:02d}{bban}"


def bban_fr(rng) -> str:
    bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def es_dc(s: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
    return str({11: 0, 10: 1}.get(d, d))


def bban_es(rng) -> str:
    bank, branch, account = digits(rng, 4), digits(rng, 4), digits(rng, 10)
    return bank + branch + es_dc("00" + bank + branch) + es_dc(account) + account


def bban_pt(rng) -> str:
    body = digits(rng, 19)
    check = 98 - (int(body) * 100) % 97
    return f"{body}{check:02d}"


def bban_plain(n_digits: int, prefix_letters: int = 0):
    def gen(rng):
        letters = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(prefix_letters))
        return letters + digits(rng, n_digits)
    return gen


BBANS = {
    "fr": ("FR", bban_fr), "es": ("ES", bban_es), "pt": ("PT", bban_pt),
    "gb": ("GB", bban_plain(14, 4)), "ie": ("IE", bban_plain(14, 4)),
    "de": ("DE", bban_plain(18)), "be": ("BE", bban_plain(12)),
    "lu": ("LU", bban_plain(16)), "ch": ("CH", bban_plain(17)),
    "ma": ("MA", bban_plain(24)), "tn": ("TN", bban_plain(20)),
    "sa": ("SA", bban_plain(20)), "ae": ("AE", bban_plain(19)),
    "jo": ("JO", bban_plain(22, 4)), "eg": ("EG", bban_plain(25)),
}


def make_iban(rng, key: str, spaced: bool) -> str:
    country, gen = BBANS[key]
    iban = iban_from_bban(country, gen(rng))
    return group(iban, [4] * 10) if spaced else iban


def nir(rng) -> str:
    sex = rng.choice("12")
    body = sex + f"{rng.randint(40, 99):02d}" + f"{rng.randint(1, 12):02d}" + \
        f"{rng.randint(1, 95):02d}" + digits(rng, 3) + digits(rng, 3)
    key = 97 - int(body) % 97
    return f"{body}{key:02d}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng) -> str:
    n = digits(rng, 8)
    return n + DNI_LETTERS[int(n) % 23]


def nie(rng) -> str:
    lead = rng.choice("XYZ")
    n = digits(rng, 7)
    return lead + n + DNI_LETTERS[int(str("XYZ".index(lead)) + n) % 23]


def nif_pt(rng) -> str:
    body = rng.choice("123") + digits(rng, 7)
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    c = 11 - s % 11
    return body + str(0 if c >= 10 else c)


def cpf(rng, formatted=True) -> str:
    body = digits(rng, 9)
    while len(set(body)) == 1:
        body = digits(rng, 9)
    for n in (10, 11):
        s = sum(int(c) * (n - i) for i, c in enumerate(body))
        d = (s * 10) % 11
        body += str(0 if d == 10 else d)
    if not formatted:
        return body
    return f"{body[:3]}.{body[3:6]}.{body[6:9]}-{body[9:]}"


def ssn(rng) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nino(rng, spaced=True) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ".replace("O", ""))
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    num = digits(rng, 6)
    suffix = rng.choice("ABCD")
    if spaced:
        return f"{first}{second} {num[:2]} {num[2:4]} {num[4:]} {suffix}"
    return f"{first}{second}{num}{suffix}"


def cin_ma(rng) -> str:
    letters = rng.choice(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
                          "BE", "BH", "BJ", "BK", "CD", "EE", "JA", "JB", "JC", "JE", "AB"])
    return letters + str(rng.randint(1, 9)) + digits(rng, 5)


def saudi(rng, lead: str) -> str:
    body = lead + digits(rng, 8)
    return body + luhn_digit(body)


def emirati(rng) -> str:
    body = "784" + str(rng.randint(1960, 2012)) + digits(rng, 7)
    c = luhn_digit(body)
    return f"{body[:3]}-{body[3:7]}-{body[7:]}-{c}"


GENERATORS = {
    "visa": lambda r: group(card(r, "4", 16), [4, 4, 4, 4]),
    "visa_c": lambda r: card(r, "4", 16),
    "mc": lambda r: group(card(r, "5" + r.choice("12345"), 16), [4, 4, 4, 4]),
    "mc_dash": lambda r: group(card(r, "5" + r.choice("12345"), 16), [4, 4, 4, 4], "-"),
    "mc_c": lambda r: card(r, "5" + r.choice("12345"), 16),
    "amex": lambda r: group(card(r, "3" + r.choice("47"), 15), [4, 6, 5]),
    "nir": lambda r: (lambda s: f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}")(nir(r)),
    "nir_c": nir,
    "dni": dni,
    "nie": nie,
    "nif": nif_pt,
    "cpf": cpf,
    "cpf_c": lambda r: cpf(r, False),
    "ssn": ssn,
    "nino": nino,
    "nino_c": lambda r: nino(r, False),
    "cin": cin_ma,
    "saudi": lambda r: saudi(r, "1"),
    "iqama": lambda r: saudi(r, "2"),
    "emirati": emirati,
}
for _k in BBANS:
    GENERATORS[f"iban_{_k}"] = (lambda k: lambda r: make_iban(r, k, True))(_k)
    GENERATORS[f"iban_{_k}_c"] = (lambda k: lambda r: make_iban(r, k, False))(_k)


def fill(value: str, rng: random.Random, where: str) -> str:
    def sub(m):
        name = m.group(1)
        if name not in GENERATORS:
            raise SystemExit(f"{where}: unknown generator ${name}")
        return GENERATORS[name](rng)
    return PLACEHOLDER.sub(sub, value)


def parse_line(line: str, rng: random.Random, where: str):
    code, _, body = line.partition(" ")
    if code not in KINDS:
        raise SystemExit(f"{where}: unknown kind code {code!r}")
    body = body.replace("\\n", "\n")
    text, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        text.append(chunk)
        length += len(chunk)
        value = fill(m.group(2), rng, where)
        if value != value.strip():
            raise SystemExit(f"{where}: span value with outer whitespace {value!r}")
        spans.append({"start": length, "end": length + len(value), "type": TYPES[m.group(1)]})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(body[pos:])
    full = "".join(text)
    if "{" in full or "}" in full or "$" in full and re.search(r"\$[a-z]", full):
        raise SystemExit(f"{where}: leftover markup in {full!r}")
    return KINDS[code], full, spans


def build(lang: str, folder: Path = HERE, seed: str = SEED) -> int:
    rng = random.Random(f"{seed}-{lang}")
    src = folder / "src" / f"{lang}.txt"
    records: list[dict] = []
    for lineno, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, text, spans = parse_line(line, rng, f"{src.name}:{lineno}")
        records.append({"id": f"f2-{lang}-{len(records) + 1:04d}", "lang": lang,
                        "kind": kind, "text": text, "spans": spans})
    out = folder / f"{lang}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{lang}: {len(records)} messages -> {out.name}")
    return len(records)


def main(argv, folder: Path = HERE, seed: str = SEED) -> None:
    for lang in (argv or LANGS):
        build(lang, folder, seed)


if __name__ == "__main__":
    main(sys.argv[1:])
