#include "clauseredline.h"

#include "markdownhtml.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

QList<DiffSegment> whole(DiffSegment::Op op, const QString &text)
{
    return text.isEmpty() ? QList<DiffSegment>() : QList<DiffSegment> {{op, text}};
}

} // namespace

ClauseRedline ClauseRedline::of(const ClauseComparison &clause)
{
    switch (clause.kind) {
    case ChangeKind::Added:
        return {whole(DiffSegment::Op::Insert, clause.after->title),
                whole(DiffSegment::Op::Insert, markdownToText(clause.after->body))};
    case ChangeKind::Removed:
        return {whole(DiffSegment::Op::Delete, clause.before->title),
                whole(DiffSegment::Op::Delete, markdownToText(clause.before->body))};
    case ChangeKind::Changed:
    case ChangeKind::Unchanged:
        break;
    }
    ClauseRedline redline;
    redline.title = clause.titleDiff.isEmpty() ? whole(DiffSegment::Op::Equal, clause.after->title)
                                               : clause.titleDiff;
    const QString after = markdownToText(clause.after->body);
    redline.body = clause.before && clause.changedFields.contains(u"body"_s)
        ? wordDiff(markdownToText(clause.before->body), after)
        : whole(DiffSegment::Op::Equal, after);
    return redline;
}

} // namespace tenet::render
