"""The rules of DOMAIN.md in plain Python: no Qt here.

Every public function takes the session (one transaction per user action, owned by the caller)
and the acting staff member, checks permission (S2), validates, changes, audits (S3) and
returns plain data objects, never live ORM objects.
"""

# Importing these registers their records in the customer archive (K3).
from desk.services import leads as _leads  # noqa: F401
from desk.services import reception as _reception  # noqa: F401
