#pragma once

#include "domain/codecontent.h"
#include "domain/workflow.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"
#include "support/rawconnection.h"
#include "support/tempdir.h"
#include "support/testdatabase.h"
#include "support/testsecrets.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <memory>

namespace tenet::test {

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline qint64 countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

inline qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// A complete code that keeps every content rule, with Spanish and Lithuanian text and
// every kind of structured item.
inline domain::CodeContent sampleContent(int clausesPerSection = 2)
{
    using namespace domain;
    CodeContent content = CodeContent::withEmptySections(QStringLiteral("es"));
    for (Section &section : content.sections) {
        const QString key = sectionKeyName(section.key);
        section.purpose = QStringLiteral("Propósito de la sección %1.").arg(key);
        section.owner = QStringLiteral("M001");
        section.reviewIntervalDays = 365;
        for (int i = 1; i <= clausesPerSection; ++i) {
            Clause clause;
            clause.id = QStringLiteral("%1-%2").arg(key).arg(i);
            clause.title = QStringLiteral("Cláusula %1 de %2").arg(i).arg(key);
            clause.body = QStringLiteral("El agente **debe** actuar con honestidad (%1, %2).")
                              .arg(key)
                              .arg(i);
            clause.strength = i % 2 ? Strength::Must : Strength::Should;
            if (i == 1)
                clause.references = {QStringLiteral("ISO 10002 §5.%1").arg(i)};
            section.clauses.append(clause);
        }
    }
    Section *ethics = content.section(SectionKey::Ethics);
    ethics->clauses.resize(2); // the search tests look for these two
    ethics->clauses[0].id = QStringLiteral("ethics-1");
    ethics->clauses[1].id = QStringLiteral("ethics-2");
    ethics->clauses[0].title = QStringLiteral("Código de conducta");
    ethics->clauses[0].body = QStringLiteral("Todo el personal respeta el código y la información "
                                             "confidencial del cliente.");
    ethics->clauses[1].title = QStringLiteral("Sąžiningumas");
    ethics->clauses[1].body = QStringLiteral("Darbuotojai laikosi įsipareigojimų klientams ir "
                                             "elgiasi sąžiningai.");

    Section *service = content.section(SectionKey::ServiceProtocols);
    service->escalation
        = {{1, QStringLiteral("agent"), 0, QStringLiteral("Resolver en la llamada")},
           {2, QStringLiteral("supervisor"), 4.5, QStringLiteral("Revisar el caso")}};
    service->followUp = {QStringLiteral("Llamar al cliente en 48 horas")};
    Section *complaints = content.section(SectionKey::Complaints);
    complaints->stages = {{QStringLiteral("logged"), QStringLiteral("Registrada"), 0},
                          {QStringLiteral("resolved"), QStringLiteral("Resuelta"), 72}};
    Section *training = content.section(SectionKey::Training);
    TrainingProgramme programme;
    programme.id = QStringLiteral("induction");
    programme.title = QStringLiteral("Formación inicial");
    programme.hours = 40;
    programme.objectives = {QStringLiteral("Conocer el código")};
    programme.finalTest = true;
    programme.passMark = 80;
    programme.roles = {QStringLiteral("agent")};
    programme.refresherMonths = 12;
    training->programmes = {programme};
    Section *metrics = content.section(SectionKey::Metrics);
    metrics->kpis = {{QStringLiteral("asa"), QStringLiteral("Velocidad media de respuesta"),
                      QStringLiteral("Segundos hasta responder"), QStringLiteral("s"),
                      KpiDirection::AtMost, 20, 30, QStringLiteral("Plan de acción")}};
    return content;
}

// A fresh database with a small staff: an author (supervisor), two managers and an agent.
struct StorageFixture
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    QString path = database.where(); // a file, or a database on the test server
    std::unique_ptr<storage::Database> db;
    domain::Actor author {QStringLiteral("S001"), domain::Role::Supervisor};
    domain::Actor manager {QStringLiteral("M001"), domain::Role::Manager};
    domain::Actor otherManager {QStringLiteral("M002"), domain::Role::Manager};
    domain::Actor agent {QStringLiteral("A001"), domain::Role::Agent};
    domain::Actor script {QStringLiteral("os:tester"), std::nullopt};

    // On the backend this run tests; or on the one `where` names (a file or an address).
    StorageFixture() { open(); }
    explicit StorageFixture(const QString &where) : path(where) { open(); }

    void open()
    {
        auto opened = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
        INFO((opened ? std::string() : opened.error().toString().toStdString()));
        REQUIRE(opened);
        db = std::move(opened).value();
        db->setSecretHashIterations(secretHashIterations);
        storage::StaffStore staff(*db);
        const domain::Actor actors[] = {author, manager, otherManager, agent};
        for (const domain::Actor &actor : actors) {
            domain::StaffMember member;
            member.employeeNo = actor.id;
            member.fullName = QStringLiteral("Persona ") + actor.id;
            member.role = *actor.role;
            REQUIRE(staff.add(member, QString(), manager)); // only a manager changes the roster
        }
    }

    storage::VersionStore versions() { return storage::VersionStore(*db); }

    qint64 createCode()
    {
        domain::Code code;
        code.title = QStringLiteral("Código de conducta");
        code.organisation = QStringLiteral("Atención Ejemplo S.L.");
        code.language = QStringLiteral("es");
        auto created = versions().createCode(code, manager);
        REQUIRE(created);
        return created->id;
    }

    // Takes a draft through review to publication; returns the published version.
    domain::VersionInfo publish(qint64 versionId, bool material = true,
                                const QString &summary = QStringLiteral("Primera versión"))
    {
        auto store = versions();
        auto submitted = store.submit(versionId, author);
        INFO((submitted ? std::string() : submitted.error().toString().toStdString()));
        REQUIRE(submitted);
        REQUIRE(store.approve(versionId, otherManager));
        auto published = store.publish(versionId, otherManager, material, summary);
        INFO((published ? std::string() : published.error().toString().toStdString()));
        REQUIRE(published);
        return *published;
    }

    // A code with version 1 published from sampleContent(); returns the code id.
    qint64 publishedCode(domain::VersionInfo *first = nullptr)
    {
        const qint64 codeId = createCode();
        auto draft = versions().createDraft(codeId, sampleContent(), author);
        REQUIRE(draft);
        const domain::VersionInfo published = publish(draft->id);
        if (first)
            *first = published;
        return codeId;
    }
};

} // namespace tenet::test

// Failed assertions on a Status or Result show the error, not {?}.
namespace Catch {
template<typename T> struct StringMaker<tenet::domain::Result<T>>
{
    static std::string convert(const tenet::domain::Result<T> &result)
    {
        return result.ok() ? std::string("ok")
                           : "error: " + result.error().toString().toStdString();
    }
};
} // namespace Catch
