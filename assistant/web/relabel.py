"""Components whose text follows the interface language (the in-app language switch).

Gradio's own i18n follows the browser's language; learners here choose theirs
in the page, so every tab registers its components with a :class:`Relabel`
and the page-level language handler sends each one its update.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.web.text import t


class Relabel:
    """Components whose text follows the interface language."""

    def __init__(self) -> None:
        self.components: list[Any] = []
        self.updaters: list[Callable[[str], Any]] = []

    def add(self, component: Any, **keys: str) -> Any:
        """Register ``component``; ``keys`` maps an attribute (label, value…) to a UI key."""
        import gradio as gr

        def update(language: str) -> Any:
            values: dict[str, Any] = {attr: t(key, language) for attr, key in keys.items()}
            return gr.update(**values)

        self.components.append(component)
        self.updaters.append(update)
        return component

    def add_custom(self, component: Any, update: Callable[[str], Any]) -> Any:
        """Register ``component`` with its own update function."""
        self.components.append(component)
        self.updaters.append(update)
        return component

    def updates(self, language: str) -> list[Any]:
        return [update(language) for update in self.updaters]
