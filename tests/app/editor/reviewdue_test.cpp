#include "app/dashboard/sectionduemodel.h"
#include "app/editor/commands/editsectioncommand.h"
#include "app/editor/sectionform.h"
#include "app/editor/undoshortcutfilter.h"
#include "domain/dashboard.h"
#include "domain/reviewbasis.h"
#include "editorfixture.h"
#include "storage/dashboardstore.h"

#include <QLabel>
#include <QTreeView>
#include <QUndoStack>

using namespace tenet;
using app::CodeTreeModel;
using app::SectionDueModel;

namespace {

// What the editor shows for the first section, and what the dashboard says of it.
struct Judged
{
    bool badged = false;
    QString badge;
    QString hint;
    QString dashboardState;
    bool dashboardDue = false;
};

} // namespace

// Interval 30 days, published 1 January, reviewed 15 February: on 20 February the dashboard
// said "current" while the editor, counting from the publication, said "review due".
TEST_CASE("the editor's review badge and hint agree with the dashboard for a section reviewed "
          "after its publication",
          "[editor][review]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    app::SectionFields fields = app::SectionFields::of(document->section(0));
    fields.reviewIntervalDays = 30;
    document->undoStack()->push(new app::EditSectionCommand(
        document.get(), 0, app::EditSectionCommand::Field::ReviewInterval, fields));

    const QDate publishedOn(2026, 1, 1);
    domain::SectionReview review;
    review.section = document->section(0).key;
    review.reviewedAt = QDateTime(QDate(2026, 2, 15), QTime(10, 0), Qt::UTC);
    const domain::ReviewBasis basis = domain::ReviewBasis::of(publishedOn, {review});

    CodeTreeModel navigator;
    navigator.setDocument(document.get());
    app::UndoShortcutFilter filter;
    app::SectionForm form(&filter);
    form.setDocument(document.get());
    form.showSection(0);
    auto *hint = form.findChild<QLabel *>(u"reviewDueLabel"_s);
    REQUIRE(hint);

    domain::DashboardInput input;
    input.publications = {{1, publishedOn, true}};
    input.sections = {document->section(0)};
    input.reviews = {review};
    SectionDueModel dashboard;

    const auto judge = [&](const QDate &today) {
        navigator.setReviewBasis(basis, today);
        form.setReviewBasis(basis, today);
        dashboard.setSections(domain::computeDashboard(input, today).sections);
        REQUIRE(dashboard.rowCount() == 1);
        return Judged {navigator.sectionIndex(0).data(CodeTreeModel::DueForReviewRole).toBool(),
                       navigator.sectionIndex(0, CodeTreeModel::MarkColumn).data().toString(),
                       hint->text(), dashboard.index(0, SectionDueModel::State).data().toString(),
                       dashboard.sections().first().isDue()};
    };

    const Judged onTheDay = judge(QDate(2026, 2, 20));
    CHECK(onTheDay.dashboardState == u"Current");
    CHECK_FALSE(onTheDay.badged);
    CHECK(onTheDay.badge.isEmpty());
    CHECK(onTheDay.hint.startsWith(u"Next review due on"_s));
    CHECK(navigator.sectionIndex(0).data(CodeTreeModel::ReviewDueDateRole).toDate()
          == QDate(2026, 3, 17));

    // Thirty days after the review, both say it is due.
    const Judged later = judge(QDate(2026, 3, 18));
    CHECK(later.dashboardState == u"Stale");
    CHECK(later.dashboardDue);
    CHECK(later.badged);
    CHECK(later.badge == u"review due");
    CHECK(later.hint.startsWith(u"Review was due on"_s));
}

TEST_CASE("the navigator of the editor badges a section exactly when the dashboard of the same "
          "file finds it due",
          "[editor][review]")
{
    test::ViewFixture fixture(std::nullopt, true);
    storage::Database &db = *fixture.session.database();
    const auto tree = fixture.child<QTreeView>(u"navigatorTree"_s);
    // Ethics is reviewed every 365 days in the starter code, and nobody reviewed it yet.
    const QDate published
        = storage::VersionStore(db).inForce(fixture.codeId).value()->publishedAt.toUTC().date();
    for (const QDate &today :
         {published.addDays(364), published.addDays(365), published.addDays(400)}) {
        INFO(today.toString(Qt::ISODate).toStdString());
        fixture.view->setToday(today);
        const auto dashboard = storage::DashboardStore(db).compute(fixture.codeId, today);
        REQUIRE(dashboard.ok());
        const bool dashboardDue = dashboard->sections.first().isDue();
        const QModelIndex ethics = tree->model()->index(0, CodeTreeModel::MarkColumn);
        CHECK(ethics.siblingAtColumn(0).data(CodeTreeModel::DueForReviewRole).toBool()
              == dashboardDue);
        CHECK(ethics.data().toString() == (dashboardDue ? u"review due"_s : QString()));
    }
}
