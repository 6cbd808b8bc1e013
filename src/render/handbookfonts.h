#pragma once

#include <QString>

namespace tenet::render {

// The font family the handbook is set in: DejaVu Sans, loaded from its files the first time
// it is asked for, so that every Latin letter (Spanish, Lithuanian, ...) has a glyph and the
// PDF embeds the same font on every machine that has it. Without those files, the system's
// general sans-serif font. Needs a QGuiApplication.
QString handbookFontFamily();

// The fixed-width family for text that is a format, such as a seal: DejaVu Sans Mono from
// the same folder, else the system's fixed font. Needs a QGuiApplication.
QString monospaceFontFamily();

} // namespace tenet::render
