#include "SecurityTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

namespace ll::sectest {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QString& profile, const QStringList& args, const CliOptions& options,
              const QString& passphrase)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kPassphraseVar), passphrase);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString& name : options.unset)
        env.remove(name);
    for (const auto& [name, value] : options.set)
        env.insert(name, value);

    QStringList full{QStringLiteral("--profile"), profile};
    if (options.passphraseOption)
        full << QStringLiteral("--passphrase-env") << QLatin1String(kPassphraseVar);
    full << args;

    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIULIANG_CLI_PATH), full);
    CliRun run;
    if (!p.waitForStarted(10'000))
        return run;
    p.write(options.input);
    p.closeWriteChannel();
    if (!p.waitForFinished(90'000)) {
        p.kill();
        p.waitForFinished(5'000);
        return run;
    }
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    if (p.exitStatus() == QProcess::NormalExit)
        run.exitCode = p.exitCode();
    return run;
}

QList<Needle> needlesFor(const QStringList& secrets)
{
    QList<Needle> needles;
    for (const QString& s : secrets) {
        needles.append({s + QStringLiteral(" (UTF-8)"), s.toUtf8()});
        const QByteArray utf16(reinterpret_cast<const char*>(s.utf16()), s.size() * 2); // little-endian hosts
        needles.append({s + QStringLiteral(" (UTF-16LE)"), utf16});
    }
    return needles;
}

QList<Needle> jsonEscapedNeedles(const QStringList& secrets)
{
    QList<Needle> needles;
    for (const QString& s : secrets) {
        QByteArray lower, upper;
        for (const QChar c : s) {
            if (c.unicode() < 0x80) {
                lower += char(c.unicode());
                upper += char(c.unicode());
            } else {
                lower += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
                upper += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
            }
        }
        if (lower != s.toUtf8()) {
            needles.append({s + QStringLiteral(" (\\u-escaped)"), lower});
            needles.append({s + QStringLiteral(" (\\U-escaped)"), upper});
        }
    }
    return needles;
}

QList<Needle> phoneNeedles(const QStringList& phones)
{
    QStringList forms;
    for (const QString& p : phones) {
        QString digits = p;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
            digits = digits.mid(2);
        forms << p << digits;
    }
    forms.removeDuplicates();
    return needlesFor(forms);
}

QStringList findIn(const QByteArray& haystack, const QList<Needle>& needles, const QString& where)
{
    QStringList found;
    for (const Needle& n : needles)
        if (!n.bytes.isEmpty() && haystack.contains(n.bytes))
            found << where + QStringLiteral(": ") + n.label;
    return found;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir base(dir);
    while (it.hasNext())
        files << base.relativeFilePath(it.next());
    files.sort();
    return files;
}

QStringList findInDirectory(const QString& dir, const QList<Needle>& needles)
{
    QStringList found;
    const QDir base(dir);
    for (const QString& rel : filesUnder(dir))
        found << findIn(readFile(base.filePath(rel)), needles, rel);
    return found;
}

} // namespace ll::sectest
