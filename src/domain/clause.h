#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tenet::domain {

// A firm rule ("must") or guidance that leaves room for judgement ("should").
enum class Strength {
    Must,
    Should,
};

QString strengthName(Strength strength);
// The strength as the interface shows it, in the interface language: "MUST", "DEBE".
QString strengthBadge(Strength strength);
std::optional<Strength> strengthFromName(const QString &name);

// One numbered provision of a section. Its id is stable across versions; its number
// (3.2) is derived from its position and never stored.
struct Clause
{
    QString id;
    QString title;
    QString body; // Markdown
    Strength strength = Strength::Must;
    QStringList references;

    friend bool operator==(const Clause &, const Clause &) = default;
};

} // namespace tenet::domain
