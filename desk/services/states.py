"""States and their transitions as data (C6, P2, I4, W3 and the visits of R2).

Every record with states declares one :class:`StateMachine`: which action leads from which
states to which state, and the permission it needs, in the style of the permission table. A
service asks the machine before it changes anything (:meth:`StateMachine.begin`): an illegal
action is refused with a message that names the state and what is possible from it; a legal
one is authorised, and after the service has applied its effects, :meth:`Move.record` writes
the one audit row every transition gets (who, when, from, to, the note).

Complaints, parcels, invoices and deliveries add their machines next to their services; only
the tables differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desk.services import audit
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, Term
from desk.services.permissions import Actor, authorize
from desk.services.vocabulary import ACTIONS, LABELS, STATES


class IllegalTransition(DomainError):
    """The action is not possible from the record's current state (nothing was changed)."""


@dataclass(frozen=True)
class Transition:
    sources: tuple[str, ...]
    target: str | None  # None: a step that keeps the state (a plan approved "in progress")
    permission: str


@dataclass(frozen=True)
class Move:
    """A checked, authorised transition, waiting for its effects to be applied and recorded."""

    kind: str
    action: str
    source: str
    target: str
    actor: Actor

    def apply(self, session: Session, row: Any, note: str, changes: Mapping[str, Any]) -> None:
        """Set ``changes`` on ``row`` (a record with ``id``, ``state`` and a version column),
        move it to the target state and write the transition's audit row with the fields
        before and after. A step that keeps the state still bumps the row's version, so a
        colleague's stale edit of the same record is refused (S5)."""
        fields = tuple(changes)
        before = audit.snapshot(row, fields)
        for name, value in changes.items():
            setattr(row, name, value)
        row.state = self.target
        flag_modified(row, "state")
        session.flush()
        self.record(session, row.id, note, before, audit.snapshot(row, fields))

    def record(
        self,
        session: Session,
        record_id: int,
        note: str = "",
        before: Mapping[str, Any] | None = None,
        after: Mapping[str, Any] | None = None,
    ) -> None:
        """The transition's audit row: ``<kind>.<action>``, the states and the note, beside
        whatever fields the action changed."""
        audit.record(
            session,
            self.actor.id,
            f"{self.kind}.{self.action}",
            self.kind,
            record_id,
            {"state": self.source, **(before or {})},
            {"state": self.target, **(after or {}), **({"note": note} if note else {})},
        )


@dataclass(frozen=True)
class StateMachine:
    kind: str
    states: tuple[str, ...]
    transitions: Mapping[str, Transition]

    def __post_init__(self) -> None:
        for action, move in self.transitions.items():
            unknown = {*move.sources, move.target or move.sources[0]} - set(self.states)
            if unknown:
                raise ValueError(f"{self.kind}.{action}: unknown states {sorted(unknown)}")
            if (self.kind, action) not in ACTIONS:
                raise ValueError(f"{self.kind}.{action} has no label in vocabulary.ACTIONS")
        for state in self.states:
            if (self.kind, state) not in STATES:
                raise ValueError(f"{self.kind}/{state} has no label in vocabulary.STATES")

    def allowed_actions(self, state: str) -> tuple[str, ...]:
        return tuple(a for a, t in self.transitions.items() if state in t.sources)

    def begin(
        self, session: Session, actor: Actor, action: str, state: str, number: str = ""
    ) -> Move:
        """Check that ``action`` may happen now and that ``actor`` may do it."""
        transition = self.transitions[action]
        if state not in transition.sources:
            possible = tuple(Term(LABELS, ACTIONS[(self.kind, a)])
                             for a in self.allowed_actions(state))
            params = dict(
                number=number,
                state=Term(LABELS, STATES[(self.kind, state)]),
                action=Term(LABELS, ACTIONS[(self.kind, action)]),
                allowed=possible,
            )
            if possible:
                raise IllegalTransition(
                    QT_TRANSLATE_NOOP(
                        "DeskMessages",
                        "{number} is {state}: it cannot {action} now. Possible now: {allowed}.",
                    ),
                    "state",
                    **params,
                )
            raise IllegalTransition(
                QT_TRANSLATE_NOOP(
                    "DeskMessages",
                    "{number} is {state}: it cannot {action} now, nor change state any more.",
                ),
                "state",
                **params,
            )
        authorize(session, actor, transition.permission)
        return Move(self.kind, action, state, transition.target or state, actor)
