"""Symbols in a ring, so the gate's states differ by shape as well as colour.

Drawn, not loaded, so they are sharp at any size: a tick, two ticks, a cross, a
question mark, and the corners of a scanning frame.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap


class Symbol(StrEnum):
    TICK = "tick"
    TWO_TICKS = "two_ticks"
    CROSS = "cross"
    QUESTION = "question"
    FRAME = "frame"


def _tick(path: QPainterPath, left: float, scale: float) -> None:
    path.moveTo(left + 0.22 * scale, 0.52 * scale)
    path.lineTo(left + 0.42 * scale, 0.72 * scale)
    path.lineTo(left + 0.78 * scale, 0.30 * scale)


def _path(symbol: Symbol, size: float) -> QPainterPath:
    path = QPainterPath()
    if symbol is Symbol.TICK:
        _tick(path, 0, size)
    elif symbol is Symbol.TWO_TICKS:
        _tick(path, -0.12 * size, size * 0.9)
        _tick(path, 0.16 * size, size * 0.9)
    elif symbol is Symbol.CROSS:
        path.moveTo(0.3 * size, 0.3 * size)
        path.lineTo(0.7 * size, 0.7 * size)
        path.moveTo(0.7 * size, 0.3 * size)
        path.lineTo(0.3 * size, 0.7 * size)
    elif symbol is Symbol.FRAME:
        corner = 0.16 * size
        for x, y, dx, dy in ((0.22, 0.22, 1, 1), (0.78, 0.22, -1, 1), (0.22, 0.78, 1, -1),
                             (0.78, 0.78, -1, -1)):  # fmt: skip
            path.moveTo(x * size + dx * corner, y * size)
            path.lineTo(x * size, y * size)
            path.lineTo(x * size, y * size + dy * corner)
    return path


def symbol_icon(symbol: Symbol, size: int, colour: str) -> QPixmap:
    """A ring in ``colour`` with ``symbol`` inside, ``size`` pixels square."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = max(2.0, size * 0.08)
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawEllipse(QRectF(width / 2, width / 2, size - width, size - width))
    if symbol is Symbol.QUESTION:
        font = QFont()
        font.setPixelSize(int(size * 0.62))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "?")
    else:
        painter.drawPath(_path(symbol, size))
    painter.end()
    return pixmap
