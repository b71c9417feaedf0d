"""What the window needs from the database layer, without importing it.

:class:`desk.db.Database` satisfies :class:`Store`; tests may hand in anything that does. The
session is opaque here: widgets pass it straight to a service function and never use it.

The main window wraps its store in an :class:`AnnouncingStore`, so every write any tab or
dialog commits announces what it wrote through ``DeskEvents.changed``: derived from the
rows flushed, not emitted by hand, so a new action cannot forget to say it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol

from desk.ui.events import DeskEvents


class Store(Protocol):
    description: str

    def transaction(self, write: bool = True) -> AbstractContextManager[Any]: ...

    def read(self) -> AbstractContextManager[Any]: ...


class AnnouncingStore:
    """A :class:`Store` whose committed writes announce the tables they wrote."""

    def __init__(self, store: Store, events: DeskEvents) -> None:
        self._store = store
        self._events = events
        self.description = store.description

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[Any]:
        if not write:
            with self._store.transaction(write=False) as session:
                yield session
            return
        # Imported here: the sign-in window shows before SQLAlchemy is loaded.
        from desk.services import changes

        with self._store.transaction() as session:
            changes.watch(session)
            yield session
            written = changes.written(session)
        # Committed (the with block above raised otherwise): now it may be said. Emitted from
        # a worker thread too, the signal is queued to the widgets' GUI thread.
        if written:
            self._events.changed.emit(written)

    def read(self) -> AbstractContextManager[Any]:
        return self.transaction(write=False)
