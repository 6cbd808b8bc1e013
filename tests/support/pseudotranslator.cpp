#include "pseudotranslator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tenet::test {

QString PseudoTranslator::translate(const char *, const char *sourceText, const char *, int) const
{
    const QString source = QString::fromUtf8(sourceText);
    // An empty answer means "no translation"; an empty source has nothing to mark.
    return source.isEmpty() ? QString() : mark(source);
}

PseudoTranslation::PseudoTranslation()
{
    QCoreApplication::installTranslator(&m_translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

PseudoTranslation::~PseudoTranslation()
{
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

namespace {

class Collector
{
public:
    Collector(const QWidget *root, const DataAllowList &allowed) : m_root(root), m_allowed(allowed)
    {
        // Longest first, so that a title is not half removed by a shorter one inside it; and
        // nothing shorter than a word, which would hide letters of any text ("s", a unit).
        for (const QString &data : allowed.texts)
            if (data.size() >= 3)
                m_texts.append(data);
        std::sort(m_texts.begin(), m_texts.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    void check(const QObject *where, const QString &what, QString text)
    {
        if (text.contains(u'<'))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        const QString rest = unmarkedRest(text);
        if (rest.contains(QRegularExpression(u"\\p{L}"_s)))
            m_found.append(
                u"%1 %2 (%3): %4"_s.arg(QString::fromLatin1(where->metaObject()->className()),
                                        where->objectName(), what, text));
    }

    void checkAction(const QAction *action)
    {
        if (action->isSeparator() || !action->isVisible())
            return;
        check(action, u"action"_s, action->text());
        check(action, u"action tool tip"_s, action->toolTip());
        if (const QMenu *menu = action->menu())
            checkActions(menu);
    }

    void checkActions(const QWidget *widget)
    {
        for (const QAction *action : widget->actions())
            checkAction(action);
    }

    void walk(const QWidget *widget)
    {
        if (widget != m_root && !widget->isVisibleTo(m_root))
            return;
        if (widget->isWindow())
            check(widget, u"window title"_s, widget->windowTitle());
        check(widget, u"tool tip"_s, widget->toolTip());
        check(widget, u"accessible name"_s, widget->accessibleName());
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            check(widget, u"label"_s, label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            check(widget, u"button"_s, button->text());
        if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            check(widget, u"group title"_s, box->title());
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            check(widget, u"placeholder"_s, edit->placeholderText());
        if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                check(widget, u"combo item"_s, combo->itemText(i));
        }
        if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(widget, u"tab"_s, tabs->tabText(i));
                check(widget, u"tab tool tip"_s, tabs->tabToolTip(i));
            }
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget);
            view && !qobject_cast<const QHeaderView *>(widget))
            checkHeaders(view);
        checkActions(widget);
        for (const QObject *child : widget->children())
            if (const auto *childWidget = qobject_cast<const QWidget *>(child))
                walk(childWidget);
    }

    void checkHeaders(const QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        const QHeaderView *header = nullptr;
        if (const auto *table = qobject_cast<const QTableView *>(view))
            header = table->horizontalHeader();
        else if (const auto *tree = qobject_cast<const QTreeView *>(view))
            header = tree->header();
        if (!header || !header->isVisibleTo(m_root))
            return;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            check(view, u"header"_s, model->headerData(column, Qt::Horizontal).toString());
            check(view, u"header tool tip"_s,
                  model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
    }

    QStringList found() const { return m_found; }

private:
    QString unmarkedRest(QString text) const
    {
        for (const QString &data : m_texts)
            text.remove(data);
        for (const QRegularExpression &pattern : m_allowed.patterns)
            text.remove(pattern);
        // Innermost marks first: a translated text may hold another (a state in a sentence).
        static const QRegularExpression innermost(u"\u27E6[^\u27E6\u27E7]*\u27E7"_s);
        qsizetype before = -1;
        while (before != text.size()) {
            before = text.size();
            text.remove(innermost);
        }
        return text;
    }

    const QWidget *m_root;
    const DataAllowList &m_allowed;
    QStringList m_texts;
    QStringList m_found;
};

} // namespace

QStringList untranslatedTexts(const QWidget *root, const DataAllowList &allowed)
{
    Collector collector(root, allowed);
    collector.walk(root);
    return collector.found();
}

} // namespace tenet::test
