"""B2: the signature pad. A customer signs with the mouse, a pen or a finger; clear and undo
sign again; the PNG the record keeps shows ink and passes the service's check; a stored
signature shows read-only; the pad never swallows the dialog's Esc."""

from __future__ import annotations

import io
import math

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QImage,
    QInputDevice,
    QMouseEvent,
    QPointingDevice,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout
from pytestqt.qtbot import QtBot

from desk.services.errors import DomainError
from desk.services.signatures import (
    DARK,
    MIN_INK_EXTENT,
    OUTPUT_SIZE,
    check_signature,
    demo_signature,
)
from desk.ui.widgets.signature_pad import SignaturePad, SigningArea

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton


def _mouse(area: SigningArea, kind: QEvent.Type, at: QPointF, button: Qt.MouseButton,
           buttons: Qt.MouseButton) -> None:
    # QTest.mouseMove carries no pressed button, so a drag is sent as the events a mouse makes.
    global_at = QPointF(area.mapToGlobal(at.toPoint()))
    event = QMouseEvent(kind, at, global_at, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(area, event)


def _curve(start: QPointF, width: float, height: float, steps: int = 40) -> list[QPointF]:
    """A wavy line like a written name: left to right, up and down."""
    return [QPointF(start.x() + width * i / steps,
                    start.y() - height * math.sin(i / steps * 3 * math.pi))
            for i in range(steps + 1)]


def sign_with_mouse(area: SigningArea, points: list[QPointF]) -> None:
    _mouse(area, QEvent.Type.MouseButtonPress, points[0], LEFT, LEFT)
    for point in points[1:]:
        _mouse(area, QEvent.Type.MouseMove, point, NO_BUTTON, LEFT)
    _mouse(area, QEvent.Type.MouseButtonRelease, points[-1], LEFT, NO_BUTTON)


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 160)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def _dark_pixels(png: bytes) -> tuple[QImage, int]:
    image = QImage.fromData(png)
    assert not image.isNull()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(
        1
        for y in range(grey.height())
        for x in range(grey.width())
        if grey.pixelColor(x, y).value() < DARK
    )
    return image, dark


def test_b2_a_signature_drawn_with_the_mouse_is_saved_as_an_image_with_ink(
    pad: SignaturePad, qtbot: QtBot
) -> None:
    assert pad.is_blank()
    assert pad.png_bytes() == b""
    with qtbot.waitSignal(pad.changed):
        sign_with_mouse(pad.area, _curve(QPointF(40, 90), 300, 30))
    assert not pad.is_blank()
    png = pad.png_bytes()
    image, dark = _dark_pixels(png)
    assert dark > 200
    # Opaque white paper (no alpha to go black on a form), cropped to the ink with a margin.
    assert not image.hasAlphaChannel()
    assert image.pixelColor(0, 0) == Qt.GlobalColor.white
    assert 300 < image.width() < 340 and 60 < image.height() < 100
    assert check_signature(png, "customer_signature") == png
    # A palette PNG of ink shades, none see-through: a few KB, printed as it shows.
    stored = Image.open(io.BytesIO(png))
    assert stored.mode == "P" and "transparency" not in stored.info
    assert len(png) < 6_000


def test_b2_a_long_signature_is_scaled_down_to_fit_the_form(pad: SignaturePad) -> None:
    pad.resize(1200, 500)
    sign_with_mouse(pad.area, _curve(QPointF(20, 250), 1100, 200, steps=120))
    image, dark = _dark_pixels(pad.png_bytes())
    assert image.width() <= OUTPUT_SIZE[0] and image.height() <= OUTPUT_SIZE[1]
    assert max(image.width(), image.height()) >= min(OUTPUT_SIZE) - 2
    assert dark > 200


def test_b2_clear_wipes_the_pad_to_sign_again(pad: SignaturePad, qtbot: QtBot) -> None:
    sign_with_mouse(pad.area, _curve(QPointF(40, 90), 300, 30))
    assert pad.clear_button.isEnabled()
    with qtbot.waitSignal(pad.changed):
        qtbot.mouseClick(pad.clear_button, LEFT)
    assert pad.is_blank()
    assert pad.png_bytes() == b""
    assert not pad.clear_button.isEnabled() and not pad.undo_button.isEnabled()
    with pytest.raises(DomainError) as refused:
        check_signature(pad.png_bytes(), "customer_signature")
    assert refused.value.field == "customer_signature"


def test_b2_undo_takes_back_only_the_last_stroke(pad: SignaturePad, qtbot: QtBot) -> None:
    sign_with_mouse(pad.area, _curve(QPointF(40, 90), 200, 30))
    first = pad.png_bytes()
    sign_with_mouse(pad.area, [QPointF(60 + i * 5, 120) for i in range(50)])  # an underline
    assert pad.png_bytes() != first
    qtbot.mouseClick(pad.undo_button, LEFT)
    assert len(pad.area.strokes) == 1
    assert pad.png_bytes() == first
    # Ctrl+Z on the focused pad does the same.
    pad.area.setFocus()
    QTest.keyClick(pad.area, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pad.area.strokes == []
    assert pad.is_blank()


def test_b2_a_single_click_or_a_small_scribble_is_not_a_signature(
    pad: SignaturePad, qtbot: QtBot
) -> None:
    qtbot.mouseClick(pad.area, LEFT, pos=QPoint(100, 80))
    assert len(pad.area.strokes) == 1  # the dot shows, so the customer sees the pad works
    assert pad.is_blank()
    with pytest.raises(DomainError):
        check_signature(pad.png_bytes(), "customer_signature")
    # Two dots far apart are still no signature: no stroke of its own goes anywhere.
    qtbot.mouseClick(pad.area, LEFT, pos=QPoint(300, 100))
    assert pad.is_blank()
    pad.clear()
    small = MIN_INK_EXTENT - 6
    sign_with_mouse(pad.area, [QPointF(200 + i, 80 + (i % 4)) for i in range(small)])
    assert pad.is_blank()
    with pytest.raises(DomainError):
        check_signature(pad.png_bytes(), "customer_signature")
    sign_with_mouse(pad.area, [QPointF(200 + i * 2, 80) for i in range(MIN_INK_EXTENT)])
    assert not pad.is_blank()


def test_b2_a_pen_signs_through_tablet_events(pad: SignaturePad) -> None:
    pen = QPointingDevice(
        "test pen", 7, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 2,
    )
    points = _curve(QPointF(40, 90), 260, 25)
    kinds = ([QEvent.Type.TabletPress] + [QEvent.Type.TabletMove] * (len(points) - 2)
             + [QEvent.Type.TabletRelease])
    for kind, point in zip(kinds, points, strict=True):
        pressed = NO_BUTTON if kind == QEvent.Type.TabletRelease else LEFT
        event = QTabletEvent(
            kind, pen, point, QPointF(pad.area.mapToGlobal(point.toPoint())), 0.6, 0.0, 0.0,
            0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier, LEFT, pressed,
        )
        QApplication.sendEvent(pad.area, event)
        assert event.isAccepted()  # so Qt does not draw the pen a second time as a mouse
    assert len(pad.area.strokes) == 1
    assert not pad.is_blank()
    assert _dark_pixels(check_signature(pad.png_bytes(), "customer_signature"))[1] > 200


def test_b2_a_finger_signs_through_touch_events(pad: SignaturePad) -> None:
    screen = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    points = [point.toPoint() for point in _curve(QPointF(40, 90), 260, 25)]
    QTest.touchEvent(pad.area, screen).press(0, points[0]).commit()
    for point in points[1:]:
        QTest.touchEvent(pad.area, screen).move(0, point).commit()
    QTest.touchEvent(pad.area, screen).release(0, points[-1]).commit()
    assert len(pad.area.strokes) == 1
    assert len(pad.area.strokes[0]) > 30
    assert not pad.is_blank()
    check_signature(pad.png_bytes(), "customer_signature")


def test_b2_a_second_finger_does_not_draw(pad: SignaturePad) -> None:
    screen = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    QTest.touchEvent(pad.area, screen).press(0, QPoint(40, 90)).commit()
    QTest.touchEvent(pad.area, screen).move(0, QPoint(45, 90)).press(1, QPoint(300, 40)).commit()
    for step in range(1, 30):
        QTest.touchEvent(pad.area, screen).move(0, QPoint(45 + step * 8, 90)) \
            .move(1, QPoint(300, 40 + step * 3)).commit()
    QTest.touchEvent(pad.area, screen).release(0, QPoint(277, 90)) \
        .release(1, QPoint(300, 127)).commit()
    assert len(pad.area.strokes) == 1
    stroke = pad.area.strokes[0]
    assert len({round(point.y()) for point in stroke}) == 1  # only finger 0's level line
    assert max(point.x() for point in stroke) - min(point.x() for point in stroke) > 200


def test_b2_a_stored_signature_shows_read_only(pad: SignaturePad, qtbot: QtBot) -> None:
    stored = demo_signature("张伟", 1)
    with qtbot.waitSignal(pad.changed):
        pad.set_png(stored)
    assert pad.is_read_only() and not pad.is_blank()
    assert pad.png_bytes() == stored
    assert not pad.clear_button.isVisible() and not pad.undo_button.isVisible()
    assert pad.area.focusPolicy() == Qt.FocusPolicy.NoFocus  # Tab passes a shown signature
    sign_with_mouse(pad.area, _curve(QPointF(40, 90), 300, 30))
    assert pad.area.strokes == [] and pad.png_bytes() == stored
    # What shows is the stored ink, on white.
    shown = pad.area.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    assert any(shown.pixelColor(x, y).value() < DARK
               for y in range(shown.height()) for x in range(shown.width()))
    with pytest.raises(ValueError, match="PNG"):
        pad.set_png(b"not a picture")
    pad.set_png(b"")
    assert pad.is_blank() and pad.is_read_only()


def test_b2_signing_again_after_a_stored_signature(pad: SignaturePad) -> None:
    pad.set_png(demo_signature("李秀英", 2))
    pad.set_read_only(False)
    assert pad.clear_button.isVisible() and pad.clear_button.isEnabled()
    sign_with_mouse(pad.area, _curve(QPointF(40, 90), 300, 30))
    assert pad.area.picture is None  # the new strokes replace the stored signature
    assert pad.png_bytes() != demo_signature("李秀英", 2)
    check_signature(pad.png_bytes(), "customer_signature")


def test_b2_esc_on_the_pad_still_closes_the_dialog(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    customer, staff = SignaturePad(dialog), SignaturePad(dialog)
    row = QHBoxLayout(dialog)
    row.addWidget(customer)
    row.addWidget(staff)
    dialog.show()
    qtbot.waitExposed(dialog)
    customer.setFocus()
    assert dialog.focusWidget() is customer.area
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(customer.area, Qt.Key.Key_Escape)


def test_b2_two_pads_fit_side_by_side_in_a_1366_dialog(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    least = pad.minimumSizeHint().expandedTo(pad.minimumSize())
    assert least.width() <= 340 and least.height() <= 150
    assert pad.area.minimumWidth() >= 320  # room for a name written by mouse


def test_b2_a_cancelled_touch_leaves_no_stroke(pad: SignaturePad) -> None:
    """The system takes the finger away (a gesture, a window on top): half a stroke is not
    kept as if the customer had written it."""
    screen = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    sign_with_mouse(pad.area, _curve(QPointF(40, 90), 300, 30))
    QTest.touchEvent(pad.area, screen).press(0, QPoint(40, 60)).commit()
    QTest.touchEvent(pad.area, screen).move(0, QPoint(120, 60)).commit()
    assert len(pad.area.strokes) == 2
    QApplication.sendEvent(pad.area, QTouchEvent(QEvent.Type.TouchCancel, screen))
    assert len(pad.area.strokes) == 1


def test_b2_only_the_left_button_writes(pad: SignaturePad) -> None:
    right = Qt.MouseButton.RightButton
    points = _curve(QPointF(40, 90), 300, 30)
    _mouse(pad.area, QEvent.Type.MouseButtonPress, points[0], right, right)
    for point in points[1:]:
        _mouse(pad.area, QEvent.Type.MouseMove, point, NO_BUTTON, right)
    _mouse(pad.area, QEvent.Type.MouseButtonRelease, points[-1], right, NO_BUTTON)
    assert pad.area.strokes == [] and pad.is_blank()
