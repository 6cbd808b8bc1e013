#include "exchange/inputfile.h"

#include "support/tempdir.h"

#include <QFile>

using namespace tenet;
using tenet::test::TempDir;

TEST_CASE("an input file larger than the limit is refused without reading it all",
          "[exchange][inputfile]")
{
    TempDir dir;
    const QString path = dir.file(u"big.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(QByteArray(2048, 'a')) == 2048);
    file.close();
    auto tooLarge = exchange::readInputFile(path, 1024, u"too large"_s);
    REQUIRE_FALSE(tooLarge);
    CHECK(tooLarge.error().message == u"too large"_s);
    auto atLimit = exchange::readInputFile(path, 2048, u"too large"_s);
    REQUIRE(atLimit);
    CHECK(atLimit->size() == 2048);
}

TEST_CASE("a device is not read as an input file", "[exchange][inputfile]")
{
    auto zero = exchange::readInputFile(u"/dev/zero"_s, 1024, u"too large"_s);
    REQUIRE_FALSE(zero);
    CHECK(zero.error().kind == domain::ErrorKind::Invalid);
    CHECK(zero.error().message.contains(u"not a regular file"_s));
}
