"""Calling a Gradio app's events the way its page does: over the queue, as raw HTTP.

``gradio_client`` can only call public endpoints; the instructor's events are
private (the page calls them, no API client may). A :class:`PageSession` joins
the queue with one ``session_hash``, as one open browser tab does, so a value a
handler offered this tab (a document in a dropdown) is accepted on the next call.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from benchmarks.load import queue_events


class PageSession:
    """One browser tab of the app: its cookies (``client``) and one queue session."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.session_hash = uuid.uuid4().hex
        self.config = client.get("/config").json()

    def fn_index(self, *, api_name: str | None = None, elem_id: str | None = None,
                 trigger: str = "click") -> int:
        """The event named ``api_name``, or the ``trigger`` event of the component ``elem_id``."""
        if api_name is not None:
            return next(d["id"] for d in self.config["dependencies"]
                        if d.get("api_name") == api_name)
        component = next(c["id"] for c in self.config["components"]
                         if c.get("props", {}).get("elem_id") == elem_id)
        return next(d["id"] for d in self.config["dependencies"]
                    if [component, trigger] in d.get("targets", []))

    def events(self, fn_index: int, data: list[Any]) -> Iterator[dict[str, Any]]:
        """Join the queue for one event; yield its messages until it completes."""
        return queue_events(self.client, fn_index, self.session_hash, data)

    def call(self, data: list[Any], **event: Any) -> list[dict[str, Any]]:
        """Run one event (named as :meth:`fn_index` takes it); its outputs, in order."""
        return [m.get("output", {}) for m in self.events(self.fn_index(**event), data)
                if m.get("msg") in ("process_generating", "process_completed")]

    def upload(self, *paths: Path) -> list[dict[str, Any]]:
        """Upload files as a file box does; the values to give the event."""
        files = [("files", (p.name, p.read_bytes(), "text/markdown")) for p in paths]
        response = self.client.post("/gradio_api/upload", files=files)
        response.raise_for_status()
        return [{"path": path, "orig_name": p.name, "meta": {"_type": "gradio.FileData"}}
                for path, p in zip(response.json(), paths, strict=True)]
