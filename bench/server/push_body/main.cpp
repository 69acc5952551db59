// Writes a POST /v1/sync/push body of N new-contact upserts to stdout (docs/PROTOCOL.md):
//   liuliang-bench-push-body --device ID --count N --first-mutation K
// Every run needs fresh mutation ids and record ids, otherwise the push answers `duplicate`.
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

#include <cstdio>

namespace {

QString hlc(qint64 wallMs, int counter, const QString& node)
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 18, 10, QLatin1Char('0'))
        .arg(counter, 4, 16, QLatin1Char('0'))
        .arg(node);
}

QJsonObject field(const QJsonValue& value, const QString& stamp)
{
    return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("hlc"), stamp}};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString device;
    qint64 count = 0;
    qint64 first = 1;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--device"))
            device = args[i + 1];
        else if (args[i] == QLatin1String("--count"))
            count = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--first-mutation"))
            first = args[i + 1].toLongLong();
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(args[i]));
            return 2;
        }
    }
    if (device.isEmpty() || count <= 0 || count > 100000 || first <= 0) {
        std::fprintf(stderr, "usage: liuliang-bench-push-body --device ID --count N (1..100000) --first-mutation K\n");
        return 2;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray mutations;
    for (qint64 i = 0; i < count; ++i) {
        const QString stamp = hlc(now, static_cast<int>(i % 0xffff), device);
        const QString phone = QStringLiteral("+86138%1").arg(first + i, 8, 10, QLatin1Char('0'));
        QJsonObject fields{{QStringLiteral("name"), field(QStringLiteral("客户 %1").arg(first + i), stamp)},
                           {QStringLiteral("notes"), field(QStringLiteral("bench contact"), stamp)}};
        QJsonObject sets{{QStringLiteral("phones"),
                          QJsonObject{{phone, QJsonObject{{QStringLiteral("add"), stamp}}}}}};
        mutations.append(QJsonObject{{QStringLiteral("mutationId"), first + i},
                                     {QStringLiteral("entity"), QStringLiteral("contact")},
                                     {QStringLiteral("recordId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("op"), QStringLiteral("upsert")},
                                     {QStringLiteral("hlc"), stamp},
                                     {QStringLiteral("fields"), fields},
                                     {QStringLiteral("sets"), sets}});
    }
    const QJsonObject body{{QStringLiteral("deviceId"), device}, {QStringLiteral("mutations"), mutations}};
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return 0;
}
