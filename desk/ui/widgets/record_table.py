"""The desk's read-only record list: whole rows selected, one at a time, never edited in place.

A paged list's load problems are shown here, once for every tab: a line over the list says
why it could not be loaded (the database unreachable, a refused permission) and goes away
when the next load succeeds; a bug also gets its crash report, a damaged database its calm
dialog (once). Rows already shown stay.

The same filter on the table's viewport tells the paged model of each paint, so that no query
of the list runs beside one (``PagedTableModel.paint_in``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from desk.services.errors import DatabaseDamaged, DeskError
from desk.ui.actions import handle_read_failure
from desk.ui.errors import message_of
from desk.ui.paged_model import PagedTableModel


class _LoadProblem(QLabel):
    """A red line across the top of the list while its last load failed; it also passes the
    viewport's paints on to the model."""

    def __init__(self, table: QTableView, model: PagedTableModel[object]) -> None:
        super().__init__(table.viewport())
        self.setObjectName("listProblem")
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setMargin(6)
        self.setStyleSheet("color: #c62828; background: #fdecea;")
        self.hide()
        self._table = table
        model.load_failed.connect(self._failed)
        # Bound methods, not lambdas: Qt drops the connection when this label is deleted, so a
        # page that answers after its list was closed does not reach a deleted widget.
        model.reset_done.connect(self._reloaded)
        model.rowsInserted.connect(self.hide)
        self._model = model
        model.paint_in(table.viewport())  # its queries wait for the viewport's paints
        table.viewport().installEventFilter(self)

    def _reloaded(self, _total: int) -> None:
        self.hide()

    def _failed(self, failure: BaseException) -> None:
        if isinstance(failure, DeskError):
            reason = message_of(failure)
        else:
            reason = QCoreApplication.translate(
                "RecordTable", "an unexpected error; a report was written for the administrator"
            )
        self.setText(
            QCoreApplication.translate("RecordTable", "The list could not be loaded: {reason}")
            .format(reason=reason)
        )
        self._place()
        self.show()
        self.raise_()
        if isinstance(failure, DatabaseDamaged) or not isinstance(failure, DeskError):
            # A damaged file is not one list's trouble but the archive's: said once in the
            # window, calmly, with what to do (restore a backup); the line stays on each list.
            # A bug gets its report.
            handle_read_failure(self._table, failure)

    def _place(self) -> None:
        width = self._table.viewport().width()
        self.setGeometry(0, 0, width, self.heightForWidth(width))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint:
            self._model.view_painted()
        elif kind == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


class _RowOnFocus(QObject):
    """A list the keyboard enters (Tab, a mnemonic) shows which row the arrows move from:
    the current row selected, or the first made current. Qt gives the focus to a list with
    nothing highlighted, and the clerk's first Down then jumped to the second row."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTableView):
            model = watched.model()
            selection = watched.selectionModel()
            if model is not None and selection is not None and model.rowCount() \
                    and not selection.hasSelection():
                current = watched.currentIndex()
                row = current.row() if current.isValid() else 0
                watched.setCurrentIndex(model.index(row, max(current.column(), 0)))
                watched.selectRow(row)
        return False


def record_table(
    object_name: str, model: QAbstractItemModel | None = None, parent: QWidget | None = None
) -> QTableView:
    table = QTableView(parent)
    table.installEventFilter(_RowOnFocus(table))
    table.setObjectName(object_name)
    if model is not None:
        table.setModel(model)
    if isinstance(model, PagedTableModel):
        _LoadProblem(table, model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table


def size_columns(table: QTableView, samples: Sequence[str], padding_chars: int = 3,
                 metrics: QFontMetrics | None = None) -> None:
    """Each column as wide as its usual text (``samples``, in column order; "" leaves a column
    alone) or its title, whichever is wider, plus some room: set once, so columns do not jump
    as pages arrive. ``metrics`` measures the cells' font when it is not the table's."""
    header = table.horizontalHeader()
    cell = metrics or QFontMetrics(table.font())
    head = header.fontMetrics()
    model = table.model()
    for column, sample in enumerate(samples):
        if sample:
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cell.horizontalAdvance(sample), head.horizontalAdvance(title))
            header.resizeSection(column, width + padding_chars * cell.averageCharWidth())
