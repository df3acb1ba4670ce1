"""Draws Puente's icon (resources/icons/puente.png, 256 px); run it again after changing it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#25d366"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 56 * s, 56 * s)
    # A bridge: an arch over two pillars, in white.
    pen = QPen(QColor("white"))
    pen.setWidthF(18 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    arch = QPainterPath(QPointF(48 * s, 150 * s))
    arch.quadTo(QPointF(128 * s, 40 * s), QPointF(208 * s, 150 * s))
    p.drawPath(arch)
    p.drawLine(QPointF(40 * s, 156 * s), QPointF(216 * s, 156 * s))
    for x in (88, 128, 168):
        p.drawLine(QPointF(x * s, 110 * s if x != 128 else 96 * s), QPointF(x * s, 156 * s))
    p.drawLine(QPointF(64 * s, 156 * s), QPointF(64 * s, 200 * s))
    p.drawLine(QPointF(192 * s, 156 * s), QPointF(192 * s, 200 * s))
    p.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    target = Path(__file__).with_name("puente.png")
    if not draw().save(str(target)):
        sys.exit(f"cannot write {target}")
    print(target)
