#include "demoedits.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

namespace {

bool isSpanish(const QString &language)
{
    return language == u"es"_s;
}

// A clause id the content does not use yet: the starter codes of other languages choose
// their own ids.
QString freeClauseId(const CodeContent &content, const QString &wanted)
{
    QString id = wanted;
    for (int n = 2; content.clause(id); ++n)
        id = u"%1-%2"_s.arg(wanted).arg(n);
    return id;
}

} // namespace

DemoWording demoWording(const QString &language)
{
    if (isSpanish(language)) {
        return {
            u"La primera edición completa, lista para su revisión."_s,
            u"Primera edición"_s,
            u"Firmado en papel en la sesión de presentación de la primera edición"_s,
            u"Devolución de llamadas y respuesta más rápida a los correos, como se acordó en la "
            "reunión de supervisores."_s,
            u"Segunda edición: respuesta a los correos en ocho horas laborables, devolución de "
            "llamadas y un objetivo más alto de resolución en el primer contacto."_s,
            {u"Revisada con los supervisores de los tres centros; sigue siendo válida."_s,
             u"Comprobada con el nuevo enrutamiento de la centralita; no hay nada que cambiar."_s,
             u"Las horas y las notas mínimas coinciden con el plan de acogida de este año."_s,
             u"Leída de nuevo tras las últimas reclamaciones; no necesita cambios."_s},
        };
    }
    return {
        u"The complete first edition, ready for review."_s,
        u"First edition"_s,
        u"Signed on paper at the first-edition briefing"_s,
        u"Call-back requests and faster e-mail replies, as agreed at the team leads' meeting."_s,
        u"Second edition: e-mail replies within eight working hours, call-back requests and a "
        "higher first-contact resolution target."_s,
        {u"Read through with the team leads of all three sites; still holds."_s,
         u"Checked against the new call routing; nothing to change."_s,
         u"Hours and pass marks match this year's induction plan."_s,
         u"Read again after the latest complaints; no change needed."_s},
    };
}

Status reviseForSecondEdition(CodeContent &content, const QString &language)
{
    const bool spanish = isSpanish(language);
    Section *communication = content.section(SectionKey::Communication);
    Section *metrics = content.section(SectionKey::Metrics);
    if (!communication || !metrics)
        return Error::integrity(u"starter code"_s, u"a section is missing"_s);

    if (const auto email = content.findClause(u"com-email"_s)) {
        Clause &clause = content.sections[email->sectionIndex].clauses[email->clauseIndex];
        clause.body = spanish
            ? u"Responda a cada correo electrónico en un plazo de **ocho horas laborables**, "
              "aunque la respuesta solo confirme que estamos en ello y diga cuándo volveremos a "
              "escribir. Un correo que llegue después de las 17:00 cuenta desde las 9:00 del "
              "siguiente día laborable. Parta de las plantillas aprobadas, pero adáptelas a lo "
              "que el cliente ha preguntado de verdad."_s
            : u"Reply to every e-mail within **eight working hours**, even when the reply only "
              "confirms that we are on it and says when we will be back in touch. An e-mail "
              "that arrives after 17:00 counts from 9:00 on the next working day. Start from "
              "the approved templates, but adapt them to the question the customer actually "
              "asked."_s;
    }

    Clause callBack;
    callBack.id = freeClauseId(content, u"com-call-back"_s);
    callBack.strength = Strength::Should;
    callBack.title = spanish ? u"Solicitudes de devolución de llamada"_s : u"Call-back requests"_s;
    callBack.body = spanish
        ? u"Cuando un cliente prefiera que le devolvamos la llamada en lugar de esperar, "
          "llámele dentro de la franja horaria que haya elegido. Si no contesta, inténtelo "
          "**dos veces más** con al menos 15 minutos de diferencia y deje un mensaje que "
          "mencione a Northwind Support, pero ningún dato de su cuenta."_s
        : u"When a caller chooses a call-back instead of waiting, call them within the time "
          "slot they picked. If nobody answers, try **twice more** at least 15 minutes apart, "
          "and leave a message that names Northwind Support but no account details."_s;
    // After the live-chat clause, where a reader of the phone and chat rules looks for it.
    const auto chat = content.findClause(u"com-chat"_s);
    communication->clauses.insert(
        chat && content.sections.at(chat->sectionIndex).key == SectionKey::Communication
            ? chat->clauseIndex + 1
            : communication->clauses.size(),
        callBack);

    for (Kpi &kpi : metrics->kpis) {
        if (kpi.key == u"fcr"_s && kpi.direction == KpiDirection::AtLeast)
            kpi.target += 3;
    }
    return {};
}

Status reviseForThirdDraft(CodeContent &content, const QString &language)
{
    Section *complaints = content.section(SectionKey::Complaints);
    if (!complaints)
        return Error::integrity(u"starter code"_s, u"the complaints section is missing"_s);
    Clause inPublic;
    inPublic.id = freeClauseId(content, u"cmp-in-public"_s);
    inPublic.strength = Strength::Must;
    if (isSpanish(language)) {
        inPublic.title = u"Reclamaciones hechas en público"_s;
        inPublic.body
            = u"Cuando un cliente se queje en redes sociales o en una reseña pública, responda "
              "en público en un plazo de **dos horas** para decirle que lo hemos visto y que le "
              "escribiremos por privado; después, regístrela como cualquier otra reclamación. "
              "No comente nunca en público datos de su cuenta."_s;
    } else {
        inPublic.title = u"Complaints made in public"_s;
        inPublic.body
            = u"When a customer complains on social media or in a public review, reply in "
              "public within **two hours** to say that we have seen it and will contact them "
              "privately; then log it like any other complaint. Never discuss account details "
              "in public."_s;
    }
    complaints->clauses.append(inPublic);
    return {};
}

} // namespace tenet::app
