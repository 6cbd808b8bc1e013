// After a switch of the interface language every main view shows only translated words, apart
// from the data it shows (the code's own text, people's names): the pseudo-translation marks
// every text that went through tr(), and whatever is left unmarked was missed.
#include "languagefixture.h"

#include "app/dashboard/dashboardview.h"
#include "app/editor/editorview.h"
#include "app/history/historyview.h"
#include "app/reading/readingview.h"
#include "app/search/searchpanel.h"
#include "app/staff/staffview.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace tenet;
using namespace tenet::app;
using namespace tenet::test;

TEST_CASE("the check finds English that was never translated, and passes translated text")
{
    QWidget root;
    auto *layout = new QVBoxLayout(&root);
    auto *label = new QLabel(u"Hello"_s, &root);
    auto *edit = new QLineEdit(&root);
    edit->setPlaceholderText(QWidget::tr("Search"));
    layout->addWidget(label);
    layout->addWidget(edit);
    PseudoTranslation pseudo;
    edit->setPlaceholderText(QWidget::tr("Search"));
    const QStringList found = untranslatedTexts(&root);
    REQUIRE(found.size() == 1);
    CHECK(found.first().endsWith(u"Hello"_s));

    label->setText(PseudoTranslator::mark(u"Hello"_s) + u" Marta"_s);
    CHECK(untranslatedTexts(&root).size() == 1);
    CHECK(untranslatedTexts(&root, {{u"Marta"_s}, {}}).isEmpty());
}

TEST_CASE("the dashboard follows a switch of the interface language")
{
    LanguageFixture f;
    DashboardView view(f.session);
    view.setToday(QDate(2026, 3, 2));
    view.show();
    PseudoTranslation pseudo;
    auto *tabs = view.findChild<QTabWidget *>();
    REQUIRE(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QStringList found = untranslatedTexts(&view, f.data);
        INFO(described(found).toStdString());
        CHECK(found.isEmpty());
    }
}

TEST_CASE("the reading view follows a switch of the interface language")
{
    LanguageFixture f;
    ReadingView view(f.session);
    view.show();
    PseudoTranslation pseudo;
    const QStringList found = untranslatedTexts(&view, f.data);
    INFO(described(found).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the history view follows a switch of the interface language")
{
    LanguageFixture f;
    HistoryView view(f.session);
    view.show();
    PseudoTranslation pseudo;
    const QStringList found = untranslatedTexts(&view, f.data);
    INFO(described(found).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the editor follows a switch of the interface language")
{
    LanguageFixture f;
    EditorView view(f.session);
    view.show();
    PseudoTranslation pseudo;
    const QStringList found = untranslatedTexts(&view, f.data);
    INFO(described(found).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the staff view follows a switch of the interface language")
{
    LanguageFixture f;
    StaffView view(f.session);
    view.show();
    PseudoTranslation pseudo;
    const QStringList found = untranslatedTexts(&view, f.data);
    INFO(described(found).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the search panel follows a switch of the interface language")
{
    LanguageFixture f;
    SearchPanel panel(f.session);
    panel.show();
    PseudoTranslation pseudo;
    const QStringList found = untranslatedTexts(&panel, f.data);
    INFO(described(found).toStdString());
    CHECK(found.isEmpty());
}
