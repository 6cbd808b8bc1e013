#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QTextCharFormat;
class QTextCursor;
class QTextDocument;

namespace tenet::render {

// Writes the handbook's body into a QTextDocument one block at a time: headings, paragraphs,
// Markdown clause bodies (with pictures and unsafe links made harmless) and tables, in the
// handbook's look. It remembers the headings that must stay on the page of what follows.
class TextDocumentWriter
{
public:
    explicit TextDocumentWriter(QTextDocument *document);
    ~TextDocumentWriter();

    QTextCursor &cursor() { return *m_cursor; }

    // Starts a block (or reuses the empty one the cursor stands in) in body text.
    void newBlock(qreal leftMargin = 0, qreal topMargin = 0, qreal bottomMargin = 4);
    void insertText(const QString &text, const QTextCharFormat &format);
    // The block the cursor stands in must not end a page without the block after it.
    void keepWithNext();
    const QList<int> &keptWithNext() const { return m_headingBlocks; }

    void addHeading(const QString &text, qreal pointSize, qreal topMargin);
    void addParagraph(const QString &text, qreal pointSize = 0, bool italic = false,
                      qreal leftMargin = 0);
    void addMarkdown(const QString &markdown, qreal leftMargin);
    void addBullet(const QString &text, qreal leftMargin, qreal pointSize);
    void addTable(const QString &heading, const QStringList &columns,
                  const QList<QStringList> &rows, const QList<int> &percentWidths);

private:
    void replacePictures(int from, int to);
    void dropUnsafeLinks(int from, int to);

    QTextDocument *m_document;
    std::unique_ptr<QTextCursor> m_cursor;
    bool m_reuseBlock = true; // the cursor stands in an empty block nothing has used yet
    QList<int> m_headingBlocks; // headings that must stay on the page of what follows
};

} // namespace tenet::render
