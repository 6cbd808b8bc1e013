#include "worddiff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace tenet::domain {

namespace {

enum class CharClass { Word, Space, Other };

CharClass classify(QChar c)
{
    if (c.isLetterOrNumber() || c.isMark() || c == u'_')
        return CharClass::Word;
    if (c.isSpace())
        return CharClass::Space;
    return CharClass::Other;
}

void append(QList<DiffSegment> &segments, DiffSegment::Op op, const QString &text)
{
    if (!segments.isEmpty() && segments.last().op == op)
        segments.last().text += text;
    else
        segments.append({op, text});
}

} // namespace

QList<QString> diffTokens(const QString &text)
{
    QList<QString> tokens;
    qsizetype start = 0;
    while (start < text.size()) {
        const CharClass cls = classify(text.at(start));
        qsizetype end = start + 1;
        if (cls != CharClass::Other) {
            while (end < text.size() && classify(text.at(end)) == cls)
                ++end;
        } else if (text.at(start).isHighSurrogate() && end < text.size()) {
            ++end; // keep a surrogate pair together
        }
        tokens.append(text.mid(start, end - start));
        start = end;
    }
    return tokens;
}

QList<DiffSegment> wordDiff(const QString &before, const QString &after)
{
    const QList<QString> a = diffTokens(before);
    const QList<QString> b = diffTokens(after);
    std::vector<QString> va(a.cbegin(), a.cend());
    std::vector<QString> vb(b.cbegin(), b.cend());

    dtl::Diff<QString, std::vector<QString>> diff(va, vb);
    diff.onHuge();
    diff.compose();

    // dtl may interleave additions and deletions; readers expect the old words struck
    // through first, then the new ones, so collect each changed stretch in two buffers.
    // A lone run of white space between two changed words would chop the redline into
    // pieces, so it is held back and joins the change when another changed token follows.
    QList<DiffSegment> segments;
    QString deleted;
    QString inserted;
    QString heldSpace;
    const auto flushChange = [&] {
        if (!deleted.isEmpty())
            append(segments, DiffSegment::Op::Delete, deleted);
        if (!inserted.isEmpty())
            append(segments, DiffSegment::Op::Insert, inserted);
        deleted.clear();
        inserted.clear();
    };
    const auto joinHeldSpaceToChange = [&] {
        deleted += heldSpace;
        inserted += heldSpace;
        heldSpace.clear();
    };
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        switch (info.type) {
        case dtl::SES_DELETE:
            joinHeldSpaceToChange();
            deleted += token;
            break;
        case dtl::SES_ADD:
            joinHeldSpaceToChange();
            inserted += token;
            break;
        default:
            const bool inChange = !deleted.isEmpty() || !inserted.isEmpty();
            if (inChange && heldSpace.isEmpty() && classify(token.front()) == CharClass::Space) {
                heldSpace = token;
                break;
            }
            flushChange();
            if (!heldSpace.isEmpty())
                append(segments, DiffSegment::Op::Equal, heldSpace);
            heldSpace.clear();
            append(segments, DiffSegment::Op::Equal, token);
            break;
        }
    }
    flushChange();
    if (!heldSpace.isEmpty())
        append(segments, DiffSegment::Op::Equal, heldSpace);
    return segments;
}

} // namespace tenet::domain
