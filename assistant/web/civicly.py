"""The Civicly tab of the web app: classify, queue, override, audit.

``render_*`` functions turn sandbox results into Markdown and tables and are
tested without a browser; ``build_tab`` wires them to Gradio components and
must be called inside a ``gr.Blocks`` context.

Every string comes from :mod:`assistant.web.civicly_text` in the
five interface languages. Rendered Markdown follows the interface language
(Arabic is wrapped in a right-to-left block); department, level and rule
codes keep their codes in the data and show localized names.

Who is working: every handler takes the ``gr.Request`` Gradio fills in and
reads the learner id from the server-side session
(:func:`assistant.web.identity.learner_of`), never from a component, so a
page cannot claim another learner's queue. The sandbox keeps each learner's
messages, overrides and uploaded-data model apart (see
:mod:`assistant.exercises.civicly_triage.sandbox`); a visitor without a
session can read the shared queue and audit but is told to reload the page
before anything is stored. Training here always gives a private model
(``shared=False``); replacing the shared model is an instructor action, not
offered in this tab.
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant import languages
from assistant.error_text import describe
from assistant.errors import AssistantError
from assistant.exercises.civicly_triage.records import parse_mapping
from assistant.exercises.civicly_triage.sandbox import CivicSandbox, NoSessionError, QueueItem
from assistant.exercises.civicly_triage.service import Classification
from assistant.exercises.civicly_triage.urgency import LEVELS, RULES
from assistant.web import civicly_text as tab_text
from assistant.web.civicly_text import department_name, level_name, rule_name
from assistant.web.identity import learner_of

QUEUE_HEADERS = ["request", "urgency", "score", "department", "confidence", "district", "message"]

#: tab_text keys of the queue table's column headers, in QUEUE_HEADERS order.
QUEUE_HEADER_KEYS = [f"col_{name}" for name in QUEUE_HEADERS]

#: Ratios under this are flagged in the fairness tables (see audit.fairness_table).
FAIRNESS_FLAG = 0.8

INTRO = tab_text.t("intro", "en")


def queue_headers(language: str = "en") -> list[str]:
    """The queue table's column headers in ``language``."""
    return [tab_text.t(key, language) for key in QUEUE_HEADER_KEYS]


def _lang(language: str | None) -> str:
    """A supported interface language code; English for anything else."""
    return languages.normalize(language or "") if languages.is_supported(language) else "en"


def _direction(text: str, language: str) -> str:
    """Arabic Markdown in a right-to-left block (blank lines keep the Markdown parsed)."""
    if languages.direction(language) == "rtl":
        return f"<div dir='rtl'>\n\n{text}\n\n</div>"
    return text


def _quote(text: str, language: str) -> str:
    return tab_text.t("quote", language, text=f"<span dir='auto'>{html.escape(text)}</span>")


def render_classification(result: Classification, language: str = "en") -> str:
    """Department, confidence, urgency and the explanation as Markdown."""
    lang = _lang(language)
    routing, urgency = result.routing, result.urgency
    guess = (
        tab_text.t("cls_best_guess", lang, department=department_name(routing.predicted, lang))
        if routing.needs_review
        else ""
    )
    runners_up = ", ".join(f"`{d}` {p:.0%}" for d, p in routing.ranking[1:])
    parts = [
        tab_text.t("cls_department", lang, department=department_name(routing.department, lang))
        + guess,
        tab_text.t(
            "cls_confidence", lang, probability=f"{routing.probability:.0%}", runners_up=runners_up
        ),
        tab_text.t(
            "cls_urgency",
            lang,
            level=level_name(urgency.level, lang).upper(),
            score=f"{urgency.score:.2f}",
        ),
        "\n".join(
            [
                "- "
                + tab_text.t(
                    "cls_model",
                    lang,
                    probability=f"{urgency.model_probability:.2f}",
                    weight=urgency.model_weight,
                )
            ]
            + [
                "- "
                + tab_text.t(
                    "cls_rule",
                    lang,
                    rule=rule_name(rule, lang),
                    weight=weight,
                    term=_quote(term, lang),
                )
                for rule, weight, term in urgency.matched_rules
            ]
        ),
    ]
    if result.explanation:
        terms = ", ".join(_quote(term, lang) for term, _ in result.explanation.terms_for)
        if terms:
            parts.append(tab_text.t("cls_terms", lang, terms=terms))
        cases = [
            f"- `{case.department}` ({case.similarity:.2f}) "
            f"<span dir='auto'>{html.escape(case.description[:120])}</span>"
            for case in result.explanation.similar_cases
        ]
        parts.append(tab_text.t("cls_cases", lang) + "\n" + "\n".join(cases))
    if routing.scarce_language:
        parts.insert(0, _scarce_warning(result, lang))
    footer = tab_text.t("cls_footer", lang, code=result.language, ms=f"{result.elapsed_ms:.0f}")
    parts.append(f"<small>{footer}</small>")
    return _direction("\n\n".join(parts), lang)


def _scarce_warning(result: Classification, lang: str) -> str:
    """The warning shown above a message whose language the training history barely covers."""
    routing = result.routing
    return tab_text.t(
        "cls_scarce_language",
        lang,
        name=_group_name("by_language", routing.language),
        share=f"{routing.language_share:.1%}",
        minimum=f"{routing.min_language_share:.0%}",
        threshold=f"{routing.review_threshold:.0%}",
    )


def render_queue(items: list[QueueItem], language: str = "en") -> list[list[Any]]:
    """Rows of the ranked queue table (codes stay codes: the override form takes them)."""
    del language  # the rows hold codes, ids and numbers; only the headers are localized
    return [
        [
            i.request_id,
            i.level,
            round(i.score, 2),
            i.department,
            f"{i.probability:.0%}",
            i.district,
            _message_cell(i.text[:140]),
        ]
        for i in items
    ]


def _message_cell(text: str) -> str:
    """A message in its own language: ``lang``/``dir`` of the detected language (HTML cell)."""
    code = languages.detect(text)
    return (f"<span lang='{code}' dir='{languages.direction(code)}'>"
            f"{html.escape(text)}</span>")


def queue_table(items: list[QueueItem], language: str = "en") -> dict[str, Any]:
    """The queue as the Dataframe's value: localized headers and the rows."""
    return {"headers": queue_headers(_lang(language)), "data": render_queue(items, language)}


def render_training(
    version: str,
    trained_on: int,
    departments: list[str],
    errors: list[Any],
    language: str = "en",
    *,
    private_hours: float | None = None,
) -> str:
    """Summary of a training run on uploaded data, every rejected row listed.

    ``private_hours`` (the sandbox's idle time-out) adds the note that the
    model is only for this learner and when it is dropped.
    """
    lang = _lang(language)
    names = ", ".join(department_name(d, lang) for d in departments)
    lines = [tab_text.tn("train_done", trained_on, lang, version=version, departments=names)]
    if private_hours is not None:
        lines += ["", tab_text.t("train_private", lang, hours=f"{private_hours:g}"), ""]
    if errors:
        lines.append(tab_text.tn("train_rejected", len(errors), lang))
        lines += [f"- {html.escape(str(e))}" for e in errors[:200]]
        if len(errors) > 200:
            lines.append("- " + tab_text.t("train_more", lang, count=len(errors) - 200))
    return _direction("\n".join(lines), lang)


def render_rules(language: str = "en") -> str:
    """Every safety rule and threshold, as shown to learners."""
    lang = _lang(language)
    columns = [
        tab_text.t(k, lang) for k in ("rules_col_rule", "rules_col_weight", "rules_col_examples")
    ]
    lines = ["| " + " | ".join(columns) + " |", "|---|---|---|"]
    for rule in RULES:
        examples = ", ".join(terms[0] for terms in rule.terms.values())
        lines.append(f"| {rule_name(rule.id, lang)} | {rule.weight} | {examples} |")
    thresholds = ", ".join(f"{level_name(name, lang)} ≥ {value}" for name, value in LEVELS)
    text = "\n".join(lines) + "\n\n" + tab_text.t("rules_levels", lang, thresholds=thresholds)
    return _direction(text, lang)


def _group_name(table: str, group: str) -> str:
    """A language group shows the language's own name; districts are proper names."""
    if table == "by_language" and group in languages.LANGUAGES:
        return f"{languages.LANGUAGES[group].native_name} ({group})"
    return group


def render_audit(report: dict[str, Any], language: str = "en") -> str:
    """Headline metrics and the two fairness tables as Markdown."""
    lang = _lang(language)
    lines = [
        tab_text.t(
            "audit_headline",
            lang,
            n=report["n"],
            macro_f1=f"{report['macro_f1']:.3f}",
            accuracy=f"{report['accuracy']:.3f}",
            needs_review=f"{report['needs_review_rate']:.1%}",
            ece=f"{report['calibration']['ece']:.3f}",
            k=report["urgency"]["k"],
            recall=f"{report['urgency']['recall_at_k']:.3f}",
        ),
    ]
    accuracy, ratio, f1, history = (
        tab_text.t(k, lang)
        for k in ("audit_col_accuracy", "audit_col_ratio", "audit_col_f1", "audit_col_history")
    )
    support = report.get("language_support", {})
    for name, title_key in (
        ("by_language", "audit_by_language"),
        ("by_district", "audit_by_district"),
    ):
        table = report[name]
        # The language table adds each language's share of the training history.
        shares = support.get("languages", {}) if name == "by_language" else None
        extra = (f" {history} |", "---|") if shares is not None else ("", "")
        lines += [
            "",
            f"| {tab_text.t(title_key, lang)} | n | {accuracy} | {ratio} | {f1} | {ratio} |"
            + extra[0],
            "|---|---|---|---|---|---|" + extra[1],
        ]
        for group, row in table["groups"].items():
            flag = " ⚠" if group in table["flagged"] else ""
            line = (
                f"| {_group_name(name, group)}{flag} | {row['n']} | {row['accuracy']:.3f} "
                f"| {row['accuracy_ratio']:.2f} | {row['macro_f1']:.3f} "
                f"| {row['macro_f1_ratio']:.2f} |"
            )
            if shares is not None:
                held = shares.get(group, {"train_share": 0.0, "scarce": True})
                scarce = " ⚠" if held["scarce"] else ""
                line += f" {held['train_share']:.1%}{scarce} |"
            lines.append(line)
    lines.append("\n" + tab_text.t("audit_note", lang, threshold=FAIRNESS_FLAG))
    if support.get("scarce"):
        lines.append(
            "\n" + tab_text.t("audit_scarce_note", lang, share=f"{support['min_share']:.0%}")
        )
    return _direction("\n".join(lines), lang)


def build_tab(
    sandbox: CivicSandbox, relabel: Any = None, ui_language: Any = None, language: str = "en"
) -> None:
    """Add the Civicly components and events to the current Blocks context.

    ``relabel`` (the app's registry, duck-typed: ``add_custom(component, fn)``)
    makes every label, button, heading and table header follow the interface
    language; ``ui_language`` (the language dropdown) is passed to each handler
    so that what it renders is in the learner's language. ``language`` is the
    language the tab is first drawn in.
    """
    import gradio as gr

    first = _lang(language)

    def follow(component: Any, update: Callable[[str], Any]) -> Any:
        if relabel is not None:
            relabel.add_custom(component, update)
        return component

    def text(key: str) -> str:
        return tab_text.t(key, first)

    def labelled(component: Any, key: str) -> Any:
        return follow(component, lambda lang: gr.update(label=tab_text.t(key, lang)))

    def valued(component: Any, key: str) -> Any:
        return follow(component, lambda lang: gr.update(value=tab_text.t(key, lang)))

    def level_choices(lang: str) -> list[tuple[str, str]]:
        return [(level_name(name, lang), name) for name, _ in LEVELS]

    valued(gr.Markdown(text("intro")), "intro")
    with gr.Row():
        message = labelled(
            gr.Textbox(label=text("message_label"), lines=3, scale=4, elem_id="civicly-text"),
            "message_label",
        )
        district = labelled(gr.Textbox(label=text("district_label"), scale=1), "district_label")
    classify = valued(
        gr.Button(text("classify_button"), variant="primary", elem_id="civicly-classify"),
        "classify_button",
    )
    result = gr.Markdown(elem_id="civicly-result")
    with labelled(gr.Accordion(text("rules_accordion"), open=False), "rules_accordion"):
        follow(gr.Markdown(render_rules(first)), lambda lang: gr.update(value=render_rules(lang)))
    valued(gr.Markdown(text("queue_heading")), "queue_heading")
    valued(gr.Markdown(text("queue_privacy")), "queue_privacy")
    refresh = valued(gr.Button(text("refresh_button"), elem_id="civicly-refresh"), "refresh_button")
    queue = follow(
        gr.Dataframe(
            headers=queue_headers(first),
            interactive=False,
            wrap=True,
            type="array",
            # The message cell is HTML: its <span> carries the message's own lang and dir.
            datatype=["str", "str", "number", "str", "str", "str", "html"],
            elem_id="civicly-queue",
        ),
        # Sets the session's headers; the browser redraws them only with a new value, which
        # on_language below sends (Gradio 6.31 draws no headers-only update, empty or not).
        lambda lang: gr.update(headers=queue_headers(lang)),
    )
    valued(gr.Markdown(text("override_heading")), "override_heading")
    with gr.Row():
        request = labelled(gr.Textbox(label=text("request_label")), "request_label")
        department = labelled(
            gr.Dropdown(label=text("department_label"), choices=[], allow_custom_value=True),
            "department_label",
        )
        level = follow(
            gr.Dropdown(label=text("urgency_label"), choices=level_choices(first)),
            lambda lang: gr.update(
                label=tab_text.t("urgency_label", lang), choices=level_choices(lang)
            ),
        )
    reason = labelled(gr.Textbox(label=text("reason_label")), "reason_label")
    override = valued(gr.Button(text("override_button")), "override_button")
    status = gr.Markdown()
    with labelled(gr.Accordion(text("train_accordion"), open=False), "train_accordion"):
        upload = labelled(
            gr.File(
                label=text("file_label"), file_types=[".csv", ".json", ".jsonl"], type="filepath"
            ),
            "file_label",
        )
        mapping = labelled(
            gr.Textbox(
                label=text("mapping_label"),
                placeholder="description=text, service_code=department",  # column names: code
            ),
            "mapping_label",
        )
        train_button = valued(gr.Button(text("train_button")), "train_button")
        train_status = gr.Markdown()
    valued(gr.Markdown(text("audit_heading")), "audit_heading")
    run_audit = valued(gr.Button(text("audit_button"), elem_id="civicly-audit"), "audit_button")
    audit_md = gr.Markdown(elem_id="civicly-audit-result")
    with gr.Row():
        confusion = labelled(
            gr.Image(label=text("confusion_label"), type="filepath"), "confusion_label"
        )
        reliability = labelled(
            gr.Image(label=text("calibration_label"), type="filepath"), "calibration_label"
        )

    # Each handler takes the request first, then its inputs, then the interface language
    # (``first`` without the dropdown). Gradio inserts the request at its parameter's index,
    # so after the optional language it would take the language's place when there is none.
    def refused(lang: str) -> str:
        return _direction(tab_text.t("no_session", lang), lang)

    def on_classify(
        request: gr.Request, text: str, where: str, lang: str = first
    ) -> tuple[str, Any]:
        lang, owner = _lang(lang), learner_of(request)
        try:
            rendered = render_classification(sandbox.classify(owner, text, where or ""), lang)
        except NoSessionError:
            return refused(lang), gr.update()
        except AssistantError as exc:
            return f"⚠ {describe(exc, lang)}", gr.update()
        return rendered, queue_table(sandbox.queue(owner), lang)

    def on_refresh(request: gr.Request, lang: str = first) -> tuple[Any, Any]:
        lang, owner = _lang(lang), learner_of(request)
        codes = sandbox.departments(owner)
        choices = [(department_name(code, lang).replace("`", ""), code) for code in codes]
        return queue_table(sandbox.queue(owner), lang), gr.update(choices=choices)

    def on_override(
        request: gr.Request, request_id: str, dept: str, lvl: str, why: str, lang: str = first
    ) -> tuple[str, Any]:
        lang, owner = _lang(lang), learner_of(request)
        try:
            entry = sandbox.override(
                owner, (request_id or "").strip(), dept or "", lvl or "", why or ""
            )
        except NoSessionError:
            return refused(lang), gr.update()
        except AssistantError as exc:
            return f"⚠ {describe(exc, lang)}", gr.update()
        note = tab_text.t(
            "override_done",
            lang,
            request=entry.service_request_id,
            department=department_name(entry.final_department, lang),
            level=level_name(entry.final_level, lang),
            at=entry.at,
        )
        return _direction(note, lang), queue_table(sandbox.queue(owner), lang)

    def on_train(request: gr.Request, path: str | None, pairs: str, lang: str = first) -> str:
        lang, owner = _lang(lang), learner_of(request)
        if not path:
            return _direction(tab_text.t("train_no_file", lang), lang)
        try:
            parsed = parse_mapping([p for p in (pairs or "").split(",") if p.strip()])
            model, errors = sandbox.train_on(owner, Path(path), parsed, shared=False)
        except NoSessionError:
            return refused(lang)
        except AssistantError as exc:
            return f"⚠ {describe(exc, lang)}"
        return render_training(
            model.version,
            model.trained_on,
            model.router.classes,
            errors,
            lang,
            private_hours=round(sandbox.idle_seconds / 3600, 1),
        )

    def on_audit(request: gr.Request, lang: str = first) -> tuple[str, str, str]:
        folder = Path(tempfile.mkdtemp(prefix="civicly-audit-"))
        report = sandbox.audit(learner_of(request), folder)
        plots = report["plots"]
        return render_audit(report, _lang(lang)), plots["confusion"], plots["reliability"]

    # Postponed annotations hide the type Gradio looks for to fill in the request.
    for handler in (on_classify, on_refresh, on_override, on_train, on_audit):
        handler.__annotations__["request"] = gr.Request

    def on_language(lang: str, shown: list[list[Any]] | None) -> dict[str, Any]:
        # The rows on screen, unchanged, under headers in the new language (the browser
        # redraws headers only with a value, even for an empty table).
        rows = [row for row in shown or [] if len(row) == len(QUEUE_HEADERS) and any(row)]
        return {"headers": queue_headers(_lang(lang)), "data": rows}

    extra = [ui_language] if ui_language is not None else []
    fills_queue = [
        classify.click(on_classify, [message, district, *extra], [result, queue]),
        refresh.click(on_refresh, extra or None, [queue, department]),
        override.click(on_override, [request, department, level, reason, *extra], [status, queue]),
    ]
    if ui_language is not None:
        ui_language.change(on_language, [ui_language, queue], [queue])
        # The first queue takes a while (training): if the language changed meanwhile, the
        # headers follow the language of now, not the one of the click.
        for event in fills_queue:
            event.then(on_language, [ui_language, queue], [queue])
    run_audit.click(on_audit, extra or None, [audit_md, confusion, reliability])
    train_button.click(on_train, [upload, mapping, *extra], [train_status])
