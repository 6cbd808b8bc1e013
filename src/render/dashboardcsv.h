#pragma once

#include "domain/dashboard.h"
#include "outputlanguage.h"

#include <QByteArray>
#include <QList>

// The dashboard's lists as CSV for a spreadsheet, in the code's language: headings and
// states in words, numbers with the language's decimal mark in cells of their own (the unit
// in a column beside them), dates as the language writes them. UTF-8 with a byte order mark,
// CRLF line ends; the fields separated by `delimiter` (a null QChar: the language's own,
// ';' in Spanish and Lithuanian, ',' in English).
namespace tenet::render::dashboardcsv {

// The people who have not signed the version in force, in the order given.
QByteArray unsignedPeople(const QList<domain::StaffDue> &people, const OutputLanguage &language,
                          QChar delimiter = {});
// Where each section stands with its review.
QByteArray sectionReviews(const QList<domain::SectionDue> &sections, const OutputLanguage &language,
                          QChar delimiter = {});
// Each KPI and team with its latest value.
QByteArray kpiStatus(const QList<domain::KpiStatus> &kpis, const OutputLanguage &language,
                     QChar delimiter = {});

} // namespace tenet::render::dashboardcsv
