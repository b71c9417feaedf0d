"""The warehouse's forms as steps (``StepDialog``): a new or edited item (W1), its opening
balance (W7) and issuing an item out (W6) with the checks the clerk confirms against the
goods."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desk.services import items, stock
from desk.services.items import ItemInput, ItemRow, shown_quantity
from desk.services.permissions import Actor
from desk.services.stock import IssueInput, IssueLineInput
from desk.ui.dialogs.step_form import Step, StepField, Values

WHOLE, MEASURED = "whole", "measured"


def _item_input(v: Values) -> ItemInput:
    return ItemInput(
        code=v["code"],
        name=v["name"],
        unit=v["unit"],
        spec=v["spec"],
        colour=v["colour"],
        size=v["size"],
        barcode=v["barcode"],
        safety_stock=v["safety_stock"],
        countable=v["countable"] != MEASURED,
    )


def item_step(actor: Actor, item: ItemRow | None = None) -> Step:
    """W1: a new item, or the item's details edited (refused if someone changed it meanwhile)."""
    if item is None:

        def run(session: Any, v: Values) -> ItemRow:
            return items.create_item(session, actor, _item_input(v))
    else:
        item_id, version = item.id, item.version

        def run(session: Any, v: Values) -> ItemRow:
            return items.update_item(session, actor, item_id, version, _item_input(v))

    def line(name: str, label: str, value: str, limit: int, hint: str = "") -> StepField:
        return StepField(name, label, "line", value=value, max_length=limit, placeholder=hint)

    return Step(
        QCoreApplication.translate("WarehouseSteps", "New item")
        if item is None
        else QCoreApplication.translate("WarehouseSteps", "Edit item {code}").format(
            code=item.code
        ),
        QCoreApplication.translate("WarehouseSteps", "Save item"),
        [
            line(
                "code",
                QCoreApplication.translate("WarehouseSteps", "&Code *"),
                item.code if item else "",
                items.CODE_MAX,
                QCoreApplication.translate("WarehouseSteps", "e.g. DK-1001"),
            ),
            line(
                "name",
                QCoreApplication.translate("WarehouseSteps", "&Name *"),
                item.name if item else "",
                items.NAME_MAX,
            ),
            line(
                "spec",
                QCoreApplication.translate("WarehouseSteps", "&Spec/model"),
                item.spec if item else "",
                items.SPEC_MAX,
            ),
            line(
                "colour",
                QCoreApplication.translate("WarehouseSteps", "Colou&r"),
                item.colour if item else "",
                items.COLOUR_MAX,
            ),
            line(
                "size",
                QCoreApplication.translate("WarehouseSteps", "Si&ze"),
                item.size if item else "",
                items.SIZE_MAX,
            ),
            line(
                "unit",
                QCoreApplication.translate("WarehouseSteps", "&Unit *"),
                item.unit if item else "",
                items.UNIT_MAX,
                QCoreApplication.translate("WarehouseSteps", "件, 台, 米…"),
            ),
            StepField(
                "countable",
                QCoreApplication.translate("WarehouseSteps", "Counted in"),
                "choice",
                {
                    WHOLE: QCoreApplication.translate("WarehouseSteps", "Whole pieces"),
                    MEASURED: QCoreApplication.translate(
                        "WarehouseSteps", "Length or weight (decimals)"
                    ),
                },
                value=MEASURED if item is not None and not item.countable else WHOLE,
            ),
            line(
                "barcode",
                QCoreApplication.translate("WarehouseSteps", "&Barcode"),
                item.barcode if item else "",
                items.BARCODE_MAX,
                QCoreApplication.translate("WarehouseSteps", "Scan it here"),
            ),
            line(
                "safety_stock",
                QCoreApplication.translate("WarehouseSteps", "Sa&fety stock"),
                shown_quantity(item.safety_stock) if item else "0",
                16,
            ),
        ],
        run,
        QCoreApplication.translate(
            "WarehouseSteps", "Below its safety stock an item stands out in red in the list."
        ),
    )


def issue_step(actor: Actor, item: ItemRow) -> Step:
    """W6: issue the item out after checking name, spec, quantity, quality and damage."""
    item_id = item.id

    def run(session: Any, v: Values) -> stock.IssueRow:
        line = IssueLineInput(
            item_id,
            v["quantity"],
            name_spec_checked=v["name_spec_checked"] == "yes",
            quality_good=v["quality_good"] == "yes",
            undamaged=v["undamaged"] == "yes",
        )
        return stock.issue_out(session, actor, IssueInput([line], v["recipient"], v["note"]))

    summary = QCoreApplication.translate(
        "WarehouseSteps", "{code} · {name} · {spec}\nOn hand: {on_hand} {unit}"
    ).format(
        code=item.code,
        name=item.name,
        spec=item.spec or "—",
        on_hand=shown_quantity(item.on_hand),
        unit=item.unit,
    )
    return Step(
        QCoreApplication.translate("WarehouseSteps", "Issue out {code}").format(code=item.code),
        QCoreApplication.translate("WarehouseSteps", "Issue out"),
        [
            StepField(
                "quantity",
                QCoreApplication.translate("WarehouseSteps", "&Quantity ({unit}) *").format(
                    unit=item.unit
                ),
                "line",
                max_length=16,
            ),
            StepField(
                "name_spec_checked",
                QCoreApplication.translate("WarehouseSteps", "Checked"),
                "check",
                placeholder=QCoreApplication.translate(
                    "WarehouseSteps", "Name and spec/model match the goods"
                ),
            ),
            StepField(
                "quality_good",
                QCoreApplication.translate("WarehouseSteps", "Quality"),
                "check",
                placeholder=QCoreApplication.translate(
                    "WarehouseSteps", "Quality condition checked: fit to issue"
                ),
            ),
            StepField(
                "undamaged",
                QCoreApplication.translate("WarehouseSteps", "Damage"),
                "check",
                placeholder=QCoreApplication.translate(
                    "WarehouseSteps", "No damage, packaging included"
                ),
            ),
            StepField(
                "recipient",
                QCoreApplication.translate("WarehouseSteps", "&Taken by"),
                "line",
                max_length=stock.RECIPIENT_MAX,
                placeholder=QCoreApplication.translate("WarehouseSteps", "Person or department"),
            ),
            StepField("note", QCoreApplication.translate("WarehouseSteps", "N&ote")),
        ],
        run,
        summary,
    )


def opening_step(actor: Actor, item: ItemRow) -> Step:
    """W7: what is on the shelf when the desk starts keeping the item's book (once, before any
    other movement; later differences are a stocktake's)."""
    item_id = item.id

    def run(session: Any, v: Values) -> stock.MovementRow:
        return stock.record_opening(session, actor, item_id, v["quantity"], v["note"])

    return Step(
        QCoreApplication.translate("WarehouseSteps", "Opening balance of {code}").format(
            code=item.code),
        QCoreApplication.translate("WarehouseSteps", "Save the opening balance"),
        [
            StepField(
                "quantity",
                QCoreApplication.translate("WarehouseSteps", "&Quantity ({unit}) *").format(
                    unit=item.unit
                ),
                "line",
                max_length=16,
            ),
            StepField("note", QCoreApplication.translate("WarehouseSteps", "N&ote")),
        ],
        run,
        QCoreApplication.translate(
            "WarehouseSteps",
            "{code} · {name}: count what is on the shelf now. Entered once, when the desk "
            "starts keeping this item's book; a later difference is a stocktake's.",
        ).format(code=item.code, name=item.name),
    )
