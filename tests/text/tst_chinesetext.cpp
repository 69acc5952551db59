#include "text/ChineseText.h"
#include "text/TextRuns.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

class TestChineseText : public QObject
{
    Q_OBJECT

private slots:
    void simplified()
    {
        QCOMPARE(ll::toSimplified(QStringLiteral("張三")), QStringLiteral("张三"));
        QCOMPARE(ll::toSimplified(QStringLiteral("張三豐 in 臺北")), QStringLiteral("张三丰 in 台北"));
        QCOMPARE(ll::toSimplified(QStringLiteral("Tom")), QStringLiteral("Tom"));
        QCOMPARE(ll::toSimplified(QString()), QString());
    }

    void fold()
    {
        QCOMPARE(ll::foldForSearch(QStringLiteral("  ＴＯＭ　　Lee １２３ ")), QStringLiteral("tom lee 123"));
        QCOMPARE(ll::foldForSearch(QStringLiteral("張三")), QStringLiteral("张三"));
        QCOMPARE(ll::foldForSearch(QStringLiteral("STRASSE")), QStringLiteral("strasse"));
        // Zero-width characters copied from chat apps disappear.
        QCOMPARE(ll::foldForSearch(QStringLiteral("张\u200B三")), QStringLiteral("张三"));
        QCOMPARE(ll::foldForSearch(QStringLiteral("\t\n ")), QString());
        // Text already in the folded form comes back as it is.
        QCOMPARE(ll::foldForSearch(QStringLiteral("tom 张三 𠀀")), QStringLiteral("tom 张三 𠀀"));
    }

    void pinyinBasics()
    {
        QCOMPARE(ll::pinyin(QStringLiteral("张三")), QStringLiteral("zhangsan"));
        QCOMPARE(ll::pinyinSyllables(QStringLiteral("张三")), (QStringList{"zhang", "san"}));
        QCOMPARE(ll::pinyinInitials(QStringLiteral("张三丰")), QStringLiteral("zsf"));
        QCOMPARE(ll::pinyin(QStringLiteral("張三")), QStringLiteral("zhangsan"));
        QCOMPARE(ll::pinyin(QString()), QString());
    }

    void pinyinMixed()
    {
        QCOMPARE(ll::pinyin(QStringLiteral("Tom张")), QStringLiteral("tomzhang"));
        QCOMPARE(ll::pinyinSyllables(QStringLiteral("Tom张")), (QStringList{"tom", "zhang"}));
        QCOMPARE(ll::pinyinInitials(QStringLiteral("Tom张")), QStringLiteral("tz"));
        QCOMPARE(ll::pinyin(QStringLiteral("小美🌸Amy 2号")), QStringLiteral("xiaomeiamy2hao"));
        QCOMPARE(ll::pinyinInitials(QStringLiteral("Tommy Lee")), QStringLiteral("tl"));
    }

    // ICU picks one reading per character from its word and surname rules. These document what
    // it does (and what we therefore index); a wrong reading here is ICU's data, not our code.
    void pinyinIcuReadings_data()
    {
        QTest::addColumn<QString>("han");
        QTest::addColumn<QString>("expected");
        QTest::newRow("重庆: word rule gives chong") << QStringLiteral("重庆") << QStringLiteral("chongqing");
        QTest::newRow("曾 as surname: zeng") << QStringLiteral("曾国藩") << QStringLiteral("zengguofan");
        QTest::newRow("单 as surname: shan") << QStringLiteral("单雄信") << QStringLiteral("shanxiongxin");
        QTest::newRow("长沙") << QStringLiteral("长沙") << QStringLiteral("changsha");
        QTest::newRow("吕: u-umlaut written v") << QStringLiteral("吕布") << QStringLiteral("lvbu");
        QTest::newRow("ICU limitation: 银行 read yinxing")
            << QStringLiteral("银行") << QStringLiteral("yinxing");
        QTest::newRow("extension B character") << QStringLiteral("\U00020000") << QStringLiteral("he");
    }
    void pinyinIcuReadings()
    {
        QFETCH(QString, han);
        QFETCH(QString, expected);
        QCOMPARE(ll::pinyin(han), expected);
    }

    // ICU writes some multi-character words without a space ("céngguó", "shìhǎo"); the syllable
    // list must still have one entry per character.
    void oneSyllablePerCharacter()
    {
        const QString text = QStringLiteral("我们都是好朋友曾国藩");
        QCOMPARE(ll::pinyinSyllables(text).size(), 10);
        QCOMPARE(ll::pinyinSyllables(text).join(u' '),
                 QStringLiteral("wo men dou shi hao peng you zeng guo fan"));
    }

    void han()
    {
        QVERIFY(ll::containsHan(QStringLiteral("Tom张")));
        QVERIFY(ll::containsHan(QStringLiteral("\U00020000")));
        QVERIFY(!ll::containsHan(QStringLiteral("Tom")));
        QVERIFY(!ll::containsHan(QStringLiteral("こんにちは")));
        QVERIFY(!ll::containsHan(QString()));
        // The high half of 𠀀 without its low half is no character at all.
        QVERIFY(!ll::containsHan(QString(QChar(0xD840)) + QLatin1Char('a')));
        QVERIFY(!ll::containsHan(QString(QChar(0xDC00))));
    }

    // Runs are the folded text's characters split by class; an unpaired surrogate separates like a symbol.
    void runsSplitOnUnpairedSurrogates()
    {
        using ll::TextRun;
        const QString text = QStringLiteral("ab") + QChar(0xD800) + QStringLiteral("cd 张") + QChar(0xDC00) +
                             QStringLiteral("三𠀀 josé ok");
        const QList<TextRun> expected{
            {TextRun::Kind::Word, QStringLiteral("ab")},   {TextRun::Kind::Word, QStringLiteral("cd")},
            {TextRun::Kind::Han, QStringLiteral("张")},    {TextRun::Kind::Han, QStringLiteral("三𠀀")},
            {TextRun::Kind::Word, QStringLiteral("jose")}, {TextRun::Kind::Word, QStringLiteral("ok")}};
        QCOMPARE(ll::splitRuns(text), expected);
    }

    // Transliterators are cached per thread; hammer them from several threads at once.
    void threadSafe()
    {
        ll::prepareChineseText();
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 6; ++t) {
            threads.emplace_back([&failures] {
                for (int i = 0; i < 300; ++i) {
                    if (ll::pinyin(QStringLiteral("张三丰重庆")) != QStringLiteral("zhangsanfengchongqing") ||
                        ll::foldForSearch(QStringLiteral("張三ＡＢ")) != QStringLiteral("张三ab"))
                        ++failures;
                }
            });
        }
        for (auto& th : threads)
            th.join();
        QCOMPARE(failures.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChineseText)
#include "tst_chinesetext.moc"
