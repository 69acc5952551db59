// Issue #8: the server refuses every cross-user and cross-org access. One table of rows
// (actor, request, expected outcome) against the real server: two orgs, each with a store holding a
// manager and two guides (org A also has a second store), plus admins; a departed account's token.
// Rows named "ok:" are controls that must succeed, so a refusal elsewhere means "denied", not "broken".
#include "ServerHarness.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

namespace {

struct User
{
    ServerHarness::Staff staff;
    QString device;
    QString token;
    qint64 next = 1;
};

const QString kAllowedName = QStringLiteral("允许的改名");
const QString kDeniedName = QStringLiteral("越权的改名");

// Any 4xx is a refusal (404 included: another org's id must look like no id at all).
QList<int> refused()
{
    QList<int> codes;
    for (int c = 400; c < 500; ++c)
        codes << c;
    return codes;
}

struct Row
{
    QString name;
    std::function<QString()> run; // empty = as expected, otherwise what went wrong
};

QJsonObject stamped(const QString& device, qint64 mutationId, const QString& entity, const QString& recordId,
                    const QString& op, const QJsonObject& values)
{
    const QString clock = ServerHarness::hlc(device);
    QJsonObject fields;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        fields.insert(it.key(),
                      QJsonObject{{QStringLiteral("value"), it.value()}, {QStringLiteral("hlc"), clock}});
    QJsonObject m{{QStringLiteral("mutationId"), mutationId},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("recordId"), recordId},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("hlc"), clock}};
    if (!fields.isEmpty())
        m.insert(QStringLiteral("fields"), fields);
    return m;
}

} // namespace

class TestCrossAccess : public QObject
{
    Q_OBJECT

private:
    ServerHarness h;
    QString orgA, orgB, storeA1, storeA2, storeB1;
    User adminA, managerA1, managerA2, guideA1, guideA2, guideA3, leaver;
    User adminB, managerB, guideB1, guideB2;
    QString contactA1, followUpA1, contactA3, contactB1, tagA, scriptA1, blobA, transferA;
    QList<Row> rows;
    QStringList missingEndpoints;

    bool make(User& u, const QString& org, const QString& store, const QString& name, const QString& role)
    {
        u.staff = h.createStaff(org, store, name, role);
        u.device = QStringLiteral("dev-") + QString(name).replace(u'.', u'-');
        u.token = h.login(u.staff, u.device);
        return !u.staff.id.isEmpty() && !u.token.isEmpty();
    }

    // Status of the first mutation of a push ("applied", "rejected/forbidden", or "http-NNN").
    QString push(User& u, QJsonObject mutation)
    {
        mutation.insert(QStringLiteral("mutationId"), u.next++);
        const auto r =
            h.post(QStringLiteral("/v1/sync/push"), ServerHarness::pushBody(u.device, {mutation}), u.token);
        if (r.status != 200)
            return QStringLiteral("http-%1").arg(r.status);
        const QJsonObject first = r.json.value(QStringLiteral("results")).toArray().first().toObject();
        const QString status = first.value(QStringLiteral("status")).toString();
        return status == QLatin1String("rejected")
                   ? status + QLatin1Char('/') + first.value(QStringLiteral("code")).toString()
                   : status;
    }

    // Every record id the user's full pull shows (changes; revokes are not visibility).
    QStringList visibleIds(const User& u)
    {
        QStringList ids;
        qint64 cursor = 0;
        for (int page = 0; page < 50; ++page) {
            const auto r = h.get(QStringLiteral("/v1/sync/pull?cursor=%1&limit=500").arg(cursor), u.token);
            if (r.status != 200)
                return {QStringLiteral("<pull http-%1>").arg(r.status)};
            for (const QJsonValue& c : r.json.value(QStringLiteral("changes")).toArray())
                ids << c.toObject().value(QStringLiteral("recordId")).toString();
            cursor = r.json.value(QStringLiteral("nextCursor")).toInteger();
            if (!r.json.value(QStringLiteral("hasMore")).toBool())
                break;
        }
        return ids;
    }

    QJsonObject contactEdit(User& u, const QString& id, const QJsonObject& values)
    {
        return stamped(u.device, 0, QStringLiteral("contact"), id, QStringLiteral("upsert"), values);
    }
    QJsonObject followUpOn(User& u, const QString& contactId)
    {
        return stamped(u.device, 0, QStringLiteral("followup"), ServerHarness::uuid(),
                       QStringLiteral("insert"),
                       {{QStringLiteral("contactId"), contactId},
                        {QStringLiteral("kind"), QStringLiteral("call")},
                        {QStringLiteral("staffId"), u.staff.id},
                        {QStringLiteral("happenedAt"), QDateTime::currentMSecsSinceEpoch()}});
    }

    // --- row builders -------------------------------------------------------------------------

    void pushRow(const QString& name, User& u, std::function<QJsonObject()> mutation, bool allowed = false)
    {
        rows.append({name, [this, &u, mutation, allowed] {
                         const QString got = push(u, mutation());
                         const bool ok = allowed ? got == QLatin1String("applied")
                                                 : (got.startsWith(QLatin1String("rejected/")) ||
                                                    got.startsWith(QLatin1String("http-4")));
                         return ok ? QString() : QStringLiteral("push answered %1").arg(got);
                     }});
    }

    void pullRow(const QString& name, User& u, QString* recordId, bool visible)
    {
        rows.append({name, [this, &u, recordId, visible] {
                         const QStringList ids = visibleIds(u);
                         if (!ids.isEmpty() && ids.first().startsWith(u'<'))
                             return ids.first();
                         return ids.contains(*recordId) == visible
                                    ? QString()
                                    : QStringLiteral("record %1 %2 in the pull")
                                          .arg(*recordId, visible ? QStringLiteral("missing")
                                                                  : QStringLiteral("visible"));
                     }});
    }

    // An HTTP request whose status must be in `expected`; 404 "no such endpoint" is noted, not failed.
    void httpRow(const QString& name, User& u, QByteArray method, std::function<QString()> path,
                 std::function<QByteArray()> body, QList<int> expected,
                 std::function<QString(const ServerHarness::Reply&)> extra = {})
    {
        rows.append({name, [this, &u, method, path, body, expected, extra, name] {
                         const auto r = h.request(method, path(), body ? body() : QByteArray(), u.token,
                                                  {{"Content-Type", "application/json"}});
                         if (r.status == 404 && r.json.value(QStringLiteral("error"))
                                                        .toObject()
                                                        .value(QStringLiteral("message"))
                                                        .toString() == QLatin1String("no such endpoint")) {
                             missingEndpoints << name;
                             return QString();
                         }
                         if (!expected.contains(r.status))
                             return QStringLiteral("HTTP %1 %2")
                                 .arg(r.status)
                                 .arg(QString::fromUtf8(r.body.left(300)));
                         return extra ? extra(r) : QString();
                     }});
    }

    // The server records such a transfer with every item failed instead of refusing it up front:
    // accepted here as long as nothing moved (deniedWritesLeftNoTrace checks the owner too).
    static std::function<QString(const ServerHarness::Reply&)> movedNothing()
    {
        return [](const ServerHarness::Reply& r) {
            if (r.status >= 400)
                return QString();
            return r.json.value(QStringLiteral("done")).toInt() == 0
                       ? QString()
                       : QStringLiteral("%1 contact(s) moved")
                             .arg(r.json.value(QStringLiteral("done")).toInt());
        };
    }

    static QByteArray json(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    static std::function<QString(const ServerHarness::Reply&)> lacks(QList<const QString*> ids)
    {
        return [ids](const ServerHarness::Reply& r) {
            for (const QString* id : ids)
                if (r.body.contains(id->toUtf8()))
                    return QStringLiteral("the answer names %1").arg(*id);
            return QString();
        };
    }

    void buildRows()
    {
        // Pull visibility.
        pullRow(QStringLiteral("ok: guideA1 sees own contact"), guideA1, &contactA1, true);
        pullRow(QStringLiteral("ok: managerA1 sees store contact"), managerA1, &contactA1, true);
        pullRow(QStringLiteral("ok: adminA sees other store's contact"), adminA, &contactA3, true);
        pullRow(QStringLiteral("guideA2 pull: colleague's contact"), guideA2, &contactA1, false);
        pullRow(QStringLiteral("guideA2 pull: colleague's follow-up"), guideA2, &followUpA1, false);
        pullRow(QStringLiteral("guideA2 pull: colleague's personal script"), guideA2, &scriptA1, false);
        pullRow(QStringLiteral("guideA3 pull: other store's contact"), guideA3, &contactA1, false);
        pullRow(QStringLiteral("managerA2 pull: other store's contact"), managerA2, &contactA1, false);
        pullRow(QStringLiteral("managerA2 pull: other store's follow-up"), managerA2, &followUpA1, false);
        pullRow(QStringLiteral("guideB1 pull: org A contact"), guideB1, &contactA1, false);
        pullRow(QStringLiteral("managerB pull: org A contact"), managerB, &contactA1, false);
        pullRow(QStringLiteral("adminB pull: org A contact"), adminB, &contactA1, false);
        pullRow(QStringLiteral("adminB pull: org A follow-up"), adminB, &followUpA1, false);
        pullRow(QStringLiteral("adminB pull: org A tag"), adminB, &tagA, false);
        pullRow(QStringLiteral("adminB pull: org A script"), adminB, &scriptA1, false);
        pullRow(QStringLiteral("adminA pull: org B contact"), adminA, &contactB1, false);

        // Pushes onto someone else's records.
        // Allowed edits write one name, denied ones another: the final state shows whether any got through.
        const auto nameEdit = [this](User& u, const QString& id) {
            return [this, &u, id] { return contactEdit(u, id, {{QStringLiteral("name"), kDeniedName}}); };
        };
        const auto allowedEdit = [this](User& u, const QString& id) {
            return [this, &u, id] { return contactEdit(u, id, {{QStringLiteral("name"), kAllowedName}}); };
        };
        pushRow(QStringLiteral("ok: guideA1 edits own contact"), guideA1, allowedEdit(guideA1, contactA1),
                true);
        pushRow(QStringLiteral("ok: managerA1 edits store contact"), managerA1,
                allowedEdit(managerA1, contactA1), true);
        pushRow(QStringLiteral("guideA2 edits colleague's contact"), guideA2, nameEdit(guideA2, contactA1));
        pushRow(QStringLiteral("guideA3 edits other store's contact"), guideA3, nameEdit(guideA3, contactA1));
        pushRow(QStringLiteral("managerA2 edits other store's contact"), managerA2,
                nameEdit(managerA2, contactA1));
        pushRow(QStringLiteral("guideB1 edits org A contact"), guideB1, nameEdit(guideB1, contactA1));
        pushRow(QStringLiteral("managerB edits org A contact"), managerB, nameEdit(managerB, contactA1));
        pushRow(QStringLiteral("adminB edits org A contact"), adminB, nameEdit(adminB, contactA1));
        pushRow(QStringLiteral("adminA edits org B contact"), adminA, nameEdit(adminA, contactB1));
        pushRow(QStringLiteral("guideA2 deletes colleague's contact"), guideA2, [this] {
            return stamped(guideA2.device, 0, QStringLiteral("contact"), contactA1, QStringLiteral("delete"),
                           {});
        });
        pushRow(QStringLiteral("adminB deletes org A contact"), adminB, [this] {
            return stamped(adminB.device, 0, QStringLiteral("contact"), contactA1, QStringLiteral("delete"),
                           {});
        });
        pushRow(QStringLiteral("guideA2 adds follow-up to colleague's contact"), guideA2,
                [this] { return followUpOn(guideA2, contactA1); });
        pushRow(QStringLiteral("guideB1 adds follow-up to org A contact"), guideB1,
                [this] { return followUpOn(guideB1, contactA1); });
        pushRow(QStringLiteral("guideA2 rewrites colleague's follow-up"), guideA2, [this] {
            return stamped(guideA2.device, 0, QStringLiteral("followup"), followUpA1,
                           QStringLiteral("insert"),
                           {{QStringLiteral("contactId"), contactA1},
                            {QStringLiteral("kind"), QStringLiteral("chat")},
                            {QStringLiteral("happenedAt"), QDateTime::currentMSecsSinceEpoch()}});
        });
        pushRow(QStringLiteral("guideA2 creates a contact owned by guideA1"), guideA2, [this] {
            return contactEdit(guideA2, ServerHarness::uuid(),
                               {{QStringLiteral("name"), QStringLiteral("x")},
                                {QStringLiteral("ownerId"), guideA1.staff.id}});
        });
        pushRow(QStringLiteral("guideB1 creates a contact owned by guideA1"), guideB1, [this] {
            return contactEdit(guideB1, ServerHarness::uuid(),
                               {{QStringLiteral("name"), QStringLiteral("x")},
                                {QStringLiteral("ownerId"), guideA1.staff.id}});
        });
        pushRow(QStringLiteral("guideA1 gives own contact to guideA2"), guideA1, [this] {
            return contactEdit(guideA1, contactA1, {{QStringLiteral("ownerId"), guideA2.staff.id}});
        });
        pushRow(QStringLiteral("managerA1 moves contact to other store's guide"), managerA1, [this] {
            return contactEdit(managerA1, contactA1, {{QStringLiteral("ownerId"), guideA3.staff.id}});
        });
        pushRow(QStringLiteral("managerA2 takes other store's contact"), managerA2, [this] {
            return contactEdit(managerA2, contactA1, {{QStringLiteral("ownerId"), guideA3.staff.id}});
        });
        pushRow(QStringLiteral("adminA moves contact to org B guide"), adminA, [this] {
            return contactEdit(adminA, contactA1, {{QStringLiteral("ownerId"), guideB1.staff.id}});
        });
        pushRow(QStringLiteral("adminB takes org A contact"), adminB, [this] {
            return contactEdit(adminB, contactA1, {{QStringLiteral("ownerId"), guideB1.staff.id}});
        });
        pushRow(QStringLiteral("guideA1 moves contact to store A2"), guideA1, [this] {
            return contactEdit(guideA1, contactA1, {{QStringLiteral("storeId"), storeA2}});
        });
        pushRow(QStringLiteral("guideA1 edits an org-wide tag"), guideA1, [this] {
            return stamped(guideA1.device, 0, QStringLiteral("tag"), tagA, QStringLiteral("upsert"),
                           {{QStringLiteral("name"), QStringLiteral("改")}});
        });
        pushRow(QStringLiteral("adminB edits org A tag"), adminB, [this] {
            return stamped(adminB.device, 0, QStringLiteral("tag"), tagA, QStringLiteral("upsert"),
                           {{QStringLiteral("name"), QStringLiteral("改")}});
        });
        pushRow(QStringLiteral("guideA2 edits colleague's personal script"), guideA2, [this] {
            return stamped(guideA2.device, 0, QStringLiteral("script"), scriptA1, QStringLiteral("upsert"),
                           {{QStringLiteral("title"), QStringLiteral("改")}});
        });
        pushRow(QStringLiteral("adminB edits org A script"), adminB, [this] {
            return stamped(adminB.device, 0, QStringLiteral("script"), scriptA1, QStringLiteral("upsert"),
                           {{QStringLiteral("title"), QStringLiteral("改")}});
        });
        pushRow(QStringLiteral("guideA2 creates a script owned by guideA1"), guideA2, [this] {
            return stamped(guideA2.device, 0, QStringLiteral("script"), ServerHarness::uuid(),
                           QStringLiteral("upsert"),
                           {{QStringLiteral("ownerId"), guideA1.staff.id},
                            {QStringLiteral("title"), QStringLiteral("x")}});
        });
        pushRow(QStringLiteral("guideB1 logs a usage as guideA1"), guideB1, [this] {
            return stamped(guideB1.device, 0, QStringLiteral("script_usage"), ServerHarness::uuid(),
                           QStringLiteral("insert"),
                           {{QStringLiteral("scriptId"), scriptA1},
                            {QStringLiteral("staffId"), guideA1.staff.id},
                            {QStringLiteral("at"), QDateTime::currentMSecsSinceEpoch()}});
        });
        // A push naming another user's device, with one's own token.
        rows.append({QStringLiteral("guideA2 pushes as guideA1's device"), [this] {
                         const auto r = h.post(
                             QStringLiteral("/v1/sync/push"),
                             ServerHarness::pushBody(
                                 guideA1.device,
                                 {contactEdit(guideA1, contactA1, {{QStringLiteral("name"), kDeniedName}})}),
                             guideA2.token);
                         return r.status >= 400 ? QString() : QStringLiteral("HTTP %1").arg(r.status);
                     }});

        // Blobs across orgs.
        const auto blobPath = [this] { return QStringLiteral("/v1/blobs/") + blobA; };
        httpRow(QStringLiteral("ok: guideA2 fetches org blob"), guideA2, "GET", blobPath, {}, {200});
        httpRow(QStringLiteral("guideB1 fetches org A blob"), guideB1, "GET", blobPath, {}, refused());
        httpRow(QStringLiteral("adminB fetches org A blob"), adminB, "GET", blobPath, {}, refused());
        httpRow(
            QStringLiteral("adminB resumes org A upload"), adminB, "GET",
            [this] { return QStringLiteral("/v1/uploads/") + blobA; }, {}, refused() << 200,
            [](const ServerHarness::Reply& r) {
                // "Nothing received yet" is what any unknown id answers: it tells org B nothing.
                const bool empty =
                    r.status >= 400 || (r.json.value(QStringLiteral("received")).toInteger() == 0 &&
                                        !r.json.value(QStringLiteral("complete")).toBool());
                return empty ? QString() : QStringLiteral("upload state leaked");
            });
        httpRow(QStringLiteral("ok: guideB2 pulls with own token"), guideB2, "GET",
                [] { return QStringLiteral("/v1/sync/pull"); }, {},
                {200}); // guideB2's own token: control for the next row
        rows.append({QStringLiteral("forged token is refused"), [this] {
                         const auto r =
                             h.get(QStringLiteral("/v1/sync/pull"), guideA1.token + QStringLiteral("x"));
                         return r.status == 401 ? QString() : QStringLiteral("HTTP %1").arg(r.status);
                     }});

        // Transfers, departures, directory, team overview.
        const auto transfersPath = [] { return QStringLiteral("/v1/transfers"); };
        const auto transferBody = [](const User* from, const User* to) {
            return [from, to] {
                return json({{QStringLiteral("from"), from->staff.id}, {QStringLiteral("to"), to->staff.id}});
            };
        };
        httpRow(QStringLiteral("guideA2 transfers colleague's contacts to self"), guideA2, "POST",
                transfersPath, transferBody(&guideA1, &guideA2), refused());
        httpRow(QStringLiteral("managerA2 transfers other store's guide"), managerA2, "POST", transfersPath,
                transferBody(&guideA1, &guideA3), refused());
        httpRow(QStringLiteral("managerA1 transfers to other store's guide"), managerA1, "POST",
                transfersPath, transferBody(&guideA1, &guideA3), refused() << 201, movedNothing());
        httpRow(QStringLiteral("adminB transfers org A guide to org B"), adminB, "POST", transfersPath,
                transferBody(&guideA1, &guideB1), refused());
        httpRow(QStringLiteral("adminA transfers org A guide to org B"), adminA, "POST", transfersPath,
                transferBody(&guideA1, &guideB1), refused());
        if (!transferA.isEmpty()) {
            const auto onePath = [this] { return QStringLiteral("/v1/transfers/") + transferA; };
            httpRow(QStringLiteral("adminB reads org A transfer"), adminB, "GET", onePath, {}, refused());
            httpRow(QStringLiteral("guideA3 reads other store's transfer"), guideA3, "GET", onePath, {},
                    refused());
            httpRow(
                QStringLiteral("adminB retries org A transfer"), adminB, "POST",
                [this] { return QStringLiteral("/v1/transfers/%1/retry").arg(transferA); },
                [] { return QByteArray("{}"); }, refused());
            httpRow(QStringLiteral("adminB lists transfers"), adminB, "GET", transfersPath, {}, {200},
                    lacks({&transferA}));
        }
        const auto departPath = [](const User* who) {
            return [who] { return QStringLiteral("/v1/staff/%1/depart").arg(who->staff.id); };
        };
        httpRow(QStringLiteral("guideA2 departs colleague"), guideA2, "POST", departPath(&guideA1), {},
                refused());
        httpRow(QStringLiteral("guideA1 departs self"), guideA1, "POST", departPath(&guideA1), {}, refused());
        httpRow(QStringLiteral("managerA2 departs other store's guide"), managerA2, "POST",
                departPath(&guideA1), {}, {403});
        httpRow(QStringLiteral("managerB departs org A guide"), managerB, "POST", departPath(&guideA2), {},
                refused());
        httpRow(QStringLiteral("adminB departs org A guide"), adminB, "POST", departPath(&guideA2), {},
                refused());
        httpRow(QStringLiteral("adminB departs org A admin"), adminB, "POST", departPath(&adminA), {},
                refused());
        const auto directoryPath = [] { return QStringLiteral("/v1/directory"); };
        const auto overviewPath = [] { return QStringLiteral("/v1/team/overview"); };
        httpRow(QStringLiteral("guideB1 directory shows no org A staff"), guideB1, "GET", directoryPath, {},
                {200}, lacks({&guideA1.staff.id, &adminA.staff.id, &storeA1, &orgA}));
        httpRow(QStringLiteral("adminB directory shows no org A staff"), adminB, "GET", directoryPath, {},
                {200}, lacks({&guideA1.staff.id, &managerA1.staff.id, &storeA2}));
        httpRow(QStringLiteral("guideA1 team overview"), guideA1, "GET", overviewPath, {}, refused());
        httpRow(QStringLiteral("managerA2 overview shows no store A1 guide"), managerA2, "GET", overviewPath,
                {}, {200}, lacks({&guideA1.staff.id, &guideA2.staff.id}));
        httpRow(QStringLiteral("adminB overview shows no org A guide"), adminB, "GET", overviewPath, {},
                {200}, lacks({&guideA1.staff.id, &guideA3.staff.id}));

        // A departed account's token is dead for everything (the pull only says "wipe").
        rows.append(
            {QStringLiteral("ok: adminA departs the leaver"), [this] {
                 const auto r =
                     h.post(QStringLiteral("/v1/staff/%1/depart").arg(leaver.staff.id), {}, adminA.token);
                 if (r.status == 404)
                     return QString(); // endpoint not there yet: the rows below then test a live token
                 return r.status == 200 ? QString() : QStringLiteral("HTTP %1").arg(r.status);
             }});
        rows.append({QStringLiteral("departed: pull only wipes"), [this] {
                         const auto r = h.get(QStringLiteral("/v1/sync/pull"), leaver.token);
                         const bool wiped = r.status == 200 &&
                                            r.json.value(QStringLiteral("wipe")).toBool() &&
                                            r.json.value(QStringLiteral("changes")).toArray().isEmpty();
                         return wiped || r.status == 403 ? QString()
                                                         : QStringLiteral("HTTP %1 %2")
                                                               .arg(r.status)
                                                               .arg(QString::fromUtf8(r.body.left(200)));
                     }});
        pushRow(QStringLiteral("departed: push own new contact"), leaver, [this] {
            return contactEdit(leaver, ServerHarness::uuid(),
                               {{QStringLiteral("name"), QStringLiteral("x")}});
        });
        httpRow(QStringLiteral("departed: blob"), leaver, "GET", blobPath, {}, refused());
        httpRow(QStringLiteral("departed: directory"), leaver, "GET", directoryPath, {}, refused());
        httpRow(
            QStringLiteral("departed: token refresh"), leaver, "POST",
            [] { return QStringLiteral("/v1/token/refresh"); }, [] { return QByteArray("{}"); }, refused());
        rows.append({QStringLiteral("departed: login again"), [this] {
                         return h.login(leaver.staff, QStringLiteral("dev-new")).isEmpty()
                                    ? QString()
                                    : QStringLiteral("logged in");
                     }});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(h.init());
        QVERIFY(h.start() >= 0);
        orgA = h.createOrg(QStringLiteral("OrgA"));
        orgB = h.createOrg(QStringLiteral("OrgB"));
        storeA1 = h.createStore(orgA, QStringLiteral("A1"));
        storeA2 = h.createStore(orgA, QStringLiteral("A2"));
        storeB1 = h.createStore(orgB, QStringLiteral("B1"));
        QVERIFY(!storeA1.isEmpty() && !storeA2.isEmpty() && !storeB1.isEmpty());
        QVERIFY(make(adminA, orgA, {}, QStringLiteral("x.adminA"), QStringLiteral("admin")));
        QVERIFY(make(managerA1, orgA, storeA1, QStringLiteral("x.managerA1"), QStringLiteral("manager")));
        QVERIFY(make(managerA2, orgA, storeA2, QStringLiteral("x.managerA2"), QStringLiteral("manager")));
        QVERIFY(make(guideA1, orgA, storeA1, QStringLiteral("x.guideA1"), QStringLiteral("guide")));
        QVERIFY(make(guideA2, orgA, storeA1, QStringLiteral("x.guideA2"), QStringLiteral("guide")));
        QVERIFY(make(guideA3, orgA, storeA2, QStringLiteral("x.guideA3"), QStringLiteral("guide")));
        QVERIFY(make(leaver, orgA, storeA1, QStringLiteral("x.leaver"), QStringLiteral("guide")));
        QVERIFY(make(adminB, orgB, {}, QStringLiteral("x.adminB"), QStringLiteral("admin")));
        QVERIFY(make(managerB, orgB, storeB1, QStringLiteral("x.managerB"), QStringLiteral("manager")));
        QVERIFY(make(guideB1, orgB, storeB1, QStringLiteral("x.guideB1"), QStringLiteral("guide")));
        QVERIFY(make(guideB2, orgB, storeB1, QStringLiteral("x.guideB2"), QStringLiteral("guide")));

        contactA1 = ServerHarness::uuid();
        contactA3 = ServerHarness::uuid();
        contactB1 = ServerHarness::uuid();
        QCOMPARE(push(guideA1,
                      contactEdit(guideA1, contactA1, {{QStringLiteral("name"), QStringLiteral("甲一")}})),
                 QStringLiteral("applied"));
        QCOMPARE(push(guideA3,
                      contactEdit(guideA3, contactA3, {{QStringLiteral("name"), QStringLiteral("甲三")}})),
                 QStringLiteral("applied"));
        QCOMPARE(push(guideB1,
                      contactEdit(guideB1, contactB1, {{QStringLiteral("name"), QStringLiteral("乙一")}})),
                 QStringLiteral("applied"));
        QJsonObject f = followUpOn(guideA1, contactA1);
        followUpA1 = f.value(QStringLiteral("recordId")).toString();
        QCOMPARE(push(guideA1, f), QStringLiteral("applied"));
        const QString group = ServerHarness::uuid();
        QCOMPARE(push(managerA1,
                      stamped(managerA1.device, 0, QStringLiteral("tag_group"), group,
                              QStringLiteral("upsert"), {{QStringLiteral("name"), QStringLiteral("G")}})),
                 QStringLiteral("applied"));
        tagA = ServerHarness::uuid();
        QCOMPARE(push(managerA1,
                      stamped(managerA1.device, 0, QStringLiteral("tag"), tagA, QStringLiteral("upsert"),
                              {{QStringLiteral("name"), QStringLiteral("VIP")},
                               {QStringLiteral("groupId"), group}})),
                 QStringLiteral("applied"));
        scriptA1 = ServerHarness::uuid();
        QCOMPARE(push(guideA1,
                      stamped(guideA1.device, 0, QStringLiteral("script"), scriptA1, QStringLiteral("upsert"),
                              {{QStringLiteral("ownerId"), guideA1.staff.id},
                               {QStringLiteral("title"), QStringLiteral("私人话术")},
                               {QStringLiteral("body"), QStringLiteral("您好")}})),
                 QStringLiteral("applied"));
        const QByteArray blob = "org A poster bytes " + ServerHarness::uuid().toUtf8();
        blobA = QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex());
        const auto put = h.request("PUT", QStringLiteral("/v1/blobs/") + blobA, blob, guideA1.token,
                                   {{"Content-Type", "application/octet-stream"}});
        QVERIFY2(put.status == 201 || put.status == 200, put.body.constData());
        // A transfer inside org A, to be looked at from elsewhere (the endpoint may not exist yet).
        const auto t =
            h.post(QStringLiteral("/v1/transfers"),
                   {{QStringLiteral("from"), guideA2.staff.id}, {QStringLiteral("to"), guideA1.staff.id}},
                   adminA.token);
        transferA = t.json.value(QStringLiteral("id")).toString();
        if (transferA.isEmpty())
            qInfo("no org A transfer to probe (HTTP %d): transfer rows by id are skipped", t.status);
        buildRows();
    }

    void row_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < rows.size(); ++i)
            QTest::newRow(qPrintable(rows[i].name)) << i;
    }

    void row()
    {
        QFETCH(int, index);
        const QString problem = rows[index].run();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // After every denied write, the contact holds the last allowed edit (managerA1's) and its owner.
    void deniedWritesLeftNoTrace()
    {
        const auto r = h.get(QStringLiteral("/v1/sync/pull?cursor=0&limit=1000"), adminA.token);
        QCOMPARE(r.status, 200);
        bool seen = false;
        for (const QJsonValue& v : r.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("recordId")).toString() != contactA1)
                continue;
            seen = true;
            QCOMPARE(c.value(QStringLiteral("ownerId")).toString(), guideA1.staff.id);
            QCOMPARE(c.value(QStringLiteral("deleted")).toBool(), false);
            QCOMPARE(c.value(QStringLiteral("fields"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toObject()
                         .value(QStringLiteral("value"))
                         .toString(),
                     kAllowedName);
        }
        QVERIFY(seen);
        if (!missingEndpoints.isEmpty())
            qInfo("rows not checked, endpoint missing (404 no such endpoint): %s",
                  qPrintable(missingEndpoints.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestCrossAccess)
#include "TestCrossAccess.moc"
