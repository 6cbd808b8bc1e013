#pragma once

#include "outputlanguage.h"

#include <QDate>
#include <QString>

namespace tenet::render {

// The e-mail that reminds people to sign the version in force, in the code's language:
// they read the code in that language, so they read the reminder in it too.
struct ReminderMail
{
    QString subject;
    QString body;

    // `sender` signs the message off; none when empty.
    static ReminderMail of(const QString &codeTitle, int versionNumber, const QDate &inForceSince,
                           const QString &sender, const OutputLanguage &language);
};

} // namespace tenet::render
