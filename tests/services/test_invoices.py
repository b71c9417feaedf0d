"""Invoice requests (I1-I4): the buyer and what each invoice type needs, the lines' exact
money, the receipts invoiced once, the states with the tax platform's number, the paper, the
finance export and the archive. Below the window, on both backends."""

from __future__ import annotations

import subprocess
import threading
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from desk.db import Database
from desk.models import InvoiceLine, InvoiceReceipt, InvoiceRequest
from desk.services import archive, invoice_papers, invoices, issued, reception
from desk.services.errors import DomainError, FieldRefusals, PermissionDenied, StaleEdit
from desk.services.invoices import InvoiceDetail, InvoiceFilter, LineInput, RequestInput
from desk.services.jobs import JobControl
from desk.services.permissions import Actor
from desk.services.states import IllegalTransition
from tests.conftest import BACKEND
from tests.services.helpers import add_customer, at, audit_entries, count_rows

COMPANY_ID = "91110000600037341L"
KETTLE = LineInput("电水壶", "2", "199.00", "13", spec="MK-1750", unit="台")
REPAIR = LineInput("维修服务费", "1", "80", "6", unit="次")


def english(context: str, text: str) -> str:
    return text


def company(**changes: object) -> RequestInput:
    fields: dict[str, object] = dict(
        buyer_kind="company", title="北京示例科技有限公司", invoice_type="electronic_special",
        lines=[KETTLE, REPAIR], receipts=["XS20261125001"], taxpayer_id=COMPANY_ID,
        address_phone="北京市海淀区中关村大街1号 010-62345678",
        bank_account="中国工商银行北京中关村支行 0200004509012345678",
        email="finance@example.com")
    fields.update(changes)
    return RequestInput(**fields)  # type: ignore[arg-type]


def person(**changes: object) -> RequestInput:
    fields: dict[str, object] = dict(
        buyer_kind="person", title="张三", invoice_type="paper_ordinary", lines=[KETTLE],
        receipts=["XS20261125002"])
    fields.update(changes)
    return RequestInput(**fields)  # type: ignore[arg-type]


def request(database: Database, actor: Actor, data: RequestInput) -> InvoiceDetail:
    with database.transaction() as session:
        return invoices.create_request(session, actor, data)


def refused(database: Database, actor: Actor, data: RequestInput) -> DomainError:
    before = count_rows(database, InvoiceRequest), count_rows(database, InvoiceReceipt)
    with pytest.raises(DomainError) as caught:
        request(database, actor, data)
    after = count_rows(database, InvoiceRequest), count_rows(database, InvoiceReceipt)
    assert after == before  # nothing saved
    return caught.value


# -- I2: the money ------------------------------------------------------------------------------

def test_i2_line_figures_tax_inclusive_half_up() -> None:
    f = invoices.figures(Decimal("2"), Decimal("199.00"), 13)
    assert (f.total, f.amount, f.tax) == (Decimal("398.00"), Decimal("352.21"), Decimal("45.79"))
    f = invoices.figures(Decimal("3"), Decimal("0.35"), 0)
    assert (f.total, f.amount, f.tax) == (Decimal("1.05"), Decimal("1.05"), Decimal("0.00"))
    f = invoices.figures(Decimal("0.125"), Decimal("10.00"), 9)  # 1.25: half up to the fen
    assert f.total == Decimal("1.25") and f.amount + f.tax == f.total


def test_i2_a_quantity_of_zero_and_a_price_with_three_decimals_are_refused(
        database: Database, clerk: Actor) -> None:
    zero = refused(database, clerk, person(lines=[LineInput("电水壶", "0", "199", "13")]))
    assert zero.field == "lines" and "above zero" in zero.text()
    cents = refused(database, clerk, person(lines=[LineInput("电水壶", "1", "19.999", "13")]))
    assert cents.field == "lines" and "two decimals" in cents.text()
    rate = refused(database, clerk, person(lines=[LineInput("电水壶", "1", "19.99", "17")]))
    assert "13 %, 9 %" in rate.text()
    with pytest.raises(DomainError) as caught:
        invoices.check_line(LineInput("电水壶", "1.1234567", "1", "13"))
    assert caught.value.field == "quantity"


def test_i2_typed_like_a_clerk() -> None:
    item, spec, unit, f = invoices.check_line(
        LineInput(" 电水壶 ", "１.５", "￥1,234.5", "１３％", spec="MK", unit="台"))
    assert (item, spec, unit) == ("电水壶", "MK", "台")
    assert (f.quantity, f.unit_price, f.rate, f.total) == (
        Decimal("1.5"), Decimal("1234.50"), 13, Decimal("1851.75"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(
    st.decimals(min_value=Decimal("0.000001"), max_value=Decimal("100000"), places=6),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2),
    st.sampled_from(invoices.TAX_RATES)), min_size=1, max_size=20))
def test_i2_property_amount_plus_tax_is_the_total_to_the_fen(
        lines: list[tuple[Decimal, Decimal, int]]) -> None:
    figures = [invoices.figures(q, p, r) for q, p, r in lines]
    for f in figures:
        assert f.amount + f.tax == f.total
        for value in (f.amount, f.tax, f.total):
            assert value == value.quantize(Decimal("0.01"))
        assert f.tax >= 0 and f.amount >= 0
    sums = invoices.totals(figures)
    assert sums.amount + sums.tax == sums.total
    assert sums.total == sum((f.total for f in figures), Decimal(0))


# -- I1: the buyer ------------------------------------------------------------------------------

def test_i1_company_special_invoice_saved_with_figures_and_words(
        database: Database, clerk: Actor, frozen: list[datetime]) -> None:
    d = request(database, clerk, company(taxpayer_id="9111 0000 6000 3734 1l"))
    assert d.row.number == "KP-2026-000001"
    assert d.taxpayer_id == COMPANY_ID
    assert d.row.state == invoices.REQUESTED
    assert d.row.total == Decimal("478.00")
    assert d.amount + d.tax == d.row.total
    assert d.total_in_words == "肆佰柒拾捌元整"
    assert [x.total for x in d.lines] == [Decimal("398.00"), Decimal("80.00")]
    assert d.receipts == ("XS20261125001",)
    [entry] = audit_entries(database, "invoice.create")
    assert entry.after["number"] == d.row.number and entry.after["total"] == "478.00"


def test_i1_company_needs_a_valid_taxpayer_id(database: Database, clerk: Actor) -> None:
    error = refused(database, clerk, company(taxpayer_id="91110000600037341X"))
    assert error.field == "taxpayer_id" and "check character" in error.text()
    assert refused(database, clerk, company(taxpayer_id="")).field == "taxpayer_id"
    assert refused(database, clerk, company(title=" ")).field == "title"


def test_i1_a_special_invoice_without_bank_details_is_refused(
        database: Database, clerk: Actor) -> None:
    error = refused(database, clerk, company(bank_account=""))
    assert error.field == "bank_account" and "bank and account" in error.text()
    assert refused(database, clerk, company(address_phone="")).field == "address_phone"
    ordinary = request(database, clerk, company(bank_account="", address_phone="",
                                                invoice_type="paper_ordinary"))
    assert ordinary.row.invoice_type == "paper_ordinary"


def test_i1_every_wrong_box_of_a_special_invoice_is_refused_at_once(
        database: Database, clerk: Actor) -> None:
    """The title, the taxpayer id, the address and the bank all wrong or missing: one save
    says all four, each next to its box, and a wrong line and receipt besides."""
    error = refused(database, clerk, company(
        title=" ", taxpayer_id="91110000600037341X", address_phone="", bank_account="",
        lines=[LineInput("电水壶", "0", "199", "13")], receipts=["？？"]))
    assert isinstance(error, FieldRefusals)
    assert [e.field for e in error.errors] == [
        "title", "taxpayer_id", "address_phone", "bank_account", "lines", "receipts"]


def test_i1_a_box_refused_for_its_own_text_is_not_also_called_missing(
        database: Database, clerk: Actor) -> None:
    error = refused(database, clerk, company(address_phone="址" * 5000, email="not-an-email"))
    assert isinstance(error, FieldRefusals)
    assert [(e.field, "at most" in e.text().lower()) for e in error.errors] == [
        ("address_phone", True), ("email", False)]


def test_i1_special_invoices_are_for_companies_and_persons_carry_no_taxpayer_id(
        database: Database, clerk: Actor) -> None:
    assert refused(database, clerk, person(invoice_type="paper_special")).field == "invoice_type"
    assert refused(database, clerk, person(taxpayer_id=COMPANY_ID)).field == "taxpayer_id"
    assert refused(database, clerk, person(title="")).field == "title"


def test_i1_electronic_invoices_need_a_valid_email(database: Database, clerk: Actor) -> None:
    assert refused(database, clerk, person(invoice_type="electronic_ordinary")).field == "email"
    bad = refused(database, clerk, person(invoice_type="electronic_ordinary", email="a@b"))
    assert bad.field == "email" and "not an email" in bad.text()
    d = request(database, clerk, person(invoice_type="electronic_ordinary",
                                        email="ｚｈａｎｇ@example.com"))
    assert d.email == "zhang@example.com"


def test_i1_bad_text_is_refused_or_cleaned(database: Database, clerk: Actor) -> None:
    assert refused(database, clerk, person(title="张" * 5000)).field == "title"
    assert refused(database, clerk, person(title="张\ud800三")).field == "title"
    d = request(database, clerk, person(title="张\u202e三\x07"))
    assert d.row.title == "张三"


def test_i1_customer_and_visit_are_linked(database: Database, clerk: Actor) -> None:
    customer = add_customer(database, clerk, "张三", "13800138000")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, customer.id, "invoice")
    d = request(database, clerk, person(customer_id=customer.id, visit_id=visit.id))
    assert (d.customer_id, d.customer_name, d.visit_id) == (customer.id, "张三", visit.id)


# -- I3: receipts -------------------------------------------------------------------------------

def test_i3_at_least_one_receipt(database: Database, clerk: Actor) -> None:
    assert refused(database, clerk, person(receipts=[])).field == "receipts"
    assert refused(database, clerk, person(receipts=[" ， "])).field == "receipts"
    assert refused(database, clerk, person(receipts=["XS#1"])).field == "receipts"


def test_i3_several_receipts_in_one_box_normalised(database: Database, clerk: Actor) -> None:
    d = request(database, clerk, person(receipts=["ｘｓ001， xs002；XS003 xs001"]))
    assert d.receipts == ("XS001", "XS002", "XS003")


def test_i3_receipt_not_invoiced_twice(database: Database, clerk: Actor) -> None:
    first = request(database, clerk, person(receipts=["XS001", "XS002"]))
    error = refused(database, clerk, person(receipts=["ｘｓ００２"]))
    assert error.field == "receipts"
    assert error.params == {"receipt": "XS002", "number": first.row.number}
    with database.read() as session:
        assert invoices.receipt_holder(session, clerk, "xs002") == first.row.number
        assert invoices.receipt_holder(session, clerk, "XS003") is None


def test_i3_voided_or_credited_frees_the_receipts(
        database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]) -> None:
    first = request(database, clerk, person(receipts=["XS001"]))
    with database.transaction() as session:
        invoices.void_request(session, clerk, first.row.id, first.row.version, "抬头写错")
    second = request(database, clerk, person(receipts=["XS001"]))
    issued_one = issue(database, clerk, second, "12345678")
    with database.transaction() as session:
        invoices.credit_invoice(session, supervisor, issued_one.row.id, issued_one.row.version,
                                "顾客退货", "87654321")
    third = request(database, clerk, person(receipts=["XS001"]))
    assert third.receipts == ("XS001",)
    with database.read() as session:
        assert invoices.receipt_holder(session, clerk, "XS001") == third.row.number


@pytest.mark.skipif(BACKEND != "postgresql", reason="two sessions racing: PostgreSQL")
def test_i3_two_counters_cannot_both_invoice_one_receipt(
        database: Database, clerk: Actor, supervisor: Actor) -> None:
    """Both check that the receipt is free before either commits; the partial unique index
    makes the second wait for the first and then refuses it, saying which request holds it."""
    outcome: list[object] = []
    started = threading.Event()
    second_desk = Database(database.url)
    second_desk.open()

    def other_counter() -> None:
        try:
            with second_desk.transaction() as session:
                started.set()
                outcome.append(invoices.create_request(session, supervisor,
                                                       person(receipts=["XS777"])))
        except DomainError as error:
            outcome.append(error)

    try:
        with database.transaction() as session:
            mine = invoices.create_request(session, clerk, person(receipts=["XS777"]))
            racer = threading.Thread(target=other_counter)
            racer.start()
            started.wait(5)
            racer.join(timeout=1.0)
            assert racer.is_alive(), "the second request did not wait for the first"
        racer.join(timeout=10)
    finally:
        second_desk.dispose()
    [second] = outcome
    assert isinstance(second, DomainError), second
    assert second.field == "receipts" and second.params["number"] == mine.row.number
    assert count_rows(database, InvoiceRequest) == 1
    assert count_rows(database, InvoiceReceipt) == 1


# -- I4: states ---------------------------------------------------------------------------------

def issue(database: Database, actor: Actor, d: InvoiceDetail, number: str,
          day: date | str = date(2026, 11, 25)) -> InvoiceDetail:
    with database.transaction() as session:
        return invoices.issue_invoice(session, actor, d.row.id, d.row.version, number, day)


def test_i4_requested_issued_delivered(
        database: Database, clerk: Actor, frozen: list[datetime]) -> None:
    d = request(database, clerk, company())
    d = issue(database, clerk, d, "2611 2000 0000 1234 5678", "2026-11-25")
    assert (d.row.state, d.row.invoice_number, d.row.invoice_date) == (
        "issued", "26112000000012345678", date(2026, 11, 25))
    assert d.issued_by == "李四"
    frozen.append(at(2026, 11, 26, 10))
    with database.transaction() as session:
        d = invoices.deliver_invoice(session, clerk, d.row.id, d.row.version,
                                     "已发送至 finance@example.com")
    assert d.row.state == "delivered" and d.delivered_how.startswith("已发送")
    actions = [e.action for e in audit_entries(database, entity_id=d.row.id)
               if e.entity == "invoice"]
    assert actions == ["invoice.create", "invoice.issue", "invoice.deliver"]


def test_i4_the_tax_platform_number_and_date_are_checked(
        database: Database, clerk: Actor, frozen: list[datetime]) -> None:
    electronic = request(database, clerk, company())
    paper = request(database, clerk, person())
    for d, number, field in ((electronic, "12345678", "invoice_number"),
                             (paper, "26112000000012345678", "invoice_number"),
                             (paper, "", "invoice_number")):
        with pytest.raises(DomainError) as caught:
            issue(database, clerk, d, number)
        assert caught.value.field == field
    for day in (date(2026, 11, 26), date(2026, 11, 24), "25/11/2026x"):
        with pytest.raises(DomainError) as caught:
            issue(database, clerk, paper, "12345678", day)
        assert caught.value.field == "invoice_date"


def test_i4_illegal_moves_and_who_may_credit(
        database: Database, clerk: Actor, supervisor: Actor, warehouse_clerk: Actor,
        frozen: list[datetime]) -> None:
    d = request(database, clerk, person())
    with database.transaction() as session, pytest.raises(IllegalTransition):
        invoices.deliver_invoice(session, clerk, d.row.id, d.row.version, "当面交付")
    with database.transaction() as session, pytest.raises(IllegalTransition):
        invoices.credit_invoice(session, supervisor, d.row.id, d.row.version, "退货")
    d = issue(database, clerk, d, "12345678")
    with database.transaction() as session, pytest.raises(PermissionDenied):
        invoices.credit_invoice(session, clerk, d.row.id, d.row.version, "退货")
    with database.transaction() as session, pytest.raises(PermissionDenied):
        invoices.void_request(session, clerk, d.row.id, d.row.version, "开错")
    with database.transaction() as session, pytest.raises(DomainError) as caught:
        invoices.credit_invoice(session, supervisor, d.row.id, d.row.version, " ")
    assert caught.value.field == "reason"
    with database.transaction() as session, pytest.raises(StaleEdit):
        invoices.credit_invoice(session, supervisor, d.row.id, d.row.version - 1, "退货")
    with database.transaction() as session:
        voided = invoices.void_request(session, supervisor, d.row.id, d.row.version, "开错")
    assert voided.row.state == "voided" and voided.close_reason == "开错"
    with database.read() as session, pytest.raises(PermissionDenied):
        invoices.list_requests(session, warehouse_clerk)


def test_i4_an_issued_electronic_invoice_is_credited_not_voided(
        database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]) -> None:
    d = issue(database, clerk, request(database, clerk, company()), "26112000000012345678")
    assert "void_issued" not in d.actions and "credit" in d.actions
    with database.transaction() as session, pytest.raises(DomainError) as caught:
        invoices.void_request(session, supervisor, d.row.id, d.row.version, "开错")
    assert "red-letter" in caught.value.text()
    with database.transaction() as session:
        d = invoices.credit_invoice(session, supervisor, d.row.id, d.row.version, "退货",
                                    "26112000000012349999")
    assert (d.row.state, d.credit_number) == ("credited", "26112000000012349999")


def test_i4_list_filters_and_finds(database: Database, clerk: Actor,
                                   frozen: list[datetime]) -> None:
    a = request(database, clerk, company())
    b = request(database, clerk, person(receipts=["XS9"]))
    b = issue(database, clerk, b, "12345678")
    with database.read() as session:
        def numbers(flt: InvoiceFilter) -> list[str]:
            return [r.number for r in invoices.list_requests(session, clerk, flt).rows]

        assert numbers(InvoiceFilter()) == [b.row.number, a.row.number]
        assert numbers(InvoiceFilter(state="issued")) == [b.row.number]
        assert numbers(InvoiceFilter(text="示例")) == [a.row.number]
        assert numbers(InvoiceFilter(text="xs9")) == [b.row.number]
        assert numbers(InvoiceFilter(text="12345678")) == [b.row.number]
        assert numbers(InvoiceFilter(text=a.row.number.lower())) == [a.row.number]
        assert numbers(InvoiceFilter(text="100%_")) == []
        assert invoices.count_requests(session, clerk, InvoiceFilter(state="requested")) == 1
        assert invoices.find_request(session, clerk, "12345678").row.id == b.row.id


# -- the paper, the export, the archive ---------------------------------------------------------

def test_i4_the_request_prints_for_the_customer(
        database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime],
        tmp_path: Path) -> None:
    d = request(database, clerk, company())
    saved = invoice_papers.save_request(database, clerk, d.row.number, tmp_path / "kp.pdf",
                                        english)
    assert saved.path.read_bytes().startswith(b"%PDF")
    assert saved.printed.kind == "invoice_request"
    with database.read() as session:
        assert issued.verify(session, supervisor, saved.path.read_bytes()).status == (
            issued.ORIGINAL)
        again = invoice_papers.request_pdf(session, clerk, d.row.id, english)
    assert again.records[0].copy
    text = subprocess.run(["pdftotext", "-raw", str(saved.path), "-"], check=True,
                          capture_output=True, text=True).stdout.replace("\n", "")
    for words in ("肆佰柒拾捌元整", "XS20261125001", d.row.number, COMPANY_ID, "¥398.00"):
        assert words in text


class _Bar:
    def __init__(self) -> None:
        self.steps: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.steps.append((done, total))


def test_i4_issued_invoices_export_for_finance(
        database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime],
        tmp_path: Path) -> None:
    request(database, clerk, person(receipts=["XS1"]))  # requested: not exported
    issued_one = issue(database, clerk, request(database, clerk, company(receipts=["XS2"])),
                       "26112000000012345678")
    credited = issue(database, clerk, request(database, clerk, person(receipts=["XS3"])),
                     "12345678")
    with database.transaction() as session:
        invoices.credit_invoice(session, supervisor, credited.row.id, credited.row.version, "退货")
    with pytest.raises(PermissionDenied):
        invoices.export_invoices(database, clerk, date(2026, 11, 1), date(2026, 11, 30),
                                 tmp_path / "no.xlsx", english, JobControl(_Bar()))
    result = invoices.export_invoices(database, supervisor, date(2026, 11, 1),
                                      date(2026, 11, 30), tmp_path / "inv.xlsx", english,
                                      JobControl(_Bar()))
    assert result.count == 3  # two lines of the company's, one of the credited
    book = load_workbook(result.path, read_only=True)
    lines = list(book.worksheets[0].iter_rows(min_row=4, values_only=True))
    assert [r[1] for r in lines] == [issued_one.row.invoice_number] * 2 + ["12345678"]
    assert lines[0][13] + lines[0][14] == lines[0][15]
    totals = list(book.worksheets[1].iter_rows(min_row=2, values_only=True))
    assert [Decimal(str(v)) for v in totals[0][:4]] == [
        13, Decimal("352.21"), Decimal("45.79"), Decimal("398.00")]  # cells hold floats
    [entry] = audit_entries(database, "invoice.export")
    assert entry.after["count"] == 3 and entry.after["from"] == "2026-11-01"
    assert not (tmp_path / "no.xlsx").exists()


def test_k3_invoice_requests_in_the_customer_archive(
        database: Database, clerk: Actor) -> None:
    customer = add_customer(database, clerk, "张三", "13800138000")
    d = request(database, clerk, person(customer_id=customer.id))
    with database.read() as session:
        history = archive.customer_history(session, clerk, customer.id)
    [item] = [h for h in history if h.kind == "invoice"]
    assert (item.number, item.state, item.category) == (d.row.number, "requested",
                                                        "paper_ordinary")
    assert "¥398.00" in item.summary


def test_i2_lines_stored_exactly(database: Database, clerk: Actor) -> None:
    request(database, clerk, person(lines=[LineInput("线缆", "2.125", "3.33", "9")]))
    with database.read() as session:
        [line] = session.query(InvoiceLine).all()
        assert Decimal(str(line.quantity)) == Decimal("2.125")
        assert (Decimal(str(line.total)), Decimal(str(line.amount)), Decimal(str(line.tax))) == (
            Decimal("7.08"), Decimal("6.50"), Decimal("0.58"))


# -- the command line ---------------------------------------------------------------------------

PASSWORD = "own-password-9"


def test_i4_desk_export_invoices_and_print_invoice_request(
        database: Database, database_url: str, clerk: Actor, supervisor: Actor,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        qapp: object) -> None:
    from desk import cli
    from desk.services import clock, staff

    for actor in (clerk, supervisor):
        with database.transaction() as session:
            staff.change_password(session, actor, f"{actor.username}-pass-1", PASSWORD)
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    today = clock.local_today()
    d = issue(database, clerk, request(database, clerk, company()), "26112000000012345678",
              today)
    out = tmp_path / "发票.xlsx"
    args = ["export", "invoices", "--from", today.isoformat(), "--to", today.isoformat(),
            "--out", str(out), "--db", database_url, "--lang", "en"]
    assert cli.main([*args, "--user", clerk.username]) == cli.EXIT_REFUSED  # finance's
    assert "may not do this" in capsys.readouterr().err and not out.exists()
    assert cli.main([*args, "--user", supervisor.username]) == 0
    assert f"2 invoice line(s) -> {out}" in capsys.readouterr().out
    rows = list(load_workbook(out).worksheets[0].iter_rows(min_row=4, values_only=True))
    assert [r[2] for r in rows] == [d.row.number, d.row.number]
    backwards = ["export", "invoices", "--from", "2026-11-30", "--to", "2026-11-01",
                 "--out", str(tmp_path / "x.xlsx"), "--db", database_url, "--lang", "en",
                 "--user", supervisor.username]
    assert cli.main(backwards) == cli.EXIT_REFUSED
    paper = tmp_path / "开票申请.pdf"
    assert cli.main(["print", "invoice-request", d.row.number.lower(), "--out", str(paper),
                     "--db", database_url, "--user", clerk.username, "--lang", "en"]) == 0
    assert f"Invoice request {d.row.number}, " in capsys.readouterr().out
    assert paper.read_bytes().startswith(b"%PDF")


def test_i2_a_request_whose_figures_are_not_exact_in_binary_floats_is_saved(
        database: Database, clerk: Actor) -> None:
    """88.41 + 11.49 is not 99.9 in binary floats (SQLite's NUMERIC): the sums are the
    service's exact Decimals, not a database CHECK."""
    d = request(database, clerk, person(lines=[LineInput("电水壶", "1", "99.9", "13")]))
    assert (d.amount, d.tax, d.row.total) == (Decimal("88.41"), Decimal("11.49"),
                                              Decimal("99.90"))
