"""Start the course assistant's web app: ``python app.py``.

On first run the built-in course is indexed (with a progress bar); later runs
start in seconds. Settings come from ASSISTANT_* variables (see README).
"""

from __future__ import annotations

import logging


def main() -> None:
    """Build settings, open (or build) the index and the stores, serve the app on localhost."""
    from assistant.config import apply_offline_environment, configure_logging, load_settings

    apply_offline_environment()
    settings = load_settings()
    configure_logging(settings)

    from assistant.auth import InstructorAuth, browser_state_secret
    from assistant.course import Course
    from assistant.exercises.civicly_triage.sandbox import CivicSandbox
    from assistant.exercises.spec import load_all
    from assistant.privacy import redact
    from assistant.rag.answer import build_assistant
    from assistant.rag.ingest import tqdm_progress
    from assistant.store import Store
    from assistant.web.app import build_demo, launch_options

    log = logging.getLogger("app")
    assistant, report = build_assistant(settings, progress=tqdm_progress)
    if report is not None:
        log.info("Indexed the course: %s", report.summary())
    store = Store.from_settings(settings, redactor=redact if settings.redact_personal_data else None)
    purged = store.purge_expired()
    if any(purged.values()):
        log.info("Retention: deleted %s", purged)
    demo = build_demo(
        assistant,
        course=Course.from_settings(settings),
        store=store,
        sandbox=CivicSandbox(settings, assistant.retriever.embedder),
        exercises=load_all(),
        browser_secret=browser_state_secret(settings),
        auth=InstructorAuth.from_settings(settings),
    )
    demo.launch(**launch_options(settings.host, settings.port))


if __name__ == "__main__":
    main()
