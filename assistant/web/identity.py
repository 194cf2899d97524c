"""Who is asking: identity read from the server-side session, never from a component.

The ASGI app that serves the page (:mod:`assistant.web.server`) puts a signed,
HttpOnly, SameSite cookie on every browser (Starlette's ``SessionMiddleware``,
signed with a key derived from the one configured secret). The cookie carries
two random values issued by the server:

* ``learner`` — the learner id under which conversations, ratings, quiz
  results, exercise progress and Civicly work are stored;
* ``sid`` — the session id; the instructor login is attached to it on the
  server (see :class:`assistant.auth.InstructorAuth`), so no token ever
  travels through a Gradio component.

Gradio handlers take a ``request: gr.Request`` parameter (Gradio fills it in;
it is not part of the public API inputs) and call :func:`learner_of` /
:func:`session_of`. A request without a session (a handler called outside
the served app, e.g. in a unit test without a request) has no identity: the
functions return ``None`` and handlers treat it as an anonymous visitor whose
work is not stored.
"""

from __future__ import annotations

import functools
import inspect
import secrets
from collections.abc import Callable, MutableMapping
from typing import Any

#: Name of the session cookie.
SESSION_COOKIE = "agora_session"
#: Keys in the session.
LEARNER_KEY = "learner"
SESSION_KEY = "sid"


def new_identity() -> dict[str, str]:
    """A fresh learner id and session id (128 random bits each, hex)."""
    return {LEARNER_KEY: secrets.token_hex(16), SESSION_KEY: secrets.token_hex(16)}


def ensure_identity(session: MutableMapping[str, Any]) -> None:
    """Give a session without a well-formed identity a new one (in place)."""
    for key in (LEARNER_KEY, SESSION_KEY):
        value = session.get(key)
        if not (isinstance(value, str) and len(value) == 32 and _is_hex(value)):
            session.clear()
            session.update(new_identity())
            return


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def _session(request: Any) -> MutableMapping[str, Any] | None:
    if request is None:
        return None
    # A gr.Request hands out attributes as read-only copies (``session`` is a gradio ``Obj``,
    # not a mapping); the Starlette request it wraps, when there is one, has the real session.
    request = getattr(request, "request", None) or request
    try:
        session = request.session
    except (AssertionError, AttributeError, KeyError):  # no SessionMiddleware in front
        return None
    return session if isinstance(session, MutableMapping) else None


def learner_of(request: Any) -> str | None:
    """The learner id of ``request`` (a ``gr.Request``), or None without a session."""
    session = _session(request)
    value = session.get(LEARNER_KEY) if session is not None else None
    return value if isinstance(value, str) and value else None


def session_of(request: Any) -> str | None:
    """The session id of ``request``, or None without a session."""
    session = _session(request)
    value = session.get(SESSION_KEY) if session is not None else None
    return value if isinstance(value, str) and value else None


def client_address(request: Any) -> str:
    """The client's address as the server saw it (behind a proxy: see README)."""
    client = getattr(request, "client", None)
    host = getattr(client, "host", None)
    return str(host) if host else "unknown"


def with_learner(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a handler so its ``learner_id`` parameter comes from the session, not an input."""
    return from_request(fn, "learner_id", learner_of)


def with_session(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a handler so its ``session`` parameter is the session id, not an input."""
    return from_request(fn, "session", session_of)


def from_request(
    fn: Callable[..., Any], name: str, read: Callable[[Any], str | None]
) -> Callable[..., Any]:
    """Wrap handler ``fn`` so its parameter ``name`` is filled by ``read(request)``.

    The wrapper takes Gradio's ``request`` first (Gradio passes it because of
    its ``gr.Request`` annotation; it is not an API input and cannot be set by
    a client) followed by ``fn``'s other parameters. Generators stay
    generators, so streaming handlers keep streaming.
    """
    import gradio as gr

    signature = inspect.signature(fn)
    index = list(signature.parameters).index(name)
    rest = [p for p in signature.parameters.values() if p.name != name]
    request_param = inspect.Parameter(
        "request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=gr.Request
    )

    def call(request: Any, args: tuple[Any, ...]) -> Any:
        values = list(args)
        values.insert(index, read(request))
        return fn(*values)

    if inspect.isgeneratorfunction(fn):

        def handler(request: Any, *args: Any) -> Any:
            yield from call(request, args)
    else:

        def handler(request: Any, *args: Any) -> Any:
            return call(request, args)

    functools.update_wrapper(handler, fn)
    del handler.__wrapped__  # type: ignore[attr-defined]  # Gradio must see the new signature
    handler.__signature__ = signature.replace(parameters=[request_param, *rest])  # type: ignore[attr-defined]
    # Postponed (string) annotations cannot be resolved here; keep the real classes
    # (e.g. gr.LikeData) that Gradio looks for.
    handler.__annotations__ = {
        "request": gr.Request,
        **{k: v for k, v in fn.__annotations__.items() if not isinstance(v, str) and k != name},
    }
    return handler


class FakeRequest:
    """A stand-in for ``gr.Request`` in unit tests: a session and a client address."""

    def __init__(self, learner: str | None = None, sid: str | None = None, host: str = "127.0.0.1"):
        identity = new_identity()
        self.session: dict[str, Any] = {
            LEARNER_KEY: learner or identity[LEARNER_KEY],
            SESSION_KEY: sid or identity[SESSION_KEY],
        }
        self.client = type("Client", (), {"host": host})()
