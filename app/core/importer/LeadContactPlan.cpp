#include "importer/LeadContactPlan.h"

namespace ll {

QString leadPhoneInput(const PhoneNumber& p)
{
    return p.isInternational() ? QLatin1Char('+') + p.digits() : p.digits();
}

LeadContactPlan planLeadContact(const LeadRow& row, const QDate& today)
{
    LeadContactPlan plan;
    plan.historyLine = row.historyLine();
    ContactInput in;
    in.name = row.name;
    in.nickname = row.nickname;
    in.wechatId = row.wechatId;
    QStringList phones;
    for (const PhoneNumber& p : row.mobiles)
        phones << leadPhoneInput(p);
    for (const PhoneNumber& p : row.otherPhones)
        phones << leadPhoneInput(p);
    in.phones = phones;
    in.city = row.city;
    in.source = row.source;
    in.stage = QStringLiteral("lead");
    in.intent = row.intent;
    in.notes = plan.historyLine;
    auto valid = validateContactInput(in, today);
    if (valid.ok())
        plan.newContact = std::move(valid.value());
    else
        plan.newContactError = valid.error();
    return plan;
}

} // namespace ll
