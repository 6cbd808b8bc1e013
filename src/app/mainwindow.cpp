#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "domain/version.h"
#include "storage/database.h"
#include "storage/versionstore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

MainWindow::MainWindow(std::unique_ptr<storage::Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(std::move(database))
{
    m_ui->setupUi(this);
    m_ui->contentTree->header()->setStretchLastSection(false);
    m_ui->contentTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::openAnotherDatabase);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    showDatabase();
}

MainWindow::~MainWindow() = default;

void MainWindow::showDatabase()
{
    setWindowTitle(tr("%1 - Tenet").arg(QFileInfo(m_database->path()).fileName()));
    m_ui->contentTree->clear();
    storage::VersionStore store(*m_database);
    const QList<Code> codes = store.codes();
    QString summary = tr("<b>%1</b><br>Schema version %2.")
                          .arg(m_database->path().toHtmlEscaped())
                          .arg(m_database->schemaVersion());
    if (codes.isEmpty()) {
        summary += tr("<br>This database holds no code yet. Import one with "
                      "<code>tenetctl --db FILE import-code CODE.json</code>.");
    }
    for (const Code &code : codes) {
        const auto inForce = store.inForce(code.id);
        summary += u"<br>"_s
            + (inForce ? tr("%1: version %2 is in force.").arg(code.title.toHtmlEscaped())
                             .arg(inForce->number)
                       : tr("%1: no version has been published yet.")
                             .arg(code.title.toHtmlEscaped()));
        if (!inForce)
            continue;
        const auto version = store.load(inForce->id);
        if (!version)
            continue;
        for (const Section &section : version->content.sections) {
            auto *sectionItem = new QTreeWidgetItem(
                m_ui->contentTree,
                {QString::number(sectionNumber(section.key)) + u' ' + section.title});
            for (int i = 0; i < section.clauses.size(); ++i) {
                const Clause &clause = section.clauses.at(i);
                new QTreeWidgetItem(sectionItem,
                                    {clauseNumber(section.key, i) + u' ' + clause.title,
                                     strengthName(clause.strength)});
            }
        }
    }
    m_ui->contentTree->expandToDepth(0);
    m_ui->summaryLabel->setText(summary);
    statusBar()->showMessage(m_database->path());
}

void MainWindow::openAnotherDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Tenet database"), {},
                                                      tr("Tenet databases (*.db *.tenet);;"
                                                         "All files (*)"));
    if (path.isEmpty())
        return;
    auto opened = storage::Database::open(path, storage::OpenMode::ExistingOnly);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open the database"), opened.error().toString());
        return;
    }
    m_database = std::move(opened).value();
    showDatabase();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tenet"),
                       tr("<h3>Tenet %1</h3><p>Write your team's Code of Practice, publish it, "
                          "and know who has signed the version in force.</p>")
                           .arg(QStringLiteral(TENET_VERSION_STRING)));
}

} // namespace tenet::app
