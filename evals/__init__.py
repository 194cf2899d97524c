"""Evaluation suites and golden sets. Run ``python -m evals --help`` (see evals/README.md)."""
