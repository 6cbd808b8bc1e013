#pragma once

#include "domain/codecontent.h"
#include "domain/result.h"

#include <QString>
#include <QStringList>

namespace tenet::app {

// What the people of the demonstration organisation wrote along the way, in the
// demonstration's language: notes, summaries, reasons. Content, like the code itself, so it
// is written per language here rather than translated through the interface's catalogue.
struct DemoWording
{
    QString firstSubmitNote;
    QString firstSummary; // "First edition"
    QString paperRecord; // why the first edition's signatures were entered from paper
    QString secondSubmitNote;
    QString secondSummary;
    QStringList reviewNotes; // for "unchanged" section reviews, used in turn
};

DemoWording demoWording(const QString &language);

// The second edition's changes, in `language`: the e-mail clause reworded (when the starter
// code has one), a new clause on call-back requests after the live-chat one, and a higher
// first-contact resolution target, so that history and comparison have something real.
domain::Status reviseForSecondEdition(domain::CodeContent &content, const QString &language);

// The open draft of the third edition: a new complaints clause on complaints made in public.
domain::Status reviseForThirdDraft(domain::CodeContent &content, const QString &language);

} // namespace tenet::app
