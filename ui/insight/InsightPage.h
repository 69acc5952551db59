#pragma once

#include "DirectoryMessages.h"
#include "TransferMessages.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace ll::ui {

class ChartCard;
class Session;

// Dashboards over the local store: the guide's workload and funnel, and — with "everyone I can see" —
// the team's (a manager's device holds their store's customers, an admin's the org's). Read-only.
// Managers and admins also get the take-over rate of reassigned customers, read from the server's
// transfer review data (the Team page's queue) on a worker thread; guides do not see that card.
class InsightPage : public QWidget
{
    Q_OBJECT

public:
    explicit InsightPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    QList<ChartCard*> cards() const;
    QComboBox* scopeBox() const { return m_scope; }
    QComboBox* periodBox() const { return m_period; }
    ChartCard* takeoverCard() const { return m_takeover; }

    // A done item with no follow-up this many days after the move counts as stuck (as on the Team page).
    static constexpr int kStuckDays = 3;
    // Fills the take-over card from transfers and the staff directory (what the server answered).
    void showTakeover(const QList<Transfer>& transfers, const Directory& directory);

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool managesTeam() const;
    void fetchTakeover();

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
    ChartCard* m_takeover = nullptr;
    bool m_fetchingTakeover = false;
};

} // namespace ll::ui
