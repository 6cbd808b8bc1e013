#include "pdftext.h"

#include "tempdir.h"

#include <QProcess>
#include <QStandardPaths>

namespace tenet::test {

namespace {

QString runPoppler(const QString &program, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        FAIL(program.toStdString()
             + " is missing: install poppler-utils (apt-get install "
               "poppler-utils) to run the PDF tests");
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(program.toStdString() << ": "
                               << QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QMap<QString, QString> pdfInfo(const QString &pdfPath)
{
    QMap<QString, QString> fields;
    const QString output = runPoppler(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, pdfPath});
    for (const QString &line : output.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            fields.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return fields;
}

QString pdfText(const QString &pdfPath, int page, TextMode mode)
{
    QStringList arguments {u"-enc"_s, u"UTF-8"_s,
                           mode == TextMode::Layout ? u"-layout"_s : u"-raw"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    arguments << pdfPath << u"-"_s;
    return runPoppler(u"pdftotext"_s, arguments);
}

QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace tenet::test
