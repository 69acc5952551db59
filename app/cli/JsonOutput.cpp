#include "JsonOutput.h"

#include "Console.h"

#include <QJsonDocument>

namespace ll::cli {

namespace {

QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonValue timestamp(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject phone(const PhoneNumber& number, bool reveal)
{
    QJsonObject out;
    out[QStringLiteral("masked")] = number.masked();
    out[QStringLiteral("number")] = reveal ? QJsonValue(number.digits()) : QJsonValue();
    return out;
}

} // namespace

QJsonObject JsonOutput::contact(const Contact& c, bool reveal)
{
    QJsonArray phones;
    for (const PhoneNumber& number : c.phones)
        phones.append(phone(number, reveal));
    QJsonObject out;
    out[QStringLiteral("id")] = c.id;
    out[QStringLiteral("name")] = c.name;
    out[QStringLiteral("nickname")] = text(c.nickname);
    out[QStringLiteral("wechat_id")] = text(c.wechatId);
    out[QStringLiteral("phones")] = phones;
    out[QStringLiteral("gender")] = text(toCode(c.gender));
    out[QStringLiteral("birthday")] = date(c.birthday);
    out[QStringLiteral("city")] = text(c.city);
    out[QStringLiteral("source")] = text(c.source);
    out[QStringLiteral("stage")] = toCode(c.stage);
    out[QStringLiteral("intent")] = c.intent;
    out[QStringLiteral("points")] = c.points;
    out[QStringLiteral("notes")] = text(c.notes);
    out[QStringLiteral("owner_id")] = text(c.ownerId);
    out[QStringLiteral("store_id")] = text(c.storeId);
    out[QStringLiteral("created_at")] = timestamp(c.createdAt);
    out[QStringLiteral("updated_at")] = timestamp(c.updatedAt);
    out[QStringLiteral("last_contacted_at")] = timestamp(c.lastContactedAt);
    out[QStringLiteral("taken_over_from")] = text(c.takenOverFrom);
    out[QStringLiteral("taken_over_from_name")] = text(c.takenOverFromName);
    out[QStringLiteral("taken_over_at")] = timestamp(c.takenOverAt);
    return out;
}

QJsonObject JsonOutput::tag(const Tag& t)
{
    QJsonObject out;
    out[QStringLiteral("id")] = t.id;
    out[QStringLiteral("name")] = t.name;
    out[QStringLiteral("group")] = text(t.groupName);
    out[QStringLiteral("group_id")] = text(t.groupId);
    out[QStringLiteral("contact_count")] = t.contactCount;
    return out;
}

QJsonObject JsonOutput::followUp(const FollowUp& f)
{
    QJsonObject out;
    out[QStringLiteral("id")] = f.id;
    out[QStringLiteral("contact_id")] = f.contactId;
    out[QStringLiteral("kind")] = toCode(f.kind);
    out[QStringLiteral("outcome")] = text(f.outcome);
    out[QStringLiteral("note")] = text(f.note);
    out[QStringLiteral("script_id")] = text(f.scriptId);
    out[QStringLiteral("material_id")] = text(f.materialId);
    out[QStringLiteral("staff_id")] = text(f.staffId);
    out[QStringLiteral("happened_at")] = timestamp(f.happenedAt);
    return out;
}

QJsonObject JsonOutput::product(const Product& p)
{
    QJsonObject out;
    out[QStringLiteral("id")] = p.id;
    out[QStringLiteral("sku")] = p.sku;
    out[QStringLiteral("name")] = p.name;
    out[QStringLiteral("category")] = text(p.category);
    out[QStringLiteral("cycle_days")] = p.cycleDays;
    return out;
}

QJsonObject JsonOutput::purchase(const Purchase& p)
{
    QJsonObject out;
    out[QStringLiteral("id")] = p.id;
    out[QStringLiteral("contact_id")] = p.contactId;
    out[QStringLiteral("product_id")] = p.productId;
    out[QStringLiteral("product_name")] = text(p.productName);
    out[QStringLiteral("quantity")] = p.quantity;
    out[QStringLiteral("amount_cents")] = p.amountCents;
    out[QStringLiteral("purchased_on")] = date(p.purchasedOn);
    out[QStringLiteral("staff_id")] = text(p.staffId);
    return out;
}

int JsonOutput::print(const QJsonObject& object)
{
    writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    return 0;
}

} // namespace ll::cli
