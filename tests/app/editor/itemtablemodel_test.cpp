#include "editorfixture.h"
#include "modeltester.h"

#include "app/editor/itemdelegate.h"
#include "app/editor/models/itemtablemodel.h"

#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleOptionViewItem>
#include <QUndoStack>

#include <limits>
#include <memory>

using namespace tenet;
using app::ItemKind;
using app::ItemTableModel;

namespace {

// KPI columns: key, name, definition, unit, direction, target, alert, action.
constexpr int directionColumn = 4;
constexpr int targetColumn = 5;
constexpr int alertColumn = 6;

} // namespace

TEST_CASE("every item table model passes the model tester through edits and undo",
          "[editor][model][items]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    for (ItemKind kind : {ItemKind::Escalation, ItemKind::FollowUp, ItemKind::Stage,
                          ItemKind::Programme, ItemKind::Kpi}) {
        INFO(app::itemTableName(kind).toStdString());
        ItemTableModel model(kind);
        test::ModelTester tester(&model);
        model.setDocument(document.get());
        CHECK(model.rowCount() > 0);
        REQUIRE(model.addRow(1));
        REQUIRE(model.moveRow(1, 0));
        REQUIRE(model.deleteRow(0));
        model.setData(model.index(0, 1), model.index(0, 1).data(Qt::EditRole));
        while (document->undoStack()->canUndo())
            document->undoStack()->undo();
        model.setDocument(nullptr);
        CHECK(tester.failures() == QStringList());
    }
    CHECK(document->content() == fixture.starter);
}

TEST_CASE("an at_most KPI refuses an alert threshold below its target, naming the rule",
          "[editor][model][items]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    ItemTableModel model(ItemKind::Kpi);
    model.setDocument(document.get());
    // asa: average speed of answer, at most 20 s, alert at 30 s.
    REQUIRE(model.index(0, 0).data().toString() == u"asa");
    REQUIRE(model.index(0, directionColumn).data(Qt::EditRole).toString() == u"at_most");
    QSignalSpy refused(&model, &ItemTableModel::editRefused);

    CHECK_FALSE(model.setData(model.index(0, alertColumn), 10.0));
    REQUIRE(refused.size() == 1);
    const QString message = refused.first().at(0).toString();
    CHECK(message.contains(u"KPI \"asa\" is at most 20, so its alert threshold 10 may not be "
                           "below its target"_s));
    CHECK(model.index(0, alertColumn).data().toString() == u"30");
    CHECK(document->undoStack()->count() == 0);

    // Raising the target past the alert breaks the same rule from the other side.
    CHECK_FALSE(model.setData(model.index(0, targetColumn), 40.0));
    CHECK(refused.size() == 2);

    // A consistent change goes through as one undoable step.
    CHECK(model.setData(model.index(0, alertColumn), 25.0));
    CHECK(document->undoStack()->undoText() == u"Edit KPI table");
    CHECK(document->section(6).kpis.at(0).alert == 25.0);
    document->undoStack()->undo();
    CHECK(document->section(6).kpis.at(0).alert == 30.0);
}

TEST_CASE("a key that breaks the key format is refused with a message", "[editor][model][items]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    ItemTableModel stages(ItemKind::Stage);
    stages.setDocument(document.get());
    QSignalSpy refused(&stages, &ItemTableModel::editRefused);
    CHECK_FALSE(stages.setData(stages.index(0, 0), u"Logged Stage"_s));
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().at(0).toString().contains(u"lower-case letters"_s));
    // Two stages may not share a key.
    CHECK_FALSE(stages.setData(stages.index(1, 0), u"logged"_s));
    CHECK(refused.last().at(0).toString().contains(u"\"logged\" is used twice"_s));
    CHECK(document->undoStack()->count() == 0);
}

TEST_CASE("a programme's roles, final test and pass mark are edited with their own rules",
          "[editor][model][items]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    ItemTableModel programmes(ItemKind::Programme);
    programmes.setDocument(document.get());
    // induction: final test, pass mark 80, for agents.
    CHECK(programmes.index(0, 4).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(programmes.index(0, 6).data().toString() == u"agent");
    REQUIRE(programmes.setData(programmes.index(0, 6), QStringList {u"trainer"_s, u"agent"_s}));
    CHECK(document->section(5).programmes.at(0).roles == QStringList {u"agent"_s, u"trainer"_s});
    CHECK_FALSE(programmes.setData(programmes.index(0, 6), QStringList {u"boss"_s}));
    // A final test needs a pass mark.
    CHECK_FALSE(programmes.setData(programmes.index(0, 5), 0.0));
    REQUIRE(programmes.setData(programmes.index(0, 4), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(programmes.setData(programmes.index(0, 5), 0.0));
    CHECK_FALSE(document->section(5).programmes.at(0).passMark.has_value());
}

TEST_CASE("item cells take the domain's item limits, in the model and in the delegate's spin boxes",
          "[editor][model][items]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    ItemTableModel tiers(ItemKind::Escalation);
    tiers.setDocument(document.get());
    QSignalSpy refused(&tiers, &ItemTableModel::editRefused);
    app::ItemDelegate delegate;
    QWidget parent;

    CHECK_FALSE(tiers.setData(tiers.index(0, 0), 0));
    REQUIRE(refused.size() == 1);
    // One sentence naming the column and the row, not a list of pieces.
    CHECK(refused.first().at(0).toString()
          == u"Not changed: \"Tier\" in row 1 must be a whole number from 1 to 100."_s);
    // The editor stops where the file format stops, at tier 100.
    CHECK_FALSE(tiers.setData(tiers.index(0, 0), 101));
    CHECK(tiers.setData(tiers.index(0, 0), 100));
    std::unique_ptr<QWidget> tierEditor(
        delegate.createEditor(&parent, QStyleOptionViewItem(), tiers.index(0, 0)));
    auto *tierSpin = qobject_cast<QSpinBox *>(tierEditor.get());
    REQUIRE(tierSpin);
    CHECK(tierSpin->minimum() == 1);
    CHECK(tierSpin->maximum() == 100);

    ItemTableModel programmes(ItemKind::Programme);
    programmes.setDocument(document.get());
    constexpr int refresherColumn = 7;
    std::unique_ptr<QWidget> monthsEditor(delegate.createEditor(
        &parent, QStyleOptionViewItem(), programmes.index(0, refresherColumn)));
    auto *monthsSpin = qobject_cast<QSpinBox *>(monthsEditor.get());
    REQUIRE(monthsSpin);
    CHECK(monthsSpin->minimum() == 0);
    CHECK(monthsSpin->specialValueText() == u"none");
    CHECK(programmes.setData(programmes.index(0, refresherColumn), 300));
    CHECK(document->section(5).programmes.at(0).refresherMonths == 300);
    CHECK(programmes.setData(programmes.index(0, refresherColumn), 0));
    CHECK_FALSE(document->section(5).programmes.at(0).refresherMonths.has_value());
    CHECK_FALSE(programmes.setData(programmes.index(0, refresherColumn), -2));
}
