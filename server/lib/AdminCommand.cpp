#include "AdminCommand.h"

#include "Accounts.h"
#include "AuditLog.h"
#include "Migrations.h"
#include "TransferService.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace ll::server {

namespace {

int report(const Status& s)
{
    if (s)
        return 0;
    std::fprintf(stderr, "error: %s\n", qPrintable(s.message()));
    return s.code() == ErrorCode::InvalidInput ? 2 : 1;
}

int printId(const Result<QString>& id)
{
    if (!id)
        return report(id.error());
    std::printf("%s\n", qPrintable(id.value()));
    return 0;
}

QString readPassword()
{
    QTextStream in(stdin);
    return in.readLine();
}

Result<QString> staffIdFor(Accounts& accounts, const QString& username)
{
    auto staff = accounts.findByUsername(username);
    if (!staff)
        return staff.error();
    if (!staff->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no such username"));
    return (*staff)->id;
}

// staff-depart, optionally handing the contacts over first (same rules as POST /v1/staff/<id>/depart,
// acting as an org admin).
int departWithTransfer(SqlConnection& conn, Accounts& accounts, const QString& staffId, const CliOptions& o)
{
    auto staff = accounts.findById(staffId);
    if (!staff)
        return report(staff.error());
    DepartRequest req;
    if (const QString to = o.value(QStringLiteral("transfer-to")); !to.isEmpty()) {
        auto id = staffIdFor(accounts, to);
        if (!id)
            return report(id.error());
        req.targets.to = id.value();
    }
    const QStringList evenly = o.value(QStringLiteral("evenly")).split(u',', Qt::SkipEmptyParts);
    for (const QString& username : evenly) {
        auto id = staffIdFor(accounts, username.trimmed());
        if (!id)
            return report(id.error());
        req.targets.evenly << id.value();
    }
    const QString byStore = o.value(QStringLiteral("by-store"));
    req.targets.byStore = byStore == QLatin1String("yes") || byStore == QLatin1String("true");
    if (!o.value(QStringLiteral("capacity")).isEmpty()) {
        bool ok = true;
        const int cap = o.value(QStringLiteral("capacity")).toInt(&ok);
        if (!ok || cap < 1)
            return report(
                makeError(ErrorCode::InvalidInput, QStringLiteral("--capacity must be a positive number")));
        req.targets.capacity = cap;
    }
    req.targets.reason = o.value(QStringLiteral("reason")).left(500);
    if (!req.transfers())
        return report(accounts.depart(staffId));
    if (!req.targets.to.isEmpty() && !req.targets.evenly.isEmpty())
        return report(makeError(ErrorCode::InvalidInput,
                                QStringLiteral("--transfer-to and --evenly exclude each other")));
    Principal admin;
    admin.staffId = QStringLiteral("admin-cli"); // no staff row: the audit says the CLI did it
    admin.orgId = (*staff)->orgId;
    admin.role = QString::fromLatin1(roles::Admin);
    auto made = TransferService(conn, QString()).depart(admin, staffId, req);
    if (!made)
        return report(made.error());
    if (*made)
        std::printf("%s\n", QJsonDocument((*made)->toJson()).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int runAdmin(const CliOptions& o)
{
    const QString command = o.words.value(0);
    if (o.words.size() != 1) {
        std::fprintf(stderr,
                     "usage: liuliang-server admin --data DIR [--database URL] "
                     "org-create|store-create|staff-create|staff-depart|password-reset|audit [options]\n");
        return 2;
    }
    if (auto s = o.require({QStringLiteral("data")}); !s)
        return report(s);
    if (auto s = ensureDataDir(o.value(QStringLiteral("data"))); !s)
        return report(s);
    auto url = DatabaseUrl::resolve(o.value(QStringLiteral("database")), o.value(QStringLiteral("data")));
    if (!url)
        return report(url.error());
    auto conn = SqlConnection::open(url.value());
    if (!conn)
        return report(conn.error());
    if (auto s = migrate(**conn); !s)
        return report(s);
    Accounts accounts(**conn);

    if (command == QLatin1String("org-create")) {
        if (auto s = o.require({QStringLiteral("name")}); !s)
            return report(s);
        return printId(accounts.createOrg(o.value(QStringLiteral("name"))));
    }
    if (command == QLatin1String("store-create")) {
        if (auto s = o.require({QStringLiteral("org"), QStringLiteral("name")}); !s)
            return report(s);
        return printId(accounts.createStore(o.value(QStringLiteral("org")), o.value(QStringLiteral("name"))));
    }
    if (command == QLatin1String("staff-create")) {
        if (auto s = o.require({QStringLiteral("org"), QStringLiteral("username"), QStringLiteral("name"),
                                QStringLiteral("role")});
            !s)
            return report(s);
        return printId(accounts.createStaff(o.value(QStringLiteral("org")), o.value(QStringLiteral("store")),
                                            o.value(QStringLiteral("username")),
                                            o.value(QStringLiteral("name")), o.value(QStringLiteral("role")),
                                            readPassword()));
    }
    if (command == QLatin1String("staff-depart") || command == QLatin1String("password-reset")) {
        if (auto s = o.require({QStringLiteral("username")}); !s)
            return report(s);
        auto id = staffIdFor(accounts, o.value(QStringLiteral("username")));
        if (!id)
            return report(id.error());
        if (command == QLatin1String("staff-depart"))
            return departWithTransfer(**conn, accounts, id.value(), o);
        return report(accounts.resetPassword(id.value(), readPassword()));
    }
    if (command == QLatin1String("audit")) {
        bool ok = true;
        const QString limitText = o.value(QStringLiteral("limit"));
        const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > 100'000)
            return report(makeError(ErrorCode::InvalidInput, QStringLiteral("--limit must be 1..100000")));
        auto rows = readAudit(**conn, o.value(QStringLiteral("org")), limit);
        if (!rows)
            return report(rows.error());
        for (const QJsonObject& row : rows.value())
            std::printf("%s\n", QJsonDocument(row).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::fprintf(stderr, "unknown admin command: %s\n", qPrintable(command));
    return 2;
}

} // namespace ll::server
