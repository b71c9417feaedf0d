"""States as data (desk.services.states): legal moves audited the same way, illegal ones refused
with what is possible (R2 for visits; C6, P2, I4 and W3 reuse the mechanism)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk.db import Database
from desk.models import AuditEntry
from desk.services import reception, states, vocabulary
from desk.services.errors import PermissionDenied, Term
from desk.services.permissions import Actor


def test_r2_finishing_a_finished_visit_is_refused_saying_no_move_is_left(
    database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, None, "inquiry", "问路")
    with database.transaction() as session:
        reception.finish_visit(session, clerk, visit.id, "已指路", visit.version)
    with pytest.raises(states.IllegalTransition) as refused, database.transaction() as session:
        reception.finish_visit(session, clerk, visit.id, "again", visit.version + 1)
    error = refused.value
    assert error.field == "state"
    assert error.params["state"] == "Finished" and isinstance(error.params["state"], Term)
    assert error.text() == (
        f"{visit.number} is Finished: it cannot finish now, nor change state any more."
    )
    with database.read() as session:
        finishes = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "visit.finish")
        ).all()
    assert len(finishes) == 1  # the refusal changed and recorded nothing


def test_states_an_illegal_move_names_what_is_possible(database: Database, clerk: Actor) -> None:
    """A machine with several moves: the message lists the moves open from that state."""
    machine = states.StateMachine(
        "visit",
        ("open", "finished"),
        {"finish": states.Transition(("open",), "finished", "visit.write")},
    )
    assert machine.allowed_actions("open") == ("finish",)
    assert machine.allowed_actions("finished") == ()
    with database.transaction() as session:
        move = machine.begin(session, clerk, "finish", "open", "JD-1")
    assert (move.source, move.target) == ("open", "finished")


def test_states_every_state_and_action_has_a_word() -> None:
    """A machine whose state has no label cannot even be declared (the window would show a
    code)."""
    with pytest.raises(ValueError, match="no label"):
        states.StateMachine("visit", ("open", "limbo"), {})
    assert ("visit", "finish") in vocabulary.ACTIONS


def test_s2_a_legal_move_still_needs_the_permission(
    database: Database, warehouse_clerk: Actor
) -> None:
    with pytest.raises(PermissionDenied), database.transaction() as session:
        reception.VISIT_STATES.begin(session, warehouse_clerk, "finish", "open", "JD-1")
