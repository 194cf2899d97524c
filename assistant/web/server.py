"""The ASGI app the page is served from: sessions, security headers, uploads, exports.

Gradio's Blocks are mounted in a FastAPI app (``gr.mount_gradio_app``) so that
what must be decided by the server is decided before Gradio sees a request:

* **Identity.** Starlette's ``SessionMiddleware`` keeps a signed (itsdangerous),
  HttpOnly, SameSite=Lax cookie; :class:`IdentityMiddleware` gives every
  browser a server-issued learner id and session id in it
  (:mod:`assistant.web.identity`). Handlers read them from ``gr.Request``.
  The signing key is derived from the server secret for this job only
  (:func:`assistant.auth.derive_key`); nothing secret is in ``/config`` or the
  page.
* **Security headers** on every response (:data:`SECURITY_HEADERS`): a
  Content-Security-Policy the Gradio page works under (same-origin only, so
  the page — and anything a learner types — cannot load from another host),
  no framing, no MIME sniffing, no referrer.
* **Uploads** are limited by Gradio's ``max_file_size`` (``ASSISTANT_MAX_UPLOAD_MB``);
  a bigger file is refused with a message that names the limit.
* **Concurrency**: answers run several at once in their own group, every other
  event beside them, and the queue is bounded (:mod:`assistant.web.concurrency`).
* **Nothing advertised**: no API documentation in the page (:func:`unadvertised`)
  and no ``/monitoring`` pages, which listed every handler's name and timings.
* **Exports** are streamed by :func:`export_route` to the logged-in instructor
  only, generated on request (no file is left in a public cache).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from assistant.auth import InstructorAuth, derive_key, server_secret
from assistant.config import Settings
from assistant.web.concurrency import configure_queue
from assistant.web.identity import SESSION_COOKIE, ensure_identity, session_of

log = logging.getLogger(__name__)

#: Same-origin only. Gradio's page needs inline scripts/styles and ``eval`` (its
#: front end compiles some components at run time); data:/blob: serve its own
#: images, fonts and uploads.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "media-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class IdentityMiddleware:
    """Pure ASGI: make sure every HTTP request's session carries a server-issued identity."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and "session" in scope:
            ensure_identity(scope["session"])
        await self.app(scope, receive, send)


class SecurityHeadersMiddleware:
    """Pure ASGI: add :data:`SECURITY_HEADERS` to every HTTP response (streams untouched)."""

    def __init__(self, app: Any, headers: dict[str, str] | None = None) -> None:
        self.app = app
        self.headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1"))
            for k, v in (headers or SECURITY_HEADERS).items()
        ]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def max_file_size(settings: Settings) -> int:
    """Gradio's upload limit in bytes, from ``ASSISTANT_MAX_UPLOAD_MB``."""
    return int(settings.max_upload_mb * 1024 * 1024)


def build_server(
    demo: Any,
    settings: Settings,
    *,
    auth: InstructorAuth | None = None,
    exports: Callable[[int, str], tuple[str, bytes] | None] | None = None,
    css: str | None = None,
    head: str | None = None,
    ready: Callable[[], str | None] | None = None,
) -> Any:
    """The FastAPI app serving ``demo`` with sessions, headers, upload limit and exports.

    ``exports(cohort_id, table)`` returns ``(file name, CSV bytes)`` or None
    for an unknown table; it is served at ``/instructor/export/{cohort}/{table}.csv``
    to a logged-in instructor session only. ``/healthz`` answers as soon as the
    server runs; ``/readyz`` answers 200 once answers come from the course, and
    503 with the reason before (``ready()`` returns that reason, or None).
    """
    import gradio as gr
    from fastapi import FastAPI
    from fastapi.responses import PlainTextResponse, Response
    from starlette.middleware.sessions import SessionMiddleware

    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)

    def export_route(request: Any) -> Any:
        # A plain Starlette endpoint: path values are checked here, not by annotations.
        cohort, table = request.path_params["cohort_id"], request.path_params["table"]
        if auth is None or exports is None or not auth.is_instructor(session_of(request)):
            return PlainTextResponse(
                "Log in to the instructor area in this browser to download exports.",
                status_code=403,
            )
        made = exports(int(cohort), table)
        if made is None:
            return PlainTextResponse(f"Unknown report {table!r}.", status_code=404)
        name, data = made
        return Response(
            data,
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="{name}"',
                "Cache-Control": "no-store",
            },
        )

    app.add_route("/instructor/export/{cohort_id:int}/{table:str}.csv", export_route,
                  methods=["GET"])
    # For the reverse proxy's and the orchestrator's health checks: answers at once.
    app.add_route("/healthz", lambda request: PlainTextResponse("ok"), methods=["GET"])

    def ready_route(request: Any) -> Any:
        # 503 with the reason while the app cannot answer from the course yet.
        waiting = ready() if ready is not None else None
        if waiting is None:
            return PlainTextResponse("ready")
        return PlainTextResponse(waiting, status_code=503)

    app.add_route("/readyz", ready_route, methods=["GET"])

    # Middleware runs outside-in in the reverse order of registration: headers, then
    # the session cookie, then the identity check inside it.
    app.add_middleware(IdentityMiddleware)
    app.add_middleware(
        SessionMiddleware,
        secret_key=derive_key(server_secret(settings), "session-cookie"),
        session_cookie=SESSION_COOKIE,
        max_age=settings.session_days * 24 * 3600,
        same_site="lax",
        https_only=settings.cookie_secure,
    )
    app.add_middleware(SecurityHeadersMiddleware)
    configure_queue(demo, settings)
    unadvertised(demo)
    return gr.mount_gradio_app(
        app, demo, path="", max_file_size=max_file_size(settings), css=css,
        head=head, footer_links=["settings"], show_error=False,
        # Gradio's /monitoring pages would show anyone every handler's name and timings.
        enable_monitoring=False,
    )


def unadvertised(demo: Any) -> Any:
    """Keep ``demo``'s endpoints out of Gradio's API documentation; they stay callable.

    Gradio puts every public endpoint's schema and code samples into each page
    it serves: half of the page (490 -> 239 KB) and a third of its CPU (54 -> 36
    ms a page load) went to documentation the footer never links to. Endpoints
    made private (the instructor's) stay private; ``/gradio_api/info?all_endpoints=true``
    still lists the rest for scripts and ``gradio_client``.
    """
    for fn in demo.fns.values():
        if fn.api_visibility == "public":
            fn.api_visibility = "undocumented"
    return demo


def create_server(settings: Settings, progress: Any = None, in_background: bool = False) -> Any:
    """Everything ``python app.py`` serves: the services, the Blocks, the ASGI app around them.

    ``in_background``: a first index is built while the app already serves.
    """
    from assistant.web.app import CSS, HEAD, build_services, create_app
    from assistant.web.instructor import InstructorPanel

    services = build_services(settings, progress=progress, in_background=in_background)
    demo = create_app(settings, services)
    panel = InstructorPanel(services.auth, services.store, services.exercises, services.sandbox)
    first_index = services.assistant.retriever.first_index

    def ready() -> str | None:
        """None when answers come from the course; else why not, for ``/readyz``."""
        if first_index is None or first_index.ready:
            return None
        if first_index.error is not None:
            return "the first index failed; see the server log"
        return f"indexing the course: {first_index.done} of {first_index.total} passages embedded"

    return build_server(demo, settings, auth=services.auth, exports=panel.csv, css=CSS,
                        head=HEAD, ready=ready)


def warm_up_in_background(settings: Settings) -> threading.Thread | None:
    """Load the personal-data detector while the app already serves (a few seconds).

    Without it the first learner whose answer is stored waits for Presidio and
    spaCy to load. ``None`` when nothing is masked. A failure is logged; the
    store reports it again, with how to fix it, when it first masks.
    """
    if not settings.redact_personal_data:
        return None

    def load() -> None:
        from assistant import privacy

        try:
            privacy.warm_up()
        except Exception as exc:  # the store raises it again where a learner is told
            log.warning("The personal-data detector did not load: %s", exc)

    thread = threading.Thread(target=load, name="privacy-warm-up", daemon=True)
    thread.start()
    return thread


def serve(app: Any, settings: Settings) -> None:
    """Run ``app`` with uvicorn on the configured host and port (blocks)."""
    import uvicorn

    proxies = [p.strip() for p in settings.trusted_proxies.split(",") if p.strip()]
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        proxy_headers=bool(proxies),
        forwarded_allow_ips=proxies or None,
        log_level=settings.log_level.lower(),
        server_header=False,
        access_log=False,  # request lines are noise here; errors still go to the log
    )
