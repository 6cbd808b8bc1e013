#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace tenet::app {

class SearchResultModel;
class Session;

// Full-text search over clause titles and bodies, in the version shown or across every
// version. Typing searches after a short pause; Enter searches at once and moves to the
// results, where Enter (or a double-click) jumps to the clause.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(Session &session, QWidget *parent = nullptr);

    // The version "this version" means; none searches every version.
    void setCurrentVersion(std::optional<qint64> versionId, int versionNumber);
    // Puts the cursor in the search field with its text selected.
    void focusSearch();
    void search();

    QLineEdit *searchField() const { return m_field; }
    QListView *resultsView() const { return m_results; }
    SearchResultModel *model() const { return m_model; }

signals:
    void clauseActivated(int versionNumber, const QString &clauseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void activate(const QModelIndex &index);
    bool eventFilter(QObject *watched, QEvent *event) override;

    Session &m_session;
    QLineEdit *m_field;
    QComboBox *m_scope;
    QListView *m_results;
    QLabel *m_status;
    QTimer *m_delay;
    SearchResultModel *m_model;
    std::optional<qint64> m_versionId;
    int m_versionNumber = 0;
};

} // namespace tenet::app
