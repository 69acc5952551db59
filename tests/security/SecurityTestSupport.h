#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Shared by the security tests: the real liuliang-cli run as a script would, and a scanner that
// looks for known customer data in raw bytes the way an attacker with `strings` or `grep` would.
namespace ll::sectest {

inline const QString kPassphrase = QStringLiteral("正确的 horse 电池 staple");
inline constexpr const char* kPassphraseVar = "LL_SEC_PASSPHRASE";

struct CliRun
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

struct CliOptions
{
    QByteArray input;                   // written to stdin, then closed
    QStringList unset;                  // environment variables removed for this run
    QList<QPair<QString, QString>> set; // environment variables added for this run
    bool passphraseOption = true;       // add --passphrase-env
};

// `liuliang-cli --profile DIR [--passphrase-env VAR] args...` with VAR holding `passphrase`.
CliRun runCli(const QString& profile, const QStringList& args, const CliOptions& options = {},
              const QString& passphrase = kPassphrase);

// One secret as the byte patterns it could leave on disk or in a log: UTF-8 and UTF-16LE.
struct Needle
{
    QString label;
    QByteArray bytes;
};
QList<Needle> needlesFor(const QStringList& secrets);
// The same secrets as a JSON or log writer might escape them: \uXXXX for every non-ASCII character.
QList<Needle> jsonEscapedNeedles(const QStringList& secrets);
// Phone numbers also as their bare digits (what a formatter or index would keep).
QList<Needle> phoneNeedles(const QStringList& phones);

// "where: label" for every needle found in `haystack`.
QStringList findIn(const QByteArray& haystack, const QList<Needle>& needles, const QString& where);
// Every regular file under `dir`, recursively (hidden ones too), scanned byte for byte.
QStringList findInDirectory(const QString& dir, const QList<Needle>& needles);
// Relative paths of every file under `dir`, to report what was scanned.
QStringList filesUnder(const QString& dir);

QByteArray readFile(const QString& path);

} // namespace ll::sectest
