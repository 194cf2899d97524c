"""Algorithmic impact assessment of Civicly: questionnaire, scoring, transparency record.

The exercise spec (``exercise.yaml``, id ``impact-assessment``) lives beside
this package; the folder uses an underscore so that it can be imported. The
modules: ``scoring`` (load the questionnaire, score answers, impact level),
``export`` (Markdown and JSON transparency records) and ``checks`` (the
automatic checks the spec names, registered in
:data:`assistant.exercises.checks.CHECKS`).
"""

EXERCISE_ID = "impact-assessment"
