"""The invoices tab (开具发票, I1-I4): the requests, newest first (a state to show, a search by
request or invoice number, receipt, taxpayer id or part of the title), the picked request in
full, and its next steps: the invoice issued (the tax platform's number and date), delivered,
voided or credited with a reason; the request printed for the customer; the issued invoices
of a range exported for finance.

Keys: F4 or Ctrl+N a new request, F6 issued, F7 delivered, Ctrl+P print, Ctrl+E export,
Ctrl+F the search; typing or scanning anywhere in the tab searches.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import customers, invoice_papers, invoices, money, vocabulary
from desk.services.invoices import InvoiceDetail, InvoiceFilter, InvoiceRow
from desk.services.jobs import JobControl
from desk.services.paging import Page, PageKey
from desk.services.permissions import Actor, allowed
from desk.ui import labels
from desk.ui.actions import handle_failure
from desk.ui.dialogs.new_invoice import NewInvoiceDialog
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents, LoadWhenShown
from desk.ui.forms import DateBox, whole_hint
from desk.ui.labels import translate
from desk.ui.operations import LatestLoad, run_job
from desk.ui.paged_model import Column, PagedTableModel
from desk.ui.printing import preview_document
from desk.ui.scanner import ScanToSearch
from desk.ui.store import Store
from desk.ui.widgets.invoice_steps import invoice_step
from desk.ui.widgets.record_table import record_table, size_columns
from desk.ui.widgets.splits import detail_text, splitter

TABLES = ("invoice_requests", "invoice_receipts")
CONTEXT = "InvoicesTab"
# The steps the buttons offer, in the order a request takes them.
STEPS = ("issue", "deliver", "void", "credit")


def _type(code: str) -> str:
    return vocabulary.word(vocabulary.INVOICE_TYPES, code, translate)


def invoice_columns() -> list[Column[InvoiceRow]]:
    return [
        Column(QCoreApplication.translate("InvoicesTab", "No."), None, lambda r: r.number),
        Column(
            QCoreApplication.translate("InvoicesTab", "Requested"),
            None,
            lambda r: labels.local_time(r.created_at),
        ),
        Column(QCoreApplication.translate("InvoicesTab", "Invoice title"), None, lambda r: r.title),
        Column(
            QCoreApplication.translate("InvoicesTab", "Type"), None, lambda r: _type(r.invoice_type)
        ),
        Column(
            QCoreApplication.translate("InvoicesTab", "Total"),
            None,
            lambda r: money.format_amount(r.total),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("InvoicesTab", "State"),
            None,
            lambda r: labels.state("invoice", r.state),
        ),
        Column(
            QCoreApplication.translate("InvoicesTab", "Invoice no."),
            None,
            lambda r: r.invoice_number,
        ),
    ]


_SAMPLES = (
    "KP-2026-000123",
    "2026-12-06 10:30",
    "北京示例科技有限公司海淀",
    "Electronic special VAT invoice",
    "¥12,345.00",
    "Credited (red-letter)",
    "26112000000012345678",
)


def describe(d: InvoiceDetail) -> str:
    """The picked request in full, as the detail box shows it."""
    lines = [
        QCoreApplication.translate(
            "InvoicesTab", "{number} · {state} · requested {when} by {who}"
        ).format(
            number=d.row.number,
            state=labels.state("invoice", d.row.state),
            when=labels.local_time(d.row.created_at),
            who=d.created_by,
        )
    ]
    lines.append(
        QCoreApplication.translate("InvoicesTab", "{kind}: {title}").format(
            kind=vocabulary.word(vocabulary.BUYER_KINDS, d.row.buyer_kind, translate),
            title=d.row.title,
        )
        + (f" · {d.taxpayer_id}" if d.taxpayer_id else "")
    )
    lines.append(_type(d.row.invoice_type) + (f" · {d.email}" if d.email else ""))
    if d.customer_name:
        lines.append(
            QCoreApplication.translate("InvoicesTab", "Customer: {name}").format(
                name=d.customer_name
            )
        )
    for extra in (d.address_phone, d.bank_account):
        if extra:
            lines.append(f"  {extra}")
    for i, x in enumerate(d.lines, 1):
        what = " ".join(part for part in (x.item, x.spec) if part)
        quantity = " ".join(part for part in (f"{x.quantity:f}", x.unit) if part)
        lines.append(
            f"  {i}. {what}  {quantity} × "
            f"{money.format_amount(x.unit_price)} = {money.format_amount(x.total)}"
            f"  ({x.rate} %: {money.format_amount(x.amount)} + "
            f"{money.format_amount(x.tax)})"
        )
    lines.append(
        QCoreApplication.translate(
            "InvoicesTab", "Amount {amount} + tax {tax} = total {total} ({words})"
        ).format(
            amount=money.format_amount(d.amount),
            tax=money.format_amount(d.tax),
            total=money.format_amount(d.row.total),
            words=d.total_in_words,
        )
    )
    lines.append(
        QCoreApplication.translate("InvoicesTab", "Sales receipts: {receipts}").format(
            receipts=", ".join(d.receipts)
        )
    )
    if d.row.invoice_number:
        lines.append(
            QCoreApplication.translate(
                "InvoicesTab", "Invoice {number} of {day}, entered {when} by {who}"
            ).format(
                number=d.row.invoice_number,
                day=d.row.invoice_date.isoformat() if d.row.invoice_date else "",
                when=labels.local_time(d.issued_at),
                who=d.issued_by,
            )
        )
    if d.delivered_at:
        lines.append(
            QCoreApplication.translate("InvoicesTab", "Delivered {when}: {how}").format(
                when=labels.local_time(d.delivered_at), how=d.delivered_how
            )
        )
    if d.closed_at:
        lines.append(
            QCoreApplication.translate("InvoicesTab", "{state} {when} by {who}: {reason}").format(
                state=labels.state("invoice", d.row.state),
                when=labels.local_time(d.closed_at),
                who=d.closed_by,
                reason=d.close_reason,
            )
            + (
                " · "
                + QCoreApplication.translate("InvoicesTab", "red-letter invoice {number}").format(
                    number=d.credit_number
                )
                if d.credit_number
                else ""
            )
        )
    if d.note:
        lines.append(QCoreApplication.translate("InvoicesTab", "Note: {note}").format(note=d.note))
    return "\n".join(lines)


class ExportRangeDialog(QDialog):
    """The invoice dates to export (I4): the first and the last day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceExportDialog")
        self.setWindowTitle(self.tr("Export issued invoices for finance"))
        today = QDate.currentDate()
        self.first = DateBox(QDate(today.year(), today.month(), 1), self)
        self.last = DateBox(today, self)
        form = QFormLayout()
        for edit, text in (
            (self.first, self.tr("&From invoice date")),
            (self.last, self.tr("&To invoice date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def days(self) -> tuple[date, date]:
        return self.first.date().toPython(), self.last.date().toPython()  # type: ignore[return-value]


class InvoicesTab(QWidget):
    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesTab")
        self._store = store
        self._actor = actor
        self._reselect: int | None = None  # the request to pick again once the list reloads
        self.detail: InvoiceDetail | None = None
        self._detail_load = LatestLoad(self, store, self._show_detail)

        self.search = QLineEdit(self)
        self.search.setObjectName("invoiceSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("request or invoice no., receipt, taxpayer id, title (Ctrl+F)")
        )
        whole_hint(self.search)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.state = QComboBox(self)
        self.state.setObjectName("invoiceState")
        self.state.addItem(self.tr("All states"), "")
        for code in invoices.MACHINE.states:
            self.state.addItem(labels.state("invoice", code), code)
        state_label = QLabel(self.tr("S&tate:"), self)
        state_label.setBuddy(self.state)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("invoiceCount")
        self.new_button = QPushButton(self.tr("&New request… (F4)"), self)
        self.new_button.setObjectName("newInvoiceButton")
        self.new_button.setVisible(allowed(actor, "invoice.write"))
        self.export_button = QPushButton(self.tr("E&xport for finance… (Ctrl+E)"), self)
        self.export_button.setObjectName("exportInvoicesButton")
        self.export_button.setVisible(allowed(actor, "invoice.export"))
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(state_label)
        bar.addWidget(self.state)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.export_button)

        self.model: PagedTableModel[InvoiceRow] = PagedTableModel(
            invoice_columns(), self._fetch, self._count, ("id", True)
        )
        self.table = record_table("invoicesTable", self.model, self)
        size_columns(self.table, _SAMPLES)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail_view = detail_text("invoiceDetail", self)
        split = splitter(Qt.Orientation.Vertical, ((self.table, 3), (self.detail_view, 2)), self)

        words = {
            "issue": self.tr("&Issued… (F6)"),
            "deliver": self.tr("&Delivered… (F7)"),
            "void": self.tr("&Void…"),
            "credit": self.tr("&Credit (red-letter)…"),
        }
        self.step_buttons: dict[str, QPushButton] = {}
        steps = QHBoxLayout()
        for action in STEPS:
            button = QPushButton(words[action], self)
            button.setObjectName(f"{action}InvoiceButton")
            button.clicked.connect(lambda _c=False, a=action: self.open_step(a))
            self.step_buttons[action] = button
            steps.addWidget(button)
        steps.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print request… (Ctrl+P)"), self)
        self.print_button.setObjectName("printInvoiceButton")
        steps.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(steps)

        self.search.textChanged.connect(lambda _t: self.refresh())
        self.search.returnPressed.connect(self._search_entered)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(lambda: self.new_request())
        self.export_button.clicked.connect(lambda: self.export_invoices())
        self.print_button.clicked.connect(self.print_request)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_current())
        self.model.reset_done.connect(self._reloaded)
        self.lists = LoadWhenShown(self, events, TABLES, self.refresh)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (
            ("F4", self.new_request),
            ("Ctrl+N", self.new_request),
            ("F6", lambda: self.open_step("issue")),
            ("F7", lambda: self.open_step("deliver")),
            ("Ctrl+P", self.print_request),
            ("Ctrl+F", self.focus_search),
        ):
            QShortcut(QKeySequence(key), self, slot, context=context)
        ScanToSearch(
            lambda: self.search,
            (
                self.table,
                self.detail_view,
                self.state,
                self.new_button,
                self.export_button,
                *self.step_buttons.values(),
                self.print_button,
            ),
            self,
            into=self.table,
        )
        self._show_current()

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list; the picked request stays picked if it is still in it (a step
        saved on the third row leaves the clerk on the third row, not the first)."""
        row = self.current()
        if row is not None and self._reselect is None:
            self._reselect = row.id
        self.model.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_filter(self) -> InvoiceFilter:
        return InvoiceFilter(self.state.currentData() or None, self.search.text())

    def _fetch(
        self, _key: str, _descending: bool, after: PageKey | None, limit: int
    ) -> Page[InvoiceRow]:
        flt = self.current_filter()
        with self._store.read() as session:
            return invoices.list_requests(session, self._actor, flt, after=after, limit=limit)

    def _count(self) -> int:
        flt = self.current_filter()
        with self._store.read() as session:
            return invoices.count_requests(session, self._actor, flt)

    def _reloaded(self, total: int) -> None:
        self.count_label.setText(self.tr("%n request(s)", "", total))
        kept, self._reselect = self._reselect, None
        found = self.model.index_where(lambda r: r.id == kept) if kept is not None else -1
        if found >= 0:
            self.table.selectRow(found)
            self.table.scrollTo(self.model.index(found, 0))
        elif self.current() is None and self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()

    def _search_entered(self) -> None:
        """A scanned or typed number and Enter: the first row found is picked."""
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def current(self) -> InvoiceRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _show_current(self) -> None:
        row = self.current()
        self.detail = None
        self.detail_view.clear()
        self._enable(())
        self.print_button.setEnabled(row is not None)
        if row is None:
            self._detail_load.drop()
            return
        actor, request_id = self._actor, row.id
        self._detail_load.load(lambda session: invoices.get_request(session, actor, request_id))

    def _enable(self, possible: tuple[str, ...]) -> None:
        permission = {
            "issue": "invoice.issue",
            "deliver": "invoice.issue",
            "void": "invoice.write",
            "credit": "invoice.credit",
        }
        for action, button in self.step_buttons.items():
            may = allowed(self._actor, permission[action])
            if action == "void" and "void_issued" in possible:
                may, on = allowed(self._actor, "invoice.credit"), True
            else:
                on = action in possible
            button.setVisible(may or not allowed(self._actor, "invoice.write"))
            button.setEnabled(on and may)

    def _show_detail(self, detail: InvoiceDetail) -> None:
        self.detail = detail
        self.detail_view.setPlainText(describe(detail))
        self._enable(detail.actions)

    # -- acting -----------------------------------------------------------------------------
    def new_request(
        self, customer_id: int | None = None, visit_id: int | None = None
    ) -> NewInvoiceDialog | None:
        if not allowed(self._actor, "invoice.write"):
            return None
        name = ""
        if customer_id is not None:
            try:
                with self._store.read() as session:
                    name = customers.get_customer(session, self._actor, customer_id).name
            except Exception as error:
                handle_failure(self, error)
                return None
        dialog = NewInvoiceDialog(
            self._store,
            self._actor,
            self,
            customer_id=customer_id,
            visit_id=visit_id,
            customer_name=name,
        )
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def start_for_customer(self, customer_id: int, visit_id: int | None) -> NewInvoiceDialog | None:
        """R3: the new-request form for the visit's customer, linked back to the visit."""
        return self.new_request(customer_id, visit_id)

    def _created(self, dialog: NewInvoiceDialog) -> None:
        """The new request shown alone and picked, the cursor on the list: F6 and the other
        keys act on it, and a scan or typing starts a new search instead of being appended
        to the number in the search box."""
        if dialog.saved is not None:
            self.search.setText(dialog.saved.row.number)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_step(self, action: str) -> StepDialog | None:
        d = self.detail
        if d is None:
            return None
        possible = d.actions
        if action not in possible and not (action == "void" and "void_issued" in possible):
            return None
        dialog = StepDialog(self._store, invoice_step(self._actor, action, d), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def print_request(self) -> None:
        row = self.current()
        if row is None:
            return
        actor, request_id = self._actor, row.id
        preview_document(
            self,
            self._store,
            actor,
            lambda s: invoice_papers.request_pdf(s, actor, request_id, translate),
        )

    def export_invoices(
        self, days: tuple[date, date] | None = None, path: str | None = None
    ) -> JobControl | None:
        """I4: the invoices issued in a range of invoice dates, line by line, for finance."""
        if not allowed(self._actor, "invoice.export"):
            return None
        if days is None:
            ask = ExportRangeDialog(self)
            if ask.exec() != QDialog.DialogCode.Accepted:
                return None
            days = ask.days()
        first, last = days
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the invoices for finance"),
                f"{folder}/{invoices.export_file_name(first, last, translate)}",
                "Excel (*.xlsx)",
            )
            if not path:
                return None
        store, actor, chosen = self._store, self._actor, path

        def job(control: JobControl) -> invoices.InvoiceExport:
            return invoices.export_invoices(
                store, actor, first, last, Path(chosen), translate, control
            )

        def done(result: invoices.InvoiceExport) -> None:
            self.count_label.setText(
                self.tr("{count} invoice line(s) -> {path}").format(
                    count=result.count, path=result.path
                )
            )

        return run_job(self, self.tr("Exporting the invoices…"), job, done)
