#include "signingrules.h"

#include <QCoreApplication>

namespace tenet::domain {

namespace {

class SigningRules
{
    Q_DECLARE_TR_FUNCTIONS(tenet::domain::SigningRules)

public:
    static Status check(const SignatureEvidence &e)
    {
        if (e.paperRecord) {
            if (e.paperRecord->trimmed().isEmpty())
                return Error::invalid(tr("paper record"),
                                      tr("say why the signature is entered from paper"));
            if (e.recordedBy != Role::Manager)
                return Error::refused(tr("only a manager enters a signature made on paper; "
                                         "name one with --as"));
            return {};
        }
        if (e.quizScoreGiven)
            return Error::refused(tr("a comprehension check score taken on paper comes with a "
                                     "signature made on paper (--paper-record); %1 takes the "
                                     "check in the desktop program")
                                      .arg(e.employeeNo));
        if (!e.pinChecked)
            return Error::refused(
                tr("%1 must give their PIN to sign; a manager entering a signature made on "
                   "paper gives the reason instead (--paper-record)")
                    .arg(e.employeeNo));
        if (e.sectionsOpened < e.sections)
            return Error::refused(tr("%1 has opened %2 of the %3 sections of version %4; every "
                                     "section must be opened before signing")
                                      .arg(e.employeeNo)
                                      .arg(e.sectionsOpened)
                                      .arg(e.sections)
                                      .arg(e.versionNumber));
        return {};
    }
};

} // namespace

Status checkSignatureEvidence(const SignatureEvidence &evidence)
{
    return SigningRules::check(evidence);
}

} // namespace tenet::domain
