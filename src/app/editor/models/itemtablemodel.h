#pragma once

#include "app/editor/sectionitems.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

namespace tenet::app {

class DraftDocument;
class ItemColumns;

// One table of structured items (escalation tiers, follow-up steps, complaint stages,
// training programmes or KPIs) of a DraftDocument, for a table editor. The kind's
// ItemColumns describe its columns; the model is the same for every kind. An edit is checked
// in place, against the field's format and limits and the code's content rules, before it
// becomes an undo command; a refused edit changes nothing and says which rule it broke.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Which editor a cell wants; a delegate builds it.
    enum class CellEditor
    {
        Text, // one line
        LongText, // a paragraph
        Key, // lower-case key: asa, first_contact
        Identifier, // letters, digits, dot, underscore and hyphen
        Tier, // whole number from 1
        Hours, // hours from 0
        Number, // any number
        Percent, // 0 to 100; 0 means none
        Months, // whole months; 0 means none
        Role, // a role name or a team
        RoleSet, // some of the role names; none means everyone
        Direction, // at_most or at_least
        Lines, // a list, one entry per line
        Check, // yes or no
    };
    Q_ENUM(CellEditor)

    enum Role
    {
        CellEditorRole = Qt::UserRole + 1,
        // The domain::ItemField of a numeric column, whose domain::itemLimit() bounds it;
        // invalid for other columns.
        ItemFieldRole,
    };

    explicit ItemTableModel(ItemKind kind, QObject *parent = nullptr);
    // Follows a switch of the interface language (see app/common/languagechange.h).
    bool event(QEvent *event) override;
    ~ItemTableModel() override;

    ItemKind kind() const { return m_kind; }
    DraftDocument *document() const;
    void setDocument(DraftDocument *document);
    // The document's section that holds this table; -1 when there is none.
    int sectionIndex() const { return m_section; }

    CellEditor columnEditor(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Each pushes one undo command; false when refused or when there is nothing to do.
    bool addRow(int row);
    bool deleteRow(int row);
    bool moveRow(int from, int to);

signals:
    // An edit was refused; the message names the field and the rule it broke.
    void editRefused(const QString &message);
    void editAccepted();

private:
    bool isEditable() const;
    SectionItems items() const;
    // Why the value does not fit the column's format or limits; empty when it does.
    QString formatProblem(int row, int column, const QVariant &value) const;
    // The first content rule the items would break that the document does not break now.
    QString ruleViolation(const SectionItems &items) const;
    bool commit(const SectionItems &items, const QString &text);
    void documentItemsChanged(int section);

    ItemKind m_kind;
    std::unique_ptr<ItemColumns> m_columns;
    QPointer<DraftDocument> m_document;
    int m_section = -1;
    int m_rowCount = 0;
};

} // namespace tenet::app
