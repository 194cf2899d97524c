"""Which files a folder holds for ingestion, and why the other entries are skipped.

Hidden and '_'-prefixed names are skipped silently, as they always were. What
else is not read comes back with a reason for the ingest report: symbolic links
are followed only to a regular file inside the folder (a broken link, a loop, a
link to a folder or out of the folder is listed), and devices, pipes and
sockets are listed instead of read (reading a pipe would block the ingest).
"""

from __future__ import annotations

import os
from pathlib import Path

from assistant import textnorm
from assistant.errors import DocumentError


def _link_problem(link: Path, root: Path) -> str | None:
    """Why a symbolic link under ``root`` is not followed, or None for a file inside it."""
    try:
        target = link.resolve(strict=True)
    except FileNotFoundError:
        shown = textnorm.file_name(os.readlink(link))
        return f"broken symbolic link (its target '{shown}' does not exist)"
    except (RuntimeError, OSError):  # RuntimeError: Python 3.11's "Symlink loop"
        return "symbolic link loop (the link leads back to itself)"
    if not target.is_relative_to(root.resolve()):
        return (
            f"symbolic link to {textnorm.file_name(str(target))}, outside the folder: "
            "not followed (copy the file into the folder to ingest it)"
        )
    if target.is_dir():
        return "symbolic link to a folder: not followed (its files are ingested where they are)"
    if not target.is_file():
        return "symbolic link to something that is not a regular file: skipped"
    return None


def walk(root: Path) -> tuple[list[Path], dict[Path, str]]:
    """Files under ``root`` in a stable order, and the entries skipped with the reason.

    Hidden and '_'-prefixed names are skipped silently. Symbolic links are
    followed only to a regular file inside ``root``; broken ones, loops, links
    to folders or out of ``root``, and devices, pipes or sockets come back as
    problems, so that a report can say why they were not read.
    """
    if not root.is_dir():
        return [root], {}
    files: list[Path] = []
    problems: dict[Path, str] = {}
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            problems[folder] = f"cannot list the folder: {exc.strerror or exc}"
            continue
        for entry in entries:
            if entry.name.startswith((".", "_")):
                continue
            path = Path(entry.path)
            try:
                if entry.is_symlink():
                    problem = _link_problem(path, root)
                    if problem is None:
                        files.append(path)
                    else:
                        problems[path] = problem
                elif entry.is_dir(follow_symlinks=False):
                    folders.append(path)
                elif entry.is_file(follow_symlinks=False):
                    files.append(path)
                else:
                    problems[path] = "not a regular file (a device, pipe or socket): skipped"
            except OSError as exc:
                problems[path] = f"cannot read file: {exc.strerror or exc}"
    return sorted(files), dict(sorted(problems.items()))


def iter_files(root: Path) -> list[Path]:
    """Files under ``root`` in a stable order (see :func:`walk`, which also says what it skipped)."""
    return walk(root)[0]


def read_file(file: Path, max_bytes: int) -> bytes:
    """The file's bytes, never more than ``max_bytes`` (a file may grow after its check)."""
    with open(file, "rb") as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DocumentError(f"grew past {max_bytes / 1e6:.1f} MB while being read")
    return data
