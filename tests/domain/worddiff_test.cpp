#include "domain/worddiff.h"
#include "support/tempdir.h"

using namespace tenet::domain;
using Op = DiffSegment::Op;

namespace {

QString join(const QList<DiffSegment> &segments, bool keepDeleted, bool keepInserted)
{
    QString text;
    for (const DiffSegment &s : segments) {
        if (s.op == Op::Equal || (s.op == Op::Delete && keepDeleted)
            || (s.op == Op::Insert && keepInserted))
            text += s.text;
    }
    return text;
}

} // namespace

TEST_CASE("a replaced word shows as a deletion followed by an insertion", "[domain][diff]")
{
    const auto segments = wordDiff(u"Answer within 20 seconds."_s, u"Answer within 30 seconds."_s);
    REQUIRE(segments.size() == 4);
    CHECK(segments.at(0) == DiffSegment{Op::Equal, u"Answer within "_s});
    CHECK(segments.at(1) == DiffSegment{Op::Delete, u"20"_s});
    CHECK(segments.at(2) == DiffSegment{Op::Insert, u"30"_s});
    CHECK(segments.at(3) == DiffSegment{Op::Equal, u" seconds."_s});
}

TEST_CASE("both sides of a word diff can be rebuilt from it", "[domain][diff]")
{
    const QString before = u"Agents must log every complaint, and reply within two days."_s;
    const QString after = u"Agents should log each complaint and reply within one working day!"_s;
    const auto segments = wordDiff(before, after);
    CHECK(join(segments, true, false) == before);
    CHECK(join(segments, false, true) == after);
}

TEST_CASE("accented words are compared as whole words", "[domain][diff]")
{
    const auto segments = wordDiff(u"Atención al cliente según el código"_s,
                                   u"Atención al cliente pagal kodeksą"_s);
    QStringList deleted;
    for (const DiffSegment &s : segments) {
        if (s.op == Op::Delete)
            deleted << s.text;
    }
    CHECK(deleted == QStringList{u"según el código"_s});
    CHECK(diffTokens(u"código, ąžuolas"_s) == QList<QString>{u"código"_s, u","_s, u" "_s, u"ąžuolas"_s});
}

TEST_CASE("identical texts give one equal run, and empty texts none", "[domain][diff]")
{
    CHECK(wordDiff(u"same text"_s, u"same text"_s)
          == QList<DiffSegment>{{Op::Equal, u"same text"_s}});
    CHECK(wordDiff(QString(), QString()).isEmpty());
    CHECK(wordDiff(QString(), u"new"_s) == QList<DiffSegment>{{Op::Insert, u"new"_s}});
}
