"""A signature pad (B2): the customer or the staff member signs on screen with the mouse, a pen
or a finger; the record keeps the PNG. Reusable: the callback record has two side by side
(customer and staff), the warehouse's dock inspection uses it next.

The strokes are kept as points and drawn as smoothed paths (quadratic curves through the
midpoints, antialiased, blue-black ink), so the signature looks like a pen's on any screen.
:meth:`SignaturePad.png_bytes` draws them again onto white paper, cropped to the ink and scaled
down to at most 600 x 200 px, as a 16-shade palette PNG of a few KB: what a form prints and
what desk.services.signatures checks.

"Blank" is the service's rule (:data:`desk.services.signatures.MIN_INK_EXTENT`, 20 px, about
5 mm), applied stroke by stroke: unless one stroke leaves a 20 px square, the pad holds clicks
and dots, not a signature. The service applies the same size to the ink of the PNG.

The clear and undo buttons have no Alt+letter mnemonic on purpose: a dialog shows two pads,
whose mnemonics would clash. Ctrl+Z undoes the last stroke while the pad has the focus; every
other key (Esc, Enter, Tab) goes on to the dialog.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
    qRgb,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desk.services.signatures import INK_RGB, MARGIN, MIN_INK_EXTENT, OUTPUT_SIZE, ink_ramp

INK = QColor(*INK_RGB)
INK_WIDTH = 2.5  # px, a ballpoint's line at counter-screen size
PAPER = QColor(Qt.GlobalColor.white)
BASELINE = QColor(205, 208, 214)
HINT = QColor(150, 154, 160)
BORDER = QColor(190, 193, 198)
MIN_STEP = 1.0  # px: closer points add nothing but weight
BASELINE_AT = 0.72  # of the height: room above for tall letters, below for descenders


def _smooth_path(points: list[QPointF]) -> QPainterPath:
    """A curve through the midpoints with the sampled points as control points: the polyline's
    corners (a mouse samples every few pixels) become the round turns of a pen."""
    path = QPainterPath(points[0])
    if len(points) == 1:
        path.lineTo(points[0])  # a dot: drawn by the round cap
        return path
    path.lineTo((points[0] + points[1]) / 2)
    for here, after in itertools.pairwise(points[1:]):
        path.quadTo(here, (here + after) / 2)
    path.lineTo(points[-1])
    return path


def _bounds(points: list[QPointF], grow: float) -> QRectF:
    if not points:
        return QRectF()
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    return QRectF(QPointF(min(xs) - grow, min(ys) - grow),
                  QPointF(max(xs) + grow, max(ys) + grow))


class SigningArea(QWidget):
    """The white paper of the pad. It records strokes from the mouse, a tablet pen and one
    finger, and tells the pad through ``stroke_finished``; the pad owns the buttons."""

    stroke_finished = Signal()
    undo_requested = Signal()  # Ctrl+Z

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signingArea")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints all of itself
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 100)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[list[QPointF]] = []
        self.paths: list[QPainterPath] = []  # one per stroke, drawn as the strokes are
        self.picture: QImage | None = None  # a signature shown from its PNG (set_png)
        self.read_only = False
        self.hint = ""
        self._drawing = False
        self._touch_id: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(440, 150)

    # --- The strokes ---------------------------------------------------------------------

    def begin(self, at: QPointF) -> None:
        if self.read_only:
            return
        self.picture = None  # signing again replaces a signature that was shown
        self._drawing = True
        self.strokes.append([QPointF(at)])
        self.paths.append(_smooth_path(self.strokes[-1]))
        self._repaint_tail()

    def extend(self, at: QPointF) -> None:
        if not self._drawing:
            return
        stroke = self.strokes[-1]
        step = at - stroke[-1]
        if math.hypot(step.x(), step.y()) < MIN_STEP:
            return
        stroke.append(QPointF(at))
        self.paths[-1] = _smooth_path(stroke)
        self._repaint_tail()

    def finish(self) -> None:
        if not self._drawing:
            return
        self._drawing = False
        self.stroke_finished.emit()

    def cancel(self) -> None:
        """The system took the touch away (a gesture, a window on top): the stroke is dropped."""
        if not self._drawing:
            return
        self._drawing = False
        self.strokes.pop()
        self.paths.pop()
        self.update()
        self.stroke_finished.emit()

    def drop_drawing(self) -> None:
        """Forget the stroke in progress as one (clear, undo, set_png while a pen is down)."""
        self._drawing = False
        self._touch_id = None

    def ink_rect(self) -> QRectF:
        """Where the ink is, pen width included; empty without strokes. The smoothed curves
        stay inside their sampled points, so the points' bounds are the ink's."""
        return _bounds([p for stroke in self.strokes for p in stroke], INK_WIDTH / 2)

    def _repaint_tail(self) -> None:
        # Only the end of the stroke changed: repaint around its last points, not the pad.
        self.update(_bounds(self.strokes[-1][-3:], INK_WIDTH + 2).toAlignedRect())

    # --- Input ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.read_only or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self.begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing and event.buttons() & Qt.MouseButton.LeftButton:
            self.extend(event.position())
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drawing and event.button() == Qt.MouseButton.LeftButton:
            self.extend(event.position())
            self.finish()
            event.accept()
        else:
            event.ignore()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not also send the pen as a mouse and draw every stroke twice.
        if self.read_only:
            event.ignore()
            return
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self.extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self.extend(event.position())
            self.finish()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """One finger signs: the first one down; a second finger (a palm, a thumb) is ignored."""
        kind = event.type()
        if self.read_only:
            event.ignore()
            return
        if kind == QEvent.Type.TouchCancel:
            self._touch_id = None
            self.cancel()
            event.accept()
            return
        if kind == QEvent.Type.TouchBegin and event.points():
            finger = event.points()[0]
            self._touch_id = finger.id()
            self.begin(finger.position())
        else:
            for finger in event.points():
                if finger.id() != self._touch_id:
                    continue
                self.extend(finger.position())
                if finger.state() == QEventPoint.State.Released:
                    self._touch_id = None
                    self.finish()
        if kind == QEvent.Type.TouchEnd:
            self._touch_id = None
            self.finish()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.read_only and event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)  # ignored: Esc and Enter reach the dialog

    # --- Painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        frame = QColor(self.palette().highlight().color()) if self.hasFocus() else BORDER
        painter.setPen(QPen(frame, 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        if not self.read_only:
            self._paint_guide(painter)
        elif not self.strokes and self.picture is None:
            painter.setPen(HINT)
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.hint)
        if self.picture is not None:
            self._paint_picture(painter)
        pen = QPen(INK, INK_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in self.paths:
            painter.drawPath(path)
        painter.end()

    def _paint_guide(self, painter: QPainter) -> None:
        """The faint line and ✕ of a paper form, and the hint while nothing is signed."""
        inset = 16
        line_y = round(self.height() * BASELINE_AT) + 0.5
        painter.setPen(QPen(BASELINE, 1))
        painter.drawLine(QPointF(inset + 14, line_y), QPointF(self.width() - inset, line_y))
        cross = 4
        centre = QPointF(inset + 4, line_y - cross - 3)
        painter.drawLine(centre + QPointF(-cross, -cross), centre + QPointF(cross, cross))
        painter.drawLine(centre + QPointF(-cross, cross), centre + QPointF(cross, -cross))
        if not self.strokes and self.picture is None and self.hint:
            hint_font = painter.font()
            hint_font.setPointSizeF(hint_font.pointSizeF() * 1.25)  # read from across the counter
            painter.setFont(hint_font)
            painter.setPen(HINT)
            above = QRectF(0, 0, self.width(), line_y - 4)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, self.hint)

    def _paint_picture(self, painter: QPainter) -> None:
        """A stored signature, scaled down to fit (never up: a small signature stays small)."""
        assert self.picture is not None
        room = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        size = QSize(self.picture.size())
        if size.width() > room.width() or size.height() > room.height():
            size = size.scaled(room.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(0, 0, size.width(), size.height())
        target.moveCenter(room.center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.picture)


class SignaturePad(QWidget):
    """A signing area with Clear and Undo under it. ``changed`` after every finished stroke,
    clear, undo and :meth:`set_png`. :meth:`png_bytes` is what the record keeps."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.area = SigningArea(self)
        self.area.hint = self.tr("Sign here")
        self.area.setAccessibleName(self.tr("Signature pad"))
        self._png = b""  # the bytes of a signature shown by set_png
        self._not_signed = self.tr("Not signed")

        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back the last stroke (Ctrl+Z)"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Wipe the pad and sign again"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        for button in (self.undo_button, self.clear_button):
            button.setAutoDefault(False)  # Enter in the dialog saves; it never wipes the pad
            keep_place = button.sizePolicy()
            keep_place.setRetainSizeWhenHidden(True)  # read-only hides them; nothing moves
            button.setSizePolicy(keep_place)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.area, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.area)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.area.stroke_finished.connect(self._stroke_finished)
        self.area.undo_requested.connect(self.undo)
        self.undo_button.clicked.connect(self.undo)
        self.clear_button.clicked.connect(self.clear)

    # --- What the owner asks -----------------------------------------------------------

    def is_blank(self) -> bool:
        """No signature: no stroke, or no stroke that leaves a MIN_INK_EXTENT square (clicks
        and dots, however far apart, are not a signature)."""
        if not self.area.strokes:
            return self.area.picture is None
        for stroke in self.area.strokes:
            ink = _bounds(stroke, 0)
            if max(ink.width(), ink.height()) >= MIN_INK_EXTENT:
                return False
        return True

    def is_read_only(self) -> bool:
        return self.area.read_only

    def png_bytes(self) -> bytes:
        """The signature as an opaque PNG (white paper, blue-black ink), cropped to the ink
        with a margin and scaled down to fit 600 x 200; the bytes given to :meth:`set_png`
        while they are shown; ``b""`` when nothing is drawn."""
        if not self.area.strokes:
            return self._png if self.area.picture is not None else b""
        crop = self.area.ink_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        scale = min(1.0, OUTPUT_SIZE[0] / crop.width(), OUTPUT_SIZE[1] / crop.height())
        image = QImage(max(1, math.ceil(crop.width() * scale)),
                       max(1, math.ceil(crop.height() * scale)), QImage.Format.Format_RGB32)
        image.fill(PAPER)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-crop.topLeft())
        # A long signature scaled down keeps a pen's line, not a hairline, on the form.
        width = max(INK_WIDTH * scale, 2.0) / scale
        painter.setPen(QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        for path in self.area.paths:
            painter.drawPath(path)
        painter.end()
        shades = [qRgb(*shade) for shade in ink_ramp()]
        indexed = image.convertToFormat(QImage.Format.Format_Indexed8, shades,
                                        Qt.ImageConversionFlag.ThresholdDither)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 6.11 takes the format as str, though its stubs say bytes.
        indexed.save(buffer, "PNG")  # type: ignore[call-overload]
        return bytes(buffer.data().data())

    def set_png(self, png: bytes) -> None:
        """Show a stored signature, read-only (``b""``: nothing signed yet). Raises ValueError
        for bytes that are not a PNG image: the record's bytes passed check_signature."""
        picture = None
        if png:
            picture = QImage.fromData(png, "PNG")  # type: ignore[arg-type]  # str, as above
            if picture.isNull():
                raise ValueError("not a PNG image")
        self.area.drop_drawing()
        self.area.strokes.clear()
        self.area.paths.clear()
        self.area.picture = picture
        self._png = bytes(png)
        self.set_read_only(True)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: the pad only shows; no stroke, no buttons (their place stays)."""
        self.area.finish()
        self.area.read_only = read_only
        # A signature on show is no stop for Tab; a pad to sign on is.
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only
                                 else Qt.FocusPolicy.StrongFocus)
        self.area.setCursor(Qt.CursorShape.ArrowCursor if read_only
                            else Qt.CursorShape.CrossCursor)
        self._update_buttons()
        self.area.update()

    def clear(self) -> None:
        """Wipe every stroke (and a shown signature) to sign again."""
        if self.area.read_only or not (self.area.strokes or self.area.picture):
            return
        self.area.drop_drawing()
        self.area.strokes.clear()
        self.area.paths.clear()
        self.area.picture = None
        self._png = b""
        self._changed()

    def undo(self) -> None:
        """Take back the last stroke."""
        if self.area.read_only or not self.area.strokes:
            return
        self.area.drop_drawing()
        self.area.strokes.pop()
        self.area.paths.pop()
        self._changed()

    # --- Inside ----------------------------------------------------------------------------

    def _stroke_finished(self) -> None:
        self._changed()

    def _changed(self) -> None:
        self._update_buttons()
        self.area.update()
        self.changed.emit()

    def _update_buttons(self) -> None:
        editable = not self.area.read_only
        self.undo_button.setVisible(editable)
        self.clear_button.setVisible(editable)
        self.undo_button.setEnabled(bool(self.area.strokes))
        self.clear_button.setEnabled(bool(self.area.strokes or self.area.picture))
        self.area.hint = self.tr("Sign here") if editable else self._not_signed
