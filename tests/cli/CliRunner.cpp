#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QJsonObject CliRunner::Run::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRunner::CliRunner(QString profileDir, QString passphrase)
    : m_dir(std::move(profileDir))
    , m_passphrase(std::move(passphrase))
{}

QProcessEnvironment CliRunner::environment(const QString& passphrase) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(PassphraseVar), passphrase);
    // A fixed UTF-8 locale, so the test does not depend on the machine's.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliRunner::Run CliRunner::exec(const QString& program, const QStringList& args,
                               const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    // stdin is an empty pipe, never a terminal: the CLI must not wait for a passphrase prompt.
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, args);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRunner::Run CliRunner::operator()(const QStringList& args) const
{
    return withPassphrase(m_passphrase, args);
}

CliRunner::Run CliRunner::withPassphrase(const QString& passphrase, const QStringList& args) const
{
    const QStringList full = QStringList{QStringLiteral("--profile"), m_dir,
                                         QStringLiteral("--passphrase-env"), QLatin1String(PassphraseVar)} +
                             args;
    return exec(QStringLiteral(LIULIANG_CLI_PATH), full, environment(passphrase));
}

CliRunner::Run CliRunner::throughShell(const QString& shellArgs) const
{
    const QString script = QStringLiteral("exec \"$0\" --profile \"$1\" --passphrase-env %1 %2")
                               .arg(QLatin1String(PassphraseVar), shellArgs);
    return exec(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), script, QStringLiteral(LIULIANG_CLI_PATH), m_dir},
                environment(m_passphrase));
}

CliRunner::Run CliRunner::bare(const QStringList& args)
{
    return exec(QStringLiteral(LIULIANG_CLI_PATH), args, QProcessEnvironment::systemEnvironment());
}

QByteArray CliRunner::storeBytes() const
{
    const QString path = QDir(m_dir).filePath(QStringLiteral("store.db"));
    return readFile(path) + readFile(path + QStringLiteral("-wal"));
}

QByteArray CliRunner::keyFileBytes() const
{
    return readFile(QDir(m_dir).filePath(QStringLiteral("key.json")));
}
