#pragma once

#include "app/session/session.h"
#include "domain/staffmember.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "support/sampledatabase.h"
#include "support/tempdir.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QWidget>

namespace tenet::test {

// The sample database plus people on other teams and sites, one of them inactive, opened in
// a session with manager M001 (Marta Ruiz) signed in.
struct StaffFixture
{
    TempDir dir;
    app::Session session;

    explicit StaffFixture(const QString &signedIn = u"M001"_s)
    {
        SampleDatabase sample = createSampleDatabase(dir.file(u"tenet.db"_s), false);
        storage::StaffStore staff(*sample.database);
        const domain::Actor setup {u"M001"_s, domain::Role::Manager};
        const auto add = [&](const QString &no, const QString &name, domain::Role role,
                             const QString &team, const QString &site, bool active) {
            domain::StaffMember member;
            member.employeeNo = no;
            member.fullName = name;
            member.role = role;
            member.team = team;
            member.site = site;
            member.active = active;
            member.startDate = QDate(2025, 3, 3);
            REQUIRE(staff.add(member, QString(), setup).ok()); // no PIN: hashing is slow on purpose
        };
        add(u"A002"_s, u"Rūta Žukauskaitė"_s, domain::Role::Agent, u"Kaunas"_s, u"Kaunas HQ"_s, true);
        add(u"A003"_s, u"Tomas Jonaitis"_s, domain::Role::Agent, u"Kaunas"_s, u"Kaunas HQ"_s, false);
        add(u"Q001"_s, u"Eva Novak"_s, domain::Role::Quality, u"Quality"_s, u"Remote"_s, true);
        session.setDatabase(std::move(sample.database));
        if (!signedIn.isEmpty()) {
            auto member = storage::StaffStore(*session.database()).find(signedIn);
            REQUIRE(member.ok());
            session.signIn(member.value());
        }
    }

    storage::StaffStore store() { return storage::StaffStore(*session.database()); }
};

template<typename T> T *child(QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    REQUIRE(found);
    return found;
}

inline void clickButton(QDialogButtonBox *buttons, QDialogButtonBox::StandardButton which)
{
    QPushButton *button = buttons->button(which);
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Deletes dialogs that closed with WA_DeleteOnClose, so that findChild sees only open ones.
inline void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace tenet::test
