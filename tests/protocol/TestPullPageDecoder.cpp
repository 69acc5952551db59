// The direct pull-page decoder against the QJsonDocument path it stands in for: whatever it accepts it
// reads exactly as PullResponse::fromJson does, and it never accepts a body that path rejects.
#include "PullPageDecoder.h"
#include "WireLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace ll;

namespace {

const QString clockA = QStringLiteral("000001732540000000-0000-dev1");
const QString clockB = QStringLiteral("000001732540000123-00ff-other_dev-2");

QString uuid(int i)
{
    return QStringLiteral("0b6a3c1e-8d7f-4f2a-9c3b-%1").arg(i, 12, 10, QLatin1Char('0'));
}

Hlc hlc(const QString& text)
{
    return Hlc::parse(text).value();
}

// A page with the shapes the server writes: every scalar kind, text that needs escaping, both set forms.
PullResponse samplePage()
{
    PullResponse p;
    Change contact;
    contact.seq = 41;
    contact.entity = QStringLiteral("contact");
    contact.recordId = uuid(1);
    contact.ownerId = uuid(2);
    contact.storeId = uuid(3);
    contact.state.fields.insert(QStringLiteral("name"), FieldValue{QStringLiteral("張三丰"), hlc(clockA)});
    contact.state.fields.insert(
        QStringLiteral("notes"),
        FieldValue{QStringLiteral("说 \"你好\"\\\n\ttab/斜杠 \u0001 😀 end"), hlc(clockB)});
    contact.state.fields.insert(QStringLiteral("points"), FieldValue{qint64(-1234567890123), hlc(clockA)});
    contact.state.fields.insert(QStringLiteral("lastContactedAt"),
                                FieldValue{qint64(1732540000123), hlc(clockB)});
    contact.state.fields.insert(QStringLiteral("city"),
                                FieldValue{QJsonValue(QJsonValue::Null), hlc(clockA)});
    contact.state.fields.insert(QStringLiteral("takenOverFrom"), FieldValue{QString(), hlc(clockA)});
    contact.state.sets[QStringLiteral("phones")].insert(QStringLiteral("+8613800138000"),
                                                        SetElement{hlc(clockA), std::nullopt});
    contact.state.sets[QStringLiteral("phones")].insert(QStringLiteral("+8601060000000"),
                                                        SetElement{hlc(clockA), hlc(clockB)});
    contact.state.sets[QStringLiteral("tags")].insert(uuid(9), SetElement{std::nullopt, hlc(clockB)});
    p.changes.append(contact);

    Change followUp;
    followUp.seq = 42;
    followUp.entity = QStringLiteral("followup");
    followUp.recordId = uuid(4);
    followUp.parentId = uuid(1);
    followUp.deleted = true;
    followUp.state.fields.insert(QStringLiteral("contactId"), FieldValue{uuid(1), hlc(clockA)});
    followUp.state.fields.insert(QStringLiteral("happenedAt"), FieldValue{qint64(0), hlc(clockA)});
    followUp.state.fields.insert(QStringLiteral("flag"), FieldValue{true, hlc(clockA)});
    p.changes.append(followUp);

    Change tag;
    tag.seq = (qint64(1) << 53) - 1;
    tag.entity = QStringLiteral("tag");
    tag.recordId = uuid(5);
    p.changes.append(tag);

    p.revokes = {uuid(6), uuid(7)};
    p.nextCursor = 42;
    p.hasMore = true;
    return p;
}

QByteArray bodyOf(const PullResponse& p, QJsonDocument::JsonFormat format = QJsonDocument::Compact)
{
    return QJsonDocument(p.toJson()).toJson(format);
}

Result<PullResponse> viaDocument(const QByteArray& body)
{
    return PullResponse::fromJson(QJsonDocument::fromJson(body).object());
}

QByteArray canonical(const PullResponse& p)
{
    return bodyOf(p);
}

} // namespace

class TestPullPageDecoder : public QObject
{
    Q_OBJECT

private:
    // Whatever the direct decoder makes of `body`, it must agree with the QJsonDocument path.
    static bool agrees(const QByteArray& body)
    {
        const auto fast = decodePullPageFast(body);
        const auto full = viaDocument(body);
        if (!fast)
            return decodePullPage(body).ok() == full.ok();
        return full.ok() && canonical(*fast) == canonical(full.value());
    }

private slots:
    void readsWhatTheServerWrites()
    {
        const PullResponse page = samplePage();
        for (auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            const QByteArray body = bodyOf(page, format);
            const auto fast = decodePullPageFast(body);
            QVERIFY(fast.has_value());
            QCOMPARE(canonical(*fast), canonical(viaDocument(body).value()));
            QCOMPARE(canonical(*fast), canonical(page));
            QCOMPARE(fast->changes.size(), 3);
            QCOMPARE(fast->changes.at(0).state.fields.value(QStringLiteral("notes")).value,
                     page.changes.at(0).state.fields.value(QStringLiteral("notes")).value);
            QCOMPARE(fast->changes.at(0).state.fields.value(QStringLiteral("points")).value.toInteger(),
                     qint64(-1234567890123));
            QVERIFY(fast->changes.at(0).state.fields.value(QStringLiteral("city")).value.isNull());
            QCOMPARE(fast->changes.at(0).state.sets.value(QStringLiteral("phones")).size(), 2);
            QVERIFY(fast->changes.at(1).deleted);
            QCOMPARE(fast->changes.at(1).parentId, uuid(1));
            QVERIFY(fast->changes.at(1).ownerId.isEmpty());
            QCOMPARE(fast->revokes, page.revokes);
            QVERIFY(fast->hasMore);
            QVERIFY(!fast->wipe);
        }
        PullResponse empty;
        empty.wipe = true;
        const auto wiped = decodePullPageFast(bodyOf(empty));
        QVERIFY(wiped.has_value());
        QVERIFY(wiped->wipe);
        QVERIFY(wiped->changes.isEmpty());
    }

    // Shapes it leaves to the full parser, valid or not; either way the answer is the full parser's.
    void declinesWhatItDoesNotRead_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray ok = bodyOf(samplePage());
        auto replaced = [&](const char* from, const char* to) {
            QByteArray b = ok;
            const qsizetype at = b.indexOf(from);
            return at < 0 ? QByteArray() : b.replace(at, qstrlen(from), to);
        };
        QTest::newRow("conflicts") << replaced("\"conflicts\":[]",
                                               "\"conflicts\":[{\"field\":\"notes\",\"value\":\"x\",\"hlc\":"
                                               "\"000001732540000000-0000-dev1\"}]");
        QTest::newRow("array value") << replaced("\"value\":0", "\"value\":[1,2]");
        QTest::newRow("fraction") << replaced("\"value\":0", "\"value\":0.5");
        QTest::newRow("exponent") << replaced("\"value\":0", "\"value\":1e3");
        QTest::newRow("minus zero") << replaced("\"value\":0", "\"value\":-0");
        QTest::newRow("leading zero") << replaced("\"nextCursor\":42", "\"nextCursor\":042");
        QTest::newRow("huge integer") << replaced("\"value\":0", "\"value\":12345678901234567890");
        QTest::newRow("seq zero") << replaced("\"seq\":41", "\"seq\":0");
        QTest::newRow("seq past 2^53") << replaced("\"seq\":41", "\"seq\":9007199254740993");
        QTest::newRow("negative cursor") << replaced("\"nextCursor\":42", "\"nextCursor\":-1");
        QTest::newRow("duplicate member")
            << replaced("\"hasMore\":true", "\"hasMore\":true,\"hasMore\":false");
        QTest::newRow("duplicate field")
            << replaced("\"fields\":{", "\"fields\":{\"name\":{\"value\":\"a\",\"hlc\":"
                                        "\"000001732540000000-0000-dev1\"},");
        QTest::newRow("unknown member") << replaced("\"wipe\":false", "\"wipe\":false,\"more\":1");
        QTest::newRow("extra in field") << replaced("\"value\":0", "\"value\":0,\"why\":1");
        QTest::newRow("missing hlc") << replaced("{\"hlc\":\"000001732540000000-0000-dev1\",", "{");
        QTest::newRow("bad hlc") << replaced("000001732540000123-00ff", "000001732540000123-00FF");
        QTest::newRow("empty element") << replaced("{\"remove\":", "{\"x\":");
        QTest::newRow("bad uuid") << replaced("0b6a3c1e-8d7f-4f2a-9c3b-000000000001",
                                              "0B6A3C1E-8d7f-4f2a-9c3b-000000000001");
        QTest::newRow("empty uuid") << replaced("\"parentId\":null", "\"parentId\":\"\"");
        QTest::newRow("unknown entity") << replaced("\"entity\":\"tag\"", "\"entity\":\"tags\"");
        QTest::newRow("escaped key") << replaced("\"name\":{", "\"na\\u006de\":{");
        QTest::newRow("lone surrogate") << replaced("張三丰", "\\ud800x");
        QTest::newRow("bad escape") << replaced("張三丰", "\\x41");
        QTest::newRow("raw control") << replaced("張三丰", "a\tb");
        QTest::newRow("invalid utf-8") << replaced("張三丰", "\xff\xfe");
        QTest::newRow("string for bool") << replaced("\"hasMore\":true", "\"hasMore\":\"true\"");
        QTest::newRow("null for required") << replaced("\"deleted\":true", "\"deleted\":null");
        QTest::newRow("trailing garbage") << ok + "x";
        QTest::newRow("trailing comma") << replaced("\"wipe\":false}", "\"wipe\":false,}");
        QTest::newRow("not an object") << QByteArray("[1]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("revoke not uuid") << replaced("\"revokes\":[", "\"revokes\":[\"x\",");
    }

    void declinesWhatItDoesNotRead()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!body.isEmpty() || QTest::currentDataTag() == QByteArray("empty"));
        QVERIFY(!decodePullPageFast(body).has_value());
        QVERIFY(agrees(body));
    }

    void declinesMoreChangesThanTheLimit()
    {
        PullResponse p;
        Change c = samplePage().changes.at(2);
        for (int i = 0; i <= limits::MaxPullLimit; ++i)
            p.changes.append(c);
        QVERIFY(!decodePullPageFast(bodyOf(p)).has_value());
        QVERIFY(!decodePullPage(bodyOf(p)).ok());
        p.changes.removeLast();
        QVERIFY(decodePullPageFast(bodyOf(p)).has_value());
    }

    // Every prefix, and many single-byte changes, of a real body: never a crash, never a disagreement.
    void agreesOnDamagedBodies()
    {
        const QByteArray ok = bodyOf(samplePage());
        for (qsizetype n = 0; n < ok.size(); ++n)
            QVERIFY2(agrees(ok.left(n)), qPrintable(QString::number(n)));
        QRandomGenerator random(20261125);
        const QByteArray alphabet("{}[]\",:0123456789-.eE\\u tfnrl/xabcd\xe5\xff");
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray damaged = ok;
            const qsizetype at = random.bounded(damaged.size());
            damaged[at] = alphabet.at(random.bounded(alphabet.size()));
            if (decodePullPageFast(damaged))
                ++accepted;
            QVERIFY2(agrees(damaged), damaged.constData());
        }
        QVERIFY(accepted > 0); // some changes keep it valid (a digit for a digit): those must read the same
    }
};

QTEST_GUILESS_MAIN(TestPullPageDecoder)
#include "TestPullPageDecoder.moc"
