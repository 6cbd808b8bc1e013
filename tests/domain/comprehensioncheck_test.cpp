#include "domain/comprehensioncheck.h"
#include "domain/contentrules.h"
#include "support/tempdir.h"

#include <QRandomGenerator>
#include <QSet>

using namespace tenet::domain;

namespace {

CheckQuestion question(const QString &id, int right, int choices = 3)
{
    CheckQuestion q {id, u"Question %1?"_s.arg(id), {}};
    for (int i = 0; i < choices; ++i)
        q.choices << CheckChoice {u"choice %1"_s.arg(i), i == right};
    return q;
}

ComprehensionCheck threeQuestions(double passMark)
{
    return {passMark, {question(u"q1"_s, 0), question(u"q2"_s, 2), question(u"q3"_s, 1)}};
}

QStringList wheres(const QList<Error> &errors)
{
    QStringList list;
    for (const Error &e : errors)
        list << e.where;
    return list;
}

} // namespace

TEST_CASE("a check is scored by question id, whatever order the questions were asked in",
          "[domain][comprehension]")
{
    const ComprehensionCheck check = threeQuestions(80);
    const CheckScore all = scoreCheck(check, {{u"q3"_s, 1}, {u"q1"_s, 0}, {u"q2"_s, 2}});
    CHECK(all.correct == 3);
    CHECK(all.total == 3);
    CHECK(all.percent == 100);
    CHECK(all.passed);

    const CheckScore two = scoreCheck(check, {{u"q1"_s, 0}, {u"q2"_s, 2}, {u"q3"_s, 0}});
    CHECK(two.correct == 2);
    CHECK(two.percent == 66.7);
    CHECK_FALSE(two.passed);
}

TEST_CASE("the pass mark is reached exactly, and unanswered or unknown answers are wrong",
          "[domain][comprehension]")
{
    // 2 of 3 is 66.666...%: a pass mark written as 66.67 is not quite reached, 66.6 is.
    const QHash<QString, int> twoRight {{u"q1"_s, 0}, {u"q2"_s, 2}};
    CHECK_FALSE(scoreCheck(threeQuestions(66.67), twoRight).passed);
    CHECK(scoreCheck(threeQuestions(66.6), twoRight).passed);

    ComprehensionCheck half {50, {question(u"a"_s, 1), question(u"b"_s, 1)}};
    CHECK(scoreCheck(half, {{u"a"_s, 1}}).passed); // exactly 50 %
    CHECK_FALSE(scoreCheck(half, {{u"a"_s, 7}, {u"b"_s, -1}}).passed);
    CHECK(scoreCheck(half, {{u"a"_s, 7}, {u"b"_s, -1}}).correct == 0);
    CHECK_FALSE(scoreCheck(ComprehensionCheck {}, {}).passed);
}

TEST_CASE("questions are asked in a shuffled order that still asks each once",
          "[domain][comprehension]")
{
    QRandomGenerator random(42);
    QSet<QList<int>> orders;
    for (int i = 0; i < 20; ++i) {
        QList<int> order = shuffledOrder(5, random);
        QList<int> sorted = order;
        std::sort(sorted.begin(), sorted.end());
        CHECK(sorted == QList<int> {0, 1, 2, 3, 4});
        orders.insert(order);
    }
    CHECK(orders.size() > 10); // 120 possible orders: twenty draws are not all alike
    CHECK(shuffledOrder(0, random).isEmpty());
}

TEST_CASE("a check must have one right choice per question, distinct ids and a sane pass mark",
          "[domain][comprehension][rules]")
{
    CodeContent content = CodeContent::withEmptySections();
    content.check = threeQuestions(80);
    CHECK(checkContentRules(content).isEmpty());

    content.check.passMark = 0;
    content.check.questions[1].choices[0].correct = true; // two right choices
    content.check.questions[2].id = u"q1"_s;
    content.check.questions[0].choices = {CheckChoice {u"only"_s, true}};
    const QStringList found = wheres(checkContentRules(content));
    CHECK(found.contains(u"/comprehension_check/pass_mark"_s));
    CHECK(found.contains(u"/comprehension_check/questions/1/choices"_s));
    CHECK(found.contains(u"/comprehension_check/questions/2/id"_s));
    CHECK(found.contains(u"/comprehension_check/questions/0/choices"_s));
}
