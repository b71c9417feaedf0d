"""Sorting and filtering in SQL for the paged lists."""

from __future__ import annotations

from dataclasses import dataclass

PAGE_SIZE = 200


@dataclass(frozen=True)
class Sort:
    key: str
    descending: bool = False
