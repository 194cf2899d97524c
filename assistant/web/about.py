"""The About page: which models and prompts answer, what is stored, the limits.

Everything shown is read from the running objects (settings, the generator,
the course, the store), so the page cannot drift from the deployment.
"""

from __future__ import annotations

from typing import Any

from assistant import languages
from assistant.privacy import ner_status
from assistant.rag.prompts import DEFAULT_VERSIONS
from assistant.web.text import t, tn, wrap


def _where(store: Any) -> str:
    if store is None:
        return "—"
    return f"`{store.describe()}`" if hasattr(store, "describe") else "a database"


def names_line(language: str, status: dict[str, str | None] | None = None) -> str:
    """How names are found, per course language (which ones have an offline NER model)."""
    status = ner_status() if status is None else status
    with_model = [languages.LANGUAGES[c].native_name for c, model in status.items() if model]
    without = [languages.LANGUAGES[c].native_name for c, model in status.items() if not model]
    if not without:
        return t("about_names_all", language)
    if not with_model:
        return t("about_names_none", language)
    return t(
        "about_names_partial",
        language,
        with_model=", ".join(with_model),
        without_model=", ".join(without),
    )


def about_markdown(assistant: Any, course: Any, store: Any, language: str) -> str:
    """The page in ``language``, built from the live configuration."""
    settings = assistant.settings
    generator = assistant.generator
    llm = generator.id
    if generator.id == "extractive":
        prompt_list = "`extractive.v1`, `refusal.v1`"
    else:
        prompt_list = ", ".join(f"`{v}`" for v in DEFAULT_VERSIONS.values())
    corpus = course.version() if course is not None else "—"
    parts = [
        f"### {t('about_heading', language)}",
        t(
            "about_models",
            language,
            llm=llm,
            embedder=settings.embedder,
            prompts=prompt_list,
            corpus=corpus,
        ),
    ]
    if generator.id == "extractive":
        parts.append(t("about_extractive", language))
    redaction = t(
        "about_redaction_on" if settings.redact_personal_data else "about_redaction_off", language
    )
    retention = (
        tn("about_retention_days", settings.retention_days, language)
        if settings.retention_days
        else t("about_retention_forever", language)
    )
    parts += [
        f"### {t('about_stored_heading', language)}",
        t("about_stored", language, where=_where(store), redaction=redaction, retention=retention),
    ]
    if settings.redact_personal_data:
        parts.append(names_line(language))
    parts += [
        t("about_offline", language),
        f"### {t('about_limits_heading', language)}",
        t("about_limits", language),
    ]
    return wrap("\n\n".join(parts), language)
