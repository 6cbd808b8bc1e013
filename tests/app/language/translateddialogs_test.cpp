// The dialogs of the desktop program follow a switch of the interface language too, or, for
// those whose words come from the caller, are built in it.
#include "languagefixture.h"

#include "app/dashboard/compliancereportdialog.h"
#include "app/editor/checkeditordialog.h"
#include "app/export/exporthandbookdialog.h"
#include "app/help/aboutdialog.h"
#include "app/help/userguidedialog.h"
#include "app/reading/checkdialog.h"
#include "app/reading/signdialog.h"
#include "app/staff/pindialog.h"
#include "app/staff/rosterimportdialog.h"
#include "app/staff/staffdialog.h"
#include "app/workflow/notedialog.h"
#include "app/workflow/publishdialog.h"
#include "app/workflow/reviewdialog.h"
#include "exchange/codefile.h"

#include <QComboBox>
#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace tenet;
using namespace tenet::app;
using namespace tenet::test;

namespace {

domain::ComprehensionCheck sampleCheck()
{
    domain::ComprehensionCheck check;
    check.questions.append({u"q-1"_s,
                            u"Who may see a caller's card number?"_s,
                            {{u"Nobody"_s, true}, {u"The team"_s, false}}});
    return check;
}

// Shows `dialog`, switches the language and lists what it still shows untranslated.
QStringList afterSwitch(QWidget &dialog, const DataAllowList &data)
{
    dialog.show();
    PseudoTranslation pseudo;
    return untranslatedTexts(&dialog, data);
}

} // namespace

TEST_CASE("the signing dialogs follow a switch of the interface language")
{
    LanguageFixture f;
    f.data.texts << u"Who may see a caller's card number?"_s << u"Nobody"_s << u"The team"_s;
    SECTION("signing")
    {
        // The words the ledger records, shown as they are recorded (domain's wording).
        f.data.texts << u"I have read and understood version 1 of "_s;
        SignDialog dialog(f.session, f.version.info);
        const QStringList found = afterSwitch(dialog, f.data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
    SECTION("the comprehension check")
    {
        domain::Version version = f.version;
        version.content.check = sampleCheck();
        CheckDialog dialog(f.session, version);
        const QStringList found = afterSwitch(dialog, f.data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
    SECTION("editing the comprehension check")
    {
        CheckEditorDialog dialog(sampleCheck(), false);
        const QStringList found = afterSwitch(dialog, f.data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
}

TEST_CASE("the workflow dialogs follow a switch of the interface language")
{
    LanguageFixture f;
    SECTION("publishing")
    {
        PublishDialog dialog(2, true, 4);
        const QStringList found = afterSwitch(dialog, f.data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
    SECTION("recording a section review")
    {
        ReviewDialog dialog(f.version);
        const QStringList found = afterSwitch(dialog, f.data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
    SECTION("a note, whose words the caller gives in the language of the moment")
    {
        PseudoTranslation pseudo;
        NoteDialog dialog(QCoreApplication::translate("test", "Send Back"),
                          QCoreApplication::translate("test", "Why?"),
                          QCoreApplication::translate("test", "Send back"), true);
        dialog.show();
        const QStringList found = untranslatedTexts(&dialog, f.data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
}

TEST_CASE("recording a review offers the sections under the titles the version gives them")
{
    auto spanish = exchange::readCodeFile(QStringLiteral(TENET_FIXTURES_DIR) + u"/code-es.json"_s);
    REQUIRE(spanish.ok());
    domain::Version version;
    version.info.number = 3;
    version.content = spanish->content;
    ReviewDialog dialog(version);
    auto *sections = dialog.findChild<QComboBox *>(u"sectionCombo"_s);
    REQUIRE(sections);
    REQUIRE(sections->count() == version.content.sections.size());
    for (int i = 0; i < sections->count(); ++i) {
        const domain::Section &section = version.content.sections.at(i);
        CHECK(sections->itemText(i).endsWith(section.title));
        CHECK(sections->itemText(i) != domain::defaultSectionTitle(section.key));
        CHECK(sections->itemData(i).toInt() == int(section.key));
    }
}

TEST_CASE("the export and report dialogs follow a switch of the interface language")
{
    LanguageFixture f;
    SECTION("exporting the handbook")
    {
        ExportHandbookDialog dialog(f.session);
        const QStringList found = afterSwitch(dialog, f.data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
    SECTION("the compliance report")
    {
        ComplianceReportDialog dialog(f.session, QDate(2026, 3, 2));
        const QStringList found = afterSwitch(dialog, f.data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
}

TEST_CASE("the staff dialogs follow a switch of the interface language")
{
    LanguageFixture f;
    const auto saved = [](const auto &) {
        return domain::Status();
    };
    SECTION("a roster entry")
    {
        StaffDialog dialog(saved);
        // The languages are named in their own words whatever the interface speaks.
        DataAllowList data = f.data;
        data.texts << u"English"_s << u"Español"_s << u"Lietuvių"_s;
        const QStringList found = afterSwitch(dialog, data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
    SECTION("a new PIN")
    {
        PinDialog dialog(u"Lina Kazlauskienė"_s, saved);
        const QStringList found = afterSwitch(dialog, f.data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
    SECTION("importing the roster")
    {
        RosterImportDialog dialog(f.session);
        const QStringList found = afterSwitch(dialog, f.data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
}

TEST_CASE("the help dialogs follow a switch of the interface language")
{
    LanguageFixture f;
    // Program and library names and versions are names, not words to translate.
    f.data.patterns << QRegularExpression(u"Tenet|Qt|SQLite|spdlog|[\\d.]+"_s);
    AboutDialog dialog;
    const QStringList found = afterSwitch(dialog, f.data);
    INFO(described(found).toStdString());
    CHECK(found.isEmpty());
}
