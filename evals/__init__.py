"""Evaluation scripts and golden sets. Run ``python -m evals.retrieval --help``."""
