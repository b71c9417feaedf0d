"""Pending replies of walk-ins (R1): a question not answered on the spot gets a promised reply
time; pending replies are listed, most urgent first, and overdue ones stand out (like C8)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from desk.db import Database
from desk.models import AuditEntry, PendingReply, Visit
from desk.services import archive, clock, reception, replies
from desk.services.errors import DomainError, NotFound, PermissionDenied, StaleEdit
from desk.services.permissions import Actor
from desk.services.replies import ANSWERED, OVERDUE, PENDING, ReplyFilter, ReplyPromise, ReplyRow
from tests.services.helpers import add_customer, audit_entries, count_rows


def _visit(database: Database, actor: Actor, customer_id: int | None = None) -> int:
    with database.transaction() as session:
        return reception.log_visit(session, actor, customer_id, "inquiry", "问保修").id


def _promise(
    database: Database, actor: Actor, visit_id: int, question: str = "冰箱保修几年？",
    hours: float = 24,
) -> ReplyRow:
    with database.transaction() as session:
        return replies.promise_reply(
            session, actor, visit_id=visit_id, question=question,
            promised_at=clock.now() + timedelta(hours=hours),
        )


def _listed(database: Database, actor: Actor, flt: ReplyFilter | None = None) -> list[int]:
    flt = flt or ReplyFilter()
    with database.read() as session:
        rows = replies.list_replies(session, actor, flt).rows
        assert replies.count_replies(session, actor, flt) == len(rows)
    return [r.id for r in rows]


def _frozen_at(monkeypatch: pytest.MonkeyPatch, at: datetime) -> None:
    monkeypatch.setattr(clock, "now", lambda: at)


@pytest.fixture
def zhang_visit(database: Database, clerk: Actor) -> tuple[int, int]:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    return zhang.id, _visit(database, clerk, zhang.id)


# --- promising -------------------------------------------------------------------------------


def test_r1_promise_reply_takes_customer_from_visit_and_owner_from_actor(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int]
) -> None:
    customer_id, visit_id = zhang_visit
    before = clock.now()
    reply = _promise(database, clerk, visit_id, "  冰箱\u200b保修几年？ ")
    assert reply.customer_id == customer_id and reply.customer_name == "张三"
    assert reply.masked_phone == "138****5678"  # K2: lists show it masked
    assert reply.owner_id == clerk.id and reply.owner_name == "李四"
    assert reply.question == "冰箱保修几年？"  # cleaned: trimmed, the zero-width space dropped
    assert reply.state == PENDING and not reply.overdue and reply.shown_state == PENDING
    assert reply.created_at >= before and reply.answered_at is None
    with database.read() as session:
        assert reply.visit_number == session.get(Visit, visit_id).number  # type: ignore[union-attr]
    (entry,) = audit_entries(database, "reply.promise")
    assert entry.entity == "reply" and entry.entity_id == reply.id
    assert entry.after["question"] == "冰箱保修几年？"


def test_r1_finishing_a_visit_records_its_promise_in_the_same_commit(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int]
) -> None:
    _, visit_id = zhang_visit
    promised = clock.now() + timedelta(days=1)
    with database.transaction() as session:
        visit = reception.finish_visit(
            session, clerk, visit_id, "需查询厂家保修政策", 1,
            promise=ReplyPromise("变频空调的保修期", promised),
        )
    assert visit.finished_at is not None
    with database.read() as session:
        (reply,) = replies.list_replies(session, clerk, ReplyFilter()).rows
    assert reply.visit_id == visit_id and reply.question == "变频空调的保修期"
    assert reply.promised_at == promised and reply.created_at == visit.finished_at


def test_r1_a_refused_promise_leaves_the_visit_open(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int]
) -> None:
    """One commit for both: a promise in the past refuses the whole finish."""
    _, visit_id = zhang_visit
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        reception.finish_visit(
            session, clerk, visit_id, "已登记", 1,
            promise=ReplyPromise("保修期", clock.now() - timedelta(hours=1)),
        )
    assert refused.value.field == "promised_at"
    assert count_rows(database, PendingReply) == 0
    with database.read() as session:
        assert reception.get_visit(session, clerk, visit_id).is_open


def test_r1_an_anonymous_walk_in_may_be_promised_a_reply(
    database: Database, clerk: Actor
) -> None:
    reply = _promise(database, clerk, _visit(database, clerk), "留了电话：积分怎么兑换")
    assert reply.customer_id is None and reply.customer_name == "" and reply.masked_phone == ""


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "hours", "field"),
    [
        ("", 24, "question"),
        ("  \n\t ", 24, "question"),
        ("\x00\x07\u202e\u200b", 24, "question"),  # only control and invisible characters
        ("问" * 5000, 24, "question"),
        ("保修期", -1, "promised_at"),
        ("保修期", 0, "promised_at"),
        ("保修期", 31 * 24, "promised_at"),
    ],
    ids=["empty", "blank", "control-only", "5000-chars", "past", "now", "beyond-30-days"],
)
def test_r1_bad_promise_is_refused_and_nothing_saved(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int], question: str,
    hours: float, field: str,
) -> None:
    _, visit_id = zhang_visit
    audit_rows = count_rows(database, AuditEntry)
    with pytest.raises(DomainError) as refused:
        _promise(database, clerk, visit_id, question, hours)
    assert refused.value.field == field
    assert count_rows(database, PendingReply) == 0
    assert count_rows(database, AuditEntry) == audit_rows


def test_r1_control_characters_are_dropped_from_the_question(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int]
) -> None:
    reply = _promise(database, clerk, zhang_visit[1], "保修\x00期\x1b多久\u202e？")
    assert reply.question == "保修期多久？"


def test_r1_promise_for_a_visit_that_does_not_exist(database: Database, clerk: Actor) -> None:
    with pytest.raises(NotFound):
        _promise(database, clerk, 9999)


def test_r1_promise_at_exactly_the_horizon_is_accepted(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = clock.now()
    _frozen_at(monkeypatch, now)
    with database.transaction() as session:
        reply = replies.promise_reply(
            session, clerk, visit_id=zhang_visit[1], question="保修期",
            promised_at=now + replies.HORIZON,
        )
    assert reply.promised_at == now + replies.HORIZON


# --- the list ---------------------------------------------------------------------------------


def test_r1_list_shows_the_most_urgent_first(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int]
) -> None:
    visit_id = zhang_visit[1]
    later = _promise(database, clerk, visit_id, "B", hours=48)
    soon = _promise(database, clerk, visit_id, "A", hours=2)
    middle = _promise(database, clerk, visit_id, "C", hours=24)
    assert _listed(database, clerk) == [soon.id, middle.id, later.id]


def test_r1_list_pages_by_key_in_the_same_order(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int]
) -> None:
    made = [_promise(database, clerk, zhang_visit[1], f"Q{i}", hours=10 - i) for i in range(5)]
    seen: list[int] = []
    after = None
    with database.read() as session:
        while True:
            page = replies.list_replies(session, clerk, ReplyFilter(), after=after, limit=2)
            seen += [r.id for r in page.rows]
            if page.after is None:
                break
            after = page.after
    assert seen == [r.id for r in reversed(made)]


def test_r1_list_filters_by_state_owner_and_customer(
    database: Database, clerk: Actor, supervisor: Actor, zhang_visit: tuple[int, int]
) -> None:
    zhang_id, visit_id = zhang_visit
    mine = _promise(database, clerk, visit_id, "A", hours=5)
    theirs = _promise(database, supervisor, _visit(database, supervisor), "B", hours=6)
    done = _promise(database, clerk, visit_id, "C", hours=7)
    with database.transaction() as session:
        replies.answer_reply(session, clerk, done.id, "已电话告知", done.version)
    assert _listed(database, clerk) == [mine.id, theirs.id]
    assert _listed(database, clerk, ReplyFilter(ANSWERED)) == [done.id]
    # All: the pending ones first, most urgent on top, then the answered.
    assert _listed(database, clerk, ReplyFilter(None)) == [mine.id, theirs.id, done.id]
    assert _listed(database, clerk, ReplyFilter(owner_id=supervisor.id)) == [theirs.id]
    assert _listed(database, clerk, ReplyFilter(None, customer_id=zhang_id)) == [
        mine.id, done.id]


def test_r1_overdue_flag_and_counts_at_a_frozen_clock(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    visit_id = zhang_visit[1]
    soon = _promise(database, clerk, visit_id, "A", hours=1)
    later = _promise(database, clerk, visit_id, "B", hours=5)
    answered = _promise(database, clerk, visit_id, "C", hours=2)
    with database.transaction() as session:
        replies.answer_reply(session, clerk, answered.id, "已答复", answered.version)
        counts = replies.reply_counts(session, clerk)
    assert (counts.pending, counts.overdue) == (2, 0)
    _frozen_at(monkeypatch, clock.now() + timedelta(hours=3))
    with database.read() as session:
        rows = {r.id: r for r in replies.list_replies(session, clerk, ReplyFilter(None)).rows}
        counts = replies.reply_counts(session, clerk)
        theirs = replies.reply_counts(session, clerk, owner_id=clerk.id + 1000)
    assert rows[soon.id].overdue and rows[soon.id].shown_state == OVERDUE
    assert not rows[later.id].overdue and rows[later.id].shown_state == PENDING
    # Answered after its promised time has passed: done, not overdue.
    assert not rows[answered.id].overdue and rows[answered.id].shown_state == ANSWERED
    assert (counts.pending, counts.overdue) == (2, 1)
    assert (theirs.pending, theirs.overdue) == (0, 0)


# --- answering --------------------------------------------------------------------------------


def test_r1_answer_records_who_when_and_what(
    database: Database, clerk: Actor, supervisor: Actor, zhang_visit: tuple[int, int]
) -> None:
    reply = _promise(database, clerk, zhang_visit[1])
    with database.transaction() as session:
        answered = replies.answer_reply(
            session, supervisor, reply.id, "  整机保修三年，\n压缩机十年 ", reply.version)
    assert answered.state == ANSWERED and not answered.overdue
    assert answered.answer == "整机保修三年，\n压缩机十年"
    assert answered.answered_by == "赵六" and answered.answered_at is not None
    assert answered.owner_id == clerk.id  # answered by a colleague: still the clerk's promise
    assert _listed(database, clerk) == []  # it leaves the pending list
    (entry,) = audit_entries(database, "reply.answer")
    assert entry.before["state"] == PENDING and entry.after["state"] == ANSWERED
    assert entry.after["answer"] == "整机保修三年，\n压缩机十年"


def test_r1_answering_twice_is_refused_naming_who_answered(
    database: Database, clerk: Actor, supervisor: Actor, zhang_visit: tuple[int, int]
) -> None:
    reply = _promise(database, clerk, zhang_visit[1])
    with database.transaction() as session:
        replies.answer_reply(session, supervisor, reply.id, "三年", reply.version)
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        replies.answer_reply(session, clerk, reply.id, "五年", reply.version)
    assert "answered already by 赵六" in refused.value.text()
    with database.read() as session:
        assert replies.get_reply(session, clerk, reply.id).answer == "三年"
    assert len(audit_entries(database, "reply.answer")) == 1


def test_r1_stale_answer_is_refused(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int]
) -> None:
    reply = _promise(database, clerk, zhang_visit[1])
    with database.transaction() as session:
        stored = session.get(PendingReply, reply.id)
        assert stored is not None
        stored.question = "冰箱和洗衣机的保修期"  # someone else's edit bumps the version
    with pytest.raises(StaleEdit), database.transaction() as session:
        replies.answer_reply(session, clerk, reply.id, "三年", reply.version)


@pytest.mark.parametrize(
    "answer", ["", "   ", "\x00\u200b", "答" * 5000], ids=["empty", "blank", "invisible", "5000"]
)
def test_r1_bad_answer_is_refused(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int], answer: str
) -> None:
    reply = _promise(database, clerk, zhang_visit[1])
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        replies.answer_reply(session, clerk, reply.id, answer, reply.version)
    assert refused.value.field == "answer"
    with database.read() as session:
        assert replies.get_reply(session, clerk, reply.id).state == PENDING


# --- who may ----------------------------------------------------------------------------------


Call = Callable[..., object]


@pytest.mark.parametrize(
    "call",
    [
        lambda s, a, r: replies.list_replies(s, a, ReplyFilter()),
        lambda s, a, r: replies.reply_counts(s, a),
        lambda s, a, r: replies.get_reply(s, a, r.id),
        lambda s, a, r: replies.answer_reply(s, a, r.id, "三年", r.version),
        lambda s, a, r: replies.promise_reply(
            s, a, visit_id=r.visit_id, question="Q", promised_at=clock.now() + timedelta(1)),
    ],
    ids=["list", "counts", "get", "answer", "promise"],
)
def test_r1_warehouse_role_is_refused(
    database: Database, clerk: Actor, warehouse_clerk: Actor, zhang_visit: tuple[int, int],
    call: Call,
) -> None:
    reply = _promise(database, clerk, zhang_visit[1])
    with pytest.raises(PermissionDenied), database.transaction() as session:
        call(session, warehouse_clerk, reply)


# --- K3: the customer's archive ---------------------------------------------------------------


def test_k3_archive_lists_the_customers_questions(
    database: Database, clerk: Actor, zhang_visit: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    zhang_id, visit_id = zhang_visit
    waiting = _promise(database, clerk, visit_id, "洗衣机保修期", hours=1)
    done = _promise(database, clerk, visit_id, "能否上门安装", hours=2)
    with database.transaction() as session:
        replies.answer_reply(session, clerk, done.id, "可以", done.version)
    _frozen_at(monkeypatch, clock.now() + timedelta(hours=3))
    with database.read() as session:
        history = archive.customer_history(session, clerk, zhang_id)
    items = {i.record_id: i for i in history if i.kind == "reply"}
    assert items[waiting.id].state == OVERDUE and items[waiting.id].summary == "洗衣机保修期"
    assert items[done.id].state == ANSWERED
    assert items[done.id].number == waiting.visit_number != ""
    assert [i.kind for i in history].count("visit") == 1  # beside the visit itself
