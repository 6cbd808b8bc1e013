#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QRandomGenerator;

namespace tenet::domain {

// One answer offered to a question; exactly one of a question's choices is right.
struct CheckChoice
{
    QString text;
    bool correct = false;

    friend bool operator==(const CheckChoice &, const CheckChoice &) = default;
};

// A multiple-choice question about the code, with a stable id so that an attempt's answers
// keep their meaning however the questions are ordered.
struct CheckQuestion
{
    QString id;
    QString text;
    QList<CheckChoice> choices;

    // The index of the right choice; nullopt when the question does not have exactly one.
    std::optional<int> correctChoice() const;

    friend bool operator==(const CheckQuestion &, const CheckQuestion &) = default;
};

// A few questions a version may ask before people sign it, to show they understood it
// rather than only scrolled through it. Empty means the version asks none.
struct ComprehensionCheck
{
    double passMark = 80; // percent of the questions answered right
    QList<CheckQuestion> questions;

    bool isEmpty() const { return questions.isEmpty(); }

    friend bool operator==(const ComprehensionCheck &, const ComprehensionCheck &) = default;
};

// How one attempt went.
struct CheckScore
{
    int correct = 0;
    int total = 0;
    double percent = 0; // of the questions answered right, rounded to one decimal
    bool passed = false;
};

// Scores answers, given as the index of the chosen choice by question id, in the order the
// check lists its choices. A question left unanswered, or answered with a choice it does
// not have, counts as wrong.
CheckScore scoreCheck(const ComprehensionCheck &check, const QHash<QString, int> &answers);

// The order to ask `count` questions in: a fresh permutation of 0..count-1 each time, so
// that people sitting side by side do not see the same sequence.
QList<int> shuffledOrder(int count, QRandomGenerator &random);

} // namespace tenet::domain
