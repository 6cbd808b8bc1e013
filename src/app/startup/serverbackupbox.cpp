#include "serverbackupbox.h"

#include "app/common/databasename.h"
#include "storage/database.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QGridLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tenet::app {

std::unique_ptr<QMessageBox> ServerBackUpBox::make(const storage::Database &db, QWidget *parent)
{
    if (!db.isOnServer())
        return nullptr;
    const QString target = QDir::toNativeSeparators(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"%1-%2.dump"_s.arg(DatabaseName::stem(db.path()),
                                          QDate::currentDate().toString(Qt::ISODate))));
    const QString command = db.dumpCommand(target);

    auto box = std::make_unique<QMessageBox>(parent);
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(QApplication::applicationDisplayName());
    box->setText(tr("A database on a server is backed up with the server's own tool, pg_dump, "
                    "not by Tenet."));
    box->setInformativeText(tr("This command writes a complete copy to your documents folder, "
                               "and pg_restore brings it back:")
                            + u"\n\n"_s + command + u"\n\n"_s + tr("Database: %1").arg(db.path()));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wide enough for most commands on a line or two; the button copies it whole, however
    // it wraps.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout())) {
        grid->addItem(new QSpacerItem(600, 0, QSizePolicy::Minimum, QSizePolicy::Expanding),
                      grid->rowCount(), 0, 1, grid->columnCount());
    }
    QPushButton *copy = box->addButton(tr("&Copy Command"), QMessageBox::ActionRole);
    copy->setObjectName(u"copyCommandButton"_s);
    QObject::connect(copy, &QPushButton::clicked, box.get(),
                     [command] { QGuiApplication::clipboard()->setText(command); });
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(copy);
    return box;
}

} // namespace tenet::app
