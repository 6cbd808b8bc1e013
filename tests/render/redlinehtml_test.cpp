#include "render/redlinehtml.h"

#include "support/tempdir.h"

#include "domain/comparison.h"

#include <QTextBlock>
#include <QTextDocument>

using namespace tenet;
using namespace tenet::render;
using namespace tenet::domain;

namespace {

Clause clause(const QString &id, const QString &title, const QString &body)
{
    Clause c;
    c.id = id;
    c.title = title;
    c.body = body;
    return c;
}

Version version(int number, VersionState state, const CodeContent &content)
{
    Version v;
    v.info.id = number;
    v.info.number = number;
    v.info.state = state;
    v.content = content;
    return v;
}

// The runs of the document's text whose format satisfies the predicate, joined by "|".
template<typename Predicate> QString runsWhere(const QTextDocument &document, Predicate predicate)
{
    QStringList runs;
    for (QTextBlock block = document.begin(); block != document.end(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (predicate(it.fragment().charFormat()))
                runs << it.fragment().text();
        }
    }
    return runs.join(u'|');
}

struct Pair
{
    Version before;
    Version after;
    Comparison comparison;
};

Pair ethicsPair(QList<Clause> before, QList<Clause> after)
{
    CodeContent a = CodeContent::withEmptySections();
    CodeContent b = CodeContent::withEmptySections();
    a.section(SectionKey::Ethics)->clauses = std::move(before);
    b.section(SectionKey::Ethics)->clauses = std::move(after);
    Pair pair {version(1, VersionState::Published, a), version(2, VersionState::Draft, b), {}};
    pair.comparison = compareContent(a, b);
    return pair;
}

} // namespace

TEST_CASE("the redline marks inserted words underlined and deleted words struck through",
          "[render][redline]")
{
    const Pair pair = ethicsPair({clause(u"a"_s, u"Honesty"_s, u"Tell customers the truth."_s)},
                                 {clause(u"a"_s, u"Honesty"_s, u"Tell customers the facts."_s)});
    const QString html = redlineHtml(pair.comparison, pair.before, pair.after);
    CHECK(html.contains(u"<del title=\"Deleted\">truth</del>"_s));
    CHECK(html.contains(u"<ins title=\"Inserted\">facts</ins>"_s));

    QTextDocument document;
    document.setHtml(html);
    const QString struck
        = runsWhere(document, [](const QTextCharFormat &f) { return f.fontStrikeOut(); });
    const QString underlined = runsWhere(
        document, [](const QTextCharFormat &f) { return f.fontUnderline() && !f.isAnchor(); });
    // The legend's two samples come first, then the change itself.
    CHECK(struck == u"deleted text|truth"_s);
    CHECK(underlined == u"inserted text|facts"_s);
    // Colour is a second signal, and the tooltip a third.
    const QString green = runsWhere(document, [](const QTextCharFormat &f) {
        return f.foreground().color() == QColor(0x0b, 0x5d, 0x1e) && f.toolTip() == u"Inserted"_s;
    });
    CHECK(green == underlined);
}

TEST_CASE("the redline escapes every piece of user text", "[render][redline]")
{
    const Pair pair = ethicsPair(
        {}, {clause(u"x"_s, u"<b>Bold</b> & \"quoted\""_s, u"<script>alert(1)</script>"_s)});
    const QString html = redlineHtml(pair.comparison, pair.before, pair.after);
    CHECK_FALSE(html.contains(u"<b>Bold"_s));
    CHECK_FALSE(html.contains(u"<script>"_s));
    CHECK(html.contains(u"&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;"_s));
    CHECK(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));

    QTextDocument document;
    document.setHtml(html);
    CHECK(document.toPlainText().contains(u"<b>Bold</b> & \"quoted\""_s));
}

TEST_CASE("the redline shows added clauses whole as insertions and removed ones as deletions",
          "[render][redline]")
{
    const Pair pair = ethicsPair(
        {clause(u"keep"_s, u"Kept"_s, u"Same."_s), clause(u"old"_s, u"Old rule"_s, u"Gone now."_s)},
        {clause(u"keep"_s, u"Kept"_s, u"Same."_s),
         clause(u"new"_s, u"New rule"_s, u"Brand new."_s)});
    const QString html = redlineHtml(pair.comparison, pair.before, pair.after);
    CHECK(html.contains(u"<ins title=\"Inserted\">New rule</ins>"_s));
    CHECK(html.contains(u"<ins title=\"Inserted\">Brand new.</ins>"_s));
    CHECK(html.contains(u"<del title=\"Deleted\">Old rule</del>"_s));
    CHECK(html.contains(u"<del title=\"Deleted\">Gone now.</del>"_s));
    CHECK(html.contains(u"ADDED"_s));
    CHECK(html.contains(u"REMOVED"_s));
    // An unchanged clause is not repeated.
    CHECK_FALSE(html.contains(u"Kept"_s));
}

TEST_CASE("the redline labels a moved clause with the number it had before", "[render][redline]")
{
    const Pair pair
        = ethicsPair({clause(u"a"_s, u"First"_s, u"A."_s), clause(u"b"_s, u"Second"_s, u"B."_s),
                      clause(u"c"_s, u"Third"_s, u"C."_s)},
                     {clause(u"c"_s, u"Third"_s, u"C."_s), clause(u"a"_s, u"First"_s, u"A."_s),
                      clause(u"b"_s, u"Second"_s, u"B."_s)});
    const QString html = redlineHtml(pair.comparison, pair.before, pair.after);
    CHECK(html.contains(u"MOVED FROM 1.3"_s));
    CHECK(html.contains(u"moved from 1.3 to 1.1"_s));
    CHECK_FALSE(html.contains(u"First"_s)); // shifted, not moved
}

TEST_CASE("the redline compares a changed KPI field by field with the changed fields in bold",
          "[render][redline]")
{
    CodeContent a = CodeContent::withEmptySections();
    a.section(SectionKey::Metrics)->kpis
        = {{u"asa"_s, u"Average speed of answer"_s, u"Seconds to answer"_s, u"s"_s,
            KpiDirection::AtMost, 20, 30, u"Call the duty manager"_s}};
    CodeContent b = a;
    b.section(SectionKey::Metrics)->kpis[0].target = 15;
    const Version before = version(1, VersionState::Published, a);
    const Version after = version(2, VersionState::Draft, b);
    const Comparison comparison = compareContent(a, b);

    const QString html = redlineHtml(comparison, before, after);
    CHECK(html.contains(u"Indicator asa"_s));
    CHECK(html.contains(u"<tr class=\"changed\"><td class=\"field\"><b>Target</b></td>"
                        "<td><b><del title=\"Deleted\">20</del></b></td>"
                        "<td><b><ins title=\"Inserted\">15</ins></b></td></tr>"_s));
    CHECK(html.contains(u"<td class=\"field\">Alert threshold</td><td>30</td><td>30</td>"_s));
    // Long fields that did not change are left out.
    CHECK_FALSE(html.contains(u"Call the duty manager"_s));
}

TEST_CASE("the redline names a KPI's direction in words, never by its key", "[render][redline]")
{
    CodeContent a = CodeContent::withEmptySections();
    a.section(SectionKey::Metrics)->kpis
        = {{u"asa"_s, u"Average speed of answer"_s, u"Seconds to answer"_s, u"s"_s,
            KpiDirection::AtMost, 20, 30, u"Call the duty manager"_s}};
    CodeContent b = a;
    b.section(SectionKey::Metrics)->kpis[0].direction = KpiDirection::AtLeast;
    b.section(SectionKey::Metrics)->kpis[0].alert = 10;
    const QString html = redlineHtml(compareContent(a, b), version(1, VersionState::Published, a),
                                     version(2, VersionState::Draft, b));
    CHECK(html.contains(u"<del title=\"Deleted\">at most</del>"_s));
    CHECK(html.contains(u"<ins title=\"Inserted\">at least</ins>"_s));
    CHECK_FALSE(html.contains(u"at_most"_s));
    CHECK_FALSE(html.contains(u"at_least"_s));
}

TEST_CASE("the redline compares the words a reader sees, so no Markdown marker shows",
          "[render][redline]")
{
    const Pair pair = ethicsPair({clause(u"a"_s, u"Courtesy"_s, u"Be **polite**."_s)},
                                 {clause(u"a"_s, u"Courtesy"_s, u"Be **courteous**."_s)});
    const QString html = redlineHtml(pair.comparison, pair.before, pair.after);
    CHECK(html.contains(u"<del title=\"Deleted\">polite</del>"_s));
    CHECK(html.contains(u"<ins title=\"Inserted\">courteous</ins>"_s));
    CHECK(html.contains(u"changed: the text"_s));
    CHECK_FALSE(html.contains(u"**"_s));
}

TEST_CASE("the redline starts with the versions, the summary and a legend", "[render][redline]")
{
    const Pair pair = ethicsPair({clause(u"a"_s, u"Honesty"_s, u"Old."_s)},
                                 {clause(u"a"_s, u"Honesty"_s, u"New."_s)});
    QTextDocument document;
    document.setHtml(redlineHtml(pair.comparison, pair.before, pair.after));
    const QString text = document.toPlainText();
    CHECK(text.startsWith(u"Changes from version 1 to version 2"_s));
    CHECK(text.contains(u"0 added, 0 removed, 1 changed, 0 moved"_s));
    CHECK(text.contains(
        u"inserted text is underlined and green; deleted text is struck through and red"_s));

    const Pair same = ethicsPair({clause(u"a"_s, u"Honesty"_s, u"Old."_s)},
                                 {clause(u"a"_s, u"Honesty"_s, u"Old."_s)});
    document.setHtml(redlineHtml(same.comparison, same.before, same.after));
    CHECK(document.toPlainText().contains(u"The two versions have the same content"_s));
}
