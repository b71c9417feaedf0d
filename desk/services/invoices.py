"""Invoice requests (开票申请, I1-I4).

A customer asks for an invoice at the counter: the buyer (a person or a company with its
unified social credit code, :mod:`desk.services.taxpayer`), the invoice type, what special
VAT invoices (专票) and electronic invoices need, the lines with tax-inclusive prices and the
PRC rates, and the sales receipts the invoice covers. The request is numbered KP-2026-000123.

Money (I2) is exact: per line, total = quantity × unit price to the fen, half up; amount
(without tax) = total / (1 + rate) to the fen, half up; tax = total − amount; the request's
figures are the sums, so amount + tax = total on every line and on the request. The total is
printed in capitals (:func:`desk.services.money.amount_in_words`).

States (I4, :data:`MACHINE`): **requested** → **issued** (the invoice number and date from the
tax platform) → **delivered**; a request not yet issued can be **voided**, an issued paper
invoice too (a supervisor, before it is handed over); an issued or delivered invoice is
**credited** with a red-letter invoice (a supervisor). Voided or credited, its receipts are
free to be invoiced again (I3); until then a receipt is on one request only, enforced by a
partial unique index, so two counters saving the same receipt at once cannot both succeed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Generator, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.models import Customer, InvoiceLine, InvoiceReceipt, InvoiceRequest, Staff
from desk.services import audit, clock, money, numbering, vocabulary
from desk.services.customers import HistoryItem, load_customer
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.jobs import JobControl, OutputProblem, SessionSource, output_file
from desk.services.paging import PAGE_SIZE, Page, PageKey, keyset_page
from desk.services.paging import Term as Key
from desk.services.permissions import Actor, authorize
from desk.services.states import StateMachine, Transition
from desk.services.taxpayer import validate_taxpayer_id
from desk.services.validation import Checks, clean_text, line_text, notes
from desk.services.vocabulary import Translate

REQUESTED, ISSUED, DELIVERED, VOIDED, CREDITED = (
    "requested", "issued", "delivered", "voided", "credited")
STANDING = (REQUESTED, ISSUED, DELIVERED)  # the states that hold their receipts (I3)
PERSON, COMPANY = "person", "company"
BUYER_KINDS = (PERSON, COMPANY)
ELECTRONIC_ORDINARY, ELECTRONIC_SPECIAL = "electronic_ordinary", "electronic_special"
PAPER_ORDINARY, PAPER_SPECIAL = "paper_ordinary", "paper_special"
INVOICE_TYPES = (ELECTRONIC_ORDINARY, ELECTRONIC_SPECIAL, PAPER_ORDINARY, PAPER_SPECIAL)
SPECIAL_TYPES = (ELECTRONIC_SPECIAL, PAPER_SPECIAL)
ELECTRONIC_TYPES = (ELECTRONIC_ORDINARY, ELECTRONIC_SPECIAL)
TAX_RATES = (13, 9, 6, 5, 3, 1, 0)  # percent (I2)
TITLE_MAX, ITEM_MAX, SPEC_MAX, UNIT_MAX, DETAILS_MAX, EMAIL_MAX = 100, 100, 60, 12, 200, 254
LINES_MAX, RECEIPTS_MAX, RECEIPT_MAX = 100, 20, 32
QUANTITY_MAX = Decimal("99999999")
QUANTITY_DECIMALS = 6
CENT = Decimal("0.01")
# The tax platform's invoice numbers (I4): a fully digital (数电) invoice has 20 digits; a
# paper invoice's 发票号码 has 8 (its 发票代码 is printed beside it and not asked for).
ELECTRONIC_NUMBER = re.compile(r"\d{20}")
PAPER_NUMBER = re.compile(r"\d{8}")

MACHINE = StateMachine("invoice", (REQUESTED, ISSUED, DELIVERED, VOIDED, CREDITED), {
    "issue": Transition((REQUESTED,), ISSUED, "invoice.issue"),
    "deliver": Transition((ISSUED,), DELIVERED, "invoice.issue"),
    "void": Transition((REQUESTED,), VOIDED, "invoice.write"),
    "void_issued": Transition((ISSUED,), VOIDED, "invoice.credit"),
    "credit": Transition((ISSUED, DELIVERED), CREDITED, "invoice.credit"),
})


# -- what goes in -------------------------------------------------------------------------------

@dataclass(frozen=True)
class LineInput:
    """One line as typed: the price tax-inclusive, in yuan; the rate in percent."""

    item: str
    quantity: str
    unit_price: str
    rate: str
    spec: str = ""
    unit: str = ""


@dataclass(frozen=True)
class RequestInput:
    buyer_kind: str  # person or company
    title: str  # 抬头: the company's name, or the person's
    invoice_type: str  # one of INVOICE_TYPES
    lines: Sequence[LineInput]
    receipts: Sequence[str]  # the sales receipts covered (I3)
    taxpayer_id: str = ""
    address_phone: str = ""  # 地址、电话 (special invoices)
    bank_account: str = ""  # 开户行及账号 (special invoices)
    email: str = ""  # where an electronic invoice goes
    note: str = ""
    customer_id: int | None = None
    visit_id: int | None = None


# -- the money rules (I2), pure -----------------------------------------------------------------

@dataclass(frozen=True)
class LineFigures:
    quantity: Decimal
    unit_price: Decimal
    rate: int
    amount: Decimal  # without tax
    tax: Decimal
    total: Decimal  # tax included


@dataclass(frozen=True)
class Totals:
    amount: Decimal
    tax: Decimal
    total: Decimal

    @property
    def words(self) -> str:
        """The total in capitals (大写)."""
        return money.amount_in_words(self.total)


def figures(quantity: Decimal, unit_price: Decimal, rate: int) -> LineFigures:
    """I2: total = quantity × price to the fen, half up; amount = total / (1 + rate) to the
    fen, half up; tax = total − amount (so amount + tax = total exactly)."""
    total = (quantity * unit_price).quantize(CENT, ROUND_HALF_UP)
    amount = (total * 100 / (100 + rate)).quantize(CENT, ROUND_HALF_UP)
    return LineFigures(quantity, unit_price, rate, amount, total - amount, total)


def totals(lines: Sequence[LineFigures]) -> Totals:
    zero = Decimal("0.00")
    return Totals(sum((x.amount for x in lines), zero), sum((x.tax for x in lines), zero),
                  sum((x.total for x in lines), zero))


_QUANTITY = re.compile(r"\d+(?:\.\d*)?|\.\d+")


def parse_quantity(text: str | None, field: str = "quantity") -> Decimal:
    """A line's quantity: above zero, at most six decimals (0.125 kg, 2.5 m)."""
    raw = unicodedata.normalize("NFKC", clean_text(text, field)).replace(" ", "").replace(",", "")
    if not raw:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please enter the quantity."), field)
    if not _QUANTITY.fullmatch(raw):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "“{value}” is not a quantity (e.g. 2 or 1.5)."), field,
            value=raw[:20])
    if len(raw.partition(".")[2]) > QUANTITY_DECIMALS:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A quantity has at most six decimals."), field)
    try:
        value = Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "“{value}” is not a quantity (e.g. 2 or 1.5)."), field,
            value=raw[:20]) from None
    if value <= 0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The quantity must be above zero."), field)
    if value > QUANTITY_MAX:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A quantity can be at most {max}."), field, max="99,999,999")
    return value.normalize() if value == value.to_integral() else value


def parse_rate(text: str | int | None, field: str = "rate") -> int:
    """The tax rate in percent: 13, 9, 6, 5, 3, 1 or 0 (``13%``, ``１３％`` accepted)."""
    raw = unicodedata.normalize("NFKC", clean_text(str(text if text is not None else ""),
                                                   field)).replace(" ", "").rstrip("%")
    if not raw:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please choose the tax rate."), field)
    if not raw.isdigit() or int(raw) not in TAX_RATES:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The tax rate is one of 13 %, 9 %, 6 %, 5 %, 3 %, 1 % or 0 %."),
            field)
    return int(raw)


def check_line(line: LineInput) -> tuple[str, str, str, LineFigures]:
    """One line's item, spec, unit and figures, or the refusal next to its cell (``item``,
    ``spec``, ``unit``, ``quantity``, ``unit_price``, ``rate``). The window checks each line
    with it as the clerk types, and shows its figures."""
    item = line_text(line.item, "item", ITEM_MAX, QT_TRANSLATE_NOOP(
        "DeskMessages", "Please enter what the line is for (the goods or service)."))
    spec = line_text(line.spec, "spec", SPEC_MAX, None)
    unit = line_text(line.unit, "unit", UNIT_MAX, None)
    quantity = parse_quantity(line.quantity, "quantity")
    price = money.parse_amount(line.unit_price, "unit_price")
    if price <= 0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The unit price must be above zero."), "unit_price")
    rate = parse_rate(line.rate, "rate")
    result = figures(quantity, price, rate)
    if result.total > money.AMOUNT_MAX or result.total < CENT:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "This line's total is {total}: it must be between ¥0.01 and "
            "¥9,999,999,999.99."), "quantity", total=money.format_amount(result.total))
    return item, spec, unit, result


_RECEIPT = re.compile(r"[A-Z0-9][A-Z0-9\-/]*")
_RECEIPT_SEPARATORS = re.compile(r"[\s,;、，；]+")


def normalise_receipt(text: str | None, field: str = "receipts") -> str:
    """A sales receipt's number as stored: full-width folded (NFKC), spaces dropped, upper
    case; digits, letters, ``-`` and ``/``, at most 32."""
    raw = unicodedata.normalize("NFKC", clean_text(text, field)).replace(" ", "").upper()
    if not raw:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please enter the sales receipt's number."), field)
    if len(raw) > RECEIPT_MAX or not _RECEIPT.fullmatch(raw):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "“{value}” is not a receipt number (digits and letters, at most "
            "32)."), field, value=raw[:40])
    return raw


def parse_receipts(text: str | Sequence[str]) -> list[str]:
    """The receipts named in one box or a list, one each, in the order typed (I3: at least
    one, at most 20)."""
    parts = ([text] if isinstance(text, str) else list(text))
    found: list[str] = []
    for part in parts:
        for piece in _RECEIPT_SEPARATORS.split(
                unicodedata.normalize("NFKC", clean_text(part, "receipts"))):
            if piece:
                receipt = normalise_receipt(piece)
                if receipt not in found:
                    found.append(receipt)
    if not found:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Name at least one sales receipt the invoice covers."), "receipts")
    if len(found) > RECEIPTS_MAX:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {max} receipts on one request."), "receipts",
            max=RECEIPTS_MAX)
    return found


_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def _email(value: str, field: str = "email") -> str:
    text = unicodedata.normalize("NFKC", clean_text(value, field)).replace(" ", "")
    if not text:
        return ""
    if len(text) > EMAIL_MAX or not _EMAIL.fullmatch(text) or ".." in text:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "“{value}” is not an email address (e.g. name@example.com)."),
            field, value=text[:60])
    return text




# -- what comes out -----------------------------------------------------------------------------

@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    created_at: datetime
    buyer_kind: str
    title: str
    invoice_type: str
    total: Decimal
    state: str
    invoice_number: str
    invoice_date: date | None
    version: int


@dataclass(frozen=True)
class InvoiceLineDetail:
    item: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    rate: int
    amount: Decimal
    tax: Decimal
    total: Decimal


@dataclass(frozen=True)
class InvoiceDetail:
    row: InvoiceRow
    customer_id: int | None
    customer_name: str
    visit_id: int | None
    taxpayer_id: str
    address_phone: str
    bank_account: str
    email: str
    note: str
    lines: tuple[InvoiceLineDetail, ...]
    receipts: tuple[str, ...]
    amount: Decimal
    tax: Decimal
    created_by: str
    issued_at: datetime | None
    issued_by: str
    delivered_at: datetime | None
    delivered_how: str
    closed_at: datetime | None
    closed_by: str
    close_reason: str
    credit_number: str

    @property
    def total_in_words(self) -> str:
        return money.amount_in_words(self.row.total)

    @property
    def actions(self) -> tuple[str, ...]:
        """What can happen to the request now (the window enables its buttons by it)."""
        possible = MACHINE.allowed_actions(self.row.state)
        if self.row.invoice_type not in (PAPER_ORDINARY, PAPER_SPECIAL):
            possible = tuple(a for a in possible if a != "void_issued")
        return possible


# -- creating -----------------------------------------------------------------------------------

def _holder(session: Session, receipt: str) -> str | None:
    return session.scalar(
        select(InvoiceRequest.number).join(InvoiceReceipt,
                                           InvoiceReceipt.request_id == InvoiceRequest.id)
        .where(InvoiceReceipt.receipt_no == receipt, InvoiceReceipt.active.is_(True)))


def _already(receipt: str, holder: str) -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP(
        "DeskMessages", "Receipt {receipt} is already invoiced on request {number}: void or "
        "credit that one first."), "receipts", receipt=receipt, number=holder)


def receipt_holder(session: Session, actor: Actor, receipt: str) -> str | None:
    """I3: the request (KP-…) that holds the sales receipt now, or None if it is free."""
    authorize(session, actor, "invoice.read")
    return _holder(session, normalise_receipt(receipt))


CheckedLine = tuple[str, str, str, LineFigures]  # item, spec, unit and the figures


def _checked_lines(lines: Sequence[LineInput]) -> list[CheckedLine]:
    """I2: every line checked (the window checked each as it was typed), the first wrong one
    refused under the grid; the request's total within what an invoice can carry."""
    if not lines:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A request needs at least one line."), "lines")
    if len(lines) > LINES_MAX:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {max} lines on one request."), "lines", max=LINES_MAX)
    checked = []
    for line in lines:
        try:
            checked.append(check_line(line))
        except DomainError as error:
            raise DomainError(error.message, "lines", **error.params) from error
    if totals([f for _i, _s, _u, f in checked]).total > money.AMOUNT_MAX:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "An amount can be at most {max} yuan."), "lines",
            max="9,999,999,999.99")
    return checked


def check_buyer(data: RequestInput, checks: Checks) -> dict[str, Any]:
    """I1: the buyer's fields as stored; each wrong one goes to ``checks`` (the form shows
    them all at once). A box whose own check failed (None) is not also called missing."""
    if data.buyer_kind not in BUYER_KINDS:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please choose whether the buyer is a person or a company."),
            "buyer_kind")
    if data.invoice_type not in INVOICE_TYPES:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please choose the type of invoice."), "invoice_type")
    company = data.buyer_kind == COMPANY
    title = checks(lambda: line_text(data.title, "title", TITLE_MAX, QT_TRANSLATE_NOOP(
        "DeskMessages", "Please enter the company's full name as the invoice title.")
        if company else QT_TRANSLATE_NOOP(
        "DeskMessages", "Please enter the person's name as the invoice title.")), "")
    taxpayer: str | None = None
    if company:
        taxpayer = checks(lambda: validate_taxpayer_id(data.taxpayer_id, "taxpayer_id"), None)
    elif checks(lambda: clean_text(data.taxpayer_id, "taxpayer_id"), ""):
        checks.refuse(DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A person's invoice carries no taxpayer id: for a business, choose "
            "company."), "taxpayer_id"))
    address_phone = checks(
        lambda: line_text(data.address_phone, "address_phone", DETAILS_MAX, None), None)
    bank_account = checks(
        lambda: line_text(data.bank_account, "bank_account", DETAILS_MAX, None), None)
    if data.invoice_type in SPECIAL_TYPES:
        if not company:
            checks.refuse(DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "A special VAT invoice is issued to a company only."),
                "invoice_type"))
        else:
            if address_phone == "":
                checks.refuse(DomainError(QT_TRANSLATE_NOOP(
                    "DeskMessages", "A special VAT invoice needs the company's address and "
                    "phone."), "address_phone"))
            if bank_account == "":
                checks.refuse(DomainError(QT_TRANSLATE_NOOP(
                    "DeskMessages", "A special VAT invoice needs the company's bank and "
                    "account number."), "bank_account"))
    email = checks(lambda: _email(data.email), None)
    if data.invoice_type in ELECTRONIC_TYPES and email == "":
        checks.refuse(DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "An electronic invoice is sent by email: please enter the "
            "address."), "email"))
    return {"buyer_kind": data.buyer_kind, "title": title, "taxpayer_id": taxpayer,
            "address_phone": address_phone or "", "bank_account": bank_account or "",
            "email": email or "", "invoice_type": data.invoice_type}


def create_request(session: Session, actor: Actor, data: RequestInput) -> InvoiceDetail:
    """I1-I3: the request, numbered KP-yyyy-nnnnnn, its lines and its receipts."""
    authorize(session, actor, "invoice.write")
    checks = Checks()  # every wrong box of the form said at once, in the form's order
    buyer = check_buyer(data, checks)
    checked = checks(lambda: _checked_lines(data.lines), list[CheckedLine]())
    receipts = checks(lambda: parse_receipts(data.receipts), list[str]())
    note = checks(lambda: notes(data.note, "note"), "")
    checks.done()
    sums = totals([f for _i, _s, _u, f in checked])
    for receipt in receipts:  # the plain refusal; the index below settles a race
        holder = _holder(session, receipt)
        if holder:
            raise _already(receipt, holder)
    customer_id = data.customer_id
    if customer_id is not None:
        load_customer(session, customer_id)
    now = clock.now()
    request = InvoiceRequest(
        number=numbering.draw(session, numbering.INVOICE_REQUEST, clock.local_today(now)),
        customer_id=customer_id, visit_id=data.visit_id, note=note,
        amount=sums.amount, tax=sums.tax, total=sums.total, state=REQUESTED, created_at=now,
        created_by_id=actor.id, **buyer)
    session.add(request)
    session.flush()
    session.add_all(
        InvoiceLine(request_id=request.id, position=i, item=item, spec=spec, unit=unit,
                    quantity=f.quantity, unit_price=f.unit_price, rate=f.rate, amount=f.amount,
                    tax=f.tax, total=f.total)
        for i, (item, spec, unit, f) in enumerate(checked, start=1))
    for receipt in receipts:
        try:
            with session.begin_nested():
                session.add(InvoiceReceipt(request_id=request.id, receipt_no=receipt,
                                           active=True))
        except IntegrityError:
            # Another counter claimed the receipt and committed while this one was saving.
            raise _already(receipt, _holder(session, receipt) or "?") from None
    session.flush()
    audit.record(session, actor.id, "invoice.create", "invoice", request.id, after={
        "number": request.number, **buyer, "note": request.note,
        "customer_id": customer_id, "visit_id": data.visit_id,
        "lines": [[item, spec, unit, str(f.quantity), str(f.unit_price), f.rate, str(f.total)]
                  for item, spec, unit, f in checked],
        "receipts": receipts, "total": str(sums.total),
    })
    return get_request(session, actor, request.id)


# -- the steps (I4) -----------------------------------------------------------------------------

def _load(session: Session, request_id: int) -> InvoiceRequest:
    request = session.get(InvoiceRequest, request_id)
    if request is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This invoice request no longer exists."))
    return request


def _step(session: Session, actor: Actor, request: InvoiceRequest, expected_version: int,
          action: str, note: str, changes: dict[str, Any]) -> InvoiceDetail:
    move = MACHINE.begin(session, actor, action, request.state, request.number)
    if request.version != expected_version:
        raise StaleEdit(QT_TRANSLATE_NOOP(
            "DeskMessages", "{number} was changed by a colleague after you opened it. Look at "
            "it again and repeat the step if it is still needed."), number=request.number)
    move.apply(session, request, note, changes)
    return get_request(session, actor, request.id)


def parse_invoice_date(value: date | str | None, field: str = "invoice_date") -> date:
    if isinstance(value, date):
        return value
    raw = unicodedata.normalize("NFKC", clean_text(value, field)).replace(" ", "")
    try:
        return date.fromisoformat(raw.replace("/", "-").replace(".", "-"))
    except ValueError:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please enter the invoice date as YYYY-MM-DD."), field) from None


def issue_invoice(session: Session, actor: Actor, request_id: int, expected_version: int,
                  invoice_number: str, invoice_date: date | str, note: str = ""
                  ) -> InvoiceDetail:
    """I4: the invoice issued on the tax platform: its number (20 digits for an electronic,
    数电 invoice; 8 for a paper one) and its date (not before the request, not ahead)."""
    request = _load(session, request_id)
    MACHINE.begin(session, actor, "issue", request.state, request.number)
    number = unicodedata.normalize("NFKC", clean_text(invoice_number, "invoice_number")
                                   ).replace(" ", "")
    electronic = request.invoice_type in ELECTRONIC_TYPES
    if not number:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please enter the invoice number from the tax platform."),
            "invoice_number")
    if electronic and not ELECTRONIC_NUMBER.fullmatch(number):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "An electronic invoice's number has 20 digits."), "invoice_number")
    if not electronic and not PAPER_NUMBER.fullmatch(number):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A paper invoice's number has 8 digits."), "invoice_number")
    day = parse_invoice_date(invoice_date)
    if day > clock.local_today():
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The invoice date cannot be in the future."), "invoice_date")
    if day < clock.local_today(request.created_at):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The invoice date cannot be before the request ({day})."),
            "invoice_date", day=clock.local_today(request.created_at).isoformat())
    return _step(session, actor, request, expected_version, "issue", notes(note, "note"),
                 {"invoice_number": number, "invoice_date": day, "issued_at": clock.now(),
                  "issued_by_id": actor.id})


def deliver_invoice(session: Session, actor: Actor, request_id: int, expected_version: int,
                    how: str) -> InvoiceDetail:
    """I4: the invoice handed to the customer, or sent (how: "handed over", "emailed to …")."""
    request = _load(session, request_id)
    MACHINE.begin(session, actor, "deliver", request.state, request.number)
    text = line_text(how, "how", DETAILS_MAX, QT_TRANSLATE_NOOP(
        "DeskMessages", "Please say how the invoice reached the customer."))
    return _step(session, actor, request, expected_version, "deliver", "",
                 {"delivered_how": text, "delivered_at": clock.now(),
                  "delivered_by_id": actor.id})


def _reason(reason: str) -> str:
    text = notes(reason, "reason")
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please give the reason."), "reason")
    return text


def _free_receipts(session: Session, request_id: int) -> None:
    session.execute(update(InvoiceReceipt).where(InvoiceReceipt.request_id == request_id)
                    .values(active=False))


def void_request(session: Session, actor: Actor, request_id: int, expected_version: int,
                 reason: str) -> InvoiceDetail:
    """Voided with a reason: a request not yet issued (``invoice.write``), or an issued paper
    invoice not yet handed over (``invoice.credit``: a supervisor). Its receipts are free."""
    request = _load(session, request_id)
    action = "void_issued" if request.state == ISSUED else "void"
    if action == "void_issued" and request.invoice_type in ELECTRONIC_TYPES:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "An issued electronic invoice cannot be voided: credit it with a "
            "red-letter invoice."), "state")
    MACHINE.begin(session, actor, action, request.state, request.number)
    text = _reason(reason)
    _free_receipts(session, request.id)
    return _step(session, actor, request, expected_version, action, text,
                 {"close_reason": text, "closed_at": clock.now(), "closed_by_id": actor.id})


def credit_invoice(session: Session, actor: Actor, request_id: int, expected_version: int,
                   reason: str, credit_number: str = "") -> InvoiceDetail:
    """I4: credited with a red-letter invoice (红字发票), a supervisor, with the reason and the
    red-letter invoice's number if it is known. The receipts are free again (I3)."""
    request = _load(session, request_id)
    MACHINE.begin(session, actor, "credit", request.state, request.number)
    text = _reason(reason)
    number = unicodedata.normalize("NFKC", clean_text(credit_number, "credit_number")
                                   ).replace(" ", "")
    if number and not (ELECTRONIC_NUMBER.fullmatch(number) or PAPER_NUMBER.fullmatch(number)):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A red-letter invoice's number has 20 digits (electronic) or 8 "
            "(paper)."), "credit_number")
    _free_receipts(session, request.id)
    return _step(session, actor, request, expected_version, "credit", text,
                 {"close_reason": text, "credit_number": number or None,
                  "closed_at": clock.now(), "closed_by_id": actor.id})


# -- reading ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class InvoiceFilter:
    state: str | None = None  # one state; None: all
    text: str = ""  # KP number, invoice number, taxpayer id, receipt, or part of the title


def _row(r: InvoiceRequest) -> InvoiceRow:
    return InvoiceRow(r.id, r.number, r.created_at, r.buyer_kind, r.title, r.invoice_type,
                      Decimal(str(r.total)).quantize(CENT), r.state, r.invoice_number or "",
                      r.invoice_date, r.version)


def _filtered(stmt: Any, flt: InvoiceFilter) -> Any:
    if flt.state:
        stmt = stmt.where(InvoiceRequest.state == flt.state)
    text = unicodedata.normalize("NFKC", clean_text(flt.text, "search"))[:100]
    if text:
        upper = text.replace(" ", "").upper()
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(or_(
            InvoiceRequest.number == upper,
            InvoiceRequest.invoice_number == upper,
            InvoiceRequest.taxpayer_id == upper,
            # The receipts' few matches once, not a lookup for every request scanned.
            InvoiceRequest.id.in_(select(InvoiceReceipt.request_id)
                                  .where(InvoiceReceipt.receipt_no == upper)),
            InvoiceRequest.title.like(pattern, escape="\\"),
        ))
    return stmt


def list_requests(session: Session, actor: Actor, flt: InvoiceFilter = InvoiceFilter(), *,
                  after: PageKey | None = None, limit: int = PAGE_SIZE) -> Page[InvoiceRow]:
    """The requests, newest first."""
    authorize(session, actor, "invoice.read")
    stmt = _filtered(select(InvoiceRequest), flt)
    return keyset_page(session, stmt, [Key(InvoiceRequest.id, descending=True)], after, limit,
                       _row)


def count_requests(session: Session, actor: Actor, flt: InvoiceFilter = InvoiceFilter()) -> int:
    authorize(session, actor, "invoice.read")
    return int(session.scalar(_filtered(select(func.count(InvoiceRequest.id)), flt)) or 0)


def get_request(session: Session, actor: Actor, request_id: int) -> InvoiceDetail:
    authorize(session, actor, "invoice.read")
    r = _load(session, request_id)
    staff_ids = {i for i in (r.created_by_id, r.issued_by_id, r.closed_by_id) if i}
    names = dict(session.execute(select(Staff.id, Staff.display_name)
                                 .where(Staff.id.in_(staff_ids))).all())
    customer = session.get(Customer, r.customer_id) if r.customer_id else None
    lines = tuple(
        InvoiceLineDetail(x.item, x.spec, x.unit, _quantity(x.quantity),
                          Decimal(str(x.unit_price)).quantize(CENT), x.rate,
                          Decimal(str(x.amount)).quantize(CENT), Decimal(str(x.tax)).quantize(CENT),
                          Decimal(str(x.total)).quantize(CENT))
        for x in session.scalars(select(InvoiceLine).where(InvoiceLine.request_id == r.id)
                                 .order_by(InvoiceLine.position)))
    receipts = tuple(session.scalars(select(InvoiceReceipt.receipt_no)
                                     .where(InvoiceReceipt.request_id == r.id)
                                     .order_by(InvoiceReceipt.id)))
    return InvoiceDetail(
        _row(r), r.customer_id, customer.name if customer else "", r.visit_id,
        r.taxpayer_id or "", r.address_phone, r.bank_account, r.email, r.note, lines, receipts,
        Decimal(str(r.amount)).quantize(CENT), Decimal(str(r.tax)).quantize(CENT),
        names.get(r.created_by_id, ""), r.issued_at, names.get(r.issued_by_id or 0, ""),
        r.delivered_at, r.delivered_how, r.closed_at, names.get(r.closed_by_id or 0, ""),
        r.close_reason, r.credit_number or "")


def _quantity(value: Any) -> Decimal:
    q = Decimal(str(value))
    return q.quantize(Decimal(1)) if q == q.to_integral() else q.normalize()


def find_request(session: Session, actor: Actor, number: str) -> InvoiceDetail:
    """The request with the KP number (or the invoice number) typed or scanned."""
    authorize(session, actor, "invoice.read")
    wanted = unicodedata.normalize("NFKC", clean_text(number, "number")).replace(" ", "").upper()
    found = session.scalar(select(InvoiceRequest.id).where(
        or_(InvoiceRequest.number == wanted, InvoiceRequest.invoice_number == wanted))
        .order_by(InvoiceRequest.id.desc()).limit(1))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "No invoice request has the number "
                                         "{number}."), "number", number=wanted[:40])
    return get_request(session, actor, int(found))


def invoice_history(session: Session, customer_id: int) -> list[HistoryItem]:
    """K3: the customer's invoice requests in their archive."""
    rows = session.execute(
        select(InvoiceRequest.id, InvoiceRequest.number, InvoiceRequest.created_at,
               InvoiceRequest.invoice_type, InvoiceRequest.title, InvoiceRequest.total,
               InvoiceRequest.state)
        .where(InvoiceRequest.customer_id == customer_id)
        .order_by(InvoiceRequest.created_at.desc()).limit(1000))
    return [HistoryItem(at, "invoice", number, kind,
                        f"{title} {money.format_amount(Decimal(str(total)).quantize(CENT))}"[:120],
                        state, rid)
            for rid, number, at, kind, title, total, state in rows]


# -- the finance export (I4) --------------------------------------------------------------------

EXPORTED_STATES = (ISSUED, DELIVERED, CREDITED)
SHEET = "InvoiceSheet"


@dataclass(frozen=True)
class ExportLine:
    """One line of an issued invoice, with its invoice's head, for finance."""

    invoice_date: date
    invoice_number: str
    request_number: str
    invoice_type: str
    state: str
    title: str
    taxpayer_id: str
    item: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    rate: int
    amount: Decimal
    tax: Decimal
    total: Decimal
    receipts: str
    credit_number: str


def check_range(first: date, last: date) -> None:
    if last < first:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The last day is before the first day."), "date_to")


def _exported(first: date, last: date) -> list[Any]:
    return [InvoiceRequest.state.in_(EXPORTED_STATES), InvoiceRequest.invoice_date >= first,
            InvoiceRequest.invoice_date <= last]


def count_export_lines(session: Session, actor: Actor, first: date, last: date) -> int:
    authorize(session, actor, "invoice.export")
    return int(session.scalar(
        select(func.count(InvoiceLine.id))
        .join(InvoiceRequest, InvoiceRequest.id == InvoiceLine.request_id)
        .where(*_exported(first, last))) or 0)


def stream_export_lines(session: Session, actor: Actor, first: date, last: date,
                        batch: int = 2000) -> Generator[ExportLine, None, None]:
    """I4: every line of the invoices issued (by the tax platform's date) from ``first`` to
    ``last``, delivered and credited ones included, in date and number order."""
    authorize(session, actor, "invoice.export")
    receipts = (select(InvoiceReceipt.request_id, InvoiceReceipt.receipt_no)
                .join(InvoiceRequest, InvoiceRequest.id == InvoiceReceipt.request_id)
                .where(*_exported(first, last)).order_by(InvoiceReceipt.id))
    covered: dict[int, list[str]] = {}
    for request_id, receipt in session.execute(receipts):
        covered.setdefault(request_id, []).append(receipt)
    stmt = (select(InvoiceRequest, InvoiceLine)
            .join(InvoiceLine, InvoiceLine.request_id == InvoiceRequest.id)
            .where(*_exported(first, last))
            .order_by(InvoiceRequest.invoice_date, InvoiceRequest.id, InvoiceLine.position))
    with session.execute(stmt.execution_options(yield_per=batch)) as result:
        for r, x in result:
            assert r.invoice_date is not None
            yield ExportLine(
                r.invoice_date, r.invoice_number or "", r.number, r.invoice_type, r.state,
                r.title, r.taxpayer_id or "", x.item, x.spec, x.unit, _quantity(x.quantity),
                Decimal(str(x.unit_price)).quantize(CENT), x.rate,
                Decimal(str(x.amount)).quantize(CENT), Decimal(str(x.tax)).quantize(CENT),
                Decimal(str(x.total)).quantize(CENT), ", ".join(covered.get(r.id, ())),
                r.credit_number or "")


@dataclass(frozen=True)
class InvoiceExport:
    path: Path
    count: int  # lines


def export_file_name(first: date, last: date, translate: Translate) -> str:
    return translate(SHEET, QT_TRANSLATE_NOOP("InvoiceSheet", "Invoices {first} to {last}")
                     ).format(first=first.isoformat(), last=last.isoformat()) + ".xlsx"


def export_invoices(source: SessionSource, actor: Actor, first: date, last: date, path: Path,
                    translate: Translate, control: JobControl) -> InvoiceExport:
    """I4: the lines of the invoices issued from ``first`` to ``last`` into a workbook at
    ``path`` for finance, audited with who, the range and the file in the step that makes the
    file appear (like :func:`desk.services.inbound.export_inbound`)."""
    from desk.reports.invoices_excel import InvoiceSheetWords, write_invoices

    def t(text: str) -> str:
        return translate(SHEET, text)

    check_range(first, last)
    path = Path(path).expanduser().absolute()
    with source.read() as session:
        authorize(session, actor, "invoice.export")
        total = count_export_lines(session, actor, first, last)
        control.step(0, total)
        words = InvoiceSheetWords(
            title=t(QT_TRANSLATE_NOOP("InvoiceSheet", "Invoices issued {first} to {last}")
                    ).format(first=first.isoformat(), last=last.isoformat()),
            exported=vocabulary.exported_by(actor.display_name, clock.now(), translate),
            sheet_lines=t(QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice lines")),
            sheet_totals=t(QT_TRANSLATE_NOOP("InvoiceSheet", "Totals by rate")),
            columns=(
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice date")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Invoice no.")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Request no.")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Type")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "State")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Buyer")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Taxpayer id")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Item")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Spec")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Unit")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Quantity")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Unit price (tax incl.)")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Rate %")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Amount")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Tax")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Total")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Receipts")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Red-letter no.")),
            ),
            totals_columns=(
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Rate %")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Amount")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Tax")),
                t(QT_TRANSLATE_NOOP("InvoiceSheet", "Total")),
            ),
            credited_note=t(QT_TRANSLATE_NOOP(
                "InvoiceSheet", "Credited (red-letter) invoices are listed with their lines "
                "and left out of the totals.")),
            invoice_type=lambda k: vocabulary.word(vocabulary.INVOICE_TYPES, k, translate),
            state=lambda s: vocabulary.state_word("invoice", s, translate),
        )
        try:
            rows = stream_export_lines(session, actor, first, last)
            with output_file(path) as temp, closing(rows):
                count = write_invoices(temp, rows, words, lambda done: control.step(done, total))
                control.step(count, total)
                with source.transaction() as audit_session:
                    authorize(audit_session, actor, "invoice.export")
                    audit.record(audit_session, actor.id, "invoice.export", "invoice", None,
                                 after={"file": str(path), "count": count,
                                        "from": first.isoformat(), "to": last.isoformat()})
        except OSError as error:
            raise OutputProblem.from_os_error(path, error) from error
    return InvoiceExport(path, count)
