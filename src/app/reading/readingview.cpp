#include "readingview.h"
#include "domain/organisationdate.h"
#include "ui_reading_view.h"

#include "app/common/displayformat.h"
#include "app/session/session.h"
#include "checkdialog.h"
#include "domain/acknowledgementrules.h"
#include "domain/comparison.h"
#include "receipt.h"
#include "render/redlinehtml.h"
#include "sectionpage.h"
#include "signdialog.h"
#include "storage/acknowledgementstore.h"
#include "storage/checkattemptstore.h"
#include "storage/readingprogressstore.h"
#include "storage/versionstore.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;
using namespace tenet::domain;
using tenet::render::redlineHtml;

namespace tenet::app {

namespace {

QString dateText(const QDateTime &utc)
{
    return display::date(utc);
}

// A dot that marks a section not opened yet, and an empty square of the same size so
// that the titles stay aligned once it is gone.
QIcon markIcon(bool unopened, const QColor &colour)
{
    QPixmap pixmap(24, 24);
    pixmap.fill(Qt::transparent);
    if (unopened) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(4, 4, 16, 16));
    }
    return QIcon(pixmap);
}

} // namespace

ReadingView::ReadingView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReadingView>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({280, 720});
    m_ui->pageList->setMinimumWidth(220);
    m_ui->pageBrowser->document()->setDocumentMargin(16);

    connect(m_ui->pageList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { showPage(current); });
    connect(m_ui->signButton, &QPushButton::clicked, this, &ReadingView::openSignDialog);
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] {
        if (m_latest)
            printReceipt(receiptHtml(*m_latest, m_hash, m_session.code()), this);
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        if (m_latest)
            QGuiApplication::clipboard()->setText(receiptText(*m_latest, m_hash, m_session.code()));
    });
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [this] { moveInList(1); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] { moveInList(-1); });

    connect(&m_session, &Session::databaseChanged, this, &ReadingView::reload);
    connect(&m_session, &Session::userChanged, this, &ReadingView::reload);
    connect(&m_session, &Session::codeChanged, this, &ReadingView::reload);
    connect(&m_session, &Session::versionsChanged, this, &ReadingView::reload);
    reload();
}

ReadingView::~ReadingView() = default;

void ReadingView::changeEvent(QEvent *event)
{
    // Every text the view builds is built by reload(), which keeps the page shown.
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    QWidget::changeEvent(event);
}

void ReadingView::clear(const QString &status)
{
    m_version.reset();
    m_latest.reset();
    m_hash.reset();
    m_covered = false;
    m_changesHtml.clear();
    m_ui->titleLabel->clear();
    m_ui->statusLabel->setText(status);
    m_ui->pageList->clear();
    m_ui->pageBrowser->clear();
    m_ui->progressLabel->clear();
    m_ui->signButton->setEnabled(false);
    m_ui->printButton->hide();
    m_ui->copyButton->hide();
}

void ReadingView::reload()
{
    if (!m_session.database() || !m_session.code() || !m_session.user()) {
        clear(tr("Sign in to read the code."));
        return;
    }
    storage::Database &db = *m_session.database();
    const Code &code = *m_session.code();
    const StaffMember &user = *m_session.user();
    const storage::VersionStore versions(db);
    const auto found = versions.inForce(code.id);
    if (!found) {
        clear(tr("The code could not be read: %1").arg(found.error().toString()));
        return;
    }
    const std::optional<domain::VersionInfo> &inForce = *found;
    if (!inForce) {
        clear(tr("No version of %1 is in force yet: there is nothing to read or sign.")
                  .arg(code.title));
        return;
    }
    // Translations are not stored yet: the code is shown in the language it is written in
    // (Code::language). Once versions carry translations, pick StaffMember::language here
    // and fall back to the code's language.
    auto loaded = versions.load(inForce->id);
    if (!loaded) {
        clear(tr("The version in force could not be read: %1").arg(loaded.error().toString()));
        return;
    }
    // The page shown stays shown across a reload, unless the signature changed: then the
    // receipt, or what changed, comes first again.
    const QListWidgetItem *previousItem = m_ui->pageList->currentItem();
    const bool hadPage = previousItem != nullptr;
    const int previousPage = hadPage ? previousItem->data(Qt::UserRole).toInt() : 0;
    const bool wasCovered = m_covered;
    const bool samePerson = m_openedBy == user.employeeNo && m_openedVersionId == inForce->id;
    clear({});
    if (!samePerson) {
        m_opened.clear();
        m_openedBy = user.employeeNo;
        m_openedVersionId = inForce->id;
    }
    m_version = std::move(loaded).value();
    // What they opened in an earlier session counts too.
    // Unread, they are simply not ticked: reading works without them.
    const auto openedBefore
        = storage::ReadingProgressStore(db).opened(inForce->id, user.employeeNo);
    for (int index = 0; openedBefore && index < m_version->content.sections.size(); ++index) {
        if (openedBefore->contains(m_version->content.sections.at(index).key))
            m_opened.insert(index);
    }

    const storage::AcknowledgementStore acks(db);
    const auto latest = acks.latest(code.id, user.employeeNo);
    const auto covered
        = acks.hasSignedInForce(code.id, user.employeeNo, domain::organisationToday());
    if (!latest || !covered) {
        clear(tr("Your signatures could not be read: %1")
                  .arg((!latest ? latest.error() : covered.error()).toString()));
        return;
    }
    m_latest = *latest;
    m_covered = *covered;
    if (m_latest)
        m_hash = ledgerRowHash(db, *m_latest);

    const int number = m_version->info.number;
    m_ui->titleLabel->setText(
        u"<h2 style=\"margin:0\">"_s + code.title.toHtmlEscaped() + u"</h2>"_s
        + tr("Version %1, in force since %2").arg(number).arg(dateText(m_version->info.publishedAt))
              .toHtmlEscaped());

    QString status;
    if (m_covered) {
        status = tr("You signed version %1 on %2.")
                     .arg(m_latest->versionNumber)
                     .arg(dateText(m_latest->signedAt));
        if (m_latest->versionNumber != number)
            status += u" "_s
                + tr("The versions since then made only editorial changes, so your signature "
                     "still covers version %1.")
                      .arg(number);
    } else if (m_latest && m_latest->versionNumber < number) {
        status = tr("You signed version %1 on %2. Version %3 changed the code: read what "
                    "changed, open every section, then sign again.")
                     .arg(m_latest->versionNumber)
                     .arg(dateText(m_latest->signedAt))
                     .arg(number);
        auto signedVersion = versions.load(m_latest->versionId);
        if (signedVersion) {
            const Comparison comparison =
                compareContent(signedVersion->content, m_version->content);
            m_changesHtml = u"<h2>"_s
                + tr("What changed since you signed version %1").arg(m_latest->versionNumber)
                      .toHtmlEscaped()
                + u"</h2>"_s
                + (comparison.isEmpty()
                       ? u"<p>"_s + tr("The text did not change.").toHtmlEscaped() + u"</p>"_s
                       : redlineHtml(comparison, *signedVersion, *m_version));
        }
    } else if (m_latest) {
        status = tr("Your signature of version %1 on %2 is older than the %3 months after which "
                    "this code asks everyone to sign again: read it once more and sign.")
                     .arg(m_latest->versionNumber)
                     .arg(dateText(m_latest->signedAt))
                     .arg(code.attestationMonths.value_or(0));
    } else {
        status = tr("Open every section, then sign to confirm that you have read and "
                    "understood version %1.")
                     .arg(number);
    }
    const ComprehensionCheck &check = m_version->content.check;
    if (!m_covered && !check.isEmpty())
        status += u" "_s
            + tr("Before signing you answer %1 about it; the pass mark is %2.")
                  .arg(questionCountText(check.questions.size()), percentText(check.passMark));
    if (!m_covered && !mustSign(code, user))
        status = tr("You are not among the people who must sign this code; you can still read "
                    "it.");
    m_ui->statusLabel->setText(status);
    m_ui->printButton->setVisible(m_covered);
    m_ui->copyButton->setVisible(m_covered);
    m_ui->signButton->setVisible(!m_covered);

    fillList();
    int row = 0;
    if (samePerson && wasCovered == m_covered && hadPage) {
        for (int candidate = 0; candidate < m_ui->pageList->count(); ++candidate) {
            if (m_ui->pageList->item(candidate)->data(Qt::UserRole).toInt() == previousPage)
                row = candidate;
        }
    }
    m_ui->pageList->setCurrentRow(row);
    updateProgress();
}

void ReadingView::fillList()
{
    QListWidget *list = m_ui->pageList;
    const auto addPage = [list](const QString &text, int page) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, page);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        return item;
    };
    if (m_covered && m_latest)
        addPage(tr("Your signature"), ReceiptPage);
    if (!m_changesHtml.isEmpty())
        addPage(tr("What changed since you signed version %1").arg(m_latest->versionNumber),
                ChangesPage);
    const QList<Section> &sections = m_version->content.sections;
    for (int index = 0; index < sections.size(); ++index) {
        //: A section in the list of pages: its number and its own title, "3. Behaviour".
        auto *item = new QListWidgetItem(
            tr("%1. %2").arg(sectionNumber(sections[index].key)).arg(sections[index].title), list);
        item->setData(Qt::UserRole, index);
        markOpened(item, m_opened.contains(index));
    }
}

void ReadingView::markOpened(QListWidgetItem *item, bool opened)
{
    // Once signed, nothing is left to open: no marks.
    const bool marked = !opened && !m_covered;
    item->setIcon(markIcon(marked, palette().color(QPalette::Highlight)));
    item->setToolTip(marked ? tr("Not opened yet") : QString());
    item->setData(Qt::AccessibleTextRole,
                  marked ? tr("%1, not opened yet").arg(item->text()) : item->text());
}

void ReadingView::showPage(QListWidgetItem *item)
{
    if (!item || !m_version) {
        m_ui->pageBrowser->clear();
        return;
    }
    const int page = item->data(Qt::UserRole).toInt();
    if (page == ChangesPage) {
        m_ui->pageBrowser->setHtml(m_changesHtml);
    } else if (page == ReceiptPage) {
        m_ui->pageBrowser->setHtml(u"<h2>"_s
                                   + tr("You signed version %1 on %2")
                                         .arg(m_latest->versionNumber)
                                         .arg(dateText(m_latest->signedAt))
                                         .toHtmlEscaped()
                                   + u"</h2>"_s + receiptHtml(*m_latest, m_hash, m_session.code()));
    } else {
        m_ui->pageBrowser->setHtml(SectionPage::html(m_version->content.sections.at(page)));
        m_ui->pageBrowser->verticalScrollBar()->setValue(0);
        if (!m_opened.contains(page)) {
            m_opened.insert(page);
            rememberOpened(page);
            markOpened(item, true);
            updateProgress();
        }
    }
}

void ReadingView::updateProgress()
{
    if (!m_version)
        return;
    const int total = int(m_version->content.sections.size());
    const int opened = int(m_opened.size());
    const bool canSign = m_session.code() && m_session.user()
        && mustSign(*m_session.code(), *m_session.user());
    m_ui->progressLabel->setText(m_covered ? QString()
                                           : tr("Sections opened: %1 of %2").arg(opened).arg(total));
    const bool ready = !m_covered && canSign && opened >= total;
    const bool questionsFirst = checkPending();
    m_ui->signButton->setText(questionsFirst ? tr("Answer the &Questions…") : tr("&Sign…"));
    m_ui->signButton->setEnabled(ready);
    m_ui->signButton->setToolTip(
        ready && questionsFirst
            ? tr("Version %1 asks %2 before you sign.")
                  .arg(QString::number(m_version->info.number),
                       questionCountText(m_version->content.check.questions.size()))
        : ready ? tr("Sign to confirm that you have read and understood version %1.")
                    .arg(m_version->info.number)
              : !canSign ? tr("You are not among the people who must sign this code.")
                         : tr("Open every section first: %1 still to open.").arg(total - opened));
}

void ReadingView::rememberOpened(int sectionIndex)
{
    if (!m_session.database() || !m_session.user() || !m_version)
        return;
    // Losing this only means opening the section again in a later session, so a failure
    // goes to the log rather than into a dialog.
    const domain::Status kept = storage::ReadingProgressStore(*m_session.database())
                                    .markOpened(m_version->info.id, m_session.user()->employeeNo,
                                                m_version->content.sections.at(sectionIndex).key);
    if (!kept)
        spdlog::warn("could not remember an opened section: {}",
                     kept.error().toString().toStdString());
}

bool ReadingView::checkPending() const
{
    if (!m_version || m_version->content.check.isEmpty() || !m_session.database()
        || !m_session.user())
        return false;
    // Unread counts as not passed: the signature is refused without a pass anyway.
    const auto passed = storage::CheckAttemptStore(*m_session.database())
                            .latestPassed(m_version->info.id, m_session.user()->employeeNo);
    return !passed || !*passed;
}

void ReadingView::moveInList(int step)
{
    const int row = m_ui->pageList->currentRow() + step;
    if (row >= 0 && row < m_ui->pageList->count())
        m_ui->pageList->setCurrentRow(row);
}

void ReadingView::openSignDialog()
{
    if (!m_version)
        return;
    if (checkPending()) {
        openCheckDialog();
        return;
    }
    auto *dialog = new SignDialog(m_session, m_version->info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignDialog::signedVersion, this, [this](const Acknowledgement &ack) {
        emit signedVersion(ack);
    });
    // The view shows the signature once the receipt is closed, not behind it.
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->acknowledgement())
            reload();
    });
    dialog->open();
}

void ReadingView::openCheckDialog()
{
    auto *dialog = new CheckDialog(m_session, *m_version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Passing leads straight on to signing.
    connect(dialog, &QDialog::accepted, this, [this] {
        updateProgress();
        openSignDialog();
    });
    connect(dialog, &QDialog::rejected, this, &ReadingView::updateProgress);
    dialog->open();
}

} // namespace tenet::app
