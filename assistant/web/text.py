"""Every string of the web interface: the English here, the translations in catalogs.

One table, keyed by a short name: ``entry("key", "English")``, or
``plural_entry("key", "{n} thing", "{n} things")`` for a count. The other four
languages live in ``assistant/locales/<lang>/LC_MESSAGES/web.po`` (``msgctxt``
= key, ``msgid`` = English; see :mod:`assistant.i18n` and the README's
"Adding or changing a translation"), so that a test catches a missing or stale
translation rather than a learner. :func:`t` and :func:`tn` format
``{placeholders}``. Answer text written by the library lives in
:mod:`assistant.languages`; this module is only the UI's.
"""

from __future__ import annotations

from assistant.i18n import Domain, entry, plural_entry
from assistant.languages import CODES, direction

UI = Domain(
    "web",
    entry(
        "session_missing",
        "Your browser did not send this site's session cookie, so nothing can be saved. "
        "Allow cookies for this site and reload the page.",
    ),
    entry("checking_sources", "Checking the answer against the course sources…"),
    entry("ins_civicly_heading", "Civicly: retrain the shared model"),
    entry("ins_civicly_file", "Historical records (CSV, JSON or JSON Lines)"),
    entry("ins_civicly_mapping", "Column mapping (optional), e.g. text=description, department=dept"),
    entry("ins_civicly_train", "Retrain the model for everybody"),
    entry("ins_civicly_shared", "The shared Civicly model was replaced: every learner without a "
          "private model now uses it."),
    entry("ins_civicly_no_file", "Choose a file of historical records first."),
    entry("ins_civicly_off", "The Civicly sandbox is not enabled in this app."),
    entry("title", "AI for public servants — course assistant"),
    entry(
        "subtitle",
        "Ask about the course in English, French, Spanish, Portuguese or Arabic. "
        "Answers come from the course modules and cite their sources.",
    ),
    entry("ui_language", "Interface language"),
    entry("tab_chat", "Ask the course"),
    entry("tab_course", "Course and quizzes"),
    entry("tab_exercises", "Exercises"),
    entry("tab_about", "About and privacy"),
    entry("answer_language", "Answer language"),
    entry("auto_detect", "Detect from my question"),
    entry("tutor_mode", "Tutor mode (a hint first, then the answer)"),
    entry("conversation", "Conversation"),
    entry("question", "Your question"),
    entry("question_placeholder", "Type your question and press Enter"),
    entry("ask", "Ask"),
    entry("reveal", "Show the full answer"),
    entry("new_chat", "New conversation"),
    entry("examples", "Try an example"),
    entry("feedback_comment", "Comment on your rating (optional)"),
    entry("feedback_send", "Send comment"),
    entry("feedback_thanks", "Thank you — your rating was saved."),
    entry("feedback_comment_saved", "Thank you — your comment was saved."),
    entry("feedback_rate_first", "Rate an answer with 👍 or 👎 first, then add your comment."),
    entry("your_feedback", "Your feedback"),
    entry("no_feedback", "You have not rated any answer yet."),
    entry("not_covered_badge", "Not covered by the course"),
    entry("open_section", "Read the cited passage"),
    entry("module", "Module"),
    entry("section", "Section"),
    entry("objectives", "Learning objectives"),
    # Translators: {n} is an estimated duration in minutes.
    plural_entry("minutes", "About {n} minute", "About {n} minutes"),
    entry(
        "english_fallback",
        "This module is not yet available in your language; showing the English version.",
    ),
    entry("quiz", "Quiz"),
    entry("submit_quiz", "Check my answers"),
    entry("no_quiz", "This module has no quiz yet."),
    entry("score", "Score: {score} / {total}"),
    entry("correct", "Correct"),
    entry("incorrect", "Not quite — the answer is: {answer}"),
    entry("unanswered", "Not answered — the answer is: {answer}"),
    entry("read_section", "Read again: {section}"),
    entry("progress", "Your progress"),
    entry("progress_empty", "Take a quiz to see your progress here."),
    # Translators: {n} is the number of attempts at the quiz.
    plural_entry(
        "progress_row",
        "{module}: best {score}/{total} ({n} attempt)",
        "{module}: best {score}/{total} ({n} attempts)",
    ),
    entry(
        "exercises_intro",
        "Hands-on exercises. Civicly is a demo service that routes citizen feedback to "
        "departments and ranks its urgency; you will test it, audit it and decide where "
        "people must stay in charge.",
    ),
    entry("guided_exercises", "Guided exercises"),
    entry("error_generic", "Something went wrong. Your text was kept; please try again."),
    entry("about_heading", "How this assistant works"),
    entry(
        "about_models",
        "Answers are written by **{llm}** from passages found by the embedding model "
        "**{embedder}**. Prompt versions: {prompts}. Course version: `{corpus}`.",
    ),
    entry(
        "about_extractive",
        "No generative model is configured: the assistant answers with the course's own "
        "sentences, so it never invents text, but it does not rephrase either.",
    ),
    entry("about_stored_heading", "What is stored, where, and for how long"),
    entry(
        "about_stored",
        "Your questions and the answers, your ratings and comments, and your quiz "
        "results are stored in {where}, linked to a random identifier kept in this browser "
        "(no account, no name). {redaction} {retention}",
    ),
    entry(
        "about_redaction_on",
        "E-mail addresses, phone and identity numbers, names and home addresses are "
        "masked before anything is written.",
    ),
    entry(
        "about_redaction_off",
        "Text is stored as typed (masking of personal data is switched off).",
    ),
    # Translators: {with_model} and {without_model} are lists of language names.
    entry(
        "about_names_partial",
        "Names are recognised with an offline language model in {with_model}. In "
        "{without_model} no such model can be installed offline, so names are found with "
        "lists of first names and surnames and with cue words only, and unusual names are "
        "missed more often.",
    ),
    entry(
        "about_names_all",
        "Names are recognised with an offline language model in every course language.",
    ),
    entry(
        "about_names_none",
        "No language model for names is installed: names are found with lists of first "
        "names and surnames and with cue words only, and unusual names are missed more often.",
    ),
    # Translators: {n} is the number of days records are kept.
    plural_entry(
        "about_retention_days",
        "Records are deleted after {n} day.",
        "Records are deleted after {n} days.",
    ),
    entry("about_retention_forever", "Records are kept until an administrator deletes them."),
    entry(
        "about_offline",
        "Nothing leaves this server: the page loads no outside fonts, scripts or "
        "analytics, and the models run here.",
    ),
    entry("about_limits_heading", "Limits"),
    entry(
        "about_limits",
        "- It knows only the course. When the course does not cover a question it says "
        "so and suggests the closest modules.\n- It can pick a passage that only partly "
        "answers: open the cited passage and check.\n- It is a learning aid, not legal "
        "advice or an official position.\n- Translations of the course may differ slightly "
        "between languages.",
    ),
    # -- guided exercises (assistant.web.exercises) --------------------------------
    entry("ex_pick", "Exercise"),
    entry("ex_assigned", "assigned to your class"),
    entry("ex_cohort_heading", "Join your class (optional)"),
    entry("ex_join_code", "Join code"),
    entry("ex_display_name", "Your name as the instructor sees it"),
    entry("ex_join", "Join"),
    entry("ex_joined", "You joined {cohort}. Your progress is shared with its instructor."),
    entry("ex_join_missing", "Type the join code your instructor gave you and a display name."),
    entry(
        "ex_self_paced",
        "You are working at your own pace. Join a class with its code to share your "
        "progress with your instructor.",
    ),
    entry("ex_your_cohorts", "Your classes: {cohorts}"),
    entry("ex_step", "Step"),
    entry("ex_step_heading", "Step {number} of {total}: {title}"),
    entry("ex_prev", "Previous step"),
    entry("ex_next", "Next step"),
    entry("ex_hint", "Show a hint"),
    entry("ex_hint_heading", "Hint {number} of {total}"),
    entry("ex_no_hints", "No hint for this step."),
    entry("ex_check", "Check my work"),
    entry("ex_checks_heading", "Automatic checks"),
    entry(
        "ex_check_unavailable",
        "This check cannot run in the app: {reason} Your answer is saved and your "
        "instructor can review it.",
    ),
    entry(
        "ex_needs_before_after",
        "it compares audit reports from before and after a mitigation, which the "
        "sandbox does not produce yet.",
    ),
    entry(
        "ex_needs_sandbox",
        "it needs the Civicly sandbox, which is not available on this server.",
    ),
    entry("ex_needs_sources", "it needs the course passages, which this server cannot search."),
    entry("ex_check_crashed", "it stopped with an error ({error})."),
    entry("ex_step_done", "Step complete. Your work is saved."),
    entry(
        "ex_step_saved",
        "Saved. Some checks have not passed yet: read their messages, revise and check "
        "again.",
    ),
    entry("ex_not_saved", "Your work could not be saved: {error}"),
    entry("ex_fix_first", "Please complete these first:"),
    entry("ex_required", "{label}: required"),
    # Translators: {n} is the minimum number of characters of the answer called {label}.
    plural_entry(
        "ex_too_short",
        "{label}: at least {n} character",
        "{label}: at least {n} characters",
    ),
    # Translators: {n} is the maximum number of characters of the answer called {label}.
    plural_entry(
        "ex_too_long",
        "{label}: at most {n} character",
        "{label}: at most {n} characters",
    ),
    entry("ex_out_of_range", "{label}: a number from {minimum} to {maximum}"),
    entry("ex_bad_file", "{label}: upload a {extensions} file of at most {kilobytes} KB"),
    entry("ex_bad_json", "{label}: the file is not a JSON object of answers"),
    entry("ex_saved_file", "A file was saved for this step; upload another to replace it."),
    # Translators: {n} is the number of steps of the exercise; {done} of them are done.
    plural_entry("ex_progress", "{done} of {n} step done", "{done} of {n} steps done"),
    entry("ex_debrief", "Debrief"),
    entry("ex_read_again", "Read more in the course (tab “Course and quizzes”):"),
    entry("ex_materials", "Material for this step"),
    entry("ex_flagged", "the detector flags"),
    entry("ex_stored_as", "stored as"),
    entry("ex_sources", "Course passages your reply may cite, found for your prompt"),
    entry(
        "ex_sandbox_data",
        "The checks of this step use the Civicly sandbox below: its queue and its audit "
        "of the held-out history.",
    ),
    entry("ex_optional", "optional"),
    # -- instructor area (assistant.web.instructor) ------------------------------------
    entry("tab_instructor", "Instructor"),
    entry(
        "ins_disabled",
        "The instructor area is off: no instructor password is set. Run `assistant "
        "instructor hash-password`, put the line it prints in your .env file (or set "
        "ASSISTANT_INSTRUCTOR_PASSWORD_HASH), then restart the app.",
    ),
    entry("ins_password", "Instructor password"),
    entry("ins_login", "Log in"),
    entry("ins_logout", "Log out"),
    entry("ins_logged_in", "You are logged in as instructor."),
    entry("ins_logged_out", "You are logged out."),
    entry(
        "ins_login_required",
        "Please log in as instructor first (sessions end after some hours).",
    ),
    entry("ins_wrong_password", "Wrong password."),
    # Translators: {n} is a number of seconds.
    plural_entry(
        "ins_locked_out",
        "Too many wrong passwords. Try again in {n} second.",
        "Too many wrong passwords. Try again in {n} seconds.",
    ),
    entry("ins_cohort_name", "New class name"),
    entry("ins_create", "Create class"),
    entry("ins_created", "Class {name} created. Learners join it with the code {code}."),
    entry("ins_cohort", "Class"),
    entry("ins_pick_cohort", "Create or pick a class first."),
    # Translators: {n} is the number of learners in the class.
    plural_entry(
        "ins_cohort_info",
        "Join code {code} · {n} learner · open: {open}",
        "Join code {code} · {n} learners · open: {open}",
    ),
    entry("ins_none", "none"),
    entry("ins_launch", "Launch for the class"),
    entry("ins_close", "Close"),
    entry("ins_launched", "{exercise} is open for {cohort}."),
    entry("ins_closed", "{exercise} is closed for {cohort}."),
    entry("ins_not_open", "{exercise} was not open for {cohort}."),
    entry("ins_refresh", "Refresh"),
    entry("ins_progress", "Progress (updates every few seconds)"),
    entry("ins_submissions", "Submissions"),
    entry("ins_feedback", "Feedback given in the chat (anonymous)"),
    entry("ins_uncovered", "Questions the course could not answer"),
    entry("ins_table", "Table"),
    entry("ins_download", "Download CSV"),
    entry("ins_col_learner", "Learner"),
    entry("ins_col_exercise", "Exercise"),
    entry("ins_col_done", "Steps done"),
    entry("ins_col_started", "Steps started"),
    entry("ins_col_last", "Last activity"),
    entry("ins_col_step", "Step"),
    entry("ins_col_status", "Status"),
    entry("ins_col_answer", "Answer"),
    entry("ins_col_checks", "Checks passed"),
    entry("ins_col_rating", "Rating"),
    entry("ins_col_comment", "Comment"),
    entry("ins_col_question", "Question"),
    entry("ins_col_language", "Language"),
    entry("ins_col_when", "When"),
    entry("lib_heading", "Course material: upload, publish, choose per class"),
    entry("lib_material", "Answers for the selected class use"),
    entry("lib_material_course", "the course only"),
    entry("lib_material_all", "the course and my published material"),
    entry("lib_material_set", "Answers for {cohort} now use {material}."),
    entry(
        "lib_intro",
        "Upload PDF, DOCX, HTML, Markdown or text files (at most {mb} MB each). They are "
        "indexed in the background and stay hidden from learners until you publish them; "
        "learners then see their passages cited as instructor material.",
    ),
    entry("lib_files", "Files to add"),
    entry("lib_language", "Language of the documents"),
    entry("lib_detect", "Detect from the text"),
    entry("lib_module", "Course module (optional)"),
    entry("lib_upload", "Upload and index"),
    entry("lib_working", "Indexing"),
    entry("lib_no_files", "Choose one or more files first."),
    entry("lib_col_file", "File"),
    entry("lib_col_result", "Result"),
    entry("lib_col_details", "Details"),
    entry("lib_added", "added"),
    entry("lib_updated", "updated"),
    entry("lib_unchanged", "unchanged"),
    entry("lib_failed", "failed"),
    plural_entry("lib_chunks", "{n} passage", "{n} passages"),
    entry("lib_report_summary", "Indexed: {done}. Failed: {failed}."),
    entry("lib_publish_hint", "New documents are not published yet: pick one below and "
          "publish it when it is ready."),
    entry("lib_col_title", "Title"),
    entry("lib_col_language", "Language"),
    entry("lib_col_module", "Module"),
    entry("lib_col_source", "Added"),
    entry("lib_col_chunks", "Passages"),
    entry("lib_col_updated", "Updated (UTC)"),
    entry("lib_col_visible", "Learners"),
    entry("lib_col_id", "Document"),
    entry("lib_source_upload", "uploaded here"),
    entry("lib_source_server", "on the server"),
    entry("lib_published", "Published"),
    entry("lib_hidden", "Not published"),
    entry("lib_document", "Document"),
    entry("lib_publish", "Publish"),
    entry("lib_unpublish", "Unpublish"),
    entry("lib_delete", "Delete"),
    entry("lib_replace_file", "New version of the selected document"),
    entry("lib_replace", "Replace"),
    entry("lib_pick_document", "Pick a document first."),
    entry("lib_pick_document_and_file", "Pick a document and its new file first."),
    entry("lib_unknown_document", "This document is not in your library any more."),
    entry("lib_preview_heading", "its first {shown} of {total} passages, as learners' "
          "answers will quote them:"),
    entry("lib_done_published", "{document} is published: learners' answers can cite it."),
    entry("lib_done_unpublished", "{document} is hidden from learners again."),
    entry("lib_done_deleted", "{document} was deleted."),
)


def wrap(markdown: str, language: str) -> str:
    """Markdown laid out in ``language``'s direction (the blank lines keep it Markdown)."""
    return f"<div dir='{direction(language)}' lang='{language}'>\n\n{markdown}\n\n</div>"


def t(key: str, language: str, **values: object) -> str:
    """The UI string ``key`` in ``language`` (English if missing), formatted with ``values``."""
    return UI.text(key, language, **values)


def tn(key: str, n: int, language: str, **values: object) -> str:
    """The plural UI string ``key`` in the form ``language`` uses for ``n`` (``{n}`` in it)."""
    return UI.plural(key, n, language, **values)


def missing_translations() -> list[str]:
    """``key:language`` pairs without a current translation (a test keeps this empty)."""
    return UI.missing(CODES)
