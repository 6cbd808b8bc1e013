#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QWidget;

namespace tenet::test {

// A translator for tests that "translates" every text into itself wrapped in ⟦ ⟧, keeping
// its placeholders, so that %1 and %n still work. Installed, it makes every text that went
// through tr() visible on screen; a text without the marks was never translated.
class PseudoTranslator : public QTranslator
{
public:
    static constexpr QChar open = QChar(0x27E6); // ⟦
    static constexpr QChar close = QChar(0x27E7); // ⟧

    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;

    static QString mark(const QString &text) { return open + text + close; }
};

// Installs a PseudoTranslator for the lifetime of the object (and with it the
// LanguageChange every widget reacts to), removing it again at the end of the test.
class PseudoTranslation
{
public:
    PseudoTranslation();
    ~PseudoTranslation();
    PseudoTranslation(const PseudoTranslation &) = delete;
    PseudoTranslation &operator=(const PseudoTranslation &) = delete;

private:
    PseudoTranslator m_translator;
};

// What is data, not interface, and so may be shown untranslated: a clause's text, a person's
// name, a team. Each entry is an exact text or a regular expression that is removed from a
// shown text before it is judged.
struct DataAllowList
{
    QStringList texts;
    QList<QRegularExpression> patterns;
};

// Walks `root` and every widget under it that is visible (as `root` would show it) and lists,
// as "where: text", each visible text that holds letters outside the pseudo-translation's
// marks once the allowed data is taken out: labels, buttons, group box titles, tab titles,
// line edit placeholders, combo box items, tool tips, accessible names, window titles, the
// texts and tool tips of actions and menus, and the header texts of item views.
QStringList untranslatedTexts(const QWidget *root, const DataAllowList &allowed = {});

} // namespace tenet::test
