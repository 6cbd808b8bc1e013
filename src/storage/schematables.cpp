#include "schematables.h"

#include "sqlquery.h"

namespace tenet::storage {

namespace {

QStringList words(const char *columns)
{
    return QString::fromLatin1(columns).split(u' ');
}

} // namespace

const QList<SchemaTable> &schemaTables()
{
    // Each schema step that adds a table or a column adds it here too; a test compares this
    // list with the schema of a new database on each engine.
    static const QList<SchemaTable> tables {
        {QStringLiteral("setting"), words("key value"), QStringLiteral("key")},
        {QStringLiteral("staff"),
         words("id employee_no full_name email role team site language active start_date "
               "secret_hash"),
         QStringLiteral("id")},
        {QStringLiteral("code"),
         words("id title organisation language audience attestation_months grace_days "
               "created_at"),
         QStringLiteral("id")},
        {QStringLiteral("version"),
         words("id code_id number language state author submitted_by approved_by published_by "
               "created_at submitted_at approved_at published_at material summary revision "
               "saved_by saved_at"),
         QStringLiteral("id")},
        {QStringLiteral("clause_blob"), words("id hash clause_id title body strength refs"),
         QStringLiteral("id")},
        {QStringLiteral("section_blob"), words("id hash section_key meta"), QStringLiteral("id")},
        {QStringLiteral("section_clause"), words("section_blob_id position clause_blob_id"),
         QStringLiteral("section_blob_id, position")},
        {QStringLiteral("version_section"),
         words("version_id language section_key section_blob_id"),
         QStringLiteral("version_id, language, section_key")},
        {QStringLiteral("version_check"), words("version_id language body sha256"),
         QStringLiteral("version_id, language")},
        {QStringLiteral("published_handbook"), words("version_id pdf sha256 rendered_at"),
         QStringLiteral("version_id")},
        {QStringLiteral("audit_log"), words("seq at actor action subject detail prev_hash hash"),
         QStringLiteral("seq")},
        {QStringLiteral("acknowledgement"),
         words("seq code_id version_id version_number employee_no printed_name typed_name "
               "signed_at meaning quiz_score prev_hash hash paper_record"),
         QStringLiteral("seq")},
        {QStringLiteral("acknowledgement_latest"),
         words("code_id employee_no seq version_number signed_at"),
         QStringLiteral("code_id, employee_no")},
        {QStringLiteral("section_review"),
         words("id code_id section_key version_number reviewer reviewed_at outcome note"),
         QStringLiteral("id")},
        {QStringLiteral("kpi_observation"),
         words("id code_id kpi_key team period_start period_end value imported_at imported_by"),
         QStringLiteral("id")},
        {QStringLiteral("check_attempt"),
         words("id code_id version_id version_number employee_no attempted_at correct total "
               "score passed answers"),
         QStringLiteral("id")},
        {QStringLiteral("section_opened"), words("version_id employee_no section_key opened_at"),
         QStringLiteral("version_id, employee_no, section_key")},
    };
    return tables;
}

domain::Result<QList<qint64>> schemaRowCounts(const QSqlDatabase &db)
{
    QList<qint64> counts;
    for (const SchemaTable &table : schemaTables()) {
        // Table names from the list above, never from input.
        SqlQuery count(db, QStringLiteral("SELECT count(*) FROM %1").arg(table.name));
        if (domain::Status status = count.execSingle(QString()); !status)
            return status.error();
        counts.append(count.integer(0));
    }
    return counts;
}

} // namespace tenet::storage
