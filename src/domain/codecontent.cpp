#include "codecontent.h"

namespace tenet::domain {

CodeContent CodeContent::withEmptySections(const QString &language)
{
    CodeContent content;
    content.language = language;
    for (SectionKey key : allSectionKeys) {
        Section section;
        section.key = key;
        section.title = defaultSectionTitle(key, language);
        content.sections.append(section);
    }
    return content;
}

Section *CodeContent::section(SectionKey key)
{
    for (Section &s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const Section *CodeContent::section(SectionKey key) const
{
    for (const Section &s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

std::optional<ClausePosition> CodeContent::findClause(const QString &clauseId) const
{
    for (int s = 0; s < sections.size(); ++s) {
        const QList<Clause> &clauses = sections.at(s).clauses;
        for (int c = 0; c < clauses.size(); ++c) {
            if (clauses.at(c).id == clauseId)
                return ClausePosition{s, c};
        }
    }
    return std::nullopt;
}

const Clause *CodeContent::clause(const QString &clauseId) const
{
    const auto position = findClause(clauseId);
    if (!position)
        return nullptr;
    return &sections.at(position->sectionIndex).clauses.at(position->clauseIndex);
}

int CodeContent::clauseCount() const
{
    int count = 0;
    for (const Section &s : sections)
        count += s.clauses.size();
    return count;
}

QString clauseNumber(SectionKey section, int clauseIndex)
{
    return QString::number(sectionNumber(section)) + u'.' + QString::number(clauseIndex + 1);
}

} // namespace tenet::domain
