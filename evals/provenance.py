"""What a results file must say about how it was made.

Embedder, LLM and prompt versions, corpus and golden-set hashes, code
version, time and machine: enough to tell whether two results files are
comparable, and what changed between them.
"""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip()


def code_version() -> dict[str, Any]:
    """The git commit (and whether tracked files differ from it), else the package version."""
    commit = _git("rev-parse", "HEAD")
    if commit:
        dirty = bool(_git("status", "--porcelain", "--untracked-files=no"))
        return {"git_commit": commit, "dirty": dirty}
    from importlib.metadata import PackageNotFoundError, version

    try:
        return {"package_version": version("agora-tutor")}
    except PackageNotFoundError:
        return {"package_version": "unknown"}


def machine() -> dict[str, Any]:
    """Platform, Python and CPU count (timings only compare on like machines)."""
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
    }


def timestamp() -> str:
    """Now, UTC, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")
