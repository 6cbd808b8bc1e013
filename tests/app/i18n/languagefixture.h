#pragma once

#include "app/i18n/interfacelanguage.h"
#include "support/tempdir.h"

#include <QLocale>
#include <QSettings>

#include <memory>

namespace tenet::test {

// An InterfaceLanguage over settings of the test's own. When the test ends its catalogues
// are removed and the default locale is put back, so the next test in the same process
// starts in English.
struct LanguageFixture
{
    TempDir dir;
    std::unique_ptr<QSettings> settings = newSettings();
    std::unique_ptr<app::InterfaceLanguage> language
        = std::make_unique<app::InterfaceLanguage>(*settings);
    const QLocale localeBefore;

    ~LanguageFixture()
    {
        language.reset();
        QLocale::setDefault(localeBefore);
    }

    // Settings over the same file, as the next start of the program reads them.
    std::unique_ptr<QSettings> newSettings() const
    {
        return std::make_unique<QSettings>(dir.file(u"settings.ini"_s), QSettings::IniFormat);
    }
};

} // namespace tenet::test
