#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace tenet::domain {

// User text (a name, a key, a field of a file) as it may stand inside an error message:
// control characters, line and paragraph separators and the marks that reverse text
// direction are written as escapes (\n, \t, \u{202e}), so that a message stays on one
// line and shows what the input really holds. Every error that quotes user text uses it.
QString escapeForMessage(QStringView text);
// The error with its place and message escaped so: what a reader of user files returns, so
// that every program showing it (a terminal, a message box, a list) shows one line. Text
// escaped once is unchanged by a second escape.
Error escapeForMessage(Error error);
QList<Error> escapeForMessage(QList<Error> errors);

} // namespace tenet::domain
