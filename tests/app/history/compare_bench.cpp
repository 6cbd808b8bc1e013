// Times computing and showing the comparison of two versions of a 300-clause code that
// differ in about 20 places (12 reworded clauses, 3 added, 2 removed, 2 moved, a KPI), and
// prints the median of 20 runs of each step. Goal: under 100 ms from the two versions to
// the laid-out redline. Run by hand (QT_QPA_PLATFORM=offscreen); not part of ctest.

#include "app/history/comparisonmodel.h"
#include "app/history/historyview.h"
#include "app/session/session.h"
#include "domain/comparison.h"
#include "domain/staffmember.h"
#include "render/redlinehtml.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tenet;
using namespace tenet::domain;

namespace {

constexpr int runs = 20;

const QStringList words = {
    u"customer"_s, u"agent"_s,     u"call"_s,       u"answer"_s,  u"within"_s,   u"hours"_s,
    u"record"_s,   u"complaint"_s, u"supervisor"_s, u"must"_s,    u"always"_s,   u"the"_s,
    u"and"_s,      u"of"_s,        u"to"_s,         u"case"_s,    u"escalate"_s, u"confidential"_s,
    u"respect"_s,  u"clearly"_s,   u"follow-up"_s,  u"promise"_s, u"channel"_s,  u"email"_s,
};

QString prose(QRandomGenerator &random)
{
    const int length = 300 + int(random.bounded(301));
    QString text;
    while (text.size() < length) {
        if (!text.isEmpty())
            text += random.bounded(12) == 0 ? u". "_s : u" "_s;
        text += words[random.bounded(int(words.size()))];
    }
    return text + u'.';
}

CodeContent bigCode(QRandomGenerator &random)
{
    CodeContent content = CodeContent::withEmptySections();
    for (int i = 0; i < 300; ++i) {
        Section &section = content.sections[i % content.sections.size()];
        Clause clause;
        clause.id = u"%1-%2"_s.arg(sectionKeyName(section.key)).arg(i);
        clause.title = u"Clause %1"_s.arg(i);
        clause.body = prose(random);
        clause.strength = i % 3 ? Strength::Must : Strength::Should;
        section.clauses.append(clause);
    }
    for (Section &section : content.sections) {
        section.purpose = u"What section %1 is for."_s.arg(sectionKeyName(section.key));
        section.owner = u"M001"_s;
        section.reviewIntervalDays = 365;
    }
    content.section(SectionKey::Metrics)->kpis
        = {{u"asa"_s, u"Average speed of answer"_s, u"Seconds to answer"_s, u"s"_s,
            KpiDirection::AtMost, 20, 30, u"Alert the duty manager"_s}};
    return content;
}

CodeContent revised(CodeContent content, QRandomGenerator &random)
{
    // 12 clauses reworded in a few places.
    for (int i = 0; i < 12; ++i) {
        Section &section = content.sections[i % 7];
        Clause &clause = section.clauses[3 + i];
        QStringList parts = clause.body.split(u' ');
        for (int k = 0; k < 3; ++k)
            parts[int(random.bounded(int(parts.size())))] = u"revised"_s;
        clause.body = parts.join(u' ');
    }
    for (int i = 0; i < 3; ++i) {
        Clause added;
        added.id = u"new-%1"_s.arg(i);
        added.title = u"New clause %1"_s.arg(i);
        added.body = prose(random);
        content.sections[i].clauses.insert(5, added);
    }
    content.sections[3].clauses.removeAt(20);
    content.sections[4].clauses.removeAt(20);
    content.sections[5].clauses.move(30, 2);
    content.sections[1].clauses.append(content.sections[2].clauses.takeAt(10));
    content.section(SectionKey::Metrics)->kpis[0].target = 15;
    return content;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return (values[values.size() / 2] + values[(values.size() - 1) / 2]) / 2;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char *what, const std::vector<double> &samples)
{
    std::printf("  %-58s median %7.2f ms   max %7.2f ms\n", what, median(samples),
                *std::max_element(samples.begin(), samples.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QRandomGenerator random(20240501);

    Version before;
    before.info.number = 1;
    before.info.state = VersionState::Published;
    before.content = bigCode(random);
    Version after;
    after.info.number = 2;
    after.info.state = VersionState::Draft;
    after.content = revised(before.content, random);

    const Comparison probe = compareContent(before.content, after.content);
    std::printf("Comparison of two versions of a %d-clause code: %d added, %d removed, %d changed, "
                "%d moved, %d table row(s) (median of %d runs)\n",
                before.content.clauseCount(), probe.added, probe.removed, probe.changed,
                probe.moved, probe.itemChanges, runs);

    QTextBrowser browser;
    browser.resize(760, 700);
    browser.show();
    app::ComparisonModel model;
    QTreeView tree;
    tree.setModel(&model);
    tree.resize(440, 700);
    tree.show();

    std::vector<double> compareTimes, renderTimes, showTimes, listTimes, totals;
    for (int run = 0; run < runs; ++run) {
        Comparison comparison;
        QString html;
        const double total = timeMs([&] {
            compareTimes.push_back(
                timeMs([&] { comparison = compareContent(before.content, after.content); }));
            renderTimes.push_back(
                timeMs([&] { html = render::redlineHtml(comparison, before, after); }));
            showTimes.push_back(timeMs([&] {
                browser.setHtml(html);
                // Qt lays a document out lazily; asking for its size finishes the layout.
                browser.document()->documentLayout()->documentSize();
            }));
            listTimes.push_back(timeMs([&] {
                model.setComparison(comparison, before.content, after.content);
                tree.expandAll();
            }));
        });
        totals.push_back(total);
        browser.clear();
        model.clear();
    }
    report("compareContent", compareTimes);
    report("redline HTML", renderTimes);
    report("QTextBrowser::setHtml + layout", showTimes);
    report("list of changes (model + expandAll)", listTimes);
    report("total: versions in memory -> redline and list shown", totals);

    // End to end through the view: both versions read from SQLite (nothing cached), compared
    // and shown.
    QTemporaryDir dir;
    auto opened
        = storage::Database::open(dir.filePath(u"bench.db"_s), storage::OpenMode::CreateIfMissing);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    storage::Database &db = **opened;
    const Actor setup {u"os:bench"_s, std::nullopt};
    storage::StaffStore staff(db);
    for (const auto &[no, role] :
         {std::pair {u"S001"_s, Role::Supervisor}, std::pair {u"M001"_s, Role::Manager},
          std::pair {u"M002"_s, Role::Manager}}) {
        StaffMember member;
        member.employeeNo = no;
        member.fullName = no;
        member.role = role;
        if (!staff.add(member, {}, setup))
            return 1;
    }
    storage::VersionStore store(db);
    Code code;
    code.title = u"Benchmark code"_s;
    auto created = store.createCode(code, setup);
    const Actor supervisor {u"S001"_s, Role::Supervisor};
    const Actor manager {u"M001"_s, Role::Manager};
    auto first = store.createDraft(created->id, before.content, supervisor);
    if (!first || !store.submit(first->id, supervisor) || !store.approve(first->id, manager)
        || !store.publish(first->id, manager, true, u"First"_s)) {
        std::fprintf(stderr, "could not publish the first version\n");
        return 1;
    }
    auto second = store.createDraft(created->id, after.content, supervisor);
    if (!second) {
        std::fprintf(stderr, "%s\n", qPrintable(second.error().toString()));
        return 1;
    }
    app::Session session;
    session.setDatabase(std::move(opened).value());
    std::vector<double> coldTimes, warmTimes;
    for (int run = 0; run < runs; ++run) {
        app::HistoryView view(session);
        view.resize(1280, 820);
        view.show();
        coldTimes.push_back(timeMs([&] { view.compare(first->id, second->id); }));
        warmTimes.push_back(timeMs([&] { view.compare(first->id, second->id); }));
    }
    report("HistoryView::compare, versions read from SQLite", coldTimes);
    report("HistoryView::compare again (versions cached)", warmTimes);
    return 0;
}
