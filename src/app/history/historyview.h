#pragma once

#include "domain/result.h"
#include "domain/version.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QAction;
class QItemSelection;
class QModelIndex;
class QSortFilterProxyModel;

namespace Ui {
class HistoryView;
}

namespace tenet::app {

class ComparisonModel;
class Session;
class VersionListModel;

// The version history of the session's code and the comparison of any two versions: a
// sortable table of versions above, and below it the list of changes beside a redline of
// the changed text. Follows the session: it reloads when versions change, and redraws a
// comparison whose draft was saved meanwhile.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(Session &session, QWidget *parent = nullptr);
    ~HistoryView() override;

    // Shows the changes from one version to another (normally the older first). Both are
    // selected in the table.
    void compare(qint64 fromVersionId, qint64 toVersionId);
    // Shows what the version changes against the version in force: the "one click" from a
    // draft. Says so when there is no version in force, or it is that version.
    void compareWithVersionInForce(qint64 versionId);
    // Shows what the version changed against the one before it.
    void compareWithPrevious(qint64 versionId);
    // Reads the versions again (the session's signals already do this).
    void reload();

    // The versions of the comparison shown (from, to), if any.
    std::optional<std::pair<qint64, qint64>> comparedVersions() const;

    // Splitter positions and column widths, for the main window to keep in its settings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // For menus and toolbars: Compare (Ctrl+Return) and Compare with version in force
    // (Ctrl+Shift+Return) act on the selected versions and are enabled accordingly.
    QAction *compareAction() const { return m_compareAction; }
    QAction *compareWithVersionInForceAction() const { return m_compareInForceAction; }
    QAction *openAction() const { return m_openAction; }

    VersionListModel *versionModel() const { return m_versions; }
    ComparisonModel *comparisonModel() const { return m_changes; }

signals:
    // The user asked to open a version (Open, or Enter on a row), e.g. in the editor or a
    // read-only view.
    void openVersionRequested(qint64 versionId);
    // A comparison has just been shown.
    void comparisonShown(qint64 fromVersionId, qint64 toVersionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateActions();
    void showFirstMessage();
    void showHeading();
    QList<domain::VersionInfo> selectedVersions() const;
    void updateActions();
    void compareSelection();
    void compareSelectionWithVersionInForce();
    void openSelection();
    void rememberSelection();
    void restoreSelection();
    void selectVersions(const QList<qint64> &ids);
    void afterVersionsReloaded();
    void forgetComparison();
    void scrollToChange(const QModelIndex &current);
    void showMessage(const QString &title, const QString &message);
    domain::Result<domain::Version> loadVersion(qint64 versionId);

    std::unique_ptr<Ui::HistoryView> m_ui;
    Session &m_session;
    VersionListModel *m_versions = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    ComparisonModel *m_changes = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_compareInForceAction = nullptr;
    QAction *m_openAction = nullptr;
    QList<qint64> m_selectedIds;
    bool m_restoringSelection = false;
    std::optional<domain::VersionInfo> m_shownFrom;
    std::optional<domain::VersionInfo> m_shownTo;
    // Loaded versions by id; an entry is dropped when the version's info changes.
    QHash<qint64, domain::Version> m_cache;
};

} // namespace tenet::app
