#pragma once

#include "domain/section.h"

#include <QCoreApplication>
#include <QString>

namespace tenet::app {

// The page the reading view shows for one section of a version: its own title, purpose and
// clauses as written (in the code's language), with the words around them (strength badges,
// table headings, "See:") in the interface language, and the structured items an agent must
// know as tables.
class SectionPage
{
    Q_DECLARE_TR_FUNCTIONS(tenet::app::SectionPage)

public:
    static QString html(const domain::Section &section);

private:
    static QString itemsHtml(const domain::Section &section);
};

} // namespace tenet::app
