"""Validate crosslingual.jsonl and samelang.jsonl in evals/golden/independent4/.

Checks: JSON parses; required fields (and no unexpected ones); id format, uniqueness and
numbering; lang matches id; counts per language; module and section exist
(English modules for crosslingual, same-language modules for samelang); no duplicate
text within or across the two files; no run of 8 consecutive words (lowercased word
8-grams) copied from any module in corpus/modules/*/.
Exit status 1 if any problem is found.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parents[2]
MODULES = ROOT / "corpus" / "modules"
ANCHOR = re.compile(r"\{#([a-z0-9-]+)\}")
WORD = re.compile(r"\w+", re.UNICODE)
NGRAM = 8

SPECS = {
    "crosslingual.jsonl": {"prefix": "xl", "counts": {"es": 60, "fr": 60, "pt": 60, "ar": 60},
                           "source_lang": lambda lang: "en"},
    "samelang.jsonl": {"prefix": "sl", "counts": {"fr": 50, "es": 50, "pt": 50, "ar": 50},
                       "source_lang": lambda lang: lang},
}
FIELDS = ["id", "lang", "text", "module", "section"]


def words(s):
    return WORD.findall(s.lower())


def grams(ws, n=NGRAM):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def load_corpus():
    anchors, module_grams = {}, set()
    for lang_dir in sorted(p for p in MODULES.iterdir() if p.is_dir()):
        for f in sorted(lang_dir.glob("*.md")):
            text = f.read_text(encoding="utf-8")
            anchors[(lang_dir.name, f.stem)] = set(ANCHOR.findall(text))
            module_grams |= grams(words(text))
    return anchors, module_grams


def main():
    anchors, module_grams = load_corpus()
    problems, seen_ids, seen_text = [], {}, {}
    for fname, spec in SPECS.items():
        path = SET / fname
        if not path.exists():
            problems.append(f"{fname}: missing")
            continue
        per_lang = Counter()
        sections_used = Counter()
        numbers = {}
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{fname}:{ln}"
            if not line.strip():
                problems.append(f"{where}: blank line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: JSON error {e}")
                continue
            missing = [k for k in FIELDS if not isinstance(rec.get(k), str) or not rec.get(k).strip()]
            extra = sorted(set(rec) - set(FIELDS))
            if missing:
                problems.append(f"{where}: missing/empty fields {missing}")
                continue
            if extra:
                problems.append(f"{where}: unexpected fields {extra}")
            rid, lang, text, mod, sec = (rec[k] for k in FIELDS)
            m = re.fullmatch(rf"{spec['prefix']}-([a-z]{{2}})-(\d{{3}})", rid)
            if not m:
                problems.append(f"{where}: bad id {rid!r}")
            else:
                if m.group(1) != lang:
                    problems.append(f"{where}: id language {m.group(1)} != lang {lang}")
                numbers.setdefault(lang, []).append(int(m.group(2)))
            if rid in seen_ids:
                problems.append(f"{where}: duplicate id {rid} (first at {seen_ids[rid]})")
            seen_ids[rid] = where
            if lang not in spec["counts"]:
                problems.append(f"{where}: unexpected lang {lang}")
                continue
            per_lang[lang] += 1
            src = spec["source_lang"](lang)
            if (src, mod) not in anchors:
                problems.append(f"{where}: module {mod} not in corpus/modules/{src}/")
            elif sec not in anchors[(src, mod)]:
                problems.append(f"{where}: section {sec} not an anchor of {src}/{mod}.md")
            elif sec in ("key-terms", "reflection-questions"):
                problems.append(f"{where}: label points to non-content section {sec}")
            sections_used[(mod, sec)] += 1
            key = re.sub(r"\s+", " ", text.strip().lower())
            if key in seen_text:
                problems.append(f"{where}: duplicate text (also at {seen_text[key]}): {text[:60]}")
            seen_text[key] = where
            copied = grams(words(text)) & module_grams
            if copied:
                problems.append(f"{where}: copies {NGRAM}-word run(s) from a module: "
                                f"{[' '.join(g) for g in sorted(copied)][:3]}")
        for lang, want in spec["counts"].items():
            if per_lang[lang] != want:
                problems.append(f"{fname}: {lang} has {per_lang[lang]} records, expected {want}")
            nums = sorted(numbers.get(lang, []))
            if nums != list(range(1, len(nums) + 1)):
                problems.append(f"{fname}: {lang} ids are not numbered 001..{len(nums):03d} without gaps")
        print(f"{fname}: {sum(per_lang.values())} records {dict(per_lang)}; "
              f"{len(sections_used)} distinct module/section labels")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: no problems found")


if __name__ == "__main__":
    main()
