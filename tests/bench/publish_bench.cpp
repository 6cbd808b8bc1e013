// Publishes 1,000 versions of a 300-clause code, each changing one clause, and prints how
// the time of a publication cycle and the size of the file grow with the history.
// Run through scripts/bench; not part of ctest.

#include "domain/codecontent.h"
#include "domain/staffmember.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace tenet;

namespace {

const QStringList words = {
    QStringLiteral("cliente"),      QStringLiteral("agente"),     QStringLiteral("llamada"),
    QStringLiteral("atención"),     QStringLiteral("respuesta"),  QStringLiteral("información"),
    QStringLiteral("debe"),         QStringLiteral("siempre"),    QStringLiteral("registrar"),
    QStringLiteral("queja"),        QStringLiteral("supervisor"), QStringLiteral("plazo"),
    QStringLiteral("confidencial"), QStringLiteral("respeto"),    QStringLiteral("claridad"),
    QStringLiteral("seguimiento"),  QStringLiteral("escalar"),    QStringLiteral("caso"),
    QStringLiteral("klientas"),     QStringLiteral("skambutis"),  QStringLiteral("įsipareigojimas"),
    QStringLiteral("sąžiningai"),   QStringLiteral("the"),        QStringLiteral("customer"),
    QStringLiteral("within"),       QStringLiteral("hours"),      QStringLiteral("and"),
    QStringLiteral("de"),           QStringLiteral("la"),         QStringLiteral("el"),
    QStringLiteral("en"),           QStringLiteral("con"),        QStringLiteral("por"),
};

// Prose of 300 to 600 characters, different on every call.
QString body(QRandomGenerator &random)
{
    const int length = 300 + int(random.bounded(301));
    QString text;
    while (text.size() < length) {
        if (!text.isEmpty())
            text += random.bounded(12) == 0 ? QStringLiteral(". ") : QStringLiteral(" ");
        text += words[random.bounded(int(words.size()))];
    }
    return text + u'.';
}

domain::CodeContent bigCode(int clauseCount, QRandomGenerator &random)
{
    domain::CodeContent content = domain::CodeContent::withEmptySections(QStringLiteral("es"));
    for (int i = 0; i < clauseCount; ++i) {
        domain::Section &section = content.sections[i % content.sections.size()];
        domain::Clause clause;
        clause.id = QStringLiteral("%1-%2").arg(domain::sectionKeyName(section.key)).arg(i);
        clause.title = QStringLiteral("Cláusula %1").arg(i);
        clause.body = body(random);
        clause.strength = i % 3 ? domain::Strength::Must : domain::Strength::Should;
        section.clauses.append(clause);
    }
    for (domain::Section &section : content.sections) {
        section.purpose = QStringLiteral("Para qué sirve la sección %1.")
                              .arg(domain::sectionKeyName(section.key));
        section.owner = QStringLiteral("M001");
        section.reviewIntervalDays = 365;
    }
    return content;
}

qint64 sizeOnDisk(storage::Database &db)
{
    if (!db.checkpoint())
        return -1;
    return QFileInfo(db.path()).size() + QFileInfo(db.path() + QStringLiteral("-wal")).size();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

template<typename T> T require(domain::Result<T> result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "bench: %s failed: %s\n", what, qPrintable(result.error().toString()));
        std::exit(1);
    }
    return std::move(result).value();
}

void require(const domain::Status &status, const char *what)
{
    if (!status) {
        std::fprintf(stderr, "bench: %s failed: %s\n", what, qPrintable(status.error().toString()));
        std::exit(1);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Publication benchmark of the Tenet store"));
    parser.addHelpOption();
    const QCommandLineOption versionsOption(QStringLiteral("versions"),
                                            QStringLiteral("Versions to publish (1000)."),
                                            QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption clausesOption(QStringLiteral("clauses"),
                                           QStringLiteral("Clauses in the code (300)."),
                                           QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption fileOption(
        QStringLiteral("db"), QStringLiteral("Keep the database in FILE (must not exist)."),
        QStringLiteral("FILE"));
    const QCommandLineOption syncOption(
        QStringLiteral("synchronous"),
        QStringLiteral("SQLite's synchronous setting: full (as Tenet runs), normal or off. "
                       "With full, each commit waits for the disk, which on a busy machine "
                       "drowns the figures in noise."),
        QStringLiteral("MODE"), QStringLiteral("full"));
    parser.addOptions({versionsOption, clausesOption, fileOption, syncOption});
    parser.process(app);
    const int versionCount = std::max(20, parser.value(versionsOption).toInt());
    const int clauseCount = std::max(7, parser.value(clausesOption).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(fileOption) ? parser.value(fileOption)
                                                  : dir.filePath(QStringLiteral("bench.db"));
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "bench: %s already exists\n", qPrintable(path));
        return 1;
    }
    auto db = require(storage::Database::open(path, storage::OpenMode::CreateIfMissing), "open");
    const QString sync = parser.value(syncOption).toLower();
    if (sync != u"full" && sync != u"normal" && sync != u"off") {
        std::fprintf(stderr, "bench: --synchronous must be full, normal or off\n");
        return 1;
    }
    QSqlQuery pragma(db->connection());
    if (!pragma.exec(QStringLiteral("PRAGMA synchronous = ") + sync)) {
        std::fprintf(stderr, "bench: cannot set synchronous\n");
        return 1;
    }

    const domain::Actor admin {QStringLiteral("os:bench"), std::nullopt};
    const domain::Actor author {QStringLiteral("S001"), domain::Role::Supervisor};
    const domain::Actor approver {QStringLiteral("M001"), domain::Role::Manager};
    storage::StaffStore staff(*db);
    for (const domain::Actor &actor : {author, approver}) {
        domain::StaffMember member;
        member.employeeNo = actor.id;
        member.fullName = QStringLiteral("Persona ") + actor.id;
        member.role = *actor.role;
        require(staff.add(member, QString(), admin), "staff add");
    }

    storage::VersionStore store(*db);
    domain::Code code;
    code.title = QStringLiteral("Código de conducta");
    code.language = QStringLiteral("es");
    const qint64 codeId = require(store.createCode(code, approver), "create code").id;

    QRandomGenerator random(20260501);
    domain::CodeContent content = bigCode(clauseCount, random);
    const auto first = require(store.createDraft(codeId, content, author), "first draft");
    require(store.submit(first.id, author), "submit");
    require(store.approve(first.id, approver), "approve");
    require(store.publish(first.id, approver, true, QStringLiteral("Primera versión")), "publish");
    const qint64 startSize = sizeOnDisk(*db);

    QList<double> cycleMs;
    QList<double> stepMs[5];
    QElapsedTimer total;
    total.start();
    for (int i = 1; i <= versionCount; ++i) {
        // Change one clause, spread over the whole code.
        const int pick = int((qint64(i) * 7919) % clauseCount);
        domain::Section &section = content.sections[pick % content.sections.size()];
        section.clauses[pick / content.sections.size()].body = body(random);

        QElapsedTimer timer;
        timer.start();
        qint64 last = 0;
        const auto lap = [&](int step) {
            const qint64 now = timer.nsecsElapsed();
            stepMs[step].append(double(now - last) / 1e6);
            last = now;
        };
        const auto draft = require(store.startDraftFromInForce(codeId, author), "start draft");
        lap(0);
        require(store.saveDraft(draft.id, content, draft.revision, author), "save draft");
        lap(1);
        require(store.submit(draft.id, author), "submit");
        lap(2);
        require(store.approve(draft.id, approver), "approve");
        lap(3);
        require(store.publish(draft.id, approver, i % 5 == 0, QStringLiteral("Cambio %1").arg(i)),
                "publish");
        lap(4);
        cycleMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const double totalSeconds = double(total.elapsed()) / 1000;
    const qint64 endSize = sizeOnDisk(*db);

    const double early = median(cycleMs.mid(0, 10));
    const double late = median(cycleMs.mid(versionCount - 10, 10));
    const double growthKiB = double(endSize - startSize) / versionCount / 1024;
    std::printf("code: %d clauses; %d versions published after the first, one clause changed in "
                "each; synchronous=%s\n",
                clauseCount, versionCount, qPrintable(sync));
    std::printf("median publish cycle, versions 1-10:       %8.2f ms\n", early);
    std::printf("median publish cycle, versions %d-%d: %8.2f ms\n", versionCount - 9, versionCount,
                late);
    std::printf("ratio late/early:                          %8.2f\n", late / early);
    // Medians over a hundred cycles each are steadier on a busy machine.
    const int hundred = std::min(100, versionCount / 2);
    const double early100 = median(cycleMs.mid(0, hundred));
    const double late100 = median(cycleMs.mid(versionCount - hundred, hundred));
    std::printf("median of the first and last %d cycles:    %8.2f ms, %.2f ms (ratio %.2f)\n",
                hundred, early100, late100, late100 / early100);
    std::printf("median publish cycle, all versions:        %8.2f ms\n", median(cycleMs));
    const char *steps[] = {"start draft", "save draft", "submit", "approve", "publish"};
    for (int step = 0; step < 5; ++step)
        std::printf("  %-12s median %6.2f ms, first 100 %6.2f ms, last 100 %6.2f ms\n", steps[step],
                    median(stepMs[step]), median(stepMs[step].mid(0, hundred)),
                    median(stepMs[step].mid(versionCount - hundred, hundred)));
    std::printf("file after the first version:              %8.1f KiB\n", double(startSize) / 1024);
    std::printf("file after all versions:                   %8.1f KiB\n", double(endSize) / 1024);
    std::printf("growth per version:                        %8.2f KiB\n", growthKiB);
    std::printf("total time:                                %8.1f s\n", totalSeconds);
    return 0;
}
