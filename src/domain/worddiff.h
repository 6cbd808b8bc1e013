#pragma once

#include <QList>
#include <QString>

namespace tenet::domain {

// One run of a word-level diff: text both sides share, or text only one side has.
struct DiffSegment
{
    enum class Op { Equal, Insert, Delete };
    Op op = Op::Equal;
    QString text;

    friend bool operator==(const DiffSegment &, const DiffSegment &) = default;
};

// Compares two texts word by word (words, runs of white space and single punctuation
// marks are the units), and returns the runs in reading order; adjacent runs of the same
// kind are merged, and a deletion comes before the insertion that replaces it.
QList<DiffSegment> wordDiff(const QString &before, const QString &after);

// The text split into the units wordDiff compares; joined again, they give the text back.
QList<QString> diffTokens(const QString &text);

} // namespace tenet::domain
