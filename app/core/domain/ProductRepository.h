#pragma once

#include "domain/Product.h"
#include "util/Result.h"

#include <QList>

namespace ll {

class Store;

class ProductRepository
{
public:
    explicit ProductRepository(Store& store);

    Result<Product> add(const QString& sku, const QString& name, const QString& category, int cycleDays);
    Result<Product> get(const QString& idOrSku);
    Result<QList<Product>> list();

private:
    Store& m_store;
};

// Purchases are append-only. Adding one moves a lead/prospect to "customer".
class PurchaseRepository
{
public:
    explicit PurchaseRepository(Store& store);

    Result<Purchase> add(const PurchaseInput& input);
    Result<QList<Purchase>> forContact(const QString& contactId); // newest first

private:
    Store& m_store;
};

} // namespace ll
