#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace ll::ui {

class ChartCard;
class Session;

// Dashboards over the local store: the guide's workload and funnel, and — with "everyone I can see" —
// the team's (a manager's device holds their store's customers, an admin's the org's). Read-only.
class InsightPage : public QWidget
{
    Q_OBJECT

public:
    explicit InsightPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    QList<ChartCard*> cards() const;
    QComboBox* scopeBox() const { return m_scope; }
    QComboBox* periodBox() const { return m_period; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    Session& m_session;
    QComboBox* m_scope = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_status = nullptr;
    ChartCard* m_workload = nullptr;
    ChartCard* m_funnel = nullptr;
    ChartCard* m_response = nullptr;
    ChartCard* m_scripts = nullptr;
    ChartCard* m_materials = nullptr;
    ChartCard* m_guides = nullptr;
};

} // namespace ll::ui
