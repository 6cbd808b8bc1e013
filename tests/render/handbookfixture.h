#pragma once

#include "render/handbooksource.h"
#include "support/tempdir.h"

#include <QByteArray>
#include <QString>

namespace tenet::test {

// A tests/fixtures code file as the handbook of version 3, published or still a draft.
render::HandbookSource fixtureSource(const QString &fixtureName, bool published);

// A code long enough that sections run over several pages: `clausesPerSection` clauses of
// some hundred words in every section, with the fixture's tables.
render::HandbookSource longSource(int clausesPerSection);

// Writes the bytes into the folder as `name` and returns the path.
QString writeInto(const TempDir &dir, const QString &name, const QByteArray &bytes);

} // namespace tenet::test
