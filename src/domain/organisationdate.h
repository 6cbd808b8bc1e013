#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace tenet::domain {

// The one meaning of a date in Tenet. Times are stored in UTC. The day on which something
// happened (a signature, a review, a publication, a start on the roster) and "today", for
// the dashboard rules, grace periods, attestation periods and reviews, are dates in the
// organisation's time zone, and every store, rule and program asks these functions for them.

// The organisation's time zone. Tenet does not record one yet, so it is UTC: every desk,
// whatever its computer's zone, and `tenetctl` in a cron job then agree on the day. When the
// organisation records its zone, this is the one place that reads it.
QTimeZone organisationTimeZone();

// The organisation's date of a moment; invalid for an invalid moment.
QDate organisationDate(const QDateTime &when);

// Today in the organisation, at the moment given (now unless told otherwise).
QDate organisationToday(const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace tenet::domain
