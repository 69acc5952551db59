#include "importer/ContactExport.h"

#include "domain/ContactRepository.h"
#include "domain/TagRepository.h"
#include "importer/CsvWriter.h"
#include "importer/VCard.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ll {

namespace {

// Messages of this file, filed under ll::ContactExport for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ContactExport)
};

constexpr int kPage = 1000;

QString localTime(const QDateTime& t, const QTimeZone& zone)
{
    return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

// The exported file is Chinese-first (the headers too); these are data labels, not UI, so they do not
// follow the UI language and a file exported anywhere re-imports the same.
QString stageLabel(Stage s)
{
    switch (s) {
    case Stage::Lead:
        return QStringLiteral("线索");
    case Stage::Prospect:
        return QStringLiteral("意向客户");
    case Stage::Customer:
        return QStringLiteral("客户");
    case Stage::Loyal:
        return QStringLiteral("忠实客户");
    case Stage::Dormant:
        return QStringLiteral("沉睡");
    case Stage::Lost:
        return QStringLiteral("流失");
    }
    return {};
}

QString genderLabel(Gender g)
{
    switch (g) {
    case Gender::Female:
        return QStringLiteral("女");
    case Gender::Male:
        return QStringLiteral("男");
    case Gender::Other:
        return QStringLiteral("其他");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString intentLabel(int intent)
{
    switch (intent) {
    case 3:
        return QStringLiteral("高");
    case 2:
        return QStringLiteral("中");
    case 1:
        return QStringLiteral("低");
    default:
        return {};
    }
}

} // namespace

QString toCode(ExportFormat format)
{
    return format == ExportFormat::VCard ? QStringLiteral("vcard") : QStringLiteral("csv");
}

std::optional<ExportFormat> exportFormatFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (c == QLatin1String("vcard") || c == QLatin1String("vcf"))
        return ExportFormat::VCard;
    return std::nullopt;
}

QStringList contactCsvHeader()
{
    return {QStringLiteral("姓名"),     QStringLiteral("昵称"),         QStringLiteral("微信号"),
            QStringLiteral("手机"),     QStringLiteral("性别"),         QStringLiteral("生日"),
            QStringLiteral("城市"),     QStringLiteral("来源"),         QStringLiteral("阶段"),
            QStringLiteral("意向等级"), QStringLiteral("积分"),         QStringLiteral("标签"),
            QStringLiteral("备注"),     QStringLiteral("负责人ID"),     QStringLiteral("门店ID"),
            QStringLiteral("创建时间"), QStringLiteral("最后联系时间"), QStringLiteral("客户ID")};
}

QStringList contactCsvCells(const Contact& c, const QStringList& tags, const QTimeZone& zone)
{
    QStringList phones;
    for (const PhoneNumber& p : c.phones)
        phones << p.display();
    return {c.name,
            c.nickname,
            c.wechatId,
            phones.join(QStringLiteral(" / ")),
            genderLabel(c.gender),
            c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString(),
            c.city,
            c.source,
            stageLabel(c.stage),
            intentLabel(c.intent),
            QString::number(c.points),
            tags.join(QStringLiteral("、")),
            c.notes,
            c.ownerId,
            c.storeId,
            localTime(c.createdAt, zone),
            localTime(c.lastContactedAt, zone),
            c.id};
}

Result<qint64> exportContacts(Store& store, const ContactExportOptions& options, QIODevice& out)
{
    ContactRepository contacts(store);
    TagRepository tagRepo(store);
    ContactQuery query = options.query;
    // Newest first with the rowid as tie-break (as `contact list --sort created`), so paging is stable.
    query.sort = ContactQuery::Sort::CreatedDesc;
    query.limit = kPage;
    query.offset = 0;
    query.includeDeleted = false;

    std::optional<CsvWriter> csv;
    if (options.format == ExportFormat::Csv) {
        csv.emplace(out);
        if (!csv->writeBom() || !csv->writeRow(contactCsvHeader()))
            return makeError(ErrorCode::Io, Text::tr("Cannot write the export: %1").arg(out.errorString()));
    }
    qint64 written = 0;
    while (true) {
        auto page = contacts.list(query);
        if (!page.ok())
            return page.error();
        for (const Contact& c : page.value()) {
            auto tags = tagRepo.tagsOf(c.id);
            if (!tags.ok())
                return tags.error();
            QStringList names;
            for (const Tag& t : tags.value())
                names << t.name;
            bool ok = false;
            if (csv) {
                ok = csv->writeRow(contactCsvCells(c, names, options.timeZone));
            } else {
                const QByteArray card = vcard::fromContact(c, names);
                ok = out.write(card) == card.size();
            }
            if (!ok)
                return makeError(ErrorCode::Io,
                                 Text::tr("Cannot write the export: %1").arg(out.errorString()));
            ++written;
        }
        if (page->size() < kPage)
            break;
        query.offset += kPage;
    }
    return written;
}

} // namespace ll
