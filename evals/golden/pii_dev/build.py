"""Build ``<lang>-2.jsonl`` and ``<lang>-3.jsonl`` from the hand-written ``src`` files.

Batch 2 is ``src/<lang>.txt``; batch 3 (``src/<lang>-3.txt``) covers titles with a
surname alone, form labels, Arabic compounds and nisbas, landmark addresses, PO
boxes and postcodes of more countries, and look-alikes that must stay unmasked.

One message a line (``\\n`` inside a line is a newline), personal data marked
inline as ``{TYPE|value}``; ``$NAME`` placeholders become valid checksummed
numbers, generated with a fixed seed so the output is stable::

    .venv/bin/python evals/golden/pii_dev/build.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).parent
_MARK = re.compile(r"\{([A-Z_]+)\|([^{}]+)\}")


def _luhn_digit(body: str) -> str:
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char) * (1 if position % 2 else 2)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def _iban(rng: random.Random, country: str, length: int) -> str:
    bban = "".join(str(rng.randint(0, 9)) for _ in range(length - 4))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    compact = f"{country}{98 - number % 97:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _dni(rng: random.Random) -> str:
    number = rng.randint(10_000_000, 99_999_999)
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def _nie(rng: random.Random) -> str:
    prefix, number = rng.choice("XYZ"), rng.randint(1_000_000, 9_999_999)
    value = int(f"{'XYZ'.index(prefix)}{number:07d}")
    return f"{prefix}{number:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[value % 23]}"


def _nif(rng: random.Random) -> str:
    body = rng.choice("1235") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    rest = 11 - sum(int(d) * (9 - i) for i, d in enumerate(body)) % 11
    return body + str(0 if rest >= 10 else rest)


def _cpf(rng: random.Random) -> str:
    values = [rng.randint(0, 9) for _ in range(9)]
    for size in (9, 10):
        values.append(sum(d * (size + 1 - i) for i, d in enumerate(values)) * 10 % 11 % 10)
    d = "".join(map(str, values))
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def _nir(rng: random.Random) -> str:
    body = (
        f"{rng.choice('12')}{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}"
    )
    body += f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {97 - int(body) % 97:02d}"


def _card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    number = body + _luhn_digit(body)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def _saudi(rng: random.Random) -> str:
    body = rng.choice("12") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return body + _luhn_digit(body)


def _emirati(rng: random.Random) -> str:
    body = f"784{rng.randint(1960, 2005)}{rng.randint(0, 9_999_999):07d}"
    number = body + _luhn_digit(body)
    return f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"


def _ssn(rng: random.Random) -> str:
    return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def _nino(rng: random.Random) -> str:
    digits = f"{rng.randint(0, 999999):06d}"
    return f"{rng.choice('ABCEHJKLMPRSTWXYZ')}{rng.choice('ABCEHJKLMNPRSTWXYZ')} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


GENERATORS = {
    "DNI": _dni,
    "NIE": _nie,
    "NIF": _nif,
    "CPF": _cpf,
    "NIR": _nir,
    "SAUDI": _saudi,
    "EMIRATI": _emirati,
    "SSN": _ssn,
    "NINO": _nino,
    "VISA": lambda r: _card(r, "4", 16),
    "MC": lambda r: _card(r, "5", 16),
    "AMEX": lambda r: _card(r, "37", 15),
    "IBAN_FR": lambda r: _iban(r, "FR", 27),
    "IBAN_ES": lambda r: _iban(r, "ES", 24),
    "IBAN_PT": lambda r: _iban(r, "PT", 25),
    "IBAN_GB": lambda r: _iban(r, "GB", 22),
    "IBAN_SA": lambda r: _iban(r, "SA", 24),
    "IBAN_AE": lambda r: _iban(r, "AE", 23),
    "IBAN_BR": lambda r: _iban(r, "BR", 29),
}
_PLACEHOLDER = re.compile(r"\$([A-Z_]+)")


#: Batch number -> source file name pattern (batch 2: ``src/<lang>.txt``; 3: ``src/<lang>-3.txt``).
BATCHES = {2: "{lang}.txt", 3: "{lang}-3.txt"}


def build(lang: str, batch: int = 2) -> list[dict[str, object]]:
    """The messages of one batch's ``src`` file for ``lang`` as labelled examples."""
    rng = random.Random(f"pii-dev-{batch}-{lang}")
    examples: list[dict[str, object]] = []
    source = HERE / "src" / BATCHES[batch].format(lang=lang)
    lines = source.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        line = _PLACEHOLDER.sub(lambda m: GENERATORS[m.group(1)](rng), line)
        line = line.replace("\\n", "\n")
        text, spans, cursor = "", [], 0
        for match in _MARK.finditer(line):
            text += line[cursor : match.start()]
            kind, value = match.groups()
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
            cursor = match.end()
        text += line[cursor:]
        examples.append(
            {
                "id": f"dev{batch}-{lang}-{len(examples) + 1:03d}",
                "lang": lang,
                "kind": "dev",
                "text": text,
                "spans": spans,
            }
        )
    return examples


def main() -> None:
    for batch, pattern in BATCHES.items():
        for lang in ("en", "fr", "es", "pt", "ar"):
            if not (HERE / "src" / pattern.format(lang=lang)).exists():
                continue
            examples = build(lang, batch)
            with (HERE / f"{lang}-{batch}.jsonl").open("w", encoding="utf-8") as handle:
                for example in examples:
                    handle.write(json.dumps(example, ensure_ascii=False) + "\n")
            print(f"batch {batch}, {lang}: {len(examples)} messages")


if __name__ == "__main__":
    main()
