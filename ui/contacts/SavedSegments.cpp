#include "contacts/SavedSegments.h"

#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ll::ui {

namespace {

QJsonObject toJson(const Segment& s)
{
    QJsonObject o;
    o[QStringLiteral("name")] = s.name;
    o[QStringLiteral("search")] = s.query.search;
    o[QStringLiteral("tags")] = QJsonArray::fromStringList(s.query.tagIds);
    o[QStringLiteral("tagMode")] =
        s.query.tagMode == ContactQuery::TagMode::Any ? QStringLiteral("any") : QStringLiteral("all");
    o[QStringLiteral("stage")] = s.query.stage;
    o[QStringLiteral("owner")] = s.query.ownerId;
    o[QStringLiteral("store")] = s.query.storeId;
    return o;
}

Segment fromJson(const QJsonObject& o)
{
    Segment s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.query.search = o.value(QStringLiteral("search")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("tags")).toArray())
        s.query.tagIds << v.toString();
    s.query.tagMode = o.value(QStringLiteral("tagMode")).toString() == QLatin1String("any")
                          ? ContactQuery::TagMode::Any
                          : ContactQuery::TagMode::All;
    s.query.stage = o.value(QStringLiteral("stage")).toString();
    s.query.ownerId = o.value(QStringLiteral("owner")).toString();
    s.query.storeId = o.value(QStringLiteral("store")).toString();
    return s;
}

} // namespace

Result<QList<Segment>> SavedSegments::load(Store& store)
{
    auto raw = store.meta(QLatin1String(MetaKey));
    if (!raw.ok())
        return raw.error();
    QList<Segment> out;
    const QJsonArray arr = QJsonDocument::fromJson(raw.value().toUtf8()).array();
    for (const QJsonValue& v : arr) {
        Segment s = fromJson(v.toObject());
        if (!s.name.isEmpty())
            out << s;
    }
    return out;
}

Status SavedSegments::save(Store& store, const QList<Segment>& segments)
{
    QJsonArray arr;
    for (const Segment& s : segments)
        arr.append(toJson(s));
    return store.setMeta(QLatin1String(MetaKey),
                         QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact)));
}

Status SavedSegments::put(Store& store, const Segment& segment)
{
    auto all = load(store);
    if (!all.ok())
        return all.error();
    QList<Segment> list = all.value();
    auto it =
        std::find_if(list.begin(), list.end(), [&](const Segment& s) { return s.name == segment.name; });
    if (it != list.end())
        *it = segment;
    else
        list << segment;
    return save(store, list);
}

Status SavedSegments::remove(Store& store, const QString& name)
{
    auto all = load(store);
    if (!all.ok())
        return all.error();
    QList<Segment> list = all.value();
    list.removeIf([&](const Segment& s) { return s.name == name; });
    return save(store, list);
}

} // namespace ll::ui
