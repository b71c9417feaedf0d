from desk.db import Database
from desk.services import customers, reception
from desk.services.permissions import Actor


def test_r1_r2_visit_logged_and_finished(database: Database, clerk: Actor) -> None:
    with database.transaction() as s:
        c = customers.create_customer(s, clerk, customers.CustomerInput("张三", "13812345678"))
        v = reception.log_visit(s, clerk, c.id, "inquiry", "问价格")
    with database.transaction() as s:
        done = reception.finish_visit(s, clerk, v.id, "已解答", v.version)
    assert done.finished_at is not None and done.handling_seconds is not None
    assert done.number.startswith("JD-")
