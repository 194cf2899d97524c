"""Helpers to read the course modules (sections by {#anchor})."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
MODULES = ROOT / "corpus" / "modules"
HEAD = re.compile(r"^#{1,6} .*\{#([a-z0-9-]+)\}\s*$")


def sections(lang, module):
    """Return {section_id: text} for one module file (text under the heading)."""
    text = (MODULES / lang / f"{module}.md").read_text(encoding="utf-8")
    out, cur = {}, None
    for line in text.splitlines():
        m = HEAD.match(line)
        if m:
            cur = m.group(1)
            out[cur] = ""
            continue
        if line.startswith("## "):
            cur = None
        if cur:
            out[cur] += line + "\n"
    return out


def modules(lang):
    return sorted(p.stem for p in (MODULES / lang).glob("*.md"))


def all_sections(lang):
    return {(m, s): t for m in modules(lang) for s, t in sections(lang, m).items()}


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def evidence_report(lang, items):
    """items: list of (idx, text, module, section, evidence). Returns problems + ambiguity notes."""
    secs = {k: norm(v) for k, v in all_sections(lang).items()}
    problems, notes = [], []
    for idx, text, mod, sec, ev in items:
        if not ev:
            problems.append(f"{lang}#{idx}: no evidence string")
            continue
        evs = ev if isinstance(ev, (list, tuple)) else [ev]
        for e in evs:
            e = norm(e)
            if e not in secs.get((mod, sec), ""):
                problems.append(f"{lang}#{idx}: evidence {e!r} not in {mod}#{sec}: {text[:70]}")
        others = [f"{m}#{s}" for (m, s), t in secs.items()
                  if (m, s) != (mod, sec) and s not in ("key-terms", "reflection-questions")
                  and all(norm(e) in t for e in evs)]
        if others:
            notes.append(f"{lang}#{idx} {mod}#{sec} evidence also in {others}: {text[:60]}")
    return problems, notes
