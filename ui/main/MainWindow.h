#pragma once

#include <QMainWindow>

class QListWidget;
class QListWidgetItem;
class QSplitter;
class QStackedWidget;

namespace ll::ui {

class ContactsPage;
class InsightPage;
class MaterialsPage;
class ScriptsPage;
class Session;
class TeamPage;
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
        Insight,
        Team
    };

    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    ContactsPage* contactsPage() const { return m_contacts; }
    ContactsPage* leadsPage() const { return m_leadsPage; }
    TodayPage* todayPage() const { return m_today; }
    ScriptsPage* scriptsPage() const { return m_scripts; }
    MaterialsPage* materialsPage() const { return m_materials; }
    InsightPage* insightPage() const { return m_insight; }
    TeamPage* teamPage() const { return m_team; }
    QListWidget* navigation() const { return m_nav; }
    // Saves valid pending edits before the window goes away (idle lock, quit).
    void saveBeforeClose();
    void refreshCounts();
    // The lead import wizard, with `path` already chosen when given (a dropped file).
    void openImportWizard(const QString& path = {});

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
    ScriptsPage* m_scripts;
    MaterialsPage* m_materials;
    InsightPage* m_insight = nullptr;
    TeamPage* m_team;
    QList<QListWidgetItem*> m_segmentItems;
};

} // namespace ll::ui
