#include "app/dashboard/dashboardexport.h"

#include "support/tempdir.h"

#include <QFile>
#include <QSortFilterProxyModel>
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

TEST_CASE("the rows a sorted, filtered list shows are found in its model, in its order",
          "[app][dashboard]")
{
    QStandardItemModel model(4, 1);
    const QStringList names {u"Ortega"_s, u"Núñez"_s, u"Abad"_s, u"Oliva"_s};
    for (int row = 0; row < names.size(); ++row)
        model.setItem(row, 0, new QStandardItem(names.at(row)));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRegularExpression(u"^[AO]"_s);
    proxy.sort(0);
    CHECK(shownSourceRows(proxy) == QList<int>({2, 3, 0}));
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
