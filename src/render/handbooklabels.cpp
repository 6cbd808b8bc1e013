#include "handbooklabels.h"

#include "handbooktext.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

// The languages of the table's columns, in order.
const char *const languages[] = {"es", "lt"};

struct Wording
{
    const char *english;
    const char *translations[2]; // in the order of `languages`
};

// One row per fixed text of the handbook. The wording is Tenet's own; %1, %2 and %3 stand
// where the English has them.
const Wording table[] = {
    // Cover
    {"Version", {"Versión", "Versija"}},
    {"State", {"Estado", "Būsena"}},
    {"Effective date", {"Entrada en vigor", "Įsigaliojimo data"}},
    {"Approved by", {"Aprobada por", "Patvirtino"}},
    {"not yet approved", {"aún sin aprobar", "dar nepatvirtinta"}},
    {"not yet in force", {"aún no está en vigor", "dar neįsigaliojusi"}},
    {"About this version", {"Sobre esta versión", "Apie šią versiją"}},
    {"This is a draft. It is not in force, and it is not for signing.",
     {"Esto es un borrador: no está en vigor y no se firma.",
      "Tai juodraštis: jis neįsigaliojęs ir nėra skirtas pasirašyti."}},
    {"Draft", {"Borrador", "Juodraštis"}},
    {"In review", {"En revisión", "Peržiūrima"}},
    {"Approved", {"Aprobada", "Patvirtinta"}},
    {"Published", {"Publicada", "Paskelbta"}},
    {"Superseded", {"Sustituida", "Pakeista nauja"}},
    {"Withdrawn", {"Retirada", "Atšaukta"}},
    // Running header and footer, contents
    {"Version %1 · %2", {"Versión %1 · %2", "%1 versija · %2"}},
    {"page %1 of %2", {"página %1 de %2", "%1 psl. iš %2"}},
    {"Contents", {"Índice", "Turinys"}},
    // Signature page
    {"Acknowledgement", {"Constancia de lectura", "Susipažinimo patvirtinimas"}},
    {"I confirm that I have received and read “%1”, version %2, and that I will follow it.",
     {"Confirmo que he recibido y leído «%1», versión %2, y que lo cumpliré.",
      "Patvirtinu, kad gavau ir perskaičiau „%1“ (%2 versija) ir laikysiuosi jo nuostatų."}},
    {"Full name", {"Nombre y apellidos", "Vardas ir pavardė"}},
    {"Employee number", {"Número de empleado", "Darbuotojo numeris"}},
    {"Date", {"Fecha", "Data"}},
    {"Signature", {"Firma", "Parašas"}},
    {"Sign by hand and return this page to your manager; it is kept with the record of who "
     "acknowledged this version.",
     {"Firme a mano y entregue esta hoja a su responsable; se guarda con el registro de quién "
      "ha leído esta versión.",
      "Pasirašykite ranka ir grąžinkite šį lapą savo vadovui; jis saugomas kartu su įrašu, "
      "kas susipažino su šia versija."}},
    {"Code of practice handbook, version %1 (%2)",
     {"Manual del código de buenas prácticas, versión %1 (%2)",
      "Elgesio kodekso vadovas, %1 versija (%2)"}},
    // Sections
    {"Purpose: ", {"Finalidad: ", "Paskirtis: "}},
    {"Strength: ", {"Carácter: ", "Privalomumas: "}},
    {"References: ", {"Referencias: ", "Nuorodos: "}},
    {"References: %1", {"Referencias: %1", "Nuorodos: %1"}},
    {"This section has no clauses yet.",
     {"Esta sección aún no tiene cláusulas.", "Šiame skyriuje dar nėra punktų."}},
    // Changes in this version
    {"Changes in this version", {"Cambios en esta versión", "Šios versijos pakeitimai"}},
    {"This version is compared with version %1, in force from %2.",
     {"Esta versión se compara con la versión %1, en vigor desde %2.",
      "Ši versija lyginama su %1 versija, galiojusia nuo %2."}},
    {"The content is the same as in version %1.",
     {"El contenido es el mismo que el de la versión %1.", "Turinys toks pat kaip %1 versijos."}},
    {"Summary", {"Resumen", "Santrauka"}},
    {"1 clause added", {"1 cláusula añadida", "Pridėtas 1 punktas"}},
    {"%1 clauses added", {"%1 cláusulas añadidas", "Pridėta punktų: %1"}},
    {"1 clause removed", {"1 cláusula suprimida", "Pašalintas 1 punktas"}},
    {"%1 clauses removed", {"%1 cláusulas suprimidas", "Pašalinta punktų: %1"}},
    {"1 clause changed", {"1 cláusula modificada", "Pakeistas 1 punktas"}},
    {"%1 clauses changed", {"%1 cláusulas modificadas", "Pakeista punktų: %1"}},
    {"1 clause moved", {"1 cláusula trasladada", "Perkeltas 1 punktas"}},
    {"%1 clauses moved", {"%1 cláusulas trasladadas", "Perkelta punktų: %1"}},
    {"1 change to the tables", {"1 cambio en las tablas", "1 lentelių pakeitimas"}},
    {"%1 changes to the tables", {"%1 cambios en las tablas", "Lentelių pakeitimų: %1"}},
    {"1 change to a section's details",
     {"1 cambio en los datos de una sección", "1 skyriaus duomenų pakeitimas"}},
    {"%1 changes to sections' details",
     {"%1 cambios en los datos de las secciones", "Skyrių duomenų pakeitimų: %1"}},
    {"What changed, section by section",
     {"Qué ha cambiado, sección por sección", "Kas pasikeitė, skyrius po skyriaus"}},
    {"Section details changed: %1",
     {"Datos de la sección modificados: %1", "Pakeisti skyriaus duomenys: %1"}},
    {"%1 %2 — added", {"%1 %2 — añadida", "%1 %2 — pridėtas"}},
    {"%1 %2 — removed", {"%1 %2 — suprimida", "%1 %2 — pašalintas"}},
    {"%1 %2 — changed (%3)", {"%1 %2 — modificada (%3)", "%1 %2 — pakeistas (%3)"}},
    {" — moved from %1", {" — trasladada desde %1", " — perkeltas iš %1"}},
    {"; moved from %1", {"; trasladada desde %1", "; perkeltas iš %1"}},
    {"Escalation tier", {"Nivel de escalado", "Eskalavimo lygis"}},
    {"Follow-up step", {"Paso de seguimiento", "Tolesnis veiksmas"}},
    {"Complaint stage", {"Fase de reclamación", "Skundo etapas"}},
    {"Training programme", {"Programa de formación", "Mokymo programa"}},
    {"Indicator", {"Indicador", "Rodiklis"}},
    {"Redline", {"Control de cambios", "Pakeitimų žymėjimas"}},
    // Tables of structured items
    {"Escalation tiers", {"Niveles de escalado", "Eskalavimo lygiai"}},
    {"Tier", {"Nivel", "Lygis"}},
    {"Who", {"Quién", "Kas"}},
    {"Within", {"Plazo", "Per"}},
    {"Action", {"Acción", "Veiksmas"}},
    {"Follow-up steps", {"Pasos de seguimiento", "Tolesni veiksmai"}},
    {"Step", {"Paso", "Žingsnis"}},
    {"What is done", {"Qué se hace", "Kas daroma"}},
    {"Complaint stages", {"Fases de la reclamación", "Skundo nagrinėjimo etapai"}},
    {"Stage", {"Fase", "Etapas"}},
    {"Name", {"Nombre", "Pavadinimas"}},
    {"Time limit", {"Plazo máximo", "Terminas"}},
    {"1 hour", {"1 hora", "1 val."}},
    {"%1 hours", {"%1 horas", "%1 val."}},
    {"Training programmes", {"Programas de formación", "Mokymo programos"}},
    {"Programme", {"Programa", "Programa"}},
    {"Hours", {"Horas", "Valandos"}},
    {"Objectives", {"Objetivos", "Tikslai"}},
    {"Final test", {"Prueba final", "Baigiamasis testas"}},
    {"For", {"Para", "Kam"}},
    {"Refresher", {"Repaso", "Kartojimas"}},
    {"no", {"no", "ne"}},
    {"yes", {"sí", "taip"}},
    {"yes, pass mark %1%", {"sí, aprobado con %1 %", "taip, išlaikyta nuo %1 %"}},
    {"everyone", {"todos", "visi"}},
    {"none", {"ninguno", "nėra"}},
    {"every month", {"cada mes", "kas mėnesį"}},
    {"every %1 months", {"cada %1 meses", "kas %1 mėn."}},
    {"Key performance indicators",
     {"Indicadores clave de rendimiento", "Pagrindiniai veiklos rodikliai"}},
    {"Definition", {"Definición", "Apibrėžimas"}},
    {"Unit", {"Unidad", "Vienetas"}},
    {"Target", {"Objetivo", "Tikslas"}},
    {"Alert threshold", {"Umbral de alerta", "Įspėjimo riba"}},
    {"Action when breached", {"Acción si se supera", "Veiksmas viršijus ribą"}},
    {"Inserted text is underlined; deleted text is struck through.",
     {"El texto añadido va subrayado y el suprimido, tachado.",
      "Įterptas tekstas pabrauktas, ištrintas – perbrauktas."}},
    // The words every list of changes uses (ChangeText): versions, kinds of change, the
    // fields that changed, and the fields of structured items.
    {"version %1 (%2)", {"versión %1 (%2)", "%1 versija (%2)"}},
    {"Added", {"Alta", "Pridėta"}},
    {"Removed", {"Baja", "Pašalinta"}},
    {"Changed", {"Modificación", "Pakeista"}},
    {"Moved", {"Traslado", "Perkelta"}},
    {"Moved and changed", {"Traslado y modificación", "Perkelta ir pakeista"}},
    {"Unchanged", {"Sin cambios", "Nepakeista"}},
    {"%1 added, %2 removed, %3 changed, %4 moved",
     {"%1 añadidas, %2 suprimidas, %3 modificadas, %4 trasladadas",
      "pridėta: %1, pašalinta: %2, pakeista: %3, perkelta: %4"}},
    {"1 table row changed", {"1 fila de tabla modificada", "pakeista 1 lentelės eilutė"}},
    {"%1 table rows changed", {"%1 filas de tabla modificadas", "pakeista lentelės eilučių: %1"}},
    {"details of 1 section changed",
     {"datos de 1 sección modificados", "pakeisti 1 skyriaus duomenys"}},
    {"details of %1 sections changed",
     {"datos de %1 secciones modificados", "pakeisti %1 skyrių duomenys"}},
    {"the title", {"el título", "pavadinimas"}},
    {"the text", {"el texto", "tekstas"}},
    {"the strength", {"el carácter", "privalomumas"}},
    {"the references", {"las referencias", "nuorodos"}},
    {"the purpose", {"la finalidad", "paskirtis"}},
    {"the owner", {"el responsable", "atsakingas asmuo"}},
    {"the review interval", {"el plazo de revisión", "peržiūros intervalas"}},
    {"the role", {"el puesto", "pareigos"}},
    {"the time limit", {"el plazo máximo", "terminas"}},
    {"the action", {"la acción", "veiksmas"}},
    {"the name", {"el nombre", "pavadinimas"}},
    {"the hours", {"las horas", "valandos"}},
    {"the objectives", {"los objetivos", "tikslai"}},
    {"the final test", {"la prueba final", "baigiamasis testas"}},
    {"the pass mark", {"la nota de aprobado", "išlaikymo riba"}},
    {"the roles", {"los puestos", "pareigybės"}},
    {"the refresher", {"el repaso", "kartojimas"}},
    {"the definition", {"la definición", "apibrėžimas"}},
    {"the unit", {"la unidad", "vienetas"}},
    {"the direction", {"el sentido", "kryptis"}},
    {"the target", {"el objetivo", "tikslas"}},
    {"the alert threshold", {"el umbral de alerta", "įspėjimo riba"}},
    {"a detail", {"un dato", "duomuo"}},
    {"%1: %2 — added", {"%1: %2 — alta", "%1: %2 — pridėta"}},
    {"%1: %2 — removed", {"%1: %2 — baja", "%1: %2 — pašalinta"}},
    {"%1: %2 — changed (%3)", {"%1: %2 — modificación (%3)", "%1: %2 — pakeista (%3)"}},
    {"%1: %2 → %3", {"%1: %2 → %3", "%1: %2 → %3"}},
    {"Key", {"Clave", "Raktas"}},
    {"Id", {"Identificador", "Identifikatorius"}},
    {"Title", {"Título", "Pavadinimas"}},
    {"Role", {"Puesto", "Pareigos"}},
    {"Roles", {"Puestos", "Pareigybės"}},
    {"Pass mark", {"Nota de aprobado", "Išlaikymo riba"}},
    {"Direction", {"Sentido", "Kryptis"}},
    {"at most", {"como máximo", "ne daugiau kaip"}},
    {"at least", {"como mínimo", "ne mažiau kaip"}},
    {"%1 %", {"%1 %", "%1 %"}},
};

const QHash<QString, const Wording *> &byEnglish()
{
    static const QHash<QString, const Wording *> index = [] {
        QHash<QString, const Wording *> hash;
        for (const Wording &row : table)
            hash.insert(QString::fromUtf8(row.english), &row);
        return hash;
    }();
    return index;
}

} // namespace

HandbookLabels::HandbookLabels(const QString &language)
{
    // "es", "es-MX" and "es_ES" all read Spanish.
    const QString base = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    for (int i = 0; i < int(std::size(languages)); ++i) {
        if (base == QLatin1StringView(languages[i]))
            m_column = i;
    }
}

const HandbookLabels &HandbookLabels::english()
{
    static const HandbookLabels labels(u"en"_s);
    return labels;
}

QString HandbookLabels::operator()(const char *english) const
{
    if (m_column >= 0) {
        if (const Wording *row = byEnglish().value(QString::fromUtf8(english)))
            return QString::fromUtf8(row->translations[m_column]);
    }
    return QCoreApplication::translate("tenet::render::Handbook", english);
}

QString HandbookLabels::state(VersionState state) const
{
    // The domain's English names are the keys; a language without a table keeps the
    // domain's own (translatable) label.
    if (m_column < 0)
        return versionStateLabel(state);
    switch (state) {
    case VersionState::Draft:
        return (*this)("Draft");
    case VersionState::InReview:
        return (*this)("In review");
    case VersionState::Approved:
        return (*this)("Approved");
    case VersionState::Published:
        return (*this)("Published");
    case VersionState::Superseded:
        return (*this)("Superseded");
    case VersionState::Withdrawn:
        return (*this)("Withdrawn");
    }
    return versionStateLabel(state);
}

QString HandbookLabels::versionLine(const VersionInfo &info) const
{
    return (*this)("Version %1 · %2").arg(QString::number(info.number), state(info.state));
}

QString HandbookLabels::effectiveDate(const VersionInfo &info) const
{
    const QString date = effectiveDateText(info);
    // effectiveDateText says "not yet in force" in English when there is no date.
    return wasPublished(info.state) && info.publishedAt.isValid() ? date
                                                                  : (*this)("not yet in force");
}

} // namespace tenet::render
