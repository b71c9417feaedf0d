"""A table model that pages through SQL (STYLE 4).

The model holds the rows fetched so far and asks its ``fetch(offset, limit, sort_key,
descending)`` for the next page when the view scrolls near the end (``canFetchMore`` /
``fetchMore``); ``count()`` tells how many rows the filter matches in all. Sorting and
filtering happen in SQL: changing either resets the model to the first page. A list of a
million visits therefore opens as fast as a list of ten.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    sort_key: str | None  # None: the column cannot be sorted in SQL
    text: Callable[[Row], str]
    align_right: bool = False


HIGHLIGHT, DIMMED = "highlight", "dimmed"
HIGHLIGHT_BACKGROUND = QColor("#fff4d6")  # open visits, unassigned leads: bold on pale yellow
DIMMED_FOREGROUND = QColor("#9e9e9e")  # deactivated accounts: grey italics


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of plain data shown through their columns; ``style(row)`` may say a row stands out
    (HIGHLIGHT) or recedes (DIMMED). Short lists set their rows whole (``set_rows``); long ones
    use :class:`PagedTableModel`."""

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

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def index_where(self, wanted: Callable[[Row], bool]) -> int:
        return next((i for i, row in enumerate(self._rows) if wanted(row)), -1)

    # -- data ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        style = self._style(row) if self._style is not None else None
        if style == HIGHLIGHT and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(HIGHLIGHT_BACKGROUND)
        if style == DIMMED and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(DIMMED_FOREGROUND)
        if style is not None and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(style == HIGHLIGHT)
            font.setItalic(style == DIMMED)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class PagedTableModel(RecordTableModel[Row]):
    # Emitted after each reset with the total count, so a label can say "123 visits".
    reset_done = Signal(int)

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        fetch: Callable[[int, int, str, bool], list[Row]],
        count: Callable[[], int],
        default_sort: tuple[str, bool],
        highlight: Callable[[Row], bool] | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(
            columns, (lambda row: HIGHLIGHT if highlight(row) else None) if highlight else None
        )
        self._fetch = fetch
        self._count = count
        self._sort_key, self._descending = default_sort
        self._page_size = page_size
        self._total = 0
        self._exhausted = True

    @property
    def total(self) -> int:
        return self._total

    # -- paging -------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch(len(self._rows), self._page_size, self._sort_key, self._descending)
        self._exhausted = len(page) < self._page_size
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def refresh(self) -> None:
        """Back to the first page under the current filter and sort."""
        self.beginResetModel()
        self._rows = []
        self._total = self._count()
        self._exhausted = self._total == 0
        self.endResetModel()
        if not self._exhausted:
            self.fetchMore()
        self.reset_done.emit(self._total)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._sort_key, self._descending):
            return  # enabling sorting on the view re-announces the current order: no query
        self._sort_key = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def sort_state(self) -> tuple[str, bool]:
        return self._sort_key, self._descending

    def sort_column(self) -> int:
        for i, column in enumerate(self._columns):
            if column.sort_key == self._sort_key:
                return i
        return -1
