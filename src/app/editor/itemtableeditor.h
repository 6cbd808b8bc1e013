#pragma once

#include "sectionitems.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace tenet::app {

class DraftDocument;
class ItemTableModel;

// A table editor for one kind of structured item, with its row actions and an inline
// message that explains an edit it refused.
class ItemTableEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ItemTableEditor(ItemKind kind, QWidget *parent = nullptr);

    ItemKind kind() const { return m_kind; }
    ItemTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The refusal shown under the table; empty when there is none.
    QString errorText() const;

    void setDocument(DraftDocument *document);
    void setReadOnly(bool readOnly);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addRow();
    void deleteRow();
    void moveRow(int delta);
    void showError(const QString &message);
    void updateButtons();

    ItemKind m_kind;
    ItemTableModel *m_model;
    QTableView *m_view;
    QLabel *m_title = nullptr;
    QLabel *m_error;
    QToolButton *m_add;
    QToolButton *m_delete;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_readOnly = true;
};

} // namespace tenet::app
