#include "domain/signingrules.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace {

// A001 signs version 3 themselves: PIN given, every one of its seven sections opened.
SignatureEvidence ownSignature()
{
    SignatureEvidence e;
    e.employeeNo = u"A001"_s;
    e.versionNumber = 3;
    e.pinChecked = true;
    e.recordedBy = Role::Agent;
    e.sectionsOpened = 7;
    e.sections = 7;
    return e;
}

SignatureEvidence paperSignature()
{
    SignatureEvidence e;
    e.employeeNo = u"A001"_s;
    e.versionNumber = 3;
    e.paperRecord = u"Signed the printed handbook"_s;
    e.recordedBy = Role::Manager;
    e.sections = 7;
    return e;
}

} // namespace

TEST_CASE("a person signs with their PIN after opening every section", "[domain][signing]")
{
    CHECK(checkSignatureEvidence(ownSignature()));

    SignatureEvidence noPin = ownSignature();
    noPin.pinChecked = false;
    const Status withoutPin = checkSignatureEvidence(noPin);
    REQUIRE_FALSE(withoutPin);
    CHECK(withoutPin.error().kind == ErrorKind::Refused);
    CHECK(withoutPin.error().message.contains(u"--paper-record"_s));

    SignatureEvidence unread = ownSignature();
    unread.sectionsOpened = 6;
    const Status notAll = checkSignatureEvidence(unread);
    REQUIRE_FALSE(notAll);
    CHECK(notAll.error().kind == ErrorKind::Refused);
    CHECK(notAll.error().message.contains(u"A001 has opened 6 of the 7 sections of version 3"_s));

    SignatureEvidence claimed = ownSignature();
    claimed.quizScoreGiven = true;
    CHECK_FALSE(checkSignatureEvidence(claimed));
}

TEST_CASE("a signature made on paper is entered by a manager with a reason", "[domain][signing]")
{
    CHECK(checkSignatureEvidence(paperSignature()));
    SignatureEvidence withScore = paperSignature();
    withScore.quizScoreGiven = true;
    CHECK(checkSignatureEvidence(withScore));

    for (const std::optional<Role> &role :
         {std::optional<Role>(Role::Supervisor), std::optional<Role>(Role::Agent),
          std::optional<Role>()}) {
        SignatureEvidence byOther = paperSignature();
        byOther.recordedBy = role;
        const Status refused = checkSignatureEvidence(byOther);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::Refused);
    }
    SignatureEvidence noReason = paperSignature();
    noReason.paperRecord = u"  "_s;
    CHECK(checkSignatureEvidence(noReason).error().kind == ErrorKind::Invalid);
}
