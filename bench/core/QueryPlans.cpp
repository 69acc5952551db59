#include "QueryPlans.h"

#include "SqlCapture.h"
#include "Timer.h"

#include "domain/ContactRepository.h"
#include "store/Store.h"

#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <cstdio>

namespace llbench {

namespace {

void printPlan(sqlite3* db, const QByteArray& sql)
{
    sqlite3_stmt* st = nullptr;
    const QByteArray explain = "EXPLAIN QUERY PLAN " + sql;
    if (sqlite3_prepare_v2(db, explain.constData(), -1, &st, nullptr) != SQLITE_OK) {
        std::printf("    (no plan: %s)\n", sqlite3_errmsg(db));
        return;
    }
    while (sqlite3_step(st) == SQLITE_ROW)
        std::printf("    plan: %s\n", reinterpret_cast<const char*>(sqlite3_column_text(st, 3)));
    sqlite3_finalize(st);
}

// Best of three warm runs of one statement: which statement of a query the time goes to.
double bestRunMs(sqlite3* db, const QByteArray& sql)
{
    double best = -1;
    for (int i = 0; i < 4; ++i) {
        sqlite3_stmt* st = nullptr;
        Timer t;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            return -1;
        while (sqlite3_step(st) == SQLITE_ROW) {
        }
        sqlite3_finalize(st);
        const double ms = t.ms();
        if (i > 0 && (best < 0 || ms < best))
            best = ms;
    }
    return best;
}

} // namespace

ll::Status dumpQueryPlans(ll::Store& store, const QList<NamedQuery>& queries)
{
    ll::ContactRepository repo(store);
    sqlite3* db = store.db().handle();
    for (const NamedQuery& q : queries) {
        QList<CapturedStatement> statements;
        {
            SqlCapture capture(db);
            auto rows = repo.list(q.query);
            if (!rows.ok())
                return rows.error();
            statements = capture.statements();
        }
        std::printf("== %s (%s): %d statements\n", qPrintable(q.name), qPrintable(describe(q)),
                    int(statements.size()));
        QSet<QString> seen;
        for (const CapturedStatement& captured : statements) {
            const QByteArray& sql = captured.sql;
            // The per-contact phone lookups differ only in the rowid; one of them is enough.
            static const QRegularExpression digits(QStringLiteral("[0-9]+"));
            const QString shape = QString::fromUtf8(sql).replace(digits, QStringLiteral("#"));
            if (seen.contains(shape))
                continue;
            seen.insert(shape);
            std::printf("  [%.3f ms to the end, %lld rows read] %s\n", bestRunMs(db, sql),
                        static_cast<long long>(captured.rows), sql.constData());
            printPlan(db, sql);
        }
    }
    return {};
}

} // namespace llbench
