#include "ctlrunner.h"
#include "forger.h"

#include "exchange/csvtable.h"
#include "support/pdftext.h"

#include <QMap>

using namespace tenet::test;

namespace {

void ok(const QString &db, const QStringList &arguments)
{
    const CtlResult r = tenetctl(db, arguments);
    INFO(r);
    REQUIRE(r.exitCode == 0);
}

// The fixture code's audience is agents and supervisors of two teams: A001, A002 and S001
// answer the phone, A003 chats, A004 has left. Version 1 of code-es.json is in force, and
// A002 has signed it.
QString reportDatabase(const TestDatabase &database)
{
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QString roster = dir.file(u"roster.csv"_s);
    writeFile(
        roster,
        "employee_no,full_name,email,role,team,site,language,start_date,active\n"
        "A001,Lina Kazlauskienė,,agent,Atención telefónica,Vilnius,lt,2024-01-08,true\n"
        "A002,José Núñez,,agent,Atención telefónica,Madrid,es,2024-01-08,true\n"
        "A003,Rūta Jonaitė,,agent,Chat y redes sociales,Vilnius,lt,2024-01-08,true\n"
        "A004,Pablo Ortiz,,agent,Chat y redes sociales,Madrid,es,2024-01-08,false\n"
        "S001,Jonas Petraitis,,supervisor,Atención telefónica,Vilnius,lt,2020-01-01,true\n");
    ok(db, {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, roster});
    ok(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s});
    ok(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    ok(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    ok(db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s, u"v1"_s});
    ok(db,
       {u"ack"_s, u"--as"_s, u"M001"_s, u"--paper-record"_s, u"Signed on paper"_s, u"--staff"_s,
        u"A002"_s, u"--version"_s, u"1"_s, u"--name"_s, u"José Núñez"_s});
    return db;
}

// The hash of the ledger's last row, in lower-case hex as the report prints it.
QString lastLedgerHash(const QString &db)
{
    const QString hex = TestDatabase::onServer() ? u"encode(hash, 'hex')"_s : u"lower(hex(hash))"_s;
    const QStringList hashes
        = rawColumn(db, u"SELECT %1 FROM acknowledgement ORDER BY seq DESC LIMIT 1"_s.arg(hex));
    REQUIRE(hashes.size() == 1);
    return hashes.first();
}

// The rows of the report's table: those after it, whose first cell begins with '#', are the
// seal's block.
QList<QStringList> tableRows(const tenet::exchange::CsvTable &table)
{
    QList<QStringList> rows;
    for (const auto &record : table.records) {
        if (!record.fields.first().startsWith(u'#'))
            rows << record.fields;
    }
    return rows;
}

// The seal as the CSV prints it: the second cells of the seal's rows, one line each, as a
// spreadsheet user copies them into a text file.
QByteArray sealFromCsv(const QByteArray &csv)
{
    QByteArray seal;
    for (const QByteArray &line : csv.split('\n')) {
        const QByteArray row = line.trimmed();
        if (row.startsWith("#,") || row.startsWith("#;"))
            seal += row.mid(2) + '\n';
    }
    return seal;
}

// The seal as the PDF prints it, read back from its last page.
QByteArray sealFromPdf(const QString &pdf)
{
    const int pages = pdfInfo(pdf).value(u"Pages"_s).toInt();
    const QStringList lines = pdfText(pdf, pages).split(u'\n');
    QByteArray seal;
    bool inSeal = false;
    for (const QString &line : lines) {
        inSeal = inSeal || line == u"tenet-seal 1"_s;
        if (inSeal)
            seal += line.toUtf8() + '\n';
        if (inSeal && line.startsWith(u"sha256 "_s))
            break;
    }
    return seal;
}

// Whether the database continues the seal in `text`, by tenetctl verify --seal.
CtlResult verifySeal(const TempDir &dir, const QString &db, const QByteArray &text)
{
    const QString file = dir.file(u"printed.seal"_s);
    writeFile(file, text);
    return tenetctl(db, {u"verify"_s, u"--seal"_s, file});
}

// Past the code's 14 days' grace, within its attestation period.
QString farFuture()
{
    return QDate::currentDate().addDays(30).toString(Qt::ISODate);
}

} // namespace

TEST_CASE("report --format csv lists every active person of the audience as the database has "
          "them, in the code's language",
          "[cli][report]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = reportDatabase(database);
    const QString csv = dir.file(u"report.csv"_s);
    const CtlResult r = tenetctl(db, {u"report"_s, u"--format"_s, u"csv"_s, u"-o"_s, csv,
                                      u"--today"_s, farFuture(), u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"required"_s].toInt() == 4);
    CHECK(r.json()[u"signed"_s].toInt() == 1);
    CHECK(r.json()[u"overdue"_s].toInt() == 3);

    const QByteArray bytes = readFile(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    auto table = tenet::exchange::parseCsv(bytes, csv);
    REQUIRE(table);
    // The code is Spanish: a file for Spanish spreadsheets.
    CHECK(table->delimiter == u';');
    CHECK(table->header
          == QStringList {u"Número de empleado"_s, u"Nombre y apellidos"_s, u"Puesto"_s,
                          u"Equipo"_s, u"Centro"_s, u"Versión"_s, u"Versión firmada"_s,
                          u"Fecha de firma (UTC)"_s, u"Fuera de plazo"_s, u"Firma en papel"_s});
    QMap<QString, QStringList> rows;
    for (const QStringList &fields : tableRows(*table)) {
        REQUIRE(fields.size() == table->header.size());
        rows.insert(fields.at(0), fields);
    }
    // Active, in the audience: the inactive A004 and the managers are not listed.
    CHECK(rows.keys() == QStringList {u"A001"_s, u"A002"_s, u"A003"_s, u"S001"_s});

    const QStringList signedAt
        = rawColumn(db, u"SELECT signed_at FROM acknowledgement WHERE employee_no = 'A002'"_s);
    REQUIRE(signedAt.size() == 1);
    const QStringList jose = rows.value(u"A002"_s);
    CHECK(jose.at(1) == u"José Núñez"_s);
    CHECK(jose.at(3) == u"Atención telefónica"_s);
    CHECK(jose.at(4) == u"Madrid"_s);
    CHECK(jose.at(5) == u"1"_s);
    CHECK(jose.at(6) == u"1"_s);
    CHECK(jose.at(2) == u"agente"_s);
    QDateTime written = QDateTime::fromString(jose.at(7), u"dd/MM/yyyy HH:mm:ss"_s);
    written.setTimeSpec(Qt::UTC);
    const QDateTime stored = QDateTime::fromString(signedAt.first(), Qt::ISODateWithMs);
    CHECK(written == stored.addMSecs(-stored.time().msec()));
    CHECK(jose.at(8) == u"no"_s);
    for (const QString &person : {u"A001"_s, u"A003"_s, u"S001"_s}) {
        INFO(person.toStdString());
        CHECK(rows.value(person).at(7) == u"sin firmar"_s);
        CHECK(rows.value(person).at(8) == u"sí"_s);
    }
    CHECK(rows.value(u"A001"_s).at(1) == u"Lina Kazlauskienė"_s);
}

TEST_CASE("report on the day of publication counts nobody as overdue", "[cli][report]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = reportDatabase(database);
    const QString csv = dir.file(u"report.csv"_s);
    const CtlResult r = tenetctl(db, {u"report"_s, u"--format"_s, u"csv"_s, u"-o"_s, csv,
                                      u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"overdue"_s].toInt() == 0);
    auto table = tenet::exchange::parseCsv(readFile(csv), csv);
    REQUIRE(table);
    const QList<QStringList> rows = tableRows(*table);
    REQUIRE(rows.size() == 4);
    for (const QStringList &fields : rows)
        CHECK(fields.at(8) == u"no"_s);
}

TEST_CASE("report --format pdf shows the people, the team totals, the sections and the "
          "ledger's last hash",
          "[cli][report]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = reportDatabase(database);
    const QString pdf = dir.file(u"report.pdf"_s);
    const CtlResult r = tenetctl(
        db, {u"report"_s, u"--format"_s, u"pdf"_s, u"-o"_s, pdf, u"--today"_s, farFuture()});
    INFO(r);
    REQUIRE(r.exitCode == 0);

    const QString lastHash = lastLedgerHash(db);
    const QString text = simplified(pdfText(pdf, 0, TextMode::Raw));
    INFO(text.toStdString());
    // The code is Spanish, and so is its report.
    CHECK(text.contains(u"Informe de cumplimiento"_s));
    CHECK(text.contains(
        u"Han firmado 1 de 4 personas; 3 sin firmar, de las que 3 están fuera de plazo."_s));
    for (const QString &name : {u"Lina Kazlauskienė"_s, u"José Núñez"_s, u"Rūta Jonaitė"_s,
                                u"Jonas Petraitis"_s})
        CHECK(text.contains(name));
    CHECK_FALSE(text.contains(u"Pablo Ortiz"_s));
    CHECK(text.count(u"sin firmar"_s) >= 3);
    // The phone team: three must sign, one did, two are overdue.
    CHECK(text.contains(u"Atención telefónica 3 1 2 2"_s));
    CHECK(text.contains(u"Chat y redes sociales 1 0 1 1"_s));
    CHECK(text.contains(u"Total 4 1 3 3"_s));
    CHECK(text.contains(u"Verificado: la única firma del registro está íntegra."_s));
    CHECK(text.contains(lastHash));
    const auto info = pdfInfo(pdf);
    CHECK(info.value(u"Author"_s) == u"Acme Support"_s);
    CHECK(info.value(u"Creator"_s).startsWith(u"Tenet "_s));
    CHECK(text.contains(u"página 1 de %1"_s.arg(info.value(u"Pages"_s))));
}

TEST_CASE("report --delimiter chooses the CSV's field separator", "[cli][report]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = reportDatabase(database);
    const QString csv = dir.file(u"report.csv"_s);
    ok(db, {u"report"_s, u"--format"_s, u"csv"_s, u"-o"_s, csv, u"--delimiter"_s, u","_s});
    auto table = tenet::exchange::parseCsv(readFile(csv), csv);
    REQUIRE(table);
    CHECK(table->delimiter == u',');
    CHECK(table->header.size() == 10);
    CHECK(table->header.first() == u"Número de empleado"_s);

    CtlResult r = tenetctl(
        db, {u"report"_s, u"--format"_s, u"csv"_s, u"-o"_s, csv, u"--delimiter"_s, u"tab"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--delimiter takes ',' or ';'"_s));
    r = tenetctl(db,
                 {u"report"_s, u"--format"_s, u"pdf"_s, u"-o"_s, dir.file(u"r.pdf"_s),
                  u"--delimiter"_s, u";"_s});
    CHECK(r.exitCode == 1);
}

TEST_CASE("report refuses an unknown format, a missing file and a version never published",
          "[cli][report]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = reportDatabase(database);
    const QString out = dir.file(u"r.csv"_s);
    CtlResult r = tenetctl(db, {u"report"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--format pdf or --format csv"_s));
    r = tenetctl(db, {u"report"_s, u"--format"_s, u"csv"_s});
    CHECK(r.exitCode == 1);
    r = tenetctl(db, {u"report"_s, u"--format"_s, u"csv"_s, u"-o"_s, out, u"--version"_s,
                      u"7"_s});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"version 7"_s));
}

TEST_CASE("the CSV report ends with the seal of the database it reports on, which verifies",
          "[cli][report][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = reportDatabase(database);
    const QString csv = dir.file(u"report.csv"_s);
    ok(db, {u"report"_s, u"--format"_s, u"csv"_s, u"-o"_s, csv});
    const QByteArray bytes = readFile(csv);
    // In the report's language, after the table, in comment rows.
    CHECK(bytes.contains("\r\n\r\n# Sello de la base de datos\r\n"));
    CHECK(bytes.contains("tenetctl verify --seal ARCHIVO"));
    auto table = tenet::exchange::parseCsv(bytes, csv);
    REQUIRE(table);
    CHECK(tableRows(*table).size() == 4);

    const QByteArray seal = sealFromCsv(bytes);
    INFO(seal.toStdString());
    CHECK(seal.startsWith("tenet-seal 1\n"));
    CHECK(seal.contains("\ncount signatures 1\n"));
    const CtlResult verified = verifySeal(dir, db, seal);
    INFO(verified);
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(u"continues the seal"_s));

    // The seal is this database's: another one, made the same way, does not continue it.
    TestDatabase elsewhere;
    const QString otherDb = reportDatabase(elsewhere);
    CHECK(verifySeal(elsewhere.dir(), otherDb, seal).exitCode == 4);
}

TEST_CASE("the PDF report's last page holds the seal, which verifies when copied from the PDF",
          "[cli][report][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = reportDatabase(database);
    const QString pdf = dir.file(u"report.pdf"_s);
    ok(db, {u"report"_s, u"--format"_s, u"pdf"_s, u"-o"_s, pdf});
    const int pages = pdfInfo(pdf).value(u"Pages"_s).toInt();
    const QString lastPage = simplified(pdfText(pdf, pages));
    INFO(lastPage.toStdString());
    CHECK(lastPage.contains(u"Sello de la base de datos"_s));
    CHECK(lastPage.contains(u"guarde el sello en un archivo de texto y ejecute tenetctl verify "
                            "--seal ARCHIVO"_s));
    CHECK_FALSE(lastPage.contains(u"Seal of the database"_s));
    // The seal and the ledger come from one read: the seal's ledger head is the hash the
    // report prints for the ledger's last row.
    const QString lastHash = lastLedgerHash(db);
    const QByteArray seal = sealFromPdf(pdf);
    INFO(seal.toStdString());
    CHECK(seal.contains("\nchain acknowledgement 1 " + lastHash.toLatin1() + '\n'));
    CHECK(simplified(pdfText(pdf, 1, TextMode::Raw)).contains(lastHash));

    const CtlResult verified = verifySeal(dir, db, seal);
    INFO(verified);
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(u"continues the seal"_s));
}

TEST_CASE("an English report prints the seal in English and keeps its CSV column names",
          "[cli][report][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QString code = dir.file(u"code-en.json"_s);
    QByteArray json = readFile(fixture(u"code-es.json"_s));
    json.replace("\"language\": \"es\"", "\"language\": \"en\"");
    writeFile(code, json);
    ok(db, {u"import-code"_s, code, u"--as"_s, u"S001"_s});
    ok(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    ok(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    ok(db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s, u"v1"_s});

    const QString csv = dir.file(u"report.csv"_s);
    ok(db, {u"report"_s, u"--format"_s, u"csv"_s, u"-o"_s, csv});
    const QByteArray bytes = readFile(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "employee_no,name,role,team,site,version,signed_version,"
                           "signed_at,overdue,paper_record\r\n"));
    CHECK(bytes.contains("\r\n# Seal of the database\r\n"));
    CHECK(verifySeal(dir, db, sealFromCsv(bytes)).exitCode == 0);

    const QString pdf = dir.file(u"report.pdf"_s);
    ok(db, {u"report"_s, u"--format"_s, u"pdf"_s, u"-o"_s, pdf});
    const QString lastPage
        = simplified(pdfText(pdf, pdfInfo(pdf).value(u"Pages"_s).toInt()));
    CHECK(lastPage.contains(u"Seal of the database"_s));
    CHECK(lastPage.contains(u"run tenetctl verify --seal FILE on the database"_s));
    CHECK(verifySeal(dir, db, sealFromPdf(pdf)).exitCode == 0);
}
