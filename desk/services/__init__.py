"""The rules of DOMAIN.md in plain Python: no Qt here.

Every public function takes the session (one transaction per user action, owned by the caller)
and the acting staff member, checks permission (S2), validates, changes, audits (S3) and
returns plain data objects, never live ORM objects.

Importing this package is cheap (no SQLAlchemy): the sign-in window imports what it needs
from here while the database opens in the background.
"""
