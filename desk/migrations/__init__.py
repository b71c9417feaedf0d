"""Alembic revisions: every schema change is a migration.

``HEAD`` names the newest revision so the window can see that a database is current without
importing Alembic (which costs a tenth of a second at every start); a test keeps it equal to
Alembic's own head.
"""

HEAD = "0015"
