#include "databaseopener.h"
#include "domain/organisationdate.h"

#include "demoorganisation.h"
#include "startercode.h"

#include "domain/codecontent.h"
#include "domain/staffmember.h"
#include "platform/paths.h"
#include "storage/database.h"
#include "storage/organisationstore.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Removes a file this process has just created, with the side files SQLite keeps beside it.
void removeCreatedFile(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

Status fillOrganisation(storage::Database &db, const NewOrganisation &organisation)
{
    const QString name = organisation.name.trimmed();
    if (name.isEmpty())
        return Error::invalid(u"organisation"_s, u"a new organisation needs a name"_s);
    if (organisation.managerPin.isEmpty())
        return Error::invalid(u"PIN"_s,
                              u"the first manager needs a PIN or password to sign in with"_s);

    const Actor founder {u"os:"_s + platform::operatingSystemUser(), std::nullopt};
    if (Status s = storage::OrganisationStore(db).setOrganisationName(name, founder); !s)
        return s;
    StaffMember manager;
    manager.employeeNo = organisation.managerNo.trimmed();
    manager.fullName = organisation.managerName.trimmed();
    manager.role = Role::Manager;
    manager.startDate = domain::organisationToday();
    if (Status s = storage::StaffStore(db).add(manager, organisation.managerPin, founder); !s)
        return s;

    const Actor by {manager.employeeNo, Role::Manager};
    // The title, like the content, is the code's own text in its own language: the starter
    // code's, made over to this organisation, even when the draft starts empty.
    auto starter = starterCodeFor(name, manager.employeeNo, organisation.language);
    if (!starter)
        return starter.error();
    const Code code = starter->code;
    CodeContent content = starter->content;
    if (!organisation.starterDraft) {
        content = CodeContent::withEmptySections(code.language);
        for (Section &section : content.sections)
            section.owner = manager.employeeNo;
    }
    storage::VersionStore versions(db);
    auto created = versions.createCode(code, by);
    if (!created)
        return created.error();
    if (auto draft = versions.createDraft(created->id, content, by); !draft)
        return draft.error();
    return {};
}

} // namespace

DatabaseOpener::DatabaseOpener() : m_defaultPath(platform::defaultDatabasePath()) { }

DatabaseOpener::DatabaseOpener(QString defaultPath) : m_defaultPath(std::move(defaultPath)) { }

Result<OpenedDatabase> DatabaseOpener::openAtStart(const QString &fileArgument) const
{
    if (!fileArgument.isEmpty())
        return openExisting(fileArgument);
    if (QFileInfo::exists(m_defaultPath))
        return openExisting(m_defaultPath);
    // First start: the folder of per-user data may not exist yet either.
    const QString folder = QFileInfo(m_defaultPath).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::invalid(nativePath(m_defaultPath),
                              tr("the folder %1 cannot be created, so Tenet has nowhere to keep "
                                 "its database")
                                  .arg(nativePath(folder)));
    return createNew(m_defaultPath);
}

Result<OpenedDatabase> DatabaseOpener::openExisting(const QString &path)
{
    // Said here rather than by storage: the desktop user creates files with File > New, not
    // with tenetctl. A server's database is the server administrator's to make.
    const auto spec = storage::ConnectionSpec::parse(path);
    if (!spec)
        return spec.error();
    if (!spec->isServer() && !QFileInfo::exists(path))
        return Error {ErrorKind::NotFound, nativePath(path),
                      tr("there is no such file; nothing was created. Check the name, or "
                         "create a new database with File > New")};
    auto opened = storage::Database::open(*spec, storage::OpenMode::ExistingOnly);
    if (!opened) {
        Error error = opened.error();
        // Storage only reads a file it refuses (the tests check the bytes); say so for a
        // damaged one too, so that the user knows that nothing was made worse.
        if (error.kind == ErrorKind::Integrity && !error.message.contains(u"nothing was changed"_s))
            error.message += tr("; nothing was changed");
        return error;
    }
    return OpenedDatabase {std::move(opened).value(), false, {}};
}

Result<OpenedDatabase> DatabaseOpener::createNew(const QString &path,
                                                 const std::optional<NewOrganisation> &organisation,
                                                 const QString &demoLanguage)
{
    if (QFileInfo::exists(path))
        return Error::refused(
            tr("%1 already exists; a new database never replaces a file, so choose another name")
                .arg(nativePath(path)));
    auto opened = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    std::unique_ptr<storage::Database> db = std::move(opened).value();

    const Status filled
        = organisation ? fillOrganisation(*db, *organisation)
                       : createDemoOrganisation(*db, demoLanguage);
    if (!filled) {
        db.reset();
        removeCreatedFile(path);
        Error error = filled.error();
        error.message
            = tr("%1 (the new file %2 was removed again)").arg(error.message, nativePath(path));
        return error;
    }

    QString welcome;
    if (!organisation) {
        welcome = demoWelcome(path);
    } else {
        welcome = tr("%1 was created for %2. Sign in as %3 with the PIN you chose; the first "
                     "draft of your code is ready to edit.")
                      .arg(nativePath(path), organisation->name.trimmed(),
                           organisation->managerName.trimmed());
    }
    return OpenedDatabase {std::move(db), true, welcome};
}

Result<OpenedDatabase> DatabaseOpener::createDemo(const QString &language) const
{
    if (!demoLanguages().contains(language))
        return Error::usage(tr("there is no demonstration organisation in \"%1\"; choose one "
                               "of %2")
                                .arg(language, demoLanguages().join(u", "_s)));
    const QDir folder = QFileInfo(m_defaultPath).absoluteDir();
    if (!QDir().mkpath(folder.absolutePath()))
        return Error::invalid(nativePath(folder.absolutePath()),
                              tr("the folder cannot be created, so the demonstration has "
                                 "nowhere to go"));
    // A file name, not a sentence: it stays the same in every interface language.
    const QString stem = u"Northwind Support demo (%1)"_s.arg(language);
    QString path = folder.filePath(stem + u".db"_s);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(u"%1 %2.db"_s.arg(stem).arg(n));
    return createNew(path, std::nullopt, language);
}

QStringList DatabaseOpener::withDemoLanguage(QStringList arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--demo"_s
            && (i + 1 == arguments.size() || arguments.at(i + 1).startsWith(u'-')))
            arguments[i] = u"--demo=en"_s;
    }
    return arguments;
}

QString DatabaseOpener::demoWelcome(const QString &path)
{
    return tr("Welcome: a demonstration organisation was created in %1. Sign in as %2 (manager) "
              "with PIN %3. Every demonstration staff member has the same PIN; it is an example "
              "only, so use File > New for your own organisation.")
        .arg(nativePath(path), demoManagerName(), demoPin());
}

} // namespace tenet::app
