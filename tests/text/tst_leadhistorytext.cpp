#include "text/LeadHistoryText.h"
#include "text/SearchTokens.h"

#include <QTest>

using ll::composeLeadHistoryLine;
using ll::notesSearchText;

namespace {

ll::LeadHistoryFields sourceAndTime(const QString& source, const QString& createdText)
{
    ll::LeadHistoryFields f;
    f.source = source;
    f.createdText = createdText;
    return f;
}

} // namespace

class TestLeadHistoryText : public QObject
{
    Q_OBJECT

private slots:
    // The exact line earlier versions wrote: a re-import finds its line in notes by equality, so the text
    // must never drift.
    void lineKeepsItsFormat()
    {
        QCOMPARE(composeLeadHistoryLine({QStringLiteral("抖音"), QStringLiteral("2026-10-01 09:30"),
                                         QStringLiteral("王丽"), QString(), QStringLiteral("上海"),
                                         QStringLiteral("高"), QStringLiteral("801/802"),
                                         QStringLiteral("周末到店 / 再联系")}),
                 QStringLiteral("【线索导入】来源:抖音 · 留资时间:2026-10-01 09:30 · 姓名:王丽 · 城市:上海 · "
                                "意向:高 · 分机:801/802 · 备注:周末到店 / 再联系"));
        QCOMPARE(composeLeadHistoryLine({}), QStringLiteral("【线索导入】"));
        QCOMPARE(composeLeadHistoryLine([] {
                     ll::LeadHistoryFields f;
                     f.nickname = QStringLiteral("小王");
                     return f;
                 }()),
                 QStringLiteral("【线索导入】昵称:小王"));
    }

    void searchTextKeepsValuesOnly()
    {
        const QString line = composeLeadHistoryLine(
            {QStringLiteral("抖音"), QStringLiteral("2026-10-01 09:30"), QStringLiteral("王丽"),
             QStringLiteral("丽丽"), QStringLiteral("上海"), QStringLiteral("高"), QStringLiteral("801"),
             QStringLiteral("想了解套装")});
        QCOMPARE(notesSearchText(line), QStringLiteral("抖音 王丽 丽丽 上海 801 想了解套装"));
    }

    void otherLinesStayAsTheyAre()
    {
        const QString typed = QStringLiteral("来源:朋友介绍 · 意向:高\n喜欢玫瑰味");
        QCOMPARE(notesSearchText(typed), typed);
        const QString mixed =
            QStringLiteral("她下周生日\n") +
            composeLeadHistoryLine(sourceAndTime(QStringLiteral("美团"), QStringLiteral("2026-10-02"))) +
            QStringLiteral("\n回访过");
        QCOMPARE(notesSearchText(mixed), QStringLiteral("她下周生日\n美团\n回访过"));
    }

    // A value holding the separator itself goes on after it; what stands before any label is kept.
    void unlabelledPartsFollowTheirValue()
    {
        QCOMPARE(
            notesSearchText(QStringLiteral("【线索导入】来源:线下 · 活动 · 留资时间:10-01 · 午后 · 备注:好")),
            QStringLiteral("线下 活动 好"));
        QCOMPARE(notesSearchText(QStringLiteral("【线索导入】手写的一行 · 来源:抖音")),
                 QStringLiteral("手写的一行 抖音"));
    }

    // What this buys: an imported lead's entry no longer holds the marker, labels, time and intent that every
    // lead shares, and still holds what someone would search for.
    void leadTokensLeaveOutSharedText()
    {
        ll::SearchDocument doc;
        doc.name = QStringLiteral("王丽");
        doc.phones = {QStringLiteral("13800138000")};
        doc.city = QStringLiteral("上海");
        doc.notes = composeLeadHistoryLine({QStringLiteral("抖音"), QStringLiteral("2026-10-01 09:30"),
                                            QStringLiteral("王丽"), QString(), QStringLiteral("上海"),
                                            QStringLiteral("高"), QString(), QStringLiteral("想了解套装")});
        const QStringList tokens = ll::searchTokensFor(doc).split(u' ');
        for (const char* kept : {"抖音", "套装", "了解"})
            QVERIFY2(tokens.contains(QString::fromUtf8(kept)), kept);
        for (const char* dropped : {"线索", "导入", "来源", "留资", "时间", "2026", "意向", "高"})
            QVERIFY2(!tokens.contains(QString::fromUtf8(dropped)), dropped);
    }
};

QTEST_GUILESS_MAIN(TestLeadHistoryText)
#include "tst_leadhistorytext.moc"
