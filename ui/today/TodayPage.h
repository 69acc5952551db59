#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace ll::ui {

class Session;

// The guide's work list for today. Until the reminder engine exists it holds what the store already
// knows: new leads nobody has contacted yet, and customers not contacted for a long time.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(Session& session, QWidget* parent = nullptr);

    // How many days without contact make a customer "not contacted for a long time".
    static int dormantDays();
    static void setDormantDays(int days);
    // Lists are capped so the page stays instant; the count then shows "200+".
    static constexpr int MaxItems = 200;

    void refresh();
    int count() const { return m_count; }
    QListWidget* leadsList() const { return m_leads; }
    QListWidget* dormantList() const { return m_dormant; }

signals:
    void openContact(const QString& contactId);
    void countChanged(int count);

private:
    void activated(QListWidgetItem* item);

    Session& m_session;
    QLabel* m_leadsTitle;
    QLabel* m_dormantTitle;
    QListWidget* m_leads;
    QListWidget* m_dormant;
    int m_count = 0;
};

} // namespace ll::ui
