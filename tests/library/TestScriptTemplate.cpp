#include "library/ScriptTemplate.h"
#include "library/SensitiveWords.h"

#include <QTest>

using namespace ll;
using namespace ll::script_template;

namespace {

QSet<QString> builtins()
{
    const QStringList names = builtinPlaceholders();
    return QSet<QString>(names.cbegin(), names.cend());
}

} // namespace

class TestScriptTemplate : public QObject
{
    Q_OBJECT

private slots:
    void placeholdersAreFilledFromTheCustomer()
    {
        QSet<QString> known = builtins();
        known.insert(QStringLiteral("会员等级"));
        const QHash<QString, QString> values{{QStringLiteral("name"), QStringLiteral("王女士")},
                                             {QStringLiteral("product"), QStringLiteral("香薰精油")},
                                             {QStringLiteral("days_since_purchase"), QStringLiteral("85")},
                                             {QStringLiteral("会员等级"), QStringLiteral("金卡")}};
        const Rendered r = render(QStringLiteral("{name}您好，您{days_since_purchase}天前购买的{product}快用完了。{会员等级}会员专享9折。"),
                                  known, values);
        QVERIFY(r.ok());
        QCOMPARE(r.text, QStringLiteral("王女士您好，您85天前购买的香薰精油快用完了。金卡会员专享9折。"));
        QCOMPARE(parse(QStringLiteral("{name}{product}{name}")).placeholders,
                 (QStringList{QStringLiteral("name"), QStringLiteral("product")}));
    }

    void doubledBracesAreLiteralBraces()
    {
        const QHash<QString, QString> values{{QStringLiteral("name"), QStringLiteral("李")}};
        Rendered r = render(QStringLiteral("{{name}} 会显示为 {{name}}，{name} 会被替换；}}{{"), builtins(), values);
        QVERIFY2(r.ok(), qPrintable(r.problemText()));
        QCOMPARE(r.text, QStringLiteral("{name} 会显示为 {name}，李 会被替换；}{"));
        // {{{name}}} is a literal brace, the value, a literal brace.
        r = render(QStringLiteral("{{{name}}}"), builtins(), values);
        QCOMPARE(r.text, QStringLiteral("{李}"));
        QCOMPARE(render(escape(QStringLiteral("a{b}c}")), builtins(), values).text, QStringLiteral("a{b}c}"));
        // A value is never parsed as a template.
        const QHash<QString, QString> braces{{QStringLiteral("name"), QStringLiteral("{nickname}")}};
        QCOMPARE(render(QStringLiteral("{name}"), builtins(), braces).text, QStringLiteral("{nickname}"));
    }

    void unknownAndMissingPlaceholdersFailTheRender()
    {
        const QHash<QString, QString> values{{QStringLiteral("name"), QStringLiteral("王女士")}};
        const Rendered r = render(QStringLiteral("{name}，{nick_name}和{product}，{shop}"), builtins(), values);
        QVERIFY(!r.ok());
        QVERIFY(r.text.isEmpty()); // nothing half-rendered to copy
        QCOMPARE(r.unknown, (QStringList{QStringLiteral("nick_name"), QStringLiteral("shop")}));
        QCOMPARE(r.missing, QStringList{QStringLiteral("product")});
        QVERIFY(r.problemText().contains(QStringLiteral("{nick_name}")));
        QVERIFY(r.problemText().contains(QStringLiteral("{product}")));
    }

    void unpairedBracesAreReportedWithTheirPosition()
    {
        const Parsed p = parse(QStringLiteral("您好{ name}，优惠}截止{名字"));
        // "{ name}" is two errors: the "{" not followed by a name and the "}" that closes nothing.
        QCOMPARE(p.syntaxErrors.size(), 4);
        QCOMPARE(p.syntaxErrors.at(0).position, 2);
        QCOMPARE(p.syntaxErrors.at(1).position, 8);
        QCOMPARE(p.syntaxErrors.at(2).position, 12);
        QCOMPARE(p.syntaxErrors.at(3).position, 15);
        QVERIFY(!render(QStringLiteral("a}b"), builtins(), {}).ok());
        QCOMPARE(parse(QStringLiteral("{%1}").arg(QString(41, QLatin1Char('a')))).syntaxErrors.size(), 2); // name too long
        QCOMPARE(parse(QStringLiteral("{}")).syntaxErrors.size(), 2); // an empty name: both braces are unpaired
    }

    void sensitiveWordsAreFoundWithPositions()
    {
        const QStringList words{QStringLiteral("加微信"), QStringLiteral("VX"), QStringLiteral("最便宜"),
                                QStringLiteral("红包")};
        const QString text = QStringLiteral("全网最便宜！加微信或ｖｘ：abc，送紅包；vxd 不算");
        const QList<SensitiveHit> hits = SensitiveWords::find(text, words);
        QCOMPARE(hits.size(), 4);
        QCOMPARE(hits.at(0).word, QStringLiteral("最便宜"));
        QCOMPARE(hits.at(0).position, 2);
        QCOMPARE(hits.at(0).length, 3);
        QCOMPARE(text.mid(hits.at(1).position, hits.at(1).length), QStringLiteral("加微信"));
        QCOMPARE(hits.at(2).word, QStringLiteral("VX"));
        QCOMPARE(text.mid(hits.at(2).position, hits.at(2).length), QStringLiteral("ｖｘ")); // full width
        QCOMPARE(hits.at(3).word, QStringLiteral("红包"));
        QCOMPARE(text.mid(hits.at(3).position, hits.at(3).length), QStringLiteral("紅包")); // traditional
        QVERIFY(SensitiveWords::find(QStringLiteral("class"), {QStringLiteral("ass")}).isEmpty());
        QCOMPARE(SensitiveWords::find(QStringLiteral("免费免费"), {QStringLiteral("免费")}).size(), 2);
        QVERIFY(SensitiveWords::describe(hits).contains(QStringLiteral("加微信")));
    }
};

QTEST_GUILESS_MAIN(TestScriptTemplate)
#include "TestScriptTemplate.moc"
