#pragma once

#include "handbooksource.h"

#include <QByteArray>

namespace tenet::render {

// The handbook as one self-contained HTML file (UTF-8) for intranets: a cover, the
// contents, one heading per section and per clause, must and should marked, the structured
// items as tables, and a print stylesheet that starts each section on a new page. Every
// piece of user text is escaped. Needs a QGuiApplication (Qt reads the Markdown).
QByteArray handbookHtml(const HandbookSource &source);

} // namespace tenet::render
