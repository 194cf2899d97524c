"""Civicly: an AI that routes citizen feedback to a city department and ranks its urgency.

The exercise ships a synthetic history of service requests (``data/``), made by
``generate_data`` from the wording in ``messages/``, with deliberate errors and
biases that learners find and measure.
"""
