#include "JsonInput.h"
#include "LoginMessages.h"
#include "PullMessages.h"
#include "PushMessages.h"
#include "WireError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ll;

class TestProtocolCodec : public QObject
{
    Q_OBJECT

private:
    const QString clock = QStringLiteral("000001732540000000-0000-dev1");
    const QString id = QStringLiteral("0b6a3c1e-8d7f-4f2a-9c3b-1a2b3c4d5e6f");

    QJsonObject validMutation() const
    {
        return QJsonObject{
            {QStringLiteral("mutationId"), 1},
            {QStringLiteral("entity"), QStringLiteral("contact")},
            {QStringLiteral("recordId"), id},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("hlc"), clock},
            {QStringLiteral("fields"),
             QJsonObject{
                 {QStringLiteral("name"), QJsonObject{{QStringLiteral("value"), QStringLiteral("张三")},
                                                      {QStringLiteral("hlc"), clock}}},
                 {QStringLiteral("notes"), QJsonObject{{QStringLiteral("value"), QStringLiteral("n")},
                                                       {QStringLiteral("hlc"), clock},
                                                       {QStringLiteral("base"), clock}}}}},
            {QStringLiteral("sets"),
             QJsonObject{
                 {QStringLiteral("phones"), QJsonObject{{QStringLiteral("+8613800138000"),
                                                         QJsonObject{{QStringLiteral("add"), clock}}}}}}}};
    }

    static QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& v)
    {
        o.insert(key, v);
        return o;
    }

    static QJsonObject withField(QJsonObject m, const QString& field, const QJsonObject& fv)
    {
        QJsonObject fields = m.value(QStringLiteral("fields")).toObject();
        fields.insert(field, fv);
        m.insert(QStringLiteral("fields"), fields);
        return m;
    }

private slots:
    void uuidsAreLowercaseCanonical_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("canonical") << id << true;
        QTest::newRow("all digits") << QStringLiteral("01234567-8901-2345-6789-012345678901") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("uppercase") << id.toUpper() << false;
        QTest::newRow("no dashes") << QString(id).remove(QLatin1Char('-')) << false;
        QTest::newRow("dash moved") << QStringLiteral("0b6a3c1e8-d7f-4f2a-9c3b-1a2b3c4d5e6f") << false;
        QTest::newRow("letter past f") << QStringLiteral("0b6a3c1e-8d7f-4f2a-9c3b-1a2b3c4d5e6g") << false;
        QTest::newRow("one longer") << id + QLatin1Char('0') << false;
        QTest::newRow("one shorter") << id.chopped(1) << false;
        QTest::newRow("trailing newline") << id.chopped(1) + QLatin1Char('\n') << false;
    }

    void uuidsAreLowercaseCanonical()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isUuid(text), valid);
    }

    void mutationRoundTripsThroughJson()
    {
        auto m = Mutation::fromJson(validMutation(), QStringLiteral("m"));
        QVERIFY2(m.ok(), qPrintable(m.message()));
        QCOMPARE(m->fields.value(QStringLiteral("name")).value.toString(), QStringLiteral("张三"));
        QCOMPARE(m->bases.value(QStringLiteral("notes")).toString(), clock);
        QVERIFY(m->sets.value(QStringLiteral("phones")).value(QStringLiteral("+8613800138000")).present());
        QCOMPARE(m->toJson(), validMutation());
    }

    void mutationRejectsEachKindOfBadInput_data()
    {
        QTest::addColumn<QJsonObject>("mutation");
        QTest::addColumn<QString>("code");
        const QJsonObject v = validMutation();
        const QJsonObject fv{{QStringLiteral("value"), QStringLiteral("x")}, {QStringLiteral("hlc"), clock}};
        QTest::newRow("unknown key") << with(v, QStringLiteral("extra"), 1)
                                     << QStringLiteral("unknown_field");
        QTest::newRow("id as string")
            << with(v, QStringLiteral("mutationId"), QStringLiteral("1")) << QStringLiteral("wrong_type");
        QTest::newRow("fractional id")
            << with(v, QStringLiteral("mutationId"), 1.5) << QStringLiteral("wrong_type");
        QTest::newRow("huge id") << with(v, QStringLiteral("mutationId"), 1e300)
                                 << QStringLiteral("wrong_type");
        QTest::newRow("huge points") << withField(v, QStringLiteral("points"),
                                                  with(fv, QStringLiteral("value"), -1e300))
                                     << QStringLiteral("wrong_type");
        QTest::newRow("zero id") << with(v, QStringLiteral("mutationId"), 0)
                                 << QStringLiteral("invalid_value");
        QTest::newRow("missing record id") << [&] {
            QJsonObject o = v;
            o.remove(QStringLiteral("recordId"));
            return o;
        }() << QStringLiteral("missing_field");
        QTest::newRow("uppercase uuid")
            << with(v, QStringLiteral("recordId"), id.toUpper()) << QStringLiteral("invalid_value");
        QTest::newRow("unknown entity")
            << with(v, QStringLiteral("entity"), QStringLiteral("user")) << QStringLiteral("invalid_value");
        QTest::newRow("insert on mutable")
            << with(v, QStringLiteral("op"), QStringLiteral("insert")) << QStringLiteral("invalid_value");
        QTest::newRow("unknown field")
            << withField(v, QStringLiteral("salary"), fv) << QStringLiteral("unknown_field");
        QTest::newRow("field key") << withField(v, QStringLiteral("name"), with(fv, QStringLiteral("who"), 1))
                                   << QStringLiteral("unknown_field");
        QTest::newRow("base on LWW field")
            << withField(v, QStringLiteral("name"), with(fv, QStringLiteral("base"), clock))
            << QStringLiteral("unknown_field");
        QTest::newRow("int as string")
            << withField(v, QStringLiteral("points"), fv) << QStringLiteral("wrong_type");
        QTest::newRow("intent out of range")
            << withField(v, QStringLiteral("intent"), with(fv, QStringLiteral("value"), 9))
            << QStringLiteral("invalid_value");
        QTest::newRow("bad enum") << withField(v, QStringLiteral("stage"), fv)
                                  << QStringLiteral("invalid_value");
        QTest::newRow("bad date") << withField(
                                         v, QStringLiteral("birthday"),
                                         with(fv, QStringLiteral("value"), QStringLiteral("1990-02-30")))
                                  << QStringLiteral("invalid_value");
        QTest::newRow("long name") << withField(
                                          v, QStringLiteral("name"),
                                          with(fv, QStringLiteral("value"), QString(257, QLatin1Char('a'))))
                                   << QStringLiteral("string_too_long");
        QTest::newRow("bad field clock")
            << withField(v, QStringLiteral("name"), with(fv, QStringLiteral("hlc"), 5))
            << QStringLiteral("wrong_type");
        QTest::newRow("bad phone") << with(v, QStringLiteral("sets"),
                                           QJsonObject{
                                               {QStringLiteral("phones"),
                                                QJsonObject{{QStringLiteral("call me"),
                                                             QJsonObject{{QStringLiteral("add"), clock}}}}}})
                                   << QStringLiteral("invalid_value");
        QTest::newRow("empty set element")
            << with(v, QStringLiteral("sets"),
                    QJsonObject{
                        {QStringLiteral("phones"), QJsonObject{{QStringLiteral("123456"), QJsonObject{}}}}})
            << QStringLiteral("missing_field");
        QTest::newRow("delete with fields")
            << with(v, QStringLiteral("op"), QStringLiteral("delete")) << QStringLiteral("invalid_value");
    }

    void mutationRejectsEachKindOfBadInput()
    {
        QFETCH(QJsonObject, mutation);
        QFETCH(QString, code);
        const auto m = Mutation::fromJson(mutation, QStringLiteral("m"));
        QVERIFY(!m.ok());
        QCOMPARE(wireCode(m.error()), code);
    }

    void appendOnlyInsertNeedsItsRequiredFields()
    {
        QJsonObject f{{QStringLiteral("mutationId"), 3},
                      {QStringLiteral("entity"), QStringLiteral("followup")},
                      {QStringLiteral("recordId"), id},
                      {QStringLiteral("op"), QStringLiteral("insert")},
                      {QStringLiteral("hlc"), clock},
                      {QStringLiteral("fields"), QJsonObject{{QStringLiteral("contactId"),
                                                              QJsonObject{{QStringLiteral("value"), id},
                                                                          {QStringLiteral("hlc"), clock}}}}}};
        const auto missing = Mutation::fromJson(f, QStringLiteral("m"));
        QVERIFY(!missing.ok());
        QCOMPARE(wireCode(missing.error()), QStringLiteral("missing_field"));
        QVERIFY(
            !Mutation::fromJson(with(f, QStringLiteral("op"), QStringLiteral("upsert")), QStringLiteral("m"))
                 .ok());
    }

    void bodyParserRejectsInvalidUtf8AndNonObjects()
    {
        QCOMPARE(wireCode(parseJsonObject("{\"a\":\"\xc3\x28\"}", 100).error()),
                 QStringLiteral("invalid_utf8"));
        QCOMPARE(wireCode(parseJsonObject("{\"a\":\"\xed\xa0\x80\"}", 100).error()),
                 QStringLiteral("invalid_utf8"));
        QCOMPARE(wireCode(parseJsonObject("[]", 100).error()), QStringLiteral("bad_json"));
        QCOMPARE(wireCode(parseJsonObject("{\"a\":", 100).error()), QStringLiteral("bad_json"));
        QCOMPARE(wireCode(parseJsonObject(QByteArray(101, ' '), 100).error()),
                 QStringLiteral("body_too_large"));
        QVERIFY(parseJsonObject("{\"名\":\"张三\"}", 100).ok());
    }

    void pushRequestValidatesDeviceAndEveryMutation()
    {
        const QJsonObject ok{{QStringLiteral("deviceId"), QStringLiteral("dev1")},
                             {QStringLiteral("mutations"), QJsonArray{validMutation()}}};
        QVERIFY(PushRequest::fromJson(ok).ok());
        QVERIFY(!PushRequest::fromJson(with(ok, QStringLiteral("deviceId"), QStringLiteral("../dev"))).ok());
        const auto nested = PushRequest::fromJson(
            with(ok, QStringLiteral("mutations"),
                 QJsonArray{validMutation(), with(validMutation(), QStringLiteral("x"), 1)}));
        QVERIFY(!nested.ok());
        QVERIFY(nested.message().contains(QStringLiteral("mutations[1]")));
    }

    void pushResponseRoundTrips()
    {
        PushResponse r;
        r.results = {PushResult{1, QStringLiteral("applied"), {}},
                     PushResult{2, QStringLiteral("rejected"), QStringLiteral("forbidden")}};
        const auto back = PushResponse::fromJson(r.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->results.at(1).code, QStringLiteral("forbidden"));
        QVERIFY(
            !PushResponse::fromJson(
                 QJsonObject{{QStringLiteral("results"),
                              QJsonArray{QJsonObject{{QStringLiteral("mutationId"), 1},
                                                     {QStringLiteral("status"), QStringLiteral("maybe")}}}}})
                 .ok());
    }

    void pullResponseRoundTripsChangesAndRevokes()
    {
        PullResponse p;
        Change c;
        c.seq = 7;
        c.entity = QStringLiteral("contact");
        c.recordId = id;
        c.ownerId = id;
        c.state.fields.insert(QStringLiteral("name"),
                              FieldValue{QStringLiteral("李四"), Hlc::parse(clock).value()});
        c.state.conflicts.append(
            Conflict{QStringLiteral("notes"), QStringLiteral("old"), Hlc::parse(clock).value()});
        p.changes = {c};
        p.revokes = {id};
        p.nextCursor = 9;
        p.hasMore = true;
        const auto back = PullResponse::fromJson(p.toJson());
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(back->changes.first().state.fields.value(QStringLiteral("name")).value.toString(),
                 QStringLiteral("李四"));
        QCOMPARE(back->changes.first().state.conflicts, c.state.conflicts);
        QCOMPARE(back->revokes, p.revokes);
        QCOMPARE(back->nextCursor, 9);
        QVERIFY(back->hasMore);
        QVERIFY(!PullResponse::fromJson(
                     with(p.toJson(), QStringLiteral("revokes"), QJsonArray{QStringLiteral("x")}))
                     .ok());
    }

    void loginMessagesValidate()
    {
        const LoginRequest req{
            QStringLiteral("wang.fang"), QStringLiteral("secret-pw"), QStringLiteral("pc-1"), {}, {}};
        QVERIFY(LoginRequest::fromJson(req.toJson()).ok());
        QVERIFY(!LoginRequest::fromJson(with(req.toJson(), QStringLiteral("role"), QStringLiteral("admin")))
                     .ok());
        QVERIFY(!LoginRequest::fromJson(with(req.toJson(), QStringLiteral("password"), 123)).ok());
        QVERIFY(!LoginRequest::fromJson(with(req.toJson(), QStringLiteral("deviceId"), QString())).ok());
    }

    void errorBodyCarriesCodeAndMessage()
    {
        const QJsonObject body = errorBody(wireError(wire::Forbidden, QStringLiteral("not your contact")));
        const QJsonObject e = body.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(e.value(QStringLiteral("message")).toString(), QStringLiteral("not your contact"));
    }
};

QTEST_GUILESS_MAIN(TestProtocolCodec)
#include "TestProtocolCodec.moc"
