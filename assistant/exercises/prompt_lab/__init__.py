"""Prompt lab: the ``llm_*`` checks of a drafted reply to a resident.

The exercise spec (``exercise.yaml``, id ``prompt-lab``) lives beside this
package; the folder uses an underscore so that it can be imported. ``checks``
registers the checks; each documents the heuristic it applies.
"""

EXERCISE_ID = "prompt-lab"
