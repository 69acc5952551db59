// liuliang-bench-sync: the sync client against a running liuliang-server (bench/sync/run.sh starts it).
//   seed    --work DIR --contacts N            one device writes N contacts with history and pushes them
//   measure --work DIR --contacts N --runs R   initial pull into fresh profiles, no-change sync, edit A → B
//   vcards  --work DIR --out DIR               one fresh device pulls, then writes every contact as a .vcf
// Common: --server URL --ca FILE --user NAME --password-env VAR [--json] [--prefix NAME].
// Numbers only: nothing here asserts a timing.
#include "BenchDevice.h"
#include "Passphrase.h"
#include "Seeder.h"
#include "Stats.h"
#include "Timer.h"
#include "VCardDump.h"

#include "crypto/Bootstrap.h"
#include "domain/ContactRepository.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {

constexpr const char* kTool = "liuliang-bench-sync";

struct Options
{
    ll::sync::ServerConfig server;
    QString user;
    QString password;
    QString work;
    QString out;
    QString prefix = QStringLiteral("sync");
    int contacts = 50'000;
    int runs = 5;
    bool json = false;
};

int failed(const QString& what, const QString& message)
{
    llbench::fail(kTool, what + QStringLiteral(": ") + message);
    return 1;
}

ll::Result<std::unique_ptr<llbench::BenchDevice>> newDevice(const Options& o, const QString& name)
{
    const QString dir = QDir(o.work).filePath(name);
    QDir(dir).removeRecursively();
    return llbench::BenchDevice::create(dir, o.server, o.user, o.password);
}

qint64 liveContacts(ll::Store& store)
{
    ll::Statement st(store.db(), "SELECT count(*) FROM contact WHERE deleted = 0");
    auto row = st.step();
    return row.ok() && row.value() ? st.int64(0) : -1;
}

int seed(const Options& o)
{
    auto device = newDevice(o, QStringLiteral("seed"));
    if (!device.ok())
        return failed(QStringLiteral("seed device"), device.message());
    llbench::Timer timer;
    llbench::SeedShape shape;
    shape.contacts = o.contacts;
    if (const ll::Status s = llbench::seedStore((*device)->store(), shape); !s.ok())
        return failed(QStringLiteral("seed"), s.message());
    const double writeMs = timer.ms();
    timer.restart();
    auto pushed = (*device)->sync();
    if (!pushed.ok())
        return failed(QStringLiteral("push"), pushed.message());
    const int pending = (*device)->store().pendingOutboxCount().value();
    std::fprintf(
        stderr,
        "seeded %d contacts (%d mutations pushed, %d rejected, %d pending): write %.1f s, push %.1f s\n",
        o.contacts, pushed->pushed, pushed->rejected, pending, writeMs / 1000, timer.ms() / 1000);
    if (pushed->rejected > 0 || pending > 0)
        return failed(QStringLiteral("push"), QStringLiteral("not every mutation was applied"));
    return 0;
}

int measure(const Options& o)
{
    const bool full = o.contacts >= 50'000;
    llbench::Measurement pull{o.prefix + QStringLiteral(".initial_pull"),
                              QStringLiteral("ms"),
                              {},
                              full ? std::optional<double>(10'000) : std::nullopt,
                              {}};
    std::unique_ptr<llbench::BenchDevice> a, b;
    int pulled = 0;
    double pullCpu = 0;
    for (int run = 0; run < o.runs; ++run) {
        auto device = newDevice(o, QStringLiteral("pull%1").arg(run));
        if (!device.ok())
            return failed(QStringLiteral("device"), device.message());
        const double cpu0 = llbench::cpuMs();
        llbench::Timer timer;
        auto report = (*device)->sync();
        const double ms = timer.ms();
        pullCpu += llbench::cpuMs() - cpu0;
        if (!report.ok())
            return failed(QStringLiteral("initial pull"), report.message());
        const qint64 live = liveContacts((*device)->store());
        if (live != o.contacts)
            return failed(QStringLiteral("initial pull"),
                          QStringLiteral("%1 contacts arrived, expected %2").arg(live).arg(o.contacts));
        pull.samples.append(ms);
        pulled = report->pulled;
        // Keep two devices for the edit test; the others' directories go at once (disk).
        if (!a)
            a = std::move(device).value();
        else if (!b)
            b = std::move(device).value();
        else
            QDir(QDir(o.work).filePath(QStringLiteral("pull%1").arg(run))).removeRecursively();
    }
    pull.note = QStringLiteral("%1 contacts, %2 changes pulled per run, client CPU %3 ms per run (mean)")
                    .arg(o.contacts)
                    .arg(pulled)
                    .arg(pullCpu / o.runs, 0, 'f', 0);
    llbench::report(pull, o.json);

    llbench::Measurement idle{o.prefix + QStringLiteral(".no_change"),
                              QStringLiteral("ms"),
                              {},
                              50.0,
                              QStringLiteral("push of an empty outbox + one pull page with nothing new")};
    if (!b->sync().ok())
        return failed(QStringLiteral("no-change warm-up"), QStringLiteral("sync failed"));
    for (int run = 0; run < o.runs; ++run) {
        llbench::Timer timer;
        auto report = b->sync();
        idle.samples.append(timer.ms());
        if (!report.ok() || report->pulled != 0 || report->pushed != 0)
            return failed(QStringLiteral("no-change sync"),
                          report.ok() ? QStringLiteral("not idle") : report.message());
    }
    llbench::report(idle, o.json);
    if (o.prefix != QLatin1String("sync"))
        return 0; // the CardDAV comparison needs only the pull and the no-change sync

    llbench::Measurement edit{
        o.prefix + QStringLiteral(".edit_propagation"),
        QStringLiteral("ms"),
        {},
        1000.0,
        QStringLiteral("edit on A, A syncs (push), B syncs (pull), value checked on B")};
    QString id;
    {
        ll::Statement st(a->store().db(), "SELECT id FROM contact WHERE deleted = 0 ORDER BY rowid LIMIT 1");
        auto row = st.step();
        if (!row.ok() || !row.value())
            return failed(QStringLiteral("edit"), QStringLiteral("no contact on A"));
        id = st.text(0);
    }
    for (int run = 0; run < o.runs; ++run) {
        const QString city = QStringLiteral("城市 %1").arg(run + 1);
        llbench::Timer timer;
        ll::ContactInput patch;
        patch.city = city;
        if (auto updated = ll::ContactRepository(a->store()).update(id, patch); !updated.ok())
            return failed(QStringLiteral("edit"), updated.message());
        auto pushed = a->sync();
        auto pulledOnB = b->sync();
        const double ms = timer.ms();
        if (!pushed.ok() || !pulledOnB.ok())
            return failed(QStringLiteral("edit"), pushed.ok() ? pulledOnB.message() : pushed.message());
        auto onB = ll::ContactRepository(b->store()).get(id);
        if (!onB.ok() || onB->city != city)
            return failed(QStringLiteral("edit"), QStringLiteral("the edit did not reach B"));
        edit.samples.append(ms);
    }
    llbench::report(edit, o.json);
    return 0;
}

int vcards(const Options& o)
{
    auto device = newDevice(o, QStringLiteral("vcards"));
    if (!device.ok())
        return failed(QStringLiteral("device"), device.message());
    if (auto report = (*device)->sync(); !report.ok())
        return failed(QStringLiteral("pull"), report.message());
    auto written = llbench::dumpVCards((*device)->store(), o.out);
    if (!written.ok())
        return failed(QStringLiteral("vcards"), written.message());
    std::fprintf(stderr, "wrote %d vCards to %s\n", *written, qPrintable(o.out));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    ll::hardenProcess();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sync client benchmarks against a running liuliang-server."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("seed, measure or vcards"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("https://127.0.0.1:PORT"),
                                    QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("CA certificate (PEM)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Staff username."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"),
                                         QStringLiteral("Environment variable holding the password."),
                                         QStringLiteral("VAR"));
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("Directory for the profiles."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("vdir to write (vcards)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption contacts(QStringLiteral("contacts"), QStringLiteral("Contacts on the server."),
                                      QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per measurement (>= 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("Name prefix of the results."),
                                    QStringLiteral("NAME"), QStringLiteral("sync"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON lines."));
    parser.addOptions({server, ca, user, passwordEnv, work, out, contacts, runs, prefix, json});
    parser.process(app);

    Options o;
    o.server = {parser.value(server), parser.value(ca), QString()};
    o.user = parser.value(user);
    o.work = parser.value(work);
    o.out = parser.value(out);
    o.prefix = parser.value(prefix);
    o.contacts = parser.value(contacts).toInt();
    o.runs = parser.value(runs).toInt();
    o.json = parser.isSet(json);
    const QString mode = parser.positionalArguments().value(0);
    const auto password = llbench::passphraseFromEnv(parser.value(passwordEnv));
    if (!password || o.server.url.isEmpty() || o.user.isEmpty() || o.work.isEmpty() || o.contacts <= 0 ||
        o.runs < 2) {
        llbench::fail(
            kTool, QStringLiteral("needs a mode, --server, --user, --password-env and --work (see --help)"));
        return 2;
    }
    o.password = *password;
    if (mode == QLatin1String("seed"))
        return seed(o);
    if (mode == QLatin1String("measure"))
        return measure(o);
    if (mode == QLatin1String("vcards") && !o.out.isEmpty())
        return vcards(o);
    llbench::fail(kTool, QStringLiteral("mode must be seed, measure or vcards (vcards needs --out)"));
    return 2;
}
