"""What the window needs from the database layer, without importing it.

:class:`desk.db.Database` satisfies :class:`Store`; tests may hand in anything that does. The
session is opaque here: widgets pass it straight to a service function and never use it.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Protocol


class Store(Protocol):
    description: str

    def transaction(self, write: bool = True) -> AbstractContextManager[Any]: ...

    def read(self) -> AbstractContextManager[Any]: ...
