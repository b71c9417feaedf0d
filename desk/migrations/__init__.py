"""Alembic revisions: every schema change is a migration."""
