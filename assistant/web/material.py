"""The instructor's course material: upload, library, publish, and each class's setting.

A section of the Instructor tab (:func:`build_material_section`). The work is
done by :class:`~assistant.rag.library.Library`; :class:`MaterialPanel` holds
the handlers, each guarded like the rest of the tab
(:func:`assistant.web.instructor._guarded`): the session is checked on the
server before anything else, so a learner or an anonymous client calling the
endpoints directly gets the "please log in" message and no data.

An upload runs in a worker thread; the handler is a generator that reports
the progress every half second and then the per-file report, in its own
concurrency group, so the rest of the app (and the rest of the instructor
tab) is never queued behind it. Learners see new material only once it is
published; which material a class's answers use is a setting of the class
(:data:`assistant.store.MATERIALS`), applied to a learner's chat through
:func:`assistant.rag.retrieve.scoped`.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from assistant import languages
from assistant.error_text import describe
from assistant.errors import AssistantError
from assistant.rag.library import FileReport, Library
from assistant.types import COURSE
from assistant.web.instructor import _guarded
from assistant.web.text import t, tn, wrap

log = logging.getLogger(__name__)

#: Seconds between two progress reports of a running upload.
POLL_SECONDS = 0.5
#: File types the upload box offers (the loaders' suffixes).
FILE_TYPES = [".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt"]
#: The library table's header keys.
COLUMNS = ("lib_col_title", "lib_col_language", "lib_col_module", "lib_col_source",
           "lib_col_chunks", "lib_col_updated", "lib_col_visible", "lib_col_id")
#: How many chunks the preview shows, and how much of each.
PREVIEW_CHUNKS = 3
PREVIEW_CHARS = 600
#: Learner's sources for each class setting (None: every visible document).
SOURCES_OF: dict[str, frozenset[str] | None] = {
    "course": frozenset({COURSE}),
    "course+instructor": None,
}


def learner_sources(store: Any, learner_id: str | None) -> frozenset[str] | None:
    """The document sources a learner's answers may cite (their class's setting)."""
    if store is None or not hasattr(store, "learner_material"):
        return None
    try:
        return SOURCES_OF.get(store.learner_material(learner_id))
    except AssistantError as exc:  # the store is down: the learner still gets an answer
        log.error("Could not read the learner's class setting: %s", exc)
        return None


def _cell(text: str) -> str:
    """Text for a Markdown table cell: escaped, no pipes or line breaks."""
    return html.escape(" ".join(str(text).split())).replace("|", "\\|")


def _bar(fraction: float, width: int = 20) -> str:
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return "█" * filled + "░" * (width - filled) + f" {round(fraction * 100)} %"


class _Job:
    """One upload running in a worker thread; the handler polls it."""

    def __init__(self) -> None:
        self.fraction, self.text = 0.0, ""
        self.reports: list[FileReport] = []
        self.error: str | None = None
        self.done = threading.Event()

    def progress(self, fraction: float, text: str) -> None:
        self.fraction, self.text = fraction, text


class MaterialPanel:
    """The course-material handlers; every one requires a logged-in instructor session."""

    def __init__(self, instructor: Any, library: Library, store: Any) -> None:
        self.instructor = instructor  # its ``refusal`` is the session check
        self.library = library
        self.store = store

    @classmethod
    def guarded_handlers(cls) -> list[str]:
        """Names of the methods that check the session first (a test calls each without one)."""
        return sorted(n for n, f in vars(cls).items() if getattr(f, "guarded", False))

    def refusal(self, session: str | None, language: str) -> str | None:
        """The message to show instead of data, or None when ``session`` is logged in."""
        return self.instructor.refusal(session, language)  # type: ignore[no-any-return]

    # -- views -------------------------------------------------------------------------

    def _table(self, language: str) -> dict[str, Any]:
        rows = [
            [e.title, languages.LANGUAGES[e.language].native_name
             if e.language in languages.LANGUAGES else e.language,
             e.module, t("lib_source_upload" if e.uploaded else "lib_source_server", language),
             e.chunks, e.updated[:16],
             "✅ " + t("lib_published", language) if e.published
             else "🔒 " + t("lib_hidden", language), e.doc_id]
            for e in self.library.documents()
        ]
        return {"headers": [t(key, language) for key in COLUMNS], "data": rows}

    def _choices(self) -> list[tuple[str, str]]:
        return [(f"{e.title} — {e.doc_id}", e.doc_id) for e in self.library.documents()]

    def _listing(self, message: str, language: str) -> tuple[str, dict[str, Any], Any]:
        return message, self._table(language), self._choices()

    @_guarded(None, None)
    def library_view(
        self, session: str | None, language: str
    ) -> tuple[str, dict[str, Any], list[tuple[str, str]]]:
        """The library table and the document choices."""
        return self._listing("", language)

    @_guarded()
    def preview(self, session: str | None, doc_id: str | None, language: str) -> str:
        """How a document was split: its first chunks, as shown to the retriever."""
        if not doc_id:
            return wrap(t("lib_pick_document", language), language)
        chunks = self.library.preview(doc_id, PREVIEW_CHUNKS)
        if not chunks:
            return wrap(t("lib_unknown_document", language), language)
        record = self.library.stores.catalog.documents()[doc_id]
        parts = [f"**{html.escape(record.title)}** — "
                 + t("lib_preview_heading", language, shown=len(chunks), total=record.chunk_count)]
        for n, chunk in enumerate(chunks, 1):
            text = chunk.text if len(chunk.text) <= PREVIEW_CHARS else chunk.text[:PREVIEW_CHARS] + "…"
            where = " › ".join(p for p in chunk.section_path if p) or chunk.title
            parts.append(
                f"<details open><summary>{n}. {html.escape(where)}</summary>"
                f"<div dir='{languages.direction(chunk.language)}' lang='{chunk.language}' "
                f"class='citation-passage'>{html.escape(text)}</div></details>"
            )
        return "\n\n".join(parts)

    # -- changes -------------------------------------------------------------------------

    def _run(self, work: Any, language: str) -> Iterator[tuple[str, Any, Any]]:
        """Run ``work(job)`` in a worker thread; yield progress, then the report."""
        job = _Job()

        def target() -> None:
            try:
                job.reports = list(work(job))
            except AssistantError as exc:
                job.error = describe(exc, language)
            except Exception as exc:  # logged in full; the instructor sees one line
                log.exception("Upload failed")
                job.error = f"{type(exc).__name__}: {exc}"
            finally:
                job.done.set()

        threading.Thread(target=target, name="instructor-upload", daemon=True).start()
        while not job.done.wait(POLL_SECONDS):
            name = f" — {html.escape(job.text)}" if job.text else ""
            text = f"⏳ {t('lib_working', language)}{name}\n\n`{_bar(job.fraction)}`"
            yield wrap(text, language), gr_skip(), gr_skip()
        if job.error is not None:
            yield self._listing(wrap(f"⚠️ {html.escape(job.error)}", language), language)
            return
        yield self._listing(self._report(job.reports, language), language)

    def _report(self, reports: Sequence[FileReport], language: str) -> str:
        """The per-file report as a Markdown table."""
        if not reports:
            return wrap(t("lib_no_files", language), language)
        lines = [f"| {t('lib_col_file', language)} | {t('lib_col_result', language)} | "
                 f"{t('lib_col_id', language)} | {t('lib_col_details', language)} |",
                 "|---|---|---|---|"]
        for report in reports:
            icon = "⚠️" if report.status == "failed" else "✅"
            details = tn("lib_chunks", report.chunks, language)
            if report.status == "failed":
                details = report.reason if report.cause is None else describe(report.cause, language)
            lines.append(f"| {_cell(report.name)} | {icon} {t('lib_' + report.status, language)} "
                         f"| {_cell(report.doc_id)} | {_cell(details)} |")
        failed = sum(r.status == "failed" for r in reports)
        summary = t("lib_report_summary", language, done=len(reports) - failed, failed=failed)
        hint = t("lib_publish_hint", language) if failed < len(reports) else ""
        return wrap(f"{summary} {hint}\n\n" + "\n".join(lines), language)

    @_guarded(None, None)
    def upload(
        self, session: str | None, paths: Sequence[str] | str | None, doc_language: str | None,
        module: str | None, language: str,
    ) -> Iterator[tuple[str, Any, Any]]:
        """Ingest the uploaded files (hidden until published), reporting progress, then per file."""
        files = [Path(p) for p in ([paths] if isinstance(paths, str) else paths or [])]
        if not files:
            yield wrap(t("lib_no_files", language), language), gr_skip(), gr_skip()
            return
        yield from self._run(
            lambda job: self.library.add(files, language=doc_language, module=module,
                                         progress=job.progress),
            language,
        )

    @_guarded(None, None)
    def replace(
        self, session: str | None, doc_id: str | None, path: str | None, language: str
    ) -> Iterator[tuple[str, Any, Any]]:
        """Give the chosen document a new file; only its chunks change."""
        if not doc_id or not path:
            yield wrap(t("lib_pick_document_and_file", language), language), gr_skip(), gr_skip()
            return
        yield from self._run(
            lambda job: [self.library.replace(doc_id, Path(path), progress=job.progress)],
            language,
        )

    def _change(self, ok: bool, key: str, doc_id: str | None, language: str) -> tuple[str, Any, Any]:
        if not doc_id:
            return self._listing(wrap(t("lib_pick_document", language), language), language)
        if not ok:
            return self._listing(wrap(f"⚠️ {t('lib_unknown_document', language)}", language),
                                 language)
        message = t(key, language, document=f"`{html.escape(doc_id)}`")
        return self._listing(wrap(f"✅ {message}", language), language)

    @_guarded(None, None)
    def publish(self, session: str | None, doc_id: str | None, language: str) -> tuple[str, Any, Any]:
        """Show a document to learners."""
        ok = bool(doc_id) and self.library.publish(str(doc_id), True)
        return self._change(ok, "lib_done_published", doc_id, language)

    @_guarded(None, None)
    def unpublish(self, session: str | None, doc_id: str | None, language: str) -> tuple[str, Any, Any]:
        """Hide a document from learners again."""
        ok = bool(doc_id) and self.library.publish(str(doc_id), False)
        return self._change(ok, "lib_done_unpublished", doc_id, language)

    @_guarded(None, None)
    def delete(self, session: str | None, doc_id: str | None, language: str) -> tuple[str, Any, Any]:
        """Remove a document (its chunks, vectors and uploaded file)."""
        ok = bool(doc_id) and self.library.delete(str(doc_id))
        return self._change(ok, "lib_done_deleted", doc_id, language)

    # -- the class setting ---------------------------------------------------------------

    @_guarded(None)
    def material_of(
        self, session: str | None, cohort_id: int | None, language: str
    ) -> tuple[str, str | None]:
        """The class's material setting (None without a class)."""
        if cohort_id is None:
            return "", None
        try:
            return "", self.store.cohort(int(cohort_id)).material
        except AssistantError as exc:
            return wrap(f"⚠️ {html.escape(describe(exc, language))}", language), None

    @_guarded()
    def set_material(
        self, session: str | None, cohort_id: int | None, material: str | None, language: str
    ) -> str:
        """Choose which material the class's answers come from."""
        if cohort_id is None or not material:
            return wrap(t("ins_pick_cohort", language), language)
        try:
            cohort = self.store.set_cohort_material(int(cohort_id), material)
        except AssistantError as exc:
            return wrap(f"⚠️ {html.escape(describe(exc, language))}", language)
        key = "lib_material_course" if material == "course" else "lib_material_all"
        return wrap("✅ " + t("lib_material_set", language, cohort=f"**{html.escape(cohort.name)}**",
                              material=t(key, language)), language)


def gr_skip() -> Any:
    """Gradio's "leave this output as it is"."""
    import gradio as gr

    return gr.skip()


def material_choices(language: str) -> list[tuple[str, str]]:
    """The class setting's choices in ``language``."""
    return [(t("lib_material_course", language), "course"),
            (t("lib_material_all", language), "course+instructor")]


def language_choices(language: str) -> list[tuple[str, str]]:
    """Document language: detected, or one of the five."""
    return [(t("lib_detect", language), "auto")] + [
        (lang.native_name, code) for code, lang in languages.LANGUAGES.items()
    ]


def build_material_section(panel: MaterialPanel, relabel: Any, ui_language: Any, cohort: Any) -> None:
    """The section in the current Blocks context; ``cohort`` is the tab's class dropdown."""
    import gradio as gr

    from assistant.web.identity import with_session

    private: dict[str, Any] = {"api_visibility": "private"}
    # Uploads run in their own group, one at a time: nothing else waits for them.
    ingesting: dict[str, Any] = {**private, "concurrency_id": "instructor-material",
                                 "concurrency_limit": 1}
    limit = panel.library.settings.max_upload_mb
    modules = sorted({r.module for r in panel.library.stores.catalog.documents().values()
                      if r.source == COURSE})
    with relabel.add(gr.Accordion(t("lib_heading", "en"), open=False, elem_id="lib-section"),
                     label="lib_heading") as section:
        material = relabel.add_custom(
            gr.Radio(material_choices("en"), label=t("lib_material", "en"), elem_id="lib-material"),
            lambda lang: gr.update(label=t("lib_material", lang), choices=material_choices(lang)),
        )
        relabel.add_custom(
            gr.Markdown(t("lib_intro", "en", mb=f"{limit:g}"), elem_id="lib-intro"),
            lambda lang: gr.update(value=t("lib_intro", lang, mb=f"{limit:g}")),
        )
        with gr.Row():
            files = relabel.add(
                gr.File(label=t("lib_files", "en"), file_count="multiple", file_types=FILE_TYPES,
                        type="filepath", elem_id="lib-files", scale=3),
                label="lib_files")
            with gr.Column(scale=2):
                doc_language = relabel.add_custom(
                    gr.Dropdown(language_choices("en"), value="auto", label=t("lib_language", "en"),
                                elem_id="lib-language"),
                    lambda lang: gr.update(label=t("lib_language", lang),
                                           choices=language_choices(lang)),
                )
                module = relabel.add(
                    gr.Dropdown([("", ""), *[(m, m) for m in modules]], value="",
                                allow_custom_value=True, label=t("lib_module", "en"),
                                elem_id="lib-module"),
                    label="lib_module")
                upload = relabel.add(gr.Button(t("lib_upload", "en"), variant="primary",
                                               elem_id="lib-upload"), value="lib_upload")
        status = gr.Markdown(elem_id="lib-status")
        table = gr.Dataframe(headers=[t(k, "en") for k in COLUMNS], interactive=False, wrap=True,
                             elem_id="lib-table")
        with gr.Row():
            document = relabel.add(gr.Dropdown([], label=t("lib_document", "en"), scale=3,
                                               elem_id="lib-document"), label="lib_document")
            publish = relabel.add(gr.Button(t("lib_publish", "en"), scale=1, elem_id="lib-publish"),
                                  value="lib_publish")
            unpublish = relabel.add(gr.Button(t("lib_unpublish", "en"), scale=1,
                                              elem_id="lib-unpublish"), value="lib_unpublish")
            delete = relabel.add(gr.Button(t("lib_delete", "en"), variant="stop", scale=1,
                                           elem_id="lib-delete"), value="lib_delete")
        with gr.Row():
            new_file = relabel.add(
                gr.File(label=t("lib_replace_file", "en"), file_types=FILE_TYPES, type="filepath",
                        elem_id="lib-replace-file", scale=3), label="lib_replace_file")
            replace = relabel.add(gr.Button(t("lib_replace", "en"), scale=1, elem_id="lib-replace"),
                                  value="lib_replace")
        preview = gr.Markdown(elem_id="lib-preview")

    listing = [status, table, document]

    def outputs(message: str, data: Any, choices: Any) -> list[Any]:
        """Plain values to component updates: a list of choices refills the dropdown."""
        if isinstance(choices, list):
            choices = gr.update(choices=choices, value=None)
        elif choices is None:
            choices = gr.update()
        return [message, data, choices]

    def listed(method: Any) -> Any:
        def handler(session: str | None, *args: Any) -> list[Any]:
            return outputs(*method(session, *args))

        handler.__name__ = method.__name__
        return with_session(handler)

    def streamed(method: Any) -> Any:
        def handler(session: str | None, *args: Any) -> Iterator[list[Any]]:
            for values in method(session, *args):
                yield outputs(*values)

        handler.__name__ = method.__name__
        return with_session(handler)

    def api(name: str) -> dict[str, Any]:
        return {**private, "api_name": f"material_{name}"}

    section.expand(listed(panel.library_view), [ui_language], listing, **api("library"))
    upload.click(streamed(panel.upload), [files, doc_language, module, ui_language], listing,
                 **ingesting, api_name="material_upload").then(lambda: None, None, files, **private)
    replace.click(streamed(panel.replace), [document, new_file, ui_language], listing,
                  **ingesting, api_name="material_replace").then(lambda: None, None, new_file,
                                                                 **private)
    publish.click(listed(panel.publish), [document, ui_language], listing, **api("publish"))
    unpublish.click(listed(panel.unpublish), [document, ui_language], listing, **api("unpublish"))
    delete.click(listed(panel.delete), [document, ui_language], listing, **api("delete"))
    document.input(with_session(panel.preview), [document, ui_language], preview,
                   **api("preview"))
    cohort.change(with_session(panel.material_of), [cohort, ui_language], [status, material],
                  **api("setting"))
    material.input(with_session(panel.set_material), [cohort, material, ui_language], status,
                   **api("set_setting"))
