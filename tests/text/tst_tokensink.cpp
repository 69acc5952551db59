#include "text/TokenSink.h"

#include <QSet>
#include <QStringList>
#include <QTest>

using ll::TokenSink;

namespace {

// What the sink must give, the plain way: each token once, in first-seen order, joined by spaces.
QString uniqueJoined(const QStringList& tokens)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& t : tokens)
        if (!t.isEmpty() && !seen.contains(t)) {
            seen.insert(t);
            out << t;
        }
    return out.join(u' ');
}

QString addAll(const QStringList& tokens)
{
    TokenSink sink;
    for (const QString& t : tokens)
        sink.add(t);
    return sink.joined();
}

} // namespace

class TestTokenSink : public QObject
{
    Q_OBJECT

private slots:
    void keepsFirstSeenOrderAndDropsRepeats()
    {
        TokenSink sink;
        QVERIFY(sink.add(u"b"));
        QVERIFY(sink.add(u"a"));
        QVERIFY(!sink.add(u"b"));
        QVERIFY(sink.add(u"c"));
        QVERIFY(!sink.add(u"a"));
        QCOMPARE(sink.joined(), QStringLiteral("b a c"));
    }

    void emptyTokensAreNeverAdded()
    {
        TokenSink sink;
        QVERIFY(!sink.add(QStringView()));
        QVERIFY(!sink.add(u""));
        // Null as QStringList::join gives it: a null string binds as SQL NULL, an empty one as ''.
        QVERIFY(sink.joined().isNull());
        QVERIFY(sink.add(u"x"));
        QVERIFY(!sink.add(u""));
        QCOMPARE(sink.joined(), QStringLiteral("x"));
    }

    // Prefixes of each other and tokens that differ only in their last character are all distinct.
    void tokensDifferingLateOrByLengthStayDistinct()
    {
        QStringList tokens{"a",        "ab", "abc", "abcdefgh", "abcdefgi",
                           "abcdefgh", "ab", "张",  "张三",     "张三丰"};
        for (int i = 0; i < 50; ++i)
            tokens << QStringLiteral("abcdefghijklmnop%1").arg(i)
                   << QStringLiteral("abcdefghijklmnop%1").arg(i % 7);
        QCOMPARE(addAll(tokens), uniqueJoined(tokens));
    }

    // Far more tokens than the table first holds, each seen again later: the table grows and still finds
    // every earlier token.
    void manyTokensPastTheTableGrowthStayUnique()
    {
        QStringList tokens;
        for (int i = 0; i < 3000; ++i) {
            tokens << QStringLiteral("w%1").arg(i);
            tokens << QStringLiteral("w%1").arg(i / 3);
            tokens << QString(QChar(0x4E00 + i % 500)) + QChar(0x4E00 + i % 41);
        }
        QCOMPARE(addAll(tokens), uniqueJoined(tokens));
    }

    // Characters outside the BMP are surrogate pairs; two tokens sharing a high surrogate are different.
    void surrogatePairsCompareWhole()
    {
        const QStringList tokens{QStringLiteral("𠀀"), QStringLiteral("𠀁"), QStringLiteral("𠀀𠀁"),
                                 QStringLiteral("𠀀"), QStringLiteral("😀")};
        QCOMPARE(addAll(tokens), uniqueJoined(tokens));
    }

    // A token is a view into someone else's string: the sink keeps its own copy.
    void addedTokensDoNotDependOnTheirSource()
    {
        TokenSink sink;
        QString source = QStringLiteral("hello world");
        sink.add(QStringView(source).first(5));
        source.replace(0, 5, QStringLiteral("jelly"));
        QVERIFY(sink.add(QStringView(source).first(5)));
        QVERIFY(!sink.add(u"hello"));
        QCOMPARE(sink.joined(), QStringLiteral("hello jelly"));
    }
};

QTEST_GUILESS_MAIN(TestTokenSink)
#include "tst_tokensink.moc"
