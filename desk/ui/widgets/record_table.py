"""The desk's read-only record list: whole rows selected, one at a time, never edited in place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def record_table(
    object_name: str, model: QAbstractItemModel | None = None, parent: QWidget | None = None
) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(object_name)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table
