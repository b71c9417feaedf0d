"""Issue 5 §3: the visit list reads plain columns, not ORM objects (half of a page's Python
time on the worker thread, which holds the GIL the window's repaint waits for). Its rows must
still be the very rows every other reader of a visit gets."""

from __future__ import annotations

from desk.db import Database
from desk.services import reception
from desk.services.paging import Sort
from desk.services.permissions import Actor
from desk.services.reception import VisitFilter
from tests.services.helpers import add_customer


def test_r3_listed_and_exported_rows_are_the_rows_get_visit_gives(
    database: Database, clerk: Actor
) -> None:
    customer = add_customer(database, clerk, "张三", "13865166044")
    with database.transaction() as session:
        named = reception.log_visit(session, clerk, customer.id, "repair", "屏幕碎了")
        anonymous = reception.log_visit(session, clerk, None, "inquiry", "问价格")
        reception.finish_visit(session, clerk, named.id, "已送修", named.version)
    with database.read() as session:
        expected = [reception.get_visit(session, clerk, v.id) for v in (anonymous, named)]
        page = reception.list_visits(
            session, clerk, VisitFilter.today(), Sort("number", descending=True)
        )
        streamed = list(reception.stream_visits(
            session, clerk, VisitFilter.today(), Sort("number", descending=True)
        ))
    assert page.rows == expected and streamed == expected
    finished = page.rows[1]
    assert finished.customer_name == "张三" and finished.masked_phone != "13865166044"
    assert (finished.notes, finished.outcome, finished.version) == ("屏幕碎了", "已送修", 2)
    assert page.rows[0].customer_name == "" and page.rows[0].is_open
