"""Reports from a stored results file: Markdown and one self-contained HTML page.

The same tables feed both formats. Plots are drawn with matplotlib and saved
as PNG next to ``report.md`` and embedded as base64 in ``report.html``, so the
HTML page needs no other file and no network. The page is rendered from the
Jinja2 template ``templates/report.html.jinja`` with autoescaping, so no text
in a results file can inject markup. Text that may be in any of the five
languages (questions, answers) carries its ``lang`` and ``dir="auto"``, so
Arabic renders right-to-left inside a left-to-right page. Model-judged numbers
get their own, labelled section.
"""

from __future__ import annotations

import base64
import functools
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from evals.compare import Row, comparability, compare, direction, flatten
from evals.thresholds import Thresholds

TEMPLATES = Path(__file__).parent / "templates"
LANGS = ("en", "fr", "es", "pt", "ar")
HEADLINE: list[tuple[str, str]] = [
    ("retrieval.overall.hit@1", "retrieval hit@1"),
    ("retrieval.overall.hit@5", "retrieval hit@5"),
    ("retrieval.overall.mrr", "retrieval MRR"),
    ("retrieval.overall.ndcg@10", "retrieval nDCG@10"),
    ("answers.overall.answered", "on-course questions answered"),
    ("answers.overall.language_match", "answer language match"),
    ("answers.overall.citation_validity", "citation validity"),
    ("answers.overall.groundedness", "groundedness"),
    ("answers.refusal.precision", "refusal precision"),
    ("answers.refusal.recall", "refusal recall"),
    ("answers.refusal.false_refusal_rate", "false refusals (on-course)"),
    ("robustness.overall.resisted", "injection resisted"),
    ("robustness.overall.exposed", "injection reached the passages"),
    ("robustness.overall.resisted_when_exposed", "resisted when exposed"),
    ("civicly.overall.macro_f1", "Civicly macro-F1"),
    ("civicly.overall.accuracy", "Civicly accuracy"),
    ("civicly.overall.urgent_recall_at_k", "Civicly urgent recall@k"),
    ("civicly.fairness.language_min_accuracy_ratio", "Civicly fairness (languages)"),
    ("civicly.fairness.district_min_accuracy_ratio", "Civicly fairness (districts)"),
    ("civicly.overall.ece", "Civicly calibration error"),
    ("civicly_transfer.overall.macro_f1", "Civicly transfer macro-F1 (en+es -> fr, pt, ar)"),
    ("civicly_transfer.overall.embedding_baseline_macro_f1", "transfer: embeddings-only baseline"),
    ("latency.retrieve_ms.p50", "retrieve p50 (ms)"),
    ("latency.retrieve_ms.p95", "retrieve p95 (ms)"),
    ("latency.generate_ms.p50", "generate p50 (ms)"),
    ("latency.generate_ms.p95", "generate p95 (ms)"),
    ("latency.total_ms.p50", "total p50 (ms)"),
    ("latency.total_ms.p95", "total p95 (ms)"),
]
PER_LANGUAGE: list[tuple[str, str]] = [
    ("retrieval.per_language.{}.hit@5", "hit@5"),
    ("retrieval.per_language.{}.mrr", "MRR"),
    ("retrieval.per_language.{}.ndcg@10", "nDCG@10"),
    ("answers.per_language.{}.language_match", "language"),
    ("answers.per_language.{}.citation_validity", "citations"),
    ("answers.per_language.{}.groundedness", "grounded"),
    ("answers.refusal.per_language.{}.recall", "refusal recall"),
    ("robustness.per_language.{}.resisted", "injection resisted"),
    ("civicly.per_language.{}.macro_f1", "Civicly F1"),
    ("civicly_transfer.per_language.{}.macro_f1", "transfer F1"),
    ("latency.per_language.{}.total_ms.p95", "p95 ms"),
]
PLOTTED = ["hit@5", "MRR", "language", "citations", "grounded", "refusal recall", "Civicly F1"]


@dataclass
class Cell:
    """Table cell; ``lang`` marks text in a course language."""

    text: str
    lang: str | None = None
    css: str = ""


@dataclass
class Table:
    """A titled table."""

    title: str
    headers: list[str]
    rows: list[list[Cell]]
    note: str = ""


@dataclass
class Report:
    """Everything both renderers need."""

    title: str
    tables: list[Table] = field(default_factory=list)
    plots: list[tuple[str, bytes]] = field(default_factory=list)  # (caption, PNG bytes)
    warnings: list[str] = field(default_factory=list)


def _num(value: float | None, metric: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:.1f}" if metric.startswith("latency.") else f"{value:.3f}"


def _meta_table(results: dict[str, Any]) -> Table:
    meta = results.get("meta", {})
    code = meta.get("code", {})
    corpus = meta.get("corpus") or {}
    rows = [
        ("time", meta.get("timestamp", "")),
        (
            "code",
            code.get("git_commit", code.get("package_version", "?"))[:12]
            + (" (uncommitted changes)" if code.get("dirty") else ""),
        ),
        ("embedder", meta.get("embedder", "?")),
        ("answer model", ", ".join(meta.get("llm", [])) or "—"),
        ("prompt versions", ", ".join(meta.get("prompt_versions", [])) or "—"),
        (
            "corpus",
            f"{corpus.get('files', '?')} files, {corpus.get('chunks', '?')} chunks, "
            f"{corpus.get('subset', '')}; hash {str(corpus.get('hash', ''))[:12]}",
        ),
        (
            "golden sets",
            ", ".join(f"{k} {v[:8]}" for k, v in meta.get("golden_hashes", {}).items()),
        ),
        ("mode", "quick" if meta.get("quick") else "full"),
        (
            "machine",
            f"{meta.get('machine', {}).get('platform', '?')}, "
            f"{meta.get('machine', {}).get('cpu_count', '?')} CPUs",
        ),
        ("suite time (s)", ", ".join(f"{k} {v}" for k, v in meta.get("timings_s", {}).items())),
    ]
    return Table("Run", ["", ""], [[Cell(k), Cell(str(v))] for k, v in rows])


def _headline(flat: dict[str, float], base: dict[str, float] | None, rows: dict[str, Row]) -> Table:
    headers = ["metric", "value"] + (["baseline", "change"] if base is not None else [])
    table_rows = []
    for metric, label in HEADLINE:
        if metric not in flat:
            continue
        cells = [Cell(label), Cell(_num(flat[metric], metric))]
        if base is not None:
            row = rows.get(metric)
            cells.append(Cell(_num(base.get(metric), metric)))
            delta = row.delta if row else None
            mark = {"regression": "regression", "improved": "improved"}.get(
                row.status if row else "", ""
            )
            text = "—" if delta is None else f"{delta:+.3g}" + (f" ({mark})" if mark else "")
            cells.append(Cell(text, css=mark))
        table_rows.append(cells)
    better = "Higher is better except latency, calibration error and false refusals."
    return Table("Headline metrics", headers, table_rows, note=better)


def _per_language(flat: dict[str, float]) -> Table:
    columns = [(m, label) for m, label in PER_LANGUAGE if any(m.format(c) in flat for c in LANGS)]
    rows = []
    for code in LANGS:
        if not any(m.format(code) in flat for m, _ in columns):
            continue
        rows.append([Cell(code)] + [Cell(_num(flat.get(m.format(code)), m)) for m, _ in columns])
    return Table("Per language", ["lang"] + [label for _, label in columns], rows)


def _examples(results: dict[str, Any]) -> list[Table]:
    tables = []
    for suite, content in results.get("suites", {}).items():
        for kind, items in (content.get("examples") or {}).items():
            if not items:
                continue
            rows = []
            for item in items:
                lang = item.get("lang")
                detail = item.get("answer") or ", ".join(item.get("got", []))
                sentences = item.get("sentences")
                if sentences:
                    detail = " | ".join(f"{s['text']} ({s['why']})" for s in sentences)
                rows.append(
                    [
                        Cell(item.get("id", "")),
                        Cell(item.get("question", ""), lang),
                        Cell(detail, lang),
                    ]
                )
            title = f"Examples: {suite} — {kind.replace('_', ' ')}"
            tables.append(Table(title, ["id", "question", "answer / detail"], rows))
    return tables


def _judged(results: dict[str, Any]) -> Table | None:
    judged = results.get("judged")
    if not judged:
        return None
    if "skipped" in judged:
        return Table(
            "Model-judged metrics",
            ["", ""],
            [[Cell("skipped"), Cell(judged["skipped"])]],
            note="Judged by a language model; not deterministic, never gated by default.",
        )
    rows = [
        [Cell("overall")]
        + [Cell(_num(judged["overall"].get(m))) for m in ("faithfulness", "answer_relevance")]
    ]
    for code, row in judged.get("per_language", {}).items():
        rows.append(
            [Cell(code)] + [Cell(_num(row.get(m))) for m in ("faithfulness", "answer_relevance")]
        )
    return Table(
        f"Model-judged metrics ({judged.get('judge_model', '?')})",
        ["", "faithfulness", "answer relevance"],
        rows,
        note="Judged by a language model; not deterministic, kept apart from the metrics above.",
    )


def _plots(flat: dict[str, float], rows: list[Row] | None) -> list[tuple[str, bytes]]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plots = []
    series = [(m, label) for m, label in PER_LANGUAGE if label in PLOTTED]
    series = [(m, label) for m, label in series if any(m.format(c) in flat for c in LANGS)]
    if series:
        figure, axis = plt.subplots(figsize=(9, 3.6))
        width = 0.8 / len(series)
        for i, (metric, label) in enumerate(series):
            values = [flat.get(metric.format(c), 0.0) for c in LANGS]
            axis.bar([x + i * width for x in range(len(LANGS))], values, width, label=label)
        axis.set_xticks([x + 0.4 - width / 2 for x in range(len(LANGS))], list(LANGS))
        axis.set_ylim(0, 1.05)
        axis.set_ylabel("score (higher is better)")
        axis.legend(ncol=len(series), fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.08))
        axis.set_title("Quality per language")
        plots.append(("Quality per language", _png(figure, plt)))
    stages = [s for s in ("retrieve_ms", "generate_ms", "total_ms") if f"latency.{s}.p50" in flat]
    if stages:
        figure, axis = plt.subplots(figsize=(6, 3))
        for i, q in enumerate(("p50", "p95")):
            axis.barh(
                [y + i * 0.4 for y in range(len(stages))],
                [flat[f"latency.{s}.{q}"] for s in stages],
                0.4,
                label=q,
            )
        axis.set_yticks([y + 0.2 for y in range(len(stages))], stages)
        axis.set_xlabel("milliseconds (lower is better)")
        axis.legend()
        axis.set_title("Latency per stage")
        plots.append(("Latency per stage", _png(figure, plt)))
    changed = [r for r in rows or [] if r.delta and r.metric in dict(HEADLINE)]
    if changed:
        figure, axis = plt.subplots(figsize=(7, 0.35 * len(changed) + 1.2))
        labels = [dict(HEADLINE)[r.metric] for r in changed]
        # Plot "change in the good direction" so that right is always better.
        values = [(r.delta or 0.0) * (-1 if direction(r.metric) == "lower" else 1) for r in changed]
        colours = [
            "#c0392b" if r.status == "regression" else "#7f8c8d" if r.status == "ok" else "#27ae60"
            for r in changed
        ]
        axis.barh(labels, values, color=colours)
        axis.axvline(0, color="black", linewidth=0.8)
        axis.set_xlabel("change vs baseline (right = better)")
        axis.set_title("Change against the baseline")
        plots.append(("Change against the baseline", _png(figure, plt)))
    return plots


def _png(figure: Any, plt: Any) -> bytes:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=100)
    plt.close(figure)
    return buffer.getvalue()


def build(
    results: dict[str, Any],
    baseline: dict[str, Any] | None = None,
    thresholds: Thresholds | None = None,
) -> Report:
    """The report model of a results file (and optionally its baseline)."""
    flat = flatten(results)
    base = flatten(baseline) if baseline is not None else None
    # The same tolerances as the gate, so the report and the exit code agree.
    rows = compare(baseline, results, thresholds or Thresholds()) if baseline is not None else None
    by_metric = {r.metric: r for r in rows or []}
    report = Report("agora-tutor evaluation")
    report.warnings = comparability(baseline, results) if baseline is not None else []
    report.tables = [_meta_table(results), _headline(flat, base, by_metric), _per_language(flat)]
    judged = _judged(results)
    if judged:
        report.tables.append(judged)
    if rows:
        worse = [r for r in rows if r.status in {"regression", "improved"}]
        report.tables.append(
            Table(
                "Changes beyond tolerance",
                ["metric", "baseline", "now", "status"],
                [
                    [
                        Cell(r.metric),
                        Cell(_num(r.old, r.metric)),
                        Cell(_num(r.new, r.metric)),
                        Cell(r.status, css=r.status),
                    ]
                    for r in worse
                ]
                or [[Cell("none"), Cell(""), Cell(""), Cell("")]],
            )
        )
    report.tables.extend(_examples(results))
    report.plots = _plots(flat, rows)
    return report


def to_markdown(report: Report, image_names: list[str]) -> str:
    """Markdown with the plots as linked PNG files."""
    out = [f"# {report.title}", ""]
    out += [f"> **Warning:** {w}" for w in report.warnings]
    for (caption, _), name in zip(report.plots, image_names, strict=True):
        out += [f"![{caption}]({name})", ""]
    for table in report.tables:
        out += [f"## {table.title}", ""]
        if table.note:
            out += [table.note, ""]
        out.append("| " + " | ".join(table.headers) + " |")
        out.append("|" + "---|" * len(table.headers))
        for row in table.rows:
            out.append(
                "| " + " | ".join(c.text.replace("|", "\\|").replace("\n", " ") for c in row) + " |"
            )
        out.append("")
    return "\n".join(out)


def to_html(report: Report) -> str:
    """One HTML page with everything inline (CSS and base64 PNG plots)."""
    plots = [
        (caption, "data:image/png;base64," + base64.b64encode(png).decode("ascii"))
        for caption, png in report.plots
    ]
    return _html_template().render(report=report, plots=plots)


@functools.cache
def _html_template() -> jinja2.Template:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every value comes from a results file
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.get_template("report.html.jinja")


def write(
    results: dict[str, Any],
    out: Path,
    baseline: dict[str, Any] | None = None,
    thresholds: Thresholds | None = None,
) -> list[Path]:
    """Write report.md, report.html and the PNG plots into ``out``; return the paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    report = build(results, baseline, thresholds)
    names = []
    written = []
    for i, (_, png) in enumerate(report.plots, start=1):
        name = f"plot-{i}.png"
        (out / name).write_bytes(png)
        names.append(name)
        written.append(out / name)
    (out / "report.md").write_text(to_markdown(report, names), "utf-8")
    (out / "report.html").write_text(to_html(report), "utf-8")
    return [out / "report.md", out / "report.html", *written]
