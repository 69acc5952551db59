#include "today/TodayPage.h"

#include "app/Session.h"
#include "reminders/ReminderEngine.h"
#include "reminders/RuleRepository.h"
#include "rules/RulesDialog.h"
#include "today/ReminderNotifier.h"
#include "today/ReminderTexts.h"
#include "today/SessionActor.h"
#include "today/SuggestedScriptDialog.h"
#include "util/DisplayNames.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ll::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
enum Column
{
    CustomerColumn,
    AboutColumn,
    DueColumn,
    RuleColumn
};

QString contactLine(const Contact& c)
{
    QString line = c.name;
    if (!c.nickname.isEmpty())
        line += QStringLiteral(" (%1)").arg(c.nickname);
    if (!c.phones.isEmpty())
        line += QStringLiteral("  ") + c.phones.first().masked();
    return line;
}

QWidget* section(QLabel* title, QListWidget* list)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(list, 1);
    return box;
}

// A date picked by hand for "snooze until".
QDate pickDate(QWidget* parent, const QDate& earliest)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(TodayPage::tr("Snooze until"));
    auto* calendar = new QCalendarWidget;
    calendar->setMinimumDate(earliest);
    calendar->setSelectedDate(earliest);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted ? calendar->selectedDate() : QDate();
}

} // namespace

TodayPage::TodayPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_actor(sessionActor(session))
    , m_engine(std::make_unique<ReminderEngine>(session.store()))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_dayTitle = new QLabel;
    auto* rules = new QPushButton(tr("&Reminder rules…"));
    rules->setObjectName(QStringLiteral("editRules"));
    connect(rules, &QPushButton::clicked, this, &TodayPage::editRules);
    auto* header = new QHBoxLayout;
    header->addWidget(m_dayTitle, 1);
    header->addWidget(rules);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("reminders"));
    m_tree->setHeaderLabels({tr("Customer"), tr("About"), tr("Due"), tr("Rule")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(CustomerColumn, QHeaderView::ResizeToContents);
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TodayPage::updateActions);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &TodayPage::openCurrent);

    m_done = new QPushButton(tr("&Done"));
    m_done->setObjectName(QStringLiteral("reminderDone"));
    m_done->setToolTip(tr("Mark as done (D)"));
    connect(m_done, &QPushButton::clicked, this, &TodayPage::markDone);
    m_snoozeMenu = new QMenu(this);
    const struct
    {
        QString text;
        int days;
    } quick[] = {{tr("Until &tomorrow"), 1}, {tr("For &3 days"), 3}, {tr("For a &week"), 7}};
    for (const auto& q : quick) {
        const int days = q.days;
        connect(m_snoozeMenu->addAction(q.text), &QAction::triggered, this,
                [this, days] { snooze(today().addDays(days)); });
    }
    connect(m_snoozeMenu->addAction(tr("Until a &date…")), &QAction::triggered, this, [this] {
        const QDate until = pickDate(this, today().addDays(1));
        if (until.isValid())
            snooze(until);
    });
    m_snooze = new QToolButton;
    m_snooze->setObjectName(QStringLiteral("reminderSnooze"));
    m_snooze->setText(tr("&Snooze"));
    m_snooze->setToolTip(tr("Remind me later (S)"));
    m_snooze->setMenu(m_snoozeMenu);
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    m_dismiss = new QPushButton(tr("D&ismiss"));
    m_dismiss->setObjectName(QStringLiteral("reminderDismiss"));
    connect(m_dismiss, &QPushButton::clicked, this, &TodayPage::dismiss);
    m_open = new QPushButton(tr("&Open customer"));
    m_open->setObjectName(QStringLiteral("reminderOpen"));
    m_open->setToolTip(tr("Open the customer (Enter)"));
    connect(m_open, &QPushButton::clicked, this, &TodayPage::openCurrent);
    m_script = new QPushButton(QIcon(QStringLiteral(":/icons/scripts.svg")), tr("Suggested &message…"));
    m_script->setObjectName(QStringLiteral("reminderScript"));
    m_script->setToolTip(tr("Show the rule's suggested message for this customer; C copies it directly"));
    connect(m_script, &QPushButton::clicked, this, &TodayPage::showScript);
    auto* actions = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_done, m_snooze, m_dismiss, m_open, m_script})
        actions->addWidget(w);
    actions->addStretch(1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("todayStatus"));
    m_status->setWordWrap(true);

    m_leadsTitle = new QLabel;
    m_dormantTitle = new QLabel;
    m_leads = new QListWidget;
    m_leads->setObjectName(QStringLiteral("newLeads"));
    m_dormant = new QListWidget;
    m_dormant->setObjectName(QStringLiteral("dormant"));
    for (QListWidget* l : {m_leads, m_dormant}) {
        connect(l, &QListWidget::itemActivated, this, &TodayPage::activatedLegacy);
        l->setAlternatingRowColors(true);
    }
    m_leadsBox = section(m_leadsTitle, m_leads);
    m_dormantBox = section(m_dormantTitle, m_dormant);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tree, 3);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_leadsBox, 1);
    layout->addWidget(m_dormantBox, 1);

    m_notifier = new ReminderNotifier(*m_engine, this);
    m_notifier->setClock(m_clock);
    m_notifier->start();
    connect(m_notifier, &ReminderNotifier::notification, this,
            [this](const QString& title, const QString& message) { emit notification(title, message); });
    m_minute = new QTimer(this);
    m_minute->setInterval(60 * 1000);
    connect(m_minute, &QTimer::timeout, this, &TodayPage::tick);
    m_minute->start();
    updateActions();
}

TodayPage::~TodayPage() = default;

int TodayPage::dormantDays()
{
    return qMax(1, QSettings().value(QStringLiteral("today/dormantDays"), 30).toInt());
}

void TodayPage::setDormantDays(int days)
{
    QSettings().setValue(QStringLiteral("today/dormantDays"), days);
}

void TodayPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_notifier->setClock(m_clock);
    m_notifier->start();
}

QDate TodayPage::today() const
{
    return m_engine->calendar().dateOf(m_clock().toMSecsSinceEpoch());
}

void TodayPage::tick()
{
    m_notifier->check();
    if (today() != m_shownDay)
        refresh();
}

void TodayPage::recomputeContact(const QString& contactId)
{
    if (contactId.isEmpty())
        return;
    const Status status = m_engine->recomputeContact(contactId);
    if (!status.ok())
        m_status->setText(
            tr("The reminders of this customer could not be updated: %1").arg(status.message()));
}

void TodayPage::contactDataChanged(const QString& contactId)
{
    recomputeContact(contactId);
    refresh();
}

void TodayPage::rulesChanged()
{
    if (auto full = m_engine->fullRecompute(today()); !full.ok())
        m_status->setText(tr("Reminders could not be regenerated: %1").arg(full.message()));
    refresh();
}

void TodayPage::refresh()
{
    const QDateTime now = m_clock();
    m_shownDay = today();
    m_dayTitle->setText(tr("<b>%1</b>").arg(QLocale().toString(m_shownDay, QLocale::LongFormat)));
    fillReminders();
    const bool leadsByRule = coveredByRule(RuleKind::LeadSla);
    const bool dormantByRule = coveredByRule(RuleKind::Dormant);
    m_leadsBox->setVisible(!leadsByRule);
    m_dormantBox->setVisible(!dormantByRule);
    m_leads->clear();
    m_dormant->clear();
    if (!leadsByRule)
        fillLeads(now);
    if (!dormantByRule)
        fillDormant(now);

    int total = reminderCount();
    for (QListWidget* l : {m_leads, m_dormant})
        for (int i = 0; i < l->count(); ++i)
            total += l->item(i)->data(IdRole).toString().isEmpty() ? 0 : 1;
    if (total != m_count) {
        m_count = total;
        emit countChanged(total);
    }
}

void TodayPage::fillReminders()
{
    const QString keep = currentReminderId();
    m_tree->clear();
    m_reminders.clear();
    auto groups = m_engine->due(m_shownDay);
    if (!groups.ok()) {
        m_status->setText(tr("Reminders could not be loaded: %1").arg(groups.message()));
        updateActions();
        return;
    }
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const ReminderGroup& group : groups.value()) {
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(CustomerColumn,
                     tr("%1 (%2)").arg(ReminderTexts::kind(group.kind)).arg(group.reminders.size()));
        top->setFont(CustomerColumn, bold);
        top->setFirstColumnSpanned(true);
        top->setFlags(Qt::ItemIsEnabled);
        top->setData(CustomerColumn, IdRole, toCode(group.kind));
        for (const Reminder& r : group.reminders) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(CustomerColumn, r.contactName);
            item->setText(AboutColumn, ReminderTexts::about(r));
            item->setText(DueColumn, ReminderTexts::due(r, m_shownDay));
            item->setText(RuleColumn, r.ruleName);
            item->setData(CustomerColumn, IdRole, r.id);
            if (r.dueOn < m_shownDay)
                item->setForeground(DueColumn, QColor(0xc0, 0x39, 0x2b));
            m_reminders.insert(r.id, r);
        }
    }
    m_tree->expandAll();
    if (m_reminders.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_tree, {tr("No reminders due. Add rules with “Reminder rules…”.")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
    } else if (!selectReminder(keep)) {
        selectRow(0);
    }
    updateActions();
}

bool TodayPage::coveredByRule(RuleKind kind)
{
    auto rules = RuleRepository(m_session.store(), m_actor).list(false);
    if (!rules.ok())
        return false;
    for (const ReminderRule& rule : rules.value()) {
        const bool mine = rule.isTeamRule() || rule.ownerId == m_actor.staffId;
        const bool unscoped = rule.tagIds.isEmpty() && rule.stages.isEmpty() && rule.storeIds.isEmpty();
        if (rule.kind == kind && rule.enabled && mine && unscoped)
            return true;
    }
    return false;
}

void TodayPage::fillLeads(const QDateTime& now)
{
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
    m_leadsTitle->setText(tr("<b>New leads not contacted yet</b> (%1)").arg(m_leads->count()));
    if (m_leads->count() == 0)
        m_leads->addItem(tr("Nothing waiting. Well done."));
}

void TodayPage::fillDormant(const QDateTime& now)
{
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
    m_dormantTitle->setText(
        tr("<b>Not contacted for more than %n day(s)</b> (%1)", nullptr, days).arg(m_dormant->count()));
    if (m_dormant->count() == 0)
        m_dormant->addItem(tr("Everyone has heard from you recently."));
}

const Reminder* TodayPage::current() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return nullptr;
    auto it = m_reminders.constFind(item->data(CustomerColumn, IdRole).toString());
    return it == m_reminders.constEnd() ? nullptr : &it.value();
}

QString TodayPage::currentReminderId() const
{
    const Reminder* r = current();
    return r ? r->id : QString();
}

// Rows are counted over the reminders only (group headers skipped), so the row after an action is "next".
int TodayPage::currentRow() const
{
    int row = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* top = m_tree->topLevelItem(g);
        for (int i = 0; i < top->childCount(); ++i, ++row)
            if (top->child(i) == m_tree->currentItem())
                return row;
    }
    return -1;
}

void TodayPage::selectRow(int row)
{
    QTreeWidgetItem* last = nullptr;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* top = m_tree->topLevelItem(g);
        for (int i = 0; i < top->childCount(); ++i) {
            last = top->child(i);
            if (row-- == 0) {
                m_tree->setCurrentItem(last);
                return;
            }
        }
    }
    if (last)
        m_tree->setCurrentItem(last);
}

bool TodayPage::selectReminder(const QString& reminderId)
{
    if (reminderId.isEmpty())
        return false;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* top = m_tree->topLevelItem(g);
        for (int i = 0; i < top->childCount(); ++i) {
            if (top->child(i)->data(CustomerColumn, IdRole).toString() == reminderId) {
                m_tree->setCurrentItem(top->child(i));
                return true;
            }
        }
    }
    return false;
}

void TodayPage::updateActions()
{
    const Reminder* r = current();
    for (QWidget* w : std::initializer_list<QWidget*>{m_done, m_snooze, m_dismiss, m_open})
        w->setEnabled(r != nullptr);
    m_script->setEnabled(r && !r->scriptId.isEmpty());
}

void TodayPage::afterAction(const Status& status, int row)
{
    if (!status.ok()) {
        m_status->setText(status.message());
        return;
    }
    m_status->clear();
    refresh();
    selectRow(row);
}

void TodayPage::markDone()
{
    if (const Reminder* r = current()) {
        const int row = currentRow();
        afterAction(m_engine->markDone(*r), row);
    }
}

void TodayPage::snooze(const QDate& until)
{
    if (const Reminder* r = current()) {
        const int row = currentRow();
        afterAction(m_engine->snooze(*r, until), row);
    }
}

void TodayPage::dismiss()
{
    if (const Reminder* r = current()) {
        const int row = currentRow();
        afterAction(m_engine->dismiss(*r), row);
    }
}

void TodayPage::openCurrent()
{
    if (const Reminder* r = current())
        emit openContact(r->contactId);
}

void TodayPage::showScript()
{
    const Reminder* r = current();
    if (!r || r->scriptId.isEmpty())
        return;
    const Reminder reminder = *r;
    const int row = currentRow();
    SuggestedScriptDialog dialog(m_session, m_actor, reminder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The copy was recorded as a follow-up, which answers the reminder once the contact is recomputed.
    recomputeContact(reminder.contactId);
    afterAction(Status(), row);
    m_status->setText(tr("Copied the message for %1.").arg(reminder.contactName));
}

void TodayPage::copyScript()
{
    const Reminder* r = current();
    if (!r)
        return;
    if (r->scriptId.isEmpty()) {
        m_status->setText(tr("This reminder's rule suggests no message."));
        return;
    }
    const Reminder reminder = *r;
    const int row = currentRow();
    auto copied = SuggestedScriptDialog::copyForCustomer(m_session, m_actor, reminder);
    if (!copied.ok()) {
        m_status->setText(copied.message());
        return;
    }
    recomputeContact(reminder.contactId);
    afterAction(Status(), row);
    m_status->setText(tr("Copied the message for %1.").arg(reminder.contactName));
}

void TodayPage::showSnoozeMenu()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!current() || !item)
        return;
    const QRect rect = m_tree->visualItemRect(item);
    m_snoozeMenu->popup(m_tree->viewport()->mapToGlobal(rect.bottomLeft()));
}

void TodayPage::editRules()
{
    RulesDialog dialog(m_session, m_actor, this);
    dialog.exec();
    if (dialog.changed())
        rulesChanged();
}

bool TodayPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_D:
            markDone();
            return true;
        case Qt::Key_S:
            showSnoozeMenu();
            return true;
        case Qt::Key_C:
            copyScript();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TodayPage::activatedLegacy(QListWidgetItem* item)
{
    const QString id = item->data(IdRole).toString();
    if (!id.isEmpty())
        emit openContact(id);
}

} // namespace ll::ui
