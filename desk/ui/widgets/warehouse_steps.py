"""The warehouse's forms as steps (``StepDialog``): a new or edited item (W1) and issuing an
item out (W6) with the checks the clerk confirms against the goods."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desk.services import items, stock
from desk.services.items import ItemInput, ItemRow, shown_quantity
from desk.services.permissions import Actor
from desk.services.stock import IssueInput, IssueLineInput
from desk.ui.dialogs.step_form import Step, StepField, Values

CONTEXT = "WarehouseSteps"
WHOLE, MEASURED = "whole", "measured"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _item_input(v: Values) -> ItemInput:
    return ItemInput(
        code=v["code"], name=v["name"], unit=v["unit"], spec=v["spec"], colour=v["colour"],
        size=v["size"], barcode=v["barcode"], safety_stock=v["safety_stock"],
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
        _t("New item") if item is None else _t("Edit item {code}").format(code=item.code),
        _t("Save item"),
        [
            line("code", _t("&Code *"), item.code if item else "", items.CODE_MAX,
                 _t("e.g. DK-1001")),
            line("name", _t("&Name *"), item.name if item else "", items.NAME_MAX),
            line("spec", _t("&Spec/model"), item.spec if item else "", items.SPEC_MAX),
            line("colour", _t("Colou&r"), item.colour if item else "", items.COLOUR_MAX),
            line("size", _t("Si&ze"), item.size if item else "", items.SIZE_MAX),
            line("unit", _t("&Unit *"), item.unit if item else "", items.UNIT_MAX,
                 _t("件, 台, 米…")),
            StepField("countable", _t("Counted in"), "choice",
                      {WHOLE: _t("Whole pieces"), MEASURED: _t("Length or weight (decimals)")},
                      value=MEASURED if item is not None and not item.countable else WHOLE),
            line("barcode", _t("&Barcode"), item.barcode if item else "", items.BARCODE_MAX,
                 _t("Scan it here")),
            line("safety_stock", _t("Sa&fety stock"),
                 shown_quantity(item.safety_stock) if item else "0", 16),
        ],
        run,
        _t("Below its safety stock an item stands out in red in the list."),
    )


def issue_step(actor: Actor, item: ItemRow) -> Step:
    """W6: issue the item out after checking name, spec, quantity, quality and damage."""
    item_id = item.id

    def run(session: Any, v: Values) -> stock.IssueRow:
        line = IssueLineInput(
            item_id, v["quantity"], name_spec_checked=v["name_spec_checked"] == "yes",
            quality_good=v["quality_good"] == "yes", undamaged=v["undamaged"] == "yes",
        )
        return stock.issue_out(session, actor, IssueInput([line], v["recipient"], v["note"]))

    summary = _t("{code} · {name} · {spec}\nOn hand: {on_hand} {unit}").format(
        code=item.code, name=item.name, spec=item.spec or "—",
        on_hand=shown_quantity(item.on_hand), unit=item.unit)
    return Step(
        _t("Issue out {code}").format(code=item.code),
        _t("Issue out"),
        [
            StepField("quantity", _t("&Quantity ({unit}) *").format(unit=item.unit), "line",
                      max_length=16),
            StepField("name_spec_checked", _t("Checked"), "check",
                      placeholder=_t("Name and spec/model match the goods")),
            StepField("quality_good", _t("Quality"), "check",
                      placeholder=_t("Quality condition checked: fit to issue")),
            StepField("undamaged", _t("Damage"), "check",
                      placeholder=_t("No damage, packaging included")),
            StepField("recipient", _t("&Taken by"), "line", max_length=stock.RECIPIENT_MAX,
                      placeholder=_t("Person or department")),
            StepField("note", _t("N&ote")),
        ],
        run,
        summary,
    )
