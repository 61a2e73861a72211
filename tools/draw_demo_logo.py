"""Draw the fictional Wanasari emblem of the demo (resources/demo/logo-wanasari.png)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QApplication


def draw(size: int = 512) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 100
    shield = QPainterPath()
    shield.moveTo(10 * s, 8 * s)
    shield.lineTo(90 * s, 8 * s)
    shield.lineTo(90 * s, 50 * s)
    shield.cubicTo(90 * s, 75 * s, 70 * s, 88 * s, 50 * s, 96 * s)
    shield.cubicTo(30 * s, 88 * s, 10 * s, 75 * s, 10 * s, 50 * s)
    shield.closeSubpath()
    p.setPen(QPen(QColor("#7a5c00"), 3 * s))
    p.setBrush(QBrush(QColor("#0b5d3b")))
    p.drawPath(shield)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#f2c230"))
    star = QPolygonF()
    import math

    for i in range(10):
        r = (16 if i % 2 == 0 else 6.5) * s
        a = -math.pi / 2 + i * math.pi / 5
        star.append(QPointF(50 * s + r * math.cos(a), 30 * s + r * math.sin(a)))
    p.drawPolygon(star)
    p.setBrush(QColor("#ffffff"))
    p.drawRect(QRectF(22 * s, 54 * s, 56 * s, 4 * s))
    p.setPen(QColor("#f2c230"))
    font = QFont("DejaVu Sans", int(7.5 * s))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(10 * s, 60 * s, 80 * s, 20 * s), Qt.AlignmentFlag.AlignCenter, "WANASARI")
    p.end()
    return image


if __name__ == "__main__":
    app = QApplication(sys.argv)
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/demo/logo-wanasari.png")
    draw().save(str(out))
