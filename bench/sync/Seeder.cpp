#include "Seeder.h"

#include "domain/ContactBulkWriter.h"
#include "domain/FollowUpRepository.h"
#include "domain/ProductRepository.h"
#include "domain/TagRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace llbench {
namespace {

constexpr int kContactsPerTransaction = 500;

const QStringList kCities{QStringLiteral("上海"), QStringLiteral("杭州"), QStringLiteral("南京"),
                          QStringLiteral("苏州"), QStringLiteral("成都"), QStringLiteral("广州")};
const QStringList kKinds{QStringLiteral("call"), QStringLiteral("chat"), QStringLiteral("visit"),
                         QStringLiteral("message")};

ll::Status seedCatalogue(ll::Store& store, const SeedShape& shape, QStringList* tagIds, QStringList* skus)
{
    ll::TagRepository tags(store);
    for (int g = 0; g < 4; ++g) {
        auto group = tags.addGroup(QStringLiteral("组 %1").arg(g + 1));
        if (!group.ok())
            return group.error();
        for (int t = g; t < shape.tagCount; t += 4) {
            auto tag = tags.addTag(group->id, QStringLiteral("标签 %1").arg(t + 1));
            if (!tag.ok())
                return tag.error();
            tagIds->append(tag->id);
        }
    }
    ll::ProductRepository products(store);
    for (int p = 0; p < shape.productCount; ++p) {
        const QString sku = QStringLiteral("SKU-%1").arg(p + 1, 4, 10, QLatin1Char('0'));
        auto product =
            products.add(sku, QStringLiteral("产品 %1").arg(p + 1), QStringLiteral("护肤"), 30 + p % 60);
        if (!product.ok())
            return product.error();
        skus->append(sku);
    }
    return {};
}

ll::Status seedContact(ll::Store& store, ll::ContactBulkWriter& writer, const SeedShape& shape, int i,
                       const QStringList& tagIds, const QStringList& skus)
{
    ll::ContactInput in;
    in.name = QStringLiteral("客户 %1").arg(i + 1);
    in.phones = QStringList{QStringLiteral("+86139%1").arg(i + 1, 8, 10, QLatin1Char('0'))};
    in.city = kCities[i % kCities.size()];
    in.stage = QStringLiteral("customer");
    in.notes = QStringLiteral("偏好 %1 号产品, 周末方便联系").arg(i % 97);
    auto contact = writer.add(in);
    if (!contact.ok())
        return contact.error();

    ll::TagRepository tags(store);
    for (int t = 0; t < shape.tagsPerContact; ++t) {
        const ll::Status linked = tags.tagContact(contact->id, tagIds[(i * 7 + t * 13) % tagIds.size()]);
        if (!linked.ok())
            return linked;
    }
    ll::FollowUpRepository followUps(store);
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-400);
    for (int f = 0; f < shape.followUpsPerContact; ++f) {
        ll::FollowUpInput fu;
        fu.contactId = contact->id;
        fu.kind = kKinds[(i + f) % kKinds.size()];
        fu.outcome = QStringLiteral("ok");
        fu.note = QStringLiteral("第 %1 次回访").arg(f + 1);
        fu.happenedAt = base.addSecs(qint64(i) * 97 + f * 86'400);
        auto added = followUps.add(fu);
        if (!added.ok())
            return added.error();
    }
    ll::PurchaseRepository purchases(store);
    for (int p = 0; p < shape.purchasesPerContact; ++p) {
        ll::PurchaseInput pu;
        pu.contactId = contact->id;
        pu.product = skus[(i + p) % skus.size()];
        pu.quantity = 1 + p;
        pu.amountCents = 19'900 + (i % 50) * 100;
        pu.purchasedOn = QDate::currentDate().addDays(-(i % 300)).toString(Qt::ISODate);
        auto added = purchases.add(pu);
        if (!added.ok())
            return added.error();
    }
    return {};
}

} // namespace

ll::Status seedStore(ll::Store& store, const SeedShape& shape)
{
    QStringList tagIds, skus;
    LL_TRY(seedCatalogue(store, shape, &tagIds, &skus));
    for (int first = 0; first < shape.contacts; first += kContactsPerTransaction) {
        ll::Transaction tx(store.db());
        LL_TRY(tx.beginStatus());
        ll::ContactBulkWriter writer(store);
        const int last = std::min(shape.contacts, first + kContactsPerTransaction);
        for (int i = first; i < last; ++i)
            LL_TRY(seedContact(store, writer, shape, i, tagIds, skus));
        LL_TRY(writer.flushSearchIndex());
        LL_TRY(tx.commit());
    }
    return {};
}

} // namespace llbench
