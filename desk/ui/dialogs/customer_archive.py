"""客户服务档案: one customer's details and everything they touched, newest first (K3)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.services import archive, customers
from desk.services.audit import AuditRow
from desk.services.customers import CustomerDetail, HistoryItem
from desk.services.errors import DeskError
from desk.services.permissions import Actor
from desk.services.validation import format_phone
from desk.ui import labels
from desk.ui.actions import run_action
from desk.ui.dialogs.customer_edit import CustomerDialog
from desk.ui.errors import show_error
from desk.ui.store import Store


def _read_only_table(headers: list[str], widths: tuple[int, ...]) -> QTableWidget:
    # A handful of rows already in memory (one customer's archive): a plain table widget
    # is the right tool here; long lists use PagedTableModel.
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class CustomerArchiveDialog(QDialog):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        customer_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._customer_id = customer_id
        self.customer: CustomerDetail | None = None
        self.setObjectName("customerArchive")
        self.resize(860, 560)

        self.details = QFormLayout()
        self.name = QLabel()
        self.name.setObjectName("archiveName")
        self.phone = QLabel()
        self.phone.setObjectName("archivePhone")
        self.member_no = QLabel()
        self.company = QLabel()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.updated = QLabel()
        self.updated.setStyleSheet("color: #666;")
        self.details.addRow(self.tr("Name"), self.name)
        self.details.addRow(self.tr("Phone"), self.phone)
        self.details.addRow(self.tr("Member no."), self.member_no)
        self.details.addRow(self.tr("Company"), self.company)
        self.details.addRow(self.tr("Notes"), self.notes)
        self.details.addRow("", self.updated)
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.edit_button.setObjectName("editCustomerButton")
        self.reveal_button = QPushButton(self.tr("Show full phone"))
        self.reveal_button.setObjectName("revealPhoneButton")

        self.history = _read_only_table(
            [self.tr("When"), self.tr("Record"), self.tr("No."), self.tr("Type"),
             self.tr("State"), self.tr("Summary")],
            (130, 80, 140, 110, 70),
        )
        self.history.setObjectName("archiveHistory")
        self.changes = _read_only_table(
            [self.tr("When"), self.tr("By"), self.tr("Change"), self.tr("Before"),
             self.tr("After")],
            (130, 70, 110, 220),
        )
        self.changes.setObjectName("archiveChanges")
        pages = QTabWidget()
        pages.addTab(self.history, self.tr("Service history"))
        pages.addTab(self.changes, self.tr("Changes to details"))

        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.reveal_button)
        buttons_row.addWidget(self.edit_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.details)
        layout.addLayout(buttons_row)
        layout.addWidget(pages, 1)
        layout.addWidget(close)
        self._connect_signals()
        self.load()

    def _connect_signals(self) -> None:
        self.edit_button.clicked.connect(self.edit)
        self.reveal_button.clicked.connect(self.reveal)

    def load(self) -> None:
        """Raises DeskError when the customer cannot be read (the caller shows it)."""
        with self._store.read() as session:
            customer = customers.get_customer(session, self._actor, self._customer_id)
            history = archive.customer_history(session, self._actor, self._customer_id)
            changes = customers.change_history(session, self._actor, self._customer_id)
        self.customer = customer
        self.setWindowTitle(self.tr("Customer archive: {name}").format(name=customer.name))
        self.name.setText(customer.name)
        self.phone.setText(customer.masked_phone)
        self.reveal_button.setEnabled(customer.has_phone)
        self.member_no.setText(customer.member_no)
        self.company.setText(customer.company)
        self.notes.setText(customer.notes)
        self.updated.setText(
            self.tr("Last changed {when} by {who}").format(
                when=labels.local_time(customer.updated_at), who=customer.updated_by)
        )
        _fill(self.history, [self._history_row(item) for item in history])
        _fill(self.changes, [self._change_row(row) for row in changes])

    def _history_row(self, item: HistoryItem) -> list[str]:
        category = labels.history_category(item.kind, item.category)
        return [
            labels.local_time(item.at), labels.history_kind(item.kind), item.number, category,
            labels.state(item.kind, item.state), item.summary,
        ]

    def _change_row(self, row: AuditRow) -> list[str]:
        names = {
            "name": self.tr("Name"), "phone": self.tr("Phone"),
            "member_no": self.tr("Member no."), "company": self.tr("Company"),
            "notes": self.tr("Notes"),
        }

        def flat(values: dict[str, object] | None) -> str:
            return "  ".join(
                self.tr("{field}: {value}").format(field=names.get(k, k), value=v)
                for k, v in (values or {}).items()
            )

        action = {
            "customer.create": self.tr("Created"),
            "customer.update": self.tr("Details changed"),
            "customer.reveal_phone": self.tr("Full phone shown"),
        }.get(row.action, row.action)
        return [labels.local_time(row.at), row.staff_name, action, flat(row.before),
                flat(row.after)]

    def edit(self) -> None:
        if self.customer is None:
            return
        dialog = CustomerDialog(self._store, self._actor, self, existing=self.customer)
        if dialog.exec():  # the store announces the change to the lists itself
            self._reload()

    def _reload(self) -> None:
        try:
            self.load()
        except DeskError as error:
            show_error(self, error)

    def reveal(self) -> None:
        digits = run_action(
            self, self._store,
            lambda session: customers.reveal_phone(session, self._actor, self._customer_id),
            lambda error: show_error(self, error),
        )
        if digits is None:
            return
        self.phone.setText(format_phone(digits))
        self.reveal_button.setEnabled(False)
        self._reload_changes_only()

    def _reload_changes_only(self) -> None:
        try:
            with self._store.read() as session:
                changes = customers.change_history(session, self._actor, self._customer_id)
        except DeskError as error:
            show_error(self, error)
            return
        _fill(self.changes, [self._change_row(row) for row in changes])
