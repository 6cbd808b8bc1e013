#pragma once

#include <QModelIndex>
#include <QWidget>

class QLabel;

namespace tenet::app {

class DraftDocument;

// The line above the editor's form: what is being edited ("3.2  Title", with its section,
// strength and id below it) and, on the right, the version and its save state.
class EditorHeader : public QWidget
{
    Q_OBJECT

public:
    explicit EditorHeader(QWidget *parent = nullptr);

    // The navigator's current item of the document; a hint when there is none.
    void showItem(const DraftDocument *document, const QModelIndex &current);
    // "Draft v4  ·  All changes saved", with how saving works when it is editable.
    void showStatus(const DraftDocument *document);

    static QString statusText(const DraftDocument *document);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_heading;
    QLabel *m_subheading;
    QLabel *m_saveLabel;
};

} // namespace tenet::app
