#include "markdownexport.h"

#include "handbooktext.h"
#include "outputwords.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

// Text on one line that must stay text: every character CommonMark (or a GitHub pipe
// table) could read as markup gets a backslash, which CommonMark allows before any ASCII
// punctuation.
QString inlineText(const QString &text)
{
    static const QString special = u"\\`*_[]<>|#~!&"_s;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator)
            out += u' ';
        else if (special.contains(c))
            out += u'\\' + QString(c);
        else
            out += c;
    }
    return out.trimmed();
}

// A paragraph's first characters must not start a list, a quote or a heading underline.
QString paragraphText(const QString &text)
{
    static const QRegularExpression blockStart(u"^(\\d+)([.)])|^([-+=])"_s);
    QString out = inlineText(text);
    const QRegularExpressionMatch match = blockStart.match(out);
    if (match.hasMatch()) {
        const int at = match.capturedStart(2) >= 0 ? int(match.capturedStart(2)) : 0;
        out.insert(at, u'\\');
    }
    return out;
}

QString cellText(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << inlineText(line);
    return escaped.join(u"<br>"_s);
}

void table(QString &md, const QString &heading, const QStringList &columns,
           const QList<QList<QStringList>> &rows)
{
    md += u"**"_s + inlineText(heading) + u"**\n\n|"_s;
    for (const QString &column : columns)
        md += u' ' + inlineText(column) + u" |"_s;
    md += u"\n|"_s;
    for (qsizetype i = 0; i < columns.size(); ++i)
        md += u" --- |"_s;
    md += u'\n';
    for (const QList<QStringList> &row : rows) {
        md += u'|';
        for (const QStringList &cell : row)
            md += u' ' + cellText(cell) + u" |"_s;
        md += u'\n';
    }
    md += u'\n';
}

void structuredItems(QString &md, const Section &section, const OutputLanguage &language)
{
    using Row = QList<QStringList>;
    if (!section.escalation.isEmpty()) {
        QList<Row> rows;
        for (const EscalationTier &t : section.escalation)
            rows << Row {{QString::number(t.tier)},
                         {words::roleNamed(t.role, language)},
                         {hoursText(t.withinHours, language)},
                         {t.action}};
        table(md, escalationHeading(language), escalationColumns(language), rows);
    }
    if (!section.followUp.isEmpty()) {
        QList<Row> rows;
        for (int i = 0; i < section.followUp.size(); ++i)
            rows << Row {{QString::number(i + 1)}, {section.followUp.at(i)}};
        table(md, followUpHeading(language), followUpColumns(language), rows);
    }
    if (!section.stages.isEmpty()) {
        QList<Row> rows;
        for (int i = 0; i < section.stages.size(); ++i)
            rows << Row {{QString::number(i + 1)},
                         {section.stages.at(i).name},
                         {hoursText(section.stages.at(i).withinHours, language)}};
        table(md, stagesHeading(language), stageColumns(language), rows);
    }
    if (!section.programmes.isEmpty()) {
        QList<Row> rows;
        for (const TrainingProgramme &p : section.programmes)
            rows << Row {{p.title},
                         {numberText(p.hours, language)},
                         p.objectives,
                         {finalTestText(p, language)},
                         {rolesText(p.roles, language)},
                         {refresherText(p, language)}};
        table(md, programmesHeading(language), programmeColumns(language), rows);
    }
    if (!section.kpis.isEmpty()) {
        QList<Row> rows;
        for (const Kpi &k : section.kpis)
            rows << Row {{k.name},
                         {k.definition},
                         {k.unit},
                         {kpiTargetText(k, language)},
                         {kpiAlertText(k, language)},
                         {k.action}};
        table(md, kpisHeading(language), kpiColumns(language), rows);
    }
}

} // namespace

QByteArray handbookMarkdown(const HandbookSource &source)
{
    const VersionInfo &info = source.version.info;
    const CodeContent &content = source.version.content;
    const OutputLanguage language(content.language);
    QString md;
    md.reserve(2048 + content.clauseCount() * 768);
    // Said in the file for whoever publishes it: unlike the HTML export and the desktop, this
    // export does not apply the safe-link rule or drop raw HTML from the clause texts.
    md += u"<!-- "_s
        + language.translate(
            "Handbook",
            "Clause texts are passed through as their authors wrote them: Markdown, raw HTML "
            "and links in them are not filtered. Check them before publishing.")
        + u" -->\n\n"_s;
    md += u"# "_s + inlineText(source.code.title) + u"\n\n"_s;
    QStringList facts {source.organisationName(), versionLine(info, language),
                       language.translate("Handbook", "Effective date: %1")
                           .arg(effectiveDateText(info, language))};
    if (!source.approverName().isEmpty())
        facts << language.translate("Handbook", "Approved by: %1").arg(source.approverName());
    facts.removeAll(QString());
    md += paragraphText(facts.join(u" · "_s)) + u"\n\n"_s;
    if (isDraftState(info.state))
        md += u"> **"_s
            + inlineText(language.translate(
                "Handbook", "This is a draft. It is not in force, and it is not for signing."))
            + u"**\n\n"_s;
    if (!info.summary.isEmpty())
        md += u"*"_s + inlineText(info.summary) + u"*\n\n"_s;

    for (const Section &section : content.sections) {
        md += u"## "_s + QString::number(sectionNumber(section.key)) + u' '
            + inlineText(section.title) + u"\n\n"_s;
        if (!section.purpose.trimmed().isEmpty())
            md += u"*"_s + inlineText(section.purpose) + u"*\n\n"_s;
        for (int i = 0; i < section.clauses.size(); ++i) {
            const Clause &clause = section.clauses.at(i);
            md += u"### "_s + clauseNumber(section.key, i) + u' ' + inlineText(clause.title)
                + u" ("_s + strengthLabel(clause.strength, language) + u")\n\n"_s;
            const QString body = clause.body.trimmed();
            if (!body.isEmpty())
                md += QString(body).replace(u"\r\n"_s, u"\n"_s) + u"\n\n"_s;
            if (!clause.references.isEmpty())
                md += u"*"_s
                    + inlineText(language.translate("Handbook", "References: %1")
                                     .arg(clause.references.join(u"; "_s)))
                    + u"*\n\n"_s;
        }
        structuredItems(md, section, language);
    }
    while (md.endsWith(u"\n\n"_s))
        md.chop(1);
    return md.toUtf8();
}

} // namespace tenet::render
