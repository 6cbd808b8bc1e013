#pragma once

#include <QString>

namespace tenet::render {

// Clause bodies in Markdown as clean HTML for the HTML export: paragraphs, headings, lists,
// block quotes, code, tables, emphasis and links, with plain tags and no inline styles.
// Everything the user typed is escaped; raw HTML in the Markdown comes out as text, and a
// link only keeps its target when that is http(s), mailto or a relative address.
// Uses Qt's Markdown reader, so it needs a QGuiApplication.
QString markdownToHtml(const QString &markdown);

// What a reader of the handbook sees of a clause body, as plain text: the words without the
// Markdown's markers (no "**", "#" or "- "), one line per paragraph, heading or list item,
// list items after a bullet or their number, a picture as its description in brackets.
// Redlines compare this, not the Markdown source. Needs a QGuiApplication too.
QString markdownToText(const QString &markdown);

// Whether a link's target may be followed from an export: http(s), mailto or a relative
// address. Anything else (javascript:, file:, data:) is shown as text only.
bool isSafeLink(const QString &href);

} // namespace tenet::render
