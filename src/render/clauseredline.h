#pragma once

#include "domain/comparison.h"

#include <QList>

namespace tenet::render {

// A changed clause's title and text as its reader sees them, compared word by word. The
// text is the clause body rendered from Markdown (markdownToText), so the redline marks
// the words that changed and never a Markdown marker: "Be **polite**." to
// "Be **courteous**." reads "Be [-polite-]{+courteous+}.". An added clause is all insertion,
// a removed one all deletion, an unchanged one (moved, say) all equal.
struct ClauseRedline
{
    QList<domain::DiffSegment> title;
    QList<domain::DiffSegment> body;

    // Renders Markdown, so it needs a QGuiApplication.
    static ClauseRedline of(const domain::ClauseComparison &clause);
};

} // namespace tenet::render
