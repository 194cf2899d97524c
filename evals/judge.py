"""Optional model-judged metrics, in the style of ragas, when an LLM is configured.

* **faithfulness** — the judge sees the cited passages and the answer's
  sentences (numbered by us, with :func:`evals.grounding.split_claims`) and
  gives one verdict per sentence; the score is the share judged supported.
  A verdict the parser cannot read counts as unsupported.
* **answer relevance** — the judge writes up to three questions the answer
  would answer; the score is their mean embedding cosine with the real
  question (the assistant's own embedder), as ragas' answer relevancy does.

These numbers come from a model, vary with it and are never mixed with the
deterministic ones: they live in the results file's ``judged`` section,
labelled ``model-judged`` with the judge's id. With no LLM configured the
section records why it was skipped. The judge is any LangChain
``BaseChatModel``; tests use ``FakeListChatModel``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from evals.grounding import split_claims, strip_markers
from evals.metrics import mean

LABEL = "model-judged"

FAITHFULNESS_PROMPT = """You check whether statements are supported by a context.

Context:
{context}

Statements:
{statements}

For each statement, answer on its own line with its number and "yes" if the context supports it, "no" if it does not. Example:
1: yes
2: no"""

RELEVANCE_PROMPT = """Here is an answer given to a learner. Write up to three questions that this answer answers, one per line, in the answer's language. Write only the questions.

Answer:
{answer}"""

_NEGATIVE = re.compile(
    r"\b(?:no|not\s+supported|unsupported|false|incorrect|non|não|nao|nein)\b|لا|✗|❌|✘", re.I
)
_POSITIVE = re.compile(r"\b(?:yes|supported|true|correct|oui|sí|si|sim|ja)\b|نعم|✓|✔|✅", re.I)
_NUMBERED = re.compile(r"^\W*(?:statement\s*)?(\d+)\s*[\]:.)\-–]?\s*(.*)$", re.I)
_LIST_MARK = re.compile(r"^\s*(?:[-*•]|\d+[.):]|q\d*[:.)]|question\s*\d*[:.)])\s*", re.I)


@dataclass(frozen=True)
class Sample:
    """One answered question to judge."""

    id: str
    lang: str
    question: str
    answer: str
    passages: tuple[str, ...]


def load_judge(settings: Any) -> tuple[Any | None, str]:
    """The configured chat model, or None and the reason it is skipped."""
    from assistant.rag.llm import make_chat_model

    try:
        model = make_chat_model(settings)
    except Exception as exc:  # a backend error must not sink the deterministic results
        return None, f"could not build the judge model: {exc}"
    if model is None:
        return None, f"no LLM configured (ASSISTANT_LLM={getattr(settings, 'llm', '?')})"
    return model, ""


def model_id(model: Any) -> str:
    """A readable id of a LangChain chat model."""
    for attribute in ("model_name", "model", "model_path"):
        value = getattr(model, attribute, None)
        if isinstance(value, str) and value:
            return f"{type(model).__name__}:{value}"
    return type(model).__name__


def _text(reply: Any) -> str:
    content = getattr(reply, "content", reply)
    if isinstance(content, list):
        return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return str(content)


def _word_verdict(text: str) -> bool | None:
    negative, positive = _NEGATIVE.search(text), _POSITIVE.search(text)
    if negative and (not positive or negative.start() <= positive.start()):
        return False
    return True if positive else None


def _json_verdicts(reply: str, expected: int) -> list[bool | None] | None:
    match = re.search(r"\[.*\]|\{.*\}", reply, re.S)
    if not match:
        return None
    try:
        data = json.loads(match.group(0))
    except json.JSONDecodeError:
        return None
    if isinstance(data, dict):
        data = data.get("verdicts", data.get("statements", data))
    if isinstance(data, dict):
        items = [data.get(str(i + 1)) for i in range(expected)]
    elif isinstance(data, list):
        items = list(data[:expected])
    else:
        return None
    verdicts: list[bool | None] = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("verdict", item.get("supported"))
        if isinstance(item, bool):
            verdicts.append(item)
        elif isinstance(item, int | float):
            verdicts.append(bool(item))
        elif isinstance(item, str):
            verdicts.append(_word_verdict(item))
        else:
            verdicts.append(None)
    return verdicts + [None] * (expected - len(verdicts))


def parse_verdicts(reply: str, expected: int) -> list[bool | None]:
    """One verdict per statement from a messy reply; None where none can be read.

    Accepts JSON (a list, or an object keyed by number or under "verdicts"),
    numbered lines ("1: yes", "**2.** Not supported", "3) NO") or bare lines
    in order, in any of the five languages' yes/no words.
    """
    from_json = _json_verdicts(reply, expected)
    if from_json is not None and any(v is not None for v in from_json):
        return from_json
    verdicts: list[bool | None] = [None] * expected
    position = 0
    for line in reply.replace("*", "").splitlines():
        if not line.strip():
            continue
        numbered = _NUMBERED.match(line)
        if numbered and numbered.group(2).strip():
            index, rest = int(numbered.group(1)) - 1, numbered.group(2)
        else:
            index, rest = position, line
        verdict = _word_verdict(rest)
        if verdict is None or not 0 <= index < expected:
            continue
        verdicts[index] = verdict
        position = index + 1
    return verdicts


def parse_questions(reply: str, limit: int = 3) -> list[str]:
    """Questions written one a line, with numbering, bullets, quotes and preambles removed."""
    questions = []
    for line in reply.splitlines():
        line = _LIST_MARK.sub("", line.replace("*", "")).strip().strip("\"'“”«»").strip()
        if len(line) < 5 or line.endswith(":"):
            continue
        questions.append(line)
    return questions[:limit]


def faithfulness(model: Any, sample: Sample) -> tuple[float, int]:
    """(share of sentences judged supported, number of unreadable verdicts)."""
    sentences = [strip_markers(c.text) for c in split_claims(sample.answer)]
    if not sentences:
        return 0.0, 0
    prompt = FAITHFULNESS_PROMPT.format(
        context="\n\n".join(sample.passages),
        statements="\n".join(f"{i}. {s}" for i, s in enumerate(sentences, start=1)),
    )
    verdicts = parse_verdicts(_text(model.invoke(prompt)), len(sentences))
    return sum(v is True for v in verdicts) / len(sentences), sum(v is None for v in verdicts)


def answer_relevance(model: Any, sample: Sample, embedder: Any) -> float:
    """Mean cosine between the question and the judge's questions for the answer."""
    reply = _text(model.invoke(RELEVANCE_PROMPT.format(answer=strip_markers(sample.answer))))
    questions = parse_questions(reply)
    if not questions:
        return 0.0
    original = np.asarray(embedder.embed_query(sample.question))
    generated = np.asarray(embedder.embed_documents(questions))
    return float(np.clip(generated @ original, 0.0, 1.0).mean())


def judge(samples: Sequence[Sample], model: Any, embedder: Any) -> dict[str, Any]:
    """The ``judged`` section of a results file."""
    rows: list[dict[str, Any]] = []
    unreadable = 0
    for sample in samples:
        faithful, missing = faithfulness(model, sample)
        unreadable += missing
        rows.append(
            {
                "lang": sample.lang,
                "faithfulness": faithful,
                "answer_relevance": answer_relevance(model, sample, embedder),
            }
        )

    def summary(group: list[dict[str, Any]]) -> dict[str, float]:
        return {
            "n": len(group),
            "faithfulness": round(mean([r["faithfulness"] for r in group]), 4),
            "answer_relevance": round(mean([r["answer_relevance"] for r in group]), 4),
        }

    by_language: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_language[row["lang"]].append(row)
    return {
        "label": LABEL,
        "judge_model": model_id(model),
        "overall": summary(rows),
        "per_language": {code: summary(g) for code, g in sorted(by_language.items())},
        "info": {"unreadable_verdicts": unreadable, "samples": len(rows)},
    }


def skipped(reason: str) -> dict[str, Any]:
    """The ``judged`` section when no judge could run."""
    return {"label": LABEL, "skipped": reason}
