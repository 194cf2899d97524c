"""Multilingual, offline-first teaching assistant for public servants.

Import what you need from the submodules (``assistant.rag.answer``,
``assistant.rag.ingest`` ...): importing this package loads no model and touches no
file.
"""

__version__ = "0.1.0"
