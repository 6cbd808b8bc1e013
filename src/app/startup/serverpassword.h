#pragma once

#include "domain/result.h"
#include "storage/connectionspec.h"
#include "storage/database.h"

#include <QString>

#include <functional>
#include <optional>

namespace tenet::app {

// Asks the user for the password of a server that wants one: `refused` is true when the
// server has just turned down the one typed before. Nothing when the user cancels. The
// program's own is PasswordDialog::ask; tests pass their own.
using PasswordPrompter
    = std::function<std::optional<QString>(const storage::ConnectionSpec &spec, bool refused)>;

// Runs `open` (an open of `where`) and, for as long as the server asks for a password, asks
// `ask` for one, keeps it in this process's memory (Database::rememberPassword; never on
// disk) and runs `open` again. When the user cancels, a password the server refused is
// forgotten and the server's refusal comes back, so Database::needsPassword(error) tells a
// cancelled open from a failed one. A file, or no prompter, is opened once.
template<typename T>
domain::Result<T> openAskingPassword(const QString &where, const PasswordPrompter &ask,
                                     const std::function<domain::Result<T>()> &open)
{
    domain::Result<T> result = open();
    if (result || !ask || !storage::Database::needsPassword(result.error()))
        return result;
    const auto spec = storage::ConnectionSpec::parse(where);
    if (!spec || !spec->isServer())
        return result;
    for (bool refused = false; !result && storage::Database::needsPassword(result.error());
         refused = true) {
        const std::optional<QString> password = ask(*spec, refused);
        if (!password) {
            storage::Database::rememberPassword(*spec, QString());
            return result;
        }
        storage::Database::rememberPassword(*spec, *password);
        result = open();
    }
    return result;
}

} // namespace tenet::app
