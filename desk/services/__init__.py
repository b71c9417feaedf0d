"""The rules of DOMAIN.md in plain Python: no Qt here.

Every public function takes the session (one transaction per user action, owned by the caller)
and the acting staff member, checks permission (S2), validates, changes, audits (S3) and
returns plain data objects, never live ORM objects.

Importing this package is cheap (no SQLAlchemy): the sign-in window imports what it needs
from here while the database opens in the background.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desk.services.money import amount_in_words
    from desk.services.taxpayer import validate_taxpayer_id

__all__ = ["amount_in_words", "validate_taxpayer_id"]

# The money rules of the invoices (I1, I2), checkable on their own: ``from desk.services import
# amount_in_words, validate_taxpayer_id``. Loaded on first use, so importing the package stays
# cheap for the sign-in window.
_PUBLIC = {"amount_in_words": "desk.services.money",
           "validate_taxpayer_id": "desk.services.taxpayer"}


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'desk.services' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module), name)
