#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tenet::app {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/tenet-64.png"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *label = new QLabel(this);
    m_text = label;
    label->setObjectName(u"aboutText"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Tenet"));
    m_text->setText(text());
}

QString AboutDialog::text()
{
    // Names and licences as the libraries' own copyright files give them; the versions are
    // the ones the program runs with.
    const QString libraries
        = tr("<ul>"
             "<li>Qt %1 (Core, GUI, Widgets, SQL, Print Support, Concurrent): GNU LGPL version "
             "3</li>"
             "<li>Qt Charts %1: GNU GPL version 3</li>"
             "<li>SQLite %2: public domain</li>"
             "<li>nlohmann/json: MIT licence</li>"
             "<li>spdlog and {fmt}: MIT licence</li>"
             "<li>dtl (the difference algorithm): BSD licence</li>"
             "<li>DejaVu fonts (used from the system for the handbook): Bitstream Vera "
             "licence</li>"
             "</ul>")
              .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()));
    return tr("<h3>Tenet %1</h3>"
              "<p>Write your team's Code of Practice, publish it, and know who has signed the "
              "version in force.</p>"
              "<p>Copyright © 2026 The Tenet developers. Tenet is free software under the MIT "
              "licence.</p>"
              "<p>Tenet is built with these libraries:</p>%2")
        .arg(QStringLiteral(TENET_VERSION_STRING), libraries);
}

} // namespace tenet::app
