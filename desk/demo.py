"""Demo data: a believable store counter for a newcomer (``desk demo``, ``desk --demo``).

:func:`fill_demo` writes three weeks of an ordinary service counter through the services
themselves (accounts, customers, visits, leads), so numbers, search keys and audit rows are the
real ones. The benchmarks' bulk loader (``bench/bulk_fill.py``) reuses its names and phrases.

It only fills an empty database and create the accounts of :data:`DEMO_ACCOUNTS`, whose
passwords are documented in the README: demo data is for trying the desk, never for a store.

Everything random comes from ``random.Random(seed)``: the same seed gives the same customers and
visits; only the dates move with today (:func:`desk.services.clock.local_today`). Times are
drawn within opening hours (09:00-21:00 local). When the demo is filled before opening time,
today's visits are placed in the hours just before now, so the "today" view is never empty.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desk.db import Database
from desk.models import AuditEntry, Complaint, Customer, Lead, PendingReply, Staff, Visit
from desk.services import (
    audit,
    clock,
    complaints,
    leads,
    reception,
    replies,
    settings,
    staff,
    validation,
)
from desk.services.customers import CustomerInput, create_customer
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.permissions import Actor

Progress = Callable[[int, int], None]


# The status bar names the store; the demo's is plainly a demo.
DEMO_STORE_NAME = "演示门店 · 人民路店"


class DemoAccount(NamedTuple):
    username: str
    display_name: str
    role: str
    password: str


# Documented in the README; sign-in is direct (no forced password change) for these accounts.
DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "王磊", "admin", "admin123"),
    DemoAccount("counter", "李娜", "counter", "counter123"),
    DemoAccount("counter2", "张敏", "counter", "counter123"),
    DemoAccount("warehouse", "刘强", "warehouse", "warehouse123"),
    DemoAccount("supervisor", "陈静", "supervisor", "supervisor123"),
)
# bulk_fill adds these clerks (password counter123) so per-staff lists have realistic shares.
BULK_EXTRA_CLERKS: tuple[DemoAccount, ...] = (
    DemoAccount("counter3", "赵雪", "counter", "counter123"),
    DemoAccount("counter4", "孙浩", "counter", "counter123"),
    DemoAccount("counter5", "周婷", "counter", "counter123"),
)

OPENS, CLOSES = time(9, 0), time(21, 0)
OPENING_HOURS = timedelta(hours=12)
DEMO_CUSTOMERS = 300


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    customers: int
    visits: int
    leads: int
    open_visits: int
    complaints: int


# --- names, phones, companies -------------------------------------------------------------

# Surnames with their approximate share of the population (per cent).
_SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 7.1), ("李", 7.0), ("张", 6.7), ("刘", 5.4), ("陈", 4.5), ("杨", 3.1), ("赵", 2.3),
    ("黄", 2.2), ("周", 2.1), ("吴", 2.0), ("徐", 1.7), ("孙", 1.5), ("胡", 1.3), ("朱", 1.3),
    ("高", 1.2), ("林", 1.2), ("何", 1.2), ("郭", 1.1), ("马", 1.1), ("罗", 0.9), ("梁", 0.8),
    ("宋", 0.8), ("郑", 0.8), ("谢", 0.7), ("韩", 0.7), ("唐", 0.7), ("冯", 0.7), ("于", 0.6),
    ("董", 0.6), ("萧", 0.3), ("程", 0.5), ("曹", 0.5), ("袁", 0.5), ("邓", 0.5), ("许", 0.5),
    ("傅", 0.4), ("沈", 0.4), ("曾", 0.4), ("彭", 0.4), ("吕", 0.4), ("苏", 0.4), ("卢", 0.4),
    ("蒋", 0.4), ("蔡", 0.4), ("贾", 0.3), ("丁", 0.3), ("魏", 0.3), ("薛", 0.3), ("叶", 0.3),
    ("余", 0.3), ("潘", 0.3), ("杜", 0.3), ("戴", 0.3), ("夏", 0.3), ("钟", 0.3), ("汪", 0.3),
    ("田", 0.3), ("任", 0.3), ("姜", 0.3), ("范", 0.3), ("方", 0.3), ("石", 0.3), ("姚", 0.3),
    ("谭", 0.3), ("廖", 0.2), ("邹", 0.2), ("熊", 0.2), ("金", 0.2), ("陆", 0.2), ("郝", 0.2),
    ("孔", 0.2), ("白", 0.2), ("崔", 0.2), ("康", 0.2), ("毛", 0.2), ("邱", 0.2), ("秦", 0.2),
    ("江", 0.2), ("史", 0.2), ("顾", 0.2), ("侯", 0.2), ("邵", 0.2), ("孟", 0.2), ("龙", 0.2),
    ("单", 0.1), ("欧阳", 0.05), ("上官", 0.02), ("司马", 0.02), ("诸葛", 0.01),
)
_SURNAME_NAMES = [s for s, _ in _SURNAMES]
_SURNAME_CUM = list(itertools.accumulate(w for _, w in _SURNAMES))

# One-character given names, men's and women's: each character of a string is one name.
_GIVEN_ONE = (
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳峰",
    "芳娜敏静丽艳娟霞婷雪琳慧颖倩欣佳怡晶莉燕红梅琴蕾薇璐萍丹玲",
)
_GIVEN_TWO = (
    "建华", "建国", "建军", "志强", "志明", "国强", "国庆", "晓东", "晓明", "海涛",
    "文博", "俊杰", "浩然", "宇轩", "子轩", "思远", "明辉", "永刚", "立新", "春生",
    "德华", "家豪", "一鸣", "天佑", "嘉伟", "秀英", "桂英", "玉兰", "海燕", "晓燕",
    "丽娟", "春梅", "子涵", "梓涵", "一诺", "欣怡", "雨涵", "佳怡", "嘉怡", "晓丽",
    "红霞", "金凤", "丽华", "淑珍", "桂兰", "秀兰", "美玲", "雅琴", "思琪", "梦瑶",
    "诗涵", "雨欣", "婉婷", "静怡", "晓红", "玉梅", "凤英", "慧敏",
)

# Companies with the area code of their city, for their switchboard number.
_COMPANIES = (
    ("北京华联商贸有限公司", "010"),
    ("上海锦江物业管理有限公司", "021"),
    ("广州市天河明珠酒店有限公司", "020"),
    ("深圳市宏达电子科技有限公司", "0755"),
    ("杭州绿城物业服务集团有限公司", "0571"),
    ("成都蜀南装饰工程有限公司", "028"),
    ("武汉长江建设集团有限公司", "027"),
    ("南京金陵饭店有限公司", "025"),
    ("苏州星海实验中学", "0512"),
    ("天津滨海新区人民医院", "022"),
    ("重庆山城物流有限公司", "023"),
    ("西安古都文化旅游有限公司", "029"),
)
_CONTACT_TITLES = ("采购部王经理", "行政部李主任", "后勤处张老师", "总务科刘科长", "办公室陈秘书")

# Mobile prefixes in rough proportion to how often one sees them on a Chinese counter.
_MOBILE_PREFIXES: tuple[tuple[str, int], ...] = (
    ("138", 9), ("139", 9), ("135", 7), ("136", 6), ("137", 6), ("150", 5), ("151", 5),
    ("152", 4), ("158", 5), ("159", 5), ("186", 6), ("185", 4), ("187", 4), ("188", 4),
    ("180", 3), ("189", 4), ("181", 3), ("182", 3), ("183", 2), ("184", 1), ("130", 3),
    ("131", 3), ("132", 3), ("133", 3), ("134", 2), ("153", 2), ("155", 2), ("156", 2),
    ("157", 2), ("166", 2), ("170", 1), ("171", 1), ("173", 2), ("175", 1), ("176", 2),
    ("177", 2), ("178", 2), ("198", 2), ("199", 2),
)
_MOBILE_NAMES = [p for p, _ in _MOBILE_PREFIXES]
_MOBILE_CUM = list(itertools.accumulate(w for _, w in _MOBILE_PREFIXES))
# Home landlines: Beijing, Shanghai, Guangzhou, Shenzhen (eight-digit local numbers).
_HOME_AREAS = ("010", "021", "020", "0755")

_CUSTOMER_NOTES = (
    "老顾客，喜欢周末上午来店",
    "听力不太好，说话请大声一点",
    "需要开增值税专用发票",
    "住在附近小区，可上门送货",
    "只接受短信通知，不要打电话",
    "家里有老人，安装请提前预约",
)


def _weighted(rng: random.Random, names: Sequence[str], cum: Sequence[float]) -> str:
    return names[bisect.bisect_right(cum, rng.random() * cum[-1])]


def _person_name(rng: random.Random) -> str:
    surname = _weighted(rng, _SURNAME_NAMES, _SURNAME_CUM)
    chars = rng.choice(_GIVEN_ONE)
    if rng.random() < 0.3:
        return surname + rng.choice(chars)
    if rng.random() < 0.75:
        return surname + rng.choice(_GIVEN_TWO)
    return surname + rng.choice(chars) + rng.choice(chars)


def _mobile(rng: random.Random) -> str:
    return _weighted(rng, _MOBILE_NAMES, _MOBILE_CUM) + f"{rng.randrange(10**8):08d}"


def _landline(rng: random.Random, area: str = "") -> str:
    return f"{area or rng.choice(_HOME_AREAS)}-{rng.randint(2, 8)}{rng.randrange(10**7):07d}"


def _unique_phone(rng: random.Random, taken: set[str], make: Callable[[random.Random], str]) -> str:
    """A number the desk's own validation accepts, not given to another customer yet."""
    while True:
        try:
            digits = validation.phone(make(rng))
        except DomainError:
            continue
        if digits and digits not in taken:
            taken.add(digits)
            return digits


@dataclass(frozen=True)
class _NewCustomer:
    name: str
    phone: str
    member_no: str
    company: str
    notes: str


def _customers(
    rng: random.Random, count: int, company_share: float = 0.04
) -> Iterator[_NewCustomer]:
    """People (mobile mostly, some landlines, a few without a phone) and a few companies."""
    taken: set[str] = set()
    member = 10_000_000 + rng.randrange(100_000)
    companies = list(_COMPANIES)
    rng.shuffle(companies)
    for _ in range(count):
        if companies and rng.random() < company_share:
            company, area = companies.pop()
            switchboard = _unique_phone(rng, taken, partial(_landline, area=area))
            yield _NewCustomer(company, switchboard, "", company,
                               f"单位客户，对接人：{rng.choice(_CONTACT_TITLES)}")
            continue
        roll = rng.random()
        if roll < 0.92:
            number = _unique_phone(rng, taken, _mobile)
        elif roll < 0.96:
            number = _unique_phone(rng, taken, _landline)
        else:
            number = ""
        member_no = ""
        if rng.random() < 0.3:
            member += 1 + rng.randrange(400)
            member_no = f"VIP{member:08d}"
        employer = rng.choice(_COMPANIES)[0] if rng.random() < 0.03 else ""
        note = rng.choice(_CUSTOMER_NOTES) if rng.random() < 0.08 else ""
        yield _NewCustomer(_person_name(rng), number, member_no, employer, note)


# --- what happens at the counter ------------------------------------------------------------

_PRODUCTS = (
    "空调", "冰箱", "洗衣机", "液晶电视", "手机", "热水器", "油烟机", "笔记本电脑", "净水器",
    "扫地机器人", "微波炉", "电饭煲", "燃气灶", "空气净化器",
)
# Purpose, weight, and (notes, outcome) pairs; "{p}" is a product, "{n}" a quantity.
_PURPOSES: tuple[tuple[str, int, tuple[tuple[str, str], ...]], ...] = (
    ("inquiry", 34, (
        ("咨询{p}以旧换新政策", "已解释政策并留下联系方式"),
        ("询问{p}的安装费用和上门时间", "已告知收费标准，顾客回家商量"),
        ("咨询{p}分期付款和会员积分", "已说明分期方案，积分可抵现"),
        ("问{p}有没有现货", "已查库存，预计三天后到货，到货后电话通知"),
        ("咨询{p}延保服务", "已介绍延保价格，顾客考虑中"),
        ("询问周末促销活动的满减规则", "已发放活动传单并讲解规则"),
    )),
    ("return_exchange", 18, (
        ("购买{p}七天内要求退货，外包装完好", "已核对小票，办理退货，款项原路退回"),
        ("{p}外壳有划痕，要求换货", "已登记，联系仓库调换新机，明天送货"),
        ("{p}型号买错了，想换另一款", "已办理换货，顾客补差价"),
        ("{p}超过退货期限要求退货", "已解释退换货政策，建议走维修，顾客接受"),
    )),
    ("repair", 14, (
        ("{p}无法开机，要求维修", "已登记报修，售后师傅明天上午上门"),
        ("{p}运行时有异响", "已开维修单，预约周六上门检测"),
        ("{p}遥控器失灵", "现场更换遥控器电池后恢复正常"),
        ("送修的{p}询问维修进度", "已查询，配件已到，本周内修好"),
    )),
    ("complaint", 7, (
        ("投诉送货师傅迟到两个小时", "已致歉并登记投诉，转物流部处理"),
        ("投诉{p}安装后漏水", "已安排师傅复查，承诺24小时内回复"),
        ("认为{p}买贵了，对促销价格有异议", "已核实价格，按保价政策退还差价"),
        ("投诉店员服务态度差", "已向顾客道歉，反馈给门店主管"),
    )),
    ("gift", 8, (
        ("领取购买{p}的赠品", "已核对小票并发放赠品"),
        ("满额赠品领取，小票金额不够", "已解释活动规则，顾客表示理解"),
        ("会员生日礼品领取", "已核对会员信息并发放礼品"),
    )),
    ("storage", 6, (
        ("寄存刚买的{p}，先去逛商场", "已寄存，发放寄存牌"),
        ("寄存大件行李两件", "已寄存，提醒21:00前取回"),
        ("来取寄存的{p}", "核对寄存牌和手机尾号后已取走"),
    )),
    ("invoice", 7, (
        ("购买{p}要开电子普通发票", "已登记开票信息，三个工作日内发到邮箱"),
        ("单位采购要开增值税专用发票", "已收取开票资料，转财务开具"),
        ("发票抬头开错了要求重开", "已登记红冲重开申请"),
    )),
    ("group_purchase", 3, (
        ("单位采购{n}台{p}作为员工福利", "已登记需求，转销售部对接报价"),
        ("小区团购{p}，约{n}户", "已留联系方式，销售经理回电"),
    )),
    ("other", 3, (
        ("问路：找三楼家电售后点", "已指引"),
        ("借用充电宝", "已借出，登记手机号"),
        ("在收银台附近丢失钱包", "已联系保安部查看监控，找到后电话通知"),
        ("咨询停车收费", "已说明：购物满200元免费停车两小时"),
    )),
)
_PURPOSE_NAMES = [p for p, _, _ in _PURPOSES]
_PURPOSE_CUM = list(itertools.accumulate(w for _, w, _ in _PURPOSES))
_PHRASES = {p: texts for p, _, texts in _PURPOSES}
_LEAD_INTERESTS = (
    "有意购买{p}，等周末活动再定",
    "想换新{p}，预算五千元左右",
    "新房装修，需要整套家电，含{p}",
    "看中了样机{p}，希望销售给个最低价",
)
# R1: questions the counter could not answer on the spot, and the replies given later.
_QUESTIONS = (
    ("{p}的保修期是几年，压缩机是否单独保修", "整机保修三年，压缩机保修十年，已电话告知"),
    ("购买{p}能否参加以旧换新补贴", "已向厂家确认：可以，补贴200元，已短信通知"),
    ("送修的{p}更换主板要多少钱", "已查询维修站报价：主板480元含工时，顾客同意维修"),
    ("{p}的延保服务怎么收费", "已电话告知：延保两年199元，可在服务台办理"),
    ("上周买的{p}降价了能否退差价", "已核实在价保期内，退差价150元，请顾客带小票来办理"),
    ("{p}能否安装在飘窗上", "已请安装师傅确认：可以，需加装支架，费用80元"),
)
DEMO_REPLIES = 10  # answered or overdue ones, from the past days; two more are still waiting
_ASKED = ("inquiry", "repair", "return_exchange")
REPLY_BY = time(12, 0)  # the counter's usual promise: noon the next day

SALESPEOPLE = ("销售部-陈经理", "销售部-刘主管", "大客户部-王经理", "家电区-赵姐")
# Visitors per hour of the day from 09:00 to 20:00: a late-morning and an afternoon peak.
_HOUR_WEIGHTS = (2, 6, 7, 4, 4, 6, 7, 7, 5, 4, 6, 3)
_HOUR_CUM = list(itertools.accumulate(_HOUR_WEIGHTS))


def _visit_text(rng: random.Random, purpose: str) -> tuple[str, str]:
    note, outcome = rng.choice(_PHRASES[purpose])
    fill = {"p": rng.choice(_PRODUCTS), "n": rng.choice((10, 20, 30, 50, 80))}
    note = note.format(**fill)
    if rng.random() < 0.05:
        note = ""  # a busy clerk leaves the notes empty now and then
    return note, outcome.format(**fill)


def _purpose(rng: random.Random) -> str:
    return _weighted(rng, _PURPOSE_NAMES, _PURPOSE_CUM)


def _visitors_on(rng: random.Random, day: date) -> int:
    """A Chinese store is busiest at the weekend."""
    if day.weekday() >= 5:
        return rng.randint(28, 40)
    if day.weekday() == 4:
        return rng.randint(18, 30)
    return rng.randint(15, 26)


def _open_window(day: date, now: datetime) -> tuple[datetime, datetime]:
    """The stretch of ``day`` with visitors: opening hours, up to now for today."""
    zone = clock.local_zone()
    opens = datetime.combine(day, OPENS, zone)
    closes = datetime.combine(day, CLOSES, zone)
    if closes <= now:
        return opens, closes
    if now - opens >= timedelta(hours=1):
        return opens, now
    # Before opening (or just after): the hours before now, so today is never empty.
    return max(datetime.combine(day, time.min, zone), now - timedelta(hours=3)), now


def _arrival(rng: random.Random, start: datetime, end: datetime) -> datetime:
    """A time in the window, shaped by the hourly rush (the shape is squeezed into it)."""
    hour = bisect.bisect_right(_HOUR_CUM, rng.random() * _HOUR_CUM[-1])
    share = (hour + rng.random()) / len(_HOUR_WEIGHTS)
    return start + (end - start) * share


def _handling(rng: random.Random) -> timedelta:
    """3 to 40 minutes, mostly under a quarter of an hour (R2)."""
    return timedelta(seconds=int(rng.triangular(3, 40, 8) * 60))


# --- fill_demo: through the services --------------------------------------------------------


def _refuse_unless_empty(session: Session) -> None:
    if not staff.needs_first_admin(session):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "This database has accounts already: demo data only goes into a new, empty "
                "database.",
            )
        )


def _create_accounts(session: Session, accounts: Sequence[DemoAccount]) -> dict[str, Actor]:
    """The first administrator, then the others, all signing in without a password change.

    ``create_staff`` rightly makes a password someone else chose expire at the first sign-in.
    For the demo the passwords are public anyway, so the flag is cleared by a direct update
    (the ORM bumps each row's version) and the reason is written to the audit trail.
    """
    first, *others = accounts
    admin = staff.create_first_admin(session, first.username, first.display_name, first.password)
    actors = {admin.username: admin}
    for account in others:
        info = staff.create_staff(session, admin, account.username, account.display_name,
                                  account.role, account.password)
        actors[info.username] = Actor(info.id, info.username, info.display_name, info.role)
        row = session.get(Staff, info.id)
        assert row is not None
        row.must_change_password = False
        audit.record(session, admin.id, "staff.demo_account", "staff", info.id,
                     after={"must_change_password": False, "reason": "demo account"})
    session.flush()
    return actors


def _counts(session: Session) -> DemoSummary:
    def count(column: Any, *where: Any) -> int:
        return int(session.scalar(select(func.count(column)).where(*where)) or 0)

    return DemoSummary(
        staff=count(Staff.id),
        customers=count(Customer.id),
        visits=count(Visit.id),
        leads=count(Lead.id),
        open_visits=count(Visit.id, Visit.finished_at.is_(None)),
        complaints=count(Complaint.id),
    )


def fill_demo(
    database: Database, days: int = 21, seed: int = 7, progress: Progress | None = None
) -> DemoSummary:
    """Accounts, about 300 customers and ``days`` days of visits up to today, and some leads.

    One transaction for the accounts, one for the customers, one per day of visits; then the
    customers' and leads' creation times are moved back to when they would have happened.
    Refused with a :class:`DomainError` unless the database is empty.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    report = progress or (lambda done, total: None)
    total = days + 3
    with database.transaction() as session:
        _refuse_unless_empty(session)
        actors = _create_accounts(session, DEMO_ACCOUNTS)
        admin = next(a for a in actors.values() if a.role == "admin")
        settings.save_settings(session, admin, settings.DeskSettings(store_name=DEMO_STORE_NAME))
    report(1, total)
    counter = _DemoCounter(random.Random(seed), [a for a in actors.values() if a.role == "counter"])
    with database.transaction() as session:
        counter.open_archive(session, DEMO_CUSTOMERS)
    report(2, total)
    for step, back in enumerate(range(days - 1, -1, -1), start=3):
        with database.transaction() as session:
            counter.serve_day(session, counter.today - timedelta(days=back))
        report(step, total)
    with database.transaction() as session:
        counter.promise_replies(session, random.Random(seed + 1))
    report(total, total)
    with database.transaction() as session:
        counter.backdate(session)
    with database.transaction() as session:
        supervisor = next(a for a in actors.values() if a.role == "supervisor")
        _demo_complaints(session, random.Random(seed), counter, supervisor)
        _demo_claims_and_suggestions(session, actors, counter.customer_ids,
                                     random.Random(seed + 1))
        _demo_callbacks(session, actors, counter.customer_ids, random.Random(seed + 2))
        _demo_warehouse(session, actors)
        _demo_gifts(session, actors, counter.customer_ids)
        _demo_parcels(session, actors)
        _demo_invoices(session, actors, counter.customer_ids)
        return _counts(session)


@dataclass
class _DemoCounter:
    """The demo's day-by-day state: who works the counter, who comes, what was handed on."""

    rng: random.Random
    clerks: list[Actor]
    now: datetime = field(default_factory=clock.now)
    customer_ids: list[int] = field(default_factory=list)
    contacts: dict[int, tuple[str, str]] = field(default_factory=dict)  # id: name, phone
    regulars: list[int] = field(default_factory=list)  # cumulative visit weights
    first_seen: dict[int, datetime] = field(default_factory=dict)
    lead_times: dict[int, datetime] = field(default_factory=dict)

    @property
    def today(self) -> date:
        return clock.local_today(self.now)

    def open_archive(self, session: Session, count: int) -> None:
        """The customers, entered by the clerks through the archive's own service (K1)."""
        for c in list(_customers(self.rng, count, company_share=0.04)):
            data = CustomerInput(c.name, c.phone, c.member_no, c.company, c.notes)
            detail = create_customer(session, self.rng.choice(self.clerks), data)
            self.customer_ids.append(detail.id)
            self.contacts[detail.id] = (c.name, c.phone)
        # A third of the customers are regulars who come three times as often.
        self.regulars = list(itertools.accumulate(
            3 if self.rng.random() < 0.33 else 1 for _ in self.customer_ids))

    def _visitor(self) -> int | None:
        if self.rng.random() < 0.15:  # an anonymous walk-in
            return None
        picked = bisect.bisect_right(self.regulars, self.rng.random() * self.regulars[-1])
        return self.customer_ids[picked]

    def serve_day(self, session: Session, day: date) -> None:
        """R1, R2, R4: every walk-in of the day logged, most finished, some handed to sales."""
        rng, now = self.rng, self.now
        start, end = _open_window(day, now)
        visitors = _visitors_on(rng, day)
        if day == self.today:
            visitors = max(8, round(visitors * min(1.0, (end - start) / OPENING_HOURS)))
        arrivals = sorted(_arrival(rng, start, end) for _ in range(visitors))
        for index, arrived in enumerate(arrivals):
            clerk = rng.choice(self.clerks)
            customer_id = self._visitor()
            if customer_id is not None:
                self.first_seen.setdefault(customer_id, arrived)
            purpose = _purpose(rng)
            note, outcome = _visit_text(rng, purpose)
            visit = reception.log_visit(session, clerk, customer_id, purpose, note,
                                        arrived_at=arrived)
            finished = arrived + _handling(rng)
            # A handful of today's visitors are still at the counter.
            if day != self.today or (finished <= now and index < len(arrivals) - 3):
                reception.finish_visit(session, clerk, visit.id, outcome, visit.version,
                                       finished_at=finished)
            if purpose == "group_purchase" or (
                purpose == "inquiry" and (rng.random() < 0.15 or len(self.lead_times) < 2)
            ):
                interest = note if purpose == "group_purchase" else ""
                lead_id = self._hand_to_sales(session, clerk, visit.id, customer_id, interest)
                self.lead_times[lead_id] = min(arrived + timedelta(minutes=rng.randint(2, 10)),
                                               now)

    def _hand_to_sales(
        self, session: Session, clerk: Actor, visit_id: int, customer_id: int | None,
        interest: str,
    ) -> int:
        """R4: every other lead has a salesperson already, the rest wait in the leads list.

        An anonymous visitor, or a customer without a phone, leaves a mobile number for it.
        """
        rng = self.rng
        name, number = self.contacts[customer_id] if customer_id else (_person_name(rng), "")
        number = number or _unique_phone(rng, set(), _mobile)
        interest = interest or rng.choice(_LEAD_INTERESTS).format(p=rng.choice(_PRODUCTS))
        seller = rng.choice(SALESPEOPLE) if len(self.lead_times) % 2 else ""
        row = leads.create_lead(session, clerk, name, number, interest,
                                customer_id=customer_id, visit_id=visit_id, salesperson=seller)
        return row.id

    def promise_replies(self, session: Session, rng: random.Random) -> None:
        """R1: some finished visits had a question answered later, promised for noon the
        next day; most were answered, the two latest of the past are overdue, and the two
        newest visits' replies still wait. A separate random source: the visits and leads
        of a seed stay what they were before replies existed.
        """
        asked = session.execute(
            select(Visit.id, Visit.finished_at, Visit.handler_id)
            .where(Visit.customer_id.is_not(None), Visit.finished_at.is_not(None),
                   Visit.purpose.in_(_ASKED))
            .order_by(Visit.finished_at, Visit.id)
        ).all()
        if not asked:
            return
        earlier, waiting = asked[:-2], asked[-2:]
        past = sorted(rng.sample(earlier, min(len(earlier), DEMO_REPLIES)),
                      key=lambda r: (r.finished_at, r.id))
        due = [r.id for r in past if r.finished_at and self._reply_by(r.finished_at) <= self.now]
        overdue = set(due[-2:])
        by_id = {c.id: c for c in self.clerks}
        for visit_id, finished, handler_id in [*past, *waiting]:
            assert finished is not None  # finished visits only
            clerk = by_id.get(handler_id) or self.clerks[0]
            promised = self._reply_by(finished)
            answered = visit_id in due and visit_id not in overdue
            if not answered and visit_id not in overdue and promised <= self.now:
                promised = self.now + timedelta(hours=rng.randint(2, 20))  # still ahead
            if promised - finished > replies.HORIZON:
                continue
            question, answer = rng.choice(_QUESTIONS)
            product = rng.choice(_PRODUCTS)
            reply = replies.promise_reply(
                session, clerk, visit_id=visit_id, question=question.format(p=product),
                promised_at=promised, at=finished,
            )
            if answered:
                # In time mostly, now and then a few hours late.
                if rng.random() < 0.2:
                    at = promised + timedelta(hours=rng.randint(1, 5))
                else:
                    at = finished + (promised - finished) * rng.uniform(0.2, 0.95)
                replies.answer_reply(session, rng.choice(self.clerks), reply.id,
                                     answer.format(p=product), reply.version,
                                     answered_at=min(at, self.now))

    @staticmethod
    def _reply_by(finished: datetime) -> datetime:
        day = clock.local_today(finished) + timedelta(days=1)
        return datetime.combine(day, REPLY_BY, clock.local_zone())

    def backdate(self, session: Session) -> None:
        """Times as a real archive would have them (the services stamp "now").

        Most customers were in the archive before the demo period; the others were created
        just before their first visit in it. Leads are dated at their visit. The audit rows
        move with them, so a customer's "last changed" matches the change history and no
        record was created after the visit that used it. A direct Core update on purpose: no
        one edited these records, so versions stay at 1 and nothing new is audited.
        """
        rng, zone = self.rng, clock.local_zone()
        for customer_id in self.customer_ids:
            seen = self.first_seen.get(customer_id)
            if seen is None or rng.random() < 0.6:
                day = self.today - timedelta(days=rng.randint(30, 900))
                at = datetime.combine(day, OPENS, zone) + timedelta(minutes=rng.randrange(720))
            else:
                at = seen - timedelta(minutes=1)
            at = min(at, seen or self.now, self.now)
            session.execute(update(Customer).where(Customer.id == customer_id)
                            .values(created_at=at, updated_at=at))
            session.execute(update(AuditEntry).where(
                AuditEntry.entity == "customer", AuditEntry.entity_id == customer_id,
                AuditEntry.action == "customer.create").values(at=at))
        for lead_id, created in self.lead_times.items():
            assigned = None
            if session.scalar(select(Lead.assigned_at).where(Lead.id == lead_id)) is not None:
                assigned = min(created + timedelta(minutes=rng.randint(10, 180)), self.now)
            session.execute(update(Lead).where(Lead.id == lead_id)
                            .values(created_at=created, assigned_at=assigned))
        # Each record's audit rows at the moment the record says it happened.
        for action, column, model in (
            ("visit.create", Visit.arrived_at, Visit),
            ("visit.finish", Visit.finished_at, Visit),
            ("lead.create", Lead.created_at, Lead),
            ("lead.assign", Lead.assigned_at, Lead),
            ("reply.promise", PendingReply.created_at, PendingReply),
            ("reply.answer", PendingReply.answered_at, PendingReply),
        ):
            when = select(column).where(model.id == AuditEntry.entity_id).scalar_subquery()
            session.execute(update(AuditEntry).where(AuditEntry.action == action)
                            .values(at=when).execution_options(synchronize_session=False))


# --- complaints (C1-C8) ---------------------------------------------------------------------

class _Case(NamedTuple):
    days_ago: int
    channel: str
    category: str
    content: str
    demand: str
    reached: str  # how far the complaint has come by today


# Every state of C6 the complaints tab shows, and each kind of overdue (C8): a newcomer sees
# all of it at once; the callbacks tab shows a signed record that closed its complaint, a
# phone callback waiting for the signature and a dissatisfied one that reopened (B2, B3).
_CASES: tuple[_Case, ...] = (
    _Case(26, "phone", "repair", "热水器维修后仍然忽冷忽热，洗澡时突然变凉", "彻底修好",
          "callback_signed"),
    _Case(21, "visit", "delivery", "送货时把门框刮坏了一大块漆", "修补门框", "callback_phone"),
    _Case(24, "phone", "quality", "吸尘器换新后吸力仍然很弱，地毯上的头发吸不起来", "退货",
          "callback_dissatisfied"),
    _Case(20, "visit", "quality", "新买的滚筒洗衣机第一次使用就漏水，地板泡坏了一块",
          "换新机并赔偿地板", "rectified_overdue_callback"),
    _Case(5, "phone", "attitude", "约好上午送货，等到晚上八点才送到，也没有人打电话说明",
          "道歉", "rectified"),
    _Case(16, "email", "price", "购买三天后同款电视降价三百元，要求退差价", "退差价300元",
          "closed_unfounded"),
    _Case(14, "visit", "attitude", "收银员态度生硬，问了两遍优惠规则就不耐烦", "店长道歉", "slip"),
    _Case(12, "letter", "repair", "空调维修后一周又不制冷，维修师傅说要再收上门费", "免费维修",
          "approved"),
    _Case(9, "online", "quality", "网上订的电饭煲内胆有划痕", "换一个内胆", "planned"),
    _Case(8, "phone", "delivery", "安装师傅把墙面打坏了，至今没人来修补", "修补墙面", "received"),
    _Case(6, "box", "environment", "卫生间没有洗手液，地面湿滑", "", "assessed"),
    _Case(4, "visit", "quality", "冰箱冷藏室结冰，食物冻坏", "上门检修", "unfounded"),
    _Case(2, "email", "repair", "送修的手机两周没有消息，打电话也没人接", "尽快修好并说明原因",
          "responded"),
    _Case(1, "phone", "attitude", "电话客服挂断了我的电话", "道歉", "received"),
    _Case(0, "online", "price", "会员价和标价不一致", "按会员价结算", "received"),
)


def _at_work(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), clock.local_zone())


def _demo_complaints(
    session: Session, rng: random.Random, counter: _DemoCounter, supervisor: Actor
) -> None:
    """The complaints of the demo period, taken and moved on through the services at the
    moments they happened (clock.replaying), so deadlines, overdue marks and the timeline are
    the real ones."""
    now = counter.now
    walk_ins = list(session.scalars(
        select(Visit).where(Visit.purpose == "complaint", Visit.customer_id.is_not(None))
        .order_by(Visit.arrived_at)))
    for case in _CASES:
        day = counter.today - timedelta(days=case.days_ago)
        clerk = rng.choice(counter.clerks)
        received = min(_at_work(day, 9) + timedelta(minutes=rng.randrange(600)),
                       now - timedelta(minutes=20))
        if case.channel == "visit":
            # R3: from the walk-in's visit that day (logged here if the day had none).
            visit = next((v for v in reversed(walk_ins)
                          if clock.local_today(v.arrived_at) == day), None)
            if visit is None:
                arrived = received - timedelta(minutes=3)
                # A customer already in the archive then (the archive was backdated).
                known = list(session.scalars(select(Customer.id).where(
                    Customer.created_at <= arrived).order_by(Customer.id).limit(500)))
                with clock.replaying(arrived):
                    row = reception.log_visit(session, clerk, rng.choice(known),
                                              "complaint", case.content[:20], arrived_at=arrived)
                with clock.replaying(received + timedelta(minutes=15)):
                    reception.finish_visit(session, clerk, row.id, "已受理投诉", row.version)
                visit = session.get(Visit, row.id)
                assert visit is not None
            else:
                walk_ins.remove(visit)
                received = visit.arrived_at + timedelta(minutes=3)
            data = complaints.ComplaintInput(case.channel, case.category, case.content,
                                             case.demand, visit_id=visit.id)
        else:
            customer_id = None if case.channel in ("box", "letter") and rng.random() < 0.5 else (
                rng.choice(counter.customer_ids))
            data = complaints.ComplaintInput(case.channel, case.category, case.content,
                                             case.demand, customer_id=customer_id)
        with clock.replaying(received):
            c = complaints.take_complaint(session, clerk, data, received_at=received)
        _move_on(session, c, case.reached, clerk, supervisor, received, now)


def _move_on(
    session: Session, c: complaints.ComplaintDetail, reached: str, clerk: Actor,
    supervisor: Actor, received: datetime, now: datetime,
) -> None:
    """Walk one complaint through its steps, an hour or a day apart, never past now."""
    at = received

    def step(after: timedelta) -> Any:
        nonlocal at
        at = at + after
        local = at.astimezone(clock.local_zone())
        if not OPENS <= local.time() <= CLOSES:  # nobody works the night: next morning
            morning = local.date() + timedelta(days=1 if local.time() > CLOSES else 0)
            at = _at_work(morning, 9, 30)
        at = min(at, now)
        return clock.replaying(at)

    if c.row.responded_at is None and reached != "received":
        with step(timedelta(hours=2)):
            c = complaints.record_response(session, clerk, c.row.id,
                                           "已回复顾客：已登记，三个工作日内给出处理结果",
                                           c.row.version)
    if reached == "responded":
        return
    if reached in ("unfounded", "closed_unfounded"):
        with step(timedelta(hours=20)):
            c = complaints.assess(session, clerk, c.row.id, False, False,
                                  "已向顾客说明：价格按活动规则执行，购买时已告知保价期为24小时，"
                                  "顾客表示理解", None, c.row.version)
        if reached == "closed_unfounded":
            with step(timedelta(hours=3)):
                complaints.close_unfounded(session, clerk, c.row.id, "顾客已接受答复",
                                           c.row.version)
        return
    if reached == "received":
        return
    severity = "major" if c.row.category in ("quality", "delivery") else "general"
    with step(timedelta(hours=18)):
        c = complaints.assess(session, clerk, c.row.id, True, True,
                              "调查属实：已查看单据与现场照片", severity, c.row.version)
        c = complaints.add_note(session, clerk, c.row.id, "已调取送货记录和顾客照片两张",
                                c.row.version)
    if reached == "assessed":
        return
    with step(timedelta(hours=1)):
        c = complaints.propose_plan(session, clerk, c.row.id,
                                    "责任部门上门处理，更换问题部件，向顾客致歉", c.row.version)
    if reached == "planned":
        return
    with step(timedelta(hours=2)):
        c = complaints.approve_plan(session, supervisor, c.row.id, "同意，尽快办理",
                                    c.row.version)
    if reached == "approved":
        return
    department = "售后维修部" if c.row.category in ("quality", "repair") else "门店运营部"
    with step(timedelta(minutes=30)):
        c = complaints.issue_slip(session, clerk, c.row.id, department, "周主任",
                                  c.row.version)
    if reached == "slip":
        return
    with step(timedelta(days=1)):
        c = complaints.record_rectification(
            session, clerk, c.row.id, "产品出厂检验疏漏", "周主任", "已上门更换并赔偿",
            "客服电话回访确认问题已解决", c.row.version)
    if reached.startswith("callback_"):
        with step(timedelta(days=3)):
            _demo_complaint_callback(session, c, reached, clerk)


def _demo_complaint_callback(session: Session, c: complaints.ComplaintDetail, reached: str,
                             clerk: Actor) -> None:
    """B2, B3: the complaint's callback, made as its case says."""
    from desk.services import callbacks, signatures

    row = callbacks.list_callbacks(session, clerk, callbacks.CallbackFilter(
        view="open", complaint_id=c.row.id)).rows[0]
    who = c.row.customer_name or "顾客本人"
    staff_png = signatures.demo_signature(clerk.display_name, c.row.id)
    answers = [("问题是否已经解决？", "已经解决" if reached != "callback_dissatisfied"
                else "没有解决，吸力还是很弱"),
               ("对处理结果是否满意？", "满意" if reached == "callback_signed" else "一般")]
    if reached == "callback_signed":
        record = callbacks.CallbackRecord(
            callbacks.VISIT, who, answers, callbacks.SATISFIED, "师傅很专业，谢谢",
            callbacks.ON_SCREEN, signatures.demo_signature(who, c.row.id), staff_png)
    elif reached == "callback_phone":
        record = callbacks.CallbackRecord(
            callbacks.PHONE, who, answers, callbacks.BASIC, "门框已补漆，颜色略有差别",
            callbacks.LATER, None, staff_png)
    else:
        record = callbacks.CallbackRecord(
            callbacks.VISIT, who, answers, callbacks.DISSATISFIED, "要求退货",
            callbacks.ON_SCREEN, signatures.demo_signature(who, c.row.id), staff_png,
            outcome=callbacks.REOPEN)
    callbacks.record_callback(session, clerk, row.id, record, row.version)


# -- claims (C9) and suggestions (C1a) -------------------------------------------------------

_DEMO_CLAIMS = (
    # cause, claimed, responsible party, insurance case, then the state it reaches
    ("transport", "1,280.00", "顺达物流", "PICC-2026-31817", "notified"),
    ("quality", "3,499.00", "海容电器（供应商）", "", "agreed"),
    ("late_delivery", "200", "配送部", "", "claimed"),
    ("installation", "650.50", "安装服务队", "", "rejected"),
)
_DEMO_SUGGESTIONS = (
    ("box", "希望周末营业时间延长到晚上十点。", "closed"),
    ("online", "收银台高峰期排队太长，建议多开两个收银口。", "evaluated"),
    ("visit", "会员积分希望可以抵扣送货运费。", "passed"),
    ("phone", "停车场指示牌不清楚，建议在入口加装。", "received"),
    ("letter", "建议设立母婴室。", "received"),
)


def _demo_claims_and_suggestions(
    session: Session, actors: dict[str, Actor], customer_ids: Sequence[int], rng: random.Random
) -> None:
    """Claims in each of their states on justified complaints, and suggestions in each of
    theirs, so a newcomer sees C9 and C1a at once. Uses the justified complaints already in
    the demo; takes and assesses a delivery complaint for any claim still without one."""
    from desk.models import Complaint
    from desk.services import claims, complaints, suggestions

    clerk = next(a for a in actors.values() if a.role == "counter")
    supervisor = next(a for a in actors.values() if a.role == "supervisor")
    justified = list(session.scalars(
        select(Complaint.id).where(Complaint.justified.is_(True)).order_by(Complaint.id)
        .limit(len(_DEMO_CLAIMS))))
    while len(justified) < len(_DEMO_CLAIMS):
        taken = complaints.take_complaint(session, clerk, complaints.ComplaintInput(
            "phone", "delivery", "冰箱送货时侧面被撞凹，要求赔偿。",
            demand="赔偿或换新", customer_id=rng.choice(customer_ids)))
        complaints.assess(session, clerk, taken.row.id, True, True, "送货单与照片证实损坏属实",
                          "general", taken.row.version)
        justified.append(taken.row.id)
    # Replayed at plausible moments, like the complaints: a claim the day after its complaint
    # came in, each later step a day on; suggestions over the last two weeks.
    now = clock.now()
    for complaint_id, (cause, amount, party, case, state) in zip(
            justified, _DEMO_CLAIMS, strict=True):
        received = session.scalar(select(Complaint.received_at)
                                  .where(Complaint.id == complaint_id))
        at = min((received or now) + timedelta(days=1), now)
        with clock.replaying(at):
            claim = claims.open_claim(session, clerk, complaint_id, claims.ClaimInput(
                cause, amount, party, case, "顾客提供照片和送货单为证。"))
        if state in ("agreed", "notified"):
            agreed = claim.claimed_amount * 8 // 10
            with clock.replaying(min(at + timedelta(days=1), now)):
                claim = claims.agree_amount(session, supervisor, claim.id, f"{agreed:.2f}",
                                            "协商按八成赔付", claim.version)
        if state == "notified":
            with clock.replaying(min(at + timedelta(days=2), now)):
                claims.record_notice(session, clerk, claim.id, "书面通知（传真）", party,
                                     "对方已回传签收", claim.version)
        if state == "rejected":
            with clock.replaying(min(at + timedelta(days=1), now)):
                claims.reject_claim(session, supervisor, claim.id, "安装记录显示顾客自行改装",
                                    claim.version)
    for days_ago, (channel, content, state) in zip(
            (12, 9, 6, 3, 1), _DEMO_SUGGESTIONS, strict=True):
        at = min(now - timedelta(days=days_ago, hours=rng.randint(0, 5)), now)
        customer = rng.choice(customer_ids) if channel in ("visit", "online") else None
        with clock.replaying(at):
            row = suggestions.take_suggestion(session, clerk, suggestions.SuggestionInput(
                channel, content, customer))
        if state != "received":
            with clock.replaying(min(at + timedelta(hours=20), now)):
                row = suggestions.pass_to_department(session, clerk, row.id, "营运部", "",
                                                     row.version)
        if state in ("evaluated", "closed"):
            with clock.replaying(min(at + timedelta(days=2), now)):
                row = suggestions.evaluate(session, clerk, row.id, "建议合理，已纳入下月计划",
                                           "试行一个月后评估效果", row.version)
        if state == "closed":
            with clock.replaying(min(at + timedelta(days=3), now)):
                suggestions.close_with_feedback(session, clerk, row.id,
                                                "已电话告知顾客处理结果", row.version)


# -- callbacks from the other sources (B1) ---------------------------------------------------

def _demo_callbacks(
    session: Session, actors: dict[str, Actor], customer_ids: Sequence[int], rng: random.Random
) -> None:
    """A survey opinion on each of its steps, a special service before and after its notice,
    product follow-ups due today and overdue, and a signed survey callback."""
    from desk.services import callbacks, signatures

    clerk = next(a for a in actors.values() if a.role == "counter")
    now = clock.now()
    today = clock.local_today(now)

    def at(days_ago: float) -> Any:
        return clock.replaying(now - timedelta(days=days_ago))

    surveys = (
        ("收银高峰期排队时间长，顾客等待超过十五分钟", "收银部", 25, "signed"),
        ("送货员进门不穿鞋套", "配送部", 12, "awaiting_fix"),
        ("卫生间清洁不及时", "物业保洁部", 6, "awaiting_measures"),
        ("导购对促销规则解释不一致", "营运部", 4, "to_send"),
    )
    for subject, department, days_ago, reached in surveys:
        with at(days_ago):
            cb = callbacks.add_callback(session, clerk, callbacks.NewCallback(
                callbacks.SURVEY, subject, rng.choice(customer_ids), department,
                summary_on=today - timedelta(days=days_ago)))
        if reached == "to_send":
            continue
        with at(days_ago - 1):
            cb = callbacks.send_to_department(session, clerk, cb.row.id, "书面送交部门负责人",
                                              cb.row.version)
        if reached == "awaiting_measures":
            continue
        with at(days_ago - 3):
            cb = callbacks.receive_measures(session, clerk, cb.row.id,
                                            "已制定整改措施：增加人手并每日检查", cb.row.version)
        if reached == "awaiting_fix":
            continue
        with at(days_ago - 6):
            cb = callbacks.report_fix(session, clerk, cb.row.id, today - timedelta(
                days=days_ago - 6), cb.row.version)
        with at(days_ago - 12):
            who = cb.row.customer_name or "顾客"
            callbacks.record_callback(session, clerk, cb.row.id, callbacks.CallbackRecord(
                callbacks.VISIT, who, [("整改措施是否已经落实？", "已经落实"),
                                       ("您对整改结果有何意见？", "排队明显缩短")],
                callbacks.SATISFIED, "", callbacks.ON_SCREEN,
                signatures.demo_signature(who, cb.row.id),
                signatures.demo_signature(clerk.display_name, cb.row.id)), cb.row.version)
    for subject, fee, days_ago, delivered in (
        ("空调深度清洗（两台）", "240", 9, True),
        ("油烟机拆洗", "120.00", 1, False),
    ):
        with at(days_ago):
            cb = callbacks.add_callback(session, clerk, callbacks.NewCallback(
                callbacks.SPECIAL, subject, rng.choice(customer_ids), "售后维修部",
                service_fee=fee))
        if delivered:
            with at(days_ago - 1):
                callbacks.deliver_notice(session, clerk, cb.row.id, "上门服务时交给顾客",
                                         cb.row.version)
    for subject, days_ago, due_in in (("新买的对开门冰箱使用情况", 7, 0),
                                      ("洗碗机安装一周后的使用情况", 10, -2),
                                      ("电视挂架安装是否牢固", 2, 5)):
        with at(days_ago):
            callbacks.add_callback(session, clerk, callbacks.NewCallback(
                callbacks.FOLLOW_UP, subject, rng.choice(customer_ids),
                due=today + timedelta(days=due_in + 0)))


# -- the warehouse (W1, W6, W7) --------------------------------------------------------------

# code, name, spec/model, colour, size, unit, counted in whole pieces, barcode, safety, opening
_ITEMS = (
    ("DK-1001", "电水壶", "MK-1750", "白色", "1.7L", "台", True, "6901234567892", "5", "12"),
    ("FS-2001", "电风扇", "FS40-13", "白色", "40cm", "台", True, "6923456789014", "3", "4"),
    ("LW-3001", "空气净化器滤网", "KJ-F2", "", "", "个", True, "6931234500017", "20", "50"),
    ("XL-2001", "电源线", "RVV 3×1.5", "黑色", "", "米", False, "", "50", "120.5"),
    ("YK-1001", "空调遥控器", "KT-e08", "白色", "", "个", True, "6940000012345", "10", "8"),
    ("GJ-0501", "电视挂架", "TV-G55", "黑色", "55寸", "套", True, "6951234567890", "4", "10"),
)
# days ago, code, quantity, taken by
_ISSUES = (
    (12, "DK-1001", "2", "售后维修部"), (9, "FS-2001", "1", "上门服务组"),
    (7, "XL-2001", "15.5", "安装队"), (5, "GJ-0501", "3", "安装队"),
    (3, "LW-3001", "6", "售后维修部"), (1, "FS-2001", "1", "上门服务组"),
    (0, "DK-1001", "1", "以旧换新柜台"),
)


def _demo_warehouse(session: Session, actors: dict[str, Actor]) -> None:
    """Items with their opening balances three weeks ago, then issues out over the weeks;
    the fan and the remote control end below their safety stock (W1)."""
    from desk.services import items, stock

    clerk = next(a for a in actors.values() if a.role == "warehouse")
    now = clock.now()
    found: dict[str, int] = {}
    with clock.replaying(now - timedelta(days=21)):
        for code, name, spec, colour, size, unit, whole, barcode, safety, opening in _ITEMS:
            item = items.create_item(session, clerk, items.ItemInput(
                code, name, unit, spec, colour, size, barcode, safety, whole))
            stock.record_opening(session, clerk, item.id, opening, "启用系统时盘点结存")
            found[code] = item.id
    for days_ago, code, amount, taken_by in _ISSUES:
        with clock.replaying(now - timedelta(days=days_ago, hours=2)):
            stock.issue_out(session, clerk, stock.IssueInput(
                [stock.IssueLineInput(found[code], amount, True, True, True)], taken_by))
    good = _demo_deliveries(session, clerk, found, now)
    _demo_orders(session, clerk, found, now, good)
    supervisor = next(a for a in actors.values() if a.role == "supervisor")
    _demo_stocktake(session, clerk, supervisor, found, now)


def _demo_deliveries(session: Session, clerk: Actor, found: dict[str, int], now: datetime
                     ) -> str:
    """W3-W5: a delivery passed and in stock four days ago, one held yesterday for a missing
    certificate with the handler told the same day, and one expected today."""
    from desk.services import deliveries, signatures
    from desk.services.deliveries import (
        DeliveryInput,
        DeliveryLineInput,
        InspectionInput,
        LineCheck,
        NoticeInput,
    )

    signature = signatures.demo_signature(clerk.display_name, 11)

    def arrive(supplier: str, note: str, lines: list[tuple[str, str]]) -> Any:
        return deliveries.create_delivery(session, clerk, DeliveryInput(
            supplier, note, [DeliveryLineInput(amount, found[code]) for code, amount in lines]))

    def passed(line: Any, **found_: Any) -> LineCheck:
        return LineCheck(line.id, found_.pop("received", str(line.expected)),
                         *(found_.pop(c, True) for c in deliveries.CHECKS), **found_)

    with clock.replaying(now - timedelta(days=4, hours=3)):
        good = arrive("美的生活电器", "MD-SH-118", [("DK-1001", "6"), ("GJ-0501", "2")])
    with clock.replaying(now - timedelta(days=4, hours=2)):
        deliveries.inspect_delivery(session, clerk, good.row.id, good.row.version,
                                    InspectionInput([passed(x) for x in good.lines], signature))
    with clock.replaying(now - timedelta(days=1, hours=5)):
        bad = arrive("奥克斯配件", "AUX-0925", [("YK-1001", "20"), ("LW-3001", "30")])
    with clock.replaying(now - timedelta(days=1, hours=4)):
        held = deliveries.inspect_delivery(session, clerk, bad.row.id, bad.row.version,
                                           InspectionInput([
                                               passed(bad.lines[0], certificate_ok=False,
                                                      note="整箱无合格证"),
                                               passed(bad.lines[1], received="28",
                                                      note="少2个，外箱破损")], signature))
    with clock.replaying(now - timedelta(days=1, hours=3)):
        deliveries.record_notice(session, clerk, held.row.id, NoticeInput(
            "采购部 陈经理", "phone", "供应商周五补发合格证并补齐滤网"))
    with clock.replaying(now - timedelta(hours=1)):
        arrive("公牛集团", "GN-2026-3371", [("XL-2001", "200"), ("GJ-0501", "5")])
    return str(good.row.number)


def _demo_orders(session: Session, clerk: Actor, found: dict[str, int], now: datetime,
                 delivered: str) -> None:
    """W2: an order received through the delivery passed four days ago; one paid for six days
    ago and still not here (due for a follow-up, red); one just placed."""
    from desk.services import orders
    from desk.services.orders import OrderInput, OrderLineInput

    def walk(days_ago: float, manufacturer: str, contact: str, lines: list[tuple[str, str, str]],
             steps: int) -> Any:
        with clock.replaying(now - timedelta(days=days_ago)):
            order = orders.create_order(session, clerk, OrderInput(manufacturer, contact, [
                OrderLineInput(amount, price, found[code]) for code, amount, price in lines]))
        moves = (lambda o: orders.verify_price(session, clerk, o.row.id, o.row.version, True,
                                               "与报价单核对无误"),
                 lambda o: orders.mark_ready(session, clerk, o.row.id, o.row.version,
                                             f"{contact}（电话）"),
                 lambda o: orders.notify_finance(session, clerk, o.row.id, o.row.version,
                                                 "财务部 刘会计"))
        for hours, move in enumerate(moves[:steps], 1):
            with clock.replaying(now - timedelta(days=days_ago) + timedelta(hours=hours)):
                order = move(order)
        return order

    paid = walk(9, "美的生活电器", "王经理", [("DK-1001", "6", "89.00"), ("GJ-0501", "2", "35.50")],
                3)
    with clock.replaying(now - timedelta(days=4, hours=1)):
        orders.receive_order(session, clerk, paid.row.id, paid.row.version, delivered,
                             "按订单数量到齐")
    walk(6, "格力电器", "赵主任", [("FS-2001", "4", "268.00")], 3)
    walk(0.1, "公牛集团", "孙经理", [("XL-2001", "300", "2.35")], 0)


def _demo_stocktake(session: Session, clerk: Actor, supervisor: Actor, found: dict[str, int],
                    now: datetime) -> None:
    """W8, W9: a count of the cable and the TV brackets two days ago with one bracket missing
    (its reason, approved, adjusted), and last month closed by the supervisor."""
    from desk.services import month_close, stocktakes

    with clock.replaying(now - timedelta(days=2, hours=3)):
        take = stocktakes.start_stocktake(session, clerk, stocktakes.StartInput(
            stocktakes.CHOSEN, [found["XL-2001"], found["GJ-0501"]], "周中抽盘"))
    with clock.replaying(now - timedelta(days=2, hours=2)):
        for line in take.lines:
            book = stocktakes.get_stocktake(session, clerk, take.row.id)
            counted = next(x for x in book.lines if x.id == line.id).frozen
            if line.code == "GJ-0501":
                counted -= 1
            stocktakes.enter_count(session, clerk, take.row.id, line.id, str(counted))
        bracket = next(x for x in take.lines if x.code == "GJ-0501")
        stocktakes.explain_variance(session, clerk, take.row.id, bracket.id,
                                    stocktakes.ReasonInput("loss", "安装队领用后退回时少一套"))
        take = stocktakes.get_stocktake(session, clerk, take.row.id)
        take = stocktakes.submit(session, clerk, take.row.id, take.row.version)
    with clock.replaying(now - timedelta(days=2, hours=1)):
        stocktakes.approve(session, supervisor, take.row.id, take.row.version)
    with clock.replaying(now):
        month_close.close_month(session, supervisor, month_close.previous_month(
            clock.local_today(now)), "已与办公室、财务部对账一致")


# -- gifts (G1-G3) ----------------------------------------------------------------------------

# gift, campaign, first and last day (days from today), limit per receipt, unit, opening stock
_GIFTS = (
    ("保温杯", "双十二满500送", -5, 10, "1", "个", "40"),
    ("环保购物袋", "双十二满500送", -5, 10, "2", "个", "8"),
    ("厨房清洁套装", "会员日专享", -3, 4, "1", "套", "3"),
    ("定制雨伞", "国庆焕新季", -66, -60, "1", "把", "12"),
    ("新年台历", "元旦迎新", 20, 28, "1", "本", "50"),
)
# days ago, minutes before now, gift, the receipt's number that day, quantity, customer (index)
# or a walk-in (None)
_GIFT_ISSUES = (
    (4, 0, "保温杯", "0158", "1", 3),
    (2, 0, "厨房清洁套装", "0033", "1", 8),
    (1, 0, "厨房清洁套装", "0071", "1", None),
    (1, 0, "保温杯", "0071", "1", None),
    (0, 150, "厨房清洁套装", "0012", "1", 5),
    (0, 95, "保温杯", "0019", "1", 12),
    (0, 60, "环保购物袋", "0019", "2", 12),
    (0, 35, "保温杯", "0027", "1", None),
    (0, 10, "环保购物袋", "0031", "1", 21),
)


def _demo_gifts(session: Session, actors: dict[str, Actor], customer_ids: list[int]) -> None:
    """A running campaign with stock (the bags run low), a members' gift handed out to the last
    set, an ended and a coming campaign; issues over the last days and today, one voided, a
    restock and a correction (G1-G3)."""
    from desk.services import gift_lists, gifts

    supervisor = next(a for a in actors.values() if a.role == "supervisor")
    clerks = [a for a in actors.values() if a.role == "counter"]
    now = clock.now()
    today = clock.local_today(now)
    start_of_day, _end = clock.day_bounds(today)
    found: dict[str, gift_lists.GiftRow] = {}
    with clock.replaying(now - timedelta(days=70)):
        for name, campaign, first, last, limit, unit, opening in _GIFTS:
            found[name] = gifts.create_gift(session, supervisor, gifts.GiftInput(
                name, campaign, today + timedelta(days=first), today + timedelta(days=last),
                limit, unit, opening))
    restocked = False
    for n, (days_ago, minutes, name, receipt, amount, who) in enumerate(_GIFT_ISSUES):
        if days_ago < 2 and not restocked:  # the book in the order it happened
            with clock.replaying(now - timedelta(days=2, hours=1)):
                gifts.restock(session, supervisor, found["保温杯"].id, "20", "总部配送第二批")
                gifts.correct_stock(session, supervisor, found["保温杯"].id, "-2",
                                    "两个杯盖破损，退回供应商")
            restocked = True
        when = now - timedelta(days=days_ago, hours=3 if days_ago else 0, minutes=minutes)
        if days_ago == 0:
            when = max(when, start_of_day + timedelta(minutes=n))
        if who is not None and customer_ids:
            data = gifts.IssueInput(found[name].id, "", amount, customer_id=customer_ids[who])
        else:
            data = gifts.IssueInput(found[name].id, "", amount,
                                    recipient_name=("刘洋", "陈晓燕", "黄志强")[n % 3],
                                    recipient_phone="13800138000")
        receipt_number = f"XS{clock.local_today(when):%Y%m%d}-{receipt}"
        with clock.replaying(when):
            gifts.issue_gift(session, clerks[n % len(clerks)],
                             replace(data, receipt_number=receipt_number))
    voided = gift_lists.list_issues(session, supervisor, today, limit=1).rows[0]
    gifts.void_issue(session, supervisor, voided.id, voided.version, "小票金额不满500元，收回赠品")


def _demo_parcels(session: Session, actors: dict[str, Actor]) -> None:
    """P1-P4: items held today, one held past closing, one past the storage limit, one picked
    up, one released on a lost ticket; most for customers of the archive (K3)."""
    from sqlalchemy import select

    from desk.models import Customer
    from desk.services import parcels
    from desk.services.parcels import DepositInput, LostTicketInput

    clerk = next(a for a in actors.values() if a.role == "counter")
    supervisor = next(a for a in actors.values() if a.role == "supervisor")
    now = clock.now()
    known = list(session.scalars(select(Customer.id).where(Customer.phone.like("1%"))
                                 .order_by(Customer.id).limit(4)))
    deposits = (  # (minutes ago, customer, description, pieces, condition, shelf)
        (35 * 24 * 60, known[0], "行李箱 灰色 带密码锁", 1, "拉杆略松", "C-02"),
        (26 * 60, None, "纸箱 内装床上用品", 2, "", "B-05"),
        (5 * 24 * 60, known[1], "婴儿推车 折叠", 1, "左前轮有划痕", "A-01"),
        (3 * 24 * 60, known[2], "购物袋 四个", 4, "", "A-04"),
        (95, known[3], "电饭煲 新购未拆封", 1, "外箱完好", "A-02"),
        (40, None, "登山包 黑色", 1, "", "A-03"),
        (15, None, "雨伞 长柄 两把", 2, "", "A-05"),
    )
    walk_ins = iter((("周晓", "13645678901"), ("李娜", "18912340987"), ("陈刚", "15011112222")))
    made = []
    for minutes, customer, description, pieces, condition, shelf in deposits:
        name, phone = ("", "") if customer else next(walk_ins)
        with clock.replaying(now - timedelta(minutes=minutes)):
            made.append(parcels.deposit(session, clerk, DepositInput(
                name, phone, description, pieces, condition, shelf, customer_id=customer)))
    lost, picked = made[2], made[3]
    with clock.replaying(now - timedelta(days=4, hours=2)):
        parcels.release_lost(session, supervisor, lost.row.id, lost.row.version,
                             LostTicketInput("id_card", "0418", "顾客说寄存牌在商场里遗失"))
    with clock.replaying(now - timedelta(days=2, hours=1)):
        with_four = picked.row.masked_phone[-4:]
        parcels.pick_up(session, clerk, picked.row.id, with_four)


# --- invoice requests (I1-I4) -----------------------------------------------------------------

def _demo_invoices(session: Session, actors: dict[str, Actor], customer_ids: Sequence[int]
                   ) -> None:
    """A request in every state of I4: a person's electronic invoice waiting, a company's
    paper special invoice (专票, with its address, phone, bank and account) waiting, a
    company's electronic special invoice issued, a paper one delivered, a request voided and
    an invoice credited (红字) whose receipt was invoiced again."""
    from desk.models import Customer
    from desk.services import invoices
    from desk.services.invoices import LineInput, RequestInput

    clerk = next(a for a in actors.values() if a.role == "counter")
    supervisor = next(a for a in actors.values() if a.role == "supervisor")
    now = clock.now()
    today = clock.local_today(now)

    def at(days_ago: float) -> Any:
        return clock.replaying(now - timedelta(days=days_ago))

    def name(index: int) -> tuple[int | None, str]:
        if not customer_ids:
            return None, "张伟"
        customer = session.get(Customer, customer_ids[index % len(customer_ids)])
        assert customer is not None
        return customer.id, customer.name

    company = dict(buyer_kind="company", title="北京华信科技有限公司",
                   taxpayer_id="91110108MA01ABCD1H", email="finance@huaxin.example.cn",
                   address_phone="北京市海淀区中关村南大街5号 010-62345678",
                   bank_account="中国工商银行北京中关村支行 0200004509012345678")
    company["taxpayer_id"] = company["taxpayer_id"][:17] + _check(company["taxpayer_id"][:17])
    kettle = LineInput("电水壶", "2", "199.00", "13", spec="MK-1750", unit="台")
    repair = LineInput("空调清洗服务", "1", "120.00", "6", unit="次")
    cable = LineInput("电源线", "12.5", "3.20", "13", spec="3×1.5", unit="米")

    def make(days_ago: float, data: RequestInput) -> invoices.InvoiceDetail:
        with at(days_ago):
            return invoices.create_request(session, clerk, data)

    def issue(days_ago: float, d: invoices.InvoiceDetail, number: str) -> invoices.InvoiceDetail:
        with at(days_ago):
            return invoices.issue_invoice(session, clerk, d.row.id, d.row.version, number,
                                          today - timedelta(days=int(days_ago)))

    cid, person = name(3)
    make(0.2, RequestInput("person", person, "electronic_ordinary", [kettle], ["XS20261206017"],
                           email="zhang.wei@example.com", customer_id=cid))
    make(0.1, RequestInput(invoice_type="paper_special", lines=[kettle, cable],
                           receipts=["XS20261206021", "XS20261206022"],
                           note="专票，请邮寄至公司财务部", **company))  # type: ignore[arg-type]
    issued = make(3, RequestInput(invoice_type="electronic_special", lines=[repair],
                                  receipts=["XS20261203008"], **company))  # type: ignore[arg-type]
    issue(2, issued, "26112000000031415926")
    cid, person = name(7)
    paper = make(8, RequestInput("person", person, "paper_ordinary", [kettle, repair],
                                 ["XS20261128033"], customer_id=cid))
    paper = issue(8, paper, "04518362")
    with at(7):
        invoices.deliver_invoice(session, clerk, paper.row.id, paper.row.version,
                                 "顾客到柜台领取")
    cid, person = name(11)
    wrong = make(5, RequestInput("person", person, "paper_ordinary", [cable], ["XS20261201005"],
                                 customer_id=cid))
    with at(5):
        invoices.void_request(session, clerk, wrong.row.id, wrong.row.version,
                              "顾客改为公司抬头，重新申请")
    returned = make(12, RequestInput(invoice_type="electronic_special", lines=[kettle],
                                     receipts=["XS20261124011"], **company))  # type: ignore[arg-type]
    returned = issue(12, returned, "26112000000027182818")
    with at(11):
        returned = invoices.deliver_invoice(session, clerk, returned.row.id,
                                            returned.row.version,
                                            "已发送至 finance@huaxin.example.cn")
    with at(4):
        invoices.credit_invoice(session, supervisor, returned.row.id, returned.row.version,
                                "顾客退货一台，开具红字发票", "26112000000016180339")
    make(4, RequestInput(invoice_type="electronic_special",
                         lines=[LineInput("电水壶", "1", "199.00", "13", spec="MK-1750",
                                          unit="台")],
                         receipts=["XS20261124011"], note="退货后按实际数量重开",
                         **company))  # type: ignore[arg-type]


def _check(body: str) -> str:
    from desk.services.taxpayer import check_character

    return check_character(body)
