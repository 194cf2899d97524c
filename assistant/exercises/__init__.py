"""Hands-on exercises: synthetic data sets and tools that learners audit and improve."""
