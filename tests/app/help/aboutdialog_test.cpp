#include "app/help/aboutdialog.h"

#include "support/tempdir.h"

#include <QLabel>

using namespace tenet;

TEST_CASE("About names Tenet's version and licence", "[app][help]")
{
    const QString text = app::AboutDialog::text();
    CHECK(text.contains(u"Tenet " TENET_VERSION_STRING ""_s));
    CHECK(text.contains(u"MIT licence"_s));
}

TEST_CASE("About names the libraries Tenet is built with and their licences", "[app][help]")
{
    const QString text = app::AboutDialog::text();
    CHECK(text.contains(u"Qt %1"_s.arg(QString::fromLatin1(qVersion()))));
    CHECK(text.contains(u"GNU LGPL version 3"_s));
    CHECK(text.contains(u"Qt Charts"_s));
    CHECK(text.contains(u"SQLite"_s));
    CHECK(text.contains(u"public domain"_s));
    CHECK(text.contains(u"nlohmann/json"_s));
    CHECK(text.contains(u"spdlog"_s));
    CHECK(text.contains(u"dtl"_s));

    app::AboutDialog dialog;
    const auto *label = dialog.findChild<QLabel *>(u"aboutText"_s);
    REQUIRE(label);
    CHECK(label->text() == text);
}
