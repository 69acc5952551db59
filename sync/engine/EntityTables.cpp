#include "EntityTables.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace ll::sync {

namespace {

QVariant now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QList<MutableTable> buildTables()
{
    const QVariant empty = QString();
    return {
        {"contact",
         "contact",
         {{"name", "name"},
          {"nickname", "nickname"},
          {"wechatId", "wechat_id"},
          {"gender", "gender"},
          {"birthday", "birthday"},
          {"city", "city"},
          {"source", "source"},
          {"stage", "stage"},
          {"intent", "intent"},
          {"ownerId", "owner_id"},
          {"storeId", "store_id"},
          {"points", "points"},
          {"notes", "notes"},
          {"lastContactedAt", "last_contacted_at"},
          {"takenOverFrom", "taken_over_from"}, // the take-over marker: server-written (transfers)
          {"takenOverFromName", "taken_over_from_name"},
          {"takenOverAt", "taken_over_at"}},
         {{"created_at", now()}, {"updated_at", now()}}},
        {"tag_group",
         "tag_group",
         {{"name", "name"}, {"color", "color"}, {"sortOrder", "sort_order"}},
         {{"name", empty}}},
        {"tag", "tag", {{"name", "name"}, {"groupId", "group_id"}}, {{"name", empty}, {"group_id", empty}}},
        {"product",
         "product",
         {{"sku", "sku"}, {"name", "name"}, {"category", "category"}, {"cycleDays", "cycle_days"}},
         {{"name", empty}}},
        {"holiday", "holiday", {{"name", "name"}, {"day", "day"}}, {{"name", empty}, {"day", empty}}},
        {"sensitive_word", "sensitive_word", {{"word", "word"}}, {{"word", empty}}},
        {"reminder_rule",
         "reminder_rule",
         {{"ownerId", "owner_id"},
          {"name", "name"},
          {"kind", "kind"},
          {"leadDays", "lead_days"},
          {"threshold", "threshold"},
          {"productId", "product_id"},
          {"holidayName", "holiday_name"},
          {"dateField", "date_field"},
          {"yearly", "yearly", ColumnForm::Bool},
          {"tagIds", "scope_tags", ColumnForm::CommaList},
          {"stages", "scope_stages", ColumnForm::CommaList},
          {"storeIds", "scope_stores", ColumnForm::CommaList},
          {"scriptId", "script_id"},
          {"enabled", "enabled", ColumnForm::Bool}},
         {{"name", empty}, {"created_at", now()}}},
        {"script",
         "script",
         {{"ownerId", "owner_id"},
          {"category", "category"},
          {"title", "title"},
          {"body", "body"},
          {"tags", "tags", ColumnForm::NewlineList}},
         {{"category", QStringLiteral("custom")},
          {"title", empty},
          {"body", empty},
          {"created_at", now()},
          {"updated_at", now()}}},
        {"material",
         "material",
         {{"ownerId", "owner_id"},
          {"kind", "kind"},
          {"title", "title"},
          {"description", "description"},
          {"category", "category"},
          {"tags", "tags", ColumnForm::NewlineList},
          {"url", "url"},
          {"appId", "app_id"},
          {"pagePath", "page_path"},
          {"fileName", "file_name"},
          {"mimeType", "mime_type"},
          {"sha256", "blob_sha256"}, // MaterialLibrary's name for the file's content address
          {"coverSha256", "cover_sha256"},
          {"size", "size"}},
         {{"kind", QStringLiteral("document")},
          {"title", empty},
          {"created_at", now()},
          {"updated_at", now()}}},
        {"reminder_state",
         "reminder_state",
         {{"state", "state"}, {"snoozedUntil", "snoozed_until"}},
         {{"state", QStringLiteral("open")}, {"updated_at", now()}},
         false},
    };
}

} // namespace

const MutableTable* mutableTable(const QString& entity)
{
    static const QList<MutableTable> tables = buildTables();
    for (const MutableTable& t : tables)
        if (entity == QLatin1String(t.entity))
            return &t;
    return nullptr;
}

QVariant columnValue(const QJsonValue& value, ColumnForm form)
{
    switch (form) {
    case ColumnForm::Bool:
        return value.isBool() ? qint64(value.toBool() ? 1 : 0) : qint64(value.toInteger());
    case ColumnForm::CommaList:
    case ColumnForm::NewlineList: {
        QStringList items;
        for (const QJsonValue& v : value.toArray())
            items << v.toString();
        return items.join(form == ColumnForm::CommaList ? QLatin1Char(',') : QLatin1Char('\n'));
    }
    case ColumnForm::Plain:
        break;
    }
    if (value.isDouble())
        return value.toInteger();
    if (value.isBool())
        return qint64(value.toBool() ? 1 : 0);
    return value.toString(); // null/undefined clear to ''
}

int applyRank(const QString& entity)
{
    static const QHash<QString, int> ranks{
        {QStringLiteral("tag_group"), 0},      {QStringLiteral("tag"), 1},
        {QStringLiteral("product"), 1},        {QStringLiteral("holiday"), 1},
        {QStringLiteral("sensitive_word"), 1}, {QStringLiteral("script"), 2},
        {QStringLiteral("material"), 2},       {QStringLiteral("reminder_rule"), 2},
        {QStringLiteral("contact"), 3},        {QStringLiteral("contact_field"), 4},
        {QStringLiteral("followup"), 4},       {QStringLiteral("purchase"), 4},
        {QStringLiteral("reminder_state"), 4}, {QStringLiteral("script_usage"), 5},
        {QStringLiteral("material_usage"), 5},
    };
    return ranks.value(entity, 6);
}

} // namespace ll::sync
