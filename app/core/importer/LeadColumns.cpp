#include "importer/LeadColumns.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ll {

namespace {

// Messages of this file, filed under ll::LeadImporter for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::LeadImporter)
};

const QHash<QString, LeadField>& synonyms()
{
    static const QHash<QString, LeadField> table = [] {
        QHash<QString, LeadField> t;
        auto add = [&t](LeadField f, std::initializer_list<const char*> names) {
            for (const char* n : names)
                t.insert(normaliseHeader(QString::fromUtf8(n)), f);
        };
        add(LeadField::Name, {"姓名", "客户姓名", "名字", "客户名称", "客户名", "联系人", "name", "full name",
                              "customer name", "contact name", "customer"});
        add(LeadField::Phone,
            {"手机", "手机号", "电话", "联系电话", "手机号码", "电话号码", "联系方式", "移动电话", "phone",
             "phone number", "mobile", "mobile phone", "tel", "telephone", "cell"});
        add(LeadField::Wechat,
            {"微信", "微信号", "微信id", "微信账号", "wechat", "wechat id", "weixin", "wx"});
        add(LeadField::Nickname, {"昵称", "微信昵称", "nickname", "nick"});
        add(LeadField::Source, {"来源", "线索来源", "渠道", "来源渠道", "source", "channel", "lead source"});
        add(LeadField::City, {"城市", "所在城市", "所在地", "city"});
        add(LeadField::Intent, {"意向", "意向等级", "意向度", "意向程度", "intent", "intent level"});
        add(LeadField::Created, {"创建时间", "留资时间", "提交时间", "线索创建时间", "created", "created at",
                                 "create time", "creation time", "submitted at"});
        add(LeadField::Notes, {"备注", "备注信息", "note", "notes", "remark", "remarks", "comment"});
        // The reason column of our own rejected-rows file: never data.
        add(LeadField::Ignore, {"错误原因", "拒绝原因", "reject reason", "rejected reason"});
        return t;
    }();
    return table;
}

} // namespace

QString toCode(LeadField field)
{
    switch (field) {
    case LeadField::Ignore:
        return QStringLiteral("ignore");
    case LeadField::Name:
        return QStringLiteral("name");
    case LeadField::Phone:
        return QStringLiteral("phone");
    case LeadField::Wechat:
        return QStringLiteral("wechat");
    case LeadField::Nickname:
        return QStringLiteral("nickname");
    case LeadField::Source:
        return QStringLiteral("source");
    case LeadField::City:
        return QStringLiteral("city");
    case LeadField::Intent:
        return QStringLiteral("intent");
    case LeadField::Created:
        return QStringLiteral("created");
    case LeadField::Notes:
        return QStringLiteral("notes");
    }
    return QStringLiteral("ignore");
}

QStringList leadFieldCodes()
{
    return {QStringLiteral("name"),     QStringLiteral("phone"),   QStringLiteral("wechat"),
            QStringLiteral("nickname"), QStringLiteral("source"),  QStringLiteral("city"),
            QStringLiteral("intent"),   QStringLiteral("created"), QStringLiteral("notes"),
            QStringLiteral("ignore")};
}

std::optional<LeadField> leadFieldFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("skip"))
        return LeadField::Ignore;
    for (LeadField f :
         {LeadField::Ignore, LeadField::Name, LeadField::Phone, LeadField::Wechat, LeadField::Nickname,
          LeadField::Source, LeadField::City, LeadField::Intent, LeadField::Created, LeadField::Notes})
        if (toCode(f) == c)
            return f;
    return std::nullopt;
}

QString normaliseHeader(const QString& header)
{
    static const QRegularExpression brackets(QStringLiteral("[(\\[【（][^)\\]】）]*[)\\]】）]"));
    static const QRegularExpression noise(QStringLiteral("[\\s_\\-*:：]+"));
    QString h = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    h.remove(brackets);
    h.remove(noise);
    return h;
}

std::optional<LeadField> leadFieldForHeader(const QString& header)
{
    const auto it = synonyms().constFind(normaliseHeader(header));
    if (it == synonyms().constEnd())
        return std::nullopt;
    return it.value();
}

Result<ColumnMapping> ColumnMapping::detect(const QStringList& headers,
                                            const QHash<QString, QString>& overrides)
{
    ColumnMapping m;
    for (int i = 0; i < headers.size(); ++i) {
        MappedColumn col;
        col.index = i;
        col.header = headers.at(i).trimmed();
        col.field = leadFieldForHeader(col.header).value_or(LeadField::Ignore);
        m.columns << col;
    }
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        const auto field = leadFieldFromCode(it.value());
        if (!field)
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("Unknown field %1 for column %2 (use one of: %3)")
                                 .arg(it.value(), it.key(), leadFieldCodes().join(u", ")));
        bool found = false;
        for (MappedColumn& col : m.columns) {
            if (col.header == it.key().trimmed() ||
                normaliseHeader(col.header) == normaliseHeader(it.key())) {
                col.field = *field;
                col.overridden = true;
                found = true;
            }
        }
        if (!found)
            return makeError(ErrorCode::NotFound, Text::tr("The file has no column %1").arg(it.key()));
    }
    return m;
}

bool ColumnMapping::has(LeadField field) const
{
    return !columnsFor(field).isEmpty();
}

QList<int> ColumnMapping::columnsFor(LeadField field) const
{
    QList<int> out;
    for (const MappedColumn& col : columns)
        if (col.field == field)
            out << col.index;
    return out;
}

} // namespace ll
