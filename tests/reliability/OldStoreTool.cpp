// Test-only helper for TestCrashSafety's migration kills; never installed, never part of the CLI.
//   ll_test_old_store create DIR VERSION CONTACTS  — a keychain-only profile whose store stops at schema
//       VERSION (Migrator's target), filled through plain SQL on the frozen tables of versions 1–2 (released
//       schema steps are never edited, so this SQL stays valid however many steps come later).
//   ll_test_old_store inspect DIR  — opens the store WITHOUT migrating and prints JSON: schema version,
//       integrity problems, whether the schema objects are exactly those of that version, and a digest of
//       every row the create step wrote (so "data intact" is one string comparison). The rows are ones no
//       migration step rewrites (birthday reminders stay stored; step 6 drops only dormant/holiday ones); a
//       later step that legitimately rewrites them needs the digest adjusted.
#include "crypto/KeyVault.h"
#include "search/SearchFile.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace ll;

namespace {

constexpr int RemindersPerContact = 12;
constexpr qint64 Created = 1'700'000'000'000; // fixed times: the digest must not depend on the clock

int fail(const QString& what)
{
    std::fprintf(stderr, "ll_test_old_store: %s\n", qPrintable(what));
    return 1;
}

QString storePath(const QString& dir)
{
    return QDir(dir).filePath(QLatin1String("store.db"));
}

// Runs a prepared insert and makes it ready for the next binds.
Status runOnce(Statement& st)
{
    const Status done = st.exec();
    st.reset();
    return done;
}

Status fill(Database& db, int contacts)
{
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    LL_TRY(db.exec("INSERT INTO org (id, name) VALUES ('org-1', '留量');"
                   "INSERT INTO store (id, org_id, name) VALUES ('store-1', 'org-1', '南京东路店');"
                   "INSERT INTO staff (id, org_id, store_id, name, role) "
                   "  VALUES ('staff-1', 'org-1', 'store-1', '王店长', 'manager');"
                   "INSERT INTO meta (key, value) VALUES ('actor_id', 'staff-1');"
                   "INSERT INTO reminder_rule (rowid, id, name, kind, threshold, created_at) "
                   "  VALUES (1, 'rule-1', '生日关怀', 'birthday', 0, 1700000000000);"));
    Statement contact(
        db, "INSERT INTO contact (rowid, id, owner_id, store_id, name, notes, created_at, updated_at) "
            "VALUES (?, ?, 'staff-1', 'store-1', ?, ?, ?, ?)");
    Statement phone(db, "INSERT INTO contact_phone (contact_rowid, digits, kind) VALUES (?, ?, 'mobile')");
    Statement fts(db, "INSERT INTO contact_fts (docid, tokens) VALUES (?, ?)");
    Statement followup(db, "INSERT INTO followup (id, contact_rowid, kind, note, happened_at) "
                           "VALUES (?, ?, 'call', ?, ?)");
    Statement reminder(db,
                       "INSERT INTO reminder (id, rule_rowid, contact_rowid, kind, anchor, due_on, due_at) "
                       "VALUES (?, 1, ?, 'birthday', ?, ?, ?)");
    for (int i = 1; i <= contacts; ++i) {
        const QString name = QStringLiteral("旧客户%1").arg(i, 5, 10, QChar(u'0'));
        contact.bind(1, i)
            .bind(2, QStringLiteral("contact-%1").arg(i))
            .bind(3, name)
            .bind(4, QStringLiteral("迁移前的备注 %1").arg(i))
            .bind(5, Created + i)
            .bind(6, Created + i);
        LL_TRY(runOnce(contact));
        phone.bind(1, i).bind(2, QStringLiteral("1380000%1").arg(i, 4, 10, QChar(u'0')));
        LL_TRY(runOnce(phone));
        fts.bind(1, i).bind(2, QStringLiteral("jiu kehu %1").arg(i));
        LL_TRY(runOnce(fts));
        followup.bind(1, QStringLiteral("followup-%1").arg(i))
            .bind(2, i)
            .bind(3, QStringLiteral("第%1次回访").arg(i))
            .bind(4, Created + i);
        LL_TRY(runOnce(followup));
        for (int r = 0; r < RemindersPerContact; ++r) {
            const QString day = QDate(2024, 1, 1).addDays(r * 30).toString(Qt::ISODate);
            reminder.bind(1, QStringLiteral("reminder-%1-%2").arg(i).arg(r))
                .bind(2, i)
                .bind(3, day)
                .bind(4, day)
                .bind(5, Created + r);
            LL_TRY(runOnce(reminder));
        }
    }
    return tx.commit();
}

int create(const QString& dir, int version, int contacts)
{
    if (version < 1 || version > latestSchemaVersion())
        return fail(QStringLiteral("no schema version %1").arg(version));
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create %1").arg(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    KeyProtection protection;
    protection.useKeychain = true;
    const Result<DataKey> key = KeyVault(dir).create(protection);
    if (!key.ok())
        return fail(key.error().message);
    Database::Options options;
    options.create = true;
    auto db = Database::open(storePath(dir), key.value(), options);
    if (!db.ok())
        return fail(db.error().message);
    Status done = Migrator::migrate(*db.value(), version);
    if (done.ok())
        done = fill(*db.value(), contacts);
    if (done.ok())
        done = db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!done.ok())
        return fail(done.message());
    std::printf("{\"version\":%d,\"contacts\":%d}\n", version, contacts);
    return 0;
}

Result<QStringList> schemaObjects(Database& db)
{
    QStringList names;
    Statement st(
        db, "SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_master ORDER BY type, name");
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return names;
        names << st.text(0);
    }
}

// The schema objects a store has right after migrating an empty file to `version`.
Result<QStringList> referenceObjects(const DataKey& key, int version)
{
    QTemporaryDir scratch;
    Database::Options options;
    options.create = true;
    auto db = Database::open(scratch.filePath(QStringLiteral("reference.db")), key, options);
    if (!db.ok())
        return db.error();
    LL_TRY(Migrator::migrate(*db.value(), version));
    return schemaObjects(*db.value());
}

// The store's rows. Not the search index: it is derived from them, and from version 9 on it lives in its own
// file, which Store::open rebuilds whenever it is missing or out of step (searchMatchesRows checks that).
Result<QString> digest(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql :
         {"SELECT rowid, id, name, notes, created_at, deleted FROM contact ORDER BY rowid",
          "SELECT contact_rowid, digits, present FROM contact_phone ORDER BY 1, 2",
          "SELECT id, contact_rowid, note, happened_at FROM followup ORDER BY id",
          "SELECT rowid, id, name, kind FROM reminder_rule ORDER BY rowid",
          "SELECT id, rule_rowid, contact_rowid, anchor, due_on FROM reminder ORDER BY id",
          "SELECT id, name, role FROM staff ORDER BY id", "SELECT value FROM meta WHERE key = 'actor_id'"}) {
        Statement st(db, sql);
        while (true) {
            auto row = st.step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            for (int c = 0; c < st.columnCount(); ++c)
                hash.addData(st.text(c).toUtf8().append('\x1f'));
            hash.addData("\n");
        }
        hash.addData("--\n");
    }
    return QString::fromLatin1(hash.result().toHex());
}

// From version 9: whether the search file holds one entry per live contact and its generation is the store's.
Result<bool> searchMatchesRows(const QString& dir, const DataKey& key)
{
    Database::Options options;
    options.searchPath = search_file::pathIn(dir);
    auto db = Database::open(storePath(dir), key, options);
    if (!db.ok())
        return db.error();
    Statement st(
        *db.value(),
        "SELECT (SELECT group_concat(rowid) FROM (SELECT rowid FROM contact WHERE deleted = 0 ORDER BY 1)) "
        "IS (SELECT group_concat(docid) FROM (SELECT docid FROM search.contact_fts ORDER BY 1)) "
        "AND (SELECT CAST(value AS INTEGER) FROM main.meta WHERE key = 'search_generation') = "
        "(SELECT value FROM search.search_state WHERE key = 'generation')");
    auto row = st.step();
    if (!row.ok())
        return row.error();
    return row.value() && st.int64(0) == 1;
}

int inspect(const QString& dir)
{
    const Result<DataKey> key = KeyVault(dir).unlockWithKeychain();
    if (!key.ok())
        return fail(key.error().message);
    auto db = Database::open(storePath(dir), key.value(), {});
    if (!db.ok())
        return fail(db.error().message);
    auto version = Migrator::currentVersion(*db.value());
    auto problems = db.value()->integrityCheck();
    auto objects = schemaObjects(*db.value());
    auto rows = digest(*db.value());
    if (!version.ok() || !problems.ok() || !objects.ok() || !rows.ok())
        return fail(QStringLiteral("cannot read the store"));
    auto reference = referenceObjects(key.value(), version.value());
    if (!reference.ok())
        return fail(reference.error().message);
    const QJsonObject out{{QStringLiteral("version"), version.value()},
                          {QStringLiteral("latest"), latestSchemaVersion()},
                          {QStringLiteral("problems"), QJsonArray::fromStringList(problems.value())},
                          {QStringLiteral("schema_matches_version"), objects.value() == reference.value()},
                          {QStringLiteral("digest"), rows.value()}};
    QJsonObject result = out;
    if (version.value() >= 9 && QFileInfo::exists(search_file::pathIn(dir))) {
        auto matches = searchMatchesRows(dir, key.value());
        if (!matches.ok())
            std::fprintf(stderr, "cannot check the search file: %s\n", qPrintable(matches.error().message));
        result.insert(QStringLiteral("search_matches_rows"), matches.ok() && matches.value());
    }
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // the keychain calls need an event loop
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 4 && args[0] == QLatin1String("create"))
        return create(args[1], args[2].toInt(), args[3].toInt());
    if (args.size() == 2 && args[0] == QLatin1String("inspect"))
        return inspect(args[1]);
    return fail(QStringLiteral("usage: create DIR VERSION CONTACTS | inspect DIR"));
}
