#include "EntitySchema.h"
#include "JsonInput.h"
#include "LoginMessages.h"
#include "Mutation.h"
#include "WireError.h"

#include <QJsonArray>
#include <QTest>

using namespace ll;

// The wire schema against the payloads app/core writes into its outbox (docs/SYNC-MAPPING.md):
// every entity, its ownership class, "" as a clear, op "move", and the contact-field id.
class TestEntitySchema : public QObject
{
    Q_OBJECT

private:
    const QString clock = QStringLiteral("000001732540000000-0000-dev1");
    const QString id = QStringLiteral("0b6a3c1e-8d7f-4f2a-9c3b-1a2b3c4d5e6f");
    const QString other = QStringLiteral("7c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f");
    const QString sha = QString(64, QLatin1Char('a'));

    // One mutation with every value stamped with the same clock, as the sync engine sends it.
    QJsonObject mutation(const QString& entity, const QString& op, const QJsonObject& values,
                         const QString& recordId = {}) const
    {
        QJsonObject fields;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            fields.insert(it.key(),
                          QJsonObject{{QStringLiteral("value"), it.value()}, {QStringLiteral("hlc"), clock}});
        QJsonObject m{{QStringLiteral("mutationId"), 1},
                      {QStringLiteral("entity"), entity},
                      {QStringLiteral("recordId"), recordId.isEmpty() ? id : recordId},
                      {QStringLiteral("op"), op},
                      {QStringLiteral("hlc"), clock}};
        if (!fields.isEmpty())
            m.insert(QStringLiteral("fields"), fields);
        return m;
    }

    QString codeOf(const QJsonObject& m) const
    {
        const auto parsed = Mutation::fromJson(m, QStringLiteral("m"));
        return parsed.ok() ? QStringLiteral("ok") : wireCode(parsed.error());
    }

private slots:
    void everyEntityHasItsOwnershipClass()
    {
        const QHash<QString, Ownership> expected{
            {QStringLiteral("contact"), Ownership::Contact},
            {QStringLiteral("tag_group"), Ownership::OrgWide},
            {QStringLiteral("tag"), Ownership::OrgWide},
            {QStringLiteral("product"), Ownership::OrgWide},
            {QStringLiteral("holiday"), Ownership::OrgWide},
            {QStringLiteral("sensitive_word"), Ownership::OrgWide},
            {QStringLiteral("followup"), Ownership::ContactChild},
            {QStringLiteral("purchase"), Ownership::ContactChild},
            {QStringLiteral("contact_field"), Ownership::ContactChild},
            {QStringLiteral("reminder_state"), Ownership::ContactChild},
            {QStringLiteral("reminder_rule"), Ownership::TeamOrPersonal},
            {QStringLiteral("script"), Ownership::TeamOrPersonal},
            {QStringLiteral("material"), Ownership::TeamOrPersonal},
            {QStringLiteral("script_usage"), Ownership::StaffLog},
            {QStringLiteral("material_usage"), Ownership::StaffLog},
        };
        QCOMPARE(entityNames().size(), expected.size());
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            const EntitySpec* spec = entitySpec(it.key());
            QVERIFY2(spec, qPrintable(it.key()));
            QVERIFY2(spec->ownership == it.value(), qPrintable(it.key()));
        }
        for (const char* movable : {"followup", "purchase"})
            QVERIFY(entitySpec(QString::fromLatin1(movable))->movable());
        for (const char* fixed : {"contact_field", "reminder_state", "script_usage", "contact"})
            QVERIFY(!entitySpec(QString::fromLatin1(fixed))->movable());
    }

    // Payloads shaped exactly like the core's outbox rows (field names, value domains, "" clears).
    void coreOutboxPayloadsAreValid_data()
    {
        QTest::addColumn<QJsonObject>("mutation");
        const QString cf = contactFieldRecordId(id, QStringLiteral("会员等级"));
        QTest::newRow("contact add (every scalar, empty optionals)")
            << mutation(QStringLiteral("contact"), QStringLiteral("upsert"),
                        {{QStringLiteral("name"), QStringLiteral("王芳")},
                         {QStringLiteral("nickname"), QString()},
                         {QStringLiteral("wechatId"), QString()},
                         {QStringLiteral("gender"), QString()},
                         {QStringLiteral("birthday"), QString()},
                         {QStringLiteral("city"), QString()},
                         {QStringLiteral("source"), QString()},
                         {QStringLiteral("stage"), QStringLiteral("lead")},
                         {QStringLiteral("intent"), 0},
                         {QStringLiteral("points"), 0},
                         {QStringLiteral("notes"), QString()},
                         {QStringLiteral("ownerId"), other},
                         {QStringLiteral("storeId"), QString()},
                         {QStringLiteral("lastContactedAt"), 0},
                         {QStringLiteral("mergedInto"), QString()}});
        QTest::newRow("contact gender other, intent 3")
            << mutation(QStringLiteral("contact"), QStringLiteral("upsert"),
                        {{QStringLiteral("gender"), QStringLiteral("other")}, {QStringLiteral("intent"), 3}});
        QTest::newRow("tag_group") << mutation(QStringLiteral("tag_group"), QStringLiteral("upsert"),
                                               {{QStringLiteral("name"), QStringLiteral("默认")},
                                                {QStringLiteral("color"), QStringLiteral("#ff8800")},
                                                {QStringLiteral("sortOrder"), 0}});
        QTest::newRow("tag") << mutation(
            QStringLiteral("tag"), QStringLiteral("upsert"),
            {{QStringLiteral("name"), QStringLiteral("VIP")}, {QStringLiteral("groupId"), other}});
        QTest::newRow("product") << mutation(QStringLiteral("product"), QStringLiteral("upsert"),
                                             {{QStringLiteral("sku"), QStringLiteral("LAV-30")},
                                              {QStringLiteral("name"), QStringLiteral("薰衣草精油")},
                                              {QStringLiteral("category"), QString()},
                                              {QStringLiteral("cycleDays"), 30}});
        QTest::newRow("holiday") << mutation(QStringLiteral("holiday"), QStringLiteral("upsert"),
                                             {{QStringLiteral("name"), QStringLiteral("七夕")},
                                              {QStringLiteral("day"), QStringLiteral("2026-08-19")}});
        QTest::newRow("sensitive_word")
            << mutation(QStringLiteral("sensitive_word"), QStringLiteral("upsert"),
                        {{QStringLiteral("word"), QStringLiteral("最便宜")}});
        QTest::newRow("followup") << mutation(QStringLiteral("followup"), QStringLiteral("insert"),
                                              {{QStringLiteral("contactId"), other},
                                               {QStringLiteral("kind"), QStringLiteral("message")},
                                               {QStringLiteral("outcome"), QString()},
                                               {QStringLiteral("note"), QStringLiteral("发了试用装")},
                                               {QStringLiteral("scriptId"), QString()},
                                               {QStringLiteral("materialId"), QString()},
                                               {QStringLiteral("staffId"), other},
                                               {QStringLiteral("happenedAt"), 1'732'540'000'000LL}});
        QTest::newRow("purchase") << mutation(QStringLiteral("purchase"), QStringLiteral("insert"),
                                              {{QStringLiteral("contactId"), other},
                                               {QStringLiteral("productId"), id},
                                               {QStringLiteral("quantity"), 2},
                                               {QStringLiteral("amountCents"), 19'800},
                                               {QStringLiteral("purchasedOn"), QStringLiteral("2026-11-20")},
                                               {QStringLiteral("staffId"), QString()}});
        QTest::newRow("followup move") << mutation(QStringLiteral("followup"), QStringLiteral("move"),
                                                   {{QStringLiteral("contactId"), other}});
        QTest::newRow("purchase move") << mutation(QStringLiteral("purchase"), QStringLiteral("move"),
                                                   {{QStringLiteral("contactId"), other}});
        QTest::newRow("contact_field") << mutation(QStringLiteral("contact_field"), QStringLiteral("upsert"),
                                                   {{QStringLiteral("contactId"), id},
                                                    {QStringLiteral("name"), QStringLiteral("会员等级")},
                                                    {QStringLiteral("value"), QStringLiteral("金卡")}},
                                                   cf);
        QTest::newRow("contact_field cleared")
            << mutation(QStringLiteral("contact_field"), QStringLiteral("upsert"),
                        {{QStringLiteral("contactId"), id},
                         {QStringLiteral("name"), QStringLiteral("会员等级")},
                         {QStringLiteral("value"), QString()}},
                        cf);
        QTest::newRow("reminder_state snoozed")
            << mutation(QStringLiteral("reminder_state"), QStringLiteral("upsert"),
                        {{QStringLiteral("contactId"), other},
                         {QStringLiteral("state"), QStringLiteral("snoozed")},
                         {QStringLiteral("snoozedUntil"), QStringLiteral("2026-12-01")}});
        QTest::newRow("reminder_state done (no contactId)") << mutation(
            QStringLiteral("reminder_state"), QStringLiteral("upsert"),
            {{QStringLiteral("state"), QStringLiteral("done")}, {QStringLiteral("snoozedUntil"), QString()}});
        QTest::newRow("reminder_rule") << mutation(
            QStringLiteral("reminder_rule"), QStringLiteral("upsert"),
            {{QStringLiteral("ownerId"), QString()},
             {QStringLiteral("name"), QStringLiteral("复购提醒")},
             {QStringLiteral("kind"), QStringLiteral("runout")},
             {QStringLiteral("leadDays"), 3},
             {QStringLiteral("threshold"), 0},
             {QStringLiteral("productId"), QString()},
             {QStringLiteral("holidayName"), QString()},
             {QStringLiteral("dateField"), QString()},
             {QStringLiteral("yearly"), true},
             {QStringLiteral("tagIds"), QJsonArray{other}},
             {QStringLiteral("stages"), QJsonArray{QStringLiteral("customer"), QStringLiteral("loyal")}},
             {QStringLiteral("storeIds"), QJsonArray{}},
             {QStringLiteral("scriptId"), QString()},
             {QStringLiteral("enabled"), false}});
        QTest::newRow("script") << mutation(QStringLiteral("script"), QStringLiteral("upsert"),
                                            {{QStringLiteral("ownerId"), other},
                                             {QStringLiteral("category"), QStringLiteral("product_intro")},
                                             {QStringLiteral("title"), QStringLiteral("开场白")},
                                             {QStringLiteral("body"), QStringLiteral("您好 {name}")},
                                             {QStringLiteral("tags"), QJsonArray{QStringLiteral("新客")}}});
        QTest::newRow("material") << mutation(QStringLiteral("material"), QStringLiteral("upsert"),
                                              {{QStringLiteral("ownerId"), QString()},
                                               {QStringLiteral("kind"), QStringLiteral("image")},
                                               {QStringLiteral("title"), QStringLiteral("海报")},
                                               {QStringLiteral("description"), QString()},
                                               {QStringLiteral("category"), QString()},
                                               {QStringLiteral("tags"), QJsonArray{}},
                                               {QStringLiteral("url"), QString()},
                                               {QStringLiteral("appId"), QString()},
                                               {QStringLiteral("pagePath"), QString()},
                                               {QStringLiteral("fileName"), QStringLiteral("poster.png")},
                                               {QStringLiteral("mimeType"), QStringLiteral("image/png")},
                                               {QStringLiteral("sha256"), sha},
                                               {QStringLiteral("coverSha256"), QString()},
                                               {QStringLiteral("size"), 123456}});
        QTest::newRow("script_usage") << mutation(QStringLiteral("script_usage"), QStringLiteral("insert"),
                                                  {{QStringLiteral("scriptId"), other},
                                                   {QStringLiteral("contactId"), id},
                                                   {QStringLiteral("followUpId"), other},
                                                   {QStringLiteral("staffId"), id},
                                                   {QStringLiteral("at"), 1'732'540'000'000LL}});
        QTest::newRow("material_usage without contact")
            << mutation(QStringLiteral("material_usage"), QStringLiteral("insert"),
                        {{QStringLiteral("materialId"), other},
                         {QStringLiteral("contactId"), QString()},
                         {QStringLiteral("action"), QStringLiteral("copy")},
                         {QStringLiteral("followUpId"), QString()},
                         {QStringLiteral("staffId"), id},
                         {QStringLiteral("at"), 1'732'540'000'000LL}});
        QTest::newRow("script delete") << mutation(QStringLiteral("script"), QStringLiteral("delete"), {});
    }

    void coreOutboxPayloadsAreValid()
    {
        QFETCH(QJsonObject, mutation);
        const auto m = Mutation::fromJson(mutation, QStringLiteral("m"));
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.message()));
        QCOMPARE(m->toJson(), mutation);
    }

    void wrongValuesAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("mutation");
        QTest::addColumn<QString>("code");
        const auto contact = [&](const QString& f, const QJsonValue& v) {
            return mutation(QStringLiteral("contact"), QStringLiteral("upsert"), {{f, v}});
        };
        const auto rule = [&](const QString& f, const QJsonValue& v) {
            return mutation(QStringLiteral("reminder_rule"), QStringLiteral("upsert"), {{f, v}});
        };
        QTest::newRow("old gender unknown") << contact(QStringLiteral("gender"), QStringLiteral("unknown"))
                                            << QStringLiteral("invalid_value");
        QTest::newRow("intent 4") << contact(QStringLiteral("intent"), 4) << QStringLiteral("invalid_value");
        QTest::newRow("\"\" is not an integer")
            << contact(QStringLiteral("points"), QString()) << QStringLiteral("wrong_type");
        QTest::newRow("mergedInto not a uuid")
            << contact(QStringLiteral("mergedInto"), QStringLiteral("x")) << QStringLiteral("invalid_value");
        QTest::newRow("old product field") << mutation(QStringLiteral("product"), QStringLiteral("upsert"),
                                                       {{QStringLiteral("priceCents"), 1}})
                                           << QStringLiteral("unknown_field");
        QTest::newRow("old followup field") << mutation(QStringLiteral("followup"), QStringLiteral("insert"),
                                                        {{QStringLiteral("contactId"), other},
                                                         {QStringLiteral("kind"), QStringLiteral("call")},
                                                         {QStringLiteral("at"), 1}})
                                            << QStringLiteral("unknown_field");
        QTest::newRow("followup kind other") << mutation(QStringLiteral("followup"), QStringLiteral("insert"),
                                                         {{QStringLiteral("contactId"), other},
                                                          {QStringLiteral("kind"), QStringLiteral("other")},
                                                          {QStringLiteral("happenedAt"), 1}})
                                             << QStringLiteral("invalid_value");
        QTest::newRow("required contactId empty")
            << mutation(QStringLiteral("followup"), QStringLiteral("insert"),
                        {{QStringLiteral("contactId"), QString()},
                         {QStringLiteral("kind"), QStringLiteral("call")},
                         {QStringLiteral("happenedAt"), 1}})
            << QStringLiteral("missing_field");
        QTest::newRow("purchase without date")
            << mutation(QStringLiteral("purchase"), QStringLiteral("insert"),
                        {{QStringLiteral("contactId"), other}, {QStringLiteral("quantity"), 1}})
            << QStringLiteral("missing_field");
        QTest::newRow("bool as int") << rule(QStringLiteral("yearly"), 1) << QStringLiteral("wrong_type");
        QTest::newRow("list as string")
            << rule(QStringLiteral("stages"), QStringLiteral("lead")) << QStringLiteral("wrong_type");
        QTest::newRow("list with bad stage")
            << rule(QStringLiteral("stages"), QJsonArray{QStringLiteral("vip")})
            << QStringLiteral("invalid_value");
        QTest::newRow("list with bad uuid")
            << rule(QStringLiteral("tagIds"), QJsonArray{QStringLiteral("VIP")})
            << QStringLiteral("invalid_value");
        QTest::newRow("list with number")
            << rule(QStringLiteral("storeIds"), QJsonArray{1}) << QStringLiteral("wrong_type");
        QTest::newRow("lead days 400")
            << rule(QStringLiteral("leadDays"), 400) << QStringLiteral("invalid_value");
        QTest::newRow("too many tags")
            << mutation(QStringLiteral("script"), QStringLiteral("upsert"),
                        {{QStringLiteral("tags"),
                          QJsonArray::fromStringList(QStringList(65, QStringLiteral("t")))}})
            << QStringLiteral("too_many_items");
        QTest::newRow("bad sha256") << mutation(QStringLiteral("material"), QStringLiteral("upsert"),
                                                {{QStringLiteral("sha256"), sha.toUpper()}})
                                    << QStringLiteral("invalid_value");
        QTest::newRow("old material field") << mutation(QStringLiteral("material"), QStringLiteral("upsert"),
                                                        {{QStringLiteral("blobSha256"), sha}})
                                            << QStringLiteral("unknown_field");
        QTest::newRow("usage action") << mutation(QStringLiteral("material_usage"), QStringLiteral("insert"),
                                                  {{QStringLiteral("materialId"), other},
                                                   {QStringLiteral("action"), QStringLiteral("print")},
                                                   {QStringLiteral("at"), 1}})
                                      << QStringLiteral("invalid_value");
        QTest::newRow("upsert on a usage log")
            << mutation(QStringLiteral("script_usage"), QStringLiteral("upsert"), {{QStringLiteral("at"), 1}})
            << QStringLiteral("invalid_value");
    }

    void wrongValuesAreRefused()
    {
        QFETCH(QJsonObject, mutation);
        QFETCH(QString, code);
        QCOMPARE(codeOf(mutation), code);
    }

    void moveIsOnlyForAppendOnlyChildrenAndCarriesOnlyTheContact()
    {
        const QJsonObject move = mutation(QStringLiteral("followup"), QStringLiteral("move"),
                                          {{QStringLiteral("contactId"), other}});
        QCOMPARE(codeOf(move), QStringLiteral("ok"));
        QCOMPARE(codeOf(mutation(
                     QStringLiteral("followup"), QStringLiteral("move"),
                     {{QStringLiteral("contactId"), other}, {QStringLiteral("note"), QStringLiteral("x")}})),
                 QStringLiteral("invalid_value"));
        QCOMPARE(codeOf(mutation(QStringLiteral("followup"), QStringLiteral("move"), {})),
                 QStringLiteral("invalid_value"));
        QCOMPARE(codeOf(mutation(QStringLiteral("followup"), QStringLiteral("move"),
                                 {{QStringLiteral("contactId"), QString()}})),
                 QStringLiteral("missing_field"));
        for (const char* entity : {"contact", "contact_field", "reminder_state", "script_usage", "tag"})
            QCOMPARE(codeOf(mutation(QString::fromLatin1(entity), QStringLiteral("move"),
                                     {{QStringLiteral("contactId"), other}})),
                     QStringLiteral("invalid_value"));
    }

    void contactFieldIdIsANameBasedUuid()
    {
        const QString a = contactFieldRecordId(id, QStringLiteral("会员等级"));
        QCOMPARE(a, contactFieldRecordId(id, QStringLiteral("会员等级")));
        QVERIFY(isUuid(a));
        QCOMPARE(a.at(14), QLatin1Char('5')); // version 5: SHA-1, name-based
        QVERIFY(a != contactFieldRecordId(id, QStringLiteral("生日")));
        QVERIFY(a != contactFieldRecordId(other, QStringLiteral("会员等级")));
        // Pinned: every device and the server must derive the same id, release after release
        // (namespace 3d0f6c8e-52a1-4b7e-8f3c-9a6e1d2b7c40, name "<contactId>/<name>" in UTF-8).
        QCOMPARE(a, QStringLiteral("00405b16-fc50-56d9-a6dc-0bc8f50acfec"));

        const auto field = [&](const QString& recordId, const QJsonObject& values) {
            return codeOf(
                mutation(QStringLiteral("contact_field"), QStringLiteral("upsert"), values, recordId));
        };
        const QJsonObject values{{QStringLiteral("contactId"), id},
                                 {QStringLiteral("name"), QStringLiteral("会员等级")},
                                 {QStringLiteral("value"), QStringLiteral("金卡")}};
        QCOMPARE(field(a, values), QStringLiteral("ok"));
        QCOMPARE(field(other, values), QStringLiteral("invalid_value"));
        QJsonObject noName = values;
        noName.remove(QStringLiteral("name"));
        QCOMPARE(field(a, noName), QStringLiteral("missing_field"));
    }

    void loginRequestCarriesAnOptionalOrg()
    {
        LoginRequest req{QStringLiteral("wang.fang"), QStringLiteral("pw"), QStringLiteral("pc-1"), {}, {}};
        QVERIFY(!req.toJson().contains(QStringLiteral("org")));
        req.org = QStringLiteral("流量美妆");
        const auto back = LoginRequest::fromJson(req.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->org, req.org);
        QJsonObject tooLong = req.toJson();
        tooLong.insert(QStringLiteral("org"), QString(300, QLatin1Char('o')));
        QVERIFY(!LoginRequest::fromJson(tooLong).ok());
    }
};

QTEST_GUILESS_MAIN(TestEntitySchema)
#include "TestEntitySchema.moc"
