#pragma once

#include "domain/clause.h"
#include "domain/worddiff.h"

#include <QColor>
#include <QString>
#include <QTextCharFormat>

// The look of the handbook's body: sizes in points (the body is laid out at 72 dpi), its
// colours, and the character formats built from them.
namespace tenet::render::handbookstyle {

inline constexpr qreal bodySize = 10;
inline constexpr qreal clauseIndent = 30; // clause bodies stand clear of their numbers
inline constexpr qreal tableTextSize = 8.5;
inline constexpr qreal smallSize = 8;

inline const QColor ink {0x1a, 0x1a, 0x1a};
inline const QColor accent {0x1f, 0x3a, 0x5f};
inline const QColor muted {0x55, 0x5f, 0x6b};
inline const QColor mustColour {0x9b, 0x1c, 0x1c};
inline const QColor shouldColour {0x2f, 0x5d, 0x8a};
inline const QColor insertedColour {0x1a, 0x6b, 0x32};
inline const QColor deletedColour {0xa1, 0x26, 0x1e};
inline const QColor ruleColour {0x9a, 0xa5, 0xb1};
inline const QColor headerFill {0xe6, 0xeb, 0xf1};

QTextCharFormat textFormat(qreal size = bodySize, bool bold = false, bool italic = false,
                           const QColor &colour = ink);
// The label that sets a rule apart from guidance: MUST bold on red, SHOULD italic on blue.
QTextCharFormat strengthFormat(domain::Strength strength);
// Inserted text underlined in green, deleted text struck through in red.
QTextCharFormat diffFormat(domain::DiffSegment::Op op, qreal size = bodySize);
// A paragraph break inside one block: a line separator, not a new block.
QString oneBlock(QString text);

} // namespace tenet::render::handbookstyle
