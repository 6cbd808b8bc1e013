#include "app/staff/rosterimportdialog.h"
#include "app/staff/staffview.h"

#include "stafffixture.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace tenet;
using namespace tenet::app;

namespace {

QString writeCsv(const test::TempDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

const QByteArray header = "employee_no,full_name,email,role,team,site,language,start_date,active\n";

// Every top-level group title of the preview, then its rows as "NUMBER|NAME|DETAILS".
QStringList previewLines(QTreeWidget *tree)
{
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        lines.append(group->text(0));
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            lines.append(u"%1|%2|%3"_s.arg(item->text(0), item->text(1), item->text(2)));
        }
    }
    return lines;
}

} // namespace

TEST_CASE("the roster import previews additions, updates and deactivations before writing",
          "[app][staff]")
{
    test::StaffFixture fixture;
    const QString path = writeCsv(
        fixture.dir, u"roster.csv"_s,
        header
            + "M001,Marta Ruiz,,manager,Vilnius,,en,2025-01-06,true\n"
              "M002,Ana Gómez,,manager,Vilnius,,en,2025-01-06,true\n"
              "S001,Jonas Petraitis,jonas@example.com,supervisor,Kaunas,,en,2025-01-06,true\n"
              "A001,Lina Kazlauskienė,,agent,Vilnius,,en,2025-01-06,true\n"
              "A100,Jurgis Kairys,jurgis@example.com,agent,Kaunas,Kaunas HQ,lt,2026-01-05,true\n");
    RosterImportDialog dialog(fixture.session);
    dialog.show();
    auto *tree = test::child<QTreeWidget>(dialog, u"previewTree"_s);
    auto *apply = test::child<QDialogButtonBox>(dialog, u"buttons"_s)->button(QDialogButtonBox::Apply);

    REQUIRE(dialog.loadFile(path));
    CHECK(
        previewLines(tree)
        == QStringList {
            u"To add (1)"_s, u"A100|Jurgis Kairys|Agent, Kaunas, Kaunas HQ"_s, u"To update (1)"_s,
            u"S001|Jonas Petraitis|e-mail: (empty) → jonas@example.com; team: Vilnius → Kaunas"_s});
    CHECK(apply->isEnabled());

    // Checking the box adds the people the file leaves out; still nothing written.
    QTest::keyClick(test::child<QCheckBox>(dialog, u"deactivateCheck"_s), Qt::Key_Space);
    const QStringList lines = previewLines(tree);
    CHECK(lines.mid(4) == QStringList{u"To deactivate (2)"_s, u"A002|Rūta Žukauskaitė|not in the file"_s,
                                      u"Q001|Eva Novak|not in the file"_s});
    CHECK(lines.size() == 7);
    CHECK_FALSE(fixture.store().find(u"A100"_s).ok());
    CHECK(fixture.store().find(u"A002"_s)->active);
}

TEST_CASE("applying a roster import writes it and the staff view follows", "[app][staff]")
{
    test::StaffFixture fixture;
    const QString path = writeCsv(
        fixture.dir, u"roster.csv"_s,
        header
            + "M001,Marta Ruiz,,manager,Vilnius,,en,2025-01-06,true\n"
              "S001,Jonas Petraitis,jonas@example.com,supervisor,Kaunas,,en,2025-01-06,true\n"
              "A100,Jurgis Kairys,,agent,Kaunas,,lt,2026-01-05,true\n");
    StaffView view(fixture.session);
    QSignalSpy changed(&view, &StaffView::staffChanged);
    view.importAction()->trigger();
    auto *dialog = view.findChild<RosterImportDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->loadFile(path));
    QTest::keyClick(test::child<QCheckBox>(*dialog, u"deactivateCheck"_s), Qt::Key_Space);
    QSignalSpy applied(dialog, &RosterImportDialog::applied);
    QTest::mouseClick(
        test::child<QDialogButtonBox>(*dialog, u"buttons"_s)->button(QDialogButtonBox::Apply),
        Qt::LeftButton);

    REQUIRE(applied.count() == 1);
    CHECK(changed.count() == 1);
    CHECK(fixture.store().find(u"A100"_s)->fullName == u"Jurgis Kairys"_s);
    CHECK(fixture.store().find(u"S001"_s)->team == u"Kaunas"_s);
    CHECK_FALSE(fixture.store().find(u"A001"_s)->active);
    CHECK(fixture.store().find(u"M001"_s)->active);
    CHECK_FALSE(fixture.store().find(u"M002"_s)->active);
    CHECK(fixture.store().checkSecret(u"S001"_s, u"1234"_s).value()); // PINs untouched
}

TEST_CASE("a roster file with bad rows lists each by line and column and cannot be applied",
          "[app][staff]")
{
    test::StaffFixture fixture;
    const QString path = writeCsv(
        fixture.dir, u"bad.csv"_s,
        header
            + "A100,Jurgis Kairys,jurgis.example.com,agent,Kaunas,,lt,2026-01-05,true\n"
              "A101,Ona Kairienė,,pilot,Kaunas,,lt,2026-02-30,true\n");
    RosterImportDialog dialog(fixture.session);
    dialog.show();
    CHECK_FALSE(dialog.loadFile(path));

    const QStringList lines = previewLines(test::child<QTreeWidget>(dialog, u"previewTree"_s));
    REQUIRE(lines.size() >= 4);
    CHECK(lines.first() == u"Problems (3)"_s);
    CHECK(lines.at(1).contains(u"bad.csv:2: column email"_s));
    CHECK(lines.at(2).contains(u":3: column role"_s));
    CHECK(lines.at(3).contains(u":3: column start_date"_s));
    CHECK_FALSE(
        test::child<QDialogButtonBox>(dialog, u"buttons"_s)->button(QDialogButtonBox::Apply)->isEnabled());
    CHECK_FALSE(dialog.apply());
    CHECK_FALSE(fixture.store().find(u"A100"_s).ok());
}

TEST_CASE("a roster field holding a line break is listed as a problem on one line",
          "[app][staff]")
{
    test::StaffFixture fixture;
    const QString path = writeCsv(fixture.dir, u"broken.csv"_s,
                                  header + "A100,Jurgis Kairys,,\"age\nnt\",Kaunas,,lt,,true\n");
    RosterImportDialog dialog(fixture.session);
    dialog.show();
    CHECK_FALSE(dialog.loadFile(path));

    const QStringList lines = previewLines(test::child<QTreeWidget>(dialog, u"previewTree"_s));
    REQUIRE(lines.size() == 2);
    CHECK(lines.first() == u"Problems (1)"_s);
    CHECK(lines.at(1).contains(u"broken.csv:2: column role: \"age\\nnt\" is not a role"_s));
    CHECK_FALSE(lines.at(1).contains(u'\n'));
}

TEST_CASE("a roster import that would deactivate the signed-in manager cannot be applied",
          "[app][staff]")
{
    test::StaffFixture fixture;
    const QString path = writeCsv(fixture.dir, u"roster.csv"_s,
                                  header + "A100,Jurgis Kairys,,agent,Kaunas,,lt,,true\n");
    RosterImportDialog dialog(fixture.session);
    CHECK(dialog.loadFile(path));
    auto *check = test::child<QCheckBox>(dialog, u"deactivateCheck"_s);
    QTest::keyClick(check, Qt::Key_Space);
    CHECK_FALSE(dialog.canApply());
    CHECK(test::child<QLabel>(dialog, u"summaryLabel"_s)->text().contains(u"would deactivate you"_s));
    QTest::keyClick(check, Qt::Key_Space);
    CHECK(dialog.canApply());
}

TEST_CASE("the roster import cannot be applied by someone who is not a manager", "[app][staff]")
{
    test::StaffFixture fixture(u"S001"_s);
    const QString path = writeCsv(fixture.dir, u"roster.csv"_s,
                                  header + "A100,Jurgis Kairys,,agent,Kaunas,,lt,,true\n");
    RosterImportDialog dialog(fixture.session);
    CHECK_FALSE(dialog.loadFile(path));
    CHECK(dialog.plan().added.size() == 1);
    auto *apply = test::child<QDialogButtonBox>(dialog, u"buttons"_s)->button(QDialogButtonBox::Apply);
    CHECK_FALSE(apply->isEnabled());
    CHECK(apply->toolTip() == u"Only a signed-in manager can import staff."_s);
}

TEST_CASE("the roster import dialog renders cleanly", "[app][staff][.screenshot]")
{
    test::StaffFixture fixture;
    const QString path = writeCsv(
        fixture.dir, u"roster.csv"_s,
        header
            + "M001,Marta Ruiz,,manager,Vilnius,,en,2025-01-06,true\n"
              "S001,Jonas Petraitis,jonas@example.com,supervisor,Kaunas,,en,2025-01-06,true\n"
              "A100,Jurgis Kairys,jurgis@example.com,agent,Kaunas,Kaunas HQ,lt,2026-01-05,true\n");
    RosterImportDialog dialog(fixture.session);
    dialog.show();
    REQUIRE(dialog.loadFile(path));
    QTest::keyClick(test::child<QCheckBox>(dialog, u"deactivateCheck"_s), Qt::Key_Space);
    CHECK(dialog.grab().save(QDir::tempPath() + u"/rosterimport.png"_s));
}
