#include "LeadCsv.h"

#include <QStringList>

namespace llbench {

namespace {

const QStringList kSources{QStringLiteral("抖音"), QStringLiteral("小红书"), QStringLiteral("美团"),
                           QStringLiteral("微信广告"), QStringLiteral("线下活动")};
const QStringList kCities{QStringLiteral("上海"), QStringLiteral("北京"), QStringLiteral("杭州"),
                          QStringLiteral("南京"), QStringLiteral("深圳"), QStringLiteral("成都")};
const QStringList kSurnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                            QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                            QStringLiteral("赵"), QStringLiteral("黄")};
const QStringList kGiven{QStringLiteral("丽"),   QStringLiteral("芳"),  QStringLiteral("静"),
                         QStringLiteral("敏"),   QStringLiteral("婷"),  QStringLiteral("雪梅"),
                         QStringLiteral("晓燕"), QStringLiteral("子涵")};
const QStringList kIntent{QStringLiteral("高"), QStringLiteral("中"), QStringLiteral("低"), QString()};
const QString kHeader = QStringLiteral("客户姓名,手机号,微信号,线索来源,城市,意向等级,创建时间,备注\r\n");

QString mobile(int prefix, int n)
{
    return QStringLiteral("1%1%2").arg(prefix).arg(n, 8, 10, QLatin1Char('0'));
}
QString name(int n)
{
    return kSurnames.at(n % kSurnames.size()) + kGiven.at((n / 8) % kGiven.size());
}
QString when(int n)
{
    return QStringLiteral("2026-10-%1 %2:%3")
        .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
        .arg(9 + n % 10)
        .arg(n % 60, 2, 10, QLatin1Char('0'));
}

QString row(const QString& who, const QString& phone, const QString& wechat, int n, const QString& note)
{
    return QStringList{who,
                       phone,
                       wechat,
                       kSources.at(n % kSources.size()),
                       kCities.at(n % kCities.size()),
                       kIntent.at(n % kIntent.size()),
                       when(n),
                       note}
               .join(QLatin1Char(',')) +
           QStringLiteral("\r\n");
}

} // namespace

QString baseCsv(int rows)
{
    QString out = kHeader;
    for (int i = 0; i < rows; ++i)
        out += row(name(i), mobile(39, i), QString(), i, QString());
    return out;
}

QString leadCsv(int rows)
{
    QString out = kHeader;
    int fresh = 0; // new people so far: duplicates refer back to them
    for (int i = 0; i < rows; ++i) {
        const int kind = i % 100;
        if (kind == 50)
            out += QStringLiteral("\r\n"); // a blank line, as some exports have
        if (kind < 80) {
            const QString wechat = fresh % 2 ? QStringLiteral("wx_lead_%1").arg(fresh) : QString();
            const QString note =
                fresh % 7 == 0 ? QStringLiteral("\"想了解套装, 周末到店\r\n再联系\"") : QString();
            out += row(name(fresh), mobile(38, fresh), wechat, i, note);
            ++fresh;
        } else if (kind < 88) {
            const int earlier = (i * 7) % std::max(1, fresh);
            out += row(name(earlier), mobile(38, earlier), QString(), i + 1, QStringLiteral("再次留资"));
        } else if (kind < 95) {
            out += row(name(i), mobile(39, i / 100), QString(), i, QString());
        } else if (kind < 97) {
            const int earlier = ((i * 13) % std::max(1, fresh)) | 1; // odd: has a WeChat ID
            out += row(QString(), QString(), QStringLiteral("wx_lead_%1").arg(std::min(earlier, fresh - 1)),
                       i, QString());
        } else if (kind == 97) {
            out += row(name(i), QStringLiteral("021-6%1").arg(i % 10'000'000, 7, 10, QLatin1Char('0')),
                       QStringLiteral("wx_land_%1").arg(i), i, QString());
        } else if (kind == 98) {
            out += row(name(i), QString(), QString(), i, QStringLiteral("没有联系方式"));
        } else {
            out += row(name(i), QStringLiteral("12345"), QString(), i, QString());
        }
    }
    return out;
}

} // namespace llbench
