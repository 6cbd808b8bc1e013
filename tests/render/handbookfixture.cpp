#include "handbookfixture.h"

#include "exchange/codefile.h"

#include <QFile>

namespace tenet::test {

render::HandbookSource fixtureSource(const QString &fixtureName, bool published)
{
    auto document = exchange::readCodeFile(QStringLiteral(TENET_FIXTURES_DIR) + u'/' + fixtureName);
    INFO((document ? std::string() : document.error().toString().toStdString()));
    REQUIRE(document.ok());
    render::HandbookSource source;
    source.code = document->code;
    source.version.content = document->content;
    domain::VersionInfo &info = source.version.info;
    info.number = 3;
    info.author = u"S002"_s;
    if (published) {
        info.state = domain::VersionState::Published;
        info.approvedBy = u"M001"_s;
        info.publishedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        source.approver = u"Marta Ruiz (M001)"_s;
    }
    return source;
}

render::HandbookSource longSource(int clausesPerSection)
{
    render::HandbookSource source = fixtureSource(u"code-es.json"_s, true);
    const QString sentence = u"El agente escucha al cliente con atención, anota lo que necesita y "
                             "le explica con claridad qué pasará después y cuándo. "_s;
    for (domain::Section &section : source.version.content.sections) {
        section.clauses.clear();
        for (int i = 0; i < clausesPerSection; ++i) {
            domain::Clause clause;
            clause.id = u"%1-%2"_s.arg(domain::sectionKeyName(section.key)).arg(i);
            clause.title
                = u"Norma %1 de la parte %2"_s.arg(i + 1).arg(domain::sectionNumber(section.key));
            clause.body = sentence.repeated(3 + i % 4);
            clause.strength = i % 2 ? domain::Strength::Should : domain::Strength::Must;
            section.clauses << clause;
        }
    }
    return source;
}

QString writeInto(const TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace tenet::test
