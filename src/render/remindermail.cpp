#include "remindermail.h"

using namespace Qt::StringLiterals;

namespace tenet::render {

ReminderMail ReminderMail::of(const QString &codeTitle, int versionNumber,
                              const QDate &inForceSince, const QString &sender,
                              const OutputLanguage &language)
{
    ReminderMail mail;
    //: The reminder's subject: "Please sign version 3 of Code of Practice".
    mail.subject = language.translate("Reminder", "Please sign version %1 of %2")
                       .arg(QString::number(versionNumber), codeTitle);
    //: The reminder's body; %3 is the day the version came into force.
    mail.body = language
                    .translate("Reminder",
                               "Hello,\n\nVersion %1 of %2 has been in force since %3 and we do "
                               "not have your signature yet. Please sign in to Tenet, read it "
                               "and sign it.\n\nThank you.")
                    .arg(QString::number(versionNumber), codeTitle, language.date(inForceSince));
    if (!sender.isEmpty())
        mail.body += u"\n"_s + sender;
    return mail;
}

} // namespace tenet::render
