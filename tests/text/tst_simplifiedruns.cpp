// Traditional -> Simplified converts runs of the table's characters one by one, memoised; these tests hold
// that shortcut to the plain rule engine over whole texts, on every rule of ICU's table.
#include "text/ChineseText.h"
#include "text/IcuTransliteration.h"

#include <QTest>

#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <memory>
#include <thread>

namespace {

using ll::icu_text::Transform;

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

std::unique_ptr<icu::Transliterator> table()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    return U_FAILURE(status) ? nullptr : std::move(t);
}

// The left-hand sides of the table's rules ("薑片 > 姜片;" -> 薑片), several characters long included.
QStringList ruleKeys(const icu::Transliterator& t)
{
    icu::UnicodeString rules;
    t.toRules(rules, false);
    QStringList keys;
    for (const QString& line : fromIcu(rules).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype arrow = line.indexOf(QLatin1String(" > "));
        if (arrow > 0)
            keys << line.left(arrow).trimmed();
    }
    return keys;
}

QString simplified(const QString& s)
{
    return ll::icu_text::transliterate(Transform::TraditionalToSimplified, s);
}

QString simplifiedWhole(const QString& s)
{
    return ll::icu_text::transliterateWhole(Transform::TraditionalToSimplified, s);
}

} // namespace

class TestSimplifiedRuns : public QObject
{
    Q_OBJECT

private slots:
    void shortcutIsUsed()
    {
        // Otherwise the comparisons below would compare the rule engine with itself.
        QVERIFY(ll::icu_text::convertsByRuns(Transform::TraditionalToSimplified));
    }

    void mixedSamplesMatchTheWholeTransform()
    {
        const QStringList samples = {
            QStringLiteral("張三豐 in 臺北"),
            QStringLiteral("生薑片 · 鬼子薑 / 單于 鮮于 崑崙 金崙溪"),
            QStringLiteral("\u2063來源:抖音廣告 · 留資時間:2025-03-01 10:00 · 姓名:陳小明 · 備註:想買戒指"),
            QStringLiteral(
                "Tom 李 José 😀 國際 👍🏻 電話 13800138000 ＡＢＣ 𠀀𠀁 簡体 简体"),
            QStringLiteral("薑薑薑片薑 于飛于歸 單單于于"),
            QStringLiteral("只有简体字的一句话"),
            QStringLiteral("plain ascii"),
            QStringLiteral("\U0001F600\u200B\uFEFF"),
        };
        for (int round = 0; round < 2; ++round) // the second round reads the memoised runs
            for (const QString& s : samples)
                QCOMPARE(simplified(s), simplifiedWhole(s));
        QCOMPARE(ll::toSimplified(QStringLiteral("生薑 崑山 乾隆")),
                 simplifiedWhole(QStringLiteral("生薑 崑山 乾隆")));
    }

    // The source set is read code point by code point: an unpaired surrogate is one of its own, beside
    // Traditional characters inside and outside the BMP.
    void unpairedSurrogatesMatchTheWholeTransform()
    {
        const QString high(QChar(0xD842));
        const QString low(QChar(0xDC01));
        const QStringList samples = {high + QStringLiteral("薑") + low,
                                     QStringLiteral("薑") + high + QStringLiteral("𠀀薑") + low + low,
                                     low + QStringLiteral("單于") + high,
                                     QStringLiteral("乾") + high + high + QStringLiteral("隆"),
                                     high,
                                     low};
        for (const QString& s : samples)
            QCOMPARE(simplified(s), simplifiedWhole(s));
    }

    void everyRuleMatchesTheWholeTransform()
    {
        const auto t = table();
        QVERIFY(t);
        const QStringList keys = ruleKeys(*t);
        QVERIFY2(keys.size() > 1000, qPrintable(QString::number(keys.size())));
        // Each key alone, glued to its neighbours (so runs join up into longer ones), and between other
        // text, both in one long text and one by one.
        const QStringList separators = {QString(),           QStringLiteral(" "),  QStringLiteral("a"),
                                        QStringLiteral("😀"), QStringLiteral("简"), QStringLiteral("\n")};
        for (const QString& sep : separators) {
            const QString joined = keys.join(sep);
            QCOMPARE(simplified(joined), simplifiedWhole(joined));
        }
        for (const QString& key : keys) {
            QCOMPARE(simplified(key), simplifiedWhole(key));
            const QString framed = QStringLiteral("x") + key + QStringLiteral(" ") + key + key;
            QCOMPARE(simplified(framed), simplifiedWhole(framed));
        }
    }

    void everySourceCharacterMatchesTheWholeTransform()
    {
        const auto t = table();
        QVERIFY(t);
        icu::UnicodeSet source;
        t->getSourceSet(source);
        QVERIFY(source.size() > 1000);
        QString text;
        for (int32_t i = 0; i < source.getRangeCount(); ++i)
            for (UChar32 c = source.getRangeStart(i); c <= source.getRangeEnd(i); ++c) {
                text += QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
                if (c % 3 == 0)
                    text += QLatin1Char(' ');
            }
        QCOMPARE(simplified(text), simplifiedWhole(text));
    }

    void threadsGetTheSameResult()
    {
        const QString text = QStringLiteral("生薑片 張三 臺北 單于");
        const QString expected = simplifiedWhole(text);
        QString seen;
        std::thread other([&] { seen = simplified(text); });
        other.join();
        QCOMPARE(seen, expected);
    }
};

QTEST_GUILESS_MAIN(TestSimplifiedRuns)
#include "tst_simplifiedruns.moc"
