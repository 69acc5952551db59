#include "rules/RuleEditDialog.h"

#include "app/Session.h"
#include "library/ContactFields.h"
#include "library/ScriptLibrary.h"
#include "reminders/HolidayCalendar.h"
#include "reminders/RuleRepository.h"
#include "today/ReminderTexts.h"
#include "util/DisplayNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace ll::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QListWidget* checkList()
{
    auto* list = new QListWidget;
    list->setMaximumHeight(90);
    return list;
}

void addCheckable(QListWidget* list, const QString& text, const QString& id, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(IdRole, id);
}

QStringList checkedIds(const QListWidget* list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(IdRole).toString();
    return ids;
}

void selectData(QComboBox* box, const QString& value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
    else if (box->isEditable())
        box->setEditText(value);
}

} // namespace

RuleEditDialog::RuleEditDialog(Session& session, const Actor& actor, const std::optional<ReminderRule>& rule,
                               QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
    , m_rule(rule)
{
    setWindowTitle(rule ? tr("Edit reminder rule") : tr("New reminder rule"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    for (RuleKind k : {RuleKind::RunOut, RuleKind::Birthday, RuleKind::Holiday, RuleKind::Dormant,
                       RuleKind::LeadSla, RuleKind::CustomDate, RuleKind::Takeover})
        m_kind->addItem(ReminderTexts::kind(k), toCode(k));
    m_kind->setEnabled(!rule); // the kind is fixed once created
    m_kindHelp = new QLabel;
    m_kindHelp->setWordWrap(true);
    m_kindHelp->setEnabled(false);
    m_leadDays = new QSpinBox;
    m_leadDays->setRange(0, 365);
    m_leadDays->setSuffix(tr(" days before"));
    m_threshold = new QSpinBox;
    m_threshold->setRange(1, 3650);
    m_product = new QComboBox;
    m_holiday = new QComboBox;
    m_holiday->setEditable(true);
    m_dateField = new QComboBox;
    m_dateField->setEditable(true);
    m_yearly = new QCheckBox(tr("Every year"));
    m_tags = checkList();
    m_stages = checkList();
    m_stores = checkList();
    m_script = new QComboBox;
    m_script->setObjectName(QStringLiteral("ruleScript"));
    m_enabled = new QCheckBox(tr("Enabled"));
    m_team = new QCheckBox(tr("Team rule (for every guide)"));
    m_team->setEnabled(!rule && actor.canEditTeam());
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_form = new QFormLayout(this);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(QString(), m_kindHelp);
    m_form->addRow(tr("&Remind:"), m_leadDays);
    m_form->addRow(tr("&After:"), m_threshold);
    m_form->addRow(tr("&Product:"), m_product);
    m_form->addRow(tr("&Holiday:"), m_holiday);
    m_form->addRow(tr("Date &field:"), m_dateField);
    m_form->addRow(QString(), m_yearly);
    m_form->addRow(tr("Only customers with &tags:"), m_tags);
    m_form->addRow(tr("Only in &stages:"), m_stages);
    m_form->addRow(tr("Only in s&tores:"), m_stores);
    m_form->addRow(tr("Suggested &message:"), m_script);
    m_form->addRow(QString(), m_enabled);
    m_form->addRow(QString(), m_team);
    m_form->addRow(m_error);
    m_form->addRow(buttons);
    setMinimumWidth(480);

    fillChoices();
    const ReminderRule r = rule.value_or(ReminderRule{});
    m_name->setText(r.name);
    selectData(m_kind, toCode(r.kind));
    m_leadDays->setValue(r.leadDays);
    m_threshold->setValue(qMax(1, r.threshold));
    selectData(m_product, r.productId);
    selectData(m_holiday, r.holidayName);
    selectData(m_dateField, r.dateField);
    m_yearly->setChecked(r.yearly);
    selectData(m_script, r.scriptId);
    m_enabled->setChecked(r.enabled);
    for (QListWidget* list : {m_tags, m_stages, m_stores}) {
        const QStringList& chosen = list == m_tags ? r.tagIds : list == m_stages ? r.stages : r.storeIds;
        for (int i = 0; i < list->count(); ++i)
            if (chosen.contains(list->item(i)->data(IdRole).toString()))
                list->item(i)->setCheckState(Qt::Checked);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RuleEditDialog::showFieldsForKind);
    showFieldsForKind();
}

void RuleEditDialog::fillChoices()
{
    m_product->addItem(tr("Every product"), QString());
    if (auto products = ProductRepository(m_session.store()).list(); products.ok())
        for (const Product& p : products.value())
            m_product->addItem(
                p.cycleDays > 0 ? tr("%1 (%n day(s) per unit)", nullptr, p.cycleDays).arg(p.name) : p.name,
                p.id);
    m_holiday->addItem(tr("Every holiday"), QString());
    QStringList holidayNames;
    if (auto holidays = HolidayCalendar(m_session.store(), m_actor).list(); holidays.ok())
        for (const Holiday& h : holidays.value())
            if (!holidayNames.contains(h.name))
                holidayNames << h.name;
    for (const QString& name : holidayNames)
        m_holiday->addItem(name, name);
    if (auto fields = ContactFieldRepository(m_session.store()).fieldNames(); fields.ok())
        for (const QString& name : fields.value())
            m_dateField->addItem(name, name);
    if (auto tags = m_session.tags().tags(); tags.ok())
        for (const Tag& t : tags.value())
            addCheckable(m_tags, t.groupName.isEmpty() ? t.name : tr("%1 / %2").arg(t.groupName, t.name),
                         t.id, false);
    for (const QString& code : stageCodes())
        addCheckable(m_stages, DisplayNames::stageCode(code), code, false);
    if (auto stores = m_session.org().stores(); stores.ok())
        for (const StoreInfo& s : stores.value())
            addCheckable(m_stores, s.name, s.id, false);
    m_script->addItem(tr("No suggestion"), QString());
    if (auto scripts = ScriptLibrary(m_session.store(), m_actor).list(); scripts.ok())
        for (const Script& s : scripts.value())
            m_script->addItem(s.title, s.id);
}

void RuleEditDialog::showFieldsForKind()
{
    const RuleKind kind = ruleKindFromCode(m_kind->currentData().toString()).value_or(RuleKind::RunOut);
    m_kindHelp->setText(ReminderTexts::kindHelp(kind));
    const bool usesLead = kind != RuleKind::Dormant && kind != RuleKind::LeadSla;
    m_form->setRowVisible(m_leadDays, usesLead);
    m_leadDays->setSuffix(kind == RuleKind::Takeover ? tr(" days after") : tr(" days before"));
    m_form->setRowVisible(m_threshold, !usesLead);
    m_threshold->setSuffix(kind == RuleKind::LeadSla ? tr(" hours without contact")
                                                     : tr(" days without contact"));
    m_form->setRowVisible(m_product, kind == RuleKind::RunOut);
    m_form->setRowVisible(m_holiday, kind == RuleKind::Holiday);
    m_form->setRowVisible(m_dateField, kind == RuleKind::CustomDate);
    m_form->setRowVisible(m_yearly, kind == RuleKind::CustomDate);
}

RuleInput RuleEditDialog::input() const
{
    const QString kindCode = m_kind->currentData().toString();
    const RuleKind kind = ruleKindFromCode(kindCode).value_or(RuleKind::RunOut);
    const bool usesLead = kind != RuleKind::Dormant && kind != RuleKind::LeadSla;
    RuleInput in;
    in.name = m_name->text().trimmed();
    if (!m_rule)
        in.kind = kindCode;
    if (usesLead)
        in.leadDays = m_leadDays->value();
    else
        in.threshold = m_threshold->value();
    if (kind == RuleKind::RunOut)
        in.productId = m_product->currentData().toString();
    if (kind == RuleKind::Holiday) {
        // An edited name that matches no listed holiday is kept as typed: the list may gain it later.
        const int index = m_holiday->findText(m_holiday->currentText());
        in.holidayName =
            index >= 0 ? m_holiday->itemData(index).toString() : m_holiday->currentText().trimmed();
    }
    if (kind == RuleKind::CustomDate) {
        in.dateField = m_dateField->currentText().trimmed();
        in.yearly = m_yearly->isChecked();
    }
    in.tagIds = checkedIds(m_tags);
    in.stages = checkedIds(m_stages);
    in.storeIds = checkedIds(m_stores);
    in.scriptId = m_script->currentData().toString();
    in.enabled = m_enabled->isChecked();
    return in;
}

bool RuleEditDialog::save()
{
    RuleRepository rules(m_session.store(), m_actor);
    auto saved = m_rule ? rules.update(m_rule->id, input()) : rules.add(input(), m_team->isChecked());
    if (!saved.ok()) {
        m_error->setText(saved.message());
        m_error->show();
        return false;
    }
    m_saved = saved.value();
    m_error->hide();
    return true;
}

} // namespace ll::ui
