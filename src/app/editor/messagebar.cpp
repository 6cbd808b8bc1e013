#include "messagebar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tenet::app {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    setObjectName(u"messageBar"_s);
    retranslate();
    m_label->setObjectName(u"messageText"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(12);
    layout->addWidget(m_label, 1);
    m_buttons->setSpacing(6);
    layout->addLayout(m_buttons);
    hide();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void MessageBar::retranslate()
{
    setAccessibleName(tr("Message"));
}

void MessageBar::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    m_kind = kind;
    m_label->setText(text);
    setAccessibleDescription(text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addWidget(button);
    }
    // Soft tints that stay readable in light and dark palettes alike; the text keeps the
    // palette's own colour.
    QString tint;
    switch (kind) {
    case Kind::Information:
        tint = u"rgba(52, 120, 198, 0.12); border: 1px solid rgba(52, 120, 198, 0.45)"_s;
        break;
    case Kind::Warning:
        tint = u"rgba(224, 168, 0, 0.16); border: 1px solid rgba(204, 145, 0, 0.6)"_s;
        break;
    case Kind::Error:
        tint = u"rgba(200, 40, 40, 0.12); border: 1px solid rgba(200, 40, 40, 0.55)"_s;
        break;
    }
    setStyleSheet(u"#messageBar { background: "_s + tint + u"; border-radius: 4px; }"_s);
    show();
}

void MessageBar::clearMessage()
{
    m_label->clear();
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace tenet::app
