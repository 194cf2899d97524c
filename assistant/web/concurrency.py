"""How many events the app runs at once, and which wait for which.

Gradio queues every event and, unless told otherwise, runs each event
listener one call at a time: fifty learners asking at once were answered one
after the other. The policy here, applied by :func:`configure_queue` and
:func:`answer_events`:

* **Answers are one group** (:data:`ANSWERS`): the Ask button, Enter in the
  question box and "Show the full answer" share one limit,
  ``Settings.answer_concurrency`` — ``ASSISTANT_CONCURRENCY`` for the offline
  extractive answers (default ``min(4, cores + 2)``: an answer is CPU work, so
  a few more than the cores keeps them busy while one waits on the database),
  ``ASSISTANT_LLM_CONCURRENCY`` when a language model writes them (default 1
  for an in-process ``llamacpp:`` model, which uses every core, else 2).
* **Everything else is never queued behind answers.** Every other listener
  (course, quizzes, Civicly, exercises, instructor, page load) keeps its own
  group with ``ASSISTANT_CONCURRENCY`` runs at once, so a slow model answer
  holds only answer slots.
* **The queue is bounded** (``ASSISTANT_QUEUE_SIZE`` waiting events in all):
  beyond it a browser gets Gradio's "This application is currently busy.
  Please try again." at once (HTTP 503) instead of waiting minutes.

* **No per-event statistics.** After every event Gradio recomputes, with
  pandas, a summary of up to 10,000 past events for its ``/monitoring`` page;
  the cost grows with uptime (2.7 ms of CPU per event at 100 past events, 12.8
  ms at 10,000, against ~90 ms for a whole answer). The page is switched off
  (``server.py``: it listed every handler's name, call count and timings to
  anyone), so :data:`GRADIO_QUEUE_ENVIRONMENT` stops the summary and keeps
  only the last few events' records.

``benchmarks/load.py`` measures the effect (README, "Deploying for a cohort").
"""

from __future__ import annotations

import os
from typing import Any

from assistant.config import Settings

#: The concurrency group (Gradio ``concurrency_id``) of every event that computes an answer.
ANSWERS = "answers"


def answer_events(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for an event listener that computes an answer."""
    return {"concurrency_id": ANSWERS, "concurrency_limit": settings.answer_concurrency}


#: Read by Gradio's queue when it is made (``demo.queue()``); an operator's own
#: values win. The summary is recomputed once per this many events: never, here.
GRADIO_QUEUE_ENVIRONMENT = {
    "GRADIO_ANALYTICS_CACHE_FREQUENCY": str(10**12),
    "GRADIO_ANALYTICS_MAX_EVENTS": "200",
}


def configure_queue(demo: Any, settings: Settings) -> Any:
    """Set ``demo``'s queue: limit per event, bound on waiting events, status interval."""
    for name, value in GRADIO_QUEUE_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    return demo.queue(
        default_concurrency_limit=settings.event_concurrency,
        max_size=settings.queue_size,
        status_update_rate=settings.queue_status_every_s,
    )
