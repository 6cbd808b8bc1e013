#include "editoricons.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace tenet::app {

namespace {

QPixmap draw(EditorIcon which, int size, const QColor &colour)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0);
    QPen pen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (which) {
    case EditorIcon::Add:
        p.drawLine(QPointF(8, 3), QPointF(8, 13));
        p.drawLine(QPointF(3, 8), QPointF(13, 8));
        break;
    case EditorIcon::Duplicate:
        p.drawRoundedRect(QRectF(2.75, 2.75, 8, 8), 1.5, 1.5);
        p.drawRoundedRect(QRectF(5.75, 5.75, 8, 8), 1.5, 1.5);
        break;
    case EditorIcon::Delete: {
        p.drawLine(QPointF(2.5, 4.5), QPointF(13.5, 4.5));
        p.drawLine(QPointF(6, 4.5), QPointF(6.5, 2.5));
        p.drawLine(QPointF(6.5, 2.5), QPointF(9.5, 2.5));
        p.drawLine(QPointF(9.5, 2.5), QPointF(10, 4.5));
        QPainterPath bin;
        bin.moveTo(4, 4.5);
        bin.lineTo(4.8, 13.5);
        bin.lineTo(11.2, 13.5);
        bin.lineTo(12, 4.5);
        p.drawPath(bin);
        break;
    }
    case EditorIcon::MoveUp:
    case EditorIcon::MoveDown: {
        if (which == EditorIcon::MoveDown) {
            p.translate(0, 16);
            p.scale(1, -1);
        }
        p.drawLine(QPointF(8, 3), QPointF(8, 13));
        p.drawLine(QPointF(4, 7), QPointF(8, 3));
        p.drawLine(QPointF(12, 7), QPointF(8, 3));
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon editorIcon(EditorIcon which)
{
    const QPalette palette = QGuiApplication::palette();
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        icon.addPixmap(draw(which, size, palette.color(QPalette::Active, QPalette::WindowText)),
                       QIcon::Normal);
        icon.addPixmap(draw(which, size, palette.color(QPalette::Disabled, QPalette::WindowText)),
                       QIcon::Disabled);
    }
    return icon;
}

} // namespace tenet::app
