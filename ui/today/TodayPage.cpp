#include "today/TodayPage.h"

#include "app/Session.h"
#include "util/DisplayNames.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace ll::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString contactLine(const Contact& c)
{
    QString line = c.name;
    if (!c.nickname.isEmpty())
        line += QStringLiteral(" (%1)").arg(c.nickname);
    if (!c.phones.isEmpty())
        line += QStringLiteral("  ") + c.phones.first().masked();
    return line;
}

} // namespace

TodayPage::TodayPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_leadsTitle = new QLabel;
    m_dormantTitle = new QLabel;
    m_leads = new QListWidget;
    m_leads->setObjectName(QStringLiteral("newLeads"));
    m_dormant = new QListWidget;
    m_dormant->setObjectName(QStringLiteral("dormant"));
    for (QListWidget* l : {m_leads, m_dormant}) {
        connect(l, &QListWidget::itemActivated, this, &TodayPage::activated);
        l->setAlternatingRowColors(true);
    }
    auto* note = new QLabel(tr("Reminders for birthdays and product run-outs arrive in a later version."));
    note->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_leadsTitle);
    layout->addWidget(m_leads, 1);
    layout->addWidget(m_dormantTitle);
    layout->addWidget(m_dormant, 2);
    layout->addWidget(note);
}

int TodayPage::dormantDays()
{
    return qMax(1, QSettings().value(QStringLiteral("today/dormantDays"), 30).toInt());
}

void TodayPage::setDormantDays(int days)
{
    QSettings().setValue(QStringLiteral("today/dormantDays"), days);
}

void TodayPage::refresh()
{
    m_leads->clear();
    m_dormant->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    ContactQuery leads;
    leads.stage = toCode(Stage::Lead);
    leads.sort = ContactQuery::Sort::CreatedDesc;
    leads.limit = MaxItems;
    if (auto list = m_session.contacts().list(leads); list.ok()) {
        for (const Contact& c : list.value()) {
            if (c.lastContactedAt.isValid())
                continue;
            const qint64 hours = c.createdAt.isValid() ? c.createdAt.secsTo(now) / 3600 : 0;
            auto* item = new QListWidgetItem(
                tr("%1 — new lead, waiting %n hour(s)", nullptr, int(hours)).arg(contactLine(c)), m_leads);
            item->setData(IdRole, c.id);
        }
    }

    const int days = dormantDays();
    const QDateTime cutoff = now.addDays(-days);
    // One query per active stage: leads are listed above and lost customers are not today's work, and
    // asking per stage keeps never-contacted leads from filling the capped page.
    QList<Contact> stale;
    for (Stage stage : {Stage::Prospect, Stage::Customer, Stage::Loyal, Stage::Dormant}) {
        ContactQuery q;
        q.stage = toCode(stage);
        q.sort = ContactQuery::Sort::LastContactedAsc;
        q.limit = MaxItems;
        auto list = m_session.contacts().list(q);
        if (!list.ok())
            continue;
        for (const Contact& c : list.value()) {
            const QDateTime last = c.lastContactedAt.isValid() ? c.lastContactedAt : c.createdAt;
            if (last.isValid() && last <= cutoff)
                stale << c;
        }
    }
    auto lastOf = [](const Contact& c) {
        return c.lastContactedAt.isValid() ? c.lastContactedAt : c.createdAt;
    };
    std::sort(stale.begin(), stale.end(),
              [&](const Contact& a, const Contact& b) { return lastOf(a) < lastOf(b); });
    if (stale.size() > MaxItems)
        stale.resize(MaxItems);
    for (const Contact& c : stale) {
        const QString text =
            c.lastContactedAt.isValid()
                ? tr("%1 — %2, last contacted %n day(s) ago", nullptr, int(c.lastContactedAt.daysTo(now)))
                      .arg(contactLine(c), DisplayNames::stage(c.stage))
                : tr("%1 — %2, never contacted").arg(contactLine(c), DisplayNames::stage(c.stage));
        auto* item = new QListWidgetItem(text, m_dormant);
        item->setData(IdRole, c.id);
    }

    m_leadsTitle->setText(tr("<b>New leads not contacted yet</b> (%1)").arg(m_leads->count()));
    m_dormantTitle->setText(
        tr("<b>Not contacted for more than %n day(s)</b> (%1)", nullptr, days).arg(m_dormant->count()));
    if (m_leads->count() == 0)
        m_leads->addItem(tr("Nothing waiting. Well done."));
    if (m_dormant->count() == 0)
        m_dormant->addItem(tr("Everyone has heard from you recently."));
    int total = 0;
    for (QListWidget* l : {m_leads, m_dormant})
        for (int i = 0; i < l->count(); ++i)
            total += l->item(i)->data(IdRole).toString().isEmpty() ? 0 : 1;
    if (total != m_count) {
        m_count = total;
        emit countChanged(total);
    }
}

void TodayPage::activated(QListWidgetItem* item)
{
    const QString id = item->data(IdRole).toString();
    if (!id.isEmpty())
        emit openContact(id);
}

} // namespace ll::ui
