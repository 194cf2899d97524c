"""Versioned prompt templates, rendered strictly.

Every prompt lives in ``prompts/<task>.v<N>.jinja`` at the project root, so
that a prompt change is a reviewed file change with a new version number, and
every answer records the versions that produced it. A template defines a
``system`` and a ``user`` block (a chat prompt) or a single ``text`` block
(text shown as is, such as the refusal). Top-level ``{% set %}`` tables hold
the per-language lines, so all prompt wording stays in the template files.

Rendering uses :class:`jinja2.StrictUndefined`: a variable the caller forgot
fails loudly instead of silently becoming an empty string. Passage text is
inserted verbatim, except that anything looking like our own delimiters is
neutralised (see :func:`fence`), so a document cannot close its passage early
and pose as the instructions around it.

A wheel carries ``prompts/`` inside the package as ``assistant/prompt_templates/``
(mapped in pyproject.toml), so :data:`PROMPTS_DIR` is that copy in an install and
the project-root folder in a checkout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from assistant.config import shipped_folder
from assistant.errors import ConfigError

#: Templates shipped with the project: the wheel's copy, else the checkout's ``prompts/``.
PROMPTS_DIR = shipped_folder("prompt_templates", "prompts")
#: The version of each task used by default.
DEFAULT_VERSIONS = {
    "answer": "answer.v1",
    "condense": "condense.v1",
    "hint": "hint.v1",
    "refusal": "refusal.v1",
    "reply_draft": "reply_draft.v1",
    "moderation": "moderation.v1",
}
_DELIMITER = re.compile(r"</?\s*(passage|source|message)\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Prompt:
    """A rendered chat prompt and the template version it came from."""

    version: str
    system: str
    user: str

    def messages(self) -> list[tuple[str, str]]:
        """The prompt as LangChain ``(role, content)`` message tuples."""
        return [("system", self.system), ("user", self.user)]


def fence(text: str) -> str:
    """Neutralise tags that look like our passage delimiters inside document text."""
    return _DELIMITER.sub(lambda m: m.group(0).replace("<", "‹").replace(">", "›"), text)


@lru_cache(maxsize=4)
def _environment(directory: str) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # prompts are plain text, not HTML
        keep_trailing_newline=False,
    )


def _template(version: str, directory: Path) -> jinja2.Template:
    if not re.fullmatch(r"[a-z_]+\.v\d+", version):
        raise ConfigError(f"Bad prompt version {version!r}: expected '<task>.v<N>', e.g. answer.v1")
    try:
        return _environment(str(directory)).get_template(f"{version}.jinja")
    except jinja2.TemplateNotFound as exc:
        raise ConfigError(
            f"Prompt template {version}.jinja not found in {directory}. "
            f"Available: {', '.join(sorted(available(directory))) or 'none'}."
        ) from exc


def _render_block(template: jinja2.Template, name: str, values: dict[str, Any]) -> str:
    try:
        module = template.make_module(values)  # runs the top-level {% set %} tables
        context = template.new_context({**module.__dict__, **values})
        return "".join(template.blocks[name](context)).strip()
    except jinja2.UndefinedError as exc:
        raise ConfigError(f"Prompt {template.name}: {exc.message}") from exc
    except KeyError as exc:
        raise ConfigError(f"Prompt {template.name} has no '{name}' block") from exc


def render(
    task: str, *, version: str | None = None, directory: Path = PROMPTS_DIR, **values: Any
) -> Prompt:
    """Render the chat prompt of ``task`` with ``values`` (every variable is required)."""
    version = version or DEFAULT_VERSIONS[task]
    template = _template(version, directory)
    return Prompt(
        version=version,
        system=_render_block(template, "system", values),
        user=_render_block(template, "user", values),
    )


def render_text(
    task: str, *, version: str | None = None, directory: Path = PROMPTS_DIR, **values: Any
) -> tuple[str, str]:
    """Render a text template (its ``text`` block); returns ``(version, text)``."""
    version = version or DEFAULT_VERSIONS[task]
    return version, _render_block(_template(version, directory), "text", values)


def available(directory: Path = PROMPTS_DIR) -> list[str]:
    """Versions of all templates in ``directory``."""
    return sorted(p.name.removesuffix(".jinja") for p in directory.glob("*.v*.jinja"))
