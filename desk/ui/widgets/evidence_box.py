"""The files kept with a record (C3 evidence): attach one, save a copy, void one added by
mistake. Files live in the database (desk.services.attachments); a copy taken out is audited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import attachments
from desk.services.attachments import AttachmentRow
from desk.services.jobs import output_file
from desk.services.permissions import Actor, allowed
from desk.ui import labels
from desk.ui.actions import Refused, run_action, show_environment_problem
from desk.ui.forms import FieldErrors
from desk.ui.labels import translate
from desk.ui.paged_model import DIMMED, Column, RecordTableModel
from desk.ui.store import Store
from desk.ui.widgets.record_table import record_table

FILTER = (
    "*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp *.heic *.pdf *.doc *.docx *.xls "
    "*.xlsx *.odt *.ods *.rtf *.mp3 *.m4a *.wav *.amr *.aac *.ogg"
)


def save_attachment_copy(
    parent: QWidget, store: Store, actor: Actor, attachment_id: int, file_name: str,
    refused: Refused, path: str | None = None,
) -> Path | None:
    """A copy of a file kept with a record, where the person chooses (``path``, else asked,
    offering ``file_name`` in the Documents folder): the one way a kept file leaves the
    archive, from the evidence box and from a callback's paper scan alike.
    ``attachments.attachment_file`` checks that the person may read the record and audits the
    copy (K2); the audit row commits only if the file was written (one transaction)."""
    if not path:
        # In the Documents folder, like every file the desk saves, not wherever the program
        # happened to be started.
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            parent, translate("Evidence", "Save a copy"), f"{folder}/{file_name}"
        )
    if not path:
        return None
    target = Path(path)

    def copy(session: Any) -> Path:
        found = attachments.attachment_file(session, actor, attachment_id)
        with output_file(target) as temp:
            temp.write_bytes(found.content)
        return target

    return run_action(parent, store, copy, refused)


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class EvidenceBox(QWidget):
    """Shows and changes the files of one record; ``changed`` after an attach or a void (the
    store announces it too; the owner reloads the record)."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        actor: Actor,
        entity: str,
        write_permission: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceBox")
        self._store = store
        self._actor = actor
        self._entity = entity
        self._record_id: int | None = None
        self.model: RecordTableModel[AttachmentRow] = RecordTableModel(
            [
                Column(translate("Evidence", "File"), None, lambda f: f.file_name),
                Column(
                    translate("Evidence", "Size"),
                    None,
                    lambda f: _size(f.size),
                    align_right=True,
                ),
                Column(
                    translate("Evidence", "Added"),
                    None,
                    lambda f: f"{labels.local_time(f.added_at)} {f.added_by}",
                ),
                Column(
                    translate("Evidence", "Note"),
                    None,
                    lambda f: translate("Evidence", "(voided)") if f.voided else f.note,
                ),
            ],
            style=lambda f: DIMMED if f.voided else None,
        )
        self.table = record_table("evidenceTable", self.model, self)
        self.table.horizontalHeader().setStretchLastSection(True)
        # On its own page of the complaint: the list takes the height it is given.
        self.attach_button = QPushButton(translate("Evidence", "Attach file…"), self)
        self.attach_button.setObjectName("attachButton")
        self.save_button = QPushButton(translate("Evidence", "Save a copy…"), self)
        self.save_button.setObjectName("saveCopyButton")
        self.void_button = QPushButton(translate("Evidence", "Void file…"), self)
        self.void_button.setObjectName("voidFileButton")
        may_write = allowed(actor, write_permission)
        self.attach_button.setVisible(may_write)
        self.void_button.setVisible(may_write)
        general = QLabel(self)
        self.errors = FieldErrors(general)
        title = QLabel(translate("Evidence", "<b>Evidence and files</b>"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(title, 1)
        for button in (self.attach_button, self.save_button, self.void_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(general)
        self.attach_button.clicked.connect(self.attach)
        self.save_button.clicked.connect(self.save_copy)
        self.void_button.clicked.connect(self.void)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_files(None, [])

    def show_files(self, record_id: int | None, files: list[AttachmentRow]) -> None:
        self._record_id = record_id
        self.errors.clear()
        self.model.set_rows(files)
        self.setEnabled(record_id is not None)
        self._update_buttons()

    def _selected(self) -> AttachmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.save_button.setEnabled(chosen is not None)
        self.void_button.setEnabled(chosen is not None and not chosen.voided)

    def attach(self, path: str | None = None) -> AttachmentRow | None:
        record_id = self._record_id
        if record_id is None:
            return None
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                translate("Evidence", "Attach a photo, scan, document or recording"),
                "",
                translate("Evidence", "Evidence ({patterns});;All files (*)").format(
                    patterns=FILTER
                ),
            )
        if not path:
            return None
        try:
            content = Path(path).read_bytes()
        except OSError as exc:
            show_environment_problem(self, exc)
            return None

        def add(session: Any) -> AttachmentRow:
            return attachments.attach_file(
                session, self._actor, self._entity, record_id, path, content
            )

        added = run_action(self, self._store, add, self.errors)
        if added is not None:
            self.changed.emit()
        return added

    def save_copy(self, path: str | None = None) -> Path | None:
        chosen = self._selected()
        if chosen is None:
            return None
        return save_attachment_copy(self, self._store, self._actor, chosen.id,
                                    chosen.file_name, self.errors, path)

    def void(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            translate("Evidence", "Void file"),
            translate("Evidence", "Why is {name} voided? (It stays on record.)").format(
                name=chosen.file_name
            ),
        )
        if not ok:
            return
        voided = run_action(
            self,
            self._store,
            lambda s: attachments.void_attachment(s, self._actor, chosen.id, reason),
            self.errors,
        )
        if voided is not None:
            self.changed.emit()
