"""search keys in the same NFKC, case-folded form as the query (K1)

Keys written before this revision were only lower-cased, so ``ＡＢＣ公司`` was stored as
``ａｂｃ公司`` and never matched the query ``abc``. The keys of every customer whose name,
phone, member number or company reads differently once folded are rebuilt with
:func:`desk.services.searchkeys.customer_keys`, the function the desk writes keys with. The
others (plain Chinese names, the great majority) already have exactly those keys and are
skipped, so the first start after the update does not re-spell a whole archive in pinyin.
Customers are read in batches so a large archive does not sit in memory at once.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk.services.searchkeys import customer_keys, fold

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_BATCH = 1000

customers = sa.table(
    "customers",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("phone", sa.String),
    sa.column("member_no", sa.String),
    sa.column("company", sa.String),
)
search_keys = sa.table(
    "customer_search_keys",
    sa.column("customer_id", sa.Integer),
    sa.column("key", sa.String),
)


def _compact(value: str | None) -> str:
    return "".join((value or "").lower().split())


def _changed_by_folding(
    name: str, phone: str | None, member_no: str | None, company: str | None
) -> bool:
    """Whether the older desk stored a different key than :func:`customer_keys` makes now
    (it lower-cased and removed spaces from names and companies, only lower-cased member
    numbers, and stored phone digits as they were)."""
    return (
        fold(name) != _compact(name)
        or fold(company or "") != _compact(company)
        or fold(member_no or "") != (member_no or "").lower()
        or fold(phone or "") != (phone or "")
    )


def upgrade() -> None:
    conn = op.get_bind()
    last_id = 0
    while True:
        rows = conn.execute(
            sa.select(
                customers.c.id,
                customers.c.name,
                customers.c.phone,
                customers.c.member_no,
                customers.c.company,
            )
            .where(customers.c.id > last_id)
            .order_by(customers.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        last_id = rows[-1].id
        stale = [
            row for row in rows
            if _changed_by_folding(row.name, row.phone, row.member_no, row.company)
        ]
        if not stale:
            continue
        conn.execute(
            sa.delete(search_keys).where(search_keys.c.customer_id.in_([r.id for r in stale]))
        )
        keys = [
            {"customer_id": row.id, "key": key}
            for row in stale
            for key in sorted(customer_keys(row.name, row.phone, row.member_no, row.company))
        ]
        if keys:
            conn.execute(sa.insert(search_keys), keys)


def downgrade() -> None:
    """Nothing to undo: the folded keys are a superset of what the older desk searches
    (its queries were NFKC-normalised already), so the older desk finds everyone too."""
