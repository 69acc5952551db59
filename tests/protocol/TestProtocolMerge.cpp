#include "Merge.h"

#include <QTest>

using namespace ll;

class TestProtocolMerge : public QObject
{
    Q_OBJECT

private:
    static Hlc at(qint64 wall, const QString& device = QStringLiteral("a"))
    {
        return Hlc::make(wall, 0, device).value();
    }

    static Mutation upsert(const QString& field, const QJsonValue& value, const Hlc& hlc,
                           std::optional<Hlc> base = std::nullopt)
    {
        Mutation m;
        m.mutationId = 1;
        m.entity = QStringLiteral("contact");
        m.recordId = QStringLiteral("0b6a3c1e-8d7f-4f2a-9c3b-1a2b3c4d5e6f");
        m.op = QStringLiteral("upsert");
        m.hlc = hlc;
        m.fields.insert(field, FieldValue{value, hlc});
        if (base)
            m.bases.insert(field, *base);
        return m;
    }

    static Mutation setOp(const QString& element, std::optional<Hlc> add, std::optional<Hlc> remove)
    {
        Mutation m = upsert(QStringLiteral("city"), QStringLiteral("x"), at(1));
        m.fields.clear();
        m.sets[QStringLiteral("tags")].insert(element, SetElement{add, remove});
        return m;
    }

private slots:
    void laterWriteWinsPerField()
    {
        RecordState s;
        QVERIFY(applyUpsert(s, upsert(QStringLiteral("city"), QStringLiteral("上海"), at(200))).changed);
        QVERIFY(!applyUpsert(s, upsert(QStringLiteral("city"), QStringLiteral("北京"), at(100))).changed);
        QCOMPARE(s.fields.value(QStringLiteral("city")).value.toString(), QStringLiteral("上海"));
        QVERIFY(applyUpsert(s, upsert(QStringLiteral("city"), QStringLiteral("杭州"), at(300))).changed);
        QCOMPARE(s.fields.value(QStringLiteral("city")).value.toString(), QStringLiteral("杭州"));
        // Another field is independent of the first one's clock.
        QVERIFY(applyUpsert(s, upsert(QStringLiteral("name"), QStringLiteral("王"), at(50))).changed);
        QCOMPARE(s.fields.size(), 2);
    }

    void equalWallTimeIsBrokenByDeviceId()
    {
        RecordState one;
        RecordState two;
        const Mutation fromA =
            upsert(QStringLiteral("city"), QStringLiteral("A"), at(100, QStringLiteral("a")));
        const Mutation fromB =
            upsert(QStringLiteral("city"), QStringLiteral("B"), at(100, QStringLiteral("b")));
        (void)applyUpsert(one, fromA);
        (void)applyUpsert(one, fromB);
        (void)applyUpsert(two, fromB);
        (void)applyUpsert(two, fromA);
        QCOMPARE(one.fields.value(QStringLiteral("city")).value.toString(), QStringLiteral("B"));
        QCOMPARE(two.fields.value(QStringLiteral("city")).value.toString(), QStringLiteral("B"));
    }

    void setAddWinsOverConcurrentRemove()
    {
        RecordState s;
        (void)applyUpsert(s, setOp(QStringLiteral("vip"), at(100), std::nullopt));
        QVERIFY(s.sets[QStringLiteral("tags")][QStringLiteral("vip")].present());
        (void)applyUpsert(s, setOp(QStringLiteral("vip"), std::nullopt, at(100)));
        QVERIFY(s.sets[QStringLiteral("tags")][QStringLiteral("vip")].present()); // tie: add wins
        (void)applyUpsert(s, setOp(QStringLiteral("vip"), std::nullopt, at(150)));
        QVERIFY(!s.sets[QStringLiteral("tags")][QStringLiteral("vip")].present());
        (void)applyUpsert(
            s, setOp(QStringLiteral("vip"), at(120), std::nullopt)); // older add does not resurrect
        QVERIFY(!s.sets[QStringLiteral("tags")][QStringLiteral("vip")].present());
        (void)applyUpsert(s, setOp(QStringLiteral("vip"), at(200), std::nullopt));
        QVERIFY(s.sets[QStringLiteral("tags")][QStringLiteral("vip")].present());
    }

    void notesEditedWithoutSeeingTheCurrentValueKeepBoth()
    {
        RecordState s;
        const Hlc first = at(100);
        (void)applyUpsert(s, upsert(QStringLiteral("notes"), QStringLiteral("first"), first));
        // Sequential edit: the writer saw "first", so it simply replaces it.
        const Hlc second = at(200, QStringLiteral("b"));
        auto seq = applyUpsert(s, upsert(QStringLiteral("notes"), QStringLiteral("second"), second, first));
        QVERIFY(seq.changed);
        QVERIFY(seq.newConflicts.isEmpty());
        // Concurrent edit based on "first": it is newer, so it wins, and "second" is kept.
        const auto conc = applyUpsert(
            s, upsert(QStringLiteral("notes"), QStringLiteral("third"), at(300, QStringLiteral("c")), first));
        QCOMPARE(s.fields.value(QStringLiteral("notes")).value.toString(), QStringLiteral("third"));
        QCOMPARE(conc.newConflicts.size(), 1);
        QCOMPARE(s.conflicts.size(), 1);
        QCOMPARE(s.conflicts.first().value.toString(), QStringLiteral("second"));
        QCOMPARE(s.conflicts.first().hlc, second);
    }

    void olderConcurrentNoteIsKeptAsConflictNotLost()
    {
        RecordState s;
        (void)applyUpsert(s, upsert(QStringLiteral("notes"), QStringLiteral("newer"), at(500)));
        const Mutation late =
            upsert(QStringLiteral("notes"), QStringLiteral("typed offline"), at(400, QStringLiteral("b")));
        QVERIFY(applyUpsert(s, late).changed);
        QCOMPARE(s.fields.value(QStringLiteral("notes")).value.toString(), QStringLiteral("newer"));
        QCOMPARE(s.conflicts.size(), 1);
        QCOMPARE(s.conflicts.first().value.toString(), QStringLiteral("typed offline"));
        // Seeing the same edit again records nothing new.
        QVERIFY(!applyUpsert(s, late).changed);
        QCOMPARE(s.conflicts.size(), 1);
    }

    void plainLwwFieldNeverRecordsConflicts()
    {
        RecordState s;
        (void)applyUpsert(s, upsert(QStringLiteral("city"), QStringLiteral("a"), at(500)));
        (void)applyUpsert(s,
                          upsert(QStringLiteral("city"), QStringLiteral("b"), at(400, QStringLiteral("b"))));
        QVERIFY(s.conflicts.isEmpty());
    }

    void stateMergeIsCommutativeAndIdempotent()
    {
        RecordState x;
        (void)applyUpsert(x, upsert(QStringLiteral("city"), QStringLiteral("x-city"), at(100)));
        (void)applyUpsert(x, setOp(QStringLiteral("t1"), at(100), std::nullopt));
        x.conflicts.append(Conflict{QStringLiteral("notes"), QStringLiteral("lost"), at(5)});
        RecordState y;
        (void)applyUpsert(
            y, upsert(QStringLiteral("city"), QStringLiteral("y-city"), at(200, QStringLiteral("b"))));
        (void)applyUpsert(
            y, upsert(QStringLiteral("name"), QStringLiteral("y-name"), at(50, QStringLiteral("b"))));
        (void)applyUpsert(y, setOp(QStringLiteral("t1"), std::nullopt, at(150, QStringLiteral("b"))));

        RecordState xy = x;
        QVERIFY(mergeState(xy, y));
        RecordState yx = y;
        QVERIFY(mergeState(yx, x));
        QCOMPARE(xy.fieldsJson(), yx.fieldsJson());
        QCOMPARE(xy.setsJson(), yx.setsJson());
        QCOMPARE(xy.conflicts, yx.conflicts);
        QCOMPARE(xy.fields.value(QStringLiteral("city")).value.toString(), QStringLiteral("y-city"));
        QVERIFY(!xy.sets[QStringLiteral("tags")][QStringLiteral("t1")].present());
        QVERIFY(!mergeState(xy, y));
        QVERIFY(!mergeState(xy, x));
    }

    void recordStateSurvivesJsonRoundTrip()
    {
        RecordState s;
        (void)applyUpsert(s, upsert(QStringLiteral("name"), QStringLiteral("张三"), at(100)));
        (void)applyUpsert(s, setOp(QStringLiteral("t"), at(100), at(90)));
        s.conflicts.append(Conflict{QStringLiteral("notes"), QStringLiteral("old"), at(7)});
        const auto back = RecordState::fromJson(s.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), s.toJson());
    }
};

QTEST_GUILESS_MAIN(TestProtocolMerge)
#include "TestProtocolMerge.moc"
