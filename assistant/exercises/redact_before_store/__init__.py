"""Redact before you store: sample messages, the detector measurement and the automatic checks.

The exercise spec (``exercise.yaml``, id ``redact-before-store``) lives beside
this package; the folder uses an underscore so that it can be imported.
``samples.jsonl`` holds the ten labelled sample messages the learner reads
(see ``README.md``); ``checks`` registers the ``pii_*`` checks.
"""

EXERCISE_ID = "redact-before-store"
