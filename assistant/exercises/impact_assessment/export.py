"""Export a scored assessment as a public transparency record: Markdown per language, or JSON.

The Markdown follows the questions a public algorithmic transparency record
answers (the UK Algorithmic Transparency Recording Standard and city algorithm
registers ask much the same): what the tool is and who owns it, how it is used
in decisions, what data it uses, the risks found, the mitigations in place and
missing, human oversight, and the impact level with every score and threshold
behind it. Headings exist in all five course languages; Arabic output is
wrapped in a right-to-left block.

The JSON holds the whole :class:`~.scoring.Assessment` plus the tool's
description in the five languages; :func:`from_json` rebuilds the same
assessment, so a saved record can be reloaded and shown again.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from assistant.errors import ConfigError
from assistant.exercises.impact_assessment.scoring import (
    Assessment,
    ItemScore,
    Questionnaire,
    ScoringRule,
    load_questionnaire,
)
from assistant.languages import CODES, direction, normalize

FORMAT = "agora-tutor/aia-record"
FORMAT_VERSION = 1

_L = tuple[str, str, str, str, str]  # en, fr, es, pt, ar
HEADINGS: dict[str, _L] = {
    "title": ("Algorithmic transparency record", "Fiche de transparence algorithmique", "Ficha de transparencia algorítmica", "Ficha de transparência algorítmica", "سجل الشفافية الخوارزمية"),
    "summary": ("Summary", "Résumé", "Resumen", "Resumo", "ملخص"),
    "tool": ("Tool", "Outil", "Herramienta", "Ferramenta", "الأداة"),
    "owner": ("Owner", "Responsable", "Responsable", "Responsável", "الجهة المسؤولة"),
    "purpose": ("Purpose", "Finalité", "Finalidad", "Finalidade", "الغرض"),
    "decision_use": ("How the tool is used in decisions", "Place de l'outil dans les décisions", "Uso de la herramienta en las decisiones", "Utilização da ferramenta nas decisões", "كيف تُستخدم الأداة في القرارات"),
    "data": ("Data", "Données", "Datos", "Dados", "البيانات"),
    "risks": ("Risks", "Risques", "Riesgos", "Riscos", "المخاطر"),
    "mitigations": ("Mitigations", "Mesures d'atténuation", "Medidas de mitigación", "Medidas de mitigação", "تدابير التخفيف"),
    "in_place": ("In place", "En place", "Implantadas", "Implementadas", "مطبّقة"),
    "missing": ("Missing", "Manquantes", "Pendientes", "Em falta", "غير مطبّقة"),
    "human_oversight": ("Human oversight", "Supervision humaine", "Supervisión humana", "Supervisão humana", "الإشراف البشري"),
    "impact": ("Impact level and scores", "Niveau d'impact et scores", "Nivel de impacto y puntuaciones", "Nível de impacto e pontuações", "مستوى الأثر والدرجات"),
    "level": ("Impact level", "Niveau d'impact", "Nivel de impacto", "Nível de impacto", "مستوى الأثر"),
    "raw_risk": ("Raw risk score", "Score de risque brut", "Puntuación de riesgo bruta", "Pontuação de risco bruta", "درجة المخاطر الأولية"),
    "mitigation": ("Mitigation score", "Score d'atténuation", "Puntuación de mitigación", "Pontuação de mitigação", "درجة التخفيف"),
    "deduction": ("Deduction", "Déduction", "Deducción", "Dedução", "الخصم"),
    "final": ("Final score", "Score final", "Puntuación final", "Pontuação final", "الدرجة النهائية"),
    "question": ("Question", "Question", "Pregunta", "Pergunta", "السؤال"),
    "answer": ("Answer", "Réponse", "Respuesta", "Resposta", "الإجابة"),
    "points": ("Points", "Points", "Puntos", "Pontos", "النقاط"),
    "none": ("None.", "Aucune.", "Ninguna.", "Nenhuma.", "لا يوجد."),
    "unanswered": ("Not yet answered", "Pas encore de réponse", "Sin responder todavía", "Ainda sem resposta", "لم تتم الإجابة بعد"),
    "applied": (
        "Mitigation is at least {threshold} % of its maximum, so {pct} % of the raw risk score was deducted.",
        "L'atténuation atteint {threshold} % de son maximum : {pct} % du score de risque brut ont été déduits.",
        "La mitigación alcanza el {threshold} % de su máximo, por lo que se dedujo el {pct} % de la puntuación de riesgo bruta.",
        "A mitigação atinge {threshold} % do seu máximo, pelo que foram deduzidos {pct} % da pontuação de risco bruta.",
        "بلغ التخفيف {threshold}٪ من حده الأقصى، لذا خُصم {pct}٪ من درجة المخاطر الأولية.",
    ),
    "not_applied": (
        "Mitigation is below {threshold} % of its maximum, so the final score equals the raw risk score.",
        "L'atténuation reste sous {threshold} % de son maximum : le score final égale le score de risque brut.",
        "La mitigación no llega al {threshold} % de su máximo, así que la puntuación final es la de riesgo bruta.",
        "A mitigação fica abaixo de {threshold} % do seu máximo, pelo que a pontuação final é igual à de risco bruta.",
        "التخفيف أقل من {threshold}٪ من حده الأقصى، لذا تساوي الدرجة النهائية درجة المخاطر الأولية.",
    ),
    "thresholds": (
        "Levels by final score as a share of the maximum risk: I ≤ {t1} %, II ≤ {t2} %, III ≤ {t3} %, IV above.",
        "Niveaux selon le score final rapporté au risque maximal : I ≤ {t1} %, II ≤ {t2} %, III ≤ {t3} %, IV au-delà.",
        "Niveles según la puntuación final respecto al riesgo máximo: I ≤ {t1} %, II ≤ {t2} %, III ≤ {t3} %, IV por encima.",
        "Níveis segundo a pontuação final face ao risco máximo: I ≤ {t1} %, II ≤ {t2} %, III ≤ {t3} %, IV acima.",
        "المستويات بحسب نسبة الدرجة النهائية إلى أقصى المخاطر: I ≤ {t1}٪، II ≤ {t2}٪، III ≤ {t3}٪، IV فوق ذلك.",
    ),
    "source": (
        "Questionnaire {id}, version {version}.",
        "Questionnaire {id}, version {version}.",
        "Cuestionario {id}, versión {version}.",
        "Questionário {id}, versão {version}.",
        "الاستبيان {id}، الإصدار {version}.",
    ),
}  # fmt: skip


def heading(key: str, language: str, **values: object) -> str:
    """A localized heading or sentence of the record."""
    text = HEADINGS[key][CODES.index(normalize(language))]
    return text.format(**values) if values else text


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _questionnaire(assessment: Assessment, questionnaire: Questionnaire | None) -> Questionnaire:
    questionnaire = questionnaire or load_questionnaire()
    if questionnaire.id != assessment.questionnaire:
        raise ConfigError(
            f"This assessment used questionnaire {assessment.questionnaire!r}; "
            f"pass that questionnaire instead of {questionnaire.id!r}."
        )
    return questionnaire


def _answer(q: Questionnaire, item: ItemScore, language: str) -> str:
    question = q.question(item.question)
    labels = [question.option(v).label.get(language) for v in item.answer]
    return ("، " if language == "ar" else ", ").join(labels) or "—"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(
    assessment: Assessment, language: str, questionnaire: Questionnaire | None = None
) -> str:
    """The transparency record in ``language`` (en, fr, es, pt or ar) as Markdown."""
    language = normalize(language)
    q = _questionnaire(assessment, questionnaire)

    def h(key: str, **values: object) -> str:
        return heading(key, language, **values)

    rec = q.record
    lines = [f"# {h('title')}: {rec.tool}", "", f"## {h('summary')}", ""]
    lines += [f"- **{h('tool')}**: {rec.tool}", f"- **{h('owner')}**: {rec.owner.get(language)}"]
    lines += [f"- **{h('purpose')}**: {rec.purpose.get(language)}", ""]
    lines += [f"## {h('decision_use')}", "", rec.decision_use.get(language), ""]
    lines += [f"## {h('data')}", "", rec.data.get(language), ""]

    def table(items: list[ItemScore]) -> list[str]:
        if not items:
            return [h("none"), ""]
        rows = [f"| {h('question')} | {h('answer')} | {h('points')} |", "|---|---|---|"]
        for item in items:
            text = _cell(q.question(item.question).text.get(language))
            answer = _cell(_answer(q, item, language))
            rows.append(f"| {text} | {answer} | {item.points} / {item.max_points} |")
        return [*rows, ""]

    visible = [i for i in assessment.items if i.visible]
    lines += [f"## {h('risks')}", ""]
    lines += table([i for i in visible if i.section == "risk" and i.points > 0])
    mitigations = [i for i in visible if i.section == "mitigation"]
    lines += [f"## {h('mitigations')}", "", f"### {h('in_place')}", ""]
    lines += table([i for i in mitigations if i.points > 0])
    lines += [f"### {h('missing')}", ""]
    lines += table([i for i in mitigations if i.points < i.max_points])
    lines += [f"## {h('human_oversight')}", "", rec.human_oversight.get(language), ""]
    lines += table([i for i in visible if i.area == "oversight"])

    a, rule = assessment, assessment.rule
    t1, t2, t3 = (_number(t) for t in rule.level_thresholds_pct)
    lines += [f"## {h('impact')}", "", f"**{h('level')}: {a.level_name}**", ""]
    lines += [
        f"- {h('raw_risk')}: {a.raw_risk} / {a.max_risk} ({_number(a.risk_pct)} %)",
        f"- {h('mitigation')}: {a.mitigation} / {a.max_mitigation} ({_number(a.mitigation_pct)} %)",
        f"- {h('deduction')}: {_number(a.deduction)}",
        f"- {h('final')}: {_number(a.final_score)} / {a.max_risk} ({_number(a.final_pct)} %)",
        "",
    ]
    threshold = _number(rule.mitigation_threshold_pct)
    rule_key = "applied" if a.deduction_applied else "not_applied"
    lines += [h(rule_key, threshold=threshold, pct=_number(rule.deduction_pct)), ""]
    lines += [h("thresholds", t1=t1, t2=t2, t3=t3), ""]
    if a.unanswered:
        lines += [f"**{h('unanswered')}**: {', '.join(a.unanswered)}", ""]
    lines += [f"_{h('source', id=a.questionnaire, version=a.version)}_", ""]
    body = "\n".join(lines)
    if direction(language) == "rtl":
        return f'<div dir="rtl" lang="{language}">\n\n{body}\n</div>\n'
    return body


def to_dict(assessment: Assessment, questionnaire: Questionnaire | None = None) -> dict[str, Any]:
    """The record as plain data: the tool's description in five languages and every number."""
    rec = _questionnaire(assessment, questionnaire).record
    record: dict[str, Any] = {"tool": rec.tool}
    for name in ("owner", "purpose", "decision_use", "data", "human_oversight"):
        record[name] = asdict(getattr(rec, name))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "record": record,
        "assessment": asdict(assessment),
    }


def to_json(assessment: Assessment, questionnaire: Questionnaire | None = None) -> str:
    """The record as JSON text (UTF-8, Arabic kept readable)."""
    return json.dumps(to_dict(assessment, questionnaire), ensure_ascii=False, indent=2)


def from_json(text: str) -> Assessment:
    """Rebuild the :class:`Assessment` saved by :func:`to_json`."""
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ConfigError(f"Not an impact assessment record (expected format {FORMAT!r}).")
    raw = dict(data["assessment"])
    rule = raw.pop("rule")
    rule["level_thresholds_pct"] = tuple(rule["level_thresholds_pct"])
    items = tuple(
        ItemScore(**{**item, "answer": tuple(item["answer"])}) for item in raw.pop("items")
    )
    unanswered = tuple(raw.pop("unanswered"))
    return Assessment(**raw, rule=ScoringRule(**rule), items=items, unanswered=unanswered)
