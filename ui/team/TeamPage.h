#pragma once

#include "DirectoryMessages.h"
#include "TransferMessages.h"
#include "team/TeamClient.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace ll::ui {

class Session;

// The manager's Team page: the review queue of reassigned customers (who moved them, to whom, when,
// whether the new owner followed up and how soon), the team overview per guide, and departures.
// A guide sees the customers handed to them. Network calls run on a worker thread; the UI never blocks.
class TeamPage : public QWidget
{
    Q_OBJECT

public:
    explicit TeamPage(Session& session, QWidget* parent = nullptr);

    // Fetches everything again (also done each time the page is shown).
    void refresh();
    bool isBusy() const { return m_pending > 0; }

    QTableWidget* queueTable() const { return m_queue; }
    QTableWidget* overviewTable() const { return m_overview; }
    QListWidget* handedList() const { return m_handed; }
    QCheckBox* stuckOnly() const { return m_stuckOnly; }
    QSpinBox* stuckDays() const { return m_stuckDays; }
    QComboBox* retryTarget() const { return m_retryTo; }
    QPushButton* reviewSelectedButton() const { return m_reviewSelected; }
    QPushButton* reviewAllButton() const { return m_reviewAll; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* departButton() const { return m_depart; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* introLabel() const { return m_intro; }

    void reviewSelected();
    void reviewAll();
    void retrySelected();
    void departStaff();

signals:
    void loginRequested();
    void busyChanged(bool busy);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // One queue row: a transfer item with its transfer's id and reason.
    struct QueueItem
    {
        QString transferId;
        QString transferReason;
        TransferItem item;
    };

    // Runs `call` with a fresh client on a worker thread, then `done` on the UI thread.
    template <typename T>
    void run(std::function<sync::TeamResult<T>(sync::TeamClient&)> call, std::function<void(T)> done);
    void finished(const std::optional<sync::TeamError>& error);
    void showRole();
    void fillQueue();
    void fillOverview();
    void fillHanded();
    QString staffName(const QString& id) const;
    QString contactName(const QString& id) const;
    QList<int> selectedQueueRows() const;
    void applyTransfer(const Transfer& t);

    Session& m_session;
    QString m_role, m_myId;
    QList<Transfer> m_transfers;
    Directory m_directory;
    TeamOverview m_teamOverview;
    QList<sync::ReceivedContact> m_received;
    QList<QueueItem> m_shown;
    int m_pending = 0;

    QLabel* m_intro;
    QPushButton* m_login;
    QPushButton* m_refresh;
    QProgressBar* m_busy;
    QLabel* m_error;
    QStackedWidget* m_stack;
    QTableWidget* m_queue;
    QCheckBox* m_stuckOnly;
    QSpinBox* m_stuckDays;
    QPushButton* m_reviewSelected;
    QPushButton* m_reviewAll;
    QComboBox* m_retryTo;
    QPushButton* m_retry;
    QTableWidget* m_overview;
    QPushButton* m_depart;
    QListWidget* m_handed;
};

} // namespace ll::ui
