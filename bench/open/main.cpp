// liuliang-bench-open: what `liuliang-cli contact list --limit 50` does on startup (unlock the key
// with the passphrase, open the store, list the first 50 contacts by last contacted, print them),
// with each phase timed from inside and reported on stderr as one JSON line, so the caller can
// separate the deliberate Argon2id cost from the store's own cost.
#include "Passphrase.h"
#include "Timer.h"

#include "crypto/Bootstrap.h"
#include "crypto/KeyVault.h"
#include "domain/ContactRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

namespace {

void printPhases(const QJsonObject& phases)
{
    std::fprintf(stderr, "%s\n", QJsonDocument(phases).toJson(QJsonDocument::Compact).constData());
}

} // namespace

int main(int argc, char** argv)
{
    llbench::Timer sinceMain;
    ll::hardenProcess();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QJsonObject phases;
    phases.insert(QStringLiteral("startup_ms"), sinceMain.ms());
    // --noop measures only process start and Qt start-up: the floor under every CLI command.
    if (args.contains(QStringLiteral("--noop"))) {
        printPhases(phases);
        return 0;
    }
    const qsizetype p = args.indexOf(QStringLiteral("--profile"));
    const qsizetype e = args.indexOf(QStringLiteral("--passphrase-env"));
    if (p < 0 || p + 1 >= args.size()) {
        llbench::fail("liuliang-bench-open",
                      QStringLiteral("usage: --profile DIR [--passphrase-env VAR] [--noop]"));
        return 2;
    }
    const QString dir = args[p + 1];
    const auto passphrase = llbench::passphraseFromEnv(
        e >= 0 && e + 1 < args.size() ? args[e + 1] : QString::fromLatin1(llbench::kDefaultPassphraseEnv));
    if (!passphrase)
        return 2;

    llbench::Timer phase;
    auto key = ll::KeyVault(dir).unlockWithPassphrase(*passphrase);
    if (!key.ok()) {
        llbench::fail("liuliang-bench-open", key.message());
        return 1;
    }
    phases.insert(QStringLiteral("unlock_ms"), phase.ms());

    phase.restart();
    auto store = ll::Store::open(dir, key.value(), false);
    if (!store.ok()) {
        llbench::fail("liuliang-bench-open", store.message());
        return 1;
    }
    phases.insert(QStringLiteral("open_ms"), phase.ms());

    phase.restart();
    ll::ContactQuery query;
    query.limit = 50;
    auto contacts = ll::ContactRepository(*store.value()).list(query);
    if (!contacts.ok()) {
        llbench::fail("liuliang-bench-open", contacts.message());
        return 1;
    }
    phases.insert(QStringLiteral("list_ms"), phase.ms());

    phase.restart();
    QByteArray out;
    for (const ll::Contact& c : contacts.value()) {
        const QString phone = c.phones.isEmpty() ? QString() : c.phones.first().masked();
        out += (c.id.left(8) + u'\t' + c.name + u'\t' + c.nickname + u'\t' + phone + u'\n').toUtf8();
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    phases.insert(QStringLiteral("print_ms"), phase.ms());
    phases.insert(QStringLiteral("rows"), int(contacts->size()));
    phases.insert(QStringLiteral("main_ms"), sinceMain.ms());
    printPhases(phases);
    return 0;
}
