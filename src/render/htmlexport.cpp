#include "htmlexport.h"

#include "handbooktext.h"
#include "markdownhtml.h"
#include "outputwords.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// An id attribute made of letters, digits, '-' and '_' only.
QString anchor(const QString &prefix, const QString &name)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]+"_s);
    return prefix + QString(name).replace(unsafe, u"-"_s);
}

const QString styleSheet = uR"css(
:root { --ink: #1a1a1a; --accent: #1f3a5f; --muted: #55606b; --must: #9b1c1c;
        --should: #2f5d8a; --rule: #9aa5b1; --fill: #e6ebf1; }
body { font-family: "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
       color: var(--ink); max-width: 48em; margin: 2em auto; padding: 0 1em;
       font-size: 11pt; line-height: 1.45; }
h1 { color: var(--accent); font-size: 2em; margin: .2em 0 .5em; }
h2 { color: var(--accent); border-bottom: 1px solid var(--rule); padding-bottom: .2em;
     margin-top: 2em; }
h3 { font-size: 1.05em; margin: 1.3em 0 .3em; }
h4 { color: var(--accent); margin: 1.4em 0 .3em; }
.number { color: var(--accent); margin-right: .5em; }
.strength { font-size: .7em; letter-spacing: .05em; color: #fff; padding: .1em .45em;
            margin-left: .6em; vertical-align: middle; }
.must .strength { background: var(--must); font-weight: bold; }
.should .strength { background: var(--should); font-style: italic; font-weight: normal; }
.clause { border-left: 3px solid transparent; padding-left: .7em; }
.clause.must { border-left-color: var(--must); }
.clause.should { border-left: 3px dotted var(--should); }
.clause .body > :first-child { margin-top: 0; }
.purpose { font-style: italic; color: var(--muted); }
.references { font-size: .8em; color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: .85em; margin: .3em 0 1em; }
th, td { border: 1px solid var(--rule); padding: .3em .45em; text-align: left;
         vertical-align: top; }
th { background: var(--fill); color: var(--accent); }
td ul { margin: 0; padding-left: 1.1em; }
.organisation { color: var(--muted); font-size: 1.1em; margin: 0; }
.facts { display: grid; grid-template-columns: max-content auto; gap: .2em 1.5em; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.draft-notice { color: var(--must); font-weight: bold; }
nav ol { list-style: none; padding-left: 0; }
nav li { margin: .2em 0; }
footer { margin-top: 3em; padding-top: .5em; border-top: 1px solid var(--rule);
         color: var(--muted); font-size: .8em; }
body.draft::before { content: attr(data-watermark); position: fixed; top: 40%; left: 0; right: 0;
                     text-align: center; font-size: 9em; font-weight: bold;
                     color: rgba(0, 0, 0, .06); transform: rotate(-40deg); z-index: -1;
                     pointer-events: none; }
@media print {
  @page { margin: 20mm 18mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  .cover, nav { break-after: page; }
  main > section + section { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  .clause, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
)css"_s;

void table(QString &html, const QString &heading, const QStringList &columns,
           const QList<QStringList> &rows)
{
    html += u"<h4>"_s + esc(heading) + u"</h4>\n<table>\n<thead><tr>"_s;
    for (const QString &column : columns)
        html += u"<th>"_s + esc(column) + u"</th>"_s;
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &cell : row)
            html += u"<td>"_s + cell + u"</td>"_s; // cells arrive escaped
        html += u"</tr>\n"_s;
    }
    html += u"</tbody>\n</table>\n"_s;
}

void structuredItems(QString &html, const Section &section, const OutputLanguage &language)
{
    if (!section.escalation.isEmpty()) {
        QList<QStringList> rows;
        for (const EscalationTier &t : section.escalation)
            rows << QStringList {QString::number(t.tier), esc(words::roleNamed(t.role, language)),
                                 esc(hoursText(t.withinHours, language)), esc(t.action)};
        table(html, escalationHeading(language), escalationColumns(language), rows);
    }
    if (!section.followUp.isEmpty()) {
        QList<QStringList> rows;
        for (int i = 0; i < section.followUp.size(); ++i)
            rows << QStringList {QString::number(i + 1), esc(section.followUp.at(i))};
        table(html, followUpHeading(language), followUpColumns(language), rows);
    }
    if (!section.stages.isEmpty()) {
        QList<QStringList> rows;
        for (int i = 0; i < section.stages.size(); ++i)
            rows << QStringList {QString::number(i + 1), esc(section.stages.at(i).name),
                                 esc(hoursText(section.stages.at(i).withinHours, language))};
        table(html, stagesHeading(language), stageColumns(language), rows);
    }
    if (!section.programmes.isEmpty()) {
        QList<QStringList> rows;
        for (const TrainingProgramme &p : section.programmes) {
            QString objectives;
            if (!p.objectives.isEmpty()) {
                objectives = u"<ul>"_s;
                for (const QString &objective : p.objectives)
                    objectives += u"<li>"_s + esc(objective) + u"</li>"_s;
                objectives += u"</ul>"_s;
            }
            rows << QStringList {esc(p.title),
                                 esc(numberText(p.hours, language)),
                                 objectives,
                                 esc(finalTestText(p, language)),
                                 esc(rolesText(p.roles, language)),
                                 esc(refresherText(p, language))};
        }
        table(html, programmesHeading(language), programmeColumns(language), rows);
    }
    if (!section.kpis.isEmpty()) {
        QList<QStringList> rows;
        for (const Kpi &k : section.kpis)
            rows << QStringList {esc(k.name),
                                 esc(k.definition),
                                 esc(k.unit),
                                 esc(kpiTargetText(k, language)),
                                 esc(kpiAlertText(k, language)),
                                 esc(k.action)};
        table(html, kpisHeading(language), kpiColumns(language), rows);
    }
}

} // namespace

QByteArray handbookHtml(const HandbookSource &source)
{
    const VersionInfo &info = source.version.info;
    const CodeContent &content = source.version.content;
    const OutputLanguage language(content.language);
    const bool draft = isDraftState(info.state);
    QString html;
    html.reserve(4096 + content.clauseCount() * 1024);
    html += u"<!DOCTYPE html>\n<html lang=\""_s + esc(content.language) + u"\">\n<head>\n"_s
        + u"<meta charset=\"utf-8\">\n"_s
        + u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s
        + u"<meta name=\"generator\" content=\"Tenet " TENET_VERSION_STRING "\">\n"_s
        + u"<meta name=\"author\" content=\""_s + esc(source.organisationName()) + u"\">\n"_s
        + u"<title>"_s + esc(source.code.title) + u" · "_s + esc(versionLine(info, language))
        + u"</title>\n<style>"_s + styleSheet + u"</style>\n</head>\n"_s
        + (draft ? u"<body class=\"draft\" data-watermark=\""_s
                   //: The watermark across every page of a handbook not yet in force.
                   + esc(language.translate("Handbook", "DRAFT")) + u"\">\n"_s
                 : u"<body>\n"_s);

    html += u"<header class=\"cover\">\n<p class=\"organisation\">"_s
        + esc(source.organisationName()) + u"</p>\n<h1>"_s + esc(source.code.title)
        + u"</h1>\n<dl class=\"facts\">\n"_s;
    const QList<std::pair<QString, QString>> facts = {
        {language.translate("Handbook", "Version"), QString::number(info.number)},
        {language.translate("Handbook", "State"), words::versionState(info.state, language)},
        {language.translate("Handbook", "Effective date"), effectiveDateText(info, language)},
        {language.translate("Handbook", "Approved by"),
         source.approverName().isEmpty() ? language.translate("Handbook", "not yet approved")
                                         : source.approverName()},
    };
    for (const auto &[label, value] : facts)
        html += u"<dt>"_s + esc(label) + u"</dt><dd>"_s + esc(value) + u"</dd>\n"_s;
    html += u"</dl>\n"_s;
    if (!info.summary.isEmpty())
        html += u"<p class=\"summary\">"_s + esc(info.summary) + u"</p>\n"_s;
    if (draft)
        html += u"<p class=\"draft-notice\">"_s
            + esc(language.translate(
                "Handbook", "This is a draft. It is not in force, and it is not for signing."))
            + u"</p>\n"_s;
    html += u"</header>\n"_s;

    html += u"<nav>\n<h2>"_s + esc(language.translate("Handbook", "Contents")) + u"</h2>\n<ol>\n"_s;
    for (const Section &section : content.sections)
        html += u"<li><a href=\"#"_s + anchor(u"section-"_s, sectionKeyName(section.key))
            + u"\"><span class=\"number\">"_s + QString::number(sectionNumber(section.key))
            + u"</span> "_s + esc(section.title) + u"</a></li>\n"_s;
    html += u"</ol>\n</nav>\n<main>\n"_s;

    for (const Section &section : content.sections) {
        html += u"<section id=\""_s + anchor(u"section-"_s, sectionKeyName(section.key))
            + u"\">\n<h2><span class=\"number\">"_s + QString::number(sectionNumber(section.key))
            + u"</span> "_s + esc(section.title) + u"</h2>\n"_s;
        if (!section.purpose.isEmpty())
            html += u"<p class=\"purpose\">"_s + esc(section.purpose) + u"</p>\n"_s;
        for (int i = 0; i < section.clauses.size(); ++i) {
            const Clause &clause = section.clauses.at(i);
            const QString strength = strengthName(clause.strength);
            html += u"<article class=\"clause "_s + strength + u"\" id=\""_s
                + anchor(u"clause-"_s, clause.id) + u"\">\n<h3><span class=\"number\">"_s
                + clauseNumber(section.key, i) + u"</span> "_s + esc(clause.title)
                + u" <span class=\"strength\">"_s + esc(strengthLabel(clause.strength, language))
                + u"</span></h3>\n<div class=\"body\">\n"_s + markdownToHtml(clause.body)
                + u"</div>\n"_s;
            if (!clause.references.isEmpty())
                html += u"<p class=\"references\">"_s
                    + esc(language.translate("Handbook", "References: %1")
                              .arg(clause.references.join(u"; "_s)))
                    + u"</p>\n"_s;
            html += u"</article>\n"_s;
        }
        structuredItems(html, section, language);
        html += u"</section>\n"_s;
    }
    html += u"</main>\n<footer>"_s + esc(source.organisationName()) + u" · "_s
        + esc(source.code.title) + u" · "_s + esc(versionLine(info, language)) + u"</footer>\n"_s
        + u"</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace tenet::render
