"""The newest schema revision, where importing it costs nothing (no SQLAlchemy, no Alembic).

A new migration in ``migrations/versions/`` moves this on; tests/store/test_migrations.py fails
while it names any other revision than Alembic's head.
"""

HEAD_REVISION = "0019"
