#include "editorheader.h"

#include "draftdocument.h"
#include "models/codetreemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tenet::app {

using domain::VersionState;
using SaveState = DraftDocument::SaveState;

namespace {

QString stateTitle(VersionState state)
{
    switch (state) {
    case VersionState::Draft:
        return EditorHeader::tr("Draft");
    case VersionState::InReview:
        return EditorHeader::tr("In review");
    case VersionState::Approved:
        return EditorHeader::tr("Approved");
    case VersionState::Published:
        return EditorHeader::tr("Published");
    case VersionState::Superseded:
        return EditorHeader::tr("Superseded");
    case VersionState::Withdrawn:
        return EditorHeader::tr("Withdrawn");
    }
    return {};
}

} // namespace

EditorHeader::EditorHeader(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_saveLabel(new QLabel(this))
{
    m_heading->setObjectName(u"editorHeading"_s);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.45);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_subheading->setObjectName(u"editorSubheading"_s);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_saveLabel->setObjectName(u"saveStateLabel"_s);
    m_saveLabel->setForegroundRole(QPalette::PlaceholderText);
    m_saveLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_heading);
    text->addWidget(m_subheading);
    row->addLayout(text, 1);
    row->addWidget(m_saveLabel, 0, Qt::AlignTop);
    retranslate();
}

void EditorHeader::changeEvent(QEvent *event)
{
    // The texts that depend on the version shown follow from the editor's own change event.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EditorHeader::retranslate()
{
    m_heading->setAccessibleName(tr("What is being edited"));
    m_saveLabel->setAccessibleName(tr("Version and save state"));
}

void EditorHeader::showItem(const DraftDocument *document, const QModelIndex &current)
{
    if (!document || !current.isValid()) {
        m_heading->setText(document ? tr("Nothing selected") : tr("No version open"));
        m_subheading->clear();
        return;
    }
    const int section = current.data(CodeTreeModel::SectionIndexRole).toInt();
    const domain::Section &s = document->section(section);
    if (current.data(CodeTreeModel::KindRole).value<CodeTreeModel::Kind>()
        == CodeTreeModel::Kind::Clause) {
        const domain::Clause &clause = document->clause(section, current.row());
        m_heading->setText(document->clauseNumber(section, current.row()) + u"  "_s + clause.title);
        //: Under a clause's title: its section's title, its strength, its id.
        m_subheading->setText(tr("%1  ·  %2  ·  id %3")
                                  .arg(s.title,
                                       clause.strength == domain::Strength::Must
                                           ? tr("must, a firm rule")
                                           : tr("should, guidance"),
                                       clause.id));
    } else {
        m_heading->setText(QString::number(document->sectionNumber(section)) + u"  "_s + s.title);
        const int count = int(s.clauses.size());
        m_subheading->setText(tr("Section %1  ·  %2")
                                  .arg(QString::number(document->sectionNumber(section)),
                                       tr("%n clauses", nullptr, count)));
    }
}

QString EditorHeader::statusText(const DraftDocument *document)
{
    if (!document)
        return tr("No version open");
    const domain::VersionInfo &info = document->info();
    const QString version = tr("%1 v%2").arg(stateTitle(info.state)).arg(info.number);
    if (document->saveState() == SaveState::Conflict)
        return tr("%1  ·  Not saved: conflict").arg(version);
    if (document->isReadOnly())
        return tr("%1  ·  Read-only").arg(version);
    switch (document->saveState()) {
    case SaveState::Saved:
        return tr("%1  ·  All changes saved").arg(version);
    case SaveState::Saving:
        return tr("%1  ·  Saving…").arg(version);
    case SaveState::Unsaved:
        return tr("%1  ·  Unsaved changes").arg(version);
    case SaveState::Conflict:
        break;
    }
    return version;
}

void EditorHeader::showStatus(const DraftDocument *document)
{
    m_saveLabel->setText(statusText(document));
    m_saveLabel->setToolTip(document && !document->isReadOnly()
                                ? tr("Edits are saved automatically, about two seconds after "
                                     "you stop typing.")
                                : QString());
}

} // namespace tenet::app
