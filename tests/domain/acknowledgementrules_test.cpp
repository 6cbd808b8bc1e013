#include "domain/acknowledgementrules.h"
#include "support/tempdir.h"

using namespace tenet::domain;

TEST_CASE("names match whatever their case, accents and spacing", "[domain][acknowledgement]")
{
    CHECK(namesMatch(u"lina kazlauskiene"_s, u"Lina Kazlauskienė"_s));
    CHECK(namesMatch(u"  LINA   KAZLAUSKIENĖ "_s, u"Lina Kazlauskienė"_s));
    CHECK(namesMatch(u"Ana Gomez"_s, u"Ana Gómez"_s));
    CHECK(namesMatch(u"JURATE ZEMAITYTE"_s, u"Jūratė Žemaitytė"_s));
    CHECK(namesMatch(u"Ana Go\u0301mez"_s, u"Ana Gómez"_s)); // typed with a combining accent
    CHECK_FALSE(namesMatch(u"Lina K."_s, u"Lina Kazlauskienė"_s));
    CHECK_FALSE(namesMatch(u"Ana Gomes"_s, u"Ana Gómez"_s));
    CHECK_FALSE(namesMatch(u"   "_s, u""_s));
}

TEST_CASE("the audience is the code's teams and roles, all staff when none are named",
          "[domain][acknowledgement]")
{
    Code code;
    StaffMember member;
    member.team = u"Chat"_s;
    member.role = Role::Trainer;
    CHECK(isInAudience(code, member));
    code.audienceTeams = {u"Chat"_s};
    CHECK(isInAudience(code, member));
    code.audienceRoles = {u"agent"_s};
    CHECK_FALSE(isInAudience(code, member));
    code.audienceRoles = {u"agent"_s, u"trainer"_s};
    CHECK(isInAudience(code, member));
    member.active = false;
    CHECK(isInAudience(code, member));
    CHECK_FALSE(mustSign(code, member));
}

TEST_CASE("the signature baseline is the last material publication", "[domain][acknowledgement]")
{
    const QList<Publication> history = {{1, QDate(2026, 1, 1), true},
                                        {3, QDate(2026, 3, 1), false},
                                        {2, QDate(2026, 2, 1), true},
                                        {4, QDate(2026, 4, 1), false}};
    CHECK(versionInForce(history)->number == 4);
    CHECK(signatureBaseline(history)->number == 2);
    CHECK_FALSE(signatureBaseline({}));
    CHECK(signatureCounts(Code(), 2, 2, QDate(2026, 2, 2), QDate(2030, 1, 1)));
    CHECK(signatureCounts(Code(), 2, 4, QDate(2026, 4, 2), QDate(2030, 1, 1)));
    CHECK_FALSE(signatureCounts(Code(), 2, 1, QDate(2026, 1, 2), QDate(2026, 1, 3)));
}

TEST_CASE("a signature expires on the same day of the month after the attestation period",
          "[domain][acknowledgement]")
{
    Code code;
    CHECK_FALSE(signatureExpiry(code, QDate(2026, 1, 31)).isValid());
    code.attestationMonths = 1;
    CHECK(signatureExpiry(code, QDate(2026, 1, 31)) == QDate(2026, 2, 28));
    code.attestationMonths = 12;
    CHECK(signatureExpiry(code, QDate(2026, 5, 1)) == QDate(2027, 5, 1));
    CHECK(signatureCounts(code, 1, 1, QDate(2026, 5, 1), QDate(2027, 4, 30)));
    CHECK_FALSE(signatureCounts(code, 1, 1, QDate(2026, 5, 1), QDate(2027, 5, 1)));
}

TEST_CASE("a signature's meaning names the version and the code", "[domain][acknowledgement]")
{
    CHECK(acknowledgementMeaning(3, u"Código de conducta"_s)
          == u"read and understood version 3 of Código de conducta"_s);
}
