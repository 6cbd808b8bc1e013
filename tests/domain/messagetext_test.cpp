#include "domain/messagetext.h"

#include <catch2/catch.hpp>

using namespace tenet::domain;
using namespace Qt::StringLiterals;

TEST_CASE("user text in an error message stays on one line", "[domain][messagetext]")
{
    CHECK(escapeForMessage(u"a\nb") == u"a\\nb"_s);
    CHECK(escapeForMessage(u"age\r\nnt\t!") == u"age\\r\\nnt\\t!"_s);
    CHECK(escapeForMessage(u"nul\u0000here"_s) == u"nul\\u{0000}here"_s);
    CHECK(escapeForMessage(u"line\u2028sep") == u"line\\u{2028}sep"_s);
}

TEST_CASE("text that reverses its direction is shown escaped in an error message",
          "[domain][messagetext]")
{
    CHECK(escapeForMessage(u"invoice\u202Efdp.exe") == u"invoice\\u{202e}fdp.exe"_s);
}

TEST_CASE("ordinary text with accents is quoted in an error message as it is",
          "[domain][messagetext]")
{
    CHECK(escapeForMessage(u"Lina Kazlauskienė — «Vilnius»") == u"Lina Kazlauskienė — «Vilnius»"_s);
}
