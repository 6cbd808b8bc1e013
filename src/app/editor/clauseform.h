#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class EditorClauseForm;
}

namespace tenet::app {

class DraftDocument;
class UndoShortcutFilter;

// The form of one clause: title, strength, references and the Markdown body with a live
// rendered preview beside it. Every edit becomes an undo command; consecutive typing in one
// field merges into one step.
class ClauseForm : public QWidget
{
    Q_OBJECT

public:
    explicit ClauseForm(UndoShortcutFilter *undoFilter, QWidget *parent = nullptr);
    ~ClauseForm() override;

    void setDocument(DraftDocument *document);
    void showClause(const QString &clauseId);
    QString clauseId() const { return m_clauseId; }
    void setReadOnly(bool readOnly);

    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void renderPreview(const QString &markdown);
    void titleEdited(const QString &text);
    void bodyChanged();
    void referencesChanged();
    void strengthChosen(int index);

    std::unique_ptr<Ui::EditorClauseForm> m_ui;
    DraftDocument *m_document = nullptr;
    QString m_clauseId;
    QString m_shownClauseId; // whose text the editors hold
    bool m_updating = false;
};

} // namespace tenet::app
