#include "handbookexport.h"

#include "usecases/handbooksource.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

Status writeHandbook(const render::HandbookRenderer &renderer, const QString &path,
                     const render::RenderProgress &progress)
{
    auto rendered = renderer.renderPdf(progress);
    if (!rendered)
        return rendered.error();
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalid(shown, u"cannot be written: "_s + file.errorString());
    // Exports name staff; a new file is readable by its owner only, whatever the umask.
    if (!QFileInfo::exists(path))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(rendered->pdf) != rendered->pdf.size() || !file.commit())
        return Error::invalid(shown, u"could not be saved: "_s + file.errorString());
    return {};
}

Status exportHandbook(storage::Database &db, const Code &code, qint64 versionId,
                      render::PaperSize paper, const QString &path,
                      const render::RenderProgress &progress)
{
    auto source = usecases::loadHandbookSource(db, code, versionId);
    if (!source)
        return source.error();
    const render::HandbookRenderer renderer(std::move(*source), paper);
    return writeHandbook(renderer, path, progress);
}

} // namespace tenet::app
