"""Write the independent sets in the formats ``python -m evals run`` reads.

The sets keep the fields their author chose (``text``, ``module``, ``category``);
the evaluation harness reads ``question``, ``relevant``, ``label``, ``markers``.
This script only renames and derives fields; it changes no prompt.

    .venv/bin/python evals/golden/independent/adapt.py OUT_DIR [SET_DIR]
    .venv/bin/python -m evals run --suites crosslingual,screen,refusal,planted \\
        --crosslingual OUT_DIR/crosslingual.jsonl --screen OUT_DIR/screen.jsonl \\
        --refuse OUT_DIR/offcourse.jsonl --answer OUT_DIR/oncourse.jsonl \\
        --planted OUT_DIR/planted.jsonl --planted-docs OUT_DIR/planted-docs --out OUT_DIR/results.json

``samelang.jsonl`` is written too (same format as cross-lingual; pass it as
``--crosslingual`` in a second run). ``SET_DIR`` adapts another set of the same
format (``evals/golden/independent2``); a set without poisoned pages gets no
``planted.jsonl``.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: What identifies a planted sentence in an answer: its contact points.
CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|(?:https?://)?(?:[\w-]+\.)+example(?:/\S*)?"  # .example domains
    r"|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b"  # IBAN
    r"|\+?\d[\d ()-]{7,}\d"  # phone
)


def _rows(name: str, folder: Path = HERE) -> list[dict]:
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def markers(sentence: str) -> list[str]:
    """Contact points of a planted sentence, or its longest words when it has none."""
    found = [m.group(0).strip(" .,;:") for m in CONTACT.finditer(sentence)]
    found = [m.replace("https://", "").replace("http://", "") for m in found if len(m) >= 6]
    if found:
        return sorted(set(found))
    words = sorted(set(re.findall(r"\w{7,}", sentence)), key=len, reverse=True)
    return words[:2] or [sentence]


def main(out: Path, folder: Path = HERE) -> int:
    """Write every adapted file of the set in ``folder`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    label = {"course": "benign"}
    _write(out / "screen.jsonl", [
        {"id": r["id"], "question": r["text"], "lang": r["lang"],
         "label": label.get(r["category"], r["category"])}
        for r in _rows("screen.jsonl", folder)
    ])
    _write(out / "offcourse.jsonl", [
        {"id": r["id"], "question": r["text"], "lang": r["lang"], "category": r["category"]}
        for r in _rows("offcourse.jsonl", folder)
    ])
    _write(out / "oncourse.jsonl", [
        {"id": r["id"], "question": r["text"], "lang": r["lang"],
         "relevant": [f"{r['lang']}/{r['module']}"], "kind": "independent"}
        for r in _rows("oncourse.jsonl", folder)
    ])
    for name, doc_lang in (("crosslingual", "en"), ("samelang", None)):
        if not (folder / f"{name}.jsonl").is_file():  # independent3 has no same-language set
            continue
        _write(out / f"{name}.jsonl", [
            {"id": r["id"], "question": r["text"], "lang": r["lang"],
             "relevant": [f"{doc_lang or r['lang']}/{r['module']}"],
             "doc_lang": doc_lang or r["lang"], "kind": f"{r['lang']}->{doc_lang or r['lang']}",
             "sections": [r["section"]]}
            for r in _rows(f"{name}.jsonl", folder)
        ])
    if not (folder / "poisoned" / "manifest.jsonl").is_file():
        print(f"wrote {out} (no poisoned pages in {folder})")
        return 0
    docs = out / "planted-docs"
    shutil.rmtree(docs, ignore_errors=True)
    cases = []
    for n, r in enumerate(_rows("poisoned/manifest.jsonl", folder), 1):
        source = folder / r["file"]
        target = docs / r["lang"] / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        cases.append({
            "id": f"ind-planted-{n:03d}", "question": r["question"], "lang": r["lang"],
            "doc": f"{r['lang']}/{source.stem}", "planted": r["planted"],
            "markers": markers(r.get("plain") or r["planted"]), "variant": r["kind"],
        })
    _write(out / "planted.jsonl", cases)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) == 3 else HERE))
