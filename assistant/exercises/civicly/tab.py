"""The Civicly tab of the web app: classify, queue, override, audit.

``render_*`` functions turn sandbox results into Markdown and tables and are
tested without a browser; ``build_tab`` wires them to Gradio components and
must be called inside a ``gr.Blocks`` context.
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.exercises.civicly.records import parse_mapping
from assistant.exercises.civicly.sandbox import CivicSandbox, QueueItem
from assistant.exercises.civicly.service import Classification
from assistant.exercises.civicly.urgency import LEVELS, RULES

QUEUE_HEADERS = ["request", "urgency", "score", "department", "confidence", "district", "message"]

INTRO = """### Civicly: route and prioritise citizen feedback
Type a message in any of the five languages. The model proposes a department
and an urgency level, and shows why. Below, the ranked queue, the override
form (a human decides, with a reason), and the audit of the model on
held-out history. **The first use trains the model (about a minute).**"""


def render_classification(result: Classification) -> str:
    """Department, confidence, urgency and the explanation as Markdown."""
    routing, urgency = result.routing, result.urgency
    guess = f" (best guess `{routing.predicted}`)" if routing.needs_review else ""
    runners_up = ", ".join(f"`{d}` {p:.0%}" for d, p in routing.ranking[1:])
    parts = [
        f"**Department:** `{routing.department}`{guess}",
        f"**Confidence:** {routing.probability:.0%} — runners-up: {runners_up}",
        f"**Urgency:** {urgency.level.upper()} (score {urgency.score:.2f})",
        "\n".join(
            [
                f"- model: P(urgent) = {urgency.model_probability:.2f} × weight {urgency.model_weight}"
            ]
            + [
                f"- safety rule **{rule}** (+{weight}) matched “<span dir='auto'>{html.escape(term)}</span>”"
                for rule, weight, term in urgency.matched_rules
            ]
        ),
    ]
    if result.explanation:
        terms = ", ".join(
            f"“<span dir='auto'>{html.escape(t)}</span>”" for t, _ in result.explanation.terms_for
        )
        if terms:
            parts.append(f"**Influential character groups:** {terms}")
        cases = [
            f"- `{case.department}` ({case.similarity:.2f}) "
            f"<span dir='auto'>{html.escape(case.description[:120])}</span>"
            for case in result.explanation.similar_cases
        ]
        parts.append("**Nearest historical cases:**\n" + "\n".join(cases))
    parts.append(f"<small>language {result.language} · {result.elapsed_ms:.0f} ms</small>")
    return "\n\n".join(parts)


def render_queue(items: list[QueueItem]) -> list[list[Any]]:
    """Rows of the ranked queue table."""
    return [
        [
            i.request_id,
            i.level,
            round(i.score, 2),
            i.department,
            f"{i.probability:.0%}",
            i.district,
            i.text[:140],
        ]
        for i in items
    ]


def render_training(
    version: str, trained_on: int, departments: list[str], errors: list[Any]
) -> str:
    """Summary of a training run on uploaded data, every rejected row listed."""
    lines = [
        f"Trained model `{version}` on {trained_on} records; departments: "
        + ", ".join(f"`{d}`" for d in departments)
        + "."
    ]
    if errors:
        lines.append(f"**{len(errors)} rows rejected:**")
        lines += [f"- {html.escape(str(e))}" for e in errors[:200]]
        if len(errors) > 200:
            lines.append(
                f"- … and {len(errors) - 200} more (use `assistant civicly train --data` for all)"
            )
    return "\n".join(lines)


def render_rules() -> str:
    """Every safety rule and threshold, as shown to learners."""
    lines = ["| rule | weight | example terms |", "|---|---|---|"]
    for rule in RULES:
        examples = ", ".join(terms[0] for terms in rule.terms.values())
        lines.append(f"| {rule.id} | {rule.weight} | {examples} |")
    thresholds = ", ".join(f"{name} ≥ {value}" for name, value in LEVELS)
    return "\n".join(lines) + f"\n\nLevels: {thresholds}."


def render_audit(report: dict[str, Any]) -> str:
    """Headline metrics and the two fairness tables as Markdown."""
    lines = [
        f"**Held-out records:** {report['n']} · **macro-F1** {report['macro_f1']:.3f} · "
        f"**accuracy** {report['accuracy']:.3f} · **needs review** {report['needs_review_rate']:.1%} · "
        f"**ECE** {report['calibration']['ece']:.3f} · **urgent recall@{report['urgency']['k']}** "
        f"{report['urgency']['recall_at_k']:.3f}",
    ]
    for name, title in (("by_language", "Language"), ("by_district", "District")):
        table = report[name]
        lines += [
            "",
            f"| {title} | n | accuracy | ratio | macro-F1 | ratio |",
            "|---|---|---|---|---|---|",
        ]
        for group, row in table["groups"].items():
            flag = " ⚠" if group in table["flagged"] else ""
            lines.append(
                f"| {group}{flag} | {row['n']} | {row['accuracy']:.3f} | {row['accuracy_ratio']:.2f} "
                f"| {row['macro_f1']:.3f} | {row['macro_f1_ratio']:.2f} |"
            )
    lines.append("\nRatio = group value ÷ best group's value; ⚠ marks ratios under 0.8.")
    return "\n".join(lines)


def build_tab(sandbox: CivicSandbox) -> None:
    """Add the Civicly components and events to the current Blocks context."""
    import gradio as gr

    gr.Markdown(INTRO)
    with gr.Row():
        message = gr.Textbox(label="Citizen message", lines=3, scale=4, elem_id="civicly-text")
        district = gr.Textbox(label="District (optional)", scale=1)
    classify = gr.Button("Classify", variant="primary", elem_id="civicly-classify")
    result = gr.Markdown(elem_id="civicly-result")
    with gr.Accordion("Safety rules and thresholds", open=False):
        gr.Markdown(render_rules())
    gr.Markdown("#### Ranked queue")
    refresh = gr.Button("Load / refresh the queue")
    queue = gr.Dataframe(headers=QUEUE_HEADERS, interactive=False, wrap=True)
    gr.Markdown("#### Human override")
    with gr.Row():
        request = gr.Textbox(label="Request id (from the queue)")
        department = gr.Dropdown(label="Department", choices=[], allow_custom_value=True)
        level = gr.Dropdown(label="Urgency", choices=[name for name, _ in LEVELS])
    reason = gr.Textbox(label="Reason (required)")
    override = gr.Button("Record override")
    status = gr.Markdown()
    with gr.Accordion("Train on your own data (CSV or JSON, Open311 columns)", open=False):
        upload = gr.File(label="Data file", file_types=[".csv", ".json", ".jsonl"], type="filepath")
        mapping = gr.Textbox(
            label="Column mapping (optional)",
            placeholder="description=text, service_code=department",
        )
        train_button = gr.Button("Train and use this model")
        train_status = gr.Markdown()
    gr.Markdown("#### Audit")
    run_audit = gr.Button("Run the audit on held-out history")
    audit_md = gr.Markdown()
    with gr.Row():
        confusion = gr.Image(label="Confusion matrix", type="filepath")
        reliability = gr.Image(label="Calibration", type="filepath")

    def on_classify(text: str, where: str) -> tuple[str, Any]:
        try:
            rendered = render_classification(sandbox.classify(text, where))
        except AssistantError as exc:
            return f"⚠ {exc}", gr.update()
        return rendered, render_queue(sandbox.queue())

    def on_refresh() -> tuple[Any, Any]:
        return render_queue(sandbox.queue()), gr.update(choices=sandbox.departments())

    def on_override(request_id: str, dept: str, lvl: str, why: str) -> tuple[str, Any]:
        try:
            entry = sandbox.override(request_id.strip(), dept or "", lvl or "", why or "")
        except AssistantError as exc:
            return f"⚠ {exc}", gr.update()
        note = f"Recorded: {entry.service_request_id} → `{entry.final_department}`, {entry.final_level} ({entry.at})."
        return note, render_queue(sandbox.queue())

    def on_train(path: str | None, pairs: str) -> str:
        if not path:
            return "⚠ Choose a data file first."
        try:
            parsed = parse_mapping([p for p in (pairs or "").split(",") if p.strip()])
            model, errors = sandbox.train_on(Path(path), parsed)
        except AssistantError as exc:
            return f"⚠ {exc}"
        return render_training(model.version, model.trained_on, model.router.classes, errors)

    def on_audit() -> tuple[str, str, str]:
        folder = Path(tempfile.mkdtemp(prefix="civicly-audit-"))
        report = sandbox.audit(folder)
        return render_audit(report), report["plots"]["confusion"], report["plots"]["reliability"]

    classify.click(on_classify, [message, district], [result, queue])
    refresh.click(on_refresh, None, [queue, department])
    override.click(on_override, [request, department, level, reason], [status, queue])
    run_audit.click(on_audit, None, [audit_md, confusion, reliability])
    train_button.click(on_train, [upload, mapping], [train_status])
