#include "rules/RulesDialog.h"

#include "app/Session.h"
#include "reminders/RuleRepository.h"
#include "rules/HolidaysDialog.h"
#include "rules/RuleEditDialog.h"
#include "today/ReminderTexts.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ll::ui {

namespace {
enum Column
{
    EnabledColumn,
    NameColumn,
    KindColumn,
    DetailsColumn,
    OwnerColumn
};
}

RulesDialog::RulesDialog(Session& session, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
{
    setWindowTitle(tr("Reminder rules"));
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Name"), tr("Kind"), tr("When"), tr("For")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RulesDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RulesDialog::editRule);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_loading && item->column() == EnabledColumn)
            setEnabled(item->row(), item->checkState() == Qt::Checked);
    });

    auto* add = new QPushButton(tr("&Add…"));
    connect(add, &QPushButton::clicked, this, &RulesDialog::addRule);
    m_edit = new QPushButton(tr("&Edit…"));
    connect(m_edit, &QPushButton::clicked, this, &RulesDialog::editRule);
    m_delete = new QPushButton(tr("&Delete"));
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteRule(); });
    auto* holidays = new QPushButton(tr("&Holidays…"));
    holidays->setObjectName(QStringLiteral("editHolidays"));
    connect(holidays, &QPushButton::clicked, this, &RulesDialog::editHolidays);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : {add, m_edit, m_delete})
        row->addWidget(b);
    row->addStretch(1);
    row->addWidget(holidays);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();
    auto* hint = new QLabel(actor.canEditTeam()
                                ? tr("Team rules apply to every guide's customers.")
                                : tr("Team rules are set by your manager; you can add rules of your own."));
    hint->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

QString RulesDialog::details(const ReminderRule& rule)
{
    switch (rule.kind) {
    case RuleKind::Dormant:
        return tr("after %n day(s) without contact", nullptr, rule.threshold);
    case RuleKind::LeadSla:
        return tr("after %n hour(s) without contact", nullptr, rule.threshold);
    case RuleKind::Holiday:
        return rule.holidayName.isEmpty()
                   ? tr("%n day(s) before every holiday", nullptr, rule.leadDays)
                   : tr("%n day(s) before %1", nullptr, rule.leadDays).arg(rule.holidayName);
    case RuleKind::CustomDate:
        return tr("%n day(s) before “%1”", nullptr, rule.leadDays).arg(rule.dateField);
    case RuleKind::Takeover:
        return tr("%n day(s) after a customer is handed over", nullptr, rule.leadDays);
    default:
        return tr("%n day(s) before", nullptr, rule.leadDays);
    }
}

void RulesDialog::reload()
{
    const QString keep = currentRule() ? currentRule()->id : QString();
    m_loading = true;
    m_table->setRowCount(0);
    auto rules = RuleRepository(m_session.store(), m_actor).list(true);
    m_rules = rules.ok() ? rules.value() : QList<ReminderRule>{};
    if (!rules.ok()) {
        m_error->setText(rules.message());
        m_error->show();
    }
    m_table->setRowCount(int(m_rules.size()));
    for (int i = 0; i < m_rules.size(); ++i) {
        const ReminderRule& r = m_rules[i];
        auto* on = new QTableWidgetItem;
        on->setFlags(m_actor.canEdit(r.ownerId)
                         ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                         : Qt::ItemIsSelectable);
        on->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(i, EnabledColumn, on);
        m_table->setItem(i, NameColumn, new QTableWidgetItem(r.name));
        m_table->setItem(i, KindColumn, new QTableWidgetItem(ReminderTexts::kind(r.kind)));
        m_table->setItem(i, DetailsColumn, new QTableWidgetItem(details(r)));
        m_table->setItem(i, OwnerColumn, new QTableWidgetItem(r.isTeamRule() ? tr("Team") : tr("Me")));
        if (r.id == keep)
            m_table->selectRow(i);
    }
    m_table->resizeColumnToContents(EnabledColumn);
    m_table->resizeColumnToContents(NameColumn);
    m_loading = false;
    updateButtons();
}

const ReminderRule* RulesDialog::currentRule() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rules.size() && !m_table->selectedItems().isEmpty() ? &m_rules[row] : nullptr;
}

void RulesDialog::updateButtons()
{
    const ReminderRule* r = currentRule();
    const bool editable = r && m_actor.canEdit(r->ownerId);
    m_edit->setEnabled(editable);
    m_delete->setEnabled(editable);
}

void RulesDialog::addRule()
{
    RuleEditDialog dialog(m_session, m_actor, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    reload();
}

void RulesDialog::editRule()
{
    const ReminderRule* r = currentRule();
    if (!r || !m_actor.canEdit(r->ownerId))
        return;
    RuleEditDialog dialog(m_session, m_actor, *r, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    reload();
}

bool RulesDialog::deleteRule(bool ask)
{
    const ReminderRule* r = currentRule();
    if (!r || !m_actor.canEdit(r->ownerId))
        return false;
    if (ask &&
        QMessageBox::question(this, tr("Delete rule"),
                              tr("Delete the rule “%1”? Its reminders disappear from Today.").arg(r->name)) !=
            QMessageBox::Yes)
        return false;
    const Status status = RuleRepository(m_session.store(), m_actor).remove(r->id);
    if (!status.ok()) {
        m_error->setText(status.message());
        m_error->show();
        return false;
    }
    m_changed = true;
    reload();
    return true;
}

bool RulesDialog::setEnabled(int row, bool on)
{
    if (row < 0 || row >= m_rules.size())
        return false;
    RuleInput patch;
    patch.enabled = on;
    auto saved = RuleRepository(m_session.store(), m_actor).update(m_rules[row].id, patch);
    if (!saved.ok()) {
        m_error->setText(saved.message());
        m_error->show();
        reload(); // put the check box back
        return false;
    }
    m_rules[row] = saved.value();
    m_changed = true;
    return true;
}

void RulesDialog::editHolidays()
{
    HolidaysDialog dialog(m_session, m_actor, this);
    dialog.exec();
    if (dialog.changed())
        m_changed = true;
}

} // namespace ll::ui
