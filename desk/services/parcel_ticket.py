"""The storage ticket (寄存牌, P1) through the one print path.

:func:`ticket_pdf` builds the 80 mm ticket of a deposit (:mod:`desk.reports.ticket`) as a
:class:`desk.services.papers.Paper`: the window previews it and prints it through the print
dialog, ``desk print ticket`` saves it, and every copy that leaves the desk is registered for
``desk verify`` and audited on the deposit (:func:`desk.services.papers.record_output`). A
ticket printed before says 副本: a reprint for a customer whose stub got wet is not a second
ticket, the number stays the one number.

The parcel's part names the customer with the phone masked (it sits on a shelf where anyone
passing reads it, K2); the customer's stub carries the conditions: the storage limit from the
settings, valuables not accepted, and that a lost ticket needs an ID and a supervisor.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desk.services import issued, parcels, settings
from desk.services.errors import QT_TRANSLATE_NOOP
from desk.services.jobs import SessionSource
from desk.services.papers import Paper, SavedPaper, Words, drawn_paper, local_time, save_paper
from desk.services.parcels import ParcelDetail
from desk.services.permissions import Actor, authorize
from desk.services.vocabulary import Translate

if TYPE_CHECKING:
    from desk.reports import ticket

KIND, ENTITY = "parcel_ticket", "parcel"
TITLE = QT_TRANSLATE_NOOP("Documents", "Storage ticket")


def _parts(d: ParcelDetail, w: Words, store: str) -> tuple[ticket.TicketPart, ticket.TicketPart]:
    from desk.reports import ticket

    deposited = local_time(d.row.deposited_at)
    pieces = w(QT_TRANSLATE_NOOP("Documents", "{pieces} piece(s)")).format(pieces=d.row.pieces)
    parcel_part = ticket.TicketPart(
        w(QT_TRANSLATE_NOOP("Documents", "Parcel's part: stays with the items")), (
            (w(QT_TRANSLATE_NOOP("Documents", "Customer")),
             f"{d.row.customer_name} {d.row.masked_phone}"),
            (w(QT_TRANSLATE_NOOP("Documents", "Items")), d.row.description),
            (w(QT_TRANSLATE_NOOP("Documents", "Pieces")), pieces),
            (w(QT_TRANSLATE_NOOP("Documents", "Condition")), d.condition or "—"),
            (w(QT_TRANSLATE_NOOP("Documents", "Shelf")), d.row.shelf or "—"),
            (w(QT_TRANSLATE_NOOP("Documents", "Deposited")), deposited),
            (w(QT_TRANSLATE_NOOP("Documents", "Clerk")), d.deposited_by),
        ))
    conditions = (
        w(QT_TRANSLATE_NOOP(
            "Documents", "1. Items are kept until {day} ({days} days). Items not collected by "
            "then are handled by the store's rules.")).format(
            day=d.keep_until.isoformat(), days=d.storage_days),
        w(QT_TRANSLATE_NOOP(
            "Documents", "2. Please do not deposit cash, valuables or perishables: {store} is "
            "not responsible for them.")).format(store=store or w(QT_TRANSLATE_NOOP(
                "Documents", "the store"))),
        w(QT_TRANSLATE_NOOP(
            "Documents", "3. Show this stub to collect; the clerk asks for the last four "
            "digits of your phone. A lost stub: items are released only on your ID and a "
            "supervisor's approval.")),
    )
    stub = ticket.TicketPart(
        w(QT_TRANSLATE_NOOP("Documents", "Customer's stub: keep it to collect your items")), (
            (w(QT_TRANSLATE_NOOP("Documents", "Items")), d.row.description),
            (w(QT_TRANSLATE_NOOP("Documents", "Pieces")), pieces),
            (w(QT_TRANSLATE_NOOP("Documents", "Deposited")), deposited),
            (w(QT_TRANSLATE_NOOP("Documents", "Clerk")), d.deposited_by),
        ), qr=True, notes=conditions)
    return parcel_part, stub


def ticket_pdf(session: Session, actor: Actor, parcel_id: int, translate: Translate) -> Paper:
    """P1: the deposit's ticket, to preview, print or save."""
    authorize(session, actor, "parcel.read")
    d = parcels.get_parcel(session, actor, parcel_id)
    from desk.reports import ticket

    w = Words(translate)
    store = settings.read_settings(session, actor).store_name
    copy = d.row.id in issued.printed_before(session, ENTITY, [d.row.id])
    parcel_part, stub = _parts(d, w, store)
    document = ticket.TicketDocument(
        store_name=store, title=w(TITLE), number=d.row.ticket_number, parcel_part=parcel_part,
        stub=stub, cut_here=w(QT_TRANSLATE_NOOP("Documents", "cut here")),
        footer=w.printed_by(actor.display_name),
        copy_mark=w(QT_TRANSLATE_NOOP("Documents", "COPY")) if copy else None)
    record = issued.PrintedRecord(ENTITY, d.row.id, d.row.ticket_number, copy)
    return drawn_paper(KIND, TITLE, lambda keywords: ticket.render_ticket(document, keywords),
                       [record], d.row.ticket_number, translate)


def save_ticket(source: SessionSource, actor: Actor, number: str, path: Path,
                translate: Translate) -> SavedPaper:
    """``desk print ticket``: the ticket written to ``path`` and registered as issued, the
    file complete or not there at all."""
    with source.read() as session:
        found = parcels.find_ticket(session, actor, number)
        printed = ticket_pdf(session, actor, found.row.id, translate)
    return save_paper(source, actor, printed, path)
