"""A list beside or over its detail: how every tab shares its room between them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QWidget


def splitter(orientation: Qt.Orientation, parts: Sequence[tuple[QWidget, int]], parent: QWidget,
          name: str = "") -> QSplitter:
    """``parts`` side by side (Horizontal) or one over the other (Vertical), sharing the room
    by their stretch; none collapses, so a handle dragged to the edge never hides a list."""
    splitter = QSplitter(orientation, parent)
    if name:
        splitter.setObjectName(name)
    for index, (widget, stretch) in enumerate(parts):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch)
    splitter.setChildrenCollapsible(False)
    return splitter


def detail_text(name: str, parent: QWidget) -> QPlainTextEdit:
    """The picked record in words, read-only (a clerk may select and copy from it)."""
    view = QPlainTextEdit(parent)
    view.setObjectName(name)
    view.setReadOnly(True)
    return view
