#include "searchpanel.h"

#include "searchhitdelegate.h"
#include "searchresultmodel.h"

#include "app/session/session.h"
#include "storage/versionstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace tenet::app {

namespace {
enum Scope { ThisVersion, AllVersions };
constexpr int typingPauseMs = 250;
} // namespace

SearchPanel::SearchPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_field(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_results(new QListView(this))
    , m_status(new QLabel(this))
    , m_delay(new QTimer(this))
    , m_model(new SearchResultModel(this))
{
    m_field->setClearButtonEnabled(true);
    m_scope->addItem(QString(), ThisVersion);
    m_scope->addItem(QString(), AllVersions);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    retranslate();

    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_field, 1);
    fieldRow->addWidget(m_scope);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(fieldRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    m_delay->setSingleShot(true);
    m_delay->setInterval(typingPauseMs);
    connect(m_delay, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_field, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        search();
        if (m_model->rowCount() > 0) {
            m_results->setCurrentIndex(m_model->index(0));
            m_results->setFocus();
        }
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SearchPanel::search);
    connect(m_results, &QListView::activated, this, &SearchPanel::activate);
    m_results->installEventFilter(this);
    connect(&m_session, &Session::databaseChanged, this, [this] {
        m_model->setHits({});
        m_status->clear();
    });
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_status->text().isEmpty())
            search(); // says how many clauses match in the new words
    }
    QWidget::changeEvent(event);
}

void SearchPanel::retranslate()
{
    m_field->setPlaceholderText(tr("Search clauses (Ctrl+F)"));
    m_field->setAccessibleName(tr("Search text"));
    m_field->setToolTip(tr("Words to find in clause titles and bodies; accents are optional "
                           "and the last word may be the start of a word."));
    m_scope->setItemText(ThisVersion,
                         m_versionId ? tr("Version %1").arg(m_versionNumber) : tr("This version"));
    m_scope->setItemText(AllVersions, tr("All versions"));
    m_scope->setAccessibleName(tr("Search scope"));
    m_results->setAccessibleName(tr("Search results"));
    m_status->setAccessibleName(tr("Number of results"));
}

void SearchPanel::setCurrentVersion(std::optional<qint64> versionId, int versionNumber)
{
    m_versionId = versionId;
    m_versionNumber = versionNumber;
    retranslate();
    if (!m_field->text().trimmed().isEmpty())
        search();
}

void SearchPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::search()
{
    m_delay->stop();
    const QString text = m_field->text().trimmed();
    if (text.isEmpty() || !m_session.database() || !m_session.code()) {
        m_model->setHits({});
        m_status->clear();
        return;
    }
    const bool everyVersion = m_scope->currentData().toInt() == AllVersions || !m_versionId;
    const auto hits
        = storage::VersionStore(*m_session.database())
              .search(m_session.code()->id, text, everyVersion ? std::nullopt : m_versionId);
    if (!hits) {
        // Not "no match": the user must know that the clauses were not searched at all.
        m_model->setHits({});
        m_status->setText(tr("Search failed: %1").arg(hits.error().message));
        return;
    }
    m_model->setHits(*hits);
    m_status->setText(hits->isEmpty() ? tr("No clause matches.")
                                      : tr("%n clauses match.", nullptr, int(hits->size())));
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const bool thisVersion = m_scope->currentData().toInt() == ThisVersion && m_versionId;
    const int version = thisVersion ? m_versionNumber
                                    : index.data(SearchResultModel::VersionNumberRole).toInt();
    emit clauseActivated(version, index.data(SearchResultModel::ClauseIdRole).toString());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a result jumps to it even on platforms whose item views do not "activate" on
    // Enter.
    if (watched == m_results && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_results->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tenet::app
