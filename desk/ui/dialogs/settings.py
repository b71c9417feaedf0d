"""The administrator's settings for the whole store: its name, the idle lock (K2) and
the storage limit of deposits (P4)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from desk.services.permissions import Actor
from desk.ui.dialogs.change_password import AccountForm
from desk.ui.store import Store

if TYPE_CHECKING:
    from desk.services.settings import DeskSettings


class SettingsDialog(AccountForm):
    """Shows the stored settings; OK saves what changed (audited). ``saved`` is then set."""

    def __init__(
        self, store: Store, actor: Actor, loaded: DeskSettings, parent: QWidget | None = None
    ) -> None:
        from desk.services.settings import (
            IDLE_LOCK_MAX,
            IDLE_LOCK_MIN,
            STORAGE_DAYS_MAX,
            STORAGE_DAYS_MIN,
            STORE_NAME_MAX,
        )

        super().__init__(store, parent)
        self._actor = actor
        self._loaded = loaded
        self.saved: DeskSettings | None = None
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Desk settings"))
        self._add_intro(self.tr("These settings apply to every counter of the store."))
        self.store_name = QLineEdit(loaded.store_name, self)
        self.store_name.setObjectName("storeName")
        self.store_name.setMaxLength(STORE_NAME_MAX)
        self._add_field("store_name", self.tr("Store name:"), self.store_name)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idleLockMinutes")
        self.idle_minutes.setRange(IDLE_LOCK_MIN, IDLE_LOCK_MAX)
        self.idle_minutes.setValue(loaded.idle_lock_minutes)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setToolTip(self.tr(
            "A counter with no keyboard or mouse input for this long locks and asks for the "
            "password again."))
        self._add_field("idle_lock_minutes", self.tr("Lock after idle:"), self.idle_minutes)
        self.storage_days = QSpinBox(self)
        self.storage_days.setObjectName("parcelStorageDays")
        self.storage_days.setRange(STORAGE_DAYS_MIN, STORAGE_DAYS_MAX)
        self.storage_days.setValue(loaded.parcel_storage_days)
        self.storage_days.setSuffix(self.tr(" days"))
        self.storage_days.setToolTip(self.tr(
            "Deposits still held after this many days are listed as past the storage limit; "
            "the ticket prints it."))
        self._add_field("parcel_storage_days", self.tr("Storage limit:"), self.storage_days)
        self._finish()

    def _submit(self) -> None:
        saved = self._run(self._save)
        if saved is not None:
            self.saved = saved
            self.accept()

    def _save(self, session: Any) -> DeskSettings:
        from desk.services import settings

        wanted = replace(
            self._loaded,
            store_name=self.store_name.text(),
            idle_lock_minutes=self.idle_minutes.value(),
            parcel_storage_days=self.storage_days.value(),
        )
        return settings.save_settings(session, self._actor, wanted)
