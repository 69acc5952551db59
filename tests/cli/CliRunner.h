#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real liuliang-cli binary against one profile directory, as a script or CI job would.
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const; // stdout parsed as a JSON object (empty when it is not one)
    };

    static constexpr const char* PassphraseVar = "LL_TEST_PASSPHRASE";

    explicit CliRunner(QString profileDir, QString passphrase = QStringLiteral("correct horse 电池"));

    // `liuliang-cli --profile DIR --passphrase-env LL_TEST_PASSPHRASE <args>`
    Run operator()(const QStringList& args) const;
    // Same, with the passphrase variable holding `passphrase` instead.
    Run withPassphrase(const QString& passphrase, const QStringList& args) const;
    // Through /bin/sh so `shellArgs` can hold bytes a QString cannot carry (invalid UTF-8, via printf).
    Run throughShell(const QString& shellArgs) const;
    // Without any option added: for --help and usage errors.
    static Run bare(const QStringList& args);

    QString profileDir() const { return m_dir; }
    QString passphrase() const { return m_passphrase; }
    QByteArray storeBytes() const; // store.db plus its -wal file, as `strings` would scan them
    QByteArray keyFileBytes() const;

private:
    static Run exec(const QString& program, const QStringList& args, const QProcessEnvironment& env);
    QProcessEnvironment environment(const QString& passphrase) const;

    QString m_dir;
    QString m_passphrase;
};
