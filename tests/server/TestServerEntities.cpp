#include "EntitySchema.h"
#include "PullMessages.h"
#include "ServerHarness.h"
#include "ServerTestUsers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

// Every synced entity over real HTTPS, by ownership class: who may push it, who pulls it, how
// contact children follow their contact (including op "move"), "" as a clear, the derived
// contact-field id, and that nothing crosses orgs.
class TestServerEntities : public QObject
{
    Q_OBJECT

private:
    using User = TestUser;

    ServerHarness h;
    User admin, managerA, guideA1, guideA2, managerB, guideB1, otherAdmin;

    static QJsonObject mutation(User& u, const QString& entity, const QString& recordId, const QString& op,
                                const QJsonObject& values, qint64 clockOffsetMs = 0)
    {
        // The harness clock never goes back; an edit from the past is stamped by hand.
        const QString clock =
            clockOffsetMs < 0
                ? ll::Hlc::make(QDateTime::currentMSecsSinceEpoch() + clockOffsetMs, 0, u.device)
                      .value()
                      .toString()
                : ServerHarness::hlc(u.device, clockOffsetMs);
        QJsonObject fields;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            fields.insert(it.key(),
                          QJsonObject{{QStringLiteral("value"), it.value()}, {QStringLiteral("hlc"), clock}});
        QJsonObject m{{QStringLiteral("mutationId"), u.nextMutation++},
                      {QStringLiteral("entity"), entity},
                      {QStringLiteral("recordId"), recordId},
                      {QStringLiteral("op"), op},
                      {QStringLiteral("hlc"), clock}};
        if (!fields.isEmpty())
            m.insert(QStringLiteral("fields"), fields);
        return m;
    }

    // Pushes one mutation; "applied", "rejected/<code>", or "http-<status>/<code>".
    QString push(User& u, const QJsonObject& m)
    {
        const auto r =
            h.post(QStringLiteral("/v1/sync/push"), ServerHarness::pushBody(u.device, {m}), u.token);
        if (r.status != 200)
            return QStringLiteral("http-%1/%2").arg(r.status).arg(r.code());
        const QJsonObject res = r.json.value(QStringLiteral("results")).toArray().at(0).toObject();
        const QString code = res.value(QStringLiteral("code")).toString();
        return res.value(QStringLiteral("status")).toString() +
               (code.isEmpty() ? QString() : QLatin1Char('/') + code);
    }

    QString upsert(User& u, const QString& entity, const QString& id, const QJsonObject& values)
    {
        return push(u, mutation(u, entity, id, QStringLiteral("upsert"), values));
    }
    QString insert(User& u, const QString& entity, const QString& id, const QJsonObject& values)
    {
        return push(u, mutation(u, entity, id, QStringLiteral("insert"), values));
    }
    QString remove(User& u, const QString& entity, const QString& id)
    {
        return push(u, mutation(u, entity, id, QStringLiteral("delete"), {}));
    }
    QString move(User& u, const QString& entity, const QString& id, const QString& toContact,
                 qint64 offsetMs = 0)
    {
        return push(u, mutation(u, entity, id, QStringLiteral("move"),
                                {{QStringLiteral("contactId"), toContact}}, offsetMs));
    }

    bool sees(const User& u, const QString& id) { return lastChangeOf(pullAll(h, u.token), id).has_value(); }

    QString newContact(User& u)
    {
        const QString id = ServerHarness::uuid();
        const QString status =
            upsert(u, QStringLiteral("contact"), id, {{QStringLiteral("name"), QStringLiteral("C")}});
        return status == QLatin1String("applied") ? id : QString();
    }

    // Values of a new child record of `contactId`; contact_field ids are derived from them.
    static QJsonObject childValues(const QString& entity, const QString& contactId)
    {
        if (entity == QLatin1String("followup"))
            return {{QStringLiteral("contactId"), contactId},
                    {QStringLiteral("kind"), QStringLiteral("call")},
                    {QStringLiteral("note"), QStringLiteral("asked about refills")},
                    {QStringLiteral("happenedAt"), 1'732'540'000'000LL}};
        if (entity == QLatin1String("purchase"))
            return {{QStringLiteral("contactId"), contactId},
                    {QStringLiteral("quantity"), 1},
                    {QStringLiteral("purchasedOn"), QStringLiteral("2026-11-20")}};
        if (entity == QLatin1String("contact_field"))
            return {{QStringLiteral("contactId"), contactId},
                    {QStringLiteral("name"), QStringLiteral("level")},
                    {QStringLiteral("value"), QStringLiteral("gold")}};
        return {{QStringLiteral("contactId"), contactId},
                {QStringLiteral("state"), QStringLiteral("snoozed")},
                {QStringLiteral("snoozedUntil"), QStringLiteral("2026-12-01")}};
    }

    static QString childId(const QString& entity, const QString& contactId)
    {
        return entity == QLatin1String("contact_field")
                   ? ll::contactFieldRecordId(contactId, QStringLiteral("level"))
                   : ServerHarness::uuid();
    }

    QString writeChild(User& u, const QString& entity, const QString& id, const QJsonObject& values)
    {
        return ll::entitySpec(entity)->kind == ll::EntityKind::AppendOnly ? insert(u, entity, id, values)
                                                                          : upsert(u, entity, id, values);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(h.init());
        const QString org = h.createOrg(QStringLiteral("Entities Org"));
        const QString storeA = h.createStore(org, QStringLiteral("Store A"));
        const QString storeB = h.createStore(org, QStringLiteral("Store B"));
        QVERIFY(!org.isEmpty() && !storeA.isEmpty() && !storeB.isEmpty());
        makeTestUser(h, admin, org, QString(), QStringLiteral("ent.admin"), QStringLiteral("admin"));
        makeTestUser(h, managerA, org, storeA, QStringLiteral("ent.managerA"), QStringLiteral("manager"));
        makeTestUser(h, guideA1, org, storeA, QStringLiteral("ent.guideA1"), QStringLiteral("guide"));
        makeTestUser(h, guideA2, org, storeA, QStringLiteral("ent.guideA2"), QStringLiteral("guide"));
        makeTestUser(h, managerB, org, storeB, QStringLiteral("ent.managerB"), QStringLiteral("manager"));
        makeTestUser(h, guideB1, org, storeB, QStringLiteral("ent.guideB1"), QStringLiteral("guide"));
        const QString org2 = h.createOrg(QStringLiteral("Entities Other Org"));
        makeTestUser(h, otherAdmin, org2, QString(), QStringLiteral("ent.other"), QStringLiteral("admin"));
        QVERIFY(h.start() == 0);
        for (User* u : {&admin, &managerA, &guideA1, &guideA2, &managerB, &guideB1, &otherAdmin}) {
            QVERIFY(!u->staff.id.isEmpty());
            u->token = h.login(u->staff, u->device);
            QVERIFY(!u->token.isEmpty());
        }
    }
    void cleanupTestCase() { QVERIFY(h.stopAll()); }

    void orgWideRecordsAreWrittenByManagersAndReadByTheWholeOrg_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QJsonObject>("values");
        QTest::newRow("tag_group") << QStringLiteral("tag_group")
                                   << QJsonObject{{QStringLiteral("name"), QStringLiteral("Skin")},
                                                  {QStringLiteral("color"), QStringLiteral("#ff8800")},
                                                  {QStringLiteral("sortOrder"), 2}};
        QTest::newRow("tag") << QStringLiteral("tag")
                             << QJsonObject{{QStringLiteral("name"), QStringLiteral("VIP")},
                                            {QStringLiteral("groupId"), ServerHarness::uuid()}};
        QTest::newRow("product") << QStringLiteral("product")
                                 << QJsonObject{{QStringLiteral("sku"), QStringLiteral("LAV-30")},
                                                {QStringLiteral("name"), QStringLiteral("Lavender oil")},
                                                {QStringLiteral("category"), QString()},
                                                {QStringLiteral("cycleDays"), 30}};
        QTest::newRow("holiday") << QStringLiteral("holiday")
                                 << QJsonObject{{QStringLiteral("name"), QStringLiteral("Qixi")},
                                                {QStringLiteral("day"), QStringLiteral("2026-08-19")}};
        QTest::newRow("sensitive_word") << QStringLiteral("sensitive_word")
                                        << QJsonObject{{QStringLiteral("word"), QStringLiteral("cheapest")}};
    }

    void orgWideRecordsAreWrittenByManagersAndReadByTheWholeOrg()
    {
        QFETCH(QString, entity);
        QFETCH(QJsonObject, values);
        const QString id = ServerHarness::uuid();
        QCOMPARE(upsert(guideA1, entity, id, values), QStringLiteral("rejected/forbidden"));
        QCOMPARE(upsert(managerA, entity, id, values), QStringLiteral("applied"));
        for (User* reader : {&guideA1, &guideB1, &managerB, &admin}) {
            const auto c = lastChangeOf(pullAll(h, reader->token), id);
            QVERIFY(c);
            QVERIFY(c->ownerId.isEmpty());
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                QCOMPARE(c->state.fields.value(it.key()).value, it.value());
        }
        QVERIFY(!sees(otherAdmin, id));
        QCOMPARE(upsert(otherAdmin, entity, id, values), QStringLiteral("rejected/forbidden"));
        QCOMPARE(remove(guideB1, entity, id), QStringLiteral("rejected/forbidden"));
        QCOMPARE(remove(admin, entity, id), QStringLiteral("applied"));
        QVERIFY(lastChangeOf(pullAll(h, guideB1.token), id)->deleted);
        QCOMPARE(upsert(managerB, entity, id, values), QStringLiteral("rejected/record_deleted"));
    }

    void teamOrPersonalRecordsFollowTheirOwner_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QJsonObject>("values");
        QTest::newRow("reminder_rule")
            << QStringLiteral("reminder_rule")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("Refill")},
                           {QStringLiteral("kind"), QStringLiteral("runout")},
                           {QStringLiteral("leadDays"), 3},
                           {QStringLiteral("yearly"), true},
                           {QStringLiteral("stages"), QJsonArray{QStringLiteral("customer")}},
                           {QStringLiteral("enabled"), true}};
        QTest::newRow("script") << QStringLiteral("script")
                                << QJsonObject{{QStringLiteral("category"), QStringLiteral("welcome")},
                                               {QStringLiteral("title"), QStringLiteral("Hello")},
                                               {QStringLiteral("body"), QStringLiteral("Hello {name}")},
                                               {QStringLiteral("tags"), QJsonArray{QStringLiteral("new")}}};
        QTest::newRow("material") << QStringLiteral("material")
                                  << QJsonObject{
                                         {QStringLiteral("kind"), QStringLiteral("link")},
                                         {QStringLiteral("title"), QStringLiteral("Shop")},
                                         {QStringLiteral("url"), QStringLiteral("https://example.com/shop")},
                                         {QStringLiteral("sha256"), QString()},
                                         {QStringLiteral("size"), 0}};
    }

    void teamOrPersonalRecordsFollowTheirOwner()
    {
        QFETCH(QString, entity);
        QFETCH(QJsonObject, values);
        const auto owned = [&](const QString& ownerId) {
            QJsonObject v = values;
            v.insert(QStringLiteral("ownerId"), ownerId);
            return v;
        };
        const QJsonObject rename{{QStringLiteral("name"), QStringLiteral("renamed")}};
        const QJsonObject edit = entity == QLatin1String("reminder_rule")
                                     ? rename
                                     : QJsonObject{{QStringLiteral("title"), QStringLiteral("renamed")}};

        // Team record: written by managers and admins, read by everyone in the org.
        const QString team = ServerHarness::uuid();
        QCOMPARE(upsert(guideA1, entity, team, owned(QString())), QStringLiteral("rejected/forbidden"));
        QCOMPARE(upsert(managerA, entity, team, owned(QString())), QStringLiteral("applied"));
        QVERIFY(sees(guideB1, team));
        QVERIFY(!sees(otherAdmin, team));
        QCOMPARE(upsert(guideA1, entity, team, edit), QStringLiteral("rejected/forbidden"));
        QCOMPARE(upsert(managerB, entity, team, edit), QStringLiteral("applied"));
        QCOMPARE(upsert(otherAdmin, entity, team, edit), QStringLiteral("rejected/forbidden"));

        // Personal record: its owner, the owner's store managers and admins.
        const QString mine = ServerHarness::uuid();
        QCOMPARE(upsert(guideA1, entity, mine, owned(guideA1.staff.id)), QStringLiteral("applied"));
        const auto c = lastChangeOf(pullAll(h, guideA1.token), mine);
        QVERIFY(c);
        QCOMPARE(c->ownerId, guideA1.staff.id);
        QVERIFY(sees(managerA, mine));
        QVERIFY(sees(admin, mine));
        QVERIFY(!sees(guideA2, mine));
        QVERIFY(!sees(managerB, mine));
        QCOMPARE(upsert(guideA2, entity, mine, edit), QStringLiteral("rejected/forbidden"));
        QCOMPARE(upsert(managerB, entity, mine, edit), QStringLiteral("rejected/forbidden"));
        QCOMPARE(upsert(managerA, entity, mine, edit), QStringLiteral("applied"));
        QCOMPARE(upsert(guideA1, entity, mine, edit), QStringLiteral("applied"));
        // It stays personal and stays the guide's.
        QCOMPARE(upsert(admin, entity, mine, {{QStringLiteral("ownerId"), QString()}}),
                 QStringLiteral("rejected/invalid_owner"));
        QCOMPARE(upsert(guideA1, entity, mine, {{QStringLiteral("ownerId"), guideA2.staff.id}}),
                 QStringLiteral("rejected/invalid_owner"));

        // Who may create a personal record for whom.
        QCOMPARE(upsert(guideA1, entity, ServerHarness::uuid(), owned(guideA2.staff.id)),
                 QStringLiteral("rejected/forbidden"));
        QCOMPARE(upsert(managerA, entity, ServerHarness::uuid(), owned(guideA2.staff.id)),
                 QStringLiteral("applied"));
        QCOMPARE(upsert(managerA, entity, ServerHarness::uuid(), owned(guideB1.staff.id)),
                 QStringLiteral("rejected/forbidden"));
        QCOMPARE(upsert(admin, entity, ServerHarness::uuid(), owned(guideB1.staff.id)),
                 QStringLiteral("applied"));
        QCOMPARE(upsert(admin, entity, ServerHarness::uuid(), owned(otherAdmin.staff.id)),
                 QStringLiteral("rejected/invalid_owner"));
        QCOMPARE(upsert(admin, entity, ServerHarness::uuid(), owned(ServerHarness::uuid())),
                 QStringLiteral("rejected/invalid_owner"));

        QCOMPARE(remove(guideA2, entity, mine), QStringLiteral("rejected/forbidden"));
        QCOMPARE(remove(guideA1, entity, mine), QStringLiteral("applied"));
        QVERIFY(lastChangeOf(pullAll(h, managerA.token), mine)->deleted);
    }

    void staffLogsBelongToThePusher_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QJsonObject>("values");
        QTest::newRow("script_usage") << QStringLiteral("script_usage")
                                      << QJsonObject{{QStringLiteral("scriptId"), ServerHarness::uuid()},
                                                     {QStringLiteral("contactId"), ServerHarness::uuid()},
                                                     {QStringLiteral("at"), 1'732'540'000'000LL}};
        QTest::newRow("material_usage") << QStringLiteral("material_usage")
                                        << QJsonObject{{QStringLiteral("materialId"), ServerHarness::uuid()},
                                                       {QStringLiteral("contactId"), QString()},
                                                       {QStringLiteral("action"), QStringLiteral("copy")},
                                                       {QStringLiteral("at"), 1'732'540'000'000LL}};
    }

    void staffLogsBelongToThePusher()
    {
        QFETCH(QString, entity);
        QFETCH(QJsonObject, values);
        QJsonObject signedValues = values;
        signedValues.insert(QStringLiteral("staffId"), guideA1.staff.id);
        const QString id = ServerHarness::uuid();
        QCOMPARE(insert(guideA1, entity, id, signedValues), QStringLiteral("applied"));
        QCOMPARE(insert(guideA1, entity, id, signedValues), QStringLiteral("rejected/immutable_record"));
        const auto c = lastChangeOf(pullAll(h, guideA1.token), id);
        QVERIFY(c);
        QCOMPARE(c->ownerId, guideA1.staff.id);
        QVERIFY(sees(managerA, id));
        QVERIFY(sees(admin, id));
        QVERIFY(!sees(guideA2, id));
        QVERIFY(!sees(managerB, id));
        QVERIFY(!sees(otherAdmin, id));
        // Nobody logs in someone else's name, not even a manager.
        QCOMPARE(insert(managerA, entity, ServerHarness::uuid(), signedValues),
                 QStringLiteral("rejected/forbidden"));
        const QString unsigned_ = ServerHarness::uuid();
        QCOMPARE(insert(guideA2, entity, unsigned_, values), QStringLiteral("applied"));
        QCOMPARE(lastChangeOf(pullAll(h, guideA2.token), unsigned_)->ownerId, guideA2.staff.id);
    }

    void contactChildrenFollowTheirContact_data()
    {
        QTest::addColumn<QString>("entity");
        for (const char* e : {"followup", "purchase", "contact_field", "reminder_state"})
            QTest::newRow(e) << QString::fromLatin1(e);
    }

    void contactChildrenFollowTheirContact()
    {
        QFETCH(QString, entity);
        const QString contact = newContact(guideA1);
        QVERIFY(!contact.isEmpty());
        const QString id = childId(entity, contact);
        const QJsonObject values = childValues(entity, contact);
        QCOMPARE(writeChild(guideA2, entity, id, values), QStringLiteral("rejected/forbidden"));
        QCOMPARE(writeChild(managerB, entity, id, values), QStringLiteral("rejected/forbidden"));
        QCOMPARE(writeChild(otherAdmin, entity, id, values), QStringLiteral("rejected/parent_not_found"));
        QCOMPARE(writeChild(guideA1, entity, id, values), QStringLiteral("applied"));
        const auto child = lastChangeOf(pullAll(h, guideA1.token), id);
        QVERIFY(child);
        QCOMPARE(child->parentId, contact);
        QCOMPARE(child->ownerId, guideA1.staff.id);
        QVERIFY(sees(managerA, id));
        QVERIFY(!sees(guideA2, id));
        QVERIFY(!sees(managerB, id));
        QVERIFY(!sees(otherAdmin, id));
        // A child of a contact that does not exist (or is another org's) is refused.
        const QString ghost = ServerHarness::uuid();
        QCOMPARE(writeChild(guideA1, entity, childId(entity, ghost), childValues(entity, ghost)),
                 QStringLiteral("rejected/parent_not_found"));

        // Reassigned: the child travels to the new owner with a fresh seq; the old owner is revoked.
        const qint64 a1Cursor = pullAll(h, guideA1.token).nextCursor;
        const qint64 a2Cursor = pullAll(h, guideA2.token).nextCursor;
        QCOMPARE(upsert(managerA, QStringLiteral("contact"), contact,
                        {{QStringLiteral("ownerId"), guideA2.staff.id}}),
                 QStringLiteral("applied"));
        QVERIFY(pullAll(h, guideA1.token, a1Cursor).revokes.contains(contact));
        const auto moved = lastChangeOf(pullAll(h, guideA2.token, a2Cursor), id);
        QVERIFY(moved);
        QCOMPARE(moved->ownerId, guideA2.staff.id);
        QCOMPARE(writeChild(guideA1, entity, childId(entity, contact), values),
                 QStringLiteral("rejected/forbidden"));

        // Deleted with its contact: tombstoned, and no later write revives it.
        QCOMPARE(remove(guideA2, QStringLiteral("contact"), contact), QStringLiteral("applied"));
        const auto tomb = lastChangeOf(pullAll(h, guideA2.token, a2Cursor), id);
        QVERIFY(tomb && tomb->deleted);
        QVERIFY(tomb->state.fields.isEmpty());
        if (ll::entitySpec(entity)->kind == ll::EntityKind::Mutable)
            QCOMPARE(upsert(guideA2, entity, id, values), QStringLiteral("rejected/record_deleted"));
    }

    void mutableChildrenStayOnTheirContact()
    {
        const QString contact = newContact(guideA1);
        const QString elsewhere = newContact(guideA1);
        const QString state = ServerHarness::uuid();
        // reminder_state rows carry contactId only when the engine adds it: a new one needs it.
        QCOMPARE(upsert(guideA1, QStringLiteral("reminder_state"), state,
                        {{QStringLiteral("state"), QStringLiteral("done")}}),
                 QStringLiteral("rejected/parent_not_found"));
        QCOMPARE(upsert(guideA1, QStringLiteral("reminder_state"), state,
                        childValues(QStringLiteral("reminder_state"), contact)),
                 QStringLiteral("applied"));
        QCOMPARE(upsert(guideA1, QStringLiteral("reminder_state"), state,
                        {{QStringLiteral("state"), QStringLiteral("done")}}),
                 QStringLiteral("applied"));
        QCOMPARE(upsert(guideA1, QStringLiteral("reminder_state"), state,
                        {{QStringLiteral("contactId"), elsewhere},
                         {QStringLiteral("state"), QStringLiteral("open")}}),
                 QStringLiteral("rejected/invalid_value"));
        const auto c = lastChangeOf(pullAll(h, guideA1.token), state);
        QVERIFY(c);
        QCOMPARE(c->parentId, contact);
        QCOMPARE(c->state.fields.value(QStringLiteral("state")).value.toString(), QStringLiteral("done"));
        // Snooze cleared with "".
        QCOMPARE(upsert(guideA1, QStringLiteral("reminder_state"), state,
                        {{QStringLiteral("snoozedUntil"), QString()}}),
                 QStringLiteral("applied"));
        QCOMPARE(lastChangeOf(pullAll(h, guideA1.token), state)
                     ->state.fields.value(QStringLiteral("snoozedUntil"))
                     .value.toString(),
                 QString());
    }

    void appendOnlyChildrenMoveBetweenContacts_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::newRow("followup") << QStringLiteral("followup");
        QTest::newRow("purchase") << QStringLiteral("purchase");
    }

    void appendOnlyChildrenMoveBetweenContacts()
    {
        QFETCH(QString, entity);
        const QString from = newContact(guideA1);
        const QString to = newContact(guideA1);
        const QString foreign = newContact(guideA2);
        const QString id = ServerHarness::uuid();
        QCOMPARE(insert(guideA1, entity, id, childValues(entity, from)), QStringLiteral("applied"));

        QCOMPARE(move(guideA1, entity, ServerHarness::uuid(), to), QStringLiteral("rejected/not_found"));
        QCOMPARE(move(guideA1, entity, id, ServerHarness::uuid()),
                 QStringLiteral("rejected/parent_not_found"));
        QCOMPARE(move(guideA2, entity, id, foreign),
                 QStringLiteral("rejected/forbidden")); // may not write `from`
        QCOMPARE(move(guideA1, entity, id, foreign),
                 QStringLiteral("rejected/forbidden")); // may not write `to`
        QCOMPARE(move(guideA1, entity, id, to), QStringLiteral("applied"));
        auto c = lastChangeOf(pullAll(h, guideA1.token), id);
        QVERIFY(c);
        QCOMPARE(c->parentId, to);
        QCOMPARE(c->state.fields.value(QStringLiteral("contactId")).value.toString(), to);
        QVERIFY(c->state.fields.size() > 1); // the rest of the record is untouched
        // A move stamped before the one applied is a no-op.
        QCOMPARE(move(guideA1, entity, id, from, -60'000), QStringLiteral("applied"));
        QCOMPARE(lastChangeOf(pullAll(h, guideA1.token), id)->parentId, to);

        // A manager moves it onto another guide's contact: that guide gets it, the first loses it.
        const qint64 a1Cursor = pullAll(h, guideA1.token).nextCursor;
        const qint64 a2Cursor = pullAll(h, guideA2.token).nextCursor;
        QCOMPARE(move(managerA, entity, id, foreign), QStringLiteral("applied"));
        QVERIFY(pullAll(h, guideA1.token, a1Cursor).revokes.contains(id));
        c = lastChangeOf(pullAll(h, guideA2.token, a2Cursor), id);
        QVERIFY(c);
        QCOMPARE(c->parentId, foreign);
        QCOMPARE(c->ownerId, guideA2.staff.id);

        // Tombstoned with its new contact, not its old one.
        QCOMPARE(remove(guideA1, QStringLiteral("contact"), from), QStringLiteral("applied"));
        QVERIFY(!lastChangeOf(pullAll(h, guideA2.token), id)->deleted);
        QCOMPARE(remove(guideA2, QStringLiteral("contact"), foreign), QStringLiteral("applied"));
        QVERIFY(lastChangeOf(pullAll(h, guideA2.token), id)->deleted);
        QCOMPARE(move(guideA2, entity, id, to), QStringLiteral("rejected/record_deleted"));
    }

    void contactFieldIdIsDerivedFromContactAndName()
    {
        const QString contact = newContact(guideA1);
        const QJsonObject values = childValues(QStringLiteral("contact_field"), contact);
        // A random id for a custom field is a malformed request: nothing in the batch is applied.
        QCOMPARE(upsert(guideA1, QStringLiteral("contact_field"), ServerHarness::uuid(), values),
                 QStringLiteral("http-400/invalid_value"));
        const QString id = ll::contactFieldRecordId(contact, QStringLiteral("level"));
        QCOMPARE(upsert(guideA1, QStringLiteral("contact_field"), id, values), QStringLiteral("applied"));
        QJsonObject cleared = values;
        cleared.insert(QStringLiteral("value"), QString());
        QCOMPARE(upsert(guideA1, QStringLiteral("contact_field"), id, cleared), QStringLiteral("applied"));
        const auto c = lastChangeOf(pullAll(h, guideA1.token), id);
        QVERIFY(c);
        QCOMPARE(c->state.fields.value(QStringLiteral("value")).value, QJsonValue(QString()));
        QCOMPARE(c->state.fields.value(QStringLiteral("name")).value.toString(), QStringLiteral("level"));
    }

    void emptyStringsClearAndEmptyOwnerOrStoreMeanThePusher()
    {
        const QString id = ServerHarness::uuid();
        // As the core writes a new contact: every field, "" for the unknown ones.
        QCOMPARE(upsert(guideA1, QStringLiteral("contact"), id,
                        {{QStringLiteral("name"), QStringLiteral("Xu")},
                         {QStringLiteral("gender"), QString()},
                         {QStringLiteral("birthday"), QString()},
                         {QStringLiteral("city"), QStringLiteral("Hangzhou")},
                         {QStringLiteral("ownerId"), QString()},
                         {QStringLiteral("storeId"), QString()},
                         {QStringLiteral("mergedInto"), QString()},
                         {QStringLiteral("intent"), 2}}),
                 QStringLiteral("applied"));
        auto c = lastChangeOf(pullAll(h, guideA1.token), id);
        QVERIFY(c);
        QCOMPARE(c->ownerId, guideA1.staff.id);
        QVERIFY(!c->storeId.isEmpty());
        QCOMPARE(c->state.fields.value(QStringLiteral("storeId")).value.toString(), c->storeId);
        QCOMPARE(upsert(guideA1, QStringLiteral("contact"), id, {{QStringLiteral("city"), QString()}}),
                 QStringLiteral("applied"));
        c = lastChangeOf(pullAll(h, guideA1.token), id);
        QCOMPARE(c->state.fields.value(QStringLiteral("city")).value, QJsonValue(QString()));
        // A store other than the owner's is still refused.
        QCOMPARE(upsert(guideA1, QStringLiteral("contact"), id,
                        {{QStringLiteral("storeId"), ServerHarness::uuid()}}),
                 QStringLiteral("rejected/store_mismatch"));
    }

    void mergedContactTombstoneKeepsOnlyWhereItWent()
    {
        const QString keep = newContact(guideA1);
        const QString gone = newContact(guideA1);
        QCOMPARE(upsert(guideA1, QStringLiteral("contact"), gone, {{QStringLiteral("mergedInto"), keep}}),
                 QStringLiteral("applied"));
        QCOMPARE(remove(guideA1, QStringLiteral("contact"), gone), QStringLiteral("applied"));
        const auto c = lastChangeOf(pullAll(h, guideA1.token), gone);
        QVERIFY(c && c->deleted);
        QCOMPARE(c->state.fields.keys(), QStringList{QStringLiteral("mergedInto")});
        QCOMPARE(c->state.fields.value(QStringLiteral("mergedInto")).value.toString(), keep);
    }

    void deniedWritesOfEveryClassAreAudited()
    {
        const QString team = ServerHarness::uuid();
        QCOMPARE(upsert(guideA1, QStringLiteral("script"), team,
                        {{QStringLiteral("ownerId"), QString()},
                         {QStringLiteral("title"), QStringLiteral("Secret-Title-93")}}),
                 QStringLiteral("rejected/forbidden"));
        const QString contact = newContact(guideA2);
        const QString followup = ServerHarness::uuid();
        QCOMPARE(insert(guideA1, QStringLiteral("followup"), followup,
                        childValues(QStringLiteral("followup"), contact)),
                 QStringLiteral("rejected/forbidden"));
        const QString out =
            h.admin({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1000")});
        for (const QString& target : {team, followup}) {
            bool found = false;
            for (const QString& line : out.split(QLatin1Char('\n')))
                found |= line.contains(QStringLiteral("\"event\":\"permission_denied\"")) &&
                         line.contains(target) && line.contains(guideA1.staff.id);
            QVERIFY2(found, qPrintable(target));
        }
        QVERIFY(!out.contains(QStringLiteral("Secret-Title-93")));
    }
};

QTEST_GUILESS_MAIN(TestServerEntities)
#include "TestServerEntities.moc"
