#pragma once

#include "domain/acknowledgement.h"
#include "domain/version.h"

#include <QByteArray>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ReadingView;
}

class QListWidgetItem;

namespace tenet::app {

class Session;

// What an agent sees after signing in: the version in force of the session's code, section
// by section with the ones not yet opened marked, what changed since the version they last
// signed first, and signing once every section has been opened; or, when their signature
// already covers the version in force, its receipt.
class ReadingView : public QWidget
{
    Q_OBJECT

public:
    explicit ReadingView(Session &session, QWidget *parent = nullptr);
    ~ReadingView() override;

    // Reads the version in force and the person's signatures again. The sections opened so
    // far are kept while the person and the version stay the same.
    void reload();

    // What the list offers besides the sections, in Qt::UserRole of its items.
    enum Page { ChangesPage = -1, ReceiptPage = -2 };

signals:
    // The person signed the version in force.
    void signedVersion(const tenet::domain::Acknowledgement &ack);

protected:
    void changeEvent(QEvent *event) override;

private:
    void clear(const QString &status);
    void fillList();
    void showPage(QListWidgetItem *item);
    void markOpened(QListWidgetItem *item, bool opened);
    void updateProgress();
    void openSignDialog();
    void openCheckDialog();
    void rememberOpened(int sectionIndex);
    // The version asks questions the person has not passed yet.
    bool checkPending() const;
    void moveInList(int step);

    std::unique_ptr<Ui::ReadingView> m_ui;
    Session &m_session;
    std::optional<domain::Version> m_version; // in force
    std::optional<domain::Acknowledgement> m_latest; // the person's latest signature
    bool m_covered = false; // their signature satisfies the version in force
    QString m_changesHtml; // empty when there is no earlier signature to compare with
    std::optional<QByteArray> m_hash; // of m_latest's ledger row
    // The sections opened, by index, for this person and this version; also kept in the
    // database, so that reading can resume in a later session.
    QSet<int> m_opened;
    QString m_openedBy;
    qint64 m_openedVersionId = 0;
};

} // namespace tenet::app
