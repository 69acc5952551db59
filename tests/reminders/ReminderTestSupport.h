#pragma once

#include "crypto/DataKey.h"
#include "domain/ContactRepository.h"
#include "domain/FollowUpRepository.h"
#include "domain/OrgRepository.h"
#include "domain/ProductRepository.h"
#include "domain/TagRepository.h"
#include "library/Actor.h"
#include "reminders/ReminderEngine.h"
#include "reminders/RuleRepository.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "util/Ids.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace ll::test {

// A fresh encrypted store with an org, one store, a manager and a guide; the guide is the actor.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QString storeId;
    Staff manager;
    Staff guide;

    Fixture()
    {
        auto opened = Store::open(dir.path(), DataKey::generate(), true);
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.message()));
        store = std::move(opened.value());
        OrgRepository org(*store);
        if (!org.setOrg(QStringLiteral("留量零售")).ok())
            qFatal("org");
        storeId = org.addStore(QStringLiteral("南京西路店"), QStringLiteral("上海")).value().id;
        manager = org.addStaff(QStringLiteral("李店长"), QStringLiteral("manager"), storeId).value();
        guide = org.addStaff(QStringLiteral("王导购"), QStringLiteral("guide"), storeId).value();
        if (!store->setActorId(guide.id).ok())
            qFatal("actor");
    }

    Actor guideActor() const { return Actor{guide.id, StaffRole::Guide}; }
    Actor managerActor() const { return Actor{manager.id, StaffRole::Manager}; }

    Contact addContact(const QString& name, const QString& birthday = {}, const QString& stage = {})
    {
        ContactInput in;
        in.name = name;
        if (!birthday.isEmpty())
            in.birthday = birthday;
        if (!stage.isEmpty())
            in.stage = stage;
        in.storeId = storeId;
        auto c = ContactRepository(*store).add(in);
        if (!c.ok())
            qFatal("%s", qPrintable(c.message()));
        return c.value();
    }

    // Test data from the past: creation times are set directly, as an import or sync would.
    void setCreatedAt(const Contact& c, const QDateTime& when)
    {
        Statement st(store->db(), "UPDATE contact SET created_at = ?, last_contacted_at = 0 WHERE rowid = ?");
        st.bind(1, when.toMSecsSinceEpoch()).bind(2, c.rowId);
        if (!st.exec().ok())
            qFatal("created_at");
    }

    Product addProduct(const QString& sku, const QString& name, int cycleDays)
    {
        auto p = ProductRepository(*store).add(sku, name, QStringLiteral("护理"), cycleDays);
        if (!p.ok())
            qFatal("%s", qPrintable(p.message()));
        return p.value();
    }

    void buy(const Contact& c, const Product& p, const QString& day, int quantity = 1)
    {
        PurchaseInput in;
        in.contactId = c.id;
        in.product = p.id;
        in.quantity = quantity;
        in.purchasedOn = day;
        auto added = PurchaseRepository(*store).add(in);
        if (!added.ok())
            qFatal("%s", qPrintable(added.message()));
    }

    void followUp(const Contact& c, const QDateTime& when)
    {
        FollowUpInput in;
        in.contactId = c.id;
        in.kind = QStringLiteral("call");
        in.happenedAt = when;
        auto added = FollowUpRepository(*store).add(in);
        if (!added.ok())
            qFatal("%s", qPrintable(added.message()));
    }
};

// A moment given as Beijing time.
inline QDateTime beijing(const QDate& d, const QTime& t)
{
    return QDateTime(d, t, QTimeZone("Asia/Shanghai"));
}

// A team rule of `kind` added by the manager; `tweak` adjusts the input first.
inline ReminderRule addRule(Fixture& f, const QString& kind,
                            const std::function<void(RuleInput&)>& tweak = {})
{
    RuleInput in;
    in.name = kind + QStringLiteral(" rule");
    in.kind = kind;
    if (tweak)
        tweak(in);
    auto rule = RuleRepository(*f.store, f.managerActor()).add(in, true);
    if (!rule.ok())
        qFatal("%s", qPrintable(rule.message()));
    return rule.value();
}

// The reminders due on `day`, every group in order.
inline QList<Reminder> dueList(ReminderEngine& engine, const QDate& day)
{
    auto groups = engine.due(day);
    if (!groups.ok())
        qFatal("%s", qPrintable(groups.message()));
    QList<Reminder> out;
    for (const ReminderGroup& g : groups.value())
        out << g.reminders;
    return out;
}

// Everything that defines a generated reminder, for comparing two generations.
inline QStringList snapshot(ReminderEngine& engine)
{
    auto all = engine.all();
    if (!all.ok())
        qFatal("%s", qPrintable(all.message()));
    QStringList out;
    for (const Reminder& r : all.value())
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                   .arg(r.id, r.ruleId, r.contactId, toCode(r.kind), r.subject,
                        r.anchor.toString(Qt::ISODate), r.dueOn.toString(Qt::ISODate),
                        QString::number(r.dueAt.toMSecsSinceEpoch()),
                        r.expiresOn.toString(Qt::ISODate) + QLatin1Char('/') +
                            QString::number(r.isAnswered() ? r.answeredAt.toMSecsSinceEpoch() : 0));
    return out;
}

} // namespace ll::test
