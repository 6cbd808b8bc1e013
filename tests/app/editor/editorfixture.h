#pragma once

#include "app/editor/draftdocument.h"
#include "app/editor/editorview.h"
#include "app/editor/models/codetreemodel.h"
#include "app/session/session.h"
#include "domain/codecontent.h"
#include "domain/staffmember.h"
#include "domain/workflow.h"
#include "exchange/codefile.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"
#include "support/tempdir.h"

#include <QApplication>
#include <QMetaObject>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>

namespace tenet::test {

// A Tenet file with supervisor S001, managers M001 and M002 and agent A001 (no secrets:
// hashing one costs a third of a second), and the English starter code as draft version 1,
// written by S001. Its first section, ethics, starts with 1.1 "Honesty" (eth-honesty), 1.2
// "Respect for every customer" (eth-respect), 1.3 "Consistent decisions" (eth-fairness).
struct EditorFixture
{
    TempDir dir;
    QString path = dir.file(u"tenet.db"_s);
    std::unique_ptr<storage::Database> db;
    qint64 codeId = 0;
    domain::VersionInfo draft;
    domain::CodeContent starter;
    domain::Actor supervisor {u"S001"_s, domain::Role::Supervisor};
    domain::Actor manager {u"M001"_s, domain::Role::Manager};
    domain::Actor otherManager {u"M002"_s, domain::Role::Manager};
    domain::Actor agent {u"A001"_s, domain::Role::Agent};

    EditorFixture()
    {
        db = open();
        storage::StaffStore staff(*db);
        const auto add = [&](const domain::Actor &actor, const QString &name) {
            domain::StaffMember member;
            member.employeeNo = actor.id;
            member.fullName = name;
            member.role = *actor.role;
            REQUIRE(staff.add(member, QString(), manager).ok());
        };
        add(supervisor, u"Jonas Petraitis"_s);
        add(manager, u"Marta Ruiz"_s);
        add(otherManager, u"Ana G\u00f3mez"_s);
        add(agent, u"Laura Kazlauskait\u0117"_s);

        auto file = exchange::readCodeFile(
            QStringLiteral(TENET_SOURCE_DIR "/resources/templates/starter-code.en.json"));
        INFO((file ? std::string() : file.error().toString().toStdString()));
        REQUIRE(file.ok());
        starter = file->content;
        storage::VersionStore store(*db);
        auto code = store.createCode(file->code, manager);
        REQUIRE(code.ok());
        codeId = code->id;
        auto created = store.createDraft(codeId, starter, supervisor);
        REQUIRE(created.ok());
        draft = *created;
    }

    // Another connection to the same file, as a second program (or a restarted one) has.
    std::unique_ptr<storage::Database> open() const
    {
        auto opened = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
        INFO((opened ? std::string() : opened.error().toString().toStdString()));
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }

    // What a freshly started program would find in the file.
    domain::CodeContent storedContent(qint64 versionId) const
    {
        auto fresh = open();
        auto version = storage::VersionStore(*fresh).load(versionId);
        REQUIRE(version.ok());
        return version->content;
    }

    // Takes the draft through review to publication, on its own connection.
    void publishDraft()
    {
        auto other = open();
        storage::VersionStore store(*other);
        REQUIRE(store.submit(draft.id, supervisor).ok());
        REQUIRE(store.approve(draft.id, manager).ok());
        REQUIRE(store.publish(draft.id, otherManager, true, u"First edition"_s).ok());
    }

    std::unique_ptr<app::DraftDocument> document(storage::Database &database,
                                                 const domain::Actor &actor)
    {
        auto loaded = app::DraftDocument::load(database, actor, draft.id);
        REQUIRE(loaded.ok());
        return std::move(loaded).value();
    }
};

// A navigator row as people read it: "3.2 Title", "3 Section title".
inline QString rowText(const QModelIndex &index)
{
    return index.siblingAtColumn(0).data(app::CodeTreeModel::NumberRole).toString() + u' '
        + index.siblingAtColumn(0).data().toString();
}

inline domain::StaffMember staffMember(const domain::Actor &actor)
{
    domain::StaffMember member;
    member.employeeNo = actor.id;
    member.fullName = actor.id;
    member.role = *actor.role;
    return member;
}

// The timer's own signal, as if its time had come: no waiting in tests.
inline void fireAutosave(app::DraftDocument &document)
{
    auto *timer = document.findChild<QTimer *>(u"autosaveTimer"_s);
    REQUIRE(timer);
    REQUIRE(timer->isActive());
    timer->stop();
    REQUIRE(QMetaObject::invokeMethod(timer, "timeout"));
}

// The editor in a shown, active window, over the fixture's file, with someone signed in.
struct ViewFixture : EditorFixture
{
    app::Session session;
    std::unique_ptr<app::EditorView> view;

    explicit ViewFixture(std::optional<domain::Actor> who = std::nullopt, bool publishFirst = false)
    {
        if (publishFirst)
            publishDraft();
        session.setDatabase(std::move(db));
        session.signIn(staffMember(who.value_or(supervisor)));
        view = std::make_unique<app::EditorView>(session);
        view->resize(1280, 800);
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }

    ~ViewFixture()
    {
        view.reset(); // it saves into the session's database, which goes next
    }

    template<typename T> T *child(const QString &name) const
    {
        T *found = view->findChild<T *>(name);
        INFO(name.toStdString());
        REQUIRE(found);
        return found;
    }
};

} // namespace tenet::test
