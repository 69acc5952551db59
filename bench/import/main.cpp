// liuliang-bench-import: the 100,000-row lead import with dedup (issue 7: ≤ 5 s), on a fresh copy of a small
// store for every run, in UTF-8 and GBK, plus the idempotent re-import. Numbers only: nothing is asserted
// about time, but every run's report must match the first one's (a fast wrong import is not a result).
#include "Allocator.h"
#include "LeadCsv.h"
#include "Passphrase.h"
#include "Stats.h"
#include "Timer.h"

#include "crypto/Bootstrap.h"
#include "crypto/DataKey.h"
#include "domain/OrgRepository.h"
#include "importer/LeadImporter.h"
#include "importer/TextDecoding.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <memory>

namespace {

constexpr const char* kTool = "liuliang-bench-import";
constexpr double kTargetMs = 5000;
constexpr int kBaseContacts = 1000;

int failWith(const ll::Status& s)
{
    llbench::fail(kTool, s.message());
    return 1;
}

ll::Status writeFile(const QString& path, const QString& text, const QString& encoding)
{
    auto bytes = ll::encodeText(text, encoding);
    if (!bytes.ok())
        return bytes.error();
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes.value()) != bytes->size())
        return ll::makeError(ll::ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    return {};
}

ll::Status copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return ll::makeError(ll::ErrorCode::Io, QStringLiteral("cannot copy %1").arg(from));
    return {};
}

// A store with an org, two stores, six guides and kBaseContacts leads the main file partly duplicates.
ll::Status makeBase(const QString& dir, const ll::DataKey& key)
{
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    auto opened = ll::Store::open(dir, key, true);
    if (!opened.ok())
        return opened.error();
    ll::Store& store = *opened.value();
    ll::OrgRepository org(store);
    auto o = org.setOrg(QStringLiteral("留量零售"));
    if (!o.ok())
        return o.error();
    QString managerId;
    for (const auto& [storeName, city] : {std::pair{"南京西路店", "上海"}, std::pair{"三里屯店", "北京"}}) {
        auto s = org.addStore(QString::fromUtf8(storeName), QString::fromUtf8(city));
        if (!s.ok())
            return s.error();
        for (int g = 0; g < 3; ++g) {
            auto staff = org.addStaff(QStringLiteral("导购%1%2").arg(QString::fromUtf8(city)).arg(g),
                                      QStringLiteral("guide"), s->id);
            if (!staff.ok())
                return staff.error();
        }
        auto manager = org.addStaff(QStringLiteral("店长%1").arg(QString::fromUtf8(city)),
                                    QStringLiteral("manager"), s->id);
        if (!manager.ok())
            return manager.error();
        managerId = manager->id;
    }
    LL_TRY(store.setActorId(managerId));
    const QString basePath = dir + QStringLiteral("/base.csv");
    LL_TRY(writeFile(basePath, llbench::baseCsv(kBaseContacts), QStringLiteral("UTF-8")));
    auto report = ll::LeadImporter(store).importFile(basePath, {});
    if (!report.ok())
        return report.error();
    if (report->newContacts != kBaseContacts)
        return ll::makeError(ll::ErrorCode::Internal,
                             QStringLiteral("base import made %1 contacts").arg(report->newContacts));
    return {};
}

QString summary(const ll::LeadImportReport& r)
{
    return QStringLiteral("read %1, new %2, merged %3, unchanged %4, rejected %5")
        .arg(r.rowsRead)
        .arg(r.newContacts)
        .arg(r.mergedDuplicates)
        .arg(r.unchanged)
        .arg(r.rejectedCount);
}

struct RunResult
{
    double importMs = 0;
    double importCpuMs = 0;
    double writerCpuMs = 0; // of it, on the thread that writes the store
    double reimportMs = 0;
    QString first;
    QString second;
};

ll::Result<RunResult> runOnce(const QString& baseDir, const QString& runDir, const ll::DataKey& key,
                              const QString& csv, int batchSize)
{
    QDir(runDir).removeRecursively();
    QDir().mkpath(runDir);
    LL_TRY(copyFile(baseDir + QStringLiteral("/store.db"), runDir + QStringLiteral("/store.db")));
    auto opened = ll::Store::open(runDir, key, false);
    if (!opened.ok())
        return opened.error();
    ll::Store& store = *opened.value();
    ll::LeadImportOptions options;
    options.allocation.strategy = ll::AllocationStrategy::RoundRobin;
    options.rejectedPath = runDir + QStringLiteral("/rejected.csv");
    if (batchSize > 0)
        options.batchSize = batchSize;
    RunResult out;
    const double cpu0 = llbench::cpuMs();
    const double writer0 = llbench::threadCpuMs();
    llbench::Timer t;
    auto first = ll::LeadImporter(store).importFile(csv, options);
    out.importMs = t.ms();
    out.importCpuMs = llbench::cpuMs() - cpu0;
    out.writerCpuMs = llbench::threadCpuMs() - writer0;
    if (!first.ok())
        return first.error();
    if (!first->completed)
        return ll::makeError(ll::ErrorCode::Internal,
                             QStringLiteral("import stopped: %1").arg(first->error.message));
    out.first = summary(first.value());
    t.restart();
    auto second = ll::LeadImporter(store).importFile(csv, options);
    out.reimportMs = t.ms();
    if (!second.ok())
        return second.error();
    out.second = summary(second.value());
    if (second->newContacts != 0 || second->mergedDuplicates != 0)
        return ll::makeError(ll::ErrorCode::Internal,
                             QStringLiteral("re-import changed data: %1").arg(out.second));
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    ll::hardenProcess();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the lead import (100,000 rows with dedup)."));
    parser.addHelpOption();
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("Scratch directory (replaced)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Data rows."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Timed runs (>= 1)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption encodings(QStringLiteral("encodings"),
                                       QStringLiteral("Comma-separated: utf-8,gbk."), QStringLiteral("LIST"),
                                       QStringLiteral("utf-8,gbk"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"),
                                      QStringLiteral("Rows per transaction (default: the importer's)."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON lines."));
    parser.addOptions({work, rowsOpt, runsOpt, encodings, batchOpt, json});
    parser.process(app);
    const QString dir = parser.value(work);
    const int rows = parser.value(rowsOpt).toInt();
    const int runs = parser.value(runsOpt).toInt();
    if (dir.isEmpty() || rows < 1 || runs < 1) {
        llbench::fail(kTool, QStringLiteral("--work DIR is required; --rows and --runs must be positive"));
        return 2;
    }
    // A generated key: the store is scratch data, and Argon2id is not part of the import.
    const ll::DataKey key = ll::DataKey::generate();
    const QString baseDir = dir + QStringLiteral("/base");
    if (const ll::Status s = makeBase(baseDir, key); !s.ok())
        return failWith(s);
    const QString text = llbench::leadCsv(rows);

    for (const QString& encoding : parser.value(encodings).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString csv = dir + QStringLiteral("/leads-%1.csv").arg(encoding);
        if (const ll::Status s = writeFile(csv, text,
                                           encoding == QLatin1String("gbk") ? QStringLiteral("GB18030")
                                                                            : QStringLiteral("UTF-8"));
            !s.ok())
            return failWith(s);
        llbench::Measurement import{QStringLiteral("import.leads_%1k.%2").arg(rows / 1000).arg(encoding),
                                    QStringLiteral("ms"),
                                    {},
                                    kTargetMs,
                                    {}};
        llbench::Measurement cpu{
            QStringLiteral("import.leads_%1k.%2.cpu").arg(rows / 1000).arg(encoding),
            QStringLiteral("ms"),
            {},
            std::nullopt,
            QStringLiteral("CPU time of the import (the wall time includes waiting for a core); malloc: %1")
                .arg(llbench::mallocInUse())};
        llbench::Measurement writer{
            QStringLiteral("import.leads_%1k.%2.writer_cpu").arg(rows / 1000).arg(encoding),
            QStringLiteral("ms"),
            {},
            std::nullopt,
            QStringLiteral("of that CPU time, the writing thread's: the import's critical path (reading, "
                           "parsing and search tokens run beside it)")};
        llbench::Measurement again{
            QStringLiteral("import.leads_%1k.%2.reimport").arg(rows / 1000).arg(encoding),
            QStringLiteral("ms"),
            {},
            std::nullopt,
            {}};
        for (int i = 0; i < runs; ++i) {
            auto r = runOnce(baseDir, dir + QStringLiteral("/run"), key, csv, parser.value(batchOpt).toInt());
            if (!r.ok())
                return failWith(r.error());
            if (import.note.isEmpty()) {
                import.note = QStringLiteral("fresh store with %1 contacts, round-robin over 6 guides; %2")
                                  .arg(kBaseContacts)
                                  .arg(r->first);
                again.note = QStringLiteral("same file again: %1").arg(r->second);
            } else if (!import.note.endsWith(r->first)) {
                return failWith(ll::makeError(ll::ErrorCode::Internal,
                                              QStringLiteral("run %1 differs: %2").arg(i).arg(r->first)));
            }
            import.samples << r->importMs;
            cpu.samples << r->importCpuMs;
            writer.samples << r->writerCpuMs;
            again.samples << r->reimportMs;
        }
        llbench::report(import, parser.isSet(json));
        llbench::report(cpu, parser.isSet(json));
        llbench::report(writer, parser.isSet(json));
        llbench::report(again, parser.isSet(json));
    }
    QDir(dir + QStringLiteral("/run")).removeRecursively();
    return 0;
}
