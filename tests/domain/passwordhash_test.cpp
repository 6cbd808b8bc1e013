#include "domain/passwordhash.h"
#include "support/tempdir.h"

using namespace tenet::domain;

TEST_CASE("PBKDF2-HMAC-SHA256 matches the published test vectors", "[domain][secret]")
{
    // RFC 7914 section 11 gives these vectors for PBKDF2-HMAC-SHA256.
    CHECK(pbkdf2Sha256("passwd", "salt", 1, 64).toHex()
          == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
             "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    CHECK(pbkdf2Sha256("Password", "NaCl", 80000, 64).toHex()
          == "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
             "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

TEST_CASE("a hashed PIN verifies only with the same PIN", "[domain][secret]")
{
    const QString stored = hashSecret(u"4821"_s, 1000);
    CHECK(stored.startsWith(u"pbkdf2-sha256$1000$"_s));
    CHECK(verifySecret(u"4821"_s, stored));
    CHECK_FALSE(verifySecret(u"4822"_s, stored));
    CHECK_FALSE(verifySecret(QString(), stored));
}

TEST_CASE("the same PIN hashed twice gives different strings", "[domain][secret]")
{
    CHECK(hashSecret(u"1234"_s, 1000) != hashSecret(u"1234"_s, 1000));
}

TEST_CASE("a malformed stored hash never verifies", "[domain][secret]")
{
    CHECK_FALSE(verifySecret(u"x"_s, QString()));
    CHECK_FALSE(verifySecret(u"x"_s, u"plain-text"_s));
    CHECK_FALSE(verifySecret(u"x"_s, u"pbkdf2-sha256$0$AAAA$AAAA"_s));
    CHECK_FALSE(verifySecret(u"x"_s, u"md5$1$AAAA$AAAA"_s));
}
