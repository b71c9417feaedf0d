"""What an action changed, derived from what it wrote (after Anki's ``OpChanges``).

Nobody lists by hand what an action touched, so a new action cannot forget to say it: the
session records the table of every row it flushes (added, changed, deleted) and of every
bulk INSERT / UPDATE / DELETE it executes. The names are the tables' own ("visits",
"customers", "leads", "staff", "audit_log", …), which the window's lists listen for.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session

_KEY = "desk.changed_tables"


def watch(session: Session) -> None:
    """Start recording what ``session`` writes (once per session)."""
    if _KEY in session.info:
        return
    session.info[_KEY] = set()
    event.listen(session, "after_flush", _flushed)
    event.listen(session, "do_orm_execute", _executed)


def _flushed(session: Session, _context: Any) -> None:
    # Still the pre-flush state here: new, dirty and deleted say what this flush writes.
    tables: set[str] = session.info[_KEY]
    for instance in chain(session.new, session.deleted):
        tables.add(inspect(instance).mapper.local_table.name)
    for instance in session.dirty:
        if session.is_modified(instance):  # touched but unchanged rows are not written
            tables.add(inspect(instance).mapper.local_table.name)


def _executed(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if isinstance(name, str):
            state.session.info[_KEY].add(name)


def written(session: Session) -> frozenset[str]:
    """The tables ``session`` has written so far, pending changes flushed first."""
    if _KEY not in session.info:
        raise RuntimeError("changes.watch(session) was not called: nothing was recorded")
    session.flush()
    return frozenset(session.info[_KEY])
