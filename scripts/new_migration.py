"""Start a revision of the learner tables: ``python -m scripts.new_migration "add x to y"``.

Change the tables in ``assistant/store/schema.py`` first. This script builds
the schema at the current head revision in a scratch in-memory SQLite, lets
Alembic compare it with ``METADATA`` (autogenerate) and writes
``assistant/store/migrations/versions/r<NNNN>_<slug>.py``, numbered after
the head. Review it (autogenerate misses renames and data changes; keep it
portable to PostgreSQL), then set ``SCHEMA_VERSION`` in ``schema.py`` to the
new number. ``--empty`` writes a revision with empty ``upgrade()`` and
``downgrade()`` for a hand-written step.
"""

from __future__ import annotations

import argparse

import sqlalchemy as sa
from alembic import command

from assistant.store import migrations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message", help="what the revision changes, e.g. 'add cohorts.locale'")
    parser.add_argument("--empty", action="store_true", help="no autogenerate")
    args = parser.parse_args(argv)
    number = max(int(rev) for rev in migrations.known_revisions()) + 1
    engine = sa.create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            migrations.upgrade(conn)
            command.revision(  # prints the path it writes
                migrations.alembic_config(conn),
                message=args.message,
                autogenerate=not args.empty,
                rev_id=migrations.revision_id(number),
            )
    finally:
        engine.dispose()
    print(f"Review it, then set SCHEMA_VERSION = {number} in assistant/store/schema.py.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
