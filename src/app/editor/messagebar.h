#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;

namespace tenet::app {

// A coloured strip above a form that tells the user something about what they are looking
// at (read-only, a conflict, a failed save) and offers the actions that answer it.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    void clearMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_label;
    QHBoxLayout *m_buttons;
    Kind m_kind = Kind::Information;
};

} // namespace tenet::app
