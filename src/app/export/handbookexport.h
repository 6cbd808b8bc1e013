#pragma once

#include "domain/code.h"
#include "domain/result.h"
#include "render/handbookrenderer.h"

#include <QString>

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// Renders a handbook with the given renderer and writes it to path through QSaveFile, so
// that a failed or cancelled job leaves no file (and never a half-written one). Safe to call
// on a worker thread once the renderer was constructed on the GUI thread.
domain::Status writeHandbook(const render::HandbookRenderer &renderer, const QString &path,
                             const render::RenderProgress &progress = {});

// The handbook of one version written to path, without any dialog: what File > Export
// handbook does, on the calling thread (which must be the GUI thread).
domain::Status exportHandbook(storage::Database &db, const domain::Code &code, qint64 versionId,
                              render::PaperSize paper, const QString &path,
                              const render::RenderProgress &progress = {});

} // namespace tenet::app
