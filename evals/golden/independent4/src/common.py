"""Shared writer for the question files (author-written data, no templating)."""
import json
import random
from collections import Counter
from pathlib import Path

from course_text import evidence_report

MOD = {
    "01": "01-ai-fundamentals", "02": "02-human-rights", "03": "03-ethics",
    "04": "04-data-governance", "05": "05-inclusive-design", "06": "06-leadership",
    "07": "07-generative-ai", "08": "08-governance-risk",
}
OUTDIR = Path(__file__).resolve().parents[1]


def build(prefix, data, evidence_lang, outname, seed):
    """data: {lang: [(kind, text, mod, section, evidence), ...]}.
    kind: S short keyword query, O ordinary question, L longer scenario.
    evidence_lang(lang) -> language whose module must contain the evidence string."""
    rows, all_problems, all_notes = [], [], []
    for lang, items in data.items():
        items = list(items)
        random.Random(f"{seed}-{lang}").shuffle(items)
        kinds = Counter(k for k, *_ in items)
        mods = Counter(m for _, _, m, _, _ in items)
        secs = {(m, s) for _, _, m, s, _ in items}
        print(f"{prefix}-{lang}: n={len(items)} kinds={dict(kinds)} "
              f"modules={dict(sorted(mods.items()))} distinct_sections={len(secs)}")
        p, n = evidence_report(evidence_lang(lang),
                               [(i, t, MOD[m], s, e) for i, (k, t, m, s, e) in enumerate(items, 1)])
        all_problems += p
        all_notes += n
        for i, (kind, text, m, s, _e) in enumerate(items, 1):
            assert kind in "SOL", kind
            rows.append({"id": f"{prefix}-{lang}-{i:03d}", "lang": lang, "text": text.strip(),
                         "module": MOD[m], "section": s})
    out = OUTDIR / outname
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")
    for p in all_problems:
        print("EVIDENCE PROBLEM:", p)
    for n in all_notes:
        print("ambiguity note:", n)
    return rows
