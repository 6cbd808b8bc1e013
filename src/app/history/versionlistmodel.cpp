#include "versionlistmodel.h"

#include "app/common/displayformat.h"
#include "app/common/languagechange.h"
#include "app/session/session.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

VersionListModel::VersionListModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::codeChanged, this, &VersionListModel::reload);
    connect(&m_session, &Session::versionsChanged, this, &VersionListModel::reload);
    reload();
}

void VersionListModel::reload()
{
    beginResetModel();
    m_versions.clear();
    m_names.clear();
    m_readError.clear();
    if (storage::Database *db = m_session.database(); db && m_session.code()) {
        auto versions = storage::VersionStore(*db).versions(m_session.code()->id);
        if (versions)
            m_versions = std::move(versions).value();
        else
            m_readError = versions.error().message;
        storage::StaffStore staff(*db);
        for (const VersionInfo &v : std::as_const(m_versions)) {
            for (const QString &id : {v.author, v.approvedBy, v.publishedBy}) {
                if (id.isEmpty() || m_names.contains(id) || id.startsWith(u"os:"_s))
                    continue;
                const auto member = staff.find(id);
                m_names.insert(id, member ? member->fullName : QString());
            }
        }
    }
    endResetModel();
}

int VersionListModel::rowOf(qint64 versionId) const
{
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).id == versionId)
            return row;
    }
    return -1;
}

std::optional<VersionInfo> VersionListModel::version(qint64 versionId) const
{
    const int row = rowOf(versionId);
    if (row < 0)
        return std::nullopt;
    return m_versions.at(row);
}

std::optional<VersionInfo> VersionListModel::versionInForce() const
{
    for (const VersionInfo &v : m_versions) {
        if (v.state == VersionState::Published)
            return v;
    }
    return std::nullopt;
}

std::optional<VersionInfo> VersionListModel::previousVersion(qint64 versionId) const
{
    const auto current = version(versionId);
    if (!current)
        return std::nullopt;
    std::optional<VersionInfo> justBefore;
    std::optional<VersionInfo> lastLive;
    for (const VersionInfo &v : m_versions) {
        if (v.number >= current->number)
            continue;
        if (!justBefore || v.number > justBefore->number)
            justBefore = v;
        if (v.state != VersionState::Withdrawn && (!lastLive || v.number > lastLive->number))
            lastLive = v;
    }
    return lastLive ? lastLive : justBefore;
}

int VersionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VersionListModel::personName(const QString &id) const
{
    if (id.isEmpty())
        return {};
    if (id.startsWith(u"os:"_s))
        return tr("%1 (script)").arg(id.mid(3));
    const QString name = m_names.value(id);
    return name.isEmpty() ? id : name;
}

QString VersionListModel::personToolTip(const QString &id) const
{
    if (id.isEmpty() || id.startsWith(u"os:"_s))
        return {};
    const QString name = m_names.value(id);
    return name.isEmpty() ? tr("Employee %1").arg(id) : tr("%1, employee %2").arg(name, id);
}

QVariant VersionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VersionInfo &v = m_versions.at(index.row());
    const bool inForce = v.state == VersionState::Published;
    const QString kind = !v.material ? QString() : *v.material ? tr("Material") : tr("Editorial");

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return v.number;
        case StateColumn:
            return inForce ? tr("In force") : domain::versionStateLabel(v.state);
        case AuthorColumn:
            return personName(v.author);
        case ApproverColumn:
            return personName(v.approvedBy);
        case CreatedColumn:
            return display::date(v.createdAt);
        case PublishedColumn:
            return display::date(v.publishedAt);
        case KindColumn:
            return kind;
        case SummaryColumn: {
            QString line = v.summary;
            return line.replace(u'\n', u' ');
        }
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StateColumn:
            if (inForce)
                return tr("Published and in force: the version everyone is asked to acknowledge.");
            if (v.state == VersionState::Draft)
                return tr("A draft still being written; only drafts can be edited.");
            return {};
        case AuthorColumn:
            return personToolTip(v.author);
        case ApproverColumn:
            return v.approvedBy.isEmpty()
                ? QString()
                : tr("%1, approved on %2")
                      .arg(personToolTip(v.approvedBy), display::dateTime(v.approvedAt));
        case CreatedColumn:
            return display::dateTime(v.createdAt);
        case PublishedColumn:
            return v.publishedAt.isValid()
                ? tr("Published on %1 by %2")
                      .arg(display::dateTime(v.publishedAt), personName(v.publishedBy))
                : QString();
        case KindColumn:
            if (!v.material)
                return {};
            return *v.material
                ? tr("Material: everyone had to acknowledge this version again.")
                : tr("Editorial: wording only; earlier acknowledgements still count.");
        case SummaryColumn:
            return v.summary;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == NumberColumn)
            return tr("Version %1, %2")
                .arg(v.number)
                .arg(data(index.siblingAtColumn(StateColumn)).toString());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (inForce) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        // A translucent tint reads on light and dark palettes alike.
        if (inForce)
            return QColor(0x2e, 0xa0, 0x43, 0x38);
        break;
    case Qt::ForegroundRole:
        if (v.state == VersionState::Withdrawn || v.state == VersionState::Superseded)
            return QColor(0x6a, 0x73, 0x7d);
        break;
    case VersionIdRole:
        return v.id;
    case InForceRole:
        return inForce;
    case StateRole:
        return int(v.state);
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return v.number;
        case StateColumn:
            return int(v.state);
        case CreatedColumn:
            return v.createdAt;
        case PublishedColumn:
            return v.publishedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant VersionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            return tr("Version");
        case StateColumn:
            return tr("State");
        case AuthorColumn:
            return tr("Author");
        case ApproverColumn:
            return tr("Approved by");
        case CreatedColumn:
            return tr("Started");
        case PublishedColumn:
            return tr("Published");
        case KindColumn:
            return tr("Kind");
        case SummaryColumn:
            return tr("Summary");
        }
    }
    if (role == Qt::ToolTipRole && section == KindColumn)
        return tr("Material changes ask everyone to acknowledge again; editorial ones do not.");
    return {};
}

bool VersionListModel::event(QEvent *event)
{
    announceTextsOnLanguageChange(*this, event);
    return QAbstractTableModel::event(event);
}

} // namespace tenet::app
