#include "kpicsv.h"

#include "csvtable.h"
#include "domain/messagetext.h"
#include "domain/stafftext.h"

#include <QHash>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tenet::exchange {

using domain::Error;
using domain::KpiObservation;
using domain::Result;

namespace {

enum Column
{
    KpiKey,
    Team,
    PeriodStart,
    PeriodEnd,
    Value
};

Result<QList<KpiObservationEntry>> firstOf(QList<KpiObservationEntry> entries,
                                           const QList<Error> &errors, QList<Error> *allErrors)
{
    // A field may hold a line break or a NUL; the messages quoting it stay on one line.
    if (allErrors)
        *allErrors = domain::escapeForMessage(errors);
    if (!errors.isEmpty())
        return domain::escapeForMessage(errors.first());
    return entries;
}

// A measured value: "92.5", or "92,5" in a file separated by semicolons, as Spanish and
// Lithuanian spreadsheets write it. The error (without a place) says how to write it.
Result<double> parseValue(const QString &text, QChar delimiter)
{
    QString number = text;
    const bool decimalComma = delimiter == u';';
    if (decimalComma && number.count(u',') == 1 && !number.contains(u'.'))
        number.replace(u',', u'.');
    bool isNumber = false;
    const double value = QLocale::c().toDouble(number, &isNumber);
    if (isNumber && std::isfinite(value))
        return value;
    if (decimalComma)
        return Error::invalid({},
                              u"\"%1\" is not a number (write decimals with a comma or a "
                              "point, 92,5 or 92.5, and no thousands separator)"_s.arg(text));
    if (text.contains(u','))
        return Error::invalid({},
                              u"\"%1\" is not a number: in a file separated by commas, "
                              "write decimals with a point (92.5), or separate the fields "
                              "with semicolons to write 92,5"_s.arg(text));
    return Error::invalid(
        {}, u"\"%1\" is not a number (write decimals with a point: 92.5)"_s.arg(text));
}

} // namespace

QStringList kpiColumns()
{
    return {u"kpi"_s, u"team"_s, u"period_start"_s, u"period_end"_s, u"value"_s};
}

Result<QList<KpiObservationEntry>> parseKpiCsv(const QByteArray &bytes, const QString &fileLabel,
                                               const QStringList &knownKpis,
                                               QList<Error> *allErrors)
{
    auto table = parseCsv(bytes, fileLabel);
    if (!table)
        return firstOf({}, {table.error()}, allErrors);
    auto indexes = table->columnIndexes(kpiColumns(), fileLabel);
    if (!indexes)
        return firstOf({}, {indexes.error()}, allErrors);

    const QString known = knownKpis.isEmpty() ? u"none"_s : knownKpis.join(u", "_s);
    QList<Error> errors;
    QList<KpiObservationEntry> entries;
    QHash<QString, int> firstLine;
    for (const CsvRecord &record : table->records) {
        if (auto problem = fieldCountProblem(record, table->header, fileLabel)) {
            errors.append(*problem);
            continue;
        }
        bool ok = true;
        const auto text = [&](Column column) {
            return record.fields.at(indexes->at(column)).trimmed();
        };
        const auto problem = [&](Column column, const QString &what) {
            errors.append(Error::invalid(csvLocation(fileLabel, record.line),
                                         u"column %1: %2"_s.arg(kpiColumns().at(column), what)));
            ok = false;
        };

        KpiObservation observation;
        observation.kpiKey = text(KpiKey);
        if (observation.kpiKey.isEmpty())
            problem(KpiKey, u"must not be empty"_s);
        else if (!knownKpis.contains(observation.kpiKey))
            problem(KpiKey,
                    u"\"%1\" is not a KPI of the metrics section of the version in "
                    "force (it has: %2)"_s.arg(observation.kpiKey, known));
        observation.team = text(Team);
        // The same team names the roster keeps: one line, no control characters.
        if (const auto teamProblem
            = domain::staffTextProblem(observation.team, domain::StaffTextLimits::team))
            problem(Team, *teamProblem);
        for (Column column : {PeriodStart, PeriodEnd}) {
            const QString value = text(column);
            if (value.isEmpty()) {
                problem(column, u"must not be empty"_s);
                continue;
            }
            auto date = parseIsoDate(value);
            if (!date)
                problem(column, date.error().message);
            else
                (column == PeriodStart ? observation.periodStart : observation.periodEnd) = *date;
        }
        if (observation.periodStart.isValid() && observation.periodEnd.isValid()
            && observation.periodEnd < observation.periodStart)
            problem(
                PeriodEnd,
                u"%1 is before the period's start, %2"_s.arg(text(PeriodEnd), text(PeriodStart)));
        const QString valueText = text(Value);
        if (valueText.isEmpty()) {
            problem(Value, u"must not be empty"_s);
        } else if (auto value = parseValue(valueText, table->delimiter)) {
            observation.value = *value;
        } else {
            problem(Value, value.error().message);
        }
        if (!ok)
            continue;

        const QString key = u"%1\n%2\n%3\n%4"_s.arg(observation.kpiKey, observation.team,
                                                    text(PeriodStart), text(PeriodEnd));
        if (const auto seen = firstLine.constFind(key); seen != firstLine.cend()) {
            problem(KpiKey,
                    u"%1 for %2, %3 to %4 appears twice; it was first on line %5"_s.arg(
                        observation.kpiKey,
                        observation.team.isEmpty() ? u"the organisation"_s
                                                   : u"team "_s + observation.team,
                        text(PeriodStart), text(PeriodEnd), QString::number(*seen)));
            continue;
        }
        firstLine.insert(key, record.line);
        entries.append({record.line, std::move(observation)});
    }
    return firstOf(std::move(entries), errors, allErrors);
}

Result<QList<KpiObservationEntry>> readKpiCsv(const QString &path, const QStringList &knownKpis,
                                              QList<Error> *allErrors)
{
    auto bytes = readCsvFile(path);
    if (!bytes)
        return firstOf({}, {bytes.error()}, allErrors);
    return parseKpiCsv(*bytes, path, knownKpis, allErrors);
}

} // namespace tenet::exchange
