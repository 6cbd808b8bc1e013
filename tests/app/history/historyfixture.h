#pragma once

#include "app/session/session.h"
#include "domain/codecontent.h"
#include "domain/staffmember.h"
#include "domain/workflow.h"
#include "exchange/codefile.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"
#include "support/tempdir.h"

#include <catch2/catch.hpp>

namespace tenet::test {

// Supervisor S001 (Jonas Petraitis), managers M001 (Marta Ruiz) and M002 (Ana Gómez), none
// with a secret (hashing one costs a third of a second); the English starter code published
// as version 1 (written by S001, approved by M001, published by M002), and version 2, a draft by
// S001 with known edits against it:
// - 1.1 "Honesty": "the truth" becomes "the facts" in its text;
// - a clause "Accessible contact" (com-accessibility) added at the end of section 2 (2.8);
// - 3.8 "beh-clean-desk" removed;
// - 5.6 "cmp-prevention" moved to the top of section 5 (5.1);
// - the KPI "asa" target lowered from 20 to 15.
struct HistoryFixture
{
    TempDir dir;
    app::Session session;
    qint64 codeId = 0;
    qint64 firstId = 0;
    qint64 secondId = 0;
    domain::Actor supervisor {QStringLiteral("S001"), domain::Role::Supervisor};

    HistoryFixture()
    {
        auto opened = storage::Database::open(dir.file(QStringLiteral("tenet.db")),
                                              storage::OpenMode::CreateIfMissing);
        REQUIRE(opened.ok());
        std::unique_ptr<storage::Database> db = std::move(opened).value();
        const domain::Actor setup {QStringLiteral("os:test"), std::nullopt};
        storage::StaffStore staff(*db);
        const auto add = [&](const QString &no, const QString &name, domain::Role role) {
            domain::StaffMember member;
            member.employeeNo = no;
            member.fullName = name;
            member.role = role;
            // Only a manager changes the roster; M001 is one.
            REQUIRE(
                staff.add(member, QString(), {QStringLiteral("M001"), domain::Role::Manager}).ok());
        };
        add(QStringLiteral("S001"), QStringLiteral("Jonas Petraitis"), domain::Role::Supervisor);
        add(QStringLiteral("M001"), QStringLiteral("Marta Ruiz"), domain::Role::Manager);
        add(QStringLiteral("M002"), QStringLiteral("Ana G\u00f3mez"), domain::Role::Manager);

        auto document = exchange::readCodeFile(
            QStringLiteral(TENET_SOURCE_DIR "/resources/templates/starter-code.en.json"));
        REQUIRE(document.ok());
        storage::VersionStore store(*db);
        auto code = store.createCode(document->code, setup);
        REQUIRE(code.ok());
        codeId = code->id;
        const domain::Actor approver {QStringLiteral("M001"), domain::Role::Manager};
        const domain::Actor publisher {QStringLiteral("M002"), domain::Role::Manager};
        auto first = store.createDraft(codeId, document->content, supervisor);
        REQUIRE(first.ok());
        firstId = first->id;
        REQUIRE(store.submit(firstId, supervisor).ok());
        REQUIRE(store.approve(firstId, approver).ok());
        REQUIRE(store.publish(firstId, publisher, true, QStringLiteral("First edition")).ok());

        auto draft = store.createDraft(codeId, editedContent(document->content), supervisor);
        INFO((draft ? std::string() : draft.error().toString().toStdString()));
        REQUIRE(draft.ok());
        secondId = draft->id;
        session.setDatabase(std::move(db));
    }

    storage::VersionStore versions() { return storage::VersionStore(*session.database()); }

    static domain::CodeContent editedContent(domain::CodeContent content)
    {
        using namespace domain;
        Section *ethics = content.section(SectionKey::Ethics);
        REQUIRE(ethics->clauses.at(0).id == QStringLiteral("eth-honesty"));
        QString &body = ethics->clauses[0].body;
        REQUIRE(body.contains(QStringLiteral("the truth")));
        body.replace(body.indexOf(QStringLiteral("the truth")), 9, QStringLiteral("the facts"));

        Clause added;
        added.id = QStringLiteral("com-accessibility");
        added.title = QStringLiteral("Accessible contact");
        added.body = QStringLiteral("Offer a written channel to every customer who cannot use "
                                    "the phone.");
        added.strength = Strength::Should;
        content.section(SectionKey::Communication)->clauses.append(added);

        QList<Clause> &behaviour = content.section(SectionKey::Behaviour)->clauses;
        REQUIRE(behaviour.last().id == QStringLiteral("beh-clean-desk"));
        behaviour.removeLast();

        QList<Clause> &complaints = content.section(SectionKey::Complaints)->clauses;
        REQUIRE(complaints.last().id == QStringLiteral("cmp-prevention"));
        complaints.prepend(complaints.takeLast());

        for (Kpi &kpi : content.section(SectionKey::Metrics)->kpis) {
            if (kpi.key == QStringLiteral("asa")) {
                REQUIRE(kpi.target == 20);
                kpi.target = 15;
            }
        }
        return content;
    }
};

} // namespace tenet::test
