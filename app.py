"""Start the course assistant's web app: ``python app.py``.

On first run the built-in course is indexed (with a progress bar); later runs
start in seconds. Settings come from ASSISTANT_* variables (see README).
"""

from __future__ import annotations

import logging


def main() -> None:
    """Build settings, open (or build) the index, and serve the app on localhost."""
    from assistant.config import apply_offline_environment, configure_logging, load_settings

    apply_offline_environment()
    settings = load_settings()
    configure_logging(settings)

    from assistant.answer import build_assistant
    from assistant.exercises.civicly.sandbox import CivicSandbox
    from assistant.ingest import tqdm_progress
    from assistant.ui import build_demo, launch_options

    assistant, report = build_assistant(settings, progress=tqdm_progress)
    if report is not None:
        logging.getLogger("app").info("Indexed the course: %s", report.summary())
    sandbox = CivicSandbox(settings, assistant.retriever.embedder)
    build_demo(assistant, sandbox=sandbox).launch(**launch_options(settings.host, settings.port))


if __name__ == "__main__":
    main()
