#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "JsonOutput.h"
#include "crypto/KeyVault.h"

#include <QFileInfo>

namespace ll::cli {

namespace {

// Anything but owner read/write(/execute) on the profile is a leak of ciphertext or of the wrapped key.
QStringList permissionProblems(const QStringList& paths)
{
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QStringList problems;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.exists() && (info.permissions() & others))
            problems << CliText::tr("%1 is accessible to other users (expected owner-only permissions).")
                            .arg(path);
    }
    return problems;
}

int check(CliContext& ctx, const ParsedArgs&)
{
    Profile* profile = ctx.profile();
    if (!profile)
        return ctx.exitCode();
    Database& db = profile->store().db();
    const std::optional<QStringList> integrity = take(ctx, db.integrityCheck());
    if (!integrity)
        return ctx.exitCode();
    QStringList problems = *integrity;
    const bool plaintext = Database::fileLooksPlaintext(db.path());
    // integrityCheck() covers these too; they are repeated so `check` states them even if it changes.
    if (problems.isEmpty() && plaintext)
        problems << CliText::tr("The store file starts with the plaintext SQLite header.");
    if (problems.isEmpty() && db.cipherVersion().isEmpty())
        problems << CliText::tr("PRAGMA cipher_version is empty: SQLCipher is not active.");
    problems << permissionProblems({profile->directory(), db.path(), profile->vault().keyFilePath()});

    if (ctx.json()) {
        JsonOutput::print({{QStringLiteral("ok"), problems.isEmpty()},
                           {QStringLiteral("cipher_version"), db.cipherVersion()},
                           {QStringLiteral("plaintext_header"), plaintext},
                           {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else {
        ctx.print(CliText::tr("Profile:        %1\nSQLCipher:      %2\nFile header:    %3\n")
                      .arg(profile->directory(),
                           db.cipherVersion().isEmpty() ? QStringLiteral("-") : db.cipherVersion(),
                           plaintext ? CliText::tr("PLAINTEXT") : CliText::tr("encrypted")));
        for (const QString& problem : problems)
            ctx.print(CliText::tr("problem: %1\n").arg(problem));
        ctx.print(problems.isEmpty() ? QStringLiteral("ok\n") : QString());
    }
    if (!problems.isEmpty())
        return ctx.fail(ExitCode::EncryptionProblem,
                        CliText::tr("%n problem(s) found in %1.", nullptr, int(problems.size()))
                            .arg(profile->directory()));
    return 0;
}

} // namespace

CommandGroup checkGroup()
{
    return {QStringLiteral("check"),
            CliText::tr("Verify the integrity and encryption of the store."),
            {{QString(),
              QString(),
              0,
              0,
              CliText::tr(
                  "Verify the store: SQLite integrity, foreign keys, SQLCipher active, no plaintext header, "
                  "owner-only permissions. Prints ok or the problems (exit code 7)."),
              {jsonOption()},
              check}}};
}

} // namespace ll::cli
