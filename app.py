"""Start the course assistant's web app: ``python app.py``.

On first run the built-in course is indexed (with a progress bar) while the app
already serves; later runs start in seconds. Settings come from ASSISTANT_* variables (see README).
"""

from __future__ import annotations


def main() -> None:
    """Build settings, then serve the app (sessions, headers and all) on the configured address."""
    from assistant.config import apply_offline_environment, configure_logging, load_settings

    apply_offline_environment()
    settings = load_settings()
    configure_logging(settings)

    from assistant.rag.ingest import tqdm_progress
    from assistant.web.server import create_server, serve, warm_up_in_background

    # A first index (another course folder or embedder than the shipped vectors cover)
    # is built while the app serves; answers say so until it is done.
    app = create_server(settings, progress=tqdm_progress, in_background=True)
    warm_up_in_background(settings)
    serve(app, settings)


if __name__ == "__main__":
    main()
