"""The revisions, one file each (``r<id>_<slug>.py``); Alembic loads them by path."""
