"""Errors whose messages say how to fix the problem.

Two families, kept apart on purpose: a :class:`ConfigError` means the user or
operator must change something (a setting, a missing index, a file); a
:class:`BackendError` means a service we depend on failed at run time. The UI
shows either message as it is and logs the traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Self

from assistant.error_text import english


class AssistantError(Exception):
    """Base class of every error this library raises on purpose.

    ``str(exc)`` is the English message. An error made with :meth:`from_key`
    also carries ``key`` (an entry of :data:`assistant.error_text.TEXT`) and its
    ``params``, so the UI can show it in the reader's language
    (:func:`assistant.error_text.describe`); other errors have ``key = None``.
    """

    key: str | None = None
    params: Mapping[str, Any] = MappingProxyType({})

    @classmethod
    def from_key(cls, key: str, /, **params: Any) -> Self:
        """An error whose message is the English text of ``key``, translatable by ``describe``."""
        error = cls(english(key, **params))
        error.key, error.params = key, MappingProxyType(dict(params))
        return error


class ConfigError(AssistantError):
    """Something the user must change: a setting, a path, a missing install."""


class UnsupportedLanguageError(ConfigError):
    """A language code outside the five supported languages."""


class IndexMismatchError(ConfigError):
    """The index on disk was built with another embedder or format."""


class IndexNotFoundError(ConfigError):
    """No index has been built yet."""


class BackendError(AssistantError):
    """A dependency (Chroma server, model runtime) failed while running."""


class DocumentError(AssistantError):
    """One input document cannot be ingested; the reason is the message."""


class BackendTimeout(BackendError):
    """A backend did not answer within its time limit."""
