"""The Instructor tab: log in, create classes, launch exercises, follow progress, export.

Security model: the instructor logs in with the password whose hash is
configured (:class:`~assistant.auth.InstructorAuth`); the login is attached on
the server to the browser's session id, which comes from the signed HttpOnly
session cookie (:mod:`assistant.web.identity`) — no token or role travels
through a component. Gradio exposes *every* event handler as an HTTP
endpoint, so hiding the panel is not protection: each handler of
:class:`InstructorPanel` is wrapped by :func:`_guarded`, which checks the
session before anything else and answers a call from a session that is not
logged in with the localized "please log in" message and no data. The events
are also registered with ``api_visibility="private"``, which is only a
courtesy: the session check is the lock.

The panel's methods return plain values (Markdown, ``{"headers", "data"}``
tables) so that tests call them directly; :func:`build_instructor_tab` only
wires components to them. CSV exports are generated on request by the
server's ``/instructor/export/...`` route for the logged-in session only
(:meth:`InstructorPanel.csv`), in ``utf-8-sig`` so spreadsheet programs read
Arabic correctly; no file is left in a cache anyone could download.
"""

from __future__ import annotations

import functools
import html
import inspect
import json
import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from assistant.auth import AuthenticationError, LockedOutError
from assistant.error_text import describe
from assistant.errors import AssistantError
from assistant.store import export_csv
from assistant.web.identity import client_address, session_of, with_session
from assistant.web.text import t, tn, wrap

log = logging.getLogger(__name__)

#: Seconds between two refreshes of the live progress table.
REFRESH_SECONDS = 5
#: Tables the instructor can view and download, with their header keys.
TABLES: dict[str, tuple[str, ...]] = {
    "progress": ("ins_col_learner", "ins_col_exercise", "ins_col_done", "ins_col_started",
                 "ins_col_last"),
    "submissions": ("ins_col_learner", "ins_col_exercise", "ins_col_step", "ins_col_status",
                    "ins_col_checks", "ins_col_answer", "ins_col_last"),
    "feedback": ("ins_col_rating", "ins_col_comment", "ins_col_question", "ins_col_language",
                 "ins_col_when"),
    "uncovered": ("ins_col_question", "ins_col_language", "ins_col_when"),
}
#: The store's fields written to each CSV download (stable English names for archives).
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "progress": ("display_name", "exercise_id", "steps_done", "steps_total", "steps_started",
                 "last_activity"),
    "submissions": ("display_name", "exercise_id", "step_id", "status", "answer", "checks",
                    "updated_at"),
    "feedback": ("rating", "comment", "question", "answer", "language", "created_at"),
    "uncovered": ("question", "language", "asked_at"),
}
#: Relative column widths where the default split squeezes short headers.
COLUMN_WIDTHS: dict[str, list[str | int]] = {"submissions": ["12%", "14%", "12%", "9%", "9%", "32%", "12%"]}
#: Each table's heading key (also its name in the download list).
_TABLE_NAMES = {"progress": "ins_progress", "submissions": "ins_submissions",
                "feedback": "ins_feedback", "uncovered": "ins_uncovered"}

F = TypeVar("F", bound=Callable[..., Any])


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _guarded(*empty: Any) -> Callable[[F], F]:
    """Refuse the call unless its first argument is a session logged in as the instructor.

    The wrapped method is called ``method(self, session, *args)`` with the
    interface language last; ``session`` is the server-issued session id (the
    tab fills it from the request, see :func:`assistant.web.identity.with_session`).
    A refusal returns the "please log in" message followed by ``empty`` (no data).
    A generator method (a long action that reports progress) stays a generator:
    refused, it yields the refusal once and stops. Any object with a
    ``refusal(session, language)`` method can be guarded this way.
    """

    def decorator(method: F) -> F:
        if inspect.isgeneratorfunction(method):

            @functools.wraps(method)
            def streaming(self: Any, session: str | None, *args: Any) -> Any:
                language = args[-1] if args and isinstance(args[-1], str) else "en"
                refusal = self.refusal(session, language)
                if refusal is not None:
                    yield (refusal, *empty) if empty else refusal
                    return
                yield from method(self, session, *args)

            streaming.guarded = True  # type: ignore[attr-defined]
            return streaming  # type: ignore[return-value]

        @functools.wraps(method)
        def wrapper(self: Any, session: str | None, *args: Any) -> Any:
            language = args[-1] if args and isinstance(args[-1], str) else "en"
            refusal = self.refusal(session, language)
            if refusal is not None:
                return (refusal, *empty) if empty else refusal
            return method(self, session, *args)

        wrapper.guarded = True  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorator


class InstructorPanel:
    """The instructor's actions; every one except :meth:`login` requires a logged-in session."""

    def __init__(
        self, auth: Any, store: Any, exercises: Mapping[str, Any] | None = None,
        sandbox: Any = None,
    ) -> None:
        self.auth = auth
        self.store = store
        self.exercises = dict(exercises or {})
        self.sandbox = sandbox  # Civicly: the instructor may retrain the shared model

    @classmethod
    def guarded_handlers(cls) -> list[str]:
        """Names of the methods that check the session first (a test calls each without one)."""
        return sorted(n for n, f in vars(cls).items() if getattr(f, "guarded", False))

    # -- sessions ---------------------------------------------------------------------

    def refusal(self, session: str | None, language: str) -> str | None:
        """The message to show instead of data, or None when ``session`` is logged in."""
        if self.auth is None or not self.auth.enabled:
            return wrap(t("ins_disabled", language), language)
        if not self.auth.is_instructor(session):
            return wrap(f"🔒 {t('ins_login_required', language)}", language)
        return None

    def login(
        self, password: str, language: str, *, session: str | None, client: str = ""
    ) -> tuple[bool, str]:
        """Log ``session`` in; whether it worked and the message to show."""
        if self.auth is None or not self.auth.enabled:
            return False, wrap(t("ins_disabled", language), language)
        if not session:
            return False, wrap(f"⚠️ {t('session_missing', language)}", language)
        try:
            self.auth.login(password or "", session=session, client=client)
        except LockedOutError as exc:
            seconds = max(1, round(exc.retry_after))
            return False, wrap(f"⛔ {tn('ins_locked_out', seconds, language)}", language)
        except AuthenticationError:
            return False, wrap(f"⚠️ {t('ins_wrong_password', language)}", language)
        return True, wrap(f"✅ {t('ins_logged_in', language)}", language)

    def logout(self, session: str | None, language: str) -> str:
        """End the session's instructor login."""
        if self.auth is not None:
            self.auth.logout(session)
        return wrap(t("ins_logged_out", language), language)

    # -- classes and launches -----------------------------------------------------------

    def _title(self, exercise_id: str, language: str) -> str:
        spec = self.exercises.get(exercise_id)
        return spec.text("title", language) if spec is not None else exercise_id

    def _choices(self) -> list[tuple[str, int]]:
        return [(f"{c.name} · {c.join_code}", c.id) for c in self.store.cohorts()]

    @_guarded(None)
    def cohorts(self, session: str | None, language: str) -> tuple[str, list[tuple[str, int]]]:
        """The classes as dropdown choices (name · join code)."""
        return "", self._choices()

    @_guarded(None, None)
    def create_cohort(
        self, session: str | None, name: str, language: str
    ) -> tuple[str, list[tuple[str, int]] | None, int | None]:
        """Create a class; the message shows its join code."""
        try:
            cohort = self.store.create_cohort(name or "")
        except AssistantError as exc:
            return wrap(f"⚠️ {html.escape(describe(exc, language))}", language), None, None
        message = t("ins_created", language, name=f"**{html.escape(cohort.name)}**",
                    code=f"<code id='join-code-created'>{cohort.join_code}</code>")
        return wrap(f"✅ {message}", language), self._choices(), cohort.id

    @_guarded()
    def cohort_info(self, session: str | None, cohort_id: int | None, language: str) -> str:
        """Join code, number of learners and the open exercises of a class."""
        if cohort_id is None:
            return wrap(t("ins_pick_cohort", language), language)
        try:
            cohort = self.store.cohort(int(cohort_id))
            members = self.store.members(cohort.id)
            launches = self.store.launched_exercises(cohort.id)
        except AssistantError as exc:
            return wrap(f"⚠️ {html.escape(describe(exc, language))}", language)
        opened = ", ".join(self._title(x.exercise_id, language) for x in launches)
        text = tn("ins_cohort_info", len(members), language, code=f"`{cohort.join_code}`",
                  open=html.escape(opened) or t("ins_none", language))
        return wrap(f"**{html.escape(cohort.name)}** — {text}", language)

    @_guarded()
    def launch(
        self, session: str | None, cohort_id: int | None, exercise_id: str | None, language: str
    ) -> str:
        """Open an exercise for a class."""
        return self._set_open(cohort_id, exercise_id, language, launch=True)

    @_guarded()
    def close(
        self, session: str | None, cohort_id: int | None, exercise_id: str | None, language: str
    ) -> str:
        """Close an exercise for a class."""
        return self._set_open(cohort_id, exercise_id, language, launch=False)

    def _set_open(
        self, cohort_id: int | None, exercise_id: str | None, language: str, *, launch: bool
    ) -> str:
        """Launch or close ``exercise_id`` for a class; the message says what happened."""
        if cohort_id is None or not exercise_id:
            return wrap(t("ins_pick_cohort", language), language)
        try:
            cohort = self.store.cohort(int(cohort_id))
            if launch:
                self.store.launch_exercise(cohort.id, exercise_id)
                key = "ins_launched"
            else:
                closed = self.store.close_launch(cohort.id, exercise_id)
                key = "ins_closed" if closed is not None else "ins_not_open"
        except AssistantError as exc:
            return wrap(f"⚠️ {html.escape(describe(exc, language))}", language)
        message = t(key, language, exercise=f"**{self._title(exercise_id, language)}**",
                    cohort=f"**{html.escape(cohort.name)}**")
        return wrap(f"✅ {message}" if launch else message, language)

    # -- reports ---------------------------------------------------------------------------

    def _records(self, table: str, cohort_id: int) -> list[Any]:
        if table == "progress":
            counts = {i: len(spec.steps) for i, spec in self.exercises.items()}
            return list(self.store.cohort_progress(cohort_id, counts))
        if table == "submissions":
            return list(self.store.submissions(cohort_id))
        if table == "feedback":
            return list(self.store.cohort_feedback(cohort_id))
        if table == "uncovered":
            return list(self.store.cohort_uncovered_questions(cohort_id))
        raise KeyError(table)

    def _row(self, table: str, record: Any, language: str) -> list[Any]:
        if table == "progress":
            total = record.steps_total if record.steps_total is not None else "?"
            return [record.display_name, self._title(record.exercise_id, language),
                    f"{record.steps_done}/{total}", record.steps_started,
                    _when(record.last_activity)]
        if table == "submissions":
            ran = [c for c in record.checks if isinstance(c, Mapping) and c.get("passed") is not None]
            passed = sum(bool(c.get("passed")) for c in ran)
            answer = json.dumps(dict(record.answer), ensure_ascii=False)
            return [record.display_name, self._title(record.exercise_id, language), record.step_id,
                    record.status, f"{passed}/{len(ran)}",
                    answer if len(answer) <= 160 else answer[:159] + "…", _when(record.updated_at)]
        if table == "feedback":
            return ["👍" if record.rating > 0 else "👎", record.comment, record.question,
                    record.language, _when(record.created_at)]
        return [record.question, record.language, _when(record.asked_at)]

    def _table(self, table: str, cohort_id: int | None, language: str) -> dict[str, Any]:
        """One report as ``{"headers", "data"}`` (no session check: call through a guarded method)."""
        headers = [t(key, language) for key in TABLES[table]]
        if cohort_id is None:
            return {"headers": headers, "data": []}
        rows = [self._row(table, r, language) for r in self._records(table, int(cohort_id))]
        return {"headers": headers, "data": rows}

    @_guarded(None)
    def progress(
        self, session: str | None, cohort_id: int | None, language: str
    ) -> tuple[str, dict[str, Any]]:
        """The live progress table of a class."""
        return "", self._table("progress", cohort_id, language)

    @_guarded(None, None, None, None)
    def refresh(self, session: str | None, cohort_id: int | None, language: str) -> tuple[Any, ...]:
        """The class summary and all four reports."""
        try:
            tables = [self._table(name, cohort_id, language) for name in TABLES]
        except AssistantError as exc:
            return (wrap(f"⚠️ {html.escape(describe(exc, language))}", language), None, None, None, None)
        return (self.cohort_info(session, cohort_id, language), *tables)

    @_guarded(None)
    def export(
        self, session: str | None, cohort_id: int | None, table: str, language: str
    ) -> tuple[str, str | None]:
        """The message and a download link for one report (served to this session only)."""
        if cohort_id is None or table not in TABLES:
            return wrap(t("ins_pick_cohort", language), language), None
        # Relative, so it works when the app is served under a proxy's path prefix.
        href = f"instructor/export/{int(cohort_id)}/{table}.csv"
        label = html.escape(t("ins_download", language))
        return "", f"<a href='{href}' download id='ins-csv-link'>⬇ {label} — {table}.csv</a>"

    @_guarded()
    def retrain_civicly(
        self, session: str | None, path: str | None, pairs: str, language: str
    ) -> str:
        """Replace the shared Civicly model (everybody's) with one trained on an uploaded file."""
        from assistant.exercises.civicly_triage.records import parse_mapping
        from assistant.web.civicly import render_training

        if self.sandbox is None:
            return wrap(t("ins_civicly_off", language), language)
        if not path:
            return wrap(t("ins_civicly_no_file", language), language)
        try:
            mapping = parse_mapping([p for p in (pairs or "").split(",") if p.strip()])
            model, errors = self.sandbox.train_on(session, Path(path), mapping, shared=True)
        except AssistantError as exc:
            return wrap(f"⚠️ {html.escape(describe(exc, language))}", language)
        done = render_training(model.version, model.trained_on, model.router.classes, errors,
                               language)
        return wrap(f"✅ {t('ins_civicly_shared', language)}\n\n{done}", language)

    def csv(self, cohort_id: int, table: str) -> tuple[str, bytes] | None:
        """File name and CSV bytes (UTF-8 with BOM) of one report; None for an unknown table.

        No session check here: the server's export route checks the session
        before it calls this.
        """
        if table not in TABLES:
            return None
        records = self._records(table, int(cohort_id))
        data = export_csv(records, CSV_COLUMNS[table]).encode("utf-8-sig")
        return f"cohort-{int(cohort_id)}-{table}.csv", data


def build_instructor_tab(
    panel: InstructorPanel, relabel: Any, ui_language: Any, material: Any = None
) -> None:
    """Build the tab in the current Blocks context; every event checks the session itself.

    ``material`` (:class:`~assistant.web.material.MaterialPanel`) adds the course
    material section (uploads, library, the class's material setting).
    """
    import gradio as gr

    private: dict[str, Any] = {"api_visibility": "private"}
    enabled = panel.auth is not None and panel.auth.enabled
    relabel.add_custom(
        gr.Markdown(wrap(t("ins_disabled", "en"), "en"), visible=not enabled, elem_id="ins-disabled"),
        lambda lang: gr.update(value=wrap(t("ins_disabled", lang), lang)),
    )
    with gr.Row(visible=enabled) as login_row:
        password = relabel.add(gr.Textbox(label=t("ins_password", "en"), type="password", scale=3,
                                          elem_id="ins-password", max_length=512), label="ins_password")
        login = relabel.add(gr.Button(t("ins_login", "en"), variant="primary", scale=1,
                                      elem_id="ins-login"), value="ins_login")
    status = gr.Markdown(elem_id="ins-status")
    timer = gr.Timer(REFRESH_SECONDS, active=False)
    with gr.Column(visible=False, elem_id="ins-panel") as panel_box:
        with gr.Row():
            cohort_name = relabel.add(gr.Textbox(label=t("ins_cohort_name", "en"), scale=3,
                                                 elem_id="ins-cohort-name", max_length=120),
                                      label="ins_cohort_name")
            create = relabel.add(gr.Button(t("ins_create", "en"), scale=1, elem_id="ins-create"),
                                 value="ins_create")
        with gr.Row():
            cohort = relabel.add(gr.Dropdown([], label=t("ins_cohort", "en"), scale=2,
                                             elem_id="ins-cohort"), label="ins_cohort")
            exercise = relabel.add_custom(
                gr.Dropdown([(s.text("title", "en"), i) for i, s in panel.exercises.items()],
                            label=t("ins_col_exercise", "en"), scale=2, elem_id="ins-exercise"),
                lambda lang: gr.update(label=t("ins_col_exercise", lang), choices=[
                    (s.text("title", lang), i) for i, s in panel.exercises.items()]),
            )
            launch = relabel.add(gr.Button(t("ins_launch", "en"), scale=1, elem_id="ins-launch"),
                                 value="ins_launch")
            close = relabel.add(gr.Button(t("ins_close", "en"), scale=1, elem_id="ins-close"),
                                value="ins_close")
        info = gr.Markdown(elem_id="ins-cohort-info")
        with gr.Row():
            refresh = relabel.add(gr.Button(t("ins_refresh", "en"), scale=0, min_width=140,
                                            elem_id="ins-refresh"), value="ins_refresh")
            logout = relabel.add(gr.Button(t("ins_logout", "en"), variant="stop", scale=0,
                                           min_width=140, elem_id="ins-logout"), value="ins_logout")
        frames = {}
        for name, heading in _TABLE_NAMES.items():
            relabel.add_custom(gr.Markdown(f"#### {t(heading, 'en')}"),
                               functools.partial(lambda key, lang: gr.update(
                                   value=f"#### {t(key, lang)}"), heading))
            frames[name] = gr.Dataframe(headers=[t(k, "en") for k in TABLES[name]], interactive=False,
                                        wrap=True, elem_id=f"ins-{name}",
                                        column_widths=COLUMN_WIDTHS.get(name))
        with gr.Row():
            which = relabel.add_custom(
                gr.Dropdown([(t(h, "en"), n) for n, h in _TABLE_NAMES.items()], value="progress",
                            label=t("ins_table", "en"), scale=2, elem_id="ins-table"),
                lambda lang: gr.update(label=t("ins_table", lang),
                                       choices=[(t(h, lang), n) for n, h in _TABLE_NAMES.items()]),
            )
            download = relabel.add(gr.Button(t("ins_download", "en"), scale=1, elem_id="ins-download"),
                                   value="ins_download")
        csv_link = gr.HTML(visible=False, elem_id="ins-csv")
        if panel.sandbox is not None:
            with relabel.add(gr.Accordion(t("ins_civicly_heading", "en"), open=False,
                                          elem_id="ins-civicly"), label="ins_civicly_heading"):
                civicly_file = relabel.add(
                    gr.File(label=t("ins_civicly_file", "en"), file_types=[".csv", ".json", ".jsonl"],
                            type="filepath", elem_id="ins-civicly-file"),
                    label="ins_civicly_file")
                civicly_map = relabel.add(
                    gr.Textbox(label=t("ins_civicly_mapping", "en"), max_length=500,
                               elem_id="ins-civicly-mapping"), label="ins_civicly_mapping")
                civicly_train = relabel.add(
                    gr.Button(t("ins_civicly_train", "en"), variant="stop",
                              elem_id="ins-civicly-train"), value="ins_civicly_train")
                civicly_status = gr.Markdown(elem_id="ins-civicly-status")
        if material is not None:
            from assistant.web.material import build_material_section

            build_material_section(material, relabel, ui_language, cohort)

    tables = [frames[name] for name in TABLES]

    def on_login(secret: str, language: str, request: gr.Request) -> list[Any]:
        ok, message = panel.login(secret, language, session=session_of(request),
                                  client=client_address(request))
        choices = panel._choices() if ok else []
        return [message, "", gr.update(visible=not ok), gr.update(visible=ok),
                gr.Timer(active=ok), gr.update(choices=choices, value=None)]

    on_login.__annotations__["request"] = gr.Request  # postponed annotations hide the type

    def on_logout(session: str | None, language: str) -> list[Any]:
        message = panel.logout(session, language)
        empty = [panel._table(name, None, language) for name in TABLES]
        return [message, gr.update(visible=True), gr.update(visible=False),
                gr.Timer(active=False), gr.update(choices=[], value=None), "", *empty,
                gr.update(value="", visible=False)]

    def on_create(session: str | None, name: str, language: str) -> list[Any]:
        message, choices, new_id = panel.create_cohort(session, name, language)
        if choices is None:
            return [message, gr.update(), gr.update()]
        return [message, gr.update(choices=choices, value=new_id), ""]

    refresh_fn = with_session(panel.refresh)
    login_outputs = [status, password, login_row, panel_box, timer, cohort]
    login.click(on_login, [password, ui_language], login_outputs, **private)
    password.submit(on_login, [password, ui_language], login_outputs, **private)
    logout.click(with_session(on_logout), [ui_language],
                 [status, login_row, panel_box, timer, cohort, info, *tables, csv_link],
                 **private)
    create.click(with_session(on_create), [cohort_name, ui_language], [status, cohort, cohort_name],
                 **private).then(refresh_fn, [cohort, ui_language], [info, *tables], **private)
    cohort.input(refresh_fn, [cohort, ui_language], [info, *tables], **private)
    refresh.click(refresh_fn, [cohort, ui_language], [info, *tables], **private)
    launch.click(with_session(panel.launch), [cohort, exercise, ui_language], status,
                 **private).then(refresh_fn, [cohort, ui_language], [info, *tables], **private)
    close.click(with_session(panel.close), [cohort, exercise, ui_language], status,
                **private).then(refresh_fn, [cohort, ui_language], [info, *tables], **private)
    timer.tick(refresh_fn, [cohort, ui_language], [info, *tables],
               api_name="instructor_refresh", **private)

    def on_download(session: str | None, cohort_id: int | None, table: str, language: str) -> Any:
        message, link = panel.export(session, cohort_id, table, language)
        return message, gr.update(value=link or "", visible=link is not None)

    download.click(with_session(on_download), [cohort, which, ui_language], [status, csv_link],
                   **private)
    if panel.sandbox is not None:
        civicly_train.click(with_session(panel.retrain_civicly),
                            [civicly_file, civicly_map, ui_language], civicly_status, **private)
