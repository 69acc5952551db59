#include "rules/HolidaysDialog.h"

#include "app/Session.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ll::ui {

HolidaysDialog::HolidaysDialog(Session& session, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
{
    setWindowTitle(tr("Holidays"));
    const bool editable = actor.canEditTeam();
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("holidaysTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Holiday")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Name, e.g. 店庆"));
    m_day = new QDateEdit(QDate::currentDate());
    m_day->setCalendarPopup(true);
    auto* add = new QPushButton(tr("&Add"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (addHoliday(m_name->text(), m_day->date()))
            m_name->clear();
    });
    auto* remove = new QPushButton(tr("&Remove"));
    connect(remove, &QPushButton::clicked, this, &HolidaysDialog::removeSelected);
    m_year = new QSpinBox;
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    auto* defaults = new QPushButton(tr("Add the &usual holidays of"));
    connect(defaults, &QPushButton::clicked, this, [this] { addDefaults(m_year->value()); });

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_day);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto* defaultsRow = new QHBoxLayout;
    defaultsRow->addWidget(defaults);
    defaultsRow->addWidget(m_year);
    defaultsRow->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_day, add, remove, defaults, m_year})
        w->setEnabled(editable);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addLayout(defaultsRow);
    layout->addWidget(m_error);
    if (!editable) {
        auto* hint = new QLabel(tr("The holiday list is kept by your manager."));
        hint->setEnabled(false);
        layout->addWidget(hint);
    }
    layout->addWidget(buttons);
    resize(460, 480);
    reload();
}

void HolidaysDialog::reload()
{
    auto list = HolidayCalendar(m_session.store(), m_actor).list();
    m_holidays = list.ok() ? list.value() : QList<Holiday>{};
    if (!list.ok())
        showError(list.message());
    m_table->setRowCount(int(m_holidays.size()));
    for (int i = 0; i < m_holidays.size(); ++i) {
        m_table->setItem(i, 0,
                         new QTableWidgetItem(QLocale().toString(m_holidays[i].day, QLocale::ShortFormat)));
        m_table->setItem(i, 1, new QTableWidgetItem(m_holidays[i].name));
    }
    m_table->resizeColumnToContents(0);
}

void HolidaysDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool HolidaysDialog::addHoliday(const QString& name, const QDate& day)
{
    auto added = HolidayCalendar(m_session.store(), m_actor).add(name.trimmed(), day);
    if (!added.ok()) {
        showError(added.message());
        return false;
    }
    showError({});
    m_changed = true;
    reload();
    return true;
}

bool HolidaysDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_holidays.size())
        return false;
    const Status status = HolidayCalendar(m_session.store(), m_actor).remove(m_holidays[row].id);
    if (!status.ok()) {
        showError(status.message());
        return false;
    }
    showError({});
    m_changed = true;
    reload();
    return true;
}

bool HolidaysDialog::addDefaults(int year)
{
    auto added = HolidayCalendar(m_session.store(), m_actor).addDefaults(year);
    if (!added.ok()) {
        showError(added.message());
        return false;
    }
    showError(added.value() == 0 ? tr("All of %1's usual holidays are already listed.").arg(year)
                                 : QString());
    m_changed = m_changed || added.value() > 0;
    reload();
    return true;
}

} // namespace ll::ui
