"""Done, signed callbacks written directly with the ORM, for the tests and the bench of the
printed record (B4), independent of the callback services that record them.

The complaint behind a complaint callback is made through :mod:`desk.services.complaints` up to
its rectification (C6), so its number, content and rectification are real; the callback row is
then what recording a signed callback leaves (state ``done``, both signatures as PNG bytes).
"""

from __future__ import annotations

import io
import random
from datetime import datetime, timedelta

from PIL import Image, ImageDraw
from sqlalchemy.orm import Session

from desk.models import Callback
from desk.services import clock, complaints, numbering
from desk.services.complaints import ComplaintInput
from desk.services.permissions import Actor

QUESTIONS = (
    ("维修后冰箱是否正常制冷？", "正常，温度稳定在4度"),
    ("师傅上门是否准时？", "准时，提前打了电话"),
    ("对这次处理结果是否满意？", "满意，谢谢"),
)


def signature_png(seed: int, width: int = 480, height: int = 160) -> bytes:
    """A handwritten-looking stroke as PNG bytes: ink on a transparent pad, as the signature
    pad saves it."""
    rng = random.Random(seed)
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    x, y = 20.0, height / 2
    points = [(x, y)]
    while x < width - 30:
        x += rng.uniform(6, 18)
        y = min(height - 15, max(15, y + rng.uniform(-25, 25)))
        points.append((x, y))
    draw.line(points, fill=(10, 20, 80, 255), width=4, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def rectified_complaint(session: Session, clerk: Actor, supervisor: Actor,
                        customer_id: int | None = None, content: str = "冰箱冷藏室不制冷",
                        department: str = "售后维修部") -> int:
    """A justified complaint taken, planned, approved, sent out and rectified (C3-C6)."""
    c = complaints.take_complaint(session, clerk, ComplaintInput(
        "phone", "quality", content, "上门检修", customer_id=customer_id))
    c = complaints.assess(session, clerk, c.row.id, True, True, "温控器故障属实", "general",
                          c.row.version)
    c = complaints.propose_plan(session, clerk, c.row.id, "维修部上门更换温控器", c.row.version)
    c = complaints.approve_plan(session, supervisor, c.row.id, "同意", c.row.version)
    c = complaints.issue_slip(session, clerk, c.row.id, department, "周师傅", c.row.version)
    c = complaints.record_rectification(session, clerk, c.row.id, "温控器老化", "周师傅",
                                        "更换温控器并试机两小时", "已电话核实", c.row.version)
    return c.row.id


def done_callback(
    session: Session,
    clerk: Actor,
    complaint_id: int | None = None,
    called_at: datetime | None = None,
    seed: int = 1,
    department: str = "售后维修部",
    source: str = "complaint",
    satisfaction: str = "satisfied",
    signature_mode: str | None = "screen",
    paper_scan_id: int | None = None,
    subject: str = "",
) -> Callback:
    """A done callback signed on screen by the customer and by ``clerk`` (B2)."""
    at = called_at or clock.now() - timedelta(hours=2)
    customer_signature = signature_png(seed) if signature_mode == "screen" else None
    callback = Callback(
        number=numbering.draw(session, numbering.CALLBACK, clock.local_today(at)),
        source=source, complaint_id=complaint_id, subject=subject, department=department,
        state="done", owner_id=clerk.id, created_by_id=clerk.id, created_at=at,
        method="phone", called_at=at, caller_id=clerk.id, person_reached="张女士",
        answers=[list(pair) for pair in QUESTIONS], satisfaction=satisfaction,
        comments="希望以后配件备足", signature_mode=signature_mode,
        customer_signature=customer_signature,
        customer_signed_at=at if signature_mode else None, paper_scan_id=paper_scan_id,
        staff_signature=signature_png(seed + 10_000), done_at=at,
    )
    session.add(callback)
    session.flush()
    return callback
