#pragma once

#include <QDate>
#include <QString>

namespace ll {

struct Product
{
    qint64 rowId = 0;
    QString id;
    QString sku;
    QString name;
    QString category;
    int cycleDays = 0; // consumption cycle of one unit, 0 = not consumable
};

struct Purchase
{
    qint64 rowId = 0;
    QString id;
    QString contactId;
    QString productId;
    QString productName;
    int quantity = 1;
    qint64 amountCents = 0;
    QDate purchasedOn;
    QString staffId;
};

struct PurchaseInput
{
    QString contactId;
    QString product;       // product id or SKU
    int quantity = 1;
    qint64 amountCents = 0;
    QString purchasedOn;   // YYYY-MM-DD, defaults to today
};

} // namespace ll
