#pragma once

#include "domain/reviewbasis.h"
#include "sectionitems.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class EditorSectionForm;
}

namespace tenet::app {

class DraftDocument;
class ItemTableEditor;
class UndoShortcutFilter;

// The form of one section: its title, purpose, owner and review interval, and the table
// editors of the structured items the section carries. Every edit becomes an undo command.
class SectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit SectionForm(UndoShortcutFilter *undoFilter, QWidget *parent = nullptr);
    ~SectionForm() override;

    void setDocument(DraftDocument *document);
    void showSection(int section);
    int section() const { return m_section; }
    void setReadOnly(bool readOnly);
    // What the "next review" hint is judged from, as the navigator's badge is.
    void setReviewBasis(const domain::ReviewBasis &basis, const QDate &today);

    ItemTableEditor *itemEditor(ItemKind kind) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateOwnerName();
    void updateReviewHint();
    void titleEdited(const QString &text);
    void purposeChanged();
    void ownerEdited(const QString &text);
    void reviewChanged(int days);

    std::unique_ptr<Ui::EditorSectionForm> m_ui;
    DraftDocument *m_document = nullptr;
    QList<ItemTableEditor *> m_itemEditors;
    int m_section = -1;
    bool m_updating = false;
    domain::ReviewBasis m_reviewBasis;
    QDate m_today;
};

} // namespace tenet::app
