#include "app/session/session.h"
#include "app/workflow/notedialog.h"
#include "app/workflow/publishdialog.h"
#include "app/workflow/reviewdialog.h"
#include "app/workflow/workflowcontroller.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sectionreviewstore.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"
#include "support/sampledatabase.h"
#include "support/tempdir.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace tenet;
using namespace tenet::domain;
using namespace tenet::test;

namespace {

struct Fixture
{
    TempDir dir;
    app::Session session;
    QWidget window;
    std::unique_ptr<app::WorkflowController> controller;
    qint64 versionId = 0;

    explicit Fixture(bool publish)
    {
        SampleDatabase sample = createSampleDatabase(dir.file(u"t.db"_s), publish);
        versionId = sample.versionId;
        session.setDatabase(std::move(sample.database));
        controller = std::make_unique<app::WorkflowController>(session, &window);
    }

    void signInAs(const QString &employeeNo)
    {
        auto member = storage::StaffStore(*session.database()).find(employeeNo);
        REQUIRE(member.ok());
        session.signIn(*member);
    }

    VersionState state() const
    {
        auto info = storage::VersionStore(*session.database()).info(versionId);
        REQUIRE(info.ok());
        return info->state;
    }
};

// Answers the next modal dialog the way a user would: type into its text box, press OK.
template<typename Dialog>
void answerNextDialog(const QString &text, bool editorial = false)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *edit = dialog->template findChild<QPlainTextEdit *>();
        REQUIRE(edit);
        QTest::keyClicks(edit, text);
        if (editorial)
            dialog->template findChild<QRadioButton *>(u"editorialButton"_s)->click();
        auto *ok = dialog->template findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        REQUIRE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

} // namespace

TEST_CASE("a supervisor submits a draft for review with a note", "[app][workflow]")
{
    Fixture f(false);
    f.signInAs(u"S001"_s);
    REQUIRE(f.controller->submitAction()->isEnabled());
    answerNextDialog<app::NoteDialog>(u"Ready for the yearly review"_s);
    f.controller->submitAction()->trigger();
    CHECK(f.state() == VersionState::InReview);
    const auto entries = storage::AuditLog(*f.session.database()).entries().value();
    CHECK(entries.last().action == u"version.submit"_s);
    CHECK(entries.last().detail.contains(u"Ready for the yearly review"_s));
}

TEST_CASE("the author's approve action is disabled and says why", "[app][workflow]")
{
    Fixture f(false);
    f.signInAs(u"S001"_s);
    REQUIRE(storage::VersionStore(*f.session.database())
                .submit(f.versionId, f.session.actor(), {})
                .ok());
    f.session.notifyVersionsChanged();
    CHECK_FALSE(f.controller->approveAction()->isEnabled());
    CHECK(f.controller->approveAction()->toolTip().contains(u"manager"_s));

    f.signInAs(u"M001"_s);
    REQUIRE(f.controller->approveAction()->isEnabled());
    QString asked;
    f.controller->setConfirmer([&](const QString &, const QString &question) {
        asked = question;
        return true;
    });
    f.controller->approveAction()->trigger();
    CHECK(asked.contains(u"S001"_s));
    CHECK(f.state() == VersionState::Approved);
}

TEST_CASE("declining the confirmation leaves the version as it was", "[app][workflow]")
{
    Fixture f(false);
    REQUIRE(storage::VersionStore(*f.session.database())
                .submit(f.versionId, Actor{u"S001"_s, Role::Supervisor}, {})
                .ok());
    f.signInAs(u"M001"_s);
    f.controller->setConfirmer([](const QString &, const QString &) { return false; });
    f.controller->approveAction()->trigger();
    CHECK(f.state() == VersionState::InReview);
}

TEST_CASE("a manager sends a version back with a reason it must have", "[app][workflow]")
{
    Fixture f(false);
    REQUIRE(storage::VersionStore(*f.session.database())
                .submit(f.versionId, Actor{u"S001"_s, Role::Supervisor}, {})
                .ok());
    f.signInAs(u"M002"_s);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<app::NoteDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // no reason yet
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), u"Clause 3.2 is unclear"_s);
        CHECK(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    f.controller->sendBackAction()->trigger();
    CHECK(f.state() == VersionState::Draft);
}

TEST_CASE("the first publication offers only a material change", "[app][workflow]")
{
    Fixture f(false);
    storage::VersionStore store(*f.session.database());
    REQUIRE(store.submit(f.versionId, Actor{u"S001"_s, Role::Supervisor}, {}).ok());
    REQUIRE(store.approve(f.versionId, Actor{u"M001"_s, Role::Manager}).ok());
    f.signInAs(u"M002"_s);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<app::PublishDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK_FALSE(dialog->findChild<QRadioButton *>(u"editorialButton"_s)->isEnabled());
        CHECK(dialog->isMaterial());
        // The four people of the sample organisation are the audience.
        CHECK(dialog->findChild<QLabel *>(u"warningLabel"_s)->text().startsWith(u"4 people"_s));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), u"First edition"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QSignalSpy taken(f.controller.get(), &app::WorkflowController::stepTaken);
    f.controller->publishAction()->trigger();
    CHECK(f.state() == VersionState::Published);
    REQUIRE(taken.size() == 1);
    const auto info = store.info(f.versionId);
    CHECK(info->material == true);
    CHECK(info->summary == u"First edition"_s);
    // The handbook people will sign is stored with the publication.
    const auto handbook = store.publishedHandbook(f.versionId);
    REQUIRE(handbook.ok());
    CHECK(handbook->startsWith("%PDF-"));
}

TEST_CASE("an agent may take no workflow step", "[app][workflow]")
{
    Fixture f(false);
    f.signInAs(u"A001"_s);
    for (QAction *action : f.controller->actions())
        CHECK_FALSE(action->isEnabled());
}

TEST_CASE("starting a draft copies the version in force, and continuing reopens it",
          "[app][workflow]")
{
    Fixture f(true);
    f.signInAs(u"S001"_s);
    QSignalSpy started(f.controller.get(), &app::WorkflowController::draftStarted);
    REQUIRE(f.controller->startDraftAction()->isEnabled());
    f.controller->startDraftAction()->trigger();
    REQUIRE(started.size() == 1);
    const qint64 draftId = started.at(0).at(0).toLongLong();
    auto draft = storage::VersionStore(*f.session.database()).load(draftId);
    REQUIRE(draft.ok());
    CHECK(draft->info.number == 2);
    CHECK(draft->info.state == VersionState::Draft);
    CHECK(f.controller->startDraftAction()->text().contains(u"Continue"_s));
    f.controller->startDraftAction()->trigger();
    REQUIRE(started.size() == 2);
    CHECK(started.at(1).at(0).toLongLong() == draftId);
}

TEST_CASE("with nothing in force, starting a draft gives the code's sections empty",
          "[app][workflow]")
{
    Fixture f(false);
    storage::VersionStore store(*f.session.database());
    REQUIRE(store.withdraw(f.versionId, Actor {u"S001"_s, Role::Supervisor}).ok());
    f.signInAs(u"S001"_s);
    QSignalSpy started(f.controller.get(), &app::WorkflowController::draftStarted);
    REQUIRE(f.controller->startDraftAction()->isEnabled());
    f.controller->startDraftAction()->trigger();
    REQUIRE(started.size() == 1);
    auto draft = store.load(started.at(0).at(0).toLongLong());
    REQUIRE(draft.ok());
    CHECK(draft->info.number == 2);
    CHECK(draft->content == CodeContent::withEmptySections(f.session.code()->language));
}

TEST_CASE("a supervisor records a review of a section of the version in force", "[app][workflow]")
{
    Fixture f(true);
    f.signInAs(u"S001"_s);
    REQUIRE(f.controller->reviewAction()->isEnabled());
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<app::ReviewDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *sections = dialog->findChild<QComboBox *>(u"sectionCombo"_s);
        sections->setCurrentIndex(6); // metrics
        dialog->findChild<QRadioButton *>(u"revisedButton"_s)->click();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), u"New AHT target"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    f.controller->reviewAction()->trigger();
    const auto reviews
        = storage::SectionReviewStore(*f.session.database()).list(1, SectionKey::Metrics).value();
    REQUIRE_FALSE(reviews.isEmpty());
    CHECK(reviews.last().reviewer == u"S001"_s);
    CHECK(reviews.last().outcome == ReviewOutcome::Revised);
    CHECK(reviews.last().note == u"New AHT target"_s);
}

TEST_CASE("an agent cannot record a section review", "[app][workflow]")
{
    Fixture f(true);
    f.signInAs(u"A001"_s);
    CHECK_FALSE(f.controller->reviewAction()->isEnabled());
}
