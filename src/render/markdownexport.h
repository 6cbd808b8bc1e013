#pragma once

#include "handbooksource.h"

#include <QByteArray>

namespace tenet::render {

// The handbook as CommonMark (UTF-8) for wikis: the title, one heading per section and per
// clause, must and should in the clause headings, clause bodies as written, and the
// structured items as pipe tables. Text Tenet writes around user text is escaped so that
// it cannot turn into markup.
QByteArray handbookMarkdown(const HandbookSource &source);

} // namespace tenet::render
