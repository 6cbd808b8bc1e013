#include "sectionkey.h"

#include <iterator>

namespace tenet::domain {

QString sectionKeyName(SectionKey key)
{
    switch (key) {
    case SectionKey::Ethics: return QStringLiteral("ethics");
    case SectionKey::Communication: return QStringLiteral("communication");
    case SectionKey::Behaviour: return QStringLiteral("behaviour");
    case SectionKey::ServiceProtocols: return QStringLiteral("service_protocols");
    case SectionKey::Complaints: return QStringLiteral("complaints");
    case SectionKey::Training: return QStringLiteral("training");
    case SectionKey::Metrics: return QStringLiteral("metrics");
    }
    return {};
}

std::optional<SectionKey> sectionKeyFromName(const QString &name)
{
    for (SectionKey key : allSectionKeys) {
        if (sectionKeyName(key) == name)
            return key;
    }
    return std::nullopt;
}

int sectionNumber(SectionKey key)
{
    return static_cast<int>(key) + 1;
}

QString defaultSectionTitle(SectionKey key, const QString &language)
{
    // Content, not interface: a new section is titled in the language of its code, whatever
    // language the person creating it reads Tenet in. Written per language, not translated
    // word for word (docs/translating.md).
    struct Titles
    {
        const char16_t *en;
        const char16_t *es;
        const char16_t *lt;
    };
    static constexpr Titles titles[] = {
        {u"Ethical guidelines", u"Principios éticos", u"Etikos principai"},
        {u"Communication standards", u"Normas de comunicación", u"Bendravimo standartai"},
        {u"Behavioural expectations", u"Conducta profesional", u"Elgesio lūkesčiai"},
        {u"Service delivery protocols", u"Protocolos de servicio", u"Aptarnavimo procedūros"},
        {u"Complaint handling procedures", u"Gestión de reclamaciones", u"Skundų nagrinėjimas"},
        {u"Training and development", u"Formación y desarrollo", u"Mokymai ir tobulėjimas"},
        {u"Performance metrics", u"Indicadores de rendimiento", u"Veiklos rodikliai"},
    };
    static_assert(std::size(titles) == allSectionKeys.size());
    const Titles &title = titles[static_cast<int>(key)];
    const QString base = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (base == u"es")
        return QString::fromUtf16(title.es);
    if (base == u"lt")
        return QString::fromUtf16(title.lt);
    return QString::fromUtf16(title.en);
}

} // namespace tenet::domain
