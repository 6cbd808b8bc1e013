#include "app/dashboard/dashboardexport.h"

#include "support/tempdir.h"

#include <QFile>
#include <QStandardItemModel>
#include <QUrlQuery>

using namespace tenet;
using namespace tenet::app;

TEST_CASE("a reminder URL is addressed to every person and percent-encodes its text",
          "[app][dashboard]")
{
    const QUrl url
        = reminderMailto({u"pablo.ortega@example.com"_s, u""_s, u" sofia.nunez@example.com "_s},
                         u"Please sign version 2 of Código & more"_s, u"Hello,\nplease sign.\n"_s);
    REQUIRE(url.isValid());
    CHECK(url.scheme() == u"mailto"_s);
    const QByteArray encoded = url.toEncoded();
    CHECK(encoded.startsWith("mailto:pablo.ortega@example.com,sofia.nunez@example.com?"));
    CHECK(encoded.contains("subject=Please%20sign%20version%202%20of%20C%C3%B3digo%20%26%20more"));
    CHECK(encoded.contains("&body=Hello%2C%0D%0Aplease%20sign.%0D%0A"));
    CHECK_FALSE(encoded.contains(' '));
    CHECK_FALSE(encoded.contains('+'));
    const QUrlQuery query(url);
    CHECK(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded)
          == u"Please sign version 2 of Código & more"_s);
}

TEST_CASE("an address that holds URL delimiters cannot split the reminder URL", "[app][dashboard]")
{
    const QUrl url = reminderMailto({u"odd,name?x@example.com"_s}, u"Hi"_s, {});
    CHECK(url.toEncoded() == "mailto:odd%2Cname%3Fx@example.com?subject=Hi");
}

TEST_CASE("a list exported as CSV has a BOM, a header row and quoted fields", "[app][dashboard]")
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({u"Name"_s, u"Note"_s});
    model.setItem(0, 0, new QStandardItem(u"Núñez, Sofía"_s));
    model.setItem(0, 1, new QStandardItem(u"said \"hi\""_s));
    model.setItem(1, 0, new QStandardItem(u"Ortega"_s));
    model.setItem(1, 1, new QStandardItem(u"two\nlines"_s));
    const QByteArray csv = modelToCsv(model);
    CHECK(csv
          == QByteArray("\xEF\xBB\xBF"
                        "Name,Note\r\n"
                        "\"N\xC3\xBA\xC3\xB1"
                        "ez, Sof\xC3\xAD"
                        "a\",\"said \"\"hi\"\"\"\r\n"
                        "Ortega,\"two\nlines\"\r\n"));
}

TEST_CASE("saving a file writes the bytes, and a file that cannot be written is named",
          "[app][dashboard]")
{
    test::TempDir dir;
    const QString path = dir.file(u"out.csv"_s);
    REQUIRE(saveFile(path, "a,b\r\n").ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "a,b\r\n");

    const QString bad = dir.file(u"missing/folder/out.csv"_s);
    const auto failed = saveFile(bad, "x");
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().toString().startsWith(bad));
}
