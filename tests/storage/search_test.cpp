#include "storagefixture.h"

#include "storage/sqlitedialect.h"

using namespace tenet;
using namespace tenet::storage;
using namespace Qt::StringLiterals;

namespace {

QStringList clauseIds(const QList<SearchHit> &hits)
{
    QStringList ids;
    for (const SearchHit &hit : hits)
        ids.append(hit.clauseId);
    return ids;
}

} // namespace

TEST_CASE("search finds accented text when typed without accents", "[storage][search]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.publishedCode();

    const QList<SearchHit> spanish = store.search(codeId, QStringLiteral("codigo")).value();
    REQUIRE(spanish.size() == 1);
    CHECK(spanish.first().clauseId == u"ethics-1");
    CHECK(spanish.first().title == u"Código de conducta");

    // Lithuanian letters fold too (į, š, ū ...), and accented input finds the same.
    CHECK(clauseIds(store.search(codeId, QStringLiteral("isipareigojimu")).value())
          == QStringList {QStringLiteral("ethics-2")});
    CHECK(clauseIds(store.search(codeId, QStringLiteral("sąžiningai")).value())
          == QStringList {QStringLiteral("ethics-2")});
    CHECK(clauseIds(store.search(codeId, QStringLiteral("SAZININGAI")).value())
          == QStringList {QStringLiteral("ethics-2")});
}

TEST_CASE("search needs every word and takes the last as a prefix", "[storage][search]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.publishedCode();
    CHECK(clauseIds(store.search(codeId, QStringLiteral("informacion confid")).value())
          == QStringList {QStringLiteral("ethics-1")});
    CHECK(store.search(codeId, QStringLiteral("informacion inexistente")).value().isEmpty());
    CHECK(store.search(codeId, QStringLiteral("confid informacion")).value().isEmpty());
}

TEST_CASE("search never fails on quotes, operators or odd input", "[storage][search][sqlite]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.publishedCode();
    const QStringList odd = {
        QStringLiteral("\""),
        QStringLiteral("\"código"),
        QStringLiteral("código\""),
        QStringLiteral("AND"),
        QStringLiteral("OR NOT código"),
        QStringLiteral("title:código"),
        QStringLiteral("("),
        QStringLiteral("código)"),
        QStringLiteral("*"),
        QStringLiteral("NEAR(código conducta)"),
        QStringLiteral("-código"),
        QStringLiteral("^código"),
        QStringLiteral("código + -"),
        QStringLiteral("{title body}: x"),
        QStringLiteral("'; DROP TABLE version; --"),
        QStringLiteral(""),
        QStringLiteral("   "),
        QStringLiteral("🙂"),
        QStringLiteral("\\"),
    };
    for (const QString &text : odd) {
        INFO(text.toStdString());
        // The query the text becomes runs without a syntax error ...
        const QString match = SqliteDialect::matchExpression(text);
        if (!match.isEmpty()) {
            QSqlQuery query(fixture.db->connection());
            REQUIRE(query.prepare(QStringLiteral("SELECT count(*) FROM clause_fts "
                                                 "WHERE clause_fts MATCH ?")));
            query.addBindValue(match);
            CHECK(query.exec());
            CHECK(query.lastError().text().isEmpty());
        }
        const QList<SearchHit> hits = store.search(codeId, text).value();
        const bool namesCode = text.contains(QStringLiteral("código"));
        // ... and an odd spelling of a real word still finds the clause.
        if (namesCode && !text.contains(QStringLiteral("AND"))
            && !text.contains(QStringLiteral("NOT")) && !text.contains(QStringLiteral("NEAR"))
            && !text.contains(QStringLiteral("title:")))
            CHECK(clauseIds(hits).contains(QStringLiteral("ethics-1")));
    }
    CHECK(fixture.versions().versions(codeId).value().size() == 1);
    // The words of an operator are words like any other, not syntax.
    CHECK(store.search(codeId, QStringLiteral("código OR inexistente")).value().isEmpty());
}

TEST_CASE("search reports the clause's number and the versions that hold its text",
          "[storage][search]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    domain::VersionInfo first;
    const qint64 codeId = fixture.publishedCode(&first);
    auto second = store.startDraftFromInForce(codeId, fixture.author);
    REQUIRE(second);
    domain::CodeContent content = test::sampleContent();
    // A new clause above it moves "Código de conducta" from 1.1 to 1.2 in version 2.
    content.sections[0].clauses.prepend({QStringLiteral("ethics-0"),
                                         QStringLiteral("Respeto"),
                                         QStringLiteral("Tratamos a todos con respeto."),
                                         domain::Strength::Must,
                                         {}});
    content.sections[1].clauses[0].body = QStringLiteral("Hablamos con claridad y el código.");
    REQUIRE(store.saveDraft(second->id, content, second->revision, fixture.author));

    const QList<SearchHit> hits = store.search(codeId, QStringLiteral("código")).value();
    REQUIRE(hits.size() == 3);
    QMap<QString, SearchHit> byNumber;
    for (const SearchHit &hit : hits)
        byNumber.insert(hit.clauseNumber + u' ' + QString::number(hit.versionNumbers.first()), hit);
    REQUIRE(byNumber.contains(QStringLiteral("1.1 1")));
    REQUIRE(byNumber.contains(QStringLiteral("1.2 2")));
    REQUIRE(byNumber.contains(QStringLiteral("2.1 2")));
    CHECK(byNumber[QStringLiteral("1.1 1")].versionNumbers == QList<int> {1});
    CHECK(byNumber[QStringLiteral("1.2 2")].versionNumbers == QList<int> {2});
    CHECK(byNumber[QStringLiteral("2.1 2")].clauseId == u"communication-1");
    CHECK(byNumber[QStringLiteral("2.1 2")].section == domain::SectionKey::Communication);

    // A clause both versions share at the same place is one hit naming both.
    const QList<SearchHit> shared = store.search(codeId, QStringLiteral("saziningai")).value();
    REQUIRE(shared.size() == 2); // 1.2 in version 1, 1.3 in version 2
    const QList<SearchHit> kept = store.search(codeId, QStringLiteral("Propósito")).value();
    CHECK(kept.isEmpty()); // section purposes are not clauses

    const QList<SearchHit> unchanged
        = store.search(codeId, QStringLiteral("agente behaviour")).value();
    REQUIRE(unchanged.size() == 2);
    for (const SearchHit &hit : unchanged)
        CHECK(hit.versionNumbers == QList<int> {1, 2});
}

TEST_CASE("search can be limited to one version", "[storage][search]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    domain::VersionInfo first;
    const qint64 codeId = fixture.publishedCode(&first);
    auto second = store.startDraftFromInForce(codeId, fixture.author);
    REQUIRE(second);
    domain::CodeContent content = test::sampleContent();
    content.sections[0].clauses[0].title = QStringLiteral("Norma de conducta");
    content.sections[0].clauses[0].body = QStringLiteral("Sin la palabra buscada.");
    REQUIRE(store.saveDraft(second->id, content, second->revision, fixture.author));

    CHECK(store.search(codeId, QStringLiteral("codigo"), second->id).value().isEmpty());
    const QList<SearchHit> inFirst
        = store.search(codeId, QStringLiteral("codigo"), first.id).value();
    REQUIRE(inFirst.size() == 1);
    CHECK(inFirst.first().versionNumbers == QList<int> {1});
    CHECK(store.search(codeId + 1, QStringLiteral("codigo")).value().isEmpty());
}

TEST_CASE("the snippet marks the words that matched", "[storage][search]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.publishedCode();
    const QList<SearchHit> hits = store.search(codeId, QStringLiteral("informacion")).value();
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().snippet.contains(QStringLiteral("[información]")));
    CHECK(hits.first().clauseNumber == u"1.1");
}

TEST_CASE("search keeps a word made only of letters outside the Basic Multilingual Plane",
          "[storage][search]")
{
    // 𠀋𠀌 (CJK Extension B) and 𝐀𝐁𝐂 (mathematical bold) are letters of two UTF-16 units each.
    const QString cjk = QStringLiteral("𠀋𠀌");
    const QString maths = QStringLiteral("𝐀𝐁𝐂");
    CHECK(SqliteDialect::matchExpression(cjk) == u'"' + cjk + QStringLiteral("\" *"));
    CHECK(SqliteDialect::matchExpression(u"término "_s + maths)
          == u"\"término\" \""_s + maths + u"\" *"_s);

    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    domain::CodeContent content = test::sampleContent();
    content.sections[0].clauses[0].body = u"El término "_s + cjk + u" y la fórmula "_s + maths
        + u"."_s;
    REQUIRE(store.createDraft(codeId, content, fixture.author));

    CHECK(clauseIds(store.search(codeId, cjk).value()) == QStringList {QStringLiteral("ethics-1")});
    CHECK(clauseIds(store.search(codeId, maths).value())
          == QStringList {QStringLiteral("ethics-1")});
}
