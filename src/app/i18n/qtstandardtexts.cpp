// The standard button texts of Qt 6 (QDialogButtonBox, QMessageBox), in Qt's own context, so
// that lupdate puts them into tenet_*.ts for our translators. Qt's catalogue has them for
// Spanish (qtbase_es.qm), but Debian ships no qtbase_lt.qm: its Lithuanian qt_lt.qm is Qt 4's,
// from before these texts moved to QPlatformTheme, so without these an agent in Vilnius would
// meet "OK" and "Cancel". InterfaceLanguage installs Tenet's catalogue after Qt's, so these
// translations are the ones used. Nothing here runs: lupdate reads it, the compiler drops it.

#include <QtGlobal>

namespace {

[[maybe_unused]] constexpr const char *standardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

} // namespace
