#include "handbookstyle.h"

#include <QFont>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render::handbookstyle {

QTextCharFormat textFormat(qreal size, bool bold, bool italic, const QColor &colour)
{
    QTextCharFormat format;
    format.setFontPointSize(size);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    format.setForeground(colour);
    return format;
}

QTextCharFormat strengthFormat(Strength strength)
{
    QTextCharFormat format
        = textFormat(7.5, strength == Strength::Must, strength == Strength::Should, Qt::white);
    format.setBackground(strength == Strength::Must ? mustColour : shouldColour);
    return format;
}

QTextCharFormat diffFormat(DiffSegment::Op op, qreal size)
{
    QTextCharFormat format = textFormat(size);
    if (op == DiffSegment::Op::Insert) {
        format.setFontUnderline(true);
        format.setForeground(insertedColour);
    } else if (op == DiffSegment::Op::Delete) {
        format.setFontStrikeOut(true);
        format.setForeground(deletedColour);
    }
    return format;
}

QString oneBlock(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

} // namespace tenet::render::handbookstyle
