#include "ContactFormat.h"

#include "CliText.h"
#include "CommandSupport.h"
#include "Console.h"
#include "Table.h"

namespace ll::cli {

QString ContactFormat::table(const QList<Contact>& contacts, bool reveal)
{
    Table table({CliText::tr("ID"), CliText::tr("NAME"), CliText::tr("PHONE"), CliText::tr("STAGE"),
                 CliText::tr("INTENT"), CliText::tr("LAST CONTACTED")});
    for (const Contact& c : contacts) {
        table.addRow({shortId(c.id), c.name,
                      c.phones.isEmpty() ? QStringLiteral("-") : phoneText(c.phones.first(), reveal),
                      toCode(c.stage), QString::number(c.intent), localTime(c.lastContactedAt)});
    }
    return table.render();
}

QString ContactFormat::tagLabel(const Tag& tag)
{
    return tag.groupName.isEmpty() ? tag.name : tag.groupName + QLatin1Char('/') + tag.name;
}

QString ContactFormat::details(const Contact& c, const QList<Tag>& tags, bool reveal)
{
    QStringList tagNames;
    for (const Tag& tag : tags)
        tagNames << tagLabel(tag);
    QList<std::pair<QString, QString>> rows{
        {CliText::tr("ID"), c.id},
        {CliText::tr("Name"), c.name},
        {CliText::tr("Nickname"), orDash(c.nickname)},
        {CliText::tr("WeChat ID"), orDash(c.wechatId)},
        {CliText::tr("Phones"), phonesText(c.phones, reveal)},
        {CliText::tr("Gender"), orDash(toCode(c.gender))},
        {CliText::tr("Birthday"),
         c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QStringLiteral("-")},
        {CliText::tr("City"), orDash(c.city)},
        {CliText::tr("Source"), orDash(c.source)},
        {CliText::tr("Stage"), toCode(c.stage)},
        {CliText::tr("Intent"), QString::number(c.intent)},
        {CliText::tr("Points"), QString::number(c.points)},
        {CliText::tr("Owner"), orDash(c.ownerId)},
        {CliText::tr("Store"), orDash(c.storeId)},
        {CliText::tr("Tags"), orDash(tagNames.join(QStringLiteral(", ")))},
        {CliText::tr("Created"), localTime(c.createdAt)},
        {CliText::tr("Updated"), localTime(c.updatedAt)},
        {CliText::tr("Last contacted"), localTime(c.lastContactedAt)},
    };
    if (c.takenOverAt.isValid())
        rows.append({CliText::tr("Taken over"), CliText::tr("from %1 (%2) on %3")
                                                    .arg(orDash(c.takenOverFromName), orDash(c.takenOverFrom),
                                                         localTime(c.takenOverAt))});
    int width = 0;
    for (const auto& row : rows)
        width = std::max(width, Table::displayWidth(row.first));
    QString text;
    for (const auto& row : rows) {
        text += row.first + QLatin1Char(':') +
                QString(width + 2 - Table::displayWidth(row.first), QLatin1Char(' ')) +
                forTerminal(row.second) + QLatin1Char('\n');
    }
    if (!c.notes.isEmpty())
        text += CliText::tr("Notes:\n") + QStringLiteral("  ") +
                forTerminal(c.notes).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) + QLatin1Char('\n');
    return text;
}

QString ContactFormat::followUps(const QList<FollowUp>& followUps)
{
    Table table({CliText::tr("WHEN"), CliText::tr("KIND"), CliText::tr("OUTCOME"), CliText::tr("NOTE"),
                 CliText::tr("BY")});
    for (const FollowUp& f : followUps)
        table.addRow({localTime(f.happenedAt), toCode(f.kind), orDash(f.outcome), orDash(f.note),
                      orDash(shortId(f.staffId))});
    return table.render();
}

QString ContactFormat::purchases(const QList<Purchase>& purchases)
{
    Table table({CliText::tr("DATE"), CliText::tr("PRODUCT"), CliText::tr("QTY"), CliText::tr("AMOUNT")});
    for (const Purchase& p : purchases)
        table.addRow({p.purchasedOn.toString(Qt::ISODate), orDash(p.productName), QString::number(p.quantity),
                      yuan(p.amountCents)});
    return table.render();
}

} // namespace ll::cli
