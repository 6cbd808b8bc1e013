#include "ctlrunner.h"
#include "forger.h"

#include "support/pdftext.h"
#include "support/rawconnection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

using namespace tenet::test;

namespace {

void run(const QString &db, const QStringList &arguments)
{
    const CtlResult r = tenetctl(db, arguments);
    INFO(r);
    REQUIRE(r.exitCode == 0);
}

// The Spanish fixture imported by S001 and taken through review to publication as
// version 1.
void publishSpanishCode(const QString &db)
{
    createOrganisation(db);
    run(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s});
    run(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    run(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    run(db,
        {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s,
         u"Primera edición"_s});
}

// The fixture with its first clause reworded and the last clause of the first section
// gone, as a new file.
QString secondEdition(const TempDir &dir)
{
    QJsonObject code = QJsonDocument::fromJson(readFile(fixture(u"code-es.json"_s))).object();
    QJsonArray sections = code[u"sections"_s].toArray();
    QJsonObject first = sections.at(0).toObject();
    QJsonArray clauses = first[u"clauses"_s].toArray();
    QJsonObject clause = clauses.at(0).toObject();
    clause[u"body"_s] = u"Decimos siempre la verdad, también cuando duele."_s;
    clauses[0] = clause;
    clauses.removeLast();
    first[u"clauses"_s] = clauses;
    sections[0] = first;
    code[u"sections"_s] = sections;
    const QString path = dir.file(u"second.json"_s);
    writeFile(path, QJsonDocument(code).toJson());
    return path;
}

} // namespace

TEST_CASE("export-pdf writes the handbook of the version in force with its contents in --json",
          "[cli][export]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    publishSpanishCode(db);
    const QString pdf = dir.file(u"handbook.pdf"_s);
    const CtlResult r = tenetctl(db, {u"export-pdf"_s, u"-o"_s, pdf, u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonObject json = r.json().object();
    CHECK(json[u"version"_s].toInt() == 1);
    CHECK(json[u"status"_s].toString() == u"published"_s);
    CHECK(json[u"paper"_s].toString() == u"a4"_s);

    const auto info = pdfInfo(pdf);
    const int pages = json[u"pages"_s].toInt();
    CHECK(info.value(u"Pages"_s).toInt() == pages);
    CHECK(info.value(u"Title"_s) == u"Código de buenas prácticas de atención al cliente"_s);
    CHECK(info.value(u"Author"_s) == u"Acme Support"_s);
    CHECK(info.value(u"Creator"_s).startsWith(u"Tenet "_s));
    CHECK(info.value(u"Page size"_s).contains(u"(A4)"_s));

    const QJsonArray contents = json[u"contents"_s].toArray();
    REQUIRE(contents.size() == 8); // seven sections and the signature page: nothing to compare with
    const QString contentsPage = pdfText(pdf, 2);
    for (const QJsonValue &value : contents) {
        const QJsonObject entry = value.toObject();
        const QString title = entry[u"title"_s].toString();
        const int page = entry[u"page"_s].toInt();
        INFO(title.toStdString() << " on page " << page);
        CHECK(simplified(contentsPage).contains(title + u' ' + QString::number(page)));
        CHECK(simplified(pdfText(pdf, page)).contains(title));
        CHECK(simplified(pdfText(pdf, page)).contains(u"página %1 de %2"_s.arg(page).arg(pages)));
    }
    // The cover names who approved the version, as people know them.
    CHECK(simplified(pdfText(pdf, 1)).contains(u"Aprobada por Marta Ruiz (M001)"_s));
    CHECK_FALSE(pdfText(pdf, 0, TextMode::Raw).contains(u"DRAFT"_s));
}

TEST_CASE("export-pdf of a draft is marked DRAFT and tells what changed since the version in force",
          "[cli][export]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    publishSpanishCode(db);
    run(db, {u"import-code"_s, secondEdition(dir), u"--as"_s, u"S001"_s});
    const QString pdf = dir.file(u"draft.pdf"_s);
    const CtlResult r
        = tenetctl(db, {u"export-pdf"_s, u"--draft"_s, u"--paper"_s, u"letter"_s, u"-o"_s, pdf});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"version 2 (draft"_s));
    CHECK(pdfInfo(pdf).value(u"Page size"_s).contains(u"(letter)"_s));
    const int pages = pdfInfo(pdf).value(u"Pages"_s).toInt();
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        // The Spanish code's handbook: its watermark is in Spanish.
        CHECK(
            pdfText(pdf, page, TextMode::Raw).simplified().remove(u' ').startsWith(u"BORRADOR"_s));
    }
    const QString text = simplified(pdfText(pdf, 0, TextMode::Raw));
    CHECK(text.contains(u"Cambios en esta versión"_s));
    CHECK(text.contains(u"se compara con la versión 1"_s));
    CHECK(text.contains(u"1.1 Honestidad — modificada (el texto)"_s));
    CHECK(text.contains(u"Regalos e invitaciones — suprimida"_s));
    CHECK(text.contains(u"también cuando duele."_s));
}

TEST_CASE("export-pdf refuses a missing output file and an unknown paper size", "[cli][export]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    publishSpanishCode(db);
    CtlResult r = tenetctl(db, {u"export-pdf"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"-o FILE.pdf"_s));
    r = tenetctl(db, {u"export-pdf"_s, u"--paper"_s, u"a3"_s, u"-o"_s, dir.file(u"x.pdf"_s)});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--paper takes a4 or letter, not \"a3\""_s));
    r = tenetctl(db, {u"export-pdf"_s, u"--draft"_s, u"-o"_s, dir.file(u"x.pdf"_s)});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"no version is open as a draft"_s));
    CHECK_FALSE(QFile::exists(dir.file(u"x.pdf"_s)));
}

TEST_CASE("exports without a version in force say how to export the draft", "[cli][export]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    run(db, {u"import-code"_s, fixture(u"code-lt.json"_s)});
    for (const QString &command : {u"export-pdf"_s, u"export-html"_s, u"export-md"_s}) {
        const CtlResult r = tenetctl(db, {command, u"-o"_s, dir.file(u"out"_s)});
        INFO(r);
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains(u"export the draft with --draft"_s));
    }
    const CtlResult md = tenetctl(db, {u"export-md"_s, u"--draft"_s});
    INFO(md);
    REQUIRE(md.exitCode == 0);
    // After the comment that says clause texts are passed through as written.
    CHECK(
        md.out.section(u"-->\n\n"_s, 1).startsWith(u"# Klientų aptarnavimo elgesio kodeksas\n"_s));
}

TEST_CASE("export-html writes one self-contained file holding every clause", "[cli][export]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    publishSpanishCode(db);
    const QString path = dir.file(u"code.html"_s);
    const CtlResult r = tenetctl(db, {u"export-html"_s, u"--version"_s, u"1"_s, u"-o"_s, path});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Wrote version 1 (published)"_s));
    const QString html = QString::fromUtf8(readFile(path));
    const QJsonObject code = QJsonDocument::fromJson(readFile(fixture(u"code-es.json"_s))).object();
    int clauses = 0;
    for (const QJsonValue &section : code[u"sections"_s].toArray()) {
        CHECK(html.contains(section[u"title"_s].toString().toHtmlEscaped()));
        for (const QJsonValue &clause : section[u"clauses"_s].toArray()) {
            ++clauses;
            CHECK(html.contains(u"id=\"clause-"_s + clause[u"id"_s].toString() + u'"'));
            CHECK(html.contains(clause[u"title"_s].toString().toHtmlEscaped()));
        }
    }
    CHECK(html.count(u"<article "_s) == clauses);
    CHECK(html.contains(u"@media print"_s));
    CHECK_FALSE(html.contains(u"<link"_s));
    CHECK_FALSE(html.contains(u"<script"_s));
}

TEST_CASE("export-md prints one heading per section and clause", "[cli][export]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    publishSpanishCode(db);
    const CtlResult r = tenetctl(db, {u"export-md"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    static const QRegularExpression sectionHeading(u"^## \\d "_s,
                                                   QRegularExpression::MultilineOption);
    static const QRegularExpression clauseHeading(u"^### \\d\\.\\d+ .* \\((DEBE|DEBERÍA)\\)$"_s,
                                                  QRegularExpression::MultilineOption);
    CHECK(r.out.count(sectionHeading) == 7);
    CHECK(r.out.count(clauseHeading) == 10);

    const QString path = dir.file(u"code.md"_s);
    const CtlResult written = tenetctl(db, {u"export-md"_s, u"-o"_s, path, u"--json"_s});
    REQUIRE(written.exitCode == 0);
    CHECK(written.json().object()[u"format"_s].toString() == u"markdown"_s);
    CHECK(QString::fromUtf8(readFile(path)) == r.out);
}

TEST_CASE("export-pdf --as-published gives back the handbook stored at publication byte for "
          "byte",
          "[cli][export][handbook]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    publishSpanishCode(db);
    const QString first = dir.file(u"first.pdf"_s);
    const QString second = dir.file(u"second.pdf"_s);
    CtlResult r = tenetctl(db,
                           {u"export-pdf"_s, u"--version"_s, u"1"_s, u"--as-published"_s, u"-o"_s,
                            first, u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QString sha256 = r.json()[u"sha256"_s].toString();
    r = tenetctl(db, {u"export-pdf"_s, u"--as-published"_s, u"-o"_s, second});
    REQUIRE(r.exitCode == 0);

    const QByteArray bytes = readFile(first);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes == readFile(second));
    CHECK(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())
          == sha256);
    // The handbook people sign: published, so not marked DRAFT, and the published version's.
    const QString text = simplified(pdfText(first));
    CHECK_FALSE(text.contains(u"DRAFT"_s));
    CHECK(text.contains(u"Versión 1 · Publicada"_s));

    // A rendering made later is a different file (a new creation time, maybe a new
    // layout); the stored one does not change.
    const QString again = dir.file(u"again.pdf"_s);
    run(db, {u"export-pdf"_s, u"--version"_s, u"1"_s, u"-o"_s, again});
    run(db, {u"export-pdf"_s, u"--version"_s, u"1"_s, u"--as-published"_s, u"-o"_s, second});
    CHECK(readFile(second) == bytes);
}

TEST_CASE("verify finds a stored handbook that was tampered with", "[cli][export][handbook]")
{
    TestDatabase database;
    const QString db = database.where();
    publishSpanishCode(db);
    run(db, {u"verify"_s});
    forge(db, {u"UPDATE published_handbook SET pdf = pdf || %1"_s.arg(blobLiteral(u"20"_s))});
    const CtlResult r = tenetctl(db, {u"verify"_s});
    INFO(r);
    CHECK(r.exitCode == 4);
    CHECK((r.out + r.err).contains(u"the handbook stored at the publication of version 1"_s));
}

TEST_CASE("export-pdf --as-published says so when no handbook was stored",
          "[cli][export][handbook]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    run(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s});
    CtlResult r = tenetctl(
        db, {u"export-pdf"_s, u"--draft"_s, u"--as-published"_s, u"-o"_s, dir.file(u"x.pdf"_s)});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--as-published and --draft"_s));

    // A version published without a handbook (as before Tenet kept them).
    const QString old = database.another(u"other.db"_s);
    publishSpanishCode(old);
    forge(old, {u"DELETE FROM published_handbook"_s});
    r = tenetctl(old, {u"export-pdf"_s, u"--as-published"_s, u"-o"_s, dir.file(u"y.pdf"_s)});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"version 1: no handbook was stored when it was published"_s));
    CHECK_FALSE(QFile::exists(dir.file(u"y.pdf"_s)));
}
