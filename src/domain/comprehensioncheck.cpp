#include "comprehensioncheck.h"

#include <QRandomGenerator>

#include <cmath>
#include <numeric>
#include <utility>

namespace tenet::domain {

std::optional<int> CheckQuestion::correctChoice() const
{
    std::optional<int> found;
    for (int i = 0; i < choices.size(); ++i) {
        if (!choices.at(i).correct)
            continue;
        if (found)
            return std::nullopt;
        found = i;
    }
    return found;
}

CheckScore scoreCheck(const ComprehensionCheck &check, const QHash<QString, int> &answers)
{
    CheckScore score;
    score.total = int(check.questions.size());
    for (const CheckQuestion &question : check.questions) {
        const auto answer = answers.constFind(question.id);
        const std::optional<int> right = question.correctChoice();
        if (answer != answers.constEnd() && right && *answer == *right)
            ++score.correct;
    }
    if (score.total > 0)
        score.percent = std::round(1000.0 * score.correct / score.total) / 10.0;
    // Compared on the exact fraction, so that 2 of 3 passes a pass mark of 66.67.
    score.passed = score.total > 0 && 100.0 * score.correct >= check.passMark * score.total - 1e-9;
    return score;
}

QList<int> shuffledOrder(int count, QRandomGenerator &random)
{
    QList<int> order(std::max(count, 0));
    std::iota(order.begin(), order.end(), 0);
    // Fisher-Yates.
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[random.bounded(int(i) + 1)]);
    return order;
}

} // namespace tenet::domain
