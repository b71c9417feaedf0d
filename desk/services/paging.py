"""Sorting, filtering and keyset paging in SQL for the paged lists.

A page starts *after the key of the last row shown*, never at an offset: ``LIMIT … OFFSET …``
shifts by one row whenever another counter inserts a visit above the clerk's place, so the
clerk scrolling on would see a row twice (or never). The key is the sort column plus the id,
so it is unique and a row keeps its place between pages whatever is inserted elsewhere.

Nullable sort columns are ordered by ``column IS NULL`` first, the same way on SQLite and
PostgreSQL (which disagree on where NULL sorts): empty values come last when ascending and
first when descending, and the page condition can say "after" across that boundary.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, and_, false, literal, or_
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from desk.services.errors import QT_TRANSLATE_NOOP, DomainError

PAGE_SIZE = 200

Row = TypeVar("Row")
# The key of a page's last row (every ORDER BY term's value, the id last): where the next
# page starts. Opaque to the window, which only hands it back.
PageKey = tuple[Any, ...]
Expression = ColumnElement[Any] | QueryableAttribute[Any]


@dataclass(frozen=True)
class Sort:
    key: str
    descending: bool = False


@dataclass(frozen=True)
class Page(Generic[Row]):
    rows: list[Row]
    after: PageKey | None  # pass back for the next page; None: this was the last page


@dataclass(frozen=True)
class Term:
    """One ORDER BY term of a keyset."""

    expression: Expression
    descending: bool = False


def sort_terms(
    column: Expression, tie: Expression, descending: bool, nullable: bool
) -> list[Term]:
    """The keyset for "sort by ``column``", ties broken by ``tie`` (the primary key)."""
    terms = [Term(column.is_(None), descending)] if nullable else []
    return [*terms, Term(column, descending), Term(tie, descending)]


# A list's sortable columns: sort key -> (column, may it be NULL).
Sorts = Mapping[str, tuple[Expression, bool]]


def sort_by(sorts: Sorts, tie: Expression, sort: Sort | None, default: Sort) -> list[Term]:
    """The keyset terms of ``sort`` (``default`` when None) among a list's ``sorts``; a key
    the list does not have is refused (the window only offers the ones it has)."""
    sort = sort or default
    if sort.key not in sorts:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "This column cannot be sorted."))
    column, nullable = sorts[sort.key]
    return sort_terms(column, tie, sort.descending, nullable)


def _after(terms: Sequence[Term], key: PageKey) -> ColumnElement[bool]:
    """Rows that come after ``key`` in the order of ``terms`` (lexicographic)."""
    alternatives: list[ColumnElement[bool]] = []
    equal: list[ColumnElement[bool]] = []
    for term, value in zip(terms, key, strict=True):
        column = term.expression
        # A bound value of the column's own type (UTC times, booleans) on both backends.
        bound = literal(value, column.type)
        if value is not None:  # nothing sorts beyond NULL inside its own NULL group
            alternatives.append(and_(*equal, column < bound if term.descending else column > bound))
        equal.append(column.is_(None) if value is None else column == bound)
    condition = or_(*alternatives) if alternatives else false()
    first, value = terms[0].expression, key[0]
    if value is not None:
        # Redundant, but it lets the database start its index range at the key instead of
        # walking every row before it (the OR alone is not an index range for SQLite).
        start = literal(value, first.type)
        condition = and_(first <= start if terms[0].descending else first >= start, condition)
    return condition


def ordered(stmt: Select[Any], terms: Sequence[Term]) -> Select[Any]:
    """``stmt`` in the order of ``terms`` (the list's order, for a page or a whole export)."""
    return stmt.order_by(
        *(t.expression.desc() if t.descending else t.expression.asc() for t in terms)
    )


def keyset_page(
    session: Session,
    stmt: Select[Any],
    terms: Sequence[Term],
    after: PageKey | None,
    limit: int,
    make_row: Callable[..., Row],
) -> Page[Row]:
    """One page of ``stmt`` in the order of ``terms``, starting after ``after``.

    ``make_row`` receives the statement's own columns (the key columns are added here and
    stripped again). One row more than asked is read to know whether another page exists.
    """
    width = len(terms)
    stmt = ordered(stmt.add_columns(*(t.expression for t in terms)), terms)
    if after is not None:
        stmt = stmt.where(_after(terms, after))
    found = list(session.execute(stmt.limit(limit + 1)))
    rows = found[:limit]
    more = len(found) > limit
    return Page(
        [make_row(*r[:-width]) for r in rows],
        tuple(rows[-1][-width:]) if more and rows else None,
    )
