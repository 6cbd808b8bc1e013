#include "app/reading/checkdialog.h"
#include "app/reading/readingview.h"
#include "app/reading/receipt.h"
#include "app/reading/signdialog.h"
#include "app/session/session.h"
#include "domain/acknowledgementrules.h"
#include "storage/acknowledgementstore.h"
#include "storage/checkattemptstore.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"
#include "support/sampledatabase.h"
#include "support/tempdir.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QRadioButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace tenet;
using namespace tenet::app;
using namespace tenet::domain;

namespace {

template<typename T> T *child(QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    REQUIRE(found);
    return found;
}

const Actor supervisor{u"S001"_s, Role::Supervisor};
const Actor agent{u"A001"_s, Role::Agent};

// The sample database with version 1 published, and agent A001 (Lina Kazlauskienė, PIN 1234)
// signed in to a shown reading view.
struct ReadingFixture
{
    test::TempDir dir;
    Session session;
    qint64 codeId = 0;
    qint64 firstId = 0;

    ReadingFixture()
    {
        test::SampleDatabase sample = test::createSampleDatabase(dir.file(u"tenet.db"_s), true);
        codeId = sample.codeId;
        firstId = sample.versionId;
        session.setDatabase(std::move(sample.database));
        session.setCode(codeId);
        auto lina = storage::StaffStore(db()).find(u"A001"_s);
        REQUIRE(lina.ok());
        session.signIn(lina.value());
    }

    storage::Database &db() { return *session.database(); }

    // Publishes a new version whose clause 1.1 says `to` instead of `from`.
    qint64 publishChange(bool material, const QString &from = u"the truth"_s,
                         const QString &to = u"the facts"_s)
    {
        storage::VersionStore versions(db());
        auto draft = versions.startDraftFromInForce(codeId, supervisor);
        REQUIRE(draft.ok());
        auto loaded = versions.load(draft->id);
        REQUIRE(loaded.ok());
        CodeContent content = loaded->content;
        Clause &honesty = content.sections[0].clauses[0];
        const qsizetype at = honesty.body.indexOf(from);
        REQUIRE(at >= 0);
        honesty.body.replace(at, from.size(), to);
        REQUIRE(versions.saveDraft(draft->id, content, draft->revision, supervisor).ok());
        REQUIRE(versions.submit(draft->id, supervisor).ok());
        REQUIRE(versions.approve(draft->id, Actor{u"M001"_s, Role::Manager}).ok());
        REQUIRE(versions.publish(draft->id, Actor{u"M002"_s, Role::Manager}, material,
                                 material ? u"Facts"_s : u"Typo"_s)
                    .ok());
        session.notifyVersionsChanged();
        return draft->id;
    }

    // Publishes, as a material version, the code in force with two questions to answer
    // before signing: "honesty" (right answer: the second choice) and "escalate" (the first).
    qint64 publishWithCheck()
    {
        storage::VersionStore versions(db());
        auto draft = versions.startDraftFromInForce(codeId, supervisor);
        REQUIRE(draft.ok());
        CodeContent content = versions.load(draft->id)->content;
        content.check = {100,
                         {{u"honesty"_s,
                           u"May you tell a customer something you are not sure of?"_s,
                           {{u"Yes, to keep them calm"_s, false}, {u"No"_s, true}}},
                          {u"escalate"_s,
                           u"Who takes a complaint you cannot resolve?"_s,
                           {{u"The team leader"_s, true}, {u"Nobody"_s, false}}}}};
        REQUIRE(versions.saveDraft(draft->id, content, draft->revision, supervisor).ok());
        REQUIRE(versions.submit(draft->id, supervisor).ok());
        REQUIRE(versions.approve(draft->id, Actor{u"M001"_s, Role::Manager}).ok());
        REQUIRE(versions.publish(draft->id, Actor{u"M002"_s, Role::Manager}, true, u"Quiz"_s)
                    .ok());
        session.notifyVersionsChanged();
        return draft->id;
    }

    void signDirectly(qint64 versionId)
    {
        storage::SignRequest request;
        request.employeeNo = u"A001"_s;
        request.versionId = versionId;
        request.typedName = u"Lina Kazlauskienė"_s;
        request.paperRecord = u"Signed on paper"_s;
        REQUIRE(storage::AcknowledgementStore(db())
                    .sign(request, Actor {u"M001"_s, Role::Manager})
                    .ok());
    }
};

// A view sized like a window's centre, shown and active so that clicks and shortcuts work.
struct ShownView
{
    ReadingView view;
    QListWidget *list = child<QListWidget>(view, u"pageList"_s);
    QTextBrowser *browser = child<QTextBrowser>(view, u"pageBrowser"_s);
    QPushButton *sign = child<QPushButton>(view, u"signButton"_s);
    QLabel *status = child<QLabel>(view, u"statusLabel"_s);

    explicit ShownView(Session &session)
        : view(session)
    {
        view.resize(1000, 700);
        view.show();
        QApplication::setActiveWindow(&view);
        REQUIRE(QTest::qWaitForWindowActive(&view));
    }

    QListWidgetItem *sectionItem(int sectionIndex) const
    {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toInt() == sectionIndex)
                return list->item(row);
        }
        FAIL("section not listed");
        return nullptr;
    }

    void click(QListWidgetItem *item) const
    {
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(item).center());
    }

    bool isMarked(int sectionIndex) const
    {
        return sectionItem(sectionIndex)
            ->data(Qt::AccessibleTextRole)
            .toString()
            .endsWith(u"not opened yet"_s);
    }

    void openEverySection() const
    {
        for (int index = 0; index < 7; ++index)
            click(sectionItem(index));
        REQUIRE(sign->isEnabled());
    }

    SignDialog *openSignDialog() const
    {
        REQUIRE(sign->isEnabled());
        QTest::mouseClick(sign, Qt::LeftButton);
        auto *dialog = view.findChild<SignDialog *>();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }
};

// Types as a keyboard would; keyClicks only knows ASCII, so other letters are sent as text.
void type(QWidget *widget, const QString &text)
{
    for (const QChar letter : text) {
        if (letter.unicode() < 128)
            QTest::keyClick(widget, char(letter.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(letter),
                                Qt::NoModifier);
    }
}

void fillAndSign(SignDialog &dialog, const QString &name, const QString &pin)
{
    auto *nameEdit = child<QLineEdit>(dialog, u"nameEdit"_s);
    auto *pinEdit = child<QLineEdit>(dialog, u"pinEdit"_s);
    nameEdit->clear();
    pinEdit->clear();
    type(nameEdit, name);
    type(pinEdit, pin);
    QTest::mouseClick(child<QPushButton>(dialog, u"signButton"_s), Qt::LeftButton);
}

// Picks, for the question with this id, the choice at this index, wherever it is shown.
void answer(CheckDialog &dialog, const QString &questionId, int choice)
{
    auto *box = child<QGroupBox>(dialog, u"question_"_s + questionId);
    auto *radio = child<QRadioButton>(*box, u"choice_%1"_s.arg(choice));
    // On the round indicator: a radio button takes clicks on itself and its text only.
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    REQUIRE(radio->isChecked());
}

} // namespace

TEST_CASE("an agent signs the code once every section has been opened", "[reading]")
{
    ReadingFixture fixture;
    ShownView shown(fixture.session);
    QAbstractItemModelTester tester(shown.list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(shown.list->count() == 7);
    CHECK(shown.status->text().contains(u"Open every section"_s));
    // The first section is shown, and so opened; the others are marked.
    CHECK_FALSE(shown.isMarked(0));
    for (int index = 1; index < 7; ++index)
        CHECK(shown.isMarked(index));
    CHECK(shown.browser->toPlainText().contains(u"1.1"_s));
    CHECK(shown.browser->toPlainText().contains(u"MUST"_s));

    for (int index = 1; index < 6; ++index)
        shown.click(shown.sectionItem(index));
    CHECK_FALSE(shown.sign->isEnabled());
    CHECK(shown.isMarked(6));
    shown.click(shown.sectionItem(6));
    CHECK_FALSE(shown.isMarked(6));
    CHECK(shown.browser->toPlainText().startsWith(u"7."_s));
    CHECK(shown.browser->toPlainText().contains(u"Key performance indicators"_s));

    QSignalSpy signedSpy(&shown.view, &ReadingView::signedVersion);
    SignDialog *dialog = shown.openSignDialog();
    CHECK(child<QLabel>(*dialog, u"meaningLabel"_s)
              ->text()
              .contains(u"I have read and understood version 1 of"_s));
    fillAndSign(*dialog, u"lina kazlauskiene"_s, u"1234"_s);

    REQUIRE(dialog->acknowledgement().has_value());
    CHECK(dialog->message().isEmpty());
    CHECK(signedSpy.count() == 1);
    const auto ledger
        = storage::AcknowledgementStore(fixture.db()).list(fixture.codeId, u"A001"_s).value();
    REQUIRE(ledger.size() == 1);
    CHECK(ledger[0].versionNumber == 1);
    CHECK(ledger[0].printedName == u"Lina Kazlauskienė"_s);
    CHECK(ledger[0].typedName == u"lina kazlauskiene"_s);

    const QString receipt = child<QTextBrowser>(*dialog, u"receiptBrowser"_s)->toPlainText();
    CHECK(receipt.contains(u"Lina Kazlauskienė"_s));
    CHECK(receipt.contains(u"I have read and understood version 1 of"_s));
    // The receipt's hash is the one the ledger's chain ends with.
    auto report = storage::AcknowledgementStore(fixture.db()).verify();
    REQUIRE(report.ok());
    CHECK(receipt.contains(QString::fromLatin1(report->lastHash.toHex())));

    QTest::mouseClick(child<QPushButton>(*dialog, u"copyButton"_s), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text().contains(
        QString::fromLatin1(report->lastHash.toHex())));

    QTest::mouseClick(child<QPushButton>(*dialog, u"closeButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return shown.view.findChild<SignDialog *>() == nullptr; }));
    CHECK(shown.status->text().startsWith(u"You signed version 1 on"_s));
    CHECK(shown.sign->isHidden());
    CHECK(shown.list->item(0)->data(Qt::UserRole).toInt() == ReadingView::ReceiptPage);
    CHECK(shown.browser->toPlainText().contains(u"You signed version 1 on"_s));
}

TEST_CASE("the sign dialog refuses a wrong name or PIN and stays open", "[reading]")
{
    ReadingFixture fixture;
    ShownView shown(fixture.session);
    shown.openEverySection();
    SignDialog *dialog = shown.openSignDialog();

    fillAndSign(*dialog, u"Lina Kazlauskaite"_s, u"1234"_s);
    CHECK_FALSE(dialog->acknowledgement().has_value());
    CHECK_FALSE(dialog->message().isEmpty());
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(*dialog, u"messageLabel"_s)->isVisible());

    fillAndSign(*dialog, u"Lina Kazlauskienė"_s, u"9999"_s);
    CHECK_FALSE(dialog->acknowledgement().has_value());
    CHECK(dialog->message().contains(u"PIN"_s, Qt::CaseInsensitive));
    CHECK(dialog->isVisible());

    fillAndSign(*dialog, u"Lina Kazlauskienė"_s, QString());
    CHECK(dialog->message() == u"Enter your PIN to sign."_s);

    CHECK(storage::AcknowledgementStore(fixture.db()).list(fixture.codeId).value().isEmpty());

    // Typing again clears the message; then the right PIN signs.
    fillAndSign(*dialog, u"Lina Kazlauskienė"_s, u"1234"_s);
    CHECK(dialog->acknowledgement().has_value());
    CHECK(storage::AcknowledgementStore(fixture.db()).list(fixture.codeId).value().size() == 1);
}

TEST_CASE("after a material version the agent first sees what changed since they signed",
          "[reading]")
{
    ReadingFixture fixture;
    fixture.signDirectly(fixture.firstId);
    const qint64 secondId = fixture.publishChange(true);
    ShownView shown(fixture.session);

    REQUIRE(shown.list->count() == 8);
    CHECK(shown.list->currentRow() == 0);
    CHECK(shown.list->item(0)->data(Qt::UserRole).toInt() == ReadingView::ChangesPage);
    CHECK(shown.list->item(0)->text() == u"What changed since you signed version 1"_s);
    const QString html = shown.browser->toHtml();
    CHECK(shown.browser->toPlainText().startsWith(u"What changed since you signed version 1"_s));
    CHECK(shown.browser->toPlainText().contains(u"facts"_s));
    CHECK(shown.browser->toPlainText().contains(u"truth"_s));
    // Only the change: a clause that did not change is not there.
    CHECK_FALSE(shown.browser->toPlainText().contains(u"1.2"_s));
    CHECK(shown.status->text().contains(u"You signed version 1"_s));
    // The changes page does not count as a section: all seven are still to open.
    for (int index = 0; index < 7; ++index)
        CHECK(shown.isMarked(index));
    CHECK_FALSE(shown.sign->isEnabled());

    shown.openEverySection();
    SignDialog *dialog = shown.openSignDialog();
    CHECK(child<QLabel>(*dialog, u"meaningLabel"_s)->text().contains(u"version 2 of"_s));
    fillAndSign(*dialog, u"Lina Kazlauskienė"_s, u"1234"_s);
    REQUIRE(dialog->acknowledgement().has_value());
    CHECK(dialog->acknowledgement()->versionId == secondId);
}

TEST_CASE("an editorial version after a signed material one needs no new signature",
          "[reading]")
{
    ReadingFixture fixture;
    const qint64 secondId = fixture.publishChange(true);
    fixture.signDirectly(secondId);
    fixture.publishChange(false, u"the facts"_s, u"the plain facts"_s);
    ShownView shown(fixture.session);

    CHECK(shown.status->text().startsWith(u"You signed version 2 on"_s));
    CHECK(shown.status->text().contains(u"still covers version 3"_s));
    CHECK(shown.sign->isHidden());
    CHECK(shown.list->item(0)->data(Qt::UserRole).toInt() == ReadingView::ReceiptPage);
    CHECK(shown.browser->toPlainText().contains(u"read and understood version 2 of"_s));
    for (int index = 0; index < 7; ++index)
        CHECK_FALSE(shown.isMarked(index));
    CHECK(child<QPushButton>(shown.view, u"printButton"_s)->isVisible());
}

TEST_CASE("the sections opened are kept when the view reloads for the same version",
          "[reading]")
{
    ReadingFixture fixture;
    ShownView shown(fixture.session);
    shown.click(shown.sectionItem(3));
    shown.view.reload();
    CHECK_FALSE(shown.isMarked(3));
    CHECK(shown.isMarked(4));
}

TEST_CASE("nobody signed in sees no code to read", "[reading]")
{
    ReadingFixture fixture;
    fixture.session.signOut();
    ShownView shown(fixture.session);
    CHECK(shown.list->count() == 0);
    CHECK(shown.status->text() == u"Sign in to read the code."_s);
    CHECK_FALSE(shown.sign->isEnabled());
}

TEST_CASE("a version with questions is signed only after passing them, and a failed try is kept",
          "[reading][comprehension]")
{
    ReadingFixture fixture;
    const qint64 quizId = fixture.publishWithCheck();
    ShownView shown(fixture.session);
    CHECK(shown.status->text().contains(u"answer 2 questions about it; the pass mark is 100%"_s));
    shown.openEverySection();
    CHECK(shown.sign->text() == u"Answer the &Questions…"_s);

    QTest::mouseClick(shown.sign, Qt::LeftButton);
    auto *check = shown.view.findChild<CheckDialog *>();
    REQUIRE(check);
    REQUIRE(QTest::qWaitForWindowExposed(check));
    auto *submit = child<QPushButton>(*check, u"submitButton"_s);
    CHECK_FALSE(submit->isEnabled()); // nothing answered yet
    const QStringList shownOrder = check->shownOrder();
    CHECK((QSet<QString>{u"honesty"_s, u"escalate"_s}
           == QSet<QString>(shownOrder.cbegin(), shownOrder.cend())));

    answer(*check, u"honesty"_s, 0); // wrong
    CHECK_FALSE(submit->isEnabled());
    answer(*check, u"escalate"_s, 0);
    REQUIRE(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    REQUIRE(check->lastScore());
    CHECK(check->lastScore()->correct == 1);
    CHECK(child<QLabel>(*check, u"resultLabel"_s)->text().contains(u"Not passed yet."_s));
    CHECK_FALSE(child<QPushButton>(*check, u"continueButton"_s)->isVisible());
    storage::CheckAttemptStore attempts(fixture.db());
    CHECK(attempts.attempts(quizId, u"A001"_s).value().size() == 1);

    // Another try asks again, from scratch; this time it passes and leads on to signing.
    QTest::mouseClick(child<QPushButton>(*check, u"retryButton"_s), Qt::LeftButton);
    CHECK_FALSE(submit->isEnabled());
    answer(*check, u"honesty"_s, 1);
    answer(*check, u"escalate"_s, 0);
    QTest::mouseClick(submit, Qt::LeftButton);
    CHECK(check->lastScore()->passed);
    QTest::mouseClick(child<QPushButton>(*check, u"continueButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return shown.view.findChild<CheckDialog *>() == nullptr; }));
    auto *dialog = shown.view.findChild<SignDialog *>();
    REQUIRE(dialog);
    fillAndSign(*dialog, u"Lina Kazlauskiene"_s, u"1234"_s);
    REQUIRE(dialog->acknowledgement());
    CHECK(dialog->acknowledgement()->quizScore == 100);
    CHECK(attempts.attempts(quizId, u"A001"_s).value().size() == 2);
}

TEST_CASE("the questions are asked in a new order on each try", "[reading][comprehension]")
{
    ReadingFixture fixture;
    storage::VersionStore versions(fixture.db());
    auto draft = versions.startDraftFromInForce(fixture.codeId, supervisor);
    REQUIRE(draft.ok());
    CodeContent content = versions.load(draft->id)->content;
    content.check.passMark = 50;
    for (int i = 0; i < 6; ++i)
        content.check.questions.append(
            {u"q%1"_s.arg(i), u"Question %1?"_s.arg(i), {{u"right"_s, true}, {u"wrong"_s, false}}});
    REQUIRE(versions.saveDraft(draft->id, content, draft->revision, supervisor).ok());
    REQUIRE(versions.submit(draft->id, supervisor).ok());
    REQUIRE(versions.approve(draft->id, Actor{u"M001"_s, Role::Manager}).ok());
    REQUIRE(versions.publish(draft->id, Actor{u"M002"_s, Role::Manager}, true, u"Quiz"_s).ok());
    auto version = versions.load(draft->id);
    REQUIRE(version.ok());

    // 720 orders: ten dialogs that all showed the same one would mean no shuffling.
    QSet<QStringList> orders;
    for (int i = 0; i < 10; ++i)
        orders.insert(CheckDialog(fixture.session, *version).shownOrder());
    CHECK(orders.size() > 1);
}

TEST_CASE("sections opened in an earlier session still count", "[reading]")
{
    ReadingFixture fixture;
    {
        ShownView shown(fixture.session);
        shown.click(shown.sectionItem(2));
        shown.click(shown.sectionItem(5));
    }
    // Another program on the same file, as after a restart.
    Session later;
    auto reopened = storage::Database::open(fixture.db().path(), storage::OpenMode::ExistingOnly);
    REQUIRE(reopened.ok());
    later.setDatabase(std::move(reopened).value());
    later.setCode(fixture.codeId);
    later.signIn(storage::StaffStore(*later.database()).find(u"A001"_s).value());
    ShownView shown(later);
    // The first section opened by itself when the view was first shown.
    CHECK_FALSE(shown.isMarked(0));
    CHECK_FALSE(shown.isMarked(2));
    CHECK_FALSE(shown.isMarked(5));
    CHECK(shown.isMarked(3));
    CHECK(child<QLabel>(shown.view, u"progressLabel"_s)->text() == u"Sections opened: 3 of 7"_s);
}

// Not run by default: writes what the check looks like, to look at while building it.
TEST_CASE("the comprehension check can be saved as pictures", "[.picture]")
{
    ReadingFixture fixture;
    fixture.publishWithCheck();
    ShownView shown(fixture.session);
    shown.openEverySection();
    const QString folder = qEnvironmentVariable("TENET_PICTURES", u"/tmp"_s);
    REQUIRE(shown.view.grab().save(folder + u"/reading-check-pending.png"_s));
    QTest::mouseClick(shown.sign, Qt::LeftButton);
    auto *check = shown.view.findChild<CheckDialog *>();
    REQUIRE(check);
    REQUIRE(QTest::qWaitForWindowExposed(check));
    answer(*check, u"honesty"_s, 0);
    REQUIRE(check->grab().save(folder + u"/reading-check.png"_s));
    answer(*check, u"escalate"_s, 0);
    QTest::mouseClick(child<QPushButton>(*check, u"submitButton"_s), Qt::LeftButton);
    REQUIRE(check->grab().save(folder + u"/reading-check-failed.png"_s));
}

// Not run by default: writes what the view looks like, to look at while building it.
TEST_CASE("the reading view can be saved as pictures", "[.picture]")
{
    ReadingFixture fixture;
    fixture.signDirectly(fixture.firstId);
    fixture.publishChange(true);
    ShownView shown(fixture.session);
    const QString folder = qEnvironmentVariable("TENET_PICTURES", u"/tmp"_s);
    REQUIRE(shown.view.grab().save(folder + u"/reading-changes.png"_s));
    shown.click(shown.sectionItem(1));
    REQUIRE(shown.view.grab().save(folder + u"/reading-section.png"_s));
    shown.click(shown.sectionItem(6));
    REQUIRE(shown.view.grab().save(folder + u"/reading-metrics.png"_s));
    shown.openEverySection();
    SignDialog *dialog = shown.openSignDialog();
    fillAndSign(*dialog, u"Lina Kazlauskaite"_s, u"1234"_s);
    REQUIRE(dialog->grab().save(folder + u"/reading-refused.png"_s));
    fillAndSign(*dialog, u"Lina Kazlauskiene"_s, u"1234"_s);
    REQUIRE(dialog->grab().save(folder + u"/reading-receipt.png"_s));
    QTest::mouseClick(child<QPushButton>(*dialog, u"closeButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return shown.view.findChild<SignDialog *>() == nullptr; }));
    REQUIRE(shown.view.grab().save(folder + u"/reading-signed.png"_s));
}
