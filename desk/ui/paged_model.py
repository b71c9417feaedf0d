"""A table model that pages through SQL (STYLE 4).

The model holds the rows fetched so far and asks its ``fetch(sort_key, descending, after,
limit)`` for the next page when the view scrolls near the end (``canFetchMore`` /
``fetchMore``), on a worker thread; ``count()`` tells how many rows the filter matches in
all. Sorting and filtering happen in SQL: changing either resets the model to the first
page. A list of a million visits therefore opens as fast as a list of ten, and a slow sort
never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, cast

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from desk.ui.operations import start_in_background

Row = TypeVar("Row")
Row_co = TypeVar("Row_co", covariant=True)
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
# How long a query waits for its view's paint before it starts anyway (a view that is shown
# but never repainted: covered, or a zero-sized region).
PAINT_WAIT_MS = 250


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    sort_key: str | None  # None: the column cannot be sorted in SQL
    text: Callable[[Row], str]
    align_right: bool = False


HIGHLIGHT, DIMMED, ALERT = "highlight", "dimmed", "alert"
HIGHLIGHT_BACKGROUND = QColor("#fff4d6")  # open visits, unassigned leads: bold on pale yellow
DIMMED_FOREGROUND = QColor("#9e9e9e")  # deactivated accounts: grey italics
# Overdue records (C8, R1): bold dark red. Never colour alone: the row also says why in words.
ALERT_FOREGROUND = QColor("#b71c1c")


@dataclass(frozen=True)
class _Shown(Generic[Row]):
    """Rows with their cell texts and styles worked out once, not at every repaint."""

    rows: list[Row]
    cells: list[tuple[str, ...]]
    styles: list[str | None]


_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY, _TOOLTIP, _ALIGNMENT = (
    Qt.ItemDataRole.DisplayRole.value,
    Qt.ItemDataRole.ToolTipRole.value,
    Qt.ItemDataRole.TextAlignmentRole.value,
)
_FONT, _BACKGROUND, _FOREGROUND = (
    Qt.ItemDataRole.FontRole.value,
    Qt.ItemDataRole.BackgroundRole.value,
    Qt.ItemDataRole.ForegroundRole.value,
)
_BRUSHES = {
    HIGHLIGHT: QBrush(HIGHLIGHT_BACKGROUND),
    DIMMED: QBrush(DIMMED_FOREGROUND),
    ALERT: QBrush(ALERT_FOREGROUND),
}


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of plain data shown through their columns; ``style(row)`` may say a row stands out
    (HIGHLIGHT), recedes (DIMMED) or needs someone now (ALERT: overdue). Short lists set their
    rows whole (``set_rows``); long ones use :class:`PagedTableModel`.

    Each row's texts are formatted once when it arrives (on the worker thread for a paged
    list): a repaint asks ``data()`` some thousand times, and formatting dates there made a
    repaint of the visit list take 35-80 ms of the GUI thread.
    """

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        style: Callable[[Row], str | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._style = style
        self._rows: list[Row] = []
        self._cells: list[tuple[str, ...]] = []
        self._styles: list[str | None] = []
        self._align = [_ALIGN_RIGHT if c.align_right else None for c in self._columns]
        self._fonts: dict[str, QFont] = {}
        for kind in (HIGHLIGHT, DIMMED, ALERT):
            font = QFont()
            font.setBold(kind in (HIGHLIGHT, ALERT))
            font.setItalic(kind == DIMMED)
            self._fonts[kind] = font

    def _shown(self, rows: Sequence[Row]) -> _Shown[Row]:
        """Format ``rows`` for display; safe off the GUI thread (plain Python, translate)."""
        columns, style = self._columns, self._style
        return _Shown(
            list(rows),
            [tuple(column.text(row) for column in columns) for row in rows],
            [style(row) for row in rows] if style is not None else [None] * len(rows),
        )

    def _replace(self, shown: _Shown[Row]) -> None:
        self.beginResetModel()
        self._rows, self._cells, self._styles = shown.rows, shown.cells, shown.styles
        self.endResetModel()

    def _extend(self, shown: _Shown[Row]) -> None:
        if not shown.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(shown.rows) - 1)
        self._rows.extend(shown.rows)
        self._cells.extend(shown.cells)
        self._styles.extend(shown.styles)
        self.endInsertRows()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self._replace(self._shown(rows))

    def index_where(self, wanted: Callable[[Row], bool]) -> int:
        return next((i for i, row in enumerate(self._rows) if wanted(row)), -1)

    # -- data ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # One role of one cell: tests, tool tips and accessibility ask this way; a repaint
        # asks through multiData below.
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._cells):
            return None
        return self._value(role, self._cells[row][column], self._styles[row], self._align[column])

    def multiData(
        self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData  # noqa: N803
    ) -> None:
        """Every role the delegate wants for one cell, in one call from Qt.

        Qt's item delegate asks eight roles per cell; through ``data()`` that was eight
        Python calls per cell, some 1,400 per repaint of the visit list, each taking the GIL.
        While a worker thread holds the GIL, each of those waits for it: one call per cell
        keeps a repaint short and makes it wait less.
        """
        roles = cast("Iterable[QModelRoleData]", roleDataSpan)  # a sequence; not in its stub
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._cells):
            for wanted in roles:
                wanted.clearData()
            return
        text, style, align = self._cells[row][column], self._styles[row], self._align[column]
        for wanted in roles:
            value = self._value(wanted.role(), text, style, align)
            if value is None:
                wanted.clearData()
            else:
                wanted.setData(value)

    def _value(self, role: int, text: str, style: str | None, align: int | None) -> Any:
        # Called for every role of every visible cell at each repaint: lookups only, the
        # roles compared as plain ints (an enum member's lookup costs more than the cell).
        if role in (_DISPLAY, _TOOLTIP):
            return text
        if role == _ALIGNMENT:
            return align
        if style is None:
            return None
        if role == _FONT:
            return self._fonts[style]
        if role == (_BACKGROUND if style == HIGHLIGHT else _FOREGROUND):
            return _BRUSHES[style]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class _Page(Protocol[Row_co]):
    """What a list service returns (desk.services.paging.Page), without importing it here."""

    @property
    def rows(self) -> Sequence[Row_co]: ...

    @property
    def after(self) -> object | None: ...


# fetch(sort_key, descending, after, limit): one page starting after the key ``after``.
Fetch = Callable[[str, bool, Any, int], _Page[Row]]


class PagedTableModel(RecordTableModel[Row]):
    """A long list paged through SQL on a worker thread (STYLE 5): the GUI thread never
    waits for a query, however slow the sort.

    ``fetch`` and ``count`` run on the thread pool (``start_in_background``): they open their
    own read session and must read only state that is replaced, never mutated, by the GUI
    thread (a tab swaps in a new frozen filter, then calls ``refresh``). A refresh reads the
    first page, shows it, then counts, each in its own read: counting a year of visits takes
    longer than reading its first page, and the clerk waits for the rows; ``reset_done``
    follows with the total. One after the other, not side by side: a second busy worker
    took a core from the GUI thread on a two-core counter PC. One refresh at a time per
    list: a refresh asked for while one runs waits for it, and an answer that a newer
    refresh made stale (another sort, filter or change) is thrown away, so a clerk clicking
    through the column headers gets the last order asked for, not every one in between.
    Pages are keyed (``after`` the last row's sort key and id), so rows another counter logs
    meanwhile never shift the next page. A page that cannot be loaded is announced through
    ``load_failed`` (record_table shows it in the list); the rows already shown stay.

    Once a view paints the list (``paint_in``, which record_table calls), no query of this
    list runs beside that view's paint: the first refresh starts after the view's first paint
    (a tab opening builds and paints its widgets first), and a refresh's count starts after
    the view has painted the new page. A worker converting rows or counting beside a paint
    made the GUI thread wait for the GIL at each call into Python, or for the other core.
    A hidden view does not hold anything back; a visible one that paints nothing within
    ``PAINT_WAIT_MS`` neither.
    """

    # Emitted once per refresh, when its rows are shown and its total is known, with the
    # total, so a label can say "123 visits".
    reset_done = Signal(int)
    # A page or the count could not be loaded: the exception (DeskError or a bug).
    load_failed = Signal(object)
    # Every answer from the worker has been applied and nothing else is asked: idle again.
    settled = Signal()

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        fetch: Fetch[Row],
        count: Callable[[], int],
        default_sort: tuple[str, bool],
        highlight: Callable[[Row], bool] | None = None,
        page_size: int = PAGE_SIZE,
        style: Callable[[Row], str | None] | None = None,
    ) -> None:
        """``highlight`` marks rows HIGHLIGHT; ``style`` (instead) names any row style."""
        super().__init__(
            columns,
            style or ((lambda row: HIGHLIGHT if highlight(row) else None) if highlight else None),
        )
        self._fetch = fetch
        self._count = count
        self._sort_key, self._descending = default_sort
        self._page_size = page_size
        self._total = 0
        self._after: object | None = None
        self._exhausted = True
        self._generation = 0  # bumped by each refresh: older answers are stale
        self._running = 0  # queries of this list on the thread pool
        self._refresh_wanted = False
        # What the current refresh has brought so far: its rows applied, its count, whether
        # it failed already (one failure per refresh is told, not one per query).
        self._rows_applied = False
        self._counted: int | None = None
        self._failed = False
        # The view this list is painted in, and what waits for its next paint: the first
        # refresh (until the view has painted once), a refresh's count (generation, count).
        self._view: QWidget | None = None
        self._view_painted = False
        self._first_waiting = False
        self._count_waiting: tuple[int, Callable[[], int]] | None = None

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        """A query is running or waiting to run (tests and the benchmark wait on this)."""
        return self._running > 0 or self._refresh_wanted or self._count_waiting is not None

    @property
    def rows_pending(self) -> bool:
        """The current refresh's first page has not been shown yet (the benchmark's clock
        stops when it has: the rows are what the clerk waits for, the count comes beside)."""
        return self._refresh_wanted or (self._running > 0 and not self._rows_applied)

    # -- paging -------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore():
            return
        fetch, key, descending = self._fetch, self._sort_key, self._descending
        after, size = self._after, self._page_size

        def next_page() -> tuple[_Page[Row], _Shown[Row]]:
            page = fetch(key, descending, after, size)
            return page, self._shown(page.rows)

        self._start(next_page, self._append)

    def refresh(self) -> None:
        """Back to the first page under the current filter and sort. Returns at once; the
        rows shown stay until the new ones arrive (no flicker), then ``reset_done``."""
        self._generation += 1
        self._refresh_wanted = True
        self._count_waiting = None  # a count still waiting for a paint is stale now
        if self._view is not None and not self._view_painted:
            self._wait_for_first_paint()
            return
        self._next()

    # -- no query beside the view's paint --------------------------------------------------
    def paint_in(self, viewport: QWidget) -> None:
        """Queries wait for ``viewport``'s paint (see the class); it must call
        :meth:`view_painted` at each paint event."""
        self._view = viewport

    def view_painted(self) -> None:
        """The view is painting: what waits for it starts once this paint has finished."""
        self._view_painted = True
        if self._first_waiting or self._count_waiting is not None:
            QTimer.singleShot(0, self, self._after_paint)  # a zero timer queued from the paint

    def _view_shown(self) -> bool:
        view = self._view
        return view is not None and shiboken6.isValid(view) and view.isVisible()

    def _wait_for_first_paint(self) -> None:
        if self._first_waiting:
            return
        self._first_waiting = True
        # The view is shown in the same turn of the event loop that made it, or it stays
        # hidden (a tab behind another): look once the turn is over.
        QTimer.singleShot(0, self, self._start_unless_shown)
        QTimer.singleShot(PAINT_WAIT_MS, self, self._no_first_paint)

    def _start_unless_shown(self) -> None:
        if self._first_waiting and not self._view_shown():
            self._after_paint()

    def _no_first_paint(self) -> None:
        if self._first_waiting:
            self._after_paint()

    def _after_paint(self) -> None:
        if self._first_waiting:
            self._first_waiting = False
            self._next()
        if self._count_waiting is not None:
            generation, count = self._count_waiting
            self._count_waiting = None
            if generation == self._generation:
                self._start(count, self._count_arrived)

    def _count_after_paint(self, count: Callable[[], int]) -> None:
        if not self._view_shown():
            self._start(count, self._count_arrived)
            return
        generation = self._generation
        self._count_waiting = (generation, count)

        def no_paint_came() -> None:
            if self._count_waiting is not None and self._count_waiting[0] == generation:
                self._after_paint()

        QTimer.singleShot(PAINT_WAIT_MS, self, no_paint_came)

    def _next(self) -> None:
        if self._running or not self._refresh_wanted or self._first_waiting:
            return
        self._refresh_wanted = False
        self._rows_applied, self._counted, self._failed = False, None, False
        fetch, count, key, descending = self._fetch, self._count, self._sort_key, self._descending
        size = self._page_size

        def first_page() -> tuple[_Page[Row], _Shown[Row]]:
            page = fetch(key, descending, None, size)
            return page, self._shown(page.rows)

        def rows_then_count(result: tuple[_Page[Row], _Shown[Row]]) -> None:
            self._reset(result)
            self._count_after_paint(count)

        self._start(first_page, rows_then_count)

    def _start(self, work: Callable[[], Any], apply: Callable[[Any], None]) -> None:
        generation = self._generation
        self._running += 1

        def answered(result: Any, failure: BaseException | None) -> None:
            if not shiboken6.isValid(self):
                return  # the list was closed while its query ran
            self._running -= 1
            if generation == self._generation and not self._refresh_wanted:
                if failure is None:
                    apply(result)
                elif not self._failed:
                    self._failed = True
                    self._exhausted = True  # no retry loop from the view: the next refresh
                    self.load_failed.emit(failure)
            self._next()
            if not self.loading:
                self.settled.emit()

        start_in_background(
            lambda _progress: work(),
            lambda result: answered(result, None),
            lambda failure: answered(None, failure),
        )

    def _reset(self, result: tuple[_Page[Row], _Shown[Row]]) -> None:
        page, shown = result
        self._after = page.after
        self._exhausted = page.after is None or self._failed
        self._replace(shown)
        self._rows_applied = True
        self._announce()

    def _count_arrived(self, total: int) -> None:
        self._counted = total
        self._announce()

    def _announce(self) -> None:
        if self._rows_applied and self._counted is not None:
            self._total = self._counted
            self.reset_done.emit(self._total)

    def _append(self, result: tuple[_Page[Row], _Shown[Row]]) -> None:
        page, shown = result
        self._after = page.after
        self._exhausted = page.after is None
        self._extend(shown)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._sort_key, self._descending):
            return  # enabling sorting on the view re-announces the current order: no query
        self._sort_key = key
        self._descending = descending
        self.refresh()

    def sort_state(self) -> tuple[str, bool]:
        return self._sort_key, self._descending

    def sort_column(self) -> int:
        for i, column in enumerate(self._columns):
            if column.sort_key == self._sort_key:
                return i
        return -1
