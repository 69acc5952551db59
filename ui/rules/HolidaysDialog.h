#pragma once

#include "library/Actor.h"
#include "reminders/HolidayCalendar.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ll::ui {

class Session;

// The dated holiday list that holiday rules remind of (春节, 中秋, 双11, …): add a day, remove one, or fill
// in a year's usual retail holidays. Team data: guides see it read-only.
class HolidaysDialog : public QDialog
{
    Q_OBJECT

public:
    HolidaysDialog(Session& session, const Actor& actor, QWidget* parent = nullptr);

    bool changed() const { return m_changed; }
    QTableWidget* table() const { return m_table; }
    const QList<Holiday>& holidays() const { return m_holidays; }

    void reload();
    bool addHoliday(const QString& name, const QDate& day);
    bool removeSelected();
    bool addDefaults(int year);

private:
    void showError(const QString& message);

    Session& m_session;
    Actor m_actor;
    QList<Holiday> m_holidays;
    bool m_changed = false;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QDateEdit* m_day;
    QSpinBox* m_year;
    QLabel* m_error;
};

} // namespace ll::ui
