// liuliang-bench-gen: creates a profile filled with deterministic benchmark data (sizes S, M, L).
#include "Generator.h"
#include "Passphrase.h"
#include "Timer.h"

#include "crypto/Bootstrap.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    ll::hardenProcess();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generates a Liuliang profile with benchmark data."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("New profile directory."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("S, M or L."),
                                  QStringLiteral("S|M|L"), QStringLiteral("S"));
    const QCommandLineOption env(QStringLiteral("passphrase-env"),
                                 QStringLiteral("Environment variable holding the passphrase."),
                                 QStringLiteral("VAR"), QString::fromLatin1(llbench::kDefaultPassphraseEnv));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("PRNG seed (same seed, same data)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({profile, size, env, seed});
    parser.process(app);

    if (!parser.isSet(profile)) {
        llbench::fail("liuliang-bench-gen", QStringLiteral("--profile DIR is required"));
        return 2;
    }
    const auto sizes = llbench::sizesFor(parser.value(size));
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!sizes || !seedOk) {
        llbench::fail("liuliang-bench-gen", QStringLiteral("--size must be S, M or L and --seed a number"));
        return 2;
    }
    const auto passphrase = llbench::passphraseFromEnv(parser.value(env));
    if (!passphrase)
        return 2;

    llbench::Timer timer;
    const ll::Status done = llbench::generateProfile({parser.value(profile), *passphrase, *sizes, seedValue});
    if (!done.ok()) {
        llbench::fail("liuliang-bench-gen", done.message());
        return 1;
    }
    std::fprintf(stderr, "generated size %s (%d contacts) in %.1f s\n", qPrintable(sizes->label),
                 sizes->contacts, timer.ms() / 1000.0);
    return 0;
}
