#pragma once

#include <QMainWindow>

class QListWidget;
class QListWidgetItem;
class QSplitter;
class QStackedWidget;

namespace ll::ui {

class ContactsPage;
class Session;
class TodayPage;

// Navigation | page. Exists only while the profile is unlocked: locking destroys it, so no customer data
// stays on screen or in widget memory.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        Today,
        Contacts,
        Leads,
        Scripts,
        Materials,
        Team
    };

    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    ContactsPage* contactsPage() const { return m_contacts; }
    ContactsPage* leadsPage() const { return m_leadsPage; }
    TodayPage* todayPage() const { return m_today; }
    QListWidget* navigation() const { return m_nav; }
    // Saves valid pending edits before the window goes away (idle lock, quit).
    void saveBeforeClose();
    void refreshCounts();

signals:
    void lockRequested();
    void settingsRequested();
    void todayCountChanged(int count);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void reloadSegments();
    void onNavigation(QListWidgetItem* item);
    ContactsPage* activeContactsPage() const;

    Session& m_session;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QSplitter* m_splitter;
    TodayPage* m_today;
    ContactsPage* m_contacts;
    ContactsPage* m_leadsPage;
    QList<QListWidgetItem*> m_segmentItems;
};

} // namespace ll::ui
