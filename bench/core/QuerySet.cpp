#include "QuerySet.h"

#include "store/Statement.h"
#include "store/Store.h"

namespace llbench {

namespace {

ll::Result<QString> middlePhone(ll::Database& db)
{
    ll::Statement st(
        db, "SELECT digits FROM contact_phone WHERE contact_rowid >= (SELECT max(rowid) / 2 FROM contact) "
            "AND length(digits) = 11 ORDER BY contact_rowid LIMIT 1");
    auto row = st.step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return ll::makeError(ll::ErrorCode::NotFound, QStringLiteral("the profile has no mobile numbers"));
    return st.text(0);
}

// Tag ids ordered by how many contacts carry them, most used first.
ll::Result<QStringList> tagsByPopularity(ll::Database& db)
{
    ll::Statement st(
        db, "SELECT t.id FROM tag t JOIN (SELECT tag_rowid, count(*) AS n FROM contact_tag "
            "WHERE present = 1 GROUP BY tag_rowid) c ON c.tag_rowid = t.rowid ORDER BY c.n DESC, t.rowid");
    QStringList ids;
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        ids << st.text(0);
    }
    if (ids.size() < 31)
        return ll::makeError(ll::ErrorCode::NotFound,
                             QStringLiteral("the profile has fewer than 31 used tags"));
    return ids;
}

NamedQuery search(const QString& name, const QString& text)
{
    NamedQuery q{name, {}, true, false};
    q.query.search = text;
    return q;
}

NamedQuery tags(const QString& name, const QStringList& ids, ll::ContactQuery::TagMode mode)
{
    NamedQuery q{name, {}, false, mode == ll::ContactQuery::TagMode::All};
    q.query.tagIds = ids;
    q.query.tagMode = mode;
    return q;
}

} // namespace

ll::Result<QList<NamedQuery>> buildQuerySet(ll::Store& store)
{
    auto phone = middlePhone(store.db());
    if (!phone.ok())
        return phone.error();
    auto tagIds = tagsByPopularity(store.db());
    if (!tagIds.ok())
        return tagIds.error();
    const QStringList& t = tagIds.value();
    using Mode = ll::ContactQuery::TagMode;

    // Every query asks for what the contact list shows: the first 50, most recently contacted first.
    return QList<NamedQuery>{
        search(QStringLiteral("search.han_surname"), QStringLiteral("王")),
        search(QStringLiteral("search.han_given"), QStringLiteral("秀英")),
        search(QStringLiteral("search.han_fullname"), QStringLiteral("王秀英")),
        search(QStringLiteral("search.traditional"), QStringLiteral("陳")),
        search(QStringLiteral("search.pinyin"), QStringLiteral("wangxiu")),
        search(QStringLiteral("search.initials"), QStringLiteral("wxy")),
        search(QStringLiteral("search.phone_suffix4"), phone->right(4)),
        search(QStringLiteral("search.phone_prefix7"), phone->left(7)),
        search(QStringLiteral("search.nickname_prefix"), QStringLiteral("lil")),
        tags(QStringLiteral("tags.and.popular"), {t[0], t[1]}, Mode::All),
        tags(QStringLiteral("tags.and.mid"), {t[10], t[30]}, Mode::All),
        tags(QStringLiteral("tags.or.popular"), {t[0], t[1]}, Mode::Any),
        tags(QStringLiteral("tags.or.mid"), {t[10], t[30]}, Mode::Any),
        NamedQuery{QStringLiteral("list.first50.last_contacted"), {}, false, false},
    };
}

QString describe(const NamedQuery& q)
{
    if (!q.query.search.isEmpty())
        return QStringLiteral("\"%1\"").arg(q.query.search);
    if (!q.query.tagIds.isEmpty())
        return QStringLiteral("%1 tags (%2)")
            .arg(q.query.tagIds.size())
            .arg(q.query.tagMode == ll::ContactQuery::TagMode::All ? QStringLiteral("AND")
                                                                   : QStringLiteral("OR"));
    return QStringLiteral("no filter");
}

} // namespace llbench
