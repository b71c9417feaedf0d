"""Store-wide settings that live in the database (DESIGN.md, Configuration).

One row per setting, the value as JSON so a number, a name or a list of holiday overrides fit
the same table. Who changed a setting last and when stays on the row (the settings dialog
names them when two administrators collide); the full trail is in the audit log.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=False)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)

    # Two administrators saving at once: the second UPDATE matches no row (S5).
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}
